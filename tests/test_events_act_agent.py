"""A one-sided reaction to "this move" (plover.ACT_ANAPHORA) that names one side only is on the country whose act
the sentence before told (events.ACT_AGENT, events._act_agent). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import make_doc

from bilat.stages import events


def coded(stage, text: str, lang: str, mentions) -> list[tuple[str, str, str | None]]:
    """(type, actor, recipient) of every event of the document, exported or not (the lexical stage has no classifier
    vote to lift a carried party's confidence)."""
    doc = stage(make_doc(text, lang, mentions, published="2024-03-01"))
    return [(e.event, e.actor.code, e.recipient.code if e.recipient else None) for e in doc.events if e.actor]


def test_english_reaction_to_the_move_told_before(lexical):
    text = "Iran launched a military satellite on Wednesday.\nFrance condemned this move on Friday."
    got = coded(lexical, text, "en", [("Iran", "IRN", "country"), ("France", "FRA", "country")])
    assert ("ACCUSE", "FRA", "IRN") in got


def test_english_co_subjects_each_react_to_the_mover(lexical):
    text = "Iran launched a military satellite on Wednesday.\nAmerica and France condemned this move."
    got = coded(lexical, text, "en", [("Iran", "IRN", "country"), ("America", "USA", "country"),
                                      ("France", "FRA", "country")])
    assert ("ACCUSE", "USA", "IRN") in got and ("ACCUSE", "FRA", "IRN") in got


def test_no_pointing_phrase_no_recipient(lexical):
    # the same reaction without "this move": the list acts on no one named (events.CO_SUBJECTS, unchanged)
    text = "Iran launched a military satellite on Wednesday.\nAmerica and France condemned the launch of rockets."
    got = coded(lexical, text, "en", [("Iran", "IRN", "country"), ("America", "USA", "country"),
                                      ("France", "FRA", "country")])
    assert not any(r == "IRN" for _, _, r in got)


def test_the_mover_must_be_named_close_before(lexical):
    text = ("Iran launched a military satellite on Wednesday.\nThe weather was mild.\nPrices rose.\n"
            "Officials met.\nFrance condemned this move on Friday.")
    got = coded(lexical, text, "en", [("Iran", "IRN", "country"), ("France", "FRA", "country")])
    assert not any(r == "IRN" for _, _, r in got)


def test_persian_this_act(lexical):
    text = "ایران روز چهارشنبه یک ماهواره نظامی پرتاب کرد.\nآمریکا و فرانسه این اقدام را محکوم کردند."
    got = coded(lexical, text, "fa", [("ایران", "IRN", "country"), ("آمریکا", "USA", "country"),
                                      ("فرانسه", "FRA", "country")])
    assert ("ACCUSE", "USA", "IRN") in got and ("ACCUSE", "FRA", "IRN") in got


def test_russian_such_a_step(lexical):
    text = "Палестина попросила ООН признать государство.\nИзраиль отвергает подобный шаг."
    got = coded(lexical, text, "ru", [("Палестина", "PSE", "country"), ("Израиль", "ISR", "country")])
    assert ("REJECT", "ISR", "PSE") in got


def test_chinese_this_move(lexical):
    text = "日本宣布向该海域派遣军舰。\n中国强烈谴责此举。"
    got = coded(lexical, text, "zh", [("日本", "JPN", "country"), ("中国", "CHN", "country")])
    assert ("ACCUSE", "CHN", "JPN") in got


def test_vietnamese_this_move(lexical):
    text = "Nga tuyên bố trục xuất hai nhà ngoại giao.\nSéc lên án động thái này."
    got = coded(lexical, text, "vi", [("Nga", "RUS", "country"), ("Séc", "CZE", "country")])
    assert ("ACCUSE", "CZE", "RUS") in got


def test_act_agent_skips_the_reacting_country():
    # the mover is the first country named before that the reacting sentence does not name itself
    ctx = events.Ctx(index=3, country_at=2, last_named=(events.Party("FRA", None, 0, True),
                                                        events.Party("IRN", None, 5, True)))
    doc = make_doc("France condemned this move.", "en", [("France", "FRA", "country")])
    s = doc.sentences[0]
    own = [events.Party("FRA", doc.mentions[0], 0, True)]
    assert events._act_agent(ctx, doc.text, s, "en", own).code == "IRN"
    assert events._act_agent(events.Ctx(index=3, country_at=0, last_named=ctx.last_named), doc.text, s, "en",
                             own) is None


# --- which sentences naming one country or none are embedded (the classifier may then type their act) ----------


def test_a_reaction_to_this_move_naming_one_country_is_embedded():
    doc = make_doc("Iran launched a satellite.\nFrance condemned this move.", "en",
                   [("Iran", "IRN", "country"), ("France", "FRA", "country")])
    ms = events._sentence_mentions(doc)
    assert events._one_country(ms[1]) and events.find_in(doc.text, doc.sentences[1].start, doc.sentences[1].end,
                                                         "en", events.plover.ACT_ANAPHORA)
    assert not events.find_in(doc.text, doc.sentences[0].start, doc.sentences[0].end, "en",
                              events.plover.ACT_ANAPHORA)


@pytest.mark.parametrize("text, lang, want", [
    ("และพร้อมที่จะขยายความร่วมมือด้านการศึกษาต่อไป", "th", True),     # "and [they are] ready to widen cooperation"
    ("ความร่วมมือด้านการศึกษาขยายตัวต่อไป", "th", False),
    ("Đồng thời, hai nước sẽ mở rộng hợp tác giáo dục.", "vi", True),  # "at the same time, ..."
    ("Hai nước sẽ mở rộng hợp tác giáo dục.", "vi", False),
    ("同时，双方将扩大教育合作。", "zh", True),
    ("双方将扩大教育合作。", "zh", False),
])
def test_a_line_opening_with_a_continuation_word(text, lang, want):
    doc = make_doc(text, lang)
    assert events._opens_continuation(doc.text, doc.sentences[0], lang) is want

