"""Ingest: files in, analysed documents into the store.

Readers turn one input file into RawArticles (text, HTML via trafilatura, JSONL one article
per line). A bad file raises BadInput with a one-line reason; the batch goes on. Each
document is analysed, then committed atomically with its story links; a document whose
content hash is already stored is 'unchanged' and costs almost nothing.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import conflicts, search, store
from .errors import BadInput, BilatError
from .pipeline import Pipeline, content_hash, document_from_raw
from .records import Document, RawArticle
from .stories import Prepared, make_linker

MAX_BYTES = 20 * 1024 * 1024  # per text/HTML file; JSONL is read line by line
MAX_LINE_BYTES = 5 * 1024 * 1024
TEXT_EXT = {".txt", ".text", ".md", ""}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
SKIP_NAMES = {".DS_Store", "Thumbs.db"}

Report = Callable[[str], None]
LATIN_FAMILY = {"latin_1", "iso8859_15", "cp1252", "cp1250", "iso8859_2", "cp1257", "iso8859_4", "iso8859_13",
                "iso8859_3", "iso8859_9", "cp1254", "iso8859_10", "iso8859_14", "iso8859_16", "mac_roman",
                "mac_latin2", "cp850", "cp437"}


# --- decoding -------------------------------------------------------------------------------------


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(head) and control / len(head) > 0.05


def decode(data: bytes, source: str, warn: Report) -> str:
    """UTF-8 (BOM or not), UTF-16 with BOM; otherwise a detected legacy encoding, with a warning."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise BadInput(source, f"undecodable UTF-16 ({e.reason} at byte {e.start})") from e
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        raise BadInput(source, f"not valid UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
                               "and no other encoding fits") from utf8_error
    encoding = best.encoding
    if encoding in LATIN_FAMILY:
        # Detection cannot tell the Western code pages apart on short texts; cp1252 is
        # by far the most common of them on the web (and a superset of Latin-1's letters).
        encoding = "cp1252"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        encoding, text = best.encoding, str(best)
    warn(f"{source}: not UTF-8; decoded as {encoding}")
    return text


# --- readers --------------------------------------------------------------------------------------


def read_text(path: Path, data: bytes, warn: Report) -> list[RawArticle]:
    text = decode(data, str(path), warn)
    if not text.strip():
        raise BadInput(str(path), "empty file (no text)")
    return [RawArticle(source=str(path), text=text, fmt="txt")]


def _html_truncated(html: str) -> bool:
    low = html[-4096:].lower()
    opened = "<html" in html[:4096].lower() or "<body" in html.lower()
    return opened and "</html>" not in low and "</body>" not in low


def extract_html(html: str, source: str) -> RawArticle:
    import trafilatura

    if _html_truncated(html):
        raise BadInput(source, "truncated HTML (the document ends before </body></html>)")
    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    data: dict[str, Any] = {}
    if result is not None:
        data = result if isinstance(result, dict) else result.as_dict()
    text = (data.get("text") or "").strip()
    if not text:
        raise BadInput(source, "no article text found in the HTML")
    return RawArticle(source=source, text=text, fmt="html", title=data.get("title") or None,
                      url=data.get("url") or None, published=data.get("date") or None)


def read_html(path: Path, data: bytes, warn: Report) -> list[RawArticle]:
    html = decode(data, str(path), warn)
    if not html.strip():
        raise BadInput(str(path), "empty file (no HTML)")
    return [extract_html(html, str(path))]


def jsonl_article(obj: Any, source: str) -> RawArticle:
    if not isinstance(obj, dict):
        raise BadInput(source, "a JSONL line must be an object")
    text, html = obj.get("text"), obj.get("html")
    if isinstance(html, str) and html.strip() and not (isinstance(text, str) and text.strip()):
        raw = extract_html(html, source)
    elif isinstance(text, str) and text.strip():
        raw = RawArticle(source=source, text=text, fmt="jsonl")
    else:
        raise BadInput(source, "no 'text' or 'html' field with content")

    def opt(key: str) -> str | None:
        value = obj.get(key)
        return str(value) if value not in (None, "") else None

    return RawArticle(source=source, text=raw.text, fmt="jsonl", title=opt("title") or raw.title,
                      url=opt("url") or raw.url, published=opt("published") or raw.published, id=opt("id"))


def read_jsonl(path: Path, warn: Report) -> Iterator[RawArticle | BadInput]:
    """One RawArticle per line; a bad line yields a BadInput and reading goes on."""
    with path.open("rb") as fh:
        for n, line in enumerate(fh, 1):
            source = f"{path}#{n}"
            if not line.strip():
                continue
            if len(line) > MAX_LINE_BYTES:
                yield BadInput(source, f"line too large ({len(line)} bytes > {MAX_LINE_BYTES})")
                continue
            try:
                obj = json.loads(decode(line, source, warn))
                yield jsonl_article(obj, source)
            except json.JSONDecodeError as e:
                yield BadInput(source, f"invalid JSON ({e.msg} at column {e.colno})")
            except BadInput as e:
                yield e


def read_file(path: Path, warn: Report) -> Iterator[RawArticle | BadInput]:
    """Every article in one file, or BadInput items naming what is wrong."""
    ext = path.suffix.lower()
    try:
        size = path.stat().st_size
        if ext in JSONL_EXT:
            yield from read_jsonl(path, warn)
            return
        if size > MAX_BYTES:
            raise BadInput(str(path), f"file too large ({size / 1e6:.1f} MB > {MAX_BYTES / 1e6:.0f} MB limit)")
        data = path.read_bytes()
        if not data.strip():
            raise BadInput(str(path), "empty file")
        if looks_binary(data):
            raise BadInput(str(path), "binary file, not text, HTML or JSONL")
        sniff = data[:1024].lstrip().lower()
        if ext in HTML_EXT or sniff.startswith((b"<!doctype html", b"<html")):
            yield from read_html(path, data, warn)
        elif ext in TEXT_EXT or ext not in HTML_EXT:
            yield from read_text(path, data, warn)
    except BadInput as e:
        yield e
    except OSError as e:
        yield BadInput(str(path), f"cannot read ({e.strerror or e})")


def walk(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | BadInput]:
    """Files under the given paths, recursively, in a stable order."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                if sub.is_file() and not sub.name.startswith(".") and sub.name not in SKIP_NAMES:
                    yield sub
        elif path.is_file():
            yield path
        else:
            yield BadInput(str(path), "no such file or directory")


# --- the batch ------------------------------------------------------------------------------------


@dataclass
class Summary:
    ingested: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        return f"{self.ingested} ingested, {self.unchanged} unchanged, {self.failed} failed"


class Ingestor:
    """Analyses RawArticles and commits them one by one."""

    def __init__(self, conn: sqlite3.Connection, *, stories: bool = True, pipeline: Pipeline | None = None,
                 error: Report | None = None, warn: Report | None = None, batch: int = 16) -> None:
        self.conn = conn
        self.error = error or (lambda msg: print(msg, file=sys.stderr))
        self.warn = warn or self.error
        self.pipeline = pipeline or Pipeline(options={"entities": {"learned": store.learned_entities(conn)}})
        self.linker = make_linker(conn) if stories else None
        self.summary = Summary()
        self.batch = batch
        self.pending: list[tuple[str, Document]] = []

    def fail(self, bad: BadInput) -> None:
        self.summary.failed += 1
        self.summary.errors.append(str(bad))
        self.error(f"error: {bad}")

    def add(self, raw: RawArticle) -> None:
        """Analyse one article; it is stored with the next batch (``flush``)."""
        doc = document_from_raw(raw)
        if store.has_hash(self.conn, content_hash(doc.original)):
            self.summary.unchanged += 1
            return
        try:
            self.pending.append((raw.source, self.pipeline(doc)))
        except Exception as e:  # noqa: BLE001 - one article's failure must not stop the batch
            self._failed(raw.source, e)
            return
        if len(self.pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        """Embed the pending documents together (2-3x faster than one by one), then commit each
        document atomically with its search index, story link and conflicts."""
        pending, self.pending = self.pending, []
        preps: list[Prepared | None] = [None] * len(pending)
        if self.linker is not None and pending:
            try:
                preps = self.linker.prepare_many([doc for _, doc in pending])
            except Exception:  # noqa: BLE001 - retried one by one below, so the bad one is named
                preps = [None] * len(pending)
        for (source, doc), prep in zip(pending, preps):
            try:
                if self.linker is not None and prep is None:
                    prep = self.linker.prepare(doc)

                def after(conn: sqlite3.Connection, saved: Document, prep: Prepared | None = prep) -> None:
                    search.index_document(conn, saved)
                    conflicts.record(conn, saved)
                    if self.linker is not None:
                        link = self.linker.link(conn, saved, prep)
                        conflicts.refresh(conn, link.story, link.absorbed)
                stored = store.save_document(self.conn, doc, after=after)
            except Exception as e:  # noqa: BLE001
                if self.linker is not None:  # its transaction rolled back: so must the linker's counts
                    self.linker.reload(self.conn)
                self._failed(source, e)
                continue
            if stored:
                self.summary.ingested += 1
            else:
                self.summary.unchanged += 1

    def _failed(self, source: str, e: Exception) -> None:
        if isinstance(e, BilatError):
            self.fail(BadInput(source, str(e)))
        elif isinstance(e, (ValueError, TypeError, KeyError, IndexError, AttributeError, RuntimeError,
                            ArithmeticError, sqlite3.Error)):
            # A bug in a stage must not stop the batch: name the article and go on.
            self.fail(BadInput(source, f"internal error while analysing ({type(e).__name__}: {e})"))
        else:
            raise e

    def run(self, paths: Iterable[str | os.PathLike[str]], progress: Callable[[int, int], None] | None = None
            ) -> Summary:
        files = list(walk(paths))
        for i, item in enumerate(files, 1):
            if isinstance(item, BadInput):
                self.fail(item)
            else:
                for raw in read_file(item, self.warn):
                    if isinstance(raw, BadInput):
                        self.fail(raw)
                    else:
                        self.add(raw)
            if progress:
                progress(i, len(files))
        self.flush()
        return self.summary


def ingest(paths: Iterable[str | os.PathLike[str]], db: str | None = None, **kwargs: Any) -> Summary:
    """Library entry point: ingest files and directories into the store at ``db``."""
    conn = store.connect(db)
    try:
        return Ingestor(conn, **kwargs).run(paths)
    finally:
        conn.close()
