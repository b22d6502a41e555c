"""A Chinese wire dateline ("...3月5日电") is the day the report was filed, not its event's (stories.event_day)."""

from conftest import dated_doc

from bilat.corpus import stories
from bilat.records import Document


def _doc(text: str, days: list[tuple[str, str]], published: str | None, lang: str = "zh") -> Document:
    return dated_doc(text, days, lang, published)


def test_the_event_day_is_the_day_named_after_the_dateline():
    text = "新华社日内瓦3月5日电 两国外长3月3日在日内瓦签署了一项协议。"
    doc = _doc(text, [("3月5日", "2031-03-05"), ("3月3日", "2031-03-03")], "2031-03-05")
    assert stories.event_day(doc) == "2031-03-03"


def test_a_bracketed_dateline_and_the_traditional_form_are_passed_over_too():
    text = "(河内5日讯)两国代表4日举行会谈。"
    doc = _doc(text, [("5日", "2031-03-05"), ("4日", "2031-03-04")], "2031-03-05")
    assert stories.event_day(doc) == "2031-03-04"
    text = "中央社日內瓦3月5日電 兩國外長3月3日簽署協議。"
    doc = _doc(text, [("3月5日", "2031-03-05"), ("3月3日", "2031-03-03")], "2031-03-05")
    assert stories.event_day(doc) == "2031-03-03"


def test_a_dateline_alone_still_gives_the_day():
    text = "中新网3月5日电 两国外长在日内瓦签署了一项协议。"
    assert stories.event_day(_doc(text, [("3月5日", "--03-05")], None)) == "--03-05"
    assert stories.event_day(_doc(text, [("3月5日", "2031-03-05")], "2031-03-05")) == "2031-03-05"


def test_a_day_in_the_body_before_other_words_is_not_a_dateline():
    text = "两国外长3月3日在日内瓦签署协议,3月5日生效。"
    doc = _doc(text, [("3月3日", "2031-03-03"), ("3月5日", "2031-03-05")], "2031-03-05")
    assert stories.event_day(doc) == "2031-03-03"
    text = "两国外长3月5日在日内瓦签署协议,3月3日曾会面。"
    doc = _doc(text, [("3月5日", "2031-03-05"), ("3月3日", "2031-03-03")], "2031-03-05")
    assert stories.event_day(doc) == "2031-03-05"


def test_a_telephone_call_on_a_day_is_no_dateline():
    text = "两国领导人3月5日电话会谈,3月3日曾会面。"
    doc = _doc(text, [("3月5日", "2031-03-05"), ("3月3日", "2031-03-03")], "2031-03-05")
    assert stories.event_day(doc) == "2031-03-05"


def test_a_dateline_opens_the_text():
    text = "两国外长在日内瓦签署了一项协议,此前双方进行了多轮谈判,最终在各方的共同努力下达成了一致意见。(日内瓦3月5日电) 两国3月3日会面。"
    doc = _doc(text, [("3月5日", "2031-03-05"), ("3月3日", "2031-03-03")], "2031-03-05")
    assert stories.event_day(doc) == "2031-03-05"
