"""The act a refusal or an accusation frames ("Iran refused to hold talks with the United States", "accused Iran of
sending troops") is no second event by its trigger word, as for a request or a threat (events.UNREALISED_FRAMES): only
a sure classifier (events.EXTRA_SURE) adds it. A fixed fake classifier and embedding; sentences composed for the test."""
from __future__ import annotations

import numpy as np
import pytest
from test_events import exported_types

from bilat import plover
from bilat.stages import events
from bilat.stages.event_classifier import TypeClassifier

DIM = 4


def _stage(probs: dict[str, float]):
    types = tuple(plover.PLOVER_TYPES)
    p = np.array([probs.get(t, 0.01) for t in types])
    clf = TypeClassifier(types=types, weights=np.zeros((len(types), DIM), np.float32),
                         bias=np.log(p / (1 - p)).astype(np.float32), thresholds=np.full(len(types), 0.3, np.float32))
    protos = events.Prototypes(lambda texts: np.full((len(texts), DIM), 0.5, np.float32))
    return events.make_stage(prototypes=protos, classifier=clf)


EN = [("Iran", "IRN", "country"), ("United States", "USA", "country")]


@pytest.mark.parametrize("text, frame, framed", [
    ("Iran refused to hold talks with the United States on Monday.", "REJECT", "CONSULT"),
    ("Iran accused the United States of imposing new sanctions on Monday.", "ACCUSE", "SANCTION"),
])
def test_the_framed_act_is_no_second_event(text, frame, framed):
    assert exported_types(_stage({frame: 0.9, framed: 0.5}), text, "en", EN) == [frame]


def test_a_sure_classifier_still_adds_it():
    text = "Iran accused the United States of imposing new sanctions on Monday."
    assert exported_types(_stage({"ACCUSE": 0.9, "SANCTION": 0.9}), text, "en", EN) == ["ACCUSE", "SANCTION"]


def test_an_act_named_before_the_frame_is_an_event():
    text = "Iran held talks with the United States and later refused its proposal."
    assert exported_types(_stage({"REJECT": 0.9, "CONSULT": 0.5}), text, "en", EN) == ["CONSULT", "REJECT"]
