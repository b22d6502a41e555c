"""Derive one day of SaudiNewsNet into bench/data/saudi-DATE.jsonl (issue 12).

    python scripts/build_saudi_day.py 2015-07-22 --repo /work/.mirror/parallelfold+SaudiNewsNet/repo

Source: github.com/parallelfold/SaudiNewsNet at commit 4e39239966c2ae8a3faa591201acb9cd1f51199d,
``dataset/DATE.zip`` (one JSON array of articles), licence CC BY-NC-SA 4.0; the derived file is
shared under the same licence. Every article of the day is kept, in the archive's order; article N
(0-based) gets the id ``saudinewsnet-YYYYMMDD-N``, so that the ids never meet the devdata day's
``saudinewsnet-N`` (2015-07-23) in one store. Fields as in ``../shared/devdata``: id, title, text
(the ``content``), url, published (the day), outlet (the ``source``). The August 2015 days are
reserved for evaluation (../shared/RESERVED.md) and refused.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMIT = "4e39239966c2ae8a3faa591201acb9cd1f51199d"


def articles(repo: str, day: str, commit: str = COMMIT) -> list[dict]:
    blob = subprocess.run(["git", "-C", repo, "show", f"{commit}:dataset/{day}.zip"],
                          check=True, capture_output=True).stdout
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        return json.loads(zf.read(f"{day}.json").decode("utf-8"))


def rows(day: str, items: list[dict]) -> list[dict]:
    tag = day.replace("-", "")
    return [{"id": f"saudinewsnet-{tag}-{i}", "title": (a.get("title") or "").strip(),
             "text": (a.get("content") or "").strip(), "url": a.get("url") or "", "published": day,
             "outlet": a.get("source") or ""} for i, a in enumerate(items)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("day", help="YYYY-MM-DD")
    ap.add_argument("--repo", required=True, help="a git clone or mirror of parallelfold/SaudiNewsNet")
    ap.add_argument("--out", help="default bench/data/saudi-DAY.jsonl")
    args = ap.parse_args()
    if args.day.startswith("2015-08"):
        raise SystemExit("the August 2015 days are reserved for evaluation (../shared/RESERVED.md)")
    out = Path(args.out or ROOT / "bench" / "data" / f"saudi-{args.day}.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for r in rows(args.day, articles(args.repo, args.day)):
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
