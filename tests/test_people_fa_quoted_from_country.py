"""Persian lists of participants set each name off in guillemets with the country it comes from (issue 10,
stop 51): «X Y» از ایران is a person of Iran, and a quoted name found otherwise takes the country after its
از; a quoted work title after a work noun (مستند «...» از ایران) is no person. Invented names."""

from __future__ import annotations

import pytest

from bilat.stages.names import Registry


def persons(tagger, text, lang="fa"):
    mentions, _ = Registry(tagger).process(text, lang)
    return [(m.text, m.iso3) for m in mentions if m.kind == "person"]


@pytest.mark.parametrize("text, name, iso3", [
    ("علاوه بر این، «نسترن وفاپور» از ایران به عنوان ناظر همراهی می‌کند.", "نسترن وفاپور", "IRN"),
    ("در بخش تجوید «شهلا کرمانشاهی‌نیا» از لبنان و «آذین رستگارپور» از عراق حضور دارند.", "آذین رستگارپور", "IRQ"),
    ("در بخش تجوید «شهلا کرمانشاهی‌نیا» از لبنان و «آذین رستگارپور» از عراق حضور دارند.", "شهلا کرمانشاهی‌نیا", "LBN"),
])
def test_fa_quoted_name_from_country(tagger, text, name, iso3):
    assert (name, iso3) in persons(tagger, text)


@pytest.mark.parametrize("text", [
    "در این جشنواره مستند «خانه پدری» از ایران جایزه گرفت.",
    "فیلم «باران تابستانی» از ایران در بخش مسابقه است.",
])
def test_fa_quoted_title_from_country(tagger, text):
    assert persons(tagger, text) == []
