"""Thai headline counts of people with no classifier (issue 11, dates52): a figure right before a noun for people
("จับ 4 หนุ่ม", "3 ผู้ต้องหา", "2 สาว") counts people, as before นาย or คน. Sentences composed for the test."""

from __future__ import annotations

import pytest

from bilat.stages.quantities import find_quantities


@pytest.mark.parametrize("text, want", [
    ("ตำรวจบุกจับ 5 หนุ่ม ลักลอบขนยาเสพติดข้ามแดน", [("5 หนุ่ม", 5.0, "person")]),
    ("ศาลสั่งฝากขัง 3 ผู้ต้องหา คดีฉ้อโกง", [("3 ผู้ต้องหา", 3.0, "person")]),
    ("เรือล่มกลางทะเล 2 สาว ว่ายน้ำเข้าฝั่งได้", [("2 สาว", 2.0, "person")]),
])
def test_a_figure_before_a_noun_for_people_counts_them(text: str, want: list) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities(text, "th")] == want


def test_an_age_after_the_noun_is_no_count() -> None:
    assert [q.unit for q in find_quantities("หญิงสาว 20 ปี ถูกทำร้าย", "th")] != ["person"]
