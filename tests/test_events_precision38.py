"""Issue 10, precision: a country named only as the topic of talk is no party (events._drop_topics):
after a topic word ("the situation in", "الأوضاع في", "وضعیت", "tình hình", "ситуация в"), listed right after
such a country ("about Syria, Yemen and Libya"), and also when one other country remains (TOPIC_ALONE).
Sentences composed for the test."""
from __future__ import annotations

from test_events import two_party


def test_situation_in_a_country_is_no_party_beside_one_other(lexical):
    text = "The Egyptian foreign minister discussed the situation in Syria with reporters."
    ms = [("Egyptian", "EGY", "country"), ("Syria", "SYR", "country")]
    assert two_party(lexical, text, "en", ms) == []
    text = "وزير الخارجية المصري بحث الأوضاع في سوريا مع الصحفيين."
    ms = [("المصري", "EGY", "country"), ("سوريا", "SYR", "country")]
    assert two_party(lexical, text, "ar", ms) == []


def test_topic_list_after_the_topic_word(lexical):
    text = "The Saudi and Egyptian ministers met and discussed the situation in Syria, Yemen and Libya."
    ms = [("Saudi", "SAU", "country"), ("Egyptian", "EGY", "country"), ("Syria", "SYR", "country"),
          ("Yemen", "YEM", "country"), ("Libya", "LBY", "country")]
    got = two_party(lexical, text, "en", ms)
    assert got and all({a, b} == {"SAU", "EGY"} for _, a, b in got)
    text = "التقى وزير الخارجية السعودي نظيره المصري وبحثا الأوضاع في سوريا واليمن وليبيا."
    ms = [("السعودي", "SAU", "country"), ("المصري", "EGY", "country"), ("سوريا", "SYR", "country"),
          ("اليمن", "YEM", "country"), ("ليبيا", "LBY", "country")]
    got = two_party(lexical, text, "ar", ms)
    assert got and all({a, b} == {"SAU", "EGY"} for _, a, b in got)


def test_situation_words_in_other_languages(lexical):
    text = "Bộ trưởng Ngoại giao Nga thảo luận về tình hình Syria với báo chí."
    assert two_party(lexical, text, "vi", [("Nga", "RUS", "country"), ("Syria", "SYR", "country")]) == []
    text = "Министр иностранных дел России обсудил ситуацию в Сирии с журналистами."
    assert two_party(lexical, text, "ru", [("России", "RUS", "country"), ("Сирии", "SYR", "country")]) == []


def test_a_country_acted_on_stays(lexical):
    text = "The Russian foreign minister met the Syrian foreign minister in Moscow."
    ms = [("Russian", "RUS", "country"), ("Syrian", "SYR", "country")]
    assert {(a, b) for _, a, b in two_party(lexical, text, "en", ms)} == {("RUS", "SYR")}


def test_topic_countries_of_a_list_are_marked():
    from test_events import make_doc

    from bilat.stages import events
    text = "Egypt and Saudi Arabia discussed the situation in Syria, Yemen and Libya."
    doc = make_doc(text, "en", [("Egypt", "EGY", "country"), ("Saudi Arabia", "SAU", "country"),
                                ("Syria", "SYR", "country"), ("Yemen", "YEM", "country"), ("Libya", "LBY", "country")])
    s = doc.sentences[0]
    ps = [events.Party(m.iso3, m, m.start, True) for m in doc.mentions]
    assert [p.code for p in events._topics(doc.text, s, ps, "en")] == ["SYR", "YEM", "LBY"]
    assert [p.code for p in events._drop_topics(doc.text, s, ps, "en")] == ["EGY", "SAU"]
