"""The pool behind bench/data/events/batch51.jsonl (issue 10, events, DEV), written down.

    python scripts/pool_batch51.py --repo owner/name=GIT_DIR [...] > POOL.jsonl

Batch 51 was picked, not drawn: whole articles about relations between countries, used in no earlier batch (ids
and text sha1 checked against every batch, batch 48 included), from Dân trí via CP_Vietnamese-UNC (`unc-NAME`;
dantri is split by article) and Radio Farda's April 2020 RSS items in sci2lab/Farsi-datasets (`rfarda-N`; radiofarda
lies in dev; the feed's `summary` is the whole item). Candidates were listed by title or lead (conflict and diplomacy
words) and chosen by title and lead before reading; Dân trí items whose lead was the repository's first line (dropped
as the title by `unc_text`) were left out. Each text is cleaned exactly as `rebuild_event_texts.py` does. Nothing here
reads bilat's output.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("pool_sources", Path(__file__).resolve().parent / "pool_sources.py")
_sources = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_sources)

UNC_NAMES = ("news_world_110", "news_world_151", "news_world_069", "news_world_070", "news_world_188",
             "news_world_155", "news_world_252", "news_world_171",
             "news_world_248", "news_world_148", "news_world_254")
RFARDA_NUMBERS = ("30563967", "30563138", "30570717", "30570648", "30570286", "30572966", "30572323",
                  "30574105", "30579588", "30581488", "30578348", "30564190", "30583776", "30560997")


def pool(repos: dict[str, Path]) -> list[dict]:
    return [*_sources.unc(repos, UNC_NAMES), *_sources.radiofarda(repos, RFARDA_NUMBERS)]


if __name__ == "__main__":
    raise SystemExit(_sources.main(pool, __doc__))
