"""Arabic rulers and royals named by title and given name (people53, issue 10 part 3): الشيخ |تميم|, السلطان |هيثم|,
الأمير |فيصل| (data/roles.json bare_names ar royal_titles; names._ar_royal_given); the gazetteer person of that given
name whose country the document names is linked (names.Registry._known_by_given); a country after the title (أمير
قطر) or a title alone is no name, and the given name elsewhere is not that person. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import person_mentions

from bilat.stages import names


def _people(stage, text):
    return {m.text: (m.iso3, m.entity) for m in person_mentions(stage, text, "ar")}


def test_ar_royal_given_linked_by_country(stage):
    text = "واستقبل الشيخ تميم وزير الخارجية الأمريكي في الدوحة، وبحثا العلاقات بين قطر والولايات المتحدة."
    assert _people(stage, text).get("تميم", (None,))[0] == "QAT"


def test_ar_royal_given_unlinked_still_a_person(stage):
    assert "فيصل" in _people(stage, "وبحث الأمير فيصل مع نظيره الأردني العلاقات الثنائية.")


def test_ar_royal_given_off(stage, monkeypatch):
    monkeypatch.setattr(names, "AR_ROYAL_GIVEN", False)
    assert "فيصل" not in _people(stage, "وبحث الأمير فيصل مع نظيره الأردني العلاقات الثنائية.")


@pytest.mark.parametrize("text", [
    "وأشاد أمير قطر بالعلاقات الثنائية.",
    "وقال الشيخ إن الصلاة واجبة.",
    "وقال الملك إن البلاد بخير.",
])
def test_ar_royal_no_name(stage, text):
    assert _people(stage, text) == {}


def test_ar_royal_given_not_spread(stage):
    text = "وبحث الأمير خالد مع الوفد العلاقات. وقال خالد، وهو طالب، إن الجامعة مغلقة."
    starts = [m.start for m in person_mentions(stage, text, "ar") if m.text == "خالد"]
    assert starts == [text.index("خالد")]
