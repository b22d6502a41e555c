"""Vietnamese retaliation told as done is no threat: "nhằm đáp trả", "đáp trả bằng việc ...", "biện pháp đáp trả
của X", "lệnh trừng phạt đáp trả" (event_lexicon.json words EXCLUDE vi); "sẽ đáp trả" (will retaliate) still threatens.
Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

from bilat import plover

MS = [("Ba Lan", "POL", "country"), ("Belarus", "BLR", "country")]


@pytest.mark.parametrize("text", [
    "Ba Lan hôm qua đóng cửa lãnh sự quán nhằm đáp trả việc Belarus bắt giữ hai nhà báo.",
    "Ba Lan đã đáp trả bằng việc đóng cửa lãnh sự quán của Belarus tại Gdansk.",
    "Ba Lan tuyên bố đã có các biện pháp đáp trả phù hợp với Belarus.",
    "Các biện pháp trả đũa bằng thuế quan của Ba Lan khiến Belarus bất ngờ.",
])
def test_retaliation_done_is_no_threat(lexical, text):
    assert not [e for e in two_party(lexical, text, "vi", MS) if e[0] == "THREATEN"]


def test_retaliation_announced_threatens(lexical):
    got = two_party(lexical, "Ba Lan tuyên bố sẽ đáp trả Belarus một cách tương xứng.", "vi", MS)
    assert ("THREATEN", "POL", "BLR") in got


def test_the_phrases_are_excluded():
    assert {"nhằm đáp trả", "đáp trả bằng", "trừng phạt đáp trả", "trả đũa bằng"} <= set(plover.EXCLUDE["vi"])
