"""Build src/bilat/data/cjk_common.json: the most frequent Chinese characters, in simplified and in
traditional script, for telling legacy CJK encodings apart (encodings.decode: a GB18030 or Big5 file that
charset-normalizer leaves undetected).

    python scripts/build_cjk_common.py [--top 1500]

Frequencies: jieba's dictionary (jieba/dict.txt, shipped in the PyPI package jieba 0.42.1, MIT licence):
each word's count is added to each of its characters. The traditional forms are those of
src/bilat/data/zh_t2s.json (CC-CEDICT, CC BY-SA 4.0) whose simplified form is in the list. Rebuilt
deterministically from those two files.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import jieba

DATA = Path(__file__).resolve().parents[1] / "src" / "bilat" / "data"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--top", type=int, default=1500)
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as fh:
        for line in fh:
            word, freq = line.split()[:2]
            for ch in word:
                if "\u4e00" <= ch <= "\u9fff":
                    counts[ch] += int(freq)
    top = [ch for ch, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: args.top]]
    wanted = set(top)
    t2s = json.loads((DATA / "zh_t2s.json").read_text(encoding="utf-8"))["map"]
    trad = sorted(t for t, s in t2s.items() if s in wanted)
    out = {"_about": f"The {args.top} most frequent Chinese characters (simplified, by frequency) and the "
                     "traditional characters written for them; built by scripts/build_cjk_common.py.",
           "source": "jieba 0.42.1 jieba/dict.txt (MIT); traditional forms from zh_t2s.json (CC-CEDICT, CC BY-SA 4.0)",
           "licence": "CC BY-SA 4.0 (the traditional forms); MIT (the frequency list)",
           "simplified": "".join(top), "traditional": "".join(trad)}
    (DATA / "cjk_common.json").write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(top)} simplified, {len(trad)} traditional")


if __name__ == "__main__":
    main()
