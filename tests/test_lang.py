"""Language identification: script priors, the bundled model, Arabic/Persian/Urdu, the lang stage."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import DEVDATA, SAMPLES

from bilat.records import Document, Paragraph
from bilat.stages.lang import detect_lang, label_paragraphs, make_stage


@pytest.fixture(scope="module")
def stage() -> Callable[[Document], Document]:
    return make_stage()


def _doc(*paragraphs: str) -> Document:
    text = "\n\n".join(paragraphs)
    spans, pos = [], 0
    for p in paragraphs:
        spans.append(Paragraph(start=pos, end=pos + len(p)))
        pos += len(p) + 2
    return Document(id="t", source="test", original=text, text=text, paragraphs=tuple(spans))


def _lines(text: str) -> tuple[Paragraph, ...]:
    return tuple(Paragraph(start=m.start(), end=m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text))


@pytest.mark.parametrize(("text", "want"), [
    ("Phó Chủ tịch nước nhấn mạnh, Việt Nam luôn coi trọng quan hệ đối tác với Belarus.", "vi"),
    ("Президент России Владимир Путин провёл переговоры с председателем КНР.", "ru"),
    ("Президент України провів переговори з прем'єр-міністром Польщі у Києві.", "uk"),
    ("The foreign minister met his counterpart in Hanoi on Tuesday to discuss trade.", "en"),
    ("Der Außenminister traf seinen Amtskollegen am Dienstag in Hanoi.", "de"),
    ("Le ministre des Affaires étrangères a rencontré son homologue mardi à Hanoï.", "fr"),
    ("El ministro de Asuntos Exteriores se reunió con su homólogo el martes en Hanói.", "es"),
    ("Dışişleri Bakanı salı günü Hanoi'de mevkidaşıyla bir araya geldi.", "tr"),
    ("ลงนามสัญญาทางทหารระหว่างเวียดนามกับเบลารุส", "th"),
    ("외교부 장관은 화요일 하노이에서 상대국 장관과 만났다.", "ko"),
    ("外務大臣は火曜日にハノイで相手国の大臣と会談した。", "ja"),
    ("外交部长周二在河内会见了对方外长。", "zh"),
    ("Ο υπουργός Εξωτερικών συναντήθηκε με τον ομόλογό του στο Ανόι.", "el"),
    ("საგარეო საქმეთა მინისტრი შეხვდა თავის კოლეგას.", "ka"),
    ("وزير الخارجية التقى نظيره في هانوي يوم الثلاثاء لبحث التعاون.", "ar"),
    ("وزیر امور خارجه روز سه شنبه با همتای خود در هانوی دیدار کرد.", "fa"),
    ("وزیر خارجہ نے منگل کو ہنوئی میں اپنے ہم منصب سے ملاقات کی اور تعاون پر بات ہوئی۔", "ur"),
    ("Menteri Luar Negeri Indonesia bertemu dengan mitranya dari Vietnam di Jakarta pada hari Selasa.", "id"),
    ("Minister spraw zagranicznych Polski spotkał się we wtorek w Warszawie ze swoim odpowiednikiem.", "pl"),
    ("De minister van Buitenlandse Zaken ontmoette dinsdag zijn ambtgenoot in Den Haag.", "nl"),
    ("Il ministro degli Esteri ha incontrato martedì il suo omologo a Roma per discutere di commercio.", "it"),
    ("O ministro das Relações Exteriores reuniu-se na terça-feira com o seu homólogo em Lisboa.", "pt"),
    ("Utrikesministern träffade på tisdagen sin kollega i Stockholm för att diskutera handel.", "sv"),
    ("Ministrul de externe s-a întâlnit marți cu omologul său la București.", "ro"),
    ("A külügyminiszter kedden Budapesten találkozott kollégájával.", "hu"),
    ("Ministr zahraničí se v úterý v Praze setkal se svým protějškem.", "cs"),
    ("Xarici işlər naziri çərşənbə axşamı Bakıda həmkarı ilə görüşüb.", "az"),
    ("Waziri wa mambo ya nje alikutana na mwenzake jijini Nairobi siku ya Jumanne.", "sw"),
    ("Қазақстан Президенті Қасым-Жомарт Тоқаев Вьетнам басшысымен кездесті.", "kk"),
    ("Министърът на външните работи се срещна във вторник с колегата си в София.", "bg"),
    ("विदेश मंत्री ने मंगलवार को नई दिल्ली में अपने समकक्ष से मुलाकात की।", "hi"),
    ("পররাষ্ট্রমন্ত্রী মঙ্গলবার ঢাকায় তার প্রতিপক্ষের সাথে সাক্ষাৎ করেন।", "bn"),
    ("שר החוץ נפגש ביום שלישי עם עמיתו בירושלים כדי לדון בסחר.", "he"),
    ("Արտաքին գործերի նախարարը երեքշաբթի հանդիպեց իր գործընկերոջը։", "hy"),
    ("រដ្ឋមន្ត្រីការបរទេសបានជួបជាមួយសមភាគីរបស់លោក", "km"),
    ("ລັດຖະມົນຕີການຕ່າງປະເທດໄດ້ພົບປະກັບຄູ່ຮ່ວມງານ", "lo"),
    ("နိုင်ငံခြားရေးဝန်ကြီးသည် ၎င်း၏ လုပ်ဖော်ကိုင်ဖက်နှင့် တွေ့ဆုံခဲ့သည်။", "my"),
])
def test_detect_lang(text: str, want: str) -> None:
    assert detect_lang(text) == want


def test_persian_typed_with_arabic_letters_is_persian() -> None:
    text = ("خبرگزاري فارس: رئيس اداره كل دفاتر خدمات بانكي پست بانك گفت: با خريد و نصب نرم افزار "
            "متمركز به زودي خدمات بر خط بانكي در دفاتر روستايي ارايه مي شود.")
    assert detect_lang(text) == "fa"
    # older typesetting: final ی written as ى
    assert detect_lang("من به صراحت اعلام مى كنم كه جمهورى اسلامى ايران براى احياى هويت اسلامى "
                       "مسلمانان سرمايه گذارى مى كند.") == "fa"


@pytest.mark.parametrize(("text", "want"), [
    ("د افغانستان د بهرنیو چارو وزیر په کابل کې د پاکستان له سفیر سره وکتل او په دوه اړخیزو اړیکو یې خبرې وکړې.", "ps"),
    ("وەزیری دەرەوەی عێراق لە بەغدا لەگەڵ هاوتا ئێرانییەکەی کۆبووەوە و باسی پەیوەندییەکانیان کرد.", "ckb"),
    ("پاکستان کے وزیر اعظم نے چین کا دورہ کیا اور دونوں ممالک کے درمیان تعاون پر بات چیت ہوئی۔", "ur"),
    ("ئۇيغۇر ئاپتونوم رايونىنىڭ رەئىسى بۈگۈن يىغىندا سۆز قىلدى.", "ug"),
])
def test_other_arabic_script_languages_are_not_persian(text: str, want: str) -> None:
    assert detect_lang(text) == want


def test_mixed_script_fragments_do_not_mislead() -> None:
    assert detect_lang("thu tg gap lanh dao cac nuoc lien minhเวียดนามและเบลารุสได้มีความสัมพันธ์ร่วมมือกัน") == "th"
    assert detect_lang("在全面战略伙伴关系框架内进一步加强越俄防务关系 ảnh 1越俄第二次副部长级国防战略对话") == "zh"
    assert detect_lang("应俄罗斯国防部部长谢尔盖·绍伊古(Sergei Shoigu)大将的邀请") == "zh"
    assert detect_lang("Владимир Путин (Vladimir Putin) заявил журналистам в Кремле") == "ru"


def test_capitals_are_read_as_lowercase() -> None:
    assert detect_lang("PRESIDENT MEETS FOREIGN MINISTER IN HANOI TO DISCUSS TRADE") == "en"
    assert detect_lang("BÌNH LUẬN VỀ QUAN HỆ HỢP TÁC QUỐC PHÒNG") == "vi"


def test_short_or_empty_text_is_unsure() -> None:
    assert detect_lang("") is None
    assert detect_lang("2025 — 15/11") is None
    assert detect_lang("VNA") is None
    assert detect_lang("ไทย") == "th"  # a one-language script answers even when short


def test_stage_sets_paragraph_and_document_lang(stage: Callable[[Document], Document]) -> None:
    doc = stage(_doc("Tăng cường hợp tác quốc phòng Việt Nam – Belarus",
                     "Chiều 15/11, tại Phủ Chủ tịch, Phó Chủ tịch nước đã tiếp Bộ trưởng Bộ Quốc phòng Belarus.",
                     "Ảnh: TTXVN",
                     "Президент Беларуси Александр Лукашенко отметил важность сотрудничества с Вьетнамом."))
    assert doc.lang == "vi"
    assert [p.lang for p in doc.paragraphs] == ["vi", "vi", "vi", "ru"]
    # offsets untouched
    assert [(p.start, p.end) for p in doc.paragraphs] == [(p.start, p.end) for p in _doc(
        "Tăng cường hợp tác quốc phòng Việt Nam – Belarus",
        "Chiều 15/11, tại Phủ Chủ tịch, Phó Chủ tịch nước đã tiếp Bộ trưởng Bộ Quốc phòng Belarus.",
        "Ảnh: TTXVN",
        "Президент Беларуси Александр Лукашенко отметил важность сотрудничества с Вьетнамом.").paragraphs]


def test_caption_in_another_script_gets_none(stage: Callable[[Document], Document]) -> None:
    doc = stage(_doc("روابط بین ویتنام و قزاقستان به طور مثبتی توسعه یافته است و دو کشور همکاری می کنند.", "VNA"))
    assert doc.lang == "fa"
    assert doc.paragraphs[1].lang is None


def test_document_lang_is_the_language_with_most_letters() -> None:
    text = "Hello there.\n外交部长周二在河内会见了对方外长并举行了会谈，双方就两国关系交换了意见。"
    paragraphs, lang = label_paragraphs(text, _lines(text))
    assert lang == "zh"
    assert [p.lang for p in paragraphs] == [None, "zh"]  # "Hello there." is too short to be sure


def test_empty_document(stage: Callable[[Document], Document]) -> None:
    doc = stage(Document(id="e", source="t", original="", text=""))
    assert doc.lang is None and doc.paragraphs == ()


# --- real text ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["th", "vi", "ar", "fa", "zh"])
def test_samples(name: str, stage: Callable[[Document], Document]) -> None:
    files = sorted(Path(SAMPLES).glob(f"{name}-*.txt"))
    if not files:
        pytest.skip("samples not present")
    text = files[0].read_text(encoding="utf-8").strip()
    doc = stage(Document(id=name, source="s", original=text, text=text, paragraphs=_lines(text)))
    assert doc.lang == name
    langs = [p.lang for p in doc.paragraphs]
    assert langs.count(name) >= 0.8 * len(langs)


def _jsonl(name: str, limit: int) -> list[dict]:
    path = Path(DEVDATA) / name
    if not path.exists():
        pytest.skip(f"{name} not present")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for _, line in zip(range(limit), f)]


def test_devdata_persian_and_arabic() -> None:
    for name, want, limit in (("fa-farsnews-300.jsonl", "fa", 300), ("ar-saudinewsnet-2015-07-23.jsonl", "ar", 400)):
        rows = [r for r in _jsonl(name, limit) if r["text"].strip()]
        got = [label_paragraphs(r["text"], _lines(r["text"]))[1] for r in rows]
        assert got.count(want) == len(rows), (name, [g for g in got if g != want][:5])


def test_devdata_ntrex_translations_paragraph_level() -> None:
    iso = {"deu": "de", "fra": "fr", "spa": "es", "jpn": "ja", "kor": "ko", "ukr": "uk", "tur": "tr", "eng": "en"}
    rows = _jsonl("ntrex-dev.jsonl", 861)[::3]
    right = total = 0
    for r in rows:
        want = iso[r["lang"]]
        paragraphs, lang = label_paragraphs(r["text"], _lines(r["text"]))
        assert lang == want, r["id"]
        right += sum(p.lang == want for p in paragraphs)
        total += len(paragraphs)
    assert right >= 0.99 * total
