"""Ingest: files in, analysed documents into the store.

Readers turn one input file into RawArticles (text, HTML via trafilatura, JSONL one article
per line). A bad file raises BadInput with a one-line reason; the batch goes on. Each
document is analysed, then committed atomically with its story links; a document whose
content hash is already stored is 'unchanged' and costs almost nothing.
"""

from __future__ import annotations

import codecs
import dataclasses
import errno
import functools
import io
import itertools
import json
import os
import re
import stat
import sys
import unicodedata
import warnings
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bilat import datafiles, store
from bilat.corpus import conflicts, search
from bilat.corpus.stories import Prepared, make_linker
from bilat.errors import BadInput, BilatError, EmptyArticle, StoreBroken, one_line
from bilat.pipeline import Pipeline, content_hash, document_from_raw
from bilat.records import Document, RawArticle
from bilat.stages.lang import declared_lang
from bilat.stages.metadata import iso_published
from bilat.store import backends, document_hash

MAX_BYTES = 20 * 1024 * 1024  # per text/HTML file; JSONL is read line by line
MAX_LINE_BYTES = MAX_BYTES  # per JSONL line (one article): as for a file, so a feed's page with inline
# images (an `html` field of 5-20 MB) is kept as the same page in a file is; the analysis cap bounds the cost
MAX_SKIP_BYTES = 4 * MAX_LINE_BYTES  # an over-long JSONL line is skipped up to this; past it the input is left
MAX_JSON_DEPTH = 32  # lists and objects nested in one JSONL line
TOO_DEEP = f"JSON nested too deep (more than {MAX_JSON_DEPTH} levels)"
MAX_ID_CHARS = 256  # a longer JSONL id is ignored (the article gets an id from its text)
TEXT_EXT = {".txt", ".text", ".md", ""}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
JSON_EXT = {".json"}  # one article object, or an array of them (read whole: the file limit applies)
TABLE_EXT = {".csv", ".tsv", ".xml", ".rss", ".atom"}  # read as one text, with a warning: not parsed
GZIP_MAGIC = b"\x1f\x8b\x08"  # gzip's two magic bytes and its one method (deflate)
GZIP_EXT = ".gz"  # feed.jsonl.gz, page.html.gz, article.txt.gz: read through gzip (JSONL streamed)
SKIP_NAMES = {".DS_Store", "Thumbs.db"}


def _limit(n: int) -> str:
    """A byte limit as a message gives it: exact bytes and MiB ("the 20,971,520-byte limit (20 MiB)"),
    so a 21,000,000-byte file is not said to be over a "21 MB" limit."""
    return f"the {n:,}-byte limit ({n / 2**20:g} MiB)"


def line_too_large(size: int) -> str:
    """The reason a JSONL line over the limit is refused."""
    return f"line too large ({size:,} bytes, over {_limit(MAX_LINE_BYTES)})"


def inner_ext(path: Path) -> str:
    """A file's extension, the one under ``.gz`` for a gzipped file (feed.jsonl.gz -> .jsonl)."""
    ext = path.suffix.lower()
    return Path(path.stem).suffix.lower() if ext == GZIP_EXT else ext


def is_html(path: Path, data: bytes) -> bool:
    """An HTML page by its extension (also gzipped) or by its first bytes."""
    return inner_ext(path) in HTML_EXT or data[:1024].lstrip().lower().startswith((b"<!doctype html", b"<html"))

Report = Callable[[str], None]
LATIN_FAMILY = {"latin_1", "iso8859_15", "cp1252", "cp1250", "iso8859_2", "cp1257", "iso8859_4", "iso8859_13",
                "iso8859_3", "iso8859_9", "cp1254", "iso8859_10", "iso8859_14", "iso8859_16", "mac_roman",
                "mac_latin2", "cp850", "cp437"}


# --- decoding -------------------------------------------------------------------------------------

BOMS: tuple[tuple[bytes, str], ...] = (  # longest first: a UTF-32-LE BOM starts like UTF-16-LE's
    (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_STRAY_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")  # C0 controls but \t \n \f \r, and DEL


def bom(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark names, and the mark's length."""
    for mark, encoding in BOMS:
        if data.startswith(mark):
            return encoding, len(mark)
    return None


# Formats users drop into a folder by mistake, named in the error line (magic bytes at the start)
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"), (b"GIF8", "GIF image"), (b"\xff\xd8\xff", "JPEG image"), (b"%PDF", "PDF"),
    (b"PK\x03\x04", "zip archive or Office document"), (b"\x1f\x8b", "gzip archive"), (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"), (b"7z\xbc\xaf", "7z archive"), (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"), (b"\xd0\xcf\x11\xe0", "Office document"),
    (b"RIFF", "audio or video"), (b"\x00\x00\x00", "binary data"),
)


def binary_kind(data: bytes) -> str | None:
    """What a binary file is ("gzip archive", "binary data"), or None for text in any encoding."""
    head = data[:8192]
    if bom(head) is not None or unmarked_unicode(head) is not None:
        return None  # UTF-16/32 text is full of NULs; its decoded text is checked instead
    for magic, kind in MAGIC:
        if head.startswith(magic):
            return kind
    # a stray NUL or control byte in real text is removed later (stray_nuls_removed, clean_chars); many of them is binary
    if head.count(0) > max(4, len(head) // 100) and not stray_nuls(head):
        return "binary data"
    control = sum(1 for b in head if b < 32 and b not in (0, 9, 10, 12, 13, 27))
    return "binary data" if head and control / len(head) > 0.05 else None


# Stray NULs (robust49): a scraped UTF-8 text may carry NUL bytes a broken tool wrote into it (one every
# few dozen bytes). They are not UTF-16 (half its bytes are NULs for ASCII, a third or more for any text)
# nor a separator (a NUL for each space is one byte in eight or more: tests/test_ingest_nul_ascii.py keeps
# that refused). At most one byte in STRAY_NUL_SHARE, with the rest valid UTF-8, they are stray: removed,
# with a warning. Random binary data is almost never valid UTF-8 over a few hundred bytes.
STRAY_NUL_SHARE = 20
_CONTROL_BYTE = re.compile(rb"[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f]")  # C0 but NUL, \t \n \f \r and ESC, as binary_kind


def stray_nuls(data: bytes) -> bool:
    """True when the data's NUL bytes are stray ones in UTF-8 text: at most one byte in STRAY_NUL_SHARE,
    and the rest is UTF-8 text: it decodes (the last 3 bytes may be a character cut by the 8 KB sniff) and
    holds almost no other control byte (UTF-16 Thai or Cyrillic without its NULs is valid UTF-8, but full
    of the control bytes 0x0E or 0x04)."""
    nuls = data.count(0)
    if not nuls or nuls * STRAY_NUL_SHARE > len(data) or bom(data) is not None:
        return False
    rest = data.replace(b"\x00", b"")
    if len(_CONTROL_BYTE.findall(rest)) * 100 > len(rest):
        return False
    try:
        rest.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.start < len(rest) - 3 or e.reason != "unexpected end of data":
            return _legacy_text(data, rest)
    return True


def _legacy_text(data: bytes, rest: bytes) -> bool:
    """True when ``rest`` (the data without its NULs, not UTF-8) is text in a legacy code page (cp1256, cp1258,
    TIS-620, GB18030, KOI8-R ...) that decodes cleanly (_legacy), and the data's NULs were single bytes: stray
    ones, as in UTF-8 text (any byte string decodes in a single-byte code page, so a run of NULs, as binary data
    holds, keeps it binary). The last byte may be half a character cut by the 8 KB sniff. Under 64 bytes random
    bytes often decode cleanly too: there at most 4 NULs (binary_kind never calls so few binary: the verdict only
    picks the decoding)."""
    if b"\x00\x00" in data.rstrip(b"\x00") or len(rest) < 64 and len(data) - len(rest) > 4:
        return False
    return any(_legacy(piece) is not None for piece in (rest, rest[:-1]))


def stray_nuls_removed(data: bytes, source: str, warn: Report) -> bytes:
    """The data without its stray NUL bytes (stray_nuls, judged on the whole data), with one warning counting
    them; other data unchanged (UTF-16 text, a mixed page: their NULs are part of the text). A few NULs only
    at the end (fewer than PADDING) are left to clean_chars, without a warning, as before."""
    if b"\x00" not in data.rstrip(b"\x00") or not stray_nuls(data) or unmarked_unicode(data) is not None:
        return data
    rest = data.replace(b"\x00", b"")
    warn(f"{source}: {len(data) - len(rest):,} stray NUL bytes in the text removed")
    return rest


def looks_binary(data: bytes) -> bool:
    return binary_kind(data) is not None


_UNICODE_FAMILY = ("utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be")


# NULs or control bytes (not \t \n \v \f \r): UTF-8 text has none, UTF-16/32 text is full of them.
# A regex, not a Python loop: it runs on every JSONL line (robust21: 227 -> about 20 us a line of devdata fa).
_UNICODE_HINT = re.compile(rb"[\x00-\x08\x0e-\x1f]")


def unmarked_unicode(data: bytes) -> str | None:
    """UTF-16 or UTF-32 without a byte-order mark (as some Windows tools write it): the codec, or None.
    Only looked for when the bytes hold NULs or control bytes (which UTF-8 text does not), and only
    when the decoded text is clean: no control, unassigned or private-use characters."""
    if len(data) < 16 or not _UNICODE_HINT.search(data, 0, 4096):  # too short to tell, or no hint
        return None
    if len(data) % 2 and not _UNICODE_HINT.search(data.rstrip(b"\x00"), 0, 4096):
        return None  # an odd length whose only hint is NULs at its end: a stray NUL ending legacy text (dates50)
    head = data[:65536]
    import unicodedata

    from charset_normalizer import from_bytes

    def clean(encoding: str) -> str | None:
        unit = 4 if "32" in encoding else 2
        text = head[: len(head) - len(head) % unit].decode(encoding, errors="replace")
        if not text.strip() or _STRAY_CONTROLS.search(text):
            return None
        odd = sum(1 for ch in text if unicodedata.category(ch) in ("Cn", "Co", "Cs") or ch == "\ufffd")
        return text if odd <= len(text) // 200 else None

    best = from_bytes(head).best()
    if best is not None and best.encoding in _UNICODE_FAMILY:
        encoding = best.encoding.replace("_", "-")
        if encoding in ("utf-16", "utf-32"):  # no mark: charset-normalizer means little-endian
            encoding += "-le"
        return encoding if clean(encoding) is not None else None
    # charset-normalizer misses some text (big-endian, long Chinese pages): the byte order whose
    # characters keep to a few 256-code-point blocks (one alphabet plus ASCII), or to ASCII and the CJK
    # ranges, is the right one; the other byte order scatters them
    for encoding in ("utf-16-le", "utf-16-be"):
        text = clean(encoding)
        if text is not None:
            blocks = Counter(ord(ch) >> 8 for ch in text)
            cjk = sum(n for b, n in blocks.items() if b == 0 or 0x30 <= b <= 0x9f or 0xac <= b <= 0xd7 or b == 0xff)
            if max(cjk, sum(n for _, n in blocks.most_common(3))) >= 0.95 * len(text) and _mostly_plausible(text):
                return encoding
    return None


# Single-byte markup between UTF-16 runs: tags without a NUL or control byte (which every UTF-16 tag holds)
_BYTE_MARKUP = re.compile(rb"(?:<[!/?A-Za-z][^<>\x00-\x08\x0b\x0e-\x1f]{0,2000}>)+")


def _plausible(ch: str, common: frozenset[str]) -> bool:
    """A character real text is made of: ASCII, a letter, mark, digit or punctuation below U+2000 (every
    alphabet bilat reads), the common quotes and dashes, CJK punctuation, kana, hangul or a common hanzi. A UTF-16 run
    read in the wrong byte order gives mostly other ones (ASCII 'T' becomes U+5400, a rare hanzi)."""
    if (ch < "\x80" or ch in common or "\u2010" <= ch <= "\u2027" or "\u3000" <= ch <= "\u30ff"
            or "\uff00" <= ch <= "\uffef" or "\uac00" <= ch <= "\ud7a3"):
        return True
    return ch < "\u2000" and unicodedata.category(ch)[0] in "LMNPZ"


def _plausible_count(text: str) -> int:
    """How many of the text's characters are plausible (_plausible)."""
    common = _common_hanzi()
    return sum(1 for ch in text if _plausible(ch, common))


def _mostly_plausible(text: str) -> bool:
    """At least 80% of the text's characters are plausible (_plausible)."""
    return _plausible_count(text) >= 0.8 * len(text)


def _utf16_order(piece: bytes) -> str | None:
    """The byte order of a run of UTF-16 without a mark: the one in which at least 80% of its characters
    are plausible (_plausible), the more of them if both are."""
    best: tuple[float, str] | None = None
    for order in ("utf-16-le", "utf-16-be"):
        text = piece[: len(piece) - len(piece) % 2].decode(order, errors="replace")
        share = _plausible_count(text) / max(1, len(text))
        if share >= 0.8 and (best is None or share > best[0]):
            best = (share, order)
    return None if best is None else best[1]


def _utf16_run(piece: bytes, order: str | None) -> tuple[str, str] | None:
    """A run of bytes between single-byte tags read as UTF-16: (byte order, text), when a BOM at its start,
    its NULs and control bytes (_utf16_order) or ``order`` give the byte order and the decoded text is
    clean (no control characters, almost no unassigned or private-use ones); else None."""
    mark = bom(piece)
    if mark is not None and mark[0].startswith("utf-16"):
        order, piece = mark[0], piece[mark[1]:]
    else:
        order = _utf16_order(piece) or order
    if order is None or len(piece) % 2:
        return None
    text = piece.decode(order, errors="replace")
    odd = sum(1 for ch in text if unicodedata.category(ch) in ("Cn", "Co", "Cs") or ch == "\ufffd")
    if _STRAY_CONTROLS.search(text) or odd > len(text) // 50:
        return None
    return order, text


def _single_byte(piece: bytes) -> str | None:
    try:
        return piece.decode("utf-8")
    except UnicodeDecodeError:
        return None


def mixed_utf16(data: bytes) -> tuple[str, str] | None:
    """An HTML page whose markup is ASCII but whose text is UTF-16 (a template filled by a tool that writes
    UTF-16, a BOM before each run or none): (its text, the byte order), or None. Only for a page that starts
    with single-byte markup (``<html``, ``<!DOCTYPE``) and holds NULs or control bytes further on. Each run
    between single-byte tags that holds them, or starts with a UTF-16 BOM, is read as UTF-16
    (_utf16_run); a run without them as UTF-8, or where it is not UTF-8 (Chinese text has no NULs) as
    UTF-16 in the page's byte order. None when a run reads as neither (a binary file, stray NULs in a
    real page: those are left to the other rules)."""
    start = data.lstrip()[:16]
    if not start.startswith(b"<") or _UNICODE_HINT.search(start) or not _UNICODE_HINT.search(data):
        return None
    pieces: list[tuple[bytes, bool]] = []  # (bytes, a tag)
    at = 0
    for tag in _BYTE_MARKUP.finditer(data):
        pieces += [(data[at:tag.start()], False), (tag.group(), True)]
        at = tag.end()
    pieces.append((data[at:], False))
    orders: Counter[str] = Counter()
    texts: list[str | None] = []
    for piece, is_tag in pieces:
        text = _single_byte(piece) if is_tag or not (_UNICODE_HINT.search(piece) or bom(piece)) else None
        if text is None and is_tag:
            text = piece.decode("cp1252", errors="replace")
        elif text is None:
            run = _utf16_run(piece, None)
            if run is not None:
                orders[run[0]] += 1
                text = run[1]
        texts.append(text)
    if not orders:
        return None
    order = orders.most_common(1)[0][0]
    parts = []
    for (piece, _), text in zip(pieces, texts):
        if text is None:
            run = _utf16_run(piece, order)
            if run is None:
                return None
            text = run[1]
        parts.append(text)
    return "".join(parts), order


def _replacing(data: bytes, encoding: str, source: str, warn: Report) -> str:
    """Decode, each undecodable sequence becoming U+FFFD, with one warning giving their count."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
    warn(f"{source}: {bad} undecodable byte sequence(s) in {encoding} replaced with U+FFFD")
    return text


# cp1254 (Turkish) differs from cp1252 in six bytes only: Ğ İ Ş ğ ı ş where cp1252 has Ð Ý Þ ð ý þ,
# letters only Icelandic and Faroese use among Western languages, and those always carry æ or á too.
_TURKISH_BYTES = re.compile(rb"[\xd0\xdd\xde\xf0\xfd\xfe]")
_ICELANDIC_BYTES = re.compile(rb"[\xc1\xc6\xe1\xe6]")  # Á Æ á æ in cp1252, rare in Turkish


def _western(data: bytes) -> str:
    """cp1254 when the bytes hold the Turkish letters and none of Icelandic's own; else cp1252."""
    if _TURKISH_BYTES.search(data) and not _ICELANDIC_BYTES.search(data):
        return "cp1254"
    return "cp1252"


# cp1258 (Vietnamese Windows) writes the tone marks as combining characters after the vowel (robust49):
# grave, acute, tilde, hook above and dot below at 0xCC 0xEC 0xDE 0xD2 0xF2, where cp1252 has I-grave,
# i-grave, Thorn, O-grave, o-grave and cp1254 I-grave, i-grave, S-cedilla...; and the letters
# Ă ă Đ đ Ơ ơ Ư ư at 0xC3 0xE3 0xD0 0xF0 0xD5 0xF5 0xDD 0xFD (cp1252: Ã ã Ð ð Õ õ Ý ý, Turkish Ğ ğ İ ı in cp1254).
_VI_VOWELS = rb"AEIOUYaeiouy\xc2\xe2\xca\xea\xd4\xf4\xc3\xe3\xd5\xf5\xdd\xfd"  # the letters a tone mark goes on
_VI_TONE_BYTES = b"\xcc\xec\xde\xd2\xf2"
_VI_TONED = re.compile(rb"[" + _VI_VOWELS + rb"][\xcc\xec\xde\xd2\xf2]")
_VI_LETTER = re.compile(rb"[\xc3\xe3\xd0\xf0\xd5\xf5\xdd\xfd]")
# every byte above 0x7F that Vietnamese text in cp1258 uses: the letters, the tone marks, the vowels with a
# circumflex or a precomposed tone, and common punctuation (curly quotes, dashes, ellipsis, no-break space,
# guillemets, degree sign)
_ASCII_BYTES = bytes(range(0x80))
_VI_HIGH = (b"\xc3\xe3\xd0\xf0\xd5\xf5\xdd\xfd\xcc\xec\xde\xd2\xf2\xc2\xe2\xca\xea\xd4\xf4"
            b"\xc0\xc1\xc8\xc9\xcd\xd3\xd9\xda\xe0\xe1\xe8\xe9\xed\xf3\xf9\xfa"
            b"\x85\x91\x92\x93\x94\x96\x97\xa0\xab\xbb\xb0")


def _vietnamese(data: bytes) -> str | None:
    """cp1258 Vietnamese: at least one of Ă Đ Ơ Ư (either case) and one tone mark, every tone mark right
    after a vowel (in cp1252 they are ì ò Ì Ò Þ, which Italian writes after consonants: così, però), at
    least 95% of the bytes above 0x7F among those Vietnamese uses (_VI_HIGH: Cyrillic or Greek in their
    code pages spread over the others), and the decoded text composing to letters: after NFC no combining
    mark is left on its own. The text in NFC, or None."""
    high = data.translate(None, _ASCII_BYTES)
    tones = len(high) - len(high.translate(None, _VI_TONE_BYTES))
    if not tones or _VI_LETTER.search(high) is None:
        return None
    if len(high.translate(None, _VI_HIGH)) > 0.05 * len(high):  # bytes above 0x7F Vietnamese does not use
        return None
    if sum(1 for _ in _VI_TONED.finditer(data)) < tones:  # a tone mark after a consonant
        return None
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:  # a byte cp1258 leaves undefined
        return None
    return None if any(unicodedata.combining(ch) for ch in text) else text


def _composed(encoding: str, text: str) -> str:
    """Text decoded from cp1258 in NFC (its tone marks are combining characters); other text unchanged."""
    return unicodedata.normalize("NFC", text) if encoding == "cp1258" else text


_CJK_CANDIDATES = ("gb18030", "big5hkscs")


@functools.cache
def _common_hanzi() -> frozenset[str]:
    """The 1,500 most frequent Chinese characters in both scripts (data/cjk_common.json)."""

    data = datafiles.read_json("cjk_common.json")
    return frozenset(data["simplified"] + data["traditional"])


def _chinese(data: bytes) -> tuple[str, str] | None:
    """GB18030 or Big5 (HKSCS), when one decodes the bytes strictly and most of its Chinese characters
    are common ones. The two share their byte ranges, so a Big5 file often decodes as GB18030 too, but
    into characters (kana, Cyrillic, rare hanzi) that real text seldom uses; the 85% bar keeps Korean
    EUC-KR (common GB2312 hanzi in pinyin order, rarely in the top 1,500) and single-byte text out."""
    common = _common_hanzi()
    best: tuple[float, str, str] | None = None
    for encoding in _CJK_CANDIDATES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        wide = [ch for ch in text if ord(ch) > 0x2fff and not 0x3000 <= ord(ch) <= 0x303f and not 0xff00 <= ord(ch) <= 0xffef]
        if len(wide) < 4:
            continue
        share = sum(1 for ch in wide if ch in common) / len(wide)
        if share >= 0.85 and (best is None or share > best[0]):
            best = (share, encoding, text)
    return None if best is None else (best[1], best[2])


def _legacy(data: bytes) -> tuple[str, str] | None:
    """A legacy encoding that decodes the data cleanly (no control characters): charset-normalizer's
    pick, or Chinese GB18030/Big5 where it finds nothing or a Western code page (_chinese)."""
    from charset_normalizer import from_bytes

    vietnamese = _vietnamese(data)
    if vietnamese is not None:  # charset-normalizer takes short Vietnamese texts for cp1006 or Big5
        return "cp1258", vietnamese
    best = from_bytes(data).best()
    if best is None or best.encoding in LATIN_FAMILY:
        chinese = _chinese(data)
        if chinese is not None:
            return chinese
    if best is None or best.encoding in ("utf_8", "ascii"):
        return None
    encoding = best.encoding
    if encoding in LATIN_FAMILY:
        # Detection cannot tell the Western code pages apart on short texts; cp1252 is
        # by far the most common of them on the web (and a superset of Latin-1's letters),
        # unless the bytes hold Turkish letters (see _western).
        encoding = _western(data)
    encoding = _SUPERSET.get(encoding, encoding)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        encoding, text = best.encoding, str(best)
    if any(0x80 <= ord(ch) <= 0x9f for ch in text) or _STRAY_CONTROLS.search(text):
        return None
    return encoding, _composed(encoding, text)


def _cut_utf8(data: bytes) -> bytes | None:
    """The data without its last character when that is a UTF-8 character cut off (a file truncated in
    transfer) and everything before it is UTF-8; else None. A lone lead byte after ASCII alone is as likely a
    legacy letter ending the text ('café' in cp1252), so it counts only in a file of at most 4 bytes (too
    short to tell: a cut character is then far likelier); a lead byte with its continuation bytes, or a cut
    character after other UTF-8 characters, counts anywhere. Before, a file of 1-4 such bytes was detected
    as cp932, Big5-HKSCS or cp1125 ('ﾃ', 'a銝', 'abЁЯШ')."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.reason != "unexpected end of data" or e.end != len(data):
            return None
        head, tail = data[: e.start], data[e.start:]
        if len(tail) > 1 or len(data) <= 4 or _UTF8_MULTIBYTE.search(head):
            return head
    return None


_WESTERN_DECLARED = frozenset({"cp1252", "iso8859-1", "latin_1", "iso8859-15", "cp1254", "ascii"})


def decode(data: bytes, source: str, warn: Report, declared: str | None = None) -> str:
    """Bytes to text, one rule for every reader (documented in docs/pipeline.md, "Input"):

    1. a byte-order mark decides: UTF-8, UTF-16 or UTF-32 (LE or BE);
    2. else UTF-16 or UTF-32 without a mark, when the bytes hold NULs or control bytes and the decoded
       text is clean (a warning names it);
    3. else valid UTF-8 is UTF-8;
    4. else the charset an HTML page declares (``declared``, from its <meta>), when Python knows it;
    5. else, when the bytes do not read as UTF-8 with a few bad bytes (fewer UTF-8 multi-byte
       sequences than undecodable ones), the legacy encoding that charset-normalizer detects, single-
       or multi-byte (cp1256, gb18030, big5, tis-620), when it decodes cleanly (a warning names it);
    6. else UTF-8 with each undecodable sequence replaced by U+FFFD (a warning counts them).
    Nothing is rejected for its encoding alone; binary files are refused before decoding."""
    mark = bom(data)
    if mark is not None:
        return _replacing(data[mark[1]:], mark[0], source, warn)
    unmarked = unmarked_unicode(data)  # before UTF-8: UTF-16 of ASCII text is valid UTF-8 (with NULs)
    if unmarked is not None:
        warn(f"{source}: no byte-order mark; decoded as {unmarked}")
        unit = 4 if "32" in unmarked else 2
        return _replacing(data[: len(data) - len(data) % unit], unmarked, source, warn)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    whole = _cut_utf8(data)
    if whole is not None:
        warn(f"{source}: ends in a UTF-8 character cut off ({len(data) - len(whole)} byte(s) of it dropped); "
             "the file may be truncated")
        return whole.decode("utf-8")
    vietnamese = _vietnamese(data) if declared in _WESTERN_DECLARED else None
    if vietnamese is not None:  # a Vietnamese cp1258 page in a template declaring a Western charset
        warn(f"{source}: not UTF-8; decoded as cp1258 (Vietnamese letters and tone marks), not as {declared}, "
             "the charset the page declares")
        return vietnamese
    if declared is not None:
        mislabelled = _mislabelled(data, declared)
        if mislabelled is not None:
            warn(f"{source}: not UTF-8; decoded as {mislabelled[0]}, not as {declared}, the charset the page declares "
                 "(its text reads as mojibake in that one)")
            return mislabelled[1]
        warn(f"{source}: not UTF-8; decoded as {declared}, the charset the page declares")
        return _composed(declared, _replacing(data, declared, source, warn))
    valid = len(_UTF8_MULTIBYTE.findall(data))
    if valid < data.decode("utf-8", errors="replace").count("\ufffd"):
        # stray NULs at the end (clean_chars drops them anyway) would make every legacy reading unclean
        legacy = _legacy(data.rstrip(b"\x00")) if data.endswith(b"\x00") else None
        legacy = legacy or _legacy(data)
        if legacy is not None:
            warn(f"{source}: not UTF-8; decoded as {legacy[0]}")
            return legacy[1]
    return _replacing(data, "utf-8", source, warn)


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _mislabelled(data: bytes, declared: str) -> tuple[str, str] | None:
    """The encoding and text of a page whose declared charset is wrong, when the bytes say so clearly; else None.
    A Western declaration (iso-8859-1, windows-1252: a template's default) over Thai, Arabic, Cyrillic or Greek
    bytes decodes without error into words made only of Latin-1 letters ('ä·ÂáÅÐàÇÕÂ'), where real Western words
    hold a few accented letters among ASCII ones; then the detected legacy encoding, when not a Western one, is
    read. A Big5 declaration over GB18030 bytes (or the reverse) gives rare hanzi; then the other one, when most
    of its hanzi are common (_chinese). probe55: such pages were stored as mojibake (language 'eu', 'ja')."""
    if declared in _WESTERN_DECLARED:
        text = data.decode(declared, errors="replace")
        runs = [r for r in _LETTER_RUN.findall(text) if any(ord(ch) > 0x7f for ch in r)]
        high = sum(1 for r in runs for ch in r if ord(ch) > 0x7f)
        if high < 20 or high < 0.8 * sum(len(r) for r in runs):
            return None
        legacy = _legacy(data)
        if legacy is None or legacy[0] in LATIN_FAMILY or legacy[0] in _WESTERN_DECLARED:
            return None
        return legacy
    if declared in _CJK_CANDIDATES:
        chinese = _chinese(data)
        if chinese is None or chinese[0] == declared:
            return None
        common = _common_hanzi()
        wide = [ch for ch in data.decode(declared, errors="replace") if ord(ch) > 0x2fff
                and not 0x3000 <= ord(ch) <= 0x303f and not 0xff00 <= ord(ch) <= 0xffef]
        return chinese if sum(1 for ch in wide if ch in common) < 0.85 * len(wide) else None
    return None


# An HTML page's own charset declaration, <meta charset="..."> or http-equiv Content-Type
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.IGNORECASE)
# WHATWG encoding labels that name a superset in practice (what browsers decode them as)
_CHARSET_AS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "iso-8859-1": "cp1252",
               "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "tis-620": "cp874",
               "iso-8859-11": "cp874", "windows-874": "cp874", "big5": "big5hkscs", "iso-8859-9": "cp1254",
               "shift_jis": "cp932", "euc-kr": "cp949", "ks_c_5601-1987": "cp949"}
# charset-normalizer names the base code page of a CJK file; it is decoded with the superset real files use
# (HKSCS characters in Hong Kong Big5, GBK's in a file detected as GB2312): the multi-byte rows above, by codec name
_MULTIBYTE_SUPERSETS = ("big5hkscs", "gb18030", "cp932", "cp949")


def _codec_name(label: str) -> str | None:
    """Python's name of the codec a charset label names ('euc-kr' -> 'euc_kr'), or None when unknown."""
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


_SUPERSET = {name: codec for label, codec in _CHARSET_AS.items()
             if codec in _MULTIBYTE_SUPERSETS and (name := _codec_name(label)) is not None}


def declared_charset(data: bytes) -> str | None:
    """The Python codec for the charset an HTML page declares in its first 4 KB, or None."""
    found = _META_CHARSET.search(data[:4096])
    if found is None:
        return None
    label = found.group(1).decode("ascii").lower()
    name = _codec_name(_CHARSET_AS.get(label, label))
    if name is None or name.startswith(("utf-16", "utf-32", "utf-8")):
        # UTF-16/32 pages carry a byte-order mark or NULs (decode finds them); a page declaring UTF-8
        # whose bytes are not UTF-8 mis-declares itself (decode only asks once UTF-8 has failed)
        return None
    return name if _ascii_compatible(name) else None


# Printable ASCII and a backslash escape: a charset that reads them back unchanged keeps the page's markup
_ASCII_PROBE = bytes(range(0x20, 0x7F)) + b"\\u0041\\x41 +ADw- ~{"


@functools.cache
def _ascii_compatible(codec: str) -> bool:
    """True for a text encoding that reads ASCII as ASCII, as every charset a browser honours in a
    <meta> does. False for Python's bytes-to-bytes codecs ('base64', 'rot13', 'zlib': LookupError when
    decoding), for EBCDIC (cp037: the whole page becomes other letters), for UTF-7 and HZ ('+ADw-' and
    '~{' turn ASCII into markup or Chinese) and for escape codecs ('unicode_escape' reads '\\u0041' as 'A')."""
    try:
        with warnings.catch_warnings():  # unicode_escape warns about the probe's invalid escapes
            warnings.simplefilter("ignore")
            return _ASCII_PROBE.decode(codec, "replace") == _ASCII_PROBE.decode("ascii")
    except (LookupError, ValueError):  # 'idna' refuses the "replace" handler decode uses  # UnicodeDecodeError is a ValueError
        return False


def clean_chars(text: str) -> str:
    """Text as stored: lone surrogates (from JSON escapes) become U+FFFD, and C0 control
    characters other than tab, newline, form feed and carriage return are removed."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return _STRAY_CONTROLS.sub("", text)


_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})


def blank(text: str) -> bool:
    """True when the text shows nothing: only whitespace, control and format characters (zero-width
    spaces and joiners, bidi marks and overrides, byte-order marks, soft hyphens). Such a text is an
    empty article, not one stored with no text. Stops at the first visible character."""
    return all(ch.isspace() or unicodedata.category(ch) in _INVISIBLE_CATEGORIES for ch in text)


# --- readers --------------------------------------------------------------------------------------


def read_text(path: Path, data: bytes, warn: Report) -> list[RawArticle]:
    text = clean_chars(decode(data, str(path), warn))
    if blank(text):
        raise BadInput(str(path), "empty file (no text)")
    return [RawArticle(source=str(path), text=text, fmt="txt")]


# Where a page cut off in transfer ends (robust49): many real pages leave out </body> and </html> (HTML
# lets them), so a missing end tag alone no longer refuses a page; the end of its text does. A page cut
# by a download ends at any byte: inside a tag, a comment, a script or style, an entity, or part way
# through a sentence (text after the last tag ending in a letter, digit or comma, not in . ! ? or the like).
_TAG_START = re.compile(r"<[A-Za-z/!?]")
_CUT_ENTITY = re.compile(r"&#?[A-Za-z0-9]{0,31}\Z")
_RAW_OPEN = re.compile(r"<(script|style)\b", re.IGNORECASE)
# ends in a letter, digit, mark, comma, dash; or U+FFFD, a multibyte character cut in half (probe52)
_SENTENCE_CUT = re.compile(r"[\w,;:\-\u2013\u060c\u3001\uff0c\ufffd]\Z")
# (dates50) Text after a closed block element ("</div>\n© 2024 สงวนลิขสิทธิ์", "</footer>Contact us") is a bare
# footer line, not a sentence an element was cut in; and Thai, Lao and Khmer write no full stop, so text in them
# ends in a letter whole or cut: a page whose text ends in one is cut only where the file does not end in a line
# break (a download cut at an arbitrary byte almost never stops right after one).
_BLOCK_CLOSED = re.compile(r"</(?:div|footer|section|article|main|aside|nav|header|p|table|tbody|tr|td|ul|ol|li|dl|"
                           r"form|center|blockquote|pre|h[1-6]|figure|address)\s*>|<hr\b[^>]*>\Z",
                           re.IGNORECASE)
_NO_FULL_STOP = re.compile(r"[\u0e01-\u0e7f\u0e81-\u0eff\u1780-\u17ff]\Z")  # Thai, Lao, Khmer


def _html_cut(html: str) -> str | None:
    """Why a whole page (it opens <html> or <body>) looks cut off in transfer, or None: a page that ends in
    </body> or </html>, or after a closed element or a complete sentence, is whole, end tags or not."""
    low = html[-4096:].lower()
    if not ("<html" in html[:4096].lower() or "<body" in html.lower()) or "</html>" in low or "</body>" in low:
        return None
    end = html.rstrip()
    if end.rfind("<!--") > end.rfind("-->"):
        return "the page ends inside a comment"
    opened = list(_RAW_OPEN.finditer(end))
    if opened and f"</{opened[-1].group(1).lower()}" not in end[opened[-1].end():].lower():
        return f"the page ends inside a <{opened[-1].group(1).lower()}>"
    if _TAG_START.match(end, end.rfind("<")) and end.rfind("<") > end.rfind(">"):
        return "the page ends inside a tag"
    if _CUT_ENTITY.search(end, max(0, len(end) - 40)):
        return "the page ends inside a character reference"
    tail = end[end.rfind(">") + 1:]
    if tail.strip() and _SENTENCE_CUT.search(tail):
        last = end[end.rfind("<"):end.rfind(">") + 1]
        if _BLOCK_CLOSED.match(last) or _NO_FULL_STOP.search(tail) and html[len(end):].count("\n"):
            return None  # a bare footer line after a closed block; Thai text ending a file with its line break
        return "the page ends part way through a sentence"
    return None


def extract_html(html: str, source: str, warn: Report | None = None) -> RawArticle:
    import trafilatura

    cut = _html_cut(html)
    if cut is not None:
        raise BadInput(source, f"truncated HTML ({cut}, without </body> or </html>)")
    html = _unframed(html)
    tree, over_limits = _parsed(html)
    if tree is not None:
        import lxml.etree

        # a chart's or an icon's labels (<svg> <text>, <title>) are debris, not the article's words: before,
        # an icon's <title> was glued to the headline ('LogoChile and Peru sign...'); visible_text drops them too
        lxml.etree.strip_elements(tree, *_GRAPHICS, with_tail=False)
    result = None if tree is None else trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    data: dict[str, Any] = {}
    if result is not None:
        data = result if isinstance(result, dict) else result.as_dict()
    if over_limits:
        # trafilatura's parser stops at libxml2's default limits (256 levels of nesting, a text node of
        # 10 MB): the article of a deeper page was lost and the navigation before it stored, with no
        # error. Handed a tree parsed without the limits, trafilatura keeps one of several deep blocks
        # and costs blocks x depth (jusText builds each block's path from the root: minutes for a few
        # MB). The page's visible text is used (linear; the text between the tags past 2,048 levels);
        # the title and date still come from trafilatura (the <head> is not deep).
        text = clean_chars(visible_text(html))
        if warn:
            warn(f"{source}: HTML past the extractor's parser limits (nested deeper than 256 levels or a "
                 "text over 10 MB); the page's visible text is used")
    else:
        text = clean_chars((data.get("text") or "").strip())
    if blank(text):
        # trafilatura keeps nothing from a short page, a bare fragment ('<p>...</p>' in a feed's html
        # field) or text deep in nested tables; the page's visible text is kept instead (the clean
        # stage removes navigation debris), so an article is not lost to the extractor
        text = clean_chars(visible_text(html))
        if blank(text):
            raise BadInput(source, "no article text found in the HTML")
        if warn:
            warn(f"{source}: no article body found by the extractor; the page's visible text is used")
    return RawArticle(source=source, text=text, fmt="html", title=_string(data, "title", source, warn),
                      url=_string(data, "url", source, warn), published=_published(data, source, warn))


_GRAPHICS = ("svg", "math")
_NOFRAMES = re.compile("<noframes", re.IGNORECASE)
_FRAME_TAG = re.compile(r"</?(?:noframes|frameset|frame)\b[^>]*>", re.IGNORECASE)


def _unframed(html: str) -> str:
    """A page with <noframes> read as its content: the <frameset>, <frame> and <noframes> tags removed.
    HTML parsers keep what <noframes> holds as raw text (as <script>'s), so its markup was stored as the
    article's words ('<p>The minister...</p>'); on a frameset page it is often the only article text."""
    if _NOFRAMES.search(html) is None:
        return html
    return _FRAME_TAG.sub("", html)


def _parsed(html: str) -> tuple[Any, bool]:
    """The page parsed once, as trafilatura parses it (its own ``load_html`` and parser: the tree is handed
    to ``bare_extraction``, which uses a tree as it is), and whether libxml2 stopped reading it at a
    resource limit with those parser options (no XML_PARSE_HUGE): nesting deeper than 256 levels, or a
    text node over 10 MB. The parser's error log is that of the parse whose tree is returned. The tree is
    None where trafilatura finds no HTML (it then extracts nothing)."""
    from trafilatura.utils import HTML_PARSER, load_html

    tree = load_html(html)
    return tree, any(e.type_name == "ERR_RESOURCE_LIMIT" for e in HTML_PARSER.error_log)


# Elements whose text a reader never sees, and elements that end a line of text
_INVISIBLE = ("script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object")
_BLOCKS = frozenset({"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "caption",
                     "section", "article", "aside", "header", "footer", "nav", "main", "figure", "figcaption",
                     "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "form",
                     "fieldset", "details", "summary"})


def visible_text(html: str) -> str:
    """The text a browser shows for an HTML page or fragment, one line per block element, without
    scripts, styles or the <head>; "" when lxml finds no text. The fallback when trafilatura finds no
    article body. Iterative (lxml's iterwalk), so a deeply nested page cannot exhaust the stack."""
    import lxml.etree
    import lxml.html

    html = _unframed(html)
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (ValueError, lxml.etree.LxmlError):  # ParserError "Document is empty" and the like
        return ""
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        return _text_between_tags(html)  # libxml2 stops at 2,048 levels of nesting: the rest of the page was lost
    lxml.etree.strip_elements(root, *_INVISIBLE, with_tail=False)
    parts: list[str] = []
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        block = isinstance(el.tag, str) and el.tag.lower() in _BLOCKS
        if event == "start":
            parts.append("\n" if block else "")
            parts.append(el.text or "")
        else:
            parts.append("\n" if block else "")
            parts.append(el.tail or "")
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


_INVISIBLE_ELEMENT = re.compile(rf"<({'|'.join(_INVISIBLE)})\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
_BLOCK_TAG = re.compile(rf"</?(?:{'|'.join(sorted(_BLOCKS))})\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def _text_between_tags(html: str) -> str:
    """visible_text without a parser, for a page nested deeper than lxml reads (2,048 levels): the text
    between the tags, without comments and invisible elements, a line per block element."""
    import html as html_lib

    text = _TAG.sub("", _BLOCK_TAG.sub("\n", _INVISIBLE_ELEMENT.sub("", _COMMENT.sub("", html))))
    lines = (" ".join(line.split()) for line in html_lib.unescape(text).split("\n"))
    return "\n".join(line for line in lines if line)


def read_html(path: Path, data: bytes, warn: Report) -> list[RawArticle | BadInput]:
    mixed = mixed_utf16(data)
    if mixed is not None:
        warn(f"{path}: single-byte markup around {mixed[1]} text; each part decoded as it is written")
        html = mixed[0]
    else:
        html = decode(data, str(path), warn, declared=declared_charset(data))
    if not html.strip():
        raise BadInput(str(path), "empty file (no HTML)")
    pages = _NEXT_DOCUMENT.split(html)
    if len(pages) == 1:
        return [extract_html(html, str(path), warn)]
    # probe54: a second document after </html> (pages appended by a crawler or `cat`) was dropped without a word
    warn(f"{path}: holds {len(pages)} HTML documents one after another; each is read as an article "
         f"({path}#1 to #{len(pages)})")
    out: list[RawArticle | BadInput] = []
    for n, page in enumerate(pages, 1):
        try:
            out.append(extract_html(page, f"{path}#{n}", warn))
        except BadInput as e:  # one bad document: the others are read
            out.append(e)
    return out


# Where one HTML document ends and another begins: </html>, then blank space and a new <!DOCTYPE or <html>.
# Split after the end tag, so each part is a whole page.
_NEXT_DOCUMENT = re.compile(r"(?<=</html>)(?=\s*<(?:!doctype\b|html\b))", re.IGNORECASE)


def _string(obj: dict[str, Any], key: str, source: str, warn: Report | None) -> str | None:
    """A text field, or None with a warning when it holds something else (a list, a number)."""
    value = obj.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return clean_chars(value).strip() or None
    if warn:
        warn(f"{source}: field '{key}' ignored ({_a_json_type(value)}, not a string)")
    return None


def _published(obj: dict[str, Any], source: str, warn: Report | None) -> str | None:
    """The published field as an ISO date; a value that is not one is dropped with a warning and
    the article is kept (see metadata.iso_published)."""
    value = obj.get("published", obj.get("date"))
    if value is None or value == "":
        return None
    try:
        return iso_published(value)
    except ValueError as e:
        if warn:
            shown = json.dumps(value, ensure_ascii=False, default=str)[:60]
            warn(f"{source}: published {shown} ignored ({e}); the article is stored without a date")
        return None


def line_id(obj: dict[str, Any], source: str, warn: Report | None = None) -> str | None:
    """A JSONL article's ``id`` as stored: a string or an integer of at most MAX_ID_CHARS characters, else None."""
    value = obj.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not clean_chars(value).strip() or len(value) > MAX_ID_CHARS:
        if warn:
            warn(f"{source}: id ignored (not a string or integer of at most {MAX_ID_CHARS} characters); "
                 "the article gets an id from its text")
        return None
    value = value.strip()
    if _ID_CONTROLS.search(value):  # robust56: "a\nb" was stored as the id, a line break in every line naming it
        if warn:
            shown = json.dumps(value, ensure_ascii=True)[:60]
            warn(f"{source}: id {shown} ignored (it holds a control character: a line break, tab, NUL or bidi control); "
                 "the article gets an id from its text")
        return None
    return clean_chars(value)


# What an id may not hold inside it: C0 and C1 controls (NUL, tab, line breaks, DEL), the Unicode line and
# paragraph separators, and the bidi embeddings, overrides and isolates (an id shown reversed in a listing)
_ID_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _json_type(value: Any) -> str:
    """A JSON value's type in JSON's words (number, object, array, boolean), for messages."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return {dict: "object", list: "array", str: "string", type(None): "null"}.get(type(value), type(value).__name__)


def _a_json_type(value: Any) -> str:
    """``_json_type`` with its article, for messages: "a number", "an object", "null" (JSON's words, not Python's "a
    int", "a dict")."""
    kind = _json_type(value)
    return kind if kind == "null" else f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}"


def jsonl_article(obj: Any, source: str, warn: Report | None = None) -> RawArticle:
    if not isinstance(obj, dict):
        raise BadInput(source, f"a JSONL line must be an article object (this one is {_a_json_type(obj)})")
    text, html = obj.get("text"), obj.get("html")
    if isinstance(html, str) and html.strip() and not (isinstance(text, str) and not blank(text)):
        raw = extract_html(html, source, warn)
    elif isinstance(text, str) and not blank(clean_chars(text)):
        raw = RawArticle(source=source, text=clean_chars(text), fmt="jsonl")
    elif isinstance(text, str) or isinstance(html, str):
        raise EmptyArticle(source, "empty article (its text is blank), skipped")
    elif text is not None or html is not None:  # "text": 12345, "html": ["<p>..."]: say which and what
        key, value = ("text", text) if text is not None else ("html", html)
        raise BadInput(source, f"field '{key}' is {_a_json_type(value)}, not a string")
    else:
        raise BadInput(source, "no 'text' or 'html' field with content")
    return RawArticle(source=source, text=raw.text, fmt="jsonl",
                      title=_string(obj, "title", source, warn) or raw.title,
                      url=_string(obj, "url", source, warn) or raw.url,
                      published=_published(obj, source, warn) if "published" in obj or "date" in obj
                      else raw.published, id=line_id(obj, source, warn),
                      lang=_lang_field(obj, source, warn, raw.text))


def _lang_field(obj: dict[str, Any], source: str, warn: Report | None, text: str = "") -> str | None:
    """The feed's ``lang`` as an ISO 639-1 code; a value that is none ("garbage!!", 123, ["en"]) is ignored
    with a warning (before, silently) and the lang stage detects the language. So is a code of a language the
    text is not written in (robust56, ``lang.declared_lang``: "th" on an Arabic text was kept, and the article
    read as Thai found nothing)."""
    value = obj.get("lang")
    if value is None or value == "" or isinstance(value, str) and _lang_base(value) in LANG_UNSTATED:
        return None  # "und": the feed does not know either; the language is detected
    code = _lang_hint(value) if isinstance(value, str) else None
    shown = json.dumps(value, ensure_ascii=False, default=str)[:40]
    if code is None and warn:
        name = _lang_name(value) if isinstance(value, str) else None
        if name:  # robust58: "ceb" was said to be no language code at all
            warn(f"{source}: lang {shown} ignored ({name}, a language with no two-letter ISO 639-1 code); "
                 "the language is detected")
        else:
            warn(f"{source}: lang {shown} ignored (not a language code like 'en', 'zh-CN' or 'ara'); "
                 "the language is detected")
    if code is not None and declared_lang(code, text) is None:
        if warn:
            warn(f"{source}: lang {shown} ignored (the text is not written in that language's script); "
                 "the language is detected")
        return None
    return code


LANG_HINT = re.compile(r"[a-z]{2}")
# ISO 639-2/3 codes feeds use (NTREX: "deu", "zho") -> the ISO 639-1 codes bilat works in
LANG_639_1 = {"ara": "ar", "arb": "ar", "fas": "fa", "pes": "fa", "per": "fa", "tha": "th", "vie": "vi",
              "zho": "zh", "chi": "zh", "cmn": "zh", "eng": "en", "rus": "ru", "ukr": "uk", "deu": "de",
              "ger": "de", "fra": "fr", "fre": "fr", "spa": "es", "jpn": "ja", "kor": "ko", "tur": "tr",
              # robust58: Filipino is standard Tagalog, the language detector's "tl" ("fil" was ignored with a
              # warning saying it is no language code); varieties of a macrolanguage bilat reads as that language
              "fil": "tl", "tgl": "tl",
              "yue": "zh", "wuu": "zh", "nan": "zh", "hak": "zh", "gan": "zh", "hsn": "zh", "cjy": "zh",
              "cdo": "zh", "lzh": "zh",
              "arz": "ar", "apc": "ar", "ajp": "ar", "acm": "ar", "ary": "ar", "aeb": "ar", "arq": "ar",
              "afb": "ar", "ars": "ar", "acw": "ar", "ayl": "ar", "apd": "ar", "acq": "ar", "ayp": "ar",
              "shu": "ar", "abv": "ar", "ssh": "ar", "pga": "ar"}
# ISO 639-2 codes that name no language: the feed does not know it; detected without a warning
LANG_UNSTATED = frozenset({"und", "mul", "zxx", "mis"})


@functools.cache
def _iso_639_1() -> tuple[frozenset[str], dict[str, str]]:
    """CLDR's (babel's) two-letter language codes, ISO 639-1, and its aliases (ISO 639-2/3 "ita" -> "it",
    the withdrawn "iw" -> "he", "in" -> "id")."""
    from babel import Locale
    from babel.core import get_global
    codes = frozenset(k for k in Locale("en").languages if LANG_HINT.fullmatch(k))
    aliases = {k: v.split("_")[0] for k, v in get_global("language_aliases").items()}
    return codes, aliases


def _lang_hint(value: str | None) -> str | None:
    """A feed's ``lang`` field as an ISO 639-1 code ("zh-CN" -> "zh", "deu" -> "de", "ita" -> "it"); anything
    else, two letters that are no ISO 639-1 code ("zz") included, is ignored (the lang stage detects the
    language: probe52, "zz" was taken as the language and the article lost its events)."""
    if value is None:
        return None
    code = _lang_base(value)
    codes, aliases = _iso_639_1()
    if code not in codes:  # an alias only for what is no code itself ("tl" stays, not "fil")
        code = LANG_639_1.get(code) or aliases.get(code, code)
    return code if code in codes else None


def _lang_base(value: str) -> str:
    """The language subtag of a code, lower case: "pt-BR", "zh_Hant_TW", "FIL" -> "pt", "zh", "fil"."""
    return value.strip().lower().replace("_", "-").split("-")[0]


def _lang_name(value: str) -> str | None:
    """The English name of an ISO 639 code that has no ISO 639-1 code ("ceb" -> "Cebuano"), else None."""
    from babel import Locale

    code = _lang_base(value)
    return Locale("en").languages.get(code) if re.fullmatch(r"[a-z]{3}", code) else None


def _depth(obj: Any, limit: int) -> bool:
    """True when ``obj`` nests lists and objects deeper than ``limit`` (iterative: no recursion)."""
    stack = [(obj, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            if depth > limit:
                return True
            stack.extend((x, depth + 1) for x in item if isinstance(x, (dict, list)))
    return False


def parse_jsonl_line(line: bytes | str, source: str, warn: Report | None = None) -> RawArticle:
    """One JSONL line to a RawArticle, within the depth and size limits; BadInput otherwise."""
    if len(line) > MAX_LINE_BYTES:
        raise BadInput(source, line_too_large(len(line)))
    if isinstance(line, bytes):  # no JSON holds a raw NUL: stray ones are removed (stray_nuls)
        line = stray_nuls_removed(line, source, warn or (lambda _: None))
    text = decode(line, source, warn or (lambda _: None)) if isinstance(line, bytes) else line
    obj = _json_value(text, source, whole_file=False)
    if _depth(obj, MAX_JSON_DEPTH):
        raise BadInput(source, TOO_DEEP)
    return jsonl_article(obj, source, warn)


def _json_value(text: str, source: str, *, whole_file: bool) -> Any:
    """The JSON value of a JSONL line (or of a whole ``.json`` file), or BadInput saying what is wrong
    with it: truncated, invalid where, nested too deep."""
    try:
        return json.loads(text, parse_int=_json_int)
    except json.JSONDecodeError as e:
        if _cut_short(e, text):
            raise BadInput(source, "truncated JSON (the file ends before its value is closed)" if whole_file else
                           f"truncated line (the JSON ends at column {e.colno} before the object is closed)") from e
        at = "" if e.msg.endswith(" at") else " at"  # "Unterminated string starting at" already ends in "at"
        where = f"line {e.lineno} column {e.colno}" if whole_file else f"column {e.colno}"
        raise BadInput(source, f"invalid JSON ({e.msg}{at} {where})") from e
    except RecursionError as e:  # the C decoder stops at the interpreter's recursion limit
        raise BadInput(source, TOO_DEEP) from e
    except ValueError as e:  # any other refusal of the decoder: this line (or file) only
        raise BadInput(source, f"invalid JSON ({one_line(str(e))[:120]})") from e


def read_json(path: Path, data: bytes, warn: Report) -> Iterator[RawArticle | BadInput]:
    """A ``.json`` file: one article object, or an array of them (what many exporters write instead of
    JSONL). Each is read as a JSONL line is (same fields, warnings and depth limit), an array's items
    named ``file.json#N`` (N from 1); one bad item is one error and the others are read. Before, the
    file was read as plain text: its JSON syntax became the article."""
    source = str(path)
    text = decode(data, source, warn)
    if _json_lines(text):  # probe53: "Extra data at line 2": every article of the file was lost
        warn(f"{source}: holds JSON Lines (one object per line), not one JSON value; read as JSONL")
        yield from _jsonl_articles(path, jsonl_lines(io.BytesIO(data), _line_note(str(path), warn)), warn)
        return
    obj = _json_value(text, source, whole_file=True)
    if isinstance(obj, dict):
        items = [(source, obj)]
    elif isinstance(obj, list) and obj:
        items = [(f"{source}#{n}", item) for n, item in enumerate(obj, 1)]
    elif isinstance(obj, list):
        raise BadInput(source, "empty file (an empty JSON array)")
    else:
        raise BadInput(source, "a JSON file must hold an article object or an array of them")
    for item_source, item in items:
        if _depth(item, MAX_JSON_DEPTH):
            yield BadInput(item_source, TOO_DEEP)
            continue
        if not isinstance(item, dict):  # probe52: was "a JSONL line must be an object", in a .json file
            yield BadInput(item_source,
                           f"an item of a JSON array must be an article object (this one is {_a_json_type(item)})")
            continue
        try:
            yield jsonl_article(item, item_source, warn)
        except BadInput as e:
            yield e


def _json_lines(text: str) -> bool:
    """True when a ``.json`` file's text is JSON Lines, as many exporters write under that name: its first
    value is an object on one line, and another line follows with more JSON (what ``json.loads`` refuses with
    "Extra data at line 2"). Pretty-printed objects one after another are no JSON Lines (one error, as before)."""
    head = text.lstrip("\ufeff \t\r\n")
    if not head.startswith("{"):
        return False
    try:
        first, end = json.JSONDecoder().raw_decode(head)
    except (ValueError, RecursionError):
        return False
    rest = head[end:].lstrip(" \t\r")
    return isinstance(first, dict) and "\n" not in head[:end] and rest.startswith("\n") \
        and rest.lstrip().startswith("{")


def _json_int(digits: str) -> int | float:
    """A JSON integer; one too long for Python to convert (over 4,300 digits) becomes a float (inf),
    so that a huge number in one field cannot fail the line, let alone the file."""
    return int(digits) if len(digits) <= 4000 else float(digits)


def _cut_short(e: json.JSONDecodeError, text: str) -> bool:
    """True when a JSON error is the line ending early (a line cut off mid-object), not bad syntax."""
    rest = text.rstrip("\r\n")
    return e.pos >= len(rest.rstrip()) or (e.msg.startswith("Unterminated string") and "\n" not in rest)


def jsonl_lines(fh: Any, note: Callable[[int, str], None] | None = None) -> Iterator[tuple[int, bytes | str | None, int]]:
    """(line number, line, size) of each line of a binary stream that can peek (a file opened "rb",
    stdin's buffer); the line is None when it is over MAX_LINE_BYTES (it is skipped without being held
    in memory). A UTF-16/32 stream, with its BOM or without one, is read as text in that encoding.
    A binary stream (gzip, an image) raises BadInput("", reason): the caller names it."""
    import io

    if not hasattr(fh, "peek"):  # a BytesIO (tests, callers' buffers)
        fh = io.BufferedReader(fh)
    head = fh.peek(65536)[:65536]
    unpadded = head.rstrip(b"\x00")
    if len(head) - len(unpadded) >= PADDING and b"\x00" not in unpadded:
        head = unpadded  # a feed ending in NUL padding (_unpadded): its padding line is skipped below
    mark = bom(head)
    encoding = mark[0] if mark is not None else unmarked_unicode(head)
    if encoding in ("utf-16-le", "utf-16-be"):  # line by line: a UTF-8 part joined after it is read as UTF-8
        yield from _mixed_lines(fh, encoding, note=note)
        return
    if encoding is not None and encoding != "utf-8":
        if mark is not None:
            encoding = encoding.rsplit("-", 1)[0]  # "utf-32" reads (and drops) the mark itself
        text = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline="\n")
        yield from _limited(text, "", 1 if mark is not None else 0)
        return
    kind = binary_kind(head)
    if kind is not None:
        first = _mixed_start(head)
        if first is None:
            raise BadInput("", f"binary file ({kind}), not JSONL")
        yield from _mixed_lines(fh, first, note=note)
        return
    yield from _limited(fh, b"", 0)


def _mixed_start(head: bytes) -> str | None:
    """The encoding of the first line of a feed joined from UTF-8 and UTF-16 files (`cat a.jsonl b-utf16.jsonl`,
    either first, a byte-order mark or none), else None: its first line is a JSON object, and the line holding the
    first NUL starts a UTF-16 run. robust57 read one UTF-8 line before UTF-16 ones; robust58: two or more UTF-8
    lines first, or UTF-16 first, and the whole feed was refused as binary data, its good lines with it."""
    first = _line_encoding(head, "utf-8")[0]
    if not _json_object_line(head, 0, first):
        return None
    if first != "utf-8":
        return first
    nul = head.find(b"\x00")
    start = head.rfind(b"\n", 0, nul) + 1  # the line holding the first NUL: the first of the UTF-16 part
    second, skip = _line_encoding(head[start:start + 4], "utf-8")
    if second != "utf-8" and _json_object_line(head, start + skip, second):
        return first
    rest = head[start:]  # (a first UTF-16 line longer than the head: the head's rest is UTF-16 text)
    return first if bom(rest) is not None or any(unmarked_unicode(rest[i:]) is not None for i in (0, 1)) else None


def _json_object_line(head: bytes, at: int, encoding: str) -> bool:
    """Whether the line of ``head`` starting at ``at`` is, in ``encoding``, a JSON object."""
    end = _line_end(head, at, encoding)
    if end is None:
        return False
    try:
        return isinstance(json.loads(head[at:end].decode(encoding).lstrip("\ufeff")), dict)
    except (ValueError, RecursionError):
        return False


_UTF16_NEWLINE = {"utf-16-le": b"\n\x00", "utf-16-be": b"\x00\n"}


def _line_encoding(start: bytes, current: str) -> tuple[str, int]:
    """The encoding of a line of a mixed feed (``_mixed_lines``) from its first bytes, and the length of its byte-order
    mark: a mark says it; else an ASCII character beside a NUL (every JSON line opens with one) says UTF-16 and its
    order, two bytes without a NUL UTF-8; NULs only keep ``current``."""
    for mark, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if start.startswith(mark) and not start.startswith(b"\xff\xfe\x00\x00"):
            return codec, len(mark)
    if len(start) < 2:
        return current, 0
    a, b = start[0], start[1]
    if a and not b and a < 0x80:
        return "utf-16-le", 0
    if b and not a and b < 0x80:
        return "utf-16-be", 0
    if a and b:
        return "utf-8", 0
    return current, 0


def _line_end(buf: bytes | bytearray, at: int, encoding: str) -> int | None:
    """The end (past its newline) of the line starting at ``at`` in ``encoding``, else None."""
    newline = _UTF16_NEWLINE.get(encoding)
    if newline is None:
        i = buf.find(b"\n", at)
        return None if i < 0 else i + 1
    i = buf.find(newline, at)
    while i >= 0 and (i - at) % 2:  # a newline's code unit starts at an even offset from the line's start
        i = buf.find(newline, i + 1)
    return None if i < 0 else i + 2


def _mixed_lines(fh: Any, encoding: str, chunk: int = 1 << 20,
                 note: Callable[[int, str], None] | None = None) -> Iterator[tuple[int, str | None, int]]:
    """(number, line, size) of each line of a UTF-16 feed, each line decoded in the encoding its first bytes say
    (``_line_encoding``): a feed joined from UTF-8 and UTF-16 files reads every line, each error names its line.
    Lines of NULs only are skipped; a line over MAX_LINE_BYTES is None (skipped in chunks; one past MAX_SKIP_BYTES
    ends the reading with BadInput, as ``_limited``). ``note(n, message)`` is told of each line where the encoding
    changes ("decoded as utf-16-le"), for the caller's warning."""
    buf, at, n, eof = bytearray(), 0, 0, False

    def fill() -> bool:
        nonlocal buf, at
        data = fh.read(chunk)
        if at:
            del buf[:at]
            at = 0
        buf += data
        return not data

    while True:
        while len(buf) - at < 4 and not eof:
            eof = fill()
        if at >= len(buf):
            return
        was = encoding
        encoding, skip = _line_encoding(bytes(buf[at:at + 4]), encoding)
        at += skip
        n += 1
        if encoding != was and note is not None:
            note(n, f"the lines from here on are {encoding.upper()}"
                    f"{'' if skip or encoding == 'utf-8' else ' without a byte-order mark'}; decoded as {encoding}")
        end = _line_end(buf, at, encoding)
        while end is None and not eof and len(buf) - at <= MAX_LINE_BYTES:
            eof = fill()
            end = _line_end(buf, at, encoding)
        if end is None and (eof and len(buf) - at <= MAX_LINE_BYTES):
            end = len(buf)  # the last line, without a newline
        if end is None or end - at > MAX_LINE_BYTES:  # over the limit: skipped to its end
            size = 0
            while end is None:
                if not buf[at:].strip(b"\x00") and size + len(buf) - at > MAX_LINE_BYTES:
                    raise BadInput("", f"line {n}: NUL bytes only, over {_limit(MAX_LINE_BYTES)} (binary data or "
                                       "padding, not JSONL); the rest of the input is not read")
                drop = max(0, len(buf) - at - 2)
                drop -= drop % 2  # an even count: a UTF-16 newline keeps its place, and may straddle two reads
                size += drop
                del buf[:at + drop]
                at = 0
                if size > MAX_SKIP_BYTES:
                    raise BadInput("", f"line {n} does not end within {_limit(MAX_SKIP_BYTES)}; "
                                       "the rest of the input is not read")
                if eof:
                    end = len(buf)
                    break
                eof = fill()
                end = _line_end(buf, at, encoding)
            size += end - at
            at = end
            yield n, None, size
            continue
        raw = bytes(buf[at:end])
        at = end
        if raw.strip(b"\x00\r\n"):  # (NUL padding, or the high byte of a UTF-16 newline: no line)
            yield n, raw.decode(encoding, errors="replace"), len(raw)


def _lines(path: Path, warn: Report | None = None) -> Iterator[tuple[int, bytes | str | None, int]]:
    """The lines of a JSONL file (jsonl_lines); a .gz that cannot be read to its end raises BadInput naming the file,
    at its header or part way (the lines before it were given)."""
    if gzipped(path):
        import gzip

        try:
            with gzip.open(path, "rb") as gz:
                yield from jsonl_lines(gz, _line_note(str(path), warn))
        except (EOFError, OSError, zlib.error) as e:
            reason = gzip_error(e)
            if reason is None:
                raise
            raise BadInput(str(path), reason) from e
        return
    with path.open("rb") as fh:
        yield from jsonl_lines(fh, _line_note(str(path), warn))


def _line_note(name: str, warn: Report | None) -> Callable[[int, str], None] | None:
    """``jsonl_lines``'s note as a warning naming the line (``name#N: ...``)."""
    return None if warn is None else (lambda n, message: warn(f"{name}#{n}: {message}"))


def gzipped(path: Path, warn: Report | None = None) -> bool:
    """A gzip archive: by its .gz name, or by its first bytes under another name (a page saved by a
    client that did not undo the server's gzip encoding: page.html holding gzip bytes), with a warning."""
    if path.suffix.lower() == GZIP_EXT:
        return True
    try:
        with path.open("rb") as fh:
            magic = fh.read(3) == GZIP_MAGIC
    except OSError:
        return False  # said when the file is read
    if magic and warn is not None:
        warn(f"{path}: a gzip archive without .gz in its name; read through gzip")
    return magic


def gzip_error(e: BaseException) -> str | None:
    """The one-line reason for a gzip file that cannot be read to its end, or None for another error."""
    import gzip

    if isinstance(e, EOFError):
        return "truncated gzip (the archive ends before its end-of-stream marker)"
    if isinstance(e, (gzip.BadGzipFile, zlib.error)):
        return f"corrupt gzip ({one_line(str(e))[:100]})"
    return None


def _gunzip(path: Path) -> bytes:
    """A .gz file's content, at most MAX_BYTES of it (a small archive can unpack to gigabytes)."""
    with path.open("rb") as fh:
        return _gunzip_stream(fh, str(path))


def _gunzip_stream(fh: Any, name: str) -> bytes:
    import gzip

    with gzip.GzipFile(fileobj=fh, mode="rb") as gz:
        data = gz.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise BadInput(name, too_large(unpacked=True))
    return data


def gzip_stream(fh: Any, name: str, warn: Report) -> Any:
    """A binary stream that can peek (stdin's buffer, a file opened "rb"), read through gzip when it starts
    with gzip's magic bytes (a warning says so), as ingest reads a file of gzip bytes under any name."""
    import gzip

    if not hasattr(fh, "peek"):  # a BytesIO (tests, callers' buffers)
        fh = io.BufferedReader(fh)
    if fh.peek(3)[:3] == GZIP_MAGIC:
        warn(f"{name}: a gzip archive; read through gzip")
        return gzip.GzipFile(fileobj=fh, mode="rb")
    return fh


def _limited(fh: Any, empty: bytes | str, skip: int) -> Iterator[tuple[int, Any, int]]:
    """(number, line, size) of each line, a line over MAX_LINE_BYTES given as None (skipped in chunks, never
    held). robust57: `bilat analyze --jsonl < /dev/zero` read for ever: a stream that never ends its line
    cannot be skipped to its end, so a line of NUL bytes only past the limit, or one longer than
    MAX_SKIP_BYTES, ends the reading with BadInput("", reason) naming the line (the lines before it stay)."""
    newline = "\n" if isinstance(empty, str) else b"\n"
    nul = "\x00" if isinstance(empty, str) else b"\x00"
    n = 0
    while True:
        line = fh.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        n += 1
        size = len(line)
        if size > MAX_LINE_BYTES and not line.endswith(newline):
            if not line.strip(nul):
                raise BadInput("", f"line {n}: NUL bytes only, over {_limit(MAX_LINE_BYTES)} (binary data or "
                                   "padding, not JSONL); the rest of the input is not read")
            while line and not line.endswith(newline):  # the rest of an over-long line, in chunks
                line = fh.readline(1 << 20)
                size += len(line)
                if size > MAX_SKIP_BYTES and line and not line.endswith(newline):
                    raise BadInput("", f"line {n} does not end within {_limit(MAX_SKIP_BYTES)}; "
                                       "the rest of the input is not read")
            yield n, None, size
            continue
        if n == 1 and skip and isinstance(line, str):
            line = line.lstrip("\ufeff")
        yield n, line, size


def read_jsonl(path: Path, warn: Report) -> Iterator[RawArticle | BadInput]:
    """One RawArticle per line; a bad line yields a BadInput naming file and line, and reading goes on."""
    lines = _lines(path, warn)
    try:
        first = next(lines, None)
    except BadInput as e:  # a binary file, or a corrupt .gz (its header or first block): one line for the file
        yield BadInput(str(path), e.reason)
        return
    if first is None and gzipped(path):
        yield BadInput(str(path), "empty file (the gzip archive holds nothing)")
        return
    try:
        yield from _jsonl_articles(path, itertools.chain([first] if first is not None else [], lines), warn)
    except BadInput as e:  # a .gz cut off or damaged part way: the lines before it stay
        yield BadInput(str(path), e.reason)


def _jsonl_articles(path: Path, lines: Iterator[tuple[int, bytes | str | None, int]],
                    warn: Report) -> Iterator[RawArticle | BadInput]:
    for record in jsonl_records(str(path), lines, warn):
        if isinstance(record, BadInput):
            yield record
            continue
        source, line, size = record
        if line is None:
            yield BadInput(source, line_too_large(size))
        else:
            yield from _jsonl_article(line, source, warn)


def jsonl_records(name: str, lines: Iterable[tuple[int, bytes | str | None, int]],
                  warn: Report) -> Iterator[tuple[str, bytes | str | None, int] | BadInput]:
    """The records of a JSONL stream (``jsonl_lines``) as ingest and ``bilat analyze --jsonl`` both read them:
    ``(source, line, size)`` each (``line`` None for one over the size limit), a UTF-8 byte-order mark on the
    first line dropped, NUL padding at the end ignored with a warning, lines ended by a bare CR split, blank
    lines skipped; a stream without a record gives ``BadInput(name, "empty file (no JSONL lines)")`` at its
    end (probe52: `analyze --jsonl` had its own loop, which lost bare-CR feeds and answered padding and
    empty input otherwise than ingest)."""
    blank = True
    for n, line, size in lines:
        source = f"{name}#{n}"
        if line is None:
            blank = False
            yield source, None, size
            continue
        if n == 1 and isinstance(line, bytes) and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]  # a UTF-8 byte-order mark (a file holding only the mark is empty)
        if isinstance(line, bytes) and line.rstrip(b"\r\n").endswith(b"\x00" * PADDING):
            ended = line.rstrip(b"\r\n")
            line = ended.rstrip(b"\x00")  # NUL padding: no JSON holds a raw NUL byte
            warn(f"{source}: {len(ended) - len(line):,} NUL bytes of padding at the end ignored")
        if not line.strip() or isinstance(line, bytes) and not line.strip(b" \t\r\n\x00"):
            continue  # blank; or NULs only: padding, or the high byte of a UTF-16 line's newline (robust57)
        blank = False
        for part in _cr_lines(line):  # lines ended by a bare CR (old Mac files, mixed newlines) are split
            if part.strip():
                yield source, part, size
    if blank:
        yield BadInput(name, "empty file (no JSONL lines)")


def _cr_lines(line: bytes | str) -> list[bytes | str]:
    """A line as read (up to LF) split at bare CRs when it holds more than one JSON value: a CR cannot
    occur unescaped inside a JSON string, so between values it can only be a line end."""
    cr = "\r" if isinstance(line, str) else b"\r"
    body = line.rstrip(cr + ("\n" if isinstance(line, str) else b"\n"))  # type: ignore[operator]
    if cr not in body:
        return [line]
    try:
        json.loads(body)
        return [line]  # CR as whitespace inside one object
    except ValueError:
        return body.split(cr)  # type: ignore[arg-type]


def _jsonl_article(line: bytes | str, source: str, warn: Report) -> Iterator[RawArticle | BadInput]:
    try:
        yield parse_jsonl_line(line, source, warn)
    except BadInput as e:
        yield e
    except BUG_ERRORS as e:  # a reader bug on one line: that line is named, the next is read
        yield BadInput(source, f"internal error while reading ({type(e).__name__}: {e})")


def too_large(size: int | None = None, *, unpacked: bool = False) -> str:
    """The one reason for a file over MAX_BYTES, for every reader (a file whose size is known, a gzip
    unpacked past the limit, standard input read up to it)."""
    if size is not None:
        return f"file too large ({size:,} bytes > {_limit(MAX_BYTES)})"
    return f"file too large{' once unpacked' if unpacked else ''} (over {_limit(MAX_BYTES)})"


def regular_file(path: Path) -> os.stat_result:
    """``path``'s stat when it is a regular file; else BadInput: a folder (`bilat analyze DIR`; ingest walks
    folders instead) or a named pipe, socket or device (a pipe would block the batch forever; /dev/zero never
    ends). OSError when it cannot be stat'ed."""
    st = path.stat()
    if stat.S_ISDIR(st.st_mode):
        raise BadInput(str(path), f"cannot read ({os.strerror(errno.EISDIR)})")
    if not stat.S_ISREG(st.st_mode):
        raise BadInput(str(path), "not a regular file (a pipe, socket or device), not read")
    return st


def read_file(path: Path, warn: Report) -> Iterator[RawArticle | BadInput]:
    """Every article in one file, or BadInput items naming what is wrong."""
    packed = False
    try:
        st = regular_file(path)
        packed = gzipped(path, warn)
        if inner_ext(path) in JSONL_EXT:
            yield from read_jsonl(path, warn)
            return
        if st.st_size > MAX_BYTES and not packed and inner_ext(path) in TEXT_EXT and _feed(_head(path)):
            warn(_FEED_WARNING.format(path))  # a feed past the file limit is streamed, as a .jsonl is
            yield from read_jsonl(path, warn)
            return
        if st.st_size > MAX_BYTES:
            raise BadInput(str(path), too_large(st.st_size))
        data = _gunzip(path) if packed else path.read_bytes()
        yield from read_data(path, data, warn, gzipped=packed)
    except BadInput as e:
        yield e
    except (EOFError, OSError, zlib.error) as e:
        reason = gzip_error(e) if packed else None
        yield BadInput(str(path), reason or f"cannot read ({getattr(e, 'strerror', None) or e})")


def read_stream(name: str, stream: Any, warn: Report) -> Iterator[RawArticle | BadInput]:
    """A binary stream (standard input) read as read_file reads a text, HTML or JSON file called ``name``:
    at most MAX_BYTES of it, then the same checks and readers (read_data)."""
    try:
        data = stream.read(MAX_BYTES + 1)
    except OSError as e:
        yield BadInput(name, f"cannot read ({e.strerror or e})")
        return
    if len(data) > MAX_BYTES:
        yield BadInput(name, too_large())
        return
    if data.startswith(GZIP_MAGIC):  # `cat page.html.gz | bilat analyze`: read through gzip, as a file is
        warn(f"{name}: a gzip archive; read through gzip")
        try:
            data = _gunzip_stream(io.BytesIO(data), name)
        except (EOFError, OSError, zlib.error) as e:
            yield BadInput(name, gzip_error(e) or f"cannot read ({e})")
            return
        except BadInput as e:
            yield e
            return
    for item in read_data(Path(name), data, warn):
        if isinstance(item, RawArticle):
            note_cut(item, warn)
        yield item


PADDING = 16  # trailing NUL bytes, at least, that are padding (a download cut off, a preallocated file)


def _unpadded(data: bytes, source: str, warn: Report) -> bytes:
    """The data without a run of trailing NUL bytes (at least PADDING of them), with a warning counting them;
    text that holds NULs itself (UTF-16) keeps the one that completes its last code unit. A short page or
    text so padded was refused as binary data."""
    rest = data.rstrip(b"\x00")
    if len(data) - len(rest) < PADDING or not rest.strip():
        return data
    if b"\x00" in rest[:4096] and len(rest) % 2:
        rest += b"\x00"  # UTF-16LE: the high byte of its last character
    warn(f"{source}: {len(data) - len(rest):,} NUL bytes of padding at the end ignored")
    return rest


def read_data(path: Path, data: bytes, warn: Report, *, gzipped: bool = False) -> Iterator[RawArticle | BadInput]:
    """The articles of a text, HTML or JSON file's bytes (read whole, within MAX_BYTES): an empty or
    binary file is one BadInput; then by extension (JSON) or first bytes (HTML), else plain text."""
    ext = inner_ext(path)
    try:
        said: list[str] = []  # robust57: a tar or .npy file got "N NUL bytes of padding ignored" before its error line
        data = stray_nuls_removed(_unpadded(data, str(path), said.append), str(path), said.append)
        if not data.strip():
            raise BadInput(str(path), "empty file" + (" (the gzip archive holds nothing)" if gzipped else ""))
        kind = binary_kind(data)
        if kind is not None and not (is_html(path, data) and mixed_utf16(data) is not None):
            raise BadInput(str(path), f"binary file ({kind}), not text, HTML or JSONL")
        for line in said:  # only for a file that is read: a refused one gets its one error line alone
            warn(line)
        if ext in JSON_EXT:
            yield from read_json(path, data, warn)
        elif ext in TEXT_EXT and _feed(data):
            warn(_FEED_WARNING.format(path))
            yield from _jsonl_articles(path, jsonl_lines(io.BytesIO(data), _line_note(str(path), warn)), warn)
        elif is_html(path, data):
            yield from read_html(path, data, warn)
        else:
            if ext in TABLE_EXT:
                warn(f"{path}: read as one plain-text article ({ext[1:].upper()} is not parsed; "
                     "give bilat JSONL, one {\"text\": ...} object per line)")
            yield from read_text(path, data, warn)
    except BadInput as e:
        yield e


# probe54: a feed saved as feed.txt, or with no extension (`split` output, a download), was one article whose
# text was the JSON; such a file is read as JSONL, with this warning
_FEED_WARNING = "{}: holds JSON Lines (its first line is an article object with a \"text\" or \"html\" field); read as JSONL"


def _feed(data: bytes) -> bool:
    """True when the first line of a text file's bytes is a JSON article object (with a "text" or "html" key):
    a JSONL feed under a text name. A text whose first line merely starts with "{" is still a text. UTF-16 and
    UTF-32, with a byte-order mark or without one, are decoded first (probe55: a UTF-16 feed named .txt, big-endian
    or with its mark, was one article whose text was the JSON; jsonl_lines reads such a feed)."""
    head = data[:65536]
    mark = bom(head)
    encoding = mark[0] if mark is not None else unmarked_unicode(head)
    if encoding is not None and encoding != "utf-8":
        unit = 4 if "32" in encoding else 2
        body = data[mark[1] if mark is not None else 0:]
        line: bytes | str = body[:len(body) - len(body) % unit].decode(encoding, errors="replace")
        line = line.lstrip("\ufeff \t\r\n").split("\n", 1)[0]
    else:
        line = data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
    if not line.startswith("{" if isinstance(line, str) else b"{"):
        return False
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError):
        return False
    return isinstance(obj, dict) and ("text" in obj or "html" in obj)


def _head(path: Path, size: int = 1 << 20) -> bytes:
    with path.open("rb") as fh:
        return fh.read(size)


def read_guarded(path: Path, warn: Report) -> Iterator[RawArticle | BadInput]:
    """read_file, with a reader's bug reported as one line for that file (the batch goes on): what
    ingest, the cluster engine and `bilat analyze` read files with. An article longer than the clean
    stage's cap is said (note_cut)."""
    try:
        for item in read_file(path, warn):
            if isinstance(item, RawArticle):
                note_cut(item, warn)
            yield item
    except BUG_ERRORS as e:
        yield BadInput(str(path), f"internal error while reading ({type(e).__name__}: {e})")


def note_cut(raw: RawArticle, warn: Report) -> None:
    """One warning for an article whose text is longer than the analysed cap (the clean stage's
    ``max_chars``): its source, its length and what is analysed; the whole text is still stored."""
    from bilat.stages.clean import cut_at, max_chars

    limit = max_chars()
    cut = cut_at(raw.text, limit)
    if cut is not None:
        warn(f"{raw.source}: text of {len(raw.text):,} characters; only the first {cut:,} are analysed "
             f"(the cap is {limit:,}, set by BILAT_MAX_CHARS), the rest is kept unanalysed")


def walk(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | BadInput]:
    """Files under the given paths, recursively, in a stable order; a path or sub-folder that cannot
    be read is one BadInput, and the walk goes on."""
    for p in paths:
        path = Path(p)
        try:
            if path.is_dir():
                yield from _walk_dir(path)
            elif path.exists():
                yield path
            else:
                yield BadInput(str(path), f"cannot read ({os.strerror(errno.ENOENT)})")  # as `bilat analyze` says it
        except OSError as e:
            yield BadInput(str(path), f"cannot read ({e.strerror or e})")


def _folder_key(path: Path | str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None  # os.walk names an unreadable folder itself
    return st.st_dev, st.st_ino


def _walk_dir(root: Path) -> Iterator[Path | BadInput]:
    """Symlinked sub-folders are followed (before, their articles were skipped without a word); a folder
    already read, through a symlink loop (`loop -> .`) or a second link to it, is read once."""
    errors: list[OSError] = []
    seen = {_folder_key(root)}
    for folder, dirs, files in os.walk(root, onerror=errors.append, followlinks=True):
        yield from (BadInput(str(e.filename or folder), f"cannot read folder ({e.strerror or e})")
                    for e in errors)
        errors.clear()
        keep = []
        for d in sorted(d for d in dirs if not d.startswith(".")):
            key = _folder_key(os.path.join(folder, d))
            if key is None or key not in seen:
                seen.add(key)
                keep.append(d)
        dirs[:] = keep
        for name in sorted(files):
            if not name.startswith(".") and name not in SKIP_NAMES:
                yield Path(folder) / name
    yield from (BadInput(str(e.filename or root), f"cannot read folder ({e.strerror or e})") for e in errors)


# --- the batch ------------------------------------------------------------------------------------

# Exceptions that are bugs in a stage or a reader: the article is named and the batch goes on.
BUG_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, RuntimeError, ArithmeticError,
              LookupError, *backends.db_errors())


@dataclass
class Summary:
    ingested: int = 0
    unchanged: int = 0  # the same article from the same source, already stored
    duplicates: int = 0  # the same text again, from another source or twice in this batch
    clashes: int = 0  # a known id with a different text: stored under a new id
    analysis_errors: int = 0  # stored with an analysis error (text and language kept)
    empty: int = 0  # feed records with a blank text: skipped with a warning, not failures
    failed: int = 0  # not stored: unreadable files, bad lines, store errors
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        parts = [f"{self.ingested} ingested", f"{self.unchanged} unchanged", f"{self.duplicates} duplicates"]
        if self.clashes:
            parts.append(f"{self.clashes} id clashes (stored under new ids)")
        if self.analysis_errors:
            parts.append(f"{self.analysis_errors} stored with analysis errors")
        if self.empty:
            parts.append(f"{self.empty} empty records skipped")
        return ", ".join([*parts, f"{self.failed} failed"])


Progress = Callable[[int, int], None]  # (articles done, articles in all)


class Ingestor:
    """Analyses RawArticles and commits them in small batches."""

    def __init__(self, conn: store.Connection, *, stories: bool = True, pipeline: Pipeline | None = None,
                 error: Report | None = None, warn: Report | None = None, batch: int = 16) -> None:
        self.conn = conn
        report = error or (lambda msg: print(msg, file=sys.stderr))
        self.error: Report = lambda msg: report(one_line(msg))
        self.warn: Report = (lambda msg: warn(one_line(msg))) if warn else self.error
        self._pipeline = pipeline
        self.linker = make_linker(conn) if stories else None
        self.summary = Summary()
        self.batch = batch
        self.pending: list[tuple[str, Document, str | None]] = []  # (source, document, analysis error)
        self._pending_ids: dict[str, str] = {}  # id -> content hash, for the pending batch
        self.queued: list[tuple[str, Document]] = []  # read, analysed at the next flush
        self.linked: list[str] = []  # documents linked by this run, revisited at its end (``revisit``)

    @property
    def pipeline(self) -> Pipeline:
        """Built on first use: a client that only stores what cluster workers analysed loads no models."""
        if self._pipeline is None:
            self._pipeline = Pipeline(options={"entities": {"learned": store.learned_entities(self.conn)}})
        return self._pipeline

    def fail(self, bad: BadInput) -> None:
        self.summary.failed += 1
        self.summary.errors.append(str(bad))
        self.error(f"error: {bad}")

    def add(self, raw: RawArticle) -> None:
        """Queue one article; the next batch (``flush``) analyses and stores it."""
        self.queue(raw)
        if len(self.queued) >= self.batch:
            self.flush()

    def queue(self, raw: RawArticle) -> None:
        """Queue one article for analysis unless its text is already stored (or queued), under its
        own id or, on a clash, a new one."""
        doc = document_from_raw(raw)
        hash_ = content_hash(doc.original)
        if self._known(raw.source, hash_):
            return
        doc = self._own_id(raw, doc, hash_)
        self.queued.append((raw.source, doc))
        self._pending_ids[doc.id] = hash_

    def stored(self, *, hash_: str | None = None, doc_id: str | None = None) -> Any:
        """What the store holds under this hash (or else this id); the cluster engine also counts
        the articles it has sent for analysis and not yet committed."""
        return store.stored(self.conn, hash_=hash_, doc_id=doc_id)

    def _analyse(self) -> None:
        """Analyse the queued articles together (the events stage embeds their sentences in one batch)."""
        queued, self.queued = self.queued, []
        results = self.pipeline.attempt_many([doc for _, doc in queued])
        for (source, doc), (analysed, failure) in zip(queued, results):
            error = None
            if failure is not None:
                if not isinstance(failure.error, BUG_ERRORS + (BilatError,)):
                    raise failure.error
                analysed, error = _kept(doc, analysed), failure.line()
                self.warn(f"{source}: {error}; stored without analysis, analysed again on the next ingest "
                          "or by `bilat reanalyze`")
            self.pending.append((source, analysed, error))

    def _known(self, source: str, hash_: str) -> bool:
        """Count an article whose text is already stored (or pending) as unchanged or duplicate."""
        if hash_ in self._pending_ids.values():
            self.summary.duplicates += 1
            return True
        row = self.stored(hash_=hash_)
        if row is None or row["error"] is not None:
            return False
        if row["source"] == source:
            self.summary.unchanged += 1
        else:
            self.summary.duplicates += 1
        return True

    def _own_id(self, raw: RawArticle, doc: Document, hash_: str) -> Document:
        """The document's id: its own, unless that id already names a different text (a clash: the
        article is stored under ``id~hash`` and the clash is reported)."""
        failed = self.stored(hash_=hash_)
        if failed is not None:  # stored earlier with an analysis error: the same row again
            return dataclasses.replace(doc, id=failed["id"])
        if raw.id is None:
            return doc
        taken = self._pending_ids.get(doc.id)
        if taken is None:
            row = self.stored(doc_id=doc.id)
            taken = row["hash"] if row is not None else None
        if taken is None or taken == hash_:
            return doc
        return self._clashed(raw.source, raw.id, doc, hash_)

    def _clashed(self, source: str, base: str, doc: Document, hash_: str) -> Document:
        """The document under a free id ``base~hash`` (``-2``, ``-3``... while taken), the clash counted
        and reported."""
        new_id, n = f"{base}~{hash_[:10]}", 1
        while self.stored(doc_id=new_id) or new_id in self._pending_ids:
            n += 1
            new_id = f"{base}~{hash_[:10]}-{n}"
        self.summary.clashes += 1
        self.warn(f"{source}: id {base!r} already names a different article; stored as {new_id!r}")
        return renamed(doc, new_id)

    def flush(self) -> None:
        """Embed the pending documents together (2-3x faster than one by one), then commit each
        document atomically with its search index, story link and conflicts."""
        self._analyse()
        pending, self.pending, self._pending_ids = self.pending, [], {}
        analysed = [(i, doc) for i, (_, doc, error) in enumerate(pending) if error is None]
        preps: dict[int, Prepared] = {}
        if self.linker is not None and analysed:
            try:
                preps = dict(zip([i for i, _ in analysed], self.linker.prepare_many([d for _, d in analysed])))
            except BUG_ERRORS:
                preps = {}  # retried one by one below, so the bad one is named
        for i, (source, doc, error) in enumerate(pending):
            self._save(source, doc, error, preps.get(i))

    def store_one(self, source: str, doc: Document, prep: Prepared | None = None) -> bool:
        """Commit one analysed document (its search index, story link, conflicts); True if stored now."""
        before = self.summary.ingested
        self._save(source, doc, None, prep)
        return self.summary.ingested > before

    def _save(self, source: str, doc: Document, error: str | None, prep: Prepared | None, retries: int = 3) -> None:
        try:
            if self.linker is not None and prep is None and error is None:
                prep = self.linker.prepare(doc)

            def after(conn: store.Connection, saved: Document) -> None:
                search.index_document(conn, saved)
                conflicts.record(conn, saved)
                if self.linker is not None:
                    link = self.linker.link(conn, saved, prep)
                    conflicts.refresh(conn, link.story, link.absorbed)
                    self.linked.append(saved.id)
            stored = store.save_document(self.conn, doc, after=after, error=error)
        except BUG_ERRORS + (BilatError,) as e:
            if self.linker is not None and not backends.store_broken(e):  # its transaction rolled back:
                self.linker.reload(self.conn)  # so must the linker's counts
            self._failed(source, e)
            return
        if not stored:  # another process stored it since add() looked
            hash_ = document_hash(doc)
            if self._known(source, hash_):
                return
            row = self.stored(hash_=hash_)  # this text, stored meanwhile with an analysis error
            if retries and (row is not None or self.stored(doc_id=doc.id) is not None):
                # its id was taken meanwhile by a different text: stored under a free id, as a clash
                # found before analysis is (it was lost, 'ingest again', when two ingests raced)
                moved = renamed(doc, row["id"]) if row is not None else self._clashed(source, doc.id, doc, hash_)
                self._save(source, moved, error, prep, retries - 1)
            else:
                self.fail(BadInput(source, f"id {doc.id!r} was taken by another process meanwhile; ingest again"))
        elif error is not None:
            self.summary.analysis_errors += 1
        else:
            self.summary.ingested += 1

    def _failed(self, source: str, e: Exception) -> None:
        if backends.store_broken(e):  # the store's fault, not the article's: every later one would fail too
            raise StoreBroken(source, backends.driver_reason(e)) from e
        if isinstance(e, BilatError):
            self.fail(BadInput(source, str(e)))
        else:  # a bug must not stop the batch: name the article and go on
            reason = backends.driver_reason(e) if isinstance(e, backends.db_errors()) else str(e)
            self.fail(BadInput(source, f"internal error ({type(e).__name__}: {reason})"))

    def files(self, paths: Iterable[str | os.PathLike[str]]) -> list[Path | BadInput]:
        """The files to read under ``paths`` (walk), less the store's own files: `bilat ingest .` with the
        default ./bilat.db found its database, -wal and -shm in the folder and counted them as 3 failed."""
        own = store_files(self.conn)
        return [f for f in walk(paths) if not (isinstance(f, Path) and own and os.path.realpath(f) in own)]

    def take(self, item: RawArticle | BadInput, put: Callable[[RawArticle], None]) -> None:
        """One thing a reader gave: a blank feed record is counted and warned of, a bad one failed, an article
        ``put`` (``add``, or the cluster engine's ``queue``), a bug there failing this article only."""
        if isinstance(item, EmptyArticle):
            self.summary.empty += 1
            self.warn(str(item))
        elif isinstance(item, BadInput):
            self.fail(item)
        else:
            try:
                put(item)
            except BUG_ERRORS as e:  # a bug outside the stages: this article only
                self._failed(item.source, e)

    def run(self, paths: Iterable[str | os.PathLike[str]], progress: Progress | None = None) -> Summary:
        """Ingest files and folders; ``progress(done, total)`` counts articles across all files."""
        files = self.files(paths)
        total = sum(count_articles(f) for f in files if isinstance(f, Path))
        done = 0
        for item in files:
            if isinstance(item, BadInput):
                self.fail(item)
                continue
            for raw in self._read(item):
                self.take(raw, self.add)
                done += 1
                if progress:
                    progress(done, max(total, done))
        self.flush()
        self.revisit()
        if progress:
            progress(max(total, done), max(total, done))
        return self.summary

    def revisit(self) -> None:
        """Score again the documents this run linked without date evidence (``Linker.revisit``), now that the
        whole run is linked, and refresh the conflicts of the stories they leave and join."""
        ids, self.linked = self.linked, []
        if self.linker is None or not ids:
            return
        with store.transaction(self.conn):
            moves = self.linker.revisit(self.conn, ids)
            for story in dict.fromkeys(s for _, old, new in moves for s in (old, new)):
                conflicts.refresh(self.conn, story)

    def _read(self, path: Path) -> Iterator[RawArticle | BadInput]:
        return read_guarded(path, self.warn)

    def reanalyze(self, ids: Iterable[str] | None = None) -> Summary:
        """Analyse again the documents stored with an analysis error (or those named)."""
        targets = list(ids) if ids is not None else [i for i, _ in store.failed_documents(self.conn)]
        for doc_id in targets:
            doc = store.load_document(self.conn, doc_id)
            if doc is None:
                self.fail(BadInput(doc_id, "no such document"))
                continue
            self.add(RawArticle(source=doc.source, text=doc.original, fmt=doc.fmt, title=doc.title, url=doc.url,
                                published=doc.published, id=doc.id))
        self.flush()
        return self.summary


def store_files(conn: store.Connection) -> frozenset[str]:
    """The real paths of a SQLite store's files: the database and its -wal, -shm and -journal (none for
    PostgreSQL, or an in-memory store)."""
    if backends.backend(conn) != backends.SQLITE:
        return frozenset()
    main = next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"), "")
    if not main:
        return frozenset()
    return frozenset(os.path.realpath(main + end) for end in ("", "-wal", "-shm", "-journal"))


def renamed(doc: Document, new_id: str) -> Document:
    """An analysed document under another id, its events' ids and document field with it."""
    prefix = f"{doc.id}:"
    events = [dataclasses.replace(e, id=new_id + e.id[len(doc.id):] if e.id.startswith(prefix) else e.id,
                                  doc=new_id if e.doc == doc.id else e.doc) for e in doc.events]
    return dataclasses.replace(doc, id=new_id, events=type(doc.events)(events))


def _kept(doc: Document, partial: Document) -> Document:
    """What is stored of an article whose analysis failed: its text, language and metadata."""
    return dataclasses.replace(doc, text=partial.text or doc.original, lang=partial.lang, title=partial.title,
                               url=partial.url, published=partial.published, outlet=partial.outlet,
                               paragraphs=partial.paragraphs)


def count_articles(path: Path) -> int:
    """Articles a file holds, for the progress bar: its lines for JSONL, else one."""
    if path.suffix.lower() not in JSONL_EXT:
        return 1
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return 1
        with path.open("rb") as fh:
            n, last = 0, b""
            while chunk := fh.read(1 << 20):
                n += chunk.count(b"\n")
                last = chunk
            return n + (1 if last and not last.endswith(b"\n") else 0)
    except OSError:
        return 1


def ingest(paths: Iterable[str | os.PathLike[str]], db: str | None = None, **kwargs: Any) -> Summary:
    """Library entry point: ingest files and directories into the store at ``db``."""
    conn = store.connect(db)
    try:
        return Ingestor(conn, **kwargs).run(paths)
    finally:
        conn.close()
