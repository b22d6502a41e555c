"""Arabic people introduced by name or nickname (issue 10, people, dev batch 39): the name right after
المدعو, واسمه, الملقب (بـ), المسمى, يسمى ... (data/roles.json bare_names ar named_cues) is a person: a kunya
(أبو الفضل, بأبي قتادة), an Arabic name read whole or a listed given name; not a thing's name after ما or a
relative pronoun. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import person_mentions


def people(stage, text: str) -> list[str]:
    return [m.text.replace("\u00a0", " ") for m in person_mentions(stage, text, "ar")]


@pytest.mark.parametrize("text, name", [
    ("ولم تتوقف أهداف المدعو أبو الفضل، وهو أمير الشبكة، عند هذا الحد.", "أبو الفضل"),
    ("وتواصل أفراد الشبكة مع القيادي الملقب بأبي قتادة عبر الإنترنت.", "أبي قتادة"),
    ("ووضعوا المسمى أبو حفص على رأس المجموعة.", "أبو حفص"),
    ("وأعلنت الشرطة توقيف شخص آخر يدعى خالد، في المدينة.", "خالد"),
])
def test_name_after_a_naming_cue(stage, text, name):
    assert name in people(stage, text)


@pytest.mark.parametrize("text", [
    "وحافظوا على أناشيد ما يسمى بدولة الخلافة.",
    "وعبر المهاجرون البحر الذي يسمى بحر الظلمات.",
    "ورفض المتظاهرون ما يسمى صفقة القرن.",
])
def test_a_things_name_after_ma_or_a_relative_is_no_person(stage, text):
    assert people(stage, text) == []
