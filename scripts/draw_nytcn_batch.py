"""The draw behind bench/data/events/batch36.jsonl (NYT Chinese, jchn122/Projects), written down.

    python scripts/draw_nytcn_batch.py GIT_DIR_OF_jchn122/Projects > POOL.jsonl

Every file of `Chinese_News_Corpus/interface/corpus/` is cleaned with `nytcn_text` of
scripts/rebuild_event_texts.py; a file is kept when its text names at least two countries of
COUNTRIES at least twice each and is at most 3000 characters long; the kept files, in path order,
are shuffled with random.Random(36) and written in that order as pool records
(scripts/build_event_corpus.py --pool). Batch 36 labels the first 28 of them, in this order,
without skipping any. Nothing here reads bilat's output.
"""

from __future__ import annotations

import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "rebuild_event_texts", Path(__file__).resolve().parent / "rebuild_event_texts.py")
_rebuild = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rebuild)

CORPUS_DIR = "Chinese_News_Corpus/interface/corpus/"
COUNTRIES = ("中国", "美国", "日本", "朝鲜", "韩国", "俄罗斯", "英国", "法国", "德国", "加拿大", "澳大利亚", "印度",
             "伊朗", "越南", "菲律宾", "台湾", "巴基斯坦", "斯里兰卡", "墨西哥", "巴西", "沙特", "土耳其", "以色列",
             "意大利", "新加坡", "马来西亚", "印尼", "泰国")
SEED = 36
MAX_CHARS = 3000


def draw(git_dir: Path) -> list[dict]:
    listing = subprocess.run(["git", f"--git-dir={git_dir}", "ls-tree", "--name-only", "HEAD", CORPUS_DIR],
                             capture_output=True, text=True, check=True).stdout.split()
    kept = []
    for path in sorted(listing):
        text = _rebuild.nytcn_text(_rebuild.git_show(git_dir, path))
        if sum(text.count(name) >= 2 for name in COUNTRIES) >= 2 and len(text) <= MAX_CHARS:
            kept.append((path, text))
    random.Random(SEED).shuffle(kept)
    records = []
    for path, text in kept:
        stem = path.rsplit("/", 1)[1].removesuffix(".txt")
        date, slug = stem.split("_", 1)
        records.append({"id": f"nytcn-{stem}", "lang": "zh", "outlet": "nytimes",
                        "source": f"{_rebuild.NYTCN_REPO} {path}",
                        "published": f"{date[:4]}-{date[4:6]}-{date[6:]}", "title": slug, "text": text})
    return records


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    for record in draw(Path(args[0])):
        print(json.dumps(record, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
