"""Event precision judged by hand: bench/data/audit-20b48e3.jsonl (issue 10).

Every event bilat (commit 20b48e3) output on 40 unseen news articles (8 each in ar, fa, vi, zh, th), judged by
reading its sentence under bench/data/events/GUIDE.md (see bench/data/README.md, "audit-20b48e3"). Prints per
language and overall:
  events      - events judged
  precision   - share with all four judgments right (type, countries, direction, realised/planned)
  type        - share with the right type (and the right flow for STATEMENT_OF_FIGURES)
  countries   - share whose {actor, recipient} is the right pair of states
  direction   - share with the right actor > recipient (false whenever the pair is wrong)
  realised    - share that is a realised or planned act (not a wish, a warning to one's own people, nothing)
and the error classes with their counts.

    python bench/audit_precision.py [FILE] [--no-figures]

--no-figures leaves STATEMENT_OF_FIGURES events out (bilat's extension; the event benches leave them out too).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "audit-20b48e3.jsonl"
CHECKS = ("type_ok", "countries_ok", "direction_ok", "realised_ok")
LANGS = ("ar", "fa", "vi", "zh", "th")


def load(path: Path = DATA) -> list[dict]:
    return [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]


def summarise(rows: list[dict]) -> dict[str, dict]:
    """{lang or 'all': {events, precision, type, countries, direction, realised, errors: Counter}}."""
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(row["lang"], []).append(row)
    groups["all"] = list(rows)
    out = {}
    for name, group in groups.items():
        n = len(group)

        def share(pred, group=group, n=n):
            return sum(1 for r in group if pred(r)) / n if n else 0.0

        out[name] = {
            "events": n,
            "precision": share(lambda r: all(r["judged"][k] for k in CHECKS)),
            "type": share(lambda r: r["judged"]["type_ok"]),
            "countries": share(lambda r: r["judged"]["countries_ok"]),
            "direction": share(lambda r: r["judged"]["direction_ok"]),
            "realised": share(lambda r: r["judged"]["realised_ok"]),
            "errors": Counter(_error_class(r) for r in group if r["error_class"]),
        }
    return out


def _error_class(row: dict) -> str:
    """The class without its detail: wrong-type:SANCTION -> wrong-type."""
    return row["error_class"].split(":", 1)[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=str(DATA))
    ap.add_argument("--no-figures", action="store_true", help="leave STATEMENT_OF_FIGURES events out")
    args = ap.parse_args(argv)
    rows = load(Path(args.file))
    if args.no_figures:
        rows = [r for r in rows if r["type"] != "STATEMENT_OF_FIGURES"]
    summary = summarise(rows)
    print(f"{'lang':5} {'events':>6} {'prec':>6} {'type':>6} {'ctry':>6} {'dir':>6} {'real':>6}  errors")
    names = [lang for lang in LANGS if lang in summary] + sorted(set(summary) - set(LANGS) - {"all"}) + ["all"]
    for name in names:
        s = summary[name]
        errors = ", ".join(f"{k} {v}" for k, v in s["errors"].most_common())
        print(f"{name:5} {s['events']:>6} {s['precision']:>6.2f} {s['type']:>6.2f} {s['countries']:>6.2f} "
              f"{s['direction']:>6.2f} {s['realised']:>6.2f}  {errors}")
    detail = Counter(r["error_class"] for r in rows if r["error_class"])
    print("error classes in detail: " + ", ".join(f"{k} {v}" for k, v in detail.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
