"""A person's country from the role phrase when it names no country itself (issue 10): a seat of
government in the clause before the name or the apposition after it (actors.json ``seat_countries``),
a demonym set off by a dash or comma after the name, "of" and a country's name after the name
(actors.json ``country_after_name``), a country's possessive before a role word. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from conftest import person_mentions


def people(stage, text: str, lang: str) -> dict[str, str | None]:
    return {m.text: m.iso3 for m in person_mentions(stage, text, lang)}


@pytest.mark.parametrize("text, lang, name, iso3", [
    # a seat of government and a role word in the clause right before the name
    ("State Department spokesman Mark Tonner told reporters on Monday that talks would resume.", "en",
     "Mark Tonner", "USA"),
    ("وقال المتحدث باسم البيت الأبيض جوش إيرنست إن الرئيس سيزور المنطقة.", "ar", "جوش إيرنست", "USA"),
    ("Пресс-секретарь Белого дома Джен Псаки заявила об этом в среду.", "ru", "Джен Псаки", "USA"),
    # a demonym set off by a dash after the name
    ("На фестиваль приедет Клаус Майер - немецкий художник и режиссёр.", "ru", "Клаус Майер", "DEU"),
    # "of" and a country's name after the name
    ("The talks were led by Ambassador Karl Lindqvist of Sweden, who arrived on Monday.", "en", "Karl Lindqvist", "SWE"),
    ("Ambassador Karl Lindqvist of Sweden arrived.", "en", "Karl Lindqvist", "SWE"),
    # a country's possessive and a role word in the apposition after the name
    ("Mr Arun Kapoor, India's finance minister, said the deal was close.", "en", "Arun Kapoor", "IND"),
])
def test_country_from_role_phrase(stage, text, lang, name, iso3):
    assert people(stage, text, lang).get(name) == iso3


@pytest.mark.parametrize("text, lang, name", [
    # the country runs on into a longer name: no nationality
    ("Ambassador Karl Lindqvist of Sweden's Foreign Ministry arrived.", "en", "Karl Lindqvist"),
    ("Ambassador Karl Lindqvist of Sweden Democrats arrived.", "en", "Karl Lindqvist"),
    # a possessive with no role word: a company, not an office
    ("Mr Arun Kapoor, India's largest steel maker, said the deal was close.", "en", "Arun Kapoor"),
])
def test_no_country_without_a_role_phrase(stage, text, lang, name):
    found = people(stage, text, lang)
    assert name in found and found[name] is None


@pytest.mark.parametrize("text, lang, name, iso3", [
    # a Latin-script name of no Vietnamese syllables takes no home-country guess from a bare role
    ("Cựu Thủ tướng Roberto Ferreira phát biểu tại Hà Nội hôm qua.", "vi", "Roberto Ferreira", None),
    # a Vietnamese name beside a role keeps it
    ("Bộ trưởng Nguyễn Quốc Huy phát biểu tại Hà Nội.", "vi", "Nguyễn Quốc Huy", "VNM"),
])
def test_foreign_shape_takes_no_home_guess(stage, text, lang, name, iso3):
    found = people(stage, text, lang)
    assert name in found and found[name] == iso3


def test_foreign_shape_chinese_middle_dot():
    from bilat.records import Mention
    from bilat.stages.names import _foreign_shape

    text = "科学大臣米歇尔·唐纳德表示欢迎，外交部长王毅也表示欢迎。"
    first = Mention(kind="person", text="米歇尔", start=4, end=7, entity="x")
    wang = Mention(kind="person", text="王毅", start=text.index("王毅"), end=text.index("王毅") + 2, entity="y")
    assert _foreign_shape(text, "zh", first)
    assert not _foreign_shape(text, "zh", wang)


@pytest.mark.parametrize("text, name, iso3", [
    # 外交官 (diplomat) is a role word: the country before it is the person's, not the surname's shape
    ("加拿大外交官康明凯上周被拘留。", "康明凯", "CAN"),
    ("中国拘留了加拿大前外交官康明凯。", "康明凯", "CAN"),
])
def test_zh_diplomat_role(stage, text, name, iso3):
    assert people(stage, text, "zh").get(name) == iso3


@pytest.mark.parametrize("text, lang, name, iso3", [
    # a role after "and" is the next person's: its country is not the first name's
    ("Переговоры проведут глава компании Алексей Миллер и министр энергетики Белоруссии Иван Петров.", "ru",
     "Алексей Миллер", None),
    ("Переговоры проведут глава компании Алексей Миллер и министр энергетики Белоруссии Иван Петров.", "ru",
     "Иван Петров", "BLR"),
    # set off by a comma, the role is the person's own
    ("Mr John Hartley, the Saudi foreign minister, arrived.", "en", "John Hartley", "SAU"),
])
def test_role_after_a_conjunction_is_the_next_persons(stage, text, lang, name, iso3):
    found = people(stage, text, lang)
    assert name in found and found[name] == iso3
