"""Issue 11 (dates47): bench/data/date_expressions5.tsv (chrono's vi/en/fa tests, Recognizers-Text's DateTimeModel
specs, moment's locale format tests) and its builder's precision rules; a year of a reign era (data/dates.json zh eras) is read from the era, not as a
two-digit year."""

import csv
import datetime as dt
import importlib.util
import re
import sys
from pathlib import Path

import pytest

from bilat.stages.dates import find_dates

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "date_expressions5.tsv"
COLUMNS = ["split", "lang", "source", "reference", "expression", "expected", "kind"]


def _builder():
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("build_date_expressions5", ROOT / "scripts" / "build_date_expressions5.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _rows(path: Path = DATA) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert reader.fieldnames == COLUMNS
        return list(reader)


def test_rows_parse_and_scored_rows_are_valid():
    rows = _rows()
    scored = [r for r in rows if r["kind"] != "other"]
    assert len(scored) > 300
    assert {r["lang"] for r in scored} >= {"ar", "th", "vi", "fa", "zh", "en", "ru"}
    for r in rows:
        assert r["split"] in ("dev", "test")
        assert r["source"].startswith(("wanasit/chrono@", "microsoft/Recognizers-Text@", "moment/moment@"))
        if r["kind"] == "other":
            assert r["expected"] == "-"
            continue
        assert r["kind"] in ("absolute", "relative")
        dt.date.fromisoformat(r["reference"])
        assert re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", r["expected"])


def test_a_chrono_test_file_falls_in_one_half():
    halves: dict[str, set[str]] = {}
    for r in _rows():
        if r["source"].startswith("wanasit/chrono@"):
            halves.setdefault(r["source"], set()).add(r["split"])
    assert len(halves) > 20
    assert all(len(s) == 1 for s in halves.values())
    assert {s.pop() for s in halves.values()} == {"dev", "test"}


def test_no_row_repeats_an_earlier_set():
    earlier = {(r["lang"], r["reference"], r["expression"]) for n in ("", "2", "3", "4")
               for r in _rows(ROOT / "bench" / "data" / f"date_expressions{n}.tsv")}
    assert not [r for r in _rows() if (r["lang"], r["reference"], r["expression"]) in earlier]


@pytest.mark.parametrize("lang,expr,prec", [
    ("vi", "3 tháng trước", "month"),
    ("vi", "2 tuần trước", "day"),
    ("vi", "thứ hai", "day"),
    ("vi", "tuần trước", None),
    ("vi", "7 giờ sáng", None),
    ("vi", "trong vòng 3 tháng", None),
    ("vi", "tháng 3/1975", "month"),
    ("en", "9/2012", "month"),
    ("en", "May eighth, 2010", "day"),
    ("en", "in two months", None),
    ("en", "two months ago", "month"),
    ("fa", "۵ روز پیش", "day"),
    ("fa", "ماه آینده", "month"),
    ("fa", "ساعت 11 صبح", None),
])
def test_builder_precision(lang, expr, prec):
    assert _builder().precision(lang, expr) == prec


def _read(text, lang="zh", ref="2017-03-22"):
    return [(d.value, d.end_value) for d in find_dates(text, lang, ref)]


def test_chinese_reign_year_is_the_year_of_its_era_not_a_two_digit_year():
    # a lunar month: its Gregorian days (lunar 1681/9/1 is 11 October 1681), never 2020-09
    assert _read("康熙20年9月") == [("1681-10-11", "1681-11-09")]
    assert _read("乾隆五十年") == [("1785", None)]
    assert _read("20年9月") == [("2020-09", None)]  # no era: still a two-digit year


def test_japanese_era_dates_are_gregorian():
    assert _read("昭和20年8月15日，日本投降。") == [("1945-08-15", None)]
    assert _read("平成元年") == [("1989", None)]
    assert _read("令和5年") == [("2023", None)]
    assert _read("他在康熙年间") == []


def test_numeric_date_with_direction_marks_by_its_separators():
    # ar as Intl.DateTimeFormat and moment's ar locales write it: a right-to-left mark after each slash
    assert _read("١٤/\u200f٢/\u200f٢٠١٠", "ar", "2024-02-18") == [("2010-02-14", None)]
    assert _read("اجتماع الوزراء 14/\u200f2/\u200f2010.", "ar", "2024-02-18") == [("2010-02-14", None)]
    assert _read("14/2/2010", "ar", "2024-02-18") == [("2010-02-14", None)]


@pytest.mark.parametrize("fmt,prec", [
    ("LL", "day"), ("l", "day"), ("LLL", None), ("MMMM YYYY", "month"), ("YYYY", "year"),
    ("M Mo MM MMMM MMM", None), ("YYYY YY", None), ("D Do DD", None), ("dddd, MMMM Do YYYY, h:mm:ss a", None),
])
def test_builder_moment_format_precision(fmt, prec):
    assert _builder().moment_precision(fmt) == prec


def test_forward_date_cases_are_not_scored():
    forward = [r for r in _rows() if r["source"].endswith("vi_forward_date.test.ts")]
    assert forward and all(r["kind"] == "other" for r in forward)


def test_english_year_first_dates():
    assert _read("2018 March 18", "en", "2012-08-10") == [("2018-03-18", None)]
    assert _read("The ministers met on 2012/Aug/10.", "en", "2012-08-10") == [("2012-08-10", None)]
    assert _read("2017 april", "en", "2012-08-10") == [("2017-04", None)]
    assert _read("dec-2018", "en", "2012-08-10") == [("2018-12", None)]
    # May after a year with no day is the name or the modal, not the month
    assert _read("In 2016 May became prime minister.", "en", "2012-08-10") == [("2016", None)]


@pytest.mark.parametrize("expr,prec", [
    ("dec31 , 1994", "day"), ("fourth of july, 1995", "day"), ("2020/23/sep", "day"), ("easter 2018", "day"),
    ("twenty five january nineteen eighty six", "day"), ("august two thousand and fifteen", "month"), ("2015-3", "month"),
])
def test_builder_english_precision_of_written_out_and_holiday_dates(expr, prec):
    assert _builder().precision("en", expr) == prec


def test_english_buddhist_era_year_with_its_marker():
    assert _read("On 10 August 2555 B.E. the king", "en", "2012-08-10") == [("2012-08-10", None)]
    assert _read("August 10 2555 BE", "en", "2012-08-10") == [("2012-08-10", None)]
    assert _read("10 August 2012 BE", "en", "2012-08-10") == [("2012-08-10", None)]  # no BE year: as written
