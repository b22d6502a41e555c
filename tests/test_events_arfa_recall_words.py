"""Arabic and Persian phrasings of acts the lexicons lacked (issue 10, evrecall; data/event_lexicon.json triggers.ar /
triggers.fa), and a capital acting on the country named right after it (events.CITY_SAME_COUNTRY). Sentences
composed for the test."""
from __future__ import annotations

import dataclasses

import pytest
from test_events import make_doc, trigger_types

from bilat.stages import events


@pytest.mark.parametrize("text, lang, want", [
    ("وأعرب الوزير عن ترحيب بلاده بالاتفاق.", "ar", "SUPPORT"),
    ("وقال إن الحكومة ترحب بالخطوة.", "ar", "SUPPORT"),
    ("وأكد تأييده لكافة الإجراءات التي تتخذها الحكومة.", "ar", "SUPPORT"),
    ("وقال إن الحكومة تؤيد قرار جارتها.", "ar", "SUPPORT"),
    ("وسحبت الحكومة سفيرها من العاصمة.", "ar", "SANCTION"),
    ("وقطعت الحكومة العلاقات مع جارتها.", "ar", "SANCTION"),
    ("وقررت الحكومة إغلاق السفارة في العاصمة.", "ar", "SANCTION"),
    ("وأمرت الحكومة الملحق الثقافي بمغادرة البلاد خلال 72 ساعة.", "ar", "SANCTION"),
    ("ومنحت الحكومة جارتها قرضا بقيمة مليار دولار.", "ar", "AID"),
    ("واحتجت الحكومة على تصريحات السفير.", "ar", "PROTEST"),
    ("وخرج الوزير مطالبا بالإفراج عن المعتقلين.", "ar", "REQUEST"),
    ("وشنت الطائرات ضربات جوية على مواقع الجيش.", "ar", "ASSAULT"),
    ("وأرسل الجيش تعزيزات عسكرية إلى الحدود.", "ar", "MOBILIZE"),
    ("واتفق الجانبان على تعزيز التنسيق الأمني.", "ar", "COOPERATE"),
    ("ودعا إلى تحميل الحكومة المسؤولية الكاملة عن الهجوم.", "ar", "ACCUSE"),
    ("وزیر خارجه با همتای خود تماس گرفت.", "fa", "CONSULT"),
    ("دولت از این طرح پشتیبانی کرد.", "fa", "SUPPORT"),
    ("وزیر با خانواده قربانیان ابراز همدردی کرد.", "fa", "SUPPORT"),
    ("دولت همسایه را مقصر دانست.", "fa", "ACCUSE"),
    ("این قرارداد روز دوشنبه به امضا رسید.", "fa", "SUPPORT"),
])
def test_the_phrasing_is_a_trigger(text, lang, want):
    assert want in trigger_types(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("وتحدث الداعية القرضاوي عن التجربة.", "ar"),  # a name holding قرضا is no loan
    ("ورفع المتظاهرون أيديهم.", "ar"),  # أيدي (hands) is no endorsement
    ("وأيدت اللجنة الصيغة المقترحة للمادة.", "ar"),  # أيدت left out: a committee endorsing a text (dev)
])
def test_the_new_words_stay_inside_their_forms(text, lang):
    types = trigger_types(text, lang)
    assert "AID" not in types and "SUPPORT" not in types


def _capital_doc(text: str, capital: str, iso_capital: str, country: str, iso_country: str):
    doc = make_doc(text, "ar", [(capital, iso_capital, "place"), (country, iso_country, "country")])
    ms = tuple(dataclasses.replace(m, form="capital") if m.kind == "place" else m for m in doc.mentions)
    return dataclasses.replace(doc, mentions=ms)


def test_a_capital_acts_on_the_country_after_it(lexical):
    doc = lexical(_capital_doc("دعت بغداد تركيا إلى تجنب التصعيد.", "بغداد", "IRQ", "تركيا", "TUR"))
    got = [(e.event, e.actor.code, e.recipient.code) for e in events.exported(doc.events) if e.actor and e.recipient]
    assert ("REQUEST", "IRQ", "TUR") in got


def test_a_city_of_the_country_still_names_where(lexical):
    """"اسطنبول التركية": the country right after its own city says where, no party of the warning."""
    doc = make_doc("وحذرت روسيا من هجمات في اسطنبول التركية.", "ar",
                   [("روسيا", "RUS", "country"), ("اسطنبول", "TUR", "place"), ("التركية", "TUR", "country")])
    doc = lexical(doc)
    assert not [e for e in events.exported(doc.events) if e.actor and e.recipient and e.recipient.code == "TUR"]



def _with_forms(doc, forms: dict[str, str]):
    ms = tuple(dataclasses.replace(m, form=forms[m.text]) if m.text in forms else m for m in doc.mentions)
    return dataclasses.replace(doc, mentions=ms)


def _pairs(doc) -> list[tuple[str, str, str]]:
    return [(e.event, e.actor.code, e.recipient.code) for e in events.exported(doc.events) if e.actor and e.recipient]


def test_a_demonym_after_a_named_city_is_where(lexical):
    """"في مدينة نيويورك الأميركية": the demonym says where the city is (New York no mention), no party of the signing."""
    doc = make_doc("ووقعت مصر في مدينة نيويورك الأميركية مع ناميبيا بروتوكول إقامة علاقات دبلوماسية.", "ar",
                   [("مصر", "EGY", "country"), ("أميركية", "USA", "country"), ("ناميبيا", "NAM", "country")])
    got = _pairs(lexical(_with_forms(doc, {"مصر": "name", "أميركية": "demonym", "ناميبيا": "name"})))
    assert ("SUPPORT", "EGY", "NAM") in got and not [g for g in got if "USA" in g[1:]]


def test_a_demonym_of_a_government_still_acts(lexical):
    doc = make_doc("ووقعت مصر اتفاقية مع الحكومة الأميركية.", "ar",
                   [("مصر", "EGY", "country"), ("أميركية", "USA", "country")])
    assert ("SUPPORT", "EGY", "USA") in _pairs(lexical(_with_forms(doc, {"مصر": "name", "أميركية": "demonym"})))


@pytest.mark.parametrize("text, want", [
    ("وقال إن بلاده ستواصل الوقوف إلى جانب الحكومة.", "SUPPORT"),
])
def test_arabic_standing_by(text, want):
    assert want in trigger_types(text, "ar")


@pytest.mark.parametrize("text", ["وزیر خارجه با همتای خود گفت و گو کرد.", "دو وزیر گفت وگو کردند."])
def test_persian_talks_written_with_spaces(text):
    assert "CONSULT" in trigger_types(text, "fa")


@pytest.mark.parametrize("text", ["مدیر مرکز گفت وگوی جهانی در این شهر است.", "در آستانه گفت و گو با همسایه."])
def test_persian_talks_with_spaces_need_their_verb(text):
    """The noun with spaces for its ZWNJ names a topic or a name without its light verb (NOUN_USE_SPACES)."""
    assert "CONSULT" not in trigger_types(text, "fa")
