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
