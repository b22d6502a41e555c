"""The pool behind bench/data/events/batch45.jsonl (issue 10, events, dev), written down.

    python scripts/pool_batch45.py [--devdata PATH] > POOL.jsonl

Batch 45 was picked, not drawn: whole Fars News articles of `shared/devdata/fa-farsnews-300.jsonl`
(language-ml/course-nlp-ir-1-text-exploring `news/fars-news-1.json`) that no earlier batch holds (checked
on id and text_sha1) and that speak of relations between countries. Of the 224 unused articles almost all
are domestic, sport or culture items; those kept were chosen by title and lead, before any bilat run, with
a country-name count. Farsnews is split article by article, so the batch is built with `--half dev`.
Nothing here reads bilat's output.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

DEVDATA = Path(__file__).resolve().parent.parent.parent / "shared" / "devdata" / "fa-farsnews-300.jsonl"
SOURCE = "language-ml/course-nlp-ir-1-text-exploring news/fars-news-1.json (via shared/devdata/fa-farsnews-300.jsonl)"
IDS = (
    "farsnews-259",
    "farsnews-79",
    "farsnews-37",
    "farsnews-87",
    "farsnews-220",
    "farsnews-169",
    "farsnews-71",
    "farsnews-118",
    "farsnews-94",
    "farsnews-218",
    "farsnews-192",
    "farsnews-47",
)


def pool(devdata: Path, ids: tuple[str, ...] = IDS) -> list[dict]:
    by_id = {}
    for line in devdata.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        by_id[row["id"]] = row
    return [{"id": i, "lang": "fa", "outlet": "farsnews", "source": SOURCE,
             "published": by_id[i].get("published"), "title": by_id[i]["title"], "text": by_id[i]["text"]}
            for i in ids]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devdata", type=Path, default=DEVDATA)
    args = parser.parse_args(argv)
    for row in pool(args.devdata):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
