"""A country named as the attribute of a non-state actor's head noun (an armed group, a resistance movement,
the opposition, a company, the media: event_lexicon.json nonstate_head) is no party of an event
(events.NONSTATE_HEAD; GUIDE.md: armed groups, companies are no actors). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import make_doc

from bilat.stages import events


def codes(text, lang, mentions):
    doc = make_doc(text, lang, mentions, published="2024-03-01")
    return [p.code for p in events.parties(doc.text, doc.mentions, None, lang)]


@pytest.mark.parametrize("lang,text,mentions,want", [
    ("fa", "مقاومت لبنان به اسرائیل هشدار داد.", [("لبنان", "LBN", "country"), ("اسرائیل", "ISR", "country")],
     ["ISR"]),
    ("fa", "دولت لبنان به اسرائیل هشدار داد.", [("لبنان", "LBN", "country"), ("اسرائیل", "ISR", "country")],
     ["LBN", "ISR"]),
    ("ar", "هدد حزب الله اللبناني إسرائيل بالرد.", [("اللبناني", "LBN", "country"), ("إسرائيل", "ISR", "country")],
     ["ISR"]),
    ("ar", "هددت الحكومة اللبنانية إسرائيل بالرد.", [("اللبنانية", "LBN", "country"), ("إسرائيل", "ISR", "country")],
     ["LBN", "ISR"]),
    ("zh", "黎巴嫩真主党警告以色列。", [("黎巴嫩", "LBN", "country"), ("以色列", "ISR", "country")], ["ISR"]),
    ("zh", "黎巴嫩政府警告以色列。", [("黎巴嫩", "LBN", "country"), ("以色列", "ISR", "country")], ["LBN", "ISR"]),
    ("vi", "Phe đối lập Syria chỉ trích Nga.", [("Syria", "SYR", "country"), ("Nga", "RUS", "country")], ["RUS"]),
    ("vi", "Chính phủ Syria chỉ trích Nga.", [("Syria", "SYR", "country"), ("Nga", "RUS", "country")],
     ["SYR", "RUS"]),
    ("th", "กลุ่มกบฏเยเมนโจมตีซาอุดีอาระเบีย", [("เยเมน", "YEM", "country"), ("ซาอุดีอาระเบีย", "SAU", "country")],
     ["SAU"]),
    ("th", "รัฐบาลเยเมนโจมตีซาอุดีอาระเบีย", [("เยเมน", "YEM", "country"), ("ซาอุดีอาระเบีย", "SAU", "country")],
     ["YEM", "SAU"]),
    ("ru", "Ливанская «Хезболла» пригрозила Израилю.", [("Ливанская", "LBN", "country"), ("Израилю", "ISR", "country")],
     ["ISR"]),
    ("ru", "Ливанская армия пригрозила Израилю.", [("Ливанская", "LBN", "country"), ("Израилю", "ISR", "country")],
     ["LBN", "ISR"]),
    ("en", "Iraqi militias threatened Turkey on Monday.", [("Iraqi", "IRQ", "country"), ("Turkey", "TUR", "country")],
     ["TUR"]),
    ("en", "Iraqi troops threatened Turkey on Monday.", [("Iraqi", "IRQ", "country"), ("Turkey", "TUR", "country")],
     ["IRQ", "TUR"]),
])
def test_a_country_attribute_of_a_nonstate_head_is_no_party(lang, text, mentions, want):
    assert codes(text, lang, mentions) == want


def test_a_country_after_a_conjunction_stays_a_party():
    text = "حزب الله و ایران از سوریه حمایت کردند."
    got = codes(text, "fa", [("ایران", "IRN", "country"), ("سوریه", "SYR", "country")])
    assert got == ["IRN", "SYR"]


def test_an_arabic_head_with_a_clitic_preposition():
    text = "اجتمع وزير المالية الباكستاني مع مسؤولين بشركة صينية."
    got = codes(text, "ar", [("الباكستاني", "PAK", "country"), ("صينية", "CHN", "country")])
    assert got == ["PAK"]


def coded(stage, text, lang, mentions):
    doc = stage(make_doc(text, lang, mentions, published="2024-03-01"))
    return [(e.event, e.actor.code, e.recipient.code) for e in events.exported(doc.events) if e.actor and e.recipient]


def test_the_group_is_the_subject_of_its_act(lexical):
    # the militias threaten, not France named earlier in the sentence
    text = "France welcomed the talks while Iraqi militias threatened Turkey."
    got = coded(lexical, text, "en", [("France", "FRA", "country"), ("Iraqi", "IRQ", "country"),
                                      ("Turkey", "TUR", "country")])
    assert got == []
