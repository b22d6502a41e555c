"""An undated report's event day written as a Solar day with no year ("۲۶ دیماه") is converted by the dates stage in
the Solar year that gives most years' Gregorian day (1402; 1403 until round forty-nine, one day off in most years), one
day off after a leap year; against a dated report's event day one day apart
the linker reads it as the same day (``stories.CALENDAR_NEAR``, docs/stories.md round thirty-seven)."""

from __future__ import annotations

from datetime import date

from bilat.corpus import stories
from bilat.corpus.stories import Features, calendar_day, event_gap
from bilat.records import Document
from bilat.stages.dates import find_dates

DATED = date(2024, 1, 16).toordinal()  # a publication day


def _undated(text: str, lang: str) -> Document:
    return Document(id="u", source="u", original="u", text=text, title="", lang=lang, published=None,
                    dates=find_dates(text, lang))


def test_a_year_less_solar_day_is_marked_and_a_gregorian_one_is_not():
    solar = _undated("حمله روز ۲۶ دیماه انجام شد", "fa")
    f = stories.features(solar)
    assert f.event_day == "--01-16"  # 26 Dey is 16 January in 1402, 15 January in 1403
    assert f.calendar and calendar_day(solar, "--01-16")
    for text, lang in (("حمله روز ۲۶ ژانویه انجام شد", "fa"), ("1月26日发生袭击", "zh"), ("The strike on 26 January", "en")):
        g = stories.features(_undated(text, lang))
        assert g.event_day == "--01-26" and not g.calendar, text


def test_a_dated_reports_solar_day_is_not_marked():
    doc = Document(id="d", source="d", original="d", text="حمله روز ۲۶ دیماه انجام شد", title="", lang="fa",
                   published="2024-01-17", dates=find_dates("حمله روز ۲۶ دیماه انجام شد", "fa", "2024-01-17"))
    assert not stories.features(doc).calendar


def test_the_mark_survives_the_store_and_a_union():
    f = Features(event_day="--01-15", calendar=True)
    assert Features.from_dict(f.as_dict()).calendar
    assert "calendar" not in Features(event_day="--01-15").as_dict()  # stores of reports without it are unchanged
    assert not f.union(Features(event_day="--01-16", calendar=True)).calendar
    assert f.union(f).calendar


def test_one_day_off_a_dated_reports_day_reads_as_the_same_day(monkeypatch):
    solar = Features(event_day="--01-15", calendar=True)
    dated = Features(event_day="2024-01-16")
    assert event_gap(solar, dated, None, DATED) == 0
    assert event_gap(dated, solar, DATED, None) == 0
    monkeypatch.setattr(stories, "CALENDAR_NEAR", False)
    assert event_gap(solar, dated, None, DATED) is None  # as before: one day apart with a dated side is neutral


def test_only_that_case():
    dated = Features(event_day="2024-01-16")
    # a Gregorian day with no year one day off a dated report stays neutral
    assert event_gap(Features(event_day="--01-15"), dated, None, DATED) is None
    # two days off is still two events
    assert event_gap(Features(event_day="--01-14", calendar=True), dated, None, DATED) == 2
    # against another undated report the one-day reading is as before (event_near)
    assert event_gap(Features(event_day="--01-15", calendar=True), Features(event_day="--01-16"), None, None) == 1
