"""Arabic: a name set off by commas right after a role phrase that carries its country (a nisba, a
country's name) is a person of that country (names._ar_name_after_role_comma); a span between the commas
that is no name (a time, a prepositional phrase, plural nouns) or a phrase with no country is not read."""

from __future__ import annotations

import pytest

from bilat.stages import names
from bilat.stages.names import Registry


def persons(tagger, text, lang="ar"):
    mentions, _ = Registry(tagger).process(text, lang)
    return [(m.text, m.iso3) for m in mentions if m.kind == "person"]


@pytest.mark.parametrize("text, name, iso3", [
    ("وأوضح وزير الزراعة الكندي، ويلمار هارتسفيلد، أن الصادرات ارتفعت هذا العام.", "ويلمار هارتسفيلد", "CAN"),
    ("وقالت ممثلة دولة قطر ، نورة الخاطر، إن بلادها تدعم الحوار.", "نورة الخاطر", "QAT"),
    ("وأكد القنصل العام الفرنسي بطنجة، ماتيو لوران -دوكلو، أن القنصلية ستفتح أبوابها.", "ماتيو لوران -دوكلو", "FRA"),
    ("وقال سفير اليابان لدى المغرب، هيروشي ماتسوكا، إن التعاون يتطور.", "هيروشي ماتسوكا", "JPN"),
    ("وأشارت مندوبة كندا لدى الأمم المتحدة، ويلما هارتسفيلد، إلى أهمية الحوار.", "ويلما هارتسفيلد", "CAN"),
])
def test_name_between_commas_after_role_phrase(tagger, text, name, iso3):
    assert (name, iso3) in persons(tagger, text)


@pytest.mark.parametrize("text", [
    "وأعلن وزير الخارجية الألماني، في مؤتمر صحفي، أن برلين تدعم الحل.",
    "وقال وزير الزراعة الكندي، يوم الخميس، إن الصادرات ارتفعت.",
    "وقال سفير فرنسا، الدول الأعضاء، إن الحل قريب.",
    "وقال وزير الزراعة، ويلمار هارتسفيلد، إن الصادرات ارتفعت.",
    # (people53: "وقال وزير الزراعة الكندي، ويلمار هارتسفيلد إن ..." is read by the role reader since the complement
    # الزراعة anchors the role to its nisba, as "وزير الخارجية الكندي، X إن" always was: test_people53_ar_complement.py)
    "وقال وزير الزراعة الكندي، المدير العام للشركة، إن الصادرات ارتفعت.",
])
def test_no_name_between_commas(tagger, text):
    assert not persons(tagger, text)


def test_flag_off_leaves_the_apposition_unread(tagger, monkeypatch):
    monkeypatch.setattr(names, "AR_ROLE_COMMA", False)
    monkeypatch.setattr(names, "AR_COMPLEMENT_NISBA", False)  # (people53: the role reader now anchors وزير |الزراعة| الكندي)
    text = "وأوضح وزير الزراعة الكندي، ويلمار هارتسفيلد، أن الصادرات ارتفعت هذا العام."
    assert ("ويلمار هارتسفيلد", "CAN") not in persons(tagger, text)
