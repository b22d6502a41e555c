"""Build src/bilat/data/zh_measure_words.json: Chinese measure words (量词) that jieba's dictionary tags `q` and
CC-CEDICT's classifier list (data/zh_classifiers.json) lacks (issue 11).

    python scripts/build_zh_measure_words.py

Source: jieba's dict.txt (the `q` part of speech: quantifier / measure word), shipped in the jieba package (MIT licence,
https://github.com/fxsjy/jieba); the version read is recorded in the output. Left out, by reason (LEFT_OUT): spans of time,
currencies (units.json and currencies.json read those), levels, generations and sequence words (级 is also a quake's
magnitude), and entries that are no measure word (names, idioms and words jieba's tagger took for one: 马里 Mali,
美方 the US side, 尺幅千里). A number before a measure word kept here is a count with no unit of its own, unless
units.json gives the form a unit (米 m, 公斤 kg).
"""

from __future__ import annotations

import json
from pathlib import Path

import jieba

OUT = Path(__file__).resolve().parents[1] / "src" / "bilat" / "data" / "zh_measure_words.json"
CEDICT = Path(__file__).resolve().parents[1] / "src" / "bilat" / "data" / "zh_classifiers.json"

LEFT_OUT: dict[str, tuple[str, ...]] = {
    "time": ("天", "分钟", "点钟", "刻钟", "分秒", "毫秒", "微秒", "毫微秒", "点秒", "公元"),
    "money": ("美元", "英镑", "澳元", "加元", "铢", "盾", "马元", "锾", "缗", "英钱", "镒", "钧"),
    "level_or_sequence": ("级", "代", "辑", "章", "茬", "帙", "阕", "系列"),
    "no_measure_word": ("些", "种种", "美方", "马里", "平儿", "圈里", "系里", "阵列", "马列", "分列", "句句", "朵朵", "簇簇",
                        "阵阵", "天元", "会元", "立元", "个里", "丛里", "组里", "赫里", "普米", "加米", "海米", "平伏", "平拉",
                        "平列", "卡列", "立克", "立顿", "乇", "朵儿", "居里", "卡瓦列", "坎培", "褔特", "雅绅特", "立方",
                        "平方", "盎", "千里", "腔", "帐", "圈", "勺", "犋", "泓", "掏耳朵"),
}


def main() -> None:
    path = Path(jieba.__file__).parent / "dict.txt"
    cedict = json.loads(CEDICT.read_text(encoding="utf-8"))
    known = set(cedict["classifiers"]) | set(cedict.get("traditional", {}))
    out = {w for ws in LEFT_OUT.values() for w in ws}
    tagged: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and parts[2] == "q":
                tagged[parts[0]] = int(parts[1])
    # idioms of four characters and more are no measure words ("尺幅千里", "毫厘千里")
    kept = {w: f for w, f in sorted(tagged.items()) if w not in known and w not in out and len(w) <= 3}
    data = {
        "_about": "Chinese measure words jieba's dictionary tags q that CC-CEDICT's list (zh_classifiers.json) lacks, with "
                  "jieba's frequency; the words left out by reason are in scripts/build_zh_measure_words.py (LEFT_OUT). "
                  "Built by scripts/build_zh_measure_words.py; do not edit by hand.",
        "source": f"jieba {getattr(jieba, '__version__', '?')} dict.txt (part of speech q), https://github.com/fxsjy/jieba",
        "licence": "MIT (jieba)",
        "source_entries": len(tagged),
        "measure_words": kept,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(OUT, "tagged q", len(tagged), "in CC-CEDICT already", sum(w in known for w in tagged),
          "left out", sum(w in out for w in tagged), "kept", len(kept))


if __name__ == "__main__":
    main()
