"""Bench: the PLOVER manual's own two-country example sentences (bench/data/plover_examples.jsonl).

Runs the whole pipeline (as bench/events_real.py does) on each sentence as a one-sentence article with a
plausible publication date, and reports per PLOVER type and overall, for one half:
  type acc  - right type among the rows where bilat gives an event between the right two countries
  no event  - share of rows with no event at all
  strict    - right type and right (unordered) pair, over all rows
Never look at the test half's misses: --misses is for dev only.

    python bench/plover_examples.py --half dev [--misses]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from bilat.pipeline import Pipeline, document_from_raw
from bilat.records import RawArticle

DATA = Path(__file__).resolve().parent / "data" / "plover_examples.jsonl"
PUBLISHED = "2021-09-17"  # the manual's date: a plausible publication date for its examples


def load(half: str) -> list[dict]:
    rows = [json.loads(x) for x in DATA.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r for r in rows if r["split"] == half]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", required=True, choices=("dev", "test"))
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--lexicon-only", action="store_true")
    args = ap.parse_args()
    if args.misses and args.half != "dev":
        sys.exit("--misses is for dev only")
    rows = load(args.half)
    pipe = Pipeline(options={"events": {"embeddings": not args.lexicon_only}})
    docs = [document_from_raw(RawArticle(source=f"plover{i}", text=r["text"], published=PUBLISHED, id=f"plover{i}"))
            for i, r in enumerate(rows)]
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r, doc in zip(rows, pipe.run_many(docs)):
        pair = {r["actor"], r["recipient"]}
        evs = list(doc.events)
        on_pair = [e for e in evs if e.actor and e.recipient and {e.actor.code, e.recipient.code} == pair]
        hit = any(e.event == r["event"] for e in on_pair)
        for key in (r["event"], "all"):
            t = tally[key]
            t["n"] += 1
            t["none"] += not evs
            t["pair"] += bool(on_pair)
            t["type_ok"] += bool(on_pair) and hit
        if args.misses and not hit:
            got = [(e.event, e.mode, e.actor and e.actor.code, e.recipient and e.recipient.code) for e in evs]
            print(f"MISS {r['event']} {r['actor']}-{r['recipient']}: {r['text']}\n     got {got}")
    print(f"half {args.half}: {len(rows)} sentences")
    print(f"{'type':10} {'n':>3} {'type acc (on pair)':>20} {'no event':>9} {'strict':>7}")
    for key in sorted(tally, key=lambda k: (k == "all", k)):
        t = tally[key]
        acc = f"{t['type_ok']}/{t['pair']}" + (f" {t['type_ok'] / t['pair']:.2f}" if t["pair"] else " -")
        print(f"{key:10} {t['n']:>3} {acc:>20} {t['none'] / t['n']:>9.2f} {t['type_ok'] / t['n']:>7.2f}")


if __name__ == "__main__":
    main()
