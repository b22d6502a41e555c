"""Fix the dev/test split of bench/data/xl-events.jsonl by storyline (issue 12).

Every article carries an ``event`` and a ``storyline``; all events of one storyline (the same-event reports
and their hard negatives) go to one half, so no test thread is tuned on through a neighbour. The storylines,
sorted by id, are shuffled with ``random.Random(SEED)``; in that order a storyline goes to ``test`` when the test half
stays within 40% of the articles (plus a tenth of that, so one thread never overshoots it), else to ``dev``. The split is written into each line (``split``) and committed before
anything is run on the file:

    python scripts/split_xl_events.py bench/data/xl-events.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

SEED = 12
TEST_SHARE = 0.4


def split(rows: list[dict], seed: int = SEED, share: float = TEST_SHARE) -> dict[str, str]:
    """Storyline id -> "dev" or "test"."""
    sizes: dict[str, int] = {}
    for r in rows:
        sizes[r["storyline"]] = sizes.get(r["storyline"], 0) + 1
    order = sorted(sizes)
    random.Random(seed).shuffle(order)
    half, in_test = {}, 0
    for s in order:
        if in_test + sizes[s] <= share * len(rows) * 1.1:
            half[s], in_test = "test", in_test + sizes[s]
        else:
            half[s] = "dev"
    return half


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--share", type=float, default=TEST_SHARE,
                    help="the test half's target share of the articles (xl9: 0.5, about half each)")
    args = ap.parse_args()
    path = Path(args.path)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    half = split(rows, args.seed, args.share)
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({**r, "split": half[r["storyline"]]}, ensure_ascii=False) + "\n")
    for name in ("dev", "test"):
        part = [r for r in rows if half[r["storyline"]] == name]
        print(f"{name}: {len({r['storyline'] for r in part})} storylines, {len({r['event'] for r in part})} events, "
              f"{len(part)} articles")


if __name__ == "__main__":
    main()
