"""Arabic points (نقطة) after digits are a figure (issue 11, dates52): a league table's "برصيد 42 نقطة", an index's
"ارتفع 85 نقطة"; نقطة before another figure ("4 نقطة 7", a spoken decimal) stays none. Sentences composed for the test."""

from __future__ import annotations

import pytest

from bilat.stages.quantities import find_quantities


@pytest.mark.parametrize("text, want", [
    ("رفع الهلال رصيده إلى 42 نقطة في صدارة الدوري.", [("42 نقطة", 42.0)]),
    ("ارتفع المؤشر العام للبورصة 85 نقطة أمس.", [("85 نقطة", 85.0)]),
])
def test_points_after_digits_are_a_figure(text: str, want: list) -> None:
    assert [(q.text, q.value) for q in find_quantities(text, "ar")] == want


def test_points_before_another_figure_are_no_count() -> None:
    assert [q.value for q in find_quantities("بلغ المعدل 4 نقطة 7 في المئة", "ar")] != [4.0]
