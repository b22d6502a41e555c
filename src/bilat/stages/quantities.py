"""The ``quantities`` stage: figures in many languages -> ``Quantity``.

A figure is a number (any digit system, Chinese numerals, Thai number words) with an optional scale
word (مليار, میلیون, tỷ, 亿, ล้าน, billion, млрд ...) and a unit: a currency (kind "money"), a
percent sign or word ("percent"), or a counted noun ("count": soldier, project, person, ...).
Ordinals (الخامسة والسبعين, هشتادمین, 第十四, thứ 80, ครั้งที่ 2, 80th) are no figures (issue 11, the lead's call): they
are found only to keep their number from being read as a count (第3艘, ครั้งที่ 35 ราย), then dropped. An ordinal or a
number of years next to an anniversary word (80th anniversary, 70周年, kỷ niệm 80 năm) is kind "anniversary".
A bare number with neither a scale nor a unit is not kept (years, list numbers, "ảnh 1"), and
nothing inside a date found by the ``dates`` stage becomes a figure. See docs/dates_and_figures.md.
"""

from __future__ import annotations

import dataclasses
import math
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache

from bilat.datafiles import read_json
from bilat.normalize import zh_simplified
from bilat.records import DateRef, Document, Quantity
from bilat.stages.lang import read_with_alternatives
from bilat.stages.metadata import outlet_from_url
from bilat.stages.sentences import analysed_end

from .numerals import (
    AR_ORDINAL_RE,
    FA_ORDINAL_RE,
    LEADING_POINT,
    NUM,
    NUM_SPACED,
    NUMERAL_TRIM,
    SCALES,
    SPACE_THOUSANDS,
    TH_DIGITS_RE,
    TH_SCALES_RE,
    THAI_WORDS_RE,
    NumberWords,
    arabic_ordinal,
    chinese_number,
    digit_windows,
    fa_unglued,
    fold,
    fold_lang,
    language_data,
    number_words,
    numeral_value,
    parse_number,
    persian_ordinal,
    scale_of,
    scale_pattern,
    thai_number,
    unmarked,
    whole,
    word_number,
    zh_few,
)

NO_SPACE = frozenset({"zh", "ja", "th", "ko", "lo", "km", "my"})
# an Arabic letter another follows (ی, ک: the folded ي, ك)
AR_INNER_LETTER = re.compile(r"[\u0621-\u064a\u06cc\u06a9](?=[\u0621-\u064a\u06cc\u06a9])")
AR_SUFFIX = r"(?:[\u064b-\u0652]*ا?[\u064b-\u0652]*\u0640*)"  # "173 جريحاـ": a tatweel may stretch the end
R = r"(?![^\W\d_])"

# unit (English singular or ISO 4217) | kind -> forms, per language ("*": every language); "_": a counted
# noun or classifier with no unit of its own (the figure is a count, unit None). Forms are folded at build time.
UNITS_FILE = "units.json"


@lru_cache(maxsize=1)
def _units_data() -> dict[str, dict[str, list[str]]]:
    return read_json(UNITS_FILE)


# Thai: the noun comes before the number ("ทหาร 86 นาย"); it names the unit, the classifier follows
# ("nouns_before" and "classifiers" of "th" in data/numbers.json). A classifier's unit "_": a count with no
# unit of its own (unit None); None: only with a noun before the number.
TH_NOUNS: dict[str, str] = language_data("th").get("nouns_before", {})
# the Thai Link Grammar's noun classifiers (data/th_classifiers.json, scripts/build_th_classifiers.py), after the hand-made
# ones of numbers.json, which keep their units and guards
TH_LEXICON: dict[str, str] = read_json("th_classifiers.json").get(
    "classifiers", {})
TH_CLASSIFIERS: dict[str, str | None] = {**TH_LEXICON, **language_data("th").get("classifiers", {})}
TH_FROM_LEXICON = frozenset(TH_LEXICON) - frozenset(language_data("th").get("classifiers", {}))

# a unit form that is also the start of another word: "2 วันที่ 5" is not "2 days"
UNIT_GUARDS = {"$": r"(?!\s*\d)", "us$": r"(?!\s*\d)", "€": r"(?!\s*\d)", "£": r"(?!\s*\d)", "วัน": "(?!ที่)", "ปี": r"(?!\s*(?:พ\.|ค\.)?\s*\d)", "ngày": r"(?!\s*\d)", "روز": r"(?!\s*\d)",
               "ساعت": r"(?!\s*\d)", "tháng": r"(?!\s*\d)",
               "رأس": r"(?![\s\u200c]*ساعت)", "راس": r"(?![\s\u200c]*ساعت)",  # fa "رأس ساعت ۸:۳۰": on the hour, no heads
               # zh "500g/盒": grams in a lower-case g only, never "5G网络" (the network) nor a word that goes on;
               # nor gigabytes of a phone's memory or data ("12g+256g", "8g内存", "30g流量"; ``_g_not_before`` of
               # data/units.json)
               "g": r"(?<=(?-i:g))(?![A-Za-z0-9])(?<!\+\dg)(?<!\+\d\dg)(?<!\+\d\d\dg)(?!\s*\+\s*\d)"
                    rf"(?!\s*(?:{'|'.join(map(re.escape, _units_data()['_g_not_before']))}))",
               "个": "(?!月|小时|星期|季度|多月|工作日|百分点)",
               # zh 圆/圓, the yuan of cheques and verdicts ("壹拾壹圆正"): never a word going on ("三圆桌")
               "圆": r"(?![\u4e00-\u9fff](?<![角毛分正整零〇一二两三四五六七八九壹贰貳叁參叄肆伍陆陸柒捌玖]))",
               "圓": r"(?![\u4e00-\u9fff](?<![角毛分正整零〇一二两三四五六七八九壹贰貳叁參叄肆伍陆陸柒捌玖]))", "bảng": r"(?!\s+(?:xếp|điểm|tin|đen|vàng|tổng|số|[A-H])\b)"}

ANNIVERSARY = re.compile(r"anniversary|годовщин|летие|летия|kỷ niệm|chào mừng\s+\d+\s+năm|周年|週年|주년|ครบรอบ|ذکری|سالگرد|"
                         r"anniversaire|Jahrestag|aniversario|yıldönümü", re.IGNORECASE)


ZH_CLASSIFIERS_FILE = "zh_classifiers.json"
ZH_MEASURE_WORDS_FILE = "zh_measure_words.json"
CURRENCIES_FILE = "currencies.json"
MEASURE_UNITS_FILE = "measure_units.json"


@lru_cache(maxsize=1)
def _measure_units() -> dict[str, dict[str, str]]:
    """Measures of length, area, mass and volume per language, CLDR via babel (data/measure_units.json,
    scripts/build_measure_units.py): "metres" m, "square kilometres" km2, "أمتار" m, "ตร.กม." km2, "英尺" ft."""
    return read_json(MEASURE_UNITS_FILE).get("units", {})


@lru_cache(maxsize=1)
def _currency_data() -> dict:
    """Currency names per language and signs, CLDR via babel (data/currencies.json, scripts/build_currencies.py)."""
    return read_json(CURRENCIES_FILE)


@lru_cache(maxsize=1)
def _folded_signs() -> frozenset[str]:
    return frozenset(fold(c).lower() for c in currency_signs())


@lru_cache(maxsize=1)
def currency_signs() -> dict[str, str]:
    """A currency sign written before or after a number ("HK$", "₹", "R$", "₪") -> its ISO code."""
    return dict(_currency_data().get("symbols", {}))


@lru_cache(maxsize=1)
def _zh_classifier_data() -> dict:
    return read_json(ZH_CLASSIFIERS_FILE)


@lru_cache(maxsize=1)
def zh_classifiers() -> frozenset[str]:
    """Every Chinese classifier (measure word) CC-CEDICT names (data/zh_classifiers.json, simplified forms;
    traditional ones are folded to these before matching) and those jieba's dictionary tags q (data/zh_measure_words.json,
    scripts/build_zh_measure_words.py), less those after which a number is no count
    ("classifier_not_counts" of "zh" in data/numbers.json: 次, 届, 点, ...)."""
    data = _zh_classifier_data()
    trad = data.get("traditional", {})
    not_counts = {trad.get(c, c) for c in language_data("zh").get("classifier_not_counts", ())}
    more = read_json(ZH_MEASURE_WORDS_FILE).get("measure_words", {})
    return frozenset(c for c in (*data.get("classifiers", {}), *more) if c not in not_counts)


def _unit_guard(lang: str, form: str) -> str:
    guard = UNIT_GUARDS.get(form, "")
    if not guard and form in _folded_signs():
        guard = r"(?!\s*\d)"  # "3 HK$5 million": the sign belongs to the number after it
    if lang == "zh" and (nxt := language_data("zh").get("classifier_not_before", {}).get(form)):
        guard += "(?!" + "|".join(re.escape(c) for c in nxt) + ")"  # 发生, 台湾, 所有: part of another word
    return guard


@lru_cache(maxsize=64)
def _units(lang: str) -> tuple[dict[str, tuple[str, str]], str]:
    table: dict[str, tuple[str, str]] = {}
    for src_lang in ("*", lang):
        for head, forms in _units_data().get(src_lang, {}).items():
            unit, kind = head.split("|")
            for form in forms:
                table[fold(form).lower()] = (unit, kind)
    for form in sorted(_person_nouns(lang)[0]):  # ar "40 زائرا", "8 يمنيين": nouns of people with no narrower unit
        table.setdefault(form.lower(), ("person", "count"))
    # "500 Swiss francs", "3 млн швейцарских франков", "200亿港元", "500 ล้านเยน": CLDR's names of currencies and their head
    # words (after units.json's)
    data = _currency_data()
    for form, code in {**data.get("names", {}).get(lang, {}), **data.get("heads", {}).get(lang, {}),
                       **currency_signs()}.items():
        table.setdefault(fold(form).lower(), (code, "money"))
        if lang == "zh":  # the text is read with 幣 as 币, 圓 as 圆: the traditional name as the text will be
            table.setdefault(fold(form).translate(_zh_traditional()).lower(), (code, "money"))
    for form, unit in _measure_units().get(lang, {}).items():  # after units.json's and the currencies' forms
        table.setdefault(fold(form).lower(), (unit, "count"))
        if lang == "zh":
            table.setdefault(fold(form).translate(_zh_traditional()).lower(), (unit, "count"))
    if lang == "zh":  # "5枚手榴弹", "14颗子弹", "6把手枪": a number before any classifier is a count
        for c in zh_classifiers():
            table.setdefault(c, ("_", "count"))
    codes = _iso_codes()
    iso = {c.lower() for c in codes if c.lower() not in table}
    for code in codes:  # "105.7 billion KRW", "500 CHF": an ISO 4217 code after a number, in capitals only
        table.setdefault(code.lower(), (code, "money"))
    parts = []
    for form in sorted(table, key=len, reverse=True):
        # ar "765 ريالاً يمنياً", "934 كيلومترًا مربعًا": every word of a name takes the accusative ending, not only the last
        p = re.escape(form).replace(r"\ ", (AR_SUFFIX if lang == "ar" else "") + r"\s+")
        if lang == "fa":  # "مترمکعب", "متر‌مکعب", "تفاهمنامه": the parts of a name with a space, a ZWNJ or nothing between
            p = p.replace(r"\s+", r"[\s\u200c]*").replace("\u200c", r"[\s\u200c]?")
        if lang == "ar":  # "ريال عُماني": a short vowel may be written inside a word of the name
            p = AR_INNER_LETTER.sub(lambda c: c[0] + "[\u064b-\u0652]*", p)
        if form in iso:
            parts.append(rf"(?-i:{form.upper()})(?![^\W\d_])")
            continue
        if lang in ("ar",) and form[-1].isalpha():
            p += AR_SUFFIX
        if lang == "fa" and form[-1].isalpha():
            # adjectival: "۵ هزار میلیارد تومانی"; a possessive ending on a longer name: "ده درصدش", "۲۰ درصدشان"
            p += "(?:\u200c?(?:ی|شان|ش))?" if len(form) >= 3 else "(?:\u200c?ی)?"
        if form[-1].isalpha() and lang not in NO_SPACE:
            p += R
        parts.append(p + _unit_guard(lang, form))
    return table, "|".join(parts)


@lru_cache(maxsize=1)
def _iso_codes() -> tuple[str, ...]:
    """ISO 4217 codes of data/currencies.json, less those that are also words or names written in capitals ("ALL",
    "TOP", "CUP", "COP", "PHP"; ``_iso_code_words`` of data/units.json)."""
    words = set(_units_data().get("_iso_code_words", ()))
    data = _currency_data()
    codes = {c for names in data.get("names", {}).values() for c in names.values()} | set(data.get("symbols", {}).values())
    return tuple(sorted(c for c in codes if re.fullmatch("[A-Z]{3}", c) and c not in words))


def _lookup(lang: str, form: str) -> tuple[str, str] | None:
    table, _ = _units(lang)
    key = re.sub(r"\s+", " ", form.lower())
    if key in table:
        return table[key]
    if lang == "fa":  # "مترمکعب", "دانشآموز": a name written with no space or ZWNJ between its parts (adjectival ی too)
        joined, bare = _fa_joined(lang), re.sub(r"[\s\u200c]+", "", key)
        if (found := joined.get(bare) or joined.get(bare[:-1] if bare.endswith("ی") else "")) is not None:
            return found
    key = re.sub(r"[\u064b-\u0652\u0640]" if lang == "ar" else r"[\u064b-\u0652]", "", key)  # ar "جريحاـ": tatweel
    if lang == "fa" and (own := re.fullmatch(r"(.{3,}?)\u200c?(?:شان|ش)", key)) and own[1] in table:
        return table[own[1]]  # "ده درصدش": a possessive ending
    return table.get(key) or table.get(key.rstrip("ا")) or table.get(key.rstrip("ی").rstrip("\u200c")) \
        or (table.get(" ".join(w.rstrip("ا") for w in key.split())) if lang == "ar" else None)  # "ريالا يمنيا"


# "9 هزار و 288 میلیارد", "1 tỷ 200 triệu": a figure written in parts after a scale word
# ar "3 ملايين، و96 ألفًا، و100 فدان": a comma may set off each "and" of a compound
COMPOUND_JOIN = {"fa": r"\s*و\s*", "ar": r"\s*(?:[،,]\s*)?و\s*", "vi": r"\s+", "ko": r"\s*", "zh": "", "ja": "",
                 "ru": r"\s+", "uk": r"\s+", "th": r"\s*"}
# ru "10 тысяч 378 человек", "3 млн 569 тыс.": a part with no scale is never a day before a month
_RU_MONTHS = r"(?!\s*(?:январ|феврал|март|апрел|ма[йяю]|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд))"
COMPOUND_TAIL = {"ru": _RU_MONTHS, "uk": _RU_MONTHS}
# 两架, 两艘, 两辆: two craft, ships, vehicles are a count (两国 "both countries", 两位领导人 "the two leaders" are not)
ZH_TWO_COUNTS = frozenset({"aircraft", "ship", "vehicle", "tank", "missile"})
ZH_SOLDIER_AFTER = re.compile(r"[^\W\d_]{0,4}?(?:士兵|军人|官兵|战士)")


@lru_cache(maxsize=4)
def _fa_joined(lang: str) -> dict[str, tuple[str, str]]:
    """The unit table keyed by each name with its spaces and ZWNJs taken out ("متر مکعب" -> "مترمکعب")."""
    table, _ = _units(lang)
    out: dict[str, tuple[str, str]] = {}
    for form, value in sorted(table.items(), key=lambda kv: -len(kv[0])):
        out.setdefault(re.sub(r"[\s\u200c]+", "", form), value)
    return out


@lru_cache(maxsize=1)
def _won_verb_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The object of the verb "won" ("the match", "seats", "a seat"; ``won_not_before`` of "en" in data/numbers.json,
    "a"/"an" unless a rate follows: ``won_a_per``), and a plural subject noun right before the figure."""
    data = language_data("en")
    words = "|".join(sorted(data.get("won_not_before", ()), key=len, reverse=True)) or "(?!)"
    per = "|".join(sorted(data.get("won_a_per", ()), key=len, reverse=True)) or "(?!)"
    obj = re.compile(rf"\s+(?:(?:{words})|an?\s+(?!(?:{per})(?![^\W\d_])))(?![^\W\d_])", re.IGNORECASE)
    return obj, re.compile(r"(?<![^\W\d_])[a-z]{3,}s,?\s+$")


def _won_verb(t: str, m: re.Match[str], value: float) -> bool:
    """en "5 won the match", "30 won seats", "of the 12 candidates, 7 won": the verb, not Korean won. A figure with a
    scale word, thousands separators or a currency sign stays money ("1.2 trillion won", "5,000 won ($4)"), and so does
    one of 100 or more followed by no object ("500 won coins" aside, small sums of won are rare in news)."""
    if m.groupdict().get("scale") or m["pre"] or _grouped(m["num"], value):
        return False
    obj, subject = _won_verb_patterns()
    return (obj.match(t, m.end("unit")) is not None or value < 100
            or subject.search(t, max(0, m.start() - 30), m.start()) is not None)


@lru_cache(maxsize=64)
def _label_pattern(lang: str) -> re.Pattern[str] | None:
    label = language_data(lang).get("label_before")
    return re.compile(label, re.IGNORECASE) if label else None


def _labelled(t: str, start: int, lang: str) -> bool:
    """Whether the word before a number makes it a label ("ماده 5", "ساعت 9"), not a count."""
    pat = _label_pattern(lang)
    return pat is not None and pat.search(t, max(0, start - 24), start) is not None


def _counted(lang: str, form: str) -> tuple[str, str] | None:
    """A noun matched by the language's ``count_suffix`` (ru "1538 происшествий"): a count, no unit; a count of people
    (``person_noun``: ar "5 مدنيين", "300 فلسطيني", "40 زائرا") is unit person."""
    suffix = language_data(lang).get("count_suffix")
    if not (suffix and re.fullmatch(suffix, fold(form).strip(), re.IGNORECASE)):
        return None
    return ("person", "count") if person_noun(lang, form) else ("_", "count")


PERSON_NOUNS_FILE = "person_nouns.json"
AR_SOUND_ENDINGS = ("", "ين", "ون", "ة", "ات")
AR_NISBA_ENDINGS = ("ي", "يين", "يون", "ية", "يات")


@lru_cache(maxsize=16)
def _person_nouns(lang: str) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The folded forms of data/person_nouns.json for ``lang``, and its nisba-plural pattern."""
    data = read_json(PERSON_NOUNS_FILE).get(lang, {})
    forms = {fold(w) for w in data.get("words", ())}
    forms |= {fold(s + e) for s in data.get("sound", ()) for e in AR_SOUND_ENDINGS}
    forms |= {fold(s + e) for s in data.get("nisba", ()) for e in AR_NISBA_ENDINGS}
    plural = data.get("nisba_plural")
    return frozenset(forms), re.compile(fold(plural)) if plural else None


def person_noun(lang: str, form: str) -> bool:
    """A counted noun of people with no narrower unit (data/person_nouns.json): its count is unit person."""
    forms, plural = _person_nouns(lang)
    if not forms and plural is None:
        return False
    noun = re.sub(r"[\u064b-\u0652\u0640]", "", fold(form).strip())
    return any(n in forms or plural is not None and plural.fullmatch(n) is not None
               for n in (noun, noun.removesuffix("ا")))


# between a figure and its noun: a nationality and words like "more", "extra", "military" ("noun_modifiers" in
# data/numbers.json): "2,241 U.S. troops", "50 more troops", "450 British military personnel"
# also an adjective by its ending or a hyphenated modifier: "three inflatable boats", "four mobile phones",
# "seven all-terrain vehicles", "12 long-range missiles" (never "percent", which is a unit)
EN_ADJECTIVE = (r"(?!per\s*cent)(?-i:[a-z]{2,}(?:-[a-z]+)+|[a-z]{3,}(?:able|ible|ile|ial|ical|ive|ous|ful|less|ern|ary)"
                r"|[a-z]{4,}ed(?=\s+[a-z]))")  # a participle before the noun: "3,857 impacted people"
EN_NATIONALITY = (r"(?:\s*(?:(?-i:U\.S\.|US|UK|UN|EU|NATO|[A-Z][a-z]+(?:an|ian|ese|ish|i))|" + EN_ADJECTIVE + "|(?:"
                  + "|".join(sorted(language_data("en").get("noun_modifiers", ["(?!)"]), key=len, reverse=True))
                  + r")(?![^\W\d_]))){0,3}")


@lru_cache(maxsize=64)
def _main_pattern(lang: str) -> re.Pattern[str]:
    _, units = _units(lang)
    scale = scale_pattern(lang)
    # "1 000 binh sĩ", "12 500 soldiers": a plain space groups thousands in any language where every group after the
    # first is three digits (the first one to three, not led by a zero); "000 binh sĩ" alone was read as 0
    num = NUM_SPACED if lang in SPACE_THOUSANDS else rf"{SPACE_GROUPED}|{NUM}"
    if lang in ("zh", "ja"):  # "三点五亿", "零点五个百分点": a decimal in words (not a clock time, "三点五分", "十一点二十分");
        # a number in full up to 16 digits (一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一: 31 characters)
        # 廿, 卅, 卌: twenty, thirty, forty in one character ("廿五名" 25)
        num = rf"{ZH_WORD_DECIMAL}|{ZH_SPACE_THOUSANDS}|{NUM}|[〇零一二两兩三四五六七八九十廿卅卌百千万萬亿億]{{1,32}}"
    if lang == "fa":
        num = rf"(?<![\d/])\d+/\d+(?![\d/])|{SPACE_GROUPED}|{NUM}"
    if lang == "en":  # "25,29,312 people": lakh grouping; "248, 000 tonnes": a space after the thousands comma
        num = rf"{INDIAN}|{STRAY_SPACE}|{num}"
    num = rf"(?<![\d.,])\d+[.,٫][\u200e\u200f]+\d+(?!\d)|{num}"
    if lang == "ar":
        num = rf"(?<![\d.,])\d{{1,2}}ر\d+(?!\d)|{num}"  # "5ر47": 47.5 (see numerals.parse_number)
    r = R if lang not in NO_SPACE else ""
    if lang == "fa":  # "70هزارتن", "۵۰۰میلیاردتومان": a scale word typed against its unit; "۳ هزارو ۹۹۹": against its "و"
        r = rf"(?:{R}|(?=(?:{units}))|(?=و[\s\u200c]*\d))"
    if lang in ("zh", "ja"):
        r = "(?![瓦克米卡])"  # 千瓦 kilowatt, 千克 kilogram, 千米 kilometre: no scale
    suffix = language_data(lang).get("count_suffix")
    if suffix:
        units = rf"{units}|{suffix}{R}"
    # "22 مليوناً و 200 ألف": tanwin after the scale; "112 مليارًا و821 مليون": the tanwin typed before its alif
    marks = r"[\u064b-\u0652]*(?:(?<=[\u064b-\u0652])ا)?" if lang in ("ar", "fa", "ur") else ""
    more = ""
    if lang in COMPOUND_JOIN and scale:
        opt = "?" if lang in ("fa", "ar", "zh", "ja", "ru", "uk") else ""  # "2 هزار و 460", "4萬2000": the last part may have no scale
        tail = COMPOUND_TAIL.get(lang, "")
        bare = ""
        if lang == "fa":  # "۲ میلیون ۵۰۰ هزار تومان": with no "و", a smaller scale right after a larger one adds
            bare = (rf"|(?:(?<=میلیارد)|(?<=ملیارد))\s+(?:{NUM})\s*(?:میلیون|ملیون|هزار){r}"
                    rf"|(?:(?<=میلیون)|(?<=ملیون))\s+(?:{NUM})\s*هزار{r}"
                    # "5 میلیون 962 مسافر": a remainder of one to three digits with no scale, its noun after it
                    rf"|(?:(?<=میلیارد)|(?<=ملیارد)|(?<=میلیون)|(?<=ملیون)|(?<=هزار))\s+\d{{1,3}}(?![\d.,٫٬/:])"
                    rf"(?=[\s\u200c]*(?:{units}))")
        # "(92) مليوناً و(255) ألفاً و(610) براميل": a later scale in the accusative too
        # "۱۸ میلیون و ۱۱ میلیون مسافر": the same scale word again starts the next item of a list, no compound
        same = rf"(?!\s*(?P=scale){marks}{r})"
        part = _compound_part(lang)
        more = rf"(?P<more>(?:{COMPOUND_JOIN[lang]}(?:{part}){same}(?:\s*(?:{scale}){marks}{r}){opt}{tail}{bare})*)"
    if lang == "en":  # "$3 billion 74 million", "one billion and 200 million": a smaller scale after a larger one adds
        more = (rf"(?P<more>(?:(?<=billion)|(?<=trillion))\s+(?:and\s+)?(?:{NUM})\s*(?:million|thousand){r}"
                rf"|(?<=million)\s+(?:and\s+)?(?:{NUM})\s*thousand{r})?")
    cjk_approx = r"(?:多|余|餘)?" if lang in ("zh", "ja") else ""
    gap = r"(?:\s*|-)" if lang == "en" else r"\s*"  # "an 8.7-billion-dollar deal"
    # "۲ و نیم میلیارد", "2 and a half million": a half between the number and its scale; "3 ملايين ونصف المليون", "2 triệu
    # rưỡi", "2 ล้านครึ่ง": a half of the scale after it (``half_before_scale``, ``half_after_scale`` in numbers.json)
    data = language_data(lang)
    half_pre = rf"(?P<halfpre>{data['half_before_scale']}{R})?" if data.get("half_before_scale") else ""
    half = (rf"(?P<half>{data['half_after_scale']}{R if lang not in NO_SPACE else ''})?" if data.get("half_after_scale")
            else "")
    sc = (rf"(?:{half_pre}{gap}{cjk_approx}(?P<scale>{scale}){marks}{r}(?:\s*(?P<scale2>{scale}){r})?{more}{half})?"
          if scale else "")
    approx = r"(?:\s*(?:多|余|餘|plus|\+))?" if lang in ("zh", "ja", "en") else ""
    link = r"(?:\s*(?:de|d['’]|of)\s*)?" if lang in ("fr", "es", "en", "pt") else ""
    if lang == "en":  # "2,241 U.S. troops", "78 Iraqi soldiers": a nationality between figure and noun
        link += EN_NATIONALITY
    if lang in ("ru", "uk"):  # "70 российским регионам", "в 22 пострадавших семьях": an adjective between
        # never the first word of a unit of two words ("швейцарских франков", "квадратных метров")
        table, _ = _units(lang)
        two = [re.escape(f).replace(r"\ ", r"\s+") for f in sorted(table, key=len, reverse=True) if " " in f]
        keep = rf"(?!\s*(?:{'|'.join(two)}){R})" if two else ""
        link += rf"(?:{keep}\s*[а-яёіїє]{{3,}}(?:ым|им|ыми|ими|ых|их)(?=\s+[а-яёіїє]{{3,}}(?:ам|ям|ами|ями|ах|ях)(?![а-яёіїє])))?"
        link += rf"(?:{keep}\s*[а-яёіїє]{{3,}}(?:ых|их)(?=\s))?"  # "27 торговых соглашений": an adjective before a known noun
    sep = r"\s*" if lang not in ("ko", "en") else r"\s*(?:의\s*)?" if lang == "ko" else r"(?:\s*|-(?=dollar|euro|pound))"
    signs = "|".join(re.escape(c) for c in sorted(currency_signs(), key=len, reverse=True) if not c[-1].isalpha()
                     and c[-1] != ".")  # "HK$5 billion", "₹500 crore", "R$ 3 bilhões"
    glued_sign = ""
    if lang == "en":  # "Lm1 million", "Rs5 billion", "Tk3 billion": a currency abbreviation glued to a figure with a scale
        glued_sign = r"(?P<abbr>(?<![^\W\d_])(?-i:[A-Z][a-z]{0,2})(?=\d[\d.,]*\s*(?:million|billion|trillion|bn|mn|mln)(?![^\W\d_])))"
    # "Sh18 Million", "KSh 56 million": Kenyan shillings; "RM33.7 million", "RM 500": Malaysian ringgit; "P1,020,000",
    # "P1 million": Philippine pesos (a capital P only before thousands separators or a scale word)
    peso = (r"(?-i:P)(?=\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d[\d.]*\s*(?:million|billion|trillion)(?![^\W\d_]))"
            if lang == "en" else "(?!)")
    # "KRW 10 tn", "GBP 200m", "SAR 1.2 billion", "US$ 4.5 billion": an ISO 4217 code in capitals before the amount
    codes = "|".join(c for c in _iso_codes() if c not in ("USD", "EUR"))
    pre = (rf"(?P<pre>{signs}|US\$\s?|\$|€|£|USD\s?|EUR\s?|(?<![A-Za-z])(?-i:{codes})\s?(?=\d)|KSh\s?|Sh(?=\d)|"
           rf"(?-i:RM)\s?(?=\d)|{peso}|{glued_sign or '(?!)'})?")
    # a number glued to a letter ("m3", "G20") is no figure, except after a currency code ("USD5")
    glued = "" if lang in NO_SPACE or lang in ("ar", "fa", "ur") else r"(?:(?<=USD)|(?<=EUR)|(?<=Sh)|(?<![^\W\d_]))"
    if glued_sign:
        glued = rf"(?(pre)|{glued})"  # after a sign or an abbreviation ("Lm1 million", "RM33.7 million") a glued number
    case = r"(?:-(?:ти|х|ми|м|ю|и|го|му|ой|ух|ёх|ех|ью)(?![^\W\d_]))?" if lang in ("ru", "uk") else ""  # "30-ти", "2-х"
    return re.compile(rf"{pre}{glued}(?P<num>{num}){case}{sc}{approx}(?:{link}{sep}(?P<unit>{units}))?", re.IGNORECASE)


@lru_cache(maxsize=64)
def _unit_start(lang: str) -> re.Pattern[str]:
    table, _ = _units(lang)
    forms = sorted((f for f, (unit, _k) in table.items() if unit not in TIME_UNITS), key=len, reverse=True)
    bound = R if lang not in NO_SPACE else ""
    alts = "|".join(re.escape(f).replace(r"\ ", r"\s+") + (bound if f[-1].isalpha() else "") for f in forms)
    scale = scale_pattern(lang)
    alts += f"|(?:{scale}){R if lang not in NO_SPACE else ''}" if scale else ""
    return re.compile(rf"\s*(?:{alts})", re.IGNORECASE)


TIME_UNITS = frozenset({"year", "day", "hour", "minute"})
# a year right after a time word: "9 مليارات عام 2019", "5 tỷ năm 2020" (the time word is the year's cue, not a span)
YEAR_AFTER_TIME_WORD = re.compile(r"[\s\u200c]*(?:1[3-9]|20)\d\d(?!\d)")


def unit_follows(folded: str, pos: int, lang: str) -> bool:
    """Whether a unit, currency, percent or scale word starts at ``pos`` of a folded text: a number
    there is a figure ("in 1500 people", "في 2000 شخص"), not a year."""
    return _unit_start(lang).match(folded, pos) is not None


# Indian digit grouping: the last three digits, then pairs ("25,29,312" = 2,529,312; "11,12,138")
INDIAN = r"(?<![\d.,])\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])"


# "248, 000 tonnes": a thousands comma typed with a space after it, before a group of zeros only (a list "248, 500" stays two)
STRAY_SPACE = r"(?<![\d.,])\d{1,3}(?:, 000)+(?![\d,])"


ZH_WORD_DECIMAL = r"[〇零一二两兩三四五六七八九十百千万萬亿億]+[点點][〇零一二三四五六七八九]+(?![〇零一二三四五六七八九十分刻钟鐘])"
# a time of day or a day right before a word decimal: "凌晨两点一名男子", "5日零点一名" are a clock hour, then a count
ZH_CLOCK_BEFORE = re.compile(r"(?:凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间|深夜|半夜|午夜|今晨|[日号號晚早夜])$")


def _number(token: str, lang: str) -> float | None:
    """The value of a number token, or None; a value past a float's range (a run of 400 nines) is None too, so
    no rule meets an infinity (``int(inf)`` raised in ``_approx_bare`` on "about 999…9 people")."""
    value = _number_or_inf(token, lang)
    return value if value is None or math.isfinite(value) else None


def _number_or_inf(token: str, lang: str) -> float | None:
    if lang == "en" and (re.fullmatch(INDIAN, token) or re.fullmatch(STRAY_SPACE, token)):
        return float(token.replace(",", "").replace(" ", ""))
    if lang in ("zh", "ja") and re.fullmatch(ZH_WORD_DECIMAL, token):
        return _zh_decimal(token)
    if re.search(r"[〇零一二两兩三四五六七八九十廿卅卌百千万萬亿億]", token):
        return chinese_number(token)
    return parse_number(token, lang)


# "10،083": the Arabic comma groups thousands too; "۲۲٫۷۶۱٫۶۰۰٫۰۰۰": so does the decimal sign repeated
GROUPED = re.compile(r"\d{1,3}(?:[,.\u00a0\u202f ٬،']\d{3})+|\d{1,3}(?:٫\d{3}){2,}")


def _grouped(token: str, value: float) -> bool:
    """A whole number written with thousands separators ("3,596", "130.000", "2 007 965") is a count,
    not a year or a list number: a figure even with no unit."""
    return value >= 1000 and value.is_integer() and GROUPED.fullmatch(fold(token).strip()) is not None


# Vietnamese writes decimals with a comma ("1,5 triệu") but many outlets group thousands with one ("1,500 người"):
# one comma before three digits is thousands when they end in 0 (no decimal is written "1,500") or when no scale word
# follows (a count "1,234 ca" is whole); a percent keeps its decimals ("6,125%")
VI_COMMA_THOUSANDS = re.compile(r"[1-9]\d{0,2},\d{3}")
VI_PERCENT_AFTER = re.compile(r"\s*(?:%|phần trăm)", re.IGNORECASE)


BROKEN_NUMBER = re.compile(r"[\d][.,٫]?[\u200e\u200f\u202a-\u202e\u2066-\u2069]+$")


# a count of things (no measure) written "36.801": a dot that groups thousands, as Arabic and European press write
DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")  # "0.307" groups nothing
# currencies divided in thousandths (fils, millimes, baisa): a third decimal is theirs
THOUSANDTHS_CURRENCIES = frozenset({"KWD", "BHD", "JOD", "OMR", "TND", "LYD", "IQD"})
# an exchange rate is quoted to three or four decimals ("ارتفع اليورو إلى 1.085 دولار", "سعر الصرف 3.750")
AR_RATE_BEFORE = re.compile(fold(r"صرف|اليورو|الإسترليني|الاسترليني|مقابل|يعادل|يساوي|العملة|عملة"))
MEASURES = frozenset({"tonne", "km", "kg", "g", "m", "m2", "mm"}) | frozenset(
    u for forms in _measure_units().values() for u in forms.values())


DATE_SLASH_BEFORE = re.compile(r"\d/$")
ZH_SCALE_RANK = {"十": 1, "百": 2, "千": 3, "万": 4, "亿": 5}


def _main(text: str, t: str, lang: str) -> Iterator[Quantity]:
    pat = _main_pattern(lang)
    spans = [(0, len(t))] if lang in ("zh", "ja") else digit_windows(t)  # 两千: numbers without digits
    for m in (m for a, b in spans for m in pat.finditer(t, a, b)):
        value = _number(m["num"], lang)
        if lang == "vi" and VI_COMMA_THOUSANDS.fullmatch(m["num"]) and not VI_PERCENT_AFTER.match(t, m.end("num")) \
                and (m["num"].endswith("0") or not m.groupdict().get("scale")):
            value = float(m["num"].replace(",", ""))  # "1,500 người", "150,000 USD", "1,500 tỷ": a comma that groups thousands
        if value is None and lang in ("zh", "ja") and m["num"] in ("万", "亿") and (
                _approximated(t, m.start(), lang) or t.startswith(("余", "多", "餘"), m.end("num"))
                or m["num"] == "万" and t.startswith("名", m.end("num"))):
            value = 1e4 if m["num"] == "万" else 1e8  # "近万名", "逾万人", "万余人": ten thousand, hedged; "万名民众": a
            # bare 万 before 名 (people) is ten thousand ("数万名", "上万名" stay vague below)
        if value is None or BROKEN_NUMBER.search(t, max(0, m.start() - 3), m.start()):
            continue
        groups = m.groupdict()
        # "52,300tn of coffee": "tn" after a number of thousands is tonnes, not trillions ("$1.2tn")
        tn_tonnes = lang == "en" and (groups.get("scale") or "").lower() == "tn" and value >= 1000 and not m["pre"]
        if tn_tonnes:
            groups["scale"] = None
        if groups.get("halfpre"):
            value += 0.5
        for g in ("scale", "scale2"):
            if groups.get(g):
                value *= scale_of(groups[g], lang) or 1.0
        if groups.get("half") and not groups.get("more"):
            value += 0.5 * (scale_of(groups.get("scale2") or groups["scale"], lang) or 0.0)
        if m.groupdict().get("more"):
            value = _compound(value, m["more"], lang)
        unit, kind = None, "cardinal"
        if m["unit"] and lang == "th" and t.startswith(
                tuple(language_data("th").get("classifier_not_before", {}).get(m["unit"].strip(), ())),
                m.end("unit")):
            continue  # "โควิด-19 รายงาน": ราย begins "a report", no count of people
        if m["unit"]:
            found = _lookup(lang, m["unit"])
            if found is None and (found := _counted(lang, m["unit"])) is not None:
                if not (lang == "ar" and _ar_counted_anyway(t, m)) and (_labelled(t, m.start(), lang) or m["num"].isdigit() and (
                        1300 <= whole(m["num"]) < 1500 or 1900 <= whole(m["num"]) <= 2100)):
                    continue  # "قطعنامه 2231 شورای", "ساعت 9 صبح", "بودجه ۱۴۰۰ انجام": a label or a year
                if groups.get("scale") and found[0] != "person":
                    found = None  # "۲ میلیون بشکه": a scaled cardinal, as "813 ألف برميل"; "5 آلاف معتمر" counts people
            if found:
                unit, kind = found
        if m["unit"] and (times := language_data(lang).get("unit_scales", {}).get(m["unit"].strip())):
            value *= times  # th "1 แสนลบ.": ลบ. is ล้านบาท, a million baht
        if lang == "zh" and m["unit"] and not m["num"][0].isdigit() \
                and m["unit"].strip() in language_data("zh").get("digit_only_units", ()):
            continue  # "58金", "6銀" count medals; "千金", "一金" are words
        if unit == "KRW" and lang == "en" and m["unit"].strip().lower() == "won" and _won_verb(t, m, value):
            continue  # "5 won the match": the verb
        if tn_tonnes:
            unit, kind = "tonne", "count"
        if m["unit"] and (unit in SIZE_UNITS or fold(m["unit"]).strip().lower() in SIZE_UNITS) \
                and (size := _size_after(lang)) is not None and size.match(t, m.end("unit")):
            continue  # "40尺集装箱", "a 40 ft container", "55吋电视": a standard size of a thing, no measure of an event
        if unit == "mm" and _calibre(t, m.start(), m.end("unit"), lang):
            continue  # "155mm howitzers", "калибра 155 мм", "pháo 155mm": a gun's bore, no measure
        unit_cut = False
        if unit in TIME_UNITS:
            if not (groups.get("scale") and value >= 1000 and YEAR_AFTER_TIME_WORD.match(t, m.end("unit"))):
                continue  # a span of time ("3 روز", "45 days", "3天") is no figure (docs/dates_and_figures.md)
            # "ارتفعت الى 9 مليارات عام 2019": the time word names the year that follows, no span of 9e9 years
            unit, kind, unit_cut = None, "cardinal", True
        end = m.end("unit") if m["unit"] and not unit_cut else _last_end(m)
        if lang == "zh" and unit == "person" and (n := ZH_SOLDIER_AFTER.match(t, end)) is not None:
            unit, end = "soldier", n.end()  # "35名美军士兵": 35 soldiers, a nationality between
        classifier = unit == "_"
        if unit == "_":
            unit = None
        if m["pre"] and groups.get("abbr"):
            unit, kind = None, "cardinal"  # an abbreviation we cannot name: the amount without its currency
        elif m["pre"]:
            sign = m["pre"].strip()
            if re.fullmatch("[A-Z]{3}", sign) and not groups.get("scale") and m["num"].isdigit() and _year_like(m["num"]):
                continue  # "CNY 2024": a code before a year is no amount
            unit, kind = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "KSh": "KES", "Sh": "KES", "RM": "MYR", "P": "PHP"}.get(
                sign, currency_signs().get(sign, sign)), "money"
        if lang == "th" and kind == "count" and groups.get("scale") and unit in (None, "person") \
                and (nb := TH_NOUN_BEFORE.search(t, max(0, m.start() - 40), m.start())) is not None \
                and TH_NOUNS.get(nb["noun"]) not in (None, "_"):
            unit = TH_NOUNS[nb["noun"]]  # "ทหาร 1 พันนาย", "ผู้ลี้ภัยกว่า 2 หมื่นคน": the noun before a scaled figure names it
        bare_yuan = kind == "money" and bool(m["unit"]) and fold(m["unit"]).strip() in ("元", "圆", "圓")
        if lang in ("zh", "ja") and not m["pre"] and (unit is None or bare_yuan)\
                and (before := _cjk_currency_before(t, m.start())) is not None:
            unit, kind = before, "money"  # "人民币5000万", "美元3亿", "新台币2000万元": the currency named before the amount
        elif lang == "zh" and not m["pre"] and bare_yuan and unit == "CNY" \
                and (local := _zh_local_dollar(text, t, m.start())) is not None:
            unit = local  # "消費總金額破291億元" beside "台中": a bare 元 on a Taiwanese page is New Taiwan dollars
        elif lang == "zh" and not m["pre"] and unit is None and not classifier and groups.get("scale") \
                and ZH_MONEY_BEFORE.search(t, max(0, m.start() - 8), m.start()) is not None \
                and ZH_NOUN_NEXT.match(t, m.end()) is None:
            # "完成投资4800万,": an amount of 万/亿 with no unit right after a word of money is in the page's yuan
            unit, kind = _zh_local_dollar(text, t, m.start()) or "CNY", "money"
        n: int | None = None
        if lang == "en" and not m["unit"] and not m["pre"] and (en := _en_noun_after(t, m)) is not None:
            n, found = en  # "26 Rafale fighter jets", "18 wedding guests", "45 multi-role transport aircraft"
            unit, kind = found if found else (None, "count")
            unit = None if unit == "_" else unit
            end = n
        number_of_before = False
        if kind == "cardinal" and not (groups.get("scale") and value >= 1000) and not _grouped(m["num"], value):
            if not m["unit"] and (m["num"].isdigit() and not _year_like(m["num"]) or lang == "zh" and not m["num"].isdigit()
                                  and m["num"][0] not in "0123456789") \
                    and (no := _number_of(t, m.start(), lang)) is not None:
                unit, kind, number_of_before = *no, True  # "بلغ عدد الجنود 740", "士兵人数为三百": a count of the noun before
            elif m["unit"] or not (_bare_count(t, m, lang) or lang == "vi" and (n := _vi_noun_after(t, m)) is not None
                                 or lang in ("ru", "uk") and RU_CASE_COUNT.match(t, m.end("num")) is not None
                                 or lang == "ru" and (n := _ru_genitive_after(t, m)) is not None
                                 or lang == "ru" and (n := _ru_nominative_after(t, m)) is not None):
                continue
            else:
                kind = "count"
            if n is not None:
                end = n  # "9 thanh niên", "14 vũ khí", "2 dao nhọn": a count of the noun after it
        if lang == "zh" and m.start() and t[m.start() - 1] == "第":
            continue  # "第3艘", "第十届": an ordinal, no count
        if kind == "count" and DATE_SLASH_BEFORE.search(t, max(0, m.start() - 2), m.start()):
            continue  # "الثلاثاء 01/31 مشروع قانون": the day of a date written with a slash, no count of the noun after
        zh_decimal_words = lang in ("zh", "ja") and re.fullmatch(ZH_WORD_DECIMAL, m["num"]) is not None
        if zh_decimal_words and ZH_CLOCK_BEFORE.search(t, max(0, m.start() - 4), m.start()):
            continue  # "凌晨两点一名男子": at two o'clock, one man (no 2.1 men)
        if m["num"][0] not in "0123456789" and (kind == "cardinal" or kind == "count" and value <= 2) and not (
                value == 2 and lang == "zh" and (classifier or unit in ZH_TWO_COUNTS or _zh_two_people(m, unit))) \
                and not number_of_before \
                and not (kind == "count" and zh_decimal_words) \
                and not (kind == "count" and lang == "zh" and (sg := _negative_count_before(lang)) is not None
                         and sg.search(t, max(0, m.start() - 4), m.start())) \
                and not (kind == "count" and value == 0 and unit is not None and not classifier
                         and lang == "zh" and m["unit"] and m["unit"].strip()[:1] in zh_classifiers()):
            # "零點零五公頃", "一点二名士兵": a decimal in words before a measure or a classifier is a figure, however
            # small; "零名士兵": a zero, a classifier and a noun of its own (not "零件", "零头": a bare classifier makes a
            # word; nor "零伤亡", "零关税": zero before a noun is an idiom)
            continue  # Chinese numerals alone are too often words (一些, 十四大); 两国, 两位领导人: "both", "the two";
            # 两枚, 两所, 两个孩子: a classifier with no unit of its own makes it a count of 2
        if lang == "zh" and m.start() and m["num"][0] not in "0123456789" \
                and t[m.start() - 1] in language_data("zh").get("vague", ()):
            continue  # "数十名", "几百人": tens, hundreds of, no figure
        if lang == "zh" and zh_few(m["num"]):
            continue  # "七八名士兵", "三五个": seven or eight, a few (two digits side by side), no figure
        if lang == "zh" and m.start() and m["num"][0] in "百千万亿" \
                and t[m.start() - 1] in language_data("zh").get("vague_before_scale", ()):
            continue  # "上千名", "上万人", "成千": thousands of, no figure ("会上三名代表" stays three)
        if lang == "zh" and len(m["num"]) > 1 and ZH_SCALE_RANK.get(m["num"][0], 0) > ZH_SCALE_RANK.get(m["num"][1], 9) > 0:
            continue  # "亿万人民", "万千名", "千百万": a larger scale before a smaller one with no digit is countless, no
            # figure ("千万名" ten million, "一亿一千万" stay)
        if unit == "year" and re.match(r"\s*\d", t[m.end():m.end() + 3]):
            continue
        if unit == "year" and _age_before(t, m.start(), lang):
            continue  # "อายุ 41 ปี", "عن عمر يناهز 55 عاما": an age, no figure
        start = m.start()
        sc = value / (_number(m["num"], lang) or 1.0) if not m.groupdict().get("more") else 1.0
        head = _word_head(t, start, lang, sc)
        if head is not None:
            if head[1] is None:
                continue  # "...هزار و 355 نفر" with a head we cannot read: better nothing than 355
            # "هزار و ۵۰۰میلیارد": the head joins the number before its larger scale (1,500 billion)
            start, value = head[0], value + head[1] * (sc if sc > head[1] else 1.0)
        if lang == "zh" and t[end:end + 1] == "半" and unit is None:
            continue  # "两个半月", "三个半小时": N and a half of a classifier, mostly a span; no count of N
        if unit == "person" and lang == "fa" and not _fa_people(t, m):
            unit = "tonne"  # "سه هزار تن زباله": tonnes; "۸۶ تن کشته شدند", "سیزده تن از": people
        if kind == "count" and unit not in MEASURES and not groups.get("scale") and DOT_THOUSANDS.fullmatch(m["num"]) \
                and not _bare_currency_name(t[m.start():m.end()], lang):
            value = float(m["num"].replace(".", ""))  # "36.801 شخصا": no fraction of a person, a dot groups thousands
            # ("1.307 دينار", a dinar of no named state yet: a sum of dinars and fils, no count)
        elif lang == "ar" and kind == "money" and unit not in THOUSANDTHS_CURRENCIES and not groups.get("scale") \
                and DOT_THOUSANDS.fullmatch(m["num"]) and m["num"].index(".") >= 2 \
                and not _bare_currency_name(t[m.start():m.end()], lang) \
                and not AR_RATE_BEFORE.search(t, max(0, m.start() - 40), m.start()):
            value = float(m["num"].replace(".", ""))  # "قرابة 51.956 دولار": a currency of hundredths has no third
            # decimal, the dot groups thousands ("1.250 دينار كويتي": fils; "7.295 مليار": a scale; "1.302 دولار",
            # one digit before the dot: a price or a rate quoted to the third decimal, as tests/test_quantities.py has it)
        low = _range_low(t, start, lang, m, counted=n is not None)
        ranged = None
        if low is None and lang == "fa" and m["unit"] and not m["pre"]:
            f = FA_FROM_TO.search(t, max(0, start - 30), start)
            lo = parse_number(f["lo"], lang) if f is not None else None
            if f is not None and lo is not None:
                # "از ۱۸۰۰ به ۱۷۵۰ افغانی": the old value of a change, in the unit and scale of the new one
                lo_value = lo * (value / (_number(m["num"], lang) or 1.0))
                yield Quantity(start=f.start("lo"), end=f.end("lo"), text=text[f.start("lo"):f.end("lo")],
                               value=lo_value, unit=unit, kind=kind)
        if low is not None:
            lo_value = low[2] * (value / (_number(m["num"], lang) or 1.0))
            ranged = "range" if lo_value < value else None  # "۱۹ و ۷.۳ درصد": a list of two, no range
            yield Quantity(start=low[0], end=low[1], text=text[low[0]:low[1]], value=lo_value, unit=unit,
                           kind=kind, approx=ranged)
        yield Quantity(start=start, end=end, text=text[start:end], value=value, unit=unit, kind=kind, approx=ranged)


VI_WORD = re.compile(r"[ \t\u00a0]+(?P<w>[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+)(?![^\W\d_])")


def _zh_two_people(m: re.Match[str], unit: str | None) -> bool:
    """zh "两名士兵", "两名警察": 两 and the classifier for people (``two_people_classifier``), a count of two."""
    cl = language_data("zh").get("two_people_classifier")
    return bool(cl) and unit in ("person", "soldier", "fatality", "injury", "child") \
        and (m["unit"] or "").strip().startswith(cl)


@lru_cache(maxsize=1)
def _vi_not_counted() -> frozenset[str]:
    return frozenset(fold(w).lower() for w in language_data("vi").get("not_counted_after", ()))


AR_ACCUSATIVE = re.compile(r"(?:[\u064b]ا|ا[\u064b]|(?<![اوی])ا)[\u064b-\u0652]*$")
AR_ACCUSATIVE_AFTER = re.compile(r"(?:\u064bا|ا\u064b|\u064b)(?![^\W\d_])")  # "أسيرًا", "أسيراً" after the noun's letters
AR_YEAR_WORD_BEFORE = re.compile(r"(?:عام|العام|لعام|للعام|سنه|السنه|منذ|حتی)\s*$")
AR_YEAR_CUE = re.compile(r"(?:عام|العام|لعام|للعام|سنه|السنه|منذ|حتی|مطلع|اواخر|اوائل|اواسط|منتصف|موسم|خلال|ربیع|صیف|خریف|شتاء)"
                         r"\s*$")
AR_LABEL_ARTICLE = re.compile(r"الـ\s*$")


def _ar_counted_anyway(t: str, m: re.Match[str]) -> bool:
    """ar: a number that looks like a year, or follows the article ("الـ20"), before a noun that is counted all the same:
    the noun in the accusative of a count ("1968 أسيرًا", "الـ20 أسيرًا": a year never takes one), a hedge before the
    number ("نحو 2000 أسير"), or a number of 1300-1499 (a Lunar Hijri year is written with هـ) with no year word before it
    ("دخلت القطاع 1456 شاحنة")."""
    num = m["num"]
    labelled = _labelled(t, m.start(), "ar")
    if _ar_plural_article(t, m.start()):
        return True  # "محافظات اليمن الـ 22 حسب البيان": the plural's count, whatever word follows
    if labelled and not AR_LABEL_ARTICLE.search(t, max(0, m.start() - 4), m.start()):
        return False  # "ماده 5", "الساعة 9": a label word
    if AR_LABEL_ARTICLE.search(t, max(0, m.start() - 4), m.start()) and GROUPED.fullmatch(fold(num)):
        return True  # "تجاوز الـ55.000 متفرج": a number grouped in thousands is no ordinal nor label
    if AR_ACCUSATIVE.search(m["unit"].strip()) or AR_ACCUSATIVE_AFTER.match(t, m.end("unit")):
        return True
    if labelled or not num.isdigit() or AR_YEAR_CUE.search(t, max(0, m.start() - 10), m.start()):
        return False
    # "وصل 2000 حاج": a noun of people after a year-like number with no year word before it is counted, as "2000 شخص"
    return _approximated(t, m.start(), "ar") or 1300 <= whole(num) < 1500 or person_noun("ar", m["unit"])


@lru_cache(maxsize=1)
def _cjk_currency_forms() -> tuple[dict[str, str], int]:
    table, _ = _units("zh")
    forms = {f: u for f, (u, k) in table.items() if k == "money" and len(f) >= 2 and not f.isascii()}
    return forms, max(map(len, forms), default=0)


@lru_cache(maxsize=1)
def _cjk_hedge_before() -> re.Pattern[str]:
    words = sorted(language_data("zh").get("approx", {}), key=len, reverse=True)
    return re.compile(rf"(?:\s|{'|'.join(map(re.escape, words))})*$" if words else r"\s*$")


def _cjk_currency_before(t: str, start: int) -> str | None:
    """zh: the longest currency name (two characters or more) ending right before a number: "人民币", "美元", "港币";
    spaces and a hedge word may stand between ("港幣 19 萬多元", "人民幣約 8 仟元")."""
    forms, longest = _cjk_currency_forms()
    gap = _cjk_hedge_before().search(zh_simplified(t[max(0, start - 8):start]))
    start -= len(gap[0]) if gap else 0
    for k in range(max(0, start - longest), start - 1):
        if t[k:start].lower() in forms:
            return forms[t[k:start].lower()]
    return None


ZH_SENTENCE_END = re.compile(r"[。！？!?\n]")


ZH_CURRENCY_DECLARED = re.compile(r"[(（]\s*(?:单位[:：]\s*)?(?P<cur>[^\s,，、;；()（）]{2,8}?)\s*[,，、;；]\s*下同\s*[)）]")


# zh words after which an amount is money ("投资4800万", "罚款2万"), with a hedge between ("总投资约1.2亿")
ZH_MONEY_BEFORE = re.compile(r"(?:投资|投資|投入|资金|資金|拨款|撥款|融资|融資|营业额|營業額|销售额|銷售額|营收|營收|罚款|罰款|"
                             r"赔偿|賠償|补贴|補貼|补助|補助|预算|預算)(?:额|額|总额|總額)?(?:了|达|達|为|為|约|約|近|超过|超過|逾|共|合计|合計)?$")
ZH_NOUN_NEXT = re.compile(r"[\u4e00-\u9fff](?<![的元圆圓,，。;；、])")


def _zh_local_dollar(text: str, t: str, pos: int) -> str | None:
    """zh: the dollar a bare 元 names. A currency declared before it for what follows ("232億元(港元,下同)": HKD); else
    the one place its sentence names of ``yuan_place_cues`` of "zh" in data/numbers.json: in traditional script only
    for Taiwan, Hong Kong and Macau (TWD, HKD, MOP: the mainland's press writes 台湾 and 香港 with yuan of its own), in
    any script for ``yuan_place_cues_any_script`` (Singapore's flats and towns, Macau); None otherwise (the mainland
    yuan)."""
    declared = None
    for d in ZH_CURRENCY_DECLARED.finditer(t, 0, pos):
        declared = _cjk_currency_forms()[0].get(d["cur"].lower(), declared)
    if declared is not None:
        return declared
    a = max((m.end() for m in ZH_SENTENCE_END.finditer(text, 0, pos)), default=0)
    b = (e.start() if (e := ZH_SENTENCE_END.search(text, pos)) else len(text))
    s = text[a:b]
    data = language_data("zh")
    cues = dict(data.get("yuan_place_cues_any_script", {}))
    if sum(x != y for x, y in zip(s, zh_simplified(s), strict=True)) >= 2:
        for code, words in data.get("yuan_place_cues", {}).items():
            cues[code] = [*cues.get(code, []), *words]
    hits = {code for code, words in cues.items() if any(w in s for w in words)}
    return hits.pop() if len(hits) == 1 else None


SIZE_UNITS = frozenset({"ft", "in", "尺", "呎", "吋", "寸"})


@lru_cache(maxsize=256)
def _data_patterns(lang: str, keys: tuple[str, ...]) -> tuple[re.Pattern[str] | None, ...]:
    """The optional patterns ``keys`` of a language's numbers.json data, compiled once (None where it has none)."""
    data = language_data(lang)
    return tuple(re.compile(data[k], re.IGNORECASE) if data.get(k) else None for k in keys)


def _size_after(lang: str) -> re.Pattern[str] | None:
    """Things sold in standard sizes (``size_nouns_after`` in numbers.json: containers, screens): a length in feet or
    inches right before one names its size."""
    return _data_patterns(lang, ("size_nouns_after",))[0]


def _calibre_patterns(lang: str) -> tuple[re.Pattern[str] | None, ...]:
    return _data_patterns(lang, ("calibre_before", "calibre_after"))


def _calibre(t: str, start: int, end: int, lang: str) -> bool:
    """Whether a number of millimetres names a gun's calibre: a calibre word before it ("калибра 155 мм", "عيار 155
    ملم", "pháo 155mm") or a weapon or shell after it ("155mm howitzers", "155毫米口径"); numbers.json ``calibre_before``,
    ``calibre_after``."""
    before, after = _calibre_patterns(lang)
    return bool(before is not None and before.search(t[max(0, start - 24):start])
                or after is not None and after.match(t, end))


def _age_before(t: str, start: int, lang: str) -> bool:
    """The words just before ``start`` make the number an age (numbers.json ``age_before``: "อายุ", "عن عمر يناهز")."""
    age = language_data(lang).get("age_before")
    return bool(age) and re.search(age, t[max(0, start - 24):start]) is not None


def _year_like(digits: str) -> bool:
    """Whether a digit string could be a Gregorian year (1900-2100), so no count."""
    return len(digits) == 4 and 1900 <= int(digits) <= 2100


EN_MODIFIER = re.compile(r"\s+(?P<w>[A-Z][A-Za-z]+(?:-[A-Za-z]+)*|[a-z]{3,}(?:-[a-z]+)*)")


@lru_cache(maxsize=1)
def _en_not_modifiers() -> frozenset[str]:
    """Function words that end the modifiers between an English figure and its noun ("not_modifiers" of "en" in
    data/numbers.json)."""
    return frozenset(language_data("en").get("not_modifiers", ()))


def _en_noun_after(t: str, m: re.Match[str]) -> tuple[int, tuple[str, str] | None] | None:
    """English: a digit figure, up to three modifiers (a name, a noun, a compound: "Rafale", "wedding", "multi-role
    transport"), then a counted noun (a unit form, or a plural by ``count_suffix``): a count of that noun. Returns the end
    of the noun and its unit, if the lexicon names one. Never a year, a label ("Flight 17"), a time or money word."""
    num = m["num"]
    if not num.isdigit() or _year_like(num) or _labelled(t, m.start(), "en"):
        return None
    pos, words = m.end(), 0
    while words < 3:
        w = EN_MODIFIER.match(t, pos)
        if w is None or w["w"].lower() in _en_not_modifiers():
            return None
        pos, words = w.end(), words + 1
        nxt = EN_MODIFIER.match(t, pos)
        if nxt is None:
            return None
        noun = nxt["w"]
        found = _lookup("en", noun)
        for two in (EN_MODIFIER.match(t, nxt.end()),):  # "fighter jets", "police officers": a unit of two words
            if two is not None and (f2 := _lookup("en", f"{noun} {two['w']}")) is not None:
                found, nxt = f2, two
        if found is not None and found[1] == "count" and found[0] not in TIME_UNITS:
            return nxt.end(), found
        if found is None and noun.lower() not in _en_not_modifiers() and _counted("en", noun.lower()) is not None:
            return nxt.end(), None
    return None


VI_RANGE_LOW = re.compile(r"(?<![\d/.,:-])(?P<lo>\d{1,3})\s*[-–]\s*$")


def _vi_noun_after(t: str, m: re.Match[str]) -> int | None:
    """Vietnamese: a digit figure followed by a lowercase word that is no function, time, number or scale
    word ("not_counted_after" of "vi" in data/numbers.json) counts that noun ("9 thanh niên", "15 dao lê"),
    unless the word before the figure makes it a label ("quốc lộ 30", "năm 2022"; "label_before") or the
    figure could be a year. Returns the end of the noun's first word."""
    num = m["num"]
    if not num.isdigit() or _year_like(num) or _labelled(t, m.start(), "vi"):
        return None
    rng = VI_RANGE_LOW.search(t, max(0, m.start() - 8), m.start())
    if rng is not None and not int(rng["lo"]) < whole(num):
        rng = None  # "10-15 trẻ": a range of counts, but "12-3" is no range
    if m.start() and t[m.start() - 1] in "/-.,:#" and rng is None or re.match(r"[/\-.,:]\d", t[m.end():m.end() + 2]):
        return None  # "24/11", "78F-002", "10:30": part of a date, plate or time
    w = VI_WORD.match(t, m.end())
    if w is not None and w["w"] in _vi_not_counted():
        two = VI_WORD.match(t, w.end())  # "5 phiên bản": a noun of two words whose first is no noun alone
        if two is not None and f"{w['w']} {two['w']}" in _vi_counted_compounds():
            return two.end()
    if w is None or w["w"] in _vi_not_counted():
        return None
    return w.end()


@lru_cache(maxsize=1)
def _vi_counted_compounds() -> frozenset[str]:
    return frozenset(fold(w).lower() for w in language_data("vi").get("counted_compounds", ()))


@lru_cache(maxsize=1)
def _ru_gen_singular() -> re.Pattern[str] | None:
    pat = language_data("ru").get("count_gen_singular")
    adj = language_data("ru").get("adjectives_between", "")  # "2 украинских танка", "два транзитных канала"
    return re.compile(rf"{adj}\s+(?:{pat})(?![^\W\d_])", re.IGNORECASE) if pat else None


# "состояние 30-ти оценивается": a cardinal with its case ending and no noun stands for the people or things counted
# (never "в 90-х", a decade; "5-ти лет" has its time unit and is no figure)
RU_CASE_COUNT = re.compile(r"-(?:ти|ми)(?![^\W\d_])")


def _ru_genitive_after(t: str, m: re.Match[str]) -> int | None:
    """Russian: a digit figure ending in 2, 3 or 4 (not 12-14) takes its noun in the genitive singular ("2 танка",
    "24 дома"); such a noun ("count_gen_singular" in data/numbers.json) makes it a count of that noun."""
    num, pat = m["num"], _ru_gen_singular()
    if pat is None or not num.isdigit() or num[-1] not in "234" or num[-2:-1] == "1" or len(num) == 4:
        return None
    g = pat.match(t, m.end())
    return g.end() if g is not None else None


@lru_cache(maxsize=1)
def _ru_nom_singular() -> re.Pattern[str] | None:
    pat = language_data("ru").get("count_nom_singular")
    return re.compile(pat, re.IGNORECASE) if pat else None


def _ru_nominative_after(t: str, m: re.Match[str]) -> int | None:
    """Russian: a digit figure ending in 1 (not 11) takes its noun in the nominative singular ("21 уголовное дело",
    "31 регион"); such a noun, no time, month, measure or label word ("count_nom_singular" in data/numbers.json), makes
    it a count of that noun. Never a year or a label."""
    num, pat = m["num"], _ru_nom_singular()
    if pat is None or not num.isdigit() or num[-1] != "1" or num[-2:] == "11" or _year_like(num) \
            or _labelled(t, m.start(), "ru") or re.match(r"[/\-.,:]\d", t[m.end():m.end() + 2]):
        return None
    g = pat.match(t, m.end())
    return g.end() if g is not None else None


def _bare_count_patterns(lang: str) -> tuple[re.Pattern[str] | None, ...]:
    return _data_patterns(lang, ("count_before", "count_after", "count_before_far", "count_of"))


def _bare_count(t: str, m: re.Match[str], lang: str) -> bool:
    """A bare digit number right after a casualty noun ("وإصابة 100"), before "were injured" ("1593
    were injured"), where a death toll rises to it ("the death toll in Alabama ... rose to 255") or before
    "of the" a noun ("نحو 100 من المعلمين") counts people or things (``count_before``/``count_after``/
    ``count_before_far``/``count_of`` in data/numbers.json)."""
    if not m["num"].isdigit() or _year_like(m["num"]):
        return False  # "в 2015 погибли": a year
    if re.match(r"-[^\W\d_]", t[m.end():m.end() + 2]):
        return False  # "of the 6-month plan", "3-year-old": a modifier, no count
    before, after, far, of = _bare_count_patterns(lang)
    return bool(before is not None and before.search(t[max(0, m.start() - 24):m.start()])
                or after is not None and after.match(t, m.end())
                or far is not None and far.search(t[max(0, m.start() - 160):m.start()])
                or of is not None and of.match(t, m.end()) and not _labelled(t, m.start(), lang)
                or lang == "ar" and _of_people(t, m.end()) and not _labelled(t, m.start(), lang)
                or lang == "ar" and _ar_plural_article(t, m.start()))


def _number_of(t: str, start: int, lang: str) -> tuple[str | None, str] | None:
    """(unit, kind) of a figure right after "the number of X reached/was" (ar "بلغ عدد الجنود", ru "число солдат
    составило", en "the number of soldiers reached"): a count of X, in X's unit where X names one
    (``number_of_before`` in data/numbers.json); a sign word may stand between ("составило минус сто")."""
    pattern = _data_patterns(lang, ("number_of_before",))[0]
    if (neg := _negative_count_before(lang)) is not None and (s := neg.search(t, max(0, start - 16), start)):
        start = s.start()
    if pattern is None or (m := pattern.search(t[max(0, start - 120):start])) is None:
        return None
    noun = m.groupdict().get("noun") or m.groupdict().get("noun2") or ""
    forms = [noun, noun[2:]] if lang == "ar" and noun.startswith("ال") else [noun]  # "الجنود": the noun without its article
    if lang == "zh":
        forms = [noun[i:] for i in range(len(noun))]  # "美军士兵人数": the longest noun that names a unit, ending at 人数
    elif lang == "vi":
        words = noun.split()
        forms = [" ".join(words[:i]) for i in range(len(words), 0, -1)]  # "người tị nạn": the head noun first of all
    for form in forms:
        if (found := _lookup(lang, form) or _counted(lang, form)) is not None and found[1] == "count":
            return (None if found[0] == "_" else found[0]), "count"
    return ("person" if m.groupdict().get("what") in ("人数", "人數", "人次") else None), "count"  # 人数: a number of people


# ar "الهيئات المحلية الـ 25", "المعتقلين الـ 20": a definite sound plural (an adjective may stand between: a definite noun
# takes no genitive), then the article and a bare number
AR_PLURAL_ARTICLE = re.compile(r"(?<![^\W\d_])(?P<pl>[\u0621-\u064a\u06cc\u06a9]{3,}(?:ات|ین|ون))(?P<mid>\s+ال[\u0621-\u064a\u06cc\u06a9]{2,})?"
                               r"\s+الـ\s*$")
AR_DEFINITE = re.compile(r"(?:[وفبلک]|وب|ول|فب|فل)?ال|لل")


def _ar_plural_article(t: str, start: int) -> bool:
    """ar: a bare number after the article "الـ" that follows a definite sound feminine plural counts that plural's noun
    ("الهيئات المحلية الـ 25": the 25 local bodies), not an ordinal as after a singular ("المباراة الـ 25"). A definite
    noun takes no genitive, so a definite word between is its adjective; an indefinite plural is left alone, as its
    genitive may own the number ("منافسات الجولة الـ 24": round 24), unless it is a plural of the parts of a state
    (``plural_of_parts``: "ولايات السودان الـ 18", the 18 states; a place owns no number). A plural of
    time or of one occasion (``plural_article_not`` of data/numbers.json: "الساعات الـ24 الماضية", a span) makes no count.
    A masculine plural in -ين/-ون counts only as a noun of people (data/person_nouns.json: "اللاعبين الـ 11"), as many
    singulars end so ("الدين", "القانون", "البحرين"); broken plurals ("الأشهر الـ 3") are not read."""
    m = AR_PLURAL_ARTICLE.search(t, max(0, start - 48), start)
    if m is None:
        return False
    pl = m["pl"]
    article = AR_DEFINITE.match(pl)
    stem = pl[article.end():] if article is not None else pl
    if article is None and m["mid"] and pl in _ar_plural_of_parts():
        return True  # "ولايات السودان الـ 18": the parts of the state named after them (a place owns no number)
    if article is None or len(stem) < 5:
        return False  # "منافسات الجولة الـ 24", "إصابات الأشهر الـ 3": an indefinite plural's genitive may own the number
    if not stem.endswith("ات"):
        return person_noun("ar", stem)  # "المعتقلين الـ 20": a masculine plural only of a noun of people ("الدين" is none)
    return stem not in _ar_plural_article_not()


@lru_cache(maxsize=1)
def _ar_plural_of_parts() -> frozenset[str]:
    return frozenset(fold_lang(w, "ar") for w in language_data("ar").get("plural_of_parts", ()))


@lru_cache(maxsize=1)
def _ar_plural_article_not() -> frozenset[str]:
    return frozenset(fold_lang(w, "ar") for w in language_data("ar").get("plural_article_not", ()))


AR_OF_NOUN = re.compile(r"\s+من\s+(?:بين\s+)?(?P<n>[\u0621-\u064a\u06cc\u06a9]{3,})(?![^\W\d_])")


def _of_people(t: str, pos: int) -> bool:
    """ar "85 من سفراء ورؤساء البعثات", "20 من مسلحي التنظيم": a bare number before من and a noun of people
    (data/person_nouns.json; a masculine plural in the construct state drops its ن) counts them."""
    n = AR_OF_NOUN.match(t, pos)
    return n is not None and (person_noun("ar", n["n"]) or n["n"].endswith("ی") and person_noun("ar", n["n"] + "ن"))


# the words between the two ends of a range of figures ("10 تا 15", "20 to 25", "80–90"); RANGE_BEFORE also takes
# "and", "و", "至" ... before a high end that carries the unit ("between 25 and 30 dollars")
RANGE_TO = r"تا|الی|حتی|to|-|–|—|đến|tới|ถึง|до"
RANGE_BEFORE = re.compile(rf"(?P<lo>{NUM})\s*(?:{RANGE_TO}|إلی|و|and|至|到|~|à|a|bis)\s*$", re.IGNORECASE)
# fa "از ۱۸۰۰ به ۱۷۵۰ افغانی" (a price or count changed from one bare number to a figure with a unit)
FA_FROM_TO = re.compile(rf"(?<![\u0600-\u06ff])از\s+(?P<lo>{NUM})\s+به\s*$")
# ar "مليونًا و758 ألفا و534 حاجا": a scale word in the accusative heads a compound as "مليون و758 ألفا" does
FA_HEAD = re.compile(r"(?P<w>(?:(?<![\u0600-\u06ff])|(?<=(?<![\u0600-\u06ff])[وبلف]))(?:یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده)?)"
                     r"[\s\u200c]*(?P<s>هزار|میلیون|میلیارد|تریلیون|الف|ملیون|ملیار|ترلیون)(?P<dual>ین|ان)?"
                     r"(?(dual)|(?:[\u064b-\u0652]*ا[\u064b-\u0652]*)?)(?:[\s\u200c]*و[\s\u200c]*$|(?P<bare>[\s\u200c]+)$)")


FA_PEOPLE = re.compile(r"[\s\u200c]*(?:از|کشته|زخمی|مجروح|شهید|جان|مصدوم|نفر|دستگیر|بازداشت|اعدام|عضو|نماینده|را(?![\u0600-\u06ff])|"
                       r"دیگر|هلاک|روز(?!انه)|کشته|زخم|غیرنظامی|سرباز|پلیس|پولیس|شهروند)")


# a casualty word just before the figure ("منجر به کشته شدن 3 تن و زخمی شدن ..."): "تن" counts people there too
FA_PEOPLE_BEFORE = re.compile(r"(?:کشته|زخمی|مجروح|شهید|شهادت|جان[\s\u200c]*باختن|هلاکت|مصدوم|دستگیری|بازداشت|اعدام)"
                              r"(?:[\s\u200c]+(?:شدن|شدند|شده|کردن|رسیدن))?[\s\u200c]*(?:دست[\s\u200c]*کم|حداقل|بیش[\s\u200c]*از)?[\s\u200c]*$")


def _fa_people(t: str, m: re.Match[str]) -> bool:
    """Persian "تن" counts people before "از" or a casualty word, or after a casualty word, else it is a tonne."""
    unit = fold(m["unit"] or "").strip()
    if re.fullmatch(r"تن[\s\u200c]*ی", unit):
        return False  # "سیلوی 50 هزار تنی": the adjective of a tonne, never of people
    if unit != "تن":
        return True
    if not m.groupdict().get("scale") and re.search(r"\d[.,٫/]\d", m["num"] or ""):
        return False  # "۱۵.۵ تن مواد مخدر": a number of people is whole
    return _fa_tan_people(t, m.end("unit"), m.start())


# a passive casualty verb later in the clause, with no other figure between ("۲۳ تن توسط حکومت ... اعدام شده‌اند"): people
FA_PEOPLE_LATER = re.compile(r"[^\d.,،؛:!?؟()]{0,48}?(?<![\u0600-\u06ff])(?:اعدام|کشته|زخمی|مجروح|شهید|مصدوم|ربوده|ناپدید)"
                             r"[\s\u200c]*(?:شدند|شده[\s\u200c]*اند|گردیدند)")


# a toll that rises to the figure ("شمار کشته شدگان حمله ... به ۳۷ تن", "تعداد زخمی ها به ۷۰ نفر"): people
# "شمار مهاجرین افغان ... به چهارونیم میلیون تن": شمار/تعداد (a number of, said of countables; a mass takes میزان) of anything
FA_TOLL_BEFORE = re.compile(r"(?<![\u0600-\u06ff])(?:(?:آمار|امار)[\s\u200c]+(?:کشته|زخمی|مجروح|قربانی|جان[\s\u200c]*باخته"
                            r"|مصدوم|تلفات|شهدا)|شمار|تعداد)[^\d.؛!?؟]{0,90}?(?<![\u0600-\u06ff])به[\s\u200c]*"
                            r"(?:(?:دست[\s\u200c]*کم|حداقل|بیش[\s\u200c]*از)[\s\u200c]*)?$")


@lru_cache(maxsize=1)
def _fa_person_noun_after() -> re.Pattern[str]:
    """A noun for people right after "تن" ("(۲۷۵) تن معلول", "۳۰ تن بازیکن"): the "fa" words of data/person_nouns.json,
    singular or plural."""
    nouns = sorted(_person_nouns("fa")[0], key=len, reverse=True)
    return re.compile(rf"[\s\u200c]+(?:{'|'.join(map(re.escape, nouns))})(?:[\s\u200c]?(?:ان|ها|ین))?(?![\u0600-\u06ff])")


# a list of counts: an earlier figure of the sentence counts people ("یکهزار و ۹۰۹ نظامی ...، ۱۴۰۹ تن در جریان جنگ")
FA_COUNT_BEFORE = re.compile(r"[\d۰-۹٠-٩]+[\s\u200c]+(?P<noun>[\u0600-\u06ff]+)(?=[^.!?؟؛\d۰-۹٠-٩]{0,60}$)")
FA_LIST_PEOPLE = frozenset({"person", "soldier", "fatality", "injury", "child", "officer", "student", "refugee"})


def _fa_people_listed_before(t: str, before: int) -> bool:
    """An earlier count of people in the same sentence, at most 60 characters and no other figure before ``before``."""
    m = FA_COUNT_BEFORE.search(t, max(0, before - 120), before)
    if m is None:
        return False
    if fold(m["noun"]).strip() == "تن":
        return _fa_tan_people(t, m.end("noun"), m.start())  # "۱۴۰۹ تن ...، ۴۹۷ تن": the list goes on
    found = _lookup("fa", m["noun"])
    return found is not None and found[0] in FA_LIST_PEOPLE


def _fa_tan_people(t: str, after: int, before: int) -> bool:
    """"تن" counts people when "از", a casualty word or a noun for people follows it (from ``after``), a casualty
    word comes just before the figure (which starts at ``before``), a toll rises to it, a plural passive casualty
    verb ends the clause after it, or the figure just before it in a list counts people."""
    return FA_PEOPLE.match(t, after) is not None or FA_PEOPLE_BEFORE.search(t, max(0, before - 40), before) is not None \
        or FA_PEOPLE_LATER.match(t, after) is not None or FA_TOLL_BEFORE.search(t, max(0, before - 140), before) is not None \
        or _fa_person_noun_after().match(t, after) is not None or _fa_people_listed_before(t, before)


def _range_low(t: str, start: int, lang: str, m: re.Match[str], counted: bool = False) -> tuple[int, int, float] | None:
    """"10 تا 15 درصد", "between 25 and 30 dollars", "10-15 trẻ": the low end gets the unit and scale of the high."""
    if not (m["unit"] or m.groupdict().get("scale") or counted) or m["pre"]:
        return None
    r = RANGE_BEFORE.search(t, max(0, start - 24), start)
    if r is None:
        return None
    lo, hi = parse_number(r["lo"], lang), _number(m["num"], lang)
    if lo is None or hi is None:
        return None
    if not 0 <= lo < hi and not (0 <= lo <= 100 and _percent_list(r, m, lang)):
        return None
    return r.start("lo"), r.end("lo"), lo


LIST_AND = re.compile(r"(?:و|and)\s*$", re.IGNORECASE)


def _percent_list(r: re.Match[str], m: re.Match[str], lang: str) -> bool:
    """"۱۹ و ۷.۳ درصد", "19 and 7.3 percent": two percentages listed ("به ترتیب"), the larger first."""
    return bool(m["unit"]) and (_lookup(lang, m["unit"]) or ("", ""))[1] == "percent" and LIST_AND.search(r[0]) is not None


def _word_head(t: str, start: int, lang: str, own_scale: float = 1.0) -> tuple[int, float | None] | None:
    """Persian/Arabic word numbers before a figure: "یکهزار و 355" -> (start of یک, 1000); ar "مليونين و660 ألف"
    (a dual scale word) -> (start of مليونين, 2e6). fa with no "و": "یک میلیون ۴۶۵ هزار" (a number word, then a larger
    scale than the figure's own, ``own_scale``) is one number, 1,465,000."""
    if lang not in ("fa", "ar"):
        return None
    h = FA_HEAD.search(t, max(0, start - 24), start)
    if h is None:
        return None
    if h["bare"] is not None:
        big = scale_of(h["s"], lang) or scale_of(h["s"], "fa") or 0.0
        if lang != "fa" or not h["w"] or h["dual"] or not 1.0 < own_scale < big:
            return None  # "هزار ۵۰۰ نفر", "میلیون 3 نفر": no number before, or no smaller scale after: no head
    if h["bare"] is None and not h["dual"] and (scale_of(h["s"], lang) or scale_of(h["s"], "fa")) == own_scale > 1.0:
        return None  # "۱۸ میلیون و ۱۱ میلیون مسافر": the same scale again is the next item of a list, no head
    if h["dual"] and (h["w"] or lang != "ar"):
        return None  # the dual is Arabic only, with no number word before it (as before this rule: no head)
    word = "دو" if h["dual"] else h["w"] or "یک"  # ar "مليونين و660 ألف": a dual scale word is two of it
    unit = {"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10}
    scale = scale_of(h["s"], lang) or scale_of(h["s"], "fa") or scale_of(h["s"], "ar")
    if scale is None:
        return h.start(), None
    return h.start(), unit[word] * scale


def _compound_part(lang: str) -> str:
    """A later part of a compound: digits, or in Persian number words too ("۲ میلیون و سیصد هزار"; not "نیم", the half
    rules' own)."""
    nw = number_words(lang) if lang == "fa" else None
    return rf"{NUM}|(?!نیم)(?:{nw.run.pattern})" if nw is not None else NUM


def _compound(value: float, more: str, lang: str) -> float:
    """Add the parts after the first: value 9000 + "و 288 میلیارد" -> (9000 + 288) * 1e9 when the
    later scale is larger, else a plain sum (23 میلیارد و 595 میلیون; "۲ میلیون و سیصد هزار" 2,300,000)."""
    scale = scale_pattern(lang) or "(?!)"
    for part in re.finditer(rf"(?P<n>{_compound_part(lang)})(?:\s*(?P<s>{scale}))?", more):
        n = parse_number(part["n"], lang) if part["n"][0].isdigit() else word_number(part["n"], lang)
        if n is None:
            continue
        s = scale_of(part["s"], lang) if part["s"] else 1.0
        s = s or 1.0
        value = (value + n) * s if s > value else value + n * s
    return value


def _last_end(m: re.Match[str]) -> int:
    for g in ("more", "scale2", "scale", "num"):
        if m.groupdict().get(g):
            return m.end(g)
    return m.end()


# --- special forms -----------------------------------------------------------------------------------

_TH_NOUN_RE = "|".join(sorted(TH_NOUNS, key=len, reverse=True))
_TH_CLF_RE = "|".join(re.escape(c) + (f"(?!{'|'.join(map(re.escape, nb))})" if (nb := language_data("th").get(
    "classifier_not_before", {}).get(c)) else "") for c in sorted(TH_CLASSIFIERS, key=len, reverse=True))
# words that may stand between a Thai noun and its number: quantity hedges and nationalities
TH_BETWEEN = (r"(?:จำนวน|อย่างน้อย|ไม่ต่ำกว่า|ไม่น้อยกว่า|มากกว่า|ไม่เกิน|เกิน|กว่า|ประมาณ|ราว|รวม|เกือบ|ทั้งหมด|ทั้งสิ้น|ไทย|จีน|สหรัฐ|"
              r"รัสเซีย|เวียดนาม|กัมพูชา|เมียนมา|ลาว|มาเลเซีย|อเมริกัน|ยูเครน|อิสราเอล|\s)*")
# units that count people: a people classifier after the number overrides a noun before it that is no person
TH_PEOPLE = frozenset({"person", "fatality", "injury", "soldier", "student", "child", "delegation"})
TH_DIGIT_WORD = r"(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่)"
TH_HALF_SCALE = r"(?:พันล้าน|หมื่นล้าน|แสนล้าน|ล้านล้าน|พัน|หมื่น|แสน|ล้าน)"
TH_COUNT = re.compile(rf"(?:(?P<noun>{_TH_NOUN_RE}){TH_BETWEEN})?"
                      rf"(?P<num>{NUM}|ครึ่ง{TH_HALF_SCALE}|{THAI_WORDS_RE})\s*(?:กว่า\s*)?(?P<clf>{_TH_CLF_RE})")
TH_NOUN_BEFORE = re.compile(rf"(?P<noun>{_TH_NOUN_RE}){TH_BETWEEN}$")
# "รอยละ", "รอ้ยละ": a PDF text that dropped or moved the tone mark
TH_CLASSIFIER_ALT = "|".join(re.escape(w) for w in sorted(TH_CLASSIFIERS, key=len, reverse=True))
# "ร้อยละ -31.3 ถึง -16.0": a minus before the digits is a negative share; "ร้อยละ 9.1 ถึง 11.2" a range, its high end a
# share too (a number of digits right after ถึง, no unit or classifier of its own after it)
TH_PERCENT = re.compile(rf"ร(?:้?อ|อ้)ยละ\s*(?P<neg>[-−]\s?(?=\d))?(?P<num>{NUM}|{TH_DIGIT_WORD}(?:{THAI_WORDS_RE})?(?!{THAI_WORDS_RE}))"
                        rf"(?:\s*ถึง\s*(?P<neg2>[-−]\s?)?(?P<num2>{NUM})(?![\d.,])(?!\s*(?:%|ปี|เดือน|วัน|{TH_CLASSIFIER_ALT})))?")
# "共报告病例16 774例": a plain space groups thousands in some Chinese tables and journals, only right before the Chinese
# word that follows the figure (a unit or classifier), so "2023 年" or a list "1 2 3" stays apart; and only glued to the
# Chinese word before it ("病例16 774例", "提出了7 109項"): after a space the first group is a figure of its own, as in a
# relay "男子 4 100米接力" or a score "甲队 3 100分"
SPACE_GROUPED = r"(?<![\d.,٫٬/:])(?<!\d )[1-9]\d{0,2}(?: \d{3})+(?:[.,٫]\d+)?(?!\d|[.,٫٬/:]\d)"
ZH_SPACE_THOUSANDS = r"(?<=[\u4e00-\u9fff])\d{1,3}(?: \d{3})+(?![\d.,])(?=[\u4e00-\u9fff])"
ZH_PERCENT = re.compile(r"百分之(?P<num>[\d.]+|[〇零一二两三四五六七八九十百点]+)")
# "近三成", "七成以上", "两成五": 成 after a number of one to nine is that many tenths, a share in percent (docs/dates_and_figures.md,
# figs15); only where a share ends (punctuation, 的, 以上, 左右, 多 ...), so "八成是", "一成不变", "分成三组" stay words
ZH_TENTHS = re.compile(r"(?<![\d.〇零一二两兩三四五六七八九十百千万萬亿億分变變])(?P<num>[一二三四五六七八九两兩]|[1-9](?:\.\d)?)成"
                       r"(?P<tail>[一二三四五六七八九](?![十百千万萬亿億]))?"
                       r"(?=以上|以下|左右|上下|多|的|之|受访|受訪|[,，。.;；、:：)）」”\s]|$)")
TR_PERCENT = re.compile(rf"(?:%|yüzde\s*)(?P<num>{NUM})", re.IGNORECASE)
# ar, fa: "%90", "٪۹۰": the sign typed before the number as the text reads right to left (not the sign of a figure before it,
# "50% 90", nor part of a ratio "%90/10")
RTL_PERCENT = re.compile(rf"(?<![\d.,٫٬])(?<![\d.,٫٬]\s)[%٪]\s?(?P<num>{NUM})(?![\d%٪/])")


# small numbers written as words before a counted noun: "ست دول", "three soldiers", "سه سرباز", "ba người"
SMALL_WORDS: dict[str, dict[str, int]] = {
    "ar": {"ثلاثه": 3, "ثلاث": 3, "اربعه": 4, "اربع": 4, "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6, "سبعه": 7,
           "سبع": 7, "ثمانیه": 8, "ثمانی": 8, "ثمان": 8, "تسعه": 9, "تسع": 9, "عشره": 10, "عشر": 10},
    "fa": {"سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10},
    "en": {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10},
    "vi": {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10},
}
for _lang, _words in SMALL_WORDS.items():  # more words that count any noun ("هفده حوزه", "یکصد برنامه"): count_words
    _words.update({fold(w): int(v) for w, v in language_data(_lang).get("count_words", {}).items()})


@lru_cache(maxsize=16)
def _small_words_pattern(lang: str) -> re.Pattern[str] | None:
    words = SMALL_WORDS.get(lang)
    if not words:
        return None
    table, _ = _units(lang)
    nouns = sorted((f for f, (unit, kind) in table.items() if kind == "count" and unit not in TIME_UNITS
                    and f[-1].isalpha() and len(f) > 1), key=len, reverse=True)
    alt_nouns = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in nouns)
    alt_words = "|".join(sorted(words, key=len, reverse=True))
    suffix = AR_SUFFIX if lang == "ar" else ""
    prefix = "(?:و|ب|ل)?" if lang == "ar" else ""  # attached "and", "with", "to"
    return re.compile(rf"(?<![^\W\d_]){prefix}(?P<w>{alt_words})\s+(?P<unit>{alt_nouns}){suffix}{R}",
                      re.IGNORECASE)


@lru_cache(maxsize=8)
def _two_person_pattern(lang: str) -> re.Pattern[str] | None:
    """"دو" before a noun for people (data/person_nouns.json), the noun in group ``n``; not before one whose unit the
    unit rules count already (``small_count_units``: "دو سرباز", "دو زن" person)."""
    if lang != "fa":
        return None
    small = set(language_data(lang).get("small_count_units", ()))
    nouns = [n for n in _person_nouns(lang)[0] if (_lookup(lang, n) or ("_", ""))[0] not in small]
    if not nouns:
        return None
    alt = "|".join(re.escape(fold(n)) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])دو[\s\u200c]+(?P<n>{alt})(?:[\s\u200c]*(?:ها|های|ان))?(?![^\W\d_])")


FA_GLUED_PEOPLE = re.compile(r"(?<![^\W\d_])(?P<w>سه|چهار|پنج|شش|هفت|هشت|ده)(?P<unit>تن|نفر)(?![^\W\d_])")


def _small_words(text: str, t: str, lang: str) -> Iterator[Quantity]:
    yield from _small_words_any_noun(text, t, lang)
    if lang == "fa":  # "دست کم چهارتن کشته شدند": a number word glued to تن or نفر, people only by a casualty word
        for g in FA_GLUED_PEOPLE.finditer(t):
            if g["unit"] == "تن" and not _fa_tan_people(t, g.end(), g.start()):
                continue  # "پنجتن" (the Five holy persons), "سه‌تن" of tonnes: no count of people
            yield Quantity(start=g.start(), end=g.end(), text=text[g.start():g.end()],
                           value=float(SMALL_WORDS["fa"][g["w"]]), unit="person", kind="count")
    if (two := _two_person_pattern(lang)) is not None:  # "دو بازیکن", "دو زن": two people, a count
        for g in two.finditer(t):
            own = _lookup(lang, g["n"])  # "دو نماینده": the noun's own unit (lawmaker)
            unit = own[0] if own is not None and own[1] == "count" and own[0] != "_" else None
            yield Quantity(start=g.start(), end=g.end(), text=text[g.start():g.end()], value=2.0, unit=unit, kind="count")
    pat = _small_words_pattern(lang)
    if pat is None:
        return
    vague = _vague(lang)
    for m in pat.finditer(t):
        found = _lookup(lang, m["unit"])
        if found is None or found[1] != "count":
            continue
        if vague is not None and vague.search(t, max(0, m.start("w") - 16), m.start("w")) \
                or _ordinal_word_before(t, m.start("w"), lang):
            continue  # vi "dăm bảy binh sĩ" (a handful), "vài ba người": no exact number; "thứ ba": third
        if lang == "vi" and m["w"].lower() == "năm":
            continue  # "năm" is also "year"
        value = SMALL_WORDS[lang][m["w"].lower()]
        if value < 3 and (found[0] not in language_data(lang).get("small_count_units", ())
                          or _pair_phrase(t, m.start("w"), m.end(), lang)):
            continue  # vi "hai người" (two people) counts; "hai bên", "hai nước", "hai nhà lãnh đạo" do not
        start = m.start("w")
        if (low := _spoken_range_low(t, start, value, lang)) is not None:
            # vi "bảy tám người", fa "هفت هشت نفر": seven or eight people, the two ends of a range
            yield Quantity(start=low[0], end=low[1], text=text[low[0]:low[1]], value=low[2], unit=found[0],
                           kind="count", approx="range")
            yield Quantity(start=start, end=m.end(), text=text[start:m.end()], value=float(value), unit=found[0],
                           kind="count", approx="range")
            continue
        yield Quantity(start=start, end=m.end(), text=text[start:m.end()], value=float(value),
                       unit=found[0], kind="count")


def _spoken_range_low(t: str, start: int, value: float, lang: str) -> tuple[int, int, float] | None:
    """A digit word right before a small count word and one or two below it ("bảy tám người", "هفت هشت نفر", "hai ba
    người"): the low end of a spoken range; its span and value."""
    nw = number_words(lang)
    before = re.search(r"(?<![^\W\d_])([^\W\d_]+)[ \t]+$", t[max(0, start - 24):start])
    if nw is None or before is None:
        return None
    low = nw.kinds.get(before[1].lower())
    if low is None or low[0] != "add" or not 1 <= value - low[1] <= 2 or not low[1].is_integer() or low[1] < 1:
        return None
    a = start - len(before[0])
    return a, a + len(before[1]), low[1]


def _small_words_any_noun(text: str, t: str, lang: str) -> Iterator[Quantity]:
    """Arabic "ثلاثة رجال", "أربعة قطاعات": 3-10 in words before a plural noun we have no unit for is a
    count (unit None); not before a time noun, a preposition or another number word (``not_counted``)."""
    words, nw = SMALL_WORDS.get(lang), number_words(lang)
    skip = language_data(lang).get("not_counted")
    if not words or nw is None or not skip:
        return
    stop = {fold(w) for w in skip} | {fold(w) for w in language_data(lang).get("denominators", ())}  # "أربعة أخماس"
    for m in _any_noun_pattern(lang).finditer(t):
        noun = re.sub(r"[\u064b-\u0652]", "", m["n"])
        if noun in stop or noun in nw.kinds or noun[:1] == "و" and noun[1:] in nw.kinds \
                or _lookup(lang, noun) is not None or noun.startswith("عشر") \
                or m["w"] in language_data(lang).get("not_counted_words", ()):
            continue
        value = SMALL_WORDS[lang][m["w"]]
        yield Quantity(start=m.start("w"), end=m.end(), text=text[m.start("w"):m.end()], value=float(value),
                       unit="person" if person_noun(lang, noun) else None, kind="count")


@lru_cache(maxsize=16)
def _any_noun_pattern(lang: str) -> re.Pattern[str]:
    alt_words = "|".join(sorted(SMALL_WORDS[lang], key=len, reverse=True))
    prefix = "(?:و|ب|ل)?" if lang == "ar" else ""  # Arabic attached "and", "with", "to"; Persian "بده" is a verb
    return re.compile(rf"(?<![^\W\d_]){prefix}(?P<w>{alt_words})\s+(?P<n>[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]{{3,}}){R}")


@lru_cache(maxsize=16)
def _unit_after(lang: str) -> re.Pattern[str]:
    _, units = _units(lang)
    data = language_data(lang)
    if data.get("count_suffix_words") and data.get("count_suffix"):
        units = rf"{units}|{data['count_suffix']}{R}"  # "шесть мирных жителей": a counted noun by its ending
    between = EN_NATIONALITY if lang == "en" else ""
    return re.compile(rf"{between}[\s\u200c]*(?P<unit>{units})", re.IGNORECASE)


# Russian 5-20 take the genitive plural; a noun of the zero ending ("девять гильз", "пять рот") is counted, never a
# time, measure or "times" word ("пять лет", "семь раз", "девять утра")
RU_GEN_PLURAL_ZERO = re.compile(r"(?:\s+[а-яё]{3,}(?:ых|их))*\s+(?!(?:лет|раз|минут|секунд|недель|суток|тонн|утра|вечера|дня|"
                                r"ночи|часов|мест|побед|очков)(?![а-яё]))[а-яё]{2,}[бвгджзклмнпрстфхцчшщ](?![а-яё])")


AR_HALF_SCALE = re.compile(r"\s*ال(?:مل[يی]ون|مل[يی]ار|الف)(?![^\W\d_])")


@lru_cache(maxsize=8)
def _reversed_decimal(lang: str) -> re.Pattern[str] | None:
    """Persian pages whose slash decimal lost its direction keep the parts in reversed order with a space at the slash:
    "۹ / ۵۷ درصد" and "۳۷ /۷۶ دلار" are 57.9 % and 76.37 dollars (a decimal written as usual has no space:
    "۵۶/۵ درصد" is 56.5). A dot with a space on each side is the same decimal stored the same way: "۱ . ۵۵ میلیون ریال"
    is 55.1 million (figs16). Only before a unit or scale word (``reversed_decimal_unit`` in data/numbers.json)."""
    units = language_data(lang).get("reversed_decimal_unit")
    if not units:
        return None
    d = "[0-9\u06f0-\u06f9\u0660-\u0669]"
    return re.compile(rf"(?<![0-9\u06f0-\u06f9\u0660-\u0669/])(?P<frac>{d}{{1,3}})(?P<sep>\s+/\s*|/\s+|\s+\.\s+)"
                      rf"(?P<int>{d}{{1,3}})(?![0-9\u06f0-\u06f9\u0660-\u0669/.,٫])(?=\s*(?:{fold(units)}))")


@lru_cache(maxsize=8)
def _reversed_unspaced(lang: str) -> re.Pattern[str] | None:
    """Latin digits one / two with no space right before a percent (``reversed_decimal_unspaced`` in data/numbers.json):
    a one-decimal percent typed left to right in a Persian page and stored reversed, "3/32 درصد" = 32.3 %. Persian
    digits ("۲/۸٪") and amounts of money ("8/55 میلیون دلار") keep the usual order."""
    units = language_data(lang).get("reversed_decimal_unspaced")
    if not units:
        return None
    # a leading zero is no reversed tenth: "0/25 درصد" is a quarter of a percent
    return re.compile(rf"(?<![0-9\u06f0-\u06f9\u0660-\u0669/.,٫])(?P<frac>[1-9])/(?P<int>[0-9]{{2}})"
                      rf"(?![0-9\u06f0-\u06f9\u0660-\u0669/.,٫])(?=\s*(?:{fold(units)}))")


@lru_cache(maxsize=16)
def _year_word_before(lang: str) -> re.Pattern[str] | None:
    pat = language_data(lang).get("year_word_before")
    return re.compile(pat) if pat else None


def _has_big(words: str, nw: NumberWords) -> bool:
    return any(nw.kinds.get(w.lower(), ("",))[0] == "big" for w in nw.word.findall(words))


BETWEEN_BEFORE = re.compile(r"(?<![^\W\d_])(?:بين|بین|ما\s+بين|between)\s*$", re.IGNORECASE)


def _word_runs(nw: NumberWords, t: str, lang: str) -> Iterator[re.Match[str]]:
    """The runs of number words; in ar and fa a run that reads as no number but as two joined by "و", the second
    with a scale word and the first without, is the two ends of a range ("ما بين تسعة وأحد عشر مليوناً"); so are two
    rising numbers after "between" and before a noun ("بين ثمانين وتسعين جنديا", "between eighty and ninety soldiers")."""
    for m in nw.run.finditer(t):
        if lang not in ("ar", "fa", "en") or word_number(unmarked(m.group(0), lang), lang) is not None:
            yield m
            continue
        for j in re.finditer(r"\s+and\s+" if lang == "en" else r"\s+و\s*", m.group(0)):
            left, right = m.group(0)[:j.start()], m.group(0)[j.end():]
            lv, rv = word_number(unmarked(left, lang), lang), word_number(unmarked(right, lang), lang)
            if lv is not None and rv is not None and (not _has_big(left, nw) and _has_big(right, nw)
                                                      or lv < rv and BETWEEN_BEFORE.search(t, max(0, m.start() - 12), m.start())
                                                      and _unit_after(lang).match(t, m.end()) is not None):
                # "بين ثمانين وتسعين جنديا": between eighty and ninety soldiers, no compound (tens after tens)
                lm, rm = nw.run.match(t, m.start(), m.start() + j.start()), nw.run.match(t, m.start() + j.end())
                if lm is not None and rm is not None:
                    yield lm
                    yield rm
                    break
        else:
            yield m


# the low end of a range in words before a figure with a scale word: "بين ستة و13 مليوناً", "ما بين تسعة وأحد عشر مليوناً"
WORD_RANGE_LOW = re.compile(r"(?<![^\W\d_])(?:بين|بین|من|از)\s+(?P<w>[^\W\d_]+)\s*(?:و|إلى|الى|حتى|تا)\s*$")


def _word_range_low(out: list[Quantity], text: str, t: str, lang: str) -> list[Quantity]:
    """A number word after بين/من (ar) or بین/از (fa), joined to a figure with a scale word, is the range's low end:
    it takes the figure's scale and unit (as "بين 4 و 5 ملايين طن" in digits)."""
    nw = number_words(lang)
    if lang not in ("ar", "fa") or nw is None:
        return out
    added: list[Quantity] = []
    for q in out:
        bigs = [nw.kinds[w.lower()][1] for w in nw.word.findall(fold(q.text)) if nw.kinds.get(w.lower(), ("",))[0] == "big"]
        if not bigs or q.value < 1000:
            continue
        low = WORD_RANGE_LOW.search(t, max(0, q.start - 30), q.start)
        if low is None or any(o.start < low.end("w") and low.start("w") < o.end for o in out):
            continue
        word = unmarked(low["w"], lang)
        lv = word_number(word, lang)
        if lv is None or lv >= 1000 or _has_big(word, nw) or lv * max(bigs) >= q.value:
            continue
        added.append(Quantity(start=low.start("w"), end=low.end("w"), text=text[low.start("w"):low.end("w")],
                              value=lv * max(bigs), unit=q.unit, kind=q.kind, approx="range"))
    return sorted(out + added, key=lambda q: q.start) if added else out


@lru_cache(maxsize=8)
def _approx_scale_pattern(lang: str) -> re.Pattern[str] | None:
    scales, nw = language_data(lang).get("scale_after_approx"), number_words(lang)
    if not scales or nw is None:
        return None
    approx = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w, k in sorted(nw.approx_before.items(), key=lambda x: -len(x[0]))
                      if k in ("about", "over", "under", "at_least", "at_most"))
    alt = "|".join(re.escape(fold(w)) for w in sorted(scales, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{approx})\s+(?P<w>{alt})(?![^\W\d_])", re.IGNORECASE)


def _approx_scale_words(text: str, t: str, lang: str) -> Iterator[Quantity]:
    """ru "более тысячи солдат", "около сотни человек", "свыше миллиона": a scale noun in the genitive after an
    approximation word that governs it is one of it (``scale_after_approx`` of data/numbers.json); the unit after it
    as for any figure."""
    pat = _approx_scale_pattern(lang)
    if pat is None:
        return
    scales = {fold(w).lower(): float(v) for w, v in language_data(lang)["scale_after_approx"].items()}
    for m in pat.finditer(t):
        value, end, unit, kind = scales[m["w"].lower()], m.end(), None, "cardinal"
        u = _unit_after(lang).match(t, end)
        if u is not None and (found := _lookup(lang, u["unit"]) or _counted(lang, u["unit"])) is not None:
            unit, kind = found
            unit = None if unit == "_" else unit
            end = u.end()
        if unit in TIME_UNITS:
            continue  # "более сотни лет": a span of time
        yield Quantity(start=m.start("w"), end=end, text=text[m.start("w"):end], value=value, unit=unit, kind=kind)


def _vi_tone_moved() -> dict[str, str]:
    """vi old-style tone placement at a syllable's end ("hoà", "thuỷ", "khoẻ") to the style of the data ("hòa",
    "thủy", "khỏe"): same length, the tone mark moved to the first vowel."""
    tones = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    out = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y"), ("O", "A"), ("O", "E"), ("U", "Y")):
        for tone in tones:
            marked = unicodedata.normalize("NFC", second + tone)
            out[first + marked] = unicodedata.normalize("NFC", first + tone) + second
    return out


VI_TONE_MOVED = _vi_tone_moved()
VI_OLD_TONE = re.compile(rf"(?<![qQ])(?:{'|'.join(VI_TONE_MOVED)})(?![^\W\d_])")


ZH_NUMERAL_RUN = r"[〇零一二两兩三四五六七八九十百千万萬亿億]+"


@lru_cache(maxsize=16)
def _spoken_range_pattern(lang: str) -> re.Pattern[str] | None:
    """The low end of a range in number words right before the high end's figure (``spoken_range`` of
    data/numbers.json, ``{w}`` standing for the words: "{w} to", "between {w} and", "от {w} до", "{w} إلى", "{w} تا",
    "{w} đến", "{w}ถึง", "{w}至"), ending where the high end starts; groups ``w0``, ``w1``... the low end's words."""
    form = language_data(lang).get("spoken_range")
    nw = number_words(lang)
    if not form or nw is None:
        return None
    if lang == "zh":
        run = ZH_NUMERAL_RUN
    elif lang == "th":
        run = THAI_WORDS_RE
    else:
        run = rf"{nw.run.pattern}(?:[\s\u200c]+{nw.run.pattern})*"
    left = "" if lang in NO_SPACE else r"(?<![^\W\d_])"
    parts = fold(form).split("{w}")  # each {w} a group of its own: w0, w1, ...
    body = parts[0] + "".join(rf"(?P<w{i}>{run})" + part for i, part in enumerate(parts[1:]))
    return re.compile(left + body + "$", re.IGNORECASE)


def _spoken_ranges(out: list[Quantity], text: str, t: str, lang: str) -> list[Quantity]:
    """"eighty to ninety soldiers", "от восьмидесяти до девяноста солдат", "من ثمانين إلى تسعين جنديا", "هشتاد تا نود
    سرباز", "tám mươi đến chín mươi binh sĩ", "แปดสิบถึงเก้าสิบนาย", "八十至九十名士兵": a number in words, a range word,
    then a figure with a unit: the two ends of a range, the low one in the high one's unit (and its scale word when it
    has none: "two to three million people"), as in digits ("80 to 90 soldiers")."""
    pat, nw = _spoken_range_pattern(lang), number_words(lang)
    if pat is None or nw is None:
        return out
    added: list[Quantity] = []
    for i, q in enumerate(out):
        if q.unit is None and q.kind not in ("count", "money", "percent") or q.unit in TIME_UNITS or q.approx == "range" \
                or q.value <= 0 or q.kind in ("ordinal", "anniversary"):
            continue
        r = pat.search(t, max(0, q.start - 60), q.start)
        g = next((n for n, v in r.groupdict().items() if v is not None), "") if r is not None else ""
        if r is None or any(o.start < r.end(g) and r.start(g) < o.end for o in out):
            continue
        after = language_data(lang).get("spoken_range_after")
        if after is not None and r.start(g) and re.match(r"[\u4e00-\u9fff]", t[r.start(g) - 1]) \
                and t[r.start(g) - 1] not in after:
            continue  # zh "统一到100个": 一 ends the word "unify"
        words = unmarked(r[g], lang)
        lo = numeral_value(words, lang)
        if lo is None or lo <= 0:
            continue
        head = fold(q.text).lower()
        bigs = [nw.kinds[w.lower()][1] for w in nw.word.findall(head) if nw.kinds.get(w.lower(), ("",))[0] == "big"] \
            if lang not in ("zh", "th") else []
        loose = words.strip().lower() in nw.not_alone  # vi "năm" (five, year): "cả năm đến 100 tỷ" is no range
        if bigs and not loose and not any(nw.kinds.get(w.lower(), ("",))[0] == "big" for w in nw.word.findall(words)) \
                and lo * max(bigs) < q.value:
            lo *= max(bigs)  # "two to three million": two million
        if not lo < q.value <= lo * (10 if loose else 100):
            continue
        added.append(Quantity(start=r.start(g), end=r.end(g), text=text[r.start(g):r.end(g)],
                              value=float(f"{lo:.15g}"), unit=q.unit, kind=q.kind, approx="range"))
        out[i] = dataclasses.replace(q, approx="range")
    return sorted(out + added, key=lambda q: q.start) if added else out


def _ordinal_word_before(t: str, start: int, lang: str) -> bool:
    """The ordinal marker of a language right before number words (``ordinal_before``: vi "thứ")."""
    pat = _data_patterns(lang, ("ordinal_before",))[0]
    return pat is not None and pat.search(t, max(0, start - 12), start) is not None


@lru_cache(maxsize=16)
def _denominator_after(lang: str) -> re.Pattern[str] | None:
    """A fraction's denominator word (``denominators`` of data/numbers.json) right after a number."""
    words = language_data(lang).get("denominators")
    if not words:
        return None
    alt = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"[\s\u200c]+(?:{alt})(?![^\W\d_])", re.IGNORECASE)


def _word_figures(text: str, t: str, lang: str) -> Iterator[Quantity]:
    """Figures written in words: "ستة وثمانون جنديا", "هشتاد و شش سرباز", "hai mươi mốt tấn",
    "восемьдесят шесть военнослужащих", "eighty-six soldiers", "three million dollars", "مليون شخص".
    Kept with a unit (a counted noun of at least 3, a currency, a percent) or as a cardinal of a
    thousand or more written with a scale word; never a time span ("three days")."""
    nw = number_words(lang)
    if nw is None or lang in NO_SPACE:
        return  # Chinese numerals and Thai number words go through the digit and classifier rules
    vague = _vague(lang)
    far = _bare_count_patterns(lang)[2]
    ordinal_after = _data_patterns(lang, ("ordinal_after",))[0]
    denominator = _denominator_after(lang)
    for m in _word_runs(nw, t, lang):
        if ordinal_after is not None and ordinal_after.match(t, m.end()):
            continue  # "двадцать третий", "one thousand and third": the head of an ordinal, no cardinal of its own
        if denominator is not None and denominator.match(t, m.end()):
            continue  # "three quarters of", "ثلاثة أرباع", "две трети": a fraction's numerator, no count
        if _ordinal_word_before(t, m.start(), lang):
            continue  # vi "người thứ hai mươi mốt": an ordinal in words
        words = unmarked(m.group(0), lang)  # "ألفًا": the vowel marks left out to look the words up
        if lang == "fa":
            words = fa_unglued(words)  # "پنجهزار مهاجر": 5000, the number words typed together
        value = word_number(words, lang)
        toll = False
        if lang == "ar" and far is not None and words.lower().rstrip("ا") in nw.alone \
                and far.search(t[max(0, m.start() - 160):m.start()]):
            # "حصيلة القتلى ... بلغت ألفاً": a toll that reaches a scale word alone (the accusative one of it)
            value, toll = nw.kinds[words.lower().rstrip("ا")][1], True
        if value is None or value < 0 or value == 0 and _number_of(t, m.start(), lang) is None \
                or (vague is not None and vague.search(t, max(0, m.start() - 12), m.start())):
            continue  # "hàng trăm triệu USD": hundreds of millions, no figure; zero only as "the number of X reached" it
        if 1900 <= value <= 2100 and value == int(value) and (yw := _year_word_before(lang)) is not None \
                and yw.search(t[max(0, m.start() - 12):m.start()]):
            continue  # "العام الفين وستة عشر": a year in words after its year word, no figure
        unit, kind, end = None, "cardinal", m.end()
        if lang == "ar" and (h := AR_HALF_SCALE.match(t, m.end())) is not None and re.search(r"نصف\s*$", words):
            end = h.end()  # "مليون ونصف المليون": the half's own scale word, with the article
        u = _unit_after(lang).match(t, end)
        if u is not None and lang == "ar" and re.sub(r"^و", "", unmarked(u["unit"].strip(), lang).lower()) in nw.kinds:
            u = None  # "بين ثمانين وتسعين": the next number word, no noun by its ending
        raw_unit = None
        if u is not None and (found := _lookup(lang, u["unit"]) or (
                _counted(lang, u["unit"]) if language_data(lang).get("count_suffix_words")
                and (value >= 11 and not any(nw.kinds.get(w.lower(), ("",))[0] == "big" for w in nw.word.findall(words))
                     and (lang == "ar" or len(nw.word.findall(words)) > 1)
                     or lang not in ("ar", "fa")) else None)) is not None:
            # ar, fa: 3-10 in words before any noun are the small-word rules' (with their guards: "سه شنبه" is Tuesday),
            # and so are single Persian words (count_words: "سیزده بدر" is a festival, "صد حيف" an idiom);
            # a round scaled figure before a noun by its ending stays a cardinal, as in digits ("دو میلیون بشکه")
            unit, kind = found
            raw_unit = unit
            unit = None if unit == "_" else unit
            end = u.end()
        elif lang == "ru" and value % 10 in (2, 3, 4) and value % 100 not in (12, 13, 14) \
                and (g := _ru_gen_singular()) is not None and (gm := g.match(t, m.end())) is not None:
            unit, kind, raw_unit, end = None, "count", "_", gm.end()  # "два транзитных канала", "четыре беспилотника"
        elif lang == "ru" and 5 <= value <= 20 and (gp := RU_GEN_PLURAL_ZERO.match(t, m.end())) is not None:
            unit, kind, raw_unit, end = None, "count", "_", gp.end()  # "девять гильз": a genitive plural with no ending
        elif u is not None and fold(u["unit"]).strip().lower() in language_data(lang).get("small_count_nouns", ()):
            unit, kind, raw_unit, end = None, "count", "_", u.end()  # fa "دو تیم", "دو شوت": a counted noun of no unit
        first = nw.word.findall(words)[:1]
        _b, count_after, _f, count_of = _bare_count_patterns(lang)
        if unit is None and value >= 3 and value == int(value) and first \
                and nw.kinds.get(first[0].lower(), ("",))[0] == "add" and not _labelled(t, m.start(), lang) \
                and (count_of is not None and count_of.match(t, m.end()) or count_after is not None and count_after.match(t, m.end())
                     or value >= 11 and far is not None and far.search(t[max(0, m.start() - 160):m.start()])):
            # "ثلاثة من الجنود", "خمسة من عناصر التنظيم", "Forty-six of the 90": a count of the noun after من / of;
            # "Four were reported missing": a count of people by its verb; "وبلغ عدد القتلى خمسين": a toll reaching it
            # (from 11: the 3-10 words are the small-word rules', with their guards)
            unit, kind, raw_unit = None, "count", "_"
        if toll and unit is None:
            unit, kind, raw_unit = None, "count", "_"
        number_of = unit is None and kind == "cardinal" and value == int(value) \
            and (no := _number_of(t, m.start(), lang)) is not None
        if number_of:
            unit, kind = no  # "بلغ عدد الجنود سبعمائة وعشرة", "число солдат составило сто десять": a count of the noun
        found_words = nw.word.findall(words)
        # "حوالي المئة", "تجاوز المليون": an approximation before the number word's article
        definite = lang == "ar" and len(found_words) == 1 and t.endswith("ال", max(0, m.start() - 2), m.start())
        approximated = _approximated(t, m.start() - 2 if definite else m.start(), lang)
        scaled = any(nw.kinds[w.lower()][0] == "big" for w in found_words) and (
            len(found_words) > 1 or approximated  # "ألف ليلة وليلة" is no figure
            or value != nw.kinds[found_words[0].lower()][1])  # "مليون ونصف": a half glued to its "و" (1.5 million)
        if unit is None and u is not None and len(found_words) == 1 \
                and found_words[0].lower() in language_data(lang).get("alone_before_noun", ()):
            scaled, end = True, u.end()  # "مليون حاج", "مليار شخص": a million of the noun after it, a cardinal as in digits
        if definite and approximated and value >= 100:
            scaled = True  # "حوالي المئة": about a hundred
        if lang == "ar" and len(found_words) == 1 and nw.kinds[found_words[0].lower()][0] == "add" \
                and nw.kinds[found_words[0].lower()][1] >= 2000 \
                and not AR_YEAR_WORD_BEFORE.search(t, max(0, m.start() - 12), m.start()):
            scaled = True  # "نزح مليونان", "بلغ عدد النازحين مليونين": a dual scale word is two of it (not "عام ألفين")
        if unit is None and scaled and u is not None and person_noun(lang, u["unit"]) and _counted(lang, u["unit"]):
            unit, kind, end = "person", "count", u.end()  # "ثلاثة آلاف مهاجر", "مليون حاج": a scaled count of people
        if kind == "count" and value < 3 and _pair_phrase(t, m.start(), end, lang):
            continue  # "the two sides", "hai bên": the article's two parties (data/pair_words.json), no figure
        if unit is None and words.strip().lower() in language_data(lang).get("collective", ()):
            unit, kind = "person", "count"  # ru "погибли трое", "семеро из них": a collective numeral counts people
        elif unit in TIME_UNITS or kind == "count" and value < 3 and not number_of and not (
                value >= 1 and (raw_unit in language_data(lang).get("small_count_units", ()) or u is not None and fold(
                    u["unit"]).strip().lower() in language_data(lang).get("small_count_nouns", ()))) \
                or kind == "cardinal" and not (scaled and (value >= 1000 or definite)):
            continue  # "دو کشور", "یک بیمارستان": 1 and 2 in words count only people, soldiers, craft, classifiers
        if unit == "person" and lang == "fa" and u is not None and fold(u["unit"]).strip() == "تن" \
                and not _fa_tan_people(t, u.end(), m.start()):
            unit = "tonne"
        yield Quantity(start=m.start(), end=end, text=text[m.start():end], value=value, unit=unit, kind=kind)


@lru_cache(maxsize=16)
def _pair_phrases(lang: str) -> tuple[str, ...]:
    """data/pair_words.json's phrases for the two parties of a dyad ("the two sides", "hai bên", "دو کشور"), folded."""
    return tuple(fold(p).lower() for p in read_json("pair_words.json").get(lang, ()) if isinstance(p, str))


def _pair_phrase(t: str, start: int, end: int, lang: str) -> bool:
    """The words from ``start`` to ``end`` (a number word and its noun) close a pair phrase ("the two sides")."""
    span = fold(t[max(0, start - 12):end]).lower()
    return any(span.endswith(p) for p in _pair_phrases(lang))


@lru_cache(maxsize=8)
def _point_words_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    data, nw, scale = language_data(lang), number_words(lang), scale_pattern(lang)
    if not data.get("point") or not data.get("decimal_places") or nw is None or not scale:
        return None
    small = "|".join(re.escape(w) for w in sorted((w for w, (k, _v) in nw.kinds.items() if k in ("add", "mult")),
                                                  key=len, reverse=True))
    word = rf"(?:{small})(?![^\W\d_])"
    run = rf"(?<![^\W\d_]){word}(?:[\s\u200c]+و?[\s\u200c]*{word})*"
    places = {fold(k): int(v) for k, v in data["decimal_places"].items()}
    point = "|".join(re.escape(fold(w)) for w in data["point"])
    return re.compile(rf"(?P<whole>(?<![\d.,٫/])\d+|{run})[\s\u200c]+(?:{point})[\s\u200c]+(?P<frac>\d+(?![\d.,٫/])|{run})"
                      rf"(?:[\s\u200c]+(?P<place>{'|'.join(map(re.escape, places))})(?![^\W\d_]))?"
                      rf"(?P<scale>(?:[\s\u200c]*(?:{scale})(?![^\W\d_]))*)"), places


@lru_cache(maxsize=16)
def _word_decimal_pattern(lang: str) -> re.Pattern[str] | None:
    """A decimal in number words by the language's own grammar (``decimal_point``, ``decimal_places`` of
    data/numbers.json; Thai จุด): en "two point five million", ru "три целых две десятых", fa "سی و دو و پنج دهم",
    th "ยี่สิบจุดห้าล้าน"; a scale word may follow."""
    data, nw = language_data(lang), number_words(lang)
    if lang == "th":
        # "สาม จุด ห้า": the words may be typed apart by one space
        return re.compile(rf"{THAI_WORDS_RE} ?จุด ?(?:{TH_DIGITS_RE})(?: ?(?:{TH_DIGITS_RE}))*(?: ?(?:{TH_SCALES_RE}))*")
    if nw is None or lang in NO_SPACE:
        return None
    run = nw.run.pattern
    bigs = "|".join(re.escape(w) for w, (k, _v) in sorted(nw.kinds.items(), key=lambda kv: -len(kv[0])) if k == "big")
    scale = rf"(?:[\s\u200c]+(?:{bigs})(?![^\W\d_]))*" if bigs else ""
    places = "|".join(re.escape(fold(w).lower()) for w in sorted(data.get("decimal_places", {}), key=len, reverse=True))
    points = "|".join(re.escape(fold(w).lower()) for w in data.get("decimal_point", ()))
    if places and points:  # ru "N целых M сотых"
        return re.compile(rf"(?:{run})[\s\u200c]+(?:{points})[\s\u200c]+(?:{run})[\s\u200c]+(?:{places})(?![^\W\d_]){scale}",
                          re.IGNORECASE)
    if places and lang == "fa":  # "سی و دو و پنج دهم", "سه دهم": tenths, hundredths after the number words
        return re.compile(rf"(?:{run})[\s\u200c]+(?:{places})(?![^\W\d_]){scale}", re.IGNORECASE)
    if lang == "ar" and (ar_points := "|".join(re.escape(fold(w)) for w in data.get("point", ()))):
        # "اثنان فاصلة خمسة", "ثلاثة فاصلة أربعة عشر": a whole number in words, فاصلة, the decimals as one number
        between = "|".join(re.escape(fold(w)) for w in data.get("point_between_words", ()))
        # "ثلاثة نقطة خمسة": نقطة (also "a point", counted: "عشرين نقطة") a decimal point only between two number
        # words, the second no "and" (و) of a new item ("ثلاثين نقطة وخمس تمريرات": 30 points and 5 passes)
        tail = rf"|(?:{run})[\s\u200c]+(?:{between})[\s\u200c]+(?!و)(?:{run}){scale}" if between else ""
        return re.compile(rf"(?:{run})[\s\u200c]+(?:{ar_points})[\s\u200c]+(?:{run}){scale}{tail}", re.IGNORECASE)
    if points:  # en "two point five": the decimals digit by digit
        digit = "|".join(re.escape(w) for w, (k, v) in nw.kinds.items() if k == "add" and v < 10 and v.is_integer())
        return re.compile(rf"(?:{run})[\s\u200c]+(?:{points})(?:[\s\u200c]+(?:{digit})(?![^\W\d_]))+{scale}",
                          re.IGNORECASE)
    return None


def _word_decimals(text: str, t: str, lang: str) -> Iterator[Quantity]:
    """Decimals written in words ("two point five million people", "три целых две десятых процента", "سه دهم درصد",
    "สามจุดห้าเปอร์เซ็นต์"), read whole (not as "five million people", 3 and 2, 5 %), with the unit after them."""
    pat = _word_decimal_pattern(lang)
    if pat is None:
        return
    for m in pat.finditer(t):
        words = m.group(0)
        value = numeral_value(words, lang)
        if value is None or (nb := language_data(lang).get("decimal_point_not_after")) and re.search(
                rf"(?<![^\W\d_])(?:{nb})[\s\u200c]+$", t[max(0, m.start() - 16):m.start()], re.IGNORECASE):
            continue  # "at one point five people died": the idiom "at one point", then a count
        end, unit, kind = m.end(), None, "cardinal"
        u = _unit_after(lang).match(t, end)
        if u is not None and (found := _lookup(lang, u["unit"]) or _counted(lang, u["unit"])) is not None:
            unit, kind = found
            unit = None if unit == "_" else unit
            end = u.end()
        if unit in TIME_UNITS or lang == "th" and " " in words and kind == "count" and not value.is_integer():
            continue  # th "ยิงสาม จุด ห้าคน": three spots, then five people (no 3.5 people; typed apart, จุด is "spot")
        yield Quantity(start=m.start(), end=end, text=text[m.start():end], value=float(f"{value:.15g}"), unit=unit,
                       kind=kind)


def _point_words(text: str, t: str, lang: str) -> Iterator[Quantity]:
    """Persian decimals in words with a digit on either side or a place word after the decimals: "۲۲۸ ممیز یک دهم
    میلیون تن" 228.1 million tonnes, "سه ممیز سه دهم درصد" 3.3 %, "پنج ممیز پنج صدم" 5.05 (``decimal_places`` in
    data/numbers.json); the decimals in words with neither are the number-word rules' ("ده اعشاریه هشت میلیون")."""
    pp = _point_words_pattern(lang)
    if pp is None:
        return
    pat, places = pp
    for m in pat.finditer(t):
        if not (m["place"] or m["whole"][0].isdigit() or m["frac"][0].isdigit()):
            continue
        whole = float(m["whole"]) if m["whole"].isdigit() else word_number(unmarked(m["whole"], lang), lang)
        frac = float(m["frac"]) if m["frac"].isdigit() else word_number(unmarked(m["frac"], lang), lang)
        if whole is None or frac is None or frac != int(frac):
            continue
        k = places[m["place"]] if m["place"] else len(m["frac"]) if m["frac"].isdigit() else len(str(int(frac)))
        if frac >= 10 ** k:
            continue  # "بیست و پنج دهم": no decimals
        value = whole + frac / 10 ** k
        for w in re.findall(scale_pattern(lang) or "(?!)", m["scale"]):
            value *= scale_of(w, lang) or 1.0
        end, unit, kind = m.end(), None, "cardinal"
        u = _unit_after(lang).match(t, end)
        if u is not None and (found := _lookup(lang, u["unit"])) is not None:
            unit, kind = found
            unit = None if unit == "_" else unit
            end = u.end()
            if unit == "person" and fold(u["unit"]).strip() == "تن" and not _fa_tan_people(t, u.end(), m.start()):
                unit = "tonne"  # "۲۲۸ ممیز یک دهم میلیون تن": tonnes unless a toll
        if unit in TIME_UNITS or kind == "cardinal" and value < 1000:
            continue
        yield Quantity(start=m.start(), end=end, text=text[m.start():end], value=float(f"{value:.15g}"), unit=unit,
                       kind=kind)


@lru_cache(maxsize=16)
def _vague(lang: str) -> re.Pattern[str] | None:
    words = language_data(lang).get("vague")
    if not words:
        return None
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(fold(w)) for w in words) + r")\s+$", re.IGNORECASE)


TH_DIGIT_AFTER_POINT = re.compile(f"(?:{TH_DIGITS_RE})")  # typed against จุด


def _thai(text: str, t: str) -> Iterator[Quantity]:
    for m in TH_COUNT.finditer(t):
        num = m["num"]
        value = parse_number(num, "th") if num[0].isdigit() else thai_number(num)
        if num.startswith("ครึ่ง"):  # "ครึ่งล้านคน": half a million
            value = 0.5 * SCALES["th"][num[len("ครึ่ง"):]]
        if value is None or m["clf"] == "จุด" and not num[0].isdigit() and TH_DIGIT_AFTER_POINT.match(t, m.end()):
            continue  # "สามสิบห้าจุดสามเจ็ด": จุด before a digit word is the decimal point, no classifier
        unit = TH_NOUNS.get(m["noun"] or "") or TH_CLASSIFIERS.get(m["clf"])
        if TH_CLASSIFIERS.get(m["clf"]) in TH_PEOPLE and unit not in TH_PEOPLE:
            unit = TH_CLASSIFIERS[m["clf"]]  # "ลูกเรือ 19 คน": people counted in คน are crew, not ships
        elif unit in TH_PEOPLE | {"refugee"} and TH_CLASSIFIERS.get(m["clf"]) not in TH_PEOPLE | {None}:
            unit = TH_CLASSIFIERS[m["clf"]]  # "ผู้ต้องหา 3 แก๊ง", "ผู้อพยพ 3 ครอบครัว": gangs, families, not people
        if unit is None:
            continue
        if unit == "_":  # "30 ฟุต", "500 ตารางเมตร": a classifier that is a measure of CLDR has its unit
            unit = _measure_units().get("th", {}).get(m["clf"], "_")
        unit = None if unit == "_" else unit
        if not num[0].isdigit() and value <= 2 and not m["noun"]:
            continue  # สองประเทศ: "the two countries", not a figure ("ทหารสองนาย": a noun, the number, its classifier count)
        if not m["noun"] and _labelled(t, m.start("num"), "th"):
            continue  # "ถนนหมายเลข 4056 เขตเทศบาล": a road number, no count of the classifier after it
        if m["clf"] in TH_FROM_LEXICON and _th_lexicon_no_count(t, m, num):
            continue
        if num.startswith(TH_SCALE_WORDS) and _th_vague_before(t, m.start("num")):
            continue  # "หลายพันคน", "นับหมื่นคน": thousands of people, no figure
        yield Quantity(start=m.start(), end=m.end(), text=text[m.start():m.end()], value=value, unit=unit,
                       kind="count")
    for m in TH_PERCENT.finditer(t):  # "ร้อยละ 20", "ร้อยละยี่สิบ"
        value = parse_number(m["num"], "th") if m["num"][0].isdigit() else thai_number(m["num"])
        if value is not None:
            end = m.end("num")
            yield Quantity(start=m.start(), end=end, text=text[m.start():end], value=-value if m["neg"] else value,
                           unit="percent", kind="percent")
        if m["num2"] and (high := parse_number(m["num2"], "th")) is not None:
            a = m.start("neg2") if m["neg2"] else m.start("num2")
            yield Quantity(start=a, end=m.end(), text=text[a:m.end()], value=-high if m["neg2"] else high,
                           unit="percent", kind="percent")


TH_ADDRESS_BEFORE = re.compile(r"[\d][/+]\s*$")


def _th_lexicon_no_count(t: str, m: re.Match[str], num: str) -> bool:
    """A classifier of the Thai lexicon (not a hand-made one) counts nothing after a number word inside another word
    ("แหกโค้ง"), when it begins a longer word ("5 วงเงิน"), after a year ("ปี 2566 รัฐบาล") or after the "/" of an
    address or the "+" of a kilometre post ("21/25 ...")."""
    s = m.start("num")
    return (not num[0].isdigit() and s > 0 and "\u0e00" <= t[s - 1] <= "\u0e7f"
            or _th_longer_word(t, m.start("clf"), m["clf"])
            or num.isdigit() and (_th_buddhist_year(num) or _year_like(num))
            or TH_ADDRESS_BEFORE.search(t, max(0, m.start() - 3), m.start()) is not None)


def _th_buddhist_year(digits: str) -> bool:
    """Whether a digit string could be a Thai Buddhist-era year (2400-2600: 2566 = 2023)."""
    return len(digits) == 4 and 2400 <= int(digits) <= 2600


@lru_cache(maxsize=1)
def _th_dictionary() -> tuple[frozenset[str], int]:
    from pythainlp.corpus import thai_words  # loaded once, only when a Thai classifier of the lexicon is met

    words = thai_words()
    return words, max(map(len, words))


def _th_word_ending(t: str, start: int, end: int) -> bool:
    """Whether a word of pythainlp's Thai dictionary starts before ``start`` and ends at ``end`` ("งบประมาณ" around
    "ประมาณ")."""
    words, longest = _th_dictionary()
    return any(t[k:end] in words for k in range(max(0, end - longest), start))


def _th_longer_word(t: str, pos: int, clf: str) -> bool:
    """Whether a word of pythainlp's Thai dictionary longer than ``clf`` starts at ``pos`` ("ร้านอาหาร", "วงเงิน",
    "เหล่านี้"): the classifier is then the start of another word, not the thing counted."""
    words, longest = _th_dictionary()
    end = min(len(t), pos + longest)
    return any(t[pos:k] in words for k in range(pos + len(clf) + 1, end + 1))


@lru_cache(maxsize=1)
def _th_scale_alone() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = language_data("th")
    words, after = data.get("scale_alone"), data.get("scale_alone_after", ())
    if not words or not after:
        return None
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    cue = "|".join(re.escape(w) for w in sorted(after, key=len, reverse=True))
    return re.compile(rf"(?<![\d.,])(?<!\d )(?P<s>{alt})"), re.compile(rf"(?:{cue})\s*$")


def _thai_scale_alone(text: str, t: str) -> Iterator[Quantity]:
    """"อาจมีเงินถึงแสนล้าน", "ลงทุนหมื่นล้านบาท": a compound scale word with no digit is one of it (1e11, 1e10), only
    right after an amount or money word (``scale_alone_after``: ถึง, กว่า, มูลค่า, ลงทุน ...); never after a number word
    ("สามหมื่นล้าน" is words), a vague one ("หลายแสนล้าน") or in a name ("โคแสนล้าน", the hundred-billion cattle scheme)."""
    pats = _th_scale_alone()
    if pats is None:
        return
    pat, cue = pats
    for m in pat.finditer(t):
        if not cue.search(t, max(0, m.start() - 10), m.start()):
            continue
        value, unit, kind, end = float(SCALES["th"][m["s"]]), None, "cardinal", m.end()
        u = _unit_after("th").match(t, m.end())
        if u is not None and (found := _lookup("th", u["unit"])) is not None and found[1] == "money":
            unit, kind, end = found[0], "money", u.end()
        yield Quantity(start=m.start(), end=end, text=text[m.start():end], value=value, unit=unit, kind=kind)



TH_SCALE_WORDS = ("สิบ", "ร้อย", "พัน", "หมื่น", "แสน", "เเสน", "ล้าน")


@lru_cache(maxsize=1)
def _th_word_amount() -> re.Pattern[str]:
    # "ห้าตัน", "สิบห้าเปอร์เซ็นต์": one digit word or more; "ครึ่งล้านบาท": half a scale word
    return re.compile(rf"(?P<num>{TH_DIGIT_WORD}(?:{THAI_WORDS_RE})?|(?P<halfpre>ครึ่ง)(?:{TH_HALF_SCALE}))(?P<half>ครึ่ง)?"
                      rf"\s*(?P<unit>{_units('th')[1]})")


def _th_vague_before(t: str, start: int) -> bool:
    """"หลายพันคน", "นับหมื่นคน", "หลักแสนล้าน": a scale word after a vague word (``vague`` of "th" in numbers.json) is
    "thousands of", no figure."""
    words = language_data("th").get("vague", ())
    return any(t.endswith(w, 0, start) or t.endswith(w + " ", 0, start) for w in words)


def _thai_word_amounts(text: str, t: str) -> Iterator[Quantity]:
    """Thai number words before a currency or a measure: "สามหมื่นห้าพันล้านบาท" (3.5e10 THB), "หนึ่งแสนล้านบาท",
    "ห้าพันตัน". The words begin with a digit word (หนึ่ง ... เก้า, สิบ), so a scale word alone stays with
    ``_thai_scale_alone``; counts before a classifier are ``_thai``'s."""
    for m in _th_word_amount().finditer(t):
        value = thai_number(m["num"]) if not m["halfpre"] else 0.5 * SCALES["th"][m["num"][len("ครึ่ง"):]]
        if value is not None and m["half"]:  # "สองล้านครึ่งบาท": two and a half million
            last = max((w for w in SCALES["th"] if m["num"].endswith(w)), key=len, default=None)
            value = value + 0.5 * SCALES["th"][last] if last else None
        found = _lookup("th", m["unit"])
        if value is None or value <= 2 or found is None or found[1] == "count" and found[0] not in MEASURES:
            continue
        if found[0] in TIME_UNITS:
            continue
        unit, kind = found
        yield Quantity(start=m.start(), end=m.end(), text=text[m.start():m.end()], value=value,
                       unit=None if unit == "_" else unit, kind=kind)


@lru_cache(maxsize=16)
def _dual_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    forms = {fold_lang(w, lang): unit for w, unit in language_data(lang).get("dual", {}).items()}
    if not forms:
        return None
    alt = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))
    # "ومقعدان", "بمقعدين" (with two seats), "لشخصين" (for two people): a conjunction or preposition joined to it
    return re.compile(rf"(?<![^\W\d_])(?:[وف]?[بل](?=\w)|[وف](?=\w))?(?P<w>{alt})(?![^\W\d_])"), forms


def _duals(text: str, t: str, lang: str) -> Iterator[Quantity]:
    """A dual noun is a count of two by itself (ar 'قتيلان', 'شخصين': two dead, two people; numbers.json ``dual``:
    form -> unit). Only the bare word, or one joined to 'و', 'ف', 'ب', 'ل' ('بمقعدين', with two seats): 'الشخصين' (the two
    people) names people already counted."""
    pat = _dual_pattern(lang)
    if pat is None:
        return
    rx, forms = pat
    for m in rx.finditer(t):
        a, b = m.start("w"), m.end("w")
        yield Quantity(start=a, end=b, text=text[a:b], value=2.0, unit=forms[m["w"]], kind="count")


@lru_cache(maxsize=4)
def _construct_dual_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, float], re.Pattern[str]] | None:
    forms = {fold_lang(w, lang): float(v) for w, v in language_data(lang).get("dual_construct", {}).items()}
    if not forms:
        return None
    alt = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))
    nw = number_words(lang)
    # no number word or digit before it ("عشرون ألفا" is twenty thousand), no tanwin after its alif ("ألفاً" is one)
    before = re.compile(rf"(?:\d|{nw.word.pattern})\s*$" if nw else r"\d\s*$")
    return re.compile(rf"(?<![^\W\d_])(?:[وب](?=\w))?(?P<w>{alt})(?![^\W\d_]|[\u064b-\u0652])"), forms, before


def _construct_duals(text: str, t: str, lang: str) -> Iterator[Quantity]:
    """ar: a scale word in the nominative dual of a construct is two of it before its noun: "ألفا جندي" (2,000 soldiers),
    "مليارا دولار" (2 billion dollars), "مائتا شخص" (200); ``dual_construct`` of "ar" in numbers.json. Only with a
    currency or a counted noun right after (the construct), and with nothing counted before it: "خمسة عشر مليونا" is
    fifteen million, "ألفاً" one thousand."""
    pat = _construct_dual_pattern(lang)
    if pat is None:
        return
    rx, forms, num_before = pat
    for m in rx.finditer(t):
        if num_before.search(t, max(0, m.start() - 16), m.start()):
            continue
        u = _unit_after(lang).match(t, m.end("w"))
        found = _lookup(lang, u["unit"]) if u is not None else None
        if found is None or found[0] in TIME_UNITS:
            continue
        unit, kind = found
        a, b = m.start("w"), u.end()
        yield Quantity(start=a, end=b, text=text[a:b], value=forms[m["w"]], unit=None if unit == "_" else unit, kind=kind)


def _prefix_percent(text: str, t: str, lang: str) -> Iterator[Quantity]:
    pat = {"zh": ZH_PERCENT, "tr": TR_PERCENT, "ar": RTL_PERCENT, "fa": RTL_PERCENT, "ur": RTL_PERCENT}.get(lang)
    if pat is None:
        return
    for m in pat.finditer(t):
        num = m["num"]
        value = parse_number(num, lang) if num[0].isdigit() else _zh_decimal(num)
        if value is not None:
            yield Quantity(start=m.start(), end=m.end(), text=text[m.start():m.end()], value=value,
                           unit="percent", kind="percent")
    if lang != "zh":
        return
    for m in ZH_TENTHS.finditer(t):
        tenths = parse_number(m["num"], lang) if m["num"][0].isdigit() else chinese_number(m["num"])
        if tenths is None:
            continue
        value = tenths * 10 + (chinese_number(m["tail"]) or 0 if m["tail"] else 0)
        yield Quantity(start=m.start(), end=m.end(), text=text[m.start():m.end()], value=float(f"{value:.15g}"),
                       unit="percent", kind="percent")


def _zh_decimal(s: str) -> float | None:
    s = s.replace("點", "点")
    if "点" not in s:
        return chinese_number(s)
    whole, frac = s.split("点", 1)
    w = chinese_number(whole)
    digits = "".join(str(int(chinese_number(c) or 0)) if c not in "〇零" else "0" for c in frac)
    return float(f"{int(w)}.{digits}") if w is not None and digits.isdigit() else None


# --- ordinals --------------------------------------------------------------------------------------------

ORDINALS: dict[str, tuple[re.Pattern[str], ...]] = {
    "en": (re.compile(r"(?<![\w.,])(?P<num>\d+)(?:st|nd|rd|th)\b", re.IGNORECASE),),
    "fr": (re.compile(r"(?<![\w.,])(?P<num>\d+)(?:e|ème|eme|er|re)\b", re.IGNORECASE),),
    "es": (re.compile(r"(?<![\w.,])(?P<num>\d+)[ºª]"),),
    "ru": (re.compile(r"(?<![\w.,])(?P<num>\d+)-(?:й|я|е|го|му|м|ый|ой|ая|ое|летие|летия|летию|летием)\b"),),
    "uk": (re.compile(r"(?<![\w.,])(?P<num>\d+)-(?:й|я|е|го|му|м|річчя)\b"),),
    "tr": (re.compile(r"(?<![\w.,])(?P<num>\d+)['’.]?\s?(?:inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü)\b",
                      re.IGNORECASE),),
    # "第9号台风", "第30號": a number (a label), no ordinal figure
    "zh": (re.compile(r"第\s*(?P<num>\d+(?!\d)|[〇零一二两三四五六七八九十百千]{1,8}(?![〇零一二两三四五六七八九十百千]))"
                      r"(?!\s*[号號])"),
           re.compile(r"(?<![\d.])(?P<num>\d+|[一二三四五六七八九十百]{1,6})\s*周年")),
    "ja": (re.compile(r"第\s*(?P<num>\d+|[〇一二三四五六七八九十百千]{1,8})"),
           re.compile(r"(?<![\d.])(?P<num>\d+)\s*周年")),
    "ko": (re.compile(r"제\s*(?P<num>\d+)"), re.compile(r"(?<![\d.])(?P<num>\d+)\s*주년")),
    "vi": (re.compile(r"(?<![^\W\d_])(?:lần\s+)?thứ\s+(?P<num>\d+)(?![\d/.,]\d)", re.IGNORECASE),
           re.compile(r"(?:kỷ niệm|chào mừng)\s+(?P<num>\d+)\s+năm(?!\s+(?:qua|tới|nay|trước|sau))", re.IGNORECASE)),
    # th: only after a noun of a series ("ครั้งที่ 35", "ลำที่ 2"); "ระยะที่ 2", "หมู่ที่ 11", "อยู่ที่ 150 ราย" are labels or "at"
    "th": (re.compile(r"(?:ครั้ง|รอบ|ลำดับ|อันดับ|ชั้น|รุ่น|สมัย|ลำ|คัน|นัด|เกม)\s*ที่\s*(?P<num>\d+)(?!\d|[.,/]\d)"),
           re.compile(r"ครบรอบ\s*(?P<num>\d+)\s*ปี")),
    "ar": (re.compile(r"الذکری\s+(?:ال)?ـ?\s*(?P<num>\d+)(?!\d)"),
           # "ذكرى استقلال السودان الـ63": the number after the anniversary's name, up to three words on
           re.compile(r"(?<![\u0600-\u06ff])(?:ال)?ذکری(?:\s+[\u0600-\u06ff]+){1,3}?\s+ال\u0640*\s*(?P<num>\d+)(?!\d)")),
    "fa": (re.compile(r"(?<![\d.,])(?P<num>\d+)[\u200c\s-]?(?:مین|ام)(?![\u0600-\u06ff])"),),
}
# a lone Arabic tens or unit word is an ordinal only after a noun of a series ("الذكرى الثمانين")
AR_SERIES = re.compile(r"(?:الذکری|الدوره|القمه|المؤتمر|العید|الیوبیل|النسخه|الموسم|الجوله|المرتبه|المرکز|"
                       r"الاحتفال|الحکومه|البرلمان)\s*\(?\s*$")
AR_CLOCK = re.compile(r"الساعه\s*$")
VI_WEEKDAY = re.compile(r"\s*(?:,|\()?\s*(?:ngày\s*)?\d{1,2}[/-]\d{1,2}|\s*(?:tuần|hằng|vừa|,\s*ngày)",
                        re.IGNORECASE)


def _ordinals(text: str, t: str, lang: str) -> Iterator[Quantity]:
    for pat in ORDINALS.get(lang, ()):
        for m in pat.finditer(t):
            num = m["num"]
            value = float(num) if num.isdigit() else chinese_number(num)
            if value is None or value <= 0:
                continue
            if lang == "vi" and 2 <= value <= 8 and VI_WEEKDAY.match(t, m.end()):
                continue  # "thứ 2, 15/11": a weekday, not an ordinal
            if _time_ordinal(t, m.start(), m.end(), lang):
                continue  # "ngày thứ 4", "第5天", "the 5th day": a place in a span of time, no figure (as "اليوم الرابع")
            yield _ordinal(text, t, m.start(), m.end(), value, lang)
    if lang == "ar":
        for m in re.finditer(rf"(?<![\u0600-\u06ff]){AR_ORDINAL_RE}(?![\u0600-\u06ff])", t):
            value = arabic_ordinal(m)
            before = t[max(0, m.start() - 16):m.start()]
            if value is None or AR_CLOCK.search(before):
                continue  # "الساعة الحادية عشرة" is a time of day
            if (m["t2"] or m["u3"]) and not AR_SERIES.search(before):
                continue  # "العشرين من عمره", "الأعوام الأربعين", "العاشرة صباحا": not ordinals
            yield _ordinal(text, t, m.start(), m.end(), float(value), lang)
    if lang == "fa":
        for m in re.finditer(FA_ORDINAL_RE, t):
            value = persian_ordinal(m["w"])
            if m.group(0) == "صدام":
                continue  # Saddam, not "the hundredth"
            if value is None or (m["suf"] in ("م", "ام") and (value < 20 or value == 30 and m["suf"] == "م")):
                continue
            yield _ordinal(text, t, m.start(), m.end(), float(value), lang)


def _time_ordinal_patterns(lang: str) -> tuple[re.Pattern[str] | None, ...]:
    return _data_patterns(lang, ("time_ordinal_before", "time_ordinal_after"))


def _time_ordinal(t: str, start: int, end: int, lang: str) -> bool:
    """An ordinal of a time unit: the time word before it (vi "ngày thứ 4", ``time_ordinal_before``) or after it (zh
    "第5天", en "5th day", ``time_ordinal_after``)."""
    before, after = _time_ordinal_patterns(lang)
    return bool(before is not None and before.search(t, max(0, start - 12), start)
                or after is not None and after.match(t, end))


def _ordinal(text: str, t: str, start: int, end: int, value: float, lang: str = "") -> Quantity:
    """An ordinal span: kind "anniversary" (unit "anniversary") next to an anniversary word, else "ordinal", which
    ``find_quantities`` drops once it has kept other readings off its number."""
    after = 3 if lang in NO_SPACE else 16
    window = t[max(0, start - 12):min(len(t), end + after)]
    if ANNIVERSARY.search(window):
        return Quantity(start=start, end=end, text=text[start:end], value=value, unit="anniversary", kind="anniversary")
    return Quantity(start=start, end=end, text=text[start:end], value=value, unit=None, kind="ordinal")


# --- the stage ----------------------------------------------------------------------------------------------

WORD_AFTER = re.compile(r"[\s\u200c]*(?:[وب](?=\w))?(?P<w>[^\W\d_]+)")
WORD_BEFORE = re.compile(r"(?<![^\W\d_])(?P<w>[^\W\d_]+)[\s\u200c]*$")


def _spelled_after(t: str, pos: int, lang: str) -> bool:
    """A plain number word (not a scale word: "(3) ملايين" is 3 million) right after ``pos``: "(70) سبعون مليون"."""
    nw = number_words(lang)
    w = WORD_AFTER.match(t, pos)
    return nw is not None and w is not None and nw.kinds.get(w["w"].lower(), ("", 0.0))[0] == "add"


def _spelled_before(t: str, pos: int, lang: str) -> bool:
    """A number word or scale word right before ``pos``: "یک میلیون (000 000 1) ریال", "پنج هزار (5000) نفر"."""
    nw = number_words(lang)
    w = WORD_BEFORE.search(t, max(0, pos - 30), pos)
    return nw is not None and w is not None and w["w"].lower() in nw.kinds


# "للعام المالي 2010-2011", "2013/2014": two years in a row joined by a dash or slash are a span of time (a fiscal or
# school year), no figures
YEAR_PAIR = re.compile(r"(?<![\d.,/-])(?P<a>(?:19|20)\d\d)\s*[-–/]\s*(?P<b>(?:19|20)\d\d|\d\d)(?![\d.,/-])")


# fa "تا پایان 95", "ابتدای ۱۴۰۲": a year right after a word for the end or start of a period (the year word
# "سال" left out, a two-digit year of the Iranian calendar) is no figure, even before a counted noun ("95 عملیات")
FA_EDGE_YEAR = re.compile(r"(?<![\u0600-\u06ff])(?:تا)?(?:پایان|ابتدای|اوایل|اواسط|اواخر|آغاز|نیمه)[\s\u200c]*$")
FA_YEAR_DIGITS = re.compile(r"(?:[0-9۰-۹]{2}|[1۱][34۳۴][0-9۰-۹]{2})")


# fa "جاده چهل دختران", "خیابان هفت تیر", "میدان هفت حوض": a number in words right after a word for a road, street,
# square or village (with its ezafe) begins the place's name, no figure
FA_PLACE_BEFORE = re.compile(r"(?<![\u0600-\u06ff])(?:جاده|جادهٔ|جاده‌ی|سرک|خیابان|کوچه|میدان|چهارراه|بلوار|گذر|"
                             r"روستای|قریه|قریه‌ی|کوه|دره|درهٔ|بند|پل|محله|محلهٔ|ناحیه‌ی)[\s\u200c]+$")


def _fa_place_name(q: Quantity, t: str) -> bool:
    return q.unit is None and not t[q.start:q.start + 1].isdigit() \
        and FA_PLACE_BEFORE.search(t, max(0, q.start - 12), q.start) is not None


# fa (Dari) "مزارشریف 25 قوس باختر": a day of 1-31 before an Afghan month name is a date (a dateline), no count of
# arcs; the month names that are also common counted words (سرطان, میزان, اسد) are left to the date rules
FA_DARI_DAY = re.compile(r"[0-9۰-۹]{1,2}[\s\u200c]*(?:قوس|جدی|دلو|حوت|حمل|ثور|جوزا|سنبله|عقرب)(?![\u0600-\u06ff])"
                         r"(?=[\s\u200c]*(?:$|[^\u0600-\u06ff\s]|[0-9۰-۹]|باختر|پژواک|آژانس|خبرگزاری|سال|ماه))")
# fa "تاریخ 5 هزار ساله": a scaled number before "ساله" (N years old, N years long) is a span, no figure
FA_YEARS_OLD_AFTER = re.compile(r"[\s\u200c]*ساله(?![\u0600-\u06ff])")


def _fa_dari_day(q: Quantity, t: str) -> bool:
    return q.unit is None and 1 <= q.value <= 31 and FA_DARI_DAY.match(t, q.start) is not None


def _fa_edge_year(q: Quantity, t: str) -> bool:
    return q.unit is None and FA_YEAR_DIGITS.fullmatch(t[q.start:q.end].split()[0] if t[q.start:q.end].split() else "") \
        is not None and FA_EDGE_YEAR.search(t, max(0, q.start - 12), q.start) is not None


def _drop_year_pairs(found: list[Quantity], t: str) -> list[Quantity]:
    spans = [(y.start(), y.end()) for y in YEAR_PAIR.finditer(t)
             if (int(y["b"]) - int(y["a"])) % (100 if len(y["b"]) == 2 else 10 ** 6) == 1]
    if not spans:
        return found
    return [q for q in found if q.unit is not None or not any(q.start < e and s < q.end for s, e in spans)]


# Arabic and Persian press put figures of a list in brackets ("وكانت الحصيلة مقتل (19) أمريكياً و(386) جريحاً") or
# quotes ('بلغ "٣٦٣٣٧٨" شخصاً', "«3» آلاف"): read as if the brackets were spaces (same length, so offsets hold)
PAREN_NUMBER_LANGS = frozenset({"ar", "fa", "ur"})
PAREN_NUMBER = re.compile(r"\(\s*(\d[\d,.]*(?:\s+\d[\d,.]*)*)\s*\)|\"\s*(\d[\d,.]*)\s*\"|«\s*(\d[\d,.]*)\s*»")


# fa/ar "با رشد ۳، ۶ درصدی": the Arabic comma and a space before one digit and a percent is a decimal (3.6 %), unless a
# list goes on ("۳، ۶ و ۹ درصد") or another number is listed before it ("۱، ۳، ۶ درصد")
SPACED_COMMA_DECIMAL = re.compile(r"(?<![\d.,٫،/])(?<!\d[،,]\s)(?P<i>\d{1,3})،\s(?P<f>\d)(?=[\s\u200c]*(?:درصد|%|٪|بالمئه|"
                                  r"بالمائه|في المئه|في المائه)[^\W\d_]*(?![\s\u200c]*و[\s\u200c]*\d))")


# ar: a text that writes its decimals with a comma before a scale word ("10,3 مليار دولار", AFP) and none with a point
# writes "19,452 مليار دينار" for 19.452 billion too, not 19,452 billion
_AR_SCALE_AFTER = r"(?=\s*(?:مل[يی]ار|مل[يی]ون|ملا[يی][يی]ن|بل[يی]ون|تر[يی]ل[يی]ون)(?![^\W\d_]))"
AR_COMMA_DECIMAL = re.compile(rf"(?<![\d.,٫])\d{{1,3}},\d{{1,2}}{_AR_SCALE_AFTER}")
AR_POINT_DECIMAL = re.compile(rf"(?<![\d.,٫])\d+\.\d+{_AR_SCALE_AFTER}")
AR_COMMA_THREE = re.compile(rf"(?<![\d.,٫])(?P<i>\d{{1,3}}),(?P<f>\d{{3}}){_AR_SCALE_AFTER}")

# ar: a text that groups thousands with dots ("1.151.010 حجاج") and writes no decimal point with one or two digits groups
# thousands with a single dot too: "بزيادة بلغت 228.704" is 228,704 (not before a scale word or a percent)
AR_DOT_GROUPS = re.compile(r"(?<![\d.,٫])\d{1,3}(?:\.\d{3}){2,}(?![\d.,٫])")
AR_POINT_SHORT = re.compile(r"(?<![\d.,٫])\d+\.\d{1,2}(?!\d)")
# ... and so does a text that writes a round thousand with a dot ("10.000 درهم (2.157 جنيه إسترليني)": ".000" is never a
# decimal, see numerals.parse_number), outside scale words and percents
AR_DOT_ZEROS = re.compile(rf"(?<![\d.,٫])[1-9]\d{{0,2}}\.000(?![\d.,٫])(?!{_AR_SCALE_AFTER[3:-1]}|\s*(?:%|٪|في الما?ئ|بالما?ئ))")
# "2.000 مليار دولار": a dot before three zeros and a scale word is a decimal (2e9), not a round thousand
AR_DOT_ZERO_SCALE = re.compile(rf"(?<![\d.,٫])(?P<i>\d{{1,3}})\.(?P<f>000){_AR_SCALE_AFTER}")
_AR_SCALE_WORD = r"(?:مل[يی]ار|مل[يی]ون|ملا[يی][يی]ن|بل[يی]ون|تر[يی]ل[يی]ون)[\u064b-\u0652ا]*"


@lru_cache(maxsize=4)
def _ar_currency_after(key: str) -> re.Pattern[str] | None:
    """``thousandths_currency`` / ``counted_in_thousands`` of "ar" in data/numbers.json, right after a number (past a
    scale word), over the folded text with its short vowels."""
    pat = language_data("ar").get(key)
    if not pat:
        return None
    body = fold(pat).replace("(?![\\u0621-\\u06cc])", "(?![\\u0621-\\u064a\\u066e-\\u06cc])")
    return re.compile(rf"\s*(?:{_AR_SCALE_WORD}\s*)?(?:{body})")


def _ar_currency_follows(t: str, end: int, key: str) -> bool:
    pat = _ar_currency_after(key)
    return pat is not None and pat.match(_TASHKEEL.sub(" ", t[end:end + 40])) is not None


_TASHKEEL = re.compile("[\u064b-\u0652]")  # Arabic short vowels (blanked one for one before the currency patterns)

AR_DOT_THREE = re.compile(rf"(?<![\d.,٫])(?P<i>\d{{1,3}})\.(?P<f>\d{{3}})(?![\d.,٫])(?!{_AR_SCALE_AFTER[3:-1]}|\s*(?:%|٪|في الما?ئ|بالما?ئ))")


ZH_WIDE_THOUSANDS = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")
ZH_WIDE_POINT = re.compile(r"(?<=\d)．(?=\d)")


ZH_MULTIPLIERS = "拾佰仟萬万億亿十百千〇零○"


@lru_cache(maxsize=1)
def _zh_formal() -> tuple[dict[int, str], re.Pattern[str], re.Pattern[str]]:
    data = language_data("zh")
    formal = data.get("formal_numerals", {})
    chars = "".join(formal) + "〇零一二两兩三四五六七八九十百千万萬亿億点點"
    digits = "".join(k for k, v in formal.items() if v in "一二三四五六七八九" and k not in data.get("formal_single_not", ""))
    single = re.compile(f"(?<![{re.escape(chars + data.get('formal_single_not_after', ''))}])[{digits}]"
                        f"(?=[{re.escape(data.get('formal_single_before', ''))}])")
    return str.maketrans(formal), re.compile(f"[{re.escape(chars)}]{{2,}}"), single


# th "แปด สิบ หก นาย": number words typed apart, each piece a whole token of number words
TH_SPACED_WORDS = re.compile(rf"(?<![\u0e00-\u0e7f])(?:{THAI_WORDS_RE})(?: (?:{THAI_WORDS_RE}))+(?![\u0e00-\u0e7f])")


def _th_spaced_numbers(t: str) -> str:
    """th: number words typed apart with spaces ("แปด สิบ หก นาย" 86) read as one number, the spaces moved after it
    (offsets kept), only when the pieces together form a valid number; pieces that form none are two numbers side by
    side, a guess ("สอง สาม วัน" two or three days, "ห้า หก นาย", "สาม สี่ ร้อย คน"), and no figure at all (blanked)."""
    def joined(m: re.Match[str]) -> str:
        word = m[0].replace(" ", "")
        return word + " " * (len(m[0]) - len(word)) if thai_number(word) is not None else " " * len(m[0])
    return TH_SPACED_WORDS.sub(joined, t)


def _zh_formal_numerals(t: str) -> str:
    """zh: banking figures as verdicts write them ("新臺幣壹拾肆萬元", "壹仟元") and ○ for 〇 ("五百八十九亿○五百万元") read as
    the plain numerals, in a run of numerals with a multiplier or a decimal point between two of them ("壹点贰") only
    ("參議員", "陸軍", "伍月" stay as they are), or one banking digit right before a classifier ("叁名士兵", not
    "大陸架": ``formal_single_before`` of data/numbers.json); one for one."""
    table, run, single = _zh_formal()
    formal = {chr(k) for k in table}
    t = single.sub(lambda m: m[0].translate(table), t)  # "叁名士兵": one banking digit before a classifier
    return run.sub(lambda m: m[0].translate(table) if set(m[0]) & formal and (
        set(m[0]) & set(ZH_MULTIPLIERS) or re.search(r"[^点點][点點][^点點]", m[0])) else m[0], t)


def find_quantities(text: str, lang: str | None, dates: tuple[DateRef, ...] = (),
                    outlet: str | None = None) -> tuple[Quantity, ...]:
    """All figures in ``text`` (offsets into ``text``), leaving out anything inside ``dates``. ``outlet``: the
    publishing site's host, whose country-code domain gives a bare currency name several states share its state's
    currency when the text names none (``outlet_currency``). A short text labelled with a language bilat does not
    read (a guess: "hai" it) in which it finds no figure is read in the languages bilat reads in its script ("hai" vi: 2)."""
    lang = (lang or "en").split("-")[0].lower()
    return read_with_alternatives(lambda x: _find_quantities_in(text, x, dates, outlet), text, lang)


def _find_quantities_in(text: str, lang: str, dates: tuple[DateRef, ...],
                        outlet: str | None) -> tuple[Quantity, ...]:
    """``find_quantities`` in one language."""
    if len(text) <= NUMERAL_ALONE_MAX and (alone := _numeral_alone(text, lang, dates)):
        return alone
    t = fold_lang(text, lang)
    if lang == "vi":
        t = VI_OLD_TONE.sub(lambda m: VI_TONE_MOVED[m[0]], t)  # "thuỷ thủ", "hoà": the tone as on "thủy", "hòa"
    if lang == "zh":
        t = _zh_formal_numerals(t).translate(_zh_traditional())  # 噸 吨, 國 国, 萬 万: one for one, offsets kept
    if lang == "th":
        t = _th_spaced_numbers(t)
    if lang in ("zh", "ja"):  # "３，０００人": a full-width comma grouping thousands (not the comma of a clause); "３．５亿" its point
        t = ZH_WIDE_POINT.sub(".", ZH_WIDE_THOUSANDS.sub(",", t))
    if (rev := _reversed_decimal(lang)) is not None:  # "۹ / ۵۷ درصد": a slash decimal stored in reversed order
        t = rev.sub(lambda r: r["int"] + "/" + r["frac"] + " " * (len(r["sep"]) - 1), t)  # 57.9, offsets kept
    if (rev := _reversed_unspaced(lang)) is not None:  # "3/32 درصد": 32.3 %, offsets kept
        sep = "٫" if lang == "ar" else "/"  # ar reads no slash decimal: the Arabic decimal sign, one for one
        t = rev.sub(lambda r: r["int"] + sep + r["frac"] if text[r.start():r.end()].isascii() else r[0], t)
    if lang in PAREN_NUMBER_LANGS:
        t = PAREN_NUMBER.sub(lambda p: " " * len(p[0]) if _spelled_after(t, p.end(), lang)
                             or lang == "fa" and _spelled_before(t, p.start(), lang)
                             else p[0] if re.search(r"\d\s+\d", p[0]) else " " + p[0][1:-1] + " ",
                             t)  # "مقتل (19) أمريكياً": a figure in brackets, offsets kept; "(70) سبعون مليون": the
        # bracketed digits restate the number written out in words after them, which carries the figure; fa "یک میلیون
        # (000 000 1) ریال": or before them
        t = SPACED_COMMA_DECIMAL.sub(lambda d: d["i"] + "٫" + d["f"] + " ", t)  # "۳، ۶ درصدی": 3.6 %, offsets kept
    if lang == "ar" and AR_COMMA_DECIMAL.search(t) and not AR_POINT_DECIMAL.search(t):
        t = AR_COMMA_THREE.sub(lambda d: d["i"] + "٫" + d["f"], t)  # "10,3 مليار" ... "19,452 مليار": the text's decimal comma, offsets kept
    elif lang == "ar":  # "19,452 مليار دينار كويتي": the shape (three digits, a scale word) and a currency in thousandths
        t = AR_COMMA_THREE.sub(lambda d: d["i"] + "٫" + d["f"] if _ar_currency_follows(t, d.end(), "thousandths_currency")
                               else d[0], t)  # make the comma a decimal; "1,250 مليار ليرة" stays 1,250 billion
    if lang == "ar":  # "2.000 مليار دولار": 2e9; "1.000 مليار ليرة" (a currency counted in thousands of billions) 1e12
        t = AR_DOT_ZERO_SCALE.sub(lambda d: d[0] if _ar_currency_follows(t, d.end(), "counted_in_thousands")
                                  else d["i"] + "٫" + d["f"], t)
    if lang == "ar" and (AR_DOT_GROUPS.search(t) or AR_DOT_ZEROS.search(t)) and not AR_POINT_SHORT.search(t):
        t = AR_DOT_THREE.sub(lambda d: d[0] if d["f"] != "000" and _ar_currency_follows(t, d.end(), "thousandths_currency")
                             else d["i"] + "٬" + d["f"], t)  # "1.151.010 ... 228.704": the text's thousands dot, offsets
        # kept; but "1.307 دينار" beside "10.000 دينار": a sum in dinars and fils keeps its decimal dot
    found: list[Quantity] = list(_ordinals(text, t, lang))
    if lang == "th":
        found += _thai(text, t)
        found += _thai_scale_alone(text, t)
        found += _thai_word_amounts(text, t)
    found += _prefix_percent(text, t, lang)
    found += _main(text, t, lang)
    found += _word_decimals(text, t, lang)
    found += _word_figures(text, t, lang)
    found += _point_words(text, t, lang)
    found += _small_words(text, t, lang)
    found += _duals(text, t, lang)
    found += _construct_duals(text, t, lang)
    found += _approx_scale_words(text, t, lang)
    found += _approx_bare(text, t, lang, found)
    found.sort(key=lambda q: (q.start, -(q.end - q.start)))
    taken = [(d.start, d.end) for d in dates]
    out: list[Quantity] = []
    last_end = -1
    for q in found:
        if q.start < last_end or any(q.start < e and s < q.end for s, e in taken):
            continue
        last_end = q.end
        if q.kind != "ordinal" and math.isfinite(q.value):  # an ordinal is no figure: its span only keeps other
            # readings off its number; so is a digit run past any float (inf). "8.2 تريليون": 8.2 * 1e12 is
            # 8199999999999.999 in binary floats; 15 significant digits give the figure as written
            out.append(_signed(_with_approx(dataclasses.replace(q, value=float(f"{q.value:.15g}")), t, lang), text, t, lang))
    out = _drop_year_pairs(_spoken_ranges(_word_range_low(out, text, t, lang), text, t, lang), t)
    if lang == "fa":
        out = [q for q in out if not _fa_edge_year(q, t) and not _fa_place_name(q, t) and not _fa_dari_day(q, t)
               and not (q.unit is None and FA_YEARS_OLD_AFTER.match(t, q.end))]
        out = [_fa_representatives(q, t) for q in out]
    out = _elided_percent(out, text, t, lang)
    home = _outlet_currency(lang, outlet)
    found_t = _th_satang(_zh_jiao_fen(_moroccan_dirhams(_range_units(_cents(out, text, t, lang), t), t, lang, home), text, t, lang), text, t, lang)
    found_t = _outlet_yuan(found_t, t, home) if lang == "zh" else found_t
    found_t = _elided_currency(_listed_amounts(tuple(_bare_currencies(found_t, text, t, lang, home)), text, t, lang), lang)
    out_t = _minor_units(_money_word_currency(found_t, t, lang), text, t, lang)
    return _lettered_names(out_t if lang == "en" else _latin_multipliers(out_t, text, t, taken), t)


# "3M公司", "Tập đoàn 3M", "شركة 3M", "3M Co.": digits with a glued capital multiplier letter that name a company are
# no figure (issue 11: a company name is not a quantity). The company word before or after it, any language
LETTERED = re.compile(r"\d[\d,.]*[KMB]")
LETTERED_NAME_AFTER = re.compile(r"[\s\u00a0]*(?:(?:中国|中國)?(?:有限)?(?:公司|集团|集團|企业|企業|品牌)|"
                                 r"(?-i:Co|Corp|Inc|Ltd|Group)\b|company\b|corporation\b)", re.IGNORECASE)
LETTERED_NAME_BEFORE = re.compile("(?:" + "|".join(re.escape(fold(w)) for w in (
    "شركة", "شركه", "شرکت", "مجموعة", "công ty", "tập đoàn", "hãng", "บริษัท", "компания", "компании", "корпорация",
    "company", "firm")) + r")[\s\u00a0]*$", re.IGNORECASE)


def _lettered_names(found: tuple[Quantity, ...], t: str) -> tuple[Quantity, ...]:
    return tuple(q for q in found if not (
        q.unit in (None, "m") and q.kind in ("cardinal", "count") and LETTERED.fullmatch(q.text)
        and (LETTERED_NAME_AFTER.match(t, q.end) or LETTERED_NAME_BEFORE.search(t, max(0, q.start - 24), q.start)))
        and not _code_number(q, t))


# "كوفيد-19 مريضا", "إف-16 أمريكية", "اف-۱۶", "F-16 ลำ", "โควิด-19 ราย", "Covid-19 người dân", "G20 زعيم", "COVID19":
# digits joined to a word before them by a hyphen, or glued to Latin or Cyrillic letters with a capital, are the
# number of a name or a model (a disease, an aircraft, a group), no count of the noun after them. Not a currency's
# amount ("USD100"); not digits glued to Arabic-script or lower-case words, which are mostly a missing space
# ("حدود۲۰۰ نفر", "و200", "khoảng50 người"), nor to CJK or Thai words, which write no space ("共有20人")
CODE_BEFORE = re.compile(r"(?P<w>[^\W\d_]+)(?P<h>[-\u2010\u2011])?$")
CODE_GLUED = re.compile(r"[A-Za-z\u0400-\u04ff]*[A-Z\u0410-\u042f][A-Za-z\u0400-\u04ff]*")


def _code_number(q: Quantity, t: str) -> bool:
    if q.kind in ("money", "percent") or not q.text[:1].isdigit():
        return False
    m = CODE_BEFORE.search(t, max(0, q.start - 24), q.start)
    if m is None or "\u0640" in m["w"]:
        return False  # "الـ1400": the article before a number, with a tatweel
    return bool(m["h"]) or CODE_GLUED.fullmatch(m["w"]) is not None


# "$1.5bn", "€2 billion", "3M", "100K" in a text of another language: the English multiplier after Latin digits. A
# sign's amount read without it was a misread ("$1.5bn" 1.5), worse than none (issue 11: multipliers in every language).
# One source with English's own reading, data/numbers.json: the English scale words of a million, a billion and a
# trillion (not their plurals, which the patterns allow, nor the lone letter m, metres), and the capital letters K, M
# and B of the English digit suffixes (G, and a lowercase k or m, are no money multipliers in running text).
LATIN_LETTERS = "KMB"


def _latin_multiplier_table() -> dict[str, float]:
    scales = SCALES["en"]
    words = {w: v for w, v in scales.items()
             if v in (1e6, 1e9, 1e12) and len(w) > 1 and not (w.endswith("s") and w[:-1] in scales)}
    return {**words, **{c: float(language_data("en")["digit_suffixes"][c]) for c in LATIN_LETTERS}}


LATIN_MULTIPLIERS = _latin_multiplier_table()  # bn billion mn mln million tn trn trillion, K M B
_LATIN_WORDS = "|".join(sorted((w for w in LATIN_MULTIPLIERS if w not in LATIN_LETTERS), key=len, reverse=True))
_LATIN_GLUED = "|".join([*sorted((w for w in LATIN_MULTIPLIERS if len(w) <= 3 and w not in LATIN_LETTERS), key=len,
                                 reverse=True), *LATIN_LETTERS])  # after bare digits: abbreviations and letters only
LATIN_MULT_AFTER = re.compile(rf"(?:\s?(?i:(?P<w>{_LATIN_WORDS})s?)|(?P<l>[{LATIN_LETTERS}]))(?![A-Za-z])")
LATIN_SIGNED = re.compile(rf"(?:US\$|[$€£])\s?\d[\d,]*(?:\.\d+)?(?P<l>[{LATIN_LETTERS}])?")
LATIN_BARE = re.compile(rf"(?<![A-Za-z_])(?<![\d.,])(?P<n>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?)(?P<m>{_LATIN_GLUED})(?![A-Za-z])")


def _latin_multipliers(found: tuple[Quantity, ...], text: str, t: str, taken: list[tuple[int, int]]) -> tuple[Quantity, ...]:
    """A Latin figure's English multiplier in a text of any language but English (whose own rules read it): after a
    currency sign's amount ("$1.5bn", "€2 billion"; vi "$3M", read as metres) it multiplies the amount; glued to
    bare digits ("1.5bn", "3M", "100K") it makes a figure of its own where none was read."""
    out: list[Quantity] = []
    for q in found:
        sm = LATIN_SIGNED.fullmatch(q.text)
        if sm is not None and sm["l"] is not None:  # vi "$3M": the letter taken for a unit
            out.append(dataclasses.replace(q, value=float(f"{q.value * LATIN_MULTIPLIERS[sm['l']]:.15g}")))
            continue
        if sm is not None and (m := LATIN_MULT_AFTER.match(t, q.end)) is not None:
            scale = LATIN_MULTIPLIERS[(m["w"] or "").lower() or m["l"]]  # "billion" with no plural s
            out.append(dataclasses.replace(q, end=m.end(), text=text[q.start:m.end()],
                                           value=float(f"{q.value * scale:.15g}")))
            continue
        out.append(q)
    for m in LATIN_BARE.finditer(t):
        if any(s < m.end() and m.start() < e for s, e in [(q.start, q.end) for q in out] + taken):
            continue
        value = float(m["n"].replace(",", "")) * LATIN_MULTIPLIERS[m["m"]]
        if math.isfinite(value):
            out.append(Quantity(start=m.start(), end=m.end(), text=text[m.start():m.end()], value=float(f"{value:.15g}"),
                                unit=None, kind="cardinal"))
    return tuple(sorted(out, key=lambda q: q.start))


NUMERAL_ALONE_MAX = 200  # characters: longer than any number written out alone


def _numeral_alone(text: str, lang: str, dates: tuple[DateRef, ...]) -> tuple[Quantity, ...]:
    """A text that is one number and nothing else (a table cell, a figure quoted alone: "twelve point five", "负十",
    "сто двадцать три", "4,500") is that number, a cardinal; in running text a number needs its noun or unit to be a
    figure. An approximation word before or after it (``approx``, ``approx_after``: "约100", "hơn một trăm", "三十多",
    "一百左右") marks it so. Never over a date."""
    value, approx = numeral_value(text, lang), None
    if value is None:
        value, approx = _approx_numeral(text, lang)
    if value is None or not math.isfinite(value):
        return ()
    start = len(text) - len(text.lstrip(NUMERAL_TRIM))
    if lead := LEADING_POINT.match(text):  # ".77": the point is part of the number
        start = lead.start(1)
    end = len(text.rstrip(NUMERAL_TRIM))
    if any(d.start < end and start < d.end for d in dates):
        return ()
    return (Quantity(start=start, end=end, text=text[start:end], value=float(f"{value:.15g}"), approx=approx),)


def _approx_numeral(text: str, lang: str) -> tuple[float | None, str | None]:
    """The value and approximation of a text that is one number with an approximation word before or after it."""
    nw = number_words(lang)
    if nw is None:
        return None, None
    s = fold_lang(text, lang).strip(NUMERAL_TRIM).lower()
    if tilde := re.match(r"[~≈∼～]\s*", s):  # "~100", "≈ 2.5": about
        return numeral_value(s[tilde.end():], lang), "about"
    if lang == "zh" and (inner := re.fullmatch(r"(.+)[多余餘]([万萬亿億]+)", s)):
        return numeral_value(inner[1] + inner[2], lang), "over"  # "一百多万": over a million
    for words, before in ((nw.approx_before, True), (nw.approx_after, False)):
        for w in sorted(words, key=len, reverse=True):
            kind = words[w]
            if kind is None or s == w or not (s.startswith(w) if before else s.endswith(w)):
                continue
            rest = s[len(w):] if before else s[:-len(w)]
            spaced = lang not in NO_SPACE
            if spaced and not re.match(r"[\s\u200c]" if before else r".*[\s\u200c]$", rest):
                continue  # the end of a longer word
            value = numeral_value(rest, lang)
            if value is not None:
                return value, kind
    return None, None


@lru_cache(maxsize=1)
def _fa_not_parliament() -> re.Pattern[str] | None:
    words = language_data("fa").get("representative_of_not_parliament")
    if not words:
        return None
    alt = "|".join(re.escape(fold_lang(w, "fa")).replace("\u200c", "[\\s\u200c]?").replace("\\ ", "[\\s\u200c]+")
                   for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"[\s\u200c]*(?:های|ها|ان)?[\s\u200c]+(?:{alt})(?![^\W\d_])")


def _fa_representatives(q: Quantity, t: str) -> Quantity:
    """fa: "نماینده" counts lawmakers ("۲۳۰ نماینده مجلس", "دو نماینده شهر"), but a body outside parliament named right
    after it (``representative_of_not_parliament`` of data/numbers.json) makes them representatives, people ("شورای
    عالی کار متشکل از سه نماینده کارگر": three workers' representatives; "دو نماینده کارفرمایان")."""
    pat = _fa_not_parliament()
    if q.unit != "lawmaker" or pat is None or not pat.match(t, q.end):
        return q
    return dataclasses.replace(q, unit="person")


@lru_cache(maxsize=4)
def _change_word(lang: str) -> re.Pattern[str] | None:
    words = language_data(lang).get("change_words")
    return re.compile(rf"[\s\u200c]*(?:{fold_lang(words, lang)})(?![^\W\d_])") if words else None


def _elided_percent(found: list[Quantity], text: str, t: str, lang: str) -> list[Quantity]:
    """fa/ar "نسبت به مدت مشابه پارسال ۳۹ کاهش نشان می دهد": a bare number right before a word of a rise or fall
    (``change_words`` of data/numbers.json) with no unit is a percent left unsaid when the text (the whole article in
    the pipeline) gives a change in percent right before such a word ("۳۳درصد کاهش دارد"); the span ends at the number."""
    change = _change_word(lang)
    if change is None or not any(q.unit == "percent" and change.match(t, q.end) for q in found):
        return found
    out = []
    for q in found:
        m = BARE_NUMBER.match(t, q.start)
        if q.unit is None and q.kind == "count" and m is not None and change.match(t, m.end()) and q.approx != "range":
            q = dataclasses.replace(q, end=m.end(), text=text[q.start:m.end()], unit="percent", kind="percent")
        out.append(q)
    return out


ELIDED_CURRENCY_LANGS = frozenset({"ar", "fa"})
_LETTER = re.compile(r"[^\W\d_]")


def _elided_currency(found: tuple[Quantity, ...], lang: str) -> tuple[Quantity, ...]:
    """ar/fa "بمبالغ تفوق التسعة عشر مليون ريال ... بمبلغ 9 ملايين، ... 5 ملايين": an amount of millions or more
    written with its scale word and no unit, in a sentence whose other amounts of that size are all money in one
    currency, is that currency left unsaid (nothing else of that size is named for it to count). A sum in a minor
    unit ("سنتيم", ``elided_currency_not`` of data/numbers.json) keeps its own reading."""
    if lang not in ELIDED_CURRENCY_LANGS:
        return found
    big = [q for q in found if q.value >= 1e6 and _LETTER.search(q.text)]
    if any(q.unit is None and _bare_currency_name(fold(q.text), lang) for q in big):
        return found  # "47 ألفا و328 مليار ليرة (نحو 1.2 مليار دولار)": a lira of no named state is no dollar either
    named = {q.unit for q in big if q.unit is not None}
    if len(named) != 1 or any(q.unit is not None and q.kind != "money" for q in big):
        return found
    unit = named.pop()
    minor = language_data(lang).get("elided_currency_not")  # "10 ملايير سنتيم": a sum in a minor unit, no elision
    return tuple(dataclasses.replace(q, unit=unit, kind="money")
                 if q in big and q.unit is None and not (minor and re.search(minor, q.text)) else q for q in found)


@lru_cache(maxsize=4)
def _money_word_before(lang: str) -> re.Pattern[str] | None:
    words = language_data(lang).get("money_words_before")
    if not words:
        return None
    alt = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alt})(?![^\W\d_])[^\d.!?؟؛\n]{{0,12}}$")


def _money_word_currency(found: tuple[Quantity, ...], t: str, lang: str) -> tuple[Quantity, ...]:
    """fa "دولت ۸۰۰ میلیون دالر کمک گرفت. ... از این پول ۵۰۰ میلیون به صحت": an amount of millions or more with its
    scale word and no unit, right after a word of money (``money_words_before`` of data/numbers.json: مبلغ, ارزش,
    بودجه, پول ...), is money in the one currency the text's amounts are in (the article-wide rule, ``_elided_currency``,
    gives up when the article's big figures are in more than one unit: "۳۵ میلیون نفر" beside them); with amounts in two
    currencies, none is guessed."""
    cue = _money_word_before(lang)
    currencies = {q.unit for q in found if q.kind == "money" and q.unit is not None}
    if cue is None or len(currencies) != 1:
        return found
    unit = currencies.pop()
    return tuple(dataclasses.replace(q, unit=unit, kind="money")
                 if q.unit is None and q.value >= 1e6 and _LETTER.search(q.text)
                 and cue.search(t, max(0, q.start - 40), q.start) is not None else q for q in found)


# ar/fa "۸۵۰۰، ۱۷۰۰۰ و ۲۵۵۰۰ افغانی", "۱۱، ۲۲ و ۳۳ هزار افغانی": bare numbers listed with commas, then "و" and an amount
LISTED_BEFORE = re.compile(r"(?<![\d.٫٬،,/:-])(?P<list>\d+(?:[.٫]\d+)?(?:[\s\u200c]*[،,][\s\u200c]*\d+(?:[.٫]\d+)?)+)"
                           r"[\s\u200c]*و[\s\u200c]*$")
LIST_NUMBER = re.compile(r"\d+(?:[.٫]\d+)?")


def _listed_amounts(found: tuple[Quantity, ...], text: str, t: str, lang: str) -> tuple[Quantity, ...]:
    """A list of bare numbers before an amount or a percent ("۸۵۰۰، ۱۷۰۰۰ و ۲۵۵۰۰ افغانی", "۱۱، ۲۲ و ۳۳ هزار
    افغانی": 11,000, 22,000 and 33,000 afghanis) shares its unit and its scale word: each listed number is an amount
    of its own (ar, fa; at least two numbers before "و", so that a plain "10 و 15" stays the range rule's)."""
    if lang not in ("ar", "fa"):
        return found
    out = list(found)
    for q in found:
        if q.kind not in ("money", "percent"):
            continue
        head = BARE_NUMBER.match(t, q.start)
        own = _number(head[0], lang) if head is not None else None
        lst = LISTED_BEFORE.search(t, max(0, q.start - 64), q.start)
        if not own or lst is None:
            continue
        scale = q.value / own
        if q.approx == "range":  # "۱۷۰۰۰ و ۲۵۵۰۰" read as a range: the last two of a list, no range
            out = [dataclasses.replace(o, approx=None) if o is q or o.approx == "range" and lst.start("list") <= o.start
                   and o.end <= lst.end("list") else o for o in out]
        for n in LIST_NUMBER.finditer(t, lst.start("list"), lst.end("list")):
            value = parse_number(n[0], lang)
            if value is None or any(n.start() < o.end and o.start < n.end() for o in out):
                continue
            out.append(Quantity(start=n.start(), end=n.end(), text=text[n.start():n.end()],
                                value=float(f"{value * scale:.15g}"), unit=q.unit, kind=q.kind))
    return tuple(sorted(out, key=lambda x: x.start))


SIGNED_KINDS = frozenset({"percent", "money", "cardinal"})


@lru_cache(maxsize=16)
def _negative_before(lang: str) -> re.Pattern[str] | None:
    if raw := language_data(lang).get("negative_before_re"):  # zh "年增率-1.66%": a minus glued to the word before
        return re.compile(rf"{raw}[\s\u200c]*$")
    words = language_data(lang).get("negative_before")
    return re.compile(rf"(?<![^\W\d_])(?:{fold(words)})[\s\u200c]*$", re.IGNORECASE) if words else None


@lru_cache(maxsize=16)
def _negative_count_before(lang: str) -> re.Pattern[str] | None:
    words = language_data(lang).get("negative_count_before")
    left = "" if lang in NO_SPACE and lang != "th" else r"(?<![^\W\d_])"
    return re.compile(rf"{left}(?:{fold(words)})[\s\u200c]*$", re.IGNORECASE) if words else None


def _signed(q: Quantity, text: str, t: str, lang: str) -> Quantity:
    """A sign word right before a percent, an amount or a cardinal makes it negative and joins the span: "سالب 0.3%"
    -0.3 %, "منفی ۲ درصد", "minus 5 percent" (``negative_before`` in data/numbers.json). A count takes only a sign
    word of ``negative_count_before`` ("минус сто солдат", "负十名士兵", "ติดลบสิบ นาย"), never a dash or a short
    word that may end another one."""
    if q.kind == "count" and q.value > 0:
        neg = _negative_count_before(lang)
    elif q.kind in SIGNED_KINDS and q.value > 0:
        neg = _negative_before(lang)
    else:
        return q
    if neg is None:
        return q
    s = neg.search(t, max(0, q.start - 16), q.start)
    if s is None:
        return q
    return dataclasses.replace(q, start=s.start(), text=text[s.start():q.end], value=-q.value)


BareCurrency = tuple[re.Pattern[str], re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...], str | None,
                     re.Pattern[str] | None]


@lru_cache(maxsize=8)
def _bare_currency_table(lang: str) -> tuple[BareCurrency, ...]:
    """``bare_currency`` (no currency unless the text names one state) and ``bare_currency_default`` (the default
    state's currency unless the text names one other state) of data/numbers.json, as patterns over a folded text."""
    data = language_data(lang)
    edge = "(?<![\\u0621-\\u06cc])(?:ال|وال|بال|لل|[وبلف])?(?:{})(?![\\u0621-\\u06cc])"
    out = []
    for key in ("bare_currency", "bare_currency_default"):
        for name, states in (data.get(key) or {}).items():
            if name.startswith("_"):
                continue
            own = states.get("_own")
            out.append((re.compile(rf"(?<![\u0621-\u06cc])(?:{fold(name)})[\u064b-\u0652]*\W*$"),
                        re.compile(rf"[\s\u200c]*(?:{fold(name)})[\u064b-\u0652]*(?![\u0621-\u06cc])"),
                        tuple((code, re.compile(edge.format(fold(pat)))) for code, pat in states.items()
                              if not code.startswith("_")),
                        states.get("_default"),
                        re.compile(rf"(?<![\u0621-\u06cc])(?:ال)?(?:{fold(name)})[\u064b-\u0652ا]*\s+(?:{fold(own)})"
                                   r"[\u064b-\u0652ا]*(?![\u0621-\u06cc])") if own else None))
    return tuple(out)


def _named_states(t: str, states: tuple[tuple[str, re.Pattern[str]], ...], own: re.Pattern[str] | None) -> list[str]:
    """The states of ``states`` the text names; the default state's own currency phrase ("الريال السعودي") is no
    mention of it (blanked, offsets kept)."""
    if own is not None:
        t = own.sub(lambda m: " " * len(m[0]), t)
    return [code for code, pat in states if pat.search(t)]


def _bare_currency_name(span: str, lang: str) -> bool:
    """Whether a figure's (folded) text holds a bare currency name several states share ("دينار", "ليرة"); short
    vowels inside it do not hide it ("ريالًا": the tanwin before its alif)."""
    span = _TASHKEEL.sub("", span)
    return any(name.search(span) for name, *_ in _bare_currency_table(lang))


def _outlet_currency(lang: str, outlet: str | None) -> str | None:
    """The currency the outlet's country-code domain gives a shared currency name (``outlet_currency`` of
    data/numbers.json: "expresstv.ma" -> MAD in Arabic), or None."""
    label = (outlet or "").lower().strip().rstrip(".").rpartition(".")[2]
    table = language_data(lang).get("outlet_currency") or {}
    return table.get(label) if label and not label.startswith("_") else None


ZH_RMB_NEAR = re.compile(r"人民币|人民幣|RMB|CNY", re.IGNORECASE)
ZH_MAINLAND = re.compile(r"大陆|大陸|内地|內地")


def _outlet_yuan(found: tuple[Quantity, ...], t: str, home: str | None) -> tuple[Quantity, ...]:
    """zh 元 of an outlet of Taiwan, Hong Kong, Singapore or Macau (``outlet_currency``: "nantou.gov.tw") is its
    dollar, unless 人民币 stands in or near the figure ("约1200万元人民币", "人民幣約 8 仟元") or the text is on the
    mainland (大陆, 内地 named)."""
    if home is None or ZH_MAINLAND.search(t):
        return found
    return tuple(dataclasses.replace(q, unit=home) if q.unit == "CNY" and re.search(r"[元圆圓]", t[q.start:q.end])
                 and not ZH_RMB_NEAR.search(t, max(0, q.start - 8), min(len(t), q.end + 4)) else q for q in found)


def _bare_currencies(found: tuple[Quantity, ...], text: str, t: str, lang: str,
                     home: str | None = None) -> Iterator[Quantity]:
    """A figure ending in a bare currency name several states share (Arabic "دينار": Iraq, Kuwait, Jordan, Bahrain,
    Algeria, Tunisia, Libya; "ليرة": Lebanon, Syria, Turkey; ``bare_currency`` in data/numbers.json) takes the currency
    of the one state the text names ("الليرة اللبنانية", "مصرف سوريا"); with none or two of them named it keeps no
    currency. A figure in words stops before its noun ("أحد عشر ألفا وستمائة وخمسين ليرة"): the name right after it
    counts too, and joins the span. A bare name with a default state (``bare_currency_default``: "ريال" SAR, "جنيه"
    EGP) keeps it unless the text names one other state and not the default one ("بنك السودان المركزي": SDG). The
    text is the whole document in the pipeline, so a state named in any sentence counts. With no state of the name
    named, the outlet's (``home``, from its country-code domain) when it is one of them ("200 درهم" on a .ma site)."""
    table = _bare_currency_table(lang)
    low: Quantity | None = None  # the low end of a range just before, waiting for the high end's currency
    for q in found:
        if low is not None and not (q.approx == "range" and q.start >= low.end):
            yield low
            low = None
        for name, after, states, default, own in table:
            if q.unit != default:
                continue
            inside = name.search(_TASHKEEL.sub("", t[q.start:q.end])) is not None  # "428 ريالًا"
            a = None if inside or default is not None else after.match(t, q.end)
            if inside or a is not None:
                codes = _named_states(t, states, own)
                if not codes and home is not None and home != default and any(c == home for c, _ in states):
                    codes = [home]
                if len(codes) == 1 and codes[0] != default:
                    end = a.end() if a is not None else q.end
                    q = dataclasses.replace(q, end=end, text=text[q.start:end], unit=codes[0], kind="money")
                    if low is not None:  # "بين 20 و30 مليون دينار" in a text on Kuwait: both ends KWD
                        low = dataclasses.replace(low, unit=codes[0], kind="money")
                break
        if low is not None:
            yield low
            low = None
        if q.approx == "range" and q.unit is None:
            low = q
            continue
        yield q
    if low is not None:
        yield low


@lru_cache(maxsize=2)
def _dirham_context(key: str) -> re.Pattern[str] | None:
    pat = language_data("ar").get(key)
    return re.compile(fold(pat)) if pat else None


def _moroccan_dirhams(found: tuple[Quantity, ...], t: str, lang: str, home: str | None = None) -> tuple[Quantity, ...]:
    """Arabic "درهم" is the UAE dirham unless the text is Moroccan ("المغرب", "مراكش", "سنتيم", the Maghreb plural
    "ملايير"; ``dirham_mad`` of "ar" in data/numbers.json): then MAD. "درهم إماراتي" stays AED, and so does every
    dirham of a text that also names the Emirates (``dirham_aed``: a Gulf article that mentions Morocco). A Moroccan
    outlet (``home`` MAD, from its country-code domain) makes the text Moroccan."""
    ctx, gulf = _dirham_context("dirham_mad"), _dirham_context("dirham_aed")
    if lang != "ar" or ctx is None or not any(q.unit == "AED" for q in found) or ctx.search(t) is None and home != "MAD":
        return found
    if gulf is not None and gulf.search(t) is not None:
        return found
    return tuple(dataclasses.replace(q, unit="MAD") if q.unit == "AED" and "امارات" not in t[q.start:q.end + 12] else q
                 for q in found)


# a bare number right after an approximation word is a count even with no unit we know: "وإصابة أكثر من 200.",
# "حدود ۲۰۰ پس لرزه", "ประมาณ 30 ร้าน", "trên 250 điểm" (an approximation is said of amounts, not of years,
# labels or list numbers), unless a span of time, an age, a clock time or a number of times follows (``span_after``)
APPROX_BARE_KINDS = frozenset({"about", "nearly", "over", "at_least"})
BARE_NUMBER = re.compile(NUM)
JOINED_AFTER = re.compile(r"\s*[-–—/:.,]\s*\d|[^\W\d_]?\d")
JOINED_BEFORE = re.compile(r"\d\s*[-–—/:]\s*$")


@lru_cache(maxsize=16)
def _span_after(lang: str) -> re.Pattern[str] | None:
    span = language_data(lang).get("span_after")
    return re.compile(rf"[\s\u200c]*(?:{span})", re.IGNORECASE) if span else None


@lru_cache(maxsize=16)
def _fraction_after(lang: str) -> re.Pattern[str] | None:
    return _data_patterns(lang, ("fraction_after",))[0]


def _approx_bare(text: str, t: str, lang: str, found: list[Quantity]) -> Iterator[Quantity]:
    span, pats, nw = _span_after(lang), _approx_patterns(lang), number_words(lang)
    if span is None or pats is None or nw is None:
        return
    not_alone = set(language_data(lang).get("approx_bare_not", ()))
    for a, b in digit_windows(t, 1):  # margin 1: "تجاوز 20.426" is one number, not "20" and "426"
        for m in BARE_NUMBER.finditer(t, a, b):
            s, e = m.span()
            w = pats[0].search(t, max(0, s - 24), s)
            if w is None or any(s < q.end and q.start < e for q in found):
                continue
            word = re.sub(r"[\s\u200c]+", " ", w["w"].lower())
            if nw.approx_before.get(word) not in APPROX_BARE_KINDS or word in not_alone:
                continue
            if JOINED_AFTER.match(t, e) or JOINED_BEFORE.search(t, max(0, s - 8), s) or span.match(t, e) \
                    or unit_follows(t, e, lang) or _labelled(t, s, lang) \
                    or m[0].isdigit() and (_year_like(m[0]) or lang == "fa" and 1300 <= whole(m[0]) < 1500
                                           or lang == "th" and _th_buddhist_year(m[0])):
                continue  # a range, date or clock time; a span of time; a unit the rules read; a label; a year
            if lang == "th" and _th_word_ending(t, w.start("w"), w.end("w")):
                continue  # "งบประมาณ 2566": ประมาณ ends the word "budget", no approximation
            if _age_before(t, s, lang) or (frac := _fraction_after(lang)) is not None and frac.match(t, e):
                continue  # "เกือบ 1 ใน 3", "nearly 1 in 3": a fraction, no count
            value = _number(m[0], lang)
            if value is None:
                continue
            if DOT_THOUSANDS.fullmatch(m[0]):
                value = float(m[0].replace(".", ""))  # a count: a dot groups thousands
            if value != int(value):
                continue  # "حوالي 1.5": no count of a thing
            yield Quantity(start=s, end=e, text=text[s:e], value=value, unit=None, kind="count")


# "۶۱ دلار و ۵۰ سنت", "2 dollars and 15 cents", "73 دولارا و50 سنتا": the cents join the amount before them
CENTS = re.compile(r"[\s\u200c]*(?:و|and|\+)[\s\u200c]*(?P<n>\d{1,2})[\s\u200c]*(?:سنتات|سنتا|سنت|cents?)"
                   r"(?![\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cca-z])", re.IGNORECASE)
CENT_CURRENCIES = frozenset({"USD", "EUR", "CAD", "AUD"})


DOT_THOUSANDS_HEAD = re.compile(r"(?P<n>\d{1,3}(?:\.\d{3})+)(?![\d.,])")


def _cents(found: list[Quantity], text: str, t: str, lang: str) -> list[Quantity]:
    """Cents join the amount before them ("5 دولارات و50 سنتا", "$3 and 20 cents"). An amount with cents is whole
    dollars, so a dot before three digits there groups thousands ("۱.۳۰۲ دلار و ۸۶ سنت" = 1302.86)."""
    out: list[Quantity] = []
    skip_to = -1
    for q in found:
        if q.start < skip_to:
            continue  # the cents figure, now part of the amount before it
        if q.unit in CENT_CURRENCIES and q.value != int(q.value) and CENTS.match(t, q.end) is not None \
                and (d := DOT_THOUSANDS_HEAD.match(t, q.start)) is not None and float(d["n"]) == q.value:
            q = dataclasses.replace(q, value=float(d["n"].replace(".", "")))
        c = CENTS.match(t, q.end) if q.unit in CENT_CURRENCIES and q.value == int(q.value) else None
        if c is not None:
            q = dataclasses.replace(q, end=c.end(), text=text[q.start:c.end()], value=q.value + int(c["n"]) / 100)
            skip_to = c.end()
        out.append(q)
    return out


# zh "3元5角2分", "壹拾壹元壹角", "玖仟陆佰陆拾伍圆壹角捌分", "壹拾壹圆正": tenths (角) and hundredths (分) of a yuan
# after the yuan, and 正/整 (exactly) closing the sum
ZH_DIGIT = r"[\d〇零一二两兩三四五六七八九壹贰貳叁參叄肆伍陆陸柒捌玖]"
ZH_JIAO_FEN = re.compile(rf"(?:(?P<jiao>{ZH_DIGIT})[角毛](?:零?(?P<fen>{ZH_DIGIT})分(?![钟鐘之析别別]))?"
                         rf"|零?(?P<fen2>{ZH_DIGIT})分(?![钟鐘之析别別]))[正整]?|[正整](?![\u4e00-\u9fff])")
ZH_YUAN_END = re.compile(r"[元圆圓]$")


def _zh_jiao_fen(found: tuple[Quantity, ...], text: str, t: str, lang: str) -> tuple[Quantity, ...]:
    """A yuan amount in whole yuan ("11元", "壹拾壹圆") takes the 角 (tenths) and 分 (hundredths) written right after
    it, and a closing 正/整 (exactly), into its value and span."""
    if lang != "zh":
        return found
    out = []
    for q in found:
        if q.kind == "money" and q.value == int(q.value) and ZH_YUAN_END.search(q.text) \
                and (m := ZH_JIAO_FEN.match(t, q.end)) is not None and m.end() > q.end:
            add = sum(n / d for g, d in (("jiao", 10), ("fen", 100), ("fen2", 100))
                      if m[g] and (n := numeral_value(m[g], "zh")) is not None)
            q = dataclasses.replace(q, end=m.end(), text=text[q.start:m.end()], value=float(f"{q.value + add:.15g}"))
        out.append(q)
    return tuple(out)


# th "50 บาท 50 สตางค์", "ห้าสิบบาทห้าสิบสตางค์", "หนึ่งร้อยบาทถ้วน" (exactly): satang, hundredths of a baht, after the
# baht, and ถ้วน closing the sum; "ห้าสิบสตางค์" alone is half a baht
TH_SATANG = rf"(?P<n>\d{{1,2}}|{THAI_WORDS_RE})\s*สตางค์"
TH_SATANG_AFTER = re.compile(rf"\s*(?:ถ้วน|{TH_SATANG})")
TH_SATANG_ALONE = re.compile(rf"(?<![\d.,]){TH_SATANG}")
TH_BAHT_END = re.compile(r"(?:บาท|฿)$")


def _th_satang(found: tuple[Quantity, ...], text: str, t: str, lang: str) -> tuple[Quantity, ...]:
    """A sum in whole baht takes the satang (hundredths) or the closing ถ้วน written right after it into its value
    and span; satang with no baht before them are a sum of their own, in baht."""
    if lang != "th" or "สตางค์" not in t and "ถ้วน" not in t:
        return found
    out = []
    for q in found:
        if q.unit == "THB" and q.value == int(q.value) and TH_BAHT_END.search(q.text) \
                and (m := TH_SATANG_AFTER.match(t, q.end)) is not None:
            n = (float(m["n"]) if m["n"].isdigit() else thai_number(m["n"])) if m["n"] else 0.0
            if n is not None and n < 100:
                q = dataclasses.replace(q, end=m.end(), text=text[q.start:m.end()], value=float(f"{q.value + n / 100:.15g}"))
        out.append(q)
    for m in TH_SATANG_ALONE.finditer(t):
        n = float(m["n"]) if m["n"].isdigit() else thai_number(m["n"])
        if n is None or not 0 < n < 100 or any(q.start < m.end() and m.start() < q.end for q in out):
            continue
        out.append(Quantity(start=m.start(), end=m.end(), text=text[m.start():m.end()], value=float(f"{n / 100:.15g}"),
                            unit="THB", kind="money"))
    return tuple(sorted(out, key=lambda q: q.start))


@lru_cache(maxsize=4)
def _minor_unit_patterns(lang: str) -> tuple[tuple[re.Pattern[str], dict[str, int]], ...]:
    nw = number_words(lang)
    table = language_data(lang).get("minor_units") or {}
    if nw is None or not table:
        return ()
    run = nw.run.pattern
    return tuple((re.compile(rf"[\s\u200c]*و[\s\u200c]*(?P<n>\d{{1,3}}|{run})[\s\u200c]*(?:{fold(forms)})"
                             r"[\u064b-\u0652]*(?![^\W\d_])", re.IGNORECASE), per)
                 for forms, per in table.items() if not forms.startswith("_"))


def _minor_units(found: tuple[Quantity, ...], text: str, t: str, lang: str) -> tuple[Quantity, ...]:
    """A sum in a currency and its minor unit joined by و ("2 ريال و50 هللة", "مليون ريال و تسع و تسعون هللة",
    "3 دنانير و500 فلس" in a Kuwaiti text): one sum, the minor part divided by the number that make one
    (``minor_units`` of data/numbers.json, per currency: a Kuwaiti dinar has 1,000 fils, a dirham 100)."""
    pats = _minor_unit_patterns(lang)
    if not pats or not any(q.kind == "money" for q in found):
        return found
    out = list(found)
    for q in found:
        if q.kind != "money" or q.unit is None or q.value != int(q.value):
            continue
        for pat, per in pats:
            m = pat.match(t, q.end)
            if m is None or q.unit not in per:
                continue
            n = float(m["n"]) if m["n"].isdigit() else word_number(unmarked(m["n"], lang), lang)
            if n is None or not 0 < n < per[q.unit] or n != int(n):
                break
            merged = dataclasses.replace(q, end=m.end(), text=text[q.start:m.end()],
                                         value=float(f"{q.value + n / per[q.unit]:.15g}"))
            out = [merged if o is q else o for o in out if not (o is not q and q.end <= o.start < m.end())]
            break
    return tuple(out)


# "23 هزار و 400 تا 23 هزار و 600 تومان", "between 20 thousand to 25 thousand riyals": a low end with no unit of its own
# takes the unit of the high end right after it
RANGE_JOIN = re.compile(rf"\s*(?:{RANGE_TO})\s*", re.IGNORECASE)


def _range_units(found: list[Quantity], t: str) -> tuple[Quantity, ...]:
    out = list(found)
    for i in range(len(out) - 1):
        lo, hi = out[i], out[i + 1]
        if lo.unit is None and lo.kind == "cardinal" and hi.unit is not None and lo.approx != "range" \
                and 0 < lo.value < hi.value <= lo.value * 100 and RANGE_JOIN.fullmatch(t, lo.end, hi.start):
            # "ราว 3,000-5,000 คน", "ประมาณ 80-90 คน": both ends are the range's (an approximation word before the low
            # end is the whole range's); the high end, read with its classifier on its own, was left unmarked
            out[i] = dataclasses.replace(lo, unit=hi.unit, kind=hi.kind, approx="range")
    return _range_high_ends(out, t)


def _range_high_ends(out: list[Quantity], t: str) -> tuple[Quantity, ...]:
    """The high end of a range is the range's as its low end is: "ประมาณ 80-90 คน", "30 ถึง 40 ราย" (a Thai figure
    read with its classifier on its own kept no mark; a reader of the figure alone took "90 คน" for an exact count)."""
    for i in range(len(out) - 1):
        lo, hi = out[i], out[i + 1]
        if lo.approx == "range" and hi.approx is None and lo.value < hi.value and lo.unit == hi.unit \
                and RANGE_JOIN.fullmatch(t, lo.end, hi.start):
            out[i + 1] = dataclasses.replace(hi, approx="range")
    return tuple(out)


@lru_cache(maxsize=64)
def _approx_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    nw = number_words(lang)
    if nw is None:
        return None
    sp = r"\s*" if lang in NO_SPACE else r"[\s\u200c]+"

    def alt(words: dict[str, str | None]) -> str:
        kept = sorted((w for w, v in words.items() if v), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"[\s\u200c]+") for w in kept) or "(?!)"

    left = "" if lang in NO_SPACE else r"(?<![^\W\d_])"
    before = re.compile(rf"{left}(?P<w>{alt(nw.approx_before)}){sp}$", re.IGNORECASE)
    after = re.compile(rf"\s*(?P<w>{alt(nw.approx_after)})", re.IGNORECASE)
    return before, after


def _approximated(t: str, start: int, lang: str) -> bool:
    pats = _approx_patterns(lang)
    return pats is not None and pats[0].search(t, max(0, start - 24), start) is not None


@lru_cache(maxsize=2)
def _th_inner_approx(lang: str) -> re.Pattern[str]:
    nw = number_words(lang)
    kept = sorted((w for w, v in (nw.approx_before if nw is not None else {}).items() if v), key=len, reverse=True)
    # "ทหาร 80 กว่านาย": กว่า between the number and its classifier, eighty-odd (over)
    return re.compile(rf"(?P<w>{'|'.join(map(re.escape, kept)) or '(?!)'})\s*(?=[\d๐-๙]|{THAI_WORDS_RE})"
                      rf"|(?<=[\d๐-๙])\s*(?P<w2>กว่า)|(?<=[ยสบดงมนหกา])(?P<w3>กว่า)")


def _with_approx(q: Quantity, t: str, lang: str) -> Quantity:
    """Mark a figure given as an approximation: "nearly 100", "أكثر من 20", "hơn 340 tỷ", "超过8万",
    "более 100", "3000多万" (``approx``: about, nearly, over, under, at_least, at_most; "range" for the
    two ends of "10 تا 15")."""
    pats, nw = _approx_patterns(lang), number_words(lang)
    if pats is None or nw is None or q.approx is not None or q.kind == "anniversary":
        return q
    b = pats[0].search(t, max(0, q.start - 24), q.start)
    if b is not None and lang == "th" and _th_word_ending(t, b.start("w"), b.end("w")):
        b = None  # "งบประมาณ 1.5 แสนล้านบาท": ประมาณ ends the word "budget", no approximation
    inner = _th_inner_approx(lang).search(t, q.start, q.end) if b is None and lang == "th" else None
    if inner is not None and not (inner["w"] and _th_word_ending(t, inner.start("w"), inner.end("w"))):
        # "ทหารประมาณแปดสิบนาย": the noun first, the approximation inside the span
        return dataclasses.replace(q, approx=nw.approx_before[inner["w"] or inner["w2"] or inner["w3"]])
    if b is not None:
        return dataclasses.replace(q, approx=nw.approx_before[re.sub(r"[\s\u200c]+", " ", b["w"].lower())])
    a = pats[1].match(t, q.end)
    inner = re.search(r"[多余餘]", q.text) if lang in ("zh", "ja") else None
    if a is not None:
        return dataclasses.replace(q, approx=nw.approx_after[re.sub(r"[\s\u200c]+", " ", a["w"].lower())])
    if inner is not None:
        return dataclasses.replace(q, approx="over")
    return q


@lru_cache(maxsize=1)
def _zh_traditional() -> dict[int, str]:
    nw = number_words("zh")
    table = dict(_zh_classifier_data().get("traditional", {}))  # 個 个, 顆 颗, 輛 辆: classifiers as simplified
    table.update(language_data("zh").get("traditional", {}) if nw is not None else {})
    return {ord(k): v for k, v in table.items() if len(k) == 1 and len(v) == 1}


def make_stage(**_options: object) -> Callable[[Document], Document]:
    """The ``quantities`` stage: sets ``Document.quantities`` (runs after ``dates``)."""
    def run(doc: Document) -> Document:
        text = doc.text[:analysed_end(doc.text)]  # the analysed part, as dates and sentences: bounded cost
        outlet = doc.outlet or (outlet_from_url(doc.url) if doc.url else None)
        return dataclasses.replace(doc, quantities=find_quantities(text, doc.lang, doc.dates, outlet))
    return run


__all__ = ["SCALES", "find_quantities", "make_stage", "unit_follows"]
