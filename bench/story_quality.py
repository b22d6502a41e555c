"""Pairwise F1 of story linking on labelled articles, through the real ingest path.

    # NTREX, one language drawn per article (seeded): positives are only different outlets'
    # reports of one event (bench/ntrex_same_event.json); several seeds, figures per seed and mean
    python bench/story_quality.py ../shared/devdata/ntrex-dev.jsonl bench/data/ntrex-leads.jsonl \
        --same bench/ntrex_same_event.json --one-lang --seeds 1,2,3,4,5

    # the same with the NTREX events split by event (bench/data/ntrex-events.json): only the
    # articles of --split are scored, all are ingested
    python bench/story_quality.py ../shared/devdata/ntrex-dev.jsonl bench/data/ntrex-leads.jsonl \
        --events bench/data/ntrex-events.json --split test --one-lang --seeds 1,2,3,4,5

    # any of these on a store kept by a run over every row (--keep PATH, no --one-lang): only the
    # linker runs again (--replay PATH), in this run's order; minutes instead of an hour. A store
    # kept before chunk vectors were stored needs scripts/backfill_story_chunks.py PATH first
    python bench/story_quality.py ../shared/devdata/ar-saudinewsnet-2015-07-23.jsonl \
        --events bench/data/saudi-2015-07-23-events.json --split test --replay /tmp/saudi.db

    # the translation case: every article in every language
    python bench/story_quality.py ../shared/devdata/ntrex-dev.jsonl --same bench/ntrex_same_event.json

    # one day of Saudi news (1,318 articles, ten outlets), event labels read by hand; only the
    # labelled articles of the chosen split are scored, the rest are ingested as distractors
    python bench/story_quality.py ../shared/devdata/ar-saudinewsnet-2015-07-23.jsonl \
        --events bench/data/saudi-2015-07-23-events.json --split test

    # a second day (2015-07-22, 2,050 articles, ten outlets, bench/data): every labelled article
    # and a fixed draw of 320 unlabelled ones (--background), since the whole day is slow to ingest
    python bench/story_quality.py bench/data/saudi-2015-07-22.jsonl \
        --events bench/data/saudi-2015-07-22-events.json --split test --background 320

    # a third day (2015-07-24, 2,069 articles, eleven outlets, bench/data): every labelled article
    # and a fixed draw of 300 unlabelled ones
    python bench/story_quality.py bench/data/saudi-2015-07-24.jsonl \
        --events bench/data/saudi-2015-07-24-events.json --split test --background 300

    # independent reports of one event by outlets in several languages (bench/data/xl-events.jsonl): the
    # articles carry their event and split; only the chosen half is ingested
    python bench/story_quality.py bench/data/xl-events.jsonl --events bench/data/xl-events.jsonl --split dev
    # (xl2-xl4 are split by storyline the same way; xl5-events.jsonl is wholly held out: every row is test)

    # every set at once, dev or test, from stores kept by the runs above (--keep): replays only
    python bench/story_quality.py --all test --saudi23 KEPT23.db --saudi22 KEPT22.db --saudi24 KEPT24.db \
        --ntrex KEPTN.db

Each JSONL line is an article with a label field (default ``group``): articles with the same label
report the same event. NTREX labels articles, not events: ``--same`` names groups of labels that
report one event (read by hand, see the file). ``--events`` gives event (and storyline) labels per
article id instead, with a dev/test split fixed in the file. The articles are ingested in a
shuffled order (fixed seed) into a fresh store; every pair of scored articles is then counted as
true/false positive/negative by whether bilat put them in the same story. Figures are printed for
all pairs, cross-language pairs, and different-outlet pairs (the case of independent reports), and those of
them whose two articles both carry a publication day (``published``: the day vetoes read it; a lead labelled
without one is read by the days its text names, or not at all);
``--one-lang`` keeps one randomly drawn language per label, so that no pair is a translation.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bilat import embed, store
from bilat.corpus import stories, story_scorer
from bilat.ingest import ingest


def prf(pairs: list[tuple[bool, bool]]) -> tuple[float, float, float]:
    tp = sum(p and g for p, g in pairs)
    fp = sum(p and not g for p, g in pairs)
    fn = sum(g and not p for p, g in pairs)
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def read_rows(paths: list[str]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in paths:
        with Path(path).open(encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    return rows


def one_language_each(rows: list[dict[str, Any]], label: str, seed: int) -> list[dict[str, Any]]:
    """One article per label, its language drawn at random (seeded)."""
    by_label: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_label.setdefault(r[label], []).append(r)
    rng = random.Random(seed)
    return [rng.choice(sorted(group, key=lambda r: r.get("lang", ""))) for _, group in sorted(by_label.items())]


def load_events(path: str) -> list[dict[str, Any]]:
    """The events of an events file: a JSON object with ``events`` ({id, docs, split, ...}), or a JSONL of
    articles that carry their own ``event`` and ``split`` (bench/data/xl-events.jsonl), grouped here."""
    if path.endswith(".jsonl"):
        events: dict[str, dict[str, Any]] = {}
        for row in read_rows([path]):
            ev = events.setdefault(row["event"], {"id": row["event"], "docs": [], "split": row["split"],
                                                  "storyline": row.get("storyline")})
            ev["docs"].append(row["id"])
        return list(events.values())
    return json.loads(Path(path).read_text(encoding="utf-8"))["events"]


def one_half(rows: list[dict[str, Any]], events: str, split: str) -> list[dict[str, Any]]:
    """With an events JSONL whose rows carry their split, only the rows of ``split`` (``all``: every row):
    the other half is not even ingested, so nothing of it is seen while working on one half."""
    if not events.endswith(".jsonl") or split == "all":
        return rows
    return [r for r in rows if r.get("split", split) == split]


def event_labels(path: str, split: str) -> tuple[dict[str, str], set[str]]:
    """Article id -> event id, and the ids scored in this split (``all``: every labelled article)."""
    label, scored = {}, set()
    for ev in load_events(path):
        for doc in ev["docs"]:
            label[doc] = ev["id"]
            if split == "all" or ev["split"] == split:
                scored.add(doc)
    return label, scored


def with_background(rows: list[dict[str, Any]], events: str, n: int) -> list[dict[str, Any]]:
    """Every row labelled in the events file (by id or label) and ``n`` of the others, drawn with a
    fixed seed (the same whatever the run's seed), in their file order: a day's labelled articles
    with a smaller unlabelled background, when the whole day is too slow to ingest."""
    labelled = {d for ev in load_events(events) for d in ev["docs"]}
    others = [i for i, r in enumerate(rows) if r.get("id") not in labelled and str(r.get("group")) not in labelled]
    drop = set(others) - set(random.Random(0).sample(others, min(n, len(others))))
    return [r for i, r in enumerate(rows) if i not in drop]


def union_of_draws(rows: list[dict[str, Any]], label: str, seeds: list[int]) -> list[dict[str, Any]]:
    """The rows that the one-language draws of these seeds pick, each once, in file order: what a
    store kept for replaying those draws must hold."""
    picked = {id(r) for seed in seeds for r in one_language_each(rows, label, seed)}
    return [r for r in rows if id(r) in picked]


def draw(rows: list[dict[str, Any]], args: argparse.Namespace, seed: int) -> list[dict[str, Any]]:
    """The rows one run ingests, in its order: one language each (--one-lang), shuffled, cut to --limit."""
    rows = list(rows)
    if args.one_lang:
        rows = one_language_each(rows, args.label, seed)
    random.Random(seed).shuffle(rows)
    return rows[:args.limit] if args.limit else rows


def run_once(rows: list[dict[str, Any]], args: argparse.Namespace, seed: int) -> dict[str, tuple[float, ...]]:
    rows = draw(rows, args, seed)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for i, r in enumerate(rows):
                fh.write(json.dumps({**r, "id": f"a{i}"}, ensure_ascii=False) + "\n")
        db = str(Path(tmp) / "q.db")
        t = time.perf_counter()
        summary = ingest([src], db, error=lambda m: print(m, file=sys.stderr))
        elapsed = time.perf_counter() - t
        conn = store.connect(db)
        docs = conn.execute("SELECT id, source, lang FROM documents").fetchall()
        story_of = stories.stories_of_docs(conn, [d[0] for d in docs])
        row_of = {d[0]: rows[int(d[1].rsplit("#", 1)[1]) - 1] for d in docs}
        n_stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
        if args.keep:
            conn.execute("VACUUM INTO ?", (args.keep,))
            Path(args.keep + ".labels.json").write_text(json.dumps(
                {d: {"id": r.get("id"), args.label: r.get(args.label), "outlet": r.get("outlet")}
                 for d, r in row_of.items()}, ensure_ascii=False))
    print(f"seed {seed}: {summary.line()} in {elapsed:.1f} s "
          f"({elapsed / max(summary.ingested, 1) * 1000:.0f} ms/article, all stages and linking), {n_stories} stories")
    return score(docs, story_of, row_of, args)


def row_key(row: dict[str, Any], label: str, lang: str | None = None) -> str:
    """A row's identity across runs: its id, else its label and language (the NTREX leads)."""
    return str(row.get("id") or f"{row.get(label)}|{lang or row.get('lang')}")


def replay_once(rows: list[dict[str, Any]], args: argparse.Namespace, seed: int) -> dict[str, tuple[float, ...]]:
    """As run_once, but the documents come analysed from a store kept by an earlier run over every
    row (--keep, without --one-lang): only the linking stage runs again, in this run's order, into
    a fresh store. This measures the linker in a fraction of a full ingest's time; it is close to,
    not identical with, a full ingest, since names the entities stage learns depend on ingest order."""
    rows = draw(rows, args, seed)
    kept = store.connect(args.replay, readonly=True)
    labels = json.loads(Path(args.replay + ".labels.json").read_text(encoding="utf-8"))
    lang_of = dict(kept.execute("SELECT id, lang FROM documents"))
    stored = {row_key(lab, args.label, lang_of.get(d)): d for d, lab in labels.items()}
    with tempfile.TemporaryDirectory() as tmp:
        conn = store.connect(str(Path(tmp) / "q.db"))
        model = story_scorer.Model.from_dict(json.loads(Path(args.model).read_text(encoding="utf-8"))) \
            if args.model else not args.hand_set
        linker = stories.Linker(conn, model=model)
        row_of, items = {}, []
        for r in rows:
            d = stored.get(row_key(r, args.label))
            found = kept.execute("SELECT vec, chunks FROM story_docs WHERE doc=?", (d,)).fetchone() if d else None
            if not found:
                continue  # the kept run could not ingest it
            doc = store.load_document(kept, d)
            vec = embed.from_blob(found[0])
            items.append((doc, stories.Prepared(vector=vec, features=stories.features(doc),
                                                chunks=stories.chunks_from_blob(found[1], vec.shape[0]))))
            row_of[d] = r
        t = time.process_time()
        stories.replay(conn, linker, items)  # linked in this order, then revisited as an ingest run ends
        cpu = time.process_time() - t
        docs = conn.execute("SELECT id, source, lang FROM documents").fetchall()
        story_of = stories.stories_of_docs(conn, [x[0] for x in docs])
        n_stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
        conn.close()
    print(f"seed {seed}: {len(row_of)} articles re-linked from {args.replay} "
          f"({cpu / max(len(row_of), 1) * 1000:.1f} ms CPU/article to store, link and revisit), {n_stories} stories")
    return score(docs, story_of, row_of, args)


def labelings(row_of: dict[str, dict[str, Any]], args: argparse.Namespace) -> dict[str, tuple[dict[str, str], set[str]]]:
    """Named labelings: doc -> label, and the docs scored under it."""
    if args.events:
        by_id, scored = event_labels(args.events, args.split)
        # an event lists article ids (the Saudi day) or article labels (NTREX groups, any language)
        key = {d: r["id"] if r.get("id") in by_id else str(r.get(args.label)) for d, r in row_of.items()}
        lab = {d: by_id.get(key[d], f"unlabelled:{key[d]}") for d in row_of}
        return {f"event labels ({args.split})": (lab, {d for d in row_of if key[d] in scored})}
    label = {d: str(r[args.label]) for d, r in row_of.items()}
    out = {"article labels": (label, set(row_of))}
    if args.same:
        canon = {g: group[0] for group in json.loads(Path(args.same).read_text())["same_event"] for g in group}
        out["event labels (--same)"] = ({d: canon.get(v, v) for d, v in label.items()}, set(row_of))
    return out


def outlet_of(row: dict[str, Any], label: str) -> str:
    """The outlet field, else the part of an NTREX label before the dot ("reuters.218861")."""
    return str(row.get("outlet") or str(row.get(label, "")).split(".")[0])


def score(docs: list[tuple[str, str, str]], story_of: dict[str, str], row_of: dict[str, dict[str, Any]],
          args: argparse.Namespace) -> dict[str, tuple[float, ...]]:
    lang = {d[0]: d[2] for d in docs}
    outlet = {d: outlet_of(r, args.label) for d, r in row_of.items()}
    dated = {d: bool(r.get("published")) for d, r in row_of.items()}
    out = {}
    for title, (lab, scored) in labelings(row_of, args).items():
        groups: dict[str, list[tuple[bool, bool]]] = {"all pairs": [], "cross-language pairs": [],
                                                      "different-outlet pairs": [], "  of them both dated": [],
                                                      "  cross-lang, an undated": []}
        ids = sorted(d for d in (x[0] for x in docs) if d in scored)
        for a, b in itertools.combinations(ids, 2):
            pair = (story_of[a] == story_of[b], lab[a] == lab[b])
            groups["all pairs"].append(pair)
            if lang[a] != lang[b]:
                groups["cross-language pairs"].append(pair)
            if outlet[a] != outlet[b]:
                groups["different-outlet pairs"].append(pair)
                if dated[a] and dated[b]:  # both carry a publication day: what the day vetoes can read
                    groups["  of them both dated"].append(pair)
                elif lang[a] != lang[b]:  # where most wrong pairs are (docs/stories.md round thirty-one)
                    groups["  cross-lang, an undated"].append(pair)
        print(f"  {title}: scored articles {len(ids)}, labels {len({lab[d] for d in ids})}")
        for name, ps in groups.items():
            if not ps:
                continue
            p, r, f = prf(ps)
            positives = sum(g for _, g in ps)
            print(f"    {name:24s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   ({positives} positive of {len(ps)} pairs)")
            out[f"{title} / {name}"] = (p, r, f)
        if getattr(args, "show_false", 0) and args.split == "dev":  # never a test miss
            show_false(ids, story_of, lab, outlet, row_of, args.show_false)
    return out


def show_false(ids: list[str], story_of: dict[str, str], lab: dict[str, str], outlet: dict[str, str],
               row_of: dict[str, dict[str, Any]], limit: int) -> None:
    """The dev false pairs (one story, different labelled events, different outlets), grouped by the
    pair of events, the most pairs first; and the missed pairs the same way."""
    wrong: dict[tuple[str, str], list[tuple[str, str]]] = {}
    missed: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for a, b in itertools.combinations(ids, 2):
        if outlet[a] == outlet[b]:
            continue
        same_story, same_event = story_of[a] == story_of[b], lab[a] == lab[b]
        if same_story and not same_event:
            wrong.setdefault(tuple(sorted((lab[a], lab[b]))), []).append((a, b))
        elif same_event and not same_story:
            missed.setdefault((lab[a], lab[a]), []).append((a, b))
    for name, found in (("false pairs", wrong), ("missed pairs", missed)):
        print(f"    dev {name}: {sum(map(len, found.values()))}")
        for (x, y), pairs in sorted(found.items(), key=lambda kv: -len(kv[1]))[:limit]:
            a, b = pairs[0]
            print(f"      {len(pairs):3d}  {x} / {y}\n           {str(row_of[a].get('title'))[:90]}\n"
                  f"           {str(row_of[b].get('title'))[:90]}")


DEVDATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "devdata"
DATA = Path(__file__).resolve().parent / "data"
SETS = {  # name: (rows, events, background, one language per article and seeds)
    "saudi23": ([DEVDATA / "ar-saudinewsnet-2015-07-23.jsonl"], DATA / "saudi-2015-07-23-events.json", 430, None),
    "saudi22": ([DATA / "saudi-2015-07-22.jsonl"], DATA / "saudi-2015-07-22-events.json", 320, None),
    "saudi24": ([DATA / "saudi-2015-07-24.jsonl"], DATA / "saudi-2015-07-24-events.json", 300, None),
    "ntrex": ([DEVDATA / "ntrex-dev.jsonl", DATA / "ntrex-leads.jsonl"], DATA / "ntrex-events.json", None,
              "1,2,3,4,5"),
    # independent reports across outlets and languages; only the chosen half is ingested (one_half)
    "xl": ([DATA / "xl-events.jsonl"], DATA / "xl-events.jsonl", None, None),
    "xl2": ([DATA / "xl2-events.jsonl"], DATA / "xl2-events.jsonl", None, None),
    "xl3": ([DATA / "xl3-events.jsonl"], DATA / "xl3-events.jsonl", None, None),
    "xl4": ([DATA / "xl4-events.jsonl"], DATA / "xl4-events.jsonl", None, None),
}


def all_sets(args: argparse.Namespace) -> None:
    """--all SPLIT: every labelled set replayed from its kept store, one table of different-outlet pairs."""
    table = []
    for name, (paths, events, background, seeds) in SETS.items():
        kept = getattr(args, name)
        if not kept:
            print(f"{name}: no kept store given (--{name} PATH), left out")
            continue
        ns = argparse.Namespace(**{**vars(args), "events": str(events), "split": args.all, "replay": kept,
                                   "one_lang": bool(seeds), "same": None, "background": background})
        rows = one_half(read_rows([str(p) for p in paths]), str(events), args.all)
        if background is not None:
            rows = with_background(rows, str(events), background)
        print(f"== {name} ({args.all})")
        results = [replay_once(rows, ns, int(seed)) for seed in (seeds or str(args.seed)).split(",")]
        key = next(k for k in results[0] if k.endswith("different-outlet pairs"))
        table.append((name, *(statistics.mean(r[key][i] for r in results) for i in range(3))))
    print(f"different-outlet pairs, {args.all} events (NTREX: mean over seeds 1-5):")
    for name, p, r, f in table:
        print(f"  {name:8s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("jsonl", nargs="*")
    ap.add_argument("--all", choices=("dev", "test"), help="every labelled set (the three Saudi days, NTREX one "
                                                           "language per article) from kept stores: --saudi23, "
                                                           "--saudi22, --saudi24, --ntrex")
    ap.add_argument("--saudi23", help="with --all: the store kept from ../shared/devdata's 2015-07-23 day")
    ap.add_argument("--saudi22", help="with --all: the store kept from bench/data/saudi-2015-07-22.jsonl")
    ap.add_argument("--saudi24", help="with --all: the store kept from bench/data/saudi-2015-07-24.jsonl")
    ap.add_argument("--ntrex", help="with --all: the store kept from the NTREX rows of seeds 1-5")
    ap.add_argument("--xl", help="with --all: the store kept from bench/data/xl-events.jsonl (that half's rows)")
    ap.add_argument("--xl2", help="with --all: the store kept from bench/data/xl2-events.jsonl (that half's rows)")
    ap.add_argument("--xl3", help="with --all: the store kept from bench/data/xl3-events.jsonl (that half's rows)")
    ap.add_argument("--xl4", help="with --all: the store kept from bench/data/xl4-events.jsonl (that half's rows)")
    ap.add_argument("--label", default="group")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--seeds", help="comma-separated seeds: one run each, then the mean")
    ap.add_argument("--one-lang", action="store_true", help="keep one article per label, in a language drawn at random")
    ap.add_argument("--same", help="JSON with a 'same_event' list of label groups that report one event")
    ap.add_argument("--events", help="JSON with event labels per article id and a dev/test split (bench/data)")
    ap.add_argument("--split", default="test", choices=("dev", "test", "all"), help="which --events labels to score")
    ap.add_argument("--keep", help="also copy the store to this path, with its labels in PATH.labels.json; "
                                   "with --one-lang and --seeds, one run over the rows that those draws pick, "
                                   "to --replay them later")
    ap.add_argument("--background", type=int, help="with --events: every labelled row and only this many "
                                                   "unlabelled ones (a fixed draw), to ingest a day faster")
    ap.add_argument("--replay", help="a store kept (--keep) by a run over all these rows: re-link its analysed "
                                     "documents instead of ingesting (only the linker runs)")
    ap.add_argument("--hand-set", action="store_true", help="with --replay: the hand-set pair score, not the "
                                                            "learned scorer (to compare)")
    ap.add_argument("--show-false", type=int, default=0, help="with --split dev: print the dev false and missed "
                                                              "pairs of this many event pairs")
    ap.add_argument("--model", help="with --replay: this scorer file instead of the shipped one (to compare)")
    args = ap.parse_args()
    if args.all:
        all_sets(args)
        return
    if not args.jsonl:
        ap.error("give the JSONL files (or --all)")
    rows = read_rows(args.jsonl)
    seeds = [int(s) for s in args.seeds.split(",")] if args.seeds else [args.seed]
    if args.events:
        rows = one_half(rows, args.events, args.split)
    if args.background is not None and args.events:
        rows = with_background(rows, args.events, args.background)
    if args.keep and args.one_lang and not args.replay:
        rows, args.one_lang, seeds = union_of_draws(rows, args.label, seeds), False, seeds[:1]
    results = [(replay_once if args.replay else run_once)(rows, args, seed) for seed in seeds]
    if len(results) > 1:
        print(f"mean over seeds {seeds}:")
        for key in results[0]:
            p, r, f = (statistics.mean(res[key][i] for res in results) for i in range(3))
            print(f"  {key:60s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


if __name__ == "__main__":
    main()
