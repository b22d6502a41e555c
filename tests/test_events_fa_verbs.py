"""Persian wording outside Fars' phrasing (issue 10, batch 28 Radio Farda first pass): the bare 'جمهوری اسلامی'
for Iran, verbs of condemning and criticising (تقبیح، سرزنش، ابراز نگرانی، بی‌ثبات‌کننده), praising (تمجید), refusing
(امتناع، رد پیشنهاد، رد می‌کند), offering aid (پیشنهاد کمک: an offer, AGREE, not aid given), a call (در تماس با), new
sanctions and restrictions, and two compounds that are no trigger (a ventilator, 'دستگاه کمک‌تنفسی'; offensive
weapons, 'جنگ‌افزار تهاجمی'). Sentences composed for the test (no corpus sentence)."""
from __future__ import annotations

import pytest
from test_events import trigger_types, two_party


def c(*names: str) -> list[tuple[str, str, str]]:
    codes = {"ایران": "IRN", "ترکیه": "TUR", "آلمان": "DEU", "فرانسه": "FRA", "مصر": "EGY", "سوریه": "SYR",
             "ژاپن": "JPN", "هند": "IND", "کانادا": "CAN", "ونزوئلا": "VEN", "عراق": "IRQ", "قطر": "QAT",
             "اسرائیل": "ISR", "آمریکا": "USA", "چین": "CHN"}
    return [(n, codes[n], "country") for n in names]


def test_the_islamic_republic_alone_is_iran(tagger):
    def codes(text):
        return [m.iso3 for m in tagger.mentions(text, "fa") if m.kind == "country"]
    assert codes("سفیر جمهوری اسلامی در لندن احضار شد.") == ["IRN"]
    assert codes("نماینده جمهوری اسلامی پاکستان در نشست سخن گفت.") == ["PAK"]
    assert codes("اعضای حزب جمهوری اسلامی در شهر گرد آمدند.") == []


@pytest.mark.parametrize("text, want", [
    ("دولت کانادا آزمایش موشکی را تقبیح کرد.", "ACCUSE"),
    ("وزیر خارجه هند همتای خود را سرزنش کرد.", "ACCUSE"),
    ("سخنگوی دولت ژاپن این اقدام را نقض آشکار حقوق بین‌الملل دانست.", "ACCUSE"),
    ("وزارت خارجه فرانسه از آزمایش موشکی ابراز نگرانی کرد.", "ACCUSE"),
    ("مصر این رزمایش را بی‌ثبات‌کننده خواند.", "ACCUSE"),
    ("رئیس‌جمهور ترکیه از سیاست‌های مصر تمجید کرد.", "SUPPORT"),
    ("عراق از پذیرفتن این شرط امتناع کرد.", "REJECT"),
    ("ونزوئلا این ادعا را رد می‌کند.", "REJECT"),
    ("کانادا تحریم‌هایی علیه ونزوئلا اعمال کرد.", "SANCTION"),
    ("ژاپن محدودیت‌های جدیدی بر صادرات وضع کرد.", "SANCTION"),
    ("رئیس‌جمهور مصر در تماس با همتای ترکیه‌ای خود گفت.", "CONSULT"),
])
def test_persian_trigger_words(text, want):
    assert want in trigger_types(text, "fa")


def test_an_offer_of_aid_is_an_offer_not_aid():
    found = trigger_types("دولت آلمان پیشنهاد ارسال کمک‌های پزشکی به عراق را داد.", "fa")
    assert "AGREE" in found and "AID" not in found


def test_rejecting_an_offer_of_aid_is_no_offer():
    found = trigger_types("عراق رد پیشنهاد کمک کانادا را اعلام کرد.", "fa")
    assert "REJECT" in found and "AGREE" not in found


@pytest.mark.parametrize("text", [
    "این کارخانه دستگاه‌های کمک‌تنفسی تولید می‌کند.",
    "فروش جنگ‌افزار تهاجمی به این کشور ممنوع است.",
])
def test_compounds_that_are_no_trigger(text):
    assert trigger_types(text, "fa") == []


@pytest.mark.parametrize("text, names, want", [
    ("فرانسه آزمایش موشکی ایران را تقبیح کرد.", ("فرانسه", "ایران"), ("ACCUSE", "FRA", "IRN")),
    ("آلمان از رزمایش ترکیه ابراز نگرانی کرد.", ("آلمان", "ترکیه"), ("ACCUSE", "DEU", "TUR")),
    ("ژاپن از امضای توافق با هند امتناع کرد.", ("ژاپن", "هند"), ("REJECT", "JPN", "IND")),
])
def test_persian_verbs_with_their_parties(lexical, text, names, want):
    assert want in two_party(lexical, text, "fa", c(*names))
