"""Vietnamese: a foreign name of two to four capitalised words before a comma and an apposition that opens with a
person noun (people53, issue 10 part 3; roles.json vi_apposition_heads, names.VI_NAME_BEFORE_APPOSITION): "X, chuyên
gia quân sự ...", "X, một nhà phân tích của ...". Vietnamese syllables (a sea, a city) and "Theo X," are no name.
Sentences written for these tests; the names are invented."""

from __future__ import annotations

import pytest
from conftest import person_countries

from bilat.stages import names


@pytest.mark.parametrize("text, name", [
    ("Zhang Haoming, chuyên gia quân sự ở Bắc Kinh, cho rằng hải quân sẽ gặp khó khăn.", "Zhang Haoming"),
    ("Marek Kowalczyk, một nhà phân tích của Viện Chính sách, nhận định như vậy.", "Marek Kowalczyk"),
    ("\"Đây là cơ hội\", Priya Raman, phó giáo sư tại một trường đại học, nói.", "Priya Raman"),
])
def test_vi_name_before_apposition(stage, text, name):
    assert name in person_countries(stage, text, "vi")


def test_vi_name_before_apposition_off(stage, monkeypatch):
    monkeypatch.setattr(names, "VI_NAME_BEFORE_APPOSITION", False)
    text = "Marek Kowalczyk, một nhà phân tích của Viện Chính sách, nhận định như vậy."
    assert "Marek Kowalczyk" not in person_countries(stage, text, "vi")


@pytest.mark.parametrize("text", [
    "Khi máy bay đang qua biển Thái Bình Dương, một hành khách nam đột nhiên đứng dậy.",
    "Tàu chiến tiến vào Biển Đen, nghị sĩ phản đối quyết định này.",
    "Theo Guardian, một quan chức cấp cao đã từ chức.",
])
def test_vi_no_name_before_apposition(stage, text):
    assert person_countries(stage, text, "vi") == {}
