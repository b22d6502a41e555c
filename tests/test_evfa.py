"""Persian events (issue 10, evfa): an unnamed home official opening a sentence acts for the home country, recipients
listed before a verb-final trigger are each met, and a one-sided act told in the speech after "گفت:" is on the
country named in that speech, not on the one met. Sentences composed for the test."""
from __future__ import annotations

from test_events import exported_pairs


def test_unnamed_home_minister_opening_a_sentence_is_the_home_country(lexical):
    text = "وزیر امور خارجه روز دوشنبه با وزیر خارجه عراق دیدار و گفت‌وگو کرد."
    assert ("CONSULT", "IRN", "IRQ") in exported_pairs(lexical, text, "fa", [("عراق", "IRQ", "country")])


def test_home_role_owned_by_a_country_right_after_it_is_that_country(lexical):
    text = "وزیر خارجه ترکیه روز دوشنبه با وزیر خارجه عراق دیدار و گفت‌وگو کرد."
    got = exported_pairs(lexical, text, "fa", [("ترکیه", "TUR", "country"), ("عراق", "IRQ", "country")])
    assert ("CONSULT", "TUR", "IRQ") in got
    assert not any("IRN" in p for p in got)


def test_home_role_after_a_named_person_adds_nothing(lexical):
    text = "امیر قطر روز دوشنبه با وزیر خارجه عراق دیدار کرد."
    got = exported_pairs(lexical, text, "fa", [("قطر", "QAT", "country"), ("عراق", "IRQ", "country")])
    assert not any("IRN" in p for p in got)


def test_recipients_listed_before_the_verb_are_each_met_up_to_the_topic(lexical):
    text = "وزیر خارجه آمریکا در تماس با وزیران خارجه عمان و فرانسه درباره وضعیت سوریه گفت‌وگو کرد."
    got = exported_pairs(lexical, text, "fa", [("آمریکا", "USA", "country"), ("عمان", "OMN", "country"),
                                 ("فرانسه", "FRA", "country"), ("سوریه", "SYR", "country")])
    assert ("CONSULT", "USA", "OMN") in got and ("CONSULT", "USA", "FRA") in got
    assert ("CONSULT", "USA", "SYR") not in got


def test_act_in_the_speech_after_a_call_is_on_the_country_named_in_the_speech(lexical):
    text = "رئیس‌جمهور ایران در تماس تلفنی با نخست‌وزیر ایتالیا گفت: «فشارهای آمریکا بر مردم ما غیر انسانی است»."
    got = exported_pairs(lexical, text, "fa", [("ایران", "IRN", "country"), ("ایتالیا", "ITA", "country"),
                                 ("آمریکا", "USA", "country")])
    assert ("ACCUSE", "IRN", "ITA") not in got
    assert ("ACCUSE", "IRN", "USA") in got


def test_act_told_with_a_meeting_is_on_the_third_country_not_the_one_met(lexical):
    text = "رئیس‌جمهور ایران در دیدار با نخست‌وزیر ایتالیا از اقدامات آمریکا انتقاد کرد."
    got = exported_pairs(lexical, text, "fa", [("ایران", "IRN", "country"), ("ایتالیا", "ITA", "country"),
                                 ("آمریکا", "USA", "country")])
    assert ("ACCUSE", "IRN", "ITA") not in got
    assert ("ACCUSE", "IRN", "USA") in got


def test_act_on_the_one_met_stays_when_only_a_topic_country_follows(lexical):
    text = "رئیس‌جمهور ایران در دیدار با نخست‌وزیر ایتالیا درباره سوریه از ایتالیا انتقاد کرد."
    got = exported_pairs(lexical, text, "fa", [("ایران", "IRN", "country"), ("ایتالیا", "ITA", "country"),
                                 ("سوریه", "SYR", "country"), ("ایتالیا", "ITA", "country", 1)])
    assert ("ACCUSE", "IRN", "SYR") not in got
