"""A dated report that names no day of its event, against an undated report's day read without a year or its loose
day (issue 12, story55; docs/stories.md round forty-seven): agreement with the dated report's publication day is read
(``stories.YEARLESS_PUBLISHED``, ``stories.LOOSE_PUBLISHED``); disagreement stays neutral, since a dated report may be
published days after its event."""

import datetime

import pytest

from bilat.corpus import stories

F = stories.Features
PUBLISHED = datetime.date(2024, 12, 14).toordinal()  # a Saturday


def test_a_day_without_its_year_on_the_publication_day_is_the_same_day():
    # "Ngày 14-12, quốc hội ... đã thông qua" (undated) against a dated report of 14 December naming no day
    assert stories.event_gap(F(), F(event_day="--12-14"), PUBLISHED, None) == 0
    assert stories.event_gap(F(event_day="--12-14"), F(), None, PUBLISHED) == 0


def test_another_day_without_its_year_stays_neutral():
    assert stories.event_gap(F(), F(event_day="--12-13"), PUBLISHED, None) is None
    assert stories.event_gap(F(), F(event_day="--12-03"), PUBLISHED, None) is None
    assert stories.event_gap(F(), F(event_day="--13-45"), PUBLISHED, None) is None  # not a day: nothing read


def test_the_yearless_reading_can_be_switched_off(monkeypatch):
    monkeypatch.setattr(stories, "YEARLESS_PUBLISHED", False)
    assert stories.event_gap(F(), F(event_day="--12-14"), PUBLISHED, None) is None


@pytest.mark.parametrize("loose, gap", [
    ("weekday:5", stories.WEEKDAY_MATCH),  # "اليوم السبت" against a report published on a Saturday: weak evidence
    ("mday:14", 0),                         # "14日晚间" against a report published on the 14th
    ("weekday:1", None),                    # another weekday: the dated report may be days later, no penalty
    ("mday:3", None),
])
def test_an_undated_loose_day_against_a_dated_report_naming_no_day(loose, gap):
    assert stories.event_gap(F(loose=loose), F(), None, PUBLISHED) == gap
    assert stories.event_gap(F(), F(loose=loose), PUBLISHED, None) == gap


def test_a_loose_day_is_still_read_against_a_named_event_day_first():
    # the dated report names its event's day (13 December, a Friday): the loose day is read against it, as before
    assert stories.event_gap(F(loose="weekday:5"), F(event_day="2024-12-13"), None, PUBLISHED) is None  # a day off
    assert stories.event_gap(F(loose="weekday:4"), F(event_day="2024-12-13"), None, PUBLISHED) == stories.WEEKDAY_MATCH


def test_the_loose_reading_can_be_switched_off(monkeypatch):
    monkeypatch.setattr(stories, "LOOSE_PUBLISHED", False)
    assert stories.event_gap(F(loose="weekday:5"), F(), None, PUBLISHED) is None


def test_two_undated_or_two_dated_reports_are_not_read_this_way():
    assert stories.event_gap(F(loose="weekday:5"), F(), None, None) is None
    assert stories.event_gap(F(loose="weekday:5"), F(), PUBLISHED, PUBLISHED) is None
