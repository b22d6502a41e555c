"""The pool behind bench/data/events/batch48.jsonl (issue 10, events, DEV), written down.

    python scripts/pool_batch48.py --repo owner/name=GIT_DIR [...] > POOL.jsonl

Batch 48 was picked, not drawn: whole articles about relations between countries, used in no earlier batch,
from outlets split article by article (Dân trí via CP_Vietnamese-UNC, `unc-NAME`; thaigov.go.th via
PyThaiNLP/thaigov-corpus, `thaigov-...`) or lying in dev (factRuEval-2016 devset, `factru-devset-N`).
Candidates were listed by title or lead with keyword and length filters (conflict and diplomacy words, at most
about 3000 characters) and chosen by title and lead before reading; each text is cleaned exactly as
earlier batches of these sources (and `rebuild_event_texts.py` for `unc-`). Nothing here reads bilat's output.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import unicodedata
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "rebuild_event_texts", Path(__file__).resolve().parent / "rebuild_event_texts.py")
_rebuild = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rebuild)

THAIGOV_REPO = "PyThaiNLP/thaigov-corpus"
FACTRU_REPO = "dialogue-evaluation/factRuEval-2016"
UNC_NAMES = ("news_world_154", "news_world_084", "news_world_158", "news_world_106", "news_world_044",
             "news_world_054", "news_world_159", "news_world_102", "news_world_023",
             "news_world_014")
THAIGOV_FILES = ("14/ข่าวทำเนียบรัฐบาล_919.txt", "16/ข่าวทำเนียบรัฐบาล_277.txt", "21/ข่าวทำเนียบรัฐบาล_11.txt",
                 "18/ข่าวทำเนียบรัฐบาล_19.txt", "19/ข่าวทำเนียบรัฐบาล_12.txt", "3/ข่าวทำเนียบรัฐบาล_59.txt",
                 "23/ข่าวทำเนียบรัฐบาล_187.txt")
FACTRU_BOOKS = (131, 346, 448, 142)


def pool(repos: dict[str, Path]) -> list[dict]:
    rows = []
    for name in UNC_NAMES:
        path = f"resources/CP_Vietnamese-UNC/datasets/CP_Vietnamese-UNC/{name}.txt"
        rows.append({"id": f"unc-{name}", "lang": "vi", "outlet": "dantri",
                     "source": f"{_rebuild.UNC_REPO} {path}", "published": None, "title": None,
                     "text": _rebuild.unc_text(_rebuild.git_show(repos[_rebuild.UNC_REPO], path))})
    for path in THAIGOV_FILES:
        raw = _rebuild.git_show(repos[THAIGOV_REPO], path)
        title, _, body = raw.partition("\n")
        rows.append({"id": "thaigov-" + path.removesuffix(".txt").replace("/", "-"), "lang": "th",
                     "outlet": "thaigov", "source": f"{THAIGOV_REPO} {path}", "published": None,
                     "title": title, "text": unicodedata.normalize("NFC", body.strip())})
    for book in FACTRU_BOOKS:
        path = f"devset/book_{book}.txt"
        rows.append({"id": f"factru-devset-{book}", "lang": "ru", "outlet": "factrueval-devset",
                     "source": f"{FACTRU_REPO} {path}", "published": None, "title": "",
                     "text": _rebuild.git_show(repos[FACTRU_REPO], path).strip()})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", action="append", default=[], help="owner/name=GIT_DIR")
    args = parser.parse_args(argv)
    repos = {name: Path(path) for name, _, path in (item.partition("=") for item in args.repo)}
    for row in pool(repos):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
