"""Matching normalisation, kept separate from the stored text.

``match_form`` folds a text for dictionary matching and keeps a position map back to the
input, so a match found in the folded text is reported at exact offsets of the original:

- Arabic/Persian letter unification (ي/ی/ى -> ی, ك/ک -> ک, أ/إ/آ/ٱ -> ا, ؤ -> و, ئ -> ی, ة -> ه)
- tatweel, Arabic diacritics (harakat), and other combining marks of Arabic removed
- ZWNJ / ZWJ / soft hyphen / bidi marks removed
- Arabic-Indic, Persian, Thai (and other) decimal digits mapped to ASCII
- lower case (one char in, one char out; multi-char lowercasings are kept as is)
- optionally, Latin diacritics folded (Tô Lâm -> to lam, đ -> d) for Vietnamese and others

Every operation deletes a character or maps one character to one character, so the map is
a simple list of input positions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bilat.datafiles import read_json

ZERO_WIDTH = {"\u200b", "\u2060", "\u200c", "\u200d", "\u00ad", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d",
              "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff"}
TATWEEL = "\u0640"

ARABIC_LETTERS = {
    "\u064a": "\u06cc",  # ي -> ی
    "\u0649": "\u06cc",  # ى -> ی
    "\u0626": "\u06cc",  # ئ -> ی
    "\u0643": "\u06a9",  # ك -> ک
    "\u0623": "\u0627",  # أ -> ا
    "\u0625": "\u0627",  # إ -> ا
    "\u0622": "\u0627",  # آ -> ا
    "\u0671": "\u0627",  # ٱ -> ا
    "\u0624": "\u0648",  # ؤ -> و
    "\u0629": "\u0647",  # ة -> ه
    "\u06c0": "\u0647",  # ۀ -> ه
    "\u06d5": "\u0647",  # ە -> ه
}


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded text and, for each of its characters, the position it came from."""

    text: str
    index: tuple[int, ...]
    source_len: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the folded text back to a span of the source text."""
        if start >= len(self.index):
            return self.source_len, self.source_len
        src_start = self.index[start]
        src_end = self.index[end - 1] + 1 if end > start else src_start
        return src_start, src_end


def _digit(ch: str) -> str | None:
    if ch.isdigit() and not ch.isascii():
        value = unicodedata.decimal(ch, None)
        if value is not None:
            return str(value)
    return None


@lru_cache(maxsize=65536)
def _fold_char(ch: str, fold_latin: bool) -> str:
    """'' to delete, else exactly one character."""
    if ch in ZERO_WIDTH or ch == TATWEEL:
        return ""
    if ch in ARABIC_LETTERS:
        return ARABIC_LETTERS[ch]
    cat = unicodedata.category(ch)
    if cat == "Mn":
        # Arabic harakat, Hebrew points, and (for folding) Latin combining accents.
        if "\u0610" <= ch <= "\u061a" or "\u064b" <= ch <= "\u065f" or ch == "\u0670" \
                or "\u06d6" <= ch <= "\u06ed" or fold_latin:
            return ""
        return ch
    digit = _digit(ch)
    if digit is not None:
        return digit
    low = ch.lower()
    if len(low) != 1:
        low = ch
    if fold_latin and low in LATIN_EXTRA:
        return LATIN_EXTRA[low]
    if fold_latin and "\u00c0" <= low <= "\u024f" or fold_latin and "\u1e00" <= low <= "\u1eff":
        base = unicodedata.normalize("NFD", low)[0]
        return base
    return low


LATIN_EXTRA = {"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ı": "i", "æ": "a", "œ": "o", "ß": "s", "þ": "t"}


def match_form(text: str, *, fold_latin: bool = False) -> Folded:
    """Fold ``text`` for matching; see the module docstring."""
    out: list[str] = []
    index: list[int] = []
    # NFC first, char by char, so decomposed input folds like composed input.
    for i, ch in enumerate(text):
        folded = _fold_char(ch, fold_latin)
        if folded:
            out.append(folded)
            index.append(i)
    return Folded(text="".join(out), index=tuple(index), source_len=len(text))


# a hyphen joining two parts of an Arabic-script name (يون سوك-يول, كيم جونغ-أون): '-', '‐', '‑', '–'
_AR_LETTER = "\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f"
_AR_DASH = re.compile(f"(?<=[{_AR_LETTER}])[-\u2010\u2011\u2013](?=[{_AR_LETTER}])")


def space_arabic_dashes(text: str) -> str:
    """``text`` with each hyphen or en dash set tight between two Arabic-script letters written as a space, one
    character for one (so a ``Folded`` position map stays right): news writes the parts of a foreign name
    joined so as often as spaced (كيم جونغ-أون = كيم جونغ أون)."""
    return _AR_DASH.sub(" ", text)


def match_text(text: str, *, fold_latin: bool = False) -> str:
    """Just the folded string (for building dictionaries)."""
    return "".join(_fold_char(ch, fold_latin) for ch in unicodedata.normalize("NFC", text))


_DIGITS = {}
for _block_start in (0x0660, 0x06F0, 0x0E50, 0x0966, 0x09E6, 0x0ED0, 0x1040, 0x17E0, 0xFF10):
    for _d in range(10):
        _DIGITS[_block_start + _d] = str(_d)
DIGIT_TABLE = _DIGITS


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic, Persian, Thai, Devanagari, Bengali, Lao, Myanmar, Khmer and full-width
    digits to ASCII; the length is unchanged, so offsets stay valid."""
    return text.translate(DIGIT_TABLE)


def fold_latin(text: str) -> str:
    """Strip Latin diacritics and lower-case: 'Ngô Xuân Lịch' -> 'ngo xuan lich'."""
    return match_text(text, fold_latin=True)


@lru_cache(maxsize=1)
def _zh_t2s() -> dict[int, str]:

    data = read_json("zh_t2s.json")
    return str.maketrans(data["map"])


def zh_simplified(text: str) -> str:
    """``text`` with each traditional Chinese character written as its simplified one (data/zh_t2s.json,
    from CC-CEDICT): one character for one, so offsets stay; simplified text is unchanged. The entities
    and events stages read Chinese this way (their lexicons are simplified; Hong Kong and Taiwan news
    write 習近平, 會談, 傳召)."""
    return text.translate(_zh_t2s())
