"""A hyphen or en dash between the parts of an Arabic-script person's name (يون سوك-يول, كيم جونغ–أون) reads as a
space, with the mention's offsets on the text as written. Sentences composed for the test."""
from __future__ import annotations

import pytest

from bilat.normalize import match_form, space_arabic_dashes
from bilat.records import Document
from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage(learn=False)


def people(stage, text: str, lang: str) -> list[tuple[str, str | None]]:
    doc = stage(Document(id="t", source="t", original=text, text=text, lang=lang))
    for m in doc.mentions:
        assert text[m.start:m.end] == m.text
    return [(m.text, m.iso3) for m in doc.mentions if m.kind == "person"]


@pytest.mark.parametrize("text, lang, name, iso", [
    ("التقى الرئيس يون سوك-يول بالوزير أمس.", "ar", "يون سوك-يول", "KOR"),
    ("قال كيم جونغ-أون إن بلاده مستعدة.", "ar", "كيم جونغ-أون", "PRK"),
    ("قال كيم جونغ\u2013أون إن بلاده مستعدة.", "ar", "كيم جونغ\u2013أون", "PRK"),
    ("وأعلن يون سوك\u2010يول ذلك.", "ar", "يون سوك\u2010يول", "KOR"),
    ("کیم جونگ-اون گفت که آماده است.", "fa", "کیم جونگ-اون", "PRK"),
])
def test_dashed_name_is_linked(stage, text, lang, name, iso):
    assert (name, iso) in people(stage, text, lang)


def test_spaced_name_still_linked(stage):
    assert ("كيم جونغ أون", "PRK") in people(stage, "قال كيم جونغ أون إن بلاده مستعدة.", "ar")


def test_dash_fold_keeps_length_and_latin():
    assert space_arabic_dashes("كيم جونغ-أون") == "كيم جونغ أون"
    assert space_arabic_dashes("Pê-ru - موسكو -") == "Pê-ru - موسكو -"  # Latin and a spaced dash stay
    f = match_form("سوك-يول")
    assert len(space_arabic_dashes(f.text)) == len(f.text)
