"""A Persian capital after a compass word (غرب/شرق/شمال/جنوب تهران 'west of Tehran') or حوزه 'the district of' names a
part of the city, a place, not its government: data/actors.json venue_before (fa), as Arabic has غرب and شمال; a capital
that acts (تهران از بغداد خواست) still stands for its government."""
from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage(learn=False)


def forms(stage, text: str) -> list[tuple[str, str]]:
    doc = Document(id="t", source="t", original=text, text=text, lang="fa")
    return [(m.text, m.form) for m in stage(doc).mentions if m.kind == "place"]


@pytest.mark.parametrize("text, want", [
    ("ترافیک سنگین در غرب تهران تا شب ادامه داشت.", [("تهران", "place")]),
    ("بارش برف جاده‌های شمال تهران را بست.", [("تهران", "place")]),
    ("او برای نمایندگی حوزه تهران ثبت‌نام کرد.", [("تهران", "place")]),
    ("تهران از بغداد خواست مرز را باز کند.", [("تهران", "capital"), ("بغداد", "capital")]),
])
def test_compass_words_make_a_capital_a_place(stage, text, want):
    assert forms(stage, text) == want
