"""The readers the batch pool scripts share (issue 10, events): one function a source repository, each giving
the pool rows of the items it is handed, cleaned exactly as `rebuild_event_texts.py` rebuilds them.

    rows = [*ant(repos, ANT_DOCS), *unc(repos, UNC_NAMES), *thaigov(repos, THAIGOV_FILES)]

A pool script lists which items make its batch and hands them here; `main` is the command line every pool script
has (`--repo owner/name=GIT_DIR`, repeated), printing one JSON row a line. Nothing here reads bilat's output.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "rebuild_event_texts", Path(__file__).resolve().parent / "rebuild_event_texts.py")
_rebuild = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rebuild)

THAIGOV_REPO = "PyThaiNLP/thaigov-corpus"
FACTRU_REPO = "dialogue-evaluation/factRuEval-2016"
UNC_FOLDER = "resources/CP_Vietnamese-UNC/datasets/CP_Vietnamese-UNC"
# ANT Corpus folder -> outlet
ANT = {"Alarabia": "alarabiya", "BBC": "bbcarabic", "CNN": "cnnarabic", "France24": "france24",
       "SkyNews": "skynewsarabia"}


def ant(repos: dict[str, Path], docs: Iterable[str]) -> list[dict]:
    """ANT Corpus documents (ar), named FOLDER/SECTION/DOCNO; the DOCNO ends in the day."""
    rows = []
    for doc in docs:
        path = f"{doc}.txt"
        docno = doc.rsplit("/", 1)[1]
        raw = _rebuild.git_show(repos[_rebuild.ANT_REPO], path)
        rows.append({"id": f"ant-{docno}", "lang": "ar", "outlet": ANT[doc.split("/")[0]],
                     "source": f"{_rebuild.ANT_REPO} {path}",
                     "published": f"{docno[-8:-4]}-{docno[-4:-2]}-{docno[-2:]}",
                     "title": None, "text": _rebuild.ant_text(raw)})
    return rows


def unc(repos: dict[str, Path], names: Iterable[str]) -> list[dict]:
    """Dân trí articles (vi) of CP_Vietnamese-UNC, by file name without `.txt`."""
    rows = []
    for name in names:
        path = f"{UNC_FOLDER}/{name}.txt"
        rows.append({"id": f"unc-{name}", "lang": "vi", "outlet": "dantri",
                     "source": f"{_rebuild.UNC_REPO} {path}", "published": None, "title": None,
                     "text": _rebuild.unc_text(_rebuild.git_show(repos[_rebuild.UNC_REPO], path))})
    return rows


def thaigov(repos: dict[str, Path], files: Iterable[str]) -> list[dict]:
    """thaigov.go.th items (th) of PyThaiNLP/thaigov-corpus: the first line is the title."""
    rows = []
    for path in files:
        raw = _rebuild.git_show(repos[THAIGOV_REPO], path)
        title, _, body = raw.partition("\n")
        rows.append({"id": "thaigov-" + path.removesuffix(".txt").replace("/", "-"), "lang": "th",
                     "outlet": "thaigov", "source": f"{THAIGOV_REPO} {path}", "published": None,
                     "title": title, "text": unicodedata.normalize("NFC", body.strip())})
    return rows


def nytcn(repos: dict[str, Path], slugs: Iterable[str]) -> list[dict]:
    """The New York Times Chinese (zh) of jchn122/Projects, by slug; the slug starts with the day."""
    rows = []
    for slug in slugs:
        path = f"Chinese_News_Corpus/interface/corpus/{slug}.txt"
        date = slug.split("_", 1)[0]
        rows.append({"id": f"nytcn-{slug}", "lang": "zh", "outlet": "nytimes",
                     "source": f"{_rebuild.NYTCN_REPO} {path}",
                     "published": f"{date[:4]}-{date[4:6]}-{date[6:]}", "title": None,
                     "text": _rebuild.nytcn_text(_rebuild.git_show(repos[_rebuild.NYTCN_REPO], path))})
    return rows


def tehrantimes(repos: dict[str, Path], files: Iterable[str]) -> list[dict]:
    """Tehran Times articles (en), by file path; the path's third `_` field is the article number."""
    rows = []
    for path in files:
        number = path.split("_")[2]
        raw = _rebuild.git_show(repos[_rebuild.TEHRANTIMES_REPO], path)
        rows.append({"id": f"ttimes-{number}", "lang": "en", "outlet": "tehrantimes",
                     "source": f"{_rebuild.TEHRANTIMES_REPO} {path}", "published": None, "title": None,
                     "text": _rebuild.tehrantimes_text(raw)})
    return rows


def bbc(repos: dict[str, Path], split_rows: Iterable[tuple[str, int]]) -> list[dict]:
    """BBC News 2004-05 (en): (split, index in that csv's rows)."""
    rows = []
    for split, index in split_rows:
        path = f"datasets/bbcnews/data/{split}.csv"
        rows_csv = list(csv.DictReader(io.StringIO(_rebuild.git_show(repos[_rebuild.BBC_REPO], path))))
        rows.append({"id": f"bbc-{split}-{index}", "lang": "en", "outlet": "bbc",
                     "source": f"{_rebuild.BBC_REPO} {path} row {index + 1}", "published": None, "title": None,
                     "text": unicodedata.normalize("NFC", rows_csv[index]["text"].strip())})
    return rows


def factru(repos: dict[str, Path], books: Iterable[int]) -> list[dict]:
    """factRuEval-2016 dev-set books (ru), by number."""
    rows = []
    for book in books:
        path = f"devset/book_{book}.txt"
        rows.append({"id": f"factru-devset-{book}", "lang": "ru", "outlet": "factrueval-devset",
                     "source": f"{FACTRU_REPO} {path}", "published": None, "title": "",
                     "text": _rebuild.git_show(repos[FACTRU_REPO], path).strip()})
    return rows


def radiofarda(repos: dict[str, Path], numbers: Iterable[str]) -> list[dict]:
    """Radio Farda RSS items (fa) of sci2lab/Farsi-datasets, by article number; the `summary` is the whole item."""
    records = json.loads(_rebuild.git_show(repos[_rebuild.RFARDA_REPO], _rebuild.RFARDA_PATH))
    rows = []
    for number in numbers:
        record = _rebuild.radiofarda_record(records, number)
        rows.append({"id": f"rfarda-{number}", "lang": "fa", "outlet": "radiofarda",
                     "source": f"{_rebuild.RFARDA_REPO} {_rebuild.RFARDA_PATH} {record['link']}",
                     "published": None, "title": None, "text": _rebuild.radiofarda_text(record["summary"])})
    return rows


def _front(raw: str, key: str) -> str | None:
    match = re.search(rf'^{key}:\s*"?([^"\n]*)"?\s*$', raw, flags=re.MULTILINE)
    return match.group(1).strip() if match else None


def hkcnews(repos: dict[str, Path], numbers: Iterable[int]) -> list[dict]:
    """HKCNews articles (zh) of hkarchivist/hkcnews-article-archive, by article number; the front matter dates them."""
    rows = []
    for number in numbers:
        low = (number - 1) // 1000 * 1000 + 1
        path = f"articles/{low}-{low + 999}/article_{number}.md"
        raw = _rebuild.git_show(repos[_rebuild.HKCNEWS_REPO], path)
        rows.append({"id": f"hkcnews-{number}", "lang": "zh", "outlet": "hkcnews",
                     "source": f"{_rebuild.HKCNEWS_REPO} {path}", "published": _front(raw, "date"),
                     "title": None, "text": _rebuild.hkcnews_text(raw)})
    return rows


def gnews(repos: dict[str, Path], numbers: Iterable[int]) -> list[dict]:
    """GNews articles (zh) of ourhimalayas/txt, by number; the dateline (M/D/YYYY) dates them."""
    rows = []
    for number in numbers:
        path = f"content/gnews/{number}.md"
        raw = _rebuild.git_show(repos[_rebuild.GNEWS_REPO], path)
        date = re.search(r"`(\d{1,2})/(\d{1,2})/(20\d\d) ", raw)
        published = f"{date[3]}-{int(date[1]):02d}-{int(date[2]):02d}" if date else None
        rows.append({"id": f"gnews-{number}", "lang": "zh", "outlet": "gnews",
                     "source": f"{_rebuild.GNEWS_REPO} {path}", "published": published,
                     "title": None, "text": _rebuild.gnews_text(raw)})
    return rows


def whenitson(repos: dict[str, Path], posts: Iterable[tuple[str, str]]) -> list[dict]:
    """English agency and newspaper copy (en) of secureIntent-git/teftst: (post slug, outlet); the slug starts with the day."""
    rows = []
    for slug, outlet in posts:
        path = f"_posts/{slug}.md"
        raw = _rebuild.git_show(repos[_rebuild.WIO_REPO], path)
        rows.append({"id": f"wio-{slug}", "lang": "en", "outlet": outlet,
                     "source": f"{_rebuild.WIO_REPO} {path}", "published": slug[:10], "title": None,
                     "text": _rebuild.whenitson_text(raw)})
    return rows


def main(pool: Callable[[dict[str, Path]], list[dict]], doc: str, argv: list[str] | None = None) -> int:
    """The pool scripts' command line: `--repo owner/name=GIT_DIR` (repeated) in, one JSON row a line out."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--repo", action="append", default=[], help="owner/name=GIT_DIR")
    args = parser.parse_args(argv)
    repos = {name: Path(path) for name, _, path in (item.partition("=") for item in args.repo)}
    for row in pool(repos):
        print(json.dumps(row, ensure_ascii=False))
    return 0
