"""Metadata stage: title, url, outlet and published date from the raw text (reader values win)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from bilat.records import Document

SOURCE_WORDS = (
    "المصدر", "مصدر", "منبع", "source", "sources", "nguồn", "theo", "来源", "來源", "出处", "источник",
    "ที่มา", "kaynak", "quelle", "fuente", "sumber", "出典", "출처", "джерело", "fonte",
)
_SRC = "|".join(re.escape(w) for w in sorted(SOURCE_WORDS, key=len, reverse=True))
SOURCE_LINE = re.compile(rf"^\s*(?:{_SRC})\s*[:：]\s*(?P<val>\S.{{0,150}}?)\s*$", re.IGNORECASE)
THEO_LINE = re.compile(r"^\s*Theo\s+(?P<val>[\w.&\- ]{1,40}?)\s*$")
URL = re.compile(r"https?://[^\s<>\"')）]+")
BARE_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
AGENCY_SIGNOFF = re.compile(r"[(（]\s*(?:[^()（）]{0,12}[—\-–]\s*)?(?P<val>[A-Z][A-Za-z]{1,9})\s*[)）]\s*$")
SENTENCE_END = re.compile(r"[.!?。！？؟۔।:;…]\s*$")
_DATE_SEP = re.compile(r"(?<!\d)(20\d\d|19\d\d)[/\-_](\d{1,2})[/\-_](\d{1,2})(?!\d)")
_DATE_SEG = re.compile(r"(?:^|/)(20\d\d|19\d\d)(\d\d)(\d\d)(?:/|$|\.html?$)")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# other year-first dates feeds write: 2024/01/31, 2024.01.31, 20240131 (never day- or month-first: those are ambiguous)
_YEAR_FIRST = re.compile(r"(\d{4})([/.]?)(\d{1,2})\2(\d{1,2})")
# a Unix time: seconds (10 digits, 2001-2286) or milliseconds (13 digits), as a JSON number or a string of digits
_EPOCH_SECONDS = (10**9, 10**10)
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,30})?)?(?:Z|[+-]\d{2}:?\d{2})?")
# Fractional seconds past microseconds (RFC 3339 nanoseconds, as Go and Elasticsearch write them) and a
# leap second (:60): cut to what datetime holds before parsing, since bilat stores whole seconds
_FRACTION_TAIL = re.compile(r"(?<=[.,]\d{6})\d+")
_LEAP_SECOND = re.compile(r"(?<=T\d{2}:\d{2}:|\s\d{2}:\d{2}:)60(?=\D|$)")
PUBLISHED_YEARS = (1800, 2200)  # a published year outside these is a mistake, not a date


def is_headline(line: str, rest: str) -> bool:
    """A first line is a headline when short, unpunctuated and followed by more text."""
    s = line.strip()
    if not s or not rest.strip() or len(s) > 160 or SENTENCE_END.search(s):
        return False
    return len(s) < len(rest.strip().split("\n", 1)[0]) or rest.startswith("\n")


def derive_title(text: str, limit: int = 120) -> str:
    """The first sentence of the body, cut at a word boundary within ``limit`` characters."""
    first = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
    m = re.search(r"[.!?。！？؟](?=\s|$)", first)
    sent = first[: m.end()] if m else first
    if len(sent) <= limit:
        return sent.rstrip(".。") or sent
    cut = sent[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,،") + "…"


def find_url(text: str) -> str | None:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    for ln in reversed(lines[-12:]):
        m = SOURCE_LINE.match(ln)
        if m and URL.search(m.group("val")):
            return URL.search(m.group("val")).group(0)  # type: ignore[union-attr]
        if BARE_URL_LINE.match(ln):
            u = ln.strip()
            return u if u.startswith("http") else "https://" + u
    return None


# "javascript:x" or "data:..." but not "example.com:8080/x"
_OTHER_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:(?!\d)")


def find_outlet(text: str) -> str | None:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    for ln in reversed(lines[-12:]):
        m = THEO_LINE.match(ln) or SOURCE_LINE.match(ln)
        if m and not URL.search(m.group("val")):
            return m.group("val").strip()
        m = AGENCY_SIGNOFF.search(ln)
        if m:
            return m.group("val")
    return None


def outlet_from_url(url: str) -> str | None:
    """The host of a web address; None for any other scheme (javascript:, data:, mailto:, ...)."""
    url = url.strip()
    if "//" in url:
        if urlsplit(url).scheme.lower() not in ("http", "https", ""):
            return None
    elif _OTHER_SCHEME.match(url):
        return None
    host = urlsplit(url if "//" in url else "https://" + url).hostname
    if not host:
        return None
    return host.removeprefix("www.")


def date_from_url(url: str) -> str | None:
    """A date encoded unambiguously in the URL path, ISO formatted."""
    path = urlsplit(url).path
    for rx in (_DATE_SEP, _DATE_SEG):
        found = {(int(y), int(m), int(d)) for y, m, d in rx.findall(path)}
        valid = {t for t in found if 1 <= t[1] <= 12 and 1 <= t[2] <= 31}
        if len(valid) == 1:
            y, m, d = valid.pop()
            return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def iso_published(value: object) -> str:
    """A published date as stored: ``YYYY-MM-DD``, or a full ISO datetime normalised to
    ``YYYY-MM-DDTHH:MM:SS[+HH:MM]`` (``Z`` becomes ``+00:00``); an RFC 2822 date (RSS
    ``pubDate``) is accepted and normalised the same way, and so are year-first dates with slashes,
    dots or no separator (2024/01/31, 2024.01.31, 20240131) and a Unix time in seconds or milliseconds
    (a number or a string of 10 or 13 digits, read as UTC). Anything else raises ValueError with the
    reason (other numbers, booleans, objects, other formats, years outside PUBLISHED_YEARS)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) or isinstance(value, str) \
            and value.strip().isascii() and value.strip().isdigit() and len(value.strip()) in (10, 13):
        return _epoch(value)
    if not isinstance(value, str):
        raise ValueError(f"not a date string but {type(value).__name__}")  # noqa: TRY004 - one error type for every reason
    v = value.strip()
    try:
        if _ISO_DATE.fullmatch(v):
            out, year = v, date.fromisoformat(v).year
        elif (ymd := _YEAR_FIRST.fullmatch(v)) and (ymd.group(2) or len(v) == 8):
            d = date(int(ymd.group(1)), int(ymd.group(3)), int(ymd.group(4)))
            out, year = d.isoformat(), d.year
        elif _ISO_DATETIME.fullmatch(v):
            dt = datetime.fromisoformat(_LEAP_SECOND.sub("59", _FRACTION_TAIL.sub("", v), count=1))
            out, year = dt.isoformat(timespec="seconds"), dt.year
        else:
            dt = parsedate_to_datetime(v)
            out, year = dt.isoformat(timespec="seconds"), dt.year
    except (ValueError, TypeError, IndexError) as e:
        raise ValueError("not an ISO date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)") from e
    if not PUBLISHED_YEARS[0] <= year <= PUBLISHED_YEARS[1]:
        raise ValueError(f"year {year} out of range {PUBLISHED_YEARS[0]}-{PUBLISHED_YEARS[1]}")
    return out


def _epoch(value: float | str) -> str:
    """A Unix time in seconds or milliseconds as ``iso_published`` stores a datetime (UTC)."""
    try:
        t = float(value)
    except (ValueError, OverflowError) as e:
        raise ValueError("not a Unix time") from e
    if _EPOCH_SECONDS[0] * 1000 <= t < _EPOCH_SECONDS[1] * 1000:
        t /= 1000  # milliseconds (JavaScript's Date.now())
    if not _EPOCH_SECONDS[0] <= t < _EPOCH_SECONDS[1]:
        raise ValueError("a number that is not a Unix time in seconds or milliseconds (10 or 13 digits)")
    return datetime.fromtimestamp(int(t), tz=UTC).isoformat(timespec="seconds")


def valid_published(value: object) -> str | None:
    """``iso_published`` or None: the stage's guard for callers that skipped the reader's check."""
    try:
        return iso_published(value) if value not in (None, "") else None
    except ValueError:
        return None


def extract(doc: Document) -> Document:
    text = doc.original
    url = doc.url or find_url(text)
    title = doc.title
    if not title:
        stripped = text.lstrip("\n ")
        first, _, rest = stripped.partition("\n")
        title = first.strip() if is_headline(first, rest) else derive_title(stripped)
        title = title or doc.source
    outlet = doc.outlet or (outlet_from_url(url) if url else None) or find_outlet(text)
    published = valid_published(doc.published) or (date_from_url(url) if url else None)
    return dataclasses.replace(doc, title=title, url=url, outlet=outlet, published=published)


def make_stage(**options: object) -> Callable[[Document], Document]:
    return extract
