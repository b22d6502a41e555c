"""Number parsing shared by the ``dates`` and ``quantities`` stages.

- ``fold``: a same-length matching form (all decimal digits to ASCII, Arabic/Persian letter variants
  unified one-for-one), so regex offsets found in it are offsets into the original text.
- ``parse_number``: a digit token with language-aware thousands/decimal separators ("1.500" is 1500
  in Vietnamese, 1.5 in English; Arabic "٫" and Persian "/" decimals).
- ``chinese_number``: Chinese numerals (一百二十, 两千, 3000万, 1.5亿) read with the number words of
  ``data/numbers.json`` (well-formed or None, never an exception).
- ``word_number``: number words in every supported language (هشتاد و شش, ستة وثمانون, tám mươi sáu).
- ``thai_number``: Thai number words (สามแสนห้าหมื่น) via pythainlp.
- ``SCALES``: scale words per language (مليار, میلیارد, tỷ, 亿, ล้าน, billion, млрд, ...), from ``data/numbers.json``.
- ``arabic_ordinal`` / ``persian_ordinal``: ordinal words (الخامسة والسبعين -> 75, هشتادمین -> 80).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from pythainlp.util import thaiword_to_num

from bilat.datafiles import read_json
from bilat.normalize import DIGIT_TABLE

# one-for-one Arabic-script unification (same length), plus all decimal digits to ASCII
_FOLD = dict(DIGIT_TABLE)
_FOLD.update({ord(k): v for k, v in {
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ؤ": "و", "ة": "ه", "ۀ": "ه",
}.items()})
# Arabic presentation forms (isolated, initial, medial, final glyphs that some sites store instead of letters:
# "ﻣﻦ ﻣﺴﻠﺤﻲ") read as their letters, where the letter is one character (a ligature such as ﻻ stays as it is)
for _cp in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
    _letter = unicodedata.normalize("NFKC", chr(_cp))
    if len(_letter) == 1 and "\u0600" <= _letter <= "\u06ff":
        _FOLD[_cp] = _FOLD.get(ord(_letter), _letter)

COMMA_DECIMAL = frozenset({"vi", "ru", "uk", "fr", "de", "es", "it", "pt", "tr", "id", "pl", "nl", "cs",
                           "ro", "sv", "da", "nb", "fi", "hu", "bg", "sr", "hr", "el", "az", "kk", "be"})
SPACE_THOUSANDS = frozenset({"ru", "uk", "fr", "pl", "cs", "sv", "fi", "nb", "kk", "be", "bg"})

# digits after ``fold``: 1,500,000 / 1.5 / 1 500 (nbsp) / 2٫5 / 21،5; a number may follow a comma that
# follows no digit ("9月份,612種": Chinese text typed with ASCII commas)
# the Arabic thousands sign before one or two digits is a decimal point ("۱۷٬۳ میلیون": Dari pages type it for ٫)
_GROUPED = (r"(?<![\d.٫٬])(?<!\d,)\d{1,3}(?:(?:[.,٫٬\u00a0\u202f']%s)\d{3}|،\d{3}(?=،\d{3}))*(?:[.,٫،]\d+|٬\d{1,2}(?!\d))?"
            r"(?![\d])")
_PLAIN = r"(?<![\d.٫٬])(?<!\d,)\d+(?:[.,٫،]\d+|٬\d{1,2}(?!\d))?(?![\d])"
NUM = _GROUPED % "" + "|" + _PLAIN
# ru/fr/...: a plain space also groups thousands ("1 500 человек")
NUM_SPACED = _GROUPED % r"|(?<=\d) (?=\d{3}(?!\d))" + "|" + _PLAIN


DIGITS = re.compile(r"\d+")
WINDOW = 64  # no date or figure reaches further than this from one of its digits


def digit_windows(t: str, margin: int = WINDOW) -> list[tuple[int, int]]:
    """Merged spans of ``t`` (folded: ASCII digits) within ``margin`` characters of a digit: the only
    places a digit-bound rule can match, so the other 80-95% of an article is never scanned."""
    spans: list[tuple[int, int]] = []
    for m in DIGITS.finditer(t):
        a, b = max(0, m.start() - margin), min(len(t), m.end() + margin)
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def fold(text: str) -> str:
    """Same-length matching form: digits to ASCII, Arabic/Persian letter variants unified."""
    return text.translate(_FOLD)


SWAPPED_DECIMAL = re.compile(r"(?P<frac>\d{1,2})(?:[.,٫]\u200f+|ر)(?P<int>\d+)")


WHOLE_CAP = 10 ** 40  # no figure or year a rule compares is near this; a longer digit run reads as the cap


def whole(digits: str) -> int:
    """The value of a run of decimal digits, as ``int``, but a run past 40 significant digits is ``WHOLE_CAP``:
    ``int()`` refuses a run past 4300 digits (ValueError) and a quotient of two long runs is no float
    (OverflowError); both once crashed the analysis of a text with a long digit run ("في 999…9 قال")."""
    digits = digits.lstrip("0") or "0"
    return int(digits) if len(digits) <= 40 else WHOLE_CAP


def parse_number(token: str, lang: str | None = None) -> float | None:
    """A digit token (already ASCII digits or not) to a float, reading separators by language.
    Arabic press decimals typed against the text direction come out fraction first: "75.\u200f49"
    (a right-to-left mark after the point) and "5ر47" are 49.75 and 47.5."""
    swapped = SWAPPED_DECIMAL.fullmatch(fold(token).strip())
    if swapped:
        token = f"{swapped['int']}.{swapped['frac']}"
    s = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", fold(token)).strip()
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("'", " ")
    s = re.sub(r"^(\d+)٬(\d{1,2})$", r"\1d\2", s)  # "۱۷٬۳": the thousands sign before one or two digits, a decimal
    s = s.replace("٬", " ").replace("٫", "d")
    if lang in ("ar", "fa", "ur"):
        s = re.sub(r"^(\d{1,3})\.(000)$", r"\1\2", s)  # "81.000 ريال": a dot groups thousands, never a decimal of .000
        s = re.sub(r"،(\d{1,2})$", r"d\1", s)
        s = s.replace("،", " ")
        if lang == "fa":
            s = re.sub(r"^(\d+)/(\d+)$", r"\1d\2", s)
    s = s.replace(" ", "")
    if not s or not re.fullmatch(r"[\d.,d]+", s) or not s[0].isdigit() or not s[-1].isdigit():
        return None
    dec, thou = (",", ".") if lang in COMMA_DECIMAL else (".", ",")
    if re.fullmatch(r"\d{1,3}(?:d\d{3}){2,}", s):
        s = s.replace("d", "")  # fa "۲۲٫۷۶۱٫۶۰۰٫۰۰۰": the decimal sign repeated groups thousands
    if "d" in s:
        s = s.replace(".", "").replace(",", "").replace("d", ".")
    elif "." in s and "," in s:
        last = max(s.rfind("."), s.rfind(","))
        head, sep = s[:last], s[last]
        groups = re.split(r"[.,]", head)
        if sep in head or not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            return None
        s = "".join(groups) + "." + s[last + 1:]
    else:
        s = _one_separator(s, dec, thou)
    if s is None or s.count(".") > 1:
        return None
    try:
        value = float(s)
    except ValueError:
        return None
    return value if math.isfinite(value) else None  # a digit run past a float's range ("9" * 400) is no figure


def _one_separator(s: str, dec: str, thou: str) -> str | None:
    for sep in (".", ","):
        if sep not in s:
            continue
        parts = s.split(sep)
        grouped = all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3
        if len(parts) > 2:
            return "".join(parts) if grouped else None
        if sep == thou and grouped:
            return "".join(parts)
        return parts[0] + "." + parts[1]
    return s


# --- scale words --------------------------------------------------------------------------------

SCALES: dict[str, dict[str, float]] = {  # read from data/numbers.json ("scales")
    lang: {w: float(v) for w, v in entry["scales"].items()}
    for lang, entry in read_json("numbers.json").items()
    if isinstance(entry, dict) and entry.get("scales")
}


def scale_of(word: str, lang: str | None) -> float | None:
    return _folded_scales(lang or "").get(re.sub(r"\s+", " ", fold(word)).lower())


@lru_cache(maxsize=64)
def _folded_scales(lang: str) -> dict[str, float]:
    return {fold(k).lower(): v for k, v in SCALES.get(lang, {}).items()}


def scale_pattern(lang: str | None) -> str | None:
    """Regex alternation of the scale words of ``lang`` (folded forms), longest first."""
    table = SCALES.get(lang or "")
    if not table:
        return None
    words = sorted({fold(w) for w in table}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") + not_before(lang, w) for w in words)


def not_before(lang: str | None, word: str) -> str:
    """A lookahead that keeps a number word out of a longer word: vi "triệu chứng" (symptom), "tỷ lệ"
    (ratio), "tỷ phú" (billionaire) are no numbers (``not_before`` in data/numbers.json)."""
    nexts = _numbers_data().get(lang or "", {}).get("not_before", {}).get(word)
    if not nexts:
        return ""
    return r"(?!\s+(?:" + "|".join(re.escape(fold(n)) for n in nexts) + r")(?![^\W\d_]))"


# --- number words (data/numbers.json) ----------------------------------------------------------

NUMBERS_FILE = "numbers.json"


@dataclass(frozen=True)
class NumberWords:
    """One language's number words (folded, lower case) and the regex of a run of them."""

    lang: str
    kinds: dict[str, tuple[str, float]]  # word -> ("add" | "mult" | "big", value)
    run: re.Pattern[str]  # a run of number words with the joiners allowed between them
    word: re.Pattern[str]  # one number word (or ASCII number) inside a run
    approx_before: dict[str, str | None]
    approx_after: dict[str, str | None]
    alone: frozenset[str]  # scale words that are a figure by themselves: "مليون شخص", "тысяча"
    not_alone: frozenset[str]  # words that are no figure by themselves: vi "năm" is also "year"


@lru_cache(maxsize=1)
def _numbers_data() -> dict[str, dict]:
    return read_json(NUMBERS_FILE)


def language_data(lang: str | None) -> dict:
    """The raw ``data/numbers.json`` entry of ``lang`` (empty for a language without one)."""
    return _numbers_data().get(lang or "", {})


_LETTER_RUN = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=64)
def _homoglyphs(lang: str | None) -> tuple[dict[int, str], re.Pattern[str]] | None:
    """``homoglyphs`` of ``lang`` in data/numbers.json: Latin letters that stand for the script's own
    look-alikes ("чeлoвeк" with Latin e and o), and the script's letters (to tell a word of that script)."""
    data = language_data(lang).get("homoglyphs")
    if not data:
        return None
    return str.maketrans(data["latin"], data["native"]), re.compile(f"[{data['script']}]")


def fold_lang(text: str, lang: str | None) -> str:
    """``fold`` plus, in a word of the language's own script, Latin look-alike letters read as that script's
    (spam and copy-paste text mixes them: "20 чeлoвeк"). Same length as ``text``."""
    t = fold(text)
    glyphs = _homoglyphs(lang)
    if glyphs is None or not re.search("[A-Za-z]", t):
        return t
    table, script = glyphs
    return _LETTER_RUN.sub(lambda m: m.group(0).translate(table) if script.search(m.group(0)) else m.group(0), t)


@lru_cache(maxsize=64)
def number_words(lang: str | None) -> NumberWords | None:
    """The number words of ``lang`` from ``data/numbers.json`` (None for a language without them)."""
    data = _numbers_data().get(lang or "")
    if not data or not any(data.get(k) for k in ("add", "mult", "big")):
        return None  # a language with scale words only
    kinds: dict[str, tuple[str, float]] = {}
    for kind in ("add", "mult", "big"):
        for w, v in data.get(kind, {}).items():
            kinds[fold(w).lower()] = (kind, float(v))
    for w in data.get("point", ()):  # vi "phẩy": the decimal point in words ("hai phẩy năm triệu" 2.5 million)
        kinds[fold(w).lower()] = ("point", 0.0)
    alt = "|".join(re.escape(w) + not_before(lang, w) for w in sorted(kinds, key=len, reverse=True))
    spaced = lang not in NO_SPACE_LANGS
    if spaced:
        joins = [re.escape(fold(j)) for j in data.get("joiners", []) if j.strip()]
        marks = ARABIC_MARKS if lang in MARKED_LANGS else ""  # "ستة وَثمانون": a vowel mark on the "and"
        join = r"(?:[\s\u200c]+|[\s\u200c]*-[\s\u200c]*" + "".join(rf"|[\s\u200c]+{j}{marks}[\s\u200c]*" for j in joins) + ")"
        if data.get("comma_after_big"):  # en "nine thousand, two hundred": a comma after a scale word, as in digits,
            # when no scale as large follows in the words after it ("two thousand, three thousand" is a list)
            bigs = {fold(w).lower(): float(v) for w, v in data.get("big", {}).items()}
            small = "|".join(re.escape(w) for w, (k, _v) in sorted(kinds.items(), key=lambda kv: -len(kv[0]))
                             if k in ("add", "mult"))
            # ... and the group after the comma is read out with a scale of its own, a hundred or a smaller scale word
            # ("two hundred", "twenty thousand"): a bare small number after the comma begins a clause or a list item
            # ("In two thousand, three people died": no 2003)
            hundreds = "|".join(re.escape(w) for w, (k, v) in kinds.items() if k == "mult" and v == 100)
            after_big = "|".join(
                rf"(?<={re.escape(b)}),[ \t]+(?!(?:(?:{small})(?:[ \t]+and)?[ \t-]+){{0,8}}(?:"
                + "|".join(re.escape(o) for o, ov in bigs.items() if ov >= bv) + r")(?![^\W\d_]))"
                + rf"(?=(?:(?:{small})(?:[ \t]+and)?[ \t-]+){{1,8}}(?:"
                + "|".join([hundreds] + [re.escape(o) for o, ov in bigs.items() if ov < bv]) + r")(?![^\W\d_]))"
                for b, bv in bigs.items())
            join = rf"(?:{join}|{after_big})"
        marked = alt
        if lang in MARKED_LANGS:  # "أحد عشر ألفًا وخمسمائة": a vowel mark may follow any letter of a number word
            marked = "|".join(ARABIC_MARKS.join(map(re.escape, w)) + ARABIC_MARKS + not_before(lang, w)
                              for w in sorted(kinds, key=len, reverse=True))
        unit = rf"(?:{marked})(?![^\W\d_])"
        if lang == "fa":  # "پنجهزار مهاجر", "دومیلیارد", "چهارونیم میلیون": a scale word or "ونیم" typed against a number word
            glue = _fa_glue()
            # "هشتادو دو هزار": the "و" typed against the number word before it, another number word after it
            # "بیستوپنج", "هفتصدوپنجاه": "و" typed against the number words on both sides (a page that lost its ZWNJs)
            glued_and = rf"و[\s\u200c]*(?:{marked})(?:(?![^\W\d_])|(?=و))"
            after_big = "|".join(rf"(?<={re.escape(fold(w))})" for w in data.get("big", {}))
            unit = rf"(?:{marked})(?:(?![^\W\d_])|(?={glue})|(?={glued_and})|(?:{after_big}){_fa_glued_after()})"
            join = (rf"(?:{join}|(?<=[^\W\d_])(?={glue})|و(?=نیم(?![^\W\d_]))|(?<=[^\W\d_])و[\s\u200c]+"
                    rf"|(?<=[^\W\d_])و(?=(?:{marked})))")
        run = rf"(?<![^\W\d_])(?:{unit})(?:{join}(?:{unit}))*"
        if lang == "fa":  # "وهفتصد و هشت تن", "درشصت و پنج هزار هکتار", "ازدومیلیارد": "و", "در" or "از" typed against a
            # number of two words or more (one word alone after them is another word: "درسی", "وسیع")
            # and its first two words joined as a compound is: by "و", or a scale word glued or after a space (not "درسی دو")
            # after "در", "از" a first word of three letters or more ("درسی و پنج" is "lesson and five", not 35)
            glued = "|".join(rf"(?<=(?<![^\W\d_]){p})" + ("" if p == "و" else r"(?=[^\W\d_]{3})")
                             for p in FA_GLUED_BEFORE_NUMBER)
            bigs = "|".join(sorted((re.escape(fold(w)) for w in data.get("big", {})), key=len, reverse=True))
            compound = rf"(?:[\s\u200c]*و[\s\u200c]*|(?<=[^\W\d_])(?={glue})|[\s\u200c]+(?=(?:{bigs})(?![^\W\d_])))"
            run = rf"{run}|(?:{glued})(?:{unit})(?:{compound}(?:{unit}))(?:{join}(?:{unit}))*"
    else:
        run = rf"(?:{alt})+"
    approx = {fold(k).lower(): v for k, v in data.get("approx", {}).items()}
    after = {fold(k).lower(): v for k, v in data.get("approx_after", {}).items()}
    word = rf"(?<![^\W\d_])(?:{alt})(?![^\W\d_])" if spaced else alt
    if lang == "ar":  # "وثمانون", "بثلاثة": an attached "and", "with", "to"; the article
        # "المائة ألف ريال", "بالألفي دولار": the article before a number word
        run = run.replace("(?<![^\\W\\d_])", "(?:(?<![^\\W\\d_])|(?<=(?<![^\\W\\d_])[وبلف])|(?<=(?<![^\\W\\d_])ال)"
                          "|(?<=(?<![^\\W\\d_])[وبلف][\u064b-\u0652])"
                          "|(?<=(?<![^\\W\\d_])[وبلف]ال))", 1)
    alone = frozenset(fold(w).lower() for w in data.get("alone", ()))
    not_alone = frozenset(fold(w).lower() for w in data.get("not_alone", ()))
    return NumberWords(lang or "", kinds, re.compile(run, re.IGNORECASE), re.compile(word, re.IGNORECASE),
                       approx, after, alone, not_alone)


def _fa_split_and(word: str, kinds: dict[str, tuple[str, float]]) -> str:
    """A word of number words joined by "و" with no space ("بیستوپنج", "یکصدوبیستوپنج") set apart: "بیست و پنج"; any
    other word as it is."""
    if word in kinds or "و" not in word[1:-1]:
        return word
    for i in range(1, len(word) - 1):
        if word[i] == "و" and word[:i] in kinds:
            rest = _fa_split_and(word[i + 1:], kinds)
            if rest.split(" ")[0] in kinds:
                return f"{word[:i]} و {rest}"
    return word


def fa_unglued(words: str) -> str:
    """Persian number words typed together, set apart: "پنجهزار" "پنج هزار", "چهارونیم" "چهار و نیم"."""
    words = re.sub(r"(?<=[^\W\d_])و(?=نیم(?![^\W\d_]))", " و ", words)
    return re.sub(rf"(?<=[^\W\d_])(?={_fa_glue()})", " ", words)


def _fa_glue() -> str:
    """What may follow a Persian number word with no space: a scale word (``big`` of "fa"; itself followed by nothing of
    a word, or by a unit typed against it, ``glued_after_scale``: "دومیلیاردریال") or "ونیم" (and a half)."""
    data = language_data("fa")
    bigs = "|".join(sorted((re.escape(fold(w)) for w in data.get("big", {})), key=len, reverse=True))
    return rf"(?:(?:{bigs})(?:(?![^\W\d_])|{_fa_glued_after()})|ونیم(?![^\W\d_])|درصد)"


def _fa_glued_after() -> str:
    """A unit typed against a Persian scale word ("میلیاردریال", "هزارتومان"), as a lookahead; never when none is listed."""
    after = "|".join(sorted((re.escape(fold(w)) for w in language_data("fa").get("glued_after_scale", ())), key=len,
                            reverse=True))
    return rf"(?=(?:{after})(?![^\W\d_]))" if after else "(?!)"


FA_GLUED_BEFORE_NUMBER = ("و", "در", "از")  # typed against a number word; not "به" ("بهشت و ..."), nor "با" ("باده")
NO_SPACE_LANGS = frozenset({"zh", "ja", "th", "lo", "km", "my"})
MARKED_LANGS = frozenset({"ar", "fa", "ur"})
ARABIC_MARKS = "[\u064b-\u0652\u0670]*"  # tanween, harakat, shadda, sukun, dagger alif
_MARK_RE = re.compile("[\u064b-\u0652\u0670]")


def unmarked(words: str, lang: str | None) -> str:
    """Number words without their Arabic vowel marks ("ألفًا" -> "ألفا"), to look them up; other scripts as they are."""
    return _MARK_RE.sub("", words) if lang in MARKED_LANGS else words


@lru_cache(maxsize=16)
def _alone_head(lang: str | None) -> frozenset[str]:
    return frozenset(unmarked(fold(w).lower(), lang) for w in language_data(lang).get("alone_head", ()))


def word_number(words: str, lang: str | None) -> float | None:
    """A run of number words to its value: "هشتاد و شش" 86, "ستة وثمانون" 86, "hai mươi mốt" 21,
    "восемьдесят шесть" 86, "eighty-six" 86, "八十六" 86, "แปดสิบหก" 86, "一万亿" 1e12. None when the
    words do not form a number ("一一亿", "two three")."""
    nw = number_words(lang)
    if nw is None:
        return None
    folded = unmarked(fold(words).lower(), lang)
    if lang == "ar":  # "وثمانون": the attached "and" (not the first letter of a number word: "واحدة")
        folded = re.sub(r"(?<![^\W\d_])و(?=(\S+))", lambda w: w[0] if w[0] + w[1] in nw.kinds else "و ", folded)
    if lang == "fa":  # "سی‌وپنج", "دویست‌وپنجاه", "یک‌ونیم": "و" joined by a ZWNJ to the word after it
        folded = re.sub(r"\u200cو\u200c?(?=\S)", " و ", folded)
        # "هفتصد ونود و چهار هزار": an "و" typed against the number word after it
        folded = re.sub(r"(?<![^\W\d_])و([^\W\d_]+)", lambda w: "و " + w[1] if w[1] in nw.kinds else w[0], folded)
        # "هشتادو دو": an "و" typed against the number word before it
        folded = re.sub(r"(?<![^\W\d_])([^\W\d_]+)و(?=[\s\u200c])", lambda w: w[1] + " و" if w[1] in nw.kinds else w[0],
                        folded)
        folded = re.sub(r"(?<![^\W\d_])[^\W\d_]+", lambda w: _fa_split_and(w[0], nw.kinds), folded)  # "بیستوپنج"
        folded = fa_unglued(folded)
    words_found = [m.group(0).lower() for m in nw.word.finditer(folded)]
    if len(words_found) == 1 and words_found[0] in nw.not_alone:
        return None
    if len(words_found) == 1 and words_found[0] in nw.alone:
        return nw.kinds[words_found[0]][1]  # "مليون شخص": a million people
    if len(words_found) == 2 and words_found[0] in nw.alone and nw.kinds[words_found[1]] == ("add", 0.5):
        return nw.kinds[words_found[0]][1] * 1.5  # "مليون ونصف", "میلیون و نیم": a million and a half
    if len(words_found) > 1 and (words_found[0] in nw.alone or words_found[0] in _alone_head(lang)):
        # "هزار و دویست" 1,200, "ألف ومائتي" 1,200: a scale word that may stand alone heads the number as one of it;
        # so does one of ``alone_head`` ("ألفًا ومئتين" 1,200: the accusative, no figure alone: also "alpha")
        return accumulate([("add", 1.0)] + [nw.kinds[w] for w in words_found])
    data = language_data(lang)
    if any(nw.kinds[w][0] == "point" for w in words_found):
        return _point_number([nw.kinds[w] for w in words_found])
    halves = {fold(w).lower(): float(v) for w, v in data.get("half_words", {}).items()}
    if any(w in halves for w in words_found):
        # vi "nửa triệu": half a million; a half word anywhere else ("một nửa", "a half") is no number
        if len(words_found) == 2 and words_found[0] in halves and nw.kinds[words_found[1]][0] == "big":
            return halves[words_found[0]] * nw.kinds[words_found[1]][1]
        return None
    if words_found and words_found[0] in {fold(w).lower() for w in data.get("not_first", ())}:
        return None  # vi "chục tỷ": tens of billions, no number without a digit word before "chục"
    tail_not = {fold(w).lower() for w in data.get("short_tail_not", ())}
    short = data.get("short_tail", False) and words_found[-1] not in tail_not
    return accumulate([nw.kinds[w] for w in words_found], short_tail=short)


def _point_number(tokens: list[tuple[str, float]]) -> float | None:
    """A number with a decimal point in words: the whole part, one digit word a decimal, then scale words
    ("hai phẩy năm triệu" 2.5 million, "ba phẩy hai lăm" 3.25); None when it is not of that shape."""
    i = next(k for k, tok in enumerate(tokens) if tok[0] == "point")
    whole = accumulate(tokens[:i])
    digits, scale, k = "", 1.0, i + 1
    while k < len(tokens) and tokens[k][0] == "add" and tokens[k][1] < 10 and tokens[k][1].is_integer():
        digits += str(int(tokens[k][1]))
        k += 1
    if not digits or k < len(tokens) and tokens[k][0] == "mult":
        # fa "سه اعشاریه بیست و پنج میلیارد": the decimals read as one number (3.25 billion); vi "một nghìn phẩy hai
        # mươi mốt" (1000.21): a tens word after the first decimal word makes them one number
        k = i + 1
        j = k
        while j < len(tokens) and tokens[j][0] in ("add", "mult"):
            j += 1
        frac = accumulate(tokens[k:j]) if j > k else None
        if frac is not None and frac.is_integer() and frac > 0:
            digits, k = str(int(frac)), j
    while k < len(tokens) and tokens[k][0] == "big":
        scale *= tokens[k][1]
        k += 1
    if whole is None or not digits or k != len(tokens):
        return None
    return (whole + float("0." + digits)) * scale


def accumulate(tokens: list[tuple[str, float]], short_tail: bool = False) -> float | None:
    """Sum number-word values: ``add`` words add to the pending number, ``mult`` words (hundred, 百,
    mươi) multiply it into the current group, ``big`` words (thousand, 万, triệu) close the group.
    ``short_tail`` (zh, vi: ``short_tail`` in data/numbers.json): a last digit word right after a word of a hundred or
    more is the next lower unit, as spoken: "一百二" 120, "一万二" 12,000, "một trăm hai" 120, "hai triệu tư" 2.4 million
    ("一百零二", "một trăm linh hai", with the zero word, stay 102)."""
    if not tokens or tokens[0][0] == "big":
        return None
    if (short_tail and len(tokens) >= 2 and tokens[-1][0] == "add" and 1 <= tokens[-1][1] <= 9
            and tokens[-1][1].is_integer() and tokens[-2][0] in ("mult", "big") and tokens[-2][1] >= 100
            and (len(tokens) == 2 or tokens[-3] != ("add", 0.0))):  # "百五" 150, "千五" 1500 too
        tokens = [*tokens[:-1], ("add", tokens[-1][1] * tokens[-2][1] / 10)]
    total, group, pending, last_big = 0.0, 0.0, None, 0.0
    last_scale = None  # the mult or big word just read: "hai triệu rưỡi", "دو میلیون و نیم", "مليونان ونصف" (its half)
    for kind, v in tokens:
        if kind == "add" and v == 0.5 and pending is None and last_scale is not None:
            if last_scale[0] == "mult":
                group += 0.5 * last_scale[1]  # "hai trăm rưỡi": 250
            else:
                total += 0.5 * last_scale[1]  # "hai triệu rưỡi": 2.5 million
            last_scale = None
            continue
        if kind == "add" and v == 0.5 and pending is not None and pending.is_integer():
            # "یک و نیم میلیون": one and a half million; after a dual scale word (ar "مليونان ونصف", read as one word of 2
            # million) the half is of its scale: 2.5 million
            pending = pending * 1.25 if pending >= 2000 else pending + 0.5
            last_scale = None
            continue
        last_scale = (kind, v) if kind != "add" else None
        if kind == "add":
            if pending is not None and pending >= 1000 > v:
                # "مليونان وخمسمائة ألف" 2,500,000, "ألفان وخمسمائة": a dual scale word closes its group
                total, last_big, pending = total + pending, max(last_big, pending), None
            if pending is not None and (v < 10 and pending % 10 or 10 <= v < 100 and pending % 100 >= 10):
                return None  # "two three", "twenty thirty": not one number ("ستة وثمانون" is 86)
            pending = v if pending is None else pending + v
        elif kind == "mult":
            if pending is not None and pending >= 1000 > v:
                # "مليونان و مائة و ثمانية عشر ألفاً": a dual scale word closes its group before a hundred too
                total, last_big, pending = total + pending, max(last_big, pending), None
            group += (1.0 if pending is None else pending) * v
            pending = None
        else:
            part = group + (pending or 0.0)
            if part == 0 and total > 0:
                total *= v  # "一万亿", "hai nghìn tỷ"
            elif v > last_big and total > 0:
                total = (total + part) * v
            else:
                total += (part or 1.0) * v
            last_big, group, pending = max(last_big, v), 0.0, None
    return total + group + (pending or 0.0)


# --- Chinese numerals ---------------------------------------------------------------------------

CJK_DIGITS = "〇零一二两兩三四五六七八九十百千万萬亿億"
_CJK_SCALE_SUFFIX = re.compile(r"(万亿|萬億|千万|百万|万|萬|亿|億|兆)$")
_CJK_PLAIN_DIGITS = re.compile(r"[〇零一二三四五六七八九]{2,}")
_CJK_VALUES = {"万亿": 1e12, "千万": 1e7, "百万": 1e6, "万": 1e4, "亿": 1e8, "兆": 1e12}


@lru_cache(maxsize=4096)
def chinese_number(token: str) -> float | None:
    """'一百二十' -> 120, '两千' -> 2000, '3000万' -> 3e7, '1.5亿' -> 1.5e8, '1.5万亿' -> 1.5e12,
    '二〇二五' -> 2025 (digit by digit). None for anything that is not a well-formed number."""
    s = fold(token).replace("兩", "两").replace("萬", "万").replace("億", "亿").translate(_zh_formal_table())
    for old, new in language_data("zh").get("archaic_tens", {}).items():  # "廿五" 25, "卅" 30
        s = s.replace(old, new)
    s = s.replace("零十", "零一十")  # "一千零十": after a zero, 十 is one ten (1010), as 一十
    if s[:1] in ("万", "亿") and len(s) > 1:
        s = "一" + s  # "万二": 12,000, as 一万二
    if (p := re.fullmatch(r"(.+?)[点點]([〇零一二三四五六七八九]+)(万亿|亿|万)?", s)) is not None:
        whole = chinese_number(p[1])  # "一百万零五十四点四三二一", "零点零一", "三点五亿": decimals digit by digit
        if whole is None:
            return None
        return (whole + float("0." + "".join(str(_ZH_DIGIT[c]) for c in p[2]))) * (_CJK_VALUES[p[3]] if p[3] else 1.0)
    mult = 1.0
    while True:
        m = _CJK_SCALE_SUFFIX.search(s)
        if not m or m.start() == 0 or not re.fullmatch(r"[\d.]+", s[:m.start()]):
            break
        mult *= _CJK_VALUES[m.group(1)]
        s = s[:m.start()]
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s) * mult
    if not s or any(ch not in CJK_DIGITS and not ch.isdecimal() for ch in s):
        return None
    if _CJK_PLAIN_DIGITS.fullmatch(s):
        return float("".join(str(_ZH_DIGIT[c]) for c in s)) * mult
    tokens: list[tuple[str, float]] = []
    for part in re.findall(r"\d+(?:\.\d+)?|\D", s):
        if part[0].isdecimal():
            tokens.append(("add", float(part)))
        else:
            kinds = number_words("zh")
            if kinds is None or part not in kinds.kinds:
                return None
            tokens.append(kinds.kinds[part])
    value = accumulate(tokens, short_tail=True)
    return None if value is None else value * mult


_ZH_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def zh_few(token: str) -> bool:
    """Two Chinese digits side by side, the second one or two above the first ("七八", "两三", "三五"): a few, a
    spoken range, no number ("一一", "二〇" are digit strings)."""
    table = _ZH_DIGIT | {"两": 2, "兩": 2}
    if len(token) != 2 or any(c not in table for c in token):
        return False
    return 1 <= table[token[1]] - table[token[0]] <= 2


@lru_cache(maxsize=1)
def _zh_formal_table() -> dict[int, str]:
    """Banking numerals (壹贰叁, 拾佰仟: ``formal_numerals`` of data/numbers.json) as the plain ones, one for one."""
    return {ord(k): v for k, v in language_data("zh").get("formal_numerals", {}).items() if len(k) == len(v) == 1}


# --- Thai number words ---------------------------------------------------------------------------

THAI_NUMBER_WORDS = ("หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ", "ยี่", "เอ็ด",
                     "ร้อย", "พัน", "หมื่น", "แสน", "เเสน", "ล้าน", "ศูนย์")  # เเสน: แ typed as two เ
THAI_WORDS_RE = "(?:" + "|".join(sorted(THAI_NUMBER_WORDS, key=len, reverse=True)) + "){1,40}"  # 999,999: 11 words


@lru_cache(maxsize=4096)
def thai_number(token: str) -> float | None:
    """'สามแสนห้าหมื่น' -> 350000 (None when the words do not form a number)."""
    token = token.replace("เเ", "แ")
    if "จุด" in token:  # "สามสิบห้าจุดสามเจ็ด" 35.37: the decimals after จุด (point) digit by digit
        whole, _, frac = token.partition("จุด")
        digits = re.fullmatch(f"((?:{TH_DIGITS_RE})+)((?:{TH_SCALES_RE})*)", frac)
        base = thai_number(whole) if whole else 0.0  # "จุดห้า": 0.5
        if digits is None or base is None:
            return None
        scale = 1.0
        for w in re.findall(TH_SCALES_RE, digits[2]):  # "ยี่สิบจุดห้าล้าน": 20.5 million
            scale *= TH_SCALES[w]
        return (base + float("0." + "".join(str(TH_DIGITS[d]) for d in re.findall(TH_DIGITS_RE, digits[1])))) * scale
    try:
        return float(thaiword_to_num(token))
    except (ValueError, KeyError, IndexError):
        return None


def _thai_with_half(words: str) -> float | None:
    """``thai_number`` with a half after it (``half_suffix`` of data/numbers.json): "หนึ่งครึ่ง" 1.5; after a scale word
    the half is of that scale: "สองล้านครึ่ง" 2.5 million, "สามร้อยครึ่ง" 350."""
    half = language_data("th").get("half_suffix")
    if not half or not words.endswith(half) or words == half:
        return thai_number(words)
    head = words[:-len(half)]
    whole = thai_number(head)
    if whole is None:
        return None
    scale = next((v for w, v in {**TH_SCALES, "ร้อย": 100.0, "สิบ": 10.0}.items() if head.endswith(w)), 1.0)
    return whole + scale / 2


TH_SCALES = {"ล้าน": 1e6, "แสน": 1e5, "หมื่น": 1e4, "พัน": 1e3}
TH_DIGITS = {"ศูนย์": 0, "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9}
TH_SCALES_RE, TH_DIGITS_RE = "|".join(TH_SCALES), "|".join(TH_DIGITS)  # the decimals after จุด, and their scale


# --- Arabic and Persian ordinal words (folded forms) ----------------------------------------------

AR_ORD_UNITS = {"الاول": 1, "الاولی": 1, "الحادی": 1, "الحادیه": 1, "الثانی": 2, "الثانیه": 2, "الثالث": 3,
                "الثالثه": 3, "الرابع": 4, "الرابعه": 4, "الخامس": 5, "الخامسه": 5, "السادس": 6,
                "السادسه": 6, "السابع": 7, "السابعه": 7, "الثامن": 8, "الثامنه": 8, "التاسع": 9,
                "التاسعه": 9, "العاشر": 10, "العاشره": 10}
AR_TENS = {"العشرین": 20, "الثلاثین": 30, "الاربعین": 40, "الخمسین": 50, "الستین": 60, "السبعین": 70,
           "الثمانین": 80, "التسعین": 90, "العشرون": 20, "الثلاثون": 30, "الاربعون": 40, "الخمسون": 50,
           "الستون": 60, "السبعون": 70, "الثمانون": 80, "التسعون": 90}
_AR_UNITS_RE = "|".join(sorted(AR_ORD_UNITS, key=len, reverse=True))
_AR_TENS_RE = "|".join(sorted(AR_TENS, key=len, reverse=True))
# "الخامسة والسبعين" (75th), "الحادي عشر" (11th), "الثمانين" (80th), "العاشرة"
AR_ORDINAL_RE = (rf"(?:(?P<u>{_AR_UNITS_RE})\s+و\s*(?P<t>{_AR_TENS_RE})|(?P<u2>{_AR_UNITS_RE})\s+عشر[ه]?"
                 rf"|(?P<t2>{_AR_TENS_RE})|(?P<u3>{_AR_UNITS_RE}))")


def arabic_ordinal(m: re.Match[str]) -> int | None:
    """Value of a match of ``AR_ORDINAL_RE`` (on folded text)."""
    g = m.groupdict()
    if g.get("u") and g.get("t"):
        return AR_ORD_UNITS[g["u"]] % 10 + AR_TENS[g["t"]]
    if g.get("u2"):
        return 10 + AR_ORD_UNITS[g["u2"]] % 10
    if g.get("t2"):
        return AR_TENS[g["t2"]]
    if g.get("u3"):
        return AR_ORD_UNITS[g["u3"]]
    return None


FA_UNITS = {"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "شیش": 6, "هفت": 7, "هشت": 8, "نه": 9}
FA_TEENS = {"ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15, "شانزده": 16,
            "هفده": 17, "هجده": 18, "هیجده": 18, "نوزده": 19}
FA_TENS = {"بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90}
FA_HUNDREDS = {"صد": 100, "یکصد": 100, "دویست": 200, "سیصد": 300, "چهارصد": 400, "پانصد": 500,
               "ششصد": 600, "هفتصد": 700, "هشتصد": 800, "نهصد": 900}
FA_WORDS = {**FA_UNITS, **FA_TEENS, **FA_TENS, **FA_HUNDREDS}
_FA_WORD_RE = "|".join(sorted(FA_WORDS, key=len, reverse=True))
# هشتادمین, هفتاد و پنجمین, بیست‌ویکمین, صدمین; "سوم/سومین" and "اول/اولین" are irregular
_FA_AND = r"(?:[\s\u200c]+و[\s\u200c]*|\u200cو\u200c?)"
# the ZWNJ dropped, as stored pages often have it: "بیستویکم", "بیستوهفتم" (tens glued to و and the unit)
_FA_TENS_GLUED = "(?:" + "|".join(sorted(FA_TENS, key=len, reverse=True)) + ")و"
FA_ORDINAL_RE = (rf"(?<![\u0600-\u06ff])(?P<w>(?:(?:{_FA_WORD_RE}){_FA_AND}|{_FA_TENS_GLUED})*(?:{_FA_WORD_RE}|سو|اول))"
                 r"[\u200c]?(?P<suf>امین|مین|ام|م)(?![\u0600-\u06ff])")


# a cardinal number word, no ordinal ending ("پنج" in "پنجشنبه پنج خرداد 1401": a day written as a plain number word)
FA_CARDINAL_RE = (rf"(?<![\u0600-\u06ff])(?P<w>(?:(?:{_FA_WORD_RE}){_FA_AND}|{_FA_TENS_GLUED})*(?:{_FA_WORD_RE}))"
                  r"(?![\u0600-\u06ff\u200c])")


def persian_ordinal(words: str) -> int | None:
    """'هشتاد' -> 80, 'هفتاد و پنج' -> 75, 'سو' (from سوم) -> 3, 'اول' -> 1."""
    total = 0
    for part in re.split(r"[\s\u200c]+و[\s\u200c]*|[\s\u200c]*و[\s\u200c]+|\u200cو\u200c?", words.strip()):
        if part == "سو":
            part = "سه"
        if part == "اول":
            part = "یک"
        glued = re.fullmatch(rf"({'|'.join(FA_TENS)})و(.+)", part)
        if part not in FA_WORDS and glued and glued[2] in FA_UNITS:
            total += FA_TENS[glued[1]] + FA_UNITS[glued[2]]  # "بیستویکم": 21, the ZWNJ dropped
            continue
        if part not in FA_WORDS:
            return None
        total += FA_WORDS[part]
    return total or None


# --- a text that is a numeral and nothing else ---------------------------------------------------

NUMERAL_TRIM = " \t\r\n\u200c\u200e\u200f.,;:!?،؛。，；：！？\"'“”«»()[]（）"


LEADING_POINT = re.compile(r"\s*([.,٫])(?=[\d٠-٩۰-۹])")


def numeral_value(text: str, lang: str | None) -> float | None:
    """The value of a text that is one number and nothing else, in digits or in words, with a sign word before it
    and a decimal part in the language's words: "twelve point five one" 12.51, "minus zero point one two" -0.12,
    "пять целых две десятых" 5.2, "دوازده و پنجاه و سه صدم" 12.53, "ติดลบสิบจุดห้า" -10.5, "负零点一" -0.1,
    "một nghìn phẩy hai mươi mốt" 1000.21, "壹佰壹拾壹" 111. None for anything else (a word that is a number only in
    context, ``not_alone``: vi "năm", "không")."""
    lang = (lang or "en").split("-")[0].lower()
    s = fold_lang(text, lang).strip(NUMERAL_TRIM).replace("．", ".").replace("，", ",")  # "１２．５": full-width marks
    if not s:
        return None
    if lead := LEADING_POINT.match(text):  # ".77", ".0012G": the point before the digits is the number's own
        s = lead[1] + s
    data = language_data(lang)
    sign = 1.0
    neg = data.get("negative_before_re") or data.get("negative_before")
    m = re.match(rf"(?:{fold(neg)})[\s\u200c]*(?=\S)", s, re.IGNORECASE) if neg else None
    m = m or re.match(r"[-\u2212\u2013\uff0d]\s*(?=[.,٫]?\d)", s)  # "-12", "−0.5", "-.5"
    if m is not None:
        sign, s = -1.0, s[m.end():]
    elif plus := re.match(r"\+\s*(?=[.,٫]?\d)", s):  # "+5"
        s = s[plus.end():]
    value = _unsigned_value(s, lang)
    return None if value is None else sign * value


def _point_words(data: dict) -> list[str]:
    """A language's words for the decimal point, folded and lower-cased: ``decimal_point``, ``point`` and
    ``point_between_words`` (ar نقطة, a point only between two number words) of data/numbers.json."""
    return [fold(w).lower() for w in (*data.get("decimal_point", ()), *data.get("point", ()),
                                      *data.get("point_between_words", ()))]


def _unsigned_value(s: str, lang: str) -> float | None:
    if re.fullmatch(r"[\d.,٫٬،'\s\u00a0\u202f]+", s) or lang == "fa" and re.fullmatch(r"\d+/\d+", s):
        return _digits_value(s, lang)  # fa "۳/۸": the slash is a decimal point
    if (value := _standalone_form(s, lang)) is not None:
        return value
    if lang == "zh":
        return chinese_number(re.sub(r"\s+", "", s))  # "廿 一": the characters typed apart
    if lang == "th":
        if (point := re.fullmatch(r"จุด\s*(\d+)", s)) is not None:
            return float("0." + point[1])  # "จุด 77": .77
        return _thai_with_half(re.sub(r"\s+", "", s))  # "สาม จุด ห้า": the words typed apart
    data = language_data(lang)
    low = unmarked(s.lower(), lang)
    places = {fold(k).lower(): int(v) for k, v in data.get("decimal_places", {}).items()}
    nw = number_words(lang)
    marks = {*places, *_point_words(data)}
    tokens = low.split()
    if nw is not None and len(tokens) > 2 and nw.kinds.get(tokens[-1], ("",))[0] == "big" and marks & set(tokens[:-1]):
        # "two point five million", "три целых две десятых миллиона": the decimal, then its scale
        whole = _unsigned_value(" ".join(tokens[:-1]), lang)
        return None if whole is None else whole * nw.kinds[tokens[-1]][1]
    for place in sorted(places, key=len, reverse=True):  # "пять целых две десятых", "هفتاد و پنج صدم"
        if low.endswith(" " + place) and len(low) > len(place) + 1:
            return _place_decimal(low[:-len(place) - 1].strip(), places[place], lang)
    points = _point_words(data)
    for p in points:  # "twelve point five one": the decimals digit by digit; "ثلاثة فاصلة أربعة عشر": as one number
        parts = _split_at_word(low, p)
        if len(parts) == 2 and parts[0].strip() and parts[1].strip():
            whole, frac = _all_words(parts[0].strip(), lang), _decimal_digits(parts[1].strip(), lang)
            if whole is not None and frac is not None:
                return whole + float("0." + frac)
            if p in data.get("decimal_point", ()):
                return None
    return _all_words(s, lang)


def _digits_value(s: str, lang: str) -> float | None:
    """``parse_number``, plus a decimal with no whole part: ".77", vi ",77", "٫٥" (the language's decimal mark first)."""
    lead = re.fullmatch(r"([.,٫])(\d+)", s.strip())
    if re.search(r"\d\s+\d", s) and not re.fullmatch(r"\d{1,3}(?:\s\d{3})+(?:[.,٫]\d+)?", s.strip()):
        return None  # "2 3": two numbers; a space groups thousands only
    if lead is None:
        return parse_number(s, lang)
    mark = "," if lang in COMMA_DECIMAL else "."
    return float("0." + lead[2]) if lead[1] in (mark, "٫") else None


def _standalone_form(s: str, lang: str) -> float | None:
    """The shapes a number takes when it is written alone, from ``data/numbers.json``: digits with a multiplier or with
    number words (``_digit_form``), a fraction (``_fraction_form``), a word that is a number only when nothing else is
    written (``_word_alone``), a count of a group word (``_group_form``), and the Chinese shapes of ``_chinese_form``.
    None when ``s`` is none of them."""
    if (value := _digit_form(s.strip(), lang)) is not None:
        return value
    low = s.lower().strip()
    for form in (_fraction_form, _word_alone, _group_form):
        if (value := form(low, lang)) is not None:
            return value
    return _chinese_form(low) if lang == "zh" else None


def _digit_form(s: str, lang: str) -> float | None:
    """Digits with a letter multiplier (``digit_suffixes``, case as written: "100K", "1,2M"), times scale words
    ("5 trăm", "3 ร้อย", "۳ صد", ru "5 сотен"), or in parts with number words ("دو هزار و ۵۰۰", "1 tỷ 200 triệu")."""
    suffixes = language_data(lang).get("digit_suffixes", {})
    if suffixes and (m := re.fullmatch(r"([\d.,٫٬]+)\s*([^\W\d_]+)", s)) and m[2] in suffixes:
        base = _digits_value(m[1], lang)
        return None if base is None else base * float(suffixes[m[2]])
    low = s.lower()
    nw = number_words(lang)
    if nw is not None and (m := re.fullmatch(r"([\d.,٫٬]*\d)[\s\u200c]*([^\W\d_][^\d]*)", low)):
        words = [w.lower() for w in nw.word.findall(m[2])]
        base = _digits_value(m[1], lang)
        if (base is not None and words and re.sub(r"[\s\u200c]+", "", m[2]) == "".join(words)
                and all(nw.kinds[w][0] in ("mult", "big") for w in words)):
            return base * math.prod(nw.kinds[w][1] for w in words)
        if base is not None and (scale := scale_of(m[2], lang)) is not None:
            return base * scale
    if nw is not None and lang not in NO_SPACE_LANGS and re.search(r"\d", low) and re.search(r"[^\W\d_]", low):
        mixed = _mixed_tokens(low, lang, nw)
        if mixed is not None:
            return accumulate(mixed)
    return None


def _fraction_form(low: str, lang: str) -> float | None:
    """A fraction: in digits ("3/4"; not in fa, whose slash is a decimal point), a numerator before a denominator word
    (``denominators``: "two thirds", "ثلاثة أرباع", "دو سوم", "две трети"), or two numbers about a word
    (``fraction_between``: vi "hai phần ba", th "สองในสาม"; ``fraction_not``: vi "ba phần trăm" is a percent)."""
    data = language_data(lang)
    if lang not in ("fa", "ur") and (m := re.fullmatch(r"(\d+)\s*/\s*(\d+)", low)) and whole(m[2]):
        return whole(m[1]) / whole(m[2])
    dens = {fold(w).lower(): float(v) for w, v in data.get("denominators", {}).items()}
    if dens and (m := re.fullmatch(r"(.+?)[\s\u200c]+([^\s\u200c]+)", low)) and m[2] in dens:
        num = _unsigned_value(m[1], lang)
        return None if num is None else num / dens[m[2]]
    if (between := data.get("fraction_between")) and (m := re.fullmatch(rf"(.+?)\s*{re.escape(between)}\s*(.+)", low)):
        if m[2] in data.get("fraction_not", ()):
            return None
        num, den = _unsigned_value(m[1], lang), _unsigned_value(m[2], lang)
        return None if num is None or not den else num / den
    return None


def _word_alone(low: str, lang: str) -> float | None:
    """A word that is a number when it is all the text: a half (``half_alone``: "一半", "ครึ่ง"), ``value_alone`` (th
    "ไม่มี" 0), or a number word that is none in running text (``numeral_alone``: vi "không" 0, "triệu")."""
    data = language_data(lang)
    if low in data.get("half_alone", ()):
        return 0.5
    if low in data.get("value_alone", {}):
        return float(data["value_alone"][low])
    nw = number_words(lang)
    if nw is not None and low in {fold(w).lower() for w in data.get("numeral_alone", ())} and low in nw.kinds:
        return nw.kinds[low][1]
    return None


def _group_form(low: str, lang: str) -> float | None:
    """A count of a group word (``group_words``: zh "两打" 24, vi "một tá" 12, th "สองโหล"; ``group_alone``: those that
    are the number by themselves)."""
    data = language_data(lang)
    groups = {w.lower(): float(v) for w, v in data.get("group_words", {}).items()}
    for g in sorted(groups, key=len, reverse=True):
        if not low.endswith(g):
            continue
        head = low[:-len(g)].strip()
        if not head:
            return groups[g] if g in data.get("group_alone", ()) else None
        if lang not in NO_SPACE_LANGS and not re.search(rf"(?<![^\W\d_]){re.escape(g)}$", low):
            return None  # the end of a longer word
        count = _unsigned_value(head, lang)
        return None if count is None or not count.is_integer() or count <= 0 else count * groups[g]
    return None


def _mixed_tokens(text: str, lang: str, nw: NumberWords) -> list[tuple[str, float]] | None:
    """The tokens of a number written in digits and number words together (joiners of the language left out), or None
    when a word is no number word."""
    joiners = {fold(j).strip().lower() for j in language_data(lang).get("joiners", ()) if j.strip()}
    tokens: list[tuple[str, float]] = []
    for part in re.split(r"[\s\u200c]+", text):
        if lang in ("ar", "fa") and re.fullmatch(r"و\d.*", part):
            part = part[1:]  # "و500": the attached "and"
        if not part or part in joiners:
            continue
        if part[0].isdecimal():
            value = _digits_value(part, lang)
            if value is None:
                return None
            tokens.append(("add", value))
        elif part in nw.kinds and nw.kinds[part][0] != "point":
            tokens.append(nw.kinds[part])
        else:
            return None
    if any(a[0] == b[0] == "add" for a, b in pairwise(tokens)):
        return None  # "20 five": two numbers side by side
    return tokens or None


def _chinese_form(s: str) -> float | None:
    """zh: a count with its classifier (``classifier_suffix``: "三个" 3, "一个半" 1.5), a fraction ("三分之一", "一又三分之一";
    "百分之五" is left to the percent reader) from ``fraction_of`` and ``mixed_fraction`` in data/numbers.json."""
    data = language_data("zh")
    if s in data.get("big", {}):
        return float(data["big"][s])  # "万", "亿" alone
    for cl in data.get("classifier_suffix", ()):
        if s.endswith(cl + "半") and len(s) > 2:
            whole = chinese_number(s[:-2])
            return None if whole is None else whole + 0.5
        if s.endswith(cl) and len(s) > 1:  # "七八个", "三五个": two neighbouring digits before a classifier, a few
            return None if zh_few(s[:-1]) else chinese_number(s[:-1])
    of = next((w for w in data.get("fraction_of", ()) if w in s), None)
    if of is None:
        return None
    whole, mixed = 0.0, data.get("mixed_fraction")
    if mixed and mixed in s:
        head, _, s = s.partition(mixed)
        w = chinese_number(head)
        if w is None:
            return None
        whole = w
    den_words, _, num_words = s.partition(of)
    if den_words in data.get("fraction_not", ()):
        return None  # "百分之五": a percent
    den, num = chinese_number(den_words), chinese_number(num_words)
    if den is None or num is None or not den:
        return None
    return whole + num / den


def _descending(tokens: list[str], ands: set[str], lang: str) -> bool:
    """Whether the parts of a number joined by "and" fall in value, as a compound's do ("صد و بیست و پنج": 100, 20,
    5); "سه و چهارده" (3, 14) is two numbers, a whole and a fraction ("سه و چهارده صدم" 3.14, not 0.17)."""
    parts, cur = [], []
    for w in [*tokens, next(iter(ands), "")]:
        if w in ands:
            if cur:
                parts.append(_all_words(" ".join(cur), lang))
            cur = []
        else:
            cur.append(w)
    return all(a is not None and b is not None and a > b for a, b in pairwise(parts))


def _split_at_word(text: str, word: str) -> list[str]:
    """``text`` split at ``word`` standing as a word of its own (a decimal point word: "point", "целых")."""
    return re.split(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", text)


def _all_words(words: str, lang: str) -> float | None:
    """``word_number`` of ``words`` when they are number words and nothing else ("twenty-second" is no 20)."""
    nw = number_words(lang)
    if nw is None or not words.strip():
        return None
    folded = unmarked(fold(words).lower(), lang).strip()
    if lang == "fa":
        folded = fa_unglued(folded)
    if not nw.run.fullmatch(folded):
        return None
    found = [w.lower() for w in nw.word.findall(folded)]
    if (len(found) >= 2 and found[-1] in nw.not_alone and nw.kinds[found[-1]][1] < 10 and nw.kinds[found[-1]][1] != 0.5
            and nw.kinds[found[-2]][0] != "add" and nw.kinds[found[-2]][1] >= 100):
        return None  # vi "hai trăm năm": two hundred years (205 is "hai trăm linh năm"); "hai trăm rưỡi" is 250,
        # "một trăm mười" 110
    return word_number(words, lang)


def _decimal_digits(words: str, lang: str) -> str | None:
    """The decimals after a point word: digit words one by one ("five one" "51"), else one number ("hai mươi mốt" "21")."""
    nw = number_words(lang)
    if nw is None:
        return None
    found = nw.word.findall(words)
    vals = [nw.kinds.get(w.lower()) for w in found] if " ".join(found) == " ".join(words.split()) else []
    if vals and all(v is not None and v[0] == "add" and v[1] < 10 and v[1].is_integer() for v in vals):
        return "".join(str(int(v[1])) for v in vals if v is not None)
    one = _all_words(words, lang)
    return str(int(one)) if one is not None and one.is_integer() and one >= 0 else None


def _place_decimal(body: str, places: int, lang: str) -> float | None:
    """A decimal as a count of tenths, hundredths, ...: ru "N целых M сотых", fa "N و M صدم", "M صدم" (0.M): the whole
    part (before the point word, or before an "and" of the language) and the fraction, below 10 ** places."""
    data = language_data(lang)
    points = _point_words(data)
    for p in points:
        parts = _split_at_word(body, p)
        if len(parts) == 2:
            whole, frac = _all_words(parts[0].strip(), lang), _all_words(parts[1].strip(), lang)
            if whole is None or frac is None or not frac.is_integer() or frac >= 10 ** places:
                return None
            return whole + frac / 10 ** places
    tokens = body.split()
    ands = {fold(j).strip().lower() for j in data.get("joiners", ()) if j.strip() and j.strip() != "-"}
    cuts = [0] + [i for i, w in enumerate(tokens) if w in ands]
    for i in cuts:  # the longest fraction that is below 10 ** places
        head, tail = tokens[:i], tokens[i + 1:] if i else tokens
        whole = _all_words(" ".join(head), lang) if head else 0.0
        frac = _all_words(" ".join(tail), lang) if tail else None
        if whole is not None and frac is not None and frac.is_integer() and frac < 10 ** places \
                and _descending(tail, ands, lang):
            return whole + frac / 10 ** places
    return None
