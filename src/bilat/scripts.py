"""Unicode scripts: which writing system a character belongs to, and mixed-script text cut into runs.

``script_of(ch)`` names the script of one character ('Latin', 'Thai', 'Han', 'Kana', 'Common', ...).
``script_runs(text)`` cuts text into maximal single-script runs; Common characters (digits,
punctuation, spaces) and combining marks join the run around them. Both are driven by one table of
code point ranges (the scripts news text is written in), compiled once into a regex, so a run split
costs C-speed regex matching, not a Python loop per character. Letters outside the table are named
from their Unicode character name ("TIFINAGH LETTER ..." -> 'Tifinagh').
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from functools import lru_cache

# (script, ((first, last), ...)) -- letters and script-specific marks/digits; punctuation shared by
# scripts (، ؛ ؟ 。 、 ・ ...) is left out on purpose so that it counts as Common.
_RANGES: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("Latin", ((0x41, 0x5A), (0x61, 0x7A), (0xAA, 0xAA), (0xBA, 0xBA), (0xC0, 0xD6), (0xD8, 0xF6),
               (0xF8, 0x2AF), (0x1D00, 0x1D7F), (0x1E00, 0x1EFF), (0x2C60, 0x2C7F), (0xA720, 0xA7FF),
               (0xAB30, 0xAB6F), (0xFB00, 0xFB06), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))),
    ("Greek", ((0x370, 0x373), (0x376, 0x377), (0x37A, 0x37D), (0x37F, 0x37F), (0x386, 0x386),
               (0x388, 0x3FF), (0x1F00, 0x1FFF))),
    ("Cyrillic", ((0x400, 0x482), (0x48A, 0x52F), (0x1C80, 0x1C8F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F))),
    ("Armenian", ((0x531, 0x556), (0x559, 0x55F), (0x560, 0x588), (0xFB13, 0xFB17))),
    ("Hebrew", ((0x591, 0x5F4), (0xFB1D, 0xFB4F))),
    ("Arabic", ((0x610, 0x61A), (0x620, 0x63F), (0x641, 0x66A), (0x66E, 0x6D3), (0x6D5, 0x6FF),
                (0x750, 0x77F), (0x870, 0x8FF), (0xFB50, 0xFD3D), (0xFD50, 0xFDFF), (0xFE70, 0xFEFC))),
    ("Syriac", ((0x700, 0x74F),)),
    ("Thaana", ((0x780, 0x7BF),)),
    ("Devanagari", ((0x900, 0x963), (0x966, 0x97F), (0xA8E0, 0xA8FF))),
    ("Bengali", ((0x980, 0x9FF),)),
    ("Gurmukhi", ((0xA00, 0xA7F),)),
    ("Gujarati", ((0xA80, 0xAFF),)),
    ("Oriya", ((0xB00, 0xB7F),)),
    ("Tamil", ((0xB80, 0xBFF),)),
    ("Telugu", ((0xC00, 0xC7F),)),
    ("Kannada", ((0xC80, 0xCFF),)),
    ("Malayalam", ((0xD00, 0xD7F),)),
    ("Sinhala", ((0xD80, 0xDFF),)),
    ("Thai", ((0xE01, 0xE3A), (0xE40, 0xE5B))),
    ("Lao", ((0xE80, 0xEFF),)),
    ("Tibetan", ((0xF00, 0xFD4), (0xFD9, 0xFFF))),
    ("Myanmar", ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F))),
    ("Georgian", ((0x10A0, 0x10FA), (0x10FC, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F))),
    ("Hangul", ((0x1100, 0x11FF), (0x3131, 0x318E), (0xA960, 0xA97F), (0xAC00, 0xD7AF), (0xD7B0, 0xD7FF),
                (0xFFA0, 0xFFDC))),
    ("Ethiopic", ((0x1200, 0x1360), (0x1369, 0x139F), (0x2D80, 0x2DDF))),
    ("Cherokee", ((0x13A0, 0x13FF),)),
    ("Khmer", ((0x1780, 0x17D3), (0x17D7, 0x17D7), (0x17DC, 0x17FF), (0x19E0, 0x19FF))),
    ("Mongolian", ((0x1820, 0x18AF),)),
    ("Kana", ((0x3041, 0x3096), (0x309D, 0x309F), (0x30A1, 0x30FA), (0x30FC, 0x30FF), (0x31F0, 0x31FF),
              (0xFF66, 0xFF9D), (0x1B000, 0x1B16F))),
    ("Bopomofo", ((0x3105, 0x312F), (0x31A0, 0x31BF))),
    ("Han", ((0x2E80, 0x2FD5), (0x3005, 0x3005), (0x3007, 0x3007), (0x3021, 0x3029), (0x3038, 0x303B),
             (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F))),
)

SCRIPTS: tuple[str, ...] = tuple(name for name, _ in _RANGES)

_FLAT = sorted((lo, hi, name) for name, ranges in _RANGES for lo, hi in ranges)
_STARTS = [lo for lo, _, _ in _FLAT]


def _cls(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(re.escape(chr(lo)) + ("-" + re.escape(chr(hi)) if hi > lo else "") for lo, hi in ranges)


# One alternative per script (a run goes on over non-letters up to its script's next letter, so
# that the Python loop in script_runs has few matches to merge), then any other letter.
_RUN_RE = re.compile("|".join(f"(?P<{name}>[{_cls(r)}]+(?:[\\W\\d_]+[{_cls(r)}]+)*)" for name, r in _RANGES)
                     + r"|(?P<Other>[^\W\d_]+)")
_NON_LETTER_RE = re.compile(r"[\W\d_]+")


@lru_cache(maxsize=4096)
def _other_script(ch: str) -> str:
    cat = unicodedata.category(ch)
    if cat.startswith("M"):
        return "Inherited"
    if not cat.startswith("L"):
        return "Common"
    words = unicodedata.name(ch, "").split()
    if not words:
        return "Unknown"
    return "Han" if words[0] == "CJK" else words[0].title()


def script_of(ch: str) -> str:
    """The script of one character: 'Latin', 'Cyrillic', 'Arabic', 'Thai', 'Han', 'Kana' (hiragana and
    katakana), 'Hangul', ...; 'Common' for digits, punctuation, symbols and spaces; 'Inherited' for
    combining marks outside a script block (e.g. U+0301)."""
    cp = ord(ch)
    i = bisect_right(_STARTS, cp) - 1
    if i >= 0 and _FLAT[i][0] <= cp <= _FLAT[i][1]:
        return _FLAT[i][2]
    return _other_script(ch)


def _label(m: re.Match[str]) -> str:
    name = m.lastgroup or "Common"
    return _other_script(m.group()[0]) if name == "Other" else name


_OPENERS = frozenset("([{“‘«‹「『【〔《〈\"'")


def script_runs(text: str) -> list[tuple[int, int, str]]:
    """Cut ``text`` into (start, end, script) runs covering it end to end.

    Common characters join the run around them: those before the first letter join the first run;
    a gap between two runs of one script is inside that run; a gap between two scripts goes to the
    run before it, except an opening bracket or quote after the gap's last space, which opens the
    next run ("สวัสดี (Sergei)": the space stays Thai, "(" goes with the Latin name).
    Text without any letter is one 'Common' run; empty text gives [].
    """
    if not text:
        return []
    spans = [(m.start(), m.end(), _label(m)) for m in _RUN_RE.finditer(text)]
    if not spans:
        return [(0, len(text), "Common")]
    runs: list[list] = []
    for s, e, name in spans:
        if runs and runs[-1][2] == name:
            runs[-1][1] = e
            continue
        if runs:
            cut = _gap_cut(text, runs[-1][1], s)
            runs[-1][1] = cut
            s = cut
        else:
            s = 0
        runs.append([s, e, name])
    runs[-1][1] = len(text)
    return [(s, e, name) for s, e, name in runs]


def _gap_cut(text: str, lo: int, hi: int) -> int:
    """Where the Common gap text[lo:hi] between two scripts is cut."""
    gap = text[lo:hi]
    last_space = max(gap.rfind(" "), gap.rfind("\n"), gap.rfind("\t"))
    cut = last_space + 1
    if cut < len(gap) and gap[cut] in _OPENERS:
        return lo + cut
    return hi


def script_counts(text: str) -> Counter[str]:
    """Characters per script (Common and Inherited characters not counted)."""
    counts: Counter[str] = Counter()
    for m in _RUN_RE.finditer(text):
        counts[_label(m)] += len(_NON_LETTER_RE.sub("", m.group()))
    return counts


def dominant_script(text: str) -> str | None:
    """The script with the most characters in ``text``; None when it has no letters."""
    counts = script_counts(text)
    return counts.most_common(1)[0][0] if counts else None
