"""The classifier's one-sided act in a sentence whose only countries are one list at its head ("Seoul and
Washington said the test violated the resolutions") is the listed countries' act together, on no one named, never
the first's on the second (events.CLF_CO_SUBJECTS, events._listed_only); a joint act (talks) keeps the pair, and
"each other" keeps a one-sided act between them. Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import make_doc

from bilat.stages import events

BR = [("Brasilia", "BRA", "country"), ("Lima", "PER", "country")]


class _Sure:
    """A classifier stub: every type at threshold 0.5, no cut-offs of its own."""

    def threshold(self, event):
        return 0.5

    def cutoff(self, name, event, default):
        return default


def _also(text, mentions, probs):
    ex = events.make_stage(embeddings=False)
    ex.clf = _Sure()
    doc = make_doc(text, "en", mentions)
    s = doc.sentences[0]
    ps = events.parties(doc.text, doc.mentions, None, "en")
    emb = events.Signals(scores={}, probs=probs)
    got = ex._also(doc, s, doc.mentions, ps, emb, events.Ctx(), "en", (None, None), set(), None)
    return [(c.event, c.actor.code if c.actor else None, c.recipient.code if c.recipient else None) for c in got]


@pytest.mark.parametrize("text", [
    "Brasilia and Lima said the test violated the regional accords.",
    "Officials were investigating whether the Brasilia and Lima statements were related.",
])
def test_a_listed_pair_gets_no_one_sided_act_of_the_classifier(text):
    assert _also(text, BR, {"ACCUSE": 0.9}) == []


def test_a_joint_act_of_the_list_keeps_its_pair():
    got = _also("Brasilia and Lima said the talks went well.", BR, {"CONSULT": 0.9})
    assert [(e, a, r) for e, a, r in got] == [("CONSULT", "BRA", "PER")]


@pytest.mark.parametrize("text", [
    "Brasilia and Lima accused each other of breaking the accords.",
    "Brasilia said Lima had broken the accords.",
])
def test_a_mutual_act_or_a_subject_and_an_object_keep_the_pair(text):
    got = _also(text, BR, {"ACCUSE": 0.9})
    assert [e for e, _, _ in got] == ["ACCUSE"]


def test_listed_only():
    doc = make_doc("Brasilia and Lima condemned the test.", "en", BR)
    ps = events.parties(doc.text, doc.mentions, None, "en")
    assert events._listed_only(doc.text, doc.sentences[0], "en", ps)
