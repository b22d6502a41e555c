"""Type confusions among the dev misses of bench/events_real.py (dev only).

    nice .venv/bin/python bench/events_real.py --half dev --misses > /tmp/dev_misses.txt
    .venv/bin/python bench/event_confusions.py /tmp/dev_misses.txt [--show GOLD>CODED] [--lang fa]

Reads the MISS lines that ``--misses`` prints and sorts each missed gold event by what bilat coded in
its sentence: nothing (``none`` when both gold countries are mentioned in it, else ``none-1``), the same pair with another type (``GOLD -> CODED``, the confusion table,
per language), or only other pairs (``pair``). ``--show ACCUSE>THREATEN`` prints the sentences of one
confusion (``ACCUSE>none`` those of the gold type with nothing coded). The language of each article comes
from bench/event_corpus. Never run it on anything but dev misses.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import event_corpus

CODED = re.compile(r"([A-Z_]+)/[^:]*:([A-Z]{3}|None)>([A-Z]{3}|None):")


def misses(path: str) -> list[tuple[str, str, str, str, list[tuple[str, str, str]], str, set[str]]]:
    """(kind, article id, gold type, gold pair, coded events, sentence, countries of the sentence's
    mentions) per MISS/FALSE line."""
    out = []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for k, line in enumerate(lines):
        if not line.startswith(("MISS |", "FALSE |")):
            continue
        parts = [p.strip() for p in line.split(" | ")]
        kind, art, what, coded = parts[0], parts[1], parts[2], parts[3]
        typ, pair = what.split()[0].split("/")[0], what.split()[1]
        sent = lines[k + 1].strip() if k + 1 < len(lines) else ""
        named = set(re.findall(r":([A-Z]{3}):", parts[4])) if len(parts) > 4 else set()
        out.append((kind, art, typ, pair, CODED.findall(coded), sent, named))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--lang")
    ap.add_argument("--show", help="GOLD>CODED: print the sentences of one confusion")
    args = ap.parse_args()
    lang_of = {a["id"]: a["lang"] for a in event_corpus.load("dev")}
    table: dict[str, Counter] = defaultdict(Counter)
    shown = []
    for kind, art, typ, pair, coded, sent, named in misses(args.path):
        if kind != "MISS":
            continue
        lang = lang_of.get(art, "?")
        if args.lang and lang != args.lang:
            continue
        a, r = pair.split(">")
        same = [c for c in coded if {c[1], c[2]} == {a, r}]
        got = ("none" if {a, r} <= named else "none-1") if not coded else (",".join(sorted({c[0] for c in same})) if same else "pair")
        key = f"{typ}>{got}"
        table[key][lang] += 1
        if args.show == key:
            shown.append(f"{lang} {art} {pair} coded {coded}\n    {sent}")
    langs = sorted({x for c in table.values() for x in c})
    print("gold>coded".ljust(28) + " ".join(f"{x:>3}" for x in langs) + "  all")
    for key, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(key.ljust(28) + " ".join(f"{c[x]:3}" for x in langs) + f"  {sum(c.values()):3}")
    print("\n".join(shown))


if __name__ == "__main__":
    main()
