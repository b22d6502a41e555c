"""A weekday read from an undated lead against another report's event day named without a year ("--10-06"): the day
is read in the one year that the two texts' full dates (or publication days) name, so that the weekday can be
compared (docs/stories.md round thirty-two); with no year named, or two, it stays unread."""

from datetime import date

from bilat.corpus import stories
from bilat.corpus.stories import Features, event_gap


def _friday_report(*full: str) -> Features:
    # "Friday 6 October ... (report of 7 October 2023)": its event day is named without a year
    return Features(when=frozenset({"--10-06", *full}), event_day="--10-06")


SUNDAY_LEAD = Features(when=frozenset({"--10-01"}), loose="weekday:6")  # "today, Sunday ... as on 1 October"


def test_weekday_against_yearless_day_in_the_year_the_texts_name():
    assert date(2023, 10, 6).weekday() == 4
    assert event_gap(SUNDAY_LEAD, _friday_report("2023-10-07")) == 2  # Friday and Sunday: two events
    assert event_gap(_friday_report("2023-10-07"), SUNDAY_LEAD) == 2
    # the year of a publication day counts too
    assert event_gap(SUNDAY_LEAD, _friday_report(), None, date(2023, 10, 7).toordinal()) == 2
    saturday = Features(when=frozenset({"--10-07"}), loose="weekday:5")
    assert event_gap(saturday, _friday_report("2023-10-07")) is None  # a day off: neutral


def test_no_year_or_two_years_leave_the_weekday_unread():
    assert event_gap(SUNDAY_LEAD, _friday_report()) is None
    assert event_gap(SUNDAY_LEAD, _friday_report("2023-10-07", "2022-10-07")) is None


def test_switch_off_restores_the_old_reading(monkeypatch):
    monkeypatch.setattr(stories, "YEAR_FROM_TEXTS", False)
    assert event_gap(SUNDAY_LEAD, _friday_report("2023-10-07")) is None
