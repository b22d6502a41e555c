"""Fix the dev/test split of a Saudi day's event labels (issue 12), before anything is run on them.

    python scripts/split_saudi_events.py bench/data/saudi-2015-07-22-events.json \
        --earlier bench/data/saudi-2015-07-23-events.json
    python scripts/split_saudi_events.py bench/data/saudi-2015-07-24-events.json --seed 24 \
        --earlier bench/data/saudi-2015-07-23-events.json --earlier bench/data/saudi-2015-07-22-events.json

The unit is the storyline (an event without one is its own unit), so that the hard negatives of a
thread stay on one side. A unit holding an event that an earlier labelled day also reports
(``same_as``: that day's event id) takes that event's split: a test event of one day must not be
trained on through its reports of the next day, and a dev event's reports stay in dev. A storyline
whose id an earlier day also uses is that day's thread and takes its half as well. The other units
are shuffled (random.Random(SEED), ``--seed``: 22 for 2015-07-22, 24 for 2015-07-24) and go to test
until about TEST_SHARE of all events are test. The file is rewritten with each event's ``split``.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

SEED = 22
TEST_SHARE = 0.4


def split(events: list[dict], earlier: dict[str, str], threads: dict[str, set[str]] | None = None,
          seed: int = SEED) -> None:
    """``earlier``: event id -> half on an earlier day; ``threads``: storyline id -> its halves there."""
    threads = threads or {}
    units: dict[str, list[dict]] = {}
    for ev in events:
        units.setdefault(ev.get("storyline") or f"event:{ev['id']}", []).append(ev)
    free = []
    for key, evs in units.items():
        forced = {earlier[ev["same_as"]] for ev in evs if ev.get("same_as") in earlier}
        forced |= threads.get(key, set())
        if len(forced) > 1:
            raise SystemExit(f"{key}: events of one storyline are in both halves of the earlier day")
        if forced:
            half = forced.pop()
            for ev in evs:
                ev["split"] = half
        else:
            free.append(key)
    rng = random.Random(seed)
    free.sort()
    rng.shuffle(free)
    n_test = sum(ev.get("split") == "test" for ev in events)
    for key in free:
        half = "test" if n_test < TEST_SHARE * len(events) else "dev"
        for ev in units[key]:
            ev["split"] = half
        n_test += len(units[key]) if half == "test" else 0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("events")
    ap.add_argument("--earlier", action="append", default=[], help="an earlier day's events file (same_as ids)")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    earlier: dict[str, str] = {}
    threads: dict[str, set[str]] = {}
    for path in args.earlier:
        for ev in json.loads(Path(path).read_text(encoding="utf-8"))["events"]:
            if earlier.setdefault(ev["id"], ev["split"]) != ev["split"]:
                raise SystemExit(f"{ev['id']}: one id in both halves of the earlier days")
            if ev.get("storyline"):
                threads.setdefault(ev["storyline"], set()).add(ev["split"])
    data = json.loads(Path(args.events).read_text(encoding="utf-8"))
    for ev in data["events"]:
        ev.pop("split", None)
    split(data["events"], earlier, threads, args.seed)
    data["events"] = [{k: ev[k] for k in ("id", "storyline", "same_as", "split", "docs") if k in ev}
                      for ev in data["events"]]
    Path(args.events).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = {h: sum(ev["split"] == h for ev in data["events"]) for h in ("dev", "test")}
    docs = {h: sum(len(ev["docs"]) for ev in data["events"] if ev["split"] == h) for h in ("dev", "test")}
    print(f"{args.events}: dev {n['dev']} events ({docs['dev']} articles), test {n['test']} ({docs['test']})")


if __name__ == "__main__":
    main()
