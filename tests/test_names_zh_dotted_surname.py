"""A gazetteer person's Chinese name is written given·family (罗德里戈·杜特尔特); Chinese news names him by the family
name alone after a role (菲律宾总统杜特尔特). ``Registry._known_by_surname`` indexes the part after the dot
(names.ZH_DOTTED_SURNAME), so the role's country picks the gazetteer person. Sentences composed for the test."""
from __future__ import annotations

import pytest
from conftest import person_mentions


@pytest.mark.parametrize("text, name, qid", [
    ("哥伦比亚总统佩特罗表示，该国将与委内瑞拉恢复外交关系。", "佩特罗", "Q704022"),
    ("菲律宾总统马科斯在马尼拉会见了日本外相。", "马科斯", "Q983324"),
    ("英国首相约翰逊周二表示，英国将向乌克兰提供援助。", "约翰逊", "Q180589"),
])
def test_a_family_name_after_a_role_links_the_gazetteer_person(stage, text, name, qid):
    got = {m.text: m.entity for m in person_mentions(stage, text, "zh")}
    assert got[name] == qid


def test_the_family_name_of_another_country_does_not_link(stage):
    got = {m.text: m.entity for m in person_mentions(stage, "美国国务院发言人约翰逊表示，美方对此表示关切。", "zh")}
    assert got.get("约翰逊") != "Q180589"
