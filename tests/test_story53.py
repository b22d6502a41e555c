"""scripts/train_story_scorer.py with the xl dev sets in the fit (issue 12, stories53): the sets' shares, and
the leave-one-set-out choice never fitting on the set it is chosen for."""

import importlib.util
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
_spec = importlib.util.spec_from_file_location("train_story_scorer", ROOT / "scripts" / "train_story_scorer.py")
T = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(T)

from bilat.corpus import story_scorer


def _totals(names, sizes, share):
    return {n: float(w.sum()) for n, w in zip(names, T.set_weights(names, sizes, share))}


def test_without_xl_sets_the_shares_are_the_old_fit_s():
    t = _totals(["saudi-2015-07-23", "saudi-2015-07-22", "ntrex"], [10, 20, 30], 0.4)
    assert abs(t["ntrex"] - 0.5) < 1e-9 and abs(t["saudi-2015-07-23"] - 0.25) < 1e-9
    t0 = _totals(["saudi-2015-07-23", "xl2", "ntrex"], [10, 5, 30], 0.0)
    assert t0["xl2"] == 0.0 and abs(t0["ntrex"] - 0.5) < 1e-9


def test_xl_sets_share_their_part_equally_and_a_left_out_set_keeps_the_ratios():
    t = _totals(["saudi-2015-07-23", "xl2", "xl3", "ntrex"], [10, 5, 50, 30], 0.4)
    assert abs(t["xl2"] - 0.2) < 1e-9 and abs(t["xl3"] - 0.2) < 1e-9
    assert abs(t["ntrex"] - 0.3) < 1e-9 and abs(sum(t.values()) - 1) < 1e-9
    # NTREX left out: the rest sum to one, a Saudi day and the xl sets in the same ratio as before
    t = _totals(["saudi-2015-07-23", "xl2", "xl3"], [10, 5, 50], 0.4)
    assert abs(sum(t.values()) - 1) < 1e-9 and abs(t["xl2"] / t["saudi-2015-07-23"] - 0.2 / 0.3) < 1e-9


def _set(name, rng, flip=False, n=200):
    X = np.zeros((n, len(story_scorer.NAMES)))
    X[:, 0] = 1.0
    X[:, 1] = rng.normal(size=n)
    y = (X[:, 1] > 0).astype(float)
    return (name, X, 1 - y if flip else y, np.ones(n))


def test_the_choice_for_a_set_never_fits_on_it(monkeypatch):
    rng = np.random.default_rng(0)
    sets = [_set("saudi-2015-07-23", rng), _set("xl2", rng), _set("xl3", rng, flip=True), _set("ntrex", rng)]
    seen = []
    real = T.fit_sets

    def spy(fit_on, *a, **k):
        seen.append({s[0] for s in fit_on})
        return real(fit_on, *a, **k)

    monkeypatch.setattr(T, "fit_sets", spy)
    T.nested_choice(sets, "xl3", [], 0.3, (1.0,), {})
    assert seen and all("xl3" not in s for s in seen)
    # a fit that reads the cosine the right way round: the sets it saw agree, the flipped set is the one left out
    keep = [0, 1]
    beta = real([s for s in sets if s[0] != "xl3"], keep, 1.0, 0.3)
    assert beta[1] > 0 and T.average_precision(sets[2][1] @ beta, sets[2][2]) < 0.6


def test_each_set_keeps_its_own_outlets_though_the_stores_number_documents_alike():
    from bilat.corpus.stories import Features

    def doc(i, outlet=""):
        return {"doc": type("D", (), {"id": i})(), "features": Features(outlet=outlet)}

    maps = T.outlet_maps([("xl2", [doc("a0"), doc("a1")], {"a0": {"outlet": "tass.ru"}, "a1": {"outlet": "bbc.com"}}),
                          ("ntrex", [doc("a0"), doc("a1")], {"a0": {"group": "cnn.1"}, "a1": {"group": "cnn.2"}})])
    assert maps["xl2"] == {"a0": "tass.ru", "a1": "bbc.com"}  # two outlets: the pair counts
    assert maps["ntrex"] == {"a0": "cnn", "a1": "cnn"}
