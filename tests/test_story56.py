"""A wire report's filing day (issue 12, story56; docs/stories.md round forty-eight): a dateline opening the text
("新华社北京5月16日电") names the day the report was written; a site that posts it days later gives a later publication
day. Such a report is of its filing day (``stories.day_of``, ``stories.filed_day``, ``stories.FILED_DAYS``)."""

from __future__ import annotations

import datetime

from conftest import dated_doc as _doc

from bilat.corpus import stories
from bilat.records import DateRef, Document


def _ord(day: str) -> int:
    return datetime.date.fromisoformat(day).toordinal()


WIRE = "新华社北京5月16日电(记者杨依军)国家主席在人民大会堂同来访的俄罗斯总统举行会谈。"


def test_a_wire_report_posted_days_later_is_of_its_filing_day():
    doc = _doc(WIRE, [("5月16日", "2024-05-16")], "zh", published="2024-05-25")
    assert stories.filed_day(doc) == _ord("2024-05-16")
    assert stories.day_of(doc) == _ord("2024-05-16")
    # and its event day is read in the filing day's window: 16 May was past the publication day's week
    assert stories.event_day(doc) == "2024-05-16"


def test_the_filing_day_counts_against_another_report_of_the_event():
    late = _doc(WIRE, [("5月16日", "2024-05-16")], "zh", published="2024-05-25")
    same_day = _doc("Putin arrived in Beijing on Thursday.", [("Thursday", "2024-05-16")], "en", published="2024-05-16")
    a, b = stories.day_of(late), stories.day_of(same_day)
    assert stories.days_apart(a, stories.features(late), b, stories.features(same_day)) == 0


def test_without_a_dateline_the_publication_day_stays():
    doc = _doc("国家主席5月16日在人民大会堂同俄罗斯总统举行会谈。", [("5月16日", "2024-05-16")], "zh", published="2024-05-25")
    assert stories.filed_day(doc) is None
    assert stories.day_of(doc) == _ord("2024-05-25")
    assert stories.event_day(doc) is None  # 16 May is past the publication window, as before


def test_a_dateline_after_publication_or_long_before_it_is_not_read():
    assert stories.day_of(_doc(WIRE, [("5月16日", "2024-05-16")], "zh", published="2024-05-16")) == _ord("2024-05-16")
    assert stories.day_of(_doc(WIRE, [("5月16日", "2024-05-16")], "zh", published="2024-05-15")) == _ord("2024-05-15")
    assert stories.day_of(_doc(WIRE, [("5月16日", "2024-05-16")], "zh", published="2024-08-25")) == _ord("2024-08-25")


def test_telephone_talks_are_no_dateline():
    doc = _doc("新华社北京5月16日电话会谈后,两国元首发表声明。", [("5月16日", "2024-05-16")], "zh", published="2024-05-25")
    assert stories.filed_day(doc) is None


def test_an_undated_report_has_no_day(monkeypatch):
    assert stories.day_of(_doc(WIRE, [("5月16日", "2024-05-16")], "zh")) is None
    monkeypatch.setattr(stories, "FILED_DAYS", 0)
    assert stories.day_of(_doc(WIRE, [("5月16日", "2024-05-16")], "zh", published="2024-05-25")) == _ord("2024-05-25")


def test_a_week_named_as_a_period_is_no_event_day():
    # "本週再度爆發軍事衝突 ... 安華今（13）日下午再拋出最新和平方案", published 13 December: the week's first day is no day
    text = "泰國與柬埔寨本週再度爆發軍事衝突。大馬總理安華今（13）日下午再拋出最新和平方案。"
    start = text.index("本週")
    week = DateRef(start=start, end=start + 2, text="本週", value="2025-12-08", end_value="2025-12-14")
    day_at = text.index("今（13）日")
    today = DateRef(start=day_at, end=day_at + 6, text="今（13）日", value="2025-12-13")
    doc = Document(id="d", source="d", original=text, text=text, lang="zh", published="2025-12-13", dates=(week, today))
    assert stories.event_day(doc) == "2025-12-13"


def test_a_span_of_days_keeps_its_first_day():
    text = "Xi Jinping will pay a state visit to Russia from March 20 to 22."
    start = text.index("March 20 to 22")
    span = DateRef(start=start, end=start + 14, text="March 20 to 22", value="--03-20", end_value="--03-22")
    doc = Document(id="d", source="d", original=text, text=text, lang="en", dates=(span,))
    assert stories.event_day(doc) == "--03-20"


HERAT = ("A strong earthquake struck Herat province on Sunday morning, officials said. "
         "An earthquake of the same magnitude had struck the province on 7 October, killing more than 1,000 people.")


def _herat() -> Document:
    return _doc(HERAT, [("7 October", "--10-07")], "en")


def test_the_background_day_after_a_lead_weekday_is_no_day_of_the_report():
    f = stories.features(_herat())
    assert f.event_day is None and f.loose == "weekday:6"
    assert "--10-07" not in f.when
    # against a dated report of the 15 October quake (a Sunday): no longer 8 days apart, and the weekday agrees
    dated = stories.Features(event_day="2023-10-15", when=frozenset({"2023-10-15"}))
    day = _ord("2023-10-15")
    assert stories.days_apart(None, f, day, dated) is None
    assert stories.event_gap(f, dated, None, day) == stories.WEEKDAY_MATCH


def test_switched_off_the_background_day_vetoes(monkeypatch):
    monkeypatch.setattr(stories, "WEEKDAY_BACKGROUND", False)
    f = stories.features(_herat())
    assert "--10-07" in f.when
    dated = stories.Features(event_day="2023-10-15", when=frozenset({"2023-10-15"}))
    assert stories.days_apart(None, f, _ord("2023-10-15"), dated) == 8
