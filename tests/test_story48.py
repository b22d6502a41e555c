"""An undated report (no publication day, no day in its text) against a story: a place both texts name stands in for
the event day it cannot give (stories.UNDATED_PLACE; docs/stories.md round thirty-eight). Off by default (measured on
dev, not kept: xl4 and NTREX lose precision); these tests switch it on to check the reading."""

import numpy as np
import pytest

from bilat import embed, store
from bilat.corpus import stories, story_scorer

DAMASCUS = "Q3766"


@pytest.fixture
def on(monkeypatch):
    monkeypatch.setattr(stories, "UNDATED_PLACE", 0)


def test_off_by_default():
    assert stories.UNDATED_PLACE is None
    place = stories.Features(places=frozenset({DAMASCUS}))
    assert stories.undated_place_gap(place, place) is None


def _vec(seed: int, base: np.ndarray | None = None) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=embed.DIM)
    if base is not None:
        v = base + 0.9 * v / np.linalg.norm(v) * np.linalg.norm(base)
    return v / np.linalg.norm(v)


def _score(tmp_path, new: stories.Features, member: stories.Features, member_day: int | None) -> float:
    linker = stories.Linker(store.connect(str(tmp_path / "s.db")))
    base = _vec(1)
    m = stories.Member(vec=_vec(2, base), lang="en", features=member, day=member_day)
    return linker.story_probability(base, "ar", new, None, [m])


DATED = 739228  # 2024-12-08


def test_a_shared_place_reads_as_the_same_day(on):
    undated = stories.Features(places=frozenset({DAMASCUS}), countries=frozenset({"SYR"}))
    other = stories.Features(places=frozenset({"Q5838"}), countries=frozenset({"SYR"}))
    assert stories.undated_place_gap(undated, undated) == stories.UNDATED_PLACE == 0
    assert stories.undated_place_gap(undated, other) is None
    assert stories.undated_place_gap(stories.Features(), stories.Features()) is None


def test_an_undated_report_scores_higher_against_a_story_naming_its_place(on, tmp_path):
    new = stories.Features(places=frozenset({DAMASCUS}), countries=frozenset({"SYR"}))
    same = stories.Features(places=frozenset({DAMASCUS}), countries=frozenset({"SYR"}), when=frozenset({"2024-12-08"}),
                            event_day="2024-12-08")
    elsewhere = stories.Features(places=frozenset({"Q5838"}), countries=frozenset({"SYR"}),
                                 when=frozenset({"2024-12-08"}), event_day="2024-12-08")
    with_place = _score(tmp_path, new, same, DATED)
    without = _score(tmp_path, new, elsewhere, DATED)
    model = story_scorer.shipped()
    assert model is not None and model.event_same > 0
    assert with_place > without


def test_off_it_scores_as_before(on, tmp_path, monkeypatch):
    new = stories.Features(places=frozenset({DAMASCUS}), countries=frozenset({"SYR"}))
    same = stories.Features(places=frozenset({DAMASCUS}), countries=frozenset({"SYR"}), event_day="2024-12-08",
                            when=frozenset({"2024-12-08"}))
    on = _score(tmp_path, new, same, DATED)
    monkeypatch.setattr(stories, "UNDATED_PLACE", None)
    (tmp_path / "off").mkdir()
    assert on > _score(tmp_path / "off", new, same, DATED)


def test_a_dated_pair_is_left_to_its_days(on, tmp_path, monkeypatch):
    """Both sides dated: the days decide; the shared place adds nothing beyond the learned weights."""
    new = stories.Features(places=frozenset({DAMASCUS}), countries=frozenset({"SYR"}), when=frozenset({"2024-12-20"}),
                           event_day="2024-12-20")
    member = stories.Features(places=frozenset({DAMASCUS}), countries=frozenset({"SYR"}),
                              when=frozenset({"2024-12-08"}), event_day="2024-12-08")
    linker = stories.Linker(store.connect(str(tmp_path / "s.db")))
    base = _vec(1)
    m = stories.Member(vec=_vec(2, base), lang="en", features=member, day=DATED)
    on = linker.story_probability(base, "ar", new, DATED + 12, [m])
    monkeypatch.setattr(stories, "UNDATED_PLACE", None)
    assert linker.story_probability(base, "ar", new, DATED + 12, [m]) == pytest.approx(on) == 0.0
