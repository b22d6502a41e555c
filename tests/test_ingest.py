"""Ingest: readers, bad input, idempotence, atomic commits (with a stand-in pipeline)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import PLAIN

from bilat import store
from bilat.encodings import decode, looks_binary
from bilat.errors import BadInput
from bilat.ingest import Ingestor, parse_jsonl_line, read_file
from bilat.pipeline import Pipeline

HTML = """<!doctype html><html><head><title>Talks in Hanoi</title>
<link rel="canonical" href="https://news.example.com/2025/05/02/talks.html">
<meta property="article:published_time" content="2025-05-02T08:00:00Z"></head>
<body><article><h1>Talks in Hanoi</h1>
<p>The foreign ministers of Vietnam and Belarus held talks in Hanoi on Friday about trade and defence.</p>
<p>Both sides agreed to expand cooperation in education, science and technology over the next five years.</p>
</article></body></html>"""


def ingestor(db_path: str, errors: list[str]) -> Ingestor:
    conn = store.connect(db_path)
    return Ingestor(conn, stories=False, pipeline=Pipeline(PLAIN), error=errors.append, warn=errors.append)


def make_bad_dir(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "good.txt").write_text("Headline\n\nVietnam and Belarus signed an agreement.\n", encoding="utf-8")
    (d / "sub" / "page.html").write_text(HTML, encoding="utf-8")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (d / "empty.txt").write_bytes(b"")
    (d / "latin1.txt").write_bytes("Réunion à Hanoï entre délégués du Viêt Nam et de Biélorussie.".encode("latin-1"))
    (d / "truncated.html").write_text(HTML[: len(HTML) // 2], encoding="utf-8")
    lines = [json.dumps({"id": "j1", "text": "Первая статья о визите.", "published": "2025-05-01"}),
             "{not json", json.dumps({"title": "no text"}),
             json.dumps({"id": "j2", "html": HTML.replace("Friday", "Monday")})]
    (d / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


def test_bad_files_are_named_and_the_rest_goes_through(tmp_path: Path, db_path: str) -> None:
    errors: list[str] = []
    summary = ingestor(db_path, errors).run([make_bad_dir(tmp_path)])
    text = "\n".join(errors)
    assert "binary.txt: binary file" in text
    assert "empty.txt: empty file" in text
    assert "truncated.html: truncated HTML" in text
    assert "batch.jsonl#2: invalid JSON" in text
    assert "batch.jsonl#3: no 'text' or 'html'" in text
    assert "latin1.txt: not UTF-8; decoded as" in text  # a warning, and it is still ingested
    assert all("\n" not in e for e in errors)
    assert summary.failed == 5
    assert summary.ingested == 5  # good.txt, page.html, latin1.txt, j1, j2
    conn = store.connect(db_path)
    rows = {r["source"].rsplit("/", 1)[-1]: r for r in conn.execute("SELECT * FROM documents")}
    assert "Hanoï" in store.load_document(conn, rows["latin1.txt"]["id"]).original
    page = rows["page.html"]
    assert page["url"] == "https://news.example.com/2025/05/02/talks.html"
    assert page["published"] == "2025-05-02"
    assert page["title"] == "Talks in Hanoi"
    assert conn.execute("SELECT published FROM documents WHERE id='j1'").fetchone()[0] == "2025-05-01"


def test_reingest_changes_nothing(tmp_path: Path, db_path: str) -> None:
    d = make_bad_dir(tmp_path)
    first = ingestor(db_path, []).run([d])
    conn = store.connect(db_path)
    before = conn.execute("SELECT id, data FROM documents ORDER BY id").fetchall()
    second = ingestor(db_path, []).run([d])
    after = conn.execute("SELECT id, data FROM documents ORDER BY id").fetchall()
    assert second.ingested == 0 and second.unchanged == first.ingested
    assert [tuple(r) for r in before] == [tuple(r) for r in after]


def test_a_crash_mid_document_keeps_what_was_committed(tmp_path: Path, db_path: str, monkeypatch) -> None:
    d = tmp_path / "in"
    d.mkdir()
    for i in range(3):
        (d / f"{i}.txt").write_text(f"Article {i}\n\nBody number {i} of the batch.", encoding="utf-8")
    ing = ingestor(db_path, [])
    real_insert = store._insert_document
    calls = {"n": 0}

    def flaky(conn, doc, hash_, error=None):
        calls["n"] += 1
        real_insert(conn, doc, hash_, error)
        if calls["n"] == 2:
            raise KeyboardInterrupt  # Ctrl-C after the row was written, before COMMIT
    monkeypatch.setattr(store, "_insert_document", flaky)
    with pytest.raises(KeyboardInterrupt):
        ing.run([d])
    conn = store.connect(db_path)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_decode_rules() -> None:
    warnings: list[str] = []
    assert decode("\ufeffxin chào".encode("utf-8"), "f", warnings.append) == "xin chào"
    assert decode("مرحبا".encode("utf-16"), "f", warnings.append) == "مرحبا"
    assert not warnings
    assert looks_binary(b"\x00\x01\x02abc")
    assert not looks_binary("Tô Lâm thăm Nga".encode())


def test_oversize_file_is_refused(tmp_path: Path, monkeypatch) -> None:
    import bilat.ingest as ingest_mod

    monkeypatch.setattr(ingest_mod, "MAX_BYTES", 100)
    p = tmp_path / "big.txt"
    p.write_text("x" * 200, encoding="utf-8")
    (item,) = list(read_file(p, print))
    assert isinstance(item, BadInput) and "too large" in item.reason


def boom_stage(**_: object):
    def run(doc):
        if "BOOM" in doc.original:
            raise ValueError("stage exploded")
        return doc
    return run


def test_a_failing_article_is_stored_with_its_error_and_analysed_again(tmp_path, db_path):
    """Issue 11: an article whose analysis fails keeps its text, language and error; the batch goes on;
    `bilat stats` counts it; the next ingest (or `bilat reanalyze`) analyses it again."""
    from conftest import PLAIN

    from bilat.pipeline import Stage

    boom = Stage(name="boom", factory="test_ingest:boom_stage", needs=frozenset({"text"}), adds=frozenset())
    d = tmp_path / "in"
    d.mkdir()
    for i, body in enumerate(["first article body", "BOOM goes this one", "third article body", "fourth one"]):
        (d / f"a{i}.txt").write_text(f"Title {i}\n{body}\n", encoding="utf-8")
    errors: list[str] = []
    conn = store.connect(db_path)
    ing = Ingestor(conn, stories=False, pipeline=Pipeline(PLAIN + (boom,)), error=errors.append, batch=3)
    summary = ing.run([d])
    assert (summary.ingested, summary.analysis_errors, summary.failed) == (3, 1, 0)
    assert len(errors) == 1 and "a1.txt" in errors[0] and "stage exploded" in errors[0]
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 4
    ((doc_id, error),) = store.failed_documents(conn)
    assert "boom" in error and "stage exploded" in error
    assert "BOOM goes this one" in store.load_document(conn, doc_id).text
    assert store.counts(conn)["analysis_errors"] == 1
    assert ing.pending == []
    # the same input again, with the bug still there: still one stored error, nothing duplicated
    again = Ingestor(conn, stories=False, pipeline=Pipeline(PLAIN + (boom,)), error=errors.append).run([d])
    assert (again.unchanged, again.analysis_errors, again.failed) == (3, 1, 0)
    # the bug fixed: reanalyze stores the analysis in place of the error
    fixed = Ingestor(conn, stories=False, pipeline=Pipeline(PLAIN), error=errors.append).reanalyze()
    assert (fixed.ingested, fixed.failed) == (1, 0)
    assert store.failed_documents(conn) == []
    assert store.load_document(conn, doc_id).paragraphs
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 4


def test_invalid_json_names_the_column_once() -> None:
    """json's "Unterminated string starting at" already ends in "at": the error says it once."""
    with pytest.raises(BadInput) as e:
        parse_jsonl_line('{"title": "cut off', "a.jsonl#3")
    assert "truncated line (the JSON ends at column 11" in str(e.value) and "at at" not in str(e.value)
    with pytest.raises(BadInput) as e:
        parse_jsonl_line('{"title": "x" "y"}', "a.jsonl#4")
    assert "invalid JSON (Expecting ',' delimiter at column 15)" in str(e.value)
    with pytest.raises(BadInput) as e:
        parse_jsonl_line('{"title": }', "a.jsonl#4")
    assert "Expecting value at column 11" in str(e.value)


def test_turkish_cp1254_is_told_from_cp1252() -> None:
    """robust21: cp1254 differs from cp1252 in six bytes (ğ ı ş Ğ İ Ş there, ð ý þ Ð Ý Þ here); Turkish
    text was read as cp1252 (ı -> ý). A Western text stays cp1252."""
    tr = "Türkiye Dışişleri Bakanı Hakan Fidan, İran'ın başkenti Tahran'da mevkidaşıyla görüştü."
    de = "Der deutsche Außenminister traf am Dienstag in Hanoi seinen vietnamesischen Amtskollegen."
    warnings: list[str] = []
    assert decode(tr.encode("cp1254"), "tr.txt", warnings.append) == tr
    assert decode(de.encode("cp1252"), "de.txt", warnings.append) == de
    assert warnings == ["tr.txt: not UTF-8; decoded as cp1254", "de.txt: not UTF-8; decoded as cp1252"]


def test_chinese_legacy_files_are_told_apart() -> None:
    """GB18030 and Big5 text that charset-normalizer left undetected (or read as a Western code page)
    came out as U+FFFD or mojibake; the common-character check reads it, and HKSCS characters survive
    a Big5 pick. Korean, Japanese and Arabic legacy bytes are never taken for Chinese."""
    from bilat.encodings import _chinese

    zh = ("越南国家主席苏林周二在河内会见了来访的中国外交部长王毅，双方就两国关系和共同关心的"
          "国际和地区问题交换了意见。王毅表示，中方愿与越方加强战略沟通，深化各领域务实合作。")
    hk = ("香港特區政府發言人今日表示，政府高度重視兩地合作，並會繼續與內地有關部門保持緊密聯繫。"
          "發言人又指出，市民對新措施的反應正面，啲細節會喺下星期公布。")
    for text, encoding in ((zh, "gb18030"), (hk, "big5hkscs")):
        warnings: list[str] = []
        assert decode(text.encode(encoding), "a.txt", warnings.append) == text
        assert warnings == [f"a.txt: not UTF-8; decoded as {encoding}"]
    ko = "대한민국 외교부 장관은 화요일 서울에서 베트남 외교장관과 회담하고 양국 관계 발전 방안을 논의했다."
    ja = "日本の外務大臣は火曜日、東京でベトナムの外相と会談し、両国関係の発展について話し合った。"
    ar = "التقى وزير الخارجية السعودي نظيره الإيراني في الرياض يوم الثلاثاء لبحث العلاقات بين البلدين."
    for text, encoding in ((ko, "euc-kr"), (ko, "cp949"), (ja, "shift_jis"), (ja, "euc-jp"), (ar, "cp1256")):
        assert _chinese(text.encode(encoding)) is None, encoding


def test_the_unicode_hint_is_the_control_byte_rule() -> None:
    """robust21: unmarked_unicode looks for NULs or control bytes (not tab..CR) in the first 4 KB with a
    regex instead of a Python loop; it must say exactly what the loop said."""
    import random

    from bilat.encodings import _UNICODE_HINT

    rng = random.Random(21)
    for _ in range(3000):
        data = bytes(rng.choice((rng.randrange(256), rng.randrange(9, 14), rng.randrange(32, 127)))
                     for _ in range(rng.randrange(40)))
        assert (_UNICODE_HINT.search(data, 0, 4096) is not None) == any(b < 9 or 13 < b < 32 for b in data)
    assert _UNICODE_HINT.search(b"a" * 4096 + b"\x01", 0, 4096) is None  # only the first 4 KB counts


def test_oversize_message_states_the_limit_it_applies(tmp_path: Path, monkeypatch) -> None:
    """review: a 21,000,000-byte file was refused as '21.0 MB > 21 MB limit' (the limit is 20 MiB,
    20,971,520 bytes, printed rounded in decimal MB); the message now gives both sizes exactly."""
    import bilat.ingest as ingest_mod

    monkeypatch.setattr(ingest_mod, "MAX_BYTES", 2 * 1024 * 1024)
    p = tmp_path / "big.txt"
    p.write_bytes(b"x " * 1_050_000)  # 2,100,000 bytes: over 2 MiB (2,097,152), 2.1 MB rounded
    (item,) = list(read_file(p, print))
    assert isinstance(item, BadInput)
    assert item.reason == "file too large (2,100,000 bytes > the 2,097,152-byte limit (2 MiB))"


@pytest.mark.parametrize(("line", "reason"), [
    ('{"id": "a", "text": 12345}', "field 'text' is a number, not a string"),
    ('{"id": "a", "html": ["<p>Hanoi</p>"]}', "field 'html' is an array, not a string"),
    ('{"id": "a", "text": {"body": "Hanoi"}}', "field 'text' is an object, not a string"),
    ('{"id": "a", "title": "no body"}', "no 'text' or 'html' field with content"),
])
def test_a_text_field_of_the_wrong_type_is_named(line: str, reason: str) -> None:
    """review: '"text": 12345' was refused as having no 'text' field at all."""
    with pytest.raises(BadInput) as e:
        parse_jsonl_line(line, "feed.jsonl#3")
    assert e.value.reason == reason


def test_a_json_array_is_read_as_articles_not_as_text(tmp_path: Path) -> None:
    """review: a .json file (an array of articles, as many exporters write) was read as plain text: the
    article was its JSON syntax. Now each item is read as a JSONL line is, named file.json#N."""
    p = tmp_path / "feed.json"
    p.write_text(json.dumps([{"id": "a", "text": "Chile and Peru agreed on fishing quotas.", "title": "Quotas"},
                             {"id": "b", "text": 7},
                             {"id": "c", "text": "Laos and Vietnam met in Vientiane.", "published": "2024-03-02"}],
                            indent=2), encoding="utf-8")
    items = list(read_file(p, print))
    assert [type(i).__name__ for i in items] == ["RawArticle", "BadInput", "RawArticle"]
    assert (items[0].id, items[0].text, items[0].title, items[0].source) == (
        "a", "Chile and Peru agreed on fishing quotas.", "Quotas", f"{p}#1")
    assert items[1].source == f"{p}#2" and items[1].reason == "field 'text' is a number, not a string"
    assert (items[2].id, items[2].published) == ("c", "2024-03-02")


@pytest.mark.parametrize(("body", "reason"), [
    ('{"id": "one", "text": "Chile and Peru met."}', None),
    ("[]", "empty file (an empty JSON array)"),
    ('"a string"', "a JSON file must hold an article object or an array of them"),
    ('[{"id": "x", "text": "Chile and Pe', "truncated JSON (the file ends before its value is closed)"),
    ('{"id": "x" "text": "Chile"}', "invalid JSON (Expecting ',' delimiter at line 1 column 12)"),
])
def test_a_json_file_holds_one_article_or_is_one_named_error(tmp_path: Path, body: str, reason: str | None) -> None:
    p = tmp_path / "one.json"
    p.write_text(body, encoding="utf-8")
    (item,) = list(read_file(p, print))
    if reason is None:
        assert not isinstance(item, BadInput) and (item.id, item.source) == ("one", str(p))
    else:
        assert isinstance(item, BadInput) and (item.source, item.reason) == (str(p), reason)


def test_a_csv_is_read_as_text_with_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "table.csv"
    p.write_text('id,text\n1,"Chile and Peru met in Lima."\n', encoding="utf-8")
    warnings: list[str] = []
    items = list(read_file(p, warnings.append))
    assert len(items) == 1 and not isinstance(items[0], BadInput)
    expected = (f"{p}: read as one plain-text article (CSV is not parsed; give bilat JSONL, "
                'one {"text": ...} object per line)')
    assert warnings == [expected]
