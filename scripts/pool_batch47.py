"""The pool behind bench/data/events/batch47.jsonl (issue 10, events, dev), written down.

    python scripts/pool_batch47.py --repo owner/name=GIT_DIR [...] > POOL.jsonl

Batch 47 was picked, not drawn: whole articles about relations between countries, used in no earlier batch,
from repository mirrors whose texts `scripts/rebuild_event_texts.py` rebuilds and whose outlets lie in dev
(hkcnews, gnews, whenitson reposts of washingtonpost, reuters and timesofindia) or are split article by article
(BBC News 2004-05, sent to dev with `--half dev`). Candidates were listed by title (hkcnews: titles naming a
state and a word of sanctions, envoys, missiles, tariffs, talks; whenitson: every post of a dev outlet under
3500 characters; BBC: rows of 500-2000 characters with three or more conflict/diplomacy words) and chosen by
title before reading, favouring conflict and coercion; each text is cleaned exactly as
`rebuild_event_texts.py` rebuilds it. Nothing here reads bilat's output.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("pool_sources", Path(__file__).resolve().parent / "pool_sources.py")
_sources = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_sources)

HKCNEWS = (12167, 7647, 12878, 3165, 18096, 31386, 37213, 18752, 10961, 14224, 37078)
GNEWS = (2444370, 2444240)
WIO = (
    ("2016-06-19-china-says-indonesian-navy-shot-at-chinese-fishermen-washington-post", "washingtonpost"),
    ("2016-03-03-if-britain-leaves-the-eu-france-says-to-let-migrants-go-to-britain-ft-reuters", "reuters"),
    ("2016-01-24-rafale-jet-deal-on-right-track-french-president-francois-hollande-times-of-india", "timesofindia"),
    ("2016-05-09-iran-says-tested-mid-range-ballistic-missile-two-weeks-ago-tasnim-agency-reuters", "reuters"),
    ("2016-05-25-jailed-ukraine-pilot-heads-home-under-prisoner-swap-with-russia-sources-reuters", "reuters"),
)
BBC_ROWS = (("test", 204), ("train", 1130))  # Gibraltar talks; Libya unfrozen funds


def pool(repos: dict[str, Path]) -> list[dict]:
    return [*_sources.hkcnews(repos, HKCNEWS), *_sources.gnews(repos, GNEWS), *_sources.whenitson(repos, WIO),
            *_sources.bbc(repos, BBC_ROWS)]


if __name__ == "__main__":
    raise SystemExit(_sources.main(pool, __doc__))
