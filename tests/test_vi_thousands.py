"""Vietnamese figures: a comma is a decimal ("1,5 triệu") or groups thousands ("1,500 người") (issue 11)."""

from __future__ import annotations

import pytest

from bilat.stages.dates import find_dates
from bilat.stages.quantities import find_quantities


def value(text: str) -> float:
    found = find_quantities(text, "vi", find_dates(text, "vi", None))
    assert len(found) == 1, found
    return found[0].value


@pytest.mark.parametrize("text,want", [
    ("Có 1,500 người tham gia.", 1500),
    ("Tổng cộng 12,000 binh sĩ.", 12000),
    ("Có 150,000 USD.", 150000),
    ("Có 1,234 ca mắc mới.", 1234),
    ("Có 1,500 tỷ đồng.", 1.5e12),
    ("Giá trị đạt 1,5 triệu USD.", 1.5e6),
    ("Thu 3,25 tỷ đồng.", 3.25e9),
    ("Thu 1,234 tỷ đồng.", 1.234e9),
    ("Lãi suất 6,125% một năm.", 6.125),
    ("Có 1.500 người tham gia.", 1500),
])
def test_vi_comma(text, want):
    assert value(text) == pytest.approx(want)
