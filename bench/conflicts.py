"""Conflicts on real multi-outlet news: every conflict bilat finds, with its sentences, and its precision.

    # ingest the dev articles (xl, xl2-xl4 dev rows, the Saudi days' dev events, NTREX one language per
    # article) into a temporary store and print every conflict; --keep keeps the store
    nice python bench/conflicts.py --keep /tmp/conflicts.db
    # recompute claims and conflicts from a kept store's documents (after changing conflicts.py),
    # without analysing the articles again: seconds instead of minutes
    nice python bench/conflicts.py --replay /tmp/conflicts.db
    # a subset of the sets (--sets xl,xl2,xl3,xl4: the multi-language storylines, about 5 minutes)
    nice python bench/conflicts.py --sets xl,xl2,xl3,xl4

Inputs are dev only: the ``split: dev`` rows of bench/data/xl-events.jsonl and xl2..xl4 (xl5 and xl6 are
wholly held out; xl7 is never read), the articles of the dev events of bench/data/saudi-2015-07-22/-24-events.json and
of ../shared/devdata's 2015-07-23 Saudi day (saudi-2015-07-23-events.json), and NTREX's dev articles
(one language drawn per article, seeded, so translations are not compared with each other).

Each conflict is printed with its story, key, values (each with its article and sentence) and reason.
When bench/data/conflicts-dev.jsonl is present (verdicts judged by reading the sentences: one line
per conflict, ``docs``, ``key``, ``values``, ``verdict`` true/false, ``why``), precision is the share
of the printed conflicts judged true; a conflict not yet judged is counted apart.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from bilat import store
from bilat.corpus import conflicts
from bilat.ingest import ingest

DATA = Path(__file__).parent / "data"
DEVDATA = Path(__file__).parent.parent.parent / "shared" / "devdata"
LABELS = DATA / "conflicts-dev.jsonl"


def _rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


SETS = ("xl", "xl2", "xl3", "xl4", "saudi22", "saudi23", "saudi24", "ntrex")


def dev_rows(sets: tuple[str, ...] = SETS) -> list[dict[str, Any]]:
    """The dev articles of these sets, each with its id kept in ``id``."""
    rows: list[dict[str, Any]] = []
    for name in ("xl", "xl2", "xl3", "xl4"):
        if name in sets:
            rows += [r for r in _rows(DATA / f"{name}-events.jsonl") if r.get("split") == "dev"]
    for day, path in (("22", DATA / "saudi-2015-07-22.jsonl"), ("24", DATA / "saudi-2015-07-24.jsonl"),
                      ("23", DEVDATA / "ar-saudinewsnet-2015-07-23.jsonl")):
        if f"saudi{day}" not in sets:
            continue
        events = json.loads((DATA / f"saudi-2015-07-{day}-events.json").read_text(encoding="utf-8"))["events"]
        dev = {d for ev in events if ev["split"] == "dev" for d in ev["docs"]}
        if path.exists():
            rows += [r for r in _rows(path) if r.get("id") in dev]
    ntrex = DEVDATA / "ntrex-dev.jsonl"
    if ntrex.exists() and "ntrex" in sets:
        by_group: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in _rows(ntrex):
            by_group[str(r["group"])].append(r)
        rng = random.Random(1)
        for g, group in sorted(by_group.items()):
            r = rng.choice(sorted(group, key=lambda r: r.get("lang", "")))
            rows.append({**r, "id": r.get("id") or f"ntrex-{g}-{r.get('lang')}"})
    return rows


def build(rows: list[dict[str, Any]], db: str) -> dict[str, str]:
    """Ingest the rows into the store at ``db``; document id -> row id."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        t = time.perf_counter()
        summary = ingest([src], db, error=lambda m: print(m, file=sys.stderr))
        print(f"{summary.line()} in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    conn = store.connect(db)
    ids = {d: rows[int(s.rsplit("#", 1)[1]) - 1]["id"] for d, s in conn.execute("SELECT id, source FROM documents")}
    Path(db + ".ids.json").write_text(json.dumps(ids))
    return ids


def recompute(db: str) -> list[dict[str, Any]]:
    """Every story's conflicts from its documents, with the conflicts module as it is now."""
    conn = store.connect(db, readonly=True)
    by_story: dict[str, list[str]] = defaultdict(list)
    for doc, story in conn.execute("SELECT doc, story FROM story_docs"):
        by_story[story].append(doc)
    out = []
    for story, docs in sorted(by_story.items()):
        if len(docs) < 2:
            continue
        loaded = [d for d in (store.load_document(conn, i) for i in docs) if d is not None]
        out += [c.as_dict() for c in conflicts.find(loaded, story)]
    return out


def ident(c: dict[str, Any], ids: dict[str, str]) -> tuple[tuple[str, ...], str, tuple[Any, ...]]:
    """A conflict's identity across runs: its articles, key and values."""
    return (tuple(sorted(ids.get(v["doc"], v["doc"]) for v in c["values"])), c["key"],
            tuple(sorted(str(v["value"]) for v in c["values"])))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keep", help="keep the store at this path")
    ap.add_argument("--replay", nargs="+", help="recompute conflicts on stores kept by --keep (several: summed)")
    ap.add_argument("--sets", default=",".join(SETS), help=f"which dev sets to ingest (default all: {','.join(SETS)})")
    ap.add_argument("--labels", default=str(LABELS))
    ap.add_argument("--quiet", action="store_true", help="the summary only")
    args = ap.parse_args()
    found: list[dict[str, Any]] = []
    ids: dict[str, str] = {}
    if args.replay:
        for db in args.replay:
            ids.update(json.loads(Path(db + ".ids.json").read_text()))
            found += recompute(db)
    else:
        tmp = tempfile.TemporaryDirectory()
        db = args.keep or str(Path(tmp.name) / "c.db")
        ids = build(dev_rows(tuple(args.sets.split(","))), db)
        found = recompute(db)
    labels = {}
    if Path(args.labels).exists():
        for row in _rows(Path(args.labels)):
            labels[(tuple(sorted(row["docs"])), row["key"], tuple(sorted(str(v) for v in row["values"])))] = row
    verdicts = []
    for c in found:
        key = ident(c, ids)
        verdict = labels.get(key, {}).get("verdict")
        verdicts.append(verdict)
        if args.quiet:
            continue
        print(json.dumps({"docs": list(key[0]), "key": c["key"], "values": list(key[2]), "verdict": verdict},
                         ensure_ascii=False))
        print(f"  story {c['story']}")
        for v in c["values"]:
            print(f"  [{ids.get(v['doc'], v['doc'])} {v.get('outlet')} {v.get('lang')}] {v['value']} {v.get('unit')}: "
                  f"{' '.join(v['text'].split())[:400]}")
        print(f"  reason: {c['reason']}\n")
    judged = [v for v in verdicts if v is not None]
    true = sum(v is True for v in judged)
    print(f"conflicts: {len(found)} in {len({c['story'] for c in found})} stories; judged {len(judged)}: "
          f"{true} true, {len(judged) - true} false; precision "
          f"{f'{true / len(judged):.3f}' if judged else 'n/a (none judged)'}; "
          f"unjudged {len(found) - len(judged)}")


if __name__ == "__main__":
    main()
