"""The draw behind bench/data/events/batch54.jsonl (Ahdath.info, Arabic, dev), written down.

    python scripts/draw_ahdath_batch.py GIT_DIR_OF_elsayed-issa/Arabic-News-Summaries > POOL.jsonl

`ahd22.json` of elsayed-issa/Arabic-News-Summaries is a crawl of ahdath.info (al-Ahdath al-Maghribia, a Moroccan
daily's site; 2019), one {"content": [paragraphs]} record per item. Every item is cleaned with `ahdath_text` of
scripts/rebuild_event_texts.py (the leading "AHDATH.INFO - ..." credit line cut); an item is kept when its text
names at least two countries of draw_moroccan_batch.COUNTRIES at least twice each (a substring count, the batch
36/37 rule) and when no earlier item has the same text. The kept items fall in two length bands, at most 2000
characters and more than 2000 and at most 3000; each band, in file order, is shuffled with random.Random(54), and
the pool is the first band followed by the second. Batch 54 labels the pool from its start, in this order,
without skipping any (items that are wire copies of already labelled text, more than 15% of their 12-character
shingles shared, are dropped before labelling and listed in labels/batch54.lab). Nothing here reads bilat's output.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path

_here = Path(__file__).resolve().parent


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, _here / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_rebuild = _load("rebuild_event_texts")
COUNTRIES = _load("draw_moroccan_batch").COUNTRIES
SEED = 54
BANDS = ((0, 2000), (2000, 3000))  # lower < len(text) <= upper


def draw(git_dir: Path) -> list[dict]:
    bands: list[list[dict]] = [[] for _ in BANDS]
    seen: set[str] = set()
    items = _rebuild.mnc_items(_rebuild.git_show(git_dir, _rebuild.AHDATH_PATH), _rebuild.AHDATH_PATH)
    for number, paragraphs in enumerate(items, 1):
        text = _rebuild.ahdath_text(paragraphs)
        if not text or text in seen:
            continue
        seen.add(text)
        if sum(text.count(name) >= 2 for name in COUNTRIES) < 2:
            continue
        for band, (low, high) in zip(bands, BANDS):
            if low < len(text) <= high:
                band.append({
                    "id": f"ahdath-{number}", "lang": "ar", "outlet": "ahdath",
                    "source": f"{_rebuild.AHDATH_REPO} {_rebuild.AHDATH_PATH} {number}", "published": None,
                    "title": None, "text": text})
    pool = []
    for band in bands:
        random.Random(SEED).shuffle(band)
        pool.extend(band)
    return pool


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    for record in draw(Path(args[0])):
        print(json.dumps(record, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
