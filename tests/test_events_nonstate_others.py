"""A sentence whose first act is a non-state's ("the international community called on Iran ...") gives no event by
that act's words, but keeps the classifier's types no trigger word of the sentence names (events.NONSTATE_OTHERS,
issue 10 evrecall): "..., and the United States said the launches were provocative". A fake classifier; sentences
composed for the test."""
from __future__ import annotations

import numpy as np
from test_events import make_doc

from bilat import plover
from bilat.stages import events
from bilat.stages.event_classifier import TypeClassifier

TYPES = tuple(plover.PLOVER_TYPES)
DIM = 4
TEXT = ("The international community called on Iran to stop the missile tests, and the United States said the "
        "launches were provocative and destabilizing.")
MS = [("Iran", "IRN", "country"), ("United States", "USA", "country")]


def _clf(probs: dict[str, float]) -> TypeClassifier:
    p = np.array([probs.get(t, 0.01) for t in TYPES])
    return TypeClassifier(types=TYPES, weights=np.zeros((len(TYPES), DIM), np.float32),
                          bias=np.log(p / (1 - p)).astype(np.float32), thresholds=np.full(len(TYPES), 0.3, np.float32),
                          cutoffs={})


def _types(text: str, probs: dict[str, float]) -> list[str]:
    protos = events.Prototypes(lambda texts: np.full((len(texts), DIM), 0.5, np.float32))
    stage = events.make_stage(prototypes=protos, classifier=_clf(probs))
    doc = stage(make_doc(text, "en", MS, published="2024-03-01"))
    return sorted(e.event for e in events.exported(doc.events) if e.actor and e.recipient)


def test_the_first_act_is_a_non_states():
    assert events._nonstate_subject(TEXT, make_doc(TEXT, "en", MS).sentences[0], (), [], "en",
                                    events.find_triggers(TEXT, 0, len(TEXT), "en")[0],
                                    events.Party("", None, -1, False))


def test_the_classifiers_other_type_is_kept():
    assert _types(TEXT, {"ACCUSE": 0.9}) == ["ACCUSE"]


def test_no_event_by_the_non_states_words():
    assert "REQUEST" not in _types(TEXT, {"ACCUSE": 0.9, "REQUEST": 0.9})


def test_off_switch(monkeypatch):
    monkeypatch.setattr(events, "NONSTATE_OTHERS", False)
    assert _types(TEXT, {"ACCUSE": 0.9}) == []
