"""A sentence that opens with a reporting verb and leaves its subject out ("وقال إن ...", "وقال عقب اتصال هاتفي مع
...": he said) goes on with the speech of the last person named before it; that person's country is its first party
(events.IMPLIED_SPEAKER, data/event_lexicon.json "implied_speaker"). Sentences composed for the test."""
from __future__ import annotations

import pytest
import test_events


def two_party(stage, text, mentions):
    return test_events.two_party(stage, text, "ar", mentions, published="2015-07-21")


OPENING = "استقبل الرئيس الإيراني حسن روحاني أمس وفدا اقتصاديا. "
IR = [("الإيراني", "IRN", "country"), ("حسن روحاني", "IRN", "person")]


@pytest.mark.parametrize("second, mentions, want", [
    ("وقال عقب اتصال هاتفي مع أمير قطر إن الاتفاق سيقود إلى علاقات أوثق.", [("قطر", "QAT", "country")],
     ("CONSULT", "IRN", "QAT")),
    ("وقال إن بلاده أدانت بشدة تصريحات البحرين الأخيرة.", [("البحرين", "BHR", "country")], ("ACCUSE", "IRN", "BHR")),
    ("وأضاف: لقد أدانت بلادنا بشدة تصريحات البحرين الأخيرة.", [("البحرين", "BHR", "country")],
     ("ACCUSE", "IRN", "BHR")),
])
def test_a_subjectless_reporting_verb_continues_the_last_speaker(lexical, second, mentions, want):
    assert want in two_party(lexical, OPENING + second, IR + mentions)


@pytest.mark.parametrize("second, mentions", [
    # a subject after the verb: the named person speaks, not the one before
    ("وقال كيري إن بلاده أدانت بشدة تصريحات البحرين الأخيرة.", [("كيري", "USA", "person"), ("البحرين", "BHR", "country")]),
    # no reporting verb opening the sentence
    ("ونقلت الوكالة أن بلاده أدانت بشدة تصريحات البحرين الأخيرة.", [("البحرين", "BHR", "country")]),
])
def test_no_implied_speaker_without_a_subjectless_opening(lexical, second, mentions):
    assert not any(a == "IRN" for _, a, _ in two_party(lexical, OPENING + second, IR + mentions))


def test_no_speaker_without_a_person_before(lexical):
    text = "وصل الوفد الاقتصادي أمس. وقال عقب اتصال هاتفي مع أمير قطر إن الاتفاق سيقود إلى علاقات أوثق."
    assert two_party(lexical, text, [("قطر", "QAT", "country")]) == []


@pytest.mark.parametrize("text, want", [
    ("وقال إننا نبحث دائما عن طرق لمواجهة إيران.", []),  # "we look for ways": no talks
    ("وقال إننا نبحث عن طرق لمواجهة إيران.", []),
    ("وقال إنه بحث مع إيران العلاقات الثنائية.", [("CONSULT", "USA", "IRN")]),  # "he discussed with Iran"
])
def test_searching_for_is_no_discussion(lexical, text, want):
    opening = "قال وزير الدفاع الأمريكي آشتون كارتر إن الاتفاق جيد. "
    ms = [("الأمريكي", "USA", "country"), ("آشتون كارتر", "USA", "person"), ("إيران", "IRN", "country")]
    assert [t for t in two_party(lexical, opening + text, ms) if t[0] == "CONSULT"] == want
