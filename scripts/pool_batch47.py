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


def _front(raw: str, key: str) -> str | None:
    match = re.search(rf'^{key}:\s*"?([^"\n]*)"?\s*$', raw, flags=re.MULTILINE)
    return match.group(1).strip() if match else None


def pool(repos: dict[str, Path], hkcnews: tuple[int, ...] = HKCNEWS, gnews: tuple[int, ...] = GNEWS,
         wio: tuple[tuple[str, str], ...] = WIO, bbc_rows: tuple[tuple[str, int], ...] = BBC_ROWS) -> list[dict]:
    """The pool rows of these articles; pool_batch50.py calls this with its own."""
    rows = []
    for number in hkcnews:
        low = (number - 1) // 1000 * 1000 + 1
        path = f"articles/{low}-{low + 999}/article_{number}.md"
        raw = _rebuild.git_show(repos[_rebuild.HKCNEWS_REPO], path)
        rows.append({"id": f"hkcnews-{number}", "lang": "zh", "outlet": "hkcnews",
                     "source": f"{_rebuild.HKCNEWS_REPO} {path}", "published": _front(raw, "date"),
                     "title": None, "text": _rebuild.hkcnews_text(raw)})
    for number in gnews:
        path = f"content/gnews/{number}.md"
        raw = _rebuild.git_show(repos[_rebuild.GNEWS_REPO], path)
        date = re.search(r"`(\d{1,2})/(\d{1,2})/(20\d\d) ", raw)  # the dateline, M/D/YYYY
        published = f"{date[3]}-{int(date[1]):02d}-{int(date[2]):02d}" if date else None
        rows.append({"id": f"gnews-{number}", "lang": "zh", "outlet": "gnews",
                     "source": f"{_rebuild.GNEWS_REPO} {path}", "published": published,
                     "title": None, "text": _rebuild.gnews_text(raw)})
    for slug, outlet in wio:
        path = f"_posts/{slug}.md"
        raw = _rebuild.git_show(repos[_rebuild.WIO_REPO], path)
        rows.append({"id": f"wio-{slug}", "lang": "en", "outlet": outlet,
                     "source": f"{_rebuild.WIO_REPO} {path}", "published": slug[:10], "title": None,
                     "text": _rebuild.whenitson_text(raw)})
    for split, index in bbc_rows:
        path = f"datasets/bbcnews/data/{split}.csv"
        rows_csv = list(csv.DictReader(io.StringIO(_rebuild.git_show(repos[_rebuild.BBC_REPO], path))))
        rows.append({"id": f"bbc-{split}-{index}", "lang": "en", "outlet": "bbc",
                     "source": f"{_rebuild.BBC_REPO} {path} row {index + 1}", "published": None, "title": None,
                     "text": unicodedata.normalize("NFC", rows_csv[index]["text"].strip())})
    return rows


def main(argv: list[str] | None = None, build=pool, doc: str = __doc__) -> int:
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--repo", action="append", default=[], help="owner/name=GIT_DIR")
    args = parser.parse_args(argv)
    repos = {name: Path(path) for name, _, path in (item.partition("=") for item in args.repo)}
    for row in build(repos):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
