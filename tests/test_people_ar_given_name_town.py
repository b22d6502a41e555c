"""Arabic: a town whose name is also a given name (موشي: Moshi in Tanzania, Moshe) is a place only with place
context (data/places_block.json ``context``), so that a role word and the name after it find the person (وزير
المالية موشي X) (issue 10, people, dev batch 39). Sentences written for these tests."""

from __future__ import annotations

from bilat.records import Document, Sentence


def mentions(stage, text: str) -> list[tuple[str, str]]:
    doc = Document(id="t", source="test", original=text, text=text, lang="ar", sentences=(Sentence(start=0, end=len(text)),))
    return [(m.text.replace("\u00a0", " "), m.kind) for m in stage(doc).mentions]


def test_given_name_after_a_role_is_no_town(stage):
    found = mentions(stage, "وكان وزير الزراعة موشي بارزيلاي قد زار المزارع أمس.")
    assert ("موشي بارزيلاي", "person") in found
    assert ("موشي", "place") not in found


def test_town_with_place_context_stays_a_place(stage):
    assert ("موشي", "place") in mentions(stage, "ووصل السياح إلى موشي قرب جبل كليمنجارو.")
