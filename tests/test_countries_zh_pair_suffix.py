"""A Chinese pair of one-character abbreviations that jieba reads together with a suffix as one dictionary word
(驻|韩美军 'the US forces stationed in Korea', 日美军, 韩美军演 'Korea-US drills', 中俄总理): both countries, as
美军 alone is the United States; an ordinary word that only starts with a pair (美中不足 'a flaw') stays none."""
from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage(learn=False)


def states(stage, text: str) -> list[str]:
    doc = Document(id="t", source="t", original=text, text=text, lang="zh")
    return sorted({m.iso3 for m in stage(doc).mentions if m.iso3 and (m.kind == "country" or m.form == "capital")})


@pytest.mark.parametrize("text, want", [
    ("驻韩美军下周将举行一次夜间演习。", ["KOR", "USA"]),
    ("记者获悉，驻日美军开始撤离部分装备。", ["JPN", "USA"]),
    ("駐南韓美軍司令部周三發表聲明。", ["KOR", "USA"]),
    ("韩美军演引发了邻国的抗议。", ["KOR", "USA"]),
    ("这次演习美中不足的是天气太差。", []),
])
def test_pair_read_with_a_suffix_is_both_countries(stage, text, want):
    assert states(stage, text) == want
