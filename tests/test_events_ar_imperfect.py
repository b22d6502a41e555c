"""Arabic imperfect (present) forms of the ACCUSE and REQUEST verbs whose stem is not the past stem with a
prefix (issue 10): the alef of أفعل/افتعل/استفعل drops and دعا becomes يدعو, so 'يدين', 'تنتقد', 'نستنكر',
'تتهم', 'تدعو' were found by no past-tense stem. Their other senses ('يدين له بالفضل' owes, 'التدين'
religiosity) are EXCLUDE words. Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import make_doc, pairs

MS = [("السعودية", "SAU", "country"), ("النمسا", "AUT", "country")]


@pytest.mark.parametrize("text,event", [
    ("السعودية تدين بشدة قرار النمسا الأخير.", "ACCUSE"),
    ("قال الوزير إن السعودية ندين موقف النمسا.", "ACCUSE"),
    ("السعودية تستنكر تصريحات النمسا.", "ACCUSE"),
    ("وزير خارجية السعودية يستنكر سياسة النمسا.", "ACCUSE"),
    ("السعودية تنتقد النمسا بسبب القرار.", "ACCUSE"),
    ("السعودية تتهم النمسا بدعم الإرهاب.", "ACCUSE"),
    ("السعودية تدعو النمسا إلى وقف التصعيد.", "REQUEST"),
])
def test_arabic_imperfect_forms_are_triggers(lexical, text, event):
    assert (event, "SAU", "AUT") in [p[:3] for p in pairs(lexical(make_doc(text, "ar", MS)))]


@pytest.mark.parametrize("text", [
    "قالت النمسا إن السعودية تدين لها بالفضل في نجاح المؤتمر.",
    "يدين له رئيس السعودية بالفضل، قال مسؤول من النمسا.",
    "تحدث باحث من السعودية عن التدين في النمسا.",
])
def test_arabic_other_senses_of_the_imperfect_forms(lexical, text):
    assert not [p for p in pairs(lexical(make_doc(text, "ar", MS))) if p[0] == "ACCUSE"]
