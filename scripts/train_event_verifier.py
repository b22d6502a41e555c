"""Train the event verifier (``bilat.stages.event_verifier``) on the dev half; deterministic.

    nice .venv/bin/python scripts/train_event_verifier.py --dump    # run dev out of fold by outlet, write the items
    .venv/bin/python scripts/train_event_verifier.py                # fit on the items, write data/event_verifier.json
    .venv/bin/python scripts/train_event_verifier.py --report       # ... and print the curves out of fold by outlet
    .venv/bin/python scripts/train_event_verifier.py --features rich --out /tmp/v.json   # the richer feature set

``--dump`` runs the whole pipeline on every dev article with the events classifier trained without the article's
outlet (``bench/events_real.py --out-of-fold --fold-by outlet``) and the verifier off, and writes one line per
article to ``scripts/event_train/verifier_items.jsonl``: its outlet fold, its gold events (sentence index, type,
actor, recipient) and each exported two-party PLOVER event with its verifier features and the corpus sentences it
is told in. No text is written. The events of an unseen outlet are the ones the verifier must judge, so it learns
from these (the shipped classifier's own dev events are in sample and too clean).

Without ``--dump`` the script reads those items, labels each event right or false with the matching of
``bench/events_real.py`` (type and unordered pair in an overlapping sentence, one gold event for one prediction,
in the order the events are exported), fits a logistic regression (Newton steps, L2 ``L2``) and chooses the cut:
the highest probability under which the dropped events, out of fold by outlet, are at least ``DROP_FALSE`` false.
Out of fold by outlet: each outlet's events are scored by a model fitted without that outlet, with the cut chosen
without it too. Dropping an event re-runs the matching, so a gold event another prediction of the same fact can
take still counts as found; the figures are those the bench prints.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from bilat.stages import event_verifier as ev_verifier

ITEMS = ROOT / "scripts" / "event_train" / "verifier_items.jsonl"
OUT = ROOT / "src" / "bilat" / "data" / ev_verifier.DATA
L2 = 1.0  # the ridge on the weights (not the bias), in units of the summed log loss
STEPS = 30
DROP_FALSE = 0.7  # the events dropped must be at least this share false, out of fold
MIN_DROPPED = 10  # ... counted over at least this many dropped events (a cut dropping fewer is not judged)
# the feature sets (``--features``): ``base`` the verifier's first features (how each party was found, the
# classifier's and the lexicon's signs, type, language), ``rich`` also where the parties stand to the trigger word
# (event_verifier.layout), the classifier's gap to the second type and per-language slopes
FEATURES = {"base": ev_verifier.BASE_NAMES, "rich": ev_verifier.names()}
NAMES = ev_verifier.BASE_NAMES  # the set fitted (main sets it from --features)
L2_OF = {"base": 1.0, "rich": 3.0}  # the ridge of each set (rich: out of fold by outlet, AUC .727 at 3 against .727 at 1)


# --- the items ------------------------------------------------------------------------------------


def dump() -> None:
    import events_real as er
    import train_event_classifier as tr

    from bilat.stages import events

    dev = tr.corpus_items("dev")
    fold = tr.fold_of([it["group"] for it in dev], [it["outlet"] for it in dev], "outlet")
    got: list = []
    rec = Recorder(ev_verifier.names(), (), 0.0, 0.0)
    tallies = er.run_out_of_fold({"embeddings": True, "verifier": rec}, by="outlet", collect=got)
    er.report("dev out of fold by outlet, verifier off", tallies)
    er.report_facts("dev out of fold by outlet, verifier off", tallies)
    lines = []
    seen = iter(rec.seen)
    recorded = {}
    for art, doc in got:  # the recorder saw each document's events in this order, the stage's own features
        recorded[art["id"]] = {i: next(seen) for i, _ in ev_verifier.document_features(
            doc, events.CONFIDENCE_THRESHOLD, doc_home=events.document_home(doc))}
    assert next(seen, None) is None
    for art, doc in sorted(got, key=lambda x: x[0]["id"]):
        spans = er.align(doc, art["text"])
        copied = er.copies(art, doc, spans)
        gold = [[i, e["type"], e["actor"], e["recipient"]] for i, s in enumerate(art["sentences"])
                for e in s.get("events", ()) if e.get("status", "realised") in er.COUNTED and e.get("actor")
                and e.get("recipient")]
        feats = recorded[art["id"]]
        evs = []
        for k, e in enumerate(doc.events):
            if e.confidence < events.CONFIDENCE_THRESHOLD or e.aux == "negated" or e.event not in er.PLOVER_TYPES:
                continue
            if not (e.actor and e.recipient and e.actor.code and e.recipient.code):
                continue
            told = []
            for start, end in ((e.start, e.end), *e.tellings):
                a, b = er.to_corpus(start, spans), er.to_corpus(max(start, end - 1), spans)
                lo, hi = er.sentence_at(art, a), er.sentence_at(art, b)
                if lo is not None:
                    told.append([lo, hi if hi is not None else lo])
                told.extend([i, i] for a, b, i in copied if start < b and a < end)
            evs.append({"type": e.event, "actor": e.actor.code, "recipient": e.recipient.code, "told": told,
                        "f": {n: round(v, 4) for n, v in sorted(feats.get(k, {}).items())}})
        lines.append(json.dumps({"id": art["id"], "lang": art["lang"], "outlet": tr.outlet_key(art),
                                 "fold": fold.get(art["id"], -1), "gold": gold, "events": evs}, ensure_ascii=False))
    ITEMS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {ITEMS} ({len(lines)} articles, {sum(len(json.loads(x)['events']) for x in lines)} events)")


@dataclass(frozen=True)
class Recorder(ev_verifier.Verifier):
    """A verifier that keeps every event and records the features the stage gave it (``--dump``)."""

    seen: list = field(default_factory=list)

    def probability(self, f: dict[str, float]) -> float:
        self.seen.append(f)
        return 1.0


def load_items(path: Path = ITEMS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def match(art: dict, keep: list[bool] | None = None) -> tuple[list[bool], dict[str, int]]:
    """The bench's matching on one article's stored events (those ``keep`` leaves): whether each event matched a
    gold event in any sentence telling it, and the article's counts (gold, pred, matched, facts)."""
    gold = art["gold"]
    used: set[int] = set()
    right = [False] * len(art["events"])
    n_pred = matched = 0
    p_facts: set = set()
    for j, e in enumerate(art["events"]):
        if keep is not None and not keep[j]:
            continue
        p_facts.add((e["type"], frozenset((e["actor"], e["recipient"]))))
        for lo, hi in e["told"]:
            n_pred += 1
            for k, (i, t, a, r) in enumerate(gold):
                if k in used or not lo <= i <= hi or t != e["type"]:
                    continue
                if {a, r} == {e["actor"], e["recipient"]}:
                    used.add(k)
                    matched += 1
                    right[j] = True
                    break
    g_facts = {(t, frozenset((a, r))) for _, t, a, r in gold}
    n = {"gold": len(gold), "pred": n_pred, "matched": matched, "f_gold": len(g_facts), "f_pred": len(p_facts),
         "f_matched": len(g_facts & p_facts)}
    return right, n


# --- the model ------------------------------------------------------------------------------------


def design(arts: list[dict], names: tuple[str, ...] | None = None) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int]]]:
    """Feature matrix, labels (right 1, false 0) and (article index, event index) of every stored event."""
    names = names or NAMES
    rows, ys, where = [], [], []
    for ai, art in enumerate(arts):
        right, _ = match(art)
        for j, e in enumerate(art["events"]):
            rows.append([e["f"].get(n, 0.0) for n in names])
            ys.append(1.0 if right[j] else 0.0)
            where.append((ai, j))
    return np.array(rows, dtype=np.float64).reshape(-1, len(names)), np.array(ys), where


def fit(x: np.ndarray, y: np.ndarray, l2: float | None = None) -> tuple[np.ndarray, float]:
    """L2 logistic regression by Newton steps from zero (deterministic); ``l2`` by default ``L2``."""
    l2 = L2 if l2 is None else l2
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + reg * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return w[:-1], float(w[-1])


def prob(x: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(x @ w + b)))


def choose_cut(p: np.ndarray, y: np.ndarray) -> float:
    """The highest cut whose dropped events (probability under it) are at least DROP_FALSE false, over at least
    MIN_DROPPED of them; 0 (drop nothing) where none is."""
    best = 0.0
    for c in np.round(np.arange(0.05, 0.951, 0.01), 2):
        drop = p < c
        if drop.sum() >= MIN_DROPPED and (1 - y[drop]).mean() >= DROP_FALSE:
            best = float(c)
    return best


def oof(arts: list[dict], x: np.ndarray, y: np.ndarray, where: list, nested: bool = True, l2: float | None = None
        ) -> tuple[np.ndarray, np.ndarray]:
    """Out of fold by outlet: each event's probability from a model fitted without its outlet's articles, and the
    cut chosen without them (``nested``: from the out-of-fold probabilities of the other outlets)."""
    folds = np.array([arts[ai]["fold"] for ai, _ in where])
    p = np.zeros(len(y))
    cuts = np.zeros(len(y))
    for f in sorted(set(folds.tolist())):
        held = folds == f
        w, b = fit(x[~held], y[~held], l2)
        p[held] = prob(x[held], w, b)
        if nested:
            inner = np.zeros(int((~held).sum()))
            rest = folds[~held]
            xr, yr = x[~held], y[~held]
            for g in sorted(set(rest.tolist())):
                h = rest == g
                wi, bi = fit(xr[~h], yr[~h], l2)
                inner[h] = prob(xr[h], wi, bi)
            cuts[held] = choose_cut(inner, yr)
    return p, cuts


def simulate(arts: list[dict], where: list, drop: np.ndarray) -> dict[str, int]:
    """The bench's counts over all articles with the dropped events left out."""
    keep: dict[int, list[bool]] = defaultdict(list)
    for (ai, _), d in zip(where, drop):
        keep[ai].append(not d)
    tot: dict[str, int] = defaultdict(int)
    for ai, art in enumerate(arts):
        _, n = match(art, keep.get(ai, []))
        for k, v in n.items():
            tot[k] += v
    return tot


def line(name: str, t: dict[str, int]) -> str:
    p = t["matched"] / t["pred"] if t["pred"] else 0.0
    r = t["matched"] / t["gold"] if t["gold"] else 0.0
    fp = t["f_matched"] / t["f_pred"] if t["f_pred"] else 0.0
    fr = t["f_matched"] / t["f_gold"] if t["f_gold"] else 0.0
    f1 = 2 * fp * fr / (fp + fr) if fp + fr else 0.0
    return (f"{name:28} pred {t['pred']:4} right {t['matched']:4} P {p:.3f} R {r:.3f} | per article pred "
            f"{t['f_pred']:4} P {fp:.3f} R {fr:.3f} F1 {f1:.3f}")


def train(arts: list[dict]) -> dict:
    x, y, where = design(arts)
    w, b = fit(x, y)
    p, _ = oof(arts, x, y, where, nested=False)
    cut = choose_cut(p, y)
    return {"_about": "bilat.stages.event_verifier: logistic regression on dev events coded out of fold by outlet "
                      "(scripts/train_event_verifier.py); cut: the highest probability under which the dropped "
                      f"events are at least {DROP_FALSE} false out of fold by outlet",
            "names": list(NAMES), "weights": [round(float(v), 6) for v in w], "bias": round(b, 6),
            "cut": cut, "l2": L2, "events": len(y), "right": int(y.sum())}


def refold(arts: list[dict], outlets: list[str] | None = None) -> list[dict]:
    """The items with their ``fold`` taken again from their outlet by the folding of today's dev half
    (``train_event_classifier.fold_of``: one fold per outlet, sorted): the numbers stored by ``--dump`` shift when a
    new dev batch brings an outlet, and an item left with another outlet's number would leak into its own fold's
    verifier. An item of an outlet today's dev does not have gets fold -1 (always in training, never held out)."""
    import train_event_classifier as tr

    if outlets is None:
        outlets = [it["outlet"] for it in tr.corpus_items("dev")]
    keys = sorted(set(outlets))
    index = {o: i for i, o in enumerate(keys)}
    return [{**a, "fold": index.get(a["outlet"], -1)} for a in arts]


def fold_verifiers(by: str = "outlet") -> dict[int, ev_verifier.Verifier]:
    """For ``bench/events_real.py --verifier oof``: the verifier of each outlet fold of today's dev half (``refold``),
    fitted without it and with the cut chosen without it."""
    if by != "outlet":
        raise SystemExit("the verifier's items are coded out of fold by outlet: --fold-by outlet")
    import train_event_classifier as tr

    outlets = [it["outlet"] for it in tr.corpus_items("dev")]
    arts = refold(load_items(), outlets)
    names, l2 = NAMES, L2
    if ev_verifier.load() is not None:  # the shipped verifier's feature set and ridge
        from bilat.datafiles import read_json

        names, l2 = ev_verifier.load().names, float(read_json(ev_verifier.DATA).get("l2", L2))
    out = {}
    for f in range(len(set(outlets))):  # every fold of today's dev, also an outlet the items do not have yet
        rest = [a for a in arts if a["fold"] != f]
        xr, yr, wr = design(rest, names)
        w, b = fit(xr, yr, l2)
        pr, _ = oof(rest, xr, yr, wr, nested=False, l2=l2)
        out[f] = ev_verifier.Verifier(names, tuple(map(float, w)), b, choose_cut(pr, yr))
    return out


def report(arts: list[dict]) -> None:
    x, y, where = design(arts)
    print(f"{len(y)} events, {int(y.sum())} right ({y.mean():.3f})")
    base = simulate(arts, where, np.zeros(len(y), bool))
    print(line("no verifier", base))
    p, cuts = oof(arts, x, y, where)
    print(line("verifier, nested cut", simulate(arts, where, p < cuts)))
    drop = p < cuts
    print(f"  dropped {int(drop.sum())}, false among them {(1 - y[drop]).mean() if drop.any() else 0:.3f}")
    for c in (0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7):
        d = p < c
        print(line(f"verifier cut {c:.2f}", simulate(arts, where, d)),
              f"| dropped {int(d.sum())} false {(1 - y[d]).mean() if d.any() else 0:.2f}")
    names = NAMES
    carried = np.array([any(x[i, names.index(f"{r}_{s}")] for r in ("actor", "recipient")
                            for s in ("carried", "context", "home")) for i in range(len(y))])
    print(line("rule: a party not named", simulate(arts, where, carried)),
          f"| dropped {int(carried.sum())} false {(1 - y[carried]).mean() if carried.any() else 0:.2f}")
    both = np.array([all(any(x[i, names.index(f"{r}_{s}")] for s in ("carried", "context", "home"))
                         for r in ("actor", "recipient")) for i in range(len(y))])
    print(line("rule: neither party named", simulate(arts, where, both)),
          f"| dropped {int(both.sum())} false {(1 - y[both]).mean() if both.any() else 0:.2f}")
    conf = x[:, names.index("confidence")]
    for c in (0.55, 0.6, 0.65):
        d = conf < c
        print(line(f"rule: confidence under {c}", simulate(arts, where, d)),
              f"| dropped {int(d.sum())} false {(1 - y[d]).mean() if d.any() else 0:.2f}")
    by_lang: dict[str, list[int]] = defaultdict(list)
    for n, (ai, _) in enumerate(where):
        by_lang[arts[ai]["lang"]].append(n)
    for lang in sorted(by_lang):
        idx = np.array(by_lang[lang])
        sub = [i for i, a in enumerate(arts) if a["lang"] == lang]
        sel = [a for a in arts if a["lang"] == lang]
        w2 = [(sub.index(ai), j) for ai, j in where if arts[ai]["lang"] == lang]
        print(line(f"  {lang} before", simulate(sel, w2, np.zeros(len(idx), bool))))
        print(line(f"  {lang} after", simulate(sel, w2, drop[idx])))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", action="store_true", help="run dev out of fold by outlet and write the items")
    ap.add_argument("--report", action="store_true", help="print the curves out of fold by outlet")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--features", choices=sorted(FEATURES), default="base", help="the feature set fitted")
    args = ap.parse_args()
    global NAMES, L2
    NAMES, L2 = FEATURES[args.features], L2_OF[args.features]
    if args.dump:
        dump()
        return
    arts = load_items()
    if args.report:
        report(arts)
    model = train(arts)
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: cut {model['cut']}, {model['events']} events, {model['right']} right")


if __name__ == "__main__":
    main()
