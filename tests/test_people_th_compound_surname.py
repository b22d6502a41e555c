"""Thai surnames that open with a word that is grammatical elsewhere (issue 10 point 3, helper people,
5 December 2026): จึง|รุ่งเรือง|กิจ is one compound surname after a title, while a clause that opens the same way
(จึง|ได้|เดินทาง) is no name. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import person_mentions

from bilat.stages.entities import make_stage


def people(text: str) -> list[str]:
    return [m.text.replace("\u00a0", " ") for m in person_mentions(make_stage(), text, "th")]


@pytest.mark.parametrize(("text", "name"), [
    ("นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม ให้การต้อนรับคณะผู้แทนญี่ปุ่น", "สุริยะ จึงรุ่งเรืองกิจ"),
    ("นางสาวนิสากร จึงเจริญธรรม รองปลัดกระทรวงอุตสาหกรรม เป็นประธานการประชุม", "นิสากร จึงเจริญธรรม"),
])
def test_a_compound_surname_opening_with_a_grammatical_word(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "นายกรัฐมนตรีจึงได้เดินทางไปเยือนประเทศญี่ปุ่นในวันพรุ่งนี้",
    "ที่ประชุมเห็นชอบ จึงได้มอบหมายให้กระทรวงดำเนินการต่อไป",
])
def test_a_clause_opening_with_the_same_word_is_no_name(text):
    assert people(text) == []
