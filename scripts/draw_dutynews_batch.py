"""The draw behind bench/data/events/batch38.jsonl (VOA and DW Chinese, duty-machine/news), written down.

    python scripts/draw_dutynews_batch.py --git GIT_DIR_OF_duty-machine/news > POOL.jsonl
    python scripts/draw_dutynews_batch.py --texts DIR > POOL.jsonl

The pool is fixed: the 100 files of `articles/美国之音/` (Voice of America Chinese) and the 100 files of
`articles/德国之声/` (Deutsche Welle Chinese) whose numbers are listed below (the first hundred of each
folder, October 2020). The pool, in path order, is shuffled with random.Random(38); walking that order, a file
is kept when its text (`feedx_text` of scripts/rebuild_event_texts.py) names at least two countries at least
twice each (COUNTRIES, a name matched once where a longer name covers it: 白俄罗斯 is not 俄罗斯, and the
outlets' own names 美国之音 and 德国之声 name no country) and is at most MAX_CHARS characters long. The kept
files are written in that order as pool records (scripts/build_event_corpus.py --pool); batch 38 labels them
from the start of the order without skipping any. Nothing here reads bilat's output.

`--git` reads every file from a clone of duty-machine/news (a blobless clone is enough) and records the
HEAD commit. `--texts DIR` reads texts already taken out of the repository, one `FOLDER_NUMBER.txt` a file,
with `DIR/meta.tsv` (folder, number, commit, path, published, title, tab-separated) for their provenance and
`DIR/judged.tsv` (folder, number, reason) for the files that were read and left out; it stops at the first
file of the order that it has neither. Batch 38 was drawn this way from the texts of the public index copy of
the repository (each file's commit is kept in `source`), the repository being too large to fetch whole there.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "rebuild_event_texts", Path(__file__).resolve().parent / "rebuild_event_texts.py")
_rebuild = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rebuild)

SEED = 38
MAX_CHARS = 1500
OUTLETS = {"美国之音": ("voazh", "voachinese"), "德国之声": ("dwzh", "dwchinese")}
POOL = {
    "美国之音": [
        1045735, 1045736, 1045737, 1045738, 1045740, 1045742, 1045744, 1045745, 1045747, 1045748, 1045749,
        1045750, 1045753, 1045754, 1045755, 1045756, 1045757, 1045759, 1045760, 1045761, 1045762, 1045763,
        1045764, 1045765, 1045766, 1045767, 1045768, 1045769, 1045770, 1045772, 1045776, 1045778, 1045779,
        1045780, 1045782, 1045783, 1045784, 1045785, 1045786, 1045787, 1045790, 1045792, 1045793, 1045794,
        1045795, 1045796, 1045797, 1045798, 1045799, 1045800, 1045801, 1045802, 1045803, 1045804, 1045806,
        1045807, 1045808, 1045810, 1045811, 1045812, 1045814, 1045815, 1045816, 1045817, 1045818, 1045819,
        1045820, 1045821, 1045823, 1045824, 1045826, 1045827, 1045828, 1045829, 1045830, 1045832, 1045833,
        1045835, 1045837, 1045838, 1045840, 1045841, 1045842, 1045843, 1045844, 1045845, 1045846, 1045847,
        1045852, 1045853, 1045854, 1045856, 1045857, 1045859, 1045861, 1045863, 1045864, 1045865, 1045869,
        1045870,
    ],
    "德国之声": [
        1046203, 1046204, 1046205, 1046206, 1046207, 1046208, 1046212, 1046213, 1046214, 1046215, 1046216,
        1046223, 1046224, 1046226, 1046227, 1046229, 1046230, 1046232, 1046233, 1046234, 1046235, 1046236,
        1046237, 1046239, 1046242, 1046243, 1046244, 1046245, 1046246, 1046247, 1046248, 1046250, 1046251,
        1046252, 1046253, 1046254, 1046255, 1046256, 1046257, 1046258, 1046261, 1046263, 1046265, 1046267,
        1046268, 1046269, 1046271, 1046272, 1046273, 1046274, 1046275, 1046277, 1046278, 1046279, 1046280,
        1046281, 1046282, 1046283, 1046285, 1046286, 1046288, 1046289, 1046292, 1046293, 1046294, 1046295,
        1046296, 1046297, 1046298, 1046299, 1046300, 1046301, 1046303, 1046304, 1046305, 1046306, 1046308,
        1046309, 1046310, 1046311, 1046312, 1046313, 1046315, 1046319, 1046320, 1046321, 1046322, 1046323,
        1046324, 1046326, 1046327, 1046328, 1046329, 1046330, 1046331, 1046332, 1046334, 1046337, 1046338,
        1046340,
    ],
}
COUNTRIES = {
    "中国": "CHN", "美国": "USA", "日本": "JPN", "朝鲜": "PRK", "韩国": "KOR", "俄罗斯": "RUS", "英国": "GBR",
    "法国": "FRA", "德国": "DEU", "加拿大": "CAN", "澳大利亚": "AUS", "澳洲": "AUS", "印度": "IND", "伊朗": "IRN",
    "越南": "VNM", "菲律宾": "PHL", "台湾": "TWN", "巴基斯坦": "PAK", "斯里兰卡": "LKA", "墨西哥": "MEX", "巴西": "BRA",
    "沙特": "SAU", "土耳其": "TUR", "以色列": "ISR", "意大利": "ITA", "新加坡": "SGP", "马来西亚": "MYS", "印尼": "IDN",
    "印度尼西亚": "IDN", "泰国": "THA", "白俄罗斯": "BLR", "乌克兰": "UKR", "立陶宛": "LTU", "波兰": "POL",
    "亚美尼亚": "ARM", "阿塞拜疆": "AZE", "阿富汗": "AFG", "伊拉克": "IRQ", "叙利亚": "SYR", "埃及": "EGY",
    "荷兰": "NLD", "瑞典": "SWE", "西班牙": "ESP", "比利时": "BEL", "瑞士": "CHE", "奥地利": "AUT", "丹麦": "DNK",
    "挪威": "NOR", "芬兰": "FIN", "希腊": "GRC", "捷克": "CZE", "匈牙利": "HUN", "智利": "CHL", "委内瑞拉": "VEN",
    "古巴": "CUB", "阿根廷": "ARG", "秘鲁": "PER", "尼日利亚": "NGA", "马里": "MLI", "南苏丹": "SSD", "苏丹": "SDN",
    "缅甸": "MMR", "柬埔寨": "KHM", "老挝": "LAO", "蒙古": "MNG", "尼泊尔": "NPL", "不丹": "BTN", "新西兰": "NZL",
    "卡塔尔": "QAT", "阿联酋": "ARE", "也门": "YEM", "黎巴嫩": "LBN", "南非": "ZAF", "哈萨克斯坦": "KAZ",
    "塔吉克斯坦": "TJK", "格鲁吉亚": "GEO", "梵蒂冈": "VAT", "教廷": "VAT",
}
NOT_COUNTRIES = ("美国之音", "德国之声")
_NAMES = re.compile("|".join(sorted([*COUNTRIES, *NOT_COUNTRIES], key=len, reverse=True)))


def countries_named_twice(text: str) -> list[str]:
    """ISO3 codes of the countries that `text` names at least twice (by any of their names)."""
    counts = Counter(COUNTRIES[name] for name in _NAMES.findall(text) if name in COUNTRIES)
    return sorted(code for code, count in counts.items() if count >= 2)


def keep(text: str) -> bool:
    return len(countries_named_twice(text)) >= 2 and len(text) <= MAX_CHARS


def shuffled_pool() -> list[tuple[str, int]]:
    pool = sorted((folder, number) for folder, numbers in POOL.items() for number in numbers)
    random.Random(SEED).shuffle(pool)
    return pool


def record(folder: str, number: int, commit: str, path: str, published: str | None, title: str,
           text: str) -> dict:
    prefix, outlet = OUTLETS[folder]
    return {"id": f"{prefix}-{number}", "lang": "zh", "outlet": outlet,
            "source": f"{_rebuild.DUTYNEWS_REPO}@{commit} {path}", "published": published, "title": title,
            "text": text}


def draw_git(git_dir: Path) -> list[dict]:
    def git(*args: str) -> str:
        return subprocess.run(["git", f"--git-dir={git_dir}", *args], capture_output=True, text=True,
                              check=True).stdout
    commit = git("rev-parse", "HEAD").strip()
    paths = {}
    for folder in POOL:
        for path in git("ls-tree", "--name-only", "-z", "HEAD", f"articles/{folder}/").split("\0"):
            match = re.match(rf"articles/{folder}/(\d+)[_.]", path)
            if match:
                paths[(folder, int(match.group(1)))] = path
    records = []
    for folder, number in shuffled_pool():
        path = paths.get((folder, number))
        if path is None:
            print(f"{folder}/{number}: not in the repository", file=sys.stderr)
            continue
        raw = _rebuild.git_show(git_dir, path)
        text = _rebuild.feedx_text(raw)
        if keep(text):
            records.append(record(folder, number, commit, path, *reversed(_rebuild.feedx_meta(raw)), text))
    return records


def draw_texts(directory: Path) -> list[dict]:
    meta = {}
    for line in (directory / "meta.tsv").read_text(encoding="utf-8").splitlines():
        folder, number, commit, path, published, title = line.split("\t")
        meta[(folder, int(number))] = (commit, path, published or None, title)
    judged = {}
    for line in (directory / "judged.tsv").read_text(encoding="utf-8").splitlines():
        folder, number, reason = line.split("\t")
        judged[(folder, int(number))] = reason
    records = []
    for folder, number in shuffled_pool():
        text_file = directory / f"{folder}_{number}.txt"
        if text_file.exists():
            text = text_file.read_text(encoding="utf-8").strip("\n")
            if keep(text):
                records.append(record(folder, number, *meta[(folder, number)], text))
            else:
                print(f"{folder}/{number}: left out on its text", file=sys.stderr)
        elif (folder, number) in judged:
            print(f"{folder}/{number}: left out ({judged[(folder, number)]})", file=sys.stderr)
        else:
            print(f"{folder}/{number}: not read yet; the draw stops here", file=sys.stderr)
            break
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--git", type=Path)
    source.add_argument("--texts", type=Path)
    args = parser.parse_args(argv)
    for row in (draw_git(args.git) if args.git else draw_texts(args.texts)):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
