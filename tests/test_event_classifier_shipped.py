"""The shipped event classifier (data/event_classifier.npz + .meta.json): small, loadable, and its meta.json
describes the file it ships with."""

import json
from importlib import resources

import numpy as np

from bilat import plover
from bilat.stages import event_classifier


def _meta() -> dict:
    return json.loads(resources.files("bilat.data").joinpath(event_classifier.META).read_text(encoding="utf-8"))


def test_model_file_stays_small():
    assert len(resources.files("bilat.data").joinpath(event_classifier.NPZ).read_bytes()) < 32_000


def test_loads_with_every_type_and_thresholds_in_range():
    clf = event_classifier.load()
    assert clf is not None
    assert clf.types == tuple(plover.PLOVER_TYPES)
    assert clf.weights.shape[0] == len(clf.types) and clf.bias.shape == (len(clf.types),)
    # the floor is per type since the model carries its own cut-offs (train_event_classifier.stage_cutoffs: 0.3 on the
    # scale of a balance-0.5 model, a little lower or higher per type)
    assert ((clf.thresholds >= 0.2 - 1e-6) & (clf.thresholds <= 0.95 + 1e-6)).all()


def test_meta_matches_the_shipped_thresholds_and_names_its_data():
    meta, clf = _meta(), event_classifier.load()
    values = meta["thresholds"]["values"]
    assert np.allclose([values[t] for t in clf.types], clf.thresholds)
    dev = meta["training_data"]["corpus_dev"]
    assert dev["data_commit"] and dev["sentences"] > 2485  # retrained after batches 21-39 were labelled
    assert "batch38" in dev["missing"]
    assert "one fold per outlet" in meta["thresholds"]["chosen_on"]
