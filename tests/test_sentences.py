"""Sentence splitting per writing system, the sentences stage, and word tokens."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.records import Document, Paragraph
from bilat.stages.sentences import make_stage, split_sentences, tokenize


@pytest.fixture(scope="module")
def stage() -> Callable[[Document], Document]:
    return make_stage()


def _split(text: str, lang: str | None) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, lang)]


def _doc(text: str, lang: str | None, paragraphs: tuple[Paragraph, ...] | None = None) -> Document:
    if paragraphs is None:
        paragraphs = tuple(Paragraph(start=m.start(), end=m.end(), lang=lang)
                           for m in re.finditer(r"[^\n]*\S[^\n]*", text))
    return Document(id="t", source="t", original=text, text=text, lang=lang, paragraphs=paragraphs)


# --- Latin / Cyrillic ---------------------------------------------------------------------------------

def test_english_abbreviations_initials_numbers() -> None:
    got = _split("Mr. Smith met Dr. Jones in the U.S. The talks ended. Then K. Tokayev spoke, "
                 "i.e. about 1.5 bn. dollars. No. 5 was next! Was it?", "en")
    assert got == ["Mr. Smith met Dr. Jones in the U.S.", "The talks ended.",
                   "Then K. Tokayev spoke, i.e. about 1.5 bn. dollars.", "No. 5 was next!", "Was it?"]


def test_us_inside_a_sentence_is_not_an_end() -> None:
    assert len(_split("The U.S. President arrived in Hanoi.", "en")) == 1


def test_quotes_stay_with_the_sentence() -> None:
    got = _split('"We will sign," he said. "It is done." Then they left.', "en")
    assert got == ['"We will sign," he said.', '"It is done."', "Then they left."]


def test_vietnamese_abbreviations_and_sign_off() -> None:
    got = _split("Chiều 15/11, tại TP. Hồ Chí Minh, PGS. TS. Nguyễn Văn A gặp Bộ trưởng. "
                 "Hai bên ký kết thỏa thuận./. (Theo TTXVN)", "vi")
    assert got == ["Chiều 15/11, tại TP. Hồ Chí Minh, PGS. TS. Nguyễn Văn A gặp Bộ trưởng.",
                   "Hai bên ký kết thỏa thuận./.", "(Theo TTXVN)"]


def test_german_ordinals_and_abbreviations() -> None:
    got = _split("Am 3. Oktober traf Dr. Müller z. B. den Minister. Danach gingen sie 2018. Fertig.", "de")
    assert got == ["Am 3. Oktober traf Dr. Müller z. B. den Minister.", "Danach gingen sie 2018.", "Fertig."]


def test_russian_initials_and_abbreviations() -> None:
    got = _split("В. Путин прибыл в г. Москва в 2020 г. и т.д. Потом он уехал.", "ru")
    assert got == ["В. Путин прибыл в г. Москва в 2020 г. и т.д.", "Потом он уехал."]


def test_lowercase_after_a_period_continues() -> None:
    assert len(_split("Prices rose 3 pct. in May.", "en")) == 1


# --- CJK -------------------------------------------------------------------------------------------

def test_chinese_full_stops_and_closing_quotes() -> None:
    got = _split("吴春历已率领代表团访问俄罗斯。“我们很高兴。”他说！真的？是的", "zh")
    assert got == ["吴春历已率领代表团访问俄罗斯。", "“我们很高兴。”", "他说！", "真的？", "是的"]


def test_chinese_decimal_and_latin_name_not_split() -> None:
    text = "应俄罗斯国防部部长谢尔盖·绍伊古(Sergei Shoigu)大将的邀请,双方贸易额达1.5亿美元。"
    assert _split(text, "zh") == [text]


def test_japanese_quotation_goes_on_after_the_bracket() -> None:
    got = _split("外相は「協力を強化する。」と述べた。「会談は1時間続いた。」彼は帰った。", "ja")
    assert got == ["外相は「協力を強化する。」と述べた。", "「会談は1時間続いた。」", "彼は帰った。"]


def test_korean_and_french_quotations() -> None:
    assert len(_split("그는 “협력을 강화하겠다.”라고 말했다.", "ko")) == 1
    got = _split("«\u00a0Il y a un requin\u00a0!\u00a0», explique Chad. Puis il est parti.", "fr")
    assert got == ["«\u00a0Il y a un requin\u00a0!\u00a0», explique Chad.", "Puis il est parti."]


# --- Arabic script ------------------------------------------------------------------------------------

def test_arabic_decimal_date_and_initial() -> None:
    got = _split("بلغت قيمة الصفقة 1.5 مليار دولار. وقال د. أحمد إن 15/11 موعد مهم. "
                 "وزار الرئيس ك. توكاييف هانوي. هل هذا صحيح؟ نعم", "ar")
    assert got == ["بلغت قيمة الصفقة 1.5 مليار دولار.", "وقال د. أحمد إن 15/11 موعد مهم.",
                   "وزار الرئيس ك. توكاييف هانوي.", "هل هذا صحيح؟", "نعم"]


def test_arabic_semicolon_only_between_long_clauses() -> None:
    long = ("طبق اعلام وزارت امور خارجه در تاریخ ۲ مه به دعوت رئیس جمهور قزاقستان سفری رسمی به قزاقستان "
            "انجام خواهند داد؛ همچنین در مراسم هشتادمین سالگرد پیروزی در جنگ بزرگ شرکت خواهند کرد.")
    assert len(_split(long, "fa")) == 2
    short = "الطاقة؛ التعدين؛ الزراعة والتعليم والثقافة والسياحة."
    assert len(_split(short, "ar")) == 1


# --- Thai -----------------------------------------------------------------------------------------------

def test_thai_splits_without_punctuation() -> None:
    text = ("ความสัมพันธ์ระหว่างเวียดนามกับเบลารุสยึดมั่นบนพื้นฐานของความสัมพันธ์ที่มีมาตั้งแต่ช่วงครึ่งหลังของศตวรรษที่ 20 "
            "นี่เป็นความสัมพันธ์ในทุกด้าน ในหลายปีที่ผ่านมาทั้งสองประเทศได้ขยายความสัมพันธ์เพื่อนมิตรอันดีงามที่มีมาช้านาน")
    got = _split(text, "th")
    assert len(got) >= 2
    assert "".join(got) == text.replace(" ", "").replace(" ", "") or all(s in text for s in got)



def test_thai_is_not_cut_after_a_latin_title() -> None:
    """crfcut cuts Thai text after "(H.E." and "Mr.", between an envoy and the verb: the piece joins the next."""
    text = ("นายสุวพันธุ์ ตันยุวรรธนะ รัฐมนตรีว่าการกระทรวงยุติธรรม ให้การต้อนรับ H.E. Mr.Shiro Sadoshima "
            "เอกอัครราชทูตวิสามัญผู้มีอำนาจเต็มแห่งญี่ปุ่นประจำประเทศไทย พร้อมคณะ")
    assert _split(text, "th") == [text]
    assert _split("He met H.E. Mr. Lee in Seoul. They talked.", "en") == ["He met H.E. Mr. Lee in Seoul.", "They talked."]

# --- the stage and its invariants ------------------------------------------------------------------------

def test_stage_sentences_stay_inside_paragraphs(stage: Callable[[Document], Document]) -> None:
    text = "First paragraph ends without a stop\nSecond one. It has two sentences.\n\n  Third.  "
    doc = stage(_doc(text, "en"))
    got = [text[s.start:s.end] for s in doc.sentences]
    assert got == ["First paragraph ends without a stop", "Second one.", "It has two sentences.", "Third."]


def test_stage_uses_paragraph_lang_over_document_lang(stage: Callable[[Document], Document]) -> None:
    text = "Ông Nguyễn gặp Bộ trưởng. Hai bên ký kết.\nลงนามสัญญาทางทหารระหว่างเวียดนามกับเบลารุส"
    nl = text.index("\n")
    paragraphs = (Paragraph(start=0, end=nl, lang="vi"), Paragraph(start=nl + 1, end=len(text), lang="th"))
    doc = stage(_doc(text, "vi", paragraphs))
    assert [text[s.start:s.end] for s in doc.sentences] == [
        "Ông Nguyễn gặp Bộ trưởng.", "Hai bên ký kết.", "ลงนามสัญญาทางทหารระหว่างเวียดนามกับเบลารุส"]


_ALPHABET = list("ab AB.!?。？”؟؛ ك1 \n") + ["Mr.", "U.S.", "ก", "字", "ش"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=40), st.sampled_from(["en", "zh", "ar", "fa", "vi", "de", None]))
def test_spans_cover_every_character_of_every_paragraph(parts: list[str], lang: str | None) -> None:
    text = "".join(parts)
    cut = len(text) // 2
    paragraphs = (Paragraph(start=0, end=cut, lang=lang), Paragraph(start=cut, end=len(text), lang=lang))
    sents = make_stage()(_doc(text, lang, paragraphs)).sentences
    last = -1
    for s in sents:
        assert last <= s.start < s.end
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        assert any(p.start <= s.start and s.end <= p.end for p in paragraphs)
        assert "\n" not in text[s.start:s.end]
        last = s.end
    covered = {i for s in sents for i in range(s.start, s.end)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


# --- real samples ---------------------------------------------------------------------------------------

def _sample(name: str) -> str:
    files = sorted(Path(SAMPLES).glob(f"{name}-*.txt"))
    if not files:
        pytest.skip("samples not present")
    return files[0].read_text(encoding="utf-8")


def test_thai_sample_splits_into_several_sentences(stage: Callable[[Document], Document]) -> None:
    text = _sample("th")
    doc = stage(_doc(text, "th"))
    assert len(doc.sentences) >= 10
    lengths = [s.end - s.start for s in doc.sentences]
    assert max(lengths) < 600


def test_chinese_sample_sentences_end_at_full_stops(stage: Callable[[Document], Document]) -> None:
    text = _sample("zh")
    doc = stage(_doc(text, "zh"))
    inner = [s for s in doc.sentences if "。" in text[s.start:s.end]]
    assert len(inner) >= 10
    for s in inner:
        body = text[s.start:s.end].rstrip("”」』）)")
        assert body.endswith("。") and "。" not in body[:-1]


def test_arabic_sample_keeps_decimal(stage: Callable[[Document], Document]) -> None:
    text = _sample("ar")
    doc = stage(_doc(text, "ar"))
    got = [text[s.start:s.end] for s in doc.sentences]
    assert any("1.5 مليار" in s for s in got)
    assert any("ك. توكاييف" in s for s in got)


# --- tokens ------------------------------------------------------------------------------------------------

def _tokens(text: str, lang: str | None) -> list[str]:
    return [text[s:e] for s, e in tokenize(text, lang)]


def test_tokenize_latin_arabic_persian() -> None:
    assert _tokens("Mr. O'Neil paid $1,500.50 in the U.S. yesterday", "en") == [
        "Mr", ".", "O'Neil", "paid", "$", "1,500.50", "in", "the", "U.S.", "yesterday"]
    assert _tokens("می‌شود الْعَرَبِيَّة", "fa") == ["می‌شود", "الْعَرَبِيَّة"]


def test_tokenize_thai_and_chinese_words() -> None:
    th = _tokens("ลงนามสัญญาทางทหารระหว่างเวียดนามกับเบลารุส", "th")
    assert "เวียดนาม" in th and "เบลารุส" in th and len(th) >= 5
    zh = _tokens("越俄第二次副部长级国防战略对话(图片来源:越通社) ảnh 1", "zh")
    assert "国防" in zh and "越通社" in zh and "ảnh" in zh and "(" in zh


def test_tokenize_japanese_script_chunks() -> None:
    assert _tokens("日本の首相は東京で1998年に会談した。", "ja")[:4] == ["日本", "の", "首相", "は"]


def test_numbered_lists_pauses_and_transliterated_initials() -> None:
    assert _split("1. قرآن کریم.\n2. نهج البلاغه.", "fa") == ["1. قرآن کریم.", "2. نهج البلاغه."]
    assert _split("1. First item. Second sentence.", "en") == ["1. First item.", "Second sentence."]
    assert len(_split("اداره فدرال تحقیقات آمریکا (اف. بی. آی) تیرماه سال گذشته گفت. بعد رفت.", "fa")) == 2
    assert len(_split("لمواجهة داعش.. «سيلفي» نموذجاً.. جديد.", "ar")) == 1
    assert _split("این کار انجام شد. او رفت.", "fa") == ["این کار انجام شد.", "او رفت."]


def test_thai_is_not_cut_after_a_thai_abbreviation() -> None:
    """A dot after Thai letters closes an abbreviation (พ.ย., พล.อ., รมว.กห., ออท.), never a sentence, and a
    piece ending in an open bracket goes on: the host's titles and the verb stay in one sentence, the envoy's
    title with his country."""
    text = ("เมื่อ 12 พ.ย. 62 พล.อ.สมชาย ใจดี รอง นรม. และ รมว.กห. ได้ให้การต้อนรับ นายจอห์น สมิธ ( John Smith ) "
            "ออท.ออสเตรเลียประจำประเทศไทย เพื่อหารือความร่วมมือด้านการฝึกทหาร")
    got = _split(text, "th")
    assert all(s in text for s in got) and len(got) <= 2
    assert any("พล.อ.สมชาย ใจดี รอง นรม. และ รมว.กห. ได้ให้การต้อนรับ" in s for s in got)
    assert any("( John Smith ) ออท.ออสเตรเลียประจำประเทศไทย" in s for s in got)
    assert not any(re.search(r"[\u0e01-\u0e4e]\.$|\($", s) for s in got)
