"""A "latest" word in a lead opens the news of the day (docs/stories.md round forty-three): a day the lead names before
it is an earlier event's, not the report's own event day (``stories.latest_background``, ``stories.LATEST``)."""

from __future__ import annotations

from conftest import dated_doc as _doc

from bilat.corpus import stories

ZH_LEAD = "甲国5日炮击了边境哨所,造成两人死亡。最新消息指出,乙国7日对甲国发动报复性空袭。"
ZH_DAYS = [("5日", "--03-05"), ("7日", "--03-07")]


def test_a_day_before_the_latest_news_is_background():
    assert stories.event_day(_doc(ZH_LEAD, ZH_DAYS, "zh")) == "--03-07"


def test_switched_off_the_first_day_named_is_read(monkeypatch):
    monkeypatch.setattr(stories, "LATEST", False)
    assert stories.event_day(_doc(ZH_LEAD, ZH_DAYS, "zh")) == "--03-05"


def test_a_day_written_with_the_word_is_the_news_day():
    """"9日最新消息传出": the day opens the latest news itself."""
    text = "前任主席上月2日病逝。9日最新消息传出,新主席已正式当选。"
    doc = _doc(text, [("上月2日", "--03-02"), ("9日", "--04-09")], "zh")
    assert stories.event_day(doc) == "--04-09"


def test_a_dated_report_naming_only_the_earlier_day_has_no_event_day_of_its_own():
    text = "Rebels shelled the port on 4 May. In the latest development, the navy withdrew its ships from the bay."
    doc = _doc(text, [("4 May", "2025-05-04")], "en", published="2025-05-06")
    assert stories.event_day(doc) is None


def test_an_arabic_latest_word():
    text = "قصفت القوات المدينة يوم 3 يونيو. وفي آخر التطورات، أعلن الجيش انسحابه من المدينة يوم 5 يونيو."
    doc = _doc(text, [("3 يونيو", "--06-03"), ("5 يونيو", "--06-05")], "ar")
    assert stories.event_day(doc) == "--06-05"


def test_no_day_before_the_word_changes_nothing():
    text = "In the latest development, troops crossed the border on 3 June after a week of shelling."
    doc = _doc(text, [("3 June", "--06-03")], "en")
    assert not stories.latest_background(doc)
    assert stories.event_day(doc) == "--06-03"


def test_a_latest_word_after_the_lead_is_not_read():
    text = "Troops crossed the border on 3 June. " + "Officials gave details of the operation. " * 12 + \
        "In the latest development, the talks resumed on 9 June."
    doc = _doc(text, [("3 June", "--06-03"), ("9 June", "--06-09")], "en")
    assert stories.event_day(doc) == "--06-03"
