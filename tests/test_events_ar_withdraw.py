"""Arabic سحب (to pull, withdraw) is a RETREAT only with troops as its object (data/event_lexicon.json ar RETREAT:
'سحب قوات', 'سحبت * جنود' ...): a video, a statement, a flag or a nationality withdrawn is no retreat of a country.
انسحب/انسحاب stay triggers of their own. Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import trigger_types


@pytest.mark.parametrize("text", [
    "نشرت الوزارة بيانا على موقعها ثم سحبته بعد ساعات من الانتقادات.",
    "قررت المحكمة سحب الجنسية من رجل أدين بالتخابر مع جهة أجنبية.",
    "طالب الوفد المنظمين بسحب علم الحركة من القاعة.",
    "سحب البنك المركزي ورقة نقدية قديمة من التداول.",
])
def test_a_thing_withdrawn_is_no_retreat(text):
    assert "RETREAT" not in trigger_types(text, "ar")


@pytest.mark.parametrize("text", [
    "سحبت روسيا قواتها من المنطقة الحدودية.",
    "أعلنت الحكومة سحب القوات من المدينة.",
    "قررت واشنطن سحب ألفي جندي من البلاد.",
    "سحبت الولايات المتحدة مئات الجنود من القاعدة.",
    "انسحبت القوات من المدينة أمس.",
])
def test_troops_withdrawn_are_a_retreat(text):
    assert "RETREAT" in trigger_types(text, "ar")
