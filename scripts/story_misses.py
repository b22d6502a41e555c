"""Why the story linker misses or wrongly joins dev pairs: each wrong different-outlet dev pair classified.

    python scripts/story_misses.py --set KEPTXL4.db=bench/data/xl4-events.jsonl --set KEPTXL.db=bench/data/xl-events.jsonl \\
        --set KEPT24.db=bench/data/saudi-2015-07-24-events.json --ntrex KEPTN.db [--model FILE.json] [--show 5]

Each kept store (``bench/story_quality.py ... --split dev --keep KEPT.db``) is replayed with the shipped scorer (or
``--model``) in its ingest order (NTREX: the one-language draws of seeds 1-5, as the bench). Only pairs of two **dev**
articles from different outlets are read: a test half is never classified or printed.

A missed pair (one event, two stories) gets the first class that holds, in this order:

- ``date far``: the two are more than ``far_days`` apart (publication days, named days or event days): the day veto;
- ``story level``: the pair's own probability reaches ``join`` but the story-level decision (best/mean blend over the
  story's recent members, a veto by another member, or the order of arrival) kept them apart;
- ``threshold``: probability within 0.25 under ``join``;
- ``language``: far below, in two languages, sharing no linked non-country entity;
- ``place link``: far below, both name places and share none;
- ``far below, one language`` / ``far below, sharing an entity``: the rest, still under ``join`` - 0.25.

A false pair (two events, one story): ``storyline`` when the two events are labelled as one storyline, else ``other``;
crossed with ``pair`` (its own probability reaches ``join``) or ``chain`` (joined through other members: the story-level
decision), and with ``U0`` (a side with no publication day and no day named in its text).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_story_scorer as T

from bilat.corpus import stories, story_scorer

NEAR = 0.25  # a missed pair this close under join counts as a threshold miss


def pair_probability(model: story_scorer.Model, a: dict[str, Any], b: dict[str, Any]) -> tuple[float, int | None, int | None]:
    """The pair's probability as the linker computes it, with its days apart and event-day gap."""
    apart = stories.days_apart(a["day"], a["features"], b["day"], b["features"])
    gap = stories.event_gap(a["features"], b["features"], a["day"], b["day"])
    return model.probability(T.pair_row(a, b), apart, gap), apart, gap


def undated(d: dict[str, Any]) -> bool:
    """U0: no publication day and no day named in the text."""
    f = d["features"]
    return d["day"] is None and not f.when and not f.event_day


def classify(model: story_scorer.Model, a: dict[str, Any], b: dict[str, Any], same_event: bool,
             same_line: bool) -> tuple[str, list[str], float]:
    p, apart, gap = pair_probability(model, a, b)
    fa, fb = a["features"], b["features"]
    cross = bool(a["lang"] and b["lang"] and a["lang"] != b["lang"])
    tags = [t for t, on in (("cross-language", cross), ("U0", undated(a) or undated(b)),
                            ("no shared entity", not (fa.entities & fb.entities))) if on]
    if same_event:
        far = model.far_days
        if far and ((apart is not None and apart > far) or (gap is not None and gap > far)):
            return "date far", tags, p
        if p >= model.join:
            return "story level", tags, p
        if p >= model.join - NEAR:
            return "threshold", tags, p
        if cross and not (fa.entities & fb.entities):
            return "language", tags, p
        if fa.places and fb.places and not (fa.places & fb.places):
            return "place link", tags, p
        return "far below, " + ("one language" if not cross else "sharing an entity"), tags, p
    kind = "storyline" if same_line else "other"
    return f"{kind} / {'pair' if p >= model.join else 'chain'}", tags, p


def analyse(name: str, docs: list[dict[str, Any]], ev: dict[str, tuple[str, str]], line: dict[str, str | None],
            outlet: dict[str, str], model: story_scorer.Model, show: int) -> tuple[Counter, Counter, list[int]]:
    story_of = T.replay(docs, model)
    by_id = {d["doc"].id: d for d in docs}
    dev = sorted(d for d in story_of if ev.get(d, ("", ""))[1] == "dev")
    missed: Counter = Counter()
    false: Counter = Counter()
    tags_m: Counter = Counter()
    tags_f: Counter = Counter()
    counts = [0, 0, 0]
    examples: dict[str, list[str]] = {}
    for x, y in itertools.combinations(dev, 2):
        if outlet[x] == outlet[y]:
            continue
        joined, same = story_of[x] == story_of[y], ev[x][0] == ev[y][0]
        counts[0] += joined and same
        counts[1] += joined and not same
        counts[2] += same and not joined
        if joined == same:
            continue
        ex, ey = ev[x][0], ev[y][0]
        same_line = bool(line.get(ex)) and line.get(ex) == line.get(ey)
        cls, tags, p = classify(model, by_id[x], by_id[y], same, same_line)
        (missed if same else false)[cls] += 1
        for t in tags:
            (tags_m if same else tags_f)[t] += 1
        if show and len(examples.setdefault(cls, [])) < show:
            examples[cls].append(f"{by_id[x]['lang']}-{by_id[y]['lang']} p {p:.3f} {ex} / {ey}")
    p, r, f = T.prf([(True, True)] * counts[0] + [(True, False)] * counts[1] + [(False, True)] * counts[2])
    print(f"== {name}: different-outlet dev pairs P {p:.3f} R {r:.3f} F1 {f:.3f} "
          f"(tp {counts[0]}, false {counts[1]}, missed {counts[2]})")
    for title, c, tg in (("missed", missed, tags_m), ("false", false, tags_f)):
        print(f"  {title}: " + ", ".join(f"{k} {v}" for k, v in c.most_common())
              + ("  | with " + ", ".join(f"{k} {v}" for k, v in tg.most_common()) if tg else ""))
    for cls, lines in examples.items():
        for s in lines:
            print(f"    [{cls}] {s}")
    return missed, false, counts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", action="append", default=[], help="STORE=EVENTS: a kept store and its events file")
    ap.add_argument("--ntrex", help="the NTREX store kept with --one-lang --seeds 1,2,3,4,5 (its draws are replayed)")
    ap.add_argument("--seeds", default="1,2,3,4,5")
    ap.add_argument("--model", help="a scorer file instead of the shipped one")
    ap.add_argument("--show", type=int, default=0, help="print up to this many dev pairs of each class")
    args = ap.parse_args()
    model = story_scorer.Model.from_dict(json.loads(Path(args.model).read_text(encoding="utf-8"))) \
        if args.model else story_scorer.shipped()
    total_m: Counter = Counter()
    total_f: Counter = Counter()
    for spec in args.set:
        db, _, events = spec.partition("=")
        path = Path(events)
        line = {e["id"]: e.get("storyline") for e in T.events_in(path)}
        docs, ev = T.load_kept(db), T.event_of(path, db)
        labels = json.loads(Path(db + ".labels.json").read_text(encoding="utf-8"))
        outlet = {d["doc"].id: T.outlet_of(d, labels) for d in docs}
        m, f, _ = analyse(path.stem.replace("-events", ""), docs, ev, line, outlet, model, args.show)
        total_m.update(m)
        total_f.update(f)
    if args.ntrex:
        docs = T.load_kept(args.ntrex)
        ev = T.event_of(T.ROOT / "bench" / "data" / "ntrex-events.json", args.ntrex)
        labels = json.loads(Path(args.ntrex + ".labels.json").read_text(encoding="utf-8"))
        nline = T.ntrex_storylines()
        line = {e: nline.get(e) for e, _ in ev.values()}
        outlet = {d["doc"].id: T.outlet_of(d, labels) for d in docs}
        for seed, drawn in zip(args.seeds.split(","), T.ntrex_draws(docs, labels, [int(s) for s in args.seeds.split(",")])):
            m, f, _ = analyse(f"ntrex seed {seed}", drawn, ev, line, outlet, model, args.show)
            total_m.update(m)
            total_f.update(f)
    print("all sets: missed " + ", ".join(f"{k} {v}" for k, v in total_m.most_common()))
    print("all sets: false " + ", ".join(f"{k} {v}" for k, v in total_f.most_common()))


if __name__ == "__main__":
    main()
