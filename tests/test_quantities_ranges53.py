"""The high end of a range is marked as the range's, as its low end is (issue 11, dates53): a Thai figure read with
its classifier ("90 คน", "40 ราย") kept no mark, and an approximation word before the low end ("ราว 3,000-5,000 คน")
left the low end with no unit. Sentences composed for the test."""

from __future__ import annotations

import pytest

from bilat.stages.quantities import find_quantities


def run(text: str, lang: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(q.text, q.value, q.unit, q.approx) for q in find_quantities(text, lang)]


@pytest.mark.parametrize("text, lang, want", [
    ("เจ้าหน้าที่ระบุว่ามีผู้ชุมนุมประมาณ 80-90 คนหน้าทำเนียบ", "th",
     [("80", 80.0, "person", "range"), ("90 คน", 90.0, "person", "range")]),
    ("เหตุระเบิดทำให้มีผู้บาดเจ็บ 30 ถึง 40 ราย", "th",
     [("30", 30.0, "person", "range"), ("40 ราย", 40.0, "person", "range")]),
    ("ตำรวจประเมินว่ามีผู้ร่วมเดินขบวนราว 3,000-5,000 คน", "th",
     [("3,000", 3000.0, "person", "range"), ("5,000 คน", 5000.0, "person", "range")]),
    ("Cảnh sát ước tính khoảng 80-90 người tham gia.", "vi",
     [("80", 80.0, "person", "range"), ("90 người", 90.0, "person", "range")]),
])
def test_both_ends_of_a_range_are_marked(text: str, lang: str, want: list) -> None:
    assert run(text, lang) == want


@pytest.mark.parametrize("text, lang", [
    ("มีผู้เสียชีวิต 12 คน และบาดเจ็บ 40 ราย", "th"),   # two counts joined by "and": no range
    ("ทหาร 300 นาย", "th"),
])
def test_no_range_no_mark(text: str, lang: str) -> None:
    assert all(q.approx != "range" for q in find_quantities(text, lang))
