"""The pool behind bench/data/events/batch49.jsonl (issue 10, events, dev), written down.

    python scripts/pool_batch49.py --repo parallelfold/SaudiNewsNet=GIT_DIR > POOL.jsonl

Batch 49 was picked, not drawn: whole Arabic SaudiNewsNet articles (commit 4e39239, July 2015 days only,
never a `2015-08-*` file) about relations between countries, used in no earlier batch (id and text_sha1,
batch 46 included), from outlets that lie in dev in split.json (3alyoum, aawsat, aljazirah, alriyadh,
almadina, okaz). Candidates were listed by title (a keyword filter for conflict, visits and aid;
400-1600 characters), each sharing under 15% of its 12-character shingles with every labelled Arabic test
article (texts of no-text sources included), and chosen by title before reading. The text is the record's
`content`, stripped and NFC-normalised, as in earlier snn batches. Nothing here reads bilat's output.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

# the reading is batch 46's (the same mirror, commit and July-only check); only the ids differ
_spec = importlib.util.spec_from_file_location("pool_batch46", Path(__file__).resolve().parent / "pool_batch46.py")
_batch46 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_batch46)

REPO = _batch46.REPO
COMMIT = _batch46.COMMIT
IDS = (
    "snn-2015-07-22-70", "snn-2015-07-22-390", "snn-2015-07-22-979", "snn-2015-07-22-984",
    "snn-2015-07-23-481", "snn-2015-07-23-698", "snn-2015-07-23-593", "snn-2015-07-24-1233",
    "snn-2015-07-25-1370", "snn-2015-07-26-105", "snn-2015-07-31-525", "snn-2015-07-31-734",
    "snn-2015-07-31-170", "snn-2015-07-31-1902", "snn-2015-07-21-615", "snn-2015-07-23-1154",
    "snn-2015-07-26-358", "snn-2015-07-22-1210", "snn-2015-07-24-1975", "snn-2015-07-21-988",
    "snn-2015-07-24-1151", "snn-2015-07-27-446",
)


def pool(git_dir: Path) -> list[dict]:
    return _batch46.pool(git_dir, IDS)


def main(argv: list[str] | None = None) -> int:
    return _batch46.main(argv, IDS, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
