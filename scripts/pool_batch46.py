"""The pool behind bench/data/events/batch46.jsonl (issue 10, events, dev), written down.

    python scripts/pool_batch46.py --repo parallelfold/SaudiNewsNet=GIT_DIR > POOL.jsonl

Batch 46 was picked, not drawn: whole Arabic SaudiNewsNet articles (commit 4e39239, July 2015 days only,
never a `2015-08-*` file) about relations between countries, used in no earlier batch (id and text_sha1),
from outlets that lie in dev in split.json (3alyoum, aawsat, aljazirah, alriyadh, almadina, alwatan, okaz).
Candidates were listed by title (a keyword filter for conflict, visits and aid; 400-2000 characters), each
sharing under 15% of its 12-character shingles with every labelled test article, and chosen by title
before reading. The text is the record's `content`, stripped and NFC-normalised, as in earlier snn batches.
Nothing here reads bilat's output.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import unicodedata
import zipfile
from pathlib import Path

REPO = "parallelfold/SaudiNewsNet"
COMMIT = "4e39239966c2ae8a3faa591201acb9cd1f51199d"
IDS = (
    "snn-2015-07-26-119", "snn-2015-07-26-364", "snn-2015-07-26-826", "snn-2015-07-26-1339",
    "snn-2015-07-27-9", "snn-2015-07-27-768", "snn-2015-07-24-820", "snn-2015-07-24-1164",
    "snn-2015-07-24-1338", "snn-2015-07-24-1366", "snn-2015-07-24-347", "snn-2015-07-24-77",
    "snn-2015-07-31-142", "snn-2015-07-31-337", "snn-2015-07-31-343", "snn-2015-07-31-1140",
    "snn-2015-07-31-1275", "snn-2015-07-31-1960", "snn-2015-07-31-1139", "snn-2015-07-26-377",
    "snn-2015-07-27-924",
)


def day_records(git_dir: Path, day: str) -> list[dict]:
    if not day.startswith("2015-07-"):
        raise ValueError(f"July 2015 days only: {day}")
    raw = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{COMMIT}:dataset/{day}.zip"],
                         check=True, capture_output=True).stdout
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return json.loads(archive.read(f"{day}.json"))


def pool(git_dir: Path, ids: tuple[str, ...] = IDS) -> list[dict]:
    """The pool rows of ``ids`` (``snn-2015-07-DD-N``); pool_batch49.py calls this with its own ids."""
    days: dict[str, list[dict]] = {}
    rows = []
    for id_ in ids:
        day, index = id_[4:14], int(id_.rsplit("-", 1)[1])
        if day not in days:
            days[day] = day_records(git_dir, day)
        record = days[day][index]
        rows.append({"id": id_, "lang": "ar", "outlet": record["source"],
                     "source": f"{REPO} dataset/{day}.zip #{index}", "published": day,
                     "title": record["title"].strip(),
                     "text": unicodedata.normalize("NFC", record["content"].strip())})
    return rows


def main(argv: list[str] | None = None, ids: tuple[str, ...] = IDS, doc: str = __doc__) -> int:
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--repo", action="append", default=[], help="owner/name=GIT_DIR")
    args = parser.parse_args(argv)
    repos = {name: Path(path) for name, _, path in (item.partition("=") for item in args.repo)}
    for row in pool(repos[REPO], ids):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
