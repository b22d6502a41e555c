"""scripts/train_event_classifier.py: the folds its out-of-fold figures (and bench/events_real.py's) use."""

import importlib.util
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts" / "event_train"))
_spec = importlib.util.spec_from_file_location("train_event_classifier", ROOT / "scripts" / "train_event_classifier.py")
tr = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tr)


def test_outlet_folds_hold_an_outlet_out_whole():
    groups = ["a1", "a2", "a3", "b1", "b2", "c1"]
    outlets = ["ar:okaz", "ar:okaz", "ar:okaz", "ar:sabq", "ar:sabq", "zh:新华社"]
    fold = tr.fold_of(groups, outlets, "outlet")
    assert fold["a1"] == fold["a2"] == fold["a3"]
    assert fold["b1"] == fold["b2"]
    assert len({fold["a1"], fold["b1"], fold["c1"]}) == 3
    by_article = tr.fold_of(groups, outlets, "article")  # round robin over sorted ids: one outlet is spread
    assert len({by_article["a1"], by_article["a2"], by_article["a3"]}) == 3


def test_outlet_key_falls_back_to_the_source_batch():
    assert tr.outlet_key({"id": "x", "lang": "ar", "outlet": "okaz", "batch": "batch3"}) == "ar:okaz"
    assert tr.outlet_key({"id": "x", "lang": "zh", "outlet": "unknown", "batch": "batch7"}) == "zh:batch7"
    assert tr.outlet_key({"id": "x", "lang": "zh", "outlet": None, "batch": "batch7"}) == "zh:batch7"


def test_out_of_fold_never_scores_a_sentence_with_a_model_that_saw_its_outlet():
    # two outlets whose labels are opposite for the same feature: a model that saw the held-out outlet
    # would score it high, one trained without it scores it low
    x = np.array([[1.0, 0.0]] * 4 + [[0.0, 1.0]] * 4, np.float32)
    y = np.array([[1.0]] * 4 + [[0.0]] * 4, np.float32)
    groups = ["a1", "a2", "b1", "b2", "c1", "c2", "d1", "d2"]
    outlets = ["o1", "o1", "o1", "o1", "o2", "o2", "o2", "o2"]
    hand_x, hand_y = np.array([[1.0, 0.0], [0.0, 1.0]], np.float32), np.array([[0.0], [1.0]], np.float32)
    oof = tr.out_of_fold(hand_x, hand_y, x, y, groups, fold=tr.fold_of(groups, outlets, "outlet"))
    assert (oof[:4, 0] < 0.5).all() and (oof[4:, 0] > 0.5).all()


def test_balance_weights_the_rare_positives_up():
    # one positive among ten rows on the same feature: the balanced fit scores it higher than the unweighted one
    x = np.array([[1.0, 1.0]] * 10, np.float32)
    y = np.array([[1.0]] + [[0.0]] * 9, np.float32)
    p0 = tr.probs(*tr.fit(x, y, balance=0.0), x)[0, 0]
    p1 = tr.probs(*tr.fit(x, y, balance=1.0), x)[0, 0]
    assert p0 < 0.3 < p1
