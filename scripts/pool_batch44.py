"""The pool behind bench/data/events/batch44.jsonl (issue 10, events, held-out test), written down.

    python scripts/pool_batch44.py --repo owner/name=GIT_DIR [...] > POOL.jsonl

Batch 44 was picked, not drawn: articles about relations between countries, used in no earlier batch,
from the repository mirrors whose texts `scripts/rebuild_event_texts.py` rebuilds and whose outlets lie in
test (or are split article by article): ANT Corpus (ar), Tehran Times and BBC News 2004-05 (en), The New York Times Chinese (zh)
and Dân trí via CP_Vietnamese-UNC (vi). Candidates were listed by title with a country-count and length
filter (at most about 2200 characters, whole articles) and chosen by title before reading; each text is
cleaned exactly as `rebuild_event_texts.py` rebuilds it. Nothing here reads bilat's output.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("pool_sources", Path(__file__).resolve().parent / "pool_sources.py")
_sources = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_sources)

ANT_DOCS = (
    "SkyNews/middleEast/SK-middleEast-1840-20180521",
    "CNN/middleEast/CN-middleEast-935-20180515",
    "SkyNews/middleEast/SK-middleEast-3949-20181019",
    "BBC/internationalNews/BB-internationalNews-54-20180223",
    "Alarabia/internationalNews/AL-internationalNews-1222-20180518",
    "SkyNews/middleEast/SK-middleEast-967-20180411",
    "France24/middleEast/FR-middleEast-519-20180523",
    "France24/internationalNews/FR-internationalNews-1284-20180517",
)
TTIMES_FILES = (
    "data/_news_411295_Iran-summons-Turkish-envoy-over-remarks-by-Ankara-officials.txt",
    "data/_news_425136_Iran-summons-French-Belgian-German-ambassadors.txt",
    "data/_news_426266_Iraq-says-won-t-follow-U-S-in-sanctioning-Iran.txt",
    "data/_news_415019_Omani-FM-visits-Tehran-amid-Qatar-row.txt",
    "data/_news_433060_Iran-summons-Pakistani-ambassador-over-Zahedan-terrorist-attack.txt",
)
NYTCN_SLUGS = (
    "20190822_trump-sanctions-chinese-nationals-fentanyl",
    "20190723_sanctions-china-iran-oil",
    "20181011_china-spy-espionage-arrest",
    "20180705_australia-china-rio-tinto-stern-hu",
    "20181206_trump-xi-trade-china",
)
BBC_ROWS = (("train", 788),)  # (split, index in the csv rows): India-Pakistan trade
UNC_NAMES = ("news_world_033", "news_world_095", "news_world_150", "news_world_213", "news_world_076")


def pool(repos: dict[str, Path]) -> list[dict]:
    return [*_sources.ant(repos, ANT_DOCS), *_sources.tehrantimes(repos, TTIMES_FILES), *_sources.bbc(repos, BBC_ROWS),
            *_sources.nytcn(repos, NYTCN_SLUGS), *_sources.unc(repos, UNC_NAMES)]


if __name__ == "__main__":
    raise SystemExit(_sources.main(pool, __doc__))
