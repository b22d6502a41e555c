"""Hostile input found by probing bilat as a new user (issue 11, point 3: nothing crashes, nothing is lost).
Every input is composed here; nothing large is committed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import PLAIN

from bilat import cli, store
from bilat.encodings import blank, declared_charset, decode
from bilat.errors import BadInput, EmptyArticle
from bilat.ingest import Ingestor, parse_jsonl_line, read_file, visible_text
from bilat.pipeline import Pipeline
from bilat.records import RawArticle
from bilat.stages.clean import clean
from bilat.stages.metadata import iso_published

AR = "وقعت إيران والعراق اتفاقية أمنية في بغداد يوم الأحد الماضي بحضور وزيري الخارجية في البلدين"
FR = "Le président français a rencontré le chancelier allemand à Berlin pour signer un accord sur l'énergie."


def page(body: bytes, charset: str) -> bytes:
    return (f"<html><head><meta charset='{charset}'><title>T</title></head><body><article><p>".encode()
            + body + b"</p></article></body></html>")


def articles(path: Path) -> tuple[list[RawArticle], list[BadInput], list[str]]:
    warnings: list[str] = []
    items = list(read_file(path, warnings.append))
    return ([i for i in items if isinstance(i, RawArticle)], [i for i in items if isinstance(i, BadInput)],
            warnings)


# Python codecs a <meta charset> can name that are no ASCII-compatible text encoding: bytes-to-bytes codecs
# raised LookupError (the file was lost as "internal error while reading"), 'idna' and 'undefined' raised,
# EBCDIC turned the whole page into other letters, UTF-7 and HZ read ASCII ("+ADw-", "~{") as markup or Chinese
@pytest.mark.parametrize("label", ["rot13", "base64", "hex", "zlib", "bz2", "uu", "quopri", "idna", "punycode",
                                   "undefined", "unicode_escape", "utf-7", "hz", "cp037", "cp500"])
def test_a_meta_charset_that_is_no_ascii_text_encoding_is_ignored_and_the_page_is_read(tmp_path, label):
    path = tmp_path / "p.html"
    path.write_bytes(page(FR.encode("cp1252"), label))
    assert declared_charset(path.read_bytes()) is None
    got, bad, warnings = articles(path)
    assert not bad, bad
    assert [a.text for a in got] == [FR], warnings


@pytest.mark.parametrize(("label", "codec"), [("windows-1256", "cp1256"), ("gbk", "gb18030"), ("koi8-r", "koi8-r"),
                                              ("shift_jis", "cp932"), ("iso-8859-1", "cp1252")])
def test_real_meta_charsets_are_still_honoured(label, codec):
    assert declared_charset(page(b"x", label)) == codec


def test_a_page_that_declares_utf8_but_is_not_is_decoded_by_detection_not_replaced(tmp_path):
    """A CMS template says UTF-8, the body was pasted in cp1256: before, every Arabic letter became U+FFFD
    (and the clean stage then kept no text at all: an empty document was stored)."""
    path = tmp_path / "lying.html"
    path.write_bytes(page(AR.encode("cp1256"), "utf-8"))
    got, bad, warnings = articles(path)
    assert not bad
    assert got[0].text == AR and "\ufffd" not in got[0].text
    assert any("decoded as cp1256" in w for w in warnings), warnings


def test_html_the_extractor_keeps_nothing_of_keeps_its_visible_text_with_a_warning(tmp_path):
    """trafilatura returns nothing for a bare fragment in a feed's html field, for a short page and for
    text in nested tables: the article was refused ("no article text found") though it had text."""
    nested = "<table><tr><td>" * 300 + "Egypt and Saudi Arabia agreed to cooperate." + "</td></tr></table>" * 300
    (tmp_path / "nested.html").write_text(f"<html><body>{nested}</body></html>", encoding="utf-8")
    (tmp_path / "short.html").write_text(
        "<html><head><title>t</title><style>p{color:red}</style><script>var a = 1;</script></head><body>"
        "<p>China &#0; and Japan held talks in <b>Tokyo</b>.</p><p>Second &amp; last</p></body></html>",
        encoding="utf-8")
    got, bad, warnings = articles(tmp_path / "nested.html")
    assert [a.text for a in got] == ["Egypt and Saudi Arabia agreed to cooperate."] and not bad
    assert any("the page's visible text is used" in w for w in warnings)
    got, bad, _ = articles(tmp_path / "short.html")
    assert not bad
    assert "held talks in Tokyo." in got[0].text and "Second & last" in got[0].text
    assert "var a" not in got[0].text and "color" not in got[0].text
    raw = parse_jsonl_line(json.dumps({"id": "f", "html": "<p>Vietnam and <i>Laos</i> met.</p>"}), "feed#1")
    assert raw.text == "Vietnam and Laos met." and raw.id == "f"


def test_a_page_with_no_visible_text_is_still_one_error(tmp_path):
    for name, html in [("scripts.html", "<html><body><script>alert(1)</script><style>p{}</style></body></html>"),
                       ("invisible.html", "<html><body><p>\u200b\u202e\ufeff</p></body></html>")]:
        (tmp_path / name).write_text(html, encoding="utf-8")
        got, bad, _ = articles(tmp_path / name)
        assert not got and [b.reason for b in bad] == ["no article text found in the HTML"]


def test_visible_text_puts_blocks_on_their_own_lines_and_survives_any_string():
    assert visible_text("<div>a<p>b</p>c</div><table><tr><td>d</td><td>e</td></tr></table>") == "a\nb\nc\nd\ne"
    for junk in ["", " ", "<", "\x00", "<?xml version='1.0' encoding='latin-1'?><p>x</p>", "\ud800",
                 "<div>" * 3000, "<p>" + "a" * 100_000]:
        assert isinstance(visible_text(junk), str)


@pytest.mark.parametrize(("value", "stored"), [
    ("2024-01-01T10:00:00.123456789+05:30", "2024-01-01T10:00:00+05:30"),  # RFC 3339 nanoseconds (Go, Elastic)
    ("2024-01-01T10:00:00.1234567Z", "2024-01-01T10:00:00+00:00"),
    ("2016-12-31T23:59:60Z", "2016-12-31T23:59:59+00:00"),  # a leap second
    ("2016-12-31 23:59:60.5+00:00", "2016-12-31T23:59:59+00:00"),
])
def test_published_with_nanoseconds_or_a_leap_second_is_kept(value, stored):
    assert iso_published(value) == stored


@pytest.mark.parametrize("value", ["2024-01-01T10:60:00Z", "2024-01-01T24:00:60Z", "2024-01-01T10:00:00." + "1" * 40])
def test_published_that_is_no_time_is_still_refused(value):
    with pytest.raises(ValueError, match="not an ISO date"):
        iso_published(value)


INVISIBLE = "\u200b\u200c\u200d\u2060\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff \u3000\n"


def test_a_text_of_only_invisible_characters_is_an_empty_article_not_an_empty_document(tmp_path):
    """Zero-width spaces, bidi overrides and byte-order marks only: before, stored as a document with no
    text and no language; now skipped (feeds) or refused (files) like a blank text."""
    assert blank(INVISIBLE) and not blank(INVISIBLE + "x") and not blank("\ufffd")
    with pytest.raises(EmptyArticle):
        parse_jsonl_line(json.dumps({"id": "z", "text": INVISIBLE}), "feed#1")
    (tmp_path / "zw.txt").write_text(INVISIBLE, encoding="utf-8")
    got, bad, _ = articles(tmp_path / "zw.txt")
    assert not got and [b.reason for b in bad] == ["empty file (no text)"]


def test_clean_keeps_a_text_whose_every_line_looks_like_debris():
    from bilat.records import Document

    doc = clean(Document(id="x", source="s", original="Photo: Reuters", fmt="txt"))
    assert doc.text == "Photo: Reuters" and len(doc.paragraphs) == 1 and not doc.removed
    doc = clean(Document(id="y", source="s", original="Photo: Reuters\n\nIran and Iraq met in Baghdad.", fmt="txt"))
    assert doc.text == "Iran and Iraq met in Baghdad." and [r.text for r in doc.removed] == ["Photo: Reuters"]


def test_a_hostile_folder_ingests_every_readable_article_once_and_again_changes_nothing(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "lying.html").write_bytes(page(AR.encode("cp1256"), "utf-8"))
    (d / "rot13.html").write_bytes(page(FR.encode("cp1252"), "rot13"))
    (d / "frag name é.html").write_text("<p>Vietnam and Laos met in Vientiane.</p>", encoding="utf-8")
    (d / "zw.txt").write_text(INVISIBLE, encoding="utf-8")
    rows = [{"id": "n", "text": "Iran met Iraq.", "published": "2024-01-01T10:00:00.123456789Z"},
            {"id": "z", "text": INVISIBLE}, {"id": "h", "html": "<td>Qatar met Oman.</td>"}]
    (d / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    db = str(tmp_path / "h.db")
    first = CliRunner().invoke(cli.main, ["ingest", "--no-stories", "--db", db, str(d)])
    assert "5 ingested" in first.output and "1 empty records skipped" in first.output, first.output
    assert "1 failed" in first.output and f"error: {d / 'zw.txt'}: empty file (no text)" in first.output
    conn = store.connect(db)
    texts = dict(conn.execute("SELECT id, json_extract(data, '$.text') FROM documents").fetchall())
    published = conn.execute("SELECT published FROM documents WHERE id = 'n'").fetchone()[0]
    assert published == "2024-01-01T10:00:00+00:00"
    assert all(t and not blank(t) and "\ufffd" not in t for t in texts.values()), texts
    again = CliRunner().invoke(cli.main, ["ingest", "--no-stories", "--db", db, str(d)])
    assert "0 ingested, 5 unchanged" in again.output, again.output
    assert dict(store.connect(db).execute("SELECT id, json_extract(data, '$.text') FROM documents").fetchall()) == texts


def test_decode_never_raises_on_a_declared_codec():
    import encodings.aliases

    for label in sorted(set(encodings.aliases.aliases) | set(encodings.aliases.aliases.values())):
        data = page("é ü 中 ١".encode()[:-1] + b"\xff", label)
        text = decode(data, "p", lambda _: None, declared=declared_charset(data))
        assert "<meta" in text, label


def test_a_store_run_with_plain_stages_counts_the_fallback_pages(tmp_path):
    (tmp_path / "a.html").write_text("<p>Vietnam and Laos met.</p>", encoding="utf-8")
    errors: list[str] = []
    ing = Ingestor(store.connect(str(tmp_path / "p.db")), stories=False, pipeline=Pipeline(PLAIN),
                   error=errors.append, warn=lambda _: None)
    summary = ing.run([tmp_path / "a.html"])
    assert summary.ingested == 1 and not errors


def test_analyze_reads_one_file_as_ingest_does_binary_refused_controls_removed_size_bounded(tmp_path):
    """`bilat analyze FILE` printed a PNG or random bytes as an article of U+FFFD, NULs included, and read a
    gzip whole however large it unpacked (ingest refuses all three)."""
    import gzip

    (tmp_path / "img.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "nuls.txt").write_bytes(b"\x00" * 500)
    (tmp_path / "rand.txt").write_bytes(bytes((i * 97 + 13) % 256 for i in range(4000)))
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a " * 11_000_000))
    (tmp_path / "zw.txt").write_text(INVISIBLE, encoding="utf-8")
    (tmp_path / "ok.txt").write_bytes(b"Vietnam\x00 and Laos\x07 met in Vientiane.")
    runner = CliRunner()
    for name, reason in [("img.html", "binary file (PNG image)"), ("nuls.txt", "binary file (binary data)"),
                         ("rand.txt", "binary file (binary data)"), ("bomb.txt.gz", "file too large"),
                         ("zw.txt", "empty file (no text)")]:
        result = runner.invoke(cli.main, ["analyze", str(tmp_path / name)])
        assert result.exit_code == 1 and reason in result.output, (name, result.output[:300])
        # one line, word for word what ingest says of the same file
        said = [str(b) for b in read_file(tmp_path / name, lambda _: None) if isinstance(b, BadInput)]
        assert result.output.splitlines() == [f"error: {said[0]}"], (name, result.output[:300])
    result = runner.invoke(cli.main, ["analyze", str(tmp_path / "ok.txt")])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["text"] == "Vietnam and Laos met in Vientiane."


def test_symlinked_folders_are_read_once_and_a_symlink_loop_ends(tmp_path):
    """A feed folder linking its archive (`2024 -> /mnt/archive/2024`) was skipped without a word: os.walk
    does not follow links. Now followed; a loop (`up -> ..`, `self -> .`) or a second link is read once."""
    from bilat.ingest import walk

    real = tmp_path / "archive" / "2024"
    real.mkdir(parents=True)
    (real / "a.txt").write_text("Laos and Cambodia met in Vientiane.", encoding="utf-8")
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    (feeds / "b.txt").write_text("Vietnam and Laos met in Hanoi.", encoding="utf-8")
    (feeds / "2024").symlink_to(real)
    (feeds / "again").symlink_to(real)
    (feeds / "self").symlink_to(feeds)
    (real / "up").symlink_to(tmp_path)
    found = [p for p in walk([feeds]) if isinstance(p, Path)]
    assert sorted(p.name for p in found) == ["a.txt", "b.txt"], found
    assert feeds / "2024" / "a.txt" in found
    assert sorted(p.name for p in walk([tmp_path]) if isinstance(p, Path)) == ["a.txt", "b.txt"]


def test_a_garbage_lang_is_ignored_with_a_warning_and_analyze_escapes_its_lines(tmp_path):
    """A feed's lang "garbage!!", 123 or ["en"] was ignored silently; `bilat analyze` printed warnings and
    'empty input' with a file name's or a field's bidi override and newline raw (ingest escapes them)."""
    rows = [{"id": "g", "text": "Iran met Iraq in Baghdad.", "lang": "\u202een\nx"},
            {"id": "n", "text": "Iran met Iraq in Basra.", "lang": 123},
            {"id": "ok", "text": "伊朗与伊拉克在摩苏尔会晤。", "lang": "zh-CN"}]  # robust56: a text in the lang's script
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    warnings: list[str] = []
    raws = [parse_jsonl_line(line, f"feed#{n}", warnings.append)
            for n, line in enumerate(feed.read_text(encoding="utf-8").splitlines(), 1)]
    assert [r.lang for r in raws] == [None, None, "zh"]
    assert len(warnings) == 2 and all("ignored (not a language code" in w for w in warnings)
    runner = CliRunner()
    result = runner.invoke(cli.main, ["analyze", "--jsonl", str(feed)])
    assert result.exit_code == 0 and "\u202e" not in result.stderr and "\\u202een\\nx" in result.stderr
    evil = tmp_path / "evil\u202ename\nx.txt"
    evil.write_text(" \n", encoding="utf-8")
    result = runner.invoke(cli.main, ["analyze", str(evil)])
    assert result.exit_code == 1 and "\u202e" not in result.output and "evil\\u202ename\\x0ax.txt: empty file" \
        in result.output, result.output


def test_a_file_name_that_is_not_utf8_loses_nothing_and_reingests_unchanged(tmp_path):
    """A latin-1 file name (an old archive unpacked on Linux) reaches Python as lone surrogates; the store
    could not hold the source and every article in the file was lost as 'internal error'."""
    import os

    d = tmp_path / "in"
    d.mkdir()
    (d / os.fsdecode(b"caf\xe9.txt")).write_text("Vietnam and Laos met in Vientiane.", encoding="utf-8")
    (d / os.fsdecode(b"feed\xff.jsonl")).write_text(json.dumps({"text": "Iran met Iraq in Baghdad."}) + "\n",
                                                    encoding="utf-8")
    db = str(tmp_path / "n.db")
    first = CliRunner().invoke(cli.main, ["ingest", "--no-stories", "--db", db, str(d)])
    assert "2 ingested" in first.output and "0 failed" in first.output, first.output
    sources = sorted(r[0] for r in store.connect(db).execute("SELECT source FROM documents").fetchall())
    assert sources == [f"{d}/caf\\xe9.txt", f"{d}/feed\\xff.jsonl#1"]
    again = CliRunner().invoke(cli.main, ["ingest", "--no-stories", "--db", db, str(d)])
    assert "0 ingested, 2 unchanged" in again.output, again.output
    assert RawArticle(source="ok/é.txt", text="x").source == "ok/é.txt"


def test_dates_and_figures_of_a_huge_text_cost_what_the_analysed_part_costs():
    """A 4 MB text of dated lines took hours in the dates stage (each date re-read the whole text before and
    after it); dates and figures now come from the analysed part, as sentences and mentions do."""
    from bilat.stages.sentences import analysed_end

    text = "".join(f"Thailand and China signed {i} accords in Bangkok on {i % 28 + 1} May 2024 worth ${i}bn.\n\n"
                   for i in range(8000))  # 650k characters, every line its own
    from bilat.pipeline import document_from_raw

    doc = Pipeline(until="quantities")(document_from_raw(RawArticle(source="big", text=text)))
    end = analysed_end(doc.text)
    assert doc.dates and doc.quantities and end < len(doc.text)
    assert max(d.end for d in doc.dates) <= end and max(q.end for q in doc.quantities) <= end
