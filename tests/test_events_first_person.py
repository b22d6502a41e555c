"""A first-person plural word inside a quotation ("we", "our", "نحن", "我们", data/event_lexicon.json
"first_person") stands for the speaker's country: the people named outside the quotation in its sentence, or in the
sentences before while the quotation goes on (events.QUOTED_SPEAKER). Not in the narration, and not when the
speaker is not one known country. Sentences composed for the test."""
from __future__ import annotations

import pytest
import test_events

from bilat.stages import events


def en(stage, text, mentions):
    return test_events.two_party(stage, text, "en", mentions)


KERRY = ("Kerry", "USA", "person")
NK = ("North Korea", "PRK", "country")


@pytest.mark.parametrize("text, mentions", [
    ('"We strongly condemn the missile launch by North Korea," Kerry said.', [NK, KERRY]),
    ('Kerry spoke to reporters in Geneva. "We strongly condemn the missile launch by North Korea," he said.',
     [KERRY, NK]),
    # a quotation of several sentences: the speaker named before it opened
    (('Kerry spoke to reporters in Geneva. "The talks were long. We strongly condemn the missile launch by North '
     'Korea," he said.'), [KERRY, NK]),
])
def test_a_quoted_we_is_the_speakers_country(lexical, text, mentions):
    assert ("ACCUSE", "USA", "PRK") in en(lexical, text, mentions)


@pytest.mark.parametrize("text, mentions", [
    # narration, no quotation
    ("Kerry spoke to reporters in Geneva. We strongly condemn the missile launch by North Korea.", [KERRY, NK]),
    # two speakers of two countries named outside the quotation
    ('"We strongly condemn the missile launch by North Korea," Kerry told Wang Yi.',
     [NK, KERRY, ("Wang Yi", "CHN", "person")]),
    # a speaker of no known country: not the one named before
    ('Kerry spoke to reporters in Geneva. "We strongly condemn the missile launch by North Korea," Smith said.',
     [KERRY, NK, ("Smith", None, "person")]),
    # a narrated sentence between the speaker and the quotation
    (('Kerry spoke to reporters in Geneva. The talks were long. "We strongly condemn the missile launch by North '
     'Korea," a reporter wrote.'), [KERRY, NK]),
])
def test_no_speaker_country_without_one_quoted_speaker(lexical, text, mentions):
    assert not any(a == "USA" for _, a, _ in en(lexical, text, mentions))


def test_arabic_quotation_opened_the_sentence_before(lexical):
    text = "وقال جون كيري: «إن المحادثات كانت طويلة. نحن ندين بشدة تصريحات إيران الأخيرة»."
    got = test_events.two_party(lexical, text, "ar", [("جون كيري", "USA", "person"), ("إيران", "IRN", "country")])
    assert ("ACCUSE", "USA", "IRN") in got


def test_a_person_quoted_is_no_speaker():
    # Arabic news writes ” to open a quotation as often as “: Khashoggi is inside it, Erdogan outside
    text = "وقال أردوغان: ” تابعنا قضية خاشقجي في مجلس الشيوخ."
    assert events._quoted(text, 0, text.index("خاشقجي"), len(text))
    assert not events._quoted(text, 0, text.index("أردوغان"), len(text))
    text = 'Chúng tôi sẽ trả lời", người phát ngôn Zakharova nói.'
    assert events._quoted(text, 0, 0, len(text))
    assert not events._quoted(text, 0, text.index("Zakharova"), len(text))
