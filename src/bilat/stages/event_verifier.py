"""The event verifier: a small learned keep/drop check on the events the stage exports (issue 10).

The hand rules of ``events`` find a sentence's parties in many ways: a country named in the sentence (by name,
demonym, capital or abbreviation), a person's country, the document's home country for a person of unknown
country, or a party carried over from an earlier sentence. On dev, about half of the false events have a party the
sentence does not name. The verifier reads how each party of an exported event was found, and a few other cheap
signs (a trigger word of the type in the sentence or the classifier alone, the confidence, the type, the language,
how many events the sentence holds), and gives the probability that the event is right. An exported event under
``Verifier.cut`` gets its confidence lowered under the export threshold: it stays in the record, typed as before,
and is no longer exported by default.

The model is a logistic regression over the features of ``features``, trained on the dev half only, with the
events of each dev article coded by a classifier trained without its outlet: ``scripts/train_event_verifier.py``
(deterministic) writes ``data/event_verifier.json``; docs/events.md ("An event verifier") has its figures out of
fold by outlet.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass

from bilat.datafiles import data_file, read_json
from bilat.records import Actor, Document, Event, Mention

DATA = "event_verifier.json"
LANGS = ("ar", "fa", "vi", "zh", "th", "en", "ru")
# how a party was found, from the most direct to the least
SOURCES = ("name", "demonym", "abbreviation", "capital", "person", "org", "carried", "context", "home")
TYPES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
         "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "RETREAT", "CONCEDE")
QUOTES = ("\"", "“", "”", "«", "»", "「", "」", "『", "』")
# what ends a clause inside a sentence (for ``same_clause``: the trigger and both parties' mentions with none between)
CLAUSE_BREAKS = (",", ";", ":", "،", "؛", "，", "；", "：", "、", " - ", " – ", "—")


def _mentions_in(doc: Document, start: int, end: int) -> list[Mention]:
    return [m for m in doc.mentions if start <= m.start < end and m.form != "reference"]


def party_source(a: Actor | None, ms: Sequence[Mention], home: str | None) -> str:
    """How the sentence gives the party: the form of a mention of its country in the sentence (``name``,
    ``demonym``, ``abbreviation``, ``capital``), a person or organisation of that country named there, else
    ``home`` (a person of unknown country taken for the document's home country), ``carried`` (the mention that
    gave it lies in an earlier sentence) or ``context`` (no mention at all: a pair carried from before)."""
    if a is None or not a.code:
        return "context"
    same = [m for m in ms if m.iso3 == a.code]
    for m in same:
        if m.kind == "country":
            return m.form if m.form in ("demonym", "abbreviation") else "name"
    if any(m.kind == "place" and m.form == "capital" for m in same):
        return "capital"
    if any(m.kind == "person" for m in same):
        return "person"
    if any(m.kind == "org" for m in same):
        return "org"
    if a.entity and any(m.entity == a.entity for m in ms):
        # the party's own mention is in the sentence but carries no country (a person of unknown country)
        return "home" if a.code == home else "person"
    if a.entity_text:
        return "carried"
    return "context"


def features(doc: Document, e: Event, home: str | None, n_events: int, top: bool = True,
             probs: dict[str, float] | None = None, thresholds: dict[str, float] | None = None) -> dict[str, float]:
    """The verifier's features of one exported event (names as in ``Verifier.names``); ``n_events`` is the number
    of exported events told in the event's sentence, ``top`` whether it has the highest confidence of them;
    ``probs`` the events classifier's probabilities for the sentence (None where it was not embedded) and
    ``thresholds`` its per-type thresholds."""
    from bilat.stages import events as ev  # the stage imports this module

    text = doc.text or ""
    ms = _mentions_in(doc, e.start, e.end)
    f: dict[str, float] = {}
    srcs = [party_source(e.actor, ms, home), party_source(e.recipient, ms, home)]
    for role, src in zip(("actor", "recipient"), srcs):
        f[f"{role}_{src}"] = 1.0
    named = sum(s in ("name", "demonym", "abbreviation", "capital", "person", "org") for s in srcs)
    f[f"named_{named}"] = 1.0
    codes = {m.iso3 for m in ms if m.iso3 and (m.kind == "country" or m.form == "capital")}
    f["countries_" + str(min(len(codes), 3))] = 1.0
    pair = {e.actor.code if e.actor else None, e.recipient.code if e.recipient else None}
    f["pair_exact"] = float(codes == pair)
    f["others"] = float(min(len(codes - pair), 3))
    f["top"] = float(top)
    if probs:
        p = probs.get(e.event, 0.0)
        f["clf_seen"] = 1.0
        f["clf_prob"] = p
        f["clf_margin"] = p - (thresholds or {}).get(e.event, 0.5)
        f["clf_best"] = float(p >= max(probs.values()))
    f["persons"] = float(min(sum(m.kind == "person" for m in ms), 3))
    trigs = ev.find_triggers(text, e.start, e.end, e.lang)
    own = [t.strength for t in trigs if t.event == e.event]
    f["trigger_own"] = float(bool(own))
    f["trigger_strength"] = max(own, default=0.0)
    f["trigger_other"] = float(any(t.event != e.event for t in trigs))
    f["confidence"] = e.confidence
    f["events_" + str(min(n_events, 3))] = 1.0
    f["tellings"] = float(min(len(e.tellings), 2))
    f["headline"] = float(e.start == 0)
    sent = text[e.start:e.end]
    f["quote"] = float(any(q in sent for q in QUOTES))
    f["length"] = min(len(sent), 600) / 300.0
    f["aux_" + (e.aux or "none")] = 1.0
    f["type_" + e.event] = 1.0
    lang = (e.lang or "").split("-")[0]
    lang = lang if lang in LANGS else "other"
    f["lang_" + lang] = 1.0
    f.update(layout(e, ms, [t for t in trigs if t.event == e.event] or trigs, text))
    if probs:
        p = probs.get(e.event, 0.0)
        f["clf_gap"] = p - max((v for t, v in probs.items() if t != e.event), default=0.0)
        f["clf_prob_" + lang] = p
    f["trigger_own_" + lang] = float(bool(own))
    f.update(salience(doc, e))
    return f


def salience(doc: Document, e: Event) -> dict[str, float]:
    """How much the document is about the event's parties: each party's share of the document's country mentions
    (country names, demonyms, capitals, people of a country), how many other exported events of the document have
    the same pair (whatever their type), and where the sentence stands in the document (0 first, 1 last)."""
    from bilat.stages import events as ev

    f: dict[str, float] = {}
    codes = [m.iso3 for m in doc.mentions if m.iso3 and m.form != "reference"]
    for role, a in (("actor", e.actor), ("recipient", e.recipient)):
        if a is not None and a.code and codes:
            f[f"{role}_share"] = sum(c == a.code for c in codes) / len(codes)
    pair = frozenset((e.actor.code if e.actor else None, e.recipient.code if e.recipient else None))
    same = sum(1 for o in doc.events if o is not e and o.confidence >= ev.CONFIDENCE_THRESHOLD and o.actor
               and o.recipient and frozenset((o.actor.code, o.recipient.code)) == pair)
    f["pair_events"] = min(same, 3) / 3.0
    f["doc_position"] = e.start / max(len(doc.text or ""), 1)
    return f


def _party_mentions(a: Actor | None, ms: Sequence[Mention]) -> list[Mention]:
    if a is None or not a.code:
        return []
    return [m for m in ms if m.iso3 == a.code or (a.entity and m.entity == a.entity)]


def layout(e: Event, ms: Sequence[Mention], own: Sequence, text: str) -> dict[str, float]:
    """Where the parties stand to the event's trigger word in its sentence (``own``: the words of its type, else
    any trigger word there): per role, the distance from the
    trigger to the party's nearest mention (a share of the sentence's length) and whether that mention comes
    first; whether the actor's mention precedes the recipient's; whether trigger and both mentions lie in one
    clause (no comma, semicolon or dash between); and how many country mentions the sentence holds."""
    f: dict[str, float] = {}
    length = max(e.end - e.start, 1)
    f["country_mentions"] = min(sum(m.kind == "country" or m.form == "capital" for m in ms), 6) / 3.0
    near: dict[str, Mention] = {}
    at = min((t.start for t in own), default=None)
    if at is not None:
        f["trigger_at"] = (at - e.start) / length
    for role, a in (("actor", e.actor), ("recipient", e.recipient)):
        found = _party_mentions(a, ms)
        if not found:
            continue
        if at is None:
            near[role] = found[0]
            continue
        m = min(found, key=lambda m: (abs(m.start - at), m.start))
        near[role] = m
        f[f"{role}_dist"] = min(abs(m.start - at) / length, 1.0)
        f[f"{role}_before"] = float(m.end <= at)
    if "actor" in near and "recipient" in near:
        f["actor_first"] = float(near["actor"].start < near["recipient"].start)
        if at is not None:
            lo = min(at, near["actor"].start, near["recipient"].start)
            hi = max(at, near["actor"].end, near["recipient"].end)
            span = text[lo:hi]
            f["same_clause"] = float(not any(b in span for b in CLAUSE_BREAKS))
    return f


def names() -> tuple[str, ...]:
    """Every feature name ``features`` can give, in a fixed order."""
    out = [f"{r}_{s}" for r in ("actor", "recipient") for s in SOURCES]
    out += [f"named_{k}" for k in range(3)] + [f"countries_{k}" for k in range(4)] + ["persons"]
    out += ["pair_exact", "others", "top", "clf_seen", "clf_prob", "clf_margin", "clf_best"]
    out += ["trigger_own", "trigger_strength", "trigger_other", "confidence"]
    out += [f"events_{k}" for k in range(1, 4)] + ["tellings", "headline", "quote", "length"]
    out += ["aux_none", "aux_future", "aux_historical"]
    out += [f"type_{t}" for t in TYPES] + [f"lang_{x}" for x in (*LANGS, "other")]
    out += ["country_mentions", "trigger_at", "actor_dist", "actor_before", "recipient_dist", "recipient_before",
            "actor_first", "same_clause", "clf_gap"]
    out += [f"clf_prob_{x}" for x in (*LANGS, "other")] + [f"trigger_own_{x}" for x in (*LANGS, "other")]
    out += ["actor_share", "recipient_share", "pair_events", "doc_position"]
    return tuple(out)


BASE_NAMES = names()[:names().index("lang_other") + 1]  # the first feature set (before ``layout``)


@dataclass(frozen=True)
class Verifier:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    cut: float  # an exported event under this probability of being right is no longer exported

    def probability(self, f: dict[str, float]) -> float:
        z = self.bias + sum(w * f.get(n, 0.0) for n, w in zip(self.names, self.weights))
        return 1.0 / (1.0 + math.exp(-z))


def from_json(data: dict) -> Verifier:
    return Verifier(names=tuple(data["names"]), weights=tuple(float(w) for w in data["weights"]),
                    bias=float(data["bias"]), cut=float(data["cut"]))


def load() -> Verifier | None:
    """The packaged verifier, or None when the package has none."""
    if not data_file(DATA).is_file():
        return None
    return from_json(read_json(DATA))


def document_features(doc: Document, threshold: float, probs: dict[int, dict[str, float]] | None = None,
                      thresholds: dict[str, float] | None = None, *,
                      doc_home: str | None) -> list[tuple[int, dict[str, float]]]:
    """(index into doc.events, features) of each exported PLOVER event with both parties (figures are not
    judged); ``probs``: the classifier's probabilities by sentence start, ``thresholds`` its per-type ones;
    ``doc_home``: the document's home country as the events stage found it (``home.document_home``)."""
    from bilat.stages import events as ev

    home = ev.dominant_country([m for m in doc.mentions if m.form != "reference"], doc.lang, doc_home)
    out = [(i, e) for i, e in enumerate(doc.events) if e.confidence >= threshold and e.aux != "negated"
           and e.event in TYPES and e.actor and e.recipient and e.actor.code and e.recipient.code]
    per_sentence: dict[int, list[float]] = {}
    for _, e in out:
        per_sentence.setdefault(e.start, []).append(e.confidence)
    probs = probs or {}
    return [(i, features(doc, e, home, len(per_sentence[e.start]), e.confidence >= max(per_sentence[e.start]),
                         probs.get(e.start), thresholds)) for i, e in out]


def verify(doc: Document, verifier: Verifier, threshold: float, probs: dict[int, dict[str, float]] | None = None,
           thresholds: dict[str, float] | None = None, *, doc_home: str | None) -> Document:
    """The document with each exported two-party event the verifier doubts (probability under its cut) lowered
    under the export threshold; every other event as it was (``doc_home``: as for ``document_features``)."""
    low = round(min(threshold - 0.01, threshold * 0.98), 4)
    changed = list(doc.events)
    for i, f in document_features(doc, threshold, probs, thresholds, doc_home=doc_home):
        if verifier.probability(f) < verifier.cut:
            changed[i] = dataclasses.replace(changed[i], confidence=min(changed[i].confidence, low))
    return dataclasses.replace(doc, events=tuple(changed))
