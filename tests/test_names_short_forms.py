"""Short forms of a person named in full earlier in the article (names.short_form, surname_mentions):
the family name first for Chinese and Korean names in English and Russian (Wang Yi -> Wang, Kim Jong
Un -> Kim), a three-letter Cyrillic surname (Наото Кан -> Кан), and any Russian case of the surname
(Сергея Лаврова -> Лаврову). Sentences composed for the test."""
from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages import entities, names


@pytest.fixture(scope="module")
def stage():
    return entities.make_stage(learn=False)


def persons(stage, text, lang):
    doc = stage(Document(id="t", source="t", original="", lang=lang, text=text))
    return [(m.text, m.entity, m.iso3) for m in doc.mentions if m.kind == "person"]


@pytest.mark.parametrize("text,full,short,lang", [
    ("Chinese Foreign Minister Wang Yi arrived in Jakarta on Tuesday. Wang told reporters the talks would cover trade.",
     "Wang Yi", "Wang", "en"),
    ("North Korean leader Kim Jong Un inspected a new factory. Kim praised the workers, state media said.",
     "Kim Jong Un", "Kim", "en"),
    ("Премьер-министр Японии Наото Кан прибыл в Сеул. Кан обсудил с коллегой вопросы торговли.",
     "Наото Кан", "Кан", "ru"),
    ("Глава МИД России Сергей Лавров прилетел в Анкару. Турецкий министр вручил Лаврову письмо.",
     "Сергей Лавров", "Лаврову", "ru"),
])
def test_short_form_is_the_person_named_in_full(stage, text, full, short, lang):
    found = persons(stage, text, lang)
    whole = [f for f in found if f[0] == full]
    assert whole, found
    assert [(e, c) for t, e, c in found if t == short] == [whole[0][1:]]


def test_family_name_first_only_for_those_countries():
    assert names.short_form("Wang Yi", "en", "CHN") == "Wang"
    assert names.short_form("Kim Jong-un", "en", "KOR") == "Kim"
    assert names.short_form("Fumio Kishida", "en", "JPN") == "Kishida"  # Japan: the last word
    assert names.short_form("Wang Yi", "en", None) == "Wang"  # no country: a Chinese family name opens it (stop 51)
    assert names.short_form("Ida Yi", "en", None) is None  # not a listed family name: the last word, too short


def test_family_name_first_not_a_given_name():
    # a Western given name before the surname keeps the surname as the short form
    assert names.short_form("John Lee", "en", "HKG") is None  # not John; Lee: three letters


def test_three_letters_only_capitalised_cyrillic():
    assert names.short_form("Наото Кан", "ru") == "Кан"
    assert names.short_form("Barack Ban", "en") is None  # three Latin letters: too weak a sign


def test_russian_stem_leaves_three_letters():
    assert names._ru_stem("Цукерберга") == "Цукерберг"
    assert names._ru_stem("Кана") == "Кан"
    assert names._ru_stem("Кан") == "Кан"


def test_stemmed_surname_is_no_longer_word(stage):
    found = persons(stage, "Премьер-министр Японии Наото Кан прибыл в Сеул. Канада и Япония подписали соглашение.",
                    "ru")
    assert not any(t.startswith("Канад") for t, _, _ in found)


def test_persian_three_letter_surname_only_in_quote_marks(stage):
    text = ("کیم جونگ اون رهبر کره شمالی از یک کارخانه بازدید کرد. کارشناسان می‌گویند «اون» به تحریم‌ها "
            "اهمیت نمی‌دهد. اون روز هوا سرد بود.")
    found = persons(stage, text, "fa")
    whole = [f for f in found if f[0] == "کیم جونگ اون"]
    assert whole, found
    at = text.index("«اون»") + 1
    doc = stage(Document(id="t", source="t", original="", lang="fa", text=text))
    short = [m for m in doc.mentions if m.kind == "person" and m.text == "اون"]
    assert [(m.start, m.entity) for m in short] == [(at, whole[0][1])]  # not the colloquial اون روز
