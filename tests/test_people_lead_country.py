"""A person left with no country by every rule takes the country the document is about (named at least
three times, half of all country mentions), unless one of the person's sentences names another country
(issue 10 point 3, helper pplctry). Sentences composed for these tests."""

from __future__ import annotations

import pytest

from bilat.records import Document, Sentence
from bilat.stages.entities import make_stage


@pytest.fixture()
def stage():
    return make_stage()


def persons(stage, text: str, lang: str) -> dict[str, str | None]:
    doc = Document(id="t", source="test", original=text, text=text, lang=lang,
                   sentences=(Sentence(start=0, end=len(text)),))
    return {m.text: m.iso3 for m in stage(doc).mentions if m.kind == "person"}


RU = ("В Кении прошли выборы. Явка в Кении оказалась низкой. Наблюдатели похвалили подсчёт голосов по всей Кении. "
      "Министр внутренних дел Фред Окелло заявил, что итоги будут окончательными в пятницу.")
VI = ("Kenya tổ chức bầu cử hôm Chủ nhật. Tỷ lệ cử tri ở Kenya thấp. Các quan sát viên khen ngợi việc kiểm phiếu "
      "ở Kenya. Bộ trưởng Nội vụ Fred Okello cho biết kết quả sẽ có vào thứ Sáu.")
OTHER = {"ru": ("Министр внутренних дел Фред Окелло заявил", "Министр внутренних дел Фред Окелло заявил в Уганде"),
         "vi": ("Bộ trưởng Nội vụ Fred Okello cho biết", "Bộ trưởng Nội vụ Fred Okello cho biết tại Uganda")}


@pytest.mark.parametrize("lang, text", [("ru", RU), ("vi", VI)])
def test_official_of_the_country_the_story_is_about(stage, lang, text):
    got = persons(stage, text, lang)
    assert [c for k, c in got.items() if k.startswith(("Фред", "Fred"))] == ["KEN"], got


@pytest.mark.parametrize("lang, text", [("ru", RU), ("vi", VI)])
def test_a_sentence_naming_another_country_leaves_the_person_unknown(stage, lang, text):
    got = persons(stage, text.replace(*OTHER[lang]), lang)
    assert [c for k, c in got.items() if k.startswith(("Фред", "Fred"))] == [None], got


def test_a_country_named_once_is_no_story_country(stage):
    text = "Kenya tổ chức bầu cử hôm Chủ nhật. Bộ trưởng Nội vụ Fred Okello cho biết kết quả sẽ có vào thứ Sáu."
    got = persons(stage, text, "vi")
    assert [c for k, c in got.items() if k.startswith("Fred")] == [None], got
