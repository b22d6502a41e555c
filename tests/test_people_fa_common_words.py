"""Persian words that are no people (issue 10, helper people): an organisation's noun before a speech verb,
given names that are also common words before a noun or a verb, and the family-name shape read on the word
after the given name. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import person_mentions


def people(stage, text: str) -> list[str]:
    return [m.text.replace("\u00a0", " ") for m in person_mentions(stage, text, "fa")]


@pytest.mark.parametrize("text", [
    "حزب گفت که در انتخابات آینده شرکت خواهد کرد.",
    "جنبش افزود: مبارزه ادامه دارد.",
    "کمیته گفت که گزارش نهایی آماده است.",
    "ائتلاف گفت که نامزد واحد معرفی می‌کند.",
    "شرکت افزود: قرارداد امضا شد.",
])
def test_an_organisation_noun_before_a_speech_verb_is_no_person(stage, text):
    assert people(stage, text) == []


@pytest.mark.parametrize("text", [
    "در یک سال گذشته از عمر مجلس یازدهم، قوانین زیادی تصویب شد.",
    "به امید خداوند در آینده این مشکل حل خواهد شد.",
    "مسلم خون شهیدان راه ما را روشن کرده است.",
    "ما باید این شکست را جبران کنیم و پیروز شویم.",
    "او با دل ایمن وارد شهر شد.",
    "جشن میلاد نور در تالار دانشگاه برگزار شد.",
])
def test_a_common_word_given_name_starts_no_name(stage, text):
    assert people(stage, text) == []


@pytest.mark.parametrize("text, name", [
    ("امید علیزاده گفت که تیم آماده است.", "امید علیزاده"),
    ("عمر رضاپور در این جلسه حضور داشت.", "عمر رضاپور"),
    ("در بیانیه ایمن الظواهری به این موضوع اشاره شد.", "ایمن الظواهری"),
])
def test_a_common_word_given_name_with_a_family_name_shape(stage, text, name):
    assert name in people(stage, text)


def test_a_surname_alone_before_a_speech_verb_stays(stage):
    assert people(stage, "کاظمی گفت که برنامه ادامه دارد.") == ["کاظمی"]


def test_a_common_word_given_name_in_straight_quotes(stage):
    assert "عمر کاملیتی" in people(stage, 'به گفته "عمر کاملیتی"روحانی مسلمانان ایتالیا نگران هستند.')


@pytest.mark.parametrize("text, name", [
    ("وزیر کشور احمد وحیدی گفت که امنیت برقرار است.", "احمد وحیدی"),
    ("وزیر نفت جواد اوجی گفت که صادرات افزایش یافت.", "جواد اوجی"),
])
def test_a_minister_named_after_a_one_word_ministry(stage, text, name):
    assert people(stage, text) == [name]


@pytest.mark.parametrize("text", [
    "علی رغم همه تلاش‌ها، مذاکرات به نتیجه نرسید.",
    "بررسی موضوع استیضاح وزیر در دستور کار مجلس قرار گرفت.",
    "تعداد زیادی از مقامات آمریکایی با این طرح مخالفند.",
])
def test_phrases_that_open_like_a_name(stage, text):
    assert people(stage, text) == []
