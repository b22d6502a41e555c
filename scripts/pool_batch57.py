"""The draw behind bench/data/events/batch57.jsonl (issue 10, events, held-out TEST), written down.

    python scripts/pool_batch57.py --git GIT_DIR_OF_kitsunehivern/TuoiTreSearchEngine > POOL.jsonl

Batch 57 takes Tuổi Trẻ (tuoitre.vn, Ho Chi Minh City; outlet `tuoitre`, ids `ttvi-N`, N the item's postId), an
outlet no earlier batch has, from kitsunehivern/TuoiTreSearchEngine `data/N.json` (items of tuoitre.vn's category
pages crawled by the repository's crawler.py in November 2024: title, description, `content` (the article body as
one run of text), date, `category`). The text of an item is `tuoitre_text` of scripts/rebuild_event_texts.py (the
`content` field, NFC, white space collapsed to one space, stripped).

The pool is fixed: CANDIDATES, the items of the repository whose `category` is "Thế giới" (196 items, 18-28 November
2024) whose title is about relations between states (chosen by title before any text was read; left out: the daily
"Tin tức thế giới" round-ups, analyses and explainers, one country's own affairs, crime, disasters, items about
non-state groups or international organisations only). The pool, in number order, is shuffled with
random.Random(57); walking that order, an item is kept when
- its text is at most MAX_CHARS characters long (short news items, not features), and
- its text names at least two countries at least twice each (`countries_named_twice`, over COUNTRIES, a list of
  Vietnamese country names; a longer name covers a shorter one inside it).
The first KEEP kept items make the batch; they were labelled in that order, none skipped. Nothing here reads bilat's
output.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("rebuild_event_texts", _HERE / "rebuild_event_texts.py")
_rebuild = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rebuild)

SEED = 57
KEEP = 26
MAX_CHARS = 2400
PREFIX, OUTLET, LANG = "ttvi", "tuoitre", "vi"
COMMIT = "0a940c00b53e6c8d0d47c0d2bac7d4a2fc07c09c"  # the repository's HEAD when the batch was drawn
COUNTRIES = {
    "Việt Nam": "VNM", "Mỹ": "USA", "Hoa Kỳ": "USA", "Nga": "RUS", "Ukraine": "UKR", "Trung Quốc": "CHN",
    "Pháp": "FRA", "Anh": "GBR", "Đức": "DEU", "Nhật Bản": "JPN", "Nhật": "JPN", "Hàn Quốc": "KOR",
    "Triều Tiên": "PRK", "Iran": "IRN", "Israel": "ISR", "Malaysia": "MYS", "Campuchia": "KHM", "Lào": "LAO",
    "Thái Lan": "THA", "Philippines": "PHL", "Bulgaria": "BGR", "Brazil": "BRA", "Cộng hòa Dominica": "DOM",
    "Dominica": "DOM", "Hungary": "HUN", "Đài Loan": "TWN", "Canada": "CAN", "Mexico": "MEX", "Ấn Độ": "IND",
    "Singapore": "SGP", "Libya": "LBY", "Yemen": "YEM", "Lebanon": "LBN", "Li-băng": "LBN", "Syria": "SYR",
    "Thổ Nhĩ Kỳ": "TUR", "Ba Lan": "POL", "Phần Lan": "FIN", "Thụy Điển": "SWE", "Đan Mạch": "DNK",
    "Litva": "LTU", "Estonia": "EST", "Latvia": "LVA", "Na Uy": "NOR", "Ý": "ITA", "Tây Ban Nha": "ESP",
    "Hà Lan": "NLD", "Bỉ": "BEL", "Áo": "AUT", "Thụy Sĩ": "CHE", "Úc": "AUS", "Australia": "AUS",
    "New Zealand": "NZL", "Indonesia": "IDN", "Myanmar": "MMR", "Pakistan": "PAK", "Ai Cập": "EGY",
    "Saudi Arabia": "SAU", "Ả Rập Saudi": "SAU", "Qatar": "QAT", "UAE": "ARE", "Iraq": "IRQ",
    "Afghanistan": "AFG", "Belarus": "BLR", "Gruzia": "GEO", "Kazakhstan": "KAZ", "Mông Cổ": "MNG",
    "Argentina": "ARG", "Chile": "CHL", "Peru": "PER", "Colombia": "COL", "Venezuela": "VEN", "Cuba": "CUB",
    "Nam Phi": "ZAF", "Vatican": "VAT", "Tòa Thánh": "VAT", "Palestine": "PSE", "Jordan": "JOR",
    "Romania": "ROU", "Moldova": "MDA", "Serbia": "SRB", "Hy Lạp": "GRC", "Séc": "CZE", "Slovakia": "SVK",
}
_NAMES = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, COUNTRIES), key=len, reverse=True)) + r")(?!\w)")
CANDIDATES = (
    20241120095853154, 20241120112354626, 20241120132948912, 20241120135414308, 20241120141955622,
    20241120150919451, 20241120165730898, 20241120192628942, 20241120193617183, 20241120200340254,
    20241120222010264, 20241121002312412, 20241121034259936, 20241121063545171, 20241121072811299,
    20241121073140031, 20241121092136495, 20241121124140092, 20241121150056628, 20241121151612546,
    20241121154606781, 20241121162741689, 20241121170135514, 20241121173127927, 20241121175603925,
    20241121181059765, 20241121194632016, 2024112117525996, 20241121210007158, 20241122050526471,
    202411220258024, 2024112206581397, 20241122072040108, 20241122094246323, 20241122110335384,
    20241122122154509, 20241122151527316, 20241122161312137, 20241122183129467, 20241122195143105,
    2024112222200039, 20241122230735337, 20241123071156723, 20241123072823018, 20241123110132883,
    20241123110614444, 20241123121415443, 20241123130227236, 20241123141429925, 20241123212936227,
    20241124115848141, 20241124134523678, 20241124142340439, 20241124150237497, 20241124191622973,
    20241124201608994, 20241125070645521, 20241125105505245, 2024112516551201, 20241125164854734,
    20241125174831044, 20241125184706888, 20241125190515164, 20241125192432188, 20241125200024352,
    20241125221722221, 20241126094203548, 20241126101341213, 20241126112743279, 20241126115404419,
    20241126120626467, 2024112613040451, 20241126154534209, 20241126161839507, 20241126183559206,
    20241126201602615, 20241127061641153, 20241127100055697, 20241127131746536, 20241127150935513,
    20241127165521113, 20241127210256762, 20241128005509292, 20241128100128733, 20241128105637132,
    20241128130702175, 20241128162039302, 20241128210446927,
)


def shuffled_pool() -> list[int]:
    pool = sorted(CANDIDATES)
    random.Random(SEED).shuffle(pool)
    return pool


def countries_named_twice(text: str) -> list[str]:
    """ISO3 codes of the countries that `text` names at least twice."""
    counts = Counter(COUNTRIES[name] for name in _NAMES.findall(text))
    return sorted(code for code, count in counts.items() if count >= 2)


def why_not(text: str) -> str | None:
    """None when an item is kept, else the reason it is left out."""
    if len(text) > MAX_CHARS:
        return f"text over {MAX_CHARS} characters ({len(text)})"
    if len(countries_named_twice(text)) < 2:
        return "names fewer than two countries twice"
    return None


def draw(git_dir: Path) -> list[dict]:
    records = []
    for number in shuffled_pool():
        path = f"data/{number}.json"
        raw = _rebuild.git_show(git_dir, path, COMMIT)
        text = _rebuild.tuoitre_text(raw)
        reason = why_not(text)
        if reason:
            print(f"{number}: left out ({reason})", file=sys.stderr)
            continue
        item = json.loads(raw)
        records.append({"id": f"{PREFIX}-{number}", "lang": LANG, "outlet": OUTLET,
                        "source": f"{_rebuild.TUOITRE_REPO}@{COMMIT} {path}", "published": item["date"][:10],
                        "title": item["title"], "text": text})
        if len(records) == KEEP:
            break
    return records


def pool(repos: dict[str, Path]) -> list[dict]:
    """The batch's rows from a clone of kitsunehivern/TuoiTreSearchEngine (the `pool(repos)` every pool script has)."""
    return draw(repos[_rebuild.TUOITRE_REPO])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--git", type=Path, required=True)
    args = parser.parse_args(argv)
    for row in draw(args.git):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
