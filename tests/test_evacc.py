"""Arabic accusation cues (issue 10, evacc): a conduct called unacceptable (غير مقبول), a flagrant violation
(انتهاك صارخ) and hostile statements (تصريحات عدائية) are ACCUSE triggers of data/event_lexicon.json ar; the accuser (the speaker) acts, the accused
receives. Interference (التدخل في الشؤون) is left out: the noun names the interferer and its victim, not the
accuser, and it gave false events out of fold; so is 'responsibility' without the article (تحمل مسؤولية), which
unvoiced is as often bearing it oneself as holding another responsible. Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import exported_pairs, trigger_types


@pytest.mark.parametrize("text", [
    "وقال الوزير إن تصرفات الحكومة غير مقبولة.",
    "وصفت الوزارة الغارات بأنها انتهاك صارخ للقانون الدولي.",
    "وتعد هذه الممارسات انتهاكا صارخا للقرارات الدولية.",
    "وأشارت الوزارة إلى تصريحات عدائية متكررة من المسؤولين.",
])
def test_accusation_cues_trigger_accuse(text):
    assert "ACCUSE" in trigger_types(text, "ar")


@pytest.mark.parametrize("text", [
    "وقع الوزيران اتفاقية للتعاون الاقتصادي.",
    "وقالت الوزارة إن القرار مقبول لدى الطرفين.",
    "وتحمل الشركة مسؤولية التوزيع في المنطقة.",
])
def test_no_accusation(text):
    assert "ACCUSE" not in trigger_types(text, "ar")


def test_the_accuser_acts_on_the_accused(lexical):
    text = "وقالت مصر إن تصريحات تركيا الأخيرة غير مقبولة."
    got = exported_pairs(lexical, text, "ar", [("مصر", "EGY", "country"), ("تركيا", "TUR", "country")])
    assert ("ACCUSE", "EGY", "TUR") in got
    assert ("ACCUSE", "TUR", "EGY") not in got


def test_flagrant_violation_direction(lexical):
    text = "وقالت فلسطين إن قرار إسرائيل بناء المستوطنات انتهاك صارخ للقانون الدولي."
    got = exported_pairs(lexical, text, "ar", [("فلسطين", "PSE", "country"), ("إسرائيل", "ISR", "country")])
    assert ("ACCUSE", "PSE", "ISR") in got
    assert ("ACCUSE", "ISR", "PSE") not in got
