"""People's countries (issue 10, people54): the home-country guesses take the document's home (an Afghan
article in Persian is AFG, not IRN); a Chinese name made only of transliteration characters is a foreigner's,
so no home guess (CHN) fits it, and it takes the one foreign country its first sentence names, not one where
the person goes. Sentences composed for these tests."""

from __future__ import annotations

import pytest
from conftest import person_countries as persons

from bilat.stages import names
from bilat.stages.entities import make_stage


@pytest.fixture()
def stage():
    return make_stage()


AFGHAN = ("به گزارش خبرگزاری، ذبیح‌الله مجاهد گفت که امارت اسلامی با همه کشورها روابط خوب می‌خواهد. "
          "وزیر تجارت نورالدین عزیزی در کابل گفت که صادرات افغانستان افزایش یافته است.")


def test_persian_official_of_an_afghan_article_is_afghan(stage):
    assert persons(stage, AFGHAN, "fa").get("نورالدین عزیزی") == "AFG"


def test_persian_official_of_an_afghan_article_was_iranian_by_the_language(stage, monkeypatch):
    monkeypatch.setattr(names, "DOC_HOME", False)
    assert persons(stage, AFGHAN, "fa").get("نورالدین عزیزی") == "IRN"


def test_persian_official_of_an_iranian_article_stays_iranian(stage):
    text = AFGHAN.replace("امارت اسلامی", "دولت").replace("کابل", "تهران").replace("افغانستان", "ایران")
    assert persons(stage, text, "fa").get("نورالدین عزیزی") == "IRN"


def test_home_scope_is_reset_after_the_block():
    with names.home_scope("AFG"):
        assert names.lang_home("fa") == "AFG"
    assert names.lang_home("fa") == "IRN"


@pytest.mark.parametrize("text, name", [
    ("参议院领袖弗林表示，中方应当停止这种做法。", "弗林"),
    ("总理杜鲁多访问印度时表示，中方应当释放两名公民。", "杜鲁多"),
])
def test_transliterated_name_after_a_role_is_not_chinese(stage, text, name):
    got = persons(stage, text, "zh")
    assert name in got and got[name] not in ("CHN", "IND"), got


def test_transliterated_name_takes_the_one_foreign_country_of_its_sentence(stage):
    got = persons(stage, "反对党批评总理杜鲁多，要求中方释放两名加拿大公民。", "zh")
    assert got.get("杜鲁多") == "CAN", got


def test_two_character_name_of_a_chinese_surname_keeps_the_home_guess(stage):
    got = persons(stage, "新华社北京7月2日电（记者雷敏）针对外电关于中国停止进口美国鸡肉的报道，商务部作出回应。", "zh")
    assert got.get("雷敏") == "CHN", got


def test_short_transliteration_shape():
    assert names._zh_short_transliteration("弗林")
    assert names._zh_short_transliteration("杜鲁多")
    assert not names._zh_short_transliteration("雷敏")  # a common surname first: may be Chinese
    assert not names._zh_short_transliteration("王毅")


def fa_people(stage, text: str) -> list[str]:
    return list(persons(stage, text, "fa"))


@pytest.mark.parametrize("text, name", [
    ("بیت‌الله محسود از منطقه وزیرستان جنوبی به عنوان رئیس گروه منصوب شد.", "بیت\u200cالله محسود"),
    ("مولوی کلیم‌الله نقیبی در کابل گفت که مذاکرات ادامه دارد.", "کلیم\u200cالله نقیبی"),
])
def test_persian_given_name_of_the_allah_shape_starts_a_name(stage, text, name):
    assert name in fa_people(stage, text)


def test_persian_allah_shape_was_no_name_without_the_rule(stage, monkeypatch):
    from bilat.stages import people
    monkeypatch.setattr(people, "FA_ALLAH_SHAPE", False)
    assert fa_people(stage, "بیت‌الله محسود از منطقه وزیرستان جنوبی به عنوان رئیس گروه منصوب شد.") == []


@pytest.mark.parametrize("text", [
    "حزب‌الله لبنان اعلام کرد که حمله را دفع کرده است.",
    "زائران بیت‌الله الحرام به کشور بازگشتند.",
    "وی گفت: بحمدالله نظام جمهوری اسلامی قدرتمند است.",
    "ان‌شاءالله مذاکرات به نتیجه می‌رسد.",
    "انصارالله یمن اعلام کرد که کشتی را توقیف کرده است.",
])
def test_persian_allah_phrases_are_no_names(stage, text):
    assert fa_people(stage, text) == []
