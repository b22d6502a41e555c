"""Dates and figures read right on real news, per language (issue 11).

    python bench/dates.py                 # test9 (the held-out half not yet measured): dates-right and numbers-right
    python bench/dates.py --split test2,test3,test4,test5,test6,test7,test8   # the earlier held-out halves
    python bench/dates.py --split dev -v  # the dev split, with every miss

Splits: `dev` (tune on this only); `test` (the first held-out half, its figures taken and looked at: no longer
held out), `test2` (a second held-out half, measured once before the third round of issue 11), `test3` (a fresh
held-out half of outlets in no other split, labelled before bilat was run on it; measured once, at the end of
round four), `test4` (round six's fresh half, the same way; measured once, at the end of round six), `test5` (round
seven's, the same way), `test6` (round eight's: fa, ru, en; its outlets are in no other split of either file),
`test7` (round nine's: ar, fa, th, vi, zh, en, ru; the same way), `test8` (round ten's: figures in ar, fa, th, vi, zh, dates
in ar and th; outlets and corpus articles in no other split), `test9` (round ten's second half, labelled before bilat
was run on it: figures and dates in ar, fa, th, vi, zh, weighted to ar and fa; web pages of outlets in no other split),
`test10` (a fresh held-out half labelled before bilat was run on it: figures and dates in fa, th, vi, ar, zh; web pages
of outlets in no other split; `--split test10`, not run by default until its turn to be measured), `test11` (a fresh
held-out half labelled before bilat was run on it: figures and dates in ar, fa, th, vi, zh, en, ru; web pages of n-z
outlets in no other split; `--split test11`, to be measured once, later, by someone else), `test12` (a fresh
held-out half labelled by reading before bilat was run on it: figures and dates in th, vi, ar, fa, zh, en, ru; web
pages of outlets in no other split, at most 8 rows an outlet; `--split test12`, to be measured once, later), `test13`
(the same way, a later fresh half: figures and dates in th, vi, ar, fa, zh, en, ru from 100 other outlets; `--split test13`,
to be measured once, later, by the lead), `test14` (the same way, a later fresh half from 105 more outlets;
`--split test14`, to be measured once, later, by the lead), `test16` (the same way, from 103 more a-m outlets;
`--split test16`, to be measured once, later, by the lead), `test17` (the same way, from n-z outlets, weighted to
relative and calendar-specific dates; `--split test17`, to be measured once, later, by the lead), `test18` (the same way,
from a-m outlets, weighted the same; `--split test18`, to be measured once, later, by the lead), `test19` (the same way,
from outlets of any letter that no other split holds, weighted the same; `--split test19`, to be measured once, later,
by the lead), `test20` (the same way, figure rows only, from a-m and digit outlets; `--split test20`, to be measured
once, later, by the lead), `test21` (the same way, dates and figures from a-k and digit outlets no other split holds, weighted
to relative and calendar-specific dates; `--split test21`, to be measured once, later, by the lead), `test22` (the same way,
dates and figures from 112 more outlets no other split holds, weighted to relative and calendar-specific dates and to figures
in words, multipliers and local separators; `--split test22`, to be measured once, later, by the lead), `test23` (the same
way, dates and figures from 140 more outlets no other split holds, at most 5 rows an outlet, taken as they come with a modest
tilt to numbers in words, multipliers, local separators and relative dates; `--split test23`, to be measured once, later, by
the lead), `test24` (the same way, dates and figures from 118 more outlets no other split holds, at most 5 rows an outlet;
`--split test24`, to be measured once, later, by the lead).
No web outlet has rows in `dev` and in a held-out half (`outlet`, checked by tests/test_bench_split.py).

Data: bench/data/dates_real.tsv and numbers_real.tsv (see bench/data/README.md). One row is one target
expression in a real sentence. A date row is right when every date found overlapping the target has
the expected value (and end of range), or none is found for a `-` row. A figure row is right when
every figure found overlapping the target has the expected value (and unit, unless `*`), or none for
`-`. Figures are read with the row's outlet (the host of its web source) as the pipeline reads a document's
(a bare currency name several states share takes the state of the outlet's country-code domain). The values-right column judges the value alone (a numerals corpus asks that; the unit is bilat's own reading). An exception is a crash: counted, and the row is wrong.
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from bilat.stages.dates import find_dates
from bilat.stages.quantities import find_quantities

DATA = Path(__file__).parent / "data"
LANGS = ("ar", "fa", "th", "vi", "zh", "en", "ru")


def read(name: str, split: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r for r in rows if split == "all" or r["split"] == split]


HOSTED = (".blogspot.com", ".squarespace.com", ".pages.dev", ".substack.com", ".cloudfront.net")


def outlet(source: str) -> str | None:
    """The outlet a web source belongs to: its registered domain (`news.sina.com.cn` -> `sina.com.cn`,
    `zh.hk01.com` -> `hk01.com`), or the whole host on a hosting service (each blog is its own outlet).
    None for a corpus source (`devdata:...`, `github:...`), split by article instead."""
    m = re.match(r"https?://([^/]+)", source.strip())
    if not m:
        return None
    host = m.group(1).split(":")[0].lower()
    if host.endswith(HOSTED):
        return host
    parts = host.split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "or", "com", "go", "net", "org", "gov", "ac", "in"):
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def _span(row: dict[str, str]) -> tuple[int, int]:
    start = row["text"].index(row["target"])
    return start, start + len(row["target"])


def date_right(row: dict[str, str]) -> tuple[bool, list[tuple[str, str, str | None]]]:
    pub = None if row["published"] in ("", "-") else row["published"]
    a, b = _span(row)
    found = [d for d in find_dates(row["text"], row["lang"], pub) if d.start < b and a < d.end]
    got = [(d.text, d.value, d.end_value) for d in found]
    if row["expected"] == "-":
        return not found, got
    value, _, end = row["expected"].partition("/")
    return bool(found) and all(d.value == value and d.end_value == (end or None) for d in found), got


def number_right(row: dict[str, str], units: bool = True) -> tuple[bool, list[tuple[str, float, str | None]]]:
    """Whether the figures found on the target read its value (and its unit, when ``units``)."""
    text, lang = row["text"], row["lang"]
    a, b = _span(row)
    host = re.match(r"https?://([^/:]+)", row["source"].strip())  # the outlet, as the pipeline's Document.outlet
    found = [q for q in find_quantities(text, lang, find_dates(text, lang, None), host[1] if host else None)
             if q.start < b and a < q.end]
    got = [(q.text, q.value, q.unit) for q in found]
    if row["expected"] == "-":
        return not found, got
    value, _, unit = row["expected"].partition("|")
    ok = bool(found) and all(math.isclose(q.value, float(value), rel_tol=1e-9)
                             and (not units or unit in ("*", "") or q.unit == unit) for q in found)
    return ok, got


def value_right(row: dict[str, str]) -> tuple[bool, list[tuple[str, float, str | None]]]:
    """The number read right whatever unit it was given: what a numerals corpus asks."""
    return number_right(row, units=False)


def score(rows: list[dict[str, str]], judge: Callable[[dict[str, str]], tuple[bool, list]], verbose: bool) -> tuple[dict[str, list[int]], int]:
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    crashes = 0
    for row in rows:
        try:
            ok, got = judge(row)
        except Exception as e:  # noqa: BLE001 - a crash is what this bench counts
            ok, got, crashes = False, [f"CRASH {type(e).__name__}: {e}"], crashes + 1
        tally[row["lang"]][0] += ok
        tally[row["lang"]][1] += 1
        if verbose and not ok:
            print(f"  MISS {row['lang']} {row['target']!r} want {row['expected']} got {got}")
    return tally, crashes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="test9",
                    help="comma-separated splits, each reported on its own: test, test2 ... test24, dev, all")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss of the dev split (test misses are never listed)")
    args = ap.parse_args()
    for split in args.split.split(","):
        report(split.strip(), args.verbose)


def report(split: str, verbose: bool) -> None:
    verbose = verbose and split == "dev"  # tune on dev only: a test miss is never shown
    dates, d_crash = score(read("dates_real.tsv", split), date_right, verbose)
    numbers, n_crash = score(read("numbers_real.tsv", split), number_right, verbose)
    values, _ = score(read("numbers_real.tsv", split), value_right, False)

    def cell(t: list[int]) -> str:
        return f"{t[0]}/{t[1]} {t[0] / t[1]:.2f}" if t[1] else "-"

    print(f"split={split}\nlang  dates-right        numbers-right      values-right (unit not judged)")
    for lang in LANGS:
        print(f"{lang:4}  {cell(dates.get(lang, [0, 0])):17}  {cell(numbers.get(lang, [0, 0])):17}  "
              f"{cell(values.get(lang, [0, 0]))}")
    total = [[sum(v[i] for v in t.values()) for i in (0, 1)] for t in (dates, numbers, values)]
    print(f"all   {cell(total[0]):17}  {cell(total[1]):17}  {cell(total[2])}")
    print(f"crashes: {d_crash + n_crash}")


if __name__ == "__main__":
    main()
