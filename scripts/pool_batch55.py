"""The pool behind bench/data/events/batch55.jsonl (issue 10, events, Persian dev), written down.

    python scripts/pool_batch55.py --repo sci2lab/Farsi-datasets=GIT_DIR > POOL.jsonl

Batch 55 was drawn, not picked: `scripts/draw_radiofarda_batch.py` orders the Radio Farda items of April 2020 that
no batch holds and whose text names at least two countries (random.Random(55)). Before labelling, each item in that
order was compared with every labelled fa text on this machine (either half; only the share was printed) and with
the items kept before it: an item sharing more than 15% of its 12-character shingles with any one of them is
dropped (DROPPED). The first KEEP items left were labelled, in order, none skipped. Nothing here reads bilat's
output.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "draw_radiofarda_batch", Path(__file__).resolve().parent / "draw_radiofarda_batch.py")
_draw = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_draw)
_spec = importlib.util.spec_from_file_location("pool_sources", Path(__file__).resolve().parent / "pool_sources.py")
_sources = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_sources)

RFARDA_REPO = "sci2lab/Farsi-datasets"
# dropped before labelling: id -> the share of its shingles found in the closest text
DROPPED = {
    "rfarda-30563868": 0.154,  # Trump on Iran's and China's figures; a batch 28 item
    "rfarda-30569818": 0.175,  # Germany on the IMF loan; a dev Radio Farda item
    "rfarda-30583199": 0.185,  # 'why not ease pressure now'; the pool item rfarda-30576568
    "rfarda-30564339": 0.152,  # Zarif to Syria; a dev Hamshahri item
}
KEEP = 30


def pool(repos: dict[str, Path]) -> list[dict]:
    kept = [row for row in _draw.draw(repos[RFARDA_REPO]) if row["id"] not in DROPPED]
    return kept[:KEEP]


if __name__ == "__main__":
    raise SystemExit(_sources.main(pool, __doc__))
