"""Persian: an institution's common noun (مرکز 'centre', پایگاه 'base') as the subject of a speech verb is no
person (roles.json bare_names.fa.not_names, beside سازمان, ستاد, اداره). Sentences composed for the test."""
from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages import entities


@pytest.fixture(scope="module")
def stage():
    return entities.make_stage()


@pytest.mark.parametrize("text", [
    "مرکز گفت: این گزارش نادرست است.",
    "آقای مرکز گفت که جلسه لغو شد.",
    "پایگاه گفت: حمله‌ای رخ نداده است.",
])
def test_institution_noun_is_no_person(stage, text):
    doc = stage(Document(id="t", source="t", original="", lang="fa", text=text))
    assert not [m.text for m in doc.mentions if m.kind == "person"]


def test_surname_as_speaker_still_found(stage):
    doc = stage(Document(id="t", source="t", original="", lang="fa", text="عراقچی گفت: مذاکرات ادامه دارد."))
    assert [m.text for m in doc.mentions if m.kind == "person"] == ["عراقچی"]
