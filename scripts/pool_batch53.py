"""The pool behind bench/data/events/batch53.jsonl (issue 10, events, English dev), written down.

    python scripts/pool_batch53.py --repo secureIntent-git/teftst=GIT_DIR > POOL.jsonl

Batch 53 was drawn, not picked: `scripts/draw_whenitson_batch.py --batch 53` orders the whenitson.com reposts
(posts of 300 to 3000 characters naming at least two of its 40 countries at least twice each; new outlets first,
then the dev outlets washingtonpost, abcnews, cbsnews, timesofindia, then Reuters; random.Random(53)). Before
labelling, each post in that order was compared with every labelled article whose text is on this machine, every
text in bench/data/*.jsonl and the posts kept before it: a post sharing more than 15% of its 12-character shingles
with any one of them is a wire copy and is dropped (DROPPED). The first KEEP posts left were labelled, in order,
none skipped. Nothing here reads bilat's output.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "draw_whenitson_batch", Path(__file__).resolve().parent / "draw_whenitson_batch.py")
_draw = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_draw)
_spec = importlib.util.spec_from_file_location("pool_sources", Path(__file__).resolve().parent / "pool_sources.py")
_sources = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_sources)

WIO_REPO = "secureIntent-git/teftst"
# the wire copies dropped before labelling: id -> the share of its shingles found in the closest text
DROPPED = {
    "wio-2016-07-04-suicide-attack-carried-out-near-us-diplomatic-site-in-saudi-abc-news": 0.539,  # the CBS copy drawn before it
    "wio-2016-07-09-north-korea-fires-missile-from-submarine-but-it-appears-to-have-failed-south-korea": 0.176,
    "wio-2016-06-21-japan-military-on-alert-for-possible-north-korean-ballistic-missile-launch": 0.167,
    "wio-2016-06-17-russia-failed-to-heed-u-s-call-to-stop-targeting-syrian-rebels-u-s": 0.152,
    "wio-2016-06-10-exclusive-obama-approves-broader-role-for-u-s-forces-in-afghanistan": 0.961,
}
KEEP = 42


def pool(repos: dict[str, Path]) -> list[dict]:
    kept = [row for row in _draw.draw_53(repos[WIO_REPO]) if row["id"] not in DROPPED]
    return kept[:KEEP]


if __name__ == "__main__":
    raise SystemExit(_sources.main(pool, __doc__))
