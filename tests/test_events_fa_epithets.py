"""Persian state epithets and what looks like a party but is none (issue 10, Persian events and actors).

- Epithets of the Iranian press that stand for a state (scripts/gazetteer_src/countries_extra.json): the Zionists
  and everything Zionist (صهیونیست‌ها, صهیونیستی, رژیم غاصب صهیونیستی) for Israel, آل سعود (the ruling house) for
  Saudi Arabia, شیطان بزرگ (the Great Satan) for the United States; but بنی اسرائیل (the Israelites) is no state,
  and آل سعود at the end of a person's name chain ("سلمان بن عبدالعزیز آل سعود") is his family name
  (entities._house_in_name).
- An intergovernmental organisation's official named with his role right after his name and no comma ("محمد
  البرادعی مدیر کل آژانس ...") acts for the organisation, not his country (events.APPOSITION_BARE_LANGS).
- A country inside a quoted title ("همایشی با عنوان «...»") acts in nothing (events.TITLED).

Sentences composed for the test (no corpus sentence).
"""
from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages import events
from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage(learn=False)


def states(stage, text: str, lang: str = "fa") -> list[str]:
    """The countries a text names as states, as bench/countries.py counts them."""
    doc = stage(Document(id="t", source="t", original=text, text=text, lang=lang))
    return sorted({m.iso3 for m in doc.mentions if m.iso3 and (m.kind == "country" or m.form == "capital")})


@pytest.mark.parametrize("text, want", [
    ("صهیونیست‌ها دیروز به روستاهای لبنان حمله کردند.", ["ISR", "LBN"]),
    ("صهیونیستها باز هم وعده خود را شکستند.", ["ISR"]),
    ("صهیونیست ها باز هم وعده خود را شکستند.", ["ISR"]),
    ("نظامیان صهیونیستی یک نوجوان را بازداشت کردند.", ["ISR"]),
    ("رژیم غاصب صهیونیستی شهر را محاصره کرد.", ["ISR"]),
    ("رژیم صهیونیست بار دیگر سوریه را تهدید کرد.", ["ISR", "SYR"]),
    ("آل سعود حجاج ایرانی را از سفر حج منع کرد.", ["IRN", "SAU"]),
    ("شیطان بزرگ هر روز توطئه تازه‌ای علیه ایران می‌چیند.", ["IRN", "USA"]),
])
def test_epithets_name_the_state(stage, text, want):
    assert states(stage, text) == want


@pytest.mark.parametrize("text, want", [
    # the Israelites of scripture are no state; Egypt beside them still is
    ("داستان بنی اسرائیل و فرعون در کلاس خوانده شد.", []),
    ("بنی‌اسرائیل از مصر خارج شدند.", ["EGY"]),
    # Zionism, the doctrine, is no state
    ("صهیونیسم موضوع این کتاب است.", []),
    # the ruling house at the end of a person's name chain is his family name
    ("ملک سلمان بن عبدالعزیز آل سعود پیام تبریک فرستاد.", []),
    # a plain devil is no state
    ("شیطان در این داستان نقش اصلی را دارد.", []),
])
def test_near_misses_name_no_state(stage, text, want):
    assert states(stage, text) == want


def codes(tagger, text):
    return [p.code for p in events.parties(text, tagger.mentions(text, "fa"), None, "fa")]


def test_an_organisation_official_with_his_role_after_the_name_acts_for_no_state(tagger):
    # the role follows the name with no comma: the official acts for the agency, not for Egypt
    assert codes(tagger, "محمد البرادعی مدیر کل آژانس بین المللی انرژی اتمی با وزیر خارجه ایران دیدار کرد.") \
        == ["IRN"]
    # a country's official keeps his state, however his role is set
    assert codes(tagger, "سرگئی لاوروف وزیر خارجه روسیه با وزیر خارجه ایران دیدار کرد.")[:1] == ["RUS"]


@pytest.mark.parametrize("text, want", [
    ("همایشی با عنوان «همکاری ایران و عراق در مبارزه با تروریسم» در دانشگاه برگزار شد.", []),
    ("کتابی تحت عنوان «روابط چین و ژاپن» منتشر شد.", []),
    # outside the title the countries are parties again
    ("وزیر خارجه ایران در همایشی با عنوان «صلح پایدار» با همتای عراقی خود دیدار کرد.", ["IRN", "IRQ"]),
    # به عنوان ("as") opens no title
    ("ایران به عنوان «میزبان» از عراق دعوت کرد.", ["IRN", "IRQ"]),
])
def test_a_country_in_a_quoted_title_is_no_party(tagger, text, want):
    assert codes(tagger, text) == want


def test_an_official_known_for_an_international_office_alone_acts_for_no_state(tagger):
    # ElBaradei, named alone: the gazetteer knows him as the IAEA's director general only (igo_officials.persons)
    text = "آقای البرادعی قرار بود به ایران بیاید."
    ms = tagger.mentions(text, "fa")
    assert any(m.kind == "person" and m.iso3 == "EGY" for m in ms)  # his mention keeps his country
    officials = events._org_officials(text, [ms], ms, "fa")
    assert [p.code for p in events.parties(text, ms, None, "fa", officials)] == ["IRN"]
    # a state's official named alone stays his state's party
    text = "لاوروف قرار بود به ایران بیاید."
    ms = tagger.mentions(text, "fa")
    assert [p.code for p in events.parties(text, ms, None, "fa", events._org_officials(text, [ms], ms, "fa"))] \
        == ["RUS", "IRN"]
