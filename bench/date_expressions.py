"""Standalone date expressions resolved right, per language (issue 11).

    nice .venv/bin/python bench/date_expressions.py --split dev -v   # tune on this; -v prints the dev misses
    nice .venv/bin/python bench/date_expressions.py --split test     # the held-out half, counts only
    nice .venv/bin/python bench/date_expressions.py --source dateparser   # one source's rows only
    nice .venv/bin/python bench/date_expressions.py --data bench/data/date_expressions2.tsv --split dev -v
    nice .venv/bin/python bench/date_expressions.py --split dev --detect-lang   # language left to bilat (short input)

Data: bench/data/date_expressions.tsv (scrapinghub/dateparser's tests and CLDR relative phrases; see
bench/data/README.md), or with --data another file of the same columns (date_expressions2.tsv: wanasit/chrono's
and JioNLP's tests). Each scored row (kind absolute or relative; `other` rows are not scored) is read twice
with its reference date as the publication date: the expression alone, and inside one fixed short carrier
sentence of its language (CARRIER, no verb of past or future, so that no tense steers the reading). A reading is
right when find_dates gives at least one date overlapping the expression and every such date has the expected
value and no far end. Misses are printed for dev only; a test half's misses are never printed.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/ itself, when a test imports this file
import detected as det  # bench/detected.py

from bilat.stages.dates import find_dates

DATA = Path(__file__).parent / "data" / "date_expressions.tsv"
LANGS = ("ar", "fa", "th", "vi", "zh", "en", "ru")
CARRIER = {
    "en": "The ministers' meeting {}.",
    "ru": "Встреча министров {}.",
    "ar": "اجتماع الوزراء {}.",
    "fa": "نشست وزیران {}.",
    "th": "การประชุมของรัฐมนตรี {}",
    "vi": "Cuộc họp của các bộ trưởng {}.",
    "zh": "{}部长们举行会议。",
}


def read(split: str, source: str = "", data: Path = DATA) -> list[dict[str, str]]:
    with Path(data).open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r for r in rows if r["split"] == split and r["kind"] != "other" and source in r["source"]]


def reading(text: str, start: int, end: int, lang: str | None, ref: str) -> list[tuple[str, str | None]]:
    return [(d.value, d.end_value) for d in find_dates(text, lang, ref) if d.start < end and d.end > start]


def safe_reading(text: str, start: int, end: int, lang: str | None, ref: str) -> list[tuple[str, str | None]]:
    try:
        return reading(text, start, end, lang, ref)
    except Exception as e:  # noqa: BLE001 - a crash is a miss
        return [(f"crash {e!r}", None)]


def right(got: list[tuple[str, str | None]], expected: str) -> bool:
    return bool(got) and all(v == expected and e is None for v, e in got)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA, help="the TSV to read (default date_expressions.tsv)")
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("-v", action="store_true", help="print the misses (dev only)")
    ap.add_argument("--source", default="", help="only rows whose source holds this (dateparser, Recognizers)")
    ap.add_argument("--detect-lang", action="store_true",
                    help="read each text in the language bilat detects on it, not the row's (short input, no language"
                         " given); also counts the rows read differently than with the language given")
    a = ap.parse_args()
    n: dict[str, int] = defaultdict(int)
    alone: dict[str, int] = defaultdict(int)
    carried: dict[str, int] = defaultdict(int)
    changed = [0, 0, 0]  # readings (alone + carrier) that differ with the language detected: all, now wrong, now right
    for r in read(a.split, a.source, a.data):
        lang, expr, exp, ref = r["lang"], r["expression"], r["expected"], r["reference"]
        n[lang] += 1
        text = CARRIER[lang].format(expr)
        at = text.index(expr)
        g1 = safe_reading(expr, 0, len(expr), lang, ref)
        g2 = safe_reading(text, at, at + len(expr), lang, ref)
        ok1, ok2 = right(g1, exp), right(g2, exp)
        if a.detect_lang:
            d1 = safe_reading(expr, 0, len(expr), det.detected(expr, lang), ref)
            d2 = safe_reading(text, at, at + len(expr), det.detected(text), ref)
            for given, found, ok in ((g1, d1, ok1), (g2, d2, ok2)):
                if found != given:
                    changed[0] += 1
                    changed[1] += ok and not right(found, exp)
                    changed[2] += not ok and right(found, exp)
            g1, g2, ok1, ok2 = d1, d2, right(d1, exp), right(d2, exp)
        alone[lang] += ok1
        carried[lang] += ok2
        if a.v and a.split == "dev" and not (ok1 and ok2):
            print(f"MISS {lang} ref={ref} {expr!r} expected={exp} alone={g1} carrier={g2} ({r['kind']})")
    if a.detect_lang:
        print(f"language detected, not given: {changed[0]} readings differ from the language-given run"
              f" ({changed[1]} of them now wrong, {changed[2]} now right)")
        det.print_confusion("the expressions alone")
    print(f"split {a.split}: lang  rows  alone  carrier")
    for lang in LANGS:
        if n[lang]:
            print(f"  {lang}  {n[lang]:4d}  {alone[lang]:3d} ({alone[lang] / n[lang]:.2f})"
                  f"  {carried[lang]:3d} ({carried[lang] / n[lang]:.2f})")
    tot, t1, t2 = sum(n.values()), sum(alone.values()), sum(carried.values())
    print(f"  all {tot:4d}  {t1:3d} ({t1 / tot:.2f})  {t2:3d} ({t2 / tot:.2f})")


if __name__ == "__main__":
    main()
