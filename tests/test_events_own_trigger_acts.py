"""Further acts of a multi-act sentence (issue 10, evmulti): a specific trigger word that no event of the sentence
used, opening a clause of its own (a comma, semicolon or "and" before it), is an event of its own when its pair is
the main act's (the subject goes on: "met Y and signed an agreement") or the two countries of its own clause, one
before the word ("A met B; C met D"); `events.OWN_TRIGGER_ACTS`. Sentences composed for the test (no corpus
sentence)."""
from __future__ import annotations

from test_events import make_doc, pairs

from bilat.stages import events


def test_a_meeting_and_a_signing_joined_by_and_are_two_acts(lexical):
    text = "The Indonesian president met his Korean counterpart in Seoul and signed a deal on fisheries."
    ms = [("Indonesian", "IDN", "demonym"), ("Korean", "KOR", "demonym")]
    got = pairs(lexical(make_doc(text, "en", ms)))
    assert ("CONSULT", "IDN", "KOR") in got and ("SUPPORT", "IDN", "KOR") in got, got


def test_without_the_switch_the_signing_is_lost(lexical, monkeypatch):
    monkeypatch.setattr(events, "OWN_TRIGGER_ACTS", False)
    text = "The Indonesian president met his Korean counterpart in Seoul and signed a deal on fisheries."
    ms = [("Indonesian", "IDN", "demonym"), ("Korean", "KOR", "demonym")]
    got = pairs(lexical(make_doc(text, "en", ms)))
    assert not [e for e in got if e[0] == "SUPPORT"], got


def test_chinese_talks_then_a_signing_after_bing(lexical):
    text = "老挝总理在万象同泰国总理举行会谈，两国并签署了铁路合作协议。"
    ms = [("老挝", "LAO", "country"), ("泰国", "THA", "country")]
    got = pairs(lexical(make_doc(text, "zh", ms)))
    assert ("CONSULT", "LAO", "THA") in got and ("SUPPORT", "LAO", "THA") in got, got


def test_vietnamese_talks_and_a_signing(lexical):
    text = "Thủ tướng Lào hội đàm với Thủ tướng Campuchia tại Viêng Chăn và ký kết thỏa thuận về thương mại biên giới."
    ms = [("Lào", "LAO", "country"), ("Campuchia", "KHM", "country")]
    got = pairs(lexical(make_doc(text, "vi", ms)))
    assert ("CONSULT", "LAO", "KHM") in got and ("SUPPORT", "LAO", "KHM") in got, got


def test_arabic_reception_then_a_signing_after_wa(lexical):
    text = "استقبل الرئيس التونسي وزير الخارجية الليبي في قصر قرطاج ووقع الجانبان مذكرة تفاهم في مجال الطاقة."
    ms = [("التونسي", "TUN", "demonym"), ("الليبي", "LBY", "demonym")]
    got = {(e, frozenset((a, r))) for e, a, r in pairs(lexical(make_doc(text, "ar", ms)))}
    assert ("CONSULT", frozenset(("TUN", "LBY"))) in got and ("SUPPORT", frozenset(("TUN", "LBY"))) in got, got


def test_a_second_pair_after_a_semicolon_is_its_own_meeting(lexical):
    text = "Chile met Peru in Lima on Monday; Brazil met Argentina in Brasilia the next day."
    ms = [("Chile", "CHL", "country"), ("Peru", "PER", "country"), ("Brazil", "BRA", "country"),
          ("Argentina", "ARG", "country")]
    got = pairs(lexical(make_doc(text, "en", ms)))
    assert ("CONSULT", "CHL", "PER") in got and ("CONSULT", "BRA", "ARG") in got, got
    assert not [e for e in got if {e[1], e[2]} in ({"CHL", "BRA"}, {"PER", "ARG"}, {"CHL", "ARG"})], got


def test_the_act_asked_for_after_and_is_no_second_act(lexical):
    """"urged Y to halt the tests and sign the treaty": the signing is what is asked, not done."""
    text = "Japan urged North Korea to halt its missile tests and sign the nuclear treaty."
    ms = [("Japan", "JPN", "country"), ("North Korea", "PRK", "country")]
    got = pairs(lexical(make_doc(text, "en", ms)))
    assert ("REQUEST", "JPN", "PRK") in got and not [e for e in got if e[0] == "SUPPORT"], got


def test_a_noun_object_of_the_main_verb_is_no_second_act(lexical):
    """"rejected the accusations": the accusation is what is rejected, no comma or "and" opens its clause."""
    text = "Hungary rejected the accusations made by Romania over the border incident."
    ms = [("Hungary", "HUN", "country"), ("Romania", "ROU", "country")]
    got = pairs(lexical(make_doc(text, "en", ms)))
    assert ("REJECT", "HUN", "ROU") in got and not [e for e in got if e[0] == "ACCUSE"], got


def test_a_third_country_named_as_the_new_subject_is_no_continuation(lexical):
    """After "and" a clause naming its own subject (Chile) with no second country of its own keeps no act of the
    main pair: the signing is Chile's, with no one named, so none is coded."""
    text = "Peru met Bolivia in La Paz, and Chile signed a decree on mining."
    ms = [("Peru", "PER", "country"), ("Bolivia", "BOL", "country"), ("Chile", "CHL", "country")]
    got = pairs(lexical(make_doc(text, "en", ms)))
    assert ("CONSULT", "PER", "BOL") in got and not [e for e in got if e[0] == "SUPPORT"], got


def test_a_one_sided_act_going_on_names_its_recipient_after_the_word(lexical):
    """A one-sided act going on from the main act's subject keeps the main pair only when its recipient is named after
    the word in its own clause: "met his Egyptian counterpart ..., and imposed sanctions on a shipping firm" is no
    sanction on Egypt."""
    text = "The Turkish minister met his Egyptian counterpart in Cairo, and imposed sanctions on a shipping firm."
    ms = [("Turkish", "TUR", "demonym"), ("Egyptian", "EGY", "demonym")]
    got = pairs(lexical(make_doc(text, "en", ms)))
    assert ("CONSULT", "TUR", "EGY") in got and not [e for e in got if e[0] == "SANCTION"], got


def test_a_word_after_another_acts_word_is_its_object_not_a_new_clause(lexical):
    """"，並決定制裁上月簽署協議的美國公司": the signing is told of the firms the (weak) sanction word acts on; another
    act's word between the join and the word makes it no clause of its own, so no SUPPORT of the meeting's pair."""
    text = "中國官員在北京會見美國官員，並決定制裁上月簽署協議的美國公司。"
    ms = [("中國", "CHN", "country"), ("北京", "CHN", "place"), ("美國", "USA", "country"), ("美國", "USA", "country", 1)]
    got = pairs(lexical(make_doc(text, "zh", ms)))
    assert {e[1:] for e in got if e[0] == "CONSULT"} & {("CHN", "USA"), ("USA", "CHN")}, got
    assert not [e for e in got if e[0] == "SUPPORT"], got
