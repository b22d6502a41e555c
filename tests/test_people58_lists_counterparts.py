"""People found by role and their countries (issue 10 part 3, helper people58, 7 December 2026): a person of no
country in a comma- or "and"-list of people whose known members share one country takes it (en vi ru ar fa; the
Chinese 、-list has its own rule); "his Spanish counterpart X" and "испанским коллегой X" name a person of the
demonym's country. Sentences composed for these tests."""

from __future__ import annotations

import pytest
from conftest import person_countries as persons

from bilat.stages import names
from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage()


VI = "Ngoài ra, Phó tổng thống Kamala Harris, Chánh án Tòa án Tối cao John Roberts, Đệ nhất phu nhân Jill Biden cũng tham dự buổi lễ."
EN = "Also present were Vice President Kamala Harris, Chief Justice John Roberts and First Lady Jill Biden."


@pytest.mark.parametrize(("text", "lang"), [(VI, "vi"), (EN, "en")])
def test_list_members_take_the_known_members_country(stage, text, lang):
    got = persons(stage, text, lang)
    assert got["John Roberts"] == "USA" and got["Jill Biden"] == "USA"


@pytest.mark.parametrize(("text", "lang"), [(VI, "vi"), (EN, "en")])
def test_list_members_had_no_country(stage, monkeypatch, text, lang):
    monkeypatch.setattr(names, "LIST_COUNTRY", False)
    assert persons(stage, text, lang)["John Roberts"] is None


@pytest.mark.parametrize("text", [
    "Also present were Vice President Kamala Harris, Chief Justice John Roberts and Russian President Vladimir Putin.",
    "Tham dự có Tổng thống Nga Vladimir Putin, Tổng thống Mỹ Joe Biden, ông John Roberts.",
])
def test_list_of_two_countries_gives_nothing(stage, text):
    lang = "vi" if "Tham" in text else "en"
    assert persons(stage, text, lang)["John Roberts"] is None


def test_two_names_are_no_list(stage):
    assert persons(stage, "Vice President Kamala Harris and Chief Justice John Roberts attended.", "en")["John Roberts"] is None


def test_one_known_member_among_many_says_nothing(stage):
    text = ("The guests were Vice President Kamala Harris, John Roberts, Jill Biden, Douglas Emhoff, Nancy Pelosi, "
            "Patrick Leahy.")
    assert persons(stage, text, "en").get("Patrick Leahy") is None


def test_one_known_member_among_many_was_enough(stage, monkeypatch):
    monkeypatch.setattr(names, "LIST_KNOWN_SHARE", 0)
    text = ("The guests were Vice President Kamala Harris, John Roberts, Jill Biden, Douglas Emhoff, Nancy Pelosi, "
            "Patrick Leahy.")
    assert persons(stage, text, "en").get("Patrick Leahy") == "USA"


def test_a_clause_between_names_is_no_list_joint(stage):
    text = "В Москве выступили Крис Хелмбрехт и Юрий Лужков, а Иван Бозович промолчал."
    assert persons(stage, text, "ru")["Крис Хелмбрехт"] is None


def test_lower_case_words_after_the_joint_end_the_list():
    assert not names._list_item_head("а ", "ru") and not names._list_item_head("who met ", "en")
    assert names._list_item_head("министр обороны ", "ru") and names._list_item_head("Chief Justice ", "en")


@pytest.mark.parametrize(("text", "lang", "name", "code"), [
    ("In October, Mr Straw and his Spanish counterpart Miguel Moratinos agreed to establish a body.", "en",
     "Miguel Moratinos", "ESP"),
    ("Лавров провел переговоры с испанским коллегой Хосе Мануэлем Альбаресом.", "ru", "Хосе Мануэлем Альбаресом", "ESP"),
])
def test_counterpart_after_a_demonym_is_a_person_of_it(stage, text, lang, name, code):
    assert persons(stage, text, lang).get(name) == code


def test_counterpart_after_a_demonym_was_not_read(stage, monkeypatch):
    monkeypatch.setattr(names, "COUNTERPART_DEMONYM_BEFORE", False)
    text = "In October, Mr Straw and his Spanish counterpart Miguel Moratinos agreed to establish a body."
    assert "Miguel Moratinos" not in persons(stage, text, "en")


@pytest.mark.parametrize(("text", "lang"), [("He told his counterpart Monday that the talks would go on.", "en"),
                                            ("Как сказал коллега Иван Петров, работа идет.", "ru")])
def test_counterpart_without_a_demonym_gives_no_country(stage, text, lang):
    assert not any(persons(stage, text, lang).values())


def test_counterpart_before_a_title_leaves_the_name_to_the_title(stage):
    from conftest import person_mentions

    got = person_mentions(stage, "He will meet Chinese counterpart Minister Li Zhaoxing to discuss trade.", "en")
    assert [(m.text, m.iso3) for m in got] == [("Li Zhaoxing", "CHN")]


@pytest.mark.parametrize(("lang", "opens", "closed"), [
    ("en", [", ", ",\u00a0and ", " and "], ["and ", " andrew", ";"]),
    ("vi", [", ", ", và ", " và "], [" vàng", "và "]),
    ("ru", [", ", ", и ", " и "], [" иван", "и "]),
    ("ar", ["، ", "،و", " و", ",و"], ["و ", ";"]),
    ("fa", ["، ", "، و ", " و "], [" وزیر", "و "]),
])
def test_the_list_openers_built_from_one_rule(lang, opens, closed):
    """_list_opener builds every language's joint: a comma, maybe its conjunction, or the conjunction between spaces
    (Arabic و written onto the next word). The whole gap must be the joint; a conjunction's first letters inside a
    word ("andrew", "vàng") or a bare conjunction with no space before it open nothing."""
    rx = names._LIST_OPEN[lang]
    for gap in opens:
        assert rx.fullmatch(gap), (lang, gap)
    for gap in closed:
        assert not rx.fullmatch(gap), (lang, gap)
