"""An organisation's official named in forms the first rule of entities.igo_officials missed (data/actors.json
``igo_officials.names``: Arabic joins the preposition li- to the organisation's name; an abbreviation in brackets
after the name), and the events stage: such an official, named again alone later on (his surname, even spelt with
a letter more or less), acts for no state, so the country the article is about does not become the actor
(events.ORG_OFFICIAL_DOC). Sentences composed for the test."""
from __future__ import annotations

import dataclasses

import pytest
from conftest import person_countries
from test_events import make_doc

from bilat.stages import events


@pytest.mark.parametrize("text, lang, name", [
    ("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع مقلق.", "ar", "أنطونيو غوتيريش"),
    ("وزار المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي طهران أمس.", "ar", "رافائيل غروسي"),
    ("Tổng giám đốc Cơ quan Năng lượng nguyên tử quốc tế (IAEA) Rafael Grossi đã đến Tehran.", "vi", "Rafael Grossi"),
])
def test_an_organisation_official_written_otherwise_has_no_country(stage, text, lang, name):
    assert person_countries(stage, text, lang)[name] is None


def test_a_state_envoy_to_the_organisation_with_the_joined_preposition_keeps_his_country(stage):
    got = person_countries(stage, "وقال مندوب روسيا للأمم المتحدة فيتالي تشوركين إن موسكو تعارض القرار.", "ar")
    assert got["فيتالي تشوركين"] == "RUS"


TEXT = "دبیرکل سازمان ملل آنتونیو گوترش به ایران سفر کرد. ایران میزبان بود. گوترش از روسیه انتقاد کرد."
MENTIONS = [("سازمان ملل", None, "org"), ("آنتونیو گوترش", None, "person"), ("ایران", "IRN", "country"),
            ("ایران", "IRN", "country", 1), ("گوترش", None, "person", 1), ("روسیه", "RUS", "country")]


def pairs(stage) -> list[tuple[str, str | None, str | None]]:
    doc = stage(make_doc(TEXT, "fa", MENTIONS, published="2024-03-01"))
    return [(e.event, e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
            for e in doc.events]


def test_the_official_named_again_alone_gives_the_article_country_no_act(lexical, monkeypatch):
    assert ("ACCUSE", "IRN", "RUS") not in pairs(lexical)
    monkeypatch.setattr(events, "ORG_OFFICIAL_DOC", False)
    assert ("ACCUSE", "IRN", "RUS") in pairs(lexical)  # without the rule the article's country acts for him


def test_a_surname_spelt_with_a_letter_more_is_the_same_official():
    guterres = make_doc("Antonio Guterres, Guterrres", "en", [("Antonio Guterres", None, "person"),
                                                             ("Guterrres", None, "person")]).mentions
    officials = frozenset({"Antonio Guterres", "~guterres"})
    assert events._is_official(guterres[1], officials)
    assert not events._is_official(dataclasses.replace(guterres[1], text="Gutierrez"), officials)
