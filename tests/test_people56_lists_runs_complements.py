"""People found by role and their countries (issue 10 part 3, helper people56, 7 December 2026): a Chinese name
does not start or end inside a longer run of transliteration characters (蘇|雷曼|尼 is 蘇雷曼尼, not 雷曼); a
two-character word of jieba's dictionary tagged nr is no name (祝贺); people of a Chinese 、-list whose known
members share one country take it; an Arabic role, its complement and a comma before a name give the home country
(a Moroccan minister in a Moroccan article). Sentences composed for these tests."""

from __future__ import annotations

import pytest
from conftest import person_countries as persons
from conftest import person_mentions

from bilat.stages import names, people
from bilat.stages.entities import make_stage


@pytest.fixture()
def stage():
    return make_stage()


def found(stage, text: str, lang: str) -> list[str]:
    return [m.text for m in person_mentions(stage, text, lang)]


def test_zh_name_inside_a_transliteration_run_is_read_whole():
    text = "伊朗官方表示，此舉是報復早前聖城軍指揮官蘇雷曼尼遭美國無人機擊殺。"
    assert [text[a:b] for a, b in people._zh_spans(text)] == ["蘇雷曼尼"]


def test_zh_name_inside_a_transliteration_run_was_cut(monkeypatch):
    monkeypatch.setattr(people, "ZH_TRANSLIT_RUN", False)
    text = "伊朗官方表示，此舉是報復早前聖城軍指揮官蘇雷曼尼遭美國無人機擊殺。"
    assert "雷曼" in [text[a:b] for a, b in people._zh_spans(text)]


@pytest.mark.parametrize(("text", "name"), [("卡塔尔埃米尔塔米姆会见了伊朗外长。", "塔米姆"),
                                          ("法国总统马克龙和德国总理默克尔会晤。", "默克尔"), ("李鹏总理会见了外宾。", "李鹏")])
def test_zh_names_beside_transliteration_or_in_the_dictionary_stay(stage, text, name):
    assert name in found(stage, text, "zh")


@pytest.mark.parametrize("text", ["英方祝贺并欢迎中国加入联合国互联网治理论坛。", "是否会有党对党的祝贺？"])
def test_zh_dictionary_word_tagged_nr_is_no_name(stage, text):
    assert "祝贺" not in found(stage, text, "zh")


def test_zh_dictionary_word_was_a_name(monkeypatch):
    monkeypatch.setattr(people, "ZH_DICT_WORD_NOT_NAME", False)
    text = "英方祝贺并欢迎中国加入联合国互联网治理论坛。"
    assert "祝贺" in [text[a:b] for a, b in people._zh_spans(text)]


def test_zh_three_character_names_stay(stage):
    assert "王毅" in found(stage, "外交部长王毅会见了来访的客人。", "zh")


LIST = "中方决定对28名人员实施制裁，包括特朗普政府中的蓬佩奥、纳瓦罗、奥布莱恩、克拉奇以及博尔顿等。"


def test_zh_list_of_one_country_gives_it_to_its_members(stage):
    got = persons(stage, LIST, "zh")
    assert got.get("奥布莱恩") == "USA" and got.get("克拉奇") == "USA"


def test_zh_list_of_one_country_gave_nothing(stage, monkeypatch):
    monkeypatch.setattr(names, "ZH_LIST_COUNTRY", False)
    assert persons(stage, LIST, "zh").get("奥布莱恩") != "USA"


def test_zh_list_of_two_countries_gives_nothing():
    from bilat.records import Mention
    text = "习近平、普京、奥布莱恩出席。"
    ms = [Mention(start=0, end=3, text="习近平", entity="a", kind="person", iso3="CHN"),
          Mention(start=4, end=6, text="普京", entity="b", kind="person", iso3="RUS"),
          Mention(start=7, end=11, text="奥布莱恩", entity="c", kind="person")]
    known: dict[str, str] = {}
    names._zh_list_countries(text, ms, known)
    assert known == {}


MOROCCO = ("قال الوزير المنتدب المكلف بالعلاقات مع البرلمان والمجتمع المدني، مصطفى الخلفي، اليوم الخميس بالرباط، "
           "إن المغرب يحظى بإشادة عدد من الدول. وأكد الخلفي أن المغرب يواصل جهوده.")


def test_ar_role_complement_comma_gives_the_home_country(stage):
    assert persons(stage, MOROCCO, "ar").get("مصطفى الخلفي") == "MAR"


def test_ar_role_complement_comma_gave_none(stage, monkeypatch):
    monkeypatch.setattr(names, "AR_ROLE_COMPLEMENT_COMMA", False)
    assert persons(stage, MOROCCO, "ar").get("مصطفى الخلفي") is None


def test_ar_role_complement_with_a_country_gives_no_home(stage):
    text = MOROCCO.replace("مع البرلمان والمجتمع المدني", "مع البرلمان في فرنسا")
    assert persons(stage, text, "ar").get("مصطفى الخلفي") != "MAR"


def test_ar_role_complement_in_a_sentence_naming_another_country_gives_no_home(stage):
    text = ("وأكد المتحدث الرسمي باسم رئاسة الجمهورية، خالد شواني، أن العراق يريد أفضل العلاقات مع السعودية. "
            "وقال إن السعودية دولة شقيقة.")
    assert persons(stage, text, "ar").get("خالد شواني") != "SAU"
