"""The learned pair scorer of the story linker: how likely two documents report one event.

A logistic regression over what two documents share, trained by ``scripts/train_story_scorer.py``
on labelled pairs of the dev halves only (the Saudi day's events, the NTREX events) and shipped as
``data/story_scorer.json`` (feature names, weights, and the thresholds tuned on dev). Pure numpy:
one pair costs a few microseconds, a candidate story (its recent documents and its centroid) well
under a millisecond.

Publication dates do not vary within the training sets (one Saudi day; NTREX has no dates), so the
date penalty is not learned: each day apart beyond the first costs what ``DAY_COS`` of cosine is
worth to the model.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

import numpy as np

from bilat.datafiles import read_json

DAY_COS = 0.02  # a day apart beyond the first weighs as much as this much cosine (not learned)
EVENT_FAR = 2  # event days this many days apart or more are two events (Model.event_far); one day apart is
# Model.event_near: one event reported across midnight or time zones ("late Tuesday", "on Wednesday"), a day read
# without its year or publication day, or two events of one storyline on consecutive days


class Comparable(Protocol):
    """What the scorer reads of a document (``stories.Features``)."""

    entities: frozenset[str]
    people: frozenset[str]
    places: frozenset[str]
    countries: frozenset[str]
    events: frozenset[str]
    figures: frozenset[str]
    dates: frozenset[str]
    numbers: frozenset[str]
    outlet: str


@dataclass(frozen=True, kw_only=True)
class Side:
    """One side of a comparison: a document's features, its language and its outlet."""

    features: Comparable
    lang: str | None = None


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _parts(events: frozenset[str], i: int) -> frozenset[str]:
    """Event types (i=0) or country pairs (i=1) of "TYPE:A:B" keys."""
    out = set()
    for e in events:
        bits = e.split(":", 1)
        out.add(bits[i] if i == 0 else bits[-1])
    return frozenset(out)


NAMES: tuple[str, ...] = (
    "bias", "cos", "cos2", "cos_cross", "cross_lang", "entities", "shared_entities", "people", "places",
    "events", "event_types", "event_pairs", "countries", "no_shared_country", "figures", "numbers", "dates",
    "same_outlet", "title_cos", "chunk_max", "chunk_mean", "chunk_cross", "no_shared_place", "no_shared_date",
    "countries_cross", "rare_entities", "rare_countries", "cos_pair", "pair_gap", "undated", "undated_cross",
)
# what a pair of documents knows of its days, as indicators (not a default distance): a side with no date evidence
# (no publication day, no day its text names) on either side, and that again across languages (docs/stories.md round
# twenty); the shipped file gives them no weight
UNDATED_FEATURES = ("undated", "undated_cross")

RARITY_SCALE = 50.0  # an entity carried by at most 1/50 of the recent stories weighs fully (``rarity_weight``)


def rarity_weight(carrying: int, stories: int) -> float:
    """How much a shared entity tells, from how many of ``stories`` recent stories carry it: an IDF,
    log((stories + RARITY_SCALE) / (carrying + 1)) / log(RARITY_SCALE), at most 1. An entity no recent
    story carries (or any entity in a young store) weighs 1; Trump or the UN, named by a third of the
    stories, weigh about 0.3."""
    idf = math.log((stories + RARITY_SCALE) / (carrying + 1)) / math.log(RARITY_SCALE)
    return max(0.0, min(1.0, idf))


def _rare_shared(shared: frozenset[str], rarity: Mapping[str, float] | None) -> float:
    """The shared items weighed by rarity (an item the map lacks weighs 1), up to 2, over 2."""
    if not shared:
        return 0.0
    total = sum(rarity.get(e, 1.0) for e in shared) if rarity is not None else float(len(shared))
    return min(total, 2.0) / 2


def chunk_similarities(cos: float, a: np.ndarray | None, b: np.ndarray | None,
                       a_lead: np.ndarray, b_lead: np.ndarray) -> tuple[float, float, float]:
    """Title-title cosine, the best and the mean cosine over the pairs of lead and body chunks (the
    lead-lead pair left out of the best). ``a``/``b``: centred chunk vectors (``embed.chunk_texts``
    order: title, then body passages), rows of zeros where a chunk is missing; None for a document
    stored without them. What is missing reads as the lead's cosine."""
    if a is None or b is None:
        return cos, cos, cos
    title = float(a[0] @ b[0]) if a[0].any() and b[0].any() else cos
    left = [a_lead] + [r for r in a[1:] if r.any()]
    right = [b_lead] + [r for r in b[1:] if r.any()]
    if len(left) == 1 and len(right) == 1:
        return title, cos, cos
    sims = np.vstack(left) @ np.vstack(right).T
    mean = float(sims.mean())
    sims[0, 0] = -1.0
    return title, float(sims.max()), mean

CHUNK_FEATURES = ("title_cos", "chunk_max", "chunk_mean", "chunk_cross")

LANG_PAIRS = "lang_pairs.json"


@lru_cache(maxsize=1)
def _lang_pairs() -> tuple[float, dict[str, float]]:
    """The reference and the per-pair translation cosines of ``data/lang_pairs.json``
    (``scripts/build_lang_pairs.py``); none when the file does not ship."""
    try:
        data = read_json(LANG_PAIRS)
    except FileNotFoundError:
        return 0.0, {}
    return float(data["reference"]), {k: float(v["same"]) for k, v in data["pairs"].items()}


def lang_pair_same(a: str | None, b: str | None) -> float | None:
    """The mean centred cosine of a text and its translation between these two languages (measured on
    the NTREX dev articles), or None for one language or a pair not measured."""
    if not a or not b or a == b:
        return None
    return _lang_pairs()[1].get("|".join(sorted((a, b))))


def lang_pair_scale(a: str | None, b: str | None) -> float:
    """How much a cosine between these two languages is worth against the average pair: the reference
    translation cosine over this pair's (Japanese-Spanish 1.14, German-French 0.79); 1 when unmeasured."""
    same = lang_pair_same(a, b)
    return _lang_pairs()[0] / same if same else 1.0
RARITY_FEATURES = ("rare_entities", "rare_countries")


def pair_vector(cos: float, x: Comparable, y: Comparable, lang_x: str | None, lang_y: str | None,
                chunks: tuple[float, float, float] | None = None,
                rarity: Mapping[str, float] | None = None, undated: bool = False) -> list[float]:
    """The features of one pair, in the order of ``NAMES``; ``chunks`` from ``chunk_similarities``;
    ``rarity``: entity id or ``c:ISO3`` -> ``rarity_weight`` (what it lacks weighs 1); ``undated``: one side
    or both carry no date evidence (``stories.undated``)."""
    cross = 1.0 if lang_x and lang_y and lang_x != lang_y else 0.0
    title, chunk_max, chunk_mean = chunks if chunks is not None else (cos, cos, cos)
    shared_ent = len(x.entities & y.entities)
    countries = overlap(x.countries, y.countries)
    return [
        1.0, cos, cos * abs(cos), cos * cross, cross,
        overlap(x.entities, y.entities), min(shared_ent, 3) / 3,
        overlap(x.people, y.people), overlap(x.places, y.places),
        *_event_overlaps(x.events, y.events),
        countries,
        1.0 if x.countries and y.countries and not (x.countries & y.countries) else 0.0,
        min(len(x.figures & y.figures), 2) / 2, overlap(x.numbers, y.numbers),
        min(len(x.dates & y.dates), 2) / 2,
        1.0 if x.outlet and x.outlet == y.outlet else 0.0,
        title, chunk_max, chunk_mean, chunk_max * cross,
        _apart(x.places, y.places), _apart(x.dates, y.dates),
        # the countries named, again when the languages differ: across scripts the cosine is weaker and the
        # countries (ISO3, read alike in every language) tell more; within one language (one region's
        # outlets) nearly every article names the same few
        countries * cross,
        # shared entities and countries weighed by how few recent stories carry them: a rare person or
        # town shared says more than Trump, the UN or the United States
        _rare_shared(x.entities & y.entities, rarity),
        _rare_shared(frozenset(f"c:{c}" for c in x.countries & y.countries), rarity),
        # a cross-language cosine rescaled by how close this pair of languages embeds one text and its
        # translation (e5 brings Spanish and French closer than Japanese and Spanish), and that pair's
        # shortfall against the average pair (a per-pair offset)
        cos * cross * lang_pair_scale(lang_x, lang_y),
        cross * (_lang_pairs()[0] - (lang_pair_same(lang_x, lang_y) or _lang_pairs()[0])),
        1.0 if undated else 0.0, cross if undated else 0.0,
    ]


# a shared event of these PLOVER types (an attack, coercion, a mobilisation, a sanction between the same two countries) is
# not read against one event: the fit weighs the event overlaps negatively (net -1.34 for one shared event; on the
# fit's sets, one day's news of one region, the events of one storyline share their types and country pairs), and on
# the xl dev halves reports of one attack by several outlets paid it more than two attacks of one storyline, which
# their days tell apart (docs/stories.md round forty-six). Other shared events (consultations, agreements, support:
# what any two reports on one country pair's relations share) keep the fitted weights. Off: measured on the dev halves,
# it raised the mean of five arrival orders a little on xl, xl3, xl4 and xl9 but cost precision in some orders (xl3's
# kept order 0.892 -> 0.789: two attacks of one storyline a day apart, which no day tells apart)
CONFLICT_EVENTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
SHARED_CONFLICT_NEUTRAL = False


def _event_overlaps(a: frozenset[str], b: frozenset[str]) -> tuple[float, float, float]:
    """``events``, ``event_types``, ``event_pairs``: the overlap of the events ("TYPE:A:B"), of their types and of
    their country pairs; all 0 when the two share an event of a ``CONFLICT_EVENTS`` type."""
    if SHARED_CONFLICT_NEUTRAL and any(e.split(":", 1)[0] in CONFLICT_EVENTS for e in a & b):
        return 0.0, 0.0, 0.0
    return overlap(a, b), overlap(_parts(a, 0), _parts(b, 0)), overlap(_parts(a, 1), _parts(b, 1))


def _apart(a: frozenset[str], b: frozenset[str]) -> float:
    """Both name some (places, dates) and share none: two events of one storyline, often."""
    return 1.0 if a and b and not (a & b) else 0.0


@dataclass(frozen=True)
class Model:
    names: tuple[str, ...]
    weights: np.ndarray
    join: float           # story score (probability) to join the best story
    merge: float          # story score for a further candidate to be merged into it
    storyline: float      # story score for a candidate left apart to be linked as one storyline
    best_weight: float    # story score = this share of the best pair + (1 - it) of the mean pair ...
    centroid_weight: float  # ... blended with the centroid comparison by this share
    meta: dict[str, Any]
    veto: float = 0.0     # a member below this pair probability vetoes the story (its score is that pair's)
    far_days: int = 0     # a member more than this many days apart vetoes the story (0: off)
    second_best: float = 0.0  # a story below join still joins when its best pair reaches this and that
                              # member shares an event (type and country pair) with the new document (0: off)
    event_same: float = 0.0   # added to a pair's logit when both event days are known and the same ...
    event_far: float = 0.0    # ... and when they are EVENT_FAR or more days apart (stories.event_day) ...
    event_near: float = 0.0   # ... and when they are one day apart (docs/stories.md round twenty-four)
    cross_top: tuple[float, ...] = ()  # (a, b, c): a pair in two languages reads a + b * logit + c * undated (off: ())

    @property
    def uses_chunks(self) -> bool:
        """Whether the title and body chunk features carry weight (else they need not be embedded)."""
        return any(self.weights[self.names.index(n)] for n in CHUNK_FEATURES)

    @property
    def uses_rarity(self) -> bool:
        """Whether the rarity-weighed overlaps carry weight (else the linker need not count carriers)."""
        return any(self.weights[self.names.index(n)] for n in RARITY_FEATURES)

    def logit(self, vector: Sequence[float], days_apart: int | None = None, event_gap: float | None = None) -> float:
        z = float(np.dot(self.weights, vector))
        if days_apart is not None and days_apart > 1:
            z -= self.weights[self.names.index("cos")] * DAY_COS * (days_apart - 1)
        if event_gap is not None:
            z += self.event_same if event_gap == 0 else self.event_far if event_gap >= EVENT_FAR else self.event_near
        if self.cross_top and vector[_CROSS] > 0:
            a, b, c = self.cross_top
            z = a + b * z + c * vector[_UNDATED]
        return z

    def probability(self, vector: Sequence[float], days_apart: int | None = None,
                    event_gap: float | None = None) -> float:
        z = self.logit(vector, days_apart, event_gap)
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def story(self, pairs: Sequence[float], centroid: float | None) -> float:
        """A candidate story's score from its pair probabilities and its centroid probability."""
        worst = min(pairs)
        if worst < self.veto:
            return worst  # complete link: one recent member that clearly reports another event is enough
        linked = self.best_weight * max(pairs) + (1 - self.best_weight) * sum(pairs) / len(pairs)
        if centroid is None:
            return linked
        return (1 - self.centroid_weight) * linked + self.centroid_weight * centroid

    def as_dict(self) -> dict[str, Any]:
        return {"names": list(self.names), "weights": [round(float(w), 5) for w in self.weights],
                "join": self.join, "merge": self.merge, "storyline": self.storyline, "best_weight": self.best_weight,
                "centroid_weight": self.centroid_weight, "veto": self.veto, "far_days": self.far_days,
                "second_best": self.second_best, "event_same": self.event_same, "event_far": self.event_far,
                "event_near": self.event_near,
                **({"cross_top": [round(float(x), 5) for x in self.cross_top]} if self.cross_top else {}),
                "meta": self.meta}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Model:
        """A model without some of this bilat's features gives them no weight."""
        given = dict(zip(d["names"], d["weights"]))
        unknown = set(given) - set(NAMES)
        if unknown:
            raise ValueError(f"story scorer features {sorted(unknown)} are not among this bilat's {NAMES}")
        weights = np.asarray([float(given.get(n, 0.0)) for n in NAMES], dtype=np.float64)
        return cls(names=NAMES, weights=weights, join=float(d["join"]),
                   merge=float(d["merge"]), storyline=float(d["storyline"]), best_weight=float(d["best_weight"]),
                   centroid_weight=float(d["centroid_weight"]), meta=d.get("meta", {}),
                   veto=float(d.get("veto", 0.0)), far_days=int(d.get("far_days", 0)),
                   second_best=float(d.get("second_best", 0.0)), event_same=float(d.get("event_same", 0.0)),
                   event_far=float(d.get("event_far", 0.0)), event_near=float(d.get("event_near", 0.0)),
                   cross_top=tuple(float(x) for x in d.get("cross_top", ())))


_CROSS, _UNDATED = NAMES.index("cross_lang"), NAMES.index("undated")

FILE = "story_scorer.json"


@lru_cache(maxsize=1)
def shipped() -> Model | None:
    """The shipped model, or None when there is none (the hand-set score is used then)."""
    try:
        return Model.from_dict(read_json(FILE))
    except FileNotFoundError:
        return None
