"""Bench: two-country sentences coded in PLOVER: the manual's own examples (bench/data/plover_examples.jsonl,
--data manual) or English news sentences labelled by reading (bench/data/plover_en.jsonl, --data en).

Runs the whole pipeline (as bench/events_real.py does) on each sentence as a one-sentence article with a
plausible publication date, and reports per PLOVER type and overall, for one half, over the events bilat exports
(``events.exported``) of the 16 PLOVER types (as bench/events_real.py):
  type acc  - right type among the rows where bilat gives an event between the right two countries
  no event  - share of rows with no event at all
  strict    - right type and right (unordered) pair, over all rows
Rows with `event: null` (two countries, no interstate event) are not in those figures; for them it reports
  quiet     - share with no event between their two countries (the rest are false events)
Never look at the test half's misses: --misses is for dev only.

    python bench/plover_examples.py [--data en] --half dev [--misses]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from bilat import plover
from bilat.pipeline import Pipeline, document_from_raw
from bilat.records import RawArticle
from bilat.stages import events

DATA = {"manual": Path(__file__).resolve().parent / "data" / "plover_examples.jsonl",
        "en": Path(__file__).resolve().parent / "data" / "plover_en.jsonl"}
PUBLISHED = "2021-09-17"  # the manual's date: a plausible publication date for its examples


def load(half: str, data: str = "manual") -> list[dict]:
    rows = [json.loads(x) for x in DATA[data].read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r for r in rows if r["split"] == half]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", required=True, choices=("dev", "test"))
    ap.add_argument("--data", default="manual", choices=tuple(DATA))
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--lexicon-only", action="store_true")
    args = ap.parse_args()
    if args.misses and args.half != "dev":
        sys.exit("--misses is for dev only")
    rows = load(args.half, args.data)
    pipe = Pipeline(options={"events": {"embeddings": not args.lexicon_only}})
    docs = [document_from_raw(RawArticle(source=f"plover{i}", text=r["text"], published=PUBLISHED, id=f"plover{i}"))
            for i, r in enumerate(rows)]
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r, doc in zip(rows, pipe.run_many(docs)):
        pair = {r["actor"], r["recipient"]}
        # what bilat outputs (events.exported), PLOVER types only: figures are a bilat extension (as events_real.py)
        evs = [e for e in events.exported(doc.events) if e.event in plover.PLOVER_TYPES]
        on_pair = [e for e in evs if e.actor and e.recipient and {e.actor.code, e.recipient.code} == pair]
        if r["event"] is None:
            t = tally["(none)"]
            t["n"] += 1
            t["quiet"] += not on_pair
            if args.misses and on_pair:
                got = [(e.event, e.mode, e.actor.code, e.recipient.code) for e in on_pair]
                print(f"FALSE {r['actor']}-{r['recipient']}: {r['text']}\n     got {got}")
            continue
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
        if key == "(none)":
            continue
        acc = f"{t['type_ok']}/{t['pair']}" + (f" {t['type_ok'] / t['pair']:.2f}" if t["pair"] else " -")
        print(f"{key:10} {t['n']:>3} {acc:>20} {t['none'] / t['n']:>9.2f} {t['type_ok'] / t['n']:>7.2f}")
    if "(none)" in tally:
        t = tally["(none)"]
        print(f"no-event rows {t['n']}: quiet (no event on their pair) {t['quiet']}/{t['n']} {t['quiet'] / t['n']:.2f}")


if __name__ == "__main__":
    main()
