"""The draw behind the Arabic articles of bench/data/events/batch36.jsonl (ANT Corpus), written down.

    python scripts/draw_antcorpus_batch.py GIT_DIR_OF_antcorpus/antcorpus.multisource.data > POOL.jsonl

Every document under `*/internationalNews/` and `*/middleEast/` is cleaned with `ant_text` of
scripts/rebuild_event_texts.py; a document is kept when its text names at least two countries of
COUNTRIES at least twice each and is at most 1500 characters long. Each outlet's kept documents, in
path order, are shuffled with random.Random(36); the pool then takes the first of every outlet (in
OUTLETS order), then the second of every outlet, and so on. Batch 36 labels the first 90 of the pool,
in this order, without skipping any. Nothing here reads bilat's output.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import subprocess
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "rebuild_event_texts", Path(__file__).resolve().parent / "rebuild_event_texts.py")
_rebuild = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rebuild)

OUTLETS = {"Alarabia": "alarabiya", "BBC": "bbcarabic", "CNN": "cnnarabic", "France24": "france24",
           "SkyNews": "skynewsarabia"}
CATEGORIES = ("internationalNews", "middleEast")
COUNTRIES = ("السعودية", "إيران", "الولايات المتحدة", "أمريكا", "روسيا", "تركيا", "سوريا", "العراق", "مصر",
             "إسرائيل", "قطر", "الإمارات", "الأردن", "لبنان", "اليمن", "الصين", "فرنسا", "بريطانيا", "ألمانيا",
             "الكويت", "البحرين", "ليبيا", "تونس", "الجزائر", "المغرب", "السودان", "فلسطين", "باكستان", "الهند",
             "اليابان", "كوريا الشمالية", "كوريا الجنوبية", "أفغانستان", "إثيوبيا", "أوكرانيا")
SEED = 36
MAX_CHARS = 1500


def _field(raw: str, tag: str) -> str:
    match = re.search(f"<{tag}>(.*?)</{tag}>", raw, flags=re.DOTALL)
    return " ".join(match[1].split()) if match else ""


def draw(git_dir: Path) -> list[dict]:
    listing = subprocess.run(["git", f"--git-dir={git_dir}", "ls-tree", "-r", "--name-only", "HEAD"],
                             capture_output=True, text=True, check=True).stdout.split()
    by_outlet: dict[str, list[dict]] = {folder: [] for folder in OUTLETS}
    for path in sorted(listing):
        parts = path.split("/")
        if len(parts) != 3 or parts[0] not in OUTLETS or parts[1] not in CATEGORIES:
            continue
        raw = _rebuild.git_show(git_dir, path)
        text = _rebuild.ant_text(raw)
        if sum(text.count(name) >= 2 for name in COUNTRIES) < 2 or len(text) > MAX_CHARS:
            continue
        docno = parts[2].removesuffix(".txt")
        by_outlet[parts[0]].append({
            "id": f"ant-{docno}", "lang": "ar", "outlet": OUTLETS[parts[0]],
            "source": f"{_rebuild.ANT_REPO} {path}", "published": f"{docno[-8:-4]}-{docno[-4:-2]}-{docno[-2:]}",
            "title": _field(raw, "TITLE"), "text": text})
    for folder in OUTLETS:
        random.Random(SEED).shuffle(by_outlet[folder])
    pool = []
    for rank in range(max(len(items) for items in by_outlet.values())):
        pool.extend(by_outlet[folder][rank] for folder in OUTLETS if rank < len(by_outlet[folder]))
    return pool


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    for record in draw(Path(args[0])):
        print(json.dumps(record, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
