"""Bytes to text: the one decoding rule every reader uses (``decode``), and what it rests on.

A byte-order mark, UTF-16/32 without one, UTF-8, a page's declared charset, a detected legacy code page
(single- or multi-byte: cp1256, cp1258, GB18030, Big5, TIS-620), HTML whose markup is ASCII but whose text
is UTF-16 (``mixed_utf16``), and stray NULs in UTF-8 text. Also the check that refuses binary files before
decoding (``binary_kind``), and the clean-up of decoded text (``clean_chars``, ``blank``). Moved out of
ingest.py unchanged; ingest's readers call it.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable

from bilat import datafiles

Report = Callable[[str], None]
LATIN_FAMILY = {"latin_1", "iso8859_15", "cp1252", "cp1250", "iso8859_2", "cp1257", "iso8859_4", "iso8859_13",
                "iso8859_3", "iso8859_9", "cp1254", "iso8859_10", "iso8859_14", "iso8859_16", "mac_roman",
                "mac_latin2", "cp850", "cp437"}



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
