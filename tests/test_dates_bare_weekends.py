"""A weekend with no direction word (issue 11): the coming weekend, or the one gone by when the sentence is clearly
past; "this weekend" / "last weekend" keep their own reading. Sentences composed here; publication Tuesday 2025-03-11."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2025-03-11"
COMING = ("2025-03-15", "2025-03-16")
GONE = ("2025-03-08", "2025-03-09")


def _got(text, lang, pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize("lang,text,phrase,days", [
    ("en", "The ministers will meet at the weekend.", "at the weekend", COMING),
    ("en", "The ministers met over the weekend.", "over the weekend", GONE),
    ("ru", "Министры встретятся на выходных.", "на выходных", COMING),
    ("ru", "Министры встретились в выходные.", "в выходные", GONE),
    ("zh", "两国外长将于周末会晤。", "周末", COMING),
    ("vi", "Hai bộ trưởng sẽ gặp nhau cuối tuần.", "cuối tuần", COMING),
    ("th", "รัฐมนตรีจะพบกันช่วงสุดสัปดาห์", "ช่วงสุดสัปดาห์", COMING),
    ("ar", "سيلتقي الوزيران في عطلة نهاية الأسبوع.", "في عطلة نهاية الأسبوع", COMING),
])
def test_a_bare_weekend_is_the_coming_one_unless_past(lang, text, phrase, days):
    assert _got(text, lang) == [(phrase, *days)]


def test_published_on_the_weekend_it_is_that_weekend():
    assert _got("The ministers will meet at the weekend.", "en", "2025-03-16") == [("at the weekend", *COMING)]
    assert _got("The ministers meet at the weekend.", "en", "2025-03-15") == [("at the weekend", *COMING)]


@pytest.mark.parametrize("lang,text,phrase,days", [
    ("en", "The ministers meet this weekend.", "this weekend", COMING),
    ("zh", "两国外长上周末会晤。", "上周末", GONE),
    ("vi", "Hai bộ trưởng đã gặp nhau vào cuối tuần qua.", "cuối tuần qua", GONE),
    ("th", "รัฐมนตรีพบกันสุดสัปดาห์ที่ผ่านมา", "สุดสัปดาห์ที่ผ่านมา", GONE),
    ("ru", "Министры встретились на прошлых выходных.", "на прошлых выходных", GONE),
])
def test_a_weekend_with_a_direction_word_keeps_it(lang, text, phrase, days):
    assert _got(text, lang) == [(phrase, *days)]


@pytest.mark.parametrize("lang,text", [
    ("en", "The ministers meet over the weekend of March 22."),  # the weekend of a date: that date's
    ("ru", "Музей закрыт в выходные дни."),  # days off in general
    ("zh", "每周末都有集市。"),  # every weekend
    ("vi", "Chợ họp mỗi cuối tuần."),
    ("th", "ตลาดเปิดทุกสุดสัปดาห์"),
    ("th", "นิตยสารเนชั่นสุดสัปดาห์ฉบับใหม่"),  # a name ending in the word
])
def test_every_weekend_and_names_are_no_bare_weekend(lang, text):
    assert not any(d.text.endswith(("weekend", "выходные дни", "周末", "cuối tuần", "สุดสัปดาห์"))
                   for d in find_dates(text, lang, PUB))
