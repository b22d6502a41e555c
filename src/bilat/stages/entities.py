"""The entities stage: countries, capitals, organisations and leaders, linked across scripts.

Matching is dictionary matching over ``normalize.match_form`` (case-, Arabic-letter- and
digit-folded text with a position map), run twice: pass "a" over the case-folded text, pass "b"
over the Latin-folded text (Vietnamese and person names written without diacritics). Every
candidate passes the checks its script and flags call for (word boundaries, Arabic proclitics
and nisba suffixes, Persian ezafe, case, Vietnamese neighbours), then the leftmost-longest
non-overlapping set is kept. Chinese one-character abbreviations (越俄, 中方) are found by rule
on what is left. ``names.py`` then learns person names from role appositions.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick_rs

from bilat import gazetteer as gz
from bilat import plover
from bilat.datafiles import read_json
from bilat.normalize import Folded, match_form, match_text, space_arabic_dashes, zh_simplified
from bilat.records import Document, Entity, Mention
from bilat.spans import leftmost_longest
from bilat.stages.home import person_home
from bilat.stages.sentences import analysed_end
from bilat.words import (
    CONJUNCTION_LETTERS,
    PREPOSITION_LETTERS,
    PROCLITIC_LETTERS,
    opens_word,
    with_proclitic,
)

# Arabic proclitic sequences that may stand before a name inside the same written word
AR_PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ک", "ال", "وال", "فال", "بال", "کال", "لل", "ولل", "فلل",
                           "وب", "ول", "فب", "فل", "وک", "فک", "وبال", "وکال"})
AR_ARTICLE_PREFIXES = frozenset({"ال", "وال", "فال", "بال", "کال", "لل", "ولل", "فلل", "وبال", "وکال"})
# nisba (demonym) endings, optionally with a possessive; Persian ezafe / plural / indefinite
_NISBA = ("ی", "یه", "یین", "یون", "یان", "یات", "یتین", "یتان")
_POSS = ("", "ه", "ها", "هم", "هما", "نا", "ک", "کم")
NISBA_TAILS = frozenset(n + p for n in _NISBA for p in _POSS)
FA_TAILS = frozenset({"ی", "ای", "ها", "های", "یی", "هایی", "ییها", "یها", "ش", "شان", "ایی",  # لیبی|ایی
                      "یاش", "ییاش", "یشان", "ییشان",  # a demonym with a possessive: همتای اردنی‌اش, آمریکایی‌شان
                      "یهای", "ییهای"})  # a plural demonym with the ezafe: ایرانی‌های مقیم, آمریکایی‌های که
FA_COPULA = "ست"  # the enclitic 'is' after a name's final ا: به ونزوئلاست, مشکل آمریکاست
NAME_TAILS = NISBA_TAILS | FA_TAILS | {""}
AR_ACCUSATIVE = "یا"  # the indefinite accusative nisba, Arabic only: جنديا أفغانيا, دبلوماسيا إيرانيا
NISBA_ENDINGS = ("ی", "یه", "یون", "یین", "یان", "یها", "یات", "یا")  # a word ending so and not a name: a demonym
FA_VOWEL_EZAFE = frozenset({"ی", "یِ"})  # after a name's final ا/و: the ezafe (اوبامای نه چندان مقبول)
FA_STEM_TAILS = NISBA_TAILS | {"ها", "های", "یی"}  # روس‌ها; not in Arabic, where -ها is "her"
FA_BARE_STEMS = frozenset({"روس"})  # Persian demonym stems that stand alone as the adjective: دیپلمات روس, مقامات روس

# Russian / Ukrainian case endings after a name stem
CYR_TAILS = frozenset({"а", "я", "ы", "и", "і", "ї", "у", "ю", "е", "є", "ой", "ою", "ей", "єю", "ом", "ем",
                       "ам", "ах", "ові", "еві", "ію", "ії", "ия", "ии", "ию", "ией", "ія",
                       # adjectives (российск|ий): the stems come from the hand list
                       "ий", "ая", "ое", "ие", "ого", "ому", "им", "их", "ими", "ую", "ый", "ые", "ым", "ых",
                       "ыми", "ої", "ій",
                       # plural nouns (Нідерланд|ів, американц|ями)
                       "ів", "ов", "ев", "ами", "ями", "ям", "ях", "єм"})
NO_SPACE = ("THAI", "CJK", "HIRAGANA", "KATAKANA", "LAO", "KHMER", "MYANMAR", "TIBETAN")

# Vietnamese one-syllable names (Nga, Mỹ, Anh): the word before decides
VI_TITLE_WORDS = frozenset(["thương", "chính", "tế", "nghiệp", "thống", "tướng", "trưởng", "phòng", "giao", "sứ", "tịch", "quán", "quân", "phủ", "hội", "bang", "nước", "phía", "đội", "đạo", "viên", "vụ", "quốc", "người", "dân", "hàng"])
VI_CONTEXT_WORDS = VI_TITLE_WORDS | frozenset(["với", "và", "tại", "ở", "sang", "đến", "từ", "của", "giữa", "thăm", "cho", "như", "cùng", "là", "khỏi", "qua", "về", "thị", "trường", "đồng", "do", "bởi"])
VI_HONORIFICS = frozenset(["ông", "bà", "chị", "anh", "em", "cô", "chú", "bác", "cụ", "cháu", "bé", "con", "cậu", "thầy", "mẹ", "bố", "chồng", "vợ"])
VI_STRICT = frozenset({"anh", "đức", "ý", "úc", "áo", "bỉ", "séc", "nhật", "thái", "lào"})
# in a line written in capitals, the words before a country syllable that still make it a person's name
VI_NAME_INSIDE = VI_HONORIFICS | frozenset(["thị", "văn", "hữu", "đình", "ngọc", "minh", "thanh", "hồng", "kim"])

# words that make a Vietnamese country syllable part of an ordinary compound: Pháp luật, Mỹ phẩm, Đức tin
_VI_COMPOUND_WORDS = {
    "pháp": "luật lý nhân chế quyền sư môn danh",
    "mỹ": "phẩm thuật nghệ quan mãn nhân vị học cảm miều latinh",
    "đức": "tin độ hạnh tính",
    "ý": "kiến nghĩa thức định chí tưởng muốn tứ niệm",
    "nhật": "ký thực báo trình",
    "thái": "độ bình tử hậu quá",
    "bỉ": "ổi",
    "lào": "cai",
    "anh": "hùng ấy em chị ta",
}
VI_COMPOUNDS = {k: frozenset(v.split()) for k, v in _VI_COMPOUND_WORDS.items()}
ZH_SUFFIXES = ("方", "媒", "军", "企", "籍", "总统", "外长", "防长", "总理", "驻", "核")
ZH_NO_SUFFIX = frozenset("新土老中")

LEARNED_LANG = "learned"
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int  # offsets into Document.text
    end: int
    pattern: gz.Pattern


def _script_kind(key: str) -> str:
    for ch in key:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("ARABIC"):
            return "arabic"
        if name.startswith(NO_SPACE):
            return "nospace"
        if name.startswith("HANGUL"):
            return "hangul"
        return "spaced"
    return "spaced"


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


class Matcher:
    """An automaton per pass over a set of patterns; finds checked candidates in a text."""

    def __init__(self, patterns: Iterable[gz.Pattern], accusative: frozenset[str] = frozenset()) -> None:
        """``accusative``: entity ids whose Arabic names take the indefinite accusative nisba (countries:
        أفغانيا); a place takes no ending (بكين|يا is ب + كينيا)."""
        self.by_pass: dict[str, tuple[list[gz.Pattern], ahocorasick_rs.AhoCorasick | None]] = {}
        # a key in traditional Chinese characters (北韓, 萬卡韋利卡) also in simplified ones, as Chinese is read
        patterns = list(patterns)
        have = {(x.key, x.pass_) for x in patterns}
        for x in list(patterns):
            simple = zh_simplified(x.key)
            if simple != x.key and (simple, x.pass_) not in have:
                have.add((simple, x.pass_))
                patterns.append(dataclasses.replace(x, key=simple))
        # the text is read with a dash inside an Arabic-script name as a space (:func:`_folded`): so are the keys
        for k, x in enumerate(patterns):
            spaced = space_arabic_dashes(x.key)
            if spaced != x.key:
                patterns[k] = None if (spaced, x.pass_) in have else dataclasses.replace(x, key=spaced)
                have.add((spaced, x.pass_))
        patterns = [x for x in patterns if x is not None]
        for p in ("a", "b"):
            pats = [pat for pat in patterns if pat.pass_ == p]
            auto = ahocorasick_rs.AhoCorasick([x.key for x in pats], matchkind=ahocorasick_rs.MatchKind.Standard) \
                if pats else None
            self.by_pass[p] = (pats, auto)
        self.kinds = {p: [_script_kind(x.key) for x in pats] for p, (pats, _) in self.by_pass.items()}
        self.local_langs = {(p, i): frozenset(x.lang.split(",")) for p, (pats, _) in self.by_pass.items()
                            for i, x in enumerate(pats) if x.flags & gz.LOCAL}
        self.accusative = {(p, i) for p, (pats, _) in self.by_pass.items() for i, x in enumerate(pats)
                           if x.entities and set(x.entities) <= accusative}

    def candidates(self, text: str, folded: dict[str, Folded], lang: str | None = None) -> list[Candidate]:
        """Checked candidates; in an Arabic or Persian document, Arabic-script names of the other
        language are not used (Persian هند "India" is the Arabic given name Hind)."""
        own = lang if lang in ("ar", "fa") else None
        out: list[Candidate] = []
        for p, (pats, auto) in self.by_pass.items():
            if auto is None:
                continue
            f = folded[p]
            kinds = self.kinds[p]
            for idx, s, e in auto.find_matches_as_indexes(f.text, overlapping=True):
                pat = pats[idx]
                if own and kinds[idx] == "arabic" and pat.lang != LEARNED_LANG and own not in pat.lang.split(","):
                    continue
                if lang and pat.flags & gz.LOCAL and lang not in self.local_langs[(p, idx)]:
                    continue  # Pole (Afrikaans), Papua (Swahili): only in a document of those languages
                if not _edges_ok(f.text, s, e, pat, kinds[idx], own, (p, idx) in self.accusative):
                    continue
                if pat.flags & gz.CYR_STEM or kinds[idx] == "arabic":
                    e = _word_end(f.text, e)  # the mention is the whole nisba: روسی -> الروسیه's روسیه
                src_s, src_e = f.span(s, e)
                if "-" in pat.key and kinds[idx] == "spaced" and _dashed_on(text, src_e):
                    continue  # Pê-ru-gia (Perugia): a dashed transliteration going on is a longer name
                if _case_ok(text[src_s:src_e], pat.flags):
                    out.append(Candidate(src_s, src_e, pat))
        return out


def _folded(text: str, fold_latin: bool = False) -> Folded:
    """``match_form`` with a hyphen or en dash inside an Arabic-script name read as a space (يون سوك-يول = يون سوك
    يول); one character for one, so the position map stays."""
    f = match_form(text, fold_latin=fold_latin)
    return dataclasses.replace(f, text=space_arabic_dashes(f.text))


def _edges_ok(t: str, s: int, e: int, pat: gz.Pattern, kind: str, lang: str | None = None,
              accusative: bool = False) -> bool:
    if kind == "nospace":
        # katakana names (タイ) must not be cut out of a longer katakana word (タイム)
        if _is_kana(t[s]) and s > 0 and _is_kana(t[s - 1]):
            return False
        return not (_is_kana(t[e - 1]) and e < len(t) and _is_kana(t[e]))
    if kind == "hangul":
        return s == 0 or not _is_word_char(t[s - 1])
    if kind == "arabic":
        fa = lang == "fa" or lang is None and "ar" not in pat.lang.split(",")
        return _arabic_ok(t, s, e, pat.flags, fa, accusative, fa_key="fa" in pat.lang.split(","))
    glued = LATIN_BESIDE_HAN and " " in pat.key  # 议员Fiona Bruce今日: a Latin name of two words or more among Han
    if s > 0 and _is_word_char(t[s - 1]) and not (glued and _is_han(t[s - 1])):
        return False
    if glued and e < len(t) and _is_han(t[e]):
        return True
    if pat.flags & gz.CYR_STEM:
        tail = t[e:_word_end(t, e)]
        return tail in CYR_TAILS or tail == "" and bool(pat.flags & gz.FULL)
    if pat.flags & gz.CASE_EXACT and t.startswith("$", e):
        return False  # US$, HK$: a currency
    return e == len(t) or not _is_word_char(t[e]) or bool(pat.flags & gz.PREFIX)


LATIN_BESIDE_HAN = True  # a Latin-script name of two words or more is whole beside Chinese characters (no spaces there)


def _dashed_on(text: str, end: int) -> bool:
    """A lower-case syllable joined by a hyphen right after ``end`` (Pê-ru|-gia); a capital starts another name
    (Chi-lê-Pê-ru)."""
    return text[end:end + 1] == "-" and end + 1 < len(text) and text[end + 1].islower()


def _nisba_after(span: str, key: str, accusative: bool = False) -> bool:
    """The matched word ends in a nisba ending after the stem ``key`` (مصری, عمانی‌ها); with ``accusative``
    (Arabic) also in the indefinite accusative one (عُمانيًا, مصريا)."""
    folded = match_form(span).text
    at = folded.rfind(key)
    return at >= 0 and (folded[at + len(key):] in NISBA_TAILS - {""}
                        or accusative and folded[at + len(key):] == AR_ACCUSATIVE)


def _word_end(t: str, e: int) -> int:
    while e < len(t) and _is_word_char(t[e]):
        e += 1
    return e


def _is_kana(ch: str) -> bool:
    return "\u30a0" <= ch <= "\u30ff" or ch == "\uff70"


def _arabic_ok(t: str, s: int, e: int, flags: int, fa: bool, accusative: bool = False, fa_key: bool = False) -> bool:
    ws = s
    while ws > 0 and _is_word_char(t[ws - 1]):
        ws -= 1
    we = e
    while we < len(t) and _is_word_char(t[we]):
        we += 1
    prefix, tail = t[ws:s], t[e:we]
    if flags & gz.AR_ART and not (fa and fa_key):  # روس: a Persian name too, no article in Persian
        if prefix not in AR_ARTICLE_PREFIXES:  # صینی, جزائریة: an Arabic nisba stem needs no article
            return not fa and bool(flags & gz.AR_STEM) and prefix in AR_PROCLITICS \
                and (tail in NISBA_TAILS or accusative and tail == AR_ACCUSATIVE)
    elif prefix not in AR_PROCLITICS:
        return False
    if flags & gz.NO_TAIL:  # a Persian name ending in a vowel takes the ezafe as -ی: اوبامای, ناتوی
        return tail == "" or fa and tail in FA_VOWEL_EZAFE and t[e - 1] in "او" and e - s >= 4
    if accusative and not fa and tail == AR_ACCUSATIVE:
        return True
    if flags & gz.AR_STEM and not (flags & gz.FULL and tail in NAME_TAILS):
        return tail in (FA_STEM_TAILS if fa else NISBA_TAILS) or fa and tail == "" and t[s:e] in FA_BARE_STEMS
    return tail in NAME_TAILS or fa and tail == FA_COPULA and t[e - 1] == "ا"


def _case_ok(src: str, flags: int) -> bool:
    if flags & gz.CASE_EXACT:
        return not any(c.islower() for c in src)
    if flags & gz.CASE_INIT:
        first = next((c for c in src if c.isalpha()), "")
        return first.isupper() or not first.islower()
    return True


def select(cands: list[Candidate]) -> list[Candidate]:
    """Leftmost-longest, non-overlapping; pass "a" wins a tie over pass "b", then the longer key (Чехи|и,
    a name and its ending, over чех|ии, a demonym stem and its)."""
    return leftmost_longest(cands, tie=lambda c: (c.pattern.pass_, -len(c.pattern.key)))


# --- neighbours -----------------------------------------------------------------------------------


def _prev_word(text: str, start: int) -> tuple[str | None, bool]:
    """The word right before ``start`` (only spaces between), and whether it opens a sentence."""
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    if i == 0 or not _is_word_char(text[i - 1]) or i == start:
        return None, True
    j = i
    while j > 0 and _is_word_char(text[j - 1]):
        j -= 1
    k = j
    while k > 0 and text[k - 1] in " \t\u00a0":
        k -= 1
    opens = k == 0 or text[k - 1] in ".!?\n:\"“(–-—"
    return text[j:i], opens


def _next_word(text: str, end: int) -> str | None:
    i = end
    while i < len(text) and text[i] in " \t\u00a0":
        i += 1
    if i == end or i >= len(text) or not _is_word_char(text[i]):
        return None
    m = _WORD.match(text, i)
    return m.group(0) if m else None


WEAK = "weak"  # a Vietnamese strict name with no context word: kept only if the document names it otherwise
_CASED_LETTER = re.compile(r"[^\W\d_]")


def _shouted(text: str, pos: int) -> bool:
    """True when the line holding ``pos`` is written in capitals ("MỸ TRỪNG PHẠT NGA", a headline or a kicker):
    no lower-case letter among at least four cased ones, and the line's letters cased ones (a Thai or Arabic line
    naming "BRICS" or "VPN" is not shouted). There a capitalised neighbour says nothing of a longer
    name, and the checks that read one (Mỹ Tho, Nguyễn Thị Nga, Robert Jackson) stand aside (dates50)."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    line = text[lo:hi if hi >= 0 else len(text)]
    letters = _CASED_LETTER.findall(line)
    cased = [ch for ch in letters if ch.isupper() or ch.islower()]
    return len(cased) >= 4 and len(cased) >= 0.8 * len(letters) and not any(ch.islower() for ch in cased)


def _vi_short_ok(text: str, c: Candidate) -> bool | str:
    """True, False, or ``WEAK`` for a strict name (Séc, Ý, Úc) that passes every check but the context
    word before it (``Nga - Séc``, ``rời Séc``): it stands when the document names that country firmly."""
    prev, opens = _prev_word(text, c.start)
    nxt = _next_word(text, c.end)
    word = text[c.start:c.end].lower()
    if nxt is not None and nxt.lower() in VI_COMPOUNDS.get(word, ()):
        return False
    shouted = _shouted(text, c.start)
    if shouted and prev is not None and prev.lower() in VI_NAME_INSIDE:
        return False  # "NGUYỄN THỊ NGA", "BÀ NGA": a name in a capitalised line
    if prev is not None and not shouted:
        low = prev.lower()
        if low in VI_HONORIFICS and not prev[0].isupper():
            return False
        if prev[0].isupper() and not opens:
            return False  # inside a name: Nguyễn Thị Nga, Hoàng Thị Mỹ
    if nxt is not None and nxt[0].isupper() and not shouted and (prev is None or prev.lower() not in VI_TITLE_WORDS) \
            and not (prev is not None and word not in VI_STRICT and _vi_foreign(nxt)):
        return False  # Mỹ Tho, Anh Tuấn; not "cố vấn an ninh quốc gia Mỹ Robert O'Brien", "tại Mỹ Taranjit Sandhu"
    if word in VI_STRICT:
        return True if prev is not None and prev.lower() in VI_CONTEXT_WORDS and (shouted or not prev[0].isupper()) \
            else WEAK
    return True


# one Vietnamese syllable (diacritics removed): initial consonants, one vowel group, a final consonant
_VI_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")


def _vi_foreign(word: str) -> bool:
    """Whether a capitalised word can be no Vietnamese syllable (Robert, Taranjit, John: two vowel groups, a final
    or a letter Vietnamese does not write): a foreign name after a country syllable does not make the country part
    of a Vietnamese name (Mỹ Tho, Nga Sơn, Anh Tuấn are syllables)."""
    bare = "".join(ch for ch in unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
                   if not unicodedata.combining(ch))
    return bare.isalpha() and bare.isascii() and _VI_SYLLABLE.fullmatch(bare) is None


VI_LIST_JOINS = frozenset([",", "và", "hoặc", "hay", "cùng"])


def _vi_listed(text: str, weak: list[Candidate], countries: list[Candidate]) -> set[int]:
    """The weak Vietnamese strict names (Séc, Ý, Úc) that stand in a list of countries: joined by a comma or
    và/hoặc/hay/cùng to a country named firmly, or to another strict name so joined (Ba Lan, Séc; Pháp, Đức và Ý)."""
    spans = [(c.start, c.end) for c in countries]
    out: set[int] = set()
    grew = True
    while grew:
        grew = False
        for c in weak:
            if id(c) in out or len(c.pattern.entities) != 1:
                continue
            if any(text[e:c.start].strip().lower() in VI_LIST_JOINS or text[c.end:s].strip().lower() in VI_LIST_JOINS
                   for s, e in spans):
                out.add(id(c))
                spans.append((c.start, c.end))
                grew = True
    return out


def _latin_name_neighbour(text: str, c: Candidate) -> bool:
    """True when a capitalised word right before/after makes it part of a longer name."""
    if _shouted(text, c.start):
        return False  # "US SANCTIONS RUSSIA": every word is capitalised
    prev, opens = _prev_word(text, c.start)
    nxt = _next_word(text, c.end)
    if prev and prev[0].isupper() and not opens:
        return True
    return bool(nxt and nxt[0].isupper())


# --- Thai --------------------------------------------------------------------------------------------


def _is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


@lru_cache(maxsize=1)
def _thai_tokenize():
    from pythainlp.tokenize import word_tokenize

    return lambda t: word_tokenize(t, engine="newmm", keep_whitespace=True)


def _thai_cut(text: str, s: int, e: int, window: int = 24) -> bool:
    """True when a dictionary word cuts through the match: ลาว in ลาวา, อินเดีย in อินเดียนแดง,
    ชาด in ชาดก. A compound that ends with the name (คนไทย, ชาวจีน) is no cut."""
    ws = max(0, s - window)
    pos = ws
    for tok in _thai_tokenize()(text[ws:min(len(text), e + window)]):
        ts, te = pos, pos + len(tok)
        pos = te
        if te <= s or ts >= e:
            continue
        if ts >= s and te > e:
            return True  # starts inside the match, runs past its end
        if ts < s < te < e:
            return True  # starts before, ends inside
        if ts < s and te > e:
            return True  # the match is inside one word
    return False


@lru_cache(maxsize=1)
def _thai_titles() -> tuple[str, ...]:
    """Thai honorifics and ranks written glued to the name after them (นาย, นางสาว, ดร., พล.อ.):
    data/roles.json ``roles.th`` entries of code person or general."""
    from bilat.stages import people

    rows = people.lexicon().get("roles", {}).get("th", [])
    return tuple(sorted({w for w, code in rows if code in ("person", "general")}, key=len, reverse=True))


def _after_thai_title(text: str, start: int) -> bool:
    """A Thai honorific or rank ends right before ``start`` (no space: นายอเดล)."""
    before = text[max(0, start - 24):start]
    return any(before.endswith(t) for t in _thai_titles())


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _zh_cut(text: str, s: int, e: int, window: int = 8) -> bool:
    """True when jieba's segmentation cuts through a two-character name: 今日|本地 (not 日本),
    增加|纳税 (not 加纳), 明智|利用 (not 智利). A word that starts with the name (日本首相, 中国队)
    is no cut."""
    import jieba

    _zh_words()  # initialises jieba once
    ws = max(0, s - window)
    pos = ws
    for tok in jieba.lcut(text[ws:min(len(text), e + window)], HMM=False):
        ts, te = pos, pos + len(tok)
        pos = te
        if ts < s < te or s < ts < e < te:
            return True
    return False


# --- Chinese abbreviations ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _zh_words() -> dict[str, int]:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba.dt.FREQ


def _zh_left_crossed(text: str, s: int, e: int) -> bool:
    """A dictionary word starts before ``s`` and ends inside [s, e): 增加|中美 -> 加 belongs to 增加."""
    words = _zh_words()
    return any(words.get(text[i:j]) for i in range(max(0, s - 3), s) for j in range(s + 1, min(e, i + 5) + 1))


def _zh_right_crossed(text: str, s: int, e: int) -> bool:
    """A dictionary word starts inside (s, e) and ends after ``e``: 中|美洲, 中|老年, 新|加入."""
    words = _zh_words()
    return any(words.get(text[i:j]) for i in range(max(s + 1, e - 3), e) for j in range(e + 1, min(len(text), i + 5) + 1))


def _zh_trim(text: str, s: int, e: int) -> tuple[int, int]:
    while e - s >= 2:
        if _zh_left_crossed(text, s, e):
            s += 1
        elif _zh_right_crossed(text, s, e):
            e -= 1
        else:
            break
    return s, e


ZH_PAIR_DE = True  # a pair before the particle 的 (日美的会谈) is cut there, whatever word jieba reads across it
ZH_PAIR_CLAUSE = True  # an ordinary-word pair (中意) of named countries takes a relation word later in its clause too
_ZH_CLAUSE_GAP = 8  # at most so many characters, no punctuation, between such a pair and its relation word


def _zh_relation_after(text: str, e: int, pair_after: tuple[str, ...]) -> bool:
    """A relation word of ``pair_after`` right after ``e`` or (ZH_PAIR_CLAUSE) later in the same clause, within
    _ZH_CLAUSE_GAP characters and no punctuation (中意即将迎来建交40周年)."""
    if text.startswith(pair_after, e):
        return True
    if not ZH_PAIR_CLAUSE:
        return False
    for k in range(e + 1, min(len(text), e + _ZH_CLAUSE_GAP + 1)):
        if not text[k - 1].isalnum():
            return False
        if text.startswith(pair_after, k):
            return True
    return False


def _zh_seg_ok(text: str, s: int, e: int, pair_after: tuple[str, ...], window: int = 8) -> bool:
    """jieba cuts the text at both ends of the run (第二次|中日|经济, 增加|中|美|贸易), or reads the run and a
    relation word as one word (美中关系, 中俄关系), or the run and a suffix of ``ZH_SUFFIXES`` as one word
    (驻|韩美军 'US forces in Korea', 日美军, 韩美军演 'Korea-US drills'): the run is a pair, whatever dictionary
    words cross it (日经, 中关)."""
    import jieba

    _zh_words()
    ws = max(0, s - window)
    cuts, pos = {ws}, ws
    for tok in jieba.lcut(text[ws:min(len(text), e + window)], HMM=False):
        if pos == s and pos + len(tok) > e and (tok[e - s:].startswith(pair_after) and pair_after
                                                or tok[e - s:] in ZH_SUFFIXES):
            return True
        if ZH_PAIR_DE and pos == e - 1 and tok[1:] == "的" and len(tok) == 2:
            cuts.add(e)  # 与日|美的|首脑会谈: the particle 的 after the pair, not the word 美的
        pos += len(tok)
        cuts.add(pos)
    return s in cuts and e in cuts


def zh_abbreviations(text: str, covered: list[bool], abbr: dict[str, str], stop: frozenset[str],
                     named: frozenset[str] = frozenset(), context: dict[str, str] | None = None,
                     pair_after: tuple[str, ...] = (), weak: frozenset[str] = frozenset(),
                     runs: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
    """(start, end, entity id) for one-character country abbreviations in pair compounds (越俄, 中美)
    or before 方/媒/军/... (俄方, 美媒); characters that belong to an ordinary word are left alone.
    ``context``: characters that stand for a country only when the document names it (``named``: ids
    and ISO3 codes named by other mentions; 罗 Romania in 中罗). A pair that is also an ordinary word
    (中意, 中土) stands when the document names both countries and a relation word follows (中意两国,
    中意建交); China, 中, need not be named. ``weak``: abbreviations that are also common words (以, 新,
    马: data/actors.json ``zh_abbr_weak``) of countries the document does not name: no pair, only a
    suffix (以军, 朝核). ``runs``: listed runs written as one word (英法德, 新马泰: data/actors.json
    ``zh_abbr_runs``), each character its country, weak ones too."""
    if context:
        abbr = {**abbr, **{ch: eid for ch, eid in context.items() if eid in named}}
    out, covered = _zh_listed_runs(text, covered, abbr, runs)
    more, covered = _zh_enumerated(text, covered, abbr, weak)
    out += more
    i, n = 0, len(text)
    while i < n:
        if covered[i] or text[i] not in abbr or i > 0 and _zh_digit(text[i - 1]):
            i += 1  # 18日加推, 3日美方: a character after a number is a unit of it (a day), no country
            continue
        j = i
        while j < n and not covered[j] and text[j] in abbr and text[j] not in text[i:j] \
                and (text[j] not in weak or j == i):
            j += 1
        if text[i] in weak:
            j = i + 1  # alone: only a suffix makes it a country
        s, e = (i, j) if j - i >= 2 and _zh_seg_ok(text, i, j, pair_after) else _zh_trim(text, i, j)
        run = text[s:e]
        stopped = any(run[k:k + 2] in stop for k in range(len(run) - 1))
        if e - s >= 2 and (_zh_name_joined(text, s, e) or _zh_idiom_from(text, s, e, pair_after)):
            stopped = True
        if stopped and _zh_relation_after(text, e, pair_after) and all(ch == "中" or abbr[ch] in named for ch in run):
            stopped = False
        if e - s >= 2 and not stopped:
            out += [(k, k + 1, abbr[text[k]]) for k in range(s, e)]
        elif j - i == 1 and text[i] not in ZH_NO_SUFFIX:
            suf = next((x for x in ZH_SUFFIXES if text.startswith(x, j)), None)
            if suf and not _zh_left_crossed(text, i, j) and not _zh_right_crossed(text, i, j + len(suf)):
                out.append((i, i + 1, abbr[text[i]]))
        i = max(j, i + 1)
    return out + _zh_stationed(text, covered, abbr, weak, {k for k, _, _ in out})


def _zh_listed_runs(text: str, covered: list[bool], abbr: dict[str, str],
                    runs: tuple[str, ...]) -> tuple[list[tuple[int, int, str]], list[bool]]:
    """The listed runs of abbreviations (``zh_abbr_runs``: 英法德, 新马泰, longest first) not inside a longer run
    or after a number: each character its country. Returns the mentions and ``covered`` with them marked."""
    out: list[tuple[int, int, str]] = []
    covered = list(covered)
    for run in runs:
        start = text.find(run)
        while start >= 0:
            s, e = start, start + len(run)
            if not any(covered[s:e]) and (s == 0 or text[s - 1] not in abbr and not _zh_digit(text[s - 1])) \
                    and (e == len(text) or text[e] not in abbr) and all(ch in abbr for ch in run):
                out += [(k, k + 1, abbr[text[k]]) for k in range(s, e)]
                covered[s:e] = [True] * (e - s)
            start = text.find(run, start + 1)
    return out, covered


ZH_STATIONED = "驻"  # 驻美大使, 驻日美军, 中国驻法外交官: "stationed in" before a one-character abbreviation


def _zh_stationed(text: str, covered: list[bool], abbr: dict[str, str], weak: frozenset[str],
                  found: set[int]) -> list[tuple[int, int, str]]:
    """A one-character abbreviation right after 驻 ("stationed in": 驻美外交官, 驻日美军基地, 中国驻法大使) is its
    country, as 驻华 is China's, where jieba reads it as a word of its own or as 驻 and it (驻日|美军, 驻|英): not
    the first character of a longer word (驻|日内瓦, 驻|法兰克福), nor a weak one (驻马尼拉) of a country the
    document does not name."""
    import jieba

    out = []
    for k in range(1, len(text)):
        ch = text[k]
        if text[k - 1] != ZH_STATIONED or ch not in abbr or covered[k] or k in found or ch in weak:
            continue
        _zh_words()
        toks = jieba.lcut(text[k - 1:k + 8], HMM=False)
        if toks[0] == ZH_STATIONED + ch or toks[0] == ZH_STATIONED and len(toks) > 1 and (
                toks[1] == ch or toks[1][1:] in ZH_SUFFIXES or toks[1][1:] in ("国", "两国")):
            out.append((k, k + 1, abbr[ch]))
    return out


_ZH_DIGITS = frozenset("0123456789０１２３４５６７８９")
# what follows a list of abbreviations set apart by 、 that names countries: 美、英两国, 中、日、韩三国, 中、俄等国
_ZH_COUNT_RUN = re.compile(r"([两二三四五六])(?:国|个国家)")
_ZH_COUNT_AFTER = re.compile(r"(?:[两二三四五六七八九十几]|等)(?:国|个国家)|双方|三方|各国")


_ZH_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}


def _zh_enumerated(text: str, covered: list[bool], abbr: dict[str, str],
                   weak: frozenset[str]) -> tuple[list[tuple[int, int, str]], list[bool]]:
    """One-character abbreviations listed with the enumeration comma right before a count of countries
    (美、英两国, 中、日、韩三国, 中、俄等国), or run together before a count equal to their number (中日韩三国,
    英法德三国, 美日印澳四国: weak characters too, as the count says each is a country): each is its country.
    Returns the mentions and ``covered`` with their characters marked."""
    out: list[tuple[int, int, str]] = []
    covered = list(covered)
    for m in _ZH_COUNT_RUN.finditer(text):  # 中日韩三国, 英法德三国, 美日印澳四国: as many characters as the count says
        e = m.start()
        s = e - _ZH_COUNTS[m.group(1)]
        run = text[max(s, 0):e]
        if s >= 0 and all(ch in abbr for ch in run) and len(set(run)) == len(run) and not any(covered[s:e]) \
                and (s == 0 or text[s - 1] not in abbr and not _zh_digit(text[s - 1])):
            out += [(k, k + 1, abbr[text[k]]) for k in range(s, e)]
            covered[s:e] = [True] * (e - s)
    if "、" not in text:
        return out, covered
    for m in _ZH_COUNT_AFTER.finditer(text):
        k, chars, first = m.start() - 1, [], m.start()
        while k >= 0 and text[k] in abbr and not covered[k] and text[k] not in weak and text[k] not in chars:
            chars.append(text[k])
            first = k
            if k >= 1 and text[k - 1] == "、":
                k -= 2
                continue
            break
        if len(chars) < 2 or first > 0 and (text[first - 1] in abbr or _zh_digit(text[first - 1])):
            continue  # 美、英 needs two countries; 中美、英 is read as a run
        for pos in range(first, m.start(), 2):
            out.append((pos, pos + 1, abbr[text[pos]]))
            covered[pos] = True
    return out, covered


def _zh_digit(ch: str) -> bool:
    return ch in _ZH_DIGITS


def _zh_name_joined(text: str, s: int, e: int) -> bool:
    """A run joined to a transliterated name by a name dot or hyphen (泰德-莱昂希斯, 马德·X): name syllables."""
    return text[e:e + 1] in _NAME_JOINERS or text[s - 1:s] in _NAME_JOINERS if s > 0 else text[e:e + 1] in _NAME_JOINERS


def _zh_idiom_from(text: str, s: int, e: int, pair_after: tuple[str, ...]) -> bool:
    """A dictionary word that starts with the run and goes on past it (美中不足 'a flaw', 中法战争 aside:
    not followed by a relation word, as 中美关系 is, nor by a suffix of ``ZH_SUFFIXES`` alone, as 韩美军 'the
    US forces in Korea' is): the run is part of an ordinary word."""
    words = _zh_words()
    return any(words.get(text[s:j]) and not text[e:j].startswith(pair_after) and text[e:j] not in ZH_SUFFIXES
               for j in range(e + 1, min(len(text), s + 5) + 1))


_NAME_JOINERS = frozenset("-·•・‧－")


# --- the stage ------------------------------------------------------------------------------------


def _local_ok(text: str, lang: str | None, c: Candidate) -> bool | str:
    """Vietnamese neighbours, Thai and Chinese word cuts (blockers are never checked); ``WEAK`` for a
    Vietnamese strict name that needs the document's other mentions."""
    if c.pattern.flags & gz.BLOCK:
        return True
    if _outlet_title(text, lang, c.end):
        return False  # واشنطن بوست, تهران تایمز, 华盛顿邮报: an outlet's title, no country and no place
    if c.pattern.flags & gz.VI_SHORT:
        ok = _vi_short_ok(text, c)
        if ok is not True:
            return ok
    if _is_thai(text[c.start]) and _thai_cut(text, c.start, c.end) and not (
            _after_thai_title(text, c.start) and not _thai_cut(text[c.start:], 0, c.end - c.start)):
        return False  # (นาย|อเดล จูเบอีร์: the dictionary reads นายอ..., but a title ends right before the name)
    zh = (lang or "zh").startswith("zh") and _is_han(text[c.start])
    if zh and c.end - c.start >= 2 and _zh_runs_on(text, c.start, c.end):
        return False
    return not (zh and c.end - c.start == 2 and _zh_cut(text, c.start, c.end))


@lru_cache(maxsize=1)
def _outlet_words() -> dict[str, tuple[str, ...]]:
    data = actors_data().get("outlet_after", {})
    return {lang: tuple(sorted(ws, key=len, reverse=True)) for lang, ws in data.items() if not lang.startswith("_")}


def _outlet_title(text: str, lang: str | None, end: int) -> bool:
    """A word of an outlet's title right after a name (data/actors.json ``outlet_after``: Pakistan Today,
    تهران تایمز, วอชิงตันโพสต์, 华盛顿邮报): Thai and Chinese glued or after a space, other scripts after one
    space and as a whole word (Latin and Cyrillic capitalised)."""
    words = _outlet_words().get((lang or "").split("-")[0])
    if not words or end >= len(text):
        return False
    glued = _is_han(text[end - 1]) or _is_thai(text[end - 1])
    i = end + (text[end] in " \u00a0")
    if i == end and not glued:
        return False
    for w in words:
        if text.startswith(w, i) and (glued or i + len(w) >= len(text) or not _is_word_char(text[i + len(w)])):
            return True
    return False


def _zh_runs_on(text: str, s: int, e: int, window: int = 8) -> bool:
    """A Chinese name that jieba reads as the start of a longer word ending in a geographic feature
    (印度洋, 墨西哥湾, 约旦河: the ocean, not India), or, when the name does not end in 国, that runs on
    into a transliteration syllable, inside one word or as a one-character word after it (马里兰 and
    马里奥 are no Mali, 阿曼|达 no Oman; 阿曼|达成 is). Lists: data/actors.json ``zh_runs_on``."""
    import jieba

    words = actor_words()["zh_runs_on"]
    _zh_words()
    pos = ws = max(0, s - window)
    toks = jieba.lcut(text[ws:min(len(text), e + window)], HMM=False)
    for k, tok in enumerate(toks):
        ts, te = pos, pos + len(tok)
        pos = te
        if ts == s and te > e:
            rest = text[e:te]
            return rest.startswith(words["features"]) or (
                text[e - 1] != "国" and rest[0] in words["transliteration"])
        if ts == e:
            return len(tok) == 1 and text[e - 1] != "国" and tok in words["transliteration"] and (
                k + 1 >= len(toks) or len(toks[k + 1]) > 1 or not _is_han(toks[k + 1][0]) or toks[k + 1] in "的和与在")
        if ts > e:
            break
    return False


_NAME_DOTS = "·•・"


def _zh_place_ok(text: str, s: int, e: int) -> bool:
    """A Chinese place name (data/places.json.gz) is not part of a dotted foreign name (安东 in
    安东尼奥·科斯塔) and, when it has two characters, not the start of a longer word."""
    if not _is_han(text[s]):
        return True
    i, j = s, e
    while i > 0 and _is_han(text[i - 1]):
        i -= 1
    while j < len(text) and _is_han(text[j]):
        j += 1
    if (i > 0 and text[i - 1] in _NAME_DOTS) or (j < len(text) and text[j] in _NAME_DOTS):
        return False
    if _zh_transliteration_on(text, s, e):
        return False
    if e - s != 2:
        return True
    import jieba

    _zh_words()
    pos = max(0, s - 8)
    for tok in jieba.lcut(text[pos:min(len(text), e + 8)], HMM=False):
        if pos == s and pos + len(tok) > e:
            return False
        pos += len(tok)
    return True


def _zh_transliteration_on(text: str, s: int, e: int) -> bool:
    """A Chinese place name written in transliteration characters only (普里, 马里) that runs on into one more
    (普里|戈任): a longer transliterated name (a person, 普里戈任 Prigozhin), not the place. Characters:
    data/actors.json ``zh_runs_on``: ``transliteration_names``, those of foreign names in Xinhua's usage, and
    ``transliteration_only``, those of them that rarely start a word of their own (戈, 赫, 斯; not 维 of 维护)."""
    words = actor_words()["zh_runs_on"]
    chars, on = words["transliteration_names"], words["transliteration_only"]
    return e < len(text) and text[e] in on and all(ch in chars for ch in text[s:e])


def _in_longer_name(text: str, c: Candidate) -> bool:
    """A city or region in Latin or Cyrillic script with a capitalised word right before or after it
    is part of a longer name: a person (Robert Jackson, Michael Howard), an institution (Stockholm
    International Peace Research Institute) or a newspaper. In Chinese, a place right after a role
    word is a person's name (发言人克劳利 is no Crawley)."""
    if _is_han(text[c.start]):
        return text[max(0, c.start - 5):c.start].endswith(_zh_role_words())
    if _script_kind(c.pattern.key) != "spaced" or not text[c.start:c.start + 1].isupper():
        return False
    if _prev_word(text, c.start)[0] in _place_labels():  # "TP Mandalay": a place's label, not a name's first word
        nxt = _next_word(text, c.end)
        return bool(nxt and nxt[0].isupper())
    return _latin_name_neighbour(text, c)


@lru_cache(maxsize=1)
def _place_labels() -> frozenset[str]:
    """Capitalised words that label the place after them (data/place_labels.json: Vietnamese TP, TX)."""
    return frozenset(read_json("place_labels.json")["before"])


@lru_cache(maxsize=1)
def _zh_role_words() -> tuple[str, ...]:
    from bilat.stages import people

    return tuple(p for p, code in people.roles().get("zh", ()) if code != "person")


class EntityTagger:
    """Gazetteer matching plus the checks above; learned names come from ``names.Registry``."""

    def __init__(self, gaz: gz.Gazetteer | None = None) -> None:
        from bilat.stages import places

        self.gaz = gaz or gz.load()
        self.matcher = Matcher(self.gaz.patterns, frozenset(
            e.id for e in self.gaz.entities.values() if e.kind == "country"))
        self._names_cache: dict[str, frozenset[str]] = {}
        self.places = places.load()  # cities and regions (data/places.json.gz), matched with the rest
        self.place_matcher = Matcher(self.places.patterns)
        # capitals and seats of power (the gazetteer's places, and the same cities under their Wikidata id)
        self.seats = frozenset(e.id for e in self.gaz.entities.values() if e.kind == "place") | \
            frozenset(self.places.aliases.values()) | self.places.capitals
        self.actors = actor_words()
        # dependent territories (Hong Kong, Guam, Greenland): places of the state that holds them
        terr = self.actors["territories"]
        self.territories = {e.id: terr[e.iso3] for e in self.gaz.entities.values()
                            if e.kind == "country" and e.iso3 in terr}

    def entity(self, entity_id: str) -> Entity | None:
        return self.gaz.get(entity_id)

    def mentions(self, text: str, lang: str | None, extra: Matcher | None = None,
                 extra_entities: dict[str, Entity] | None = None) -> list[Mention]:
        plain = text.replace("\u00a0", " ").replace("\u202f", " ")  # EE.\u00a0UU.: same length, same offsets
        folded = {"a": _folded(plain), "b": _folded(plain, fold_latin=True)}
        cands = self.matcher.candidates(text, folded, lang)
        if lang == "vi" and VI_TONES_EXACT:
            cands = [c for c in cands if not self._vi_other_tones(text, c)]
        cands += [c for c in self.place_matcher.candidates(text, folded, lang)
                  if _zh_place_ok(text, c.start, c.end) and not _in_longer_name(text, c)]
        if extra is not None:
            learned = extra.candidates(text, folded, lang)
            spans = {(c.start, c.end) for c in learned}
            # a learned person's name is more than a phrase blocked as no entity (马英九 blocks 马 = Malaysia)
            cands = [c for c in cands if not (c.pattern.flags & gz.BLOCK and (c.start, c.end) in spans)] + learned
        # checks that only look at the candidate and its neighbours run before the selection, so
        # that a rejected candidate (在华 in 在华盛顿) does not hide another one (华盛顿)
        checked = [(c, _local_ok(text, lang, c)) for c in cands]
        chosen = select([c for c, ok in checked if ok])
        weak = {id(c) for c, ok in checked if ok == WEAK}
        ents = extra_entities or {}
        return self._resolve(text, lang, chosen, ents, weak)

    def _vi_other_tones(self, text: str, c: Candidate) -> bool:
        """Vietnamese written with its diacritics that matches a gazetteer person only with them folded away is
        another word: Tân Cương (Xinjiang) is not Tần Cương (Qin Gang); the same spelling matched unfolded."""
        if c.pattern.pass_ != "b" or not VI_MARKED.search(text, c.start, c.end):
            return False
        ents = [self.gaz.get(i) for i in c.pattern.entities]
        if not ents or not all(e is not None and e.kind == "person" for e in ents):
            return False
        here = _vi_syllables(text[c.start:c.end])  # Hoà = Hòa: the tone's place on the vowels is a style
        return not any(_vi_syllables(v) == here for e in ents for vs in e.names.values() for v in vs)

    def _lookup(self, entity_id: str, extra: dict[str, Entity]) -> Entity | None:
        return self.gaz.get(entity_id) or extra.get(entity_id) or self.places.entities.get(entity_id)

    def _resolve(self, text: str, lang: str | None, chosen: list[Candidate], extra: dict[str, Entity],
                 weak: set[int] = frozenset()) -> list[Mention]:
        firm: list[tuple[Candidate, Entity]] = []
        pending: list[Candidate] = []
        blocked: list[Candidate] = []
        needs_context = self.gaz.context_lang.get(lang or "", frozenset())
        for c in chosen:
            p = c.pattern
            if p.flags & gz.BLOCK:
                blocked.append(c)  # 马英九: its characters are no abbreviations either
                continue
            if p.flags & gz.CONTEXT or len(p.entities) > 1 or p.key in needs_context or id(c) in weak:
                pending.append(c)
                continue
            ent = self._lookup(p.entities[0], extra)
            if ent is not None and self._tail_ok(text, c, ent) and not _eponym(text, lang, c, ent):
                firm.append((c, ent))
        named = {_iso(e) for _, e in firm} | {e.id for _, e in firm}
        listed = _vi_listed(text, [c for c in pending if id(c) in weak], [c for c, e in firm if e.kind == "country"])
        for c in pending:
            ent = self._pick(text, lang, c, named, extra)
            if ent is None and id(c) in listed:
                ent = self._lookup(c.pattern.entities[0], extra)
            if ent is not None and not _eponym(text, lang, c, ent):
                firm.append((c, ent))
        firm = [(c, e) for c, e in firm if not (e.kind == "country" and (self._given_name(text, lang, c)
                                                                         or _house_in_name(text, lang, c)))]
        firm = self._common_word_places(text, lang, firm)
        mentions = self._named_parties(text, lang, [self._mention(text, c, e, lang) for c, e in firm])
        mentions += self._zh(text, lang, firm, blocked)
        mentions = self._time_zones(text, lang, mentions)
        mentions = self._languages(text, lang, mentions, [(c.start, c.end) for c in blocked])
        if OWNED_ORGS:
            mentions = _owned_orgs(text, lang, mentions)
        return sorted(mentions, key=lambda m: (m.start, m.end))

    @staticmethod
    def _time_zones(text: str, lang: str | None, mentions: list[Mention]) -> list[Mention]:
        """A country named as a clock's time zone (台灣時間, "8 am Israel time", بتوقيت السعودية) is no mention; a
        capital so named ("10 am Tehran time", به وقت تهران) is a place, not its government (``time_zone``)."""
        out = []
        for m in mentions:
            if m.kind in ("country", "place") and m.iso3 and time_zone(text, m.start, m.end, lang):
                if m.kind == "country":
                    continue
                m = dataclasses.replace(m, form="place")
            out.append(m)
        return out

    def _languages(self, text: str, lang: str | None, mentions: list[Mention],
                   blocked: list[tuple[int, int]]) -> list[Mention]:
        """A country word that names a language is no mention (data/actors.json ``language_heads``): a head word
        right before it or right after it, with other country words (mentions, or phrases the gazetteer blocks:
        اللغة الفرنسية), commas and the joining words of a list between: 'باللغة الفرنسية والإنجليزية', 'на
        английском и французском языках', 'tiếng Anh và Pháp', 'the French and German languages', 'a
        Chinese-language paper', 'الناطقة بالهولندية'."""
        heads = self.actors["language_heads"].get((lang or "").split("-")[0])
        if heads is None:
            return mentions
        spans = [(m.start, m.end) for m in mentions if m.kind == "country"] + blocked
        out = []
        for m in mentions:
            if m.kind == "country" and m.form in ("demonym", "name") and _language_word(text, lang, m, heads, spans):
                continue
            out.append(m)
        return out

    def _named_parties(self, text: str, lang: str | None, mentions: list[Mention]) -> list[Mention]:
        """A capital read as part of a name by ``capital_in_name`` stands for its government again when 'with' or
        'and' joins it to another state (data/actors.json ``capital_in_name.parties``): قرارداد تهران با مسکو
        'Tehran's contract with Moscow', پیمان تهران و بغداد, اتفاق الرياض مع طهران, Thỏa thuận Washington với Bình
        Nhưỡng; not توافقنامه پاریس با هدف."""
        joins = self.actors["capital_in_name"]["parties"].get((lang or "").split("-")[0])
        if not joins:
            return mentions
        out = list(mentions)
        for i, m in enumerate(mentions):
            if m.form != "place" or m.entity not in self.seats or i + 1 >= len(mentions) \
                    or not capital_in_name(text, m.start, m.end, lang, self.actors):
                continue
            nxt = mentions[i + 1]
            gap = match_form(text[m.end:nxt.start]).text.strip()
            if nxt.form in ("capital", "name") and nxt.kind in ("place", "country") \
                    and (gap in joins or gap == "" and text[nxt.start - 1:nxt.start] == "و"):
                out[i] = dataclasses.replace(m, form="capital")
        return out

    def _common_word_places(self, text: str, lang: str | None,
                            firm: list[tuple[Candidate, Entity]]) -> list[tuple[Candidate, Entity]]:
        """A place whose name is also a common word (data/places_block.json ``context``: الخبر 'the
        news', Khobar), or an Arabic place in ة written with ه (جده 'his grandfather', Jeddah جدة),
        is a place only with place context: a word of place or the proclitic ب/ل (venue), or another
        place or country joined to it by و or a comma (الخبر والدمام)."""
        from bilat.stages import places

        common = places.context_words().get(lang or "", frozenset())
        doubtful = [c for c, e in firm if e.kind == "place" and _script_kind(c.pattern.key) == "arabic"
                    and (c.pattern.key in common or lang == "ar" and _pronoun_for_ta_marbuta(text, c, e))]
        if not doubtful:
            return firm
        spots = [(c.start, c.end) for c, e in firm if e.kind in ("place", "country")]
        keep = []
        for c, e in firm:
            if c in doubtful and not venue(text, c.start, c.end, lang, self.actors) \
                    and not any(_joined(text, a, b, c.start, c.end) for a, b in spots if (a, b) != (c.start, c.end)):
                continue
            keep.append((c, e))
        return keep

    def _tail_ok(self, text: str, c: Candidate, e: Entity) -> bool:
        """A place in Arabic script takes no nisba or other ending: الرياضي is "sporting", not Riyadh."""
        if e.kind != "place" or _script_kind(c.pattern.key) != "arabic":
            return True
        return space_arabic_dashes(match_form(text[c.start:c.end]).text) == c.pattern.key

    def _pick(self, text: str, lang: str | None, c: Candidate, named: set, extra: dict[str, Entity]) -> Entity | None:
        ents = [e for e in (self._lookup(i, extra) for i in c.pattern.entities) if e is not None]
        if len(ents) == 1 and c.pattern.flags & gz.AR_STEM \
                and _nisba_after(text[c.start:c.end], c.pattern.key, accusative=lang == "ar"):
            return ents[0]  # مصری, عمانی: a listed demonym stem (nisba_stems) with its nisba is no common word (مصر 'insistent')
        if len(ents) == 1 and c.pattern.key in self.gaz.context_lang.get(lang or "", ()) \
                and self._context_before(text, lang, c.start, c.pattern.key):
            if self._common_word_next(text, lang, c.end, c.pattern.key):
                return None  # رئيس مالي للشركة: 'the company's finance head', not Mali
            return ents[0]  # وزیر امور خارجه مصر, کشور مصر: a word before says it is the country
        if len(ents) == 1 and c.pattern.key in self.gaz.context_lang.get(lang or "", ()) \
                and self._context_after(text, lang, c.end, c.pattern.key):
            return ents[0]  # عضو حزب الکرامه مصر با ...: no copula after it, so not مصر 'insistent'
        ents = [e for e in ents if e.id in named or _iso(e) in named]
        if len(ents) != 1:
            return None
        if c.pattern.flags & gz.CONTEXT and _script_kind(c.pattern.key) == "spaced" \
                and _latin_name_neighbour(text, c):
            return None
        return ents[0]

    def _given_name(self, text: str, lang: str | None, c: Candidate) -> bool:
        """An Arabic demonym that is also a given name (data/actors.json ``given_name_demonyms``: تركي), indefinite
        (no article or ب/ل on it) and right before a definite word that is not one of its ``not_before`` words: the man's name (تركي الفيصل), not
        the country."""
        rule = self.actors["given_name_demonyms"].get(lang or "")
        if rule is None or match_form(text[c.start:c.end]).text not in rule[0]:
            return False
        ws = c.start
        while ws > 0 and _is_word_char(text[ws - 1]):
            ws -= 1
        if text[ws:c.start] not in ("", "و", "ف"):
            return False  # التركي, بالتركي: the adjective
        nxt = _next_word(text, c.end)
        if nxt is None:
            return False
        nxt = match_form(nxt).text
        return nxt.startswith("ال") and nxt not in rule[1]

    def _common_word_next(self, text: str, lang: str | None, end: int, key: str) -> bool:
        """The word after a context-only name is one of ``context_not_next`` (data/actors.json) for it."""
        words = self.actors["context_not_next"].get(lang or "", {}).get(key)
        nxt = _next_word(text, end) if words else None
        return nxt is not None and match_form(nxt).text in words

    def _context_after(self, text: str, lang: str | None, end: int, key: str) -> bool:
        """A context-only name of ``context_unless_next`` (data/actors.json) is the country when the word after it
        is none of the listed ones; with no word after it, only before a comma (a sentence may end on مصر 'insistent')."""
        unless = self.actors["context_unless_next"].get(lang or "", {}).get(key)
        if unless is None:
            return False
        nxt = _next_word(text, end)
        if nxt is None:
            return text[end:end + 1] in ("،", ",", "؛")  # مردم انقلابی مصر، رژیم سابق را ...
        return match_form(nxt).text not in unless

    def _context_before(self, text: str, lang: str | None, start: int, key: str = "") -> bool:
        words = self.gaz.context_prev.get(lang or "", frozenset())
        words |= self.gaz.context_prev_key.get(lang or "", {}).get(key, frozenset())  # در مصر; not در آستانه
        if not words:
            return False
        prev, _ = _prev_word(text, start)
        return prev is not None and match_form(prev).text in words

    def _mention(self, text: str, c: Candidate, e: Entity, lang: str | None) -> Mention:
        via = "learned" if c.pattern.lang == "learned" else "gazetteer"
        if e.id in self.territories:  # 香港, Hong Kong, Guam: no state, a place of the one that holds it
            return Mention(start=c.start, end=c.end, text=text[c.start:c.end], entity=e.id, kind="place",
                           lang=lang, iso3=self.territories[e.id], via=via, form="place")
        return Mention(start=c.start, end=c.end, text=text[c.start:c.end], entity=e.id, kind=e.kind,
                       lang=lang, iso3=_iso(e), via=via, form=self._form(text, c, e, lang))

    def _form(self, text: str, c: Candidate, e: Entity, lang: str | None = None) -> str:
        """How the mention names its country: ``capital`` (Moscow, the Kremlin: standing for its
        government), ``place`` (a city or region, or a capital named as where something happens: "in
        Moscow", "بالرياض", "在北京", a dateline), ``abbreviation`` (US, РФ, 俄方, 访华), ``demonym``
        (Russian, российский, الروسي, روسی), else ``name``."""
        if e.kind == "place":
            if e.id in self.seats and _never_venue(text[c.start:c.end], lang, self.actors):
                return "capital"  # لخادم الحرمين الشريفين: a title of the head of state, never where something happens
            if e.id not in self.seats or venue(text, c.start, c.end, lang, self.actors) \
                    or capital_in_name(text, c.start, c.end, lang, self.actors):
                return "place"
            return "capital"
        if e.kind != "country":
            return "name"
        key = c.pattern.key
        if c.pattern.flags & gz.CASE_EXACT or _zh_abbreviated(key, self.gaz.zh_abbr):
            return "abbreviation"
        if c.pattern.flags & gz.DEMONYM:
            return "demonym"
        if _script_kind(key) == "arabic":
            folded = match_form(text[c.start:c.end]).text
            if folded.endswith(NISBA_ENDINGS) and folded not in self._arabic_names(e):
                return "demonym"  # الروسي, روسی, ایرانیان; not روسیه, السعودية (names)
        return "name"

    def _arabic_names(self, e: Entity) -> frozenset[str]:
        names = self._names_cache.get(e.id)
        if names is None:
            keys = {match_form(n).text for lang in ("ar", "fa") for n in e.names.get(lang, ())}
            keys |= {k.replace(" ", "") for k in keys}  # کره‌شمالی: the parts joined by a ZWNJ
            names = frozenset(keys | {k[2:] for k in keys if k.startswith("ال")})
            self._names_cache[e.id] = names
        return names

    def _zh(self, text: str, lang: str | None, firm: list[tuple[Candidate, Entity]],
            blocked: list[Candidate] = ()) -> list[Mention]:
        context = self.actors["zh_abbr_context"]
        if not self.gaz.zh_abbr or not any(ch in self.gaz.zh_abbr or ch in context for ch in text):
            return []
        if lang is not None and not lang.startswith("zh"):
            return []
        covered = [False] * len(text)
        for c in [c for c, _ in firm] + list(blocked):
            for k in range(c.start, c.end):
                covered[k] = True
        named = frozenset(x for _, e in firm if e.kind == "country" for x in (e.id, _iso(e)) if x)
        ids = {e.iso3: e.id for e in self.gaz.entities.values() if e.kind == "country" and e.iso3}
        context = {ch: ids[iso] for ch, iso in ((ch, _zh_context_pick(isos, named)) for ch, isos in context.items())
                   if iso in ids}
        weak = frozenset(ch for ch in self.actors["zh_abbr_weak"] if self.gaz.zh_abbr.get(ch) not in named)
        out = []
        for s, e, eid in zh_abbreviations(text, covered, self.gaz.zh_abbr, self.gaz.zh_abbr_stop, named,
                                          context, tuple(self.actors["zh_pair_after"]), weak,
                                          self.actors["zh_abbr_runs"]):
            ent = self.gaz.get(eid)
            if ent is not None:
                out.append(Mention(start=s, end=e, text=text[s:e], entity=ent.id, kind=ent.kind, lang=lang,
                                   iso3=_iso(ent), via="gazetteer", form="abbreviation"))
        return out


def _zh_context_pick(isos: str | list[str], named: frozenset[str]) -> str | None:
    """The country a context abbreviation (``zh_abbr_context``) stands for: its one country, or of several (巴:
    Pakistan, Brazil, Palestine) the one the document names, when it names exactly one (印巴, 中巴, 巴以)."""
    if isinstance(isos, str):
        return isos
    picked = [iso for iso in isos if iso in named]
    return picked[0] if len(picked) == 1 else None


@lru_cache(maxsize=1)
def actors_data() -> dict:
    """data/actors.json as it is written, read once for entities and names."""

    return read_json("actors.json")


OWNED_ORGS = True  # review49: a bare "سپاه"/"Revolutionary Guard" of another owner ("سپاه بدر", "Sudan's ...") is no IRGC
OWNED_AFTER_GAP = re.compile(r"\s+")  # between a bare name and its owner named after it ("سپاه عراق")
OWNED_BEFORE_GAP = re.compile(r"(?:['’]s)?\s+")  # between an owner named before it and the name ("Sudan's", "Iraqi")


@cache
def _owned_bare(lang: str) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """data/actors.json ``owned_orgs`` for one language: organisation id -> (folded bare names, folded words after)."""
    out = {}
    for org, langs in actors_data().get("owned_orgs", {}).items():
        spec = langs.get(lang) if not org.startswith("_") else None
        if spec:
            out[org] = (frozenset(match_form(w).text for w in spec["bare"]),
                        frozenset(match_form(w).text for w in spec.get("not_next", ())))
    return out


def _owned_orgs(text: str, lang: str | None, mentions: list[Mention]) -> list[Mention]:
    """Drop a bare organisation name (``owned_orgs``: "سپاه", "Revolutionary Guard") that another owner's body bears:
    a word of ``not_next`` right after it ("سپاه سوم ارتش مصر", "سپاه بدر", "سپاه صحابه"), or another country
    named right after it ("سپاه عراق") or right before it ("Sudan's Revolutionary Guard", "Iraqi Revolutionary Guard")."""
    spec = _owned_bare((lang or "").split("-")[0])
    if not spec or not any(m.entity in spec for m in mentions):
        return mentions
    out = []
    for i, m in enumerate(mentions):
        if m.entity in spec and match_form(m.text).text in spec[m.entity][0]:
            nxt = re.match(r"\s*([^\W\d_]+)", text[m.end:m.end + 40])
            if nxt is not None and match_form(nxt.group(1)).text in spec[m.entity][1]:
                continue
            after = next((o for o in mentions[i + 1:] if o.start >= m.end), None)
            before = next((o for o in reversed(mentions[:i]) if o.end <= m.start), None)
            if after is not None and after.kind == "country" and after.iso3 != m.iso3 \
                    and OWNED_AFTER_GAP.fullmatch(text[m.end:after.start]):
                continue
            if before is not None and before.kind == "country" and before.iso3 != m.iso3 \
                    and OWNED_BEFORE_GAP.fullmatch(text[before.end:m.start]):
                continue
        out.append(m)
    return out


VI_TONES_EXACT = True  # vi: a gazetteer person matched only with diacritics folded away is no match (people3)
VI_MARKED = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")  # letters only Vietnamese writes (not é, ô of Jérôme)
_VI_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _vi_syllables(name: str) -> tuple[tuple[str, str], ...]:
    """Each word of a Vietnamese name as its letters without the tone mark and the tone mark, lower case."""
    out = []
    for w in name.lower().split():
        d = unicodedata.normalize("NFD", w)
        out.append((unicodedata.normalize("NFC", "".join(ch for ch in d if ch not in _VI_TONE_MARKS)),
                    "".join(ch for ch in d if ch in _VI_TONE_MARKS)))
    return tuple(out)


IGO_GAP_STOP = re.compile(r"[,.;:!?()\"“”«»،؛\n]")


@lru_cache(maxsize=1)
def _igo_officials() -> tuple[frozenset[str], int, dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    data = actors_data()["igo_officials"]
    titles = {lang: tuple(w.lower() for w in ws) for lang, ws in data["titles"].items()}
    posted = {lang: tuple(w.lower() for w in ws) for lang, ws in data.get("posted_at", {}).items()}
    return frozenset(data["entities"]), int(data["reach"]), titles, posted


IGO_NAMED = "bilat:igo-named"  # the entity of an organisation found by ``_igo_names`` (no mention of its own)


@dataclasses.dataclass(frozen=True)
class _IgoName:
    """An organisation's name written in a form the gazetteer does not find (data/actors.json igo_officials.names)."""
    start: int
    end: int
    kind: str = "org"
    entity: str = IGO_NAMED
    iso3: str | None = None


@cache
def _igo_name_pattern(lang: str) -> re.Pattern[str] | None:
    words = [w for w in actors_data()["igo_officials"].get("names", {}).get(lang, ()) if w]
    if not words:
        return None
    alt = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(r"(?<!\w)(?:" + alt + r")(?!\w)", re.IGNORECASE)


def _igo_names(text: str, lang: str | None, mentions: list[Mention]) -> list[_IgoName]:
    """The organisation names of data/actors.json ``igo_officials.names`` that no mention covers ("للأمم المتحدة",
    the United Nations with the preposition joined to it)."""
    rx = _igo_name_pattern(lang or "")
    if rx is None:
        return []
    return [_IgoName(f.start(), f.end()) for f in rx.finditer(text)
            if not any(m.start < f.end() and f.start() < m.end for m in mentions)]


def igo_official_ids(text: str, lang: str | None, mentions: list[Mention], known_only: bool = True) -> set[str]:
    """The entity ids of the persons named as an intergovernmental organisation's official (``igo_officials``);
    ``known_only``: only persons with a country (the gazetteer's), the ones whose country it takes away."""
    entities, reach, titles, posted = _igo_officials()
    entities = entities | {IGO_NAMED}
    words = titles.get(lang or "", ())
    posting = posted.get(lang or "", ())
    ordered = sorted([*mentions, *_igo_names(text, lang, mentions)], key=lambda m: (m.start, m.end))
    officials: set[str] = set()
    prev = None
    before = None  # the mention before ``prev``
    for m in ordered:
        if m.kind == "person" and (m.iso3 or not known_only) and prev is not None and prev.entity in entities \
                and prev.end <= m.start:
            gap = text[prev.end:m.start]
            if gap.lstrip()[:1] in (")", "）"):  # "Cơ quan Năng lượng nguyên tử quốc tế (IAEA) Rafael Grossi"
                gap = gap.lstrip()[1:]
            elif abbr := IGO_ABBREVIATION.match(gap):  # "Chủ tịch Ủy ban châu Âu (EC) Von der Leyen"
                gap = gap[abbr.end():]
            if len(gap) <= reach and not IGO_GAP_STOP.search(gap) and \
                    (not gap.strip() or any(w in gap.lower() for w in words)) and \
                    not _posted_at(text, before, prev, reach, lang, posting):
                officials.add(m.entity)
        before, prev = prev, m
    after = _igo_titles_after().get(lang or "", ())
    if after:
        for m, nxt, later in zip(ordered, ordered[1:], [*ordered[2:], None]):
            if m.kind == "person" and (m.iso3 or not known_only) and nxt.entity in entities and m.end <= nxt.start \
                    and _igo_apposition(text, m, nxt, later, reach, after, lang):
                officials.add(m.entity)
    return officials


IGO_ABBREVIATION = re.compile(r"\s*[(（][A-Za-z]{2,8}[)）]")  # an organisation's abbreviation in brackets
IGO_APPOSITION_OPEN = re.compile(r"\s*[,،，]?\s*(?:the\s+)?", re.IGNORECASE)  # the comma and article before a title


@lru_cache(maxsize=1)
def _igo_titles_after() -> dict[str, tuple[str, ...]]:
    data = actors_data()["igo_officials"].get("titles_after", {})
    return {lang: tuple(w.lower() for w in ws) for lang, ws in data.items() if not lang.startswith("_")}


def _igo_apposition(text: str, person: Mention, org, later, reach: int, titles: tuple[str, ...],
                    lang: str | None) -> bool:
    """The person, then an apposition naming his office at the organisation: a title of ``titles_after`` and the
    organisation right after it ("بان كي مون الأمين العام للأمم المتحدة", "Ursula von der Leyen, president of the
    European Commission"), or the organisation first and the title right after it ("Antonio Guterres, the UN
    secretary-general"). No other mention, no punctuation but the opening comma, within ``reach``."""
    gap = text[person.end:org.start]
    rest = gap[IGO_APPOSITION_OPEN.match(gap).end():]
    if len(gap) > reach or IGO_GAP_STOP.search(rest):
        return False
    low = rest.lower()
    if low:
        return low.startswith(titles)
    tail = text[org.end:org.end + reach]
    if later is not None and later.start < org.end + reach:
        tail = text[org.end:later.start]
        if later.kind == "person" and not IGO_GAP_STOP.search(tail):
            return False  # "Condoleezza Rice, UN Secretary General Kofi Annan": the title is the next person's
    return tail.lower().lstrip(" -").startswith(titles)


def _kingdom_before(text: str, org: Mention, reach: int, lang: str | None) -> int | None:
    """Where a bare "the kingdom" (plover ``KINGDOM`` words: المملكة) ends right before an organisation,
    within ``reach`` and its clause, standing for a state as a country's name would."""
    rx = _bare_kingdom(lang or "")
    if rx is None:
        return None
    lo = max(0, org.start - reach)
    ends = [m.end() for m in rx.finditer(text[lo:org.start])]
    return lo + ends[-1] if ends else None


@cache
def _bare_kingdom(lang: str) -> re.Pattern[str] | None:
    """A language's bare "the kingdom" words as one pattern (compiled once, not per organisation)."""
    spec = plover.KINGDOM.get(lang)
    if not spec:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, spec.get("words", ()))) + r")(?!\w)")


def _posted_at(text: str, before: Mention | None, org: Mention, reach: int, lang: str | None,
               words: tuple[str, ...]) -> bool:
    """A country named right before the organisation, the words between ending with a word of posting ("نماینده
    روسیه در سازمان ملل", "Russia's envoy to the UN", "俄罗斯常驻联合国"): the official is that state's envoy."""
    if before is None or before.kind != "country" or before.end > org.start:
        kingdom = _kingdom_before(text, org, reach, lang)  # "مندوب المملكة في الأمم المتحدة": the kingdom's envoy
        if kingdom is None:
            return False
        gap = text[kingdom:org.start]
    else:
        gap = text[before.end:org.start]
        joined = lang == "ar" and gap.endswith("لل") and not isinstance(org, _IgoName)  # the name's bare form after لل
        if (isinstance(org, _IgoName) or joined) and not (gap[:-2] if joined else gap).strip():
            return True  # "مندوب روسيا للأمم المتحدة": the preposition joined to the name is the word of posting
    if len(gap) > reach or IGO_GAP_STOP.search(gap):
        return False
    low = gap.lower().strip()
    if lang in ("zh", "th"):  # no spaces between words
        return low.endswith(words)
    return any(low == w or low.endswith(" " + w) for w in words)


def igo_officials(text: str, lang: str | None, mentions: list[Mention]) -> list[Mention]:
    """An official of an intergovernmental organisation named right after it ("EU foreign policy chief Josep
    Borrell", "Cao ủy Đối ngoại EU Josep Borrell", "联合国秘书长古特雷斯") acts for it: the person, there and wherever
    else the document names him, has no country (not the gazetteer's nationality). His nearest mention before him is
    the organisation, within the reach, with only spaces or an organisation title between and no punctuation
    (data/actors.json ``igo_officials``)."""
    officials = igo_official_ids(text, lang, mentions)
    if not officials:
        return list(mentions)
    return [dataclasses.replace(m, iso3=None) if m.kind == "person" and m.entity in officials else m
            for m in mentions]


@lru_cache(maxsize=1)
def actor_words() -> dict:
    """data/actors.json: the words that tell a capital standing for its government from a venue."""
    data = actors_data()
    fold = {lang: frozenset(match_form(w).text for w in ws) for lang, ws in data["venue_before"].items()}
    return {"venue_before": fold, "zh_venue_before": tuple(data["venue_before"].get("zh", ())),
            "zh_venue_after": tuple(data["venue_after"].get("zh", ())),
            "zh_dateline_before": tuple(data["dateline_before"].get("zh", ())),
            "th_venue_before": tuple(data["venue_before"].get("th", ())),
            "zh_abbr_context": dict(data.get("zh_abbr_context", {})),
            "zh_abbr_weak": frozenset(data.get("zh_abbr_weak", ())),
            "zh_capital_acts": tuple(data.get("zh_capital_acts", ())),
            "territories": dict(data.get("territories", {})),
            "zh_pair_after": tuple(data.get("zh_pair_after", ())),
            "zh_abbr_runs": tuple(sorted(data.get("zh_abbr_runs", ()), key=len, reverse=True)),
            "zh_capital_noun": {"agreements": frozenset(data["zh_capital_noun"]["agreements"]),
                                "government": frozenset(data["zh_capital_noun"]["government"])},
            "zh_runs_on": {"features": tuple(data["zh_runs_on"]["features"]),
                           "transliteration": frozenset(data["zh_runs_on"]["transliteration"]),
                           "transliteration_names": frozenset(data["zh_runs_on"].get("transliteration_names", "")),
                           "transliteration_only": frozenset(data["zh_runs_on"].get("transliteration_only", ""))},
            "surname_endings": {k: tuple(v) for k, v in data.get("surname_endings", {}).items()},
            "role_home": dict(data.get("role_home", {})),
            "eponym_before": {lang: frozenset(match_form(w).text for w in ws)
                              for lang, ws in data.get("eponym_before", {}).items() if not lang.startswith("_")},
            "unit_before": {lang: frozenset(match_form(w).text for w in ws)
                            for lang, ws in data.get("unit_before", {}).items() if not lang.startswith("_")},
            "never_venue": {lang: frozenset(match_form(w).text for w in ws)
                            for lang, ws in data.get("never_venue", {}).items() if not lang.startswith("_")},
            "addressed": {lang: (frozenset(match_form(w).text for w in v["before"]),
                                 tuple(match_form(w).text for w in v["after"]))
                          for lang, v in data.get("addressed", {}).items() if not lang.startswith("_")},
            "capital_in_name": _capital_in_name_words(data.get("capital_in_name", {})),
            "language_heads": _language_heads(data.get("language_heads", {})),
            "context_unless_next": {lang: {match_form(k).text: frozenset(match_form(w).text for w in ws)
                                           for k, ws in keys.items()}
                                    for lang, keys in data.get("context_unless_next", {}).items()
                                    if not lang.startswith("_")},
            "context_not_next": {lang: {match_form(k).text: frozenset(match_form(w).text for w in ws)
                                        for k, ws in keys.items()}
                                 for lang, keys in data.get("context_not_next", {}).items()
                                 if not lang.startswith("_")},
            "given_name_demonyms": {lang: (frozenset(match_form(w).text for w in v["names"]),
                                           frozenset(match_form(w).text for w in v["not_before"]))
                                    for lang, v in data.get("given_name_demonyms", {}).items()
                                    if not lang.startswith("_")}}


def _language_heads(data: dict) -> dict[str, tuple[frozenset[str], ...]]:
    """data/actors.json ``language_heads`` per language: (before, after, join, speaking, not_after), folded."""
    out = {}
    for lang in set(data.get("before", {})) | set(data.get("after", {})) | set(data.get("speaking", {})):
        if lang.startswith("_"):
            continue
        out[lang] = tuple(frozenset(match_form(w).text for w in data.get(k, {}).get(lang, ()))
                          for k in ("before", "after", "join", "speaking", "not_after"))
    return out


_TOKEN_PUNCT = ",،;؛:.()[]«»\"“”'"
_RU_ADJECTIVE = re.compile(r"[а-яё]+(?:-[а-яё]+)*(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ом|ем|ого|его|ому|ему|их|ых|ими|ыми|ую|юю)")
_LANGUAGE_REACH = 6  # words a list of languages may run over between the country word and its head


def token_span(text: str, pos: int) -> tuple[int, int]:
    """The whitespace-delimited token holding ``pos``."""
    s = pos
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    e = pos
    while e < len(text) and not text[e].isspace():
        e += 1
    return s, e


def _language_word(text: str, lang: str | None, m: Mention, heads: tuple, spans: list[tuple[int, int]]) -> bool:
    """Whether the country word ``m`` names a language: see ``EntityTagger._languages``."""
    before, after, join, speaking, not_after = heads
    vi = (lang or "").startswith("vi")
    ru = (lang or "").startswith("ru")
    if m.form != "demonym" and not vi:
        return False  # a language is named by its adjective (French, فرنسية), in Vietnamese by the country's name

    def listed(s: int, e: int, word: str) -> bool:  # a word a list of languages may hold
        return word in join or word == "" or any(a < e and s < b for a, b in spans) \
            or vi and word[:1].isupper() or ru and _RU_ADJECTIVE.fullmatch(word) is not None

    ts, te = token_span(text, m.start)
    if speaking and text[ts:m.start].startswith(("ب", "وب")):
        prev, _ = _prev_word(text, ts)
        if prev is not None and match_form(prev).text in speaking:
            return True  # الناطقة بالهولندية 'Dutch-speaking'
    glued = text[m.end:m.end + 1]
    if glued in ("-", "\u200c") and match_form(text[m.end + 1:te].strip(_TOKEN_PUNCT)).text in after:
        return True  # Chinese-language, انگلیسی‌زبان
    pos = te
    for _ in range(_LANGUAGE_REACH):
        while pos < len(text) and text[pos] in " \t\u00a0":
            pos += 1
        if pos >= len(text) or text[pos] == "\n":
            break
        s, e = token_span(text, pos)
        raw = text[s:e].strip(_TOKEN_PUNCT)
        word = match_form(raw).text
        if word in after:
            return True
        if not listed(s, e, raw if vi else word) or text[e - 1:e] in ".;؛:":
            break
        pos = e
    pos = ts
    for _ in range(_LANGUAGE_REACH):
        while pos > 0 and text[pos - 1] in " \t\u00a0":
            pos -= 1
        if pos <= 0 or text[pos - 1] == "\n" or text[pos - 1] in ".;؛:":
            break
        s, e = token_span(text, pos - 1)
        raw = text[s:e].strip(_TOKEN_PUNCT)
        word = match_form(raw).text
        if word in before and text[e - 1] not in _TOKEN_PUNCT:
            prev, _ = _prev_word(text, s)
            return prev is None or match_form(prev).text not in not_after  # not "lên tiếng" 'speak up'
        if not listed(s, e, raw if vi else word):
            break
        pos = s
    return False


def _capital_in_name_words(data: dict) -> dict:
    before = data.get("before", {})
    return {"before": {lang: frozenset(match_form(w).text for w in before.get(lang, ())) for lang in ("ar", "fa")},
            "between": {lang: frozenset(match_form(w).text for w in ws) for lang, ws in data.get("between", {}).items()},
            "vi_before": tuple(before.get("vi", ())) + tuple(data.get("vi_any_case", ())),
            "vi_not_between": frozenset(w.lower() for w in data.get("vi_not_between", ())),
            "after": {lang: frozenset(ws) for lang, ws in data.get("after", {}).items()},
            "parties": {lang: frozenset(match_form(w).text for w in ws) for lang, ws in data.get("parties", {}).items()}}


def capital_in_name(text: str, start: int, end: int, lang: str | None, words: dict | None = None) -> bool:
    """True when the capital at ``text[start:end]`` is part of the name of an institution, agreement or event
    (data/actors.json ``capital_in_name``): a head noun before it in Arabic and Persian (توافقنامه پاریس,
    انستیتو بین المللی مسکو, جامعة الرياض; the nouns of ``eponym_before`` count too) and Vietnamese (hiệp định
    Paris, Viện nghiên cứu Hòa bình Stockholm), a capitalised word after it in English (Moscow State
    University, the Paris Agreement). Such a capital names a place, not its government."""
    words = words or actor_words()
    names = words["capital_in_name"]
    lang = (lang or "").split("-")[0]
    if lang in ("ar", "fa"):
        heads = names["before"].get(lang, frozenset()) | words["eponym_before"].get(lang, frozenset())
        between = names["between"].get(lang, frozenset())
        pos = start
        for _ in range(4):
            prev, _opens = _prev_word(text, pos)
            if prev is None:
                return False
            low = match_form(prev).text
            if with_proclitic(low, heads, PROCLITIC_LETTERS):
                return True
            if low not in between:
                return False
            pos = text.rfind(prev, 0, pos)
        return False
    if lang == "vi":
        clause = re.split(r"[.,;:!?()\[\]\"“”\n–—]", text[max(0, start - 80):start])[-1]
        low = clause.rstrip()
        if any(low.endswith(h) and (len(low) == len(h) or not low[-len(h) - 1].isalnum())
               for h in names["vi_before"]):
            return True  # hiệp định Paris
        for h in names["vi_before"]:
            at = clause.rfind(h + " ")
            if at >= 0 and (at == 0 or not clause[at - 1].isalnum()):
                run = clause[at + len(h):].lower()
                return not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", run) for w in names["vi_not_between"])
        return False
    after = names["after"].get(lang)
    if after:
        nxt = _next_word(text, end)
        return nxt is not None and nxt in after
    return False


def _never_venue(span: str, lang: str | None, words: dict) -> bool:
    """A seat's name that is a title of the head of state (خادم الحرمين الشريفين), not a place: a proclitic or a
    word of place before it never makes it a venue (data/actors.json ``never_venue``)."""
    return match_form(span).text in words["never_venue"].get(lang or "", frozenset())


HOUSE = re.compile(r"[آا]ل[\s\u200c]")  # the house word آل before the house's name
HOUSE_IN_NAME = re.compile(r"(?:^|\s)(?:بن|ابن)\s+\S+\s+$")  # "سلمان بن عبدالعزیز |آل سعود"


def _house_in_name(text: str, lang: str | None, c: Candidate) -> bool:
    """Arabic and Persian: a country named by its ruling house (آل سعود, Saudi Arabia) right after a name-chain link
    and the father's name ("ملک سلمان بن عبدالعزیز آل سعود", "محمد بن سلمان آل سعود") is the person's family name,
    no mention of the state."""
    if lang not in ("ar", "fa") or not HOUSE.match(text, c.start, c.end):
        return False
    return bool(HOUSE_IN_NAME.search(text, max(0, c.start - 40), c.start))


def _eponym(text: str, lang: str | None, c: Candidate, e: Entity) -> bool:
    return e.kind == "person" and eponym_at(text, lang, c.start)


@lru_cache(maxsize=4)
def _storm_words(lang: str) -> frozenset[str]:

    data = read_json("storm_words.json")
    return frozenset(match_form(w).text for w in data.get("name_before", {}).get(lang, ()))


def eponym_at(text: str, lang: str | None, start: int) -> bool:
    """Arabic and Persian: a person's name (with at most one title word before it) right after a noun of a place or
    institution names that place (مستشفى الملك فهد, جسر الملك فهد, جامعة الملك عبدالعزيز, فرودگاه امام خمینی), not the
    person (data/actors.json, eponym_before; a proclitic و/ب/ل/ف on the noun is allowed)."""
    if lang not in ("ar", "fa"):
        return False
    if _unit_before(text, lang, start):
        return True
    nouns = actor_words()["eponym_before"].get(lang, frozenset()) | _storm_words(lang)
    pos = start
    for _ in range(2):
        prev, opens = _prev_word(text, pos)
        if prev is None:
            return False
        word = match_form(prev).text
        if with_proclitic(word, nouns, PROCLITIC_LETTERS, min_len=3):
            return True
        if opens:
            return False
        pos = text.rindex(prev, 0, pos)
    return False


def _unit_before(text: str, lang: str, start: int) -> bool:
    """A military unit's or armed group's noun right before ``start``, or before a number there
    (سپاه |محمد رسول الله, لشکر ۲۷ |محمد رسول الله, كتائب |عز الدين القسام; data/actors.json unit_before):
    the name is the unit's. No title between, no proclitic taken off (اللواء |عباس is a rank)."""
    units = actor_words()["unit_before"].get(lang, frozenset())
    prev, _ = _prev_word(text, start)
    if prev is not None and prev.isdigit():
        prev, _ = _prev_word(text, text.rindex(prev, 0, start))
    return prev is not None and match_form(prev).text in units


_DASHES = "-–—"


def _pronoun_for_ta_marbuta(text: str, c: Candidate, e: Entity) -> bool:
    """The text writes ه where every Arabic name of the place ends in ة (جده for جدة): the ending
    reads as the pronoun "his" on a common noun (جده 'his grandfather') before it reads as the place."""
    names = e.names.get("ar", ())
    return text[c.end - 1:c.end] == "ه" and bool(names) and all(n.endswith("ة") for n in names)


_JOIN = re.compile(r"[ \u00a0]*(?:[،,][ \u00a0]*)?(?:و[ \u00a0]*)?")


def _joined(text: str, a: int, b: int, start: int, end: int) -> bool:
    """The spans a:b and start:end are neighbours in a list, joined only by و or a comma
    (الخبر والدمام, الدمام، الخبر)."""
    if b <= start:
        gap = text[b:start]
    elif end <= a:
        gap = text[end:a]
    else:
        return False
    return bool(gap) and _JOIN.fullmatch(gap) is not None


def venue(text: str, start: int, end: int, lang: str | None, words: dict | None = None) -> bool:
    """True when the capital at ``text[start:end]`` names where something happens, not its government:
    a word of place before it ("in Moscow", "در تهران", "tại Hà Nội", "在北京"), an Arabic proclitic ب or
    ل on it (بالرياض, لبغداد), a Chinese dateline (中广网北京6月15日, 北京时间), or a dateline line
    ("عين اليوم – واشنطن")."""
    words = words or actor_words()
    lang = (lang or "").split("-")[0]
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    if le - ls < 60 and any(d in text[ls:start] for d in _DASHES) and not text[end:le].strip(" .:)"):
        return True  # a dateline: "Outlet – City"
    if _is_han(text[start]):
        before, after = text[max(0, start - 4):start], text[end:end + 4]
        if before.endswith(words["zh_venue_before"] + words["zh_dateline_before"]):
            return True
        if after[:1].isdigit() or after.startswith(words["zh_venue_after"]) or _zh_before_noun(text, end, words):
            return True
        # standing for its government only with a government noun or an act after it (北京方面, 北京表示)
        government = (*words["zh_capital_acts"], *words["zh_capital_noun"]["government"], "关系", "之间")
        return not (after.startswith(government) or _ZH_CAPITAL_PAIR.match(text, end))  # 华盛顿峰会: the venue
    if _is_thai(text[start]):
        return text[max(0, start - 8):start].rstrip().endswith(words["th_venue_before"])
    ws = start
    while ws > 0 and _is_word_char(text[ws - 1]):
        ws -= 1
    if ws < start and match_form(text[ws:start]).text.lstrip("وف")[:1] in ("ب", "ل"):
        return True  # بالرياض, لبغداد, ببغداد
    prev, _ = _prev_word(text, ws)
    if prev is None:
        return False
    low = match_form(prev).text
    if addressed(text, start, end, lang, words):
        return False  # "تهران از بغداد خواست", "به واشنگتن هشدار داد": the government asked or warned
    nouns = words["venue_before"].get(lang, ())
    # وفي; a preposition only on a longer noun: بمدينة الرياض, لمنطقة الرياض
    return with_proclitic(low, nouns, CONJUNCTION_LETTERS) or with_proclitic(low, nouns, PREPOSITION_LETTERS, min_len=4)


def addressed(text: str, start: int, end: int, lang: str | None, words: dict | None = None) -> bool:
    """Whether the capital at ``text[start:end]`` is a state addressed (data/actors.json ``addressed``): after a
    preposition that also names a place ("از", "به") and before a word of asking, warning, criticising, thanking
    ("تهران از بغداد خواست", "به واشنگتن هشدار داد")."""
    rule = (words or actor_words()).get("addressed", {}).get((lang or "").split("-")[0])
    if not rule:
        return False
    prev, _ = _prev_word(text, start)
    nxt = _next_word(text, end)
    return prev is not None and nxt is not None and match_form(prev).text in rule[0] \
        and match_form(nxt).text.startswith(rule[1])


_ZH_CAPITAL_PAIR = re.compile(r"[和与同][\u4e00-\u9fff]{2,4}(?:关系|之间)")  # 北京和华盛顿关系


def _zh_before_noun(text: str, end: int, words: dict) -> bool:
    """A Chinese capital right before a noun modifies it (北京大学, 东京奥运会, 华盛顿邮报, 巴黎协定): a
    place, not the government, unless the noun is a government or relation word (北京当局, 莫斯科方面,
    华盛顿关系). data/actors.json ``zh_capital_noun``."""
    import jieba.posseg

    if end >= len(text) or not _is_han(text[end]):
        return False
    _zh_words()
    tok = next(iter(jieba.posseg.lcut(text[end:end + 8], HMM=False)), None)
    if tok is None:
        return False
    nouns = words["zh_capital_noun"]
    if tok.word in nouns["government"] or tok.word.startswith(words["zh_pair_after"]):
        return False
    return tok.flag.startswith("n") or tok.flag == "j" or tok.word in nouns["agreements"]


@lru_cache(maxsize=1)
def _time_zone_words() -> dict[str, dict]:
    data = actors_data()["time_zone"]
    out: dict[str, dict] = {}
    for lang in {k for key in ("before", "before_clock", "after", "after_clock") for k in data[key]}:
        def alt(key: str, lang: str = lang) -> re.Pattern[str] | None:
            ws = sorted(data[key].get(lang, ()), key=len, reverse=True)
            return re.compile("|".join(re.escape(w) for w in ws), re.IGNORECASE) if ws else None
        clock = data["clock"].get(lang)
        out[lang] = {"before": alt("before"), "before_clock": alt("before_clock"), "after": alt("after"),
                     "after_clock": alt("after_clock"),
                     "next": re.compile(data["next"][lang]) if lang in data["next"] else None,
                     "clock": re.compile(clock, re.IGNORECASE) if clock else None}
    return out


def _clock_before(text: str, pos: int, clock: re.Pattern[str] | None) -> bool:
    """A clock reading ("8 am", "10:00", "10 giờ sáng", "10.00 น.") or an opening bracket ends right before ``pos``."""
    head = text[max(0, pos - 24):pos].rstrip(" \t\u00a0")
    return head.endswith(("(", "（")) or clock is not None and clock.search(head + " ") is not None


def time_zone(text: str, start: int, end: int, lang: str | None) -> bool:
    """True when the name at ``text[start:end]`` names a clock's time zone, not an actor or a place where something
    happens: "8 am Beijing time", 北京时间, 台灣時間, "theo giờ Việt Nam", "ตามเวลาประเทศไทย", "بتوقيت القاهرة",
    "به وقت تهران", "по времени Москвы" (data/actors.json ``time_zone``)."""
    words = _time_zone_words().get((lang or "").split("-")[0])
    if words is None:
        return False
    spaced = not (_is_han(text[start]) or _is_thai(text[start]))
    head = text[max(0, start - 24):start]
    if spaced:
        head = head.rstrip(" \t\u00a0")
        if len(head) == len(text[max(0, start - 24):start]):
            return False  # the phrase must stand apart from the name
    for key in ("before", "before_clock"):
        pat = words[key]
        if pat is None:
            continue
        for m in pat.finditer(head):
            if m.end() != len(head) or spaced and not opens_word(head, m.start(), CONJUNCTION_LETTERS if lang == "ar" else "",
                                                                    _is_word_char):
                continue
            if key == "before" or _clock_before(text, max(0, start - 24) + m.start(), words["clock"]):
                return True
    tail = text[end:end + 24]
    if spaced:
        stripped = tail.lstrip(" \t\u00a0")
        if len(stripped) == len(tail):
            return False
        tail = stripped
    for key in ("after", "after_clock"):
        pat = words[key]
        m = pat.match(tail) if pat is not None else None
        if m is None or spaced and m.end() < len(tail) and _is_word_char(tail[m.end()]):
            continue
        if words["next"] is not None and not words["next"].match(tail, m.end()):
            continue  # 时间表 'timetable', 美国时间紧迫 'America's time is short'
        if key == "after" or _clock_before(text, start, words["clock"]):
            return True
    return False


def _iso(e: Entity) -> str | None:
    return e.iso3 or e.country


def _zh_abbreviated(key: str, abbr: dict[str, str]) -> bool:
    """俄方, 美媒, 中方 (an abbreviation and a suffix) and 访华, 驻华 (华 for China)."""
    if len(key) < 2 or not _is_han(key[0]):
        return False
    return key[0] in abbr and key[1:] in ZH_SUFFIXES or len(key) == 2 and key[1] == "华"


DOC_SCOPE = True  # names learned from a document are known in that document only (issue 10, people48) ...
CARRY_STRONG = False  # ... but for those learned with strong evidence (Carry.strong), known to later documents (docscope: off; dev country 0.877 -> 0.875, it carries the wrong Khadija Cengiz USA)
CARRY_KNOWN = False  # ... and a gazetteer person's new spelling named in full (docscope: not measured, off)


class Carry:
    """Which learned entities the documents after the one that taught them know (issue 10, docscope).

    Without a document scope (``per_document`` False), every one. With it, none unless ``CARRY_STRONG``:
    then an entity is carried when the first record of it seen (from the store or from a document, in input order) is strong
    (:meth:`strong`: a new person named in full, with a role and that role's country), and then every
    later record of it too; an entity first seen weak stays in its documents for good. The first record
    decides because the store keeps an entity's first record (``store.save_entity``) with every name seen
    since: a later ingest run seeded from the store then knows exactly what one run over both inputs
    knew. One ``Carry`` per stage (it sees the seeds, then each document's ``learned``), one per
    cluster client (the seeds, then each committed article's): both decide alike."""

    def __init__(self, per_document: bool | None = None) -> None:
        self.scoped = DOC_SCOPE if per_document is None else per_document
        self.first: dict[str, bool] = {}  # entity id -> whether its first record was strong

    def __call__(self, entities: Iterable[Entity]) -> list[Entity]:
        """The records of ``entities`` later documents know, in order (each entity decided on its first record)."""
        return [e for e in entities if self.first.setdefault(e.id, not self.scoped or self.strong(e))]

    @staticmethod
    def strong(entity: Entity) -> bool:
        if not CARRY_STRONG or entity.local or entity.kind != "person":
            return False
        if not entity.id.startswith("bilat:person:"):  # a gazetteer person's new spelling
            return CARRY_KNOWN and any(_full_name(v) for vs in entity.names.values() for v in vs)
        return bool(entity.country) and any(r.title and r.country == entity.country for r in entity.roles) \
            and any(_full_name(v) for vs in entity.names.values() for v in vs)


def _full_name(name: str) -> bool:
    """A given name and a family name, not a surname alone: two words (or parts: 扎比乌拉·穆贾希德), or
    three Han characters (习近平; two, 王毅, are as often a surname and a title's first character)."""
    parts = [p for p in re.split(r"[\s\u00a0·・‧]+", name.strip()) if p]
    return len(parts) >= 2 or len(parts) == 1 and len(parts[0]) >= 3 and all("\u4e00" <= c <= "\u9fff" for c in parts[0])


def make_stage(learned: Iterable[Entity] = (), learn: bool = True,
               per_document: bool | None = None) -> Callable[[Document], Document]:
    """The entities stage. ``learned``: entities learned from earlier documents (the store passes
    them); with ``learn`` the stage also learns person names from role appositions as it goes.
    ``per_document`` (default ``DOC_SCOPE``): what one document taught is forgotten after it, but for
    the names :class:`Carry` keeps (the seeds in ``learned`` pass the same test, so a later run knows
    what one run over both inputs knew).
    Chinese is read in simplified characters (the gazetteer, jieba's dictionary and the role words
    are simplified; Hong Kong and Taiwan news write 習近平, 蓬佩奧, 外交部長), the mentions keep the text."""
    from bilat.stages.names import Registry, home_scope

    tagger = EntityTagger()
    carry = Carry(per_document)
    registry = Registry(tagger, carry(learned))
    scoped = carry.scoped
    base = registry.checkpoint() if scoped else None

    def run(doc: Document) -> Document:
        nonlocal base
        try:
            out = analyse(doc)
        finally:
            if base is not None:
                registry.restore(base)
        if base is not None and (kept := carry(getattr(out, "learned", ()))):
            for e in kept:
                registry.add(e)
            base = registry.checkpoint()
        return out

    def analyse(doc: Document) -> Document:
        text = doc.text or ""
        text = text[:analysed_end(text)]  # the part the sentences stage analyses (a bounded cost)
        lang = doc.lang.replace("_", "-").split("-")[0].lower() if doc.lang else None
        simple = zh_simplified(text) if lang == "zh" else text
        with home_scope(person_home(doc)):  # the outlet's country, for people's home-country guesses
            mentions, new = registry.process(simple, lang, learn=learn)
        mentions = divided_halves(simple, lang, mentions, tagger.gaz)
        mentions = vi_dashed_pairs(simple, lang, mentions, tagger.gaz)
        mentions = combining_forms(simple, lang, mentions, tagger.gaz)
        mentions = pair_references(simple, lang, mentions, doc.sentences or (), tagger.gaz)
        mentions = igo_officials(simple, lang, mentions)
        mentions = kingdom_references(simple, lang, mentions, tagger.gaz)  # after: a reference posts no official
        if simple != text:  # one character for one: the offsets hold, the mention keeps the text as written
            mentions = [dataclasses.replace(m, text=text[m.start:m.end]) for m in mentions]
        return dataclasses.replace(doc, mentions=tuple(mentions), **({"learned": tuple(new)} if _has_learned() else {}))

    def reset(known: Iterable[Entity]) -> None:
        """Forget what was learned since the stage was built; know what :class:`Carry` keeps of ``known``
        instead (a cluster worker sets, per batch, the store's names and what the articles before the batch taught)."""
        nonlocal registry, base, carry
        carry = Carry(scoped)
        registry = Registry(tagger, carry(known))
        base = registry.checkpoint() if scoped else None

    run.reset = reset  # type: ignore[attr-defined]
    run.per_document = scoped  # type: ignore[attr-defined]
    return run


# the halves of a divided country, named by their side alone once both are named in the document ("the North
# rejected our response", "warned the South" in a story that names North and South Korea): per language, the
# side's word (capitalised: "the north" is a direction) -> the country it stands for, and the countries that
# must all be named. Only where the word is unambiguous: Arabic الشمال, Chinese 北方, Vietnamese miền Bắc are
# also the north of any country.
DIVIDED_HALVES: dict[str, tuple[tuple[re.Pattern[str], str, frozenset[str]], ...]] = {
    "en": (
        (re.compile(r"(?<![\w-])[Tt]he (North)(?![\w-])(?! [A-Z])"), "PRK", frozenset({"PRK", "KOR"})),
        (re.compile(r"(?<![\w-])[Tt]he (South)(?![\w-])(?! [A-Z])"), "KOR", frozenset({"PRK", "KOR"})),
    ),
}


def _with_added(mentions: list[Mention], out: list[Mention]) -> list[Mention]:
    """``out`` (``mentions`` and what a pass added after them) in text order; ``mentions`` itself, the same list,
    when the pass added nothing."""
    return sorted(out, key=lambda m: (m.start, m.end)) if len(out) > len(mentions) else mentions


def divided_halves(text: str, lang: str | None, mentions: list[Mention],
                   gaz: gz.Gazetteer | None = None) -> list[Mention]:
    """Country mentions for "the North" / "the South" (``DIVIDED_HALVES``) in a document that names both
    halves (as a country, demonym or capital). A side word followed by a capitalised word is part of a
    longer name (the South China Sea, the North Atlantic) and stays unread."""
    rules = DIVIDED_HALVES.get(lang or "", ())
    if not rules:
        return mentions
    named = {m.iso3 for m in mentions if m.iso3 and (m.kind == "country" or m.kind == "place" and m.form == "capital")}
    out = list(mentions)
    for rx, iso3, needed in rules:
        country = (gaz or gz.load()).country(iso3) if needed <= named else None
        if country is None:
            continue
        for hit in rx.finditer(text):
            s, e = hit.span(1)
            if any(m.start < e and s < m.end for m in out):
                continue
            out.append(Mention(start=s, end=e, text=text[s:e], entity=country.id, kind="country", lang=lang,
                               iso3=iso3, form="name"))
    return _with_added(mentions, out)


@lru_cache(maxsize=1)
def _vi_pair_short() -> tuple[dict[str, str], frozenset[str], re.Pattern[str] | None]:
    """data/actors.json ``vi_pair_short``: Vietnamese one-syllable forms of a country that stand only in a
    dashed pair (Mỹ-Trung, Việt - Lào, Hàn-Triều), and the words before a pair of languages (tiếng Việt-Anh)."""
    data = actors_data()
    forms = {k: v for k, v in data.get("vi_pair_short", {}).items() if not k.startswith("_")}
    not_before = frozenset(w.lower() for w in data.get("vi_pair_not_before", ()))
    alt = "|".join(re.escape(k) for k in sorted(forms, key=len, reverse=True))
    return forms, not_before, (re.compile(rf"(?<!\w)(?:{alt})(?!\w)") if alt else None)


_VI_DASH = re.compile(r"[ \u00a0]?[-–—][ \u00a0]?")


def vi_dashed_pairs(text: str, lang: str | None, mentions: list[Mention],
                    gaz: gz.Gazetteer | None = None) -> list[Mention]:
    """Vietnamese joins the short forms of two or more countries with a dash (căng thẳng Mỹ-Trung, quan hệ
    Việt - Lào, Hàn-Triều, Nhật - Hàn): in such a chain (its other members may be names the gazetteer found:
    Việt - Mỹ, Trung - Ấn Độ) each short form is its country (form ``abbreviation``). A short form followed by a
    capitalised word is part of a longer name (Trung Quốc, Trung Hòa), one after a capitalised word or an
    honorific too (anh Việt); a chain after tiếng/từ điển/dịch/ngữ is a pair of languages (từ điển Việt-Anh)."""
    if lang != "vi":
        return mentions
    forms, not_before, rx = _vi_pair_short()
    if rx is None or not any(ch in text for ch in "-–—"):
        return mentions
    units: list[tuple[int, int, str | None]] = [(m.start, m.end, None) for m in mentions
                                                if m.kind == "country" and m.iso3]
    for hit in rx.finditer(text):
        s, e = hit.span()
        if any(m.start < e and s < m.end for m in mentions):
            continue
        units.append((s, e, forms[hit.group(0)]))
    units.sort()
    out = list(mentions)
    i = 0
    while i < len(units):
        j = i
        while j + 1 < len(units) and _VI_DASH.fullmatch(text, units[j][1], units[j + 1][0]):
            j += 1
        chain, i = units[i:j + 1], j + 1
        if len(chain) < 2 or not any(u[2] for u in chain):
            continue
        prev, opens = _prev_word(text, chain[0][0])
        nxt = _next_word(text, chain[-1][1])
        if prev is not None and (prev.lower() in not_before or prev.lower() in VI_HONORIFICS and chain[0][2]
                                 or prev[0].isupper() and not opens and chain[0][2]):
            continue
        if nxt is not None and nxt[0].isupper() and chain[-1][2]:
            chain = chain[:-1]  # Việt-Trung Hòa: the last syllable opens a name
            if len(chain) < 2:
                continue
        for s, e, iso3 in chain:
            country = (gaz or gz.load()).country(iso3) if iso3 else None
            if country is not None:
                out.append(Mention(start=s, end=e, text=text[s:e], entity=country.id, kind="country", lang=lang,
                                   iso3=iso3, form="abbreviation"))
    return _with_added(mentions, out)


@lru_cache(maxsize=1)
def _combining_patterns() -> dict[str, tuple[dict[str, str], re.Pattern[str]]]:
    """data/actors.json ``combining_forms``: per language, the first elements of compound adjectives (Sino-, Russo-,
    российско-, американо-) and one pattern over them, each followed by a hyphen and a word."""
    out = {}
    for lang, forms in actors_data().get("combining_forms", {}).items():
        if lang.startswith("_"):
            continue
        alt = "|".join(re.escape(k) for k in sorted(forms, key=len, reverse=True))
        flags = re.IGNORECASE if lang == "ru" else 0  # Российско- opens a sentence; English forms are capitalised
        out[lang] = ({k.lower(): v for k, v in forms.items()}, re.compile(rf"(?<![\w-])({alt})-(?=\w)", flags))
    return out


_COMPOUND_NEXT = re.compile(r"(?:-\w+)+\s+(\w+)")  # the word after a compound adjective


def combining_forms(text: str, lang: str | None, mentions: list[Mention],
                    gaz: gz.Gazetteer | None = None) -> list[Mention]:
    """Compound adjectives of two countries (Sino-US, Russo-Japanese, российско-американские, ирано-иракской): the
    first element, before the hyphen, is its country (form ``demonym``) where a country mention or another first
    element follows the hyphen; Indo-European, Anglo-Saxon, Greco-Roman stay words."""
    pats = _combining_patterns().get(lang or "")
    if pats is None or "-" not in text:
        return mentions
    forms, rx = pats
    hits = [(h.start(1), h.end(1), forms[h.group(1).lower()]) for h in rx.finditer(text)]
    if not hits:
        return mentions
    starts = {m.start for m in mentions if m.kind == "country" and m.iso3} | {s for s, _, _ in hits}
    tools = tuple(actors_data()["combining_forms"].get("_not_before", {}).get(lang or "", ()))
    out = list(mentions)
    for s, e, iso3 in hits:
        if e + 1 not in starts or any(m.start < e and s < m.end for m in mentions):
            continue
        noun = _COMPOUND_NEXT.match(text, e)
        if noun and tools and noun.group(1).lower().startswith(tools):
            continue  # "англо-русский словарь", "a Sino-Japanese dictionary": a pair of languages
        country = (gaz or gz.load()).country(iso3)
        if country is not None:
            out.append(Mention(start=s, end=e, text=text[s:e], entity=country.id, kind="country", lang=lang,
                               iso3=iso3, form="demonym"))
    return _with_added(mentions, out)


@lru_cache(maxsize=1)
def _has_learned() -> bool:
    return "learned" in {f.name for f in dataclasses.fields(Document)}


def countries(doc: Document) -> set[str]:
    """ISO3 codes of the countries a document names (country mentions only)."""
    return {m.iso3 for m in doc.mentions if m.kind == "country" and m.iso3}


@lru_cache(maxsize=1)
def _pair_words() -> dict:
    """data/pair_words.json, read once for the pair patterns and the plural rule."""

    return read_json("pair_words.json")


@lru_cache(maxsize=1)
def _pair_patterns() -> dict[str, re.Pattern[str]]:
    """data/pair_words.json: per language, one pattern over the phrases for "both sides" / "the two countries"
    (group 1 the phrase); Arabic and Persian take a proclitic before it, Latin and Cyrillic whole words."""
    data = _pair_words()
    out = {}
    for lang, words in data.items():
        if lang.startswith("_"):
            continue
        alt = "|".join(re.escape(w.translate(_ARABIC_FOLD)) for w in sorted(words, key=len, reverse=True))
        if lang in ("ar", "fa"):
            out[lang] = re.compile(rf"(?<!\w)(?:[وفبلك]{{0,2}})({alt})(?!\w)")
        elif lang in ("zh", "th"):
            out[lang] = re.compile(rf"({alt})")
        else:
            out[lang] = re.compile(rf"(?<![\w-])({alt})(?![\w-])", re.IGNORECASE)
    return out


@lru_cache(maxsize=1)
def _pair_plural() -> dict[str, dict]:
    """data/pair_words.json ``_plural``: per language, the pair words that are also plurals (Arabic البلدان) and
    the words around them that make them the plural (folded by ``match_text``)."""
    data = _pair_words()
    out = {}
    for lang, rule in data.get("_plural", {}).items():
        if lang.startswith("_"):
            continue
        out[lang] = {key: frozenset(match_text(w) for w in rule[key]) for key in ("words", "before", "after")}
        out[lang]["after_suffix"] = tuple(match_text(w) for w in rule["after_suffix"])
        out[lang]["after_prefix"] = match_text(rule["after_prefix"])
    return out


def _plural_not_pair(text: str, lang: str | None, hit: re.Match[str]) -> bool:
    """A pair word that is a plural here (``_pair_plural``): Arabic البلدان after a preposition, a proclitic ب/ل/ك
    or a quantifier noun (من البلدان, بالبلدان, مختلف البلدان), or before التي or a definite adjective in ية
    (البلدان العربية): 'countries', not 'the two countries'."""
    rule = _pair_plural().get(lang or "")
    s, e = hit.span(1)
    if rule is None or match_text(text[s:e]) not in rule["words"]:
        return False
    if set(text[hit.start():s]) & set("بلك"):
        return True
    prev, _ = _prev_word(text, hit.start())
    if prev is not None and match_text(prev).lstrip("و") in rule["before"]:
        return True
    nxt = _next_word(text, e)
    if nxt is None:
        return False
    nxt = match_text(nxt)
    return nxt in rule["after"] or nxt.startswith(rule["after_prefix"]) and nxt.endswith(rule["after_suffix"])


# Persian written in Arabic letters (كشور, طرفين) and Arabic in Persian ones: one letter for one, offsets hold
_ARABIC_FOLD = str.maketrans({"ک": "ك", "ی": "ي", "ى": "ي", "\u200c": " "})


def _named_country(m: Mention) -> bool:
    return bool(m.iso3) and (m.kind == "country" or m.form == "capital") and m.form != "reference"


def _top_pair(counts: dict[str, int]) -> tuple[str, str] | None:
    """The two countries named most, when they are clear: each named, and the second named more often than
    the third (a tie for second place gives no pair)."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) < 2:
        return None
    if len(ranked) > 2 and ranked[1][1] <= ranked[2][1]:
        return None
    return ranked[0][0], ranked[1][0]


def pair_references(text: str, lang: str | None, mentions: list[Mention], sentences=(),
                    gaz: gz.Gazetteer | None = None) -> list[Mention]:
    """Mentions of form ``reference`` for "both sides" / "the two countries" (``data/pair_words.json``): the
    phrase stands for the two countries the document names most (``_top_pair``: a country, demonym or capital
    mention counts once; only where those give no clear pair does a person mention with a country count too: a
    Saudi article names its own country through its princes), one mention each, at the phrase's span. Not where the phrase's sentence already names
    two countries (it then refers to those, 中美两国) or the phrase overlaps a name."""
    rx = _pair_patterns().get(lang or "")
    if rx is None:
        return mentions
    named = [m for m in mentions if _named_country(m)]
    counts: dict[str, int] = {}
    for m in named:
        counts[m.iso3] = counts.get(m.iso3, 0) + 1
    pair = _top_pair(counts)
    if pair is None:
        # people's countries only where the countries named give no clear pair: a third country's
        # spokesman or mediator must not cancel the pair the text names
        for m in mentions:
            if m.kind == "person" and m.iso3:
                counts[m.iso3] = counts.get(m.iso3, 0) + 1
        pair = _top_pair(counts)
    if pair is None:
        return mentions
    gaz = gaz or gz.load()
    sides = [(iso3, country.id) for iso3 in pair if (country := gaz.country(iso3)) is not None]
    out = list(mentions)
    for hit in rx.finditer(text.translate(_ARABIC_FOLD) if lang in ("ar", "fa") else text):
        s, e = hit.span(1)
        if any(m.start < e and s < m.end for m in mentions) or _plural_not_pair(text, lang, hit):
            continue
        sent = next((x for x in sentences if x.start <= s < x.end), None)
        if sent is not None and len({m.iso3 for m in named if sent.start <= m.start < sent.end}) >= 2:
            continue
        for iso3, entity in sides:
            out.append(Mention(start=s, end=e, text=text[s:e], entity=entity, kind="country", lang=lang,
                               iso3=iso3, form="reference"))
    return _with_added(mentions, out)


@lru_cache(maxsize=1)
def _kingdom_patterns() -> dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]]:
    """Per language: the bare "the kingdom" words (group 1, after a proclitic in Arabic script) and the words
    that make it part of a longer name when they follow it ("المملكة المتحدة", "المملكة العربية السعودية")."""
    out = {}
    for lang, spec in plover.KINGDOM.items():
        if lang.startswith("_") or not spec.get("words"):
            continue
        alt = "|".join(re.escape(w) for w in sorted(spec["words"], key=len, reverse=True))
        clitic = "(?:[وفبك]{0,2})" if lang in ("ar", "fa") else ""
        after = "|".join(re.escape(w) for w in sorted(spec.get("not_after", ()), key=len, reverse=True))
        out[lang] = (re.compile(rf"(?<!\w){clitic}({alt})(?!\w)"),
                     re.compile(rf"\s*(?:{after})(?!\w)") if after else None)
    return out


def kingdom_references(text: str, lang: str | None, mentions: list[Mention],
                       gaz: gz.Gazetteer | None = None) -> list[Mention]:
    """A bare "the kingdom" (المملكة, للمملكة, والمملكة) as a mention of form ``reference`` of the kingdom the
    document is about (:func:`plover.document_kingdom`, over the mentions that name). Not where a name overlaps
    it or starts right after it ("المملكة العربية السعودية" is a name), nor before a ``not_after`` word
    ("المملكة المتحدة", "المملكة الأردنية")."""
    pats = _kingdom_patterns().get(lang or "")
    if pats is None:
        return mentions
    rx, after = pats
    hits = list(rx.finditer(text))
    if not hits:
        return mentions
    code = plover.document_kingdom([m for m in mentions if m.form != "reference"], lang or "")
    country = (gaz or gz.load()).country(code) if code else None
    if country is None:
        return mentions
    out = list(mentions)
    for hit in hits:
        s, e = hit.span(1)
        if any(m.start < e + 3 and s < m.end for m in mentions):
            continue
        if after is not None and after.match(text, e):
            continue
        out.append(Mention(start=s, end=e, text=text[s:e], entity=country.id, kind="country", lang=lang,
                           iso3=code, form="reference"))
    return _with_added(mentions, out)

