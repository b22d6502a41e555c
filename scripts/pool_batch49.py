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
    "snn-2015-07-22-70", "snn-2015-07-22-390", "snn-2015-07-22-979", "snn-2015-07-22-984",
    "snn-2015-07-23-481", "snn-2015-07-23-698", "snn-2015-07-23-593", "snn-2015-07-24-1233",
    "snn-2015-07-25-1370", "snn-2015-07-26-105", "snn-2015-07-31-525", "snn-2015-07-31-734",
    "snn-2015-07-31-170", "snn-2015-07-31-1902", "snn-2015-07-21-615", "snn-2015-07-23-1154",
    "snn-2015-07-26-358", "snn-2015-07-22-1210", "snn-2015-07-24-1975", "snn-2015-07-21-988",
    "snn-2015-07-24-1151", "snn-2015-07-27-446",
)


def day_records(git_dir: Path, day: str) -> list[dict]:
    if not day.startswith("2015-07-"):
        raise ValueError(f"July 2015 days only: {day}")
    raw = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{COMMIT}:dataset/{day}.zip"],
                         check=True, capture_output=True).stdout
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return json.loads(archive.read(f"{day}.json"))


def pool(git_dir: Path) -> list[dict]:
    days: dict[str, list[dict]] = {}
    rows = []
    for id_ in IDS:
        day, index = id_[4:14], int(id_.rsplit("-", 1)[1])
        if day not in days:
            days[day] = day_records(git_dir, day)
        record = days[day][index]
        rows.append({"id": id_, "lang": "ar", "outlet": record["source"],
                     "source": f"{REPO} dataset/{day}.zip #{index}", "published": day,
                     "title": record["title"].strip(),
                     "text": unicodedata.normalize("NFC", record["content"].strip())})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", action="append", default=[], help="owner/name=GIT_DIR")
    args = parser.parse_args(argv)
    repos = {name: Path(path) for name, _, path in (item.partition("=") for item in args.repo)}
    for row in pool(repos[REPO]):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
