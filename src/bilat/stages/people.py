"""People: role words, given names, and what a person mention says about its country and role.

Part of the entities stage (``names.find_candidates`` calls it); no stage of its own. The lexicons
live in ``data/roles.json``:

- ``roles``: per language, ``[phrase, role code]`` (``وزير الخارجية`` -> ``foreign_minister``,
  ``国务委员`` -> ``state_councillor``, ``Bộ trưởng Quốc phòng`` -> ``defence_minister``), read by
  ``names`` for role appositions ("Foreign Minister X", "X، وزير الخارجية السعودي");
- ``given_names``: common given names per language (Cyrillic, Latin, Arabic, Persian spellings):
  a given name followed by a surname is a person even with no title ("Михаил Саакашвили",
  "غلامرضا شافعی"), read by :func:`given_name_spans`;
- ``given_names_common_words``: the given names that are also common words (Persian پیمان, هنری),
  which start a name with no title only with more support (:func:`_common_word_given`).

For the later stages (events, dyads): :func:`person_country` and :func:`person_role` say which
country a person mention stands for and the role known for it (gazetteer or learned).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilat.datafiles import read_json
from bilat.normalize import match_text, zh_simplified
from bilat.records import Entity, Mention

ROLES_FILE = "roles.json"

# Russian given names decline: Михаила, Михаилу, Михаилом, Михаиле; Анны, Анне, Анной
_RU_ENDINGS = ("", "а", "я", "у", "ю", "ом", "ем", "е", "ы", "и", "ой", "ей")
_CYR_CAP = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?"
_LAT_CAP = r"[A-ZÀ-ÖØ-Þ](?:['’][A-ZÀ-ÖØ-Þ])?[a-zà-öø-ÿ'’]+(?:-[A-Z]?[a-zà-öø-ÿ]+)?"  # O'Brien, D’Souza: one word
_WORD = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*")


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The parsed roles.json (cached)."""
    return read_json(ROLES_FILE)


def roles() -> dict[str, list[tuple[str, str]]]:
    """Role phrases per language: ``{lang: [(phrase, role code), ...]}``."""
    return {lang: [(p, c) for p, c in pairs] for lang, pairs in lexicon()["roles"].items()}


@lru_cache(maxsize=8)
def _given(lang: str) -> frozenset[str]:
    names = lexicon().get("given_names", {}).get(lang, ())
    if lang in ("ar", "fa"):
        return frozenset(match_text(n) for n in names) | _foreign_given(lang) | _listed_given(lang)
    return frozenset(n.lower() for n in names)


@lru_cache(maxsize=8)
def _name_list(key: str) -> frozenset[str]:
    """One list of data/given_names.json (built by scripts/build_given_names.py from public name lists, common words
    dropped), in match form."""
    return frozenset(match_text(n) for n in read_json("given_names.json").get(key, ()))


def _listed_given(lang: str) -> frozenset[str]:
    """Given names of data/given_names.json: ``ar`` and ``ar_western`` for Arabic. The file's ``fa`` list is not
    read: it changed nothing on dev and a Persian given name alone after an honorific (سردار طاها) is then no name."""
    keys = {"ar": ("ar", "ar_western")}.get(lang, ())
    return frozenset().union(*(_name_list(k) for k in keys))


@lru_cache(maxsize=2)
def _western_only(lang: str) -> frozenset[str]:
    """Western given names of the lists (roles.json ``given_names_foreign``, given_names.json ``ar_western``)
    that no Arabic list holds: بريجيت, جنكيز, not محمد or إلياس."""
    if lang != "ar":
        return frozenset()
    western = _name_list("ar_western") | _foreign_given(lang)
    arabic = frozenset(match_text(n) for n in lexicon().get("given_names", {}).get(lang, ())) | _name_list("ar")
    return western - arabic


def western_given(word: str, lang: str) -> bool:
    """``word`` is a listed Western given name and no Arabic one: alone after a speech verb (وقالت بريجيت إن)
    it names the person the text speaks of, where an Arabic given name alone (وقال محمد إن) does not."""
    return match_text(word) in _western_only(lang)


def _is_given(word: str, lang: str) -> bool:
    given = _given(lang)
    low = word.lower()
    if lang == "ru":
        return any(low.endswith(e) and low[: len(low) - len(e)] + fix in given
                   for e in _RU_ENDINGS for fix in ("", "й", "ь", "я", "а"))
    if lang in ("ar", "fa"):
        key = match_text(word)
        if lang == "ar" and word.endswith("ه") and key in _ta_marbuta_given():
            return False  # ناديه السابق 'his former club': Arabic writes Nadia نادية; the ه is the pronoun on a noun
        return key in given or lang == "fa" and _fa_variant_given(key, given)
    return low in given


@lru_cache(maxsize=1)
def _ta_marbuta_given() -> frozenset[str]:
    """Arabic given names every listed spelling of which ends in ة (نادية, فاطمة), folded (ة and ه fold alike)."""
    by_key: dict[str, set[str]] = {}
    for n in lexicon().get("given_names", {}).get("ar", ()):
        by_key.setdefault(match_text(n), set()).add(n[-1:])
    return frozenset(k for k, ends in by_key.items() if ends == {"ة"})


@lru_cache(maxsize=4)
def _foreign_given(lang: str) -> frozenset[str]:
    """Western given names in the language's spelling (roles.json ``given_names_foreign``)."""
    return frozenset(match_text(n) for n in lexicon().get("given_names_foreign", {}).get(lang, ()))


def foreign_given(word: str, lang: str) -> bool:
    """``word`` is a Western given name of the list (وینستون, الیزابت): the name is no Iranian one."""
    return match_text(word) in _foreign_given(lang)


def _abd_shape(key: str) -> bool:
    """A given name of the عبدال- shape (عبدالقهار): Arab, Afghan and Iranian alike, so it finds a name
    but says nothing of the person's country."""
    abd = match_text("عبدال")
    return key.startswith(abd) and len(key) >= len(abd) + 3


def _fa_variant_given(key: str, given: frozenset[str]) -> bool:
    """A Persian given name in another spelling: one word of two (:func:`_fa_compound_given`), the
    short -اله of -الله (هدایت‌اله = هدایت‌الله), a given name and آقا (علی‌آقا), any -الدین name
    (علاءالدین), a ZWNJ left at its end."""
    key = key.strip("\u200c")
    if key in given:
        return True
    if key.endswith("اله") and not key.endswith("الله") and key[:-3] + "الله" in given:
        return True
    if _abd_shape(key):
        return True  # عبدالقهار, عبدالغنی, عبدالسلام: theophoric given names of the عبدال- shape
    din, flat = match_text("الدین"), key.replace("\u200c", "")
    if flat.endswith(din) and len(flat) >= len(din) + 2:
        return True  # علاءالدین, جلال‌الدین, شهاب‌الدین: given names of the -الدین shape
    if FA_ALLAH_SHAPE and _fa_allah_shape(flat):
        return True  # بیت‌الله, کلیم‌الله, ثناءالله: given names of the -الله shape (Afghan ones above all)
    aqa = match_text("آقا")
    if key.endswith(aqa) and len(key) > len(aqa) + 2 and key[:-len(aqa)].rstrip("\u200c") in given:
        return True
    return _fa_compound_given(key.replace("\u200c", ""), given)


FA_GIVEN_APART = True  # Persian: a given name written in two words (بیت الله محسود: a space for the ZWNJ) starts a name


def _given_apart(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` and the الله, اله or الدین after a space are one given name (بیت الله, روح الله), not a
    formula (صلی الله علیه, roles.json ``fa_allah_names`` ``not_next``: the word after it)."""
    from bilat.stages.names import _FA_SPACED_WORD, _fa_given_apart

    if not _fa_given_apart(text, start, end):
        return False
    tail = _FA_SPACED_WORD.match(text, end)
    nxt = _FA_SPACED_WORD.match(text, tail.end()) if tail else None
    return nxt is None or match_text(nxt.group(1)) not in fa_allah_not_next()


@lru_cache(maxsize=1)
def fa_allah_not_next() -> frozenset[str]:
    """The words after X الله that make it a formula or a place, no name (roles.json ``fa_allah_names``)."""
    return frozenset(match_text(w) for w in lexicon().get("fa_allah_names", {}).get("not_next", ()))


FA_ALLAH_SHAPE = True  # Persian: a given name of the X-الله shape the list lacks (people54)


@lru_cache(maxsize=1)
def _fa_allah_not_first() -> frozenset[str]:
    return frozenset(match_text(w).replace("\u200c", "") for w in lexicon().get("fa_allah_names", {}).get("not_first", ()))


def _fa_allah_shape(flat: str) -> bool:
    """``flat`` (folded, no ZWNJ) is X + الله with X of three letters or more that makes no phrase, title or
    organisation with it (roles.json ``fa_allah_names``: not حزب‌الله, آیت‌الله, بسم‌الله, رسول‌الله)."""
    allah = match_text("الله")
    head = flat[:-len(allah)]
    return flat.endswith(allah) and len(head) >= 3 and head not in _fa_allah_not_first() \
        and head.rstrip("ءا") not in _fa_allah_not_first()


def _fa_compound_given(key: str, given: frozenset[str]) -> bool:
    """A Persian given name written as one word of two: سید + a given name (سیدمجتبی), or two given
    names of three letters or more (محمدعلی, رضاعلی, غلامحسین); at most one سید prefix."""
    if key.startswith("سید") and len(key) > 5:
        key = key[3:]
        if key in given:
            return True
    return any(key[:k] in given and key[k:] in given for k in range(3, len(key) - 2))


_SURNAME = {"ru": re.compile(rf"[ \u00a0]({_CYR_CAP})(?:[ \u00a0]({_CYR_CAP}))?"),
            "en": re.compile(rf"[ \u00a0]((?:[A-Z]\.[ \u00a0])?{_LAT_CAP})(?:[ \u00a0]({_LAT_CAP}))?")}


@lru_cache(maxsize=1)
def _latin_given() -> frozenset[str]:
    """given_names.json ``en_western``: Latin given names beyond the hand list (Yevgeny, Dominick, Ileana), lower case."""
    return frozenset(n.lower() for n in read_json("given_names.json").get("en_western", ()))


def _spaced_spans(text: str, lang: str, latin: bool = False) -> list[tuple[int, int]]:
    """Cyrillic / Latin: a capitalised given name, then one or two capitalised words; with ``latin`` (English
    text) the given name may also be one of the long Latin list (a full foreign name with no title: Yevgeny Prigozhin)."""
    from bilat.stages.names import ORG_WORDS

    out = []
    for w in _WORD.finditer(text):
        listed = _is_given(w.group(0), lang)
        if not w.group(0)[:1].isupper() or not (listed or latin and w.group(0).lower() in _latin_given()):
            continue
        m = _SURNAME[lang].match(text, w.end())
        if m is None:
            continue
        if not listed and any(g and g.lower() in ORG_WORDS for g in m.groups()):
            continue  # a long-list given name opening a body's name ("Tasnim News Agency"), not a person's
        end = m.end(2) if m.group(2) and not _is_given(m.group(2), lang) else m.end(1)
        if _is_given(m.group(1), lang) and not m.group(2):
            continue  # two given names and nothing more: "Джон Пол" is no surname
        out.append((w.start(), end))
    return out


# the Moroccan honorific of princesses and ladies (للا حسناء, الأميرة للا مريم): it opens the name, as مولاي does
AR_NAME_TITLES = frozenset(match_text(w) for w in ["للا", "لالة", "لالا"])
AR_NAME_TITLE_COUNTRY = "MAR"


def _arabic_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Arabic / Persian: a given name that starts a word, read on by the names reader."""
    from bilat.stages.names import read_name

    out = []
    for w in re.finditer(r"\u200c?([^\s\u200c،,.؛:()\[\]«»\"][^\s،,.؛:()\[\]«»\"]*)", text):
        # (a ZWNJ some outlets leave after a comma is no part of the name: "،\u200cمسعود میرزایی")
        start, word = w.start(1), w.group(1)
        before = text[start - 1] if start > 0 else " "
        if not before.isspace() and before not in "«\"(" \
                and not (before == "\u200c" and (start < 2 or not text[start - 2].isalpha())):
            continue
        if lang == "ar" and word[:1] in ("و", "ف") and len(re.sub(r"[\u064b-\u065f\u0670]", "", word)) > 3 \
                and not _is_given(word, lang) and _is_given(word[1:], lang):
            start, word = start + 1, word[1:]  # وفيليب لازاريني, ومحمد سالم: the conjunction on a given name
            # (a given name of three letters or more: وليّ عهد is no و + لي)
        title = lang == "ar" and match_text(word) in AR_NAME_TITLES and bool(_title_name(text, w.end(1)))
        apart = FA_GIVEN_APART and lang == "fa" and _given_apart(text, start, w.end(1))
        if not (title or apart or _is_given(word, lang)) or _after_dynasty(text, start) or _after_month_word(text, start, lang):
            continue
        head = _chain_head(text, start, lang)
        if head is not None:  # عيد بن |محمد المهيلان: a father's name; the chain is read from its head
            if out and out[-1][1] > head:
                continue
            start = head
        span = read_name(text, start, lang)
        if title and span is not None and (kunya := _title_name(text, w.end(1))) and kunya[1] > span[1]:
            span = (span[0], kunya[1])  # للا أم كلثوم: the kunya's second word too
        if span is not None and span[0] == start and not _common_word_given(text, span, lang):
            out.append(span)
    return out


def _title_name(text: str, end: int) -> tuple[int, int] | None:
    """After للا, a given name (للا سلمى) or the kunya أم and a word (للا أم كلثوم): the span of the name; None
    where no name follows (للا is then no title)."""
    m = re.compile(r"[ \u00a0]+(أم[ \u00a0]+)?([\u0621-\u064a]+)").match(text, end)
    if m is None or not (m.group(1) or _is_given(m.group(2), "ar")):
        return None
    return m.start() + 1, m.end()


_DYNASTY = re.compile(r"(?:^|[\s«(])(?:آل|ال)[ \u00a0]+$")


def _after_dynasty(text: str, start: int) -> bool:
    """A given name right after آل names a house, not a person (آل سعود, آل خلیفه, آل نهیان)."""
    return bool(_DYNASTY.search(text, max(0, start - 6), start))


def _chain_head(text: str, start: int, lang: str) -> int | None:
    """A given name right after a chain link names a father (محمد بن |سلمان بن عبدالعزيز), no person
    of its own: where the chain's head starts, or None."""
    from bilat.stages.names import chain_head

    return chain_head(text, lang, start)


_MONTH_WORD = {"fa": re.compile(r"(?:^|[\s«(])ماه[ \u00a0]+$"), "ar": re.compile(r"(?:^|[\s«(])(?:شهر|لشهر|بشهر)[ \u00a0]+$")}


def _after_month_word(text: str, start: int, lang: str) -> bool:
    """A given name right after the word for month names the month (ماه رمضان, ماه رجب, شهر رمضان)."""
    rx = _MONTH_WORD.get(lang)
    return rx is not None and bool(rx.search(text, max(0, start - 8), start))


@lru_cache(maxsize=4)
def _common_words(lang: str) -> frozenset[str]:
    return frozenset(match_text(w) for w in lexicon().get("given_names_common_words", {}).get(lang, ()))


_FA_NAME_SHAPE = ("زاده", "نژاد", "پور", "یان", "فر", "نیا", "تبار", "وند")
_FA_PATRONYMIC_ENDS = ("یی", "ئی", "ی")  # رضایی, رضائی, سعیدی


def _fa_patronymic(key: str) -> bool:
    """A Persian family name made of a listed given name of three letters or more and the nisba -ی (سعیدی,
    جعفری, رضایی, حسینی): Iranian family names of the commonest kind, and no common noun in -ی (همکاری,
    آزادی: کار and آزاد are no given names; عزیزی: عزیز is a given name that is a word too). ``key`` is in
    match form, ZWNJ dropped."""
    for end in _FA_PATRONYMIC_ENDS:
        base = key[:-len(end)]
        if key.endswith(end) and len(base) >= 3 and base in _given("fa") and base not in _common_words("fa"):
            return True  # (not عزیزی 'a dear one', امیری: of a given name that is a word itself)
    return False


def _common_word_given(text: str, span: tuple[int, int], lang: str) -> bool:
    """A given name that is also a common word (پیمان, هنری: roles.json ``given_names_common_words``)
    starts no name unless the rest has a family name's shape other than the adjective's -ی
    (پیمان علیزاده), or a comma, a role word or a speech verb follows (پیمان رستمی مدیر کل,
    پیمان رستمی گفت), or the name stands alone in guillemets (a foreign name set off: «جان گارور»);
    "پیمان همکاری راهبردی" is a treaty."""
    from bilat.stages.names import _STATE_RX, _fa_speech_rx

    words = text[span[0]:span[1]].split()
    if lang == "ar":
        return _after_preposition(text, span[0], words[0])
    if lang != "fa" or match_text(words[0]) not in _common_words(lang):
        return False
    rest = [match_text(w).replace("\u200c", "") for w in words[1:]]
    if rest and (rest[0].endswith(_FA_NAME_SHAPE) or rest[0].startswith("ال") and len(rest[0]) > 4):
        return False  # (an Arabic family name with the article: ایمن الظواهری)
    if rest and _fa_patronymic(rest[0]):
        return False  # امیر سعیدی, کریم جعفری: a family name made of a given name and -ی
    if len(rest) == 2 and (_is_given(words[1], lang) and rest[1].endswith(_FA_NAME_SHAPE) or rest[1] in _FA_NAME_SHAPE):
        return False  # رسول علی |اشرفی‌پور, امید رضا |زاده; not a plural further on: مسلم خون |شهیدان
    after = re.match(r"[ \u00a0\u200c]*", text[span[1]:]).end() + span[1]
    if text[after:after + 1] in ("،", ","):
        return False
    if len(words) >= 2 and text[:span[0]].rstrip(" \u00a0").endswith(("«", "“", '"')) and text[after:after + 1] in ("»", "”", '"'):
        return False  # «جان گارور»: a quoted name, as Persian news sets off a foreign one
    rx = _STATE_RX.get("fa")
    if rx is not None and rx.match(text, after):
        return False
    if rx is not None and len(words) >= 3:  # جان کربی |سخنگوی شورای ...: the reader ran on into the role
        pos = span[0]
        for k, w in enumerate(words):
            pos = text.index(w, pos)
            if k >= 2 and rx.match(text, pos):
                return False
            pos += len(w)
    return not _fa_speech_rx().match(text, after)


@lru_cache(maxsize=1)
def _preposition_nouns() -> tuple[frozenset[str], frozenset[str]]:
    cues = lexicon().get("given_names_after_preposition", {})
    return (frozenset(match_text(w) for w in cues.get("ar", ())), frozenset(match_text(w) for w in cues.get("prepositions", ())))


def _after_preposition(text: str, start: int, word: str) -> bool:
    """An Arabic given name that is also a noun read after a preposition, right after one (في |صالح
    تشيلسي 'in Chelsea's favour'): roles.json ``given_names_after_preposition``."""
    nouns, preps = _preposition_nouns()
    if match_text(word) not in nouns:
        return False
    before = re.search(r"(\S+)[ \u00a0]+$", text[max(0, start - 12):start])
    return before is not None and match_text(before.group(1)) in preps


_DOTS = frozenset("·・•")


@lru_cache(maxsize=1)
def zh_surnames() -> frozenset[str]:
    """Common Chinese surnames (data/roles.json), one or two characters."""
    return frozenset(lexicon().get("zh_surnames", ()))


_zh_surnames = zh_surnames


def _zh_spans(text: str) -> list[tuple[int, int]]:
    """Chinese: words jieba tags as person names (``nr``: 贺国强, 王毅) that start with a common
    surname and are two to four characters long, and transliterated names (``nrt``: 拉夫罗夫) of
    three characters or more."""
    import jieba

    from bilat import zh_viterbi

    jieba.setLogLevel(60)
    out, pos = [], 0
    surnames = _zh_surnames()
    words = zh_viterbi.posseg_lcut(text)  # jieba.posseg's tags, decoded about seven times faster (most of a long zh text's CPU time)
    named = {w.word for k, w in enumerate(words)
             if k + 1 < len(words) and words[k + 1].word in ZH_NOT_PERSON_HEADS or w.word.endswith(ZH_AGENCY_ENDS) and len(w.word) >= 3}
    named |= {w[:-len(end)] for w in named for end in ZH_AGENCY_ENDS if w.endswith(end)}
    for k, (word, flag) in enumerate(words):
        start, pos = pos, pos + len(word)
        if not all("\u4e00" <= ch <= "\u9fff" for ch in word) or text[pos:pos + 1] in _DOTS \
                or start and text[start - 1] in _DOTS:
            continue  # part of a dotted transliteration (安东尼奥·科斯塔): names.py reads it whole
        if k + 1 < len(words) and _zh_state_tail(words[k + 1].word):
            continue  # 阿鲁纳|恰尔邦, 加利|福尼亚州: the start of a foreign state's or province's name
        if word in named:
            continue  # 彭博|社, 乌代德|空军基地 anywhere in the document: an agency's or a base's name, not a person
        if ZH_TRANSLIT_RUN and flag in ("nr", "nrt") and _zh_inside_transliteration(words, k):
            if ZH_TRANSLIT_RUN_WHOLE and (run := _zh_transliteration_run(text, start, pos)) is not None:
                out.append(run)  # 蘇|雷曼|尼: the whole run 蘇雷曼尼, not 雷曼
            continue
        if ZH_DICT_WORD_NOT_NAME and flag == "nr" and len(word) == 2 and _zh_dictionary_word(word):
            continue  # 祝贺, 华丽, 高昂: a two-character word of jieba's dictionary that it tags nr is an ordinary word
        if flag == "nr" and _zh_person(word, surnames) or flag == "nrt" and len(word) >= 4:
            out.append((start, pos))
    return out


ZH_TRANSLIT_RUN = True  # Chinese: a name must not start or end inside a longer run of transliteration characters (people56)
ZH_DICT_WORD_NOT_NAME = True  # Chinese: a two-character nr word of jieba's dictionary is no name, but by the gazetteer (people56)
ZH_TRANSLIT_RUN_WHOLE = True  # and the whole run is read as the name
ZH_TRANSLIT_RUN_MAX = 7  # the longest run of transliteration characters read as one name


@lru_cache(maxsize=1)
def _zh_role_words() -> tuple[str, ...]:
    return tuple(sorted({w for w, _ in roles().get("zh", ())}, key=len, reverse=True))


def _zh_role_at(text: str, pos: int) -> bool:
    """A Chinese role word of roles.json starts at ``pos`` (总统, 外长), read in simplified characters."""
    ahead = zh_simplified(text[pos:pos + 8])
    return any(ahead.startswith(w) for w in _zh_role_words())


@lru_cache(maxsize=1)
def zh_translit_chars() -> frozenset[str]:
    """Characters of the standard transliteration of foreign names (roles.json ``zh_transliteration_chars``), in
    simplified script; names.py reads them too."""
    return frozenset(lexicon().get("zh_transliteration_chars", {}).get("chars", ""))


def _zh_translit(ch: str) -> bool:
    return bool(ch) and zh_simplified(ch) in zh_translit_chars()


def _zh_inside_transliteration(words: list, k: int) -> bool:
    """The k-th word, all transliteration characters, has a one-character word of a transliteration character right
    before or after it (蘇|雷曼|尼, 蘇|雷曼|尼正): it starts or ends inside a longer transliterated name, whose
    syllables jieba cut apart. A word of two characters or more beside it (埃米尔|塔米姆, a role) does not count."""
    word = words[k].word
    if not all(_zh_translit(ch) for ch in word):
        return False
    before = words[k - 1].word if k else ""
    after = words[k + 1].word if k + 1 < len(words) else ""
    return len(before) == 1 and _zh_translit(before) or len(after) == 1 and _zh_translit(after) \
        or len(after) == 2 and _zh_translit(after[0]) and words[k + 1].flag.startswith("nr")


def _zh_transliteration_run(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The whole run of transliteration characters around text[start:end], when it is three to ZH_TRANSLIT_RUN_MAX
    characters long; else None."""
    a, b = start, end
    while a > 0 and _zh_translit(text[a - 1]):
        a -= 1
    while b < len(text) and _zh_translit(text[b]):
        b += 1
    if text[b:b + 1] in _DOTS or a and text[a - 1] in _DOTS:
        return None  # a part of a dotted transliteration (哈亚特·塔哈里尔): names.py reads it whole
    if _zh_role_at(text, b):
        return None  # 达米洛斯库|总统, 索马里兰|总统: a run before a role word is names.ZH_NAME_BEFORE_ROLE's to read
    return (a, b) if 3 <= b - a <= ZH_TRANSLIT_RUN_MAX else None


def _zh_dictionary_word(word: str) -> bool:
    """A two-character word jieba's dictionary holds with a frequency of at least ZH_DICT_NR_FREQ: its nr tags
    include ordinary words (祝贺, 华丽, 高峰, 元帅); the people among them (李鹏, 刘翔) are the gazetteer's to find."""
    import jieba

    return jieba.dt.FREQ.get(word, 0) >= ZH_DICT_NR_FREQ


ZH_DICT_NR_FREQ = 20


# a word right before one of these heads, anywhere in a document, names an organisation or a place there, not a
# person (乌代德|空军基地, 彭博|通讯社); jieba glues 社 to the name it ends (彭博社, 路透社: a news agency)
ZH_NOT_PERSON_HEADS = frozenset(("社", "通讯社", "通訊社", "基地", "空军基地", "空軍基地", "军事基地", "軍事基地",
                                 "海军基地", "海軍基地", "机场", "機場", "港口", "集团", "集團"))
ZH_AGENCY_ENDS = ("通讯社", "通訊社", "社")


ZH_STATE_SUFFIXES = ("邦",)  # a state of India or Germany (北方邦, 巴伐利亚邦)
ZH_LONG_STATE_SUFFIXES = ("州",)  # a state or province of three characters or more (加利福尼亚州); 广州, 杭州 are cities


def _zh_state_tail(word: str) -> bool:
    """A Han word glued after a name that ends a foreign state's name (恰尔邦, 福尼亚州): the name before it is
    the state's first characters, not a person."""
    if not word or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return False
    return word.endswith(ZH_STATE_SUFFIXES) and len(word) >= 2 or word.endswith(ZH_LONG_STATE_SUFFIXES) and len(word) >= 3


def _zh_common(word: str) -> bool:
    """A frequent dictionary word that is no name (仲裁, 水平, 纪念)."""
    import jieba

    from bilat.stages.names import _zh_tags

    tag = _zh_tags().get(word)
    return tag is not None and not tag.startswith("nr") and jieba.dt.FREQ.get(word, 0) > 50


def _zh_person(word: str, surnames: frozenset[str]) -> bool:
    """A surname (one character, or two: 欧阳) and one or two given-name characters, no part of it
    an ordinary word (仲裁|法, 高|水平, 纪念|堂, 隆重举行)."""
    cut = 2 if word[:2] in surnames else 1 if word[:1] in surnames else 0
    if not cut or not 2 <= len(word) - cut + 1 <= 3:
        return False
    return not (_zh_common(word[:2]) or _zh_common(word[1:]) or len(word) == 4 and _zh_common(word[2:]))


# a Latin name after an English honorific, in any language's text ("H.E. Mr.Shiro Sadoshima")
_LATIN_HONORIFIC = re.compile(rf"(?<![A-Za-z])(?:Mr|Mrs|Ms|Dr)\.?[ \u00a0]?({_LAT_CAP}(?:[ \u00a0]{_LAT_CAP}){{1,2}})")


def _honorific_spans(text: str) -> list[tuple[int, int]]:
    """Not inside brackets: "นายโซเฮล คาน (Mr. Sohail Khan)" is the Latin form of the name before."""
    return [(m.start(1), m.end(1)) for m in _LATIN_HONORIFIC.finditer(text)
            if "(" not in text[max(0, m.start() - 6):m.start()]]


def given_name_spans(text: str, lang: str | None) -> list[tuple[int, int]]:
    """Spans of "given name + surname" in ``text``; overlaps are left to the caller."""
    spans = _given_name_spans(text, lang)
    if lang not in ("en", "vi", "ru"):
        spans += _honorific_spans(text)
    return spans


def _given_name_spans(text: str, lang: str | None) -> list[tuple[int, int]]:
    """Spans of "given name + surname" in ``text`` (ru, en, ar, fa; foreign Latin names in vi;
    jieba-tagged names in zh); overlaps are left to the caller."""
    if lang in ("ru", "en"):
        return _spaced_spans(text, lang, latin=lang == "en")
    if lang == "vi":
        return _spaced_spans(text, "en")
    if lang in ("ar", "fa"):
        return _arabic_spans(text, lang)
    if lang == "zh":
        return _zh_spans(text)
    return []


def person_country(mention: Mention) -> str | None:
    """The ISO3 a person mention stands for (its gazetteer or learned country), or None."""
    return mention.iso3 if mention.kind == "person" else None


def person_role(entity: Entity | None) -> str | None:
    """The role code known for a person entity (``foreign_minister``, ``head_of_state``, ...):
    the open-ended role if there is one, else the latest."""
    if entity is None or entity.kind != "person" or not entity.roles:
        return None
    current = [r for r in entity.roles if r.end is None]
    pick = current[-1] if current else max(entity.roles, key=lambda r: r.end or 0)
    return pick.title
