"""Arabic accusations told by a noun (data/event_lexicon.json triggers.ar, issue 10, evar52): involvement ("تورط",
"متورط"), interference ("التدخلات", "التدخل في الشؤون الداخلية") and the accusation itself ("اتهام") are ACCUSE of the
state they name; a call to a counterpart ("اتصل ... بنظيره") is a phone call. Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import trigger_types, two_party


def C(*xs):
    return [(x, c, "country") for x, c in xs]


@pytest.mark.parametrize("text, mentions, want", [
    ("وأشارت الكويت إلى تورط العراق في تهريب الأسلحة.", C(("الكويت", "KWT"), ("العراق", "IRQ")),
     ("ACCUSE", "KWT", "IRQ")),
    ("وأشار البيان البحريني إلى التدخلات الإيرانية المستمرة في شؤون المنطقة.",
     C(("البحريني", "BHR"), ("الإيرانية", "IRN")), ("ACCUSE", "BHR", "IRN")),
])
def test_the_accusing_noun_is_coded(lexical, text, mentions, want):
    assert want in two_party(lexical, text, "ar", mentions)


def test_call_to_a_counterpart_is_a_call():
    assert "CONSULT" in trigger_types("اتصل الرئيس السنغالي أمس بنظيره الغامبي.", "ar")
