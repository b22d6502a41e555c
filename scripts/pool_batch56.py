"""The draw behind bench/data/events/batch56.jsonl (issue 10, events, held-out TEST), written down.

    python scripts/pool_batch56.py --git GIT_DIR_OF_duty-machine/news > POOL.jsonl
    python scripts/pool_batch56.py --texts DIR > POOL.jsonl

Batch 56 takes Radio France Internationale's Chinese service (RFI 法广, rfi.fr/cn, simplified script, June 2022;
outlet `rfichinese`, ids `rfizh-N`), an outlet no earlier batch has, from duty-machine/news `articles/rfi/N.md` (the
feedx.net RSS items the repository committed one by one; the same archive as batch 38's `voazh-`/`dwzh-`). The text
of an item is `feedx_text` of scripts/rebuild_event_texts.py (the text of each <p>: the lead, then the body).

The pool is fixed: CANDIDATES, the items of the repository's `lists/法广.md` from 4 to 13 June 2022 (its first page,
numbers 1014990-1015266) whose title is about relations between states (chosen by title before any text was read;
left out: column and programme items whose title ends in " - <column>", videos, a repeated title, items on one
country's own affairs). The pool, in number order, is shuffled with random.Random(56); walking that order, an item
is kept when
- its stored file is at most MAX_RAW characters long (the whole Markdown file as the repository keeps it: short news
  items, not features),
- its text names at least two countries at least twice each (as `countries_named_twice` of
  scripts/draw_dutynews_batch.py, whose list lacks some European and Pacific states: EXTRA_COUNTRIES adds them), and
- its text is not another outlet's copy: it does not name 中央社 (RFI's Chinese service reprints Central News Agency
  items, and cna is a test outlet of the corpus) and gives no "原文链接" (a reposted article of another outlet).
The first KEEP kept items make the batch; they were labelled in that order, none skipped. Nothing here reads bilat's
output.

`--git` reads every candidate from a clone of duty-machine/news (a blobless clone is enough; about 2.3 GB in all)
at its HEAD and records, for each kept item, the commit named in COMMITS (the commit at which the public index holds the
file; the feed never rewrites an item). `--texts DIR` reads texts already taken out of the repository, one `N.txt` a
file, with `DIR/meta.tsv` (number, commit, path, published, raw file length, title; tab-separated) for their
provenance and `DIR/judged.tsv` (number, reason) for the candidates that were read and left out; it stops at the first
candidate of the order that it has neither. Batch 56 was drawn this way from the public index copy of the repository
(the repository being larger than a fetch brings on the machine where it was labelled).
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

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("rebuild_event_texts", _HERE / "rebuild_event_texts.py")
_rebuild = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rebuild)
_spec = importlib.util.spec_from_file_location("draw_dutynews_batch", _HERE / "draw_dutynews_batch.py")
_dutynews = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_dutynews)

SEED = 56
KEEP = 30
MAX_RAW = 1600
FOLDER = "articles/rfi"
PREFIX, OUTLET = "rfizh", "rfichinese"
NOT_OWN_TEXT = ("中央社", "原文链接")
EXTRA_COUNTRIES = {
    "爱沙尼亚": "EST", "拉脱维亚": "LVA", "保加利亚": "BGR", "北马其顿": "MKD", "马其顿": "MKD", "罗马尼亚": "ROU",
    "摩尔多瓦": "MDA", "塞尔维亚": "SRB", "黑山": "MNE", "阿尔巴尼亚": "ALB", "斯洛伐克": "SVK", "斐济": "FJI",
    "几内亚": "GIN", "俄国": "RUS", "中华人民共和国": "CHN",
}
_COUNTRIES = {**_dutynews.COUNTRIES, **EXTRA_COUNTRIES}
_NAMES = re.compile("|".join(sorted([*_COUNTRIES, *_dutynews.NOT_COUNTRIES], key=len, reverse=True)))
CANDIDATES = (
    1014991, 1014994, 1014995, 1014997, 1014999, 1015004, 1015012, 1015015, 1015017, 1015018, 1015022, 1015023,
    1015025, 1015027, 1015028, 1015031, 1015032, 1015033, 1015035, 1015036, 1015037, 1015038, 1015039, 1015042,
    1015043, 1015044, 1015049, 1015050, 1015052, 1015053, 1015055, 1015059, 1015063, 1015066, 1015070, 1015073,
    1015076, 1015094, 1015097, 1015107, 1015109, 1015111, 1015114, 1015116, 1015117, 1015118, 1015122, 1015128,
    1015129, 1015133, 1015134, 1015135, 1015136, 1015137, 1015138, 1015139, 1015140, 1015141, 1015142, 1015146,
    1015148, 1015150, 1015153, 1015162, 1015163, 1015175, 1015176, 1015177, 1015181, 1015184, 1015185, 1015191,
    1015194, 1015197, 1015199, 1015205, 1015207, 1015208, 1015217, 1015218, 1015219, 1015220, 1015223, 1015229,
    1015230, 1015232, 1015234, 1015239, 1015240, 1015241, 1015243, 1015245, 1015248, 1015256, 1015258, 1015261,
    1015263,
)

# the commit at which the public index holds each kept item (recorded in `source`)
COMMITS = {
    1015220: "0ee2613ce1ce0307ac27313736ff11730058bb2e",
    1015037: "1c540fde6d57f0c5ea963c51bcdc39651bbe29b0",
    1015039: "14d0724dd9c395d274f4f860c556f1ccb306b469",
    1015153: "1024ae12947bdc29d6d1e77c228ece4409d4ae4c",
    1015035: "c059b987c759eb2f5a5b1aa419dda1c691d2e5a8",
    1015234: "a19f8d363805d73297e8c7cf31004ff128c35f23",
    1015015: "0499e89f0e37d79ad14e32b6e131d8912feabf03",
    1015018: "d933974aa7ad30532dfe6a47ea1095874b1fb384",
    1015117: "2b34d826e1b79957712f0b56d3df0397d2aaae58",
    1015240: "cec2203bb5a77089f470ae23599fc286f53c5562",
    1015022: "4548eb801e0a5002faed4c85c6f51480ed407160",
    1015162: "5c56183a307fe561abc355dd3e6a8e0e1c2608c3",
    1015261: "bbaf09e94195b47204f59abd49047dbed192cbd9",
    1015028: "d3af8eff467c742215d0261fc13fc7b667a6a2bd",
    1015032: "2ea8550d0ad8cfec5e8eeadf24a052248260ed35",
    1015107: "492ec82ed5005976a16b19b3ab3d047abdba15f8",
    1015258: "33eff6cd5ce5fca58738e54f0eb6cf6b97442ee6",
    1015205: "b1e048cf66f7ba3c17d55b204adcc63c1fc56bcb",
    1015136: "78891ae8e4e0e0a5b8e3c6642117221a123602f1",
    1015245: "99a6a6823c085d0e84fbc3f04432bfaebe7b9f4b",
    1015140: "78891ae8e4e0e0a5b8e3c6642117221a123602f1",
    1015135: "78891ae8e4e0e0a5b8e3c6642117221a123602f1",
    1015217: "0ee2613ce1ce0307ac27313736ff11730058bb2e",
    1015248: "0fbfeb6b4b6f5c1951832912210001d9c80d0105",
    1015109: "9303962280b6a9227c478714d8494d4acb258405",
    1015177: "1ae31a33135a87525cc6ba6ee340491b10ae0672",
    1015142: "78891ae8e4e0e0a5b8e3c6642117221a123602f1",
    1015134: "78891ae8e4e0e0a5b8e3c6642117221a123602f1",
    1015175: "1ae31a33135a87525cc6ba6ee340491b10ae0672",
    1015150: "1024ae12947bdc29d6d1e77c228ece4409d4ae4c",
}


def shuffled_pool() -> list[int]:
    pool = sorted(CANDIDATES)
    random.Random(SEED).shuffle(pool)
    return pool


def countries_named_twice(text: str) -> list[str]:
    """ISO3 codes of the countries that `text` names at least twice (a longer name covers a shorter one inside it)."""
    counts = Counter(_COUNTRIES[name] for name in _NAMES.findall(text) if name in _COUNTRIES)
    return sorted(code for code, count in counts.items() if count >= 2)


def why_not(raw_chars: int, text: str) -> str | None:
    """None when an item is kept, else the reason it is left out."""
    if raw_chars > MAX_RAW:
        return f"raw file over {MAX_RAW} characters ({raw_chars})"
    if any(mark in text for mark in NOT_OWN_TEXT):
        return "another outlet's copy (names 中央社 or gives 原文链接)"
    if len(countries_named_twice(text)) < 2:
        return "names fewer than two countries twice"
    return None


def record(number: int, commit: str, path: str, published: str | None, title: str, text: str) -> dict:
    return {"id": f"{PREFIX}-{number}", "lang": "zh", "outlet": OUTLET,
            "source": f"{_rebuild.DUTYNEWS_REPO}@{commit} {path}", "published": published, "title": title,
            "text": text}


def _published(raw: str) -> str | None:
    """The item's date from its "<div>DD/MM/YYYY - HH:MM</div>" header, as YYYY-MM-DD."""
    match = re.search(r"<div>(\d\d)/(\d\d)/(\d{4}) - \d\d:\d\d</div>", raw)
    return f"{match[3]}-{match[2]}-{match[1]}" if match else None


def draw_git(git_dir: Path) -> list[dict]:
    records = []
    for number in shuffled_pool():
        path = f"{FOLDER}/{number}.md"
        try:
            raw = _rebuild.git_show(git_dir, path)
        except subprocess.CalledProcessError:
            print(f"{number}: not in the repository", file=sys.stderr)
            continue
        text = _rebuild.feedx_text(raw)
        reason = why_not(len(raw), text)
        if reason:
            print(f"{number}: left out ({reason})", file=sys.stderr)
            continue
        title = _rebuild.feedx_meta(raw)[0]
        commit = COMMITS.get(number) or subprocess.run(
            ["git", f"--git-dir={git_dir}", "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
        records.append(record(number, commit, path, _published(raw), title, text))
        if len(records) == KEEP:
            break
    return records


def pool(repos: dict[str, Path]) -> list[dict]:
    """The batch's rows from a clone of duty-machine/news (the `pool(repos)` every pool script has)."""
    return draw_git(repos[_rebuild.DUTYNEWS_REPO])


def read_meta(directory: Path) -> dict[int, tuple[str, str, str | None, int, str]]:
    meta = {}
    for line in (directory / "meta.tsv").read_text(encoding="utf-8").splitlines():
        number, commit, path, published, raw_chars, title = line.split("\t")
        meta[int(number)] = (commit, path, published or None, int(raw_chars), title)
    return meta


def draw_texts(directory: Path) -> list[dict]:
    meta = read_meta(directory)
    judged = {}
    for line in (directory / "judged.tsv").read_text(encoding="utf-8").splitlines():
        number, reason = line.split("\t")
        judged[int(number)] = reason
    records = []
    for number in shuffled_pool():
        text_file = directory / f"{number}.txt"
        if text_file.exists() and number in meta:
            commit, path, published, raw_chars, title = meta[number]
            text = text_file.read_text(encoding="utf-8").strip("\n")
            reason = why_not(raw_chars, text)
            if reason:
                print(f"{number}: left out on its text ({reason})", file=sys.stderr)
                continue
            records.append(record(number, commit, path, published, title, text))
            if len(records) == KEEP:
                break
        elif number in judged:
            print(f"{number}: left out ({judged[number]})", file=sys.stderr)
        else:
            print(f"{number}: not read yet; the draw stops here", file=sys.stderr)
            break
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--git", type=Path)
    source.add_argument("--texts", type=Path)
    args = parser.parse_args(argv)
    rows = draw_git(args.git) if args.git else draw_texts(args.texts)
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
