"""scripts/cv_story_linker.py: the folds keep a storyline whole and the counts are pairwise."""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
_spec = importlib.util.spec_from_file_location("cv_story_linker", ROOT / "scripts" / "cv_story_linker.py")
cv = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cv)


def test_folds_are_fixed_by_key_and_spread():
    folds = [cv.fold_of(f"line-{i}", 4) for i in range(200)]
    assert folds == [cv.fold_of(f"line-{i}", 4) for i in range(200)]
    assert set(folds) == {0, 1, 2, 3} and max(folds.count(k) for k in range(4)) < 80


def test_setting_parse_defaults_and_merge_above_join():
    cfg = cv.parse("join=0.7;drop=events+people;xoff=-0.5")
    assert cfg["join"] == 0.7 and cfg["merge"] == 0.9 and cfg["drop"] == "events+people"
    assert cfg["xoff"] == -0.5 and cfg["l2"] == 1.0


def test_pair_counts_skip_one_outlet_and_count_errors():
    ev = {"a": ("e1", "dev"), "b": ("e1", "dev"), "c": ("e2", "dev"), "d": ("e1", "dev")}
    story = {"a": "s1", "b": "s1", "c": "s1", "d": "s2"}
    outlet = {"a": "x", "b": "y", "c": "z", "d": "x"}
    c = [0, 0, 0]
    cv.add(c, ["a", "b", "c", "d"], story, ev, outlet)
    # a-b true; a-c, b-c false; a-d same outlet (skipped); b-d missed; c-d neither
    assert c == [1, 2, 1]
    p, r, f = cv.prf(c)
    assert (round(p, 3), r, round(f, 3)) == (0.333, 0.5, 0.4)


def test_an_ntrex_lead_without_an_outlet_field_takes_its_label_prefix():
    """The NTREX leads (en ru zh th vi ar fa) carry no outlet: two leads of two outlets are two outlets, and
    a lead and a CNN article of the same CNN label are one (as bench/story_quality.outlet_of counts them)."""
    import train_story_scorer as T

    from bilat.corpus.stories import Features

    def doc(i):
        return {"doc": type("D", (), {"id": i})(), "features": Features()}

    labels = {"a": {"group": "reuters.218932", "outlet": None}, "b": {"group": "rt.com.91337", "outlet": None},
              "c": {"group": "cnn.304489", "outlet": "cnn"}, "d": {"group": "cnn.304447", "outlet": None}}
    out = {i: T.outlet_of(doc(i), labels) for i in "abcd"}
    assert out == {"a": "reuters", "b": "rt", "c": "cnn", "d": "cnn"}
    assert T.outlet_of({"doc": doc("x")["doc"], "features": Features(outlet="alarabiya")}, labels) == "alarabiya"


def test_a_set_of_independent_reports_can_teach_only_its_cross_language_pairs_and_weigh_more():
    import numpy as np

    from bilat.corpus import story_scorer

    X = np.zeros((3, len(story_scorer.NAMES)))
    X[1, story_scorer.NAMES.index("cross_lang")] = 1.0
    every = cv.parse("join=0.55")
    cross = cv.parse("join=0.55;xlcross=1")
    assert cv.fitted(every, "xl2", X).tolist() == [True, True, True]
    assert cv.fitted(cross, "xl2", X).tolist() == [False, True, False]
    assert cv.fitted(cross, "saudi-2015-07-22", X).tolist() == [True, True, True]  # one-language days: every pair
    days = [("saudi-2015-07-22",), ("xl",), ("xl2",)]
    assert abs(sum(cv.share(every, d[0], days) for d in days) - (1 - every["ntrex"])) < 1e-9
    heavy = cv.parse("xlw=2")
    assert cv.share(heavy, "xl", days) == 2 * cv.share(heavy, "saudi-2015-07-22", days)
    assert cv.share(cv.parse("xlw=0"), "xl", days) == 0.0
