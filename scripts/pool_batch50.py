"""The pool behind bench/data/events/batch50.jsonl (issue 10, events, dev), written down.

    python scripts/pool_batch50.py --repo owner/name=GIT_DIR [...] > POOL.jsonl

Batch 50 was picked, not drawn: whole articles about relations between countries, used in no earlier batch
(ids and text sha1), from repository mirrors whose texts `scripts/rebuild_event_texts.py` rebuilds and whose
outlets lie in dev (hkcnews, gnews, whenitson reposts of reuters, washingtonpost and timesofindia). Candidates
were listed by title (hkcnews: titles naming a state and a word of sanctions, expulsion, protest, missiles,
tariffs, detention, summoning, threats, retaliation; gnews: the index titles; whenitson: posts of a dev outlet
whose slug names a state or a conflict/diplomacy word) and chosen by title before reading, favouring conflict
and coercion and leaving out near copies of articles already labelled; each text is cleaned exactly as
`rebuild_event_texts.py` rebuilds it. No BBC row was taken (few 2004-05 rows are about relations between
states). Each text shares at most 6% of its 12-character shingles with any labelled article whose text is on
this machine. Nothing here reads bilat's output.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import json
import re
import unicodedata
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "rebuild_event_texts", Path(__file__).resolve().parent / "rebuild_event_texts.py")
_rebuild = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rebuild)

HKCNEWS = (2385, 17107, 18726, 22204, 25462, 25950, 28935, 28937, 31900, 31940, 23022, 14681, 11443)
GNEWS = (2444349,)
WIO = (
    ("2016-01-16-iran-says-international-sanctions-to-be-lifted-on-saturday-reuters", "reuters"),
    ("2016-02-12-south-korea-us-to-discuss-missile-defense-south-cuts-power-to-kaesong-park-reuters", "reuters"),
    ("2016-03-08-biden-arrives-in-israel-to-talk-billions-in-military-aid-and-patch-things-up-washington-post",
     "washingtonpost"),
    ("2016-04-15-north-koreas-missile-launch-has-failed-souths-military-says-washington-post", "washingtonpost"),
    ("2016-07-13-china-vows-to-protect-south-china-sea-sovereignty-after-ruling-reuters", "reuters"),
    ("2016-03-20-cuba-rolls-out-red-carpet-for-historic-obama-trip-despite-embargo-reuters", "reuters"),
    ("2016-02-16-saudis-and-russia-agree-oil-output-freeze-iran-still-an-obstacle-reuters", "reuters"),
    ("2016-01-26-republic-day-parade-india-showcases-military-might-french-troops-march-in-a-first-times-of-india",
     "timesofindia"),
)
BBC_ROWS: tuple[tuple[str, int], ...] = ()  # no BBC row fitted (few on relations between states)


def _front(raw: str, key: str) -> str | None:
    match = re.search(rf'^{key}:\s*"?([^"\n]*)"?\s*$', raw, flags=re.MULTILINE)
    return match.group(1).strip() if match else None


def pool(repos: dict[str, Path]) -> list[dict]:
    rows = []
    for number in HKCNEWS:
        low = (number - 1) // 1000 * 1000 + 1
        path = f"articles/{low}-{low + 999}/article_{number}.md"
        raw = _rebuild.git_show(repos[_rebuild.HKCNEWS_REPO], path)
        rows.append({"id": f"hkcnews-{number}", "lang": "zh", "outlet": "hkcnews",
                     "source": f"{_rebuild.HKCNEWS_REPO} {path}", "published": _front(raw, "date"),
                     "title": None, "text": _rebuild.hkcnews_text(raw)})
    for number in GNEWS:
        path = f"content/gnews/{number}.md"
        raw = _rebuild.git_show(repos[_rebuild.GNEWS_REPO], path)
        date = re.search(r"`(\d{1,2})/(\d{1,2})/(20\d\d) ", raw)  # the dateline, M/D/YYYY
        published = f"{date[3]}-{int(date[1]):02d}-{int(date[2]):02d}" if date else None
        rows.append({"id": f"gnews-{number}", "lang": "zh", "outlet": "gnews",
                     "source": f"{_rebuild.GNEWS_REPO} {path}", "published": published,
                     "title": None, "text": _rebuild.gnews_text(raw)})
    for slug, outlet in WIO:
        path = f"_posts/{slug}.md"
        raw = _rebuild.git_show(repos[_rebuild.WIO_REPO], path)
        rows.append({"id": f"wio-{slug}", "lang": "en", "outlet": outlet,
                     "source": f"{_rebuild.WIO_REPO} {path}", "published": slug[:10], "title": None,
                     "text": _rebuild.whenitson_text(raw)})
    for split, index in BBC_ROWS:
        path = f"datasets/bbcnews/data/{split}.csv"
        rows_csv = list(csv.DictReader(io.StringIO(_rebuild.git_show(repos[_rebuild.BBC_REPO], path))))
        rows.append({"id": f"bbc-{split}-{index}", "lang": "en", "outlet": "bbc",
                     "source": f"{_rebuild.BBC_REPO} {path} row {index + 1}", "published": None, "title": None,
                     "text": unicodedata.normalize("NFC", rows_csv[index]["text"].strip())})
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
