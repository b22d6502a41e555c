"""A call or meeting taken "应约" (at the other side's request) has the side that asked for it as actor
(GUIDE.md: a call "from X to Y" is X>Y; batch 43's note; events._at_request, data/direction.json "at_request").
Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

from bilat.stages import events

CHN_FRA = [("中国", "CHN", "country"), ("法国", "FRA", "country")]


@pytest.mark.parametrize("text", [
    "中国国务委员3日应约同法国总统外交顾问通电话。",
    "中国外交部长12日應約同法国外长举行视频通话。",
])
def test_a_call_taken_at_the_partners_request_is_the_partners(lexical, text):
    got = [e for e in two_party(lexical, text, "zh", CHN_FRA) if e[0] == "CONSULT"]
    assert got and all(e[1:] == ("FRA", "CHN") for e in got)


@pytest.mark.parametrize("text", [
    "中国国务委员3日同法国总统外交顾问通电话。",  # no request word: the subject calls
    "中国国务委员3日应约出席会议后，同法国总统外交顾问通电话。",  # the request word is in another clause
])
def test_no_request_word_before_the_partner_keeps_the_subject(lexical, text):
    got = [e for e in two_party(lexical, text, "zh", CHN_FRA) if e[0] == "CONSULT"]
    assert got and all(e[1:] == ("CHN", "FRA") for e in got)


def test_the_request_words_are_data():
    words = events._direction_words()["at_request"]
    assert "应约" in words["zh"] and "應約" in words["zh"]
    assert "应邀" not in words["zh"]  # an invitation to visit: the visitor acts anyway
