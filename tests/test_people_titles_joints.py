"""People cut at name joints and titles after a name (issue 10, part 3; composed sentences)."""

from __future__ import annotations

import pytest

from bilat.stages.names import Registry


def persons(tagger, text, lang):
    mentions, _ = Registry(tagger).process(text, lang)
    return [m.text for m in mentions if m.kind == "person"]


@pytest.mark.parametrize(("text", "name"), [
    ("وأوضح النقيب سالم محمد العنزي أن الفرق وصلت", "سالم محمد العنزي"),
    ("وقال يوسف أحمد الكعبي إن الاتفاق جيد", "يوسف أحمد الكعبي"),
])
def test_an_arabic_family_name_after_two_given_names_is_read(tagger, text, name):
    assert name in persons(tagger, text, "ar")


@pytest.mark.parametrize(("text", "name"), [
    ("والتقى أحمد محمد المسؤولين في الوزارة", "أحمد محمد المسؤولين"),
    ("وقال خالد محمد السابق إن الأمر انتهى", "خالد محمد السابق"),
])
def test_a_noun_or_adjective_after_two_given_names_is_no_family_name(tagger, text, name):
    assert name not in persons(tagger, text, "ar")


def test_an_arabic_country_only_title_after_a_name_ends_it(tagger):
    found = persons(tagger, "وقال الدكتور فهد العمري المدير الإقليمي للبرنامج إن", "ar")
    assert "فهد العمري" in found
    assert not any("المدير" in n for n in found)


def test_a_persian_surname_with_a_spaced_aldini_is_read_whole(tagger):
    found = persons(tagger, "نورتاج الدینی در پایان با اشاره به بودجه، تصریح کرد: کار ادامه دارد.", "fa")
    assert "نورتاج الدینی" in found


def test_a_later_form_spaced_otherwise_takes_the_full_names_country(tagger):
    mentions, _ = Registry(tagger).process(
        "به گزارش فارس، حجت الاسلام علی نور تاج‌الدینی نماینده مردم اهواز گفت. "
        "نورتاج الدینی در پایان با اشاره به بودجه، تصریح کرد: کار ادامه دارد.", "fa")
    later = [m for m in mentions if m.kind == "person" and m.text == "نورتاج الدینی"]
    assert later
    assert later[0].iso3 == "IRN"


def test_a_foreign_surname_spelt_with_another_vowel_is_the_gazetteer_person(tagger):
    mentions, _ = Registry(tagger).process("مایک پامپئو روز دوشنبه در مصاحبه‌ای با یک شبکه گفت.", "fa")
    found = [(m.entity, m.iso3) for m in mentions if m.kind == "person"]
    assert ("bilat:person:mike-pompeo-usa", "USA") in found


def test_an_arabic_name_is_no_spelling_variant_of_another(tagger):
    registry = Registry(tagger)
    assert registry._known_by_skeleton("محمد بن سليمان", "ar") is None  # not محمد بن سلمان
    assert registry._known_by_skeleton("مایک پامپئو", "fa") == "bilat:person:mike-pompeo-usa"
