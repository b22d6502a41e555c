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

import argparse
import csv
import importlib.util
import io
import json
import unicodedata
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "rebuild_event_texts", Path(__file__).resolve().parent / "rebuild_event_texts.py")
_rebuild = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rebuild)

ANT = {"Alarabia": "alarabiya", "BBC": "bbcarabic", "CNN": "cnnarabic", "France24": "france24",
       "SkyNews": "skynewsarabia"}
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
UNC_FILES = (
    "resources/CP_Vietnamese-UNC/datasets/CP_Vietnamese-UNC/news_world_033.txt",
    "resources/CP_Vietnamese-UNC/datasets/CP_Vietnamese-UNC/news_world_095.txt",
    "resources/CP_Vietnamese-UNC/datasets/CP_Vietnamese-UNC/news_world_150.txt",
    "resources/CP_Vietnamese-UNC/datasets/CP_Vietnamese-UNC/news_world_213.txt",
    "resources/CP_Vietnamese-UNC/datasets/CP_Vietnamese-UNC/news_world_076.txt",
)


def pool(repos: dict[str, Path]) -> list[dict]:
    rows = []
    for doc in ANT_DOCS:
        path = f"{doc}.txt"
        docno = doc.rsplit("/", 1)[1]
        raw = _rebuild.git_show(repos[_rebuild.ANT_REPO], path)
        rows.append({"id": f"ant-{docno}", "lang": "ar", "outlet": ANT[doc.split("/")[0]],
                     "source": f"{_rebuild.ANT_REPO} {path}",
                     "published": f"{docno[-8:-4]}-{docno[-4:-2]}-{docno[-2:]}",
                     "title": None, "text": _rebuild.ant_text(raw)})
    for path in TTIMES_FILES:
        number = path.split("_")[2]
        raw = _rebuild.git_show(repos[_rebuild.TEHRANTIMES_REPO], path)
        rows.append({"id": f"ttimes-{number}", "lang": "en", "outlet": "tehrantimes",
                     "source": f"{_rebuild.TEHRANTIMES_REPO} {path}", "published": None, "title": None,
                     "text": _rebuild.tehrantimes_text(raw)})
    for split, index in BBC_ROWS:
        path = f"datasets/bbcnews/data/{split}.csv"
        rows_csv = list(csv.DictReader(io.StringIO(_rebuild.git_show(repos[_rebuild.BBC_REPO], path))))
        rows.append({"id": f"bbc-{split}-{index}", "lang": "en", "outlet": "bbc",
                     "source": f"{_rebuild.BBC_REPO} {path} row {index + 1}", "published": None, "title": None,
                     "text": unicodedata.normalize("NFC", rows_csv[index]["text"].strip())})
    for slug in NYTCN_SLUGS:
        path = f"Chinese_News_Corpus/interface/corpus/{slug}.txt"
        date = slug.split("_", 1)[0]
        rows.append({"id": f"nytcn-{slug}", "lang": "zh", "outlet": "nytimes",
                     "source": f"{_rebuild.NYTCN_REPO} {path}",
                     "published": f"{date[:4]}-{date[4:6]}-{date[6:]}", "title": None,
                     "text": _rebuild.nytcn_text(_rebuild.git_show(repos[_rebuild.NYTCN_REPO], path))})
    for path in UNC_FILES:
        name = path.rsplit("/", 1)[1].removesuffix(".txt")
        rows.append({"id": f"unc-{name}", "lang": "vi", "outlet": "dantri",
                     "source": f"{_rebuild.UNC_REPO} {path}", "published": None, "title": None,
                     "text": _rebuild.unc_text(_rebuild.git_show(repos[_rebuild.UNC_REPO], path))})
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
