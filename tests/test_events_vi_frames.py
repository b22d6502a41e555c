"""A request addressed to no state frames the act it asks for (events.FRAMED_RETYPE, events.NONSTATE_FRAME):
"X called on the EU to impose sanctions on Russia" is neither X's sanction nor a request between states, even
when the classifier is sure of the sanction. Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import make_doc, pairs

from bilat.records import Sentence
from bilat.stages import events
from bilat.stages.events import Trigger

VI_EU = "Bộ trưởng Ngoại giao Ba Lan hôm qua kêu gọi EU áp đặt thêm các lệnh trừng phạt mới đối với Nga."
VI_EU_MS = [("Ba Lan", "POL", "country"), ("EU", None, "org"), ("Nga", "RUS", "country")]
VI_STATE = "Bộ trưởng Ngoại giao Ba Lan hôm qua kêu gọi Đức áp đặt thêm các lệnh trừng phạt mới đối với Nga."
VI_STATE_MS = [("Ba Lan", "POL", "country"), ("Đức", "DEU", "country"), ("Nga", "RUS", "country")]


def _trig(text: str, word: str, event: str) -> Trigger:
    at = text.index(word)
    return Trigger(at, at + len(word), event, None, "subj", 0.9)


def test_framed_finds_the_act_asked_for_in_the_request_clause():
    text = VI_EU
    s = Sentence(start=0, end=len(text))
    frame = _trig(text, "kêu gọi", "REQUEST")
    sanction = _trig(text, "trừng phạt", "SANCTION")
    assert events._framed(text, s, frame, [frame, sanction], "SANCTION")
    assert not events._framed(text, s, frame, [frame, sanction], "ACCUSE")
    cut = "Ba Lan kêu gọi EU bình tĩnh, còn Mỹ đã áp đặt các lệnh trừng phạt với Nga."
    s = Sentence(start=0, end=len(cut))
    frame, sanction = _trig(cut, "kêu gọi", "REQUEST"), _trig(cut, "trừng phạt", "SANCTION")
    assert not events._framed(cut, s, frame, [frame, sanction], "SANCTION")  # another clause: told, not asked


@pytest.fixture
def frames_on():
    yield
    events.FRAMED_RETYPE = True
    events.NONSTATE_FRAME = True


@pytest.mark.model
def test_a_sanction_asked_of_the_eu_is_no_sanction(frames_on):
    stage = events.make_stage()
    got = pairs(stage(make_doc(VI_EU, "vi", VI_EU_MS)))
    assert ("SANCTION", "POL", "RUS") not in got
    assert not [p for p in got if p[0] == "REQUEST"]  # the EU is asked: no request between states
    asked = pairs(stage(make_doc(VI_STATE, "vi", VI_STATE_MS)))
    assert ("REQUEST", "POL", "DEU") in asked  # a state asked: the request stands
    assert ("SANCTION", "POL", "RUS") not in asked
    events.FRAMED_RETYPE = events.NONSTATE_FRAME = False
    assert ("SANCTION", "POL", "RUS") in pairs(stage(make_doc(VI_EU, "vi", VI_EU_MS)))  # the classifier's sureness


@pytest.mark.model
def test_a_sanction_imposed_stays():
    text = "Ba Lan hôm qua đã áp đặt thêm các lệnh trừng phạt mới đối với Nga."
    ms = [("Ba Lan", "POL", "country"), ("Nga", "RUS", "country")]
    assert ("SANCTION", "POL", "RUS") in pairs(events.make_stage()(make_doc(text, "vi", ms)))
