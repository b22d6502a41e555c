"""Arabic reported clauses that open with their verb or noun right after إن/أن, the subject after it
(events.AR_VERB_FIRST_CLAUSE): the act is that subject's on the clause's other country, not the speaker's; a clause
opening with a pronoun on إن ("إنها") is still the speaker's. Sentences composed for the test."""
from __future__ import annotations

from test_events import two_party

from bilat.stages import events

SPEAKER_CLAUSE = "وقال وزير الخارجية المصري إن اعتراف الولايات المتحدة بسيادة إسرائيل على الجولان خطوة خطيرة."
MS = [("المصري", "EGY", "country"), ("الولايات المتحدة", "USA", "country"), ("إسرائيل", "ISR", "country")]


def test_the_subject_after_the_clause_verb_acts(lexical):
    got = two_party(lexical, SPEAKER_CLAUSE, "ar", MS)
    assert got and all(a != "EGY" and b != "EGY" for _, a, b in got)


def test_a_pronoun_on_the_complementiser_keeps_the_speaker(lexical):
    text = "وأعلنت الحكومة المصرية أنها اعترفت بسيادة إسرائيل على أراضيها أمام الولايات المتحدة."
    ms = [("المصرية", "EGY", "country"), ("إسرائيل", "ISR", "country"), ("الولايات المتحدة", "USA", "country")]
    got = two_party(lexical, text, "ar", ms)
    assert any(a == "EGY" for _, a, _b in got)


def test_without_the_rule_the_speaker_was_a_party(lexical, monkeypatch):
    monkeypatch.setattr(events, "AR_VERB_FIRST_CLAUSE", False)
    got = two_party(lexical, SPEAKER_CLAUSE, "ar", MS)
    assert any("EGY" in (a, b) for _, a, b in got)
