"""Pairwise F1 of story linking on labelled articles, through the real ingest path.

    python bench/story_quality.py ../shared/devdata/ntrex-dev.jsonl [more.jsonl ...] [--label group]
        [--limit N] [--same bench/ntrex_same_event.json] [--keep PATH]

    # NTREX plus the same articles' leads in en ru zh th vi ar fa (bench/data/README.md)
    python bench/story_quality.py ../shared/devdata/ntrex-dev.jsonl bench/data/ntrex-leads.jsonl \
        --same bench/ntrex_same_event.json

Each JSONL line is an article with a label field (default ``group``): articles with the same label
report the same event. NTREX labels articles, not events: ``--same`` names groups of labels that
report one event (read by hand, see the file), and the figures are then printed for both
labelings. The articles are ingested in a shuffled order (fixed seed) into a fresh store; every pair
of articles is then counted as true/false positive/negative by whether bilat put them in the same
story. Cross-language pairs are also reported on their own.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from bilat import store, stories
from bilat.ingest import ingest


def prf(pairs: list[tuple[bool, bool]]) -> tuple[float, float, float]:
    tp = sum(p and g for p, g in pairs)
    fp = sum(p and not g for p, g in pairs)
    fn = sum(g and not p for p, g in pairs)
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("jsonl", nargs="+")
    ap.add_argument("--label", default="group")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--same", help="JSON with a 'same_event' list of label groups that report one event")
    ap.add_argument("--keep", help="also copy the store to this path, with its labels in PATH.labels.json")
    args = ap.parse_args()
    rows = []
    for path in args.jsonl:
        with Path(path).open(encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    random.Random(args.seed).shuffle(rows)
    if args.limit:
        rows = rows[:args.limit]
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
        line_of = {d[0]: int(d[1].rsplit("#", 1)[1]) - 1 for d in docs}
        label = {d[0]: rows[line_of[d[0]]][args.label] for d in docs}
        lang = {d[0]: d[2] for d in docs}
        labelings = {"article labels": label}
        if args.same:
            canon = {g: group[0] for group in json.loads(Path(args.same).read_text())["same_event"] for g in group}
            labelings["event labels (--same)"] = {d: canon.get(v, v) for d, v in label.items()}
        n_stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
        if args.keep:
            conn.execute("VACUUM INTO ?", (args.keep,))
            Path(args.keep + ".labels.json").write_text(json.dumps(label, ensure_ascii=False))
    print(f"{summary.line()} in {elapsed:.1f} s ({elapsed / max(summary.ingested, 1) * 1000:.0f} ms/article, "
          f"all stages and linking)")
    for title, lab in labelings.items():
        pairs, cross = [], []
        for a, b in itertools.combinations([d[0] for d in docs], 2):
            pair = (story_of[a] == story_of[b], lab[a] == lab[b])
            pairs.append(pair)
            if lang[a] != lang[b]:
                cross.append(pair)
        print(f"{title}: articles {len(docs)}, labels {len(set(lab.values()))}, stories {n_stories}")
        for name, ps in (("all pairs", pairs), ("cross-language pairs", cross)):
            p, r, f = prf(ps)
            print(f"  {name:22s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


if __name__ == "__main__":
    main()
