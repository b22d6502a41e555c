"""The language bilat's lang stage gives a short text when the caller gives none (issue 11, --detect-lang).

The date and numeral benches pass each row's language; a user feeding short texts (``bilat analyze --jsonl`` lines
with only a text) does not. With ``--detect-lang`` they run each text through the lang stage first, as the
pipeline would, and read it in the language found; this module also keeps the confusion gold -> detected.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from bilat.records import Document
from bilat.stages import lang as lang_stage

_stage = None
confusion: Counter[tuple[str, str]] = Counter()


def detected(text: str, gold: str | None = None) -> str | None:
    """The document language the lang stage gives ``text`` alone (None when it gives none: no letters)."""
    global _stage
    if _stage is None:
        _stage = lang_stage.make_stage()
    found = _stage(Document(id="x", source="bench", original=text, text=text)).lang
    if gold is not None:
        confusion[(gold, found or "None")] += 1
    return found


def print_confusion(title: str) -> None:
    golds = sorted({g for g, _ in confusion})
    print(f"{title}: gold -> detected (count)")
    for g in golds:
        row = sorted(((d, n) for (gg, d), n in confusion.items() if gg == g), key=lambda x: -x[1])
        n = sum(c for _, c in row)
        ok = confusion[(g, g)]
        print(f"  {g} {ok}/{n} right; " + ", ".join(f"{d} {c}" for d, c in row if d != g))


# --- short pieces of real text (robust57): `python bench/detected.py` -----------------------------------------

ROOT = Path(__file__).resolve().parents[1]
LEADS = ROOT / "bench" / "data" / "ntrex-leads.jsonl"  # titles and leads machine-translated into bilat's languages
NTREX = ROOT.parent / "shared" / "devdata" / "ntrex-dev.jsonl"  # the NTREX dev articles: de, fr, es, tr, uk, ja, ko
PLOVER = ROOT / "bench" / "data" / "plover_en.jsonl"  # English news sentences; its dev split only
_ISO3 = {"deu": "de", "fra": "fr", "spa": "es", "tur": "tr", "ukr": "uk"}
BUCKETS = ((1, 12), (12, 30), (30, 60))  # letters: under MIN_LETTERS, the prior's full range, its fading range


def pieces(text: str, most: int = 8) -> list[str]:
    """The first 1..MOST words of ``text``'s first sentence: a headline, a caption, a date line, a fragment."""
    import re

    first = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0].split()
    return [" ".join(first[:k]) for k in range(1, min(most, len(first)) + 1)]


def short_texts() -> list[tuple[str, str]]:
    """(gold language, piece) for the pieces of the dev texts: titles and first sentences."""
    import json

    out: list[tuple[str, str]] = []
    for line in LEADS.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["lang"] in ("en", "vi", "ru", "ar", "fa"):
            out += [(r["lang"], p) for t in (r["title"], r["text"]) for p in pieces(t)]
    for line in PLOVER.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r.get("split") == "dev":
            out += [("en", p) for p in pieces(r["text"])]
    if NTREX.exists():
        for line in NTREX.read_text(encoding="utf-8").splitlines()[::3]:
            r = json.loads(line)
            if r["lang"] in _ISO3:
                out += [(_ISO3[r["lang"]], p) for p in pieces(r["title"])]
    return out


def main() -> None:
    """Right / wrong / None per gold language and letter bucket, over the short pieces of the dev texts."""
    from bilat.stages.lang import identify

    table: Counter[tuple[str, int, str]] = Counter()
    wrong: Counter[tuple[str, str]] = Counter()
    for gold, text in short_texts():
        letters = identify(text)[3]
        bucket = next((i for i, (lo, hi) in enumerate(BUCKETS) if lo <= letters < hi), None)
        if bucket is None:
            continue
        found = detected(text) or "None"
        table[(gold, bucket, "right" if found == gold else "none" if found == "None" else "wrong")] += 1
        if found not in (gold, "None"):
            wrong[(gold, found)] += 1
    golds = sorted({g for g, _, _ in table})
    print("lang  " + "  ".join(f"{lo:>2}-{hi:<2} right/none/wrong" for lo, hi in BUCKETS))
    for g in golds:
        cells = [f"{table[(g, b, 'right')]:>5}/{table[(g, b, 'none')]:>3}/{table[(g, b, 'wrong')]:>3}       "
                 for b in range(len(BUCKETS))]
        top = ", ".join(f"{d} {n}" for (gg, d), n in wrong.most_common() if gg == g)[:80]
        print(f"{g:4}  " + "  ".join(cells) + f"  wrong as: {top}")


if __name__ == "__main__":
    main()
