"""Build src/bilat/data/zh_place_common_words.json: Chinese keys of data/places.json.gz that are
ordinary words (十分 "very" is the place Shifen/Shifeng, 成功 "success" Chenggong, 地铁 "subway"
Metro in Indonesia, 色调 "hue" Huế).

Candidates: every Han key of the places file that jieba's dictionary (jieba 0.42.1, dict.txt, MIT)
lists with a part of speech other than a place name (ns*) and a frequency of at least MIN_FREQ.
jieba tags many real cities as other parts of speech (大连 d, 桂林 nr, 石家庄 nr, 开封 v), so the
candidates are not the list: CHECKED below holds the ones read one by one and judged to be words a
Chinese text uses as words far more often than as the place's name, with the gloss that decided it.
Real cities and counties that are also words (开封 "to unseal", 大同, 保定, 日照, 常熟) stay places,
and so do foreign names that are people too (林肯, 达尔文): those need context, not a block.

    .venv/bin/python scripts/build_zh_place_common_words.py            # write the data file
    .venv/bin/python scripts/build_zh_place_common_words.py --list     # print the candidates

places.blocked() drops every listed key (data/places_block.json holds the other blocked words).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "bilat" / "data" / "zh_place_common_words.json"
MIN_FREQ = 50

# read by hand from the candidate list (frequency >= 50); word: what it means as a word -> the place
CHECKED = {
    "十分": "very (adverb) -> Shifen/Shifeng",
    "中心": "centre -> Centro (Uruguay)",
    "成功": "success, to succeed -> Chenggong",
    "语言": "language -> Lingui",
    "南部": "the southern part -> Nanbu",
    "解放": "to liberate -> Jiefang",
    "解放区": "liberated area -> Jiefang",
    "首都": "capital city (common noun) -> Capitale-Nationale",
    "港口": "port, harbour -> Gangkou",
    "定义": "definition -> Defne",
    "奋斗": "to strive -> Fendou",
    "菩萨": "bodhisattva -> Pursat",
    "城区": "urban district (common noun) -> Chengqu",
    "光明": "bright, light -> Kwangmyong",
    "三面": "three sides -> Sanmen",
    "狮子": "lion -> Shishi",
    "地铁": "subway -> Metro (Indonesia)",
    "北岸": "north bank -> North Shore",
    "芙蓉": "hibiscus, lotus -> Seremban",
    "树干": "tree trunk -> Bole",
    "莲花": "lotus -> Lianhua",
    "黄花": "yellow flowers -> Huanghua",
    "口服": "oral (medicine) -> Oral (Kazakhstan)",
    "群山": "mountains -> Gunsan",
    "名山": "famous mountain -> Mingshan",
    "白云": "white clouds -> Baiyun",
    "白银": "silver -> Baiyin",
    "武功": "martial arts -> Wugong",
    "无名": "nameless -> Wuming",
    "千金": "daughter; a thousand pieces of gold -> Qianjin",
    "拳击": "boxing -> Boxing",
    "色调": "hue, tone -> Huế",
    "樱花": "cherry blossom -> Sakura",
    "七星": "seven stars -> Qixing",
    "杏仁": "almond -> Xingren",
    "大麻": "cannabis -> Ganja (Azerbaijan)",
    "咕噜": "gurgle (onomatopoeia) -> Gulu",
    "纤毛": "cilia -> Cili",
    "河豚": "pufferfish -> Fugu",
    "软木": "cork (material) -> Cork (Ireland)",
    "天台": "rooftop terrace -> Tiantai",
    "麦草": "wheat straw -> Maicao",
    "香香": "fragrant (reduplicated) -> Xiangxiang",
    "五指": "five fingers -> Wuzhi",
}


def candidates() -> list[tuple[int, str, str, str]]:
    """(frequency, jieba POS, key, place name) for the Han place keys jieba lists as other words."""
    sys.path.insert(0, str(ROOT / "src"))
    import gzip

    import jieba

    data = json.loads(gzip.decompress((ROOT / "src" / "bilat" / "data" / "places.json.gz").read_bytes()))
    names = {}
    for p, keys in zip(data["places"], data["keys"]):
        for k in keys:
            if re.fullmatch(r"[\u4e00-\u9fff]+", k):
                names.setdefault(k, p["name"])
    vocab = {}
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        for line in f:
            word, freq, pos = line.split()
            vocab[word] = (int(freq), pos)
    out = [(vocab[k][0], vocab[k][1], k, n) for k, n in names.items()
           if k in vocab and not vocab[k][1].startswith("ns") and vocab[k][0] >= MIN_FREQ]
    return sorted(out, reverse=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--list", action="store_true", help="print the candidates and stop")
    args = ap.parse_args()
    cands = candidates()
    if args.list:
        for freq, pos, key, name in cands:
            print(freq, pos, key, name, "CHECKED" if key in CHECKED else "", sep="\t")
        return
    keys = {k for _, _, k, _ in cands}
    missing = sorted(set(CHECKED) - keys)
    if missing:
        sys.exit(f"checked words that are no candidate (not a places key, or jieba tags them ns): {missing}")
    import jieba

    OUT.write_text(json.dumps({
        "about": "Chinese keys of data/places.json.gz that are ordinary words (十分 'very' is no place Shifen): "
                 "candidates are the Han place keys that jieba's dictionary lists with a part of speech other "
                 f"than ns and a frequency of at least {MIN_FREQ}; each listed word was read and judged by hand (its "
                 "gloss, then the place it would be). Real cities jieba mistags (大连, 开封, 保定) are not listed. "
                 "Built by scripts/build_zh_place_common_words.py; places.blocked() drops these keys.",
        "source": {"jieba": jieba.__version__, "dictionary": "jieba/dict.txt", "licence": "MIT",
                   "places": "src/bilat/data/places.json.gz"},
        "words": CHECKED,
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(CHECKED)} words of {len(cands)} candidates -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
