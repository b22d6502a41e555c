"""An Arabic nisba set off from the name (issue 10 part 3, helper people58, 7 December 2026): a demonym with the
article qualifying a definite noun, then a comma, one more definite adjective, or both, and an optional honorific,
before the name gives the person its country. Sentences composed for these tests."""

from __future__ import annotations

import pytest
from conftest import person_countries as persons

from bilat.stages import names
from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage()


@pytest.mark.parametrize(("text", "name", "code"), [
    ("تمكنت الطفلة المغربية، مريم أمجون، ابنة إقليم تاونات من انتزاع الفوز في الدورة الثالثة.", "مريم أمجون", "MAR"),
    ("وقال المنتج الفرنسي الشهير جاك بيدو إن الفيلم جيد.", "جاك بيدو", "FRA"),
    ("دعا الناشط السياسي الجزائري المعارض، الشيخ علي بلحاج، على الحوار في تصريحات.", "علي بلحاج", "DZA"),
])
def test_nisba_set_off_from_the_name_gives_its_country(stage, text, name, code):
    assert persons(stage, text, "ar")[name] == code


def test_nisba_set_off_gave_nothing(stage, monkeypatch):
    monkeypatch.setattr(names, "AR_NISBA_SET_OFF", False)
    text = "تمكنت الطفلة المغربية، مريم أمجون، ابنة إقليم تاونات من انتزاع الفوز في الدورة الثالثة."
    assert persons(stage, text, "ar")["مريم أمجون"] is None


@pytest.mark.parametrize(("text", "name"), [
    ("وفي المغرب، قال محمد العلمي إن الفيلم جيد.", "محمد العلمي"),  # a country's name, no nisba
    ("وقال مصدر فرنسي، جاك بيدو إن الفيلم جيد.", "جاك بيدو"),  # an indefinite nisba: no apposition
])
def test_no_definite_nisba_gives_nothing(stage, text, name):
    assert persons(stage, text, "ar")[name] is None


def test_nisba_right_before_the_name_still_gives_it(stage):
    assert persons(stage, "وقال المنتج الفرنسي جاك بيدو إن الفيلم جيد.", "ar")["جاك بيدو"] == "FRA"
