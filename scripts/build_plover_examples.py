"""Rebuild bench/data/plover_examples.jsonl from openeventdata/PLOVER (fetched mirror).

Only the PLOVER manual (PLOVER_MANUAL.tex) and the CAMEO->PLOVER mapping (CAMEO2PLOVER-2021.txt) are read.
The gold standard records (PLOVER_GSR_*) are reserved and never opened; the CAMEO event manual's example
sentences are not used either: the PLOVER manual says its gold standard cases are "extracted from the
Kansas CAMEO manual", so those sentences are the reserved set.

Each row is an example sentence of the PLOVER manual that names two countries and that the manual's
authors code (a CAMEO code in a verbatim block, or a PLOVER type in the prose). The anchors below say
where each sentence is and what coding the manual gives; the script checks that every sentence is in the
file at the pinned commit, takes the PLOVER type through the mapping, and splits by CAMEO code group
(seeded), so that examples of one group stay on one side.

    python scripts/build_plover_examples.py [--repo /work/.mirror/openeventdata+PLOVER/repo]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
from pathlib import Path

COMMIT = "5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f"
SEED = 2026
TEST_SHARE = 0.4
OUT = Path(__file__).resolve().parents[1] / "bench" / "data" / "plover_examples.jsonl"

# (sentence as printed in the manual, CAMEO code the manual gives (or the 2-digit root of the PLOVER type
#  it names), actor ISO3, recipient ISO3, where the coding is given)
ANCHORS = [
    ("The United States and France accused Russia", "112", "USA", "RUS",
     "section 'actor and recipient': verbatim 'USA RUS 112 / FRA RUS 112'"),
    ("President Obama met with Japanese Prime Minister Abe at the White House", "042", "JPN", "USA",
     "section 'actor and recipient': verbatim 'JAP USA 042 / USA JAP 043' (JAP = JPN)"),
    ("Russia and the United States will sign an agreement limiting certain kinds of weapons", "03", "RUS", "USA",
     "AGREE guidance: 'should always return the single event category that fits' (AGREE)"),
    ("France has said that it will provide $ 5 million in military equipment to Ukraine", "03", "FRA", "UKR",
     "AGREE guidance (a commented-out item of the .tex): 'should be coded as AGREE'"),
]


def git_show(repo: str, path: str) -> str:
    return subprocess.run(["git", "-C", repo, "show", f"{COMMIT}:{path}"], check=True,
                          capture_output=True, text=True).stdout


def clean(tex: str) -> str:
    t = re.sub(r"\\emph\{([^}]*)\}", r"\1", tex)
    t = t.replace("\\$", "$").replace("\\ldots", "...").replace("\\dots", "...")
    return re.sub(r"\s+", " ", t)


def mapping(text: str) -> dict[str, tuple[str, str | None]]:
    out = {}
    for line in text.splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?", line)
        if m:
            out[m.group(1)] = (m.group(2), (m.group(3) or "").strip() or None)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default="/work/.mirror/openeventdata+PLOVER/repo")
    args = ap.parse_args()
    manual = clean(git_show(args.repo, "PLOVER_MANUAL.tex"))
    cmap = mapping(git_show(args.repo, "CAMEO2PLOVER-2021.txt"))
    groups = sorted({code[:2] for _, code, *_ in ANCHORS})
    rng = random.Random(SEED)
    rng.shuffle(groups)
    n_test = max(1, round(TEST_SHARE * len(groups)))
    test_groups = set(groups[:n_test])
    rows = []
    for text, code, actor, recipient, where in ANCHORS:
        if text not in manual:
            raise SystemExit(f"not in PLOVER_MANUAL.tex at {COMMIT}: {text!r}")
        ptype, mode = cmap.get(code) or cmap[code[:2]]
        rows.append({"text": text + ".", "source": {"file": "PLOVER_MANUAL.tex", "where": where},
                     "cameo": code, "event": ptype, "mode": mode if code in cmap and len(code) > 2 else None,
                     "actor": actor, "recipient": recipient,
                     "split": "test" if code[:2] in test_groups else "dev"})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {OUT} (test groups {sorted(test_groups)})")


if __name__ == "__main__":
    main()
