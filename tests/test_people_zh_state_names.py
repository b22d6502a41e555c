"""Chinese: the first characters of a foreign state's name that jieba tags as a person (阿鲁纳|恰尔邦, Arunachal
Pradesh) are no person when the next word ends the state's name with 邦, or with 州 in three characters or more
(people._zh_state_tail). Sentences composed for the test."""
from __future__ import annotations

from conftest import person_mentions


def names(stage, text: str) -> list[str]:
    return [m.text for m in person_mentions(stage, text, "zh")]


def test_a_state_name_cut_by_jieba_is_no_person(stage):
    assert names(stage, "美国承认阿鲁纳恰尔邦是印度领土。") == []
    assert names(stage, "印度总理莫迪前往阿鲁纳恰尔邦出席典礼。") == ["莫迪"]


def test_a_person_before_a_city_in_zhou_is_still_a_person(stage):
    assert names(stage, "中国外长王毅在广州会见越南外长。") == ["王毅"]
