"""robust49 (issue 11): inputs that were refused or misread.

1. Stray NUL bytes in UTF-8 text (one every few dozen bytes, as some scrapers leave them) made the file
   'binary data'; they are removed with a warning (encodings.stray_nuls). A NUL for every space, binary
   data and UTF-16 are read as before.
2. HTML without </body> was refused as truncated; only a page that ends inside a tag, a comment, a
   script, a character reference or part way through a sentence is (ingest._html_cut).
3. cp1258 Vietnamese (combining tone marks) came out decomposed, or as other letters for short texts or
   pages declaring a Western charset; it is detected (encodings._vietnamese) and stored in NFC.
4. The other legacy code pages (cp1256, TIS-620, GB18030, Big5, KOI8-R, cp1251) are decoded right.
"""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from pathlib import Path

import pytest
from conftest import PLAIN

from bilat import encodings, ingest, store
from bilat.errors import BadInput
from bilat.ingest import Ingestor
from bilat.pipeline import Pipeline

ENGLISH = ("The foreign ministers of Chile and Peru met in Lima on Tuesday and agreed to reopen two border "
           "crossings before the harvest season. Officials said a joint commission would meet again in March.\n")
VIETNAMESE = ("Thủ tướng Chính phủ đã tiếp Đại sứ Nhật Bản tại Hà Nội vào sáng thứ Ba. Hai bên nhất trí tăng "
              "cường hợp tác kinh tế, thương mại và đầu tư trong những năm tới. Người phát ngôn Bộ Ngoại giao "
              "nhấn mạnh rằng Việt Nam ủng hộ giải quyết tranh chấp bằng biện pháp hòa bình.")
_spec = importlib.util.spec_from_file_location("encodings_bench", Path(__file__).resolve().parents[1] / "bench"
                                               / "encodings.py")
_encodings = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_encodings)


def cp1258(text: str) -> bytes:
    """Vietnamese as Windows writes it in cp1258 (bench/encodings.encoded, the bench's own writer)."""
    return _encodings.encoded(text, "cp1258")


def with_nuls(data: bytes, every: int) -> bytes:
    return b"".join(data[i:i + every] + b"\x00" for i in range(0, len(data), every))


def read(path: Path) -> tuple[list[ingest.RawArticle | BadInput], list[str]]:
    warnings: list[str] = []
    return list(ingest.read_file(path, warnings.append)), warnings


# --- 1. stray NULs ---------------------------------------------------------------------------------

@pytest.mark.parametrize("every", [30, 50, 200])
def test_stray_nuls_in_utf8_text_are_removed_with_a_warning(tmp_path, every):
    text = (ENGLISH + "Gặp gỡ tại Hà Nội, 会谈在河内举行。\n") * 8
    path = tmp_path / "scraped.txt"
    path.write_bytes(with_nuls(text.encode(), every))
    [item], warnings = read(path)
    assert isinstance(item, ingest.RawArticle)
    assert item.text == text.strip("\n") or item.text == text  # the text, whole, without the NULs
    nuls = len(range(0, len(text.encode()), every))
    assert [w for w in warnings if "NUL" in w] == [f"{path}: {nuls:,} stray NUL bytes in the text removed"]


def test_stray_nuls_inside_a_utf8_character_are_removed_too():
    text = "Đoàn đại biểu đến Đà Nẵng hôm thứ Ba. "
    data = text.encode()
    data = data[:1] + b"\x00" + data[1:]  # between the two bytes of Đ
    assert encodings.stray_nuls(data * 30)
    assert encodings.stray_nuls_removed(data * 30, "x", lambda _: None).decode() == text * 30


@pytest.mark.parametrize("data", [
    ENGLISH.replace(" ", "\x00").encode() * 3,              # a NUL for every space: a separator, not stray
    bytes(range(256)) * 20,                                 # binary data
    b"\x00\x00\x00\x01" + b"\xff\x10\x00\x9c" * 500,        # binary with a few NULs and no valid UTF-8
])
def test_many_nuls_or_non_text_stay_binary(tmp_path, data):
    path = tmp_path / "blob.txt"
    path.write_bytes(data)
    [item], _ = read(path)
    assert isinstance(item, BadInput) and "binary" in item.reason


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_is_not_taken_for_stray_nuls(tmp_path, encoding):
    text = ENGLISH * 4
    path = tmp_path / "u16.txt"
    path.write_bytes(text.encode(encoding))
    [item], warnings = read(path)
    assert isinstance(item, ingest.RawArticle) and item.text == text
    assert not any("stray NUL" in w for w in warnings)


def test_jsonl_line_with_stray_nuls_is_read(tmp_path):
    line = json.dumps({"id": "n1", "text": ENGLISH * 2}).encode()
    path = tmp_path / "feed.jsonl"
    path.write_bytes(with_nuls(line, 40) + b"\n" + json.dumps({"id": "n2", "text": ENGLISH}).encode() + b"\n")
    items, warnings = read(path)
    assert [i.id for i in items if isinstance(i, ingest.RawArticle)] == ["n1", "n2"]
    assert items[0].text == ENGLISH * 2
    assert len([w for w in warnings if "stray NUL" in w and "feed.jsonl#1" in w]) == 1


# --- 2. HTML without </body> -----------------------------------------------------------------------

PAGE = ("<!doctype html><html><head><title>Border talks</title></head><body><article><h1>Border talks</h1>"
        "<p>The foreign ministers of Chile and Peru met in Lima on Tuesday and agreed to reopen two border "
        "crossings before the harvest season.</p><p>Officials said a joint commission would meet again in "
        "March to review the customs rules &amp; the new timetable.</p></article>")


@pytest.mark.parametrize("end", ["", "\n<footer>Contact us</footer>\n", "<script>var a = 1;</script>\n",
                                 "<p>A final short sentence without its end tag.", "<!-- generated -->"])
def test_html_without_closing_tags_is_ingested(tmp_path, end):
    path = tmp_path / "page.html"
    path.write_text(PAGE + end, encoding="utf-8")
    [item], _ = read(path)
    assert isinstance(item, ingest.RawArticle)
    assert "joint commission" in item.text


@pytest.mark.parametrize(("cut", "why"), [
    ("<p>Officials sa", "part way through a sentence"),
    ("</p><p class=\"lea", "inside a tag"),
    ("review the customs rules &am", "inside a character reference"),
    ("</p><!-- related art", "inside a comment"),
    ("</p><script>var related = [1, 2,", "inside a <script>"),
])
def test_html_cut_off_in_transfer_is_refused(tmp_path, cut, why):
    at = PAGE.index(cut) + len(cut) if cut in PAGE else None
    html = PAGE[:at] if at is not None else PAGE + cut
    path = tmp_path / "cut.html"
    path.write_text(html, encoding="utf-8")
    [item], _ = read(path)
    assert isinstance(item, BadInput)
    assert item.reason.startswith("truncated HTML") and why in item.reason


def test_a_fragment_is_never_judged_cut():
    assert ingest._html_cut("<p>The ministers met in Lima and agreed") is None


# --- 3. cp1258 Vietnamese --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [VIETNAMESE, VIETNAMESE[:60], "Tin mới: Ông Đỗ Hùng nói.",
                                  "Prime Minister Phạm Minh Chính met his Japanese counterpart in Tokyo."])
def test_cp1258_vietnamese_is_decoded_in_nfc(text):
    warnings: list[str] = []
    got = encodings.decode(cp1258(text), "vi.txt", warnings.append)
    assert got == unicodedata.normalize("NFC", text)
    assert warnings == ["vi.txt: not UTF-8; decoded as cp1258"]


@pytest.mark.parametrize("declared", ["iso-8859-1", "windows-1252", "windows-1258"])
def test_cp1258_page_declaring_a_western_charset(tmp_path, declared):
    page = (f'<html><head><meta charset="{declared}"><title>Tin</title></head><body><article>'
            f"<p>{VIETNAMESE}</p></article></body></html>")
    path = tmp_path / "vi.html"
    path.write_bytes(cp1258(page))
    [item], warnings = read(path)
    assert isinstance(item, ingest.RawArticle)
    assert "Người phát ngôn Bộ Ngoại giao" in item.text and unicodedata.is_normalized("NFC", item.text)
    assert any("cp1258" in w for w in warnings)


@pytest.mark.parametrize(("text", "encoding"), [
    ("Ciò può accadere, però così è più difficile: il governo lo sa. " * 3, "cp1252"),  # Italian ì ò
    ("As negociações não avançaram; as informações põem em dúvida o acordo. " * 3, "cp1252"),  # ã õ
    ("Dışişleri Bakanı Ankara'da görüştü; ğ ş ı İ harfleri. " * 3, "cp1254"),
    ("Переговоры в Москве завершились во вторник. Стороны обсудили торговлю. " * 3, "cp1251"),
    ("Þórður og Guðrún fóru á fund í Reykjavík með ráðherra. " * 3, "cp1252"),
])
def test_western_and_cyrillic_texts_are_not_taken_for_vietnamese(text, encoding):
    data = text.encode(encoding)
    assert encodings._vietnamese(data) is None
    assert encodings.decode(data, "x", lambda _: None) == text


# --- 4. the other legacy code pages ----------------------------------------------------------------

LEGACY = [
    ("وصل وزير الخارجية السعودي إلى القاهرة يوم الثلاثاء لإجراء محادثات مع نظيره المصري حول التجارة والأمن. " * 3,
     ["cp1256"]),
    ("وزیر امور خارجه روز سه شنبه برای گفتگو با همتای خود درباره تجارت و امنیت وارد مسکو شد. ".replace("ی", "ي") * 3,
     ["cp1256"]),
    ("รัฐมนตรีว่าการกระทรวงการต่างประเทศเดินทางถึงกรุงฮานอยเมื่อวันอังคารเพื่อหารือเรื่องการค้าและความมั่นคง " * 3,
     ["tis-620", "cp874"]),
    ("外交部长周二抵达河内，与越南同行就贸易和安全问题举行会谈。双方同意加强经济合作。" * 3, ["gb18030"]),
    ("外交部長週二抵達河內，與越南同行就貿易和安全問題舉行會談。雙方同意加強經濟合作。" * 3, ["big5hkscs"]),
    ("Министр иностранных дел прибыл в Ханой во вторник для переговоров о торговле и безопасности. " * 3,
     ["koi8-r", "cp1251"]),
]


@pytest.mark.parametrize(("text", "encoding"), [(t, e) for t, encs in LEGACY for e in encs])
def test_legacy_code_pages_round_trip(text, encoding):
    warnings: list[str] = []
    assert encodings.decode(text.encode(encoding), "x", warnings.append) == text
    assert len(warnings) == 1 and "decoded as" in warnings[0]


# --- batch: one error line per bad file, the rest stored, a second run changes nothing -------------

def test_batch_one_error_per_bad_file_and_reingest_changes_nothing(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "nuls.txt").write_bytes(with_nuls(("Headline\n\n" + ENGLISH).encode(), 50))
    (d / "open.html").write_text(PAGE, encoding="utf-8")
    (d / "vi.txt").write_bytes(cp1258(VIETNAMESE))
    (d / "cut.html").write_text(PAGE[: PAGE.index("joint") + 3], encoding="utf-8")
    (d / "blob.txt").write_bytes(bytes(range(256)) * 20)
    db = str(tmp_path / "b.db")
    errors: list[str] = []

    def run() -> ingest.Summary:
        conn = store.connect(db)
        try:
            return Ingestor(conn, stories=False, pipeline=Pipeline(PLAIN), error=errors.append,
                            warn=lambda _: None).run([d])
        finally:
            conn.close()

    first = run()
    assert first.ingested == 3 and first.failed == 2
    assert sorted(e.split(": ", 2)[1].rsplit("/", 1)[-1] for e in errors) == ["blob.txt", "cut.html"]
    assert all(e.startswith("error: ") and "\n" not in e for e in errors)
    conn = store.connect(db)
    stored = {r["source"].rsplit("/", 1)[-1]: store.load_document(conn, r["id"]).original
              for r in conn.execute("SELECT id, source FROM documents")}
    conn.close()
    assert "\x00" not in stored["nuls.txt"] and "Chile and Peru" in stored["nuls.txt"]
    assert stored["vi.txt"] == unicodedata.normalize("NFC", VIETNAMESE)
    errors.clear()
    second = run()
    assert (second.ingested, second.unchanged, second.failed) == (0, 3, 2) and len(errors) == 2
