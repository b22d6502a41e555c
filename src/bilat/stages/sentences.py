"""The ``sentences`` stage: sentence spans per paragraph, and word tokens for the stages that need them.

Sentences never cross a paragraph or a line break; spans are stripped of surrounding whitespace and
are exact offsets into ``Document.text``. Rules by writing system:

- Chinese / Japanese: 。！？｡ (and ! ? . between ideographs) end a sentence; closing quotes and
  brackets (”」』）) stay with it.
- Arabic script: . ! ? ؟ ۔ end a sentence when a space follows; ؛ (and ; ) only between two long
  clauses; no split inside "1.5", after a one-letter abbreviation ("ك.", "د.") or inside "ج.ا.ا".
- Alphabets with case (Latin, Cyrillic, Greek, ...): . ! ? … followed by space and a sentence start;
  not before a lowercase word, not after abbreviations ("Mr.", "Dr.", "TP.", "г.", "z. B."), initials
  ("K. Tokayev", "В. Путин"), dotted acronyms ("U.S." unless "The"/"He"... follows), numbered
  ordinals in languages that write them with a dot ("am 3. Oktober"); Vietnamese "/." sign-off.
- Indic dandas, Burmese, Khmer, Armenian, Ethiopic full stops.
- Thai has no sentence punctuation: pythainlp's CRF sentence segmenter (crfcut, bundled model),
  mapped back to offsets, very short pieces merged; if crfcut is unavailable, spaces between long
  clauses.

``tokenize(text, lang)`` gives word spans: pythainlp newmm for Thai, jieba for Chinese (both loaded
lazily, only when such text comes), script runs for Japanese, Lao, Khmer and Burmese, and a word
regex (letters with their combining marks, numbers with their separators, one token per other
symbol) elsewhere.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from bilat.records import Document, Sentence
from bilat.scripts import dominant_script, script_of, script_runs

Span = tuple[int, int]
MAX_SENTENCE_CHARS = 1000  # a longer "sentence" (no punctuation: a list, a dump) is cut at a space
# Sentences are found in the first this-many characters of a text (a long news article has 20,000);
# the rest is stored and searchable, but no stage after this one analyses it. With the cap above,
# the cost of analysing any text is bounded (docs/pipeline.md, "Limits").
MAX_ANALYSED_CHARS = 50_000

# --- punctuation ---------------------------------------------------------------------------------

_STRONG = "。！？｡؟۔।॥။។៕։።჻"  # unambiguous sentence ends (need no space after them)
_WEAK = ".!?…．"  # need a space (or the line end) after them, and more checks
_SEMI = ";؛;"  # Greek question mark; Arabic-script clause breaks
_CLOSERS = "\"'”’»›)]}」』】〕》〉）］｝"
# a French "!\u00a0»" keeps its no-break space before the closing guillemet
_CAND = re.compile(f"([{re.escape(_STRONG + _WEAK + _SEMI)}]+(?:/\\.)?)((?:[\u00a0\u202f\u2009]?[{re.escape(_CLOSERS)}])*)")
_OPENERS = "\"'“‘«‹([{「『【〔《〈（"
# Right after closing quotes, with no space: the quoted sentence is part of a longer one.
_QUOTE_GOES_ON = re.compile("[\u3041-\u309f\uac00-\ud7af,;:、，]")

ARABIC_SCRIPT_LANGS = frozenset({"ar", "fa", "ur", "ps", "ckb", "ku", "sd", "ug", "az"})
# Languages that write ordinal numbers with a dot ("3. Oktober", "3. Ordu").
ORDINAL_DOT_LANGS = frozenset({"de", "tr", "da", "no", "nb", "nn", "fi", "cs", "sk", "pl", "hu", "sl", "hr",
                               "sr", "bs", "et", "lv", "is", "fo", "lt"})

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Abbreviations (lowercase, without the final dot) after which a capitalised word does not start a
# sentence. Shared ones first, then per language.
_ABBR_ALL = _words("mr mrs ms dr prof sen rep gov gen col lt sgt capt adm maj cmdr brig st jr sr inc "
                   "ltd corp co bros vs mt ft rev hon pres amb dept univ assn approx est fig vol h.e")
_ABBR: dict[str, frozenset[str]] = {
    "en": _words("messrs mme u.s u.k u.n e.u a.m p.m e.g i.e"),
    "fr": _words("m mm mme mlle me pr dr gén col art cf env etc") - {"etc"},
    "es": _words("sr sra srta sres dña dn ee lic ing arq av avda cía pág núm"),
    "pt": _words("sr sra srta dra eng av pág núm"),
    "it": _words("sig sigg dott ing avv on"),
    "de": _words("hr fr frau nr bzw ca vgl ggf usw evtl mio mrd tsd abs str inkl zzgl bspw"),
    "nl": _words("dhr mevr mw blz nr"),
    "vi": _words("tp tt ts ths pgs gs bs ks ls nxb ts.bs q p th ng"),
    "ru": _words("г гг т тт им ул пр просп пл д кв обл р руб коп тыс млн млрд см др проф акад ген "
                 "полк подп св стр рис ст тел англ нем франц лат"),
    "uk": _words("р рр т тт ім вул просп пл обл грн коп тис млн млрд див др проф акад ген полк ст "
                 "тел"),
    "tr": _words("dr prof doç yrd av alb alb org tuğg korg müh vb vs bkz"),
    "id": _words("bpk ibu sdr dr ir prof no"),
    "pl": _words("dr prof inż mgr np tzw ul al nr godz tys mln mld"),
}
_ABBR["ms"] = _ABBR["id"]
_ABBR["be"] = _ABBR["ru"] | _ABBR["uk"]
_ABBR["bg"] = _ABBR["ru"]
# Only before a number: "No. 5", "Art. 12", "Jan. 5".
_NUM_ABBR = _words("no nos nr art p pp tr ch vol sec jan feb mar apr jun jul aug sep sept oct nov "
                   "dec č st ст стр n núm")
# After "U.S." these words start a new sentence.
_STARTERS = _words("The This That These Those It He She They We I In On At But And A An As After "
                   "Before When While If Meanwhile However Its His Her Their Our There")

_DOTTED = re.compile(r"(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}")
_NUMBER = re.compile(r"\d+")
_ONE_LETTER_DOT = re.compile(r"[^\W\d_]\.")
_SHORT_DOTTED = re.compile(r"[^\W\d_]{1,3}\.")
_ROMAN = re.compile(r"[IVXLC]{1,6}")


def _is_cjk(ch: str) -> bool:
    return script_of(ch) in ("Han", "Kana", "Hangul")


def _token_before(text: str, i: int, lo: int) -> tuple[str, int]:
    """The whitespace-delimited token ending at i (without leading openers) and where it starts."""
    j = i
    while j > lo and not text[j - 1].isspace():
        j -= 1
    while j < i and text[j] in _OPENERS:
        j += 1
    return text[j:i], j


def _next_word(text: str, i: int, hi: int) -> str:
    m = re.compile(r"\s*[" + re.escape(_OPENERS) + r"]*(\S*)").match(text, i, hi)
    return m.group(1) if m else ""


def _is_abbreviation(text: str, tok: str, tok_start: int, lo: int, nxt: str, lang: str | None) -> bool:
    """True when the dot after ``tok`` belongs to an abbreviation, an initial or an ordinal."""
    if not tok:
        return False
    low = tok.lower()
    base = (lang or "").split("-")[0]
    if low in _ABBR_ALL or low in _ABBR.get(base, ()):
        return not (low in ("u.s", "u.k", "u.n", "e.u") and nxt in _STARTERS)
    if nxt[:1].isdigit() and low in _NUM_ABBR:
        return True
    if _ONE_LETTER_DOT.fullmatch(nxt) and len(tok) <= 3:
        return True  # "z. B.", "d. h.", "u. a."
    if _NUMBER.fullmatch(tok) and len(tok) <= 3 and not text[lo:tok_start].strip():
        return True  # a numbered list item: "1. قرآن کریم."
    if not tok.isupper() and not tok.islower() and len(tok) <= 3:
        before = _token_before(text, tok_start - 1, lo)[0] if tok_start - 1 > lo else ""
        if _SHORT_DOTTED.match(nxt) or _SHORT_DOTTED.fullmatch(before):
            return True  # transliterated initials in a caseless script: "اف. بی. آی"
    if len(tok) == 1 and tok.isalpha():
        if tok.isupper():
            return True  # initial: "K. Tokayev", "В. Путин"
        if tok.islower():
            return False
        # a letter without case ("ك.", "د."), except after a number: "2015 م." ends a sentence
        before, _ = _token_before(text, tok_start - 1, lo) if tok_start > lo else ("", 0)
        return not _NUMBER.fullmatch(before.rstrip())
    if _DOTTED.fullmatch(tok):
        if tok.islower():
            return False  # "т.д. Потом", "etc": a capital after them starts a sentence
        return nxt not in _STARTERS  # "U.S", "ج.ا.ا"
    # "am 3. Oktober", "II. Dünya Savaşı"
    return base in ORDINAL_DOT_LANGS and bool(_NUMBER.fullmatch(tok) and len(tok) <= 2 or _ROMAN.fullmatch(tok))


def _is_boundary(text: str, m: re.Match[str], lo: int, hi: int, lang: str | None) -> bool:
    term = m.group(1)
    a, b = m.start(), m.end()
    prev = text[a - 1] if a > lo else ""
    after = text[b] if b < hi else ""
    if m.group(2) and after and _QUOTE_GOES_ON.match(after):
        return False  # a quotation the sentence goes on after: 」と述べた, ”라고 말했다, », explique
    if any(c in _STRONG for c in term):
        return True
    if term[0] in _SEMI:
        return _semicolon_boundary(text, a, b, lo, hi, lang)
    if after and not after.isspace():
        # no space: only between ideographs ("越南.他说"), never "1.5", "U.S", "15/11"
        return bool(prev) and _is_cjk(prev) and (_is_cjk(after) or after in _OPENERS)
    nxt = _next_word(text, b, hi)
    if not nxt:
        return True
    if nxt[0].islower() or nxt[0] in ",;:":
        return False  # "e.g. foo", "“Help!” he said", "« ... ! », explique"
    base = (lang or "").split("-")[0]
    if base in ARABIC_SCRIPT_LANGS and term in ("..", "...", "…"):
        return False  # Arabic-script news writes ".." as a pause inside the sentence
    if "." in term and "…" not in term and term.strip(".") == "" and len(term) == 1:
        tok, start = _token_before(text, a, lo)
        return not _is_abbreviation(text, tok, start, lo, nxt, lang)
    return True


_WORDS = re.compile(r"\S+")


def _semicolon_boundary(text: str, a: int, b: int, lo: int, hi: int, lang: str | None) -> bool:
    base = (lang or "").split("-")[0]
    if base == "el" or text[a] == "\u037e":
        return True  # Greek question mark
    if base not in ARABIC_SCRIPT_LANGS:
        return False
    left_lo = max(lo, *(text.rfind(c, lo, a) + 1 for c in ".!?؟؛;\n"))
    nxt = _CAND.search(text, b, hi)
    right_hi = nxt.start() if nxt else hi
    return len(_WORDS.findall(text, left_lo, a)) >= 8 and len(_WORDS.findall(text, b, right_hi)) >= 6


def _strip(text: str, s: int, e: int) -> Span | None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if e > s else None


def _punct_split(text: str, lo: int, hi: int, lang: str | None) -> Iterator[Span]:
    s = lo
    for m in _CAND.finditer(text, lo, hi):
        if m.end() <= s:
            continue
        if _is_boundary(text, m, lo, hi, lang):
            span = _strip(text, s, m.end())
            if span:
                yield span
            s = m.end()
    span = _strip(text, s, hi)
    if span:
        yield span


# --- Thai --------------------------------------------------------------------------------------------

MIN_THAI_SENTENCE = 25  # characters; shorter crfcut pieces join the next one (list items, not sentences)
_log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _crfcut() -> Callable[[str], list[str]] | None:
    try:
        from pythainlp.tokenize import sent_tokenize

        sent_tokenize("ทดสอบ", engine="crfcut")
    except (ImportError, OSError, RuntimeError, ValueError) as e:
        _log.warning("crfcut unavailable (%s); Thai sentences split at spaces between long clauses", e)
        return None
    return lambda t: sent_tokenize(t, engine="crfcut")


def _thai_pieces(text: str, lo: int, hi: int) -> list[Span]:
    cut = _crfcut()
    if cut is None:
        return _space_split(text, lo, hi)
    out: list[Span] = []
    pos = lo
    try:
        pieces = cut(text[lo:hi])
    except (IndexError, ValueError):  # crfcut on input it cannot tag (no word tokens)
        return _space_split(text, lo, hi)
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        at = text.find(piece, pos, hi)
        if at < 0:  # crfcut changed the text: fall back for this line
            return _space_split(text, lo, hi)
        out.append((at, at + len(piece)))
        pos = at + len(piece)
    return out


def _space_split(text: str, lo: int, hi: int, min_len: int = 40) -> list[Span]:
    """Split at whitespace runs where the clauses on both sides are long."""
    out: list[Span] = []
    s = lo
    for m in re.finditer(r"\s+", text[lo:hi]):
        a, b = lo + m.start(), lo + m.end()
        nxt = re.search(r"\s", text[b:hi])
        right = (b + nxt.start() if nxt else hi) - b
        if a - s >= min_len and right >= min_len // 2:
            out.append((s, a))
            s = b
    out.append((s, hi))
    return out


def _merge_short(spans: list[Span], min_len: int) -> list[Span]:
    out: list[Span] = []
    carry: int | None = None
    for s, e in spans:
        if carry is not None:
            s, carry = carry, None
        if e - s < min_len:
            carry = s
            continue
        out.append((s, e))
    if carry is not None:
        if out:
            out[-1] = (out[-1][0], spans[-1][1])
        else:
            out.append((carry, spans[-1][1]))
    return out


_TITLE_END = re.compile(r"([^\W\d_](?:\.?[^\W\d_])*)\.\s*$")
# Thai writes no full stop: a dot after a Thai letter closes an abbreviation (นรม., รมว.กห., ออท., พ.ย., น.),
# and a piece that ends in an open bracket goes on in the next one
_THAI_ABBR_END = re.compile(r"(?:[\u0e01-\u0e4e]\.|[(（\[])\s*$")


def _join_titles(text: str, spans: list[Span]) -> list[Span]:
    """Join a piece that ends in a Latin title ("(H.E.", "Mr.") to the next one: crfcut cuts Thai text
    there, between an ambassador and the verb ("นายฆิลเบร์โต ... (H.E. | Mr. Gilberto ...) ... เข้าเยี่ยมคารวะ").
    The same for a Thai abbreviation ("รอง นรม. | และ รมว.กห. ให้การต้อนรับ | ... ออท. | สาธารณรัฐตุรกี") and
    an open bracket: a dot after Thai letters ends no sentence."""
    out: list[Span] = []
    for s, e in spans:
        if out:
            m = _TITLE_END.search(text, out[-1][0], out[-1][1])
            if m and m.group(1).lower() in _ABBR_ALL or _THAI_ABBR_END.search(text, out[-1][0], out[-1][1]):
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


def _thai_split(text: str, lo: int, hi: int, lang: str | None) -> Iterator[Span]:
    pieces: list[Span] = []
    for s, e in _punct_split(text, lo, hi, lang):  # explicit ? ! and Latin sentences first
        pieces += _merge_short(_thai_pieces(text, s, e), MIN_THAI_SENTENCE) if e - s > MIN_THAI_SENTENCE else [(s, e)]
    for ps, pe in _join_titles(text, pieces):
        span = _strip(text, ps, pe)
        if span:
            yield span


# --- public --------------------------------------------------------------------------------------------

def _is_thai(text: str, lo: int, hi: int, lang: str | None) -> bool:
    if lang is not None:
        return lang.split("-")[0] == "th"
    return dominant_script(text[lo:hi]) == "Thai"


def _cap(text: str, s: int, e: int, limit: int = MAX_SENTENCE_CHARS) -> Iterator[Span]:
    """Cut a span longer than ``limit`` at the last whitespace before each limit (or at the limit)."""
    while e - s > limit:
        cut = max(text.rfind(" ", s + limit // 2, s + limit), text.rfind("\t", s + limit // 2, s + limit))
        cut = cut if cut > s else s + limit
        span = _strip(text, s, cut)
        if span:
            yield span
        s = cut
    span = _strip(text, s, e)
    if span:
        yield span


def split_sentences(text: str, lang: str | None = None, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans (absolute offsets) in text[start:end]; never across a line break, never longer
    than ``MAX_SENTENCE_CHARS`` (a longer run without sentence punctuation is cut at a space), so the
    stages after this one do bounded work per sentence and the whole analysis stays linear."""
    end = len(text) if end is None else end
    out: list[Span] = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        lo, hi = start + line.start(), start + line.end()
        if not text[lo:hi].strip():
            continue
        splitter = _thai_split if _is_thai(text, lo, hi, lang) else _punct_split
        for s, e in splitter(text, lo, hi, lang):
            out.extend(_cap(text, s, e))
    return out


def analysed_end(text: str, limit: int = MAX_ANALYSED_CHARS) -> int:
    """Where analysis stops: the end of the text, or the last whitespace before ``limit``."""
    if len(text) <= limit:
        return len(text)
    cut = max(text.rfind(" ", limit // 2, limit), text.rfind("\n", limit // 2, limit))
    return cut if cut > 0 else limit


def make_stage(**options: Any) -> Callable[[Document], Document]:
    """The sentences stage: ``Document.sentences`` over every paragraph."""

    def run(doc: Document) -> Document:
        text = doc.text
        paragraphs = doc.paragraphs
        sents: list[Sentence] = []
        stop = analysed_end(text)
        if not paragraphs and text:
            spans = split_sentences(text, doc.lang, 0, stop)
        else:
            spans = [sp for p in paragraphs if p.start < stop
                     for sp in split_sentences(text, p.lang or doc.lang, p.start, min(p.end, stop))]
        sents = [Sentence(start=s, end=e) for s, e in spans]
        return dataclasses.replace(doc, sentences=tuple(sents))

    return run


# --- tokens --------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _word_re() -> re.Pattern[str]:
    import unicodedata

    marks = [cp for cp in range(0x300, 0x10000) if unicodedata.category(chr(cp)).startswith("M")]
    ranges: list[list[int]] = []
    for cp in marks:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    mark_cls = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    word = f"(?:[^\\W\\d_]|[{mark_cls}\u200c\u200d])+"
    number = r"\d+(?:[.,:/]\d+)*"
    acronym = r"[^\W\d_](?:\.[^\W\d_])+\."  # U.S., т.е.
    return re.compile(f"{acronym}|{word}(?:['’\\-]{word})*|{number}|[^\\s]")


@lru_cache(maxsize=1)
def _jieba() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


@lru_cache(maxsize=1)
def _newmm() -> Callable[[str], list[str]]:
    from pythainlp.tokenize import word_tokenize

    return lambda t: word_tokenize(t, engine="newmm", keep_whitespace=True)


def _thai_tokens(text: str, lo: int, hi: int) -> Iterator[Span]:
    pos = lo
    for tok in _newmm()(text[lo:hi]):
        s, pos = pos, pos + len(tok)
        if tok.strip():
            yield (s, pos)


def _zh_tokens(text: str, lo: int, hi: int) -> Iterator[Span]:
    for tok, s, e in _jieba().tokenize(text[lo:hi]):
        if tok.strip():
            yield (lo + s, lo + e)


def _regex_tokens(text: str, lo: int, hi: int) -> Iterator[Span]:
    for m in _word_re().finditer(text, lo, hi):
        yield m.span()


_RUN_TOKENIZED = frozenset({"Kana", "Lao", "Khmer", "Myanmar"})


def tokenize(text: str, lang: str | None = None) -> list[Span]:
    """Word token spans (start, end) in ``text``. Thai runs go through newmm, Han runs through jieba
    (Han text in Japanese stays as script runs), other scripts through a word regex."""
    base = (lang or "").split("-")[0]
    out: list[Span] = []
    for s, e, script in script_runs(text):
        if script == "Thai":
            out.extend(_thai_tokens(text, s, e))
        elif script == "Han" and base != "ja":
            out.extend(_zh_tokens(text, s, e))
        elif script in _RUN_TOKENIZED or script == "Han":
            out.extend(_script_chunks(text, s, e))
        else:
            out.extend(_regex_tokens(text, s, e))
    return out


def _script_chunks(text: str, lo: int, hi: int) -> Iterator[Span]:
    """Runs of one script (kanji / kana / ...) as tokens; anything else through the word regex."""
    start, cur = lo, None
    for i in range(lo, hi + 1):
        sc = script_of(text[i]) if i < hi else None
        kind = "" if sc in ("Common", "Inherited") else sc
        if i > lo and kind != cur:
            if cur:
                yield (start, i)
            else:
                yield from _regex_tokens(text, start, i)
            start = i
        cur = kind
