"""Arabic: a person whose role phrase has a bare "the kingdom" as its complement ("مندوب المملكة لدى
الأمم المتحدة X", "X، سفير المملكة ...") is an official of the kingdom the document is about
(plover.document_kingdom: Saudi Arabia unless the document names another kingdom of the list and not
it), and stays so when the organisation he is posted to comes right before his name (entities
igo_officials: the kingdom's envoy, not the organisation's official)."""

from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages import names
from bilat.stages.entities import make_stage
from bilat.stages.names import Registry


def persons(tagger, text, lang="ar"):
    mentions, _ = Registry(tagger).process(text, lang)
    return [(m.text, m.iso3) for m in mentions if m.kind == "person"]


@pytest.mark.parametrize("text, name, iso3", [
    ("وقال مندوب المملكة لدى الأمم المتحدة فهد العتيبي إن الحل السياسي هو الطريق الوحيد.", "فهد العتيبي", "SAU"),
    ("وقال فهد العتيبي، مندوب المملكة الدائم لدى الأمم المتحدة، إن الحل السياسي هو الطريق الوحيد.", "فهد العتيبي", "SAU"),
    ("أكد الأردن دعمه للحل. وقال سفير المملكة في لندن عمر الخطيب إن الأردن يدعم الحل.", "عمر الخطيب", "JOR"),
    ("وقال سفير المملكة المتحدة لدى الأمم المتحدة جيمس كاريوكي إن لندن تدعم الحل.", "جيمس كاريوكي", "GBR"),
])
def test_kingdom_in_role_phrase(tagger, text, name, iso3):
    assert (name, iso3) in persons(tagger, text)


def test_flag_off_leaves_the_kingdom_unread(tagger, monkeypatch):
    monkeypatch.setattr(names, "KINGDOM_ROLE", False)
    text = "وقال مندوب المملكة لدى الأمم المتحدة فهد العتيبي إن الحل السياسي هو الطريق الوحيد."
    assert ("فهد العتيبي", None) in persons(tagger, text)


def test_kingdom_envoy_at_the_un_is_no_un_official():
    text = "وأوضح مندوب المملكة في الأمم المتحدة فهد العتيبي أن المملكة تتحمل التكاليف. وأكد العتيبي أن الهدنة فشلت."
    doc = make_stage()(Document(id="t", source="t", original=text, text=text, lang="ar"))
    got = {(m.text, m.iso3) for m in doc.mentions if m.kind == "person"}
    assert ("فهد العتيبي", "SAU") in got
