"""Chinese words that hold a modal character but are no modal (issue 10, evzh2): 回应 (respond), 应邀 (at the
invitation), 需求 (demand) do not hedge the sentence's act (data/direction.json "modal_not"); and a request noun a
country owns (台湾的请求, Taiwan's request) is that country's request (data/direction.json "possessed_request").
Sentences composed for the test, in the shape of Hong Kong and mainland news."""
from __future__ import annotations

import pytest
from test_events import two_party

from bilat.records import Sentence
from bilat.stages import events

PARTIES = [("中国", "CHN", "country"), ("中國", "CHN", "country"), ("美国", "USA", "country"),
           ("美國", "USA", "country"), ("台湾", "TWN", "country"), ("日本", "JPN", "country"),
           ("菲律宾", "PHL", "country"), ("中方", "CHN", "country"), ("美方", "USA", "country"),
           ("巴基斯坦", "PAK", "country")]


def _found(lexical, text):
    return two_party(lexical, text, "zh", [m for m in PARTIES if m[0] in text])


@pytest.mark.parametrize("text, pair", [
    ("中国外交部发言人回应，敦促美国立即停止向台湾出售武器。", ("CHN", "USA")),
    ("中國外交部發言人回應稱，敦促美國停止干涉香港事務。", ("CHN", "USA")),  # traditional, Hong Kong outlets
    ("中方对此作出回应，敦促美方撤销有关决定。", ("CHN", "USA")),
    ("针对美国的要求，中国外交部发言人回应称，中方敦促美方停止干涉中国内政。", ("CHN", "USA")),
])
def test_a_response_is_no_modal(lexical, text, pair):
    assert ("REQUEST", *pair) in _found(lexical, text)


@pytest.mark.parametrize("text, pair", [
    ("中国表示，美国回应了台湾的请求。", ("TWN", "USA")),
    ("日本政府回应了美国的要求。", ("USA", "JPN")),
])
def test_the_owner_of_a_request_asked(lexical, text, pair):
    found = _found(lexical, text)
    assert ("REQUEST", *pair) in found
    assert not any(e == "REQUEST" and a != pair[0] for e, a, _ in found)


def test_modal_words_inside_other_words():
    text = "中国回应了美国的关切，应邀访问的代表团讨论了市场需求。美国应停止军售。"
    first = Sentence(start=0, end=text.index("。") + 1)
    second = Sentence(start=first.end, end=len(text))
    assert events._modals(text, first, "zh") == []
    assert [text[a:b] for a, b in events._modals(text, second, "zh")] == ["应"]


@pytest.mark.parametrize("text, found", [
    ("中国回应了日本的关切，中国和日本加强合作。", [("COOPERATE", "CHN", "JPN")]),  # 回应 hedges nothing
    ("中国和日本应加强合作。", []),  # the modal 应 itself still does
    ("中国回应了日本的关切，希望日本今后邀请中国参加会议。", []),  # and 希望 (hope) beside a 回应
])
def test_a_modal_still_hedges(lexical, text, found):
    assert _found(lexical, text) == found
