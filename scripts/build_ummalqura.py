"""Build ``src/bilat/data/ummalqura.json``: the Umm al-Qura calendar's month starts (1343-1500 AH).

Usage: ``python scripts/build_ummalqura.py REPO [--commit SHA]`` where REPO is a checkout (or bare clone) of
github.com/mhalshehri/hijri-converter (MIT licence); the table is read from ``src/hijridate/ummalqura.py``.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "bilat" / "data" / "ummalqura.json"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("repo")
    ap.add_argument("--commit", default="HEAD")
    a = ap.parse_args()
    src = subprocess.run(["git", "-C", a.repo, "show", f"{a.commit}:src/hijridate/ummalqura.py"],
                         check=True, capture_output=True, text=True).stdout
    sha = subprocess.run(["git", "-C", a.repo, "rev-parse", a.commit], check=True, capture_output=True, text=True).stdout.strip()
    consts = {}
    for node in ast.parse(src).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            allowed = (ast.Constant, ast.Tuple, ast.BinOp, ast.Mult, ast.Add, ast.Load, ast.UnaryOp, ast.USub)
            if all(isinstance(n, allowed) for n in ast.walk(node.value)):  # number literals and "1342 * 12" only
                consts[node.target.id] = eval(compile(ast.Expression(node.value), "ummalqura", "eval"), {"__builtins__": {}})
    out = {
        "_about": "Umm al-Qura calendar: the reduced Julian day (JDN - 2400000) each Hijri month starts on, from "
                  "1 Muharram 1343 AH on, and the Hijri months before the table (hijri_offset). From "
                  f"github.com/mhalshehri/hijri-converter commit {sha}, src/hijridate/ummalqura.py (MIT licence, "
                  "(c) Mohammed Alshehri). Rebuilt by scripts/build_ummalqura.py.",
        "hijri_offset": consts["HIJRI_OFFSET"],
        "month_starts": list(consts["MONTH_STARTS"]),
    }
    OUT.write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")
    print(OUT, len(out["month_starts"]))


if __name__ == "__main__":
    main()
