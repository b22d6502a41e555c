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

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("pool_sources", Path(__file__).resolve().parent / "pool_sources.py")
_sources = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_sources)

UNC_NAMES = ("news_world_154", "news_world_084", "news_world_158", "news_world_106", "news_world_044",
             "news_world_054", "news_world_159", "news_world_102", "news_world_023",
             "news_world_014")
THAIGOV_FILES = ("14/ข่าวทำเนียบรัฐบาล_919.txt", "16/ข่าวทำเนียบรัฐบาล_277.txt", "21/ข่าวทำเนียบรัฐบาล_11.txt",
                 "18/ข่าวทำเนียบรัฐบาล_19.txt", "19/ข่าวทำเนียบรัฐบาล_12.txt", "3/ข่าวทำเนียบรัฐบาล_59.txt",
                 "23/ข่าวทำเนียบรัฐบาล_187.txt")
FACTRU_BOOKS = (131, 346, 448, 142)


def pool(repos: dict[str, Path]) -> list[dict]:
    return [*_sources.unc(repos, UNC_NAMES), *_sources.thaigov(repos, THAIGOV_FILES), *_sources.factru(repos, FACTRU_BOOKS)]


if __name__ == "__main__":
    raise SystemExit(_sources.main(pool, __doc__))
