"""The draw behind bench/data/events/batch55.jsonl (Radio Farda, Persian, dev), written down.

    python scripts/draw_radiofarda_batch.py GIT_DIR_OF_sci2lab/Farsi-datasets > POOL.jsonl

`farsi_news/radiofarda.json` of sci2lab/Farsi-datasets holds Radio Farda's RSS items of April 2020 (the feed's
`summary` is the whole item). Each record is cleaned with `radiofarda_text` of scripts/rebuild_event_texts.py and
named `rfarda-N` after its link's `/N.html`, as batches 28 and 51 were; the feed repeats items, so only the first
record of a link is kept (the one the rebuild script reads), and an item whose id split.json already holds (any
batch, either half; batch 55's own ids, added to split.json after the draw, excepted) or whose text an earlier kept
item has is left out. An item is kept when its text names at
least two different countries of COUNTRIES (a whole-word match that allows the Persian adjective and plural
endings, so "ایرانی" counts for "ایران" but "مصرف" does not count for "مصر"). The kept items, in file order,
are shuffled with random.Random(55); batch 55 labels the pool from its start, in this order, without skipping
any (items sharing more than 15% of their 12-character shingles with a labelled text on this machine or with an
item kept before them are dropped before labelling and listed in labels/batch55.lab). Nothing here reads bilat's
output.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from pathlib import Path

_here = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("rebuild_event_texts", _here / "rebuild_event_texts.py")
_rebuild = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rebuild)

SPLIT_FILE = _here.parent / "bench" / "data" / "events" / "split.json"
BATCH55 = _here.parent / "bench" / "data" / "events" / "batch55.jsonl"
SEED = 55
# country -> the Persian names the rule looks for (the key is only a tag; two names of one country count once)
COUNTRIES = {
    "IRN": ("ایران",), "USA": ("آمریکا", "امریکا", "ایالات متحده"), "RUS": ("روسیه",), "CHN": ("چین",),
    "SAU": ("عربستان",), "IRQ": ("عراق",), "SYR": ("سوریه",), "ISR": ("اسرائیل",), "TUR": ("ترکیه",),
    "AFG": ("افغانستان",), "PAK": ("پاکستان",), "IND": ("هند", "هندوستان"), "GBR": ("بریتانیا", "انگلیس"),
    "FRA": ("فرانسه",), "DEU": ("آلمان",), "QAT": ("قطر",), "ARE": ("امارات",), "KWT": ("کویت",),
    "BHR": ("بحرین",), "YEM": ("یمن",), "LBN": ("لبنان",), "EGY": ("مصر",), "JOR": ("اردن",), "JPN": ("ژاپن",),
    "PRK": ("کره شمالی",), "KOR": ("کره جنوبی",), "UKR": ("اوکراین",), "ITA": ("ایتالیا",), "ESP": ("اسپانیا",),
    "VEN": ("ونزوئلا",), "CAN": ("کانادا",), "AUS": ("استرالیا",), "AZE": ("آذربایجان",), "ARM": ("ارمنستان",),
    "TJK": ("تاجیکستان",), "OMN": ("عمان",), "LBY": ("لیبی",), "PSE": ("فلسطین",), "SWE": ("سوئد",),
    "KAZ": ("قزاقستان",), "TKM": ("ترکمنستان",), "BRA": ("برزیل",),
}
_ENDINGS = "(?:ی|یی|یان|ها|\u200cها|ی\u200cها|ای|\u200cای)?"
_PATTERNS = {code: re.compile("|".join(f"(?<![\u0600-\u06ff]){re.escape(name)}{_ENDINGS}(?![\u0600-\u06ff])"
                                       for name in names))
             for code, names in COUNTRIES.items()}


def countries_named(text: str) -> list[str]:
    return [code for code, pattern in _PATTERNS.items() if pattern.search(text)]


def _labelled_before() -> set[str]:
    """The article ids split.json held before batch 55 was added."""
    ids = set(json.loads(SPLIT_FILE.read_text(encoding="utf-8"))["articles"])
    if BATCH55.exists():
        ids -= {json.loads(line)["id"] for line in BATCH55.read_text(encoding="utf-8").splitlines() if line.strip()}
    return ids


def draw(git_dir: Path) -> list[dict]:
    used = _labelled_before()
    records = json.loads(_rebuild.git_show(git_dir, _rebuild.RFARDA_PATH))
    kept: list[dict] = []
    links: set[str] = set()
    texts: set[str] = set()
    for record in records:
        link = record["link"]
        if link in links:
            continue
        links.add(link)
        number = link.rsplit("/", 1)[1].removesuffix(".html")
        text = _rebuild.radiofarda_text(record["summary"])
        article_id = f"rfarda-{number}"
        if article_id in used or not text or text in texts:
            continue
        texts.add(text)
        if len(countries_named(text)) < 2:
            continue
        kept.append({"id": article_id, "lang": "fa", "outlet": "radiofarda",
                     "source": f"{_rebuild.RFARDA_REPO} {_rebuild.RFARDA_PATH} {link}", "published": None,
                     "title": record["title"], "text": text})
    random.Random(SEED).shuffle(kept)
    return kept


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    for row in draw(Path(args[0])):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
