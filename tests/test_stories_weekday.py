"""A weekday named by an undated lead is checked against another report's event day (issue 12, round twenty-seven).

An undated lead that names no full day but a weekday ("on Saturday", "يوم الأربعاء", "周三") keeps it as its loose
day. Against a report whose event day is known with its year, a weekday two or more days off reads as another
event (``Model.event_far``), the same weekday as weak evidence of one event (``Model.event_near``), a day off as
neutral; two undated leads naming weekdays two or more days apart read as two events."""

from __future__ import annotations

import dataclasses

from bilat.corpus import stories, story_scorer
from bilat.records import Document
from bilat.stages import dates as date_stage


def _doc(text: str, lang: str, published: str | None = None) -> Document:
    return Document(id="w", source="w", original=text, text=text, lang=lang, published=published,
                    dates=date_stage.find_dates(text, lang, published))


def test_an_undated_lead_keeps_the_weekday_it_names():
    f = stories.features(_doc("The parliament voted on Saturday to remove the president from office.", "en"))
    assert f.loose == "weekday:5" and f.event_day is None and not f.when
    # a dated report reads its weekday as a day: no loose day
    dated = stories.features(_doc("The parliament voted on Saturday to remove the president.", "en", "2024-12-15"))
    assert dated.loose is None


def test_a_weekday_two_or_more_days_from_an_event_day_is_another_event():
    f = stories.Features
    saturday = f(loose="weekday:5")
    # 2024-12-03 was a Tuesday: four days off, the penalty's side
    assert stories.event_gap(saturday, f(event_day="2024-12-03")) == 3
    # 2024-12-14 was a Saturday: the same weekday reads under a day apart (event_near), never as the same day
    assert stories.event_gap(saturday, f(event_day="2024-12-14")) == stories.WEEKDAY_MATCH
    # a Friday or a Sunday event day: a day off is neutral
    assert stories.event_gap(saturday, f(event_day="2024-12-13")) is None
    assert stories.event_gap(f(event_day="2024-12-15"), saturday) is None
    # with a dated side as well (the one-day rule of NEAR_BOTH_UNDATED does not drop the match)
    assert stories.event_gap(saturday, f(event_day="2024-12-14"), None, 739234) == stories.WEEKDAY_MATCH
    # a day without its year has no weekday
    assert stories.event_gap(saturday, f(event_day="--12-03")) is None


def test_two_undated_leads_naming_weekdays_far_apart_are_two_events():
    f = stories.Features
    assert stories.event_gap(f(loose="weekday:1"), f(loose="weekday:5")) == 3  # Tuesday and Saturday
    assert stories.event_gap(f(loose="weekday:1"), f(loose="weekday:2")) is None  # a day off
    assert stories.event_gap(f(loose="weekday:1"), f(loose="weekday:1")) is None  # one weekday: no evidence
    assert stories.event_gap(f(loose="weekday:6"), f(loose="weekday:0")) is None  # Sunday and Monday
    assert stories.event_gap(f(loose="mday:3"), f(loose="weekday:1")) is None


def test_the_weekday_moves_the_pair_probability_both_ways():
    f = stories.Features
    model = dataclasses.replace(story_scorer.shipped(), event_same=3.0, event_far=-4.0, event_near=1.5)
    lead = f(loose="weekday:2", countries=frozenset({"KOR"}))  # an undated lead naming a Wednesday
    other = f(countries=frozenset({"KOR"}))
    vec = story_scorer.pair_vector(0.4, lead, other, "ar", "en")

    def p(day: str) -> float:
        return model.probability(vec, None, stories.event_gap(lead, dataclasses.replace(other, event_day=day)))

    # 2024-12-04 a Wednesday, 2024-12-03 a Tuesday, 2024-12-07 a Saturday
    assert p("2024-12-04") > model.probability(vec) == p("2024-12-03") > p("2024-12-07")
    assert p("2024-12-04") < model.probability(vec, None, 0)  # less than one event day
