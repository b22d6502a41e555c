"""The act a refusal or an accusation frames ("Iran refused to hold talks with the United States", "accused Iran of
sending troops") is no second event by its trigger word, as for a request or a threat (events.UNREALISED_FRAMES): only
a sure classifier (events.EXTRA_SURE) adds it. A fixed fake classifier and embedding; sentences composed for the test."""
from __future__ import annotations

import numpy as np
import pytest
from test_events import make_doc

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


def _types(stage, text, mentions):
    doc = stage(make_doc(text, "en", mentions, published="2024-03-01"))
    return sorted(e.event for e in events.exported(doc.events) if e.actor and e.recipient)


EN = [("Iran", "IRN", "country"), ("United States", "USA", "country")]


@pytest.mark.parametrize("text, frame, framed", [
    ("Iran refused to hold talks with the United States on Monday.", "REJECT", "CONSULT"),
    ("Iran accused the United States of imposing new sanctions on Monday.", "ACCUSE", "SANCTION"),
])
def test_the_framed_act_is_no_second_event(text, frame, framed):
    assert _types(_stage({frame: 0.9, framed: 0.5}), text, EN) == [frame]


def test_a_sure_classifier_still_adds_it():
    text = "Iran accused the United States of imposing new sanctions on Monday."
    assert _types(_stage({"ACCUSE": 0.9, "SANCTION": 0.9}), text, EN) == ["ACCUSE", "SANCTION"]


def test_an_act_named_before_the_frame_is_an_event():
    text = "Iran held talks with the United States and later refused its proposal."
    assert _types(_stage({"REJECT": 0.9, "CONSULT": 0.5}), text, EN) == ["CONSULT", "REJECT"]
