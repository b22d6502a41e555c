"""Persian: a place (city, province) in the role phrase right after a name gives the person its country
("X مدیر مسئول انستیتو بین‌المللی مسکو" -> RUS), not a place after a preposition (در پاریس: where he
spoke) nor one in what he said (names._place_in_role_after, PLACE_IN_ROLE)."""

from __future__ import annotations

import pytest

from bilat.stages import names
from bilat.stages.names import Registry


def persons(tagger, text):
    mentions, _ = Registry(tagger).process(text, "fa")
    return [(m.text, m.iso3) for m in mentions if m.kind == "person"]


@pytest.mark.parametrize("text, name, iso3", [
    ("«آرکادی ولوشینوف» مدیر مسئول انستیتو بین المللی مسکو با اشاره به انتخابات گفت پیروزی با حزب حاکم است.",
     "آرکادی ولوشینوف", "RUS"),
    ("ژان پیر دوبواسن استاد دانشگاه در پاریس گفت همکاری ادامه دارد.", "ژان پیر دوبواسن", None),
])
def test_fa_place_in_role_phrase(tagger, text, name, iso3):
    assert (name, iso3) in persons(tagger, text)


def test_fa_place_in_role_flag_off(tagger, monkeypatch):
    monkeypatch.setattr(names, "PLACE_IN_ROLE", False)
    text = "«آرکادی ولوشینوف» مدیر مسئول انستیتو بین المللی مسکو با اشاره به انتخابات گفت پیروزی با حزب حاکم است."
    assert ("آرکادی ولوشینوف", None) in persons(tagger, text)
