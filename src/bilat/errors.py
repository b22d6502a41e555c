"""One place for bilat's errors. Domain errors become user-facing lines only at the edges
(CLI, HTTP)."""

from __future__ import annotations

import unicodedata

BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})


def one_line(text: str) -> str:
    """``text`` with control characters, line and paragraph separators, lone surrogates and bidi
    controls escaped (``\\n``, ``\\x1b``, ``\\u202e``), so a file name or a reason can neither
    forge another line of output nor reorder it on a terminal. Joiners (ZWNJ in Persian) stay."""
    out = []
    for ch in text:
        if ch in BIDI_CONTROLS or unicodedata.category(ch) in _ESCAPED_CATEGORIES:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


class BilatError(Exception):
    """Base of every error bilat raises on purpose."""


class PipelineError(BilatError):
    """The pipeline was built wrong (stage order, a stage returning the wrong type)."""


class BadInput(BilatError):
    """An input file that cannot become a document. ``str()`` is the one-line message."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{one_line(source)}: {one_line(reason)}")
        self.source = source
        self.reason = reason


class EmptyArticle(BadInput):
    """A feed record whose text (or HTML) field is an empty or blank string: real feeds hold them
    (SaudiNewsNet's cartoons, about 1 in 100). Skipped with a warning, not counted as a failure."""


class StoreError(BilatError):
    """The store cannot be opened or migrated."""


class StoreBroken(StoreError):
    """The store failed under a batch for a reason of its own, not the article's (a damaged SQLite file,
    a read-only or full disk, a PostgreSQL server gone): every article after it would fail the same way,
    so the batch stops. ``source`` is the article being stored, ``reason`` the driver's one line."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"cannot write the store ({one_line(reason)}) while storing {one_line(source)}")
        self.source = source
        self.reason = reason
