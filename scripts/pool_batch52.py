"""The pool behind bench/data/events/batch52.jsonl (issue 10, events, held-out TEST), written down.

    python scripts/pool_batch52.py --repo owner/name=GIT_DIR [...] > POOL.jsonl

Batch 52 was picked, not drawn: whole articles about relations between countries, used in no earlier batch (ids
and text sha1 checked against every batch, batches 45-51 included), from outlets that lie in test or are split
article by article: ANT Corpus (ar; skynewsarabia, alarabiya, cnnarabic, bbcarabic lie in test; `ant-DOCNO`), Dân trí via
CP_Vietnamese-UNC (vi; `unc-NAME`), thaigov.go.th via PyThaiNLP/thaigov-corpus (th; `thaigov-...`) and The New York
Times Chinese via jchn122/Projects (zh; `nytcn-SLUG`, a test outlet). No unused Fars News article of devdata was about
foreign relations, so the batch has no fa article. Candidates were listed by title or lead with keyword and length
filters (conflict and diplomacy words, short whole articles) and chosen by title and lead before reading; each text
shares under 15% of its 12-character shingles with every dev article. Texts are cleaned exactly as
`rebuild_event_texts.py` (and batch 48 for thaigov) does. Nothing here reads bilat's output.
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
ANT = {"Alarabia": "alarabiya", "BBC": "bbcarabic", "CNN": "cnnarabic", "France24": "france24",
       "SkyNews": "skynewsarabia"}
ANT_DOCS = (
    "SkyNews/internationalNews/SK-internationalNews-1719-20180522",
    "Alarabia/internationalNews/AL-internationalNews-1175-20180515",
    "CNN/middleEast/CN-middleEast-948-20180516",
    "SkyNews/middleEast/SK-middleEast-441-20180321",
    "BBC/middleEast/BB-middleEast-1097-20181014",
    "SkyNews/internationalNews/SK-internationalNews-2698-20180717",
)
UNC_NAMES = ("news_world_214", "news_world_177", "news_world_246", "news_world_056", "news_world_039")
THAIGOV_FILES = ("14/ข่าวทำเนียบรัฐบาล_653.txt", "14/ด้านความมั่นคง_54.txt",
                 "14/ด้านความมั่นคง_589.txt", "14/ด้านความมั่นคง_100.txt")
NYTCN_SLUGS = (
    "20180716_zte-ban-trump",
    "20180604_us-china-trade",
    "20180619_china-media-trump-tariffs",
    "20180709_china-us-trade-war",
    "20180806_china-us-trade-tariffs",
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
    for slug in NYTCN_SLUGS:
        path = f"Chinese_News_Corpus/interface/corpus/{slug}.txt"
        date = slug.split("_", 1)[0]
        rows.append({"id": f"nytcn-{slug}", "lang": "zh", "outlet": "nytimes",
                     "source": f"{_rebuild.NYTCN_REPO} {path}",
                     "published": f"{date[:4]}-{date[4:6]}-{date[6:]}", "title": None,
                     "text": _rebuild.nytcn_text(_rebuild.git_show(repos[_rebuild.NYTCN_REPO], path))})
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
