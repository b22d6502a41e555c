"""An undated lead's weekday named before the first day the text names is its event's day (issue 12, round thirty).

A report with no publication day that says "today Saturday" in its lead and names another day further on (the day of
an earlier event it recalls) was dated by that later day, and so read as a report of the earlier event. Now the
weekday is its loose day and the named day background, unless the two are written side by side ("on Tuesday
(January 2)") or the named day has its year and falls on that weekday."""

from __future__ import annotations

from bilat.corpus import stories
from bilat.records import Document
from bilat.stages import dates as date_stage


def _doc(text: str, lang: str, published: str | None = None) -> Document:
    return Document(id="w", source="w", original=text, text=text, lang=lang, published=published,
                    dates=date_stage.find_dates(text, lang, published))


RECALLS = ("The parliament voted on Saturday to remove the president from office, eleven days after his failed "
           "attempt to suspend civilian rule, which he announced in a televised address on 3 December.")


def test_a_weekday_in_the_lead_before_a_recalled_day_is_the_event_day():
    f = stories.features(_doc(RECALLS, "en"))
    assert f.loose == "weekday:5" and f.event_day is None
    # the recalled day is no day of this report when days apart are read (WEEKDAY_BACKGROUND, round forty-eight; it
    # stayed in ``when`` before, and vetoed this report against every dated report 3 or more days from 3 December)
    assert not f.when
    # against a report of the recalled day (a Tuesday in 2024), the Saturday is another event
    assert stories.event_gap(f, stories.Features(event_day="2024-12-03")) == 3
    # against a report of that Saturday, weak evidence of one event
    assert stories.event_gap(f, stories.Features(event_day="2024-12-14")) == stories.WEEKDAY_MATCH


def test_before_the_change_the_recalled_day_was_the_event_day():
    stories.WEEKDAY_FIRST = False
    try:
        f = stories.features(_doc(RECALLS, "en"))
    finally:
        stories.WEEKDAY_FIRST = True
    assert f.event_day == "--12-03" and f.loose is None


def test_a_weekday_written_beside_the_day_names_one_day():
    for text in ("The two coast guard aircraft collided on Tuesday (January 2) while taxiing at the airport.",
                 "On Thursday, 24 July, the two armies exchanged fire along the disputed border."):
        f = stories.features(_doc(text, "en"))
        assert f.event_day is not None and f.loose is None, text


def test_a_named_day_with_its_year_on_that_weekday_is_kept():
    text = ("The quake struck on Saturday morning, the national seismic centre said in a statement later that "
            "evening. The first tremor, recorded at 10:50 local time on 7 October 2023, was followed by five more.")
    f = stories.features(_doc(text, "en"))
    assert f.event_day == "2023-10-07" and f.loose is None  # 7 October 2023 was a Saturday
    other = text.replace("Saturday", "Sunday")
    g = stories.features(_doc(other, "en"))
    assert g.event_day is None and g.loose == "weekday:6"


def test_a_dated_report_is_unchanged():
    f = stories.features(_doc(RECALLS, "en", "2024-12-14"))
    assert f.loose is None and f.event_day == "2024-12-14"


def test_arabic_today_and_a_recalled_day():
    text = ("صوت البرلمان، اليوم السبت، لصالح عزل الرئيس بعد جلسة طويلة شارك فيها معظم النواب، "
            "وذلك على خلفية محاولته فرض حالة الطوارئ في الثالث من ديسمبر.")
    f = stories.features(_doc(text, "ar"))
    assert f.loose == "weekday:5" and f.event_day is None
