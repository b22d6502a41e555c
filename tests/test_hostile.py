"""Hostile input (issue 15): JSONL, HTML, encodings and file names. Every bad item is one line naming
the file (and line); everything else is stored; nothing is dropped silently."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import PLAIN

import bilat.ingest as ingest_mod
from bilat import cli, store
from bilat.ingest import Ingestor, decode
from bilat.pipeline import Pipeline


def run(db: str, *paths: Path, progress=None) -> tuple[ingest_mod.Summary, list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []
    conn = store.connect(db)
    ing = Ingestor(conn, stories=False, pipeline=Pipeline(PLAIN), error=errors.append, warn=warnings.append)
    return ing.run(paths, progress=progress), errors, warnings


def good(i: int) -> str:
    return json.dumps({"id": f"g{i}", "text": f"Good article {i}: Vietnam and Laos met in Vientiane."})


def test_hostile_jsonl_lines_are_one_error_each_and_every_good_line_is_stored(tmp_path, db_path, monkeypatch):
    monkeypatch.setattr(ingest_mod, "MAX_LINE_BYTES", 4000)
    hostile: list[bytes] = [
        ("[" * 1000 + "]" * 1000).encode(),                                      # 2: too deep for json
        ('{"text": "deep field", "x": ' + "[" * 40 + "]" * 40 + "}").encode(),   # 3: deeper than the limit
        json.dumps({"id": "big", "text": "x " * 5000}).encode(),                 # 4: over the line limit
        b'{"id": "cut", "text": "an article cut in the mid',                     # 5: truncated
        b"[1, 2]", b"42", b"{}", b'{"text": ["a list"]}', b'{"text": "   "}',   # 6-10: no article
        bytes(range(128, 256)) * 3,                                              # 11: binary noise
    ]
    kept: list[bytes] = [
        json.dumps({"id": "nul", "text": "Null\u0000 byte\u0001 inside the text of Vietnam."}).encode(),
        b'{"id": "surrogate", "text": "A lone \\ud800 surrogate about Laos."}',
        json.dumps({"id": "bidi", "title": "\u202eevil\u202c title", "text": "Bidi controls in the title."}).encode(),
        json.dumps({"id": "latin", "text": "Réunion à Hanoï entre délégués du Viêt Nam."}, ensure_ascii=False)
        .encode("latin-1", errors="ignore"),
        json.dumps({"id": 7, "text": "An integer id", "title": {"not": "a string"}, "url": ["x"]}).encode(),
    ]
    lines = [good(0).encode(), *hostile, *kept, *(good(i).encode() for i in range(1, 20))]
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    summary, errors, warnings = run(db_path, path)
    assert summary.failed == len(hostile) == len(errors)
    assert [e.split("#", 1)[1].split(":", 1)[0] for e in errors] == [str(n) for n in range(2, 12)]
    assert "nested too deep" in errors[0] and "nested too deep" in errors[1]
    assert "line too large" in errors[2] and "invalid JSON" in errors[3]
    assert all("\n" not in line for line in errors + warnings)
    assert summary.ingested == 20 + len(kept)
    conn = store.connect(db_path)
    doc = {r["id"]: store.load_document(conn, r["id"]) for r in conn.execute("SELECT id FROM documents")}
    assert "\x00" not in doc["nul"].original and "\x01" not in doc["nul"].original
    assert "\ufffd" in doc["surrogate"].original
    assert doc["bidi"].title == "\u202eevil\u202c title"  # kept as given; the web layer isolates it
    assert "Hanoï" in doc["latin"].original
    assert doc["7"].title != "{'not': 'a string'}" and doc["7"].url is None
    assert any("field 'title' ignored" in w for w in warnings)


def test_published_is_an_iso_date_or_dropped_with_a_warning(tmp_path, db_path):
    values = [1700000000, True, {"y": 2025}, "99999-01-01", "yesterday", "2025-02-30",
              "2025-05-09", "2025-05-09T10:00:00Z", "2025-05-09 10:00", "Fri, 09 May 2025 10:00:00 +0700"]
    path = tmp_path / "dates.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"p{i}", "text": f"Article {i} on the visit.", "published": v})
                              for i, v in enumerate(values)) + "\n", encoding="utf-8")
    summary, errors, warnings = run(db_path, path)
    assert (summary.ingested, summary.failed, errors) == (len(values), 0, [])
    conn = store.connect(db_path)
    got = dict(conn.execute("SELECT id, published FROM documents").fetchall())
    assert [got[f"p{i}"] for i in range(6)] == [None] * 6
    assert [got[f"p{i}"] for i in range(6, 10)] == ["2025-05-09", "2025-05-09T10:00:00+00:00",
                                                    "2025-05-09T10:00:00", "2025-05-09T10:00:00+07:00"]
    assert len([w for w in warnings if "published" in w]) == 6
    assert all(f"dates.jsonl#{i + 1}: published" in w for i, w in enumerate(warnings))


def test_a_reused_id_is_a_clash_both_stored_and_the_same_text_is_a_duplicate(tmp_path, db_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"id": "1", "text": "Vietnam signed a deal with Laos."}) + "\n", encoding="utf-8")
    b.write_text("\n".join([json.dumps({"id": "1", "text": "Thailand held talks with Cambodia."}),
                            json.dumps({"id": "9", "text": "Vietnam signed a deal with Laos."}),
                            json.dumps({"id": "1", "text": "Thailand held talks with Cambodia."})]) + "\n",
                 encoding="utf-8")
    summary, errors, warnings = run(db_path, a, b)
    assert errors == []
    assert (summary.ingested, summary.clashes, summary.duplicates, summary.failed) == (2, 1, 2, 0)
    assert "2 ingested, 0 unchanged, 2 duplicates, 1 id clashes" in summary.line()
    (clash,) = [w for w in warnings if "already names a different article" in w]
    assert "b.jsonl#1" in clash and "'1'" in clash
    conn = store.connect(db_path)
    texts = sorted(store.load_document(conn, r[0]).original for r in conn.execute("SELECT id FROM documents"))
    assert texts == ["Thailand held talks with Cambodia.", "Vietnam signed a deal with Laos."]
    again, _, warnings = run(db_path, a, b)
    assert (again.ingested, again.unchanged, again.duplicates, again.clashes) == (0, 2, 2, 0)
    assert warnings == []


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig"])
def test_text_and_jsonl_with_a_bom_are_read(tmp_path, db_path, encoding):
    bom = {"utf-16-be": "\ufeff", "utf-32-be": "\ufeff"}.get(encoding, "")
    d = tmp_path / "in"
    d.mkdir()
    (d / "t.txt").write_bytes((bom + "Tin tức: Việt Nam và Lào ký hiệp định.\n").encode(encoding))
    line = json.dumps({"id": "u", "text": "مرحبا بالعالم: فيتنام ولاوس"}, ensure_ascii=False)
    (d / "f.jsonl").write_bytes((bom + line + "\n" + good(1) + "\n").encode(encoding))
    summary, errors, warnings = run(db_path, d)
    assert (summary.ingested, summary.failed, errors, warnings) == (3, 0, [], [])
    conn = store.connect(db_path)
    originals = {store.load_document(conn, r[0]).original for r in conn.execute("SELECT id FROM documents")}
    assert "مرحبا بالعالم: فيتنام ولاوس" in originals
    assert any(o.startswith("Tin tức: Việt Nam") for o in originals)


def test_undecodable_bytes_are_replaced_and_counted_one_way() -> None:
    warnings: list[str] = []
    vi = "Thủ tướng Việt Nam thăm Lào".encode() + b"\xff\xfe\xfa\xfb"
    assert decode(vi, "vi.txt", warnings.append).count("\ufffd") >= 1
    assert warnings == ["vi.txt: 4 undecodable byte sequence(s) in utf-8 replaced with U+FFFD"]
    warnings.clear()
    ascii_text = b"Leaders met in Hanoi \x81\x8d\x8f\x90\x9d\x81 on Friday to discuss trade."
    text = decode(ascii_text, "a.txt", warnings.append)
    assert len(warnings) == 1 and "a.txt" in warnings[0]
    assert not any(0x80 <= ord(c) <= 0x9f for c in text)  # never C1 mojibake
    warnings.clear()
    latin = "Réunion à Hanoï entre délégués du Viêt Nam et de Biélorussie.".encode("latin-1")
    assert "Hanoï" in decode(latin, "l.txt", warnings.append) and "decoded as" in warnings[0]


def test_file_names_cannot_forge_lines(tmp_path, db_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "bad\nerror: forged.txt").write_bytes(b"\x00\x01\x02" * 100)
    (d / "rtl\u202etxt.exe.txt").write_bytes(b"")
    (d / "ok.txt").write_text("A fine article about Vietnam.", encoding="utf-8")
    summary, errors, _ = run(db_path, d)
    assert summary.failed == 2 and summary.ingested == 1
    assert all("\n" not in e and "\u202e" not in e for e in errors)
    assert any("bad\\x0aerror: forged.txt: binary file" in e for e in errors)
    assert any("rtl\\u202etxt.exe.txt: empty file" in e for e in errors)


def test_unreadable_paths_and_sub_folders_are_one_line_each(tmp_path, db_path, monkeypatch):
    d = tmp_path / "in"
    (d / "locked").mkdir(parents=True)
    (d / "locked" / "hidden.txt").write_text("Never read.", encoding="utf-8")
    (d / "ok.txt").write_text("A fine article about Vietnam.", encoding="utf-8")
    locked = d / "locked"
    if os.geteuid() != 0:
        locked.chmod(0)
    else:  # root reads anything: make the folder fail as a permission error would
        real = os.scandir

        def scandir(path=".", *a):
            if Path(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path, *a)
        monkeypatch.setattr(os, "scandir", scandir)
    try:
        summary, errors, _ = run(db_path, d, tmp_path / "missing.txt")
    finally:
        locked.chmod(0o755)
    assert summary.ingested == 1 and summary.failed == 2
    assert any("locked: cannot read folder (Permission denied)" in e for e in errors)
    assert any("missing.txt: no such file or directory" in e for e in errors)


def test_the_cli_reads_the_rest_of_the_batch_after_a_bad_path(tmp_path):
    (tmp_path / "ok.txt").write_text("Vietnam and Laos met.", encoding="utf-8")
    db = str(tmp_path / "c.db")
    result = CliRunner().invoke(cli.main, ["ingest", "--no-stories", "--db", db, str(tmp_path / "nope"),
                                           str(tmp_path / "ok.txt")])
    assert result.exit_code == 1
    assert "nope: no such file or directory" in result.output
    assert "1 ingested" in result.output


def test_hostile_html_is_one_line_each(tmp_path, db_path):
    d = tmp_path / "in"
    d.mkdir()
    body = "<p>The foreign ministers of Vietnam and Laos met in Vientiane to discuss trade and transport.</p>" * 3
    page = f"<!doctype html><html><head><title>T</title></head><body><article>{body}</article></body></html>"
    (d / "ok.html").write_text(page, encoding="utf-8")
    (d / "utf16.html").write_bytes(page.replace("Laos", "Cambodia").encode("utf-16"))
    (d / "empty.html").write_text("", encoding="utf-8")
    (d / "scripts.html").write_text("<html><body><script>alert(1)</script></body></html>", encoding="utf-8")
    (d / "cut.html").write_text(page[: len(page) // 2], encoding="utf-8")
    (d / "deep.html").write_text("<html><body>" + "<div>" * 5000 + "deep" + "</div>" * 5000 + "</body></html>",
                                 encoding="utf-8")
    (d / "nul.html").write_bytes(page.encode() + b"\x00" * 50)
    summary, errors, _ = run(db_path, d)
    assert summary.ingested == 2, errors
    assert summary.failed == len(errors) == 5, errors
    assert {e.split(": ")[1].rsplit("/", 1)[1] for e in errors} == {
        "empty.html", "scripts.html", "cut.html", "deep.html", "nul.html"}


def test_progress_counts_articles_across_files(tmp_path, db_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("One article about Vietnam.", encoding="utf-8")
    (d / "b.jsonl").write_text("\n".join(good(i) for i in range(5)), encoding="utf-8")  # no final newline
    seen: list[tuple[int, int]] = []
    run(db_path, d, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (6, 6)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and {t for _, t in seen} == {6}


def test_analysis_is_bounded_by_sentence_and_text_limits() -> None:
    """A single-line text of any size gives sentences of at most MAX_SENTENCE_CHARS, all within the
    first MAX_ANALYSED_CHARS characters; a title of any size is cut for embedding only."""
    from bilat import embed
    from bilat.records import Document, Paragraph
    from bilat.stages import sentences

    words = "Vietnam and Laos signed an agreement on trade in Vientiane while officials met "
    text = (words * 3000).strip()  # 240k characters, one line, no sentence punctuation
    spans = sentences.split_sentences(text, "en")
    assert max(e - s for s, e in spans) <= sentences.MAX_SENTENCE_CHARS
    assert sum(e - s for s, e in spans) > 0.95 * len(text)  # cut at spaces, nothing lost
    doc = Document(id="x", source="x", original=text, text=text, lang="en", paragraphs=(Paragraph(start=0, end=len(text)),))
    out = sentences.make_stage()(doc)
    assert out.sentences and max(s.end for s in out.sentences) <= sentences.MAX_ANALYSED_CHARS
    assert out.sentences[-1].end > sentences.MAX_ANALYSED_CHARS - sentences.MAX_SENTENCE_CHARS
    lead = embed.lead("T" * 1_000_000, "body text")
    assert len(lead) <= embed.MAX_TITLE_CHARS + 1 + embed.LEAD_CHARS


def test_the_progress_bar_shows_articles_rate_and_time_left_and_errors_on_their_own_lines() -> None:
    import io

    out = io.StringIO()
    bar = cli.ProgressBar(out)
    bar(1, 10)
    bar(4, 10)
    bar.echo("error: a.jsonl#3: invalid JSON")
    bar(10, 10)
    bar.close()
    lines = out.getvalue().split("\n")
    assert lines[0].rsplit("\r\x1b[K", 1)[1] == "error: a.jsonl#3: invalid JSON"
    assert "4/10 articles" in lines[0] and "/s, " in lines[0] and " left" in lines[0]
    assert "10/10 articles" in lines[1]
