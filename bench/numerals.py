"""Numbers written in words read right, per language (issue 11).

    python bench/numerals.py --split dev -v   # the dev half, with every miss
    python bench/numerals.py --split test     # the held-out half: scores only, its misses are never printed
    python bench/numerals.py --split dev --detect-lang   # the language left to bilat, as for short input with none given

Data: bench/data/numerals_words.tsv (numbers in words with their values, from the unit tests of num2words and
cn2an; see bench/data/README.md). Each row is read twice with the pipeline's own reader, ``find_quantities``:
the words alone, and the words inside one fixed carrier sentence of the language. A reading is right when at
least one figure overlaps the words and every figure that overlaps them has exactly the row's value. The score
counts the plain kinds (cardinal, decimal, negative); the other kinds (ordinals, currency, years, ...) are
reported apart, per kind.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/ itself, when a test imports this file
import detected as det  # bench/detected.py

from bilat.stages.quantities import find_quantities

DATA = Path(__file__).parent / "data" / "numerals_words.tsv"
LANGS = ("ar", "fa", "th", "vi", "zh", "en", "ru")
PLAIN = ("cardinal", "decimal", "negative")
# one carrier a language, written for this bench: the number counts soldiers (ar and ru put it after the noun,
# so that no case or number agreement depends on the value)
CARRIER = {
    "en": "{} soldiers were deployed.",
    "ru": "Число солдат составило {}.",
    "ar": "بلغ عدد الجنود {}.",
    "fa": "{} سرباز اعزام شدند.",
    "th": "มีทหาร {} นาย",
    "vi": "Có {} binh sĩ được triển khai.",
    "zh": "共有{}名士兵。",
}


def read(split: str) -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r for r in rows if r["split"] == split]


def same(found: float, expected: Decimal) -> bool:
    e = float(expected)
    return abs(found - e) <= 1e-9 * max(1.0, abs(e))


def reading(text: str, start: int, end: int, lang: str, value: Decimal) -> tuple[bool, list[float]]:
    """(right, the values found over the words)."""
    try:
        found = [q.value for q in find_quantities(text, lang) if q.start < end and q.end > start]
    except Exception as exc:  # noqa: BLE001 - a crash is a miss
        return False, [f"{type(exc).__name__}"]  # type: ignore[list-item]
    return bool(found) and all(same(v, value) for v in found), found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the dev misses (never the test ones)")
    ap.add_argument("--detect-lang", action="store_true",
                    help="read each text in the language bilat detects on it, not the row's (short input, no language"
                         " given); also counts the rows read differently than with the language given")
    args = ap.parse_args()
    changed = [0, 0, 0]  # readings (alone + carrier) that differ with the language detected: all, now wrong, now right
    show = args.verbose and args.split == "dev"
    score: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # (lang, kind) -> alone, carrier, n
    for r in read(args.split):
        lang, words, value = r["lang"], r["words"], Decimal(r["value"])
        ok_alone, got_alone = reading(words, 0, len(words), lang, value)
        before = CARRIER[lang].index("{}")
        carried = CARRIER[lang].format(words)
        ok_carrier, got_carrier = reading(carried, before, before + len(words), lang, value)
        if args.detect_lang:
            d_alone = reading(words, 0, len(words), det.detected(words, lang), value)
            d_carrier = reading(carried, before, before + len(words), det.detected(carried), value)
            for (ok, got), (ok_d, got_d) in (((ok_alone, got_alone), d_alone), ((ok_carrier, got_carrier), d_carrier)):
                if got_d != got:
                    changed[0] += 1
                    changed[1] += ok and not ok_d
                    changed[2] += ok_d and not ok
            (ok_alone, got_alone), (ok_carrier, got_carrier) = d_alone, d_carrier
        s = score[(lang, "plain" if r["kind"] in PLAIN else r["kind"])]
        s[0] += ok_alone
        s[1] += ok_carrier
        s[2] += 1
        if show and not (ok_alone and ok_carrier):
            print(f"MISS {lang} {r['kind']:<10} {words} = {value}  alone {got_alone}  carrier {got_carrier}")
    if args.detect_lang:
        print(f"language detected, not given: {changed[0]} readings differ from the language-given run"
              f" ({changed[1]} of them now wrong, {changed[2]} now right)")
        det.print_confusion("the words alone")
    print(f"split {args.split}: plain numerals (cardinal, decimal, negative) read right")
    print(f"{'lang':<5}{'alone':>14}{'carrier':>14}")
    tot = [0, 0, 0]
    for lang in LANGS:
        a, c, n = score.get((lang, "plain"), [0, 0, 0])
        tot = [tot[0] + a, tot[1] + c, tot[2] + n]
        if n:
            print(f"{lang:<5}{a:>6}/{n:<3}{a / n:>5.2f}{c:>6}/{n:<3}{c / n:>5.2f}")
    if tot[2]:
        print(f"{'all':<5}{tot[0]:>6}/{tot[2]:<3}{tot[0] / tot[2]:>5.2f}{tot[1]:>6}/{tot[2]:<3}{tot[1] / tot[2]:>5.2f}")
    print("other kinds, reported apart (alone, carrier / rows):")
    for (lang, kind), (a, c, n) in sorted(score.items()):
        if kind != "plain":
            print(f"  {lang} {kind:<13}{a:>4}{c:>4} /{n:>3}")


if __name__ == "__main__":
    main()
