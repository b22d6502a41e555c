"""people59: Arabic trade words as role words (roles.json ar: المغني, المطربة, الفنان, المخرجة, الأسيرة, الشاعر,
الروائي, المحامي ...) find the name after them; a role word whose name follows it ("الفنان التونسي X") names
no one before it, set off by a comma (names.AR_ROLE_NAMED_AFTER). Sentences written for the test."""
from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages import entities


@pytest.fixture(scope="module")
def stage():
    return entities.make_stage()


def persons(stage, text):
    doc = stage(Document(id="t", source="t", original="", lang="ar", text=text))
    return [m.text for m in doc.mentions if m.kind == "person"]


@pytest.mark.parametrize("text,name", [
    ("وأحيت المطربة الكولومبية، لوبيتا زامورا، حفلا كبيرا في الرباط مساء السبت.", "لوبيتا زامورا"),
    ("وقال الشاعر العراقي نصير الدليمي إن الأمسية ناجحة.", "نصير الدليمي"),
])
def test_trade_word_finds_the_name_after_it(stage, text, name):
    assert name in persons(stage, text)


def test_role_named_after_names_no_one_before_it(stage):
    names = persons(stage, "أحيا نجم الأغنية الشعبية، الفنان الجزائري زكي فلفل، سهرة في وهران.")
    assert "زكي فلفل" in names
    assert not any("نجم" in n or "الشعبية" in n for n in names)
