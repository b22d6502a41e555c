"""A visit's hosts are the first host named and the countries listed with it (events.VISIT_HOST_LIST): a country
named further on is what was said during the visit, not another host, unless another visit word comes first.
Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import visits

from bilat.stages import events

EN = [("US", "USA", "country"), ("Thailand", "THA", "country"), ("North Korea", "PRK", "country"),
      ("China", "CHN", "country")]
ZH = [("美国", "USA", "country"), ("泰国", "THA", "country"), ("朝鲜", "PRK", "country"), ("中国", "CHN", "country")]


@pytest.fixture
def host_list():
    yield
    events.VISIT_HOST_LIST = True


def test_countries_named_after_the_host_are_no_hosts(lexical, host_list):
    en = "The US Secretary of State, visiting Thailand, said North Korea would be raised with China."
    zh = "美国国务卿日前访问泰国时说，朝鲜问题将是与中国对话的一个内容。"
    assert visits(lexical, en, "en", EN) == [("USA", "THA")]
    assert visits(lexical, zh, "zh", ZH) == [("USA", "THA")]
    events.VISIT_HOST_LIST = False
    assert len(visits(lexical, en, "en", EN)) == 3


def test_a_listed_tour_and_a_second_visit_word_keep_their_hosts(lexical):
    text = "The Chinese envoy visited Thailand, the US and North Korea this week."
    ms = [("Chinese", "CHN", "country"), ("Thailand", "THA", "country"), ("US", "USA", "country"),
          ("North Korea", "PRK", "country")]
    assert visits(lexical, text, "en", ms) == [("CHN", "PRK"), ("CHN", "THA"), ("CHN", "USA")]
    text = "The Chinese president will pay a state visit to Thailand and then an official visit to North Korea."
    ms = [("Chinese", "CHN", "country"), ("Thailand", "THA", "country"), ("North Korea", "PRK", "country")]
    assert visits(lexical, text, "en", ms) == [("CHN", "PRK"), ("CHN", "THA")]
