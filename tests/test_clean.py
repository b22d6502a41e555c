import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.records import Document
from bilat.stages.clean import clean

SAMPLES = Path("/work/shared/samples")


def run(text: str) -> Document:
    return clean(Document(id="t", source="t", original=text))


def kinds(doc: Document) -> set[str]:
    return {r.kind for r in doc.removed}


def test_english_debris():
    doc = run("Leaders meet in Hanoi\n\nThe two presidents met on Monday to discuss trade.\n"
              "They signed three agreements. (AFP)\nRead more\nOther story about sports\n"
              "Comments (3)\nSource: https://example.com/2025/05/02/x.html\n")
    assert "signed three agreements" in doc.text
    assert "Other story" not in doc.text and "Comments" not in doc.text and "example.com" not in doc.text
    assert {"title", "related", "comment", "source"} <= kinds(doc)


def test_clean_article_unchanged():
    body = "Первый абзац статьи о визите.\nВторой абзац, тоже важный.\nТретий абзац завершает текст."
    doc = run(body)
    assert doc.text == body.replace("\n", "\n\n")
    assert doc.removed == ()


def test_photo_credit_and_comment_fa():
    doc = run("متن اصلی خبر درباره سفر رئیس جمهور است و ادامه دارد.\nرئیس جمهور در فرودگاه. عکس: ایرنا\n"
              "بند دوم خبر درباره مذاکرات است.\nنظر (0)")
    assert "عکس" not in doc.text and "نظر (0)" not in doc.text
    assert "بند دوم" in doc.text
    assert {"caption", "comment"} <= kinds(doc)


def test_latin_filename_glued_to_thai():
    doc = run("หัวข้อข่าว\n\nabc def ghi jklเวียดนามและเบลารุสได้ลงนามข้อตกลง")
    assert doc.text.startswith("เวียดนาม")
    assert "caption" in kinds(doc)


def test_duplicate_lead_removed():
    lead = "The minister visited Moscow on 23 April to discuss defence ties with his counterpart"
    doc = run(f"{lead}.\nMOSCOW — {lead}. He also met officials and laid a wreath.\nAnother paragraph here.")
    assert doc.text.count("visited Moscow") == 1
    assert "laid a wreath" in doc.text
    assert "duplicate" in kinds(doc)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .\n\u0301eé中ไ،(0)")), max_size=200))
def test_offsets_exact(text):
    doc = run(text)
    for p in doc.paragraphs:
        assert doc.text[p.start:p.end] == unicodedata.normalize("NFC", doc.original[p.src_start:p.src_end])
    for r in doc.removed:
        assert doc.original[r.src_start:r.src_end] == r.text


@pytest.mark.skipif(not SAMPLES.exists(), reason="no samples")
@pytest.mark.parametrize("name,must,must_not", [
    ("vi-vietnam-belarus-defence-cooperation.txt", ["Chiều 15/11", "diễn đàn quốc tế"],
     ["BÌNH LUẬN", "500/500", "Tin mới", "Theo ĐCSVN"]),
    ("zh-vietnam-russia-defence-relations.txt", ["越通社河内", "文章结论说"],
     ["图片来源", "ảnh 1", "印度学者", "\n更多\n", "苏林"]),
    ("th-vietnam-belarus-military-agreement.txt", ["เวียดนามและเบลารุส"], ["thu tg gap", "ลงนามสัญญาทางทหารระหว่างเวียดนามกับเบลารุส\n"]),
    ("fa-to-lam-visits-four-countries.txt", ["طبق اعلام", "بلاروس، ویتنام"], ["عکس: VNA", "منبع", "نظر (0)"]),
    ("ar-to-lam-visits-four-countries.txt", ["بدعوة من رئيس", "تتمتع فيتنام وبيلاروسيا"], ["المصدر", "تعليق (0)"]),
])
def test_samples(name, must, must_not):
    doc = run((SAMPLES / name).read_text(encoding="utf-8"))
    for s in must:
        assert s in doc.text
    for s in must_not:
        assert s not in doc.text


def test_headline_summing_up_the_lead_kept():
    # a headline the body opens with, then the lead that tells it in other words: most words shared, but the
    # headline is no copy of the lead, so both stay (the events stage reports a fact told in both once)
    head = "Ambassador of Pakistan calls on the Prime Minister"
    lead = ("Today the Ambassador of the Islamic Republic of Pakistan to Thailand, Mr Sohail Khan, called on the "
            "Prime Minister at Government House to bid farewell.")
    doc = run(f"Friday 2 June 2017\n{head}\n{head}\n{lead}\nThe Prime Minister thanked him.")
    assert doc.text.count(head) == 1  # the verbatim second copy is still a duplicate
    assert "bid farewell" in doc.text
    assert [r.kind for r in doc.removed if r.kind != "title"] == ["duplicate"]


def test_thai_headline_summing_up_the_lead_kept():
    head = "เอกอัครราชทูตญี่ปุ่นประจำประเทศไทยเข้าเยี่ยมคารวะนายกรัฐมนตรี"
    lead = ("วันนี้ เวลา 13.30 น. นายทาโร (Mr. Taro) เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย เข้าเยี่ยมคารวะ "
            "พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ณ ทำเนียบรัฐบาล")
    doc = run(f"วันศุกร์ที่ 2 มิถุนายน 2560\n{head}\n{lead}\nทั้งสองฝ่ายหารือความร่วมมือ")
    assert head in doc.text and "ทำเนียบรัฐบาล" in doc.text
    assert "duplicate" not in kinds(doc)


def test_copy_up_to_spacing_punctuation_and_letter_variants_removed():
    # the lead again inside the body, written with Arabic ي/ك and other spacing and punctuation: a copy
    lead = "خبرگزاري فارس: نماينده مردم تبريز گفت تهاجم عربستان به يمن را محكوم مي‌كنيم."
    body = "به گزارش خبرگزاری فارس، نماینده مردم تبریز گفت: تهاجم عربستان به یمن را محکوم می کنیم. وی افزود"
    doc = run(f"{lead}\n{body}\nبند دیگر خبر.")
    assert "duplicate" in kinds(doc) and "خبرگزاري" not in doc.text


def test_reworded_figure_after_a_longer_line_kept():
    # a short line after a longer one, sharing most of its words but telling another figure: no caption
    long = ("In the second quarter of 2005, 5.5 billion dollars of capital left the country, 27 times more than "
            "the 0.2 billion of the first quarter.")
    short = "In the first quarter of 2005, 0.2 billion dollars of capital left the country."
    doc = run(f"{long}\n{short}")
    assert short in doc.text and doc.removed == ()
