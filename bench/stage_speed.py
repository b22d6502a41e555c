"""CPU time of the dates and quantities stages per article (issue 11's cost check, moved out of the unit tests).

    nice .venv/bin/python bench/stage_speed.py [--repeat 20]

Three inputs:
- two long repetitive texts that once took quadratic time in the dates stage (14.7 s and 11.2 s before the fix of
  6 December; tests/test_hostile_dec6.py keeps their results);
- the stage gold files' sentences of one language joined into one ~3,000-character text (ar for dates, fa for
  quantities, as the old timed unit tests did; their bound was 20 ms a text);
- the real articles of ../shared/devdata (Saudi and Fars news), dates then quantities on each.
Prints the median CPU milliseconds over --repeat runs (process time, so other processes on a loaded machine
count less than with wall time), and the spread (min, max). Figures, not pass/fail: the guide checks speed
with benchmarks that print, not with timed unit tests.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
import time
from pathlib import Path

from bilat.stages.dates import find_dates
from bilat.stages.quantities import find_quantities

ROOT = Path(__file__).resolve().parents[1]
TESTDATA = ROOT / "tests" / "data"
DEVDATA = ROOT.parent / "shared" / "devdata"


def gold_text(name: str, lang: str) -> str:
    rows: list[dict[str, str]] = []
    for path in (TESTDATA / f"{name}_gold.tsv", TESTDATA / f"{name}_heldout.tsv"):
        with path.open(encoding="utf-8") as fh:
            rows += csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
    return " ".join(r["text"] for r in rows if r["lang"] == lang)


def timed(fn, repeat: int) -> list[float]:
    fn()  # warm: lexicons and compiled patterns load once
    out = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        out.append((time.process_time() - t0) * 1000)
    return out


def line(label: str, ms: list[float], unit: str = "ms") -> None:
    print(f"{label:<46} median {statistics.median(ms):8.2f} {unit}   (min {min(ms):.2f}, max {max(ms):.2f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()

    for text, lang in (("会议每周三举行，" * 4000, "zh"), ("Họp vào thứ Sáu lúc 9h. " * 2500, "vi")):
        runs = timed(lambda text=text, lang=lang: find_dates(text, lang, "2025-05-07"), max(3, args.repeat // 5))
        line(f"dates, long text: {lang} {len(text)} chars", runs)
    ar = gold_text("dates", "ar")
    line(f"dates, ar gold text ({len(ar)} chars)", timed(lambda: find_dates(ar, "ar", "2025-05-01"), args.repeat))
    fa = gold_text("quantities", "fa")
    line(f"quantities, fa gold text ({len(fa)} chars)", timed(lambda: find_quantities(fa, "fa"), args.repeat))

    for name, lang in (("ar-saudinewsnet-2015-07-23.jsonl", "ar"), ("fa-farsnews-300.jsonl", "fa")):
        path = DEVDATA / name
        if not path.exists():
            print(f"{name}: not found beside the checkout ({path}), skipped")
            continue
        rows = [json.loads(x) for x in path.open(encoding="utf-8")]
        n_sent = sum(len(re.findall(r"[^.!?؟\n]+", r["text"])) for r in rows)

        def both(rows=rows, lang=lang) -> None:
            for r in rows:
                find_quantities(r["text"], lang, find_dates(r["text"], lang, r.get("published")))

        runs = timed(both, max(3, args.repeat // 5))
        line(f"{name}: {len(rows)} articles, per article", [t / len(rows) for t in runs])
        line(f"{name}: per sentence-ish line", [t * 1000 / n_sent for t in runs], "µs")


if __name__ == "__main__":
    main()
