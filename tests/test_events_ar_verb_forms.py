"""Arabic forms of common acts the lexicon lacked (data/event_lexicon.json triggers.ar, issue 10, evar52): the
feminine past "دانت" (condemned, the form a country takes), "وافق/وافقت على" (agreed to), "نوه ب" and the participles
"منوها ب", "مشيدا ب" (praised), "ساند"/"مساندة" (backed), "تعازي" (condolences), "بقلق" (with concern). Sentences
composed for the test."""
from __future__ import annotations

import pytest
from test_events import trigger_types, two_party


def C(*xs):
    return [(x, c, "country") for x, c in xs]


@pytest.mark.parametrize("text, mentions, want", [
    ("دانت الأردن الغارات التي شنتها إسرائيل على لبنان.", C(("الأردن", "JOR"), ("إسرائيل", "ISR"), ("لبنان", "LBN")),
     ("ACCUSE", "JOR", "ISR")),
    ("ووافقت اليونان على طلب قبرص بإرسال فرق إطفاء.", C(("اليونان", "GRC"), ("قبرص", "CYP")),
     ("AGREE", "GRC", "CYP")),
    ("ونوه الرئيس التونسي بجهود الجزائر في المنطقة.", C(("التونسي", "TUN"), ("الجزائر", "DZA")),
     ("SUPPORT", "TUN", "DZA")),
    ("وأكد الوزير الكويتي مساندة بلاده للأردن في مواجهة الأزمة.", C(("الكويتي", "KWT"), ("للأردن", "JOR")),
     ("SUPPORT", "KWT", "JOR")),
    ("وقدم الرئيس المصري تعازيه للمغرب في ضحايا الزلزال.", C(("المصري", "EGY"), ("للمغرب", "MAR")),
     ("SUPPORT", "EGY", "MAR")),
    ("وتتابع الحكومة الجزائرية بقلق التحركات العسكرية لمالي على الحدود.", C(("الجزائرية", "DZA"), ("لمالي", "MLI")),
     ("ACCUSE", "DZA", "MLI")),
])
def test_the_form_is_coded(lexical, text, mentions, want):
    assert want in two_party(lexical, text, "ar", mentions)


@pytest.mark.parametrize("text", [
    "زار السائح الإيطالي دانتي مدينة فاس.",  # a name beginning with the letters of "دانت" is no condemnation
    "وكان الوزير منوها في كلمته.",  # the participle with no object praises nobody
])
def test_no_act_without_the_construction(text):
    assert "ACCUSE" not in trigger_types(text, "ar") and "SUPPORT" not in trigger_types(text, "ar")


def test_one_word_is_one_trigger():
    # 'أدانت' holds 'ادان' and, after the prefix ا, 'دانت': one condemnation (events.SAME_WORD_LANGS)
    assert trigger_types("أدانت تونس القرار.", "ar") == ["ACCUSE"]
