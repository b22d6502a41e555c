"""A shared attack read as neutral, measured and left off (issue 12, stories54): with
``story_scorer.SHARED_CONFLICT_NEUTRAL`` the event overlaps of a pair that shares an event of a conflict type
(``story_scorer.CONFLICT_EVENTS``) are 0, so the fitted weights (net -1.34 for one shared event) no longer cost the
reports of one attack their link; other shared events keep them (docs/stories.md round forty-six)."""

import pytest

from bilat.corpus import stories, story_scorer

EVENT_FEATURES = ("events", "event_types", "event_pairs")


def _features(events: set[str], outlet: str) -> stories.Features:
    return stories.Features(countries=frozenset({"KHM", "THA"}), events=frozenset(events), outlet=outlet)


def _vector(events_a: set[str], events_b: set[str]) -> list[float]:
    return story_scorer.pair_vector(0.3, _features(events_a, "a.example"), _features(events_b, "b.example"), "ru", "zh")


def _overlaps(vector: list[float]) -> list[float]:
    return [vector[story_scorer.NAMES.index(n)] for n in EVENT_FEATURES]


def _probability(events_a: set[str], events_b: set[str]) -> float:
    model = story_scorer.shipped()
    assert model is not None
    return model.probability(_vector(events_a, events_b))


def test_shipped_off_a_shared_attack_reads_the_fitted_overlaps():
    assert story_scorer.SHARED_CONFLICT_NEUTRAL is False
    assert _overlaps(_vector({"ASSAULT:KHM:THA"}, {"ASSAULT:KHM:THA", "ACCUSE:KHM:THA"})) == [1.0, 1.0, 1.0]


@pytest.fixture
def neutral(monkeypatch):
    monkeypatch.setattr(story_scorer, "SHARED_CONFLICT_NEUTRAL", True)


def test_switched_on_a_shared_attack_does_not_lower_the_pair_s_probability(neutral):
    assert _overlaps(_vector({"ASSAULT:KHM:THA"}, {"ASSAULT:KHM:THA", "ACCUSE:KHM:THA"})) == [0.0, 0.0, 0.0]
    assert _probability({"ASSAULT:KHM:THA"}, {"ASSAULT:KHM:THA"}) >= _probability(set(), set()) - 1e-12


def test_switched_on_a_shared_consultation_keeps_the_fitted_event_weights(neutral):
    assert _overlaps(_vector({"CONSULT:KHM:THA"}, {"CONSULT:KHM:THA"})) == [1.0, 1.0, 1.0]
    # the shipped file weighs a shared consultation against one event, and no longer a shared attack
    assert _probability({"CONSULT:KHM:THA"}, {"CONSULT:KHM:THA"}) < _probability({"ASSAULT:KHM:THA"}, {"ASSAULT:KHM:THA"})
