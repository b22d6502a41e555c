"""Country forms found on dev misses (issue 10, country recall), each with invented sentences: a Russian
adjective whose stem is not the country's name (немецк|ий: German, beside германск|ий), irregular Russian
combining forms before a hyphen (румыно-, молдо-, грузино-, немецко-), and a Chinese one-character
abbreviation after 驻 "stationed in" (驻日美军, 中国驻法大使), as 驻华 is China's, and listed runs of
abbreviations written as one word (英法德, 新马泰: data/actors.json zh_abbr_runs)."""
from __future__ import annotations

import pytest
from conftest import named_states as states

from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage(learn=False)


@pytest.mark.parametrize("text, want", [
    ("Власти закрыли несколько немецких ферм после проверки.", ["DEU"]),
    ("Завод продал немецкой фирме новое оборудование.", ["DEU"]),
    ("Министр встретился с немецким коллегой в пятницу.", ["DEU"]),
    ("Эксперты обсудили румыно-молдавскую границу.", ["MDA", "ROU"]),
    ("Начались молдо-румынские переговоры.", ["MDA", "ROU"]),
    ("Он изучал грузино-российские отношения.", ["GEO", "RUS"]),
    ("Она преподаёт на немецком языке.", []),  # a language, not the country
    ("Учебник немецкого языка вышел в марте.", []),
])
def test_russian_german_stem_and_combining_forms(stage, text, want):
    assert states(stage, text, "ru") == want


@pytest.mark.parametrize("text, want", [
    ("中国驻日大使馆今天发表声明。", ["CHN", "JPN"]),
    ("美国驻英大使会见了记者。", ["GBR", "USA"]),
    ("导弹部队专门针对驻日美军基地。", ["JPN", "USA"]),
    ("中國駐美外交官被驅逐。", ["CHN", "USA"]),
    ("驻俄大使出席了招待会。", ["RUS"]),
    ("中国驻日内瓦代表团发言。", ["CHN"]),  # 日内瓦 Geneva: a city, not 日 Japan
    ("他曾任驻法兰克福总领事。", []),  # 法兰克福 Frankfurt, not 法 France
    ("驻马尼拉大使馆发出提醒。", []),  # 马 is weak: Manila, not Malaysia
])
def test_chinese_abbreviation_after_stationed(stage, text, want):
    assert states(stage, text, "zh") == want


@pytest.mark.parametrize("text, want", [
    ("欧洲方面，英法德股市亦下跌。", ["DEU", "FRA", "GBR"]),  # 德 is weak, jieba reads 英法德 as one word
    ("新马泰旅游线路很受欢迎。", ["MYS", "SGP", "THA"]),
    ("二战时德日意结成轴心。", ["DEU", "ITA", "JPN"]),
    ("埃德加在会上发言。", []),  # Edgar: a name, not Egypt, Germany and Canada
    ("本月18日加推新房源。", []),  # a number before: a day, no run
])
def test_chinese_listed_runs_of_abbreviations(stage, text, want):
    assert states(stage, text, "zh") == want


@pytest.mark.parametrize("trad, simp", [("前蘇聯", "前苏联"), ("聯合國", "联合国"), ("單邊主義", "单边主义"),
                                        ("於本月訪問", "于本月访问"), ("乾隆", "乾隆")])
def test_traditional_characters_that_a_stray_dictionary_entry_kept(trad, simp):
    """scripts/build_zh_t2s.py: 聯 單 於 map although one stray CC-CEDICT entry keeps them in its simplified
    column; 乾, a simplified character in its own right, stays."""
    from bilat.normalize import zh_simplified

    assert zh_simplified(trad) == simp


def test_soviet_union_in_traditional_script(stage):
    assert states(stage, "地處中亞的哈薩克是前蘇聯的加盟共和國。", "zh") == ["KAZ", "SUN"]


@pytest.mark.parametrize("text, want", [
    ("Cố vấn an ninh quốc gia Mỹ Robert Obrenko phát biểu hôm qua.", ["USA"]),
    ("Đại sứ Ấn Độ tại Mỹ Taranjit Sandhu làm việc với các công ty.", ["IND", "USA"]),
    ("Ông đến Mỹ Tho hôm qua.", []),  # a Vietnamese syllable after it: the town
    ("Các nước Mỹ Latinh đã họp.", []),  # Latin America
    ("Đức Dalai Lama phát biểu.", []),  # Đức, an honorific too, keeps the old rule
])
def test_vietnamese_country_before_a_foreign_name(stage, text, want):
    """A short country name before a capitalised word that can be no Vietnamese syllable (a foreign person's name)
    is the country, not part of a Vietnamese name."""
    assert states(stage, text, "vi") == want
