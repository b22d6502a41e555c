"""Second spoken acts in one sentence (issue 10, evtype): a sentence whose main act is spoken (ACCUSE, REQUEST,
THREATEN, REJECT) and that goes on, after a comma or "and" (`events.CHAIN_JOIN`), with a specific trigger of another
of these types tells that act too, of the same pair ("criticised X and warned of a response"; events.VERBAL_CHAIN);
a warning after a meeting or call is an act told in the meeting's setting (THREATEN joined `SETTING_ACTS`); and trigger
words added to data/event_lexicon.json (a country called a threat is accused, joint patrols, countermeasures, a Persian
apology, Chinese "expressed appreciation", a press conference with a counterpart). Sentences composed for the test (no
corpus sentence)."""
from __future__ import annotations

from test_events import make_doc, pairs, trigger_types

from bilat.stages import events


def test_a_criticism_and_a_warning_joined_by_and_are_two_acts(lexical):
    text = "Russia criticised Poland over the new base and warned of a firm response."
    ms = [("Russia", "RUS", "country"), ("Poland", "POL", "country")]
    got = pairs(lexical(make_doc(text, "en", ms)))
    assert ("ACCUSE", "RUS", "POL") in got and ("THREATEN", "RUS", "POL") in got, got


def test_a_persian_concern_and_a_request_joined_by_va_are_two_acts(lexical):
    text = "وزارت خارجه فرانسه از آزمایش موشکی ایران ابراز نگرانی کرد و از ایران خواست به تعهدات خود پایبند باشد."
    ms = [("فرانسه", "FRA", "country"), ("ایران", "IRN", "country"), ("ایران", "IRN", "country")]
    got = pairs(lexical(make_doc(text, "fa", ms)))
    assert ("ACCUSE", "FRA", "IRN") in got and ("REQUEST", "FRA", "IRN") in got, got


def test_the_act_asked_for_with_no_join_is_no_second_act(lexical):
    """"urged Y to reject the offer": the refusal is what is asked, not said; no comma or "and" opens it."""
    text = "Germany urged Austria to reject the offer from the company."
    ms = [("Germany", "DEU", "country"), ("Austria", "AUT", "country")]
    got = pairs(lexical(make_doc(text, "en", ms)))
    assert ("REQUEST", "DEU", "AUT") in got and not [e for e in got if e[0] == "REJECT"], got


def test_without_the_switch_only_the_first_act(lexical, monkeypatch):
    monkeypatch.setattr(events, "VERBAL_CHAIN", frozenset())
    text = "Russia criticised Poland over the new base and warned of a firm response."
    ms = [("Russia", "RUS", "country"), ("Poland", "POL", "country")]
    got = pairs(lexical(make_doc(text, "en", ms)))
    assert ("ACCUSE", "RUS", "POL") in got and not [e for e in got if e[0] == "THREATEN"], got


def test_a_warning_after_a_call_is_a_second_event_of_the_pair(lexical):
    text = "Egypt's foreign minister spoke by phone with his Ethiopian counterpart and warned Ethiopia against filling the dam."
    ms = [("Egypt", "EGY", "country"), ("Ethiopian", "ETH", "demonym"), ("Ethiopia", "ETH", "country")]
    got = pairs(lexical(make_doc(text, "en", ms)))
    assert ("CONSULT", "EGY", "ETH") in got and ("THREATEN", "EGY", "ETH") in got, got


def test_joined_needs_a_comma_or_and_close_before_the_trigger():
    text = "Russia criticised Poland over the new base and warned of a firm response."
    at = text.index("warned")
    trig = events.Trigger(at, at + 6, "THREATEN", None, "subj", 1.0)
    assert events._joined(text, text.index("criticised") + 10, trig)
    plain = "Germany urged Austria to stop its threats."
    at = plain.index("threats")
    assert not events._joined(plain, plain.index("urged") + 5, events.Trigger(at, at + 7, "THREATEN", None, "subj", 1.0))


# --- words (data/event_lexicon.json, evtype) --------------------------------------------------------


def test_calling_a_country_a_threat_is_an_accusation_not_a_threat():
    """The noun "threat" said of a country ("China poses a threat to us", "最大威胁", "یک تهدید ... خواند") is an
    accusation; the verb stays a threat."""
    assert set(trigger_types("Washington says Beijing poses a threat to the region.", "en")) == {"ACCUSE"}
    assert set(trigger_types("美方称中国是美国的最大威胁。", "zh")) == {"ACCUSE"}
    assert set(trigger_types("وزیر خارجه آن را یک تهدید علیه کشورش خواند.", "fa")) == {"ACCUSE"}
    assert set(trigger_types("Москва считает, что это представляет угрозу для её безопасности.", "ru")) == {"ACCUSE"}
    assert set(trigger_types("Russia threatened Georgia.", "en")) == {"THREATEN"}
    assert set(trigger_types("日本威胁中国。", "zh")) == {"THREATEN"}


def test_joint_patrols_are_military_cooperation():
    for text, lang in (("Пограничники двух стран начали совместное патрулирование.", "ru"),
                       ("Hải quân hai nước tiến hành tuần tra chung.", "vi"),
                       ("سيرت القوات الروسية والتركية دوريات مشتركة في المنطقة.", "ar"),
                       ("نیروهای دو کشور گشت مشترک برگزار کردند.", "fa")):
        trig = next(t for t in events.find_triggers(text, 0, len(text), lang))
        assert (trig.event, trig.mode) == ("COOPERATE", "military"), (lang, trig)


def test_countermeasures_apologies_and_expressed_appreciation():
    assert set(trigger_types("马尼拉表示将对中方的行为采取反制措施。", "zh")) == {"THREATEN"}
    assert set(trigger_types("Tokyo announced countermeasures against Seoul.", "en")) == {"THREATEN"}
    assert set(trigger_types("وزیر خارجه ژاپن از کره معذرت‌خواهی کرد.", "fa")) == {"CONCEDE"}
    praise = "越南总理对日方的支持表示赞赏。"
    assert max(events.find_triggers(praise, 0, len(praise), "zh"), key=lambda t: t.strength).event == "SUPPORT"


def test_a_press_conference_held_with_a_counterpart_is_a_meeting():
    text = "وقال في مؤتمر صحافي عقده مع نظيره المصري إن العلاقات قوية."
    assert set(trigger_types(text, "ar")) == {"CONSULT"}
    assert set(trigger_types("The two ministers spoke at a joint press conference.", "en")) == {"CONSULT"}


def test_a_missile_test_is_no_strike_and_a_strategic_dialogue_is_a_meeting():
    assert "ASSAULT" not in set(trigger_types("Iran test-fired two ballistic missiles on Tuesday.", "en"))
    assert "ASSAULT" in set(trigger_types("Iran fired two ballistic missiles at the base.", "en"))
    assert set(trigger_types("Officials met at the strategic dialogue between China and South Korea.", "en")) >= {"CONSULT"}
