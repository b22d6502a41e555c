"""Arabic and Persian date expressions, the general inventory (issue 11, dates-arfa): counts in words past ten, Persian
periods said alone (Gregorian) or in a sentence (Solar), and the other forms added in this round. Each on a sentence
composed here (or the expression alone where the no-context convention is what is tested); publication is Wednesday
2024-03-13 (23 Esfand 1402, the last days of a Solar year, where the Solar and Gregorian readings part)."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2024-03-13"


def _got(text, lang, pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize("lang,text,phrase,value", [
    ("ar", "وصل الوفد قبل خمسة عشر يومًا إلى القاهرة.", "قبل خمسة عشر يوم", "2024-02-27"),
    ("ar", "سيعقد المؤتمر بعد عشرين يوما في الرياض.", "بعد عشرين يوما", "2024-04-02"),
    ("ar", "انتهت الحرب منذ ثلاثين عاماً تقريبا.", "منذ ثلاثين عاما", "1994"),
    ("ar", "افتتح المصنع قبل أحد عشر شهرا.", "قبل أحد عشر شهرا", "2023-04"),
    ("ar", "تأسست الشركة منذ خمسة وعشرين عاما.", "منذ خمسة وعشرين عاما", "1999"),
    ("fa", "هیئت پانزده روز پیش به تهران رسید.", "پانزده روز پیش", "2024-02-27"),
    ("fa", "این پل بیست و پنج سال پیش ساخته شد.", "بیست و پنج سال پیش", "1998"),  # a Solar year: 1377 began 1998
    ("fa", "نتایج دوازده روز دیگر اعلام خواهد شد.", "دوازده روز دیگر", "2024-03-25"),
])
def test_counts_in_words_past_ten(lang, text, phrase, value):
    assert (phrase, value, None) in _got(text, lang)


@pytest.mark.parametrize("text,value", [
    ("ماه آینده", "2024-04"), ("ماه گذشته", "2024-02"), ("امسال", "2024"), ("سال گذشته", "2023"),
    ("پارسال", "2023"), ("یک ماه پیش", "2024-02"), ("اوایل ماه آینده", "2024-04"),
])
def test_persian_period_alone_is_gregorian(text, value):
    assert _got(text, "fa") == [(text, value, None)]


@pytest.mark.parametrize("text,phrase,value,end", [
    ("قیمت‌ها در ماه گذشته افزایش یافت.", "ماه گذشته", "2024-01-21", "2024-02-19"),  # Bahman 1402
    ("تورم سال گذشته بالا بود.", "سال گذشته", "2022", None),  # Solar 1401, begun March 2022
])
def test_persian_period_in_a_sentence_stays_solar(text, phrase, value, end):
    assert (phrase, value, end) in _got(text, "fa")
