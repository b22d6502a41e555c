"""bench/countries.py tells a country the sentence names from one it only implies (composed sentences)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import countries


def test_inflected_russian_name_is_named():
    assert countries.named_in("Министр прибыл в Россию с визитом.", "RUS", "ru")


def test_arabic_name_with_clitics_is_named():
    assert countries.named_in("وأكد دعم بلاده وللسعودية في كل الظروف.", "SAU", "ar")


def test_thai_country_inside_a_ministry_is_named():
    assert countries.named_in("โฆษกกระทรวงการต่างประเทศจีนกล่าวว่า", "CHN", "th")


def test_capital_is_named():
    assert countries.named_in("Moscow rejected the proposal on Monday.", "RUS", "en")


def test_bare_title_only_implies():
    assert not countries.named_in("นายกรัฐมนตรีกล่าวต้อนรับเอกอัครราชทูต", "THA", "th")
    assert not countries.named_in("The minister thanked the ambassador.", "GBR", "en")


def test_chinese_abbreviation_needs_a_partner():
    assert countries.named_in("中越两国签署协议。", "VNM", "zh")
    assert not countries.named_in("他们越来越关注这个问题。", "VNM", "zh")


def test_persian_short_name_inside_a_word_is_not_named():
    assert not countries.named_in("یک روستای کوچک در شمال", "CZE", "fa")
