"""The direction of a visit (docs/stories.md round forty-four): "A visits B" and "B visits A" are two events, however
alike their reports read (``stories.lead_visits``, ``stories.visits_reversed``, ``stories.VISIT_DIRECTION``)."""

from __future__ import annotations

import numpy as np

from bilat import embed, store
from bilat.corpus import stories
from bilat.records import Actor, Document, Event, Mention, Sentence


def _visit_doc(text: str, visitor: str, host: str, mode: str | None = "visit", event: str = "CONSULT",
               places: tuple[tuple[str, str], ...] = ()) -> Document:
    """A document whose first sentence carries one event from ``visitor`` to ``host``; ``places``: (written form,
    country) of place mentions in the text."""
    end = text.index(".") + 1
    ev = Event(id="e1", event=event, mode=mode, actor=Actor(code=visitor), recipient=Actor(code=host),
               start=0, end=end, confidence=0.99, event_text=text[:end])
    mentions = tuple(Mention(start=text.index(w), end=text.index(w) + len(w), text=w, entity=f"bilat:place:{w}",
                             kind="place", iso3=iso3, form="capital") for w, iso3 in places)
    return Document(id="d", source="d", original=text, text=text, lang="en", events=(ev,), mentions=mentions,
                    sentences=(Sentence(start=0, end=end),))


OUTBOUND = "The president of Aland arrived in Borduria for a state visit and held talks with his host."
INBOUND = "The president of Borduria arrived in Aland for a state visit and held talks with his host."


def test_the_lead_visit_is_kept_with_its_direction():
    assert stories.features(_visit_doc(OUTBOUND, "ALA", "BOR")).visits == frozenset({"ALA>BOR"})
    assert stories.features(_visit_doc(INBOUND, "BOR", "ALA")).visits == frozenset({"BOR>ALA"})
    # the event key itself is unordered: the two reports share it
    assert stories.features(_visit_doc(OUTBOUND, "ALA", "BOR")).events == \
        stories.features(_visit_doc(INBOUND, "BOR", "ALA")).events


def test_the_city_named_gives_the_host():
    """"An agency of Borduria said the president of Aland arrived in Szohod": read with the agency's country as the
    actor, the visit is turned round by the city, Borduria's capital."""
    text = "A news agency of Borduria said the president of Aland had arrived in Szohod for talks."
    doc = _visit_doc(text, "BOR", "ALA", places=(("Szohod", "BOR"),))
    assert stories.features(doc).visits == frozenset({"ALA>BOR"})
    # places of both parties named (left one capital for the other): the events stage's order stands
    both = _visit_doc("The president of Aland left Alba for Szohod on a state visit.", "ALA", "BOR",
                      places=(("Alba", "ALA"), ("Szohod", "BOR")))
    assert stories.features(both).visits == frozenset({"ALA>BOR"})


def test_switched_off_the_place_is_not_read(monkeypatch):
    monkeypatch.setattr(stories, "VISIT_PLACE_HOST", False)
    text = "A news agency of Borduria said the president of Aland had arrived in Szohod for talks."
    doc = _visit_doc(text, "BOR", "ALA", places=(("Szohod", "BOR"),))
    assert stories.features(doc).visits == frozenset({"BOR>ALA"})


def test_only_visits_count():
    assert not stories.features(_visit_doc(OUTBOUND, "ALA", "BOR", mode="phone")).visits
    assert not stories.features(_visit_doc(OUTBOUND, "ALA", "BOR", event="ACCUSE", mode=None)).visits


def test_opposite_visits_are_reversed_the_same_or_mixed_are_not():
    out, back = stories.Features(visits=frozenset({"ALA>BOR"})), stories.Features(visits=frozenset({"BOR>ALA"}))
    assert stories.visits_reversed(out, back) and stories.visits_reversed(back, out)
    assert not stories.visits_reversed(out, out)
    assert not stories.visits_reversed(out, stories.Features())
    both = stories.Features(visits=frozenset({"ALA>BOR", "BOR>ALA"}))  # a report telling both visits
    assert not stories.visits_reversed(out, both)
    assert not stories.visits_reversed(out, stories.Features(visits=frozenset({"BOR>CRO"})))


def test_features_round_trip_keeps_visits():
    f = stories.Features(visits=frozenset({"ALA>BOR"}))
    assert stories.Features.from_dict(f.as_dict()) == f
    assert "visits" not in stories.Features().as_dict()  # stores stay as they were for documents without visits


def _vec(seed: int, base: np.ndarray | None = None) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=embed.DIM)
    if base is not None:
        v = base + 0.9 * v / np.linalg.norm(v) * np.linalg.norm(base)
    return v / np.linalg.norm(v)


def _score(path, new: stories.Features, member: stories.Features) -> float:
    path.mkdir()
    linker = stories.Linker(store.connect(str(path / "s.db")))
    base = _vec(1)
    m = stories.Member(vec=_vec(2, base), lang="en", features=member, day=None)
    return linker.story_probability(base, "ru", new, None, [m])


def test_a_reversed_visit_scores_lower(tmp_path, monkeypatch):
    common = {"countries": frozenset({"ALA", "BOR"}), "events": frozenset({"CONSULT:ALA:BOR"}),
              "entities": frozenset({"Q1", "Q2"}), "people": frozenset({"Q1", "Q2"})}
    member = stories.Features(**common, visits=frozenset({"ALA>BOR"}), event_day="2023-03-20",
                              when=frozenset({"2023-03-20"}))
    new = stories.Features(**common, visits=frozenset({"BOR>ALA"}))
    same = stories.Features(**common, visits=frozenset({"ALA>BOR"}))
    reversed_, alike = _score(tmp_path / "a", new, member), _score(tmp_path / "b", same, member)
    assert reversed_ < alike
    monkeypatch.setattr(stories, "VISIT_DIRECTION", False)
    assert _score(tmp_path / "c", new, member) == alike  # switched off, the direction is not read
