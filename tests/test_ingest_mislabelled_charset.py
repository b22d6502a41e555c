"""A page whose <meta> charset is wrong: a template's Western default (iso-8859-1, windows-1252) over Thai, Arabic
or Russian bytes, or Big5 declared over GB18030 bytes (and the reverse). The declared charset decodes them without an
error, into mojibake, and the article was stored so (probe55: Thai as language 'eu', Chinese as 'ja'). Now the
bytes are read in the encoding they are in, with a warning; honest pages keep their declared charset."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilat import ingest

TEXTS = {
    "th": (("ไทยและเวียดนามลงนามข้อตกลงความร่วมมือทางทหารที่กรุงเทพฯ เมื่อวันจันทร์ "
           "รัฐมนตรีกลาโหมทั้งสองประเทศได้หารือกัน"), "cp874"),
    "ar": ("وقعت مصر والأردن اتفاقية تعاون في القاهرة يوم الاثنين. وقال وزير الخارجية إن الاتفاقية مهمة للبلدين.",
           "cp1256"),
    "ru": ("Министры иностранных дел России и Вьетнама провели переговоры в Ханое в понедельник.", "cp1251"),
    "zh-gb": ("越南与白俄罗斯周一在河内签署了国防合作协议。双方同意加强军事合作，并举行联合演习。", "gb18030"),
    "zh-big5": ("越南與白俄羅斯週一在河內簽署了國防合作協議。雙方同意加強軍事合作，並舉行聯合演習。", "big5hkscs"),
}
PAGE = "<html><head>{meta}<title>Talks</title></head><body><article><p>{text}</p></article></body></html>"


def _read(tmp_path: Path, data: bytes) -> tuple[str, list[str]]:
    path = tmp_path / "page.html"
    path.write_bytes(data)
    warnings: list[str] = []
    items = list(ingest.read_file(path, warnings.append))
    assert len(items) == 1 and isinstance(items[0], ingest.RawArticle), items
    return items[0].text, warnings


@pytest.mark.parametrize("lang", ["th", "ar", "ru"])
@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252", "latin1"])
def test_a_western_label_over_another_script_is_read_in_its_own_encoding(tmp_path, lang, label):
    text, encoding = TEXTS[lang]
    got, warnings = _read(tmp_path, PAGE.format(meta=f'<meta charset="{label}">', text=text).encode(encoding))
    assert got == text  # before: 'ä·ÂáÅÐàÇÕÂ´¹ÒÁ...' (Thai), 'æÞÚÊ ãÕÑ...' (Arabic)
    assert any(f"decoded as {encoding}, not as cp1252" in w for w in warnings), warnings


@pytest.mark.parametrize("written,label", [("zh-gb", "big5"), ("zh-big5", "gb2312")])
def test_big5_and_gb_labels_swapped_are_read_in_the_bytes_encoding(tmp_path, written, label):
    text, encoding = TEXTS[written]
    got, warnings = _read(tmp_path, PAGE.format(meta=f'<meta charset="{label}">', text=text).encode(encoding))
    assert got == text
    assert any(f"decoded as {encoding}, not as" in w for w in warnings), warnings


@pytest.mark.parametrize("text,encoding,label", [
    (("Le ministre français des Affaires étrangères a rencontré à Hanoï son homologue. Déjà à l'Élysée, où "
     "l'été dernier, les négociations ont échoué."), "cp1252", "iso-8859-1"),
    ("Der Außenminister traf am Montag in Hanoi seinen Amtskollegen zu Gesprächen über Zölle.", "cp1252", "windows-1252"),
    (TEXTS["zh-gb"][0], "gb18030", "gbk"),
    (TEXTS["zh-big5"][0], "big5hkscs", "big5"),
])
def test_an_honest_label_is_kept(tmp_path, text, encoding, label):
    got, warnings = _read(tmp_path, PAGE.format(meta=f'<meta charset="{label}">', text=text).encode(encoding))
    assert got == text
    assert not any("not as" in w for w in warnings), warnings
