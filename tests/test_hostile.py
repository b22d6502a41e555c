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
from bilat.encodings import decode
from bilat.ingest import Ingestor
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
        b"[1, 2]", b"42", b"{}", b'{"text": ["a list"]}', b'{"text": null}',     # 6-10: no article
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
    assert "line too large" in errors[2] and "truncated line" in errors[3]
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
    # (a Unix time such as 1700000000 is read since stop 53: tests/test_published53.py)
    values = [12345, True, {"y": 2025}, "99999-01-01", "yesterday", "2025-02-30",
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
    assert any("missing.txt: cannot read (No such file or directory)" in e for e in errors)


def test_the_cli_reads_the_rest_of_the_batch_after_a_bad_path(tmp_path):
    (tmp_path / "ok.txt").write_text("Vietnam and Laos met.", encoding="utf-8")
    db = str(tmp_path / "c.db")
    result = CliRunner().invoke(cli.main, ["ingest", "--no-stories", "--db", db, str(tmp_path / "nope"),
                                           str(tmp_path / "ok.txt")])
    assert result.exit_code == 1
    assert "nope: cannot read (No such file or directory)" in result.output
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
    (d / "nul.html").write_bytes(page.replace("Laos", "Thailand").encode() + b"\x00" * 50)
    summary, errors, _ = run(db_path, d)
    # deep.html: nested past lxml's 2,048 levels, its text is read between the tags (issue 11; it was lost);
    # nul.html: a whole page and 50 NUL bytes of padding, which are ignored with a warning (_unpadded; it was lost)
    assert summary.ingested == 4, errors
    assert summary.failed == len(errors) == 3, errors
    assert {e.split(": ")[1].rsplit("/", 1)[1] for e in errors} == {"empty.html", "scripts.html", "cut.html"}


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


# --- robust4: real-world encodings, pipes, numbers and truncation (issue 11) -----------------------

LEGACY = {  # a few sentences as a user's old files would hold them, and their usual legacy encodings
    "zh": (("中国外交部长星期二在北京会见了越南外交部长，双方讨论了两国贸易和南海问题。"
           "会谈后，两国签署了三项合作协议，包括基础设施和农业领域。"), ["gb18030", "gbk"]),
    "zh-hant": (("中國外交部長星期二在北京會見了越南外交部長，雙方討論了兩國貿易和南海問題。"
                "會談後，兩國簽署了三項合作協議，包括基礎設施和農業領域。"), ["big5"]),
    "th": (("นายกรัฐมนตรีไทยได้พบกับนายกรัฐมนตรีกัมพูชาที่กรุงพนมเปญเมื่อวันอังคาร "
           "เพื่อหารือเรื่องการค้าชายแดนและความร่วมมือด้านความมั่นคง"), ["tis-620", "cp874"]),
    "fa": (("وزير امور خارجه ايران روز سه شنبه در تهران با همتاي عراقي خود ديدار كرد. "
           "دو طرف درباره روابط اقتصادي و امنيت مرزها گفتگو كردند."), ["cp1256"]),
    "ja": (("日本の外務大臣は火曜日に東京で韓国の外務大臣と会談し、両国の貿易と安全保障について話し合った。"
           "会談の後、両国は三つの協力文書に署名した。"), ["shift_jis", "euc-jp"]),
    "ko": (("한국 외교부 장관은 화요일 서울에서 일본 외교부 장관과 만나 양국의 무역과 안보 문제를 논의했다. "
           "회담 후 두 나라는 세 건의 협력 문서에 서명했다."), ["euc-kr"]),
}


@pytest.mark.parametrize(("lang", "encoding"), [(k, e) for k, (_, encs) in LEGACY.items() for e in encs])
def test_multi_byte_legacy_encodings_are_decoded_not_replaced(lang: str, encoding: str) -> None:
    """GB18030, Big5, TIS-620, Shift-JIS, EUC-KR (and Persian in cp1256) hold byte pairs that look like
    UTF-8 by chance; they are still decoded in their own encoding, with one warning naming it."""
    text = LEGACY[lang][0]
    warnings: list[str] = []
    assert decode(text.encode(encoding), "old.txt", warnings.append) == text
    assert len(warnings) == 1 and warnings[0].startswith("old.txt: not UTF-8; decoded as ")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_utf16_and_utf32_without_a_bom_are_read_not_refused_as_binary(tmp_path, db_path, encoding):
    d = tmp_path / "in"
    d.mkdir()
    texts = {"en.txt": "The foreign ministers of Vietnam and Laos met in Vientiane.",
             "ar.txt": "التقى وزير الخارجية السعودي نظيره الإيراني في الرياض يوم الثلاثاء.",
             "zh.txt": LEGACY["zh"][0], "th.txt": LEGACY["th"][0]}
    for name, text in texts.items():
        (d / name).write_bytes(text.encode(encoding))
    lines = [json.dumps({"id": f"j{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(texts.values())]
    (d / "feed.jsonl").write_bytes(("\n".join(lines) + "\n").encode(encoding))
    summary, errors, warnings = run(db_path, d)
    assert errors == [] and summary.ingested == 4 and summary.duplicates == 4
    assert all("no byte-order mark; decoded as " + encoding in w for w in warnings)
    conn = store.connect(db_path)
    originals = {store.load_document(conn, r[0]).original for r in conn.execute("SELECT id FROM documents")}
    assert originals == set(texts.values())


def test_html_is_decoded_in_the_charset_it_declares(tmp_path, db_path):
    d = tmp_path / "in"
    d.mkdir()
    body = "".join(f"<p>{LEGACY['zh'][0]}</p>" for _ in range(3))
    (d / "gb.html").write_bytes(f"<html><head><meta charset='gb2312'></head><body><article>{body}</article>"
                                "</body></html>".encode("gb18030"))
    body = "".join(f"<p>{LEGACY['th'][0]}</p>" for _ in range(3))
    (d / "th.html").write_bytes(("<html><head><meta http-equiv='Content-Type' content='text/html; charset=TIS-620'>"
                                 f"</head><body><article>{body}</article></body></html>").encode("tis-620"))
    summary, errors, warnings = run(db_path, d)
    assert (summary.ingested, errors) == (2, [])
    assert any("gb.html: not UTF-8; decoded as gb18030, the charset the page declares" in w for w in warnings)
    assert any("th.html: not UTF-8; decoded as cp874, the charset the page declares" in w for w in warnings)
    conn = store.connect(db_path)
    texts = [store.load_document(conn, r[0]).original for r in conn.execute("SELECT id FROM documents")]
    assert any(LEGACY["zh"][0] in t for t in texts) and any(LEGACY["th"][0] in t for t in texts)


def test_a_huge_number_in_one_jsonl_line_loses_nothing_after_it(tmp_path, db_path):
    """json refuses integers of over 4,300 digits with a ValueError that is not a JSONDecodeError:
    it ended the whole file ("internal error while reading") and every line after it was lost."""
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([good(0), '{"id": "n", "text": "A count: Vietnam and Laos met.", "n": ' + "9" * 5000 + "}",
                               '{"id": "t", "text": ' + "7" * 5000 + "}", good(1), good(2)]) + "\n", encoding="utf-8")
    summary, errors, _ = run(db_path, path)
    assert summary.ingested == 4 and summary.failed == 1
    assert len(errors) == 1 and "feed.jsonl#3: field 'text' is a number, not a string" in errors[0]
    conn = store.connect(db_path)
    assert {r[0] for r in conn.execute("SELECT id FROM documents")} == {"g0", "n", "g1", "g2"}


def test_a_reader_bug_on_one_line_names_that_line_and_the_file_reads_on(tmp_path, db_path, monkeypatch):
    real = ingest_mod.jsonl_article

    def fragile(obj, source, warn=None):
        if obj.get("id") == "g1":
            raise TypeError("a reader bug")
        return real(obj, source, warn)
    monkeypatch.setattr(ingest_mod, "jsonl_article", fragile)
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(good(i) for i in range(4)) + "\n", encoding="utf-8")
    summary, errors, _ = run(db_path, path)
    assert (summary.ingested, summary.failed) == (3, 1)
    assert errors == [f"error: {path}#2: internal error while reading (TypeError: a reader bug)"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_a_folder_is_one_error_and_never_blocks_the_batch(tmp_path, db_path):
    import signal

    d = tmp_path / "in"
    d.mkdir()
    os.mkfifo(d / "a_pipe.txt")
    os.mkfifo(d / "b_pipe.jsonl")
    (d / "ok.txt").write_text("A fine article about Vietnam.", encoding="utf-8")

    def hung(*_):
        raise TimeoutError("ingest blocked on a named pipe")
    old = signal.signal(signal.SIGALRM, hung)
    signal.setitimer(signal.ITIMER_REAL, 20, 5)  # again every 5 s: a second pipe must not hang the test
    try:
        summary, errors, _ = run(db_path, d)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    assert (summary.ingested, summary.failed) == (1, 2)
    assert all("not a regular file" in e for e in errors) and len(errors) == 2


def test_binary_files_are_named_by_kind_even_as_jsonl_and_a_stray_nul_keeps_a_text(tmp_path, db_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "feed.jsonl").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)  # (gzip bytes are read: test_ingest_gzip_magic)
    (d / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    text = "The foreign ministers of Vietnam and Laos met in Vientiane on Tuesday to discuss trade."
    (d / "nul.txt").write_bytes(text[:30].encode() + b"\x00" + text[30:].encode())
    summary, errors, _ = run(db_path, d)
    assert sorted(errors) == [f"error: {d / 'feed.jsonl'}: binary file (PDF), not JSONL",
                              f"error: {d / 'photo.txt'}: binary file (PNG image), not text, HTML or JSONL"]
    assert summary.ingested == 1
    conn = store.connect(db_path)
    (doc_id,) = [r[0] for r in conn.execute("SELECT id FROM documents")]
    assert store.load_document(conn, doc_id).original == text


def test_a_truncated_jsonl_line_is_named_as_truncated(tmp_path, db_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(good(0) + '\n{"id": "cut", "text": "an article cut in the mid\n' + good(1) + '\n{"id": "c2", "te',
                    encoding="utf-8")
    summary, errors, _ = run(db_path, path)
    assert summary.ingested == 2 and len(errors) == 2
    assert all("truncated line" in e for e in errors)
    assert "feed.jsonl#2:" in errors[0] and "feed.jsonl#4:" in errors[1]


def test_a_feed_record_with_blank_text_is_skipped_with_a_warning_not_a_failure(tmp_path):
    """Real feeds hold records with an empty text (SaudiNewsNet: cartoons, ~1 in 100, with or without a
    title): a warning naming the line, and the rest of a real set ingests with no error (exit 0)."""
    rows = [{"id": "c1", "title": "كاريكاتير", "text": ""}, {"id": "c2", "title": "", "text": " "},
            {"id": "h", "html": ""}, {"id": "ok", "text": "Vietnam and Laos met in Vientiane."}]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    result = CliRunner().invoke(cli.main, ["ingest", "--no-stories", "--db", db, str(path)])
    assert result.exit_code == 0, result.output
    assert "1 ingested" in result.output and "3 empty records skipped" in result.output and "0 failed" in result.output
    for n in (1, 2, 3):
        assert f"warning: {path}#{n}: empty article (its text is blank), skipped" in result.output
    assert "error:" not in result.output


def test_gzipped_feeds_and_pages_are_read_and_a_bad_gzip_is_one_line(tmp_path, db_path):
    """robust21: .jsonl.gz / .txt.gz / .html.gz are read (JSONL streamed); a truncated, corrupt, empty
    or binary archive is one error naming the file, and every good line before a cut is stored."""
    import gzip

    d = tmp_path / "in"
    d.mkdir()
    feed = ("\n".join(good(i) for i in range(60)) + "\n").encode()
    (d / "feed.jsonl.gz").write_bytes(gzip.compress(feed))
    packed = gzip.compress(("\n".join(good(100 + i) for i in range(400)) + "\n").encode(), mtime=0)
    (d / "cut.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    (d / "empty.jsonl.gz").write_bytes(gzip.compress(b""))
    (d / "noise.jsonl.gz").write_bytes(gzip.compress(bytes(range(256)) * 20))
    (d / "plain.jsonl.gz").write_bytes(feed)  # named .gz but not gzip
    (d / "page.txt.gz").write_bytes(gzip.compress("Tô Lâm thăm Nga hôm thứ Ba để hội đàm.".encode()))
    (d / "page.html.gz").write_bytes(gzip.compress(
        b"<html><body><article><p>The foreign ministers of Thailand and Cambodia met in Bangkok on Monday "
        b"to discuss the border and trade between the two countries.</p></article></body></html>"))
    summary, errors, _ = run(db_path, d)
    by_file = {e.split(": ", 2)[1].rsplit("/", 1)[-1]: e.split(": ", 2)[2] for e in errors}
    assert by_file == {
        "cut.jsonl.gz": "truncated gzip (the archive ends before its end-of-stream marker)",
        "empty.jsonl.gz": "empty file (the gzip archive holds nothing)",
        "noise.jsonl.gz": "binary file (binary data), not JSONL",
        "plain.jsonl.gz": "corrupt gzip (Not a gzipped file (b'{\"'))",
    }
    assert summary.failed == 4
    cut_lines = summary.ingested - 60 - 2
    assert 0 < cut_lines < 400  # the lines before the cut are kept
    again, errors2, _ = run(db_path, d)  # re-ingesting changes nothing
    assert (again.ingested, again.unchanged, len(errors2)) == (0, summary.ingested, 4)


def test_bare_cr_line_ends_split_jsonl_and_an_empty_jsonl_is_named(tmp_path, db_path):
    """robust21: a JSONL file with old-Mac or mixed line ends (bare CR) gives every record, not 'Extra data';
    an empty JSONL, or one holding only blank lines or a BOM, is one error like an empty text file."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "mixed.jsonl").write_bytes((good(1) + "\r\n" + good(2) + "\r" + good(3) + "\n" + good(4) + "\r").encode())
    (d / "empty.jsonl").write_bytes(b"")
    (d / "blank.jsonl").write_bytes(b"\n\r\n  \n")
    (d / "bom.jsonl").write_bytes(b"\xef\xbb\xbf")
    summary, errors, _ = run(db_path, d)
    assert summary.ingested == 4
    assert sorted(errors) == [f"error: {d / name}: empty file (no JSONL lines)"
                              for name in ("blank.jsonl", "bom.jsonl", "empty.jsonl")]
