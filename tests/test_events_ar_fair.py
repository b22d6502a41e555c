"""Maghrebi تظاهرة (an event, a fair, a festival) with the field it is about ('تظاهرة ثقافية', 'التظاهرة
العقارية', 'تظاهرات رياضية') is no demonstration: EXCLUDE words of data/event_lexicon.json ar, so the PROTEST stem
'تظاهر' inside them triggers nothing. A تظاهرة with no such field, or the verb تظاهر, still does. Sentences composed
for the test."""
from __future__ import annotations

import pytest
from test_events import trigger_types


@pytest.mark.parametrize("text", [
    "افتتحت في الرباط التظاهرة الثقافية الكبرى بمشاركة فنانين من عدة دول.",
    "تشكل هذه التظاهرة العقارية فرصة للمستثمرين الأجانب.",
    "تحتضن المدينة كل عام تظاهرة رياضية دولية للشباب.",
    "شاركت الوزارة في التظاهرات الاقتصادية التي نظمت في العاصمة.",
])
def test_a_fair_is_no_protest(text):
    assert "PROTEST" not in trigger_types(text, "ar")


@pytest.mark.parametrize("text", [
    "خرجت تظاهرة حاشدة في العاصمة تنديدا بالقرار.",
    "تظاهر آلاف المواطنين أمام السفارة.",
    "قطعت التظاهرة الشارع الرئيسي للمدينة.",
])
def test_a_demonstration_is_still_one(text):
    assert "PROTEST" in trigger_types(text, "ar")
