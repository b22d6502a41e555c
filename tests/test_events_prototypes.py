"""No prototype-only event where the classifier has judged a sentence of a language with a lexicon
(events.PROTOTYPES_AFTER_CLASSIFIER = False): the prototypes' guess stays for languages without a lexicon
(tests/test_events.py, test_embeddings_find_an_event_in_a_language_without_a_lexicon). Sentence composed for the test."""
from __future__ import annotations

import pytest
from test_events import make_doc

from bilat.stages import events


@pytest.fixture(scope="module")
def combined():
    return events.make_stage()


@pytest.fixture
def prototypes_flag():
    saved = events.PROTOTYPES_AFTER_CLASSIFIER
    yield
    events.PROTOTYPES_AFTER_CLASSIFIER = saved


@pytest.mark.model
def test_no_prototype_guess_once_the_classifier_has_judged(combined, prototypes_flag):
    doc = make_doc("The British minister resigned over the Iraq war.", "en",
                   [("British", "GBR", "country"), ("Iraq", "IRQ", "country")])
    events.PROTOTYPES_AFTER_CLASSIFIER = False
    assert events.exported(combined(doc).events) == ()
    events.PROTOTYPES_AFTER_CLASSIFIER = True
    assert [e.event for e in events.exported(combined(doc).events)] == ["RETREAT"]  # the prototypes' guess
