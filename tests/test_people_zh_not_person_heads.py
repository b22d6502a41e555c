"""Chinese: a word jieba tags as a person name is no person where the document puts it before an
organisation's or a place's head noun (彭博社, 乌代德空军基地); 华府 is Washington (a gazetteer place
name). Sentences composed for the test."""
from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages import entities


@pytest.fixture(scope="module")
def stage():
    return entities.make_stage()


def mentions(stage, text):
    doc = stage(Document(id="t", source="t", original="", lang="zh", text=text))
    return [(m.text, m.kind, m.entity) for m in doc.mentions]


def test_agency_name_is_no_person(stage):
    found = mentions(stage, "据彭博社报道，美国总统拜登周二将访问中东。彭博报道说，拜登将与各方会谈。")
    assert not [m for m in found if m[1] == "person" and m[0].startswith("彭博")], found
    assert ("拜登", "person", "Q6279") in found


def test_base_name_is_no_person(stage):
    found = mentions(stage, "伊朗导弹袭击了卡塔尔的乌代德空军基地。乌代德基地是美军在中东最大的基地。")
    assert not [m for m in found if m[1] == "person"], found


def test_huafu_is_washington(stage):
    found = mentions(stage, "华府表示，将继续支持盟友。国务卿布林肯说，华府不会改变政策。")
    assert [m for m in found if m[0] == "华府"] == [("华府", "place", "bilat:place:washington")] * 2, found


def test_person_before_ordinary_words_is_kept(stage):
    found = mentions(stage, "外交部长王毅表示，中方愿与各方加强合作。")
    assert any(m[0] == "王毅" and m[1] == "person" for m in found), found
