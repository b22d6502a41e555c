"""Persian events (issue 10, evfa2): a sanctions noun in its possessed form ("تحریم‌های آمریکا", America's sanctions)
is a SANCTION by the possessor, on the country after "علیه" or else on the home country named; a negated objection
("مخالفتی ندارد", "ناقض ... نیست") is SUPPORT; a reaction ("در واکنش به") to another state's act is ACCUSE.
Sentences composed for the test."""
from __future__ import annotations

from test_events import exported_pairs

from bilat.stages import events

USA, IRN, RUS, AUS = ("آمریکا", "USA", "country"), ("ایران", "IRN", "country"), ("روسیه", "RUS", "country"), \
    ("استرالیا", "AUS", "country")


def test_possessed_sanctions_against_a_country(lexical):
    text = "این شرکت به اتهام نقض تحریم‌های آمریکا علیه ایران در کانادا جریمه شد."
    got = exported_pairs(lexical, text, "fa", [USA, IRN, ("کانادا", "CAN", "country")])
    assert ("SANCTION", "USA", "IRN") in got
    assert ("SANCTION", "IRN", "USA") not in got


def test_possessed_sanctions_with_modifier_on_the_home_country(lexical):
    text = "رئیس‌جمهور تداوم تحریم‌های یکجانبه آمریکا در دوران کرونا را غیرانسانی خواند و از کمک نکردن به ایران گفت."
    assert ("SANCTION", "USA", "IRN") in exported_pairs(lexical, text, "fa", [USA, IRN])


def test_home_country_after_the_noun_is_no_imposer_without_against(lexical, monkeypatch):
    text = "سخنگو درباره تحریم‌های ایران و روسیه سخن گفت."
    with_rule = exported_pairs(lexical, text, "fa", [IRN, RUS])
    monkeypatch.setattr(events, "POSSESSED_SANCTION", False)
    assert with_rule == exported_pairs(lexical, text, "fa", [IRN, RUS])  # the rule adds nothing here


def test_indefinite_sanctions_have_no_possessor(lexical):
    text = "استرالیا تحریم‌های جدیدی را علیه روسیه اعمال کرد و ایران آن را دید."
    got = exported_pairs(lexical, text, "fa", [AUS, RUS, IRN])
    assert ("SANCTION", "RUS", "IRN") not in got


def test_possessed_sanctions_in_a_list_of_headlines_tell_nothing(lexical):
    text = "تحریم‌های جدید آمریکا علیه ایران، مهم‌ترین عناوین اخبار امروز است."
    assert exported_pairs(lexical, text, "fa", [USA, IRN]) == []


def test_negated_objection_is_support(lexical):
    text = "آمریکا هیچ مخالفتی با موضع چین در این باره ندارد."
    got = exported_pairs(lexical, text, "fa", [USA, ("چین", "CHN", "country")])
    assert ("SUPPORT", "USA", "CHN") in got
    assert not any(e in ("REJECT", "ACCUSE") for e, _, _ in got)


def test_negated_violation_is_support_and_plain_violation_stays_accuse(lexical):
    text = "روسیه گفته است اقدام ایران ناقض قطعنامه شورای امنیت نیست."
    assert ("SUPPORT", "RUS", "IRN") in exported_pairs(lexical, text, "fa", [RUS, IRN])
    text = "روسیه گفته است اقدام ایران ناقض قطعنامه شورای امنیت است."
    got = exported_pairs(lexical, text, "fa", [RUS, IRN])
    assert ("SUPPORT", "RUS", "IRN") not in got


def test_reaction_to_another_states_act_is_an_accusation(lexical):
    text = "یک مقام نظامی ایران در واکنش به دستور رئیس‌جمهوری آمریکا، مبنی بر توقیف کشتی‌ها گفت که این کار بی‌فایده است."
    assert ("ACCUSE", "IRN", "USA") in exported_pairs(lexical, text, "fa", [IRN, USA])


def test_reaction_told_by_a_threat_or_to_an_offer_adds_no_accusation(lexical, monkeypatch):
    threat = "فرمانده ایران در واکنش به لفاظی مقام‌های آمریکا گفت: هر اقدامی با پاسخ قاطع ما مواجه خواهد شد."
    offer = "وزیر خارجه ایران در واکنش به ابراز تمایل آمریکا برای ارسال کمک به ایران، گفت که نیازی نیست."
    got = {t: exported_pairs(lexical, t, "fa", [IRN, USA]) for t in (threat, offer)}
    monkeypatch.setattr(events, "REACTION", False)
    for t in (threat, offer):
        assert got[t] == exported_pairs(lexical, t, "fa", [IRN, USA])
