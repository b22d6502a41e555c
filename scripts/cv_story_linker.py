"""Out-of-fold figures of the story linker on the dev halves: what a setting does on events it was not fitted on.

    python scripts/cv_story_linker.py --saudi KEPT23.db --saudi KEPT22.db=bench/data/saudi-2015-07-22-events.json \\
        --saudi KEPT24.db=bench/data/saudi-2015-07-24-events.json --ntrex KEPTN.db --folds 4 \\
        --grid 'l2=1;join=0.55' --grid 'l2=1;join=0.65'

The trainer (``train_story_scorer.py``) fits the pair scorer on every dev pair and then picks the
story-level settings by replaying the linker over the same dev events: its dev figures are in-sample
(dev precision 0.92-0.96 against 0.77-0.90 on the held-out halves). Here the dev events are cut into
``--folds`` folds by storyline (one thread, on every day it was labelled, is in one fold; NTREX by
event), the scorer is fitted on the pairs of the other folds, and the real linker is replayed over the
whole kept store with that fit; only the pairs of two dev articles of the held-out fold (different
outlets) are counted, pooled over the folds. This is the held-out measurement, made inside dev.

A grid entry is ``key=value;...``: ``l2``, ``join``, ``merge`` (default join + 0.2), ``best`` (best
pair share), ``centroid``, ``veto``, ``far`` (days apart that veto a story, 0: off; default the shipped 3),
``when`` (0: the linker does not read the days a text names, as before), ``drop`` (comma-separated feature names left out, ``+`` joined),
``chunks`` (1: fit the title and chunk features too; the stores need chunk vectors,
scripts/backfill_story_chunks.py), ``ntrex`` (NTREX's share of the fit), ``tw`` (translation pair weight), ``sw`` (weight of a pair of two
NTREX events of one labelled storyline, bench/data/ntrex-storylines.json), ``xoff``/``soff`` (logit offsets
added after the fit to a pair in two languages / from one outlet), ``xlw`` (the weight of a set of independent
reports in several languages, ``xl``/``xl2``/``xl3``, against a Saudi day; 0 leaves it out of the fit), ``xlcross`` (1: fit
only such a set's pairs in two languages), ``esame``/``efar``/``enear`` (the event-day logit terms,
Model.event_same, event_far and event_near; default the trainer's EVENT_SAME, EVENT_FAR, EVENT_NEAR), ``nonneg`` (1: the shared-evidence features,
``train_story_scorer.SHARED_EVIDENCE``, fitted at or above 0), ``undated`` (1: fit the undated indicators,
``story_scorer.UNDATED_FEATURES``; left out otherwise), ``top`` (``NAME+NAME``: keep the shipped weights and fit only
a top layer, their scale, a bias and these features, ``fit_beta``), ``xtop`` (``NAME+NAME`` of features that are 0
on a pair in one language: the shipped weights and only these refitted, on the cross-language pairs, ``cross_top``;
``ctop`` (1: the shipped weights and a calibration of the cross-language pairs' logit, with the undated
indicator, ``calibrate``; 2: without it); round twenty). Test halves are never read.

``--settings`` keeps the shipped pair weights (fitted on the Saudi days and NTREX, never on an ``xl`` set) and varies only
the story-level settings of each grid entry (``join``, ``merge``, ``best``, ``centroid``, ``veto``, ``far``, ``second``,
``esame``, ``efar``, and ``stories.NAME`` for a module constant of the linker, e.g. ``stories.PER_STORY=10``). Each set
is replayed once per entry; then, for each fold (folds by storyline across every set), the entry with the best goal
on the other folds' pairs (``train_story_scorer.goal``: mean F1 over the sets, less 5 per point of precision under
0.9) is chosen and counted on the held-out fold: the threshold chosen by cross-validation across sets and storylines,
not fitted to one set.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import itertools
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_story_scorer as T

from bilat.corpus import stories, story_scorer

NO_CHUNKS = ("title_cos", "chunk_max", "chunk_mean", "chunk_cross")


def fold_of(key: str, k: int) -> int:
    return int(hashlib.md5(key.encode("utf-8")).hexdigest(), 16) % k


def pairs_with_ids(docs: list[dict[str, Any]], ev: dict[str, tuple[str, str]]) -> tuple[np.ndarray, np.ndarray, list]:
    dev = [d for d in docs if ev.get(d["doc"].id, ("", ""))[1] == "dev"]
    X, y, ids = [], [], []
    for a, b in itertools.combinations(dev, 2):
        X.append(T.pair_row(a, b))
        y.append(float(ev[a["doc"].id][0] == ev[b["doc"].id][0]))
        ids.append((a["doc"].id, b["doc"].id))
        TERMS[ids[-1]] = day_terms(a, b, X[-1])
    return np.asarray(X), np.asarray(y), ids


TERMS: dict[tuple[str, str], float] = {}  # (doc, doc) -> what the shipped logit adds for the days (DAY_COS, event terms)


def day_terms(a: dict[str, Any], b: dict[str, Any], row: list[float]) -> float:
    """The shipped logit's day terms of a pair (the days-apart penalty, event_same / event_far), as the linker
    adds them to the weighted features."""
    model = story_scorer.shipped()
    assert model is not None
    days = stories.days_apart(a["day"], a["features"], b["day"], b["features"])
    gap = stories.event_gap(a["features"], b["features"], a["day"], b["day"])
    return dataclasses.replace(model, cross_top=()).logit(row, days, gap) - float(np.dot(model.weights, row))


def ntrex_pairs_with_ids(docs: list[dict[str, Any]], ev: dict[str, tuple[str, str]], labels: dict[str, Any],
                         rng: random.Random, tw: float, sw: float = T.STORYLINE_WEIGHT
                         ) -> tuple[np.ndarray, np.ndarray, np.ndarray, list]:
    """As the trainer's ntrex_pairs, with the doc ids of each pair."""
    ids: list[tuple[str, str]] = []
    X, y, w = T.ntrex_pairs(docs, ev, labels, rng, translation_weight=tw, storyline_weight=sw, ids=ids)
    return np.asarray(X), np.asarray(y), np.asarray(w), ids


def parse(spec: str) -> dict[str, Any]:
    out: dict[str, Any] = {"l2": 1.0, "join": 0.55, "best": 0.5, "centroid": 0.0, "veto": 0.0, "far": T.FAR_DAYS,
                           "esame": T.EVENT_SAME, "efar": T.EVENT_FAR, "enear": T.EVENT_NEAR, "drop": "",
                           "ntrex": T.NTREX_SHARE, "tw": T.TRANSLATION_WEIGHT,
                           "sw": T.STORYLINE_WEIGHT}
    for part in filter(None, spec.split(";")):
        k, _, v = part.partition("=")
        out[k.strip()] = v.strip() if k.strip() in ("drop", "top", "xtop") else float(v)
    out.setdefault("merge", round(min(out["join"] + T.MERGE_ABOVE, 0.95), 3))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--saudi", action="append", required=True,
                    help="STORE[=EVENTS]: a kept store of one labelled set and its events file; EVENTS may be an "
                         "events JSONL (bench/data/xl-events.jsonl, dev half kept), folded by storyline the same way")
    ap.add_argument("--ntrex", required=True)
    ap.add_argument("--samples")
    ap.add_argument("--folds", type=int, default=4, help="0: no out-of-fold figures (with --write: only the fit)")
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--grid", action="append", required=True)
    ap.add_argument("--ntrex-only", action="store_true", help="replay NTREX alone (the Saudi days are still fitted "
                                                                   "on): for settings that change only cross-language pairs")
    ap.add_argument("--show-ntrex", action="store_true", help="print each NTREX held-out dev pair the fold's fit "
                                                                  "misses or joins wrongly (dev only), with its pair probability")
    ap.add_argument("--settings", action="store_true", help="the shipped weights; choose the story-level setting "
                                                                "by cross-validation over folds of storylines")
    ap.add_argument("--choose", choices=("goal", "pooled"), default="goal",
                    help="with --settings: choose per fold by train_story_scorer.goal, or by the xl sets' pooled F1 "
                         "with their pooled precision not under the first grid entry's (the ship rule; round twenty)")
    ap.add_argument("--write", help="fit the (last) grid setting on every dev pair and write the scorer file here")
    args = ap.parse_args()
    t0 = time.time()
    days, lines, labels = [], {}, {}
    for spec in args.saudi:
        db, _, events = spec.partition("=")
        path = Path(events) if events else T.SAUDI_EVENTS
        data = T.events_in(path)
        line = {e["id"]: e.get("storyline") or e["id"] for e in data}
        docs, ev = T.with_rarity(T.load_kept(db)), T.event_of(path, db)
        fold = {d: fold_of(line[e], max(args.folds, 1)) for d, (e, s) in ev.items() if s == "dev"}
        days.append((path.stem.replace("-events", ""), docs, ev, fold))
        lines[days[-1][0]] = {e["id"]: e.get("storyline") for e in data}
        labels[days[-1][0]] = json.loads(Path(db + ".labels.json").read_text(encoding="utf-8"))
    ntrex = T.with_rarity(T.load_kept(args.ntrex))
    nev = T.event_of(T.ROOT / "bench" / "data" / "ntrex-events.json", args.ntrex)
    nlabels = json.loads(Path(args.ntrex + ".labels.json").read_text(encoding="utf-8"))
    nline = T.ntrex_storylines()  # a storyline's events in one fold, as the Saudi days' threads
    nfold = {d: fold_of(nline.get(e, e), max(args.folds, 1)) for d, (e, s) in nev.items() if s == "dev"}
    samples = T.load_kept(args.samples) if args.samples else None
    # one map per set: the kept stores number their documents alike (a0, a1 ...), and one map over every set gave
    # a Saudi day's or an xl set's document the outlet of the NTREX document of the same id
    outlet = {name: {d["doc"].id: T.outlet_of(d, labels[name]) for d in docs} for name, docs, _, _ in days}
    outlet["ntrex"] = {d["doc"].id: T.outlet_of(d, nlabels) for d in ntrex}
    draws = T.ntrex_draws(ntrex, nlabels, [int(s) for s in args.seeds.split(",")])
    if args.settings:
        settings_cv(args, days, ntrex, nev, nfold, draws, samples, outlet)
        return
    pair_sets = [(name, *pairs_with_ids(docs, ev), fold) for name, docs, ev, fold in days]
    print(f"loaded in {time.time() - t0:.0f} s", flush=True)
    cache: dict[tuple[float, float, float], tuple] = {}

    def full_model(cfg: dict[str, Any]) -> story_scorer.Model:
        """The fit on every dev pair with this setting (what would ship)."""
        Xn, yn, wn, _ = cache[(cfg["ntrex"], cfg["tw"], cfg["sw"])]
        keep = kept_features(cfg)
        fit_sets = [(x[0], x[1][fitted(cfg, x[0], x[1])], x[2][fitted(cfg, x[0], x[1])],
                     np.asarray([TERMS[p] for p in x[3]])[fitted(cfg, x[0], x[1])]) for x in pair_sets]
        Xa = np.vstack([x[1] for x in fit_sets] + [Xn])
        ya = np.concatenate([x[2] for x in fit_sets] + [yn])
        ea = np.concatenate([x[3] for x in fit_sets] + [np.zeros(len(yn))])
        wa = np.concatenate([np.full(len(x[2]), share(cfg, x[0], days) / len(x[2])) for x in fit_sets]
                            + [cfg["ntrex"] * wn / wn.sum()]) * len(ya)
        beta = fit_beta(cfg, Xa, ya, wa, keep)
        offsets(beta, cfg)
        return story_scorer.Model(names=story_scorer.NAMES, weights=beta, join=cfg["join"], merge=cfg["merge"],
                                  cross_top=calibrate(cfg, Xa, ya, wa, ea),
                                  storyline=cfg["join"], best_weight=cfg["best"], centroid_weight=cfg["centroid"],
                                  meta={"pairs": len(ya), "positives": int(ya.sum())}, veto=cfg["veto"],
                                  far_days=int(cfg["far"]), event_same=cfg["esame"], event_far=cfg["efar"],
                                  event_near=cfg["enear"])

    for spec in args.grid:
        cfg = parse(spec)
        t = time.time()
        key = (cfg["ntrex"], cfg["tw"], cfg["sw"])
        if key not in cache:
            cache[key] = ntrex_pairs_with_ids(ntrex, nev, nlabels, random.Random(7), cfg["tw"], cfg["sw"])
        Xn, yn, wn, idn = cache[key]
        keep = kept_features(cfg)
        counts: dict[str, list[list[int]]] = {name: [[0, 0, 0]] for name, *_ in days}
        counts["ntrex"] = [[0, 0, 0] for _ in draws]
        for k in range(args.folds):
            Xs, ys, ws, es = [], [], [], []
            for name, X, y, ids, fold in pair_sets:
                m = np.asarray([fold[a] != k and fold[b] != k for a, b in ids]) & fitted(cfg, name, X)
                Xs.append(X[m]), ys.append(y[m])
                es.append(np.asarray([TERMS[p] for p in ids])[m])
                ws.append(np.full(int(m.sum()), share(cfg, name, days) / max(int(m.sum()), 1)))
            m = np.asarray([nfold[a] != k and nfold[b] != k for a, b in idn])
            Xs.append(Xn[m]), ys.append(yn[m]), ws.append(cfg["ntrex"] * wn[m] / wn[m].sum())
            es.append(np.zeros(int(m.sum())))  # NTREX is undated: no day terms
            X, y, w = np.vstack(Xs), np.concatenate(ys), np.concatenate(ws)
            w = w * len(y)
            beta = fit_beta(cfg, X, y, w, keep)
            offsets(beta, cfg)
            top = calibrate(cfg, X, y, w, np.concatenate(es))
            model = story_scorer.Model(names=story_scorer.NAMES, weights=beta, join=cfg["join"], merge=cfg["merge"],
                                       cross_top=top,
                                       storyline=cfg["join"], best_weight=cfg["best"],
                                       centroid_weight=cfg["centroid"], meta={}, veto=cfg["veto"],
                                       far_days=int(cfg["far"]), event_same=cfg["esame"], event_far=cfg["efar"],
                                       event_near=cfg["enear"])
            for name, docs, ev, fold in ([] if args.ntrex_only else days):
                story_of = T.replay(undated(docs, cfg), model)
                held = sorted(d for d, f in fold.items() if f == k and d in story_of)
                add(counts[name][0], held, story_of, ev, outlet[name])
            for i, dr in enumerate(draws):
                story_of = T.replay(undated(dr, cfg), model)
                held = sorted(d["doc"].id for d in dr if nfold.get(d["doc"].id) == k)
                add(counts["ntrex"][i], held, story_of, nev, outlet["ntrex"])
                if args.show_ntrex:
                    show_pairs(held, story_of, nev, outlet["ntrex"], {d["doc"].id: d for d in dr}, model, f"seed {i + 1} fold {k}")
        figs = {name: [prf(c) for c in cs] for name, cs in counts.items()}
        mean = {name: tuple(float(np.mean([f[i] for f in fs])) for i in range(3)) for name, fs in figs.items()}
        goal = T.goal(list(mean.values()), True)
        line = " | ".join(f"{n} P {p:.3f} R {r:.3f} F1 {f:.3f}" for n, (p, r, f) in mean.items())
        pooled = [sum(cs[0][i] for n, cs in counts.items() if n.startswith("xl")) for i in range(3)]
        if any(pooled):  # the sets of independent reports, their pairs pooled
            line += " | xl pooled P {:.3f} R {:.3f} F1 {:.3f}".format(*prf(pooled))
        model = full_model(cfg)
        extra = f" | samples {'ok' if T.samples_ok(samples, T.replay(samples, model)) else 'BROKEN'}" if samples else ""
        top = f" | cross_top {' '.join(f'{x:+.2f}' for x in model.cross_top)}" if model.cross_top else ""
        print(f"[{spec}] OOF {line} | goal {goal:.3f}{extra}{top} ({time.time() - t:.0f} s)", flush=True)
        if args.write:
            meta = {"trained": "scripts/cv_story_linker.py --write on the dev halves of "
                               + ", ".join(f"bench/data/{d[0]}-events.json" + ("l" if d[0].startswith("xl") else "") for d in days)
                               + " and bench/data/ntrex-events.json (settings chosen by out-of-fold dev figures)",
                    "pairs": model.meta["pairs"], "positives": model.meta["positives"], "l2": cfg["l2"],
                    "setting": spec}
            if args.folds:  # without folds there are no out-of-fold figures
                meta["oof_goal"] = round(goal, 4)
            every_link = story_scorer.Model(names=model.names, weights=model.weights, join=model.join,
                                            cross_top=model.cross_top,
                                            merge=model.merge, storyline=0.0, best_weight=model.best_weight,
                                            centroid_weight=model.centroid_weight, meta={}, veto=model.veto,
                                            far_days=model.far_days, event_same=model.event_same, event_far=model.event_far,
                                            event_near=model.event_near)
            at = T.tune_storyline([(docs, ev, lines[name]) for name, docs, ev, _ in days], every_link)
            model = story_scorer.Model(names=model.names, weights=model.weights, join=model.join, merge=model.merge,
                                       cross_top=model.cross_top,
                                       storyline=at, best_weight=model.best_weight,
                                       centroid_weight=model.centroid_weight, meta=meta, veto=model.veto,
                                       far_days=model.far_days, event_same=model.event_same, event_far=model.event_far,
                                       event_near=model.event_near)
            Path(args.write).write_text(json.dumps(model.as_dict(), indent=1) + "\n", encoding="utf-8")
            print(f"wrote {args.write} (storyline {at})")


def settings_model(spec: str) -> story_scorer.Model:
    """The shipped scorer with a grid entry's story-level settings; ``stories.NAME=value`` entries set the linker's
    module constants (left set: each entry names every constant it changes, the others are restored by the caller)."""
    base = story_scorer.shipped()
    assert base is not None
    keys = {"join": "join", "merge": "merge", "best": "best_weight", "centroid": "centroid_weight", "veto": "veto",
            "far": "far_days", "second": "second_best", "esame": "event_same", "efar": "event_far", "enear": "event_near",
            "storyline": "storyline"}
    change: dict[str, Any] = {}
    for part in filter(None, spec.split(";")):
        k, _, v = (x.strip() for x in part.partition("="))
        if k in OFFSETS:  # a logit offset on a feature (round twenty: xoff, a pair in two languages; uoff, an
            weights = change.get("weights", base.weights).copy()  # undated pair in two languages)
            weights[story_scorer.NAMES.index(OFFSETS[k])] += float(v)
            change["weights"] = weights
        elif k.startswith("stories."):
            setattr(stories, k.split(".", 1)[1], type(getattr(stories, k.split(".", 1)[1]))(float(v)))
        else:
            change[keys[k]] = int(float(v)) if k == "far" else float(v)
    if "join" in change and "merge" not in change:
        change["merge"] = round(min(change["join"] + T.MERGE_ABOVE, 0.95), 3)
    return dataclasses.replace(base, **change)


OFFSETS = {"xoff": "cross_lang", "uoff": "undated_cross", "soff": "same_outlet"}


def settings_cv(args: argparse.Namespace, days: list, ntrex: list, nev: dict, nfold: dict, draws: list,
                samples: list | None, outlet: dict[str, dict[str, str]]) -> None:
    """``--settings``: per grid entry, per set, per fold, the (tp, fp, fn) of held-out different-outlet dev pairs;
    then the entry chosen on the other folds is counted on each fold."""
    saved = {n: getattr(stories, n) for n in dir(stories) if n.isupper()}
    table: dict[str, dict[str, list[list[int]]]] = {}
    for spec in args.grid:
        t = time.time()
        model = settings_model(spec)
        c: dict[str, list[list[int]]] = {}
        for name, docs, ev, fold in days:
            story_of = T.replay(docs, model)
            c[name] = [[0, 0, 0] for _ in range(args.folds)]
            for k in range(args.folds):
                add(c[name][k], sorted(d for d, f in fold.items() if f == k and d in story_of), story_of, ev, outlet[name])
        c["ntrex"] = [[0, 0, 0] for _ in range(args.folds)]
        for dr in draws:
            story_of = T.replay(dr, model)
            for k in range(args.folds):
                add(c["ntrex"][k], sorted(d["doc"].id for d in dr if nfold.get(d["doc"].id) == k), story_of, nev, outlet["ntrex"])
        ok = T.samples_ok(samples, T.replay(samples, model)) if samples else True
        for n, v in saved.items():
            setattr(stories, n, v)
        table[spec] = c if ok else {}
        whole = {n: prf([sum(x[i] for x in cs) for i in range(3)]) for n, cs in c.items()}
        line = " | ".join(f"{n} P {p:.3f} R {r:.3f} F1 {f:.3f}" for n, (p, r, f) in whole.items())
        xl = [sum(x[i] for n, cs in c.items() if n.startswith("xl") for x in cs) for i in range(3)]
        print(f"[{spec}] in-sample {line} | xl pooled P {prf(xl)[0]:.3f} R {prf(xl)[1]:.3f} F1 {prf(xl)[2]:.3f} "
              f"| samples {'ok' if ok else 'BROKEN'} ({time.time() - t:.0f} s)", flush=True)
    usable = [s for s in table if table[s]]
    if not usable:
        return
    names = list(table[usable[0]])
    oof = {n: [0, 0, 0] for n in names}
    for k in range(args.folds):
        def pooled(spec: str, k: int) -> tuple[float, float, float]:
            return prf([sum(x[i] for n in names if n.startswith("xl") for j, x in enumerate(table[spec][n]) if j != k)
                        for i in range(3)])

        def goal(spec: str, k: int = k) -> float:
            if args.choose == "pooled":  # the ship rule: pooled xl F1, precision not under the first entry's
                p, _, f = pooled(spec, k)
                return f if p >= pooled(usable[0], k)[0] else -1.0
            figs = [prf([sum(x[i] for j, x in enumerate(table[spec][n]) if j != k) for i in range(3)]) for n in names]
            return T.goal(figs, True)
        best = max(usable, key=goal)
        print(f"fold {k}: chosen on the other folds [{best}] (goal {goal(best):.3f})")
        for n in names:
            for i in range(3):
                oof[n][i] += table[best][n][k][i]
    line = " | ".join("{} P {:.3f} R {:.3f} F1 {:.3f}".format(n, *prf(c)) for n, c in oof.items())
    xl = [sum(c[i] for n, c in oof.items() if n.startswith("xl")) for i in range(3)]
    print(f"out of fold (setting chosen on the other folds): {line} | xl pooled P {prf(xl)[0]:.3f} "
          f"R {prf(xl)[1]:.3f} F1 {prf(xl)[2]:.3f}")


def fit_beta(cfg: dict[str, Any], X: np.ndarray, y: np.ndarray, w: np.ndarray, keep: list[int]) -> np.ndarray:
    """The pair weights of a fit: every kept feature, or with ``top=NAME+NAME`` only a top layer over the shipped
    weights (the shipped logit's scale and a bias, and these features' weights refitted on top: the result is again
    one weight per feature, shipped * scale + the refitted deltas)."""
    beta = np.zeros(X.shape[1])
    if cfg.get("ctop"):  # the shipped weights; the cross-language pairs recalibrated (calibrate)
        shipped = story_scorer.shipped()
        assert shipped is not None
        return shipped.weights.copy()
    if cfg.get("xtop"):
        return cross_top(cfg, X, y, w)
    if not cfg.get("top"):
        beta[keep] = T.fit(X[:, keep], y, w, cfg["l2"], nonneg(cfg, keep))
        return beta
    shipped = story_scorer.shipped()
    assert shipped is not None
    sel = [story_scorer.NAMES.index(n) for n in str(cfg["top"]).split("+") if n and n != "bias"]
    bias = story_scorer.NAMES.index("bias")
    Z = np.column_stack([X[:, bias], X @ shipped.weights, X[:, sel]])
    coef = T.fit(Z, y, w, cfg["l2"])
    beta = coef[1] * shipped.weights
    beta[bias] += coef[0]
    beta[sel] += coef[2:]
    return beta


def calibrate(cfg: dict[str, Any], X: np.ndarray, y: np.ndarray, w: np.ndarray, terms: np.ndarray) -> tuple[float, ...]:
    """``ctop=1``: the shipped weights, and a pair in two languages read as a + b * its shipped logit (day terms
    included) + c * undated (``Model.cross_top``), (a, b, c) fitted on the cross-language pairs (``ctop=2``: without
    the undated term). () otherwise."""
    if not cfg.get("ctop"):
        return ()
    shipped = story_scorer.shipped()
    assert shipped is not None
    cross = X[:, story_scorer.NAMES.index("cross_lang")] > 0
    z = np.clip(X[cross] @ shipped.weights + terms[cross], -30, 30)
    u = X[cross][:, story_scorer.NAMES.index("undated")]
    Z = np.column_stack([np.ones(len(z)), z] + ([u] if cfg["ctop"] == 1 else []))
    coef = T.fit(Z, y[cross], w[cross], cfg["l2"])
    return (float(coef[0]), float(coef[1]), float(coef[2]) if cfg["ctop"] == 1 else 0.0)


def cross_top(cfg: dict[str, Any], X: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """``xtop=NAME+NAME``: the shipped weights, and deltas of these features (each zero on a pair in one language:
    ``cross_lang``, ``cos_cross``, ``undated_cross`` ...) fitted on the cross-language pairs alone with the shipped
    logit as an offset (L2 towards the shipped weights): every one-language decision stays the shipped one."""
    shipped = story_scorer.shipped()
    assert shipped is not None
    sel = [story_scorer.NAMES.index(n) for n in str(cfg["xtop"]).split("+") if n]
    cross = X[:, story_scorer.NAMES.index("cross_lang")] > 0
    Z, yy, ww, off = X[cross][:, sel], y[cross], w[cross], X[cross] @ shipped.weights
    delta = np.zeros(len(sel))
    reg = np.full(len(sel), cfg["l2"])
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(off + Z @ delta, -30, 30)))
        grad = Z.T @ (ww * (p - yy)) + reg * delta
        hess = (Z * (ww * p * (1 - p))[:, None]).T @ Z + np.diag(reg) + 1e-9 * np.eye(len(sel))
        step = np.linalg.solve(hess, grad)
        delta -= step
        if np.abs(step).max() < 1e-7:
            break
    beta = shipped.weights.copy()
    beta[sel] += delta
    return beta


def fitted(cfg: dict[str, Any], name: str, X: np.ndarray) -> np.ndarray:
    """The pairs of a set that the fit reads: all, or with ``xlcross=1`` only the pairs in two languages of a set
    of independent reports (``xl``, ``xl2``), so that what one language asks for is learned from the Saudi days'
    storyline neighbours alone and these sets teach the cross-language features."""
    if cfg.get("xlcross") and name.startswith("xl"):
        return X[:, story_scorer.NAMES.index("cross_lang")] > 0
    return np.ones(len(X), dtype=bool)


def share(cfg: dict[str, Any], name: str, days: list) -> float:
    """A labelled set's share of the fit: the sets share what NTREX leaves equally, a set of independent reports
    in several languages (``xl``, ``xl2``: an events JSONL) weighing ``xlw`` times a Saudi day."""
    def w(n: str) -> float:
        return cfg.get("xlw", 1.0) if n.startswith("xl") else 1.0
    return (1 - cfg["ntrex"]) * w(name) / (sum(w(d[0]) for d in days) or 1.0)


def undated(docs: list[dict[str, Any]], cfg: dict[str, Any]) -> list[dict[str, Any]]:
    """With ``when=0``, the documents without the days their texts name (as the linker read them before)."""
    if cfg.get("when", 1):
        return docs
    return [{**d, "features": dataclasses.replace(d["features"], when=frozenset())} for d in docs]


def nonneg(cfg: dict[str, Any], keep: list[int]) -> list[int]:
    """With ``nonneg=1``: the positions (among ``keep``) of the shared-evidence features, fitted at or above 0."""
    if not cfg.get("nonneg"):
        return []
    return T.bounded(keep)


def kept_features(cfg: dict[str, Any]) -> list[int]:
    """The features fitted: all but ``drop`` and, unless ``chunks=1`` (stores with chunk vectors), the title
    and chunk ones."""
    dropped = set() if cfg.get("chunks") else {story_scorer.NAMES.index(n) for n in NO_CHUNKS}
    dropped |= {story_scorer.NAMES.index(n) for n in cfg["drop"].split("+") if n}
    if not cfg.get("undated"):
        dropped |= {story_scorer.NAMES.index(n) for n in story_scorer.UNDATED_FEATURES}
    return [i for i in range(len(story_scorer.NAMES)) if i not in dropped]


def offsets(beta: np.ndarray, cfg: dict[str, Any]) -> None:
    """Logit offsets set after the fit: ``xoff`` for a pair in two languages, ``soff`` for one outlet."""
    beta[story_scorer.NAMES.index("cross_lang")] += cfg.get("xoff", 0.0)
    beta[story_scorer.NAMES.index("same_outlet")] += cfg.get("soff", 0.0)
    beta[story_scorer.NAMES.index("undated_cross")] += cfg.get("uoff", 0.0)


def add(c: list[int], held: list[str], story_of: dict[str, str], ev: dict[str, tuple[str, str]],
        outlet: dict[str, str]) -> None:
    for a, b in itertools.combinations(held, 2):
        if outlet[a] == outlet[b]:
            continue
        p, g = story_of[a] == story_of[b], ev[a][0] == ev[b][0]
        c[0] += p and g
        c[1] += p and not g
        c[2] += g and not p


def show_pairs(held: list[str], story_of: dict[str, str], ev: dict[str, tuple[str, str]], outlet: dict[str, str],
               docs: dict[str, dict[str, Any]], model: story_scorer.Model, where: str) -> None:
    """The held-out dev pairs of two outlets that the linker got wrong: missed (one event, two stories) or
    false (two events, one story), with the languages, the centred cosine and the fit's pair probability."""
    for a, b in itertools.combinations(held, 2):
        if outlet[a] == outlet[b] or (story_of[a] == story_of[b]) == (ev[a][0] == ev[b][0]):
            continue
        x, y = docs[a], docs[b]
        row = T.pair_row(x, y)
        print(f"  {where} {'missed' if ev[a][0] == ev[b][0] else 'false '} {ev[a][0]}/{ev[b][0]} {x['lang']}-{y['lang']} "
              f"cos {row[1]:.3f} p {model.probability(row):.3f}", flush=True)


def prf(c: list[int]) -> tuple[float, float, float]:
    tp, fp, fn = c
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


if __name__ == "__main__":
    main()
