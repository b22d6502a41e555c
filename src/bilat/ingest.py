"""Ingest: files in, analysed documents into the store.

Readers turn one input file into RawArticles (text, HTML via trafilatura, JSONL one article
per line). A bad file raises BadInput with a one-line reason; the batch goes on. Each
document is analysed, then committed atomically with its story links; a document whose
content hash is already stored is 'unchanged' and costs almost nothing.
"""

from __future__ import annotations

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
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bilat import store
from bilat.corpus import conflicts, search
from bilat.corpus.stories import Prepared, make_linker
from bilat.encodings import (
    Report,
    binary_kind,
    blank,
    bom,
    clean_chars,
    declared_charset,
    decode,
    mixed_utf16,
    stray_nuls_removed,
    unmarked_unicode,
)
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
