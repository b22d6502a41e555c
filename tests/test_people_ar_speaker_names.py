"""Arabic people named in full right after a speech verb, with no role word before them and no listed given
name (issue 10, people, dev batch 39): "وقال جاريد كوشنر، مستشار ..." and "وأكد X Y أن ...", closed by a comma,
a colon, a bracket or "that". Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import person_mentions


def people(stage, text: str) -> list[str]:
    return [m.text.replace("\u00a0", " ") for m in person_mentions(stage, text, "ar")]


@pytest.mark.parametrize("text, name", [
    ("وقال غاريث سوثغيت، المدرب السابق للمنتخب، إن الفريق تراجع كثيرا.", "غاريث سوثغيت"),
    ("وأكد هيرفي غوردان أن الحكومة لن تستقيل قبل الانتخابات.", "هيرفي غوردان"),
    ("وأضاف ريكاردو بيريرا (45 عاما) أن الاحتجاجات ستستمر.", "ريكاردو بيريرا"),
    ("وقالت ماريان كولر: إن المفاوضات ما زالت متعثرة.", "ماريان كولر"),
])
def test_full_name_after_a_speech_verb(stage, text, name):
    assert name in people(stage, text)


def test_surname_alone_later_is_the_same_speaker(stage):
    text = "وقال هيرفي غوردان، إن الحكومة باقية. وأضاف غوردان أن الانتخابات ستجرى في موعدها."
    found = people(stage, text)
    assert "هيرفي غوردان" in found and "غوردان" in found


@pytest.mark.parametrize("text", [
    "وقال مسؤول أمريكي، إن الوفد سيصل غدا.",
    "وقال مصدر مطلع، إن الاتفاق بات قريبا.",
    "وأكد شهود عيان أن الانفجار وقع صباحا.",
    "وقال الناطق الرسمي، إن الوزارة تتابع الملف.",
    "وأكد البيان الختامي أن الدول الأعضاء ملتزمة بالاتفاق.",
])
def test_common_nouns_after_a_speech_verb_are_no_names(stage, text):
    assert people(stage, text) == []


def test_known_surname_and_a_noun_after_the_verb_are_no_new_name(stage):
    text = "وقال وزير الخارجية المصري سامح شكري إن مصر مستقرة. وأكد شكري ضرورة أن يتوقف القتال."
    assert "شكري ضرورة" not in people(stage, text)
