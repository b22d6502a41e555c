"""The events stage's cut-offs on the classifier's probabilities (CLF_AGREE, CLF_LOW, RETYPE_MIN, EXTRA_SURE) come
from the model when it carries its own (event_classifier.TypeClassifier.cutoff, chosen by
scripts/train_event_classifier.py on out-of-fold dev probabilities so that each means the same calibrated
probability whatever the class balance), else the stage's fixed numbers. A fake classifier; sentences composed."""
from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

import numpy as np
from test_events import make_doc

from bilat import plover
from bilat.stages import event_classifier, events
from bilat.stages.event_classifier import TypeClassifier

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts" / "event_train"))
_spec = importlib.util.spec_from_file_location("train_event_classifier", ROOT / "scripts" / "train_event_classifier.py")
tr = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tr)

TYPES = tuple(plover.PLOVER_TYPES)
DIM = 4


def _clf(probs: dict[str, float], cutoffs: dict[str, dict[str, float]] | None = None) -> TypeClassifier:
    p = np.array([probs.get(t, 0.01) for t in TYPES])
    cut = {k: np.array([v.get(t, 0.5) for t in TYPES], np.float32) for k, v in (cutoffs or {}).items()}
    return TypeClassifier(types=TYPES, weights=np.zeros((len(TYPES), DIM), np.float32),
                          bias=np.log(p / (1 - p)).astype(np.float32), thresholds=np.full(len(TYPES), 0.3, np.float32),
                          cutoffs=cut)


def _types(clf: TypeClassifier, text: str) -> list[str]:
    protos = events.Prototypes(lambda texts: np.full((len(texts), DIM), 0.5, np.float32))
    stage = events.make_stage(prototypes=protos, classifier=clf)
    doc = stage(make_doc(text, "en", [("Iran", "IRN", "country"), ("United States", "USA", "country")],
                         published="2024-03-01"))
    return sorted(e.event for e in events.exported(doc.events) if e.actor and e.recipient)


def test_an_old_model_file_leaves_the_stage_its_fixed_numbers():
    clf = _clf({})
    assert clf.cutoffs == {}
    assert clf.cutoff("extra_sure", "SUPPORT", events.EXTRA_SURE) == events.EXTRA_SURE
    buf = io.BytesIO()
    np.savez(buf, types=np.array(TYPES), weights=clf.weights, bias=clf.bias, thresholds=clf.thresholds)
    buf.seek(0)
    with np.load(buf) as data:
        assert event_classifier.from_npz(dict(data)).cutoffs == {}


def test_the_model_cut_offs_survive_saving(tmp_path):
    clf = _clf({}, {"agree": {"ACCUSE": 0.7}, "extra_sure": {"SUPPORT": 0.42}})
    path = tmp_path / "clf.npz"
    clf.save(str(path))
    with np.load(path) as data:
        back = event_classifier.from_npz(dict(data))
    assert back.cutoff("agree", "ACCUSE", 0.5) == np.float32(0.7)
    assert back.cutoff("extra_sure", "SUPPORT", 0.6) == np.float32(0.42)
    assert back.cutoff("low", "ACCUSE", 0.1) == 0.1  # not carried: the stage's
    assert back.cutoff("agree", "NOT_A_TYPE", 0.5) == 0.5


def test_a_second_type_is_added_at_the_model_own_sure_cut_off():
    # after the main event a type without a word of its own needs EXTRA_SURE (0.6) ... or the model's own number
    text = "Iran held talks with the United States on Monday."
    probs = {"CONSULT": 0.9, "SUPPORT": 0.55}
    assert _types(_clf(probs), text) == ["CONSULT"]
    assert _types(_clf(probs, {"extra_sure": {"SUPPORT": 0.5}}), text) == ["CONSULT", "SUPPORT"]
    assert _types(_clf({"CONSULT": 0.9, "SUPPORT": 0.65}, {"extra_sure": {"SUPPORT": 0.7}}), text) == ["CONSULT"]


def test_the_vote_reads_the_given_cut_offs():
    assert events._classifier_vote(0.45, 1.0) == 0.0
    assert events._classifier_vote(0.45, 1.0, agree=0.4) == 0.1
    assert events._classifier_vote(0.15, 1.0, low=0.2) == -0.05
    sure = {"SUPPORT": 0.7, "AGREE": 0.5}.get
    probs = {"CONSULT": 0.9, "SUPPORT": 0.65, "AGREE": 0.55}
    assert events._extra_types(probs, lambda e: 0.3, {"CONSULT"}, True, set(), sure) == ["AGREE"]


def test_cut_offs_follow_a_shift_of_the_probabilities():
    # two models whose probabilities differ by a shift of the logit (as a different class balance gives) get
    # cut-offs at the same underlying score: each means the same calibrated probability
    rng = np.random.default_rng(0)
    n = 4000
    z = rng.normal(-1.5, 2.0, size=(n, len(TYPES)))
    y = (rng.random(z.shape) < 1 / (1 + np.exp(-z))).astype(np.float32)
    items = [{"countries": 2}] * n
    hi = tr.stage_cutoffs(1 / (1 + np.exp(-(z + 1.0))), y, items)
    lo = tr.stage_cutoffs(1 / (1 + np.exp(-(z - 0.5))), y, items)
    for name in ("agree", "low", "extra_sure"):
        assert np.allclose(tr.logit(hi[name]) - tr.logit(lo[name]), 1.5, atol=0.05)
    # a calibrated model's cut-off is the calibrated probability it means
    same = tr.stage_cutoffs(1 / (1 + np.exp(-z)), y, items, {"agree": 0.5, "low": 0.1})
    assert np.allclose(same["agree"], 0.5, atol=0.03) and np.allclose(same["low"], 0.1, atol=0.02)


def test_the_per_type_threshold_floor_may_differ_by_type():
    p = np.array([[0.2, 0.05], [0.25, 0.05], [0.22, 0.05], [0.05, 0.35], [0.05, 0.4], [0.05, 0.38]])
    y = np.array([[1, 0], [1, 0], [1, 0], [0, 1], [0, 1], [0, 1]], np.float32)
    items = [{"countries": 2}] * len(p)
    out = tr.type_thresholds(p, y, items, 0.9, floor=np.array([0.15, 0.3]))
    assert out[0] == np.float32(0.15) and out[1] == np.float32(0.3)
    assert tr.type_thresholds(p, y, items, 0.9)[0] == np.float32(0.95)  # one floor of 0.3: type 0 never gets there


def test_the_packaged_model_carries_its_own_cut_offs():
    clf = event_classifier.load()
    assert clf is not None and set(clf.cutoffs) == {"agree", "low", "retype_min", "extra_sure"}
    for k, event in enumerate(clf.types):
        low, agree, sure = (float(clf.cutoffs[n][k]) for n in ("low", "agree", "extra_sure"))
        assert 0.0 < low < agree < sure < 1.0, event
    meta = event_classifier.meta()
    assert meta["balance"] == tr.BALANCE
    assert meta["stage_cutoffs"]["meaning"] == tr.CUTOFF_MEANING


def test_a_classifier_meeting_just_over_its_threshold_is_not_exported(monkeypatch):
    # no trigger word: the classifier alone reads a meeting into the sentence; just over its threshold (0.3) it is
    # the margin's (CLF_MARGIN), well over it an event
    text = "The Iranian envoy's wife was born in the United States, her family says."
    assert _types(_clf({"CONSULT": 0.32}), text) == []
    assert _types(_clf({"CONSULT": 0.5}), text) == ["CONSULT"]
    monkeypatch.setattr(events, "CLF_MARGIN", {})
    assert _types(_clf({"CONSULT": 0.32}), text) == ["CONSULT"]
