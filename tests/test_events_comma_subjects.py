"""Countries listed by commas alone before a one-sided act (SVO languages, the next country after the verb) all act
on it (events.COMMA_SUBJECTS), and the Chinese enumeration comma "、" joins a list as a conjunction does
(events.ENUMERATION_COMMA). Sentences composed for the test."""
from __future__ import annotations

from test_events import two_party

from bilat.stages import events

VI = [("Ba Lan", "POL", "country"), ("Séc", "CZE", "country"), ("Nga", "RUS", "country")]
EN = [("Poland", "POL", "country"), ("Lithuania", "LTU", "country"), ("Russia", "RUS", "country")]
ZH = [("波兰", "POL", "country"), ("捷克", "CZE", "country"), ("俄罗斯", "RUS", "country")]


def test_vietnamese_comma_list_acts_on_the_country_after_the_verb(lexical):
    got = two_party(lexical, "Ba Lan, Séc trục xuất các nhà ngoại giao Nga.", "vi", VI)
    assert sorted(got) == [("SANCTION", "CZE", "RUS"), ("SANCTION", "POL", "RUS")]


def test_english_comma_list_acts_on_the_country_after_the_verb(lexical):
    got = two_party(lexical, "Poland, Lithuania condemned Russia on Friday.", "en", EN)
    assert sorted(got) == [("ACCUSE", "LTU", "RUS"), ("ACCUSE", "POL", "RUS")]


def test_comma_list_with_no_country_after_the_verb_is_unchanged(lexical):
    # no one named after the verb: the comma-only pair is read as before (no list of subjects)
    before = events.COMMA_SUBJECTS
    try:
        events.COMMA_SUBJECTS = False
        off = two_party(lexical, "Poland, Lithuania condemned the decision.", "en", EN[:2])
    finally:
        events.COMMA_SUBJECTS = before
    assert two_party(lexical, "Poland, Lithuania condemned the decision.", "en", EN[:2]) == off


def test_verb_final_comma_pair_is_not_a_list():
    assert not events._comma_subjects("fa", events.Trigger(10, 15, "ACCUSE", None, "subj", 1.0),
                                      [events.Party("TUR", None, 0, True), events.Party("GRC", None, 5, True)],
                                      [events.Party("TUR", None, 0, True), events.Party("GRC", None, 5, True),
                                       events.Party("ARE", None, 20, True)])


def test_chinese_enumeration_comma_lists_actors(lexical):
    got = two_party(lexical, "波兰、捷克驱逐俄罗斯外交官。", "zh", ZH)
    assert sorted(got) == [("SANCTION", "CZE", "RUS"), ("SANCTION", "POL", "RUS")]
