"""Arabic: a name set off by commas after a role phrase that names no country ("مدير برامج الإغاثة في المنظمة،
|مانويل غارسيا|،"): a person, unless the first word carries a clitic or the span reads as a noun phrase."""

from __future__ import annotations

import pytest
from conftest import person_countries

from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage()


@pytest.mark.parametrize("text,name", [
    ("وقال مدير برامج الإغاثة في المنظمة، ماريو لوبيز، في بيان إن الوضع خطير.", "ماريو لوبيز"),
    ("وأكد وزير الصناعة والتجارة،سمير حداد، أمس أن الصادرات ارتفعت.", "سمير حداد"),
])
def test_name_after_role_phrase_without_country(stage, text, name):
    assert name in person_countries(stage, text, "ar")


@pytest.mark.parametrize("text", [
    "وطالب المدعي العام، حسب الوكالة، بمعلومات إضافية عن القضية.",
    "وفاز رئيس الحزب، بأغلبية المقاعد، في الانتخابات الأخيرة.",
])
def test_phrase_after_role_comma_is_no_name(stage, text):
    assert person_countries(stage, text, "ar") == {}
