"""Write bench/data/ntrex-events.json: the NTREX dev articles as events, split dev/test by event.

NTREX labels articles (``group``), not events; ``bench/ntrex_same_event.json`` names the groups
that report one event (read by hand). Here every event (a same-event group, or an article alone)
gets an id and a split, seeded (random.Random(12), 40% test as the Saudi day, stratified: the
multi-article events and the lone articles are split separately, so that both halves hold pairs), so that the story
scorer trains on dev events only and ``bench/story_quality.py --events bench/data/ntrex-events.json
--split test`` reports on events it never saw. The file is committed: rerunning gives the same split.

    python scripts/split_ntrex_events.py ../shared/devdata/ntrex-dev.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(path: str) -> None:
    labels = sorted({json.loads(line)["group"] for line in Path(path).read_text(encoding="utf-8").splitlines()
                     if line.strip()})
    same = json.loads((ROOT / "bench" / "ntrex_same_event.json").read_text(encoding="utf-8"))["same_event"]
    grouped = {g for group in same for g in group}
    events = [sorted(group) for group in same] + [[g] for g in labels if g not in grouped]
    events.sort()
    rng = random.Random(12)
    test: set[int] = set()
    for multi in (True, False):  # stratified: the same-event groups and the lone articles split alike
        order = [i for i, docs in enumerate(events) if (len(docs) > 1) == multi]
        rng.shuffle(order)
        test |= set(order[:round(0.4 * len(order))])
    out = {
        "about": "NTREX-128 dev articles (../shared/devdata/ntrex-dev.jsonl) as events: the same-event groups "
                 "of bench/ntrex_same_event.json (read by hand) and every other article alone. docs are NTREX "
                 "group labels (an article in any of its languages). Split by event, random.Random(12), 40% "
                 "test, multi-article events and lone articles split separately, by scripts/split_ntrex_events.py: train and tune on dev, report test only.",
        "source": {"data": "github.com/MicrosoftTranslator/NTREX (the free languages, as in ../shared/devdata)",
                   "licence": "CC BY-SA 4.0"},
        "events": [{"id": f"ntrex-{i}", "split": "test" if i in test else "dev", "docs": docs}
                   for i, docs in enumerate(events)],
    }
    target = ROOT / "bench" / "data" / "ntrex-events.json"
    target.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n_test = sum(e["split"] == "test" for e in out["events"])
    print(f"{target}: {len(events)} events, {n_test} test; multi-article events in test: "
          f"{sum(1 for e in out['events'] if e['split'] == 'test' and len(e['docs']) > 1)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared" / "devdata" / "ntrex-dev.jsonl"))
