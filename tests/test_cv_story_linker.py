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


def test_a_nonneg_fit_keeps_shared_evidence_at_or_above_zero():
    """Two collinear overlaps (an event and its type): a free fit may give one a negative weight; with the
    column bounded it stays at 0 or above and the fit still separates the classes."""
    import numpy as np
    import train_story_scorer as T

    rng = np.random.default_rng(0)
    n = 400
    a = rng.random(n)
    b = a + 0.05 * rng.standard_normal(n)   # nearly the same feature
    c = rng.random(n)
    y = ((a + 0.5 * c + 0.1 * rng.standard_normal(n)) > 0.8).astype(float)
    # a storyline-like case: b high while y is 0 pushes b's free weight down
    b[y == 0] += 0.3
    X = np.column_stack([np.ones(n), a, b, c])
    w = np.ones(n)
    free = T.fit(X, y, w, 1.0)
    bounded = T.fit(X, y, w, 1.0, nonneg=[2])
    assert free[2] < 0 and bounded[2] >= 0
    p = 1 / (1 + np.exp(-(X @ bounded)))
    assert ((p > 0.5) == (y > 0)).mean() > 0.8
    cfg = cv.parse("nonneg=1")
    keep = cv.kept_features(cfg)
    names = [cv.story_scorer.NAMES[keep[j]] for j in cv.nonneg(cfg, keep)]
    assert "places" in names and "event_pairs" in names and "cos" not in names and "no_shared_place" not in names
    assert cv.nonneg(cv.parse(""), keep) == []


def test_a_settings_entry_changes_only_the_story_level_settings_of_the_shipped_scorer():
    from bilat.corpus import stories, story_scorer

    shipped = story_scorer.shipped()
    m = cv.settings_model("join=0.6;best=0.25")
    assert m.join == 0.6 and m.merge == 0.8 and m.best_weight == 0.25
    assert (m.weights == shipped.weights).all() and m.far_days == shipped.far_days
    before = stories.PER_STORY
    try:
        assert cv.settings_model("stories.PER_STORY=10").join == shipped.join and stories.PER_STORY == 10
    finally:
        stories.PER_STORY = before


def test_the_undated_indicators_are_fitted_only_when_asked():
    from bilat.corpus import story_scorer

    names = [story_scorer.NAMES[i] for i in cv.kept_features(cv.parse("join=0.55"))]
    assert "undated" not in names and "undated_cross" not in names and "cos" in names
    names = [story_scorer.NAMES[i] for i in cv.kept_features(cv.parse("join=0.55;undated=1"))]
    assert "undated" in names and "undated_cross" in names


def test_a_top_layer_keeps_the_shipped_weights_up_to_a_scale_and_refits_the_named_features():
    import numpy as np

    from bilat.corpus import story_scorer

    shipped = story_scorer.shipped()
    rng = np.random.default_rng(1)
    n = 300
    X = np.zeros((n, len(story_scorer.NAMES)))
    X[:, story_scorer.NAMES.index("bias")] = 1.0
    X[:, story_scorer.NAMES.index("cos")] = rng.random(n)
    X[:, story_scorer.NAMES.index("undated")] = rng.random(n) > 0.5
    # what the shipped weights read, plus a lift for undated pairs that they lack
    z = X @ shipped.weights + 2.0 * X[:, story_scorer.NAMES.index("undated")]
    y = (rng.random(n) < 1 / (1 + np.exp(-z))).astype(float)
    cfg = cv.parse("top=undated")
    beta = cv.fit_beta(cfg, X, y, np.ones(n), cv.kept_features(cfg))
    others = [i for i, name in enumerate(story_scorer.NAMES) if name not in ("bias", "undated")]
    scale = beta[story_scorer.NAMES.index("cos")] / shipped.weights[story_scorer.NAMES.index("cos")]
    assert np.allclose(beta[others], scale * shipped.weights[others])
    assert beta[story_scorer.NAMES.index("undated")] > 0.5


def test_a_cross_language_top_layer_leaves_every_one_language_weight_as_shipped():
    import numpy as np

    from bilat.corpus import story_scorer

    shipped = story_scorer.shipped()
    rng = np.random.default_rng(2)
    n = 400
    X = np.zeros((n, len(story_scorer.NAMES)))
    X[:, story_scorer.NAMES.index("bias")] = 1.0
    X[:, story_scorer.NAMES.index("cos")] = rng.random(n)
    cross = rng.random(n) > 0.5
    und = cross & (rng.random(n) > 0.5)
    X[:, story_scorer.NAMES.index("cross_lang")] = cross
    X[:, story_scorer.NAMES.index("undated_cross")] = und
    z = X @ shipped.weights - 1.5 * und  # undated cross-language pairs are less often one event than the logit says
    y = (rng.random(n) < 1 / (1 + np.exp(-z))).astype(float)
    y[~cross] = 1.0  # the one-language pairs say something else entirely: not read by this fit
    beta = cv.fit_beta(cv.parse("xtop=cross_lang+undated_cross"), X, y, np.ones(n), [])
    moved = {story_scorer.NAMES[i] for i in np.flatnonzero(beta != shipped.weights)}
    assert moved <= {"cross_lang", "undated_cross"}
    assert beta[story_scorer.NAMES.index("undated_cross")] < -0.5


def test_a_settings_entry_may_shift_the_undated_cross_language_logit():
    from bilat.corpus import story_scorer

    shipped = story_scorer.shipped()
    m = cv.settings_model("uoff=-1;xoff=0.5")
    moved = m.weights - shipped.weights
    assert moved[story_scorer.NAMES.index("undated_cross")] == -1.0
    assert moved[story_scorer.NAMES.index("cross_lang")] == 0.5
    assert abs(moved).sum() == 1.5 and m.join == shipped.join


def test_the_trainer_bounds_every_shared_evidence_column_it_fits_and_nothing_else():
    """train_story_scorer.bounded: positions among the fitted columns, the chunk and title similarities
    included; the cosine, the outlet and the 'nothing shared' indicators stay free."""
    import train_story_scorer as T

    names = T.story_scorer.NAMES
    keep = [names.index(n) for n in ("bias", "cos", "places", "same_outlet", "chunk_max", "no_shared_place", "dates")]
    assert [keep[j] for j in T.bounded(keep)] == [names.index(n) for n in ("places", "chunk_max", "dates")]
    assert T.bounded([names.index("cos"), names.index("no_shared_date")]) == []
