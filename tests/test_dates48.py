"""DateRef carries the calendar a date was written in and whether its year was inferred (issue 11); the stories'
calendar mark reads that field, not the figures of the text (``stories.calendar_day``)."""

from __future__ import annotations

import pytest

from bilat.export import analysis_row
from bilat.records import DateRef, Document
from bilat.stages.dates import find_dates


def _one(text: str, lang: str, published: str | None = None) -> DateRef:
    refs = find_dates(text, lang, published)
    assert len(refs) == 1, refs
    return refs[0]


@pytest.mark.parametrize(("text", "lang", "published", "calendar", "inferred"), [
    ("۲۶ دی ۱۴۰۲", "fa", None, "solar_hijri", False),
    ("۲۶ دی", "fa", "2024-01-20", "solar_hijri", True),
    ("۲۶ دی", "fa", None, "solar_hijri", False),  # partial: no year at all, none inferred
    ("8 ذي القعدة 1445 هـ", "ar", None, "lunar_hijri", False),
    ("8 ذي القعدة", "ar", "2024-05-20", "lunar_hijri", True),
    ("آخر جمعة من رمضان 1445", "ar", "2024-01-01", "lunar_hijri", False),
    ("5 มีนาคม 2567", "th", None, "buddhist", False),
    ("19 ธ.ค 57", "th", None, "buddhist", False),
    ("5 มีนาคม 2024", "th", None, "gregorian", False),
    ("5 มีนาคม", "th", "2024-05-01", "gregorian", True),
    ("民國99年8月", "zh", None, "minguo", False),
    ("民国38年", "zh", None, "minguo", False),
    ("康熙20年9月", "zh", None, "chinese", False),
    ("昭和20年8月15日", "zh", None, "japanese", False),
    ("2024年3月5日", "zh", None, "gregorian", False),
    ("3月5日", "zh", "2024-05-01", "gregorian", True),
    ("ngày 10 tháng 3 âm lịch năm 2024", "vi", None, "chinese", False),
    ("ngày 15 tháng 07 năm Tân Sửu", "vi", "2021-01-01", "chinese", False),
    ("The talks on 5 May", "en", "2024-06-01", "gregorian", True),
    ("5 May 2024", "en", None, "gregorian", False),
    ("yesterday", "en", "2024-05-01", "gregorian", True),
    ("last year", "en", "2024-05-01", "gregorian", False),  # a year word is a written year
])
def test_calendar_and_inferred_year(text, lang, published, calendar, inferred):
    ref = _one(text, lang, published)
    assert (ref.calendar, ref.year_inferred) == (calendar, inferred), ref


def test_persian_month_counted_in_running_text_is_solar_alone_gregorian():
    running = _one("ماه گذشته وزیر به تهران سفر کرد", "fa", "2024-05-20")
    assert running.calendar == "solar_hijri" and running.value == "2024-03-20"
    alone = _one("ماه گذشته", "fa", "2024-05-20")
    assert alone.calendar == "gregorian" and alone.value == "2024-04"


def test_old_records_read_back_with_defaults_and_export_carries_the_fields():
    old = {"start": 0, "end": 5, "text": "5 May", "value": "--05-05", "resolution": "partial"}
    ref = DateRef.from_dict(old)
    assert ref.calendar == "gregorian" and ref.year_inferred is False
    assert DateRef.from_dict(ref.as_dict()) == ref
    text = "۲۶ دی ۱۴۰۲"
    doc = Document(id="d", source="d", original=text, text=text, lang="fa", dates=find_dates(text, "fa"))
    row = analysis_row(doc)
    assert row["dates"][0]["calendar"] == "solar_hijri" and row["dates"][0]["year_inferred"] is False
