"""Would a cross-language signal that does not rest on the cosine's level link the missed dev pairs? (issue 12)

    python scripts/story_mutual.py --set KEPTXL.db=bench/data/xl-events.jsonl ... --set KEPTXL4.db=bench/data/xl4-events.jsonl \\
        --set KEPT24.db=bench/data/saudi-2015-07-24-events.json ... --ntrex KEPTN.db --folds 4 [--cache DIR]

The signal: **mutual nearest neighbours across languages**. For a document a and another language L, its neighbour in
L is the document of L with the highest language-centred cosine (the linker's cosine, ``stories.Means.centred``) among
those at most ``window`` days from it (``stories.days_apart``; unknown counts as near); a and b (languages La != Lb)
are a mutual pair when each is within the other's ``k`` nearest in the other's language and their cosine is at least
``floor``. The rank does not depend on a language pair's offset, which is what sinks most cross-language misses
(``scripts/story_misses.py``: 284 of 339 xl misses are across languages, most far under ``join``).

Two measurements, on pairs of two **dev** articles from different outlets (a test half is never read):

1. ranking, cross-language pairs only: average precision of the centred cosine, of the cosine z-scored per
   language pair (rank-normalised per pair of languages) and of the mutual rank (``-max(rank a->b, rank b->a)``);
2. a join rule, as an upper bound of what the linker could gain: the shipped linker's stories (a replay of the kept
   store, ``train_story_scorer.replay``) with every mutual pair's two stories united (union-find, so chains count),
   P / R / F1 per set and pooled, in sample for each grid entry and **out of fold**: folds by storyline as
   ``scripts/cv_story_linker.py`` (a pair counts in a fold when both its articles are in it), each fold counted
   with the entry whose pooled xl F1 on the other folds is best (entries whose precision there falls under the
   shipped one's are skipped unless ``--any-precision``; none means the shipped linker);
3. the shipped pair logit stacked with the rank features (a logistic refit on top, out of fold), AP of the
   cross-language pairs: what the signal could add as a feature of the pair scorer; with the ranks the online
   linker could read (``online_ranks``: among the documents stored before the later one arrives) and with the
   undated indicator (``stories.undated`` on either side; round twenty).

The ranks are taken over the whole kept store (documents that arrive later included), so every figure is an upper
bound of what the online linker, which sees only the earlier documents, could do with the signal.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_story_scorer as T

from bilat.corpus import stories, story_scorer

# (k, window days, cosine floor, lone: only a document left alone joins, margin over the runner-up, pool: at least
# this many candidates of the other language inside the window)
GRID = [(k, w, f, lone, 0.0, 0) for lone in (False, True) for k in (1, 2) for w in (1, 3, None) for f in (0.0, 0.1, 0.2, 0.3)] \
    + [(1, w, f, True, m, 0) for w in (1, 3) for f in (0.1, 0.2, 0.3) for m in (0.05, 0.1, 0.15)] \
    + [(k, 1, f, True, 0.0, n) for k in (1, 2) for f in (0.2, 0.3) for n in (5, 10, 20, 40)]


FOLDS = 4
ANY_PRECISION = False  # --any-precision: choose by F1 alone
STACK: list | None = None  # cross-language rows for the stacked fit: (set, fold, y, features)


def fold_of(key: str, k: int) -> int:
    return int(hashlib.md5(key.encode("utf-8")).hexdigest(), 16) % k


def ranks(docs: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
    """Centred cosines and days apart (-1 unknown)."""
    n = len(docs)
    vec = np.vstack([d["centred"] for d in docs])
    cos = vec @ vec.T
    apart = np.full((n, n), -1, dtype=int)
    for i, j in itertools.combinations(range(n), 2):
        a = stories.days_apart(docs[i]["day"], docs[i]["features"], docs[j]["day"], docs[j]["features"])
        apart[i, j] = apart[j, i] = -1 if a is None else a
    return cos, apart


def neighbours(docs: list[dict[str, Any]], cos: np.ndarray, apart: np.ndarray, window: int | None) -> np.ndarray:
    """rank[i, j] (0 = nearest) of j among i's documents of j's language within the window; large when not one."""
    n = len(docs)
    langs = [d["lang"] or "" for d in docs]
    by_lang: dict[str, list[int]] = defaultdict(list)
    for i, la in enumerate(langs):
        by_lang[la].append(i)
    rank = np.full((n, n), 10**6, dtype=int)
    for i in range(n):
        for la, idx in by_lang.items():
            if la == langs[i]:
                continue
            ok = [j for j in idx if window is None or apart[i, j] < 0 or apart[i, j] <= window]
            order = sorted(ok, key=lambda j: -cos[i, j])
            for r, j in enumerate(order):
                rank[i, j] = r
            SECOND[(window, i, la)] = float(cos[i, order[1]]) if len(order) > 1 else -1.0
            POOL[(window, i, la)] = len(order)
    return rank


def online_ranks(docs: list[dict[str, Any]], cos: np.ndarray, apart: np.ndarray, window: int | None) -> np.ndarray:
    """The ranks the online linker could read (round twenty): for j stored before i (ingest order), rank[i, j] (0 =
    nearest) of j among the documents of j's language stored before i, within the window of i, by cosine to i; and
    rank[j, i] of i among the documents of i's language stored up to i (j left out), within the window of j, by
    cosine to j. Both are known when i arrives."""
    n = len(docs)
    langs = [d["lang"] or "" for d in docs]
    rank = np.full((n, n), 10**6, dtype=int)

    def near(x: int, m: int) -> bool:
        return window is None or apart[x, m] < 0 or apart[x, m] <= window

    for i in range(n):
        for j in range(i):
            if langs[i] == langs[j]:
                continue
            rank[i, j] = sum(1 for m in range(i) if langs[m] == langs[j] and m != j and near(i, m)
                             and cos[i, m] > cos[i, j])
            rank[j, i] = sum(1 for m in range(i) if langs[m] == langs[i] and m != j and near(j, m)
                             and cos[j, m] > cos[j, i])
    return rank


SECOND: dict[tuple[int | None, int, str], float] = {}  # (window, i, language) -> i's second-best cosine there
POOL: dict[tuple[int | None, int, str], int] = {}  # (window, i, language) -> i's candidates there


class Union:
    def __init__(self) -> None:
        self.up: dict[str, str] = {}

    def find(self, x: str) -> str:
        while self.up.get(x, x) != x:
            x = self.up[x]
        return x

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.up[ra] = rb


def average_precision(score: np.ndarray, y: np.ndarray) -> float:
    return T.average_precision(score, y) if y.any() else float("nan")


def analyse(name: str, docs: list[dict[str, Any]], ev: dict[str, tuple[str, str]], outlet: dict[str, str],
            fold: dict[str, int], story_of: dict[str, str], aps: dict[str, list]) -> dict[Any, np.ndarray]:
    """Counts [fold][tp, fp, fn] per grid entry (None = shipped)."""
    cos, apart = ranks(docs)
    ids = [d["doc"].id for d in docs]
    langs = [d["lang"] or "" for d in docs]
    dev = [i for i, x in enumerate(ids) if ev.get(x, ("", ""))[1] == "dev"]
    nf = FOLDS
    out: dict[Any, np.ndarray] = {}
    SECOND.clear()
    POOL.clear()
    rank_cache = {w: neighbours(docs, cos, apart, w) for w in (1, 3, None)}
    # ranking of cross-language different-outlet dev pairs
    cross = [(i, j) for i, j in itertools.combinations(dev, 2)
             if langs[i] != langs[j] and outlet[ids[i]] != outlet[ids[j]]]
    if cross:
        y = np.array([ev[ids[i]][0] == ev[ids[j]][0] for i, j in cross], dtype=float)
        c = np.array([cos[i, j] for i, j in cross])
        pair_key = [tuple(sorted((langs[i], langs[j]))) for i, j in cross]
        allc: dict[tuple, list[float]] = defaultdict(list)  # every cross pair of the store, for the z-score
        for i, j in itertools.combinations(range(len(docs)), 2):
            if langs[i] != langs[j]:
                allc[tuple(sorted((langs[i], langs[j])))].append(cos[i, j])
        mu = {k: (np.mean(v), np.std(v) + 1e-9) for k, v in allc.items()}
        z = np.array([(cv - mu[k][0]) / mu[k][1] for cv, k in zip(c, pair_key)])
        r3 = rank_cache[3]
        mr = np.array([-max(r3[i, j], r3[j, i]) for i, j in cross], dtype=float)
        aps["cos"].append((name, average_precision(c, y), int(y.sum()), len(y)))
        aps["z"].append((name, average_precision(z, y), int(y.sum()), len(y)))
        aps["mutual"].append((name, average_precision(mr + 1e-3 * c, y), int(y.sum()), len(y)))
        if STACK is not None and not name.startswith("ntrex"):
            model = story_scorer.shipped()
            on = online_ranks(docs, cos, apart, 3)
            for (i, j), yy, zz in zip(cross, y, z):
                a, b = docs[i], docs[j]
                gap = stories.event_gap(a["features"], b["features"], a["day"], b["day"])
                days = stories.days_apart(a["day"], a["features"], b["day"], b["features"])
                base = model.logit(T.pair_row(a, b), days, gap)
                lo, hi = sorted((r3[i, j], r3[j, i]))
                olo, ohi = sorted((on[i, j], on[j, i]))
                und = float(stories.undated(a["day"], a["features"]) or stories.undated(b["day"], b["features"]))
                STACK.append((name, fold[ids[i]] if fold[ids[i]] == fold[ids[j]] else -1, yy,
                              [1.0, max(min(base, 30.0), -30.0), -np.log1p(hi), -np.log1p(lo), float(hi == 0), zz,
                               -np.log1p(ohi), -np.log1p(olo), float(ohi == 0), und,
                               und * max(min(base, 30.0), -30.0)]))
    for entry in [None, *GRID]:
        u = Union()
        for x in ids:
            u.join(x, "S:" + story_of[x])
        if entry is not None:
            k, w, floor, lone, margin, pool = entry
            r = rank_cache[w]
            size: dict[str, int] = defaultdict(int)
            for x in ids:
                size[story_of[x]] += 1
            used: set[int] = set()
            edges = sorted(((cos[i, j], i, j) for i, j in itertools.combinations(range(len(docs)), 2)
                            if langs[i] != langs[j] and r[i, j] < k and r[j, i] < k and cos[i, j] >= floor
                            and cos[i, j] - SECOND[(w, i, langs[j])] >= margin
                            and cos[i, j] - SECOND[(w, j, langs[i])] >= margin
                            and min(POOL[(w, i, langs[j])], POOL[(w, j, langs[i])]) >= pool),
                           reverse=True)
            for _, i, j in edges:
                if lone:  # only a document the linker left alone joins, once, its best mutual neighbour
                    si, sj = size[story_of[ids[i]]] == 1 and i not in used, size[story_of[ids[j]]] == 1 and j not in used
                    if not (si or sj):
                        continue
                    used.add(i if si else j)
                u.join(ids[i], ids[j])
        counts = np.zeros((nf, 3), dtype=int)
        for i, j in itertools.combinations(dev, 2):
            a, b = ids[i], ids[j]
            if outlet[a] == outlet[b] or fold[a] != fold[b]:
                continue
            joined, same = u.find(a) == u.find(b), ev[a][0] == ev[b][0]
            counts[fold[a]] += (joined and same, joined and not same, same and not joined)
        out[entry] = counts
    return out


def stacked(rows: list, folds: int) -> None:
    """Out-of-fold AP of the shipped pair logit alone and with the rank features (a logistic refit on top)."""
    names = sorted({r[0] for r in rows})
    X = np.array([r[3] for r in rows])
    y = np.array([r[2] for r in rows])
    f = np.array([r[1] for r in rows])
    nm = np.array([r[0] for r in rows])
    cols = {"shipped logit": [0, 1], "+ mutual rank": [0, 1, 2, 3, 4], "+ rank + z": [0, 1, 2, 3, 4, 5],
            "+ online rank": [0, 1, 6, 7, 8], "+ undated": [0, 1, 9], "+ undated x logit": [0, 1, 9, 10],
            "+ online + undated": [0, 1, 6, 7, 8, 9]}
    print(f"== stacked on the shipped pair logit, cross-language dev pairs, out of fold ({folds} folds by storyline)")
    print(f"  undated on one side: {int(X[:, 9].sum())} of {len(y)} pairs, same event {int(y[X[:, 9] > 0].sum())} "
          f"of {int(y.sum())}")
    for label, c in cols.items():
        pred = np.full(len(y), np.nan)
        betas = []
        for k in range(folds):
            tr, te = (f >= 0) & (f != k), f == k
            beta = T.fit(X[tr][:, c], y[tr], np.ones(int(tr.sum())))
            betas.append(beta)
            pred[te] = X[te][:, c] @ beta
        ok = ~np.isnan(pred)
        per = "  ".join(f"{n} {average_precision(pred[ok & (nm == n)], y[ok & (nm == n)]):.3f}" for n in names)
        print(f"  {label:14s} pooled AP {average_precision(pred[ok], y[ok]):.3f}  {per}  "
              f"(weights fold 0: {' '.join(f'{b:+.2f}' for b in betas[0])})")


def prf(c: np.ndarray) -> tuple[float, float, float]:
    tp, fp, fn = (int(x) for x in c)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def fmt(c: np.ndarray) -> str:
    return "{:.3f} / {:.3f} / {:.3f}".format(*prf(c))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", action="append", default=[], help="STORE=EVENTS")
    ap.add_argument("--ntrex")
    ap.add_argument("--seeds", default="1,2,3,4,5")
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--any-precision", action="store_true", help="out of fold, choose by F1 alone")
    ap.add_argument("--cache", help="a folder for the shipped replays' doc -> story maps")
    args = ap.parse_args()
    global FOLDS, STACK, ANY_PRECISION
    FOLDS, ANY_PRECISION = args.folds, args.any_precision
    STACK = []
    model = story_scorer.shipped()
    cache = Path(args.cache) if args.cache else None
    if cache:
        cache.mkdir(parents=True, exist_ok=True)

    def shipped_stories(key: str, docs: list[dict[str, Any]]) -> dict[str, str]:
        f = cache / (key + ".json") if cache else None
        if f and f.exists():
            return json.loads(f.read_text())
        s = T.replay(docs, model)
        if f:
            f.write_text(json.dumps(s))
        return s

    results: dict[str, dict[Any, np.ndarray]] = {}
    aps: dict[str, list] = defaultdict(list)
    for spec in args.set:
        db, _, events = spec.partition("=")
        path = Path(events)
        line = {e["id"]: e.get("storyline") or e["id"] for e in T.events_in(path)}
        docs, ev = T.load_kept(db), T.event_of(path, db)
        labels = json.loads(Path(db + ".labels.json").read_text(encoding="utf-8"))
        outlet = {d["doc"].id: T.outlet_of(d, labels) for d in docs}
        fold = {d: fold_of(line[e], args.folds) for d, (e, s) in ev.items() if s == "dev"}
        name = path.stem.replace("-events", "")
        story_of = shipped_stories(name, docs)
        T.set_rarity(docs, story_of)  # train_story_scorer.with_rarity from the cached replay
        results[name] = analyse(name, docs, ev, outlet, fold, story_of, aps)
        print(f"done {name}", file=sys.stderr, flush=True)
    if args.ntrex:
        docs = T.load_kept(args.ntrex)
        ev = T.event_of(T.ROOT / "bench" / "data" / "ntrex-events.json", args.ntrex)
        labels = json.loads(Path(args.ntrex + ".labels.json").read_text(encoding="utf-8"))
        nline = T.ntrex_storylines()
        outlet = {d["doc"].id: T.outlet_of(d, labels) for d in docs}
        fold = {d: fold_of(nline.get(e, e), args.folds) for d, (e, s) in ev.items() if s == "dev"}
        seeds = [int(s) for s in args.seeds.split(",")]
        pooled: dict[Any, np.ndarray] = {}
        for seed, drawn in zip(seeds, T.ntrex_draws(docs, labels, seeds)):
            r = analyse(f"ntrex{seed}", drawn, ev, outlet, fold, shipped_stories(f"ntrex{seed}", drawn), aps)
            for k, v in r.items():
                pooled[k] = pooled.get(k, 0) + v
        results["ntrex"] = pooled
    xl = [n for n in results if n.startswith("xl")]
    if STACK:
        stacked(STACK, args.folds)
    print("== ranking of cross-language different-outlet dev pairs (AP; positives / pairs)")
    for kind in ("cos", "z", "mutual"):
        print(f"  {kind:7s} " + "  ".join(f"{n} {a:.3f} ({p}/{t})" for n, a, p, t in aps[kind]))
    print("== join rule, in sample: P / R / F1 per set (all folds)")
    for entry in [None, *GRID]:
        pool = sum(results[n][entry].sum(0) for n in xl) if xl else np.zeros(3)
        row = "  ".join(f"{n} {fmt(results[n][entry].sum(0))}" for n in results)
        print(f"  {entry!s:30s} xl pooled {fmt(pool)}  {row}")
    if xl:
        print(f"== out of fold ({args.folds} folds by storyline): per fold the entry best on the other folds' xl pool")
        base = {n: results[n][None] for n in results}
        oof = {n: np.zeros(3, dtype=int) for n in results}
        for f in range(args.folds):
            rest = [g for g in range(args.folds) if g != f]
            b0 = sum(results[n][None][rest].sum(0) for n in xl)
            best, best_f1 = None, prf(b0)[2]
            for entry in GRID:
                c = sum(results[n][entry][rest].sum(0) for n in xl)
                p, _, f1 = prf(c)
                if f1 > best_f1 and (ANY_PRECISION or p >= prf(b0)[0]):
                    best, best_f1 = entry, f1
            print(f"  fold {f}: {best}")
            for n in results:
                oof[n] += results[n][best][f]
        pool_b = sum(base[n].sum(0) for n in xl)
        pool_o = sum(oof[n] for n in xl)
        print(f"  shipped  xl pooled {fmt(pool_b)}  " + "  ".join(f"{n} {fmt(base[n].sum(0))}" for n in results))
        print(f"  oof      xl pooled {fmt(pool_o)}  " + "  ".join(f"{n} {fmt(oof[n])}" for n in results))


if __name__ == "__main__":
    main()
