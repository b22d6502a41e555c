"""Shared number parsing: digit systems, separators by language, Chinese and Thai numerals, ordinals."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.normalize import to_ascii_digits
from bilat.stages.numerals import (
    AR_ORDINAL_RE,
    FA_ORDINAL_RE,
    NUM,
    arabic_ordinal,
    chinese_number,
    fold,
    parse_number,
    persian_ordinal,
    scale_of,
    scale_pattern,
    thai_number,
    word_number,
)


@pytest.mark.parametrize("token, lang, value", [
    ("1.500", "vi", 1500), ("1.5", "vi", 1.5), ("1,5", "vi", 1.5), ("1.234.567", "vi", 1234567),
    ("1,500", "en", 1500), ("1.5", "en", 1.5), ("1,234,567.5", "en", 1234567.5), ("1.500", "en", 1.5),
    ("1 500", "ru", 1500), ("1,5", "ru", 1.5), ("2.000", "de", 2000), ("1,5", "fr", 1.5),
    ("1.5", "ar", 1.5), ("187,4", "ar", 187.4), ("21،5", "ar", 21.5), ("٣٫٥", "ar", 3.5), ("١٬٥٠٠", "ar", 1500),
    ("۲٫۵", "fa", 2.5), ("2/5", "fa", 2.5), ("۱۲۳", "fa", 123), ("๒๕๖๘", "th", 2568), ("１２", "ja", 12),
    ("24.\u200f56", "ar", 56.24),  # typed against the text direction: fraction first (Brent was $56.24)
])
def test_parse_number(token: str, lang: str, value: float) -> None:
    assert parse_number(token, lang) == pytest.approx(value)


@pytest.mark.parametrize("token", ["", "abc", "1..2", ".5", "1,2,3.4.5"])
def test_parse_number_rejects(token: str) -> None:
    assert parse_number(token, "en") is None


@pytest.mark.parametrize("token, value", [
    ("一百二十", 120), ("两千", 2000), ("3000万", 3e7), ("1.5亿", 1.5e8), ("1.5万亿", 1.5e12), ("十四", 14),
    ("二十三", 23), ("兩萬", 20000), ("一亿二千万", 1.2e8),
])
def test_chinese_number(token: str, value: float) -> None:
    assert chinese_number(token) == pytest.approx(value)


def test_chinese_number_rejects_words() -> None:
    assert chinese_number("一些") is None
    assert chinese_number("万") is None


@pytest.mark.parametrize("token, value", [("สามแสนห้าหมื่น", 350000), ("แปดสิบหก", 86), ("ยี่สิบเอ็ด", 21),
                                          ("หนึ่งล้านห้าแสน", 1_500_000)])
def test_thai_number(token: str, value: float) -> None:
    assert thai_number(token) == value


def test_thai_number_rejects_non_numbers() -> None:
    assert thai_number("สามารถ") is None


@pytest.mark.parametrize("text, value", [("الذكرى الثمانين", 80), ("الخامسة والسبعين", 75), ("الحادي عشر", 11),
                                         ("الخامسة والستين", 65), ("العاشرة", 10)])
def test_arabic_ordinal(text: str, value: int) -> None:
    m = re.search(AR_ORDINAL_RE, fold(text))
    assert m is not None and arabic_ordinal(m) == value


@pytest.mark.parametrize("text, value", [("هشتادمین", 80), ("هفتاد و پنجمین", 75), ("دومین", 2), ("سومین", 3),
                                         ("بیست‌ویکمین", 21), ("صدمین", 100)])
def test_persian_ordinal(text: str, value: int) -> None:
    m = re.search(FA_ORDINAL_RE, fold(text))
    assert m is not None and persian_ordinal(m["w"]) == value


def test_scales_per_language() -> None:
    assert scale_of("مليار", "ar") == 1e9
    assert scale_of("میلیارد", "fa") == 1e9
    assert scale_of("ميليارد", "fa") == 1e9  # Persian written with Arabic ي
    assert scale_of("tỷ", "vi") == 1e9
    assert scale_of("nghìn tỷ", "vi") == 1e12
    assert scale_of("Billion", "en") == 1e9
    assert scale_of("млрд", "ru") == 1e9
    assert scale_of("ล้าน", "th") == 1e6
    assert scale_of("tỷ", "en") is None
    assert scale_pattern("xx") is None


def test_num_regex_finds_whole_tokens() -> None:
    assert re.findall(NUM, "1,500,000 and 2.5 and 500/500") == ["1,500,000", "2.5", "500", "500"]


@given(st.text(max_size=80))
def test_fold_keeps_length_and_digits(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert to_ascii_digits(text).isdigit() == folded.isdigit() or not text


@given(st.integers(min_value=0, max_value=10**12))
def test_parse_number_round_trips_grouped_integers(n: int) -> None:
    assert parse_number(f"{n:,}", "en") == n
    assert parse_number(f"{n:,}".replace(",", "."), "vi") == n
    arabic = f"{n}".translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert parse_number(arabic, "ar") == n


@pytest.mark.parametrize("words, lang, value", [
    ("هشتاد و شش", "fa", 86), ("یکصد و بیست", "fa", 120), ("ستة وثمانون", "ar", 86), ("ثلاثة آلاف", "ar", 3000),
    ("ثلاث مائة", "ar", 300), ("hai mươi mốt", "vi", 21), ("tám mươi sáu", "vi", 86),
    ("một trăm linh năm", "vi", 105), ("hai nghìn tỷ", "vi", 2e12), ("восемьдесят шесть", "ru", 86),
    ("две тысячи двадцать пять", "ru", 2025), ("eighty-six", "en", 86), ("two hundred and five", "en", 205),
    ("แปดสิบหก", "th", 86), ("สามแสนห้าหมื่น", "th", 350000), ("ยี่สิบเอ็ด", "th", 21), ("八十六", "zh", 86),
])
def test_word_number(words: str, lang: str, value: float) -> None:
    assert word_number(words, lang) == pytest.approx(value)


@pytest.mark.parametrize("words, lang", [("two three", "en"), ("twenty thirty", "en"), ("thousand", "en"),
                                         ("一一亿一", "zh"), ("hello", "en"), ("شش", "xx")])
def test_word_number_rejects_what_is_not_one_number(words: str, lang: str) -> None:
    assert word_number(words, lang) is None


@pytest.mark.parametrize("token, value", [("一万亿", 1e12), ("千万", 1e7), ("九千九百万", 9.9e7), ("三亿五千万", 3.5e8),
                                          ("一百零五", 105), ("3千", 3000), ("二〇二五", 2025)])
def test_chinese_scales_in_any_order(token: str, value: float) -> None:
    assert chinese_number(token) == pytest.approx(value)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet="〇零一二两兩三四五六七八九十百千万萬亿億0123456789.", max_size=12))
def test_chinese_number_never_raises(token: str) -> None:
    """cn2an raised KeyError(10000000) on 一一亿一 and crashed ingest: any string gives a number or None."""
    value = chinese_number(token)
    assert value is None or value >= 0
