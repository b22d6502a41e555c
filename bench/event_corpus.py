"""The labelled interstate-event corpus (bench/data/events/): sentence splitter and loader.

`load("dev")` / `load("test")` return the articles of one half as dicts, one per article:
`{id, lang, outlet, source, published, title, text, sentences: [{start, end, events, people,
countries}]}` (see bench/data/events/README.md and GUIDE.md). `start`/`end` are character
offsets into `text`. Articles whose source licence does not allow committing their text are
stored with `text: null`; `scripts/rebuild_event_texts.py` writes their text, rebuilt from the
fetched source repository, to `bench/data/events/texts/` (not committed) and `load` fills it in.
Such an article whose text is missing is left out with one line on stderr.

The splitter is deliberately simple so that anyone can reproduce the offsets:
- a newline always ends a sentence;
- in every language but Thai, `. ! ? ؟ …` followed by white space (closing quotes and brackets
  stay with the sentence) end a sentence, except after a short list of Latin/Cyrillic
  abbreviations and single capital letters (initials, "U.S.");
- `。！？` (and `；` is NOT a boundary) end a sentence with or without a following space;
- Thai has no sentence punctuation: a run of two or more spaces ends a segment, and so does a
  single space between two space-free tokens of at least 15 characters each (a single space
  between shorter tokens is usually title, name and surname: "นายโดนัลด์ ทรัมป์"); segments
  shorter than 40 characters are joined to the following one (within the same line).
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data" / "events"
SPLIT_FILE = DATA_DIR / "split.json"
TEXT_DIR = DATA_DIR / "texts"
HALVES = ("dev", "test")

_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "sgt", "capt", "adm", "gov", "sen", "rep", "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "dept", "est", "approx", "г", "гг", "им", "т", "д", "др", "тыс", "млн", "млрд", "руб", "ул", "проф", "د", "ود", "أ", "وأ", "م.د"]
)
_WESTERN_END = re.compile(r"[.!?؟…]+[\"'»”’)\]]*(?=\s)")
_CJK_END = re.compile(r"[。！？]+[\"'»”’）)」』]*")
_WORD_BEFORE = re.compile(r"(\w+)[.]*$")
_THAI_MIN = 40
_THAI_TOKEN = 15


def _is_abbreviation(text: str, dot_at: int) -> bool:
    if text[dot_at] != ".":
        return False
    match = _WORD_BEFORE.search(text, 0, dot_at)
    if match is None or match.end() != dot_at:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True
    return word.lower() in _ABBREVIATIONS


def _thai_cut(line: str, space: re.Match[str]) -> bool:
    if space.end() - space.start() >= 2:
        return True
    before = line[:space.start()].rsplit(" ", 1)[-1]
    after = line[space.end():].split(" ", 1)[0]
    return len(before) >= _THAI_TOKEN and len(after) >= _THAI_TOKEN


def _line_cuts(text: str, start: int, end: int, lang: str) -> list[int]:
    """Positions inside text[start:end] after which a sentence ends."""
    line = text[start:end]
    if lang == "th":
        return [start + m.start() for m in re.finditer(r" +", line) if _thai_cut(line, m)]
    cuts = []
    for match in _WESTERN_END.finditer(line):
        if not _is_abbreviation(text, start + match.start()):
            cuts.append(start + match.end())
    cuts.extend(start + m.end() for m in _CJK_END.finditer(line))
    return sorted(set(cuts))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Split an article body into (start, end) character spans, in order, without white space
    at either end."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        pieces = []
        begin = line.start()
        for cut in [*_line_cuts(text, line.start(), line.end(), lang), line.end()]:
            span = _trimmed(text, begin, cut)
            if span:
                pieces.append(span)
            begin = cut
        if lang == "th":
            pieces = _join_short(pieces)
        spans.extend(pieces)
    return spans


def _join_short(pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None
    for start, end in pieces:
        if pending is not None:
            start = pending[0]
        if end - start < _THAI_MIN:
            pending = (start, end)
            continue
        joined.append((start, end))
        pending = None
    if pending is not None:
        if joined:
            joined[-1] = (joined[-1][0], pending[1])
        else:
            joined.append(pending)
    return joined


def read_split() -> dict[str, str]:
    """article id -> "dev" | "test"."""
    return json.loads(SPLIT_FILE.read_text(encoding="utf-8"))["articles"]


def iter_all(need_text: bool = True) -> Iterator[dict]:
    """Every labelled article of every corpus file, text filled in where it can be; with
    need_text False, an article whose text is not on this machine comes too (for counts)."""
    for path in sorted(DATA_DIR.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                article = json.loads(line)
                article.setdefault("batch", path.stem)
                if article.get("text") is None and not _fill_text(article) and need_text:
                    print(f"{path.name}:{number}: {article['id']}: text not rebuilt "
                          "(run scripts/rebuild_event_texts.py)", file=sys.stderr)
                    continue
                yield article


def _fill_text(article: dict) -> bool:
    path = TEXT_DIR / f"{article['id']}.txt"
    if not path.exists():
        return False
    article["text"] = path.read_text(encoding="utf-8")
    return True


def load(split: str) -> list[dict]:
    """The labelled articles of one half ("dev" or "test")."""
    if split not in HALVES:
        raise ValueError(f"split must be one of {HALVES}, not {split!r}")
    halves = read_split()
    return [a for a in iter_all() if halves.get(a["id"]) == split]


def add_all(tallies: dict[str, dict]) -> dict[str, dict]:
    """Add the row "all": every language's counts summed, key by key."""
    total: dict = defaultdict(int)
    for t in tallies.values():
        for k, v in t.items():
            total[k] += v
    tallies["all"] = total
    return tallies


def ratio(a: int, b: int) -> str:
    """a / b to three places, or a dash where b is 0."""
    return f"{a / b:.3f}" if b else "  -  "


def counts_table() -> str:
    """Markdown tables: articles and sentences per language and half, events per type and
    half, outlets per language (what the README shows). Counted from the labels, so the
    articles whose text is not rebuilt on this machine count too."""
    halves = read_split()
    per_lang: dict[tuple[str, str], list[int]] = {}
    per_type: dict[tuple[str, str], int] = {}
    outlets: dict[str, dict[str, set[str]]] = {}
    for article in iter_all(need_text=False):
        half = halves.get(article["id"], "?")
        row = per_lang.setdefault((article["lang"], half), [0, 0, 0, 0])
        row[0] += 1
        row[1] += len(article["sentences"])
        for sentence in article["sentences"]:
            row[2] += len(sentence["events"])
            row[3] += len(sentence["people"])
            for event in sentence["events"]:
                per_type[(event["type"], half)] = per_type.get((event["type"], half), 0) + 1
        outlets.setdefault(article["lang"], {}).setdefault(article["outlet"], set()).add(half)
    lines = ["| lang | half | articles | sentences | events | people |", "|---|---|---|---|---|---|"]
    total = [0, 0, 0, 0]
    for (lang, half), row in sorted(per_lang.items()):
        lines.append(f"| {lang} | {half} | " + " | ".join(map(str, row)) + " |")
        total = [a + b for a, b in zip(total, row)]
    lines.append("| all | both | " + " | ".join(map(str, total)) + " |")
    lines += ["", "| event type | dev | test |", "|---|---|---|"]
    for kind in sorted({k for k, _ in per_type}):
        lines.append(f"| {kind} | {per_type.get((kind, 'dev'), 0)} | {per_type.get((kind, 'test'), 0)} |")
    lines += ["", "| lang | outlets (half) |", "|---|---|"]
    for lang, names in sorted(outlets.items()):
        lines.append(f"| {lang} | " + ", ".join(f"{o} ({'+'.join(sorted(h))})" for o, h in sorted(names.items())) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(counts_table())
