"""The draws behind bench/data/events/batch37.jsonl and batch39.jsonl (Moroccan News Corpus, Arabic, dev), written down.

    python scripts/draw_moroccan_batch.py GIT_DIR_OF_elsayed-issa/The-Moroccan-News-Corpus [--batch 39] > POOL.jsonl

Every item of the repository's three article files (`THE CORPUS/feb.txt`: febrayer.com, `yab.json`:
ar.yabiladi.com, `morc24/nn.xml`: almaghreb24.com; June 2019) is cleaned with `mnc_text` of
scripts/rebuild_event_texts.py; an item is kept when its text names at least two countries of COUNTRIES at
least twice each (a substring count, so "المغربية" counts for "المغرب") and is at most MAX_CHARS long, and
when no earlier item of the same file has the same text (the crawls repeat articles). Each outlet's kept items,
in file order, are shuffled with random.Random(SEED); the pool then takes the first of every outlet (in
OUTLETS order), then the second of every outlet, and so on. Batch 37 labels the pool from its start, in this
order, without skipping any. Nothing here reads bilat's output.

Batch 39 (`--batch 39`) is a second draw from the same files with its own seed and a longer length band
(DRAWS: random.Random(39), more than 1500 and at most 3000 characters), so that no item of batch 37's pool
(at most 1500) can be in it; items whose id batch37.jsonl holds are left out as well, to make that explicit.
Batch 39 labels its pool from the start, in this order, without skipping any.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "rebuild_event_texts", Path(__file__).resolve().parent / "rebuild_event_texts.py")
_rebuild = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rebuild)

OUTLETS = ("febrayer", "yabiladi", "almaghreb24")
COUNTRIES = ("السعودية", "إيران", "الولايات المتحدة", "أمريكا", "روسيا", "تركيا", "سوريا", "العراق", "مصر",
             "إسرائيل", "قطر", "الإمارات", "الأردن", "لبنان", "اليمن", "الصين", "فرنسا", "بريطانيا", "ألمانيا",
             "الكويت", "البحرين", "ليبيا", "تونس", "الجزائر", "المغرب", "السودان", "فلسطين", "باكستان", "الهند",
             "اليابان", "كوريا الشمالية", "كوريا الجنوبية", "أفغانستان", "إثيوبيا", "أوكرانيا", "إسبانيا",
             "موريتانيا", "البرتغال", "إيطاليا", "بلجيكا", "هولندا")
SEED = 37
MAX_CHARS = 1500
# batch -> (seed, lower bound, upper bound): an item is kept when lower < len(text) <= upper
DRAWS = {37: (SEED, 0, MAX_CHARS), 39: (39, 1500, 3000)}
BATCH37 = Path(__file__).resolve().parent.parent / "bench" / "data" / "events" / "batch37.jsonl"


def _batch37_ids() -> set[str]:
    if not BATCH37.exists():
        return set()
    return {json.loads(line)["id"] for line in BATCH37.read_text(encoding="utf-8").splitlines() if line.strip()}


def draw(git_dir: Path, batch: int = 37) -> list[dict]:
    seed, min_chars, max_chars = DRAWS[batch]
    excluded = _batch37_ids() if batch != 37 else set()
    by_outlet: dict[str, list[dict]] = {outlet: [] for outlet in OUTLETS}
    for outlet in OUTLETS:
        path = _rebuild.MNC_FILES[outlet]
        seen: set[str] = set()
        for number, paragraphs in enumerate(_rebuild.mnc_items(_rebuild.git_show(git_dir, path), path), 1):
            text = _rebuild.mnc_text(paragraphs)
            if not text or text in seen:
                continue
            seen.add(text)
            if sum(text.count(name) >= 2 for name in COUNTRIES) < 2 or not min_chars < len(text) <= max_chars:
                continue
            if f"mnc-{outlet}-{number}" in excluded:
                continue
            by_outlet[outlet].append({
                "id": f"mnc-{outlet}-{number}", "lang": "ar", "outlet": outlet,
                "source": f"{_rebuild.MNC_REPO} {path} {number}", "published": None,
                "title": None, "text": text})
    for outlet in OUTLETS:
        random.Random(seed).shuffle(by_outlet[outlet])
    pool = []
    for rank in range(max(len(items) for items in by_outlet.values())):
        pool.extend(by_outlet[outlet][rank] for outlet in OUTLETS if rank < len(by_outlet[outlet]))
    return pool


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    batch = 37
    if "--batch" in args:
        at = args.index("--batch")
        batch = int(args[at + 1])
        args = args[:at] + args[at + 2:]
    for record in draw(Path(args[0]), batch):
        print(json.dumps(record, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
