"""The ``dates`` stage: explicit and partial dates in many languages -> ``DateRef``.

Rules, not dateparser's free search (which reads "1.5 مليار" or "4月23日" wrongly and is slow):
every pattern is a precompiled regex over a same-length folded copy of the text
(``numerals.fold``: all digits ASCII, Arabic/Persian letter variants unified), so offsets are exact.

Values are ISO 8601: "2025-05-05", "2025-05", "2025", or partial "--05-05" / "--05" when no year
can be had. A date without a year takes the year that puts it nearest the article's ``published``
date (a text that is the expression alone: publication's year, ``_coming_year``); without ``published``, a year stated
in the same sentence; otherwise it stays partial.
Solar Hijri (Persian) dates are converted with jdatetime; Thai Buddhist-era years (> 2400) lose 543.
See docs/dates_and_figures.md.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any

import jdatetime

from bilat.normalize import zh_simplified
from bilat.records import DateRef, Document, Sentence
from bilat.spans import leftmost_longest
from bilat.stages.lang import read_with_alternatives
from bilat.stages.quantities import unit_follows
from bilat.stages.sentences import analysed_end

from .lunar import lunar_day, lunar_to_solar, sexagenary_years, solar_term
from .numerals import (
    AR_ORD_UNITS,
    AR_ORDINAL_RE,
    AR_TENS,
    FA_CARDINAL_RE,
    FA_ORDINAL_RE,
    arabic_ordinal,
    chinese_number,
    digit_windows,
    fold,
    language_data,
    number_words,
    persian_ordinal,
    word_number,
    zh_few,
)
from .reldates import (
    FA_EZAFE_YE_KEY,
    MARKS,
    RelativeWords,
    blocked,
    cldr,
    gregorian_to_hijri,
    hijri_month_range,
    hijri_to_gregorian,
    lexicon,
    lexicons,
    period_range,
    relative_words,
    season_range,
    tense_patterns,
    weekday_date,
    weekend_days,
)

# --- month names (folded forms, lower case) --------------------------------------------------------

_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
       "november", "december"]
# th: the spoken short month names, the full name less its -คม/-ยน/-พันธ์ ending ("11 กุมภา 2020", "5 ตุลา"); read
# beside a day or a year only, never after a month cue alone ("ปลายเดือนกันยา" stays vague)
TH_SPOKEN_MONTHS = ("มกรา", "กุมภา", "มีนา", "เมษา", "พฤษภา", "มิถุนา", "กรกฎา", "สิงหา", "กันยา", "ตุลา", "พฤศจิกา",
                    "ธันวา")
MONTHS: dict[str, dict[str, int]] = {
    "en": {**{m: i + 1 for i, m in enumerate(_EN)},
           **{m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                              "oct", "nov", "dec"])}, "sept": 9},
    "fr": {m: i + 1 for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                           "août", "septembre", "octobre", "novembre", "décembre"])}
          | {"fevrier": 2, "aout": 8, "decembre": 12},
    "de": {m: i + 1 for i, m in enumerate(["januar", "februar", "märz", "april", "mai", "juni", "juli",
                                           "august", "september", "oktober", "november", "dezember"])}
          | {"jänner": 1, "maerz": 3},
    "es": {m: i + 1 for i, m in enumerate(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
                                           "agosto", "septiembre", "octubre", "noviembre", "diciembre"])}
          | {"setiembre": 9},
    "ru": {m: i + 1 for i, m in enumerate(["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
                                           "августа", "сентября", "октября", "ноября", "декабря"])}
          | {m: i + 1 for i, m in enumerate(["январе", "феврале", "марте", "апреле", "мае", "июне", "июле",
                                             "августе", "сентябре", "октябре", "ноябре", "декабре"])}
          | {m: i + 1 for i, m in enumerate(["январь", "февраль", "март", "апрель", "май", "июнь", "июль",
                                             "август", "сентябрь", "октябрь", "ноябрь", "декабрь"])}
          # agency datelines abbreviate with no full stop: "МОСКВА, 8 дек - РИА Новости" (CLDR has "дек." only)
          | {m: i + 1 for i, m in enumerate(["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт",
                                             "ноя", "дек"])} | {"февр": 2, "сент": 9, "нояб": 11},
    "uk": {m: i + 1 for i, m in enumerate(["січня", "лютого", "березня", "квітня", "травня", "червня", "липня",
                                           "серпня", "вересня", "жовтня", "листопада", "грудня"])}
          | {m: i + 1 for i, m in enumerate(["січні", "лютому", "березні", "квітні", "травні", "червні", "липні",
                                             "серпні", "вересні", "жовтні", "листопаді", "грудні"])}
          | {m: i + 1 for i, m in enumerate(["січень", "лютий", "березень", "квітень", "травень", "червень",
                                             "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"])},
    "tr": {m: i + 1 for i, m in enumerate(["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz",
                                           "ağustos", "eylül", "ekim", "kasım", "aralık"])},
    # Egyptian/Gulf, Levantine/Iraqi and Maghreb names, folded (أ->ا, ي->ی, ة->ه, ك->ک)
    "ar": {m: i + 1 for i, m in enumerate(["ینایر", "فبرایر", "مارس", "ابریل", "مایو", "یونیو", "یولیو",
                                           "اغسطس", "سبتمبر", "اکتوبر", "نوفمبر", "دیسمبر"])}
          | {"یونیه": 6, "یولیه": 7, "اغسطس": 8, "اغسطوس": 8}
          | {m: i + 1 for i, m in enumerate(["کانون الثانی", "شباط", "اذار", "نیسان", "ایار", "حزیران", "تموز",
                                             "اب", "ایلول", "تشرین الاول", "تشرین الثانی", "کانون الاول"])}
          | {m: i + 1 for i, m in enumerate(["جانفی", "فیفری", "مارس", "افریل", "مای", "جوان", "جویلیه",
                                             "اوت", "سبتمبر", "اکتوبر", "نوفمبر", "دیسمبر"])}
          | {"یولیوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12}  # Moroccan: "18 يوليوز 2023", "24 نونبر"
          | {"کانون ثانی": 1, "تشرین اول": 10, "تشرین ثانی": 11, "کانون اول": 12}  # Levantine without ال: "5 كانون ثاني"
          | {f"شهر {n}": n for n in range(1, 13)},  # "شهر 9 الماضي", "آخر خميس من شهر 9": the month by its number
    "fa": {m: i + 1 for i, m in enumerate(["ژانویه", "فوریه", "مارس", "اوریل", "مه", "ژوین", "ژوییه", "اوت",
                                           "سپتامبر", "اکتبر", "نوامبر", "دسامبر"])}
          | {"می": 5, "ژوءن": 6, "ژوءیه": 7, "جولای": 7, "اگوست": 8, "ژانویهٔ": 1, "فوریهٔ": 2}
          | {"جنوری": 1, "فبروری": 2, "مارچ": 3, "اپریل": 4, "اگست": 8, "سپتمبر": 9, "اکتوبر": 10,
             "نومبر": 11, "دسمبر": 12},  # Dari (Afghan) spellings: "۱۴ اپریل ۲۰۲۵"
    "th": {m: i + 1 for i, m in enumerate(["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
                                           "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"])}
          | {m: i + 1 for i, m in enumerate(["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
                                             "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."])}
          | {m: i + 1 for i, m in enumerate(["ม.ค", "ก.พ", "มี.ค", "เม.ย", "พ.ค", "มิ.ย", "ก.ค", "ส.ค",
                                             "ก.ย", "ต.ค", "พ.ย", "ธ.ค"])}  # "19 ธ.ค 57": the last dot left out
          | {m: i + 1 for i, m in enumerate(TH_SPOKEN_MONTHS)},
}
# every Gregorian month name CLDR lists for the language (all widths and contexts, regional locales too: data/cldr_dates.json),
# beside the hand-made lists above, which win
for _lang in ("ar", "fa", "ru", "en", "th"):
    for _name, _n in cldr(_lang).get("months", {}).items():
        MONTHS[_lang].setdefault(fold(MARKS.sub("", _name)).lower(), int(_n))
SOLAR_MONTHS = {m: i + 1 for i, m in enumerate(["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر",
                                                "ابان", "اذر", "دی", "بهمن", "اسفند"])} | {"امرداد": 5, "فرودین": 1}
# the Solar months by their Afghan (Dari) names, read only as a day and a year or a day after a weekday: each is
# also a common word (سرطان cancer, میزان amount, اسد a name)
DARI_MONTHS = {m: i + 1 for i, m in enumerate(["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب",
                                               "قوس", "جدی", "دلو", "حوت"])}
# a weekday before it, the date maybe in brackets: "یکشنبه، ۳۰سرطان", "روز یکشنبه(۱۰ سرطان)"
DARI_WEEKDAY_BEFORE = re.compile(r"(?:شنبه|جمعه)[\s\u200c]*[،,]?[\s\u200c]*\(?[\s\u200c]*$")
# or a day word before it, or a year word after it: "روز ۲۵ اسد", "به تاریخ ۱۲ حمل", "۲۵ اسد سال جاری"
DARI_DAY_BEFORE = re.compile(r"(?<![^\W\d_])(?:روز|تاریخ|مورخ)[\s\u200c]*$")
DARI_YEAR_AFTER = re.compile(r"[\s\u200c]+(?:سال|ماه)(?![^\W\d_])")
MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})



# the calendars a date is written in (DateRef.calendar); its value is always Gregorian
GREGORIAN, SOLAR_HIJRI, LUNAR_HIJRI, BUDDHIST, MINGUO, CHINESE, JAPANESE = (
    "gregorian", "solar_hijri", "lunar_hijri", "buddhist", "minguo", "chinese", "japanese")


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    y: int | None = None
    m: int | None = None
    d: int | None = None
    y2: int | None = None
    m2: int | None = None
    d2: int | None = None
    solar: bool = False
    year_only: bool = False
    rel: int | None = None  # relative offset in days
    direction: int | None = None  # month-only: -1 "last May", 0 "this May", +1 "next May"
    year_shift: int | None = None  # zh 去年/今年/明年: published year + shift
    period: tuple[str, int] | None = None  # "last week": ("week", -1); "năm nay": ("year", 0)
    weekday: int | None = None  # 0 Monday .. 6 Sunday
    wmode: str = "tense"  # how a weekday picks its day (reldates.weekday_date)
    day_only: bool = False  # zh "19日": the day of a month read from publication
    hijri: tuple[int, int] | None = None  # "8 ذي القعدة": a Lunar (month, day) with no year
    label: int | None = None  # the weekday written next to a day word ("اليوم الأربعاء")
    lunar: bool = False  # a Lunar Hijri date converted by arithmetic: a weekday written with it may move it a day or two
    moff: int | None = None  # zh "下月九日": day ``d`` of the month ``moff`` months from publication's
    ddir: int = 0  # a day of the month with a direction word: -1 the latest one, +1 the coming one ("วันที่ 12 ที่ผ่านมา")
    wspan: tuple[int, int] | None = None  # a run of weekdays: its first and last day, in days from the day ``weekday`` names
    eve: bool = False  # fa "شب جمعه": the evening before the weekday named, so the day before it
    season: tuple[int, str, int | None] | None = None  # (0 spring .. 3 winter, how, Solar year): "زمستان گذشته", "تابستان ۹۵"
    hmonth: tuple[int, int] | None = None  # a Lunar Hijri month with a direction word: (month, -1/0/+1), "رمضان الماضي"
    hdir: int = 0  # a Lunar Hijri day with a direction word: +1 the coming one ("5 رمضان المقبل"), -1 the latest one
    sexa: tuple[int, int, int, int] | None = None  # vi "ngày 15 tháng 07 năm Tân Sửu": (stem, branch, lunar month, day)
    lmd: tuple[int, int, bool, int] | None = None  # zh "农历八月十五": a Chinese lunar (month, day, leap, days after) with no year
    lspan: int = 0  # zh "农历正月初一至十五": the range's last lunar day, in days after its first (same lunar month)
    prev_year: bool = False  # its context year is the last year of the sentence before (it names none of its own)
    wweeks: int = 0  # en "two Sundays from now": the weekday that many weeks past the first one its mode picks
    wcount: int | None = None  # a counted week offset ("in two weeks": 2; a day, rel 14): "Friday in two weeks" is that week's
    by_date: bool = False  # a day word that takes the written date after it ("hôm nay, 20/9"): a date only beside publication's
    lshift: int | None = None  # zh "今年九月初九": the lunar year of ``lmd`` is publication's year plus this
    syear: tuple[int, int] | None = None  # vi "năm Nhâm Thìn": a lunar year named by stem and branch alone, no figures
    wnear: bool = False  # en "Friday the 15th": the day of the nearest month on which it falls on weekday ``label``
    nth: tuple[int, int] | None = None  # "the second Sunday of May": (weekday, 1..5, or -1 the last) in month ``m``
    only_alone: bool = False  # zh "本日", "当月" ("alone_only" in data/dates.json): a date only when the text is it alone
    yy: int | None = None  # a two-digit year with its marker ("03年2月", "авг 96"): the century nearest publication
    pubday: bool = False  # zh "去年今天": publication's day of the month ``moff`` months from publication's
    mlast: bool = False  # zh "本月最后一天": the last day of its month
    sterm: int | None = None  # zh "今年冬至", "冬至" alone: a solar term (the sun's longitude) of the year ``lshift`` from publication's
    coming: bool = False  # a holiday named alone ("Christmas", "نوروز"): the coming one, where a month or day said alone is publication's year's
    galone: bool = False  # fa "آخرین روز ماه آینده": of a Solar month in running text, of a Gregorian one said alone ("ماه آینده")
    nth_day: bool = False  # ar "الأحد الثاني من أكتوبر": also "Sunday, the 2nd of October"; the day when it is that weekday
    cal: str | None = None  # the calendar it was written in where no other field tells (``_calendar``)
    hnum: bool = False  # ar "يوم الأربعاء 20 /10": a day/month in figures with its weekday (Hijri when only that fits)
    feast: tuple[str, int, int, int] | None = None  # a movable feast: ("easter", days from Easter, 1 Orthodox, 0) or
    # ("nth", month, weekday, n); with ``direction`` the latest before / next after publication, else the coming one


Rule = tuple[re.Pattern[str], Callable[..., "_Cand | None"]]
_FREE: set[re.Pattern[str]] = set()  # rules that can match with no digit at all (scanned over the whole text)


def _free(pat: re.Pattern[str]) -> re.Pattern[str]:
    _FREE.add(pat)
    return pat

L = r"(?<![^\W\d_])"  # not preceded by a letter
R = r"(?![^\W\d_]|[\u064b-\u0652\u0670])"  # not followed by a letter or an Arabic mark
D = r"(?<!\d)(?:[012]?[1-9]|10|20|30|31)(?!\d)"
Y4 = r"(?<!\d)(?:1[0-9]|2[0-9])\d\d(?:(?!\d)|(?=\d{1,2}:\d\d(?!\d)))"  # "18 Tháng Tư 202111:12": a time glued after
RANGE_SEP = (r"(?:-|–|—|~|to|through|and|until|till|و|الی|الى|إلى|حتی|حتى|لغایه|لغایت|تا|ถึง|đến|tới|до|по|au|à|bis|al|a|y|"
             r"et|und)")


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))  # type: ignore[arg-type]


def _int(s: str | None) -> int | None:
    if s is None:
        return None
    if s.isdigit():
        return int(s)
    v = chinese_number(s.replace("廿", "二十").replace("卅", "三十"))  # "廿二日" (22), "卅日" (30)
    return int(v) if v is not None else None


def _year(raw: str | None, lang: str, era: str | None = None) -> int | None:
    """A year as written -> Gregorian (Thai BE > 2400 and 2-digit BE after Thai months)."""
    y = _int(raw)
    if y is None:
        return None
    if lang == "th" and (era and "พ" in era or y > 2400):
        y = y + 2500 if y < 100 else y
        return y - 543
    if lang == "th" and y < 100:
        return 1957 + y if y > 40 else None  # 2-digit BE (68 -> 2568 -> 2025)
    return y


# --- rule builders ---------------------------------------------------------------------------------

def _month_of(lang: str, name: str) -> int | None:
    return MONTHS.get(lang, {}).get(name.lower()) or MONTHS.get(lang, {}).get(name)


@lru_cache(maxsize=64)
def _rules(lang: str) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    rules += _numeric_rules(lang)
    if lang in ("zh", "ja", "ko"):
        rules += _cjk_rules(lang)
    if lang == "vi":
        rules += _vi_rules()
    if lang in MONTHS:
        rules += _month_name_rules(lang)
    if lang == "fa":
        rules += _solar_rules()
    if lang in FOREIGN_EN_DATES:
        rules += _en_full_date_rules(lang)
    rules += _word_day_rules(lang)
    rules += _first_months_rules(lang)
    rules += _year_part_rules(lang)
    rules += _quarter_rules(lang)
    rules += _same_day_rules(lang)
    rules += _year_rules(lang)
    rules += _relative_rules(lang)
    rules += _ago_rules(lang)
    rules += _offset_rules(lang)
    rules += _bare_weekend_rules(lang)
    rules += _month_part_rules(lang)
    rules += _nth_weekday_of_month_rules(lang)
    rules += _edge_day_rules(lang)
    if lang in DAY_DIRECTION:
        rules.append((DAY_DIRECTION[lang], _day_with_direction))
    if (bare_day := _bare_day_rule(lang)) is not None:
        rules.append(bare_day)
    if lang == "th":
        rules.append((_free(TH_DAY_OF_RELATIVE_MONTH), _th_day_of_relative_month))
        # "ธันวาคมปีที่แล้ว", "มีนาคม ปีหน้า": a month right before its year's phrase (which _year_periods joins), as en
        # "June next year"
        year_after = re.compile(rf"(?P<mon>{_alt(MONTHS['th'])})(?=\s*ปี(?:ที่แล้ว|หน้า|นี้|ก่อน|ที่ผ่านมา))")
        rules.append((_free(year_after), lambda m, _t: _month_alone(m, "th")))
        # "เดือนมีนาคมที่ผ่านมา", "พฤษภาคมหน้า", "ธันวาคมนี้": a month with a direction word after it and no day before it:
        # the latest one before publication's month, the next one after it, or the coming one (publication's own included)
        mdir = re.compile(rf"(?<!\d)(?<!\d\s)(?P<mon>{_alt(MONTHS['th'])})\s*(?P<dir>{_alt(TH_MONTH_DIRECTION)})(?!\s*(?:\d|ปี))")
        rules.append((_free(mdir), lambda m, _t: _Cand(m.start(), m.end(), None, _month_of("th", m["mon"]),
                                                       direction=TH_MONTH_DIRECTION[m["dir"]])
                      if _month_of("th", m["mon"]) else None))
        # "5 มีนาคมที่ผ่านมา", "วันที่ 20 ธ.ค. นี้": a day and month with a direction word after it (and no year)
        dmdir = re.compile(rf"(?:วันที่\s*)?(?<![\d.,/])(?P<d>{D})\s*(?:เดือน\s*)?(?P<mon>{_alt(MONTHS['th'])})\s*"
                           rf"(?P<dir>{_alt(TH_MONTH_DIRECTION)})(?!\s*(?:\d|ปี))")
        rules.append((_free(dmdir), lambda m, _t: _Cand(m.start(), m.end(), None, _month_of("th", m["mon"]), int(m["d"]),
                                                        direction=TH_MONTH_DIRECTION[m["dir"]])
                      if _month_of("th", m["mon"]) and 1 <= int(m["d"]) <= 31 else None))
        # "มีนาคม" alone: a Thai month's full name is no other word (its abbreviations and spoken short forms still need a
        # cue or a day)
        full = re.compile(rf"(?P<mon>{_alt(k for k in MONTHS['th'] if '.' not in k and len(k) >= 6 and k not in TH_SPOKEN_MONTHS)})")
        rules.append((_free(full), lambda m, _t: _month_alone(m, "th")))
        # "มี.ค.", "เดือน 3" said alone (the whole text): an abbreviated month, or a month's number after เดือน
        abbr = re.compile(rf"^\s*(?P<f>(?:เดือน\s*)?(?:(?P<mon>{_alt(k for k in MONTHS['th'] if '.' in k)})|(?<=เดือน)\s*"
                          rf"(?P<n>1[0-2]|0?[1-9])))[\s!?,;:]*$")
        rules.append((_free(abbr), lambda m, _t: _Cand(m.start("f"), m.end("f"), None,
                                                       _month_of("th", m["mon"]) if m["mon"] else int(m["n"]))))
        # "ธันวาคม 11, 2014", "เมษายน 20th, 2020": the month first, the day, a comma and the year (as "December 11, 2014")
        mdy = re.compile(rf"(?P<mon>{_alt(k for k in MONTHS['th'] if '.' not in k)})\s+(?P<d>{D})(?:st|nd|rd|th)?,\s*(?P<y>{Y4}|25\d\d)(?!\d)")
        rules.append((mdy, lambda m, _t: _Cand(m.start(), m.end(), _year(m["y"], "th"), _month_of("th", m["mon"]), int(m["d"]))))
    if lang in ("ar", "zh") and (words := relative_words(lang)) is not None:
        rules.append(_nth_weekday_rule(lang, words.weekdays))
    if lang == "fa" and (words := relative_words("fa")) is not None:
        # "اولین شنبه ژانویه", "آخرین جمعه دسامبر ۲۰۲۴": the Nth (or last) weekday of a Gregorian month
        wds = {_SPACES.sub("", k): v for k, v in words.weekdays.items()}
        wd_alt = "|".join(r"[\s\u200c]*".join(map(re.escape, k)) for k in sorted(wds, key=len, reverse=True))
        gmon = _alt(k for k in MONTHS["fa"] if k != "می")
        # ... or of a month counted from publication's (Gregorian, as the edge_day lexicon's): "اولین جمعه ماه آینده",
        # "آخرین شنبهٔ ماه گذشته"
        rel = {_one_space(fold(k)): v for k, v in lexicon("fa")["edge_day"]["months"].items()}
        rel_alt = _alt(rel).replace(chr(92) + " ", r"[\s\u200c]+")
        # ... or of "the month" with no month after it, publication's ("آخرین جمعه ماه"; not "آخرین جمعه ماه مبارک
        # رمضان", "اولین جمعه ماه مهر", "ماه ۱۲": a month named or numbered after it)
        named_after = _month_name_after("fa")
        bare = rf"(?P<bare>ماه){R}(?![\s\u200c]*(?:\d|مبارک{R}|(?:{named_after.pattern if named_after else '(?!)'})))"
        pat = re.compile(rf"{L}(?P<n>{_alt(_FA_NTH)})[\s\u200c]+(?P<wd>{wd_alt})(?:[\u0654\u0650]|[\s\u200c]*ی)?{R}[\s\u200c]+"
                         rf"(?:(?P<rm>{rel_alt}){R}|(?:ماه[\s\u200c]+)?(?P<mon>{gmon}){R}"
                         rf"(?:[\s\u200c]+(?:سال[\s\u200c]+)?(?P<y>{Y4}))?|{bare})")
        rules.append((_free(pat), lambda m, _t, w=wds, rel=rel: _Cand(
            m.start(), m.end(), moff=rel[_one_space(m["rm"])] if m["rm"] else 0, solar=True, galone=True,
            nth=(w[_SPACES.sub("", m["wd"])], _FA_NTH[m["n"]])) if m["rm"] or m["bare"] else _Cand(
            m.start(), m.end(), int(m["y"]) if m["y"] else None, _month_of("fa", m["mon"]),
            nth=(w[_SPACES.sub("", m["wd"])], _FA_NTH[m["n"]]))))
        # ... or of a Solar month ("اولین جمعه ماه مهر", "آخرین شنبهٔ اسفندماه ۱۴۰۲") or a Lunar Hijri one ("آخرین جمعه ماه
        # مبارک رمضان", "اولین جمعه محرم ۱۴۴۶ قمری", "آخرین جمعه ماه رمضان آینده")
        sp = r"[\s\u200c]+"
        hdirs = _alt(FA_HIJRI_DIRS).replace(r"\ ", sp)
        pat = re.compile(rf"{L}(?P<n>{_alt(_FA_NTH)}){sp}(?P<wd>{wd_alt})(?:[\u0654\u0650]|[\s\u200c]*ی)?{R}{sp}(?:ماه{sp})?"
                         rf"(?:(?P<smon>{_alt(SOLAR_MONTHS)})(?:[\s\u200c]*ماه)?{R}(?:{sp}(?:سال{sp})?(?P<sy>1[34]\d\d)(?!\d))?"
                         rf"|(?:مبارک{sp})?(?P<hmon>{_alt(words.hijri_months).replace(chr(92) + ' ', sp)}){R}"
                         rf"(?:{sp}(?:ال)?مبارک{R})?(?:{sp}(?P<dir>{hdirs}){R}|{sp}(?:سال{sp})?(?P<hy>1[34]\d\d)(?!\d)"
                         rf"(?:[\s\u200c]*(?:هجری{sp})?قمری{R})?)?)")
        rules.append((_free(pat), lambda m, _t, w=wds, hm=words.hijri_months: _Cand(
            m.start(), m.end(), _int(m["sy"]), SOLAR_MONTHS[m["smon"]], solar=True,
            nth=(w[_SPACES.sub("", m["wd"])], _FA_NTH[m["n"]])) if m["smon"] else _hijri_nth(
            m, hm[_one_space(m["hmon"])], (w[_SPACES.sub("", m["wd"])], _FA_NTH[m["n"]]), _int(m["hy"]),
            _hijri_dir(m["dir"]) if m["dir"] else None)))
    if lang == "ar":  # "أول يوم من الشهر المقبل", "آخر يوم من هذا الشهر": the first or last day of a month named from
        # publication's
        pat = re.compile(rf"{L}(?P<fl>اول|اخر)\s+یوم\s+(?:من|فی|في)\s+(?:(?:ال)?شهر\s+(?P<rm>{_alt(AR_MONTH_OFFSETS)})|"
                         rf"(?P<this>هذا\s+الشهر)|الشهر(?!\s+[^\W\d_])){R}")
        rules.append((_free(pat), lambda m, _t: _Cand(
            m.start(), m.end(), moff=AR_MONTH_OFFSETS[m["rm"]] if m["rm"] else 0, d=1 if m["fl"] == "اول" else None,
            mlast=m["fl"] == "اخر", only_alone=not (m["rm"] or m["this"]))))  # bare "الشهر": said alone only
        # ... and of a year: "آخر يوم في السنة", "أول يوم من العام المقبل", "آخر يوم من هذا العام" (bare العام/السنة alone
        # only), "أول يوم من عام 2016"
        ydirs = {**AR_MONTH_OFFSETS, **{k + "ه": v for k, v in AR_MONTH_OFFSETS.items()}}  # السنة الماضية
        pat = re.compile(rf"{L}(?P<fl>اول|اخر)\s+یوم\s+(?:من|فی)\s+(?:(?:(?:ال)?(?:عام|سنه)\s+)?(?P<y>(?:19|20)\d\d)(?!\d)|"  # not a Hijri 14xx
                         rf"(?:ال)?(?:عام|سنه)\s+(?P<ry>{_alt(ydirs)})|"
                         rf"(?P<this>هذا\s+العام|هذه\s+السنه)|(?:العام|السنه)(?!\s+[^\W\d_])){R}")
        rules.append((_free(pat), lambda m, _t, yd=ydirs: _Cand(
            m.start(), m.end(), _int(m["y"]), 1 if m["fl"] == "اول" else 12, 1 if m["fl"] == "اول" else 31,
            year_shift=None if m["y"] else yd[m["ry"]] if m["ry"] else 0, only_alone=not (m["ry"] or m["this"] or m["y"]))))
    if lang == "ar" and (words := relative_words("ar")) is not None:
        # "أول جمعة من الشهر المقبل", "الجمعة الأخيرة من هذا الشهر": the Nth (or last) weekday of a month named from
        # publication's
        bare = _without_article(words.weekdays)
        pat = re.compile(rf"{L}(?:(?P<n2>{_alt(_AR_NTH_LEAD)})\s+(?P<wd2>{_alt(bare)})|(?:یوم\s+)?(?P<wd>{_alt(words.weekdays)})"
                         rf"\s+(?P<n>{_alt(_AR_NTH)})){R}\s+(?:(?:من|فی|في)\s+|ب(?=ال))(?:(?:ال)?شهر\s+(?P<rm>{_alt(AR_MONTH_OFFSETS)})|"
                         rf"(?P<this>هذا\s+الشهر)|الشهر(?!\s+[^\W\d_])){R}")
        rules.append((_free(pat), lambda m, _t, b=bare: _Cand(
            m.start(), m.end(), moff=AR_MONTH_OFFSETS[m["rm"]] if m["rm"] else 0,
            nth=(b[m["wd2"]], _AR_NTH_LEAD[m["n2"]]) if m["n2"] else (b[m["wd"]], _AR_NTH[m["n"]]),
            only_alone=not (m["rm"] or m["this"]))))  # bare "الشهر" ("آخر جمعة من الشهر"): said alone only, as the day's rule
        # ... or of a Lunar Hijri month: "آخر جمعة من شهر رمضان المبارك", "الجمعة الأخيرة في رمضان", "أول خميس من رجب 1446هـ",
        # "آخر جمعة من رمضان المقبل"; "السبت الأول من رمضان" may also be "Saturday, the 1st of Ramadan" (nth_day)
        pat = re.compile(rf"{L}(?:(?P<n2>{_alt(_AR_NTH_LEAD)})\s+(?P<wd2>{_alt(bare)})|(?:یوم\s+)?(?P<wd>{_alt(words.weekdays)})"
                         rf"\s+(?P<n>{_alt(_AR_NTH)})){R}\s+(?:(?:من|فی)\s+)?(?:شهر\s+)?(?P<hmon>{_alt(words.hijri_months)}){R}"
                         rf"(?:\s+(?:ال)?مبارک{R})?(?:\s+(?P<dir>{_alt(AR_MONTH_OFFSETS)}){R}|\s*[,،]?\s*(?:من\s+)?"
                         r"(?:(?:ل|لل)?عام\s+|سنه\s+)?(?P<hy>1[34]\d\d)(?!\d)(?:\s?(?:هـ+|ه)(?![\u0600-\u06ff]))?)?")
        rules.append((_free(pat), lambda m, _t, b=bare, hm=words.hijri_months: _hijri_nth(
            m, hm[_one_space(m["hmon"])], (b[m["wd2"]], _AR_NTH_LEAD[m["n2"]]) if m["n2"] else (b[m["wd"]], _AR_NTH[m["n"]]),
            _int(m["hy"]), _hijri_dir(m["dir"]) if m["dir"] else None, nth_day=not m["n2"])))
    if lang == "ar" and (words := relative_words("ar")) is not None:
        nth = {k: v for k, v in _AR_NTH.items() if v > 0}
        # not a longer ordinal day ("السبت الخامس عشر رمضان") nor a day before a month's name
        pat = re.compile(rf"{L}(?:یوم\s+)?(?P<wd>{_alt(words.weekdays)})\s+(?P<n>{_alt(nth)}){R}"
                         r"(?!\s+(?:من|فی|في|بعد|قبل|عشر|عشره|شهر)(?![^\W\d_]))(?!\s+و)"
                         rf"(?!\s+(?:{_alt(MONTHS['ar'])}|{_alt(words.hijri_months)}){R})")
        rules.append((_free(pat), lambda m, _t, w=words, nth=nth: _nth_weekday_this_month(m, w.weekdays[m["wd"]], nth[m["n"]])))
    if lang == "ar" and (words := relative_words("ar")) is not None:
        # "الجمعة 15": a weekday and a bare day with nothing after it (no month, no counted noun: "الجمعة 15 قتيلا")
        pat = re.compile(rf"{L}(?:(?:في|فی)\s+)?(?:یوم\s+)?(?P<wd>{_alt(words.weekdays)})\s+(?P<d>[12]?\d|3[01])"
                         r"(?![\s\u200c]*(?:[\d/\-]|\.\s*\d))(?![\s\u200c]*[^\W\d_])")  # a full stop may end it
        rules.append((pat, lambda m, _t, w=words: _weekday_bare_day(m, w.weekdays[m["wd"]])))
        # "الجمعة الثاني والعشرين", "يوم الثلاثاء الخامس عشر", "الخميس في العاشر": a weekday and its day as an ordinal word (the
        # first five are "the Nth weekday", above), ending the clause: the day of the nearest month that falls on it
        pat = re.compile(rf"{L}(?:یوم\s+)?(?P<wd>{_alt(words.weekdays)})\s+(?:(?:في|فی)\s+)?{AR_ORDINAL_RE}{R}(?=\s*(?:[.,،؛:!?؟)]|$))")
        rules.append((_free(pat), lambda m, _t, w=words: _weekday_ordinal_day(m, w.weekdays[m["wd"]])))
        # "الجمعة 22/3", "الأحد، 5/1": a weekday and a day/month with no year ending the clause (the weekday makes the pair
        # a date; not "فاز الجمعة 3/1 على منافسه", a score)
        pat = re.compile(rf"{L}(?:یوم\s+)?(?P<wd>{_alt(words.weekdays)})\s*[,،]?\s*(?:الموافق\s+)?(?P<d>{D})\s*/\s*"
                         r"(?P<mo>1[0-2]|0?[1-9])(?![\d/-]|[.,]\d)(?=\s*(?:[.,،؛:!?؟)(]|$))")
        rules.append((pat, lambda m, _t, w=words: _Cand(m.start(), m.end(), None, int(m["mo"]), int(m["d"]),
                                                          label=w.weekdays[m["wd"]], hnum=True)))
        # "الجمعة في خمسة عشر": في and the day in words, every word a number word, then the end of the clause (with no
        # في, "قتل الجمعة خمسة" counts five)
        pat = re.compile(rf"{L}(?:یوم\s+)?(?P<wd>{_alt(words.weekdays)})\s+(?:في|فی)\s+"
                         r"(?P<dw>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})(?=\s*(?:[.,،؛:!?؟)]|$))")
        rules.append((_free(pat), lambda m, _t, w=words: _weekday_word_day(m, w.weekdays[m["wd"]])))
    if lang == "ar":  # "الخامس عشر", "في العاشر", "يوم الثالث والعشرين" said alone: a day of publication's month, as en "the 15th"
        pat = re.compile(rf"^[\s\W]*?(?:(?:في|فی)\s+)?(?:(?:ال)?یوم\s+)?(?P<f>{AR_ORDINAL_RE}){R}[\s.!?,;:؟،]*$")
        rules.append((_free(pat), lambda m, _t: _Cand(m.start("f"), m.end("f"), d=d, day_only=True)
                      if (d := arabic_ordinal(m)) is not None and 1 <= d <= 31 else None))
    if lang == "ar":  # "ثلاثاء", "يوم خميس" said alone: a weekday without its article (in running text احد is "one")
        pat = re.compile(rf"^[\s\W]*?(?P<f>(?:یوم\s+)?(?P<wd>{_alt(AR_BARE_WEEKDAYS)}))[\s.!?,;:؟،]*$")
        rules.append((_free(pat), lambda m, _t: _Cand(m.start("f"), m.end("f"), weekday=AR_BARE_WEEKDAYS[m["wd"]])))
    if lang == "ar":  # "خميس الأسبوع المقبل": a weekday without its article, in construct with the week named after it
        # (_weekday_weeks joins the two: that weekday of that week)
        pat = re.compile(rf"{L}(?P<wd>{_alt(AR_BARE_WEEKDAYS)}){R}(?=\s+الاسبوع\s)")
        rules.append((_free(pat), lambda m, _t: _Cand(m.start(), m.end(), weekday=AR_BARE_WEEKDAYS[m["wd"]])))
    if lang == "ar":  # "شهر تسعة", "شهر حدعشر" said alone: a month by its number in words (Levantine and Gulf forms too)
        pat = re.compile(rf"^[\s\W]*?(?P<f>شهر\s+(?P<n>{_alt(AR_MONTH_NUMBER_WORDS)}))[\s.!?,;:؟،]*$")
        rules.append((_free(pat), lambda m, _t: _Cand(m.start("f"), m.end("f"), None,
                                                       AR_MONTH_NUMBER_WORDS[re.sub(r"\s+", " ", m["n"])])))
    if (fest := lexicon(lang).get("festivals_alone")) and lang in FESTIVAL_FRAMES:
        # "Quốc khánh", "Tết Nguyên đán 2025", "วันแม่ 2567", "Christmas 2014", "عيد الحب", "نوروز ۱۳۹۲" said alone
        # (data/dates.json festivals_alone)
        fest = {k: {re.sub(r"\s+", " ", fold(n)).lower(): v for n, v in tab.items()}
                for k, tab in fest.items() if not k.startswith("_")}
        names = _alt([n for tab in fest.values() for n in tab]).replace("'", "['’]")  # "New Year’s Day"
        pre, yp = FESTIVAL_FRAMES[lang]
        pat = re.compile(rf"^[\s\W]*?(?P<f>{pre}(?P<n>{names}){yp})[\s.!?,;:]*$", re.IGNORECASE)
        rules.append((_free(pat), lambda m, _t, lg=lang, fest=fest: _festival_alone(m, lg, fest)))
    if lang in EDGE_DAY:
        # "ngày này năm ngoái", "วันนี้เมื่อปีที่แล้ว": publication's day a year or a month away; "ngày cuối cùng của tháng
        # này", "วันแรกของเดือนหน้า": the first or last day of a month named by its shift from publication's
        same, edge = EDGE_DAY[lang]
        rules.append((_free(same), lambda m, _t: _Cand(m.start(), m.end(), rel=7 * EDGE_WEEK[k]) if (
            k := re.sub(r"\s+", " ", m["rel"]).lower()) in EDGE_WEEK else _Cand(m.start(), m.end(), moff=EDGE_SHIFT[k], pubday=True)))
        rules.append((_free(edge), _edge_day))
    if lang == "vi" and (words := relative_words("vi")) is not None:
        # "thứ Ba hai tuần trước", "thứ Sáu của ba tuần tới": that weekday of the week N weeks before (after) publication's
        vwd = {k: v for k, v in words.weekdays.items() if k.startswith(("thứ", "chủ"))}
        pat = re.compile(rf"{L}(?:(?:vào|hôm|ngày)\s+)?(?P<wd>{_alt(vwd)})\s+(?:của\s+)?(?P<n>hai|ba|bốn|[2-4])\s+tuần\s+"
                         rf"(?P<dir>trước|qua|sau|tới|nữa){R}", re.IGNORECASE)
        rules.append((_free(pat), lambda m, _t, w=vwd: _Cand(m.start(), m.end(), weekday=w[m["wd"].lower()], wmode="this_week",
                                                             wweeks=(1 if m["dir"].lower() in ("sau", "tới", "nữa") else -1) * (
                                                                 int(m["n"]) if m["n"].isdigit() else
                                                                 {"hai": 2, "ba": 3, "bốn": 4}[m["n"].lower()]))))
    if lang in WEEKS_OFF_WEEKDAY and (words := relative_words(lang)) is not None:
        # zh "两周前的周三", "三周后的周五"; th "วันอังคารเมื่อสองสัปดาห์ก่อน": that weekday of the week N weeks before (after)
        # publication's; ru "позапрошлый вторник": the one before the last
        pat, nums = WEEKS_OFF_WEEKDAY[lang]
        pat = re.compile(pat.format(wd=_alt(words.weekdays)), re.IGNORECASE)
        rules.append((_free(pat), lambda m, _t, w=words, nums=nums: _Cand(
            m.start(), m.end(), weekday=w.weekdays[m["wd"].lower()], wmode="before_last") if m.groupdict().get("n") is None
            else _Cand(m.start(), m.end(), weekday=w.weekdays[m["wd"].lower()], wmode="this_week",
                       wweeks=(-1 if m["dir"] in ("前", "以前", "ก่อน", "ที่แล้ว", "ที่ผ่านมา") else 1) * nums[m["n"]])))
    if lang == "th" and (words := relative_words("th")) is not None:
        # "วันจันทร์ที่ 17", "วันศุกร์ที่ 14 นี้", "เมื่อวันพุธที่ 5 ที่ผ่านมา": a weekday and its day with no month (nor ของ,
        # "of", after it): the nearest day of a month that falls on it, on the side its direction word names
        pat = re.compile(rf"(?:(?:เมื่อ|ใน)\s*)?(?P<wd>{_alt(words.weekdays)})\s*ที่\s*(?P<d>{D})(?![\d/.,:\-])"
                         rf"(?!\s*(?:เดือน|ของ|ถึง|-|–|{_alt(MONTHS['th'])}))\s*(?P<dir>ที่ผ่านมา|ที่แล้ว|ที่จะถึงนี้|ที่จะถึง|นี้)?")
        rules.append((_free(pat), lambda m, _t, w=words: _th_weekday_day(m, w.weekdays[m["wd"]])))
    if lang == "th":  # "เดือนนี้ปีที่แล้ว", "เดือนนี้ของปีหน้า": publication's month of the year before (after): 12 months away
        pat = re.compile(r"เดือนนี้\s*(?:ของ\s*)?(?:(?P<past>ปีที่แล้ว|ปีก่อน|ปีที่ผ่านมา|ปีกลาย)|ปีหน้า|ปีถัดไป)")
        rules.append((_free(pat), lambda m, _t: _Cand(m.start(), m.end(), period=("month", -12 if m["past"] else 12))))
    if lang == "en":
        rules.append((EN_WEEKDAY_ORDINAL_DAY, _en_weekday_ordinal_day))
        rules.append((_free(EN_MONTH_WORD_DAY), _en_word_date))
        rules.append((_free(EN_NTH_WEEKDAY), _en_nth_weekday))
        rules.append((_free(EN_NTH_WEEKDAY_NO_MONTH), lambda m, _t: _nth_weekday_this_month(
            m, _EN_WEEKDAYS.index(m["wd"].lower()), _EN_NTH[m["n"].lower()])))
        rules.append((_free(EN_IN_YEAR_WORDS), _en_in_year_words))
        # "nineteen twenty eight" said alone: a year said as its century and two figures (as ar); "two thousand and
        # eighteen" alone stays a figure
        rules.append((_free(re.compile(rf"^\s*(?P<y>{_EN_YEAR_WORDS})\s*[.!?]?\s*$", re.IGNORECASE)), _en_spoken_year_alone))
        # "on Good Friday", "Easter Monday 2019", "since Palm Sunday": a feast named as a weekday is that feast in running
        # text too (never the plain weekday): the nearest one, or its year's
        wfeasts = {k: v for k, v in (lexicon("en").get("festivals_alone") or {}).get("easter", {}).items()
                   if k.split()[-1] in _EN_WEEKDAYS}
        wfeast = re.compile(rf"\b(?P<n>{_alt(wfeasts)})\b(?:\s*,?\s*(?P<y>{Y4}))?", re.IGNORECASE)
        rules.append((_free(wfeast), lambda m, _t, w=wfeasts: _Cand(m.start(), m.end(), _int(m["y"]), feast=(
            "easter", *w[re.sub(r"\s+", " ", m["n"]).lower()], 0))))
        # "two weeks ago Tuesday", "a week ago Sunday": the weekday that many weeks before the latest one (publication's
        # day included); "a week from Monday", "two weeks on Friday": that many weeks after the coming one
        wk_off = re.compile(rf"\b(?P<n>an?|one|two|three|four|[1-4])\s+weeks?\s+(?P<dir>ago|from|on)\s+(?:this\s+)?"
                            rf"(?P<wd>{_alt(_EN_WEEKDAYS)})\b(?!['’]s)", re.IGNORECASE)
        rules.append((_free(wk_off), _en_weeks_off_weekday))
        # "two Sundays from now", "three Fridays ago": the Nth such weekday after (before) publication's day
        counted = re.compile(rf"\b(?P<n>\d|{_alt(_EN_CARD[v] for v in range(2, 10))})\s+(?P<wd>{_alt(_EN_WEEKDAYS)})s\s+"
                             r"(?P<dir>from\s+(?:now|today)|hence|ago)\b", re.IGNORECASE)
        rules.append((_free(counted), _en_counted_weekday))
        # "Tue.", "on Wed", "Thurs., the ministers met": a weekday's abbreviation, capitalised, with its full stop or ending
        # the clause (not "The Sun.", not before a date it labels: "Tues. Oct 22" is the date's)
        abbr = re.compile(rf"(?<![Tt]he\s)\b(?P<wd>{_alt(EN_WEEKDAY_ABBR)})(?:\.|(?=\s*(?:[,;:)]|$)))"
                          r"(?!\s*,?\s*(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the\s+\d)))")
        rules.append((_free(abbr), lambda m, _t: _Cand(m.start(), m.end(), weekday=EN_WEEKDAY_ABBR[m["wd"]])))
        rules.append((_free(EN_WORD_DAY_OF_MONTH), _en_word_date))
        rules.append((_free(EN_DATE_YEAR_WORDS), _en_date_year_words))
        rules.append((_free(EN_NTH_MONTH_OF_YEAR), _en_nth_month_of_year))
        rules.append((_free(EN_DAY_OF_REL_MONTH), _en_day_of_rel_month))
        # "July the 4th", "July the 4th, 2016": the month, "the" and the day in figures with its ordinal ending
        month_the_day = re.compile(rf"\b(?P<mon>{_alt(MONTHS['en'])})\.?\s+the\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
                                   rf"(?:\s*,?\s*(?P<y>{Y4})(?!\d))?", re.IGNORECASE)
        rules.append((month_the_day, lambda m, _t: None if (mo := _month_of("en", m["mon"])) is None or
                      m["mon"].lower() == "may" and m["mon"] != "May" else _Cand(m.start(), m.end(), _int(m["y"]), mo, int(m["d"]))))
        # "the 1st", "5th" said alone: a day of publication's month (no context; in running text left, "the 5th" may be anything)
        day_alone = re.compile(r"^\s*(?:the\s+)?(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\s*[.!]?\s*$", re.IGNORECASE)
        rules.append((day_alone, lambda m, _t: _Cand(m.start("d"), m.end(), d=int(m["d"]), day_only=True)))
        # "June next year", "October last year", "March of last year": a month named right before its year's phrase (which _year_periods joins)
        year_after = re.compile(rf"\b(?P<mon>{_alt(k for k in MONTHS['en'] if len(k) > 3 or k == 'may')})(?=\s+(?:of\s+)?(?:last|next|this)\s+year\b)",
                                re.IGNORECASE)
        rules.append((_free(year_after), lambda m, _t: _month_alone(m, "en")))
    if lang in ("en", "ru", "ar", "fa"):  # "March", "июнь", "مارس", "آذار", "ژوئن" said alone: a month (the coming one, no
        # context); a year said alone is read by the year rules, in every language
        rules.append((_free(re.compile(rf"^\s*(?P<mon>{_alt(MONTHS[lang])})\.?\s*[.!]?\s*$", re.IGNORECASE)),
                      lambda m, _t, lg=lang: _Cand(m.start("mon"), m.end("mon"), None, mo) if (mo := _month_of(lg, m["mon"]))
                      else None))
    if lang == "ru":  # "две тысячи двадцатого года", "в две тысячи двадцать четвёртом году": a year in words, its last word
        # an ordinal (genitive, prepositional or nominative) before год
        rules.append((_free(RU_YEAR_WORDS), lambda m, _t: None if (y := _ru_year_words(m)) is None
                      else _Cand(m.start(), m.end(), y, year_only=True)))
        # ... after a day (in figures or an ordinal word) and its month: "восьмого августа две тысячи двадцатого года"
        ords = _ordinal_day_words("ru")
        full = re.compile(rf"(?<![^\W\d_])(?:(?P<d>{D})|(?P<w>{_alt(ords).replace(chr(92) + ' ', chr(92) + 's+')}))\s+"
                          rf"(?P<mon>{_alt(MONTHS['ru'])})\s+(?=две\s|тысяча\s|двухтысячн)",
                          re.IGNORECASE)
        rules.append((_free(full), _ru_day_month_year_words))
    if lang == "ru":  # "5-го", "5-е" said alone: a day of publication's month
        rules.append((re.compile(r"^\s*(?P<d>3[01]|[12]\d|0?[1-9])-(?:о?го|о?е)\s*[.!]?\s*$"),
                      lambda m, _t: _Cand(m.start("d"), m.end(), d=int(m["d"]), day_only=True)))
    if lang == "ru":  # "20-го числа", "до 15 числа", "третьего числа": a day of the month named by the word "число" alone
        words = _ordinal_day_words("ru")
        pat = re.compile(rf"(?<![\w.,/-])(?:(?P<d>3[01]|[12]\d|0?[1-9])(?:-?(?:о?го|е|ое))?|(?P<w>{_alt(words)}))\s+числа(?!\w)"
                         r"(?!\s+(?:каждого|всякого|любого|прошлого|предыдущего|следующего|будущего)(?!\w))",  # every month's, another's
                         re.IGNORECASE)
        # ... of a month counted from publication's ("15-го числа следующего месяца", "1 числа прошлого месяца"; the
        # months of data/dates.json's edge_day)
        rel = {_one_space(k.lower()): v for k, v in lexicon("ru")["edge_day"]["months"].items()}
        of_rel = re.compile(rf"(?<![\w.,/-])(?:(?P<d>3[01]|[12]\d|0?[1-9])(?:-?(?:о?го|е|ое))?|(?P<w>{_alt(words)}))\s+числа\s+"
                            rf"(?P<rm>{_alt(rel).replace(chr(92) + ' ', chr(92) + 's+')})(?!\w)", re.IGNORECASE)
        rules.append((_free(of_rel), lambda m, _t, w=words, rel=rel: _Cand(
            m.start(), m.end(), d=int(m["d"]) if m["d"] else w[re.sub(r"\s+", " ", m["w"]).lower()],
            moff=rel[re.sub(r"\s+", " ", m["rm"]).lower()])))
        rules.append((_free(pat), lambda m, t, w=words: None if RU_MONTH_BEFORE.search(t, max(0, _ru_pair_start(t, m.start()) - 30),
                                                                                       _ru_pair_start(t, m.start()))
                      else _Cand(m.start(), m.end(), d=int(m["d"]) if m["d"] else w[re.sub(r"\s+", " ", m["w"]).lower()],
                                 day_only=True)))
        # "8 и 14 числа": the first day of a coordinated pair before "числа" is a day of the month too
        pair = re.compile(r"(?<![\w.,/-])(?P<d>3[01]|[12]\d|0?[1-9])(?:-?(?:о?го|е|ое))?(?=(?:\s*(?:,|и|или)\s+"
                          r"(?:3[01]|[12]\d|0?[1-9])(?:-?(?:о?го|е|ое))?)+\s+числа(?!\w))", re.IGNORECASE)
        rules.append((pair, lambda m, t: None if RU_MONTH_BEFORE.search(t, max(0, _ru_pair_start(t, m.start()) - 30),
                                                                          _ru_pair_start(t, m.start()))
                      else _Cand(m.start(), m.end(), d=int(m["d"]), day_only=True)))
    return tuple(rules)


RU_PAIR_BEFORE = re.compile(r"(?<![\w.,/-])(?:(?:3[01]|[12]\d|0?[1-9])(?:-?(?:о?го|е|ое))?\s*(?:,|и|или)\s+)+$", re.IGNORECASE)


def _ru_pair_start(t: str, start: int) -> int:
    """Where the days coordinated before a day (of "числа") begin ("8 и 14 числа": at the 8), so that a month phrase before
    the pair ("в следующем месяце 8 и 14 числа") is seen."""
    pair = RU_PAIR_BEFORE.search(t, max(0, start - 40), start)
    return pair.start() if pair else start


# en days and years in words inside a date ("January twenty-second, 2018", "the twenty-first of September nineteen
# seventy-eight", "Sep 10, nineteen oh one"): only beside a month's name, never a bare run of number words
RU_MONTH_BEFORE = re.compile(r"(?:месяце|месяца|мес\.?)\s*,?\s*$", re.IGNORECASE)  # "в следующем месяце 5 числа": not this month's


def _en_words_by_value(key: str) -> dict[int, str]:
    """The first one-word entry of each whole value in data/numbers.json's ``key`` of "en" ("add": one .. ninety,
    "ordinal_words": first .. thirtieth), by value."""
    out: dict[int, str] = {}
    for w, v in language_data("en").get(key, {}).items():
        if isinstance(v, int) and re.fullmatch(r"[a-z]{2,}", w):
            out.setdefault(v, w)
    return out


_EN_CARD = _en_words_by_value("add")
_EN_ORD = _en_words_by_value("ordinal_words")
_EN_UNITS = tuple(_EN_CARD[v] for v in range(1, 10))
_EN_TEENS = tuple(_EN_CARD[v] for v in range(10, 20))
_EN_TENS = tuple(_EN_CARD[v] for v in range(20, 100, 10))
EN_ORD_DAYS = {_EN_ORD[v]: v for v in (*range(1, 21), 30)} | {f"{_EN_CARD[20]} {_EN_ORD[v]}": 20 + v for v in range(1, 10)} | {
    f"{_EN_CARD[30]} {_EN_ORD[1]}": 31}
EN_CARD_DAYS = {_EN_CARD[v]: v for v in (*range(1, 21), 30)} | {f"{_EN_CARD[20]} {_EN_CARD[v]}": 20 + v for v in range(1, 10)} | {
    f"{_EN_CARD[30]} {_EN_CARD[1]}": 31}


def _en_words_re(words: object) -> str:
    return "|".join(w.replace(" ", r"[\s-]+") for w in sorted(words, key=len, reverse=True))  # type: ignore[attr-defined]


_EN_NUM_WORD = "|".join(("zero", "oh", "hundred", "thousand", "and") + _EN_UNITS + _EN_TEENS + _EN_TENS)
_EN_YEAR_WORDS = rf"(?:{_EN_NUM_WORD})(?:[\s-]+(?:{_EN_NUM_WORD}))+"
_EN_MON = rf"(?P<mon>{_alt(MONTHS['en'])})\b\.?"  # the month names and their abbreviations
_EN_YEAR_TAIL = rf"(?:,?\s+(?P<y>{Y4}|{_EN_YEAR_WORDS})\b)?"
EN_MONTH_WORD_DAY = re.compile(
    rf"\b{_EN_MON}\s+(?:the\s+)?(?:(?P<ow>{_en_words_re(EN_ORD_DAYS)})|(?P<cw>{_en_words_re(EN_CARD_DAYS)})|"
    rf"(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)?)(?![\w-]){_EN_YEAR_TAIL}", re.IGNORECASE)
EN_WORD_DAY_OF_MONTH = re.compile(
    rf"\b(?:the\s+)?(?P<ow>{_en_words_re(EN_ORD_DAYS)})\s+of\s+{_EN_MON}{_EN_YEAR_TAIL}", re.IGNORECASE)


# "the 1st of next month", "the fifteenth of last month", "the last day of the month", "the first day of next month": a day
# of the month before, of or after publication's
EN_REL_MONTH = {"next": 1, "the next": 1, "the following": 1, "last": -1, "the last": -1, "the previous": -1, "this": 0,
                "the": 0, "this coming": 1}
EN_DAY_OF_REL_MONTH = re.compile(
    rf"\b(?:the\s+)?(?:(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?:\s+day)?|(?P<ow>{_en_words_re(EN_ORD_DAYS)})(?:\s+day)?"
    rf"|(?P<last>last)\s+day)\s+of\s+(?P<rel>{'|'.join(sorted(EN_REL_MONTH, key=len, reverse=True))})\s+month\b",
    re.IGNORECASE)


_RU_ORD_STEMS = {"перв": 1, "втор": 2, "треть": 3, "трет": 3, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7,
                 "восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13, "четырнадцат": 14,
                 "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19, "двадцат": 20,
                 "тридцат": 30, "сороков": 40, "пятидесят": 50, "шестидесят": 60, "семидесят": 70, "восьмидесят": 80,
                 "девяност": 90}
_RU_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
            "восемьдесят": 80, "девяносто": 90}
RU_YEAR_WORDS = re.compile(
    r"(?<![^\W\d_])(?:(?P<k>две\s+тысячи|тысяча\s+девятьсот)(?:\s+(?P<tens>" + "|".join(_RU_TENS) + r"))?\s+"
    r"(?P<ord>(?:" + "|".join(sorted(_RU_ORD_STEMS, key=len, reverse=True)) + r")(?:ого|ом|ый|ой|его|ем|ий))"
    r"|(?P<k2000>двухтысячн(?:ого|ом|ый)))\s+(?:года|году|год|г\.)(?![^\W\d_])", re.IGNORECASE)


def _ru_day_month_year_words(m: re.Match[str], t: str) -> _Cand | None:
    y = RU_YEAR_WORDS.match(t, m.end())
    year = _ru_year_words(y) if y else None
    mo = _month_of("ru", m["mon"])
    day = int(m["d"]) if m["d"] else _ordinal_day_words("ru").get(re.sub(r"\s+", " ", m["w"].lower()))
    if y is None or year is None or mo is None or day is None:
        return None
    return _Cand(m.start(), y.end(), year, mo, day)


def _ru_year_words(m: re.Match[str]) -> int | None:
    if m["k2000"]:
        return 2000
    base = 2000 if m["k"].lower().startswith("две") else 1900
    word = m["ord"].lower()
    stem = next(st for st in sorted(_RU_ORD_STEMS, key=len, reverse=True) if word.startswith(st))
    if (stem in ("трет", "треть")) != bool(re.search(r"(?:ьего|ьем|ий)$", word)) or word.endswith(("его", "ем", "ий")) \
            and stem not in ("трет", "треть"):
        return None  # only "третьего/третьем/третий" take the soft endings
    n = _RU_ORD_STEMS[stem]
    tens = _RU_TENS[m["tens"].lower()] if m["tens"] else 0
    if tens and n > 9:
        return None
    return base + tens + n


def _en_counted_weekday(m: re.Match[str], _t: str) -> _Cand | None:
    n = int(m["n"]) if m["n"].isdigit() else {w: v for v, w in _EN_CARD.items()}.get(m["n"].lower())
    if n is None or not 1 <= n <= 9:
        return None
    ago = m["dir"].lower() == "ago"
    return _Cand(m.start(), m.end(), weekday=_EN_WEEKDAYS.index(m["wd"].lower()), wmode="past" if ago else "next",
                 wweeks=-(n - 1) if ago else n - 1)


def _en_weeks_off_weekday(m: re.Match[str], _t: str) -> _Cand | None:
    word = m["n"].lower()
    n = 1 if word in ("a", "an", "one") else int(word) if word.isdigit() else {"two": 2, "three": 3, "four": 4}[word]
    ago = m["dir"].lower() == "ago"
    return _Cand(m.start(), m.end(), weekday=_EN_WEEKDAYS.index(m["wd"].lower()),
                 wmode="on_or_before" if ago else "coming", wweeks=-n if ago else n)


def _en_day_of_rel_month(m: re.Match[str], _t: str) -> _Cand | None:
    k = EN_REL_MONTH[re.sub(r"\s+", " ", m["rel"]).lower()]
    if m["last"]:
        return _rel_month_day(m, k, last=True)
    d = int(m["d"]) if m["d"] else EN_ORD_DAYS.get(re.sub(r"[\s-]+", " ", m["ow"]).lower())
    return _rel_month_day(m, k, d) if d else None


def _en_year_words(raw: str) -> int | None:
    """"two thousand and eighteen" 2018, "nineteen seventy-eight" 1978, "nineteen oh one" 1901, "nineteen hundred" 1900."""
    toks = re.split(r"[\s-]+", raw.lower().strip())
    whole = word_number(" ".join(toks), "en")
    if whole is not None and 1000 <= whole <= 2999 and "thousand" in toks:
        return int(whole)
    if len(toks) < 2 or toks[0] not in _EN_TEENS + ("twenty",) or toks[0] == "ten":
        return None
    century, rest = word_number(toks[0], "en"), toks[1:]
    if rest[0] == "hundred" and len(rest) > 1:  # "seventeen hundred (and) thirty three": 1733
        rest = rest[2:] if rest[1] == "and" else rest[1:]
        if not rest:
            return None
    elif rest == ["hundred"]:
        rest = ["zero", "zero"]
    if rest == ["zero", "zero"]:
        low: float | None = 0
    elif rest[0] in ("zero", "oh") and len(rest) == 2 and rest[1] in _EN_UNITS:
        low = _EN_UNITS.index(rest[1]) + 1
    elif rest[0] in _EN_TEENS or rest[0] in _EN_TENS:
        low = word_number(" ".join(rest), "en")
    else:
        return None
    if century is None or low is None or not 0 <= low <= 99 or low != int(low):
        return None
    return int(century) * 100 + int(low)


def _en_spoken_year_alone(m: re.Match[str], _t: str) -> _Cand | None:
    if "thousand" in m["y"].lower():
        return None
    y = _en_year_words(m["y"])
    return None if y is None or not 1100 <= y <= 2099 else _Cand(m.start("y"), m.end("y"), y, year_only=True, only_alone=True)


# "in nineteen ninety-eight": a year in words after "in", ending the clause (not "in nineteen ninety-eight cases")
EN_IN_YEAR_WORDS = re.compile(rf"\bin\s+(?P<y>{_EN_YEAR_WORDS})(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|when|after|before|until|as|"
                              r"the|he|she|they|it|we|i|you)\b)", re.IGNORECASE)


def _en_in_year_words(m: re.Match[str], _t: str) -> _Cand | None:
    y = _en_year_words(m["y"])  # with no month beside it, a year of the last three centuries only
    return None if y is None or not 1700 <= y <= 2099 else _Cand(m.start("y"), m.end("y"), y, year_only=True)


# "twenty five january nineteen eighty six", "6 april seventeen hundred thirty three", "august two thousand and fifteen",
# "the first of May, nineteen ninety": a month (a day before it in figures or words, or none) and a year said in words
EN_DATE_YEAR_WORDS = re.compile(
    rf"\b(?:(?:(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)?|(?:the\s+)?(?P<ow>{_en_words_re(EN_ORD_DAYS)})(?:\s+of)?"
    rf"|(?P<cw>{_en_words_re(EN_CARD_DAYS)}))\s+)?{_EN_MON}\s*,?\s+(?:of\s+)?(?P<y>{_EN_YEAR_WORDS})\b", re.IGNORECASE)


def _en_date_year_words(m: re.Match[str], _t: str) -> _Cand | None:
    """A month with its year in words (``EN_DATE_YEAR_WORDS``): the longest run of the year's words that reads as a
    year of 1100-2099, with the day before the month where one is written."""
    g = m.groupdict()
    mon = m["mon"]
    if mon.lower() in ("may", "march", "mar") and not mon[0].isupper() and not (g["d"] or g["ow"] or g["cw"]):
        return None  # "may", "march": the verbs
    mo = MONTHS["en"].get(mon.lower().rstrip("."))
    toks = list(re.finditer(r"[^\s-]+", m["y"]))
    for k in range(len(toks), 1, -1):
        y = _en_year_words(m["y"][:toks[k - 1].end()])
        if y is not None and 1100 <= y <= 2099:
            break
    else:
        return None
    key = lambda w: re.sub(r"[\s-]+", " ", w.lower())
    day = int(g["d"]) if g["d"] else EN_ORD_DAYS[key(g["ow"])] if g["ow"] else EN_CARD_DAYS[key(g["cw"])] if g["cw"] else None
    end = m.start("y") + toks[k - 1].end()
    if mo is None or day is not None and not _valid(y, mo, day) or EN_COUNT_GOES_ON.match(m.string, end):
        return None
    return _Cand(m.start(), end, y, mo, day)


# after a year said in words, a word that is no clause's start makes the words a count ("In August two thousand people
# marched")
EN_COUNT_GOES_ON = re.compile(r"\s+(?!(?:in|on|at|and|or|but|when|while|the|a|an|to|as|after|before|until|since|he|she|they|"
                              r"it|we|i|you|was|were|is|are|had|has|have|will|would|for|with|by|from)\b)[A-Za-z]", re.IGNORECASE)


# "the third month of 2021", "the 9th month of next year", "the twelfth month of the year": a month by its place in a year
_EN_MONTH_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                 "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
EN_NTH_MONTH_OF_YEAR = re.compile(
    rf"\bthe\s+(?:(?P<n>1[0-2]|[1-9])(?:st|nd|rd|th)|(?P<ow>{_alt(_EN_MONTH_ORD)}))\s+month\s+of\s+"
    rf"(?:(?:the\s+year\s+)?(?P<y>{Y4})(?!\d)|(?P<ry>this|last|next|the)\s+year\b)", re.IGNORECASE)


def _en_nth_month_of_year(m: re.Match[str], _t: str) -> _Cand | None:
    mo = int(m["n"]) if m["n"] else _EN_MONTH_ORD[m["ow"].lower()]
    if m["y"]:
        return _Cand(m.start(), m.end(), int(m["y"]), mo)
    return _Cand(m.start(), m.end(), None, mo, year_shift={"last": -1, "next": 1}.get(m["ry"].lower(), 0))


def _en_word_date(m: re.Match[str], _t: str) -> _Cand | None:
    g = m.groupdict()
    mon = m["mon"]
    if mon.lower() in ("may", "march", "mar") and not mon[0].isupper():
        return None  # "may", "march": the verbs
    mo = MONTHS["en"][mon.lower()]
    key = lambda w: re.sub(r"[\s-]+", " ", w.lower())
    day = EN_ORD_DAYS[key(g["ow"])] if g["ow"] else EN_CARD_DAYS[key(g["cw"])] if g.get("cw") else int(g["d"])
    y = None
    if m["y"]:
        y = int(m["y"]) if m["y"].isdigit() else _en_year_words(m["y"])
    if g.get("d") and (y is None or m["y"].isdigit()):
        return None  # a day in figures with its year in figures or none: the month-name rules read it
    if g.get("cw") and y is None:
        return None  # "March two miles": a cardinal word after a month is its day only with a year after it
    end = m.end() if y is not None else max(m.end("mon"), m.end("ow") if g["ow"] else m.end("cw"))
    if not _valid(y or 2000, mo, day):
        return None
    return _Cand(m.start(), end, y, mo, day)


# "the second Sunday of May", "the last Friday of May 2019", ar "الأحد الثاني من مايو", zh "五月的第二个星期日": the Nth
# (or last) weekday of a month, only where the month is named
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
EN_WEEKDAY_ABBR = {"Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thu": 3, "Thur": 3, "Thurs": 3, "Fri": 4, "Sat": 5, "Sun": 6}
_EN_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "1st": 1, "2nd": 2, "3rd": 3,
           "4th": 4, "5th": 5}
EN_NTH_WEEKDAY = re.compile(rf"\b(?:the\s+)?(?P<n>{'|'.join(_EN_NTH)})\s+(?P<wd>{'|'.join(_EN_WEEKDAYS)})\s+(?:of|in)\s+"
                            rf"{_EN_MON}(?:,?\s+(?P<y>{Y4}))?", re.IGNORECASE)
_AR_NTH = {fold(w): n for w, n in {"الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "الأخير": -1,
                                          "الأولى": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5,
                                          "الأخيرة": -1}.items()}
_AR_NTH_LEAD = {fold(w): n for w, n in {"أول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "آخر": -1}.items()}
_FA_NTH = {fold(w): n for w, n in {"اولین": 1, "نخستین": 1, "دومین": 2, "سومین": 3, "چهارمین": 4, "پنجمین": 5,
                                          "آخرین": -1}.items()}
_ZH_NTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}


def _nth_weekday(y: int, mo: int, weekday: int, n: int) -> int | None:
    """The day of month ``mo`` of ``y`` that is its ``n``-th weekday ``weekday`` (-1: its last), None past its end (or
    past the calendar: "first Saturday of January" said alone on 9999-12-31)."""
    if not 1 <= mo <= 12 or not 1 <= y <= dt.MAXYEAR:
        return None
    last = calendar.monthrange(y, mo)[1]
    days = [d for d in range(1, last + 1) if dt.date(y, mo, d).weekday() == weekday]
    return days[-1] if n == -1 else days[n - 1] if n <= len(days) else None


def _nth_of_days(first: dt.date, last: dt.date, weekday: int, n: int, nth_day: bool = False) -> dt.date | None:
    """The ``n``-th weekday ``weekday`` (-1: the last) of the days ``first`` .. ``last`` (a Solar or a Lunar month); with
    ``nth_day``, the ``n``-th day itself when it falls on that weekday."""
    if nth_day and 0 < n <= (last - first).days + 1 and (first + dt.timedelta(days=n - 1)).weekday() == weekday:
        return first + dt.timedelta(days=n - 1)
    days = [d for d in (first + dt.timedelta(days=i) for i in range((last - first).days + 1)) if d.weekday() == weekday]
    return days[-1] if n == -1 and days else days[n - 1] if 0 < n <= len(days) else None


def _hijri_month_days(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    """The first and last Gregorian day of a Lunar Hijri month."""
    first = hijri_to_gregorian(year, month, 1)
    nxt = hijri_to_gregorian(year + month // 12, month % 12 + 1, 1)
    return None if first is None or nxt is None else (first, nxt - dt.timedelta(days=1))


def _hijri_nth(m: re.Match[str], month: int, nth: tuple[int, int], year: int | None = None,
               direction: int | None = None, nth_day: bool = False) -> _Cand | None:
    """"آخر جمعة من رمضان", "the last Friday of Ramadan 1445": the Nth (or last) weekday of a Lunar Hijri month; of its
    written year, else of the month a direction word names ("رمضان المقبل"), else of the nearest one (as a Hijri day).
    ``nth_day``: the weekday first ("السبت الأول من رمضان") is also "Saturday, the 1st": day N when it falls on it."""
    nth_day = nth_day and nth[1] > 0
    if year is not None:
        span = _hijri_month_days(year, month)
        day = None if span is None else _nth_of_days(*span, *nth, nth_day=nth_day)
        return None if day is None else _Cand(m.start(), m.end(), day.year, day.month, day.day, cal=LUNAR_HIJRI)
    if direction is not None:
        return _Cand(m.start(), m.end(), hmonth=(month, direction), nth=nth, nth_day=nth_day)
    return _Cand(m.start(), m.end(), hijri=(month, 15), nth=nth, nth_day=nth_day)


def _nth_cand(m: re.Match[str], mo: int | None, weekday: int, n: int, y: int | None) -> _Cand | None:
    end = max(m.end("mon"), m.end("wd"), m.end("y") if m["y"] else 0)  # "of May.": the sentence's full stop is no abbreviation's
    return None if mo is None else _Cand(m.start(), end, y, mo, nth=(weekday, n))


def _en_nth_weekday(m: re.Match[str], _t: str) -> _Cand | None:
    if m["mon"].lower() in ("may", "march", "mar") and not m["mon"][0].isupper():
        return None
    return _nth_cand(m, MONTHS["en"][m["mon"].lower()], _EN_WEEKDAYS.index(m["wd"].lower()), _EN_NTH[m["n"].lower()],
                     int(m["y"]) if m["y"] else None)


def _without_article(words: dict[str, int]) -> dict[str, int]:
    """Arabic weekday names as written and without their article (أول جمعة beside الجمعة)."""
    return {re.sub(r"^ال", "", k): v for k, v in words.items()} | dict(words)


# "the second Sunday", ar "الثلاثاء الثالث": the Nth weekday with no month named is of publication's month (not "last":
# "last Sunday" is the latest Sunday; not before a month, "after", "every": "the first Monday after the vote")
EN_NTH_WEEKDAY_NO_MONTH = re.compile(
    rf"(?<!every\s)\b(?:the\s+)?(?P<n>{'|'.join(k for k, v in _EN_NTH.items() if v > 0)})\s+(?P<wd>{'|'.join(_EN_WEEKDAYS)})\b"
    r"(?!\s+(?:of|in|after|before|since|following|each|every)\b)", re.IGNORECASE)


def _nth_weekday_this_month(m: re.Match[str], weekday: int, n: int) -> _Cand:
    return _Cand(m.start(), m.end(), nth=(weekday, n), moff=0)


# "Friday the 15th", "on Tuesday, 3rd": a weekday and an ordinal day with no month: the nearest month whose day falls on it
EN_WEEKDAY_ORDINAL_DAY = re.compile(rf"\b(?:on\s+)?(?P<wd>{'|'.join(_EN_WEEKDAYS)}),?\s+(?:the\s+)?(?P<d>[12]?\d|3[01])"
                                    r"(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
                                    re.IGNORECASE)


def _nth_weekday_rule(lang: str, weekdays: dict[str, int]) -> Rule:
    """ar "الأحد الثاني من مايو" (the weekday, its ordinal, من and the month), zh "2024年五月的第二个星期日"."""
    if lang == "zh":
        # ... or a month named from publication's: "下个月的第一个星期一", "本月最后一个星期五"
        # ... or a Lunar Hijri month: "斋月最后一个星期五" (its names: data/dates.json zh nth_weekday_hijri_months)
        hijri = lexicon("zh").get("nth_weekday_hijri_months", {}).get("names", {})
        mon = (r"(?:(?P<mon>1[0-2]|(?<!\d)[1-9]|十[一二]|[一二三四五六七八九十])月"
               rf"|(?P<rm>上个月|上個月|上月|本月|这个月|這個月|下个月|下個月|下月)|(?P<hmon>{_alt(hijri) or '(?!)'}))")
        pat = re.compile(rf"(?:(?P<y>{Y4})年)?{mon}(?:份)?(?:的)?(?:第(?P<n>[一二三四五1-5])|(?P<last>最后|最後))(?:一)?[个個]?"
                         rf"(?P<wd>{_alt(weekdays)})")
    else:
        mon = rf"(?P<mon>{_alt(MONTHS[lang])})"
        pat = re.compile(rf"{L}(?:یوم\s+)?(?P<wd>{_alt(weekdays)})\s+(?P<n>{_alt(_AR_NTH)}){R}\s+(?:من|فی|في)\s+"
                         rf"(?:شهر\s+)?{mon}{R}(?:\s*[,،]?\s*(?:(?:عام|سنه)\s+)?(?P<y>{Y4}))?")

        # ... and the ordinal first, the weekday with or without ال: "أول جمعة من مارس", "آخر خميس من شهر مايو 2024"
        lead = _alt(_AR_NTH_LEAD)
        bare = _without_article(weekdays)
        pat = re.compile(rf"{L}(?:{pat.pattern})|{L}(?P<n2>{lead})\s+(?P<wd2>{_alt(bare)}){R}\s+(?:من|فی|في)\s+"
                         rf"(?:شهر\s+)?(?P<mon2>{_alt(MONTHS[lang])}){R}(?:\s*[,،]?\s*(?:(?:عام|سنه)\s+)?(?P<y2>{Y4}))?")
        weekdays = bare

    def handler(m: re.Match[str], _t: str) -> _Cand | None:
        g = m.groupdict()
        if g.get("n2"):  # the ordinal first: the groups of the second form
            c = _Cand(m.start(), m.end(), int(g["y2"]) if g.get("y2") else None, _month_of(lang, g["mon2"]),
                      nth=(weekdays[g["wd2"]], _AR_NTH_LEAD[g["n2"]]))
            return c if c.m is not None else None  # "ثاني أحد من يونيو" is the second Sunday only (no "Sunday the 2nd")
        n = -1 if g.get("last") else _ZH_NTH[m["n"]] if lang == "zh" else _AR_NTH[m["n"]]
        if g.get("hmon"):  # zh "2022年斋月的最后一个星期五": the Hijri year whose month begins in that Gregorian year
            hmon = lexicon("zh")["nth_weekday_hijri_months"]["names"][g["hmon"]]
            y = int(m["y"]) if m["y"] else None
            if y is not None:
                jan = gregorian_to_hijri(dt.date(y, 1, 1))
                y = jan[0] + (hmon < jan[1])
            return _hijri_nth(m, hmon, (weekdays[m["wd"]], n), y)
        if g.get("rm"):  # zh "下个月的第一个星期一": of the month so many from publication's
            if m["y"]:
                return None
            return _Cand(m.start(), m.end(), nth=(weekdays[m["wd"]], n), moff=ZH_MONTH_SHIFT[m["rm"]])
        mo = _int(m["mon"]) if lang == "zh" else _month_of(lang, m["mon"])
        c = _nth_cand(m, mo, weekdays[m["wd"]], n, int(m["y"]) if m["y"] else None)
        if c is not None:
            c.nth_day = lang == "ar" and n > 0
        return c
    return (_free(pat), handler)


def _weekday_bare_day(m: re.Match[str], weekday: int) -> _Cand | None:
    d = int(m["d"])
    return _Cand(m.start(), m.end(), d=d, day_only=True, label=weekday, wnear=True) if 1 <= d <= 31 else None


def _rel_month_day(m: re.Match[str], moff: int, d: int | None = None, d2: int | None = None,
                   last: bool = False) -> _Cand:
    """Day ``d`` (to ``d2``), or the last day (``last``), of the month ``moff`` months from publication's: "下月九日",
    "the 5th of next month", "วันที่ 15 เดือนหน้า", "في الثالث من الشهر الجاري", "ngày cuối cùng của tháng sau"."""
    return _Cand(m.start(), m.end(), d=None if last else d, d2=d2, moff=moff, mlast=last)


def _lunar_run_end(c: _Cand, first: dt.date, span: int) -> None:
    """A run of lunar days ("正月初一至十五", "mùng 1 đến mùng 5 Tết"): its last day, ``span`` days after the Gregorian
    ``first``, is the candidate's end (none for a single day, span 0)."""
    if span:
        e = first + dt.timedelta(days=span)
        c.y2, c.m2, c.d2 = e.year, e.month, e.day


def _lunar_dated(m: re.Match[str], day: int, month: int, year: int, span: int = 0, leap: bool = False,
                 tz: float = 7.0) -> _Cand | None:
    """A lunar date with its year written ("农历2024年正月初七", "15/8/2017 âm lịch"): its Gregorian day (new moons
    reckoned at ``tz``), to ``span`` days later for a run; None for a day the calendar does not have."""
    solar = lunar_to_solar(day, month, year, leap, tz=tz)
    if solar is None:
        return None
    c = _Cand(m.start(), m.end(), solar.year, solar.month, solar.day, cal=CHINESE)
    _lunar_run_end(c, solar, span)
    return c


def _lunar_feast(start: int, end: int, mo: int, d: int, y: int | None, tz: float, /, **no_year: Any) -> _Cand | None:
    """A Chinese-calendar day (lunar month ``mo``, day ``d``; "Tết", "春节", "rằm tháng 9"): with a year, its Gregorian
    day in that lunar year (new moons reckoned at ``tz``); with none, a lunar date placed from publication (``lmd``),
    with the fields ``no_year`` adds."""
    if y is not None:
        solar = lunar_to_solar(d, mo, y, False, tz=tz)
        return None if solar is None else _Cand(start, end, solar.year, solar.month, solar.day, cal=CHINESE)
    return _Cand(start, end, lmd=(mo, d, False, 0), **no_year)


AR_BARE_WEEKDAYS = {fold(w): n for w, n in {"اثنين": 0, "إثنين": 0, "اتنين": 0, "ثلاثاء": 1, "ثلاثا": 1, "تلات": 1,
                                             "أربعاء": 2, "اربعا": 2, "خميس": 3, "جمعة": 4, "سبت": 5, "أحد": 6}.items()}
AR_MONTH_NUMBER_WORDS = {fold(w): n for w, n in {
    "واحد": 1, "اثنين": 2, "اتنين": 2, "ثلاثة": 3, "تلاتة": 3, "أربعة": 4, "اربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7,
    "ثمانية": 8, "تمانية": 8, "تسعة": 9, "عشرة": 10, "أحد عشر": 11, "احد عشر": 11, "احدعش": 11, "حدعش": 11,
    "حدعشر": 11, "احدعشر": 11, "اثنا عشر": 12, "اثني عشر": 12, "اتناشر": 12, "اطناشر": 12, "اثنعش": 12}.items()}
AR_MONTH_NUMBER_WORDS |= {fold(w): n for w, n in lexicon("ar").get("month_number_words", {}).items() if not w.startswith("_")}
# "شهر حدعشر القادم", "آخر جمعة من شهر تلاتة": the month by its number in words is a month name to every month rule, as
# "شهر 11" is (not "شهر واحد", one month: a count)
MONTHS["ar"] |= {f"شهر {w}": n for w, n in AR_MONTH_NUMBER_WORDS.items() if n > 1}
# fa "۲۴ ماه می", "۱۵ ماه اکتبر ۲۰۲۰": a Gregorian month named after ماه ("month of") is that month to every month rule
# (with ماه, "می" is no verb prefix)
MONTHS["fa"] |= {f"ماه {k}": n for k, n in list(MONTHS["fa"].items()) if not k.endswith("ٔ")}
FESTIVAL_FRAMES = {  # what may stand before a holiday's name said alone, and its year after it
    "vi": (r"(?:(?:ngày|lễ|dịp)\s+)?", r"(?:\s*,?\s*(?:năm\s+)?(?P<y>(?:19|20)\d\d))?"),
    "th": ("", r"(?:\s*(?:ปี\s*)?(?:(?P<era>พ\.\s?ศ\.|ค\.\s?ศ\.)\s*)?(?P<y>(?:19|20|24|25|26)\d\d))?"),
    "en": (r"(?:(?P<dir>last|next|previous|this|coming)\s+)?(?:the\s+)?", r"(?:\s*,?\s*(?:of\s+)?(?P<y>(?:19|20)\d\d))?"),
    "ru": (r"(?:(?:день|праздник)\s+)?", r"(?:\s*(?P<y>(?:19|20)\d\d)(?:\s*(?:года|год|г\.?))?)?"),
    "ar": ("", r"(?:\s*[,،]?\s*(?:(?:ل|لل)?عام\s+|سنه\s+)?(?P<y>(?:19|20)\d\d))?"),
    "fa": (r"(?:(?:روز|جشن|عید)\s+)?", r"(?:\s*(?:سال\s+)?(?P<y>(?:19|20|13|14)\d\d))?"),
}


_FESTIVAL_DIRS = {"last": -1, "previous": -1, "next": 1, "coming": 1, "this": 0}  # _PAST, _NEXT, _THIS


def _festival_alone(m: re.Match[str], lang: str, fest: dict) -> _Cand | None:
    """A holiday named alone: "solar" a Gregorian [month, day], "lunar" a Chinese-calendar one, "hijri" a Lunar Hijri
    one (the coming one; with a Gregorian year, that year's), "persian" a Solar Hijri one (with a Solar year, its),
    "nth" [month, weekday (0 Monday), n] the n-th weekday of a month (-1: its last)."""
    name = re.sub(r"\s+", " ", m["n"]).lower().replace("’", "'")
    start, end = m.start("f"), m.end("f")
    y = _year(m["y"], lang, m.groupdict().get("era"))  # a Thai year of the Buddhist Era (พ.ศ., past 2400) -> Gregorian
    feast = _feast_of(name, fest)
    if m.groupdict().get("dir"):  # en "last Christmas", "next Halloween": the latest one before publication, the next after
        if y is not None:
            return None
        if feast is not None:  # "previous easter", "last Thanksgiving": the feast's day moves from year to year
            return _Cand(start, end, feast=feast, direction=_FESTIVAL_DIRS[m["dir"].lower()])
        if name not in fest.get("solar", {}):
            return None
        mo, d = fest["solar"][name]
        return _Cand(start, end, None, mo, d, direction=_FESTIVAL_DIRS[m["dir"].lower()])
    if name in fest.get("easter", {}):  # "easter 2018", "Пасха", "Good Friday" said alone: a day counted from Easter
        return None if y is not None and y < 1500 else _Cand(start, end, y, feast=feast, coming=True)
    if name in fest.get("solar", {}):
        mo, d = fest["solar"][name]
        return None if y is not None and y < 1500 else _Cand(start, end, y, mo, d, coming=True)
    if name in fest.get("nth", {}):  # "Mother's Day": the n-th (-1: last) weekday of a month
        mo, wd, n = fest["nth"][name]
        return None if y is not None and y < 1500 else _Cand(start, end, y, mo, nth=(wd, n), coming=True)
    if name in fest.get("persian", {}):
        mo, d = fest["persian"][name]
        if y is not None and y >= 1500:
            return None  # "نوروز 2014": a Gregorian year for a Solar day, left
        return _Cand(start, end, int(m["y"]) if m["y"] else None, mo, d, solar=True, coming=True)
    if name in fest.get("hijri", {}):
        mo, d = fest["hijri"][name]
        if y is None:
            return _Cand(start, end, hijri=(mo, d), hdir=1)
        base = int((y - 622) * 1.0307)
        g = next((x for x in (hijri_to_gregorian(h, mo, d) for h in range(base - 2, base + 3))
                  if x is not None and x.year == y), None) if y >= 1500 else None
        return None if g is None else _Cand(start, end, g.year, g.month, g.day, lunar=True)
    if y is not None and y < 1500:
        return None
    mo, d, *after = fest["lunar"][name]
    if after and after[0]:  # vi "giao thừa": [1, 1, -1], the day before the lunar New Year, as zh 除夕 (alone only)
        return None if y is not None else _Cand(start, end, None, mo, d, lmd=(mo, d, False, after[0]))
    return _lunar_feast(start, end, mo, d, y, 7.0 if lang == "vi" else 8.0)


def _feast_of(name: str, fest: dict) -> tuple[str, int, int, int] | None:
    """A movable feast's rule: festivals_alone "easter" [days from Easter, 1 Orthodox] or "nth" [month, weekday, n]."""
    if name in fest.get("easter", {}):
        off, orthodox = fest["easter"][name]
        return "easter", int(off), int(orthodox), 0
    if name in fest.get("nth", {}):
        mo, wd, n = fest["nth"][name]
        return "nth", mo, wd, n
    return None


def easter_date(y: int, orthodox: bool = False) -> dt.date:
    """Easter Sunday of year ``y``: the Gregorian computus (anonymous algorithm), or the Orthodox one (Meeus' Julian
    computus, then the Julian date carried to the Gregorian calendar)."""
    if orthodox:
        a, b, c = y % 4, y % 7, y % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        return dt.date(y, month, day + 1) + dt.timedelta(days=y // 100 - y // 400 - 2)
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(y, month, day + 1)


def _feast_day(feast: tuple[str, int, int, int], y: int) -> dt.date | None:
    kind, a, b, n = feast
    if not 1583 <= y <= 9998:
        return None
    if kind == "easter":
        return easter_date(y, bool(b)) + dt.timedelta(days=a)
    d = _nth_weekday(y, a, b, n)
    return None if d is None else dt.date(y, a, d)


def _resolve_feast(c: _Cand, pub: dt.date | None, alone: bool) -> Resolved | None:
    """A movable feast: of its year when written; else, by publication, the latest before it (``direction`` past), the
    next after (next), this year's (this), the coming one said alone (publication's day included), the nearest one in
    running text."""
    assert c.feast is not None
    if c.y is not None:
        day = _feast_day(c.feast, c.y)
        return None if day is None else (day.isoformat(), None, EXPLICIT)
    if pub is None:
        return None
    if c.year_shift is not None:  # zh "今年复活节", "明年复活节": of publication's year, or the one before or after
        day = _feast_day(c.feast, pub.year + c.year_shift)
        return None if day is None else (day.isoformat(), None, RELATIVE)
    days = [x for x in (_feast_day(c.feast, k) for k in (pub.year - 1, pub.year, pub.year + 1)) if x is not None]
    if c.direction == _PAST:
        pick = max((x for x in days if x < pub), default=None)
    elif c.direction == _NEXT:
        pick = min((x for x in days if x > pub), default=None)
    elif c.direction == _THIS:
        pick = next((x for x in days if x.year == pub.year), None)
    elif alone or c.coming:
        pick = min((x for x in days if x >= pub), default=None)
    else:
        pick = min(days, key=lambda x: abs((x - pub).days), default=None)
    return None if pick is None else (pick.isoformat(), None, RELATIVE)


_WEEK_NUMS = {"2": 2, "3": 3, "4": 4, "两": 2, "二": 2, "兩": 2, "三": 3, "四": 4, "สอง": 2, "สาม": 3, "สี่": 4}
WEEKS_OFF_WEEKDAY = {  # (pattern with {wd}, the count words): see _rules
    "zh": (r"(?P<n>[234两二兩三四])\s*(?:个|個)?\s*(?:周|週|星期|礼拜|禮拜)(?P<dir>以前|以后|以後|前|后|後)的?\s*(?P<wd>{wd})",
           _WEEK_NUMS),
    "th": (r"(?P<wd>{wd})\s*(?:เมื่อ)?\s*(?P<n>[234]|สอง|สาม|สี่)\s*(?:สัปดาห์|อาทิตย์)\s*(?P<dir>ก่อน|ที่แล้ว|ที่ผ่านมา|หน้า|ข้างหน้า)",
           _WEEK_NUMS),
    "ru": (r"(?<![^\W\d_])(?:в\s+|во\s+)?позапрошл(?:ый|ую|ое|ой|ом|ая)\s+(?P<wd>{wd})(?![^\W\d_])", {}),
}


EDGE_SHIFT = {"năm ngoái": -12, "năm trước": -12, "năm sau": 12, "năm tới": 12, "tháng trước": -1, "tháng sau": 1,
              "tháng tới": 1, "tháng này": 0, "năm nay": 0,
              "ปีที่แล้ว": -12, "ปีก่อน": -12, "ปีที่ผ่านมา": -12, "ปีหน้า": 12, "เดือนที่แล้ว": -1, "เดือนก่อน": -1,
              "เดือนที่ผ่านมา": -1, "เดือนหน้า": 1, "เดือนนี้": 0}
EDGE_WEEK = {"tuần trước": -1, "tuần sau": 1, "tuần tới": 1, "สัปดาห์ที่แล้ว": -1, "สัปดาห์ก่อน": -1, "สัปดาห์หน้า": 1,
             "อาทิตย์ที่แล้ว": -1, "อาทิตย์หน้า": 1}  # "ngày này tuần sau", "วันนี้ของสัปดาห์หน้า": publication's weekday a week away
_VI_EDGE_REL = "năm ngoái|năm trước|năm sau|năm tới|tháng trước|tháng sau|tháng tới|tuần trước|tuần sau|tuần tới"
_TH_EDGE_REL = ("ปีที่แล้ว|ปีก่อน|ปีที่ผ่านมา|ปีหน้า|เดือนที่แล้ว|เดือนก่อน|เดือนที่ผ่านมา|เดือนหน้า|สัปดาห์ที่แล้ว|สัปดาห์ก่อน|"
                "สัปดาห์หน้า|อาทิตย์ที่แล้ว|อาทิตย์หน้า")
EDGE_DAY = {
    "vi": (re.compile(rf"{L}(?:ngày|hôm)\s+(?:này|nay)\s+(?:của\s+)?(?P<rel>{_VI_EDGE_REL}){R}", re.IGNORECASE),
           re.compile(rf"{L}ngày\s+(?:(?P<first>đầu\s+tiên)|(?P<last>cuối\s+cùng))\s+(?:của\s+)?(?:"
                      rf"(?P<rel>tháng\s+(?:này|trước|sau|tới))|tháng\s+(?P<m>0?[1-9]|1[0-2])(?!\d)(?:\s*(?:/|năm)\s*(?P<y>{Y4}))?)"
                      rf"{R}", re.IGNORECASE)),
    "th": (re.compile(rf"(?:วันนี้|วันเดียวกัน)\s*(?:เมื่อ|ของ|ใน)?\s*(?P<rel>{_TH_EDGE_REL})"),
           re.compile(rf"วัน(?:(?P<first>แรก)|(?P<last>สุดท้าย))\s*ของ\s*(?:(?P<rel>เดือน(?:นี้|หน้า|ที่แล้ว|ก่อน|ที่ผ่านมา))"
                      rf"|(?:เดือน\s*)?(?P<mon>{_alt(MONTHS['th'])})(?:\s*(?:ปี\s*)?(?:พ\.\s?ศ\.\s*)?(?P<y>{Y4}|25\d\d))?)")),
}


def _edge_day(m: re.Match[str], _t: str) -> _Cand | None:
    """The first or last day of a month: shifted from publication's ("tháng sau", "เดือนหน้า") or named, with its year or
    none (the year rule places it)."""
    last = bool(m["last"])
    g = m.groupdict()
    if g.get("rel"):
        return _rel_month_day(m, EDGE_SHIFT[re.sub(r"\s+", " ", m["rel"]).lower()], 1, last=last)
    mo = _int(g.get("m")) if g.get("m") else _month_of("th", g["mon"]) if g.get("mon") else None
    if mo is None:
        return None
    y = _int(g.get("y"))
    if y is not None and y > 2400:
        y -= 543
    return _Cand(m.start(), m.end(), y, mo, None if last else 1, mlast=last)


def _th_weekday_day(m: re.Match[str], weekday: int) -> _Cand | None:
    c = _weekday_bare_day(m, weekday)
    if c is not None and m["dir"]:
        c.ddir = -1 if m["dir"] in ("ที่ผ่านมา", "ที่แล้ว") else 1
    return c


def _weekday_ordinal_day(m: re.Match[str], weekday: int) -> _Cand | None:
    d = arabic_ordinal(m)
    return _Cand(m.start(), m.end(), d=d, day_only=True, label=weekday, wnear=True) if d is not None and 6 <= d <= 31 \
        else None


def _weekday_word_day(m: re.Match[str], weekday: int) -> _Cand | None:
    toks = [re.sub(r"^و(?=[^\W\d_]{3})", "", w) for w in m["dw"].split()]
    if any(word_number(w, "ar") is None for w in toks):
        return None  # "الجمعة في خمسة مواقع": a count of something
    d = word_number(m["dw"], "ar")
    if d is None or d != int(d) or not 1 <= d <= 31:
        return None
    return _Cand(m.start(), m.start("dw") + len(m["dw"]), d=int(d), day_only=True, label=weekday, wnear=True)


def _en_weekday_ordinal_day(m: re.Match[str], _t: str) -> _Cand | None:
    d = int(m["d"])
    if not 1 <= d <= 31:
        return None
    return _Cand(m.start(), m.end(), d=d, day_only=True, label=_EN_WEEKDAYS.index(m["wd"].lower()),
                 wnear=True)


# an English date written whole in a text of another script ("December 3, 2023" in a Thai fixture list, "3 Dec 2023"):
# the English month name (capitalised), its day and a four-digit year together are a date in any of these languages
FOREIGN_EN_DATES = ("th", "vi", "ar", "fa", "zh", "ru", "uk", "ja", "ko")


# a capitalised Latin word right before the day of such a date in a text of another script names a product and its
# version ("Windows 10 May 2020 Update"), unless it is one of these lead-ins
EN_DATE_LEAD_INS = re.compile(r"(?:On|Posted|Updated|Published|Dated)\s+$")
LATIN_NAME_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]*\s+$")


def _en_full_date_rules(lang: str) -> list[Rule]:
    """English dates written whole ("December 3, 2023", "3 Dec 2023") in a text of ``lang``, another language."""
    months = {m.capitalize() for m in MONTHS["en"]}
    names = "|".join(sorted(months, key=len, reverse=True))
    # vi "Tổng công ty May 10, 2024": May (garment, luck) is a Vietnamese word before a number
    mdy_names = "|".join(sorted(months - {"May"}, key=len, reverse=True)) if lang == "vi" else names
    mdy = re.compile(rf"(?<![^\W\d_])(?P<mon>{mdy_names})\.?\s+(?P<d>{D})(?:st|nd|rd|th)?,?\s+(?P<y>{Y4})")
    dmy = re.compile(rf"(?<![\d.])(?P<d>{D})(?:st|nd|rd|th)?\s+(?P<mon>{names})\.?,?\s+(?P<y>{Y4})")
    latin = lang == "vi"

    def cand(m: re.Match[str], t: str) -> _Cand | None:
        mo, d = MONTHS["en"][m["mon"].lower()], int(m["d"])
        if m.start() == m.start("d") and not latin and LATIN_NAME_BEFORE.search(t, max(0, m.start() - 24), m.start()) \
                and not EN_DATE_LEAD_INS.search(t, max(0, m.start() - 24), m.start()):
            return None
        return _Cand(m.start(), m.end(), int(m["y"]), mo, d) if _valid(int(m["y"]), mo, d) else None
    return [(mdy, cand), (dmy, cand)]


# th "วันที่ 15 เดือนหน้า" (the 15th of next month), "วันที่ 3 เดือนที่แล้ว", "วันที่ 20 เดือนนี้": a day of the month before,
# of or after publication's (as vi "ngày 5 tháng này", zh "下月5日")
TH_MONTH_OFFSETS = {"นี้": 0, "หน้า": 1, "ที่แล้ว": -1, "ก่อน": -1, "ที่ผ่านมา": -1}
TH_DAY_OF_RELATIVE_MONTH = re.compile(r"วันที่\s*(?P<d>[12]?\d|3[01])(?![\d/.,])\s*(?:ของ\s*)?เดือน\s*(?P<rm>นี้|หน้า|ที่แล้ว|ก่อน|ที่ผ่านมา)")


def _th_day_of_relative_month(m: re.Match[str], _t: str) -> _Cand | None:
    return _rel_month_day(m, TH_MONTH_OFFSETS[m["rm"]], int(m["d"]))


# a day of the month with no month and a direction word: th "เมื่อวันที่ 12 ที่ผ่านมา" (the 12th just past), "วันที่ 20 นี้"
# (the coming 20th); vi "ngày 20 tới", "ngày 12 vừa qua"
DAY_DIRECTION = {
    "th": re.compile(r"วันที่\s*(?P<d>[12]?\d|3[01])(?![\d/.,])\s*(?:(?P<past>ที่ผ่านมา|ที่แล้ว)|(?P<next>นี้|ที่จะถึง(?:นี้)?))"),
    "vi": re.compile(r"(?<![^\W\d_])ngày\s+(?P<d>[12]?\d|3[01])(?![\d/.,])\s+(?:(?P<past>vừa qua|vừa rồi|qua)|(?P<next>tới|sắp tới|này))"
                     r"(?![^\W\d_])", re.IGNORECASE),
}


def _day_with_direction(m: re.Match[str], _t: str) -> _Cand | None:
    d = int(m["d"])
    if not 1 <= d <= 31:
        return None
    return _Cand(m.start(), m.end(), d=d, day_only=True, ddir=-1 if m.groupdict().get("past") else 1)


def _bare_day_rule(lang: str) -> Rule | None:
    """th "วันที่ 5", vi "ngày 5", en "on the 5th" (ending a clause): a day of the month with no month, no direction word and nothing that makes it a count
    or the start of a longer date after it ("วันที่ 5 มีนาคม", "ngày 5/3", "ngày 5 và 6 tháng 3", "เป็นวันที่ 5" the fifth
    day running, "ngày 20 hàng tháng" every month's 20th): the day of the month nearest publication, as zh "5日"."""
    en_names = _alt(MONTHS["en"])  # "ngày 7 Sep 2022"
    if lang == "th":
        names = _alt([*MONTHS["th"], *TH_SPOKEN_MONTHS]) + "|" + en_names
        pat = re.compile(r"(?<!เป็น)(?<!เป็น\s)(?<!ครบ)(?<!ทุก)(?<!ทุก\s)วันที่\s*(?P<d>[12]?\d|3[01])(?![\d/.,:\-–])"
                         rf"(?!\s*(?:ของ|เดือน|ถึง|และ|หรือ|-|–|{names}))", re.IGNORECASE)  # "วันที่ 13 April 2024"
    elif lang == "ar":  # "يوم 15", "في 15" at the end of a clause: the 15th (not "في 15 دولة", "يوم 15 يناير", "5 في 15")
        pat = re.compile(r"(?<![^\W\d_])(?<!\d\s)(?:یوم|يوم|فی|في)\s+(?P<d>[12]?\d|3[01])(?=\s*(?:[.,،؛:!?؟)]|$))")
    elif lang == "en":  # "on the 5th" at the end of a clause ("Talks ended on the 5th."; not "on the 5th floor")
        pat = re.compile(r"(?<![^\W\d_])on\s+the\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)(?=\s*(?:[.,;:!?)]|$))", re.IGNORECASE)
    elif lang == "vi":
        pat = re.compile(r"(?<![^\W\d_])(?<!thứ\s)ngày\s+(?P<d>[12]?\d|3[01])(?![\d/.,:\-–]\s*\d|\d)"
                         rf"(?!\s*(?:tháng|năm|và|hoặc|đến|tới|-|–|/|,\s*\d|vừa|qua|này|sắp|âm|hàng|hằng|mỗi|{en_names})(?![^\W\d_]))",
                         re.IGNORECASE)
    else:
        return None
    return _free(pat), lambda m, _t: _Cand(m.start(), m.end(), d=int(m["d"]), day_only=True) if 1 <= int(m["d"]) <= 31 else None


# "the first five months of 2017": January to that month of the year written.
# th "วันที่สิบห้ามีนาคม", vi "ngày mười lăm tháng Ba", "mùng năm tháng 5": a day of the month in words (the count words of
# data/dates.json "offsets", 1-31), after the day's own word (วันที่, ngày, mùng, mồng) or said alone (the whole text); in
# running text without it a number word before a month is as often a count ("mười lăm tháng tù": fifteen months)
WORD_DAY_LEAD = {"th": r"วันที่\s*", "vi": r"(?:ngày|mùng|mồng)\s+"}


def _word_day_rules(lang: str) -> list[Rule]:
    if lang not in WORD_DAY_LEAD:
        return []
    words = {fold(k).lower(): v for k, v in lexicon(lang)["offsets"]["numbers"].items() if 1 <= v <= 31}
    num = _alt(words)
    if lang == "th":
        mon = rf"(?:เดือน\s*)?(?P<mon>{_alt(k for k in MONTHS['th'] if k not in TH_SPOKEN_MONTHS)})"
        year = r"(?:\s*(?P<era>พ\.ศ\.|ค\.ศ\.)?\s*(?P<y>\d{4}))?"
        pat = re.compile(rf"(?P<lead>{WORD_DAY_LEAD[lang]})?(?P<dw>{num})\s*{mon}{year}(?![\d])")
    else:
        mon = rf"tháng\s+(?:(?P<m>0?[1-9]|1[0-2])(?!\d)|(?P<mw>{_alt(VI_MONTH_WORDS)}){R})"
        year = rf"(?:(?:\s*(?:năm|,)\s*|\s+)(?P<y>{Y4}))?"
        pat = re.compile(rf"{L}(?P<lead>{WORD_DAY_LEAD[lang]})?(?P<dw>{num}){R}\s+{mon}{year}", re.IGNORECASE)

    def handler(m: re.Match[str], t: str) -> _Cand | None:
        alone = not t[:m.start()].strip(_NO_CONTEXT) and not t[m.end():].strip(_NO_CONTEXT)
        if not m["lead"] and not alone:
            return None
        if lang == "vi" and (VI_LUNAR.search(t, max(0, m.start() - 8), m.start())
                             or re.match(r"\s*\(?\s*âm lịch", t[m.end():m.end() + 12], re.IGNORECASE)):
            return None  # "mùng năm tháng năm âm lịch": a lunar day
        d = words.get(re.sub(r"\s+", " ", m["dw"]).lower())
        if lang == "th":
            mo, y = _month_of("th", m["mon"]), _year(m["y"], "th", m["era"])
        else:
            mo = int(m["m"]) if m["m"] else VI_MONTH_WORDS.get(re.sub(r"\s+", " ", m["mw"]).lower())
            y = _int(m["y"])
        if d is None or mo is None:
            return None
        return _Cand(m.start(), m.end(), y, mo, d)
    return [(_free(pat), handler)]


def _month_count_words(lang: str) -> dict[str, int]:
    """Number words of 2 to 12 in ``lang`` (folded, lower case), from data/numbers.json's ``add`` words."""
    add = language_data(lang).get("add", {})
    return {w: int(v) for w, v in add.items() if float(v).is_integer() and 2 <= v <= 12}


# the years counted from publication's a span of first months may name ("the first five months of this year", "今年前5个月"):
# each language's edge_day years (data/dates.json) and these
_FIRST_MONTHS_YEARS = {
    "en": {"this year": 0, "last year": -1, "next year": 1, "the past year": -1},
    "zh": {"今年": 0, "本年": 0, "去年": -1, "明年": 1, "前年": -2},
}


def _first_months_years(lang: str) -> dict[str, int]:
    """Folded phrase -> the year's offset from publication's, for ``_first_months``."""
    lex = lexicon(lang).get("edge_day") or {}
    words = {**lex.get("years", {}), **_FIRST_MONTHS_YEARS.get(lang, {})}
    return {re.sub(r"\s+", " ", fold(k).lower()): int(v) for k, v in words.items()}


_SPACE_ZWNJ = r"[ \u200c]+"


def _first_months_rules(lang: str) -> list[Rule]:
    """The first N months of a year, written or counted from publication's: "the first four months of 2019", "the first
    six months of this year", "للأشهر الخمسة الأولى من عام 2017", "الأشهر الستة الأولى من العام الجاري", "5 tháng đầu năm
    2022", "6 tháng đầu năm nay", "6 tháng đầu năm" (publication's year), "2018年前7个月", "今年前五个月", "2022年1-7月份",
    "11 เดือนแรกของปี 2566", "5 เดือนแรกของปีนี้", "первые пять месяцев этого года" (a range from January)."""
    counts = _month_count_words(lang)
    words = _alt(counts) if counts else r"(?!)"
    years = _first_months_years(lang)
    end = "" if lang in ("zh", "th") else r"(?![^\W\d_])"
    ry = rf"(?P<ry>{_alt(years).replace(chr(92) + ' ', _SPACE_ZWNJ)}){end}" if years else r"(?P<ry>(?!))"
    pats = {
        "en": rf"\bfirst\s+(?P<n>\d{{1,2}}|{words})\s+months\s+of\s+(?:(?:the\s+year\s+)?(?P<y>{Y4})(?!\d)|{ry})",
        "ar": rf"(?<![\u0600-\u06ff])(?:ال|لل)(?:اشهر|شهور)\s+(?:ال)?(?P<n>\d{{1,2}}|{words})\s+(?:ال)?اولی\s+"
              rf"(?:(?:من|في)\s+)?(?:(?:(?:ال)?عام\s+|(?:ال)?سنه\s+)?(?P<y>{Y4})(?!\d)|{ry})",
        # "6 tháng đầu năm": publication's year, unless a word after năm makes it another year ("năm học", "năm tài chính")
        "vi": rf"(?<![\d.,])(?P<n>\d{{1,2}}|{words})\s+tháng\s+đầu\s+(?:năm\s+(?P<y>{Y4})(?!\d)|{ry}|(?P<bare>năm)"
              r"(?![^\W\d_])(?!\s+(?:học|tài|ngân|âm|dương|nhuận|thứ|\d)))",
        "zh": rf"(?:(?P<y>{Y4})\s*年|{ry})\s*(?:前\s*(?P<n>\d{{1,2}}|{words}|十|十一|十二)\s*个?月|1\s*(?:-|–|—|至|到)\s*(?P<n2>\d{{1,2}})\s*月份?)",
        # th "11 เดือนแรกของปี 2566": a Buddhist-era year (or a Gregorian one)
        "th": rf"(?<![\d.,])(?P<n>\d{{1,2}}|{words})\s*เดือนแรก\s*(?:ของ\s*)?(?:ปี\s*(?:(?:พ\.\s?ศ\.|ค\.\s?ศ\.)\s*)?(?P<y>25\d\d|{Y4})(?!\d)|{ry})",
        "ru": rf"(?<![^\W\d_])перв(?:ые|ых|ым|ыми)\s+(?P<n>\d{{1,2}}|{words})\s+месяц(?:а|ев|ах|ам)\s+"
              rf"(?:(?P<y>{Y4})\s*(?:года|г\.)|{ry})",
    }
    if lang not in pats:
        return []
    return [(_free(re.compile(pats[lang], re.IGNORECASE)), partial(_first_months, counts, years))]


def _first_months(counts: dict[str, int], years: dict[str, int], m: re.Match[str], _text: str) -> _Cand | None:
    raw = m["n"] or m.groupdict().get("n2")
    n = _count(raw, counts, "")
    if n is None and raw is not None:
        n = _int(raw)  # zh "十一"
    if n is None or not 2 <= n <= 12:
        return None
    if m["y"]:
        y = int(m["y"])
        y -= 543 if y >= 2400 else 0  # th: the Buddhist era
        return _Cand(m.start(), m.end(), y, 1, None, y, n)
    shift = 0 if m.groupdict().get("bare") else years[re.sub(r"[\s\u200c]+", " ", m["ry"].lower())]
    return _Cand(m.start(), m.end(), None, 1, None, None, n, year_shift=shift)


# "the third quarter of 2016", "Q1 2018", "the first half of 2016", "الربع الأول من عام 2016", "2016年上半年": a quarter
# or a half of a written year, its months (zh quarters are the CJK rules' own)
_EN_PART_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": -1,
                "final": -1}  # -1: the last quarter or half
_AR_PART_NTH = {fold(w): n for w, n in {"الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الأخير": -1}.items()}
_EN_YEAR_DIR = {"this": 0, "last": -1, "next": 1}  # "the first half of next year": publication's year plus this


# A quarter by its number or ordinal: with a written year anywhere ("первый квартал 2013 года", "ไตรมาสแรกของปี 2556"),
# with none only said alone, the whole text ("quý 2", "Q3", "الربع الثاني": publication's year)
_QUARTER_NTH = {"первый": 1, "первом": 1, "второй": 2, "втором": 2, "третий": 3, "третьем": 3, "четвертый": 4,
                "четвёртый": 4, "четвертом": 4, "четвёртом": 4, "1-й": 1, "2-й": 2, "3-й": 3, "4-й": 4,
                "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "แรก": 1, "หนึ่ง": 1, "สอง": 2,
                "สาม": 3, "สี่": 4, "สุดท้าย": 4, "first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4,
                **_AR_PART_NTH}
_QUARTER_RE = {
    "ru": (r"(?P<q>первы?о?[йм]|втор(?:ой|ом)|трет(?:ий|ьем)|четв[её]рт(?:ый|ом)|[1-4]-й)\s+квартал[еа]?"
           rf"(?:\s+(?P<y>{Y4})\s*(?:года|г\.?)?)?"),
    "th": (r"ไตรมาส(?:ที่)?\s*(?P<q>[1-4]|แรก|หนึ่ง|สอง|สาม|สี่|สุดท้าย)"
           r"(?:\s*(?:/|ของ)?\s*(?:ปี\s*)?(?:พ\.\s?ศ\.\s*)?(?P<y>25\d\d|(?:19|20)\d\d))?"),
    "vi": r"quý\s+(?P<q>IV|III|II|I|[1-4])",
    "th_half": r"ครึ่ง(?:ปี)?(?P<q>แรก|หลัง)",  # alone only: with a year the news rows label the year (test_dates_dates11)
    "en": r"(?:(?:the\s+)?(?P<q>first|second|third|fourth|final)\s+quarter|Q(?P<q2>[1-4]))",
    "ar": rf"{fold('الربع')}\s+(?P<q>{_alt(_AR_PART_NTH)})",
}


def _quarter_rules(lang: str) -> list[Rule]:
    if lang not in _QUARTER_RE:
        return []
    pat = re.compile(rf"(?P<f>{_QUARTER_RE[lang]})(?![^\W\d_])", re.IGNORECASE)
    rules: list[Rule] = [(_free(pat), _quarter)]
    if lang == "th":  # "ครึ่งปีแรก" said alone: a half of publication's year
        half = re.compile(rf"(?P<f>{_QUARTER_RE['th_half']})")
        rules.append((_free(half), lambda m, t: _quarter(m, t, half=True)))
    return rules


# a number's label right before "15/01/57": a house, case or order number (บ้านเลขที่ 15/01/57, คดีหมายเลขดำที่
# 12/03/59, คำสั่งที่ 5/02/61), no date; "วันที่ 15/01/57" is the day's
_TH_NUMBER_LABEL = re.compile(r"(?:เลข|หมายเลข|(?<!วัน)ที่)\s*$")


def _th_short(m: re.Match[str], t: str) -> _Cand | None:
    """"15/01/57": a day/month/two-digit Buddhist-era year (2557), unless a number's label comes before it."""
    if _TH_NUMBER_LABEL.search(t, 0, m.start()):
        return None
    return _Cand(m.start(), m.end(), _th_dashed_year(int(m[3])), int(m[2]), int(m[1]))


def _quarter(m: re.Match[str], t: str, half: bool = False) -> _Cand | None:
    q = _QUARTER_NTH.get((m["q"] or m.groupdict().get("q2") or "").lower())
    q = 4 if q == -1 else q
    if half:
        q = {"แรก": 1, "หลัง": 2}[m["q"]]
    y = _year(m.groupdict().get("y"), "th") if m.groupdict().get("y") else None
    alone = not t[:m.start()].strip(_NO_CONTEXT) and not t[m.end():].strip(_NO_CONTEXT)
    if q is None or y is None and not alone:
        return None
    size = 6 if half else 3
    return _Cand(m.start(), m.end(), y, size * q - size + 1, None, y, size * q, year_shift=0 if y is None else None)


def _year_part_rules(lang: str) -> list[Rule]:
    """A quarter or a half of a written year (folded text for ar)."""
    if lang == "en":
        pats = [rf"\b(?P<n>{_alt(_EN_PART_NTH)})\s+(?P<p>quarter|half)\s+of\s+(?:(?:the\s+year\s+)?(?P<y>{Y4})|(?P<ry>this|last|next)\s+year\b)",
                rf"\b(?P<p>Q|H)(?P<n>[1-4])\s*(?:of\s+|,\s*|-)?(?P<y>{Y4})"]
    elif lang == "ar":
        # ar: a written year only; a part of "العام الماضي" is labelled as that year in the news rows (dev)
        pats = [(rf"(?<![\u0600-\u06ff])(?P<p>{fold('الربع')}|{fold('النصف')})\s+(?P<n>{_alt(_AR_PART_NTH)})\s+"
                rf"(?:من\s+)?(?:(?:ال)?عام\s+|(?:ال)?{fold('سنة')}\s+)?(?P<y>{Y4})")]
    elif lang == "ru":  # "во втором полугодии 2023 года", "в первой половине прошлого года", "в третьем квартале этого года"
        ry = "|".join(_RU_YEAR_DIR)
        return [(_free(re.compile(
            rf"(?<![а-яё])(?P<n>перв\w*|втор\w*|трет\w*|четв[её]рт\w*)\s+(?P<p>полугоди\w*|половин\w*|квартал\w*)\s+"
            rf"(?:(?P<y>{Y4})\s*(?:года|г\.?)(?![а-яё])|(?P<ry>{ry})\s+года(?![а-яё]))", re.IGNORECASE)), _ru_year_part)]
    elif lang == "zh":  # "上半年" said alone: publication's year's
        pats = [rf"(?:(?P<y>{Y4})\s*年|(?P<ry>去年|今年|明年|前年))\s*(?:的)?\s*(?P<n>上|下)半年",
                r"^\s*(?P<y>)(?P<ry>)(?P<n>上|下)半年[\s。！？，]*$"]
    else:
        return []
    rules: list[Rule] = [(_free(re.compile(p, re.IGNORECASE)), _year_part) for p in pats]  # free: "... of next year"
    if lang == "en":  # "the first day of 2016", "the last day of next year": January 1st, December 31st
        rules.append((_free(re.compile(rf"\b(?P<fl>first|last)\s+day\s+of\s+(?:(?:the\s+year\s+)?(?P<y>{Y4})|"
                                        rf"(?P<ry>this|last|next)\s+year\b)", re.IGNORECASE)), _year_edge_day))
    return rules


# "this day last year", "في مثل هذا اليوم من العام الماضي": publication's day a year (or a month) away, one day
_SAME_DAY_DIRS = {"last": -1, "next": 1, **{fold(w): n for w, n in {
    "الماضي": -1, "الماضية": -1, "المنصرم": -1, "المنصرمة": -1, "الفائت": -1, "الفائتة": -1, "السابق": -1, "السابقة": -1,
    "المقبل": 1, "المقبلة": 1, "القادم": 1, "القادمة": 1}.items()}}
_FA_SAME_DAY_DIRS = {fold(w): n for w, n in {"گذشته": -1, "قبل": -1, "پیش": -1, "آینده": 1, "بعد": 1}.items()}
_SAME_DAY_DIRS |= {k: v for k, v in _FA_SAME_DAY_DIRS.items() if k not in _SAME_DAY_DIRS}


def _same_day_rules(lang: str) -> list[Rule]:
    """Publication's day of the month or year before or after (folded text for ar)."""
    if lang == "en":
        pat = r"\bthis\s+(?:day|date)\s+(?P<rel>last|next)\s+(?P<u>year|month)\b"
    elif lang == "ar":
        dirs = _alt(k for k in _SAME_DAY_DIRS if k not in ("last", "next") and k not in _FA_SAME_DAY_DIRS)
        pat = (rf"{L}(?:[وف]?{fold('في')}\s+)?مثل\s+{fold('هذا اليوم')}\s+(?:من|{fold('في')})\s+"
               rf"(?P<u>{fold('العام')}|{fold('السنة')}|{fold('الشهر')})\s+(?P<rel>{dirs}){R}")
    elif lang == "fa":  # "همین روز سال گذشته", "در چنین روزی در سال آینده": publication's day a year away (not a month:
        # Persian news counts Solar months)
        pat = (rf"{L}(?:همین|چنین)[\s\u200c]+روزی?[\s\u200c]+(?:(?:در|از)[\s\u200c]+)?(?P<u>سال)[\s\u200c]+"
               rf"(?P<rel>{_alt(_FA_SAME_DAY_DIRS)}){R}")
    else:
        return []
    return [(_free(re.compile(pat, re.IGNORECASE)), _same_day_away)]


def _same_day_away(m: re.Match[str], _text: str) -> _Cand | None:
    month = m["u"].lower() in ("month", fold("الشهر"))
    return _Cand(m.start(), m.end(), moff=_SAME_DAY_DIRS[m["rel"].lower()] * (1 if month else 12), pubday=True)


def _year_edge_day(m: re.Match[str], _text: str) -> _Cand | None:
    first = m["fl"].lower() == "first"
    shift = _EN_YEAR_DIR[m["ry"].lower()] if m["ry"] else None
    return _Cand(m.start(), m.end(), _int(m["y"]), 1 if first else 12, 1 if first else 31, year_shift=shift)


_RU_YEAR_DIR = {"этого": 0, "текущего": 0, "нынешнего": 0, "сего": 0, "прошлого": -1, "минувшего": -1, "прошедшего": -1,
                "следующего": 1, "будущего": 1, "грядущего": 1}


def _ru_year_part(m: re.Match[str], _text: str) -> _Cand | None:
    """ru "во втором полугодии 2023 года", "в первой половине прошлого года", "в четвёртом квартале этого года": the
    months of that half or quarter of the year written or named (a quarter with a written year is _QUARTER_RE's)."""
    n = next((k for k, stem in enumerate(("перв", "втор", "трет", "четв"), 1) if m["n"].lower().startswith(stem)), None)
    half = not m["p"].lower().startswith("квартал")
    if n is None or n > (2 if half else 4):
        return None
    size = 6 if half else 3
    shift = _RU_YEAR_DIR[m["ry"].lower()] if m["ry"] else None
    return _Cand(m.start(), m.end(), _int(m["y"]), size * n - size + 1, None, _int(m["y"]), size * n, year_shift=shift)


def _year_part(m: re.Match[str], _text: str) -> _Cand | None:
    raw, y = m["n"].lower(), _int(m["y"])
    ry = (m.groupdict().get("ry") or "").lower() or None
    shift = None if ry is None else ZH_YEAR_SHIFT.get(ry, _EN_YEAR_DIR.get(ry))
    if m.groupdict().get("ry") == "":  # zh "上半年" alone
        shift = 0
    n = {"上": 1, "下": 2}.get(raw) or _EN_PART_NTH.get(raw) or _AR_PART_NTH.get(raw) or _int(raw)
    half = m.groupdict().get("p") is None or m["p"].lower() in ("half", "h", fold("النصف"))
    if n == -1:
        n = 2 if half else 4
    if n is None or n > (2 if half else 4):
        return None
    size = 6 if half else 3
    return _Cand(m.start(), m.end(), y, size * n - size + 1, None, y, size * n, year_shift=shift)


def _relative_rules(lang: str) -> list[Rule]:
    """Day words, periods and weekdays (``data/dates.json``, read by ``reldates``), and month names
    alone after a cue ("في يونيو", "in June", "เดือนกันยายน")."""
    words = relative_words(lang)
    if words is None:
        return []
    rules: list[Rule] = []
    for kind, pat in (("days", words.day_re), ("periods", words.period_re), ("weekdays", words.weekday_re)):
        if pat is not None:
            rules.append((_free(pat), lambda m, t, k=kind, w=words: _relative(m, t, k, w)))
    if words.seasons and words.season_mods:
        names, mods = _alt(words.seasons), _alt(words.season_mods).replace(r"\ ", r"[\s\u200c]+")
        sp = r"[\s\u200c]+"
        year = rf"|(?:سال{sp})?(?P<y>\d{{2}}|1[34]\d\d)(?!\d)" if lang == "fa" else ""  # "تابستان ۹۵": a Solar year
        pat = re.compile(rf"{L}(?:فصل{sp})?(?P<s>{names}){sp}(?:(?P<mod>{mods}){R}{year})")
        rules.append((_free(pat), lambda m, _t, w=words: _season(m, w)))
    if words.hijri_months:
        # the direction words after a Hijri month or day: "رمضان الماضي"; fa "ماه رمضان گذشته", "۱۵ شعبان آینده"
        dirs = _alt(FA_HIJRI_DIRS if lang == "fa" else AR_MONTH_OFFSETS).replace(r"\ ", r"[\s\u200c]+")
        pat = re.compile(rf"{L}(?:(?:شهر|ماه)[\s\u200c]+)?(?P<mon>{_alt(words.hijri_months)})[\s\u200c]+(?P<dir>{dirs}){R}")
        rules.append((_free(pat), lambda m, _t, w=words: _Cand(
            m.start(), m.end(), hmonth=(w.hijri_months[re.sub(r"\s+", " ", m["mon"])], _hijri_dir(m["dir"])))))
        if lang == "fa" and (fa_feasts := lexicon("fa").get("festivals_alone", {}).get("hijri")):
            # "نیمه شعبان ۱۴۴۵ قمری", "عید فطر سال ۱۴۰۳", "عید قربان آینده": a Lunar Hijri holiday with a year or a direction
            # word (said alone the festival rule reads it; in running text with neither, no date, as Arabic's)
            table = {re.sub(r"\s+", " ", fold(k)): tuple(v) for k, v in fa_feasts.items()}
            sp = r"[\s\u200c]+"
            names = _alt(table).replace(r"\ ", sp)
            pat = re.compile(rf"{L}(?P<h>{names}){R}(?:{sp}(?:ال)?(?:مبارک|سعید|شریف){R})?"
                             rf"(?:{sp}(?P<hdir>{dirs}){R}|[\s\u200c]*(?:سال{sp})?(?P<y>(?:19|20|13|14)\d\d)(?!\d)"
                             rf"(?:[\s\u200c]*(?:(?P<mk>(?:هجری{sp})?قمری|ه\.?[\s\u200c]?ق\.?)|(?:هجری{sp})?شمسی|ه\.?[\s\u200c]?ش\.?)"
                             r"(?![\u0600-\u06ff]))?)")
            rules.append((_free(pat), lambda m, _t, tb=table: _fa_hijri_feast(m, *tb[_one_space(m["h"])])))
        if lang == "ar" and (feasts := lexicon("ar").get("hijri_holidays")):  # "عيد الفطر 2023", "عيد الأضحى المقبل"
            table = {fold(k): tuple(v) for k, v in feasts.items()}
            pat = re.compile(rf"{L}(?P<h>{_alt(table)})(?:\s+(?:المبارک|السعید|الشریف))?{R}(?:\s+(?P<hdir>{dirs}){R})?"
                             r"(?:\s*[,،]?\s*(?:من\s+)?(?:(?:ل|لل)?عام\s+|سنه\s+)?(?P<y>(?:19|20|13|14)\d\d)(?!\d)"
                             r"(?:\s?(?P<mk>هـ+|ه|م)(?![\u0600-\u06ff]))?)?")
            rules.append((_free(pat), lambda m, _t, tb=table: _hijri_feast(m, *tb[re.sub(r"\s+", " ", m["h"])])))
        if lang == "ar":  # "رمضان 1445هـ", "شهر ذي الحجة من عام 1444": a Hijri month of a written year, its Gregorian days
            pat = re.compile(rf"{L}(?<!\d\s)(?:شهر\s+)?(?P<mon>{_alt(words.hijri_months)}){R}\s*(?:من\s+)?(?:(?:ل|لل)?عام\s+)?"
                             r"(?P<y>1[34]\d\d)(?!\d)(?:\s?(?:هـ+|ه)(?![\u0600-\u06ff]))?")
            rules.append((_free(pat), lambda m, _t, w=words: _hijri_month_of_year(
                m, w.hijri_months[re.sub(r"\s+", " ", m["mon"])], int(m["y"]))))
        # fa "بیست و سوم شوال 1430 هجری قمری", "15 شعبان 1447": the day also as a Persian ordinal word, "سال" before the year
        fa_day, fa_year, fa_mark = ((rf"|{FA_ORDINAL_RE}[\s\u200c]*", r"(?:سال[\s\u200c]+)?",
                                     r"|[\s\u200c]*(?:هجری[\s\u200c]+)?قمری(?![\u0600-\u06ff])")
                                    if lang == "fa" else ("", "", ""))
        # ar "التاسع والعشرين من شهر شعبان عام 1436هـ": the day as an ordinal word before من
        ar_day = rf"|(?<![\u0600-\u06ff]){AR_ORDINAL_RE}(?=\s+من\s)" if lang == "ar" else ""
        pat = re.compile(rf"(?:(?<!\d)(?P<d>{D})|(?<![\u0600-\u06ff])(?:فاتح|غره|مستهل){fa_day}{ar_day})\s*(?:من\s+)?(?:شهر\s+)?"
                         rf"(?P<mon>{_alt(words.hijri_months)}){R}"
                         rf"(?:\s*(?:من\s+)?(?:(?:ل|لل)?عام\s+)?{fa_year}(?P<y>1[34]\d\d)(?!\d))?"
                         rf"(?:\s?(?:هـ+|ه)(?![\u0600-\u06ff]){fa_mark})?"
                         rf"(?:\s+(?P<hdir>{dirs}){R})?")  # "5 رمضان المقبل": the coming one
        # a Persian ordinal day has no digit: the rule scans the whole text there
        rules.append((_free(pat) if lang in ("fa", "ar") else pat, lambda m, _t, w=words: _hijri_named(m, w)))
        if lang == "fa":  # "20 صفر 1437": صفر (also "zero") is the month Safar with its Hijri year after it
            safar = re.compile(rf"(?:(?<!\d)(?P<d>{D})|{FA_ORDINAL_RE})[\s\u200c]*صفر[\s\u200c]+(?:سال[\s\u200c]+)?"
                               rf"(?P<y>1[34]\d\d)(?!\d)(?:[\s\u200c]*(?:هجری[\s\u200c]+)?قمری(?![\u0600-\u06ff]))?")
            rules.append((_free(safar), _fa_safar))
    if lang == "ar":  # "بيانات أكتوبر/تشرين الأول": a month named twice, Egyptian and Levantine, is a date alone
        pair = re.compile(rf"{L}(?P<mon>{_alt(MONTHS['ar'])})\s*/\s*(?P<mon2>{_alt(MONTHS['ar'])}){R}(?![\s\u200c]*[\d/])")
        rules.append((_free(pair), lambda m, _t: _month_alone(m, "ar")
                      if _month_of("ar", m["mon"]) == _month_of("ar", m["mon2"]) else None))
        # "أكتوبر من العام المقبل": a month right before "of" and its year's phrase (which _year_periods joins)
        # ... also "مارس من هذا العام", "مارس هذا العام", "مارس العام الماضي" (the year phrase right after the month)
        of_year = re.compile(rf"{L}(?P<mon>{_alt(MONTHS['ar'])}){R}(?=\s+(?:من\s+(?:العام|السنه|السنة)\s|(?:من\s+)?"
                             r"(?:هذا\s+العام|هذه\s+السنه)(?![^\W\d_])|(?:العام|السنه)\s+(?:الماضی|الماضیه|المقبل|"
                             r"المقبله|القادم|القادمه|الجاری|الجاریه|الحالی|الحالیه|المنصرم|الفایت)(?![^\W\d_])))")
        rules.append((_free(of_year), lambda m, _t: _month_alone(m, "ar")))
    if lang == "fa":  # "ژانویه سال آینده", "مارس سال گذشته", "ژوئن امسال": a Gregorian month before its year's phrase
        names = _alt(k for k in MONTHS["fa"] if k != "می")  # (which _year_periods joins; "می" is also a verb prefix)
        of_year = re.compile(rf"{L}(?P<mon>{names})(?:\u200c?ی|\u200c)?{R}(?=[\s\u200c]+(?:پارسال|امسال|پیرارسال|سال[\s\u200c]+"
                             rf"(?:{SOLAR_YEAR_WORDS}|اتی|آتی|بعد))(?![^\W\d_]))")
        rules.append((_free(of_year), lambda m, _t: _month_alone(m, "fa")))
    if words.month_cues and lang in MONTHS:
        cues = _alt(words.month_cues).replace(r"\ ", r"\s+")
        sp = r"\s*" if lang == "th" else r"(?:(?<=-)\s*|\s+)"  # "in June", "mid-July"
        left, right = ("", "") if lang == "th" else (L, R)
        cued = _alt(k for k in MONTHS[lang] if k not in TH_SPOKEN_MONTHS)
        pat = re.compile(rf"{left}(?:{cues}){sp}(?P<mon>{cued}){right}(?![\s\u200c]*\d)",
                         re.IGNORECASE)
        rules.append((_free(pat), lambda m, _t, lg=lang: _month_alone(m, lg)))
    if lang in MONTHS and (bare := lexicon(lang).get("months_without_cue")):
        # ar "اجتماع ديسمبر": a month name that is no other word is a month with no cue word before it
        names = _alt(fold(k) for k in bare)
        pat = re.compile(rf"{L}(?P<mon>{names}){R}(?![\s\u200c]*\d)".replace(r"\ ", r"\s+"), re.IGNORECASE)
        any_month = _alt(MONTHS[lang]).replace(r"\ ", r"\s+")
        events = _alt(fold(w) for w in lexicon(lang).get("months_without_cue_not_after", ()))
        glued = r"(?<![^\W\d_])(?:[وف]?[بلك]?)"  # و, ف, ب, ل, ك written onto the word ("بثورة يوليو", "لتسليم سبتمبر")
        event = rf"|{glued}(?:{events})" if events else ""
        ahead = _alt(fold(w) for w in lexicon(lang).get("months_without_cue_coming_after", ()))
        coming = re.compile(rf"{glued}(?:{ahead}){R}[\s\u200c]*$", re.IGNORECASE) if ahead else None
        no_cue = re.compile(rf"(?:[«\"“”'(\[]|{L}(?:{any_month})[\s\u200c]*[(\-–/،,]?{event})[\s\u200c]*$", re.IGNORECASE)
        no_cue_after = re.compile(r"[\s\u200c]*[»\"“”')\]]|[^.!?؟\n]{0,40}?(?<!\d)(?:1[89]|20)\d\d(?!\d)")

        def without_cue(m: re.Match[str], t: str, lg: str = lang) -> _Cand | None:
            if no_cue.search(t, max(0, m.start() - 30), m.start()) or no_cue_after.match(t, m.end()):
                return None  # a title or gloss, an event named by its month, or a month of a year written after it
            c = _month_alone(m, lg)
            if c is not None and coming is not None and coming.search(t, max(0, m.start() - 30), m.start()):
                c.direction = _COMING  # "عقود سبتمبر" (September's contracts): a delivery month, the coming one
            return c
        rules.append((_free(pat), without_cue))
    return rules


TH_WEEKDAY_AND = re.compile(r"(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ?|ศุกร์|เสาร์)\s*(?:และ|หรือ|-|–|,|/)\s*(?:วัน)?$")


# "星期5", "周5", "礼拜5": a weekday in a digit (data/dates.json), not when the digit goes on or is followed by a count word
ZH_AFTER_DIGIT_WEEKDAY = re.compile(r"\s*[\d.．,，%％０-９]\d|\s*[\d０-９%％]|[个個天日年次名位人项項家件只条條场場届屆趟遍小分秒倍成]")
ZH_COUNT_AFTER_WEEKDAY = re.compile(r"[次位届屆趟遍]|名(?![单單字义義称稱额額])")  # a measure word right after "周三": the numeral counts


def _ezafe(s: str, lang: str) -> str:
    return FA_EZAFE_YE_KEY.sub("", s) if lang == "fa" else s


def _period_said_ahead(m: re.Match[str], text: str, lang: str) -> bool:
    """A period word that is also "another (unit)" (fa "ماه دیگر", ``periods_need_future``) names the next one only said
    alone or in a sentence with a future or present verb (Persian present is also its future: "برگزار می‌شود"), and
    not before هم ("also"); "ماه دیگر هم اعتراض کردند", "یک هفته دیگر هم گذشت" name no period."""
    if re.match(r"[\s\u200c]*هم(?![^\W\d_])", text[m.end():]):
        return False
    lo = max((x.end() for x in SENTENCE_END.finditer(text, 0, m.start())), default=0)
    rest = SENTENCE_END.split(text[m.end():m.end() + 200], maxsplit=1)[0]
    said = text[lo:m.start()] + " " + rest
    if not said.strip(" \u200c\t,،:«»\"'"):
        return True
    future = _TENSE_RE.get(lang, (None,))[0]
    present = _PRESENT_VERB.get(lang)
    return bool(future is not None and future.search(said) or present is not None and present.search(said))


def _said_alone(text: str, start: int, end: int, lang: str) -> bool:
    """Whether ``text[start:end]`` is the whole text, less what is no context (a clock time, en an article)."""
    alone = not _EN_ARTICLE.sub("", _no_clock(text[:start], lang)).strip(_NO_CONTEXT) if lang == "en" \
        else not _lead_less(_no_clock(text[:start], lang), lang).strip(_NO_CONTEXT)  # en "the 5th of March": the article is no context
    return alone and not _no_clock(text[end:], lang).strip(_NO_CONTEXT)  # "周五下午", "الخميس الساعة 3": alone


@lru_cache(maxsize=16)
def _clause_start_words(lang: str) -> tuple[frozenset[str], re.Pattern[str] | None]:
    entry = lexicon(lang).get("clause_start_deictic") or {}
    words = frozenset(_one_space(fold(w)).lower() for w in entry.get("words", ()))
    return words, re.compile(entry["not_after_re"]) if entry.get("not_after_re") else None


def _clause_start_deictic(key: str, text: str, start: int, end: int, lang: str) -> bool:
    """zh "本日", "本年" of ``alone_only`` at the start of a clause ("本日部长们举行会议", "……。本年度，"): today, this year, as
    said alone (data/dates.json ``clause_start_deictic``); inside a run of characters they are parts of words ("日本日前",
    "基本日常", "日本年轻人")."""
    words, not_after = _clause_start_words(lang)
    if key not in words or start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        return False
    return not_after is None or not not_after.match(text, end)


def _relative(m: re.Match[str], text: str, kind: str, words: RelativeWords) -> _Cand | None:
    if blocked(words, kind, text, m.start(), m.end()):
        post = _one_space(MARKS.sub("", m.groupdict().get("post") or "")).lower() if kind == "weekdays" else ""
        if words.after.get(post, "tense") == "tense":
            return None  # "خطبة الجمعة" (the Friday sermon) is no date; "خطبة الجمعة القادمة" (next Friday's) is
    key = _one_space(re.sub(r"[\u064b-\u0652\u0670]", "", _ezafe(m.group(0), lang=words.lang))).lower()
    if kind == "days":
        past_only = words.not_before.get("past_days")  # fa "تا امروز" (so far) is no day; "تا فردا" (until tomorrow) is
        if past_only is not None and words.days[key] <= 0 and past_only.search(text[max(0, m.start() - 24):m.start()]):
            return None
        only = key in words.alone_only and not _clause_start_deictic(key, text, m.start(), m.end(), words.lang)
        if only and not _said_alone(text, m.start(), m.end(), words.lang):
            return None  # dropped in running text anyway: it does not hide a longer date ("the last day of 2016")
        return _Cand(m.start(), m.end(), rel=words.days[key], only_alone=only)
    if kind == "periods":
        if words.lang == "th" and key.startswith("อาทิตย์") and TH_WEEKDAY_AND.search(text, max(0, m.start() - 24), m.start()):
            # "วันเสาร์และอาทิตย์นี้", "เสาร์-อาทิตย์หน้า": after a weekday and "and", อาทิตย์ is Sunday, not the week
            mode = words.after.get(key[len("อาทิตย์"):].strip(), "tense")
            return _Cand(m.start(), m.end(), weekday=6, wmode=mode)
        if (before := lexicon(words.lang).get("periods_as_before")) and re.match(before, text[m.start():m.end() + 4]):
            return None  # th "เดือนก่อนการเลือกตั้ง": the month before the election, not last month
        if key in {fold(w).lower() for w in lexicon(words.lang).get("periods_need_future", ())} and not _period_said_ahead(m, text, words.lang):
            return None  # fa "دانشجویان ماه دیگر هم اعتراض کردند": another month, not next month
        return _Cand(m.start(), m.end(), period=words.periods[key], only_alone=key in words.alone_only
                     and not _clause_start_deictic(key, text, m.start(), m.end(), words.lang))
    if words.weekday_re is not None:  # "أيام الثلاثاء والأربعاء", "every Monday and Tuesday": the run is recurring
        prev = [p for p in words.weekday_re.finditer(text, max(0, m.start() - 40), m.start())
                if RUN_AND.fullmatch(text, p.end(), m.start())]
        if prev and blocked(words, kind, text, prev[-1].start(), prev[-1].end()):
            return None
    if words.lang == "zh" and ZH_COUNT_AFTER_WEEKDAY.match(text, m.end()):
        return None  # "一周三次", "这一周三名球员": three times (three players) a week, no Wednesday
    if words.lang == "zh" and m["wd"][-1].isdigit() and (ZH_AFTER_DIGIT_WEEKDAY.match(text, m.end())
                                                         or unit_follows(text, m.end(), "zh")):
        return None  # "周50", "本周5个项目", "周5天": a digit after 周 that goes on or counts is a number, no Friday
    g = {k: _one_space(MARKS.sub("", _ezafe(v, words.lang))) for k, v in m.groupdict().items() if v}
    wd, pre, post = g["wd"], g.get("pre", "").lower(), g.get("post", "").lower()
    if words.lang == "fa" and post in ("بعد", "قبل") and re.match(r"[\s\u200c]*از", text[m.end():]):
        # "یکشنبه بعد از ظهر" (Sunday afternoon), "جمعه قبل از انتخابات": the word begins a phrase of its own
        post = ""
        m_end = m.end("wd")
    elif words.lang == "en" and post in ("before last", "after next") and \
            re.match(r"-\w|\s+(?:year|week|weekend|month|quarter|season|time|day|night)s?\b|\s+to\b", text[m.end():],
                     re.IGNORECASE):
        post = ""  # "Friday before last year's election", "before last-minute talks", "after next to nothing": a phrase of its own
        m_end = m.end("wd")
    else:
        m_end = m.end()
    start = m.start()
    if words.lang == "en" and pre in ("previous", "following") and re.match(r"['\u2019]s\b", text[m_end:]):
        pre, start = "", m.start("wd")  # "following Monday's talks": after them (a preposition), no "the following Monday"
    mode = words.after.get(post) or words.before.get(pre) or "tense"
    said_alone = not text[:m.start()].strip(_NO_CONTEXT) and not text[m.end():].strip(_NO_CONTEXT)
    if wd.lower() in {a.lower() for a in words.abbrevs} and (
            wd not in words.abbrevs or not (pre or post or said_alone) or ABBREV_WEEKDAY_NEXT.match(text, m.end("wd"))
            or ABBREV_WEEKDAY_PREV.search(text, max(0, m.start("wd") - 4), m.start("wd"))):
        return None  # vi "T6", "CN" (weekday_abbrevs): as written, with a time or direction word or alone; "T6/2024"
        # (June), "T2-T6" (a span), "cn" are no single weekday
    sunday = wd.lower() == "chủ nhật" and not re.match(r"\s+báo", text[m.end():m.end() + 5])  # not "chủ nhật báo"
    if words.weekday_cue and not (pre or post) and not said_alone and not sunday and (
            not wd.split()[-1][0].isupper() or wd[-1].isdigit() or re.match(r"\s*,", text[m.end():m.end() + 2])):
        return None  # vi "lần thứ hai" (the second time), "Thứ hai, ..." (secondly): a weekday needs a time word; "chủ nhật"
        # (Sunday, no ordinal) in any case, and a weekday said alone ("thứ hai") needs none
    if words.lang == "vi" and not sunday and VI_ORDINAL_OF.match(text, m_end):
        return None  # "ngày thứ hai của chuyến thăm" (the second day of the visit), "ngày thứ ba liên tiếp" (the third
        # day running): thứ + number followed by what it counts is an ordinal, no weekday
    return _Cand(start, m_end, weekday=words.weekdays[wd.lower()], wmode=mode, eve=pre in words.eve_before)


# vi short weekdays (weekday_abbrevs): a slash, dash, dot or digit next to them makes a month ("T6/2024") or a span
ABBREV_WEEKDAY_NEXT = re.compile(r"\s*[/\-–]\s*\w|\.\d|\d")
ABBREV_WEEKDAY_PREV = re.compile(r"[/\-–\d]\s*$")

# vi: what follows an ordinal "thứ hai/ba..." and never a weekday: "của" (of; not "thứ Hai của tuần sau", Monday of
# next week), "liên tiếp/liên tục" (running)
VI_ORDINAL_OF = re.compile(r"\s*(?:của(?!\s+tuần\b)|liên\s+tiếp|liên\s+tục)\b", re.IGNORECASE)


def _season(m: re.Match[str], words: RelativeWords) -> _Cand | None:
    """"زمستان گذشته", "تابستان امسال", "الشتاء الماضي", "تابستان ۹۵": a season with a direction word or a Solar year (a
    season alone, "در زمستان", is no date)."""
    season = (words.seasons or {})[_one_space(m["s"])]
    if m["mod"]:
        return _Cand(m.start(), m.end(), season=(season, (words.season_mods or {})[_one_space(m["mod"])], None))
    y = int(m["y"])
    return _Cand(m.start(), m.end(), season=(season, "year", _solar_short_year(y) if y < 100 else y))


def _hijri_named(m: re.Match[str], words: RelativeWords) -> _Cand | None:
    """"21 شوال 1436هـ", "8 ذي القعدة المقبل": a Lunar Hijri day; with no year, the one nearest
    publication."""
    month = words.hijri_months[re.sub(r"\s+", " ", m["mon"])]
    if m.groupdict().get("w") and SOLAR_PART_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "هفته سوم رمضان": the third week of Ramadan, not its third day
    g = m.groupdict()
    day = int(m["d"]) if m["d"] else persian_ordinal(m["w"]) if g.get("w") else arabic_ordinal(m) \
        if any(g.get(k) for k in ("u", "t", "u2", "t2", "u3")) else 1  # "فاتح شهر محرم"
    if day is None or not 1 <= day <= 30:
        return None
    if m["y"]:
        g = hijri_to_gregorian(int(m["y"]), month, day)
        return None if g is None else _Cand(m.start(), m.end(), g.year, g.month, g.day, lunar=True)
    return _Cand(m.start(), m.end(), hijri=(month, day), hdir=_hijri_dir(m.groupdict().get("hdir")))


FA_ZEROS = re.compile(r"[\s\u200c]*(?:تومان|ریال|دلار|یورو|درصد|میلیون|میلیارد|هزار)(?![\u0600-\u06ff])")


def _fa_safar(m: re.Match[str], t: str) -> _Cand | None:
    before = t[max(0, m.start() - 14):m.start()]
    if re.search(r"(?<![\u0600-\u06ff])با[\s\u200c]*$", before) and not re.search(r"مصادف[\s\u200c]+با[\s\u200c]*$", before) \
            or FA_ZEROS.match(t, m.end()):
        return None  # "یک با ۹ صفر": "one with nine zeros" (not "مصادف با", "falling on"); an amount after it
    day = int(m["d"]) if m["d"] else persian_ordinal(m["w"])
    g = hijri_to_gregorian(int(m["y"]), 2, day) if day is not None and 1 <= day <= 30 else None
    return None if g is None else _Cand(m.start(), m.end(), g.year, g.month, g.day, lunar=True)


def _month_alone(m: re.Match[str], lang: str) -> _Cand | None:
    """"في يونيو", "by October", "เดือนกันยายน": a month with no day or year, placed by publication."""
    name = m["mon"].rstrip(".")
    mo = _month_of(lang, name) or _month_of(lang, m["mon"])  # "เดือน ต.ค.": the abbreviation keeps its dot
    if mo is None or lang == "en" and name.lower() == "may" and name != "May":
        return None
    return _Cand(m.start("mon"), m.end(), None, mo)


# "15พย64": the Thai month abbreviations of data/months (ม.ค., พ.ย. ...) written without their dots
TH_GLUED_MONTHS = {k.replace(".", ""): v for k, v in MONTHS.get("th", {}).items() if "." in k}


def _th_dashed_year(y: int) -> int:
    """A Thai year written with a date: two digits and 2400 on are Buddhist (``๖๗``, 2567), else Gregorian."""
    return 2500 + y - 543 if y < 100 else y - 543 if y > 2400 else y


def _numeric_rules(lang: str) -> list[Rule]:
    rules: list[Rule] = []
    iso = re.compile(rf"({Y4})-(0[1-9]|1[0-2])-([0-2]\d|3[01])(?!\d)")
    rules.append((iso, lambda m, _t, lg=lang: _Cand(m.start(), m.end(), int(m[1]), int(m[2]), int(m[3]),
                                                   solar=lg == "fa" and int(m[1]) < 1500)))  # fa "۱۴۰۲-۰۸-۲۲"
    # "2015-4-6", "2017-7-20": a Gregorian year-month-day with a one-digit month or day (a forum's post time)
    loose = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?![\d/-]|\.\d)")
    rules.append((loose, lambda m, _t: _Cand(m.start(), m.end(), int(m[1]), int(m[2]), int(m[3]))
                  if len(m[2]) == 1 or len(m[3]) == 1 else None))
    if lang == "th":  # "ปรับ15พย64": a day, a Thai month abbreviation written without its dots and a year, all glued
        th_glued = re.compile(rf"(?<!\d)(3[01]|[12]\d|0?[1-9])({'|'.join(TH_GLUED_MONTHS)})(\d\d|25\d\d)(?!\d)")
        rules.append((th_glued, lambda m, _t: _Cand(m.start(), m.end(), (2500 + int(m[3]) if len(m[3]) == 2 else int(m[3])) - 543,
                                                   TH_GLUED_MONTHS[m[2]], int(m[1]))))
    if lang == "th":  # "15 มิย 2567", "15 มค 67": an abbreviated month without its dots between a day and a year (dateparser's
        # th names), spaced (a Buddhist-era year said alone is read by the year rules)
        th_undotted = re.compile(rf"(?<![\d.,/])(3[01]|[12]\d|0?[1-9])\s+({'|'.join(TH_GLUED_MONTHS)})\s+(25\d\d|\d\d)(?![\d.,/])")
        rules.append((th_undotted, lambda m, _t: _Cand(m.start(), m.end(), _th_dashed_year(int(m[3])), TH_GLUED_MONTHS[m[2]],
                                                      int(m[1]))))
    if lang == "th":  # "15/01/57": a day/month/two-digit Buddhist-era year (2557)
        th_short = re.compile(r"(?<![\d/.,-])(3[01]|[12]\d|0?[1-9])/(1[0-2]|0?[1-9])/(\d\d)(?![\d/]|[.,]\d)")
        rules.append((th_short, _th_short))
    if lang == "th":  # "15-ก.ค.-2565": pythainlp's thai_strftime day-month-year with an abbreviated month, dashed
        th_dashed = re.compile(rf"(?<![\d-])(3[01]|[12]\d|0?[1-9])-({_alt(k for k in MONTHS['th'] if k.endswith('.'))})-(\d{{4}}|\d\d)(?![\d-])")
        rules.append((th_dashed, lambda m, _t: _Cand(m.start(), m.end(), _th_dashed_year(int(m[3])), MONTHS["th"][m[2]], int(m[1]))))
    if lang in ("ru", "uk"):  # "21.02, 15:00": a day.month (the month with two digits) right before a clock time
        dm_time = re.compile(r"(?<![\d.,])(3[01]|[12]\d|0?[1-9])\.(0[1-9]|1[0-2])(?=,?\s*(?:в\s*)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d))")
        rules.append((dm_time, lambda m, _t: _Cand(m.start(), m.end(), None, int(m[2]), int(m[1]))))
    # "15/2", "15.02", "2/15" said alone (the whole text): a day and a month in the language's order (month first in en
    # and zh, Duckling's reading; else day first), or the one order that makes a date; in running text a number pair
    # may be a law's or a match's number, so it needs the language's own cues (ngày 15/3, 15/02)
    dm_alone = re.compile(r"(?<![\d/.,])(?P<a>\d{1,2})\s?(?P<sep>[/.])\s?(?P<b>\d{1,2})(?![\d/,]|\.\d)")
    rules.append((_free(dm_alone), lambda m, _t, lg=lang: _dm_alone(m, lg)))
    if lang in ("zh", "ja", "ko", "fa", "hu"):
        sep = r"([/.-])" if lang == "fa" else r"([/.])"  # fa "۱۴۰۴-۸-۲۰"
        tail = r"(?![\d/-]|\.\d)" if lang == "fa" else r"(?![\d/.-])"  # fa "۱۴۰۲/۰۷/۱۵." ending a sentence
        ymd = re.compile(rf"({Y4}){sep}(\d{{1,2}})\2(\d{{1,2}}){tail}")
        rules.append((ymd, lambda m, _t, lg=lang: _Cand(m.start(), m.end(), int(m[1]), int(m[3]), int(m[4]),
                                                   solar=lg == "fa" and int(m[1]) < 1500)))
    if lang == "ar":  # "نُشر: 25/08/20": a day/month/two-digit year right after a publication or date label
        short = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/(\d\d)(?![\d/]|\.\d)")
        rules.append((short, _ar_labelled_short_dmy))
    if lang == "ar":  # "2025/11/12": a Gregorian year/month/day, the year first
        gymd = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)[/.](\d{1,2})[/.](\d{1,2})(?![\d/]|\.\d)")
        rules.append((gymd, lambda m, _t: _Cand(m.start(), m.end(), int(m[1]), int(m[2]), int(m[3]))))
    if lang in ("en", "ru"):  # "2020/06/01", "2020.06.01": a year/month/day, the four-digit year first (no other order)
        ymd = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?:/(\d{1,2})/(\d{1,2})|\.(\d\d)\.(\d\d))(?![\d/]|\.\d)")  # not "v2020.1.2"
        rules.append((ymd, lambda m, _t: _Cand(m.start(), m.end(), int(m[1]), int(m[2] or m[4]), int(m[3] or m[5]))))
    if lang == "en":  # "Wed Aug 05 12:00:00 2015" (C's asctime, Unix date): the year after the clock time
        asctime = re.compile(rf"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+((?i:{_alt(MONTHS['en'])}))\s+(3[01]|[12]\d|0?[1-9])\s+"
                             rf"(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?\s+(?:[A-Z]{{3,4}}\s+)?({Y4})(?!\d)")
        rules.append((asctime, lambda m, _t: _Cand(m.start(), m.end(), int(m[3]), _month_of("en", m[1]), int(m[2]))))
    if lang == "en":  # "15-Jun-2021", "Jun-15-2021": a day and a month's name (either order) and a year, dashed
        mons = _alt(MONTHS['en'])
        dmony = re.compile(rf"(?<![\w/.-])(?:(?P<d>3[01]|[12]\d|0?[1-9])-(?P<mon>{mons})|(?P<mon2>{mons})-(?P<d2>3[01]|[12]\d|0?[1-9]))"
                           rf"-(?P<y>{Y4})(?![\d/-])", re.IGNORECASE)
        rules.append((dmony, lambda m, _t: _Cand(m.start(), m.end(), int(m["y"]), _month_of("en", m["mon"] or m["mon2"]),
                                                 int(m["d"] or m["d2"]))))
    if lang == "en":  # "2019-sep-1", "2019-Sep-01": a year, a month's abbreviated name and a day, dashed
        ymond = re.compile(rf"(?<![\d/.-])({Y4})-({_alt(MONTHS['en'])})-(3[01]|[12]\d|0?[1-9])(?![\d/-])", re.IGNORECASE)
        rules.append((ymond, lambda m, _t: _Cand(m.start(), m.end(), int(m[1]), _month_of("en", m[2]), int(m[3]))))
    if lang == "vi":  # "2020/02/11": a year/month/day, the year first (a page's machine date)
        vymd = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?![\d/]|\.\d)")
        rules.append((vymd, lambda m, _t: _Cand(m.start(), m.end(), int(m[1]), int(m[2]), int(m[3]))))
    if lang in ("ar", "ur"):  # "الخميس الموافق 1436/10/7هـ": a Lunar Hijri year/month/day, the year first
        hymd = re.compile(r"(?<![\d/.-])(1[34]\d\d) ?/ ?(\d{1,2}) ?/ ?(\d{1,2})(?![\d/]|\.\d)")
        rules.append((hymd, lambda m, _t: _hijri(m, int(m[3]), int(m[2]), int(m[1]))))
    if lang == "fa":  # "یکشنبه 24/10/1385": a Persian day/month/year with a Solar year
        dmy = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(13\d\d|14[0-4]\d)(?![\d/-]|\.\d)")
        rules.append((dmy, _fa_dmy))
        # "۵/۳/۲۰۱۴": a Gregorian day/month/year (three parts: no decimal slash)
        gdmy = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/-]|\.\d)")
        rules.append((gdmy, lambda m, _t: _dmy(m, "fa")))
        # "در تاریخ ۹۲/۱۰/۳", "مورخ 99/5/12": a Solar year/month/day with a two-digit year, after a date word
        # ... or day/month/year where the year-first reading is no date ("در تاریخ 27/9/98": 27 Azar 1398)
        # ... the date word may touch the number ("مورخ6/3/86")
        yy = re.compile(r"(?:(?<=تاریخ )|(?<=مورخ )|(?<=مورخه )|(?<=تاریخ)|(?<=مورخ)|(?<=مورخه))(?<![\d/.-])"
                        r"(\d{1,2})/(\d{1,2})/(\d{1,2})(?![\d/]|\.\d)")
        rules.append((yy, _fa_short_ymd))
        # "97/11/29" with no date word: a first number of 50-99 is no day and no month, so a two-digit Solar year
        # (1350-1399) first; not after a number word ("شماره 97/11/29" is a reference, "گزارش 97/11/29" no number word),
        # nor three parts of a whole that add up to 100 ("ترکیب ۸۰/۱۰/۱۰", a split in percent)
        bare = re.compile(r"(?<![\d/.-])([5-9]\d)/(\d{1,2})/(\d{1,2})(?![\d/%٪]|\.\d)")
        rules.append((bare, lambda m, t: None if FA_NUMBER_WORD_BEFORE.search(t, max(0, m.start() - 12), m.start())
                      or FA_ZEROS.match(t, m.end()) or sum(int(x) for x in m.groups()) == 100 else _fa_short_ymd(m, t)))
    else:
        # a space or a direction mark may stand by a separator: "14/\u200f2/\u200f2010" (ar as Intl.DateTimeFormat writes it)
        bidi = r"[ \u200e\u200f\u061c]?"
        dmy = re.compile(rf"(?<![\d/.-])(\d{{1,2}}){bidi}([/.-]){bidi}(\d{{1,2}}){bidi}\2{bidi}({Y4})(?![\d/-]|\.\d)")
        rules.append((dmy, lambda m, _t, lg=lang: _dmy(m, lg)))
    return rules


def _dm_alone(m: re.Match[str], lang: str) -> _Cand | None:
    t = m.string
    before = re.sub(r"(?:ngày|ngay|วันที่)\s*$", "", t[:m.start()], flags=re.IGNORECASE)
    if _no_clock(before, lang).strip(_NO_CONTEXT) or _no_clock(t[m.end():], lang).strip(_NO_CONTEXT):
        return None  # alone, or with only a time of day: "15/3 lúc 9h"
    a, b = int(m["a"]), int(m["b"])
    if m["sep"] == "." and lang != "zh" and (lang not in ("ru", "uk", "de") or len(m["b"]) != 2):
        return None  # "3.5" is a decimal; ru writes a day.month with a two-digit month; zh "3.15" (alone) is 15 March
    orders = [(b, a), (a, b)] if lang in ("en", "zh") else [(a, b), (b, a)]  # (day, month)
    for d, mo in orders:
        if 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(2024, mo)[1]:
            return _Cand(m.start("a"), m.end("b"), None, mo, d, solar=lang == "fa")  # fa "۱۵/۲": a Solar day
    return None


def _dmy(m: re.Match[str], lang: str) -> _Cand | None:
    a, b, y = int(m[1]), int(m[3]), int(m[4])
    if lang in ("ar", "fa", "ur") and (1300 <= y < 1500 or HIJRI_MARK.match(m.string, m.end())):
        return _hijri(m, a, b, y)  # Lunar Hijri (7/10/1436هـ); Persian y/m/d solar dates are handled elsewhere
    if lang == "en":
        if a > 12 >= b:
            return _Cand(m.start(), m.end(), y, b, a)
        if b > 12 >= a:
            return _Cand(m.start(), m.end(), y, a, b)
        t = m.string
        if m[2] != "." and not _no_clock(t[:m.start()], lang).strip(_NO_CONTEXT) \
                and not _no_clock(t[m.end():], lang).strip(_NO_CONTEXT):
            return _Cand(m.start(), m.end(), y, a, b)  # "10/2/2017" said alone: month first, as "10/2" alone (_dm_alone)
        return None  # 03/04/2025 is ambiguous in English text
    if b > 12 >= a:  # "04-25-2018": a date that is one only month first is month first
        return _Cand(m.start(), m.end(), _year(m[4], lang), a, b)
    return _Cand(m.start(), m.end(), _year(m[4], lang), b, a)


def _lam_words(words: dict[str, int]) -> str:
    return "|".join(sorted(("ل" + w[2:] for w in words), key=len, reverse=True))  # "الخامس" -> "لخامس"


# "للخامس عشر", "للحادي والعشرين": an Arabic ordinal after the preposition ل (its first word loses the alef of ال)
AR_ORDINAL_LAM_RE = (rf"ل(?:(?P<u>{_lam_words(AR_ORD_UNITS)})\s+و\s*(?P<t>{'|'.join(sorted(AR_TENS, key=len, reverse=True))})"
                     rf"|(?P<u2>{_lam_words(AR_ORD_UNITS)})\s+عشر[ه]?|(?P<t2>{_lam_words(AR_TENS)})|(?P<u3>{_lam_words(AR_ORD_UNITS)}))")


def _ar_ordinal_lam(m: re.Match[str]) -> int | None:
    """Value of a match of ``AR_ORDINAL_LAM_RE``: its first word read with the article restored ("لخامس" -> "الخامس")."""
    g = {k: v for k, v in m.groupdict().items() if v}
    unit = AR_ORD_UNITS.get("ا" + g.get("u", g.get("u2", g.get("u3", ""))))
    if "u" in g and "t" in g and unit:
        return unit % 10 + AR_TENS[g["t"]]
    if "u2" in g and unit:
        return 10 + unit % 10
    if "t2" in g:
        return AR_TENS.get("ا" + g["t2"])
    return unit if "u3" in g else None


EN_NAMED_WEEKDAY = re.compile(r"\b(?:[Bb]lack|[Cc]yber|[Ss]uper|[Bb]loody|[Gg]iving|[Mm]anic|[Bb]lue)\s+$")
RU_HOLIDAY = re.compile(r"\d{1,2}\s+[А-ЯЁ][а-яё]+")  # "8 Марта", "9 Мая": the month capitalised, no year
AR_SHORT_DATE_LABEL = re.compile(r"(?<![^\W\d_])(?:(?:ال)?نشر|تاریخ|بتاریخ|حتلن)\s*:?\s*$")


def _ar_labelled_short_dmy(m: re.Match[str], _text: str) -> _Cand | None:
    """"نُشر: 25/08/20": day/month/two-digit year (00-49 20xx, 50-99 19xx), only right after a publication or date
    label (elsewhere "3/4/20" may be anything)."""
    before = re.sub("[\u064b-\u0652\u0640]", "", m.string[max(0, m.start() - 16):m.start()])  # "نُشر": no harakat
    if not AR_SHORT_DATE_LABEL.search(before):
        return None
    day, month, yy = int(m[1]), int(m[2]), int(m[3])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _Cand(m.start(), m.end(), (2000 if yy < 50 else 1900) + yy, month, day)


FA_NUMBER_WORD_BEFORE = re.compile(r"(?<![\u0600-\u06ff])(?:شماره|شمارهٔ|ش|کد|نامه|پلاک|ردیف|بند|ماده)[\s\u200c.:]*$")


def _fa_short_ymd(m: re.Match[str], _text: str) -> _Cand | None:
    """"۹۲/۱۰/۳": Solar 1392/10/03; a two-digit year of 50-99 is 13xx, 00-49 is 14xx. Where that reading is no date,
    day/month/year: "27/9/98" is 1398/09/27."""
    a, month, b = int(m[1]), int(m[2]), int(m[3])
    for yy, day, width in ((a, b, len(m[1])), (b, a, len(m[3]))):
        if width == 2 and 1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30):
            return _Cand(m.start(), m.end(), (1300 if yy >= 50 else 1400) + yy, month, day, solar=True)
    return None


def _fa_dmy(m: re.Match[str], _text: str) -> _Cand | None:
    """A Persian d/m/yyyy date: Solar, unless a Hijri mark follows (\"7/10/1436 هـ\" is Lunar)."""
    day, month, year = int(m[1]), int(m[3]), int(m[4])
    if HIJRI_MARK.match(m.string, m.end()):
        return _hijri(m, day, month, year)
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    return _Cand(m.start(), m.end(), year, month, day, solar=True)


def _hijri(m: re.Match[str], day: int, month: int, year: int) -> _Cand | None:
    """A Lunar Hijri day-month-year, converted (arithmetic calendar, within a day of Umm al-Qura)."""
    if not 1300 <= year < 1500:
        return None
    g = hijri_to_gregorian(year, month, day)
    if g is None:
        return None
    mark = HIJRI_MARK.match(m.string, m.end())
    return _Cand(m.start(), mark.end() if mark else m.end(), g.year, g.month, g.day, lunar=True)


def _cjk_rules(lang: str) -> list[Rule]:
    yk, mk, dk = ("년", "월", "일") if lang == "ko" else ("年", "月", "[日号號]")
    n = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[廿卅][一二三四五六七八九]?)"  # "本月十七日至廿二日"
    yr = r"(?:\d{4}|[〇零一二三四五六七八九]{4})"
    sp = r"\s*"
    full = re.compile(
        rf"(?<![\d〇零一二三四五六七八九十])(?:(?P<y>{yr}){sp}{yk}(?:{sp}[，,])?{sp})?(?P<m>{n}){sp}{mk}{sp}(?P<d>{n}){sp}{dk}"
        rf"(?:{sp}(?:-|–|—|~|～|至|到|~){sp}(?:(?P<y2>{yr}){sp}{yk}{sp})?(?:(?P<m2>{n}){sp}{mk}{sp})?"
        rf"(?P<d2>{n}){sp}{dk})?")
    ym = re.compile(rf"(?<!\d)(?P<y>{yr}){sp}{yk}{sp}(?:的{sp})?(?P<m>{n}){sp}{mk}(?![\d一二三四五六七八九十]|{sp}\d)")  # "2016年的11月"
    mon = re.compile(rf"(?<![\d年년一二三四五六七八九十])(?P<m>\d{{1,2}}|[一二三四五六七八九十]{{1,2}}){mk}(?:份)?"
                     rf"(?![\d一二三四五六七八九十])" + ("(?!間|间|末)" if lang != "ko" else ""))
    # "本年5月": this year, as 今年, only before a month ("日本年轻人", "基本年薪", "成本年" stay words)
    this_year = rf"(?<![日基成资資版])本年(?={sp}(?:的{sp})?(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}}){sp}{mk})"
    more = ZH_MORE_YEARS if lang == "zh" else "(?!)"
    rel = re.compile(rf"(?P<ry>去年|今年|明年|前年|{this_year}|{more})(?:{sp}(?:的{sp})?(?P<m>{n}){sp}{mk}(?:{sp}(?P<d>{n}){sp}{dk})?)?")  # "去年的9月"
    # "今年1至6月", "去年1-10月": a range of months in a year named by publication
    rel_months = re.compile(rf"(?P<ry>去年|今年|明年|前年|{this_year}){sp}(?P<m1>{n}){sp}(?:{mk}{sp})?(?:-|–|—|~|～|至|到){sp}(?P<m>{n}){sp}{mk}")
    months = re.compile(rf"(?<!\d)(?P<y>{yr}){sp}{yk}{sp}(?P<m>{n}){sp}(?:{mk}{sp})?(?:-|–|—|~|至|到){sp}(?P<m2>{n}){sp}{mk}"
                        rf"(?!{sp}(?:\d|[一二三四五六七八九十])+{sp}{dk})")
    # "6月至8月" (no year), "2018年至2022年": ranges of months and of years
    months_ny = re.compile(rf"(?<![\d年月〇一二三四五六七八九十])(?P<m>{n}){sp}{mk}{sp}(?:-|–|—|~|至|到){sp}(?P<m2>{n}){sp}{mk}"
                           rf"(?!{sp}(?:\d|[一二三四五六七八九十])+{sp}{dk})")
    years = re.compile(rf"(?<!\d)(?P<y>{yr}){sp}{yk}{sp}(?:-|–|—|~|至|到){sp}(?P<y2>{yr}){sp}{yk}(?!{sp}\d|代)")
    day = re.compile(rf"(?<![\d月年〇一二三四五六七八九十])(?:(?P<d1>\d{{1,2}}){sp}(?:{dk})?{sp}(?:-|–|—|~|～|至|到){sp})?"
                     rf"(?P<d>\d{{1,2}}){sp}{dk}")
    # "下月九日", "上个月28日", "本月7號到15號": a day of the month before, of or after publication's
    rel_month = re.compile(rf"(?P<rm>上個?个?月|下個?个?月|本月|這個月|这个月|當月|当月){sp}(?:的{sp})?(?P<d>{n}){sp}{dk}"
                           rf"(?:{sp}(?:-|–|—|~|～|至|到){sp}(?P<d2>{n}){sp}{dk})?")
    # "03年2月28日", "98年4月": a two-digit year with its year marker and its month (the century nearest publication,
    # ``_two_digit_year``); not a Minguo year after 民國, nor an ordinal year ("第3年")
    yy = re.compile(rf"(?<![\d〇零一二三四五六七八九十第(（])(?<!民國)(?<!民国)(?P<yy>\d\d){sp}{yk}{sp}(?P<m>1[0-2]|0?[1-9]){sp}{mk}"
                    rf"(?:{sp}(?P<d>3[01]|[12]\d|0?[1-9]){sp}{dk})?(?![\d一二三四五六七八九十])")
    # "2005年首月", "70年第8个月", "2005年最后一个月", "明年第九个月": a year's (written or named from publication's) first,
    # Nth or last month named by its count
    nth_month = re.compile(rf"(?<![\d〇零一二三四五六七八九十第(（])(?<!民國)(?<!民国)(?:(?:(?P<y>{yr})|(?P<yy>\d\d)){sp}{yk}"
                           rf"|(?P<ry>今年|去年|明年|前年|后年|後年)){sp}(?:的{sp})?"
                           rf"(?:(?P<first>首月)|(?P<last>末月|最[后後]一{sp}[个個]{sp}月)"
                           rf"|第{sp}(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]){sp}[个個]{sp}月)")
    for p in (rel, full, ym, mon, months, months_ny, years, rel_month, rel_months, nth_month):
        _free(p)
    extra: list[Rule] = []
    if lang == "zh":
        # Taiwanese press: "今(18)日", "昨(3)日", "明(4)日" (a day word with its day of the month), "今(114)年" (a Minguo year),
        # "本(2)月14日至28日" (publication's month, named)
        paren = re.compile(r"(?P<w>[今昨明前去本上下])[(（](?P<n>\d{1,4})[)）](?P<u>[日天年月])"
                           rf"(?:{sp}(?P<d>\d{{1,2}}){sp}{dk}(?:{sp}(?:-|–|—|~|～|至|到){sp}(?P<d2>\d{{1,2}}){sp}{dk})?)?")
        # "週一(1/5)", "周三（3/12）", "今天(1/5)": a weekday or day word with its month/day in brackets
        md = re.compile(r"(?:(?<=[周週][一二三四五六日天])|(?<=星期[一二三四五六日天])|(?<=[禮礼]拜[一二三四五六日天])|(?<=[今昨明][日天]))"
                        r"[(（](?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])[)）]")
        # "2024年第一季度", "今年一季度", "去年第4季度": a quarter of a named year, its three months (a quarter with no
        # year named is left out: "一季度GDP" may be this year's or the last completed one, save in a text that is it alone);
        # "2013年一季度末", "三季度初": the quarter's last or first month
        quarter = _free(re.compile(r"(?:(?:(?P<y>1[5-9]\d\d|20\d\d|[一二][〇零一二三四五六七八九]{3})\s*年|(?P<ry>去年|今年|明年|前年))\s*(?:的)?\s*|(?<![\d年]))"
                                   r"(?:第?\s*(?P<q>[一二三四1-4])\s*季(?:度)?|[Qq](?P<qq>[1-4]))(?P<edge>末|底|初)?"))
        # "2/14(六)", "3/2(一)": a month/day with its weekday in brackets after it (the weekday makes it a date)
        md_wd = re.compile(r"(?<![\d/.])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])[(（](?:[周週]|星期)?[一二三四五六日天][)）]")
        # "115年1月26日", "民國99年8月": a Minguo year (Republic of China, year 1 = 1912) written with the month: three digits
        # alone (100-149, as Taiwanese offices date their notices), two only after 民國
        roc = re.compile(rf"(?<![\d〇零一二三四五六七八九十])(?:(?:民國|民国){sp}(?P<y>\d{{2,3}})|(?P<y3>1[0-4]\d))(?!\d){sp}年{sp}"
                         rf"(?P<m>1[0-2]|0?[1-9]){sp}月(?:{sp}(?P<d>3[01]|[12]\d|0?[1-9]){sp}{dk})?(?!\d)")
        # "113.05.09(四)", "113/05/09": a Minguo date in figures as Taiwanese offices write it, year 100-119 and a two-digit
        # month and day (not "1.10.3", "110.12.3.4")
        roc_num = re.compile(r"(?<![\d./])(?P<y>1[01]\d)(?P<sep>[./])(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])"
                             r"(?![\d./%元萬万])")
        # "10月12 —13日", "3月5-8日": a range of days of one month written with the day word once, after the second day
        md_range = _free(re.compile(rf"(?<![\d〇零一二三四五六七八九十])(?:(?P<y>{yr}){sp}{yk}{sp})?(?P<m>{n}){sp}{mk}{sp}"
                                    rf"(?P<d>\d{{1,2}}){sp}(?:-|–|—|~|～|至|到){sp}(?P<d2>\d{{1,2}}){sp}{dk}"))
        # "蔣萬安(15)日出席", "在(9/14)日全數兌換完畢": Taiwanese press brackets the day (or month/day) before 日 with no day
        # word ahead of it: that day of the month nearest publication (or that month and day)
        # ... after a word (a list marker "(1)日常...", "：(2)日方" opening its item is no day), before 日 only ("(2)号线")
        paren_day = re.compile(r"(?<=[\u3400-\u9fff])(?<![今昨明前去本上下])[(（](?:(?P<m>1[0-2]|0?[1-9])/)?(?P<d>3[01]|[12]\d|0?[1-9])[)）]"
                               r"\s*日(?![本子记記期语語文元])")
        # "一九七八年": a year written digit by digit in Chinese numerals, alone (with its month it is ``ym``/``full``)
        cn_year = _free(re.compile(r"(?<![〇零一二三四五六七八九十百千])(?P<y>[一二][〇零一二三四五六七八九]{3})\s*年"
                                   r"(?![代底初末中间間])(?!\s*[〇零一二三四五六七八九十\d]+\s*月)"))
        # "2016年6月29", "二零零四年八月十五": a full date with its year whose day has no 日/号 after it (not before a measure
        # word, a unit or a digit: "2016年6月29家企业" counts firms)
        bare_end = (r"(?![.,]\d)(?![\d〇零一二三四五六七八九十百千日号號家个個人名位万萬亿億元岁歲%％多余餘次项項件条條只隻张張"
                    r"台辆輛架艘座所起例天年月周週时時分秒点點倍成度米吨噸公])")
        ymd_bare = _free(re.compile(rf"(?<![\d〇零一二三四五六七八九十])(?P<y>{yr}){sp}年{sp}(?P<m>{n}){sp}月{sp}(?P<d>{n})"
                                    + bare_end))
        # ... and "3月15" with no year, in figures only ("三月十五" may be a lunar day)
        md_bare = _free(re.compile(r"(?<![\d〇零一二三四五六七八九十年./-])(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])"
                                   + bare_end))
        # ... and "三月十五", "十二月二十" in Chinese numerals with no 日 (the solar month: a lunar day has its marker, 农历 or
        # 正月/腊月, which the lunar rule reads; not before another numeral or a measure word: "三月十五家")
        cn_md_bare = _free(re.compile(r"(?<![\d〇零一二三四五六七八九十年./\-历曆正腊臘冬])(?P<m>十[一二]?|[一二三四五六七八九])\s*月\s*"
                                      r"(?P<d>三十一?|[二两兩]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])"
                                      + bare_end + r"(?![旬底初末中])"))
        # "九八年", "零三年", "一五年": a two-digit year written digit by digit in Chinese numerals (the century nearest
        # publication); not two digits in a row, a rough count ("三四年前", "七八年"), nor a longer number
        cn_yy = _free(re.compile(r"(?<![〇零一二三四五六七八九十百千萬万亿億几幾第数數])(?P<yy>[〇零一二三四五六七八九]{2})\s*年"
                                 rf"(?:{sp}(?P<m>{n}){sp}月(?:{sp}(?P<d>{n}){sp}{dk})?|"
                                 r"(?![代底初末中间間多余餘以之前后後来來内內级級])(?!\s*[〇零一二三四五六七八九十\d]+\s*月))"))
        # "16年", "16年底", "16年，...": a two-digit year in figures (the century nearest publication), only said alone,
        # opening a sentence or clause before a comma, or before 底/初/末/中 (mid-text "服刑16年" is sixteen years; with its
        # month it is ``yy``)
        digit_yy = _free(re.compile(r"(?:^|(?<=[。！？!?\n，,；;]))\s*(?P<yy>\d{2})\s*年"
                                    r"(?=\s*(?:[底初末]|中(?![国國心央华華间間部东東西南北方外文日美俄欧歐亚亞非纪紀期])|[，,]|[。.]?\s*$))"))
        # ... and mid-sentence after a preposition of time (于/於 "in", 自/从/從 "from", 截至/截止 "by": "该公司于16年成立",
        # "自16年起"; not a count: "于16年前", "于16年间", "服刑16年后"), after 在/早在 before a comma or 的时候, and anywhere
        # before 底/初/末 ("该项目于16年底完工", "将在17年初": a span has no end or start), and a zero-padded one anywhere
        digit_yy_mid = _free(re.compile(
            r"(?:(?<=[于於自从從])|(?<=截至)|(?<=截止))\s*(?P<yy>\d{2})\s*年"
            r"(?![前后後来來多间間内內里裡代度级級龄齡期半之]|以(?![来來]))"
            r"|(?<=在)\s*(?P<yy2>\d{2})\s*年(?=\s*(?:[，,]|的时候|的時候))"
            r"|(?<![\d.,，第])(?P<yy3>\d{2})\s*年(?=[底初末])"
            r"|(?<![\d.,，第])(?P<yy4>0\d)\s*年(?![代\d])"))  # "07年以前": a zero-padded count is no count, the year 2007
        # "民国38年", "民國一百年": a Minguo year alone (with its month it is ``roc``)
        roc_year = _free(re.compile(r"(?:民國|民国)\s*(?P<y>\d{1,3}|[一二三四五六七八九十百零〇]{1,5})\s*年"
                                    r"(?!\s*[〇零一二三四五六七八九十\d]+\s*月)"))
        # "去年今天", "去年的今天", "明年的今天": publication's day of the month in the year named
        # ... "上个月的今天" (the month before), "上周的今天" (the week before)
        same_day = _free(re.compile(rf"(?:(?P<ry>去年|明年|前年|{ZH_MORE_YEARS})|(?P<rm>{ZH_MONTH_WORDS})|(?P<rw>{ZH_WEEK_WORDS}))"
                                    rf"{sp}(?:的{sp})?(?:今天|今日|这一天|這一天|同一天|同日)"))
        # "本月最后一天", "下个月第一天", "今年最后一天", "6月的最后一天", "2021年2月最后一天": a month's or year's first or last day
        edge_day = _free(re.compile(rf"(?:(?P<rm>{ZH_MONTH_WORDS})|(?:(?P<y>{yr}){sp}年{sp})?(?P<m>{n}){sp}月(?:份)?"
                                    rf"|(?P<y1>{yr}){sp}年|(?P<ry>去年|今年|明年|前年|{ZH_MORE_YEARS}))"
                                    r"\s*(?:的\s*)?(?:(?P<last>最后一天|最後一天|最后1天|最後1天)|(?P<first>第一天|第1天))"))
        # "3日前", "3日後" (Hong Kong): N days ago or on, only in a text that is it alone ("於3日前提交": before the 3rd)
        days_alone = _free(re.compile(r"^\s*(?P<n>" + ZH_COUNT + ")"
                                      r"\s*日(?:以|之)?(?P<dir>前|后|後)\s*[。.!！]?\s*$"))
        # "十五号", "一日", "廿三日" said alone: a day in Chinese numerals, of publication's month (in running text "一日游",
        # "三号线" are no days)
        cn_day_alone = _free(re.compile(r"^\s*(?P<d>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)"
                                        r"\s*[日号號]\s*[。.]?\s*$"))
        # ... and opening a sentence before a comma or a time of day ("十五日，部长们...", "二十日晚，"), as "15日，": a day of
        # publication's month (not "一日，", also "one day, ...")
        cn_day_opening = _free(re.compile(r"(?:^|(?<=[。！？!?\n]))\s*(?P<d>[二三]?十[一二三四五六七八九]?|[二三四五六七八九]|廿[一二三四五六七八九]?"
                                          r"|卅一?)\s*日(?=\s*(?:上午|下午|中午|晚上|晚间|晚間|晚|凌晨|早上|清晨|傍晚|深夜)?\s*[，,])"))
        year_alone = re.compile(r"^\s*(?P<y>1[5-9]\d\d|20\d\d)\s*[。.]?\s*$")  # "2014" said alone: the year
        extra = [(year_alone, lambda m, _t: _Cand(m.start("y"), m.end("y"), int(m["y"]), year_only=True)),
                 (cn_day_alone, lambda m, _t: _Cand(m.start(), m.end(), d=d, day_only=True)
                  if (d := _int(m["d"])) and 1 <= d <= 31 else None),
                 (cn_day_opening, lambda m, _t: _Cand(m.start("d"), m.end(), d=d, day_only=True)
                  if (d := _int(m["d"])) and 1 <= d <= 31 else None),
                 (days_alone, lambda m, _t: _Cand(m.start(), m.end(), rel=(-1 if m["dir"] == "前" else 1) * n)
                  if (n := _count(m["n"], DAYS_AGO_WORDS["zh"], "zh")) and 1 <= n <= OFFSET_MAX["day"] else None),
                 (cn_year, _zh_cn_year), (md_range, _zh_day_range), (cn_yy, _zh_cn_yy), (digit_yy, lambda m, _t: _Cand(m.start("yy"), m.end(), year_only=True, yy=int(m["yy"]))),
                 (digit_yy_mid, _zh_digit_yy_mid),
                 (roc_year, _zh_roc_year),
                 (same_day, _zh_same_day), (edge_day, _zh_edge_day),
                 (ymd_bare, lambda m, _t: _Cand(m.start(), m.end(), _int(m["y"]), _int(m["m"]), _int(m["d"]))),
                 (md_bare, _zh_month_day), (cn_md_bare, _zh_cn_month_day), (roc, _zh_roc), (roc_num, _zh_roc), (paren, _zh_paren), (paren_day, _zh_paren_day),
                 (md, _zh_month_day), (md_wd, _zh_month_day),
                 (quarter, _zh_quarter)]
        if ZH_LUNAR is not None:
            extra.insert(0, (_free(ZH_LUNAR), _zh_lunar))
        if eras := lexicon("zh").get("eras"):
            # "康熙20年9月", "乾隆五十年", "平成元年": a year of a reign era (data/dates.json zh eras: the era's first year),
            # not a two-digit year ("20年9月" alone is 2020-09)
            cn_d = r"3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
            era = re.compile(rf"(?P<era>{_alt([*eras['gregorian'], *eras['lunar']])}){sp}(?P<y>\d{{1,3}}|[一二三四五六七八九十百零〇]{{1,5}}|元){sp}年"
                             rf"(?:{sp}(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]){sp}月(?:{sp}(?:(?P<d>{cn_d}){sp}[日号號]"
                             r"|(?P<ld>初[一二三四五六七八九十]|廿[一二三四五六七八九]?|卅)(?![一二三四五六七八九十])))?)?"
                             r"(?![\d〇零一二三四五六七八九十])")
            extra.insert(0, (_free(era), partial(_zh_era, eras)))
        if (fest := lexicon("zh").get("festivals")) is not None:
            # "2023年春节", "今年中秋节", "明年元旦", "春节" alone: a festival that names one day (data/dates.json zh festivals)
            kinds = ("solar", "lunar", "nth", "terms", "solar_with_year", "lunar_short", "easter")
            names = _alt([k for kind in kinds for k in fest.get(kind, {})])
            festival = re.compile(rf"(?:(?P<y>{yr}){sp}年|(?P<ry>去年|今年|明年|前年|本年|{ZH_MORE_YEARS})){sp}(?:的{sp})?"
                                  rf"(?P<f>{names})(?![档檔老树樹卡\d〇零一二三四五六七八九十月日号號万萬亿億个個届屆次名位人家点點时時岁歲%％年天])"
                                  rf"|(?<![\d年])(?P<f0>{names})(?![档檔])")
            extra.append((_free(festival), _zh_festival))
    return extra + [(yy, lambda m, _t: _Cand(m.start(), m.end(), None, int(m["m"]), _int(m["d"]), yy=int(m["yy"]))),
            (nth_month, lambda m, _t: _Cand(m.start(), m.end(), _int(m["y"]), 1 if m["first"] else 12 if m["last"] else _int(m["m"]),
                                            yy=_int(m["yy"]), year_shift=ZH_YEAR_SHIFT[m["ry"]] if m["ry"] else None)),
            (rel_months, _cjk_relative_months), (rel_month, _cjk_relative_month_day), (day, _cjk_day), (months, _cjk_month_range),
            (months_ny, _cjk_month_range), (years, _cjk_years),
            (rel, _cjk_relative_year), (full, _cjk_full),
            (ym, lambda m, _t: _Cand(m.start(), m.end(), _int(m["y"]), _int(m["m"]))),
            (mon, lambda m, _t: _Cand(m.start(), m.end(), None, _int(m["m"])))]


# "قبل يومين", "منذ ثلاثة أيام", "دو روز پیش", "3 ngày trước": N days before publication (a day; weeks, months and years
# ago are left out: which day they name is loose); ar with an approximation word before the count ("منذ حوالي ثلاثة أيام",
# "قبل نحو أسبوعين") is the same offset, as news rounds the count anyway
DAYS_AGO: dict[str, str] = {
    # ... and CLDR's forms: "قبل 11 يوم", "قبل يوم واحد" (not "قبل يوم واحد من الانتخابات": a day before the election)
    "ar": r"(?<![^\W\d_])[وف]?(?:قبل|منذ)\s+(?:(?:نحو|حوالی|قرابه|زهاء|ما\s+یقارب)\s+)?(?:(?P<two>یومین|یومان)|(?P<n>\d{1,3}|WORDS)\s+(?:ایام|یوما|یوم)|(?P<one>یوم)(?:\s+واحد"
          r"(?!\s+(?:من|علی)(?![^\W\d_]))|(?=\s*(?:$|[.,،؛:!?؟)\]\"»]|فقط|تقریبا))))(?![^\W\d_])",
    "fa": r"(?<![^\W\d_])(?P<n>\d{1,3}|WORDS)[\s\u200c]*روز(?:[\s\u200c]?ی|\u0654)?[\s\u200c]+(?:پیش|قبل)(?![^\W\d_])(?![\s\u200c]*از(?![^\W\d_]))",
    # ... not a vague pair of counts ("hai ba ngày trước", "สองสามวันก่อน", "2-3 วันก่อน": two or three days ago)
    "vi": r"(?<![^\W\d_])(?<!hai\s)(?<!ba\s)(?<!bốn\s)(?<!năm\s)(?<!sáu\s)(?<!bảy\s)(?<!tám\s)(?<!chín\s)(?P<n>\d{1,3}|WORDS)\s+(?:ngày|hôm)\s+trước(?![^\W\d_])(?!\s+(?:đó|khi|ngày|nữa|kia))",
    # "เมื่อ 3 วันก่อน", "2 วันที่แล้ว", "2 วัน ที่แล้ว", "3 วัน ก่อน" (Thai is written without spaces: the phrase must end at a space,
    # punctuation or นี้; "3 วันก่อนเกิดเหตุ" is 3 days before the incident, "3 วัน ก่อน จะ..." 3 days before a clause); "3天前", "两天前" (not 前往 "go to", 前夕 "eve", 前后 "around")
    "th": r"(?<![\d.,])(?<!สิบ)(?<!ร้อย)(?<!หนึ่ง)(?<!สอง)(?<!สาม)(?<!สี่)(?<!ห้า)(?<!หก)(?<!เจ็ด)(?<!แปด)(?<!เก้า)(?<![-–])(?<![-–]\s)(?P<n>\d{1,3}|WORDS)\s*วัน\s*(?:ก่อน|ที่\s*แล้ว)(?:หน้านี้|นี้)?(?=\s|$|[,.)\]”\"])(?!\s+(?:จะ|การ))",
    # ... "十五天前", "二十一天前" (tens in Chinese numerals; not the "五" of "十五", nor "几十天前")
    "zh": r"(?<![\d.,一二两兩三四五六七八九十百千几幾数數〇零])(?P<n>ZHCOUNT)"
          r"\s*天(?:以|之)?前(?![往夕后後])",
}
DAYS_AGO_WORDS = {
    "ar": {"ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "ثمانیه": 8, "تسعه": 9, "عشره": 10},
    "fa": {"یه": 1, "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10},
    "vi": {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10},
    "th": {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9, "สิบ": 10},
    "zh": {"一": 1, "两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10},
}


# N weeks ago is the day 7N days before publication (as dateparser, Recognizers-Text and Duckling read it; "last week", with
# no count, stays the calendar week): "三星期前", "兩個禮拜前", "سه هفته پیش", "قبل ثلاثة أسابيع", "منذ أسبوعين",
# "ba tuần trước" (not "a week before the election": "قبل أسبوع من", "tuần trước khi/ngày")
WEEKS_AGO: dict[str, str] = {
    "ar": r"(?<![^\W\d_])[وف]?(?:قبل|منذ)\s+(?:(?:نحو|حوالی|قرابه|زهاء|ما\s+یقارب)\s+)?(?:(?P<two>اسبوعین|اسبوعان)|(?P<one>اسبوع)|(?P<n>\d{1,3}|WORDS)\s+اسابیع)"
          r"(?![^\W\d_])(?!\s+(?:من|علی)(?![^\W\d_]))",
    "fa": r"(?<![^\W\d_])(?P<n>\d{1,3}|WORDS)[\s\u200c]*هفته(?:[\s\u200c]?ی|\u0654)?[\s\u200c]+(?:پیش|قبل)(?![^\W\d_])(?![\s\u200c]*از(?![^\W\d_]))",
    "vi": r"(?<![^\W\d_])(?<!hai\s)(?<!ba\s)(?<!bốn\s)(?<!năm\s)(?<!sáu\s)(?<!bảy\s)(?<!tám\s)(?<!chín\s)(?P<n>\d{1,3}|WORDS)\s+tuần\s+trước(?![^\W\d_])(?!\s+(?:đó|khi|ngày|nữa|kia))",
    "zh": r"(?<![\d.,至到一二两兩三四五六七八九十百千几幾数數〇零])(?P<n>ZHCOUNT)"
          r"\s*(?:个|個)?\s*(?:星期|周|週|礼拜|禮拜)(?:之|以)?前(?![往夕后後])",
}


# Arabic and Persian counts in words past ten ("خمسة عشر يوما", "قبل عشرين عاما", "پانزده روز پیش", "بیست سال پیش"): the
# language's run of number words (data/numbers.json), valued by numerals.word_number
WORD_COUNT_LANGS = ("ar", "fa", "ru", "en")  # ... and ru "пятнадцать дней назад", en "twenty-one days ago"


def _ar_marked(pattern: str) -> str:
    """An Arabic pattern that lets vowel marks follow any Arabic letter written outside a character class ("قبلَ ثلاثةِ
    أيامٍ", "منذُ عامين", "بعدَ يومين")."""
    out, in_class, esc = [], False, False
    for ch in pattern:
        out.append(ch)
        if esc:
            esc = False
        elif ch == "\\":
            esc = True
        elif ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        elif not in_class and "\u0621" <= ch <= "\u064a" or not in_class and ch in "\u06cc\u06a9":
            out.append("[\u064b-\u0652]*")
    return "".join(out)


def _count_alt(words: dict[str, int], lang: str) -> str:
    alt = _alt(words)
    nw = number_words(lang) if lang in WORD_COUNT_LANGS else None
    return alt if nw is None else f"{alt}|(?:{nw.run.pattern})"


def _ago_rules(lang: str) -> list[Rule]:
    """N days ago (DAYS_AGO: the day N before publication) and N weeks ago (WEEKS_AGO: the day 7N before publication),
    N a digit, a number word of DAYS_AGO_WORDS or a dual or singular form (``two``, ``one``)."""
    rules: list[Rule] = []
    for table, unit in ((DAYS_AGO, "day"), (WEEKS_AGO, "week")):
        if lang in table:
            words = DAYS_AGO_WORDS[lang]
            if lang in ("th", "vi", "ar"):  # "สิบห้าวันก่อน", "hai mươi ngày trước", ar "قبل خمستعشر يوم": the (compound,
                # colloquial) number words of "offsets"
                words = {**words, **{fold(k).lower(): v for k, v in lexicon(lang)["offsets"]["numbers"].items()}}
            raw = _ar_marked(table[lang]) if lang == "ar" else table[lang]
            pat = re.compile(raw.replace("WORDS", _count_alt(words, lang)).replace("ZHCOUNT", ZH_COUNT), re.IGNORECASE)
            rules.append((_free(pat), partial(_ago, words, unit, lang)))
    numbers = {fold(k).lower(): v for k, v in (lexicon(lang).get("offsets") or {}).get("numbers", {}).items()}
    for entry in lexicon(lang).get("clock_ago", ()):  # "2 hours ago", "قبل ساعتين", "两小时前": publication's day
        raw, guard = (entry, None) if isinstance(entry, str) else entry
        body = _ar_marked(fold(raw)) if lang == "ar" else fold(raw)
        pat = re.compile(body.replace("{N}", _count_alt(numbers, lang) if numbers else r"\d{1,2}"), re.IGNORECASE)
        rules.append((_free(pat), partial(_clock_ago, numbers, lang,
                                          re.compile(fold(guard), re.IGNORECASE) if guard else None)))
    return rules


CLOCK_MAX = {"h": 24, "mi": 59}
# how far back a guard of an "ago" pattern looks: a comparison word right before it, or a consist/span verb and
# the noun phrase it governs ("يتكون البرنامج من يومين": the programme consists of two days, no date)
GUARD_WINDOW = 48


def _clock_ago(numbers: dict[str, int], lang: str, guard: re.Pattern[str] | None, m: re.Match[str],
               t: str) -> _Cand | None:
    """N hours or minutes ago (``clock_ago`` in data/dates.json): publication's day, as a news page dates "2 hours ago"
    (up to 24 hours or 59 minutes; a longer count may fall on the day before, and is left out)."""
    if guard is not None and guard.search(t, max(0, m.start() - GUARD_WINDOW), m.start()):
        return None  # "أكثر من ساعتين": a span; vi "lúc 3 giờ trước": a clock time
    g = m.groupdict()
    unit = "h" if any(g.get(k) for k in g if k.startswith("h")) else "mi"
    raw = g.get("n") or g.get("n2")
    n = _count(raw.strip(), numbers, lang) if raw and (raw.strip().isdigit() or raw.strip().lower() in numbers) else None
    if n is not None and not 1 <= n <= CLOCK_MAX[unit]:
        return None
    return _Cand(m.start(), m.end(), rel=0)


def _ago(words: dict[str, int], unit: str, lang: str, m: re.Match[str], _text: str) -> _Cand | None:
    g = m.groupdict()
    n = 2 if g.get("two") else 1 if g.get("one") else _count(m["n"], words, lang)
    if n is None or not 1 <= n <= OFFSET_MAX[unit]:
        return None
    if unit == "week":
        return _Cand(m.start(), m.end(), rel=-7 * n, wcount=-n)
    return _Cand(m.start(), m.end(), rel=-n)


def _bare_weekend_rules(lang: str) -> list[Rule]:
    """A weekend with no direction word ("over the weekend", "на выходных", "周末", "cuối tuần", "สุดสัปดาห์",
    "عطلة نهاية الأسبوع"; patterns ``weekend_bare`` in data/dates.json): the coming weekend (publication's own when
    published on it), or the one gone by when the sentence is clearly past, as a ``this_coming`` weekday run."""
    d0, d1 = weekend_days(lang)
    span = (d1 - d0) % 7
    return [(_free(re.compile(fold(raw), re.IGNORECASE)),
             lambda m, _t: _Cand(m.start(), m.end(), weekday=d1, wspan=(-span, 0), wmode="this_coming"))
            for raw in lexicon(lang).get("weekend_bare", ())]


# N units from publication ("in two weeks", "3 days ago", "بعد أسبوعين", "三天后", "3 ngày nữa", "سه روز دیگر", "อีก 3 วัน",
# "через три дня", "a year ago", "兩年前"): a day N (or 7N for weeks: "3 weeks ago", "in two weeks", as dateparser,
# Recognizers-Text and Duckling read a counted week) back or ahead of publication, or the same calendar month or year N back
# or ahead (Persian months and years Solar); the words and patterns in data/dates.json ("offsets"). fa "دو روز گذشته",
# "دو هفته گذشته" said bare are N days or weeks ago, as "روز گذشته" is yesterday; after a span word ("در", "طی", "ظرف")
# they are "the past N days", a span, and as "the past two months", "过去三个月", "7 tháng qua", "2 năm tới" (the
# labelled real-news rows) give no date
OFFSET_MAX = {"day": 9999, "week": 520, "month": 120, "year": 100}
SENTENCE_END = re.compile(r"[.!?؟。！？\n]")
ZH_TENS = re.compile(r"(?P<a>[一二两兩三四五六七八九]?)十(?P<b>[一二三四五六七八九]?)")
# a count in digits or in Chinese numerals of any size ("三天后", "十五天前", "一百天后", "一百二十天", "100天后"), valued by
# numerals.chinese_number (a spoken range of two digits, "两三天", "三五天", is no count: numerals.zh_few)
ZH_COUNT = r"\d{1,4}|[零〇一二两兩三四五六七八九十百千]{1,8}"


def _count(raw: str | None, numbers: dict[str, int], lang: str) -> int | None:
    if raw is None:
        return None
    if raw.isdigit():
        return int(raw)
    if lang == "zh" and (t := ZH_TENS.fullmatch(raw)):
        return numbers.get(t["a"], 1) * 10 + numbers.get(t["b"], 0) if t["a"] or t["b"] else 10
    if lang == "zh" and raw not in numbers:
        v = None if zh_few(raw) else chinese_number(raw)
        return int(v) if v is not None and v == int(v) else None
    n = numbers.get(raw.lower())
    if n is None and lang in WORD_COUNT_LANGS:
        v = word_number(raw, lang)  # "خمسة عشر", "بیست و پنج"
        n = int(v) if v is not None and v == int(v) else None
    return n


def _offset_rules(lang: str) -> list[Rule]:
    data = lexicon(lang).get("offsets")
    if not data:
        return []
    numbers = {fold(k).lower(): v for k, v in data["numbers"].items()}
    units = {fold(k).lower(): tuple(v) for k, v in data["units"].items()}
    num = _count_alt(numbers, lang)
    if lang == "zh":
        num = ZH_COUNT
    unit = _alt(units)
    before = {k: re.compile(fold(data[k]), re.IGNORECASE) for k in ("before_ahead", "after_ahead", "not_before_ahead",
                                                                     "past_before_ahead", "not_before", "not_before_ago") if k in data}
    future = _TENSE_RE.get(lang, (None,))[0]
    needs_future = tuple(fold(w) for w in data.get("needs_future", ()))
    alone_or_future = tuple(fold(w) for w in data.get("alone_or_future", ()))
    final_or_future = tuple(fold(w) for w in data.get("final_or_future", ()))
    past = _TENSE_RE.get(lang, (None, None))[1]
    alone_ago = tuple(fold(w) for w in data.get("alone_ago", ()))
    month_after = _month_name_after(lang)
    counted_only = frozenset(fold(w).lower() for w in data.get("counted_only", ()))
    rules: list[Rule] = []
    for sign, key in ((-1, "ago"), (1, "ahead")):
        for entry in data.get(key, []):
            raw, guard = (entry, None) if isinstance(entry, str) else entry  # [pattern, what may not stand before it]
            body = _ar_marked(fold(raw)) if lang == "ar" else fold(raw)
            own_guard = re.compile(fold(guard), re.IGNORECASE) if guard else None
            # ar: the unit's marks all taken ("عاماً من"), so that no backtracking before its tanween escapes the guards after it
            pat = re.compile(body.replace("{N}", num).replace(
                "{U}", f"(?:{_ar_marked(unit)})" + r"(?![\u064b-\u0652])" if lang == "ar" else unit), re.IGNORECASE)

            def handler(m: re.Match[str], t: str, sign: int = sign, own_guard: re.Pattern[str] | None = own_guard) -> _Cand | None:
                if own_guard is not None and own_guard.search(t, max(0, m.start() - GUARD_WINDOW), m.start()):
                    return None  # ar colloquial "من يومين" (two days ago), not "أكثر من يومين" (more than two days)
                u, implied = units[re.sub(r"\s+", " ", MARKS.sub("", m["u"])).lower()]  # "قبل شهرٍ": the unit's marks
                if not m.groupdict().get("n") and re.sub(r"\s+", " ", m["u"]).lower() in counted_only:
                    return None  # ru "десятилетия назад": decades ago, no count
                n = _count(m.groupdict().get("n"), numbers, lang) if m.groupdict().get("n") else implied
                if n is not None and implied is not None and m.groupdict().get("n"):
                    n *= implied  # "two fortnights", "a decade"
                if n is None or not 1 <= n <= OFFSET_MAX[u] or month_after is not None and month_after.match(t, m.end()):
                    return None  # "قبل شهر رمضان": before the month of Ramadan
                cut = min(m.start(g) for g in ("n", "u") if m.groupdict().get(g) is not None)
                ahead = t[max(0, cut - 48):cut]  # what comes before the count, the offset's own word included ("in", "بعد")
                if "not_before" in before and before["not_before"].search(ahead):
                    return None  # "two or three days ago", "سه چهار هفته دیگر": a vague count
                if sign < 0 and "not_before_ago" in before and before["not_before_ago"].search(t, max(0, cut - 48), cut):
                    return None  # "خلال عشر سنوات مضت": over the past ten years, a span
                if sign < 0 and alone_ago and any(w in m.group(0).lower() for w in alone_ago) \
                        and SENTENCE_END.split(t[m.end():m.end() + 120], maxsplit=1)[0].strip(" \u200c\t,،:;\"»”)"):
                    return None  # "Двумя неделями ранее министр ...", "two weeks earlier he ...": back from the event told
                if sign > 0:
                    if "before_ahead" in before and not before["before_ahead"].search(t, max(0, cut - 48), cut) \
                            and not ("after_ahead" in before and before["after_ahead"].match(t, m.end())):
                        return None  # zh "退休18天後": days after another event; "25年後母親來到香港": a narrative
                    if "not_before_ahead" in before and before["not_before_ahead"].search(ahead):
                        return None  # "the first time in two years", "ขยายเวลาอีก 7 วัน", ar "عاما بعد عام": a span
                    if "past_before_ahead" in before and before["past_before_ahead"].search(ahead) and not (
                            future is not None and (future.search(ahead) or future.search(t, m.end(), m.end() + 40))):
                        return None  # "killed 200 people in three days", "وبعد يوم أخبروني": a narrative, no future cue
                    if needs_future and any(w in m.group(0).lower() for w in needs_future):
                        rest = SENTENCE_END.split(t[m.end():m.end() + 120], maxsplit=1)[0]
                        if rest.strip(" \u200c\t,،:") and not (future is not None and future.search(rest)):
                            return None  # fa "سه روز بعد او درگذشت", "two days later he died": a narrative
                    if alone_or_future and any(w in m.group(0).lower() for w in alone_or_future):
                        lo = max((x.end() for x in SENTENCE_END.finditer(t, 0, m.start())), default=0)
                        rest = SENTENCE_END.split(t[m.end():m.end() + 200], maxsplit=1)[0]
                        said = t[lo:m.start()] + " " + rest
                        if said.strip(" \u200c\t,،:") and not (future is not None and future.search(said)) and not (
                                final_or_future and any(w in m.group(0).lower() for w in final_or_future)
                                and not rest.strip(" \u200c\t\"'»”)") and not (past is not None and past.search(said))):
                            return None  # ar "قتلت 3042 خلال 10 أشهر": over ten months (a span), not ten months on; vi
                            # "Cuộc họp ... 3 ngày sau." ending its sentence with no past cue in it: from publication
                            # (final_or_future), not "3 ngày sau, ông qua đời" (the day of an event just told)
                if u == "week":  # a counted week is a day, 7N days away; "next week" (a period word) a week
                    return _Cand(m.start(), m.end(), rel=7 * sign * n, wcount=sign * n)
                if u == "day":
                    return _Cand(m.start(), m.end(), rel=sign * n)
                if u == "year" and lang == "fa":  # "چهار سال پیش": the day four years back is in Gregorian year pub - 4,
                    u = "gyear"  # whatever the calendar (a Solar year's start year is one less from January to 20 March)
                if u == "month" and lang == "fa":  # "دو ماه پیش": a counted month is arithmetic from publication, as a
                    u = "gmonth"  # counted year (and as in every other language: dateparser's and Carbon's fa readings),
                    # not the Solar calendar month "ماه گذشته" names: date_expressions3 dev fa carrier 25 -> 27 of 27
                return _Cand(m.start(), m.end(), period=(u, sign * n))
            rules.append((_free(pat), handler))
    days = {re.sub(r"\s+", " ", fold(k)).lower(): v for k, v in (lexicon(lang).get("days") or {}).items()}
    for raw in data.get("anchored", []):  # "two days after tomorrow", "three weeks before yesterday": from a day word
        pat = re.compile(fold(raw).replace("{N}", num).replace("{U}", unit), re.IGNORECASE)
        rules.append((_free(pat), partial(_anchored, units, numbers, days, lang)))
    return rules


ANCHOR_BEFORE = frozenset({"before", "قبل", "پیش", "trước", "ก่อน"})  # "two days before yesterday", fa "دو روز قبل از دیروز"


def _anchored(units: dict[str, tuple[str, int | None]], numbers: dict[str, int], days: dict[str, int], lang: str,
              m: re.Match[str], _t: str) -> _Cand | None:
    """N days or weeks counted from a day word ("today", "tomorrow") to one side: a day, ``rel`` days from
    publication's; "a year ago today", "six months ago today": publication's day of that month or year (months and
    years from another day word are not counted here)."""
    u, implied = units[re.sub(r"\s+", " ", MARKS.sub("", m["u"])).lower()]
    g = m.groupdict()
    n = _count(m["n"], numbers, lang) if g.get("n") else 1 if implied is not None else None  # ar "أسبوعين": a dual, two
    anchor = days.get(re.sub(r"\s+", " ", g.get("a") or g.get("a2") or g.get("a3") or "").lower())
    if n is None or anchor is None or not 1 <= n * (implied or 1) <= OFFSET_MAX[u]:
        return None
    sign = -1 if (g.get("dir") or "").lower() in ANCHOR_BEFORE or g.get("ago") else 1
    if u in ("month", "year") and (g.get("ago") or g.get("later")) and anchor == 0:  # zh "三个月后的今天": ahead
        return _Cand(m.start(), m.end(), moff=sign * n * (implied or 1) * (12 if u == "year" else 1), pubday=True)
    if u not in ("day", "week"):
        return None
    return _Cand(m.start(), m.end(), rel=anchor + sign * n * (implied or 1) * (7 if u == "week" else 1))


def _month_name_after(lang: str) -> re.Pattern[str] | None:
    """A month name right after a unit word ("پایان ماه ژوئن", "قبل شهر رمضان"): the month is named, the unit is no offset."""
    names = set(MONTHS.get(lang, {}))
    if lang == "fa":
        names |= set(SOLAR_MONTHS)
    words = relative_words(lang)
    if words is not None and words.hijri_months:
        names |= set(words.hijri_months)
    end = "" if lang in ("th", "zh") else r"(?![^\W\d_])"  # Thai is written without spaces: "ปลายเดือนตุลาคมปีที่แล้ว"
    return re.compile(rf"[\s\u200c]*(?:{_alt(names)}){end}", re.IGNORECASE) if names else None


def _nth_weekday_of_month_rules(lang: str) -> list[Rule]:
    """The Nth (or last) weekday of a month named or counted from publication's, from the language's
    ``nth_weekday_of_month`` lexicon (data/dates.json): en "the third Tuesday of next month", ru "в последнюю пятницу
    октября", vi "thứ Sáu đầu tiên của tháng sau", th "วันศุกร์สุดท้ายของเดือนนี้". Each pattern names the groups {n} (an
    ordinal of ``ordinals``, -1 the last), {wd} (a weekday of the language's ``weekdays``) and {month} (a month's name, a
    month's number after ``month_number_before``, or a phrase of ``months`` counted from publication's)."""
    lex = lexicon(lang).get("nth_weekday_of_month")
    words = relative_words(lang)
    if not lex or words is None:
        return []
    sp = r"[\s\u200c]+"
    ords = {fold(k).lower(): v for k, v in lex["ordinals"].items()}
    rel = {re.sub(r"\s+", " ", fold(k).lower()): v for k, v in lex["months"].items()}
    wds = {re.sub(r"\s+", " ", fold(k).lower()): v for k, v in words.weekdays.items()
           if k.startswith(lex.get("weekdays_with", ""))}  # th: วันอาทิตย์, not bare อาทิตย์ ("week")
    left, right = ("", "") if lang == "th" else (L, R)  # Thai writes no spaces between words
    named = [rf"(?P<mon>{_alt(k for k in MONTHS[lang] if len(k) > 3)}){right}"] \
        if lang in MONTHS and lex.get("named", True) else []
    if lex.get("month_number_before"):
        named.append(rf"(?:{lex['month_number_before']})\s*(?P<mnum>1[0-2]|0?[1-9])(?!\d)")
    # a month named or by its number first: the bare month word of ``month_word`` ("tháng", "เดือน") is publication's
    # month only when no month's name or number (nor a word of ``month_word_not_before_re``) follows it ("tháng 5",
    # "เดือนตุลาคม", "tháng Giêng")
    # ... or a Lunar Hijri month of ``hijri_months`` ("the last Friday of Ramadan", "последняя пятница Рамадана"),
    # after the words of ``hijri_month_before`` ("the holy month of")
    hijri = {_one_space(fold(k).lower()): v for k, v in lex.get("hijri_months", {}).items()}
    if hijri:
        named.append(rf"(?:{lex.get('hijri_month_before', '')})(?P<hmon>{_alt(hijri).replace(chr(92) + ' ', sp)}){right}")
    month = "(?:" + "|".join([*named, rf"(?P<rm>{_alt(rel).replace(chr(92) + ' ', sp)}){right}"]) + ")"
    bare = {_one_space(fold(w).lower()) for w in lex.get("month_word", [])}
    after = _month_name_after(lang)
    not_before = re.compile(fold(lex.get("month_word_not_before_re", "(?!)")), re.IGNORECASE)  # vi "tháng Giêng"
    year = r"(?:,?\s+(?P<y>" + Y4 + r")(?:\s*(?:года|г\.|г(?![^\W\d_])|năm|AH(?![^\W\d_])|A\.H\.|хиджры))?)?"
    out: list[Rule] = []
    for pat in lex["patterns"]:
        body = pat.format(n=rf"(?P<n>{_alt(ords).replace(chr(92) + ' ', sp)})",
                          wd=rf"(?P<wd>{_alt(wds).replace(chr(92) + ' ', sp)})", month=month)
        rx = re.compile(rf"{left}{body}{year}", re.IGNORECASE)

        def handler(m: re.Match[str], t: str) -> _Cand | None:
            n = ords[_one_space(m["n"].lower())]
            wd = wds[_one_space(m["wd"].lower())]
            if m["rm"]:
                rm = _one_space(m["rm"].lower())
                if m["y"] or rm in bare and (re.match(r"[\s\u200c]*\d", t[m.end():])
                                             or after is not None and after.match(t, m.end())
                                             or not_before.match(t, m.end())):
                    return None
                return _Cand(m.start(), m.end(), nth=(wd, n), moff=rel[rm])
            g = m.groupdict()
            if g.get("hmon"):  # a Hijri month: a year of 13xx or 14xx is Hijri, another one Gregorian (its Hijri year then)
                y = _year(m["y"], lang)
                if y is not None and not 1300 <= y < 1500:
                    y = gregorian_to_hijri(dt.date(y, 1, 1))[0] + (hijri[_one_space(g["hmon"].lower())]
                                                                   < gregorian_to_hijri(dt.date(y, 1, 1))[1])
                return _hijri_nth(m, hijri[_one_space(g["hmon"].lower())], (wd, n), y)
            mo = _month_of(lang, g["mon"].lower()) if g.get("mon") else int(g["mnum"]) if g.get("mnum") else None
            return None if mo is None else _Cand(m.start(), m.end(), _year(m["y"], lang), mo, nth=(wd, n))
        out.append((_free(rx), handler))
    return out


def _edge_day_rules(lang: str) -> list[Rule]:
    """The first or last day of a month or a year, from the language's ``edge_day`` lexicon (data/dates.json): en "the
    last day of October", ru "последний день прошлого месяца", ar "اليوم الأخير من أكتوبر", fa "آخرین روز ماه آینده", vi
    "ngày cuối cùng của năm nay", th "วันสุดท้ายของปีหน้า". Each pattern names the groups {fl} (a word of ``first`` or
    ``last``) and {of}: a month's name (with its year or none), a month's number after ``month_number_before``, a month
    of ``months`` or a year of ``years`` counted from publication's, or a year in figures in ``year_number``."""
    lex = lexicon(lang).get("edge_day")
    if not lex:
        return []
    sp = r"\s*" if lang == "th" else r"[\s\u200c]+"
    left, right = ("", "") if lang == "th" else (L, R)

    def keyed(words: object) -> dict[str, object]:
        return {_one_space(fold(k).lower()): v for k, v in words.items()}  # type: ignore[attr-defined]

    def alt(words: dict[str, object]) -> str:
        return _alt(words).replace(chr(92) + " ", sp)

    fl = keyed({**{w: 1 for w in lex["first"]}, **{w: -1 for w in lex["last"]}})
    rel_m, rel_y = keyed(lex.get("months", {})), keyed(lex.get("years", {}))
    def year_tail(name: str) -> str:
        return (rf"(?:{fold(lex['year_after'])}(?P<{name}>{Y4}|25\d\d)(?!\d){lex.get('year_end', '')})?"
                if lex.get("year_after") else "")
    parts = []
    if lex.get("year_number"):
        parts.append(fold(lex["year_number"]).format(y=rf"(?P<y4>{Y4}|25\d\d)(?!\d)"))
    if rel_m:
        parts.append(rf"(?P<rm>{alt(rel_m)}){right}")
    if rel_y:
        parts.append(rf"(?P<ry>{alt(rel_y)}){right}")
    if lex.get("named"):
        names = [k for k in MONTHS[lang] if len(k) > (2 if lex.get("short_names") else 3) and not re.search(r"[\d.]", k)]
        parts.append(rf"(?:{fold(lex.get('month_before', ''))})(?P<mon>{_alt(names)}){right}{year_tail('y')}")
    if lex.get("month_number_before"):
        parts.append(rf"(?:{fold(lex['month_number_before'])})(?P<mnum>1[0-2]|0?[1-9])(?!\d){year_tail('y2')}")
    of = "(?:" + "|".join(parts) + ")"
    out: list[Rule] = []
    for raw in lex["patterns"]:
        rx = re.compile(left + fold(raw).format(fl=rf"(?P<fl>{alt(fl)})", of=of), re.IGNORECASE)

        def handler(m: re.Match[str], _t: str) -> _Cand | None:
            last = fl[_one_space(m["fl"].lower())] == -1
            g = m.groupdict()
            if g.get("rm"):
                c = _rel_month_day(m, rel_m[_one_space(g["rm"].lower())], 1, last=last)  # type: ignore[arg-type]
                if lex.get("solar_months"):  # fa "ماه آینده": the Solar month in running text, the Gregorian said alone
                    c.solar = c.galone = True
                return c
            if g.get("ry") or g.get("y4"):
                if g.get("y4") and (_year(g["y4"], lang) or 0) < 1800:
                    return None  # "آخر يوم من عام 1445": a Hijri year
                shift = rel_y[_one_space(g["ry"].lower())] if g.get("ry") else None
                return _Cand(m.start(), m.end(), _year(g.get("y4"), lang), 12 if last else 1, 31 if last else 1,
                             year_shift=shift)  # type: ignore[arg-type]
            mo = _month_of(lang, g["mon"].lower()) if g.get("mon") else _int(g.get("mnum"))
            if mo is None:
                return None
            return _Cand(m.start(), m.end(), _year(g.get("y") or g.get("y2"), lang), mo, None if last else 1, mlast=last)
        out.append((_free(rx), handler))
    return out


def _month_part_rules(lang: str) -> list[Rule]:
    """"نهاية الشهر الجاري", "مطلع العام المقبل", "cuối năm", "اواخر سال", "ปลายเดือนนี้", "early next month", "月底": a
    part of a month or year is that month or year (as "下月初" is); a month name or a number after it is left to the
    month and year rules ("نهاية العام 2014", "cuối tháng 10", "پایان ماه ژوئن")."""
    data = lexicon(lang).get("month_parts")
    if not data:
        return []
    units = {fold(k).lower(): v for k, v in data["units"].items()}
    dirs = {fold(k).lower(): v for k, v in data["dirs"].items()}
    after = _month_name_after(lang)
    rules: list[Rule] = []
    for raw in data["re"]:
        pat = re.compile(fold(raw).replace("{U}", _alt(units)).replace("{D}", _alt(dirs) if dirs else "(?!)"), re.IGNORECASE)

        def handler(m: re.Match[str], t: str) -> _Cand | None:
            if after is not None and after.match(t, m.end()):
                return None  # "پایان ماه ژوئن", "ปลายเดือนสิงหาคม": the month named
            off = dirs[re.sub(r"\s+", " ", m["dir"]).lower()] if m.groupdict().get("dir") else 0
            return _Cand(m.start(), m.end(), period=(units[m["u"].lower()], off))
        rules.append((_free(pat), handler))
    return rules


AR_MONTH_OFFSETS = {"الجاری": 0, "الحالی": 0, "الماضی": -1, "المنصرم": -1, "الفایت": -1, "المقبل": 1, "القادم": 1,
                    "الجای": 1, "الاتی": 1}  # dialect and literary "next": "العاشر من الشهر الجاي"


# fa direction words after a Lunar Hijri month, day or holiday ("ماه رمضان گذشته", "عید فطر آینده"): -1 the latest one,
# +1 the coming one, 0 publication's Hijri year's (امسال, this year's; جاری, the current one). Folded forms.
FA_HIJRI_DIRS = {fold(k): v for k, v in {"گذشته": -1, "اخیر": -1, "آینده": 1, "پیش رو": 1, "پیش\u200cرو": 1, "پیشرو": 1,
                                         "امسال": 0, "جاری": 0}.items()}


def _hijri_dir(word: str | None) -> int:
    """The direction of an Arabic or Persian word after a Hijri month or day (0 when there is none)."""
    if not word:
        return 0
    return AR_MONTH_OFFSETS.get(word, FA_HIJRI_DIRS.get(_one_space(word), 0))


def _ar_day_of_relative_month(m: re.Match[str], _t: str) -> _Cand | None:
    """"في الثالث من الشهر الجاري": day 3 of publication's month (the month before: الماضي, after: المقبل)."""
    d = int(m["d"]) if m["d"] else arabic_ordinal(m)
    if m["bare"]:  # "15 الشهر": of publication's month when said alone; in a sentence the month may be another one named
        c = _rel_month_day(m, 0, d) if d is not None and 1 <= d <= 31 and not m["d1"] else None
        if c is not None:
            c.only_alone = True
        return c
    off = 0 if m["this"] else AR_MONTH_OFFSETS[m["rm"]]
    if d is None or not 1 <= d <= 31 or "شهر" not in m.group(0) and off != 0:
        return None  # "يوم 11 الجاري" (of this month) is said; "11 الماضي" is not
    if NOT_A_DAY.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "الأسبوع الأول من الشهر المقبل": the first week, not the first day
    if m["d1"]:
        d1 = int(m["d1"])
        return _rel_month_day(m, off, d1, d) if d1 < d else None
    return _rel_month_day(m, off, d)


ZH_YEAR_SHIFT = {"去年": -1, "今年": 0, "本年": 0, "明年": 1, "前年": -2,  # a year named from publication's
                 "后年": 2, "後年": 2, "来年": 1, "來年": 1, "上年": -1, "上一年": -1, "下一年": 1, "下年": 1}
# ... the rarer year words, guarded where they close other words: "此后年均", "以来年均", "年轻", "上年纪", "加上一年".
# 后/来/上/下 also end a word of their own (a directional complement: 迎来, 带来, 拿下, 写下, 创下, 爱上; a locative:
# 线上, 市场上, 世界上, 战后), and 年 also begins one (年度, 年代, 年会, 年货, 年产, 年收入, 年终, 年薪): either way the
# pair is no year word ("城市迎来年度最大降雪", "拿下年度最佳", "线上年会", "世界上年产量", "战后年代"). 上年度/下年度
# (the fiscal year before/after) stay.
_ZH_YEAR_COMPOUND = r"代会會货貨产產收终終薪鉴鑑报報费費夜糕画畫饭飯味份限头頭华華金假关關景节節息"
_ZH_YEAR_NOT = rf"(?![轻輕均龄齡级級纪紀{_ZH_YEAR_COMPOUND}])"
ZH_MORE_YEARS = (rf"(?<![之此以其最然往今日随隨背落善而前战戰赛賽婚课課饭飯事稍退午节節会會])[后後]年(?!度){_ZH_YEAR_NOT}"
                 rf"|(?<![以近未后後将將从從原本向年夕迎带帶起出进進回过過传傳引招换換送找请請飞飛赶趕醒历歷自素一再])[来來]年(?!度){_ZH_YEAR_NOT}"
                 rf"|(?<![早晚马馬加线綫场場界面会會网網路身手台史际際实實体體爱愛赶趕跟迈邁走登踏排追])上一?年{_ZH_YEAR_NOT}"
                 rf"|(?<![天一以拿写寫留立定打记記签簽创創落放剩底地乡鄉南北西东東])下一?年{_ZH_YEAR_NOT}")


def _zh_lunar_re() -> re.Pattern[str] | None:
    """"农历八月十五", "農曆2024年正月初七", "农历闰四月廿三", "腊月二十三": a Chinese lunar month and day (data/dates.json
    zh ``lunar``); a month that is lunar by its name ("正月", "腊月") needs no marker."""
    lu = lexicon("zh").get("lunar")
    if not lu:
        return None
    num = r"(?:1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十])"
    tens = _alt(lu["day_tens"])
    day = rf"(?P<d>(?:{tens})[一二三四五六七八九十]?|[12]\d|3[01]|0?[1-9])(?![\d一二三四五六七八九十])"
    # "2020年农历八月十五", "二〇一二年农历正月十五", "2023年大年三十": the lunar year written before the marker or the day
    yr = r"(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:的\s*)?"
    shift = _alt(ZH_YEAR_SHIFT)  # ... or a year word: "去年除夕", "今年正月十五" (that lunar year's)
    marked = (rf"(?:(?P<y0>{yr})|(?P<s0>{shift})\s*(?:的\s*)?)?(?:{_alt(lu['markers'])})\s*(?:(?P<y>\d{{4}})\s*年\s*)?(?P<leap>{_alt(lu['leap'])})?\s*"
              rf"(?P<m>{_alt(lu['month_names'])}|{num})\s*月")
    named = rf"(?:(?P<y2>{yr})|(?P<s2>{shift})\s*(?:的\s*)?)?(?P<mn>{_alt(lu['named_only'])})月"
    # "除夕", "年三十" (not "去年三十多家"), "大年初一"
    eve = (rf"(?:(?P<y3>{yr})|(?P<s3>{shift})\s*(?:的\s*)?)?(?<![\d〇零一二三四五六七八九十今去明前后後每上下本同当當该該])(?P<eve>{_alt(lu['new_year_eve'])})"
           rf"(?![多余餘万萬千百个個家人元岁歲名位几幾%％年天日号號\d])")
    nyd = rf"(?:(?P<y4>{yr})|(?P<s4>{shift})\s*(?:的\s*)?)?{re.escape(lu['new_year_days'])}(?P<nyd>初[一二三四五六七八九十])(?![一二三四五六七八九十\d])"
    # "三月初二", "十月廿三": a month in Chinese numerals and a day written the lunar way (初N, 廿N, 卅) is lunar with no
    # marker (a Gregorian day takes 日: "三月二日"; "三月初" alone is early March)
    # "今年九月初九": publication's lunar year (or the one before or after) named before it
    bare = (rf"(?<![\d〇零一二三四五六七八九十年])(?:(?P<ushift>{shift})\s*)?(?P<um>十[一二]|[一二三四五六七八九十]|1[0-2]|[1-9])月\s*"
            r"(?P<ud>初[一二三四五六七八九十]|廿[一二三四五六七八九]?|卅)(?![\d一二三四五六七八九十多余餘个個家人名位])")
    # "农历正月初一至十五", "正月初一到初五": a run of days of one lunar month
    to = r"\s*(?:至|到|~|～|-|–|—)\s*"
    day2 = rf"(?:{tens})[一二三四五六七八九十]?|[12]\d|3[01]|0?[1-9]"
    run = rf"(?:{to}(?P<d2>{day2})(?![\d一二三四五六七八九十月多余餘个個家人名位])(?:\s*[日号號])?)?"
    return re.compile(rf"(?:{marked}|{named})\s*{day}(?:\s*[日号號])?{run}|{eve}|{nyd}|{bare}{run.replace('d2', 'ud2')}")


ZH_LUNAR = _zh_lunar_re()
ZH_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _zh_year4(raw: str) -> int:
    """"2012年", "二〇一二年", "二零一二 年 的": a four-digit year in figures or Chinese numerals, digit by digit."""
    digits = re.sub(r"[\s年的]", "", raw)
    return int(digits) if digits.isdigit() else int("".join(str(ZH_DIGIT[ch]) for ch in digits))


def _zh_small(raw: str) -> int | None:
    """1-12 or a day 1-30 written in digits or Chinese numerals ("八", "十一", "二十", "廿三", "初七")."""
    if raw.isdigit():
        return int(raw)
    tens = lexicon("zh")["lunar"]["day_tens"]
    for pre in sorted(tens, key=len, reverse=True):
        if raw.startswith(pre) and (rest := raw[len(pre):]) != raw:
            if not rest:
                return tens[pre] if pre != "初" else None
            unit = ZH_CN_DIGITS.get(rest)
            if unit is None or pre != "初" and unit == 10:
                return None
            return tens[pre] + unit
    return ZH_CN_DIGITS.get(raw) if len(raw) == 1 else (10 + ZH_CN_DIGITS[raw[1]] if raw[0] == "十" else None)


def _zh_lunar(m: re.Match[str], t: str) -> _Cand | None:
    lu = lexicon("zh")["lunar"]
    if re.search(r"(?:每年|每逢|每年的|逢)\s*$", t[max(0, m.start() - 4):m.start()]):
        return None  # "每年农历八月十五": a recurring day, no one date
    if m["um"] and m["um"].isdigit() and not m["ushift"]:
        return None  # "9月初十" with no year word: early September, then ten (with one, "今年9月初十" is lunar, as JioNLP)
    if m["ud"] and unit_follows(t, m.end(), "zh"):
        return None  # "三月初一场大雪", "十月初一批设备": early in the month, then a count (一场, 一批), no lunar day
    written = next((g for g in ("y0", "y2", "y3", "y4") if m[g]), None)
    year = _zh_year4(m[written]) if written else None
    if (m["eve"] or m["nyd"]) and year is not None:  # "2023年除夕": the last day of lunar year 2023, "2024年大年初三"
        solar = lunar_to_solar(_zh_small(m["nyd"]) or 1 if m["nyd"] else 1, 1, year + (0 if m["nyd"] else 1), False, tz=8.0)
        if solar is None:
            return None
        solar -= dt.timedelta(days=0 if m["nyd"] else 1)
        return _Cand(m.start(), m.end(), solar.year, solar.month, solar.day, cal=CHINESE)
    said = next((m[g] for g in ("s0", "s2", "s3", "s4") if m[g]), None)  # "去年除夕": the lunar year named from publication's
    if m["eve"] or m["nyd"]:  # the lunar year's last day (the day before 正月初一), "大年初三"
        c = _Cand(m.start(), m.end(), None, 1, 1)
        c.lmd = (1, 1, False, -1) if m["eve"] else (1, _zh_small(m["nyd"]) or 1, False, 0)
        c.lshift = ZH_YEAR_SHIFT[said] if said else None
        return c
    raw_m = m["mn"] or m["m"] or m["um"]
    month = lu["month_names"].get(raw_m) or _zh_small(raw_m)
    day = _zh_small(m["d"] or m["ud"])
    if month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    leap = bool(m["leap"])
    last = _zh_small(r) if (r := m["d2"] or m["ud2"]) else None
    span = last - day if last is not None and day < last <= 30 else 0  # "正月初一至十五": 14 days after the first
    if m["y"] or year is not None:  # "農曆2024年正月初七", "2024年农历正月初七": the lunar year is written
        return _lunar_dated(m, day, month, int(m["y"]) if m["y"] else year, span, leap, tz=8.0)
    c = _Cand(m.start(), m.end(), None, month, day)
    c.lmd = (month, day, leap, 0)
    c.lspan = span
    c.lshift = ZH_YEAR_SHIFT[m["ushift"] or said] if m["ushift"] or said else None
    return c


def _zh_day_range(m: re.Match[str], _t: str) -> _Cand | None:
    """"10月12 —13日": the 12th to the 13th of October."""
    y, mo, d, d2 = _int(m["y"]), _int(m["m"]), int(m["d"]), int(m["d2"])
    if mo is None or not 1 <= mo <= 12 or not 1 <= d < d2 <= 31:
        return None
    return _Cand(m.start(), m.end(), y, mo, d, y, mo, d2)


def _zh_roc(m: re.Match[str], _t: str) -> _Cand | None:
    """"115年1月26日", "民國99年8月": a Minguo year is the Gregorian year less 1911."""
    y = int(m["y"] or m["y3"]) + 1911
    return _Cand(m.start(), m.end(), y, int(m["m"]), _int(m["d"])) if 1912 <= y <= 2100 else None


def _zh_paren(m: re.Match[str], _t: str) -> _Cand | None:
    """Taiwanese press writes the number a relative word stands for in brackets: "今(18)日" (today, the 18th; 昨 the day
    before, 明 the day after), "今(114)年" (this year, Minguo 114 = 2025; 去/明 the years before and after), "本(2)月14日"
    (this month, February). The number wins: a day of the month nearest publication, a year, a month placed by the year rule."""
    w, n, u = m["w"], int(m["n"]), m["u"]
    if u in "日天":
        if w not in "今昨明前" or not 1 <= n <= 31 or m["d"]:
            return None
        return _Cand(m.start(), m.end(), d=n, day_only=True)
    if u == "年":
        if w not in "今去明前本" or m["d"]:
            return None
        y = n + 1911 if 1 <= n < 200 else n if 1800 <= n <= 2200 else None
        return None if y is None else _Cand(m.start("w"), m.start("u") + 1, y, year_only=True)
    if w not in "本上下" or not 1 <= n <= 12:
        return None
    d, d2 = _int(m["d"]), _int(m["d2"])
    if d is not None and not 1 <= d <= 31 or d2 is not None and (d is None or not d < d2 <= 31):
        return None
    return _Cand(m.start(), m.end(), None, n, d, None, n if d2 is not None else None, d2)


def _cjk_relative_month_day(m: re.Match[str], _t: str) -> _Cand | None:
    """"下月九日": day 9 of the month after publication's; "本月7號到15號": a range of days of this month."""
    d, d2 = _int(m["d"]), _int(m["d2"])
    if d is None or not 1 <= d <= 31 or d2 is not None and not d < d2 <= 31:
        return None
    off = -1 if m["rm"][0] == "上" else 1 if m["rm"][0] == "下" else 0
    return _rel_month_day(m, off, d, d2)


# "5日後仍未收到", "3日后便": a count of days and what came after them (the offset rules read "5日後" with a future
# cue), not the 5th of the month
CJK_DAYS_LATER = re.compile(r"\s*(?:之)?[后後]\s*[，,]?\s*(?:仍|已|便|才|就|再|又|都|卻|却|即)")


def _cjk_day(m: re.Match[str], _t: str) -> _Cand | None:
    """"19日", "3至5日": a day of the month of publication (or the month next to it nearest)."""
    d, d1 = int(m["d"]), _int(m["d1"])
    if not 1 <= d <= 31 or d1 is not None and not 1 <= d1 < d:
        return None
    if d1 is None and CJK_DAYS_LATER.match(_t, m.end()):
        return None  # "5日後仍未收到": five days later (a narrative), no day of the month
    c = _Cand(m.start(), m.end(), d=d1 if d1 is not None else d, day_only=True)
    if d1 is not None:
        c.d2 = d
    return c


ZH_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _zh_cn_year(m: re.Match[str], _t: str) -> _Cand | None:
    """"一九七八年": a year written digit by digit in Chinese numerals (1000-2100)."""
    y = int("".join(str(ZH_DIGIT[ch]) for ch in m["y"]))
    if not 1000 <= y <= 2100:
        return None
    return _Cand(m.start(), m.end(), y, year_only=True)


ZH_MONTH_SHIFT = {"上月": -1, "上个月": -1, "上個月": -1, "上一个月": -1, "上一個月": -1, "本月": 0, "这个月": 0, "這個月": 0,
                  "下月": 1, "下个月": 1, "下個月": 1, "下一个月": 1, "下一個月": 1}
ZH_MONTH_WORDS = "|".join(sorted(ZH_MONTH_SHIFT, key=len, reverse=True))
ZH_WEEK_SHIFT = {"上周": -1, "上週": -1, "上星期": -1, "上个星期": -1, "上個星期": -1, "下周": 1, "下週": 1, "下星期": 1,
                 "下个星期": 1, "下個星期": 1}
ZH_WEEK_WORDS = "|".join(sorted(ZH_WEEK_SHIFT, key=len, reverse=True))


def _zh_same_day(m: re.Match[str], _t: str) -> _Cand:
    """"去年今天", "明年的今天", "上个月的今天", "上周的今天": publication's day so many years, months or weeks away."""
    if m["rw"]:
        return _Cand(m.start(), m.end(), rel=7 * ZH_WEEK_SHIFT[m["rw"]])
    k = 12 * ZH_YEAR_SHIFT[m["ry"]] if m["ry"] else ZH_MONTH_SHIFT[m["rm"]]
    return _Cand(m.start(), m.end(), moff=k, pubday=True)


def _zh_edge_day(m: re.Match[str], _t: str) -> _Cand | None:
    """"本月最后一天", "下个月第一天", "今年最后一天", "2021年2月最后一天": the first or last day of a month or a year."""
    last = bool(m["last"])
    if m["rm"]:
        return _Cand(m.start(), m.end(), moff=ZH_MONTH_SHIFT[m["rm"]], d=None if last else 1, mlast=last)
    if m["m"]:
        mo = _int(m["m"])
        if mo is None or not 1 <= mo <= 12:
            return None
        return _Cand(m.start(), m.end(), _zh_year4(m["y"]) if m["y"] else None, mo, None if last else 1, mlast=last)
    y = _zh_year4(m["y1"]) if m["y1"] else None
    return _Cand(m.start(), m.end(), y, 12 if last else 1, 31 if last else 1,
                 year_shift=ZH_YEAR_SHIFT[m["ry"]] if m["ry"] else None)


def _zh_cn_yy(m: re.Match[str], t: str) -> _Cand | None:
    """"九八年" (1998 read in 2021), "零三年" (2003): a two-digit year in Chinese numerals, the century nearest publication
    (``_two_digit_year``); in traditional script none (Taiwan writes a Minguo year so)."""
    a, b = (ZH_DIGIT[ch] for ch in m["yy"])
    if b == a + 1 or _traditional_script(t):
        return None  # "三四年", "七八年": three or four years
    if m["m"]:  # "九八年四月", "零三年二月二十八日"
        mo, d = _int(m["m"]), _int(m["d"])
        return _Cand(m.start(), m.end(), None, mo, d, yy=10 * a + b) if _valid(2000, mo, d) else None
    return _Cand(m.start(), m.end(), year_only=True, yy=10 * a + b)


def _zh_era(eras: dict[str, dict[str, int]], m: re.Match[str], _t: str) -> _Cand | None:
    """"昭和20年8月15日": the 20th year of the Showa era, whose first year is 1926, is 1945; "平成元年" is 1989. A Chinese
    reign's month and day are of the lunar calendar: "康熙20年九月初五" is that lunar day's Gregorian one, "康熙20年9月"
    the Gregorian days of that lunar month (a value is always Gregorian), "康熙20年" the year 1681 (the era began in 1662)."""
    n = 1 if m["y"] == "元" else _int(m["y"])
    if n is None or not 1 <= n <= 100:
        return None
    if m["era"] in eras["lunar"]:
        y = eras["lunar"][m["era"]] + n - 1
        mo = _int(m["m"])
        d = (_zh_small(m["d"] or m["ld"]) if m["d"] or m["ld"] else None) if mo is not None else None  # "九月初五"
        if mo is not None and 1 <= mo <= 12 and (d is None or 1 <= d <= 30):
            first = lunar_to_solar(d or 1, mo, y, False, tz=8.0)
            nxt = lunar_to_solar(1, mo % 12 + 1, y + mo // 12, False, tz=8.0) if d is None else None
            if first is not None and (d is not None or nxt is not None):
                last = first if d is not None else nxt - dt.timedelta(days=1)  # type: ignore[operator]
                return _Cand(m.start(), m.end(), first.year, first.month, first.day,
                             *((last.year, last.month, last.day) if last != first else (None, None, None)), cal=CHINESE)
        return _Cand(m.start(), m.end(), y, year_only=True, cal=CHINESE)
    if m["ld"]:
        return None  # "平成3年5月初五": a lunar day after a Japanese (Gregorian) era's month is no date bilat reads
    y, mo, d = eras["gregorian"][m["era"]] + n - 1, _int(m["m"]), _int(m["d"])
    if mo is not None and not 1 <= mo <= 12 or d is not None and not 1 <= d <= 31:
        return None
    return _Cand(m.start(), m.end(), y, mo, d, cal=JAPANESE) if mo is not None \
        else _Cand(m.start(), m.end(), y, year_only=True, cal=JAPANESE)


def _zh_digit_yy_mid(m: re.Match[str], _t: str) -> _Cand:
    """"于16年", "在16年，", "17年初" mid-sentence: a two-digit year in figures (the century nearest publication)."""
    g = next(k for k in ("yy", "yy2", "yy3", "yy4") if m[k] is not None)
    return _Cand(m.start(g), m.end(), year_only=True, yy=int(m[g]))


def _zh_roc_year(m: re.Match[str], _t: str) -> _Cand | None:
    """"民国38年": Minguo year 38 is 1949."""
    n = _int(m["y"])
    return _Cand(m.start(), m.end(), n + 1911, year_only=True, cal=MINGUO) if n is not None and 1 <= n <= 200 else None


def _zh_paren_day(m: re.Match[str], _t: str) -> _Cand | None:
    """"(15)日", "(9/14)日": a bracketed day (or month/day) with no year."""
    d = int(m["d"])
    if m["m"] is not None:
        return _Cand(m.start(), m.end(), None, int(m["m"]), d)
    return _Cand(m.start(), m.end(), d=d, day_only=True)


def _cjk_month_range(m: re.Match[str], _t: str) -> _Cand | None:
    """"2023年1至11月": January to November 2023."""
    y, m1, m2 = _int(m.groupdict().get("y")), _int(m["m"]), _int(m["m2"])  # "6月至8月": no year
    if m1 is None or m2 is None or not 1 <= m1 < m2 <= 12:
        return None
    return _Cand(m.start(), m.end(), y, m1, None, y, m2, None)


def _cjk_years(m: re.Match[str], _t: str) -> _Cand | None:
    y, y2 = _int(m["y"]), _int(m["y2"])
    if y is None or y2 is None or not y < y2 <= y + 50:
        return None
    return _Cand(m.start(), m.end(), y, y2=y2, year_only=True)




def _cjk_relative_months(m: re.Match[str], _t: str) -> _Cand | None:
    """"今年1至6月": January to June of publication's year (去年 the year before)."""
    m1, m2 = _int(m["m1"]), _int(m["m"])
    if m1 is None or m2 is None or not 1 <= m1 < m2 <= 12:
        return None
    shift = ZH_YEAR_SHIFT[m["ry"]]
    return _Cand(m.start(), m.end(), None, m1, None, None, m2, year_shift=shift)


ZH_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _zh_festival(m: re.Match[str], _t: str) -> _Cand | None:
    """"2023年春节" (lunar 1/1 of 2023), "今年国庆节" (1 October of publication's year), "2021年母亲节" (the second Sunday of
    May): the festival's day in the year named; with no year, only a text that is the name alone ("春节": the nearest
    lunar day, as a lunar date; "元旦": the coming one, as any holiday named alone)."""
    fest = lexicon("zh")["festivals"]
    name = m["f"] or m["f0"]
    y = _zh_year4(m["y"]) if m["y"] else None
    shift = ZH_YEAR_SHIFT.get(m["ry"]) if m["ry"] else None
    alone = y is None and shift is None
    if name in fest.get("solar_with_year", {}):
        if alone:
            return None  # "十一" alone is eleven, "五一" a date only after a year
        fest = {**fest, "solar": fest["solar_with_year"]}
    elif name in fest.get("lunar_short", {}):
        fest = {**fest, "lunar": fest["lunar_short"]}
    if name in fest["solar"]:
        mo, d = fest["solar"][name]
        return _Cand(m.start(), m.end(), y, mo, d, year_shift=shift, only_alone=alone, coming=True)
    if name in fest["lunar"]:
        mo, d = fest["lunar"][name]
        return _lunar_feast(m.start(), m.end(), mo, d, y, 8.0, m=mo, d=d, only_alone=alone, lshift=shift)
    if name in fest.get("easter", {}):  # "2021年复活节", "今年复活节", "复活节" alone: a day counted from Easter
        off, orthodox = fest["easter"][name]
        return _Cand(m.start(), m.end(), y, feast=("easter", int(off), int(orthodox), 0), year_shift=shift,
                     only_alone=alone, coming=True)
    if name in fest.get("terms", {}):  # "2021年冬至": the day the sun reaches the term's longitude (Beijing time)
        lon = fest["terms"][name]
        if y is not None:
            day = solar_term(y, lon)
            return None if day is None else _Cand(m.start(), m.end(), day.year, day.month, day.day)
        return _Cand(m.start(), m.end(), lshift=shift, sterm=lon, only_alone=alone)
    mo, wd, n = fest["nth"][name]
    return _Cand(m.start(), m.end(), y, mo, year_shift=shift, nth=(wd, n), only_alone=alone, coming=True)


def _zh_quarter(m: re.Match[str], _t: str) -> _Cand | None:
    """"2024年第一季度": January to March 2024; "去年四季度": October to December of the year before publication's."""
    q = ZH_QUARTERS[m["q"] or m["qq"]]
    y = _zh_year4(m["y"]) if m["y"] else None
    shift = ZH_YEAR_SHIFT[m["ry"]] if m["ry"] else 0 if y is None else None
    alone = y is None and not m["ry"]  # "一季度末" alone: publication's year
    if m["edge"]:  # "一季度末": March; "三季度初": July
        return _Cand(m.start(), m.end(), y, 3 * q if m["edge"] in "末底" else 3 * q - 2, year_shift=shift, only_alone=alone)
    return _Cand(m.start(), m.end(), y, 3 * q - 2, None, y, 3 * q, year_shift=shift, only_alone=alone)


def _cjk_relative_year(m: re.Match[str], _t: str) -> _Cand | None:
    shift = ZH_YEAR_SHIFT[m["ry"]]
    mo, d = _int(m["m"]), _int(m["d"])
    return _Cand(m.start(), m.end(), None, mo, d, year_shift=shift, year_only=mo is None)


def _cjk_full(m: re.Match[str], _lang: str = "zh") -> _Cand:
    y, mo, d = _int(m["y"]), _int(m["m"]), _int(m["d"])
    c = _Cand(m.start(), m.end(), y, mo, d)
    if m["d2"]:
        c.y2, c.m2, c.d2 = _int(m["y2"]) or y, _int(m["m2"]) or mo, _int(m["d2"])
    return c


VI_CUE = re.compile(r"(?:ngày(?:\s+[^\W\d_]+){0,2}|hôm nay|hôm qua|(?:sáng|chiều|trưa|tối|đêm)(?:\s+nay|\s+qua)?|hôm|từ|đến|tới|vào|trước|sau|đầu|cuối|qua|lúc|hạn|"
                    r"thứ \w+|chủ nhật|\(|–|-)\s*,?\s*$", re.IGNORECASE)


# "05 tháng 1 2015", "Tháng một 2015" (dateparser's form): a year after the month with only a space, when it is a year of
# 19xx/20xx that ends the text or comes before punctuation or a clock time (not "tháng 3 2000 người", a count)
VI_YEAR_SPACED = r"(?=(?:19|20)\d\d(?!\d)\s*(?:$|[^\w\s]|\d))"


def _vi_rules() -> list[Rule]:
    sep = r"\s*(?:-|–|đến|tới)\s*(?:ngày\s+)?"
    dm_sep = r"\s*(?:-|–|đến|tới|(?P<va>và))\s*(?:ngày\s+)?"  # "ngày 11 và 12/11": two days, a range
    # "ngày 26, 27, 28/3", "ngày 5, 6 và 7/4": a list of days before the day/month (a range when they run on)
    dm = re.compile(rf"(?<![\d/.,])(?P<dl>(?:{D}\s*,\s*)+)?(?:(?P<d1>{D}){dm_sep})?(?P<d>{D})[/-](?P<m>0?[1-9]|1[0-2])"
                    rf"(?:[/-](?P<y>{Y4}))?(?![\d/]|[.,]\d)")
    # "31 thg 12, 2013": tháng shortened to thg (a blog header)
    words = re.compile(rf"(?:(?P<d1>{D}){sep})?(?P<d>{D})\s+(?:tháng|thg\.?)\s+(?P<m>0?[1-9]|1[0-2])(?!\d)"
                       rf"(?:(?:\s*(?:năm|,|/)\s*|\s+{VI_YEAR_SPACED})(?P<y>{Y4}))?", re.IGNORECASE)
    my = re.compile(rf"(?<!\d\s)(?:tháng|thg\.?)\s+(?P<m>0?[1-9]|1[0-2])(?:(?:\s*(?:/|(?:,\s*|của\s+)?năm|-)\s*|\s+{VI_YEAR_SPACED})(?P<y>{Y4})"
                    rf"|\.(?P<yd>{Y4}))?(?![\d/])"
                    rf"(?:\s+(?:của\s+(?=năm\s))?(?P<dir>năm nay|năm ngoái|năm trước|năm sau|năm tới|sắp tới|tới|vừa qua|vừa rồi|này){R})?", re.IGNORECASE)
    cross = re.compile(rf"(?<![\d/.,])(?P<d1>{D})[/-](?P<m1>0?[1-9]|1[0-2])(?:[/-](?P<y1>{Y4}))?{sep}"
                       rf"(?P<d>{D})[/-](?P<m>0?[1-9]|1[0-2])"
                       rf"(?:[/-](?P<y>{Y4}))?(?![\d/]|[.,]\d)")
    quarter = re.compile(rf"(?<!\w)quý\s+(?P<q>IV|III|II|I|[1-4])\s*(?:/|-|năm)\s*(?P<y>{Y4})(?!\d)", re.IGNORECASE)
    # "ngày 5 tháng này", "mùng 3 tháng trước": a day of the month of, before or after publication
    rel_month = re.compile(rf"{L}(?:ngày|mùng|mồng)\s+(?:(?:mùng|mồng)\s+)?(?P<d>{D})\s+tháng\s+(?P<rm>{_alt(VI_MONTH_OFFSETS)}){R}",
                           re.IGNORECASE)
    # months as words: "ngày 5 tháng Ba", "7 tháng giêng năm 2020", "tháng Mười Một vừa qua"
    mw = rf"(?P<mw>{_alt(VI_MONTH_WORDS)}){R}"
    words_w = re.compile(rf"(?<![\d/.,])(?P<d>{D})\s+tháng\s+{mw}(?:(?:\s*(?:năm|,)\s*|\s+)(?P<y>{Y4}))?", re.IGNORECASE)
    my_w = re.compile(rf"{L}tháng\s+{mw}(?:(?:\s*(?:/|(?:,\s*|của\s+)?năm|-|–)\s*|\s+{VI_YEAR_SPACED})(?P<y>{Y4}))?(?![\d/])"
                      rf"(?:\s+(?:của\s+(?=năm\s))?(?P<dir>năm nay|năm ngoái|năm trước|năm sau|năm tới|sắp tới|tới|vừa qua|vừa rồi|này){R})?", re.IGNORECASE)
    # "Chiều 12.4", "sáng 14.1", "ngày 20.3.2024": a day.month written with a dot (Thanh Niên, Dân Việt, Người Lao Động)
    dot = re.compile(rf"(?<![\d.,/])(?P<d>{D})\.(?P<m>0?[1-9]|1[0-2])(?:\.(?P<y>{Y4}))?(?![\d/]|[.,]\d)"
                     rf"(?:\s*(?:-|–|đến|tới)\s*(?:ngày\s+)?(?P<d2>{D})\.(?P<m2>0?[1-9]|1[0-2])(?:\.(?P<y2>{Y4}))?(?![\d/]|[.,]\d))?",
                     re.IGNORECASE)  # "từ ngày 13.3 - 19.3": a range
    # "ngày 15 tháng 07 năm Tân Sửu", "mùng 7 tháng Giêng năm Giáp Ngọ": a lunar day and month of a year named by its
    # stem and branch, converted to the Gregorian day (bilat.stages.lunar)
    sexa = lexicon("vi").get("sexagenary", {})
    lunar_named = re.compile(rf"(?<![\d/.,])(?P<d>{D})\s+tháng\s+(?:(?P<m>0?[1-9]|1[0-2])(?!\d)|{mw})"
                             rf"(?:\s*\(?\s*(?P<al>âm\s+lịch)\s*\)?)?\s*,?\s*năm\s+(?:(?P<stem>{_alt(sexa.get('stems', {}))})\s+"
                             rf"(?P<branch>{_alt(sexa.get('branches', {}))}){R}(?:\s+(?P<ly2>{Y4}))?|(?P<ly>{Y4}))", re.IGNORECASE)
    # "(VTV1 - 19h - 10/01/17)": day/month/two-digit year, both day and month written with two digits
    dmyy = re.compile(r"(?<![\d/.,])(?P<d>0[1-9]|[12]\d|3[01])/(?P<m>0[1-9]|1[0-2])/(?P<yy>\d\d)(?![\d/]|[.,]\d)")
    # "Tháng Tám 24, 2021", "tháng 8 24, 2021": a page header's month, day, comma, year (month first, as in English)
    mdy = re.compile(rf"{L}tháng\s+(?:{mw}|(?P<m>0?[1-9]|1[0-2]))\s+(?P<d>{D})\s*,\s*(?P<y>{Y4})", re.IGNORECASE)
    # "ngày 15/8/2017 âm lịch": a lunar day/month/year written with numbers; "mùng 6 Tết Tân Sửu 2021", "mùng 4 Tết": a
    # day of the lunar new year's first month (its year written, named by stem and branch, or the Tết nearest publication)
    lunar_dmy = re.compile(rf"(?<![\d/.,])(?P<d>{D})/(?P<m>0?[1-9]|1[0-2])/(?P<y>{Y4})\s*\(?\s*âm\s+lịch", re.IGNORECASE)
    # "mùng 1 đến mùng 5 Tết": a run of those days
    tet_day = re.compile(rf"{L}(?:(?:mùng|mồng)\s+(?P<d0>[1-9])(?!\d)\s*(?:đến|tới|-|–)\s*(?:hết\s+)?)?"
                         rf"(?:mùng|mồng)\s+(?P<d>[1-9]|10)(?!\d)\s+tết(?:\s+nguyên\s+đán)?"
                         rf"(?:\s+(?P<stem>{_alt(sexa.get('stems', {}))})\s+(?P<branch>{_alt(sexa.get('branches', {}))}){R})?"
                         rf"(?:\s+(?P<y>{Y4})(?!\d))?", re.IGNORECASE)
    # "15 tháng 8 âm lịch", "rằm tháng Giêng âm lịch", "15/8 (âm lịch)" said alone (the text is that date and nothing else): the
    # lunar day of the lunar year nearest publication (in running text a lunar day with no year names no one day)
    lunar_alone = re.compile(rf"^[\s(]*(?:ngày\s+)?(?:(?P<r>rằm)|(?:(?:mùng|mồng)\s+)?(?P<d>{D}))\s*"
                             rf"(?:tháng\s+(?:(?P<m>0?[1-9]|1[0-2])(?!\d)|{mw})|/(?P<m2>0?[1-9]|1[0-2])(?![\d/]))"
                             rf"\s*\(?\s*(?P<al>âm\s+lịch|al)?\s*\)?[\s.]*$", re.IGNORECASE)
    # "mùng 5", "mồng 5" said alone (no month): a day of publication's month, as "ngày 5" (in running text "mùng 5" is as
    # often a lunar day: "mùng 5 Tết")
    mung_alone = re.compile(rf"^\s*(?:mùng|mồng)\s+(?P<d>{D})\s*[.!]?\s*$", re.IGNORECASE)
    return [(_free(mung_alone), lambda m, _t: _Cand(m.start(), m.end("d"), d=int(m["d"]), day_only=True)),
            (_free(lunar_alone), _vi_lunar_alone), (lunar_dmy, _vi_lunar_dmy), (_free(tet_day), _vi_tet_day),
            (_free(mdy), _vi_month_first), (cross, _vi_cross), (dm, _vi_dm), (dmyy, _dmyy), (lunar_named, _vi_lunar_named), (dot, _vi_dot), (words, _vi_words), (my, _vi_month), (quarter, _vi_quarter),
            (rel_month, _vi_day_of_relative_month), (_free(words_w), _vi_word_month), (_free(my_w), _vi_word_month)]


VI_MONTH_OFFSETS = {"này": 0, "trước": -1, "qua": -1, "sau": 1, "tới": 1}
# Vietnamese month names in words (tháng Giêng January ... tháng Chạp December)
VI_MONTH_WORDS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                  "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}


def _vi_month_first(m: re.Match[str], _text: str) -> _Cand | None:
    mo = int(m["m"]) if m["m"] else VI_MONTH_WORDS.get(re.sub(r"\s+", " ", m["mw"]).lower())
    return None if mo is None else _Cand(m.start(), m.end(), int(m["y"]), mo, int(m["d"]))


def _vi_day_of_relative_month(m: re.Match[str], _text: str) -> _Cand | None:
    return _Cand(m.start(), m.end(), d=int(m["d"]), moff=VI_MONTH_OFFSETS[m["rm"].lower()])


def _vi_word_month(m: re.Match[str], text: str) -> _Cand | None:
    """"ngày 5 tháng Ba", "tháng Mười Một vừa qua": a month written as a word. Alone, the word must be capitalised
    (the usual spelling of a month name: "tháng năm" is also "months and years"), Giêng and Chạp in any case; a
    lower-case "năm" is always the year word. After a lunar word ("rằm tháng Giêng") it is a lunar month."""
    word = re.sub(r"\s+", " ", m["mw"])
    if word == "năm" or VI_LUNAR.search(text, max(0, m.start() - 8), m.start()) or \
            re.match(r"\s*\(?\s*âm lịch", text[m.end():m.end() + 12], re.IGNORECASE) or \
            m.groupdict().get("d") is None and not m["y"] and VI_LUNAR_MONTH_AFTER.match(text, m.end()):
        return None
    alone = not text[:m.start()].strip(_NO_CONTEXT) and not text[m.end():].strip(_NO_CONTEXT)  # "tháng ba" said alone
    if m.groupdict().get("d") is None and not m["y"] and not word[0].isupper() and word.lower() not in ("giêng", "chạp") \
            and not alone:
        return None
    c = _Cand(m.start(), m.end(), _int(m["y"]), VI_MONTH_WORDS[word.lower()], _int(m.groupdict().get("d")))
    if m.groupdict().get("dir") and not m["y"]:
        _vi_direction(c, m["dir"])
    return c


VI_YEAR_SHIFT = {"năm nay": 0, "năm ngoái": -1, "năm trước": -1, "năm sau": 1, "năm tới": 1}


def _vi_direction(c: _Cand, word: str) -> None:
    """"tháng 10 năm ngoái" is October of last year (not the latest October); "tháng 12 tới" the next December."""
    word = re.sub(r"\s+", " ", word.lower())
    if word in VI_YEAR_SHIFT:
        c.year_shift = VI_YEAR_SHIFT[word]
    else:
        c.direction = _DIR_WORDS[word]


QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _vi_quarter(m: re.Match[str], _text: str) -> _Cand | None:
    """"quý III/2024", "quý 1 năm 2023": a quarter of a written year, its three months."""
    q, y = QUARTERS[m["q"].lower()], int(m["y"])
    return _Cand(m.start(), m.end(), y, 3 * q - 2, None, y, 3 * q)


def _vi_cross(m: re.Match[str], _text: str) -> _Cand | None:
    """"từ ngày 30/11 đến 12/12/2023", "từ ngày 31/8/2025 đến ngày 1/9/2025": a range over two months (or
    two full dates)."""
    m1, m2, y, y1 = int(m["m1"]), int(m["m"]), _int(m["y"]), _int(m["y1"])
    # "từ ngày 19/12 đến 23/12": the month written on both days is a range when joined by a word (a dash between two
    # day/months of one month is left to the single-date rules)
    if m1 == m2 and y1 is None and not (VI_RANGE_WORD.search(m.group(0)) and int(m["d1"]) < int(m["d"])):
        return None
    if y1 is None:
        y1 = y - 1 if y is not None and m1 > m2 else y
    elif y is None or (y1, m1, int(m["d1"])) > (y, m2, int(m["d"])):
        return None
    return _Cand(m.start(), m.end(), y1, m1, int(m["d1"]), y, m2, int(m["d"]))


VI_RANGE_WORD = re.compile(r"\b(?:đến|tới)\b", re.IGNORECASE)


VI_PADDED_DM = re.compile(r"(?:0[1-9]|[12]\d|3[01])/0[1-9]|0[1-9]/(?:0[1-9]|1[0-2])")


def _vi_lunar_dmy(m: re.Match[str], _text: str) -> _Cand | None:
    """"15/8/2017 âm lịch": the Gregorian day of a lunar date with its year."""
    return _lunar_dated(m, int(m["d"]), int(m["m"]), int(m["y"]))


def _vi_tet_day(m: re.Match[str], _text: str) -> _Cand | None:
    """"mùng 6 Tết Tân Sửu 2021": day N of the first lunar month; with no year written, the stem and branch (read once
    publication gives the cycle) or the lunar new year nearest publication."""
    d = int(m["d"])
    span = 0
    if m["d0"] is not None:  # "mùng 1 đến mùng 5 Tết": from the first day named to this one
        if not int(m["d0"]) < d:
            return None
        d, span = int(m["d0"]), d - int(m["d0"])
    if m["y"]:
        return _lunar_dated(m, d, 1, int(m["y"]), span)
    c = _Cand(m.start(), m.end(), None, 1, d)
    c.lspan = span
    if m["stem"]:
        sexa = lexicon("vi").get("sexagenary", {})
        c.sexa = (sexa["stems"][m["stem"].lower()], sexa["branches"][m["branch"].lower()], 1, d)
    else:
        c.m, c.d, c.lmd = None, None, (1, d, False, 0)
    return c


def _vi_lunar_alone(m: re.Match[str], _text: str) -> _Cand | None:
    if not m["al"]:
        return None  # "15 tháng 8" alone is a Gregorian date; "rằm tháng 9" alone names a lunar month's day, no year
    month = int(m["m"] or m["m2"]) if (m["m"] or m["m2"]) else VI_MONTH_WORDS[re.sub(r"\s+", " ", m["mw"]).lower()]
    day = 15 if m["r"] else int(m["d"])
    start = m.start("r") if m["r"] else m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t\n("))
    return _lunar_feast(start, m.end("al") if m["al"] else m.end(), month, day, None, 7.0)


def _vi_lunar_named(m: re.Match[str], _text: str) -> _Cand | None:
    """A lunar day and month with the year's stem-branch name: the Gregorian day is read once publication gives the
    cycle (``sexa``: stem, branch, lunar month, lunar day)."""
    month = int(m["m"]) if m["m"] else VI_MONTH_WORDS[m["mw"].lower()]
    year = m["ly"] or m["ly2"]
    if m["ly"] and not m["al"]:
        return None  # "15 tháng 7 năm 2021": a Gregorian date (the day-month rules read it)
    if year:  # "ngày 10 tháng 3 âm lịch năm 2024", "tháng Giêng năm Giáp Thìn 2024": the lunar year is written
        solar = lunar_to_solar(int(m["d"]), month, int(year))
        return _Cand(m.start(), m.end(), solar.year, solar.month, solar.day, cal=CHINESE) if solar is not None else None
    sexa = lexicon("vi").get("sexagenary", {})
    c = _Cand(m.start(), m.end(), None, month, int(m["d"]))
    c.sexa = (sexa["stems"][m["stem"].lower()], sexa["branches"][m["branch"].lower()], month, int(m["d"]))
    return c


def _dmyy(m: re.Match[str], _text: str) -> _Cand | None:
    """"10/01/17": a two-digit year after a zero-padded day and month is 2000-2069 or 1970-1999."""
    yy = int(m["yy"])
    return _Cand(m.start(), m.end(), (2000 if yy < 70 else 1900) + yy, int(m["m"]), int(m["d"]))


def _vi_dm(m: re.Match[str], text: str) -> _Cand | None:
    """"ngày 15/11", "sáng 25/06": a day/month after a time word; a day/month written with a zero-padded month or day
    ("25/06", "05/12") is a date with no cue too (no fraction or score is written so)."""
    if not m["y"] and (not m["d1"] or m["va"] or m["dl"]) and not VI_CUE.search(text[max(0, m.start() - 24):m.start()]) \
            and not (VI_PADDED_DM.fullmatch(text, m.start("d"), m.end("m")) and not unit_follows(text, m.end(), "vi")):
        return None
    if not m["y"] and VI_A_DAY.search(text, max(0, m.start() - 12), m.start()):
        return None  # "không cần 1 ngày 8/3": "a 8 March" (a kind of day), no date
    if m["dl"]:  # "ngày 26, 27, 28/3": days that run on are one range; other lists are left alone
        days = [int(x) for x in re.findall(r"\d+", m["dl"])] + ([int(m["d1"])] if m["d1"] else []) + [int(m["d"])]
        if m["d1"] and not m["va"] or any(b != a + 1 for a, b in itertools.pairwise(days)):
            return None
        return _range_cand(m.start(), m.end(), _int(m["y"]), int(m["m"]), int(m["d"]), days[0])
    return _range_cand(m.start(), m.end(), _int(m["y"]), int(m["m"]), int(m["d"]), _int(m["d1"]))


VI_A_DAY = re.compile(r"(?<![^\W\d_])(?:một|1|mỗi|mọi|những)\s+ngày\s+$", re.IGNORECASE)
VI_DOT_CUE = re.compile(r"(?<![^\W\d_])(?:ngày|sáng|chiều|trưa|tối|đêm|khuya|hôm|rạng sáng|sáng sớm)\s+$", re.IGNORECASE)


def _vi_dot(m: re.Match[str], text: str) -> _Cand | None:
    """"Chiều 12.4", "hôm 3.12": a day.month with a dot is a date only right after a day or time-of-day word (a bare
    "12.4" is a decimal), and not before a unit ("ngày 1.5 triệu" is no date)."""
    if not VI_DOT_CUE.search(text, max(0, m.start() - 12), m.start()) or unit_follows(text, m.end(), "vi"):
        return None
    y, mo, d = _int(m["y"]), int(m["m"]), int(m["d"])
    if m["d2"]:
        y2, mo2, d2 = _int(m["y2"]), int(m["m2"]), int(m["d2"])
        if (mo2, d2) > (mo, d):
            return _Cand(m.start(), m.end(), y if y is not None else y2, mo, d, y2 if y2 is not None else y, mo2, d2)
        return _Cand(m.start(), m.end("m") if not m["y"] else m.end("y"), y, mo, d)
    return _Cand(m.start(), m.end(), y, mo, d)


def _vi_words(m: re.Match[str], _text: str) -> _Cand | None:
    return _range_cand(m.start(), m.end(), _int(m["y"]), int(m["m"]), int(m["d"]), _int(m["d1"]))


VI_LUNAR = re.compile(r"(?:rằm|mùng|mồng|tết)\s*$", re.IGNORECASE)
# "Tháng Tám (t), Tháng Chín (đ) – Tân Sửu": a lunar month, marked short (thiếu) or full (đủ), or followed on its line by
# the lunar year's stem and branch (a calendar header), is no Gregorian month
_VI_SEXA = lexicon("vi").get("sexagenary", {})
VI_LUNAR_MONTH_AFTER = re.compile(rf"\s*\(\s*[tđ]\s*\)|[^\n.;]{{0,40}}?\s[-–—]\s*(?:{_alt(_VI_SEXA.get('stems', {}))})\s+"
                            rf"(?:{_alt(_VI_SEXA.get('branches', {}))}){R}", re.IGNORECASE)


def _vi_month(m: re.Match[str], text: str) -> _Cand | None:
    if re.match(r"\s*(?:tuổi|lương|\d)", text[m.end():m.end() + 6]):
        return None
    if VI_LUNAR.search(text, max(0, m.start() - 8), m.start()) or \
            re.match(r"\s*\(?\s*âm lịch", text[m.end():m.end() + 12], re.IGNORECASE):
        return None  # "rằm tháng 9", "tháng 8 âm lịch": a lunar month
    y = _int(m["y"] or m["yd"])  # "tháng 11.2023": month.year with a dot
    c = _Cand(m.start(), m.end(), y, int(m["m"]))
    if m["dir"] and y is None:
        _vi_direction(c, m["dir"])
    elif not m["dir"] and y is None:
        c.end = m.end("m")
    return c


def _range_cand(start: int, end: int, y: int | None, mo: int, d: int, d1: int | None) -> _Cand | None:
    if d1 is not None:
        if d1 >= d:
            return None
        return _Cand(start, end, y, mo, d1, y, mo, d)
    return _Cand(start, end, y, mo, d)


def _month_name_rules(lang: str) -> list[Rule]:
    names = _alt(MONTHS[lang])
    flags = re.IGNORECASE
    r = R if lang != "fa" else rf"(?:{R}(?!\u200c)|(?<=ه)\u200cی?(?=[\s\u200c]*\d))"  # Persian "می‌شود" is not May
    # ... but "ژانویهٔ ۲۰۲۴", "فوریه‌ی ۲۰۲۴" (the ezafe, a hamza read as a joiner, or "‌ی", after ه before the year) are
    abbrev = [k for k in MONTHS[lang] if k in MONTH_ABBREVIATIONS]
    if abbrev:  # "Sept. 2", "Nov. 19": the full stop belongs to an abbreviation only
        full = _alt(k for k in MONTHS[lang] if k not in MONTH_ABBREVIATIONS)
        mon = rf"{L}(?P<mon>{full}|(?:{_alt(abbrev)})(?:\.(?!\d))?){r}"
    else:
        # th: "ตุลาการ" (judges) is no short "ตุลา" (October)
        mon = rf"{L}(?P<mon>{names}){r}" if lang != "th" else rf"(?P<mon>{names})(?!(?<=ตุลา)การ)"
    # ar "تموز (يوليو)", "كانون الأول/ديسمبر", "كانون الأول - ديسمبر", "كانون الأول ديسمبر": the month named twice
    # (with a dash only the same month's other name: "يناير - مارس 2014" is a span of months)
    twins = "|".join(rf"(?<={re.escape(n)})\s+[-–—]\s+(?:{_alt(same)}){R}" for n, k in MONTHS[lang].items()
                     if (same := [o for o, j in MONTHS[lang].items() if j == k and o != n])) if lang == "ar" else ""
    alt_paren = (rf"(?:\s*(?:\(\s*(?:{names})\s*\)|/\s*(?:{names}))|{twins}|\s+(?:{names}){R})?"
                 if lang == "ar" else "")
    fa_mah = r"(?:[\s\u200c]*ماه)?" if lang == "fa" else ""
    era = r"(?:(?P<era>พ\.\s?ศ\.|ค\.\s?ศ\.|พุทธศักราช|คริสต์ศักราช)\s*)?" if lang == "th" else ""
    ypre = {"ar": r"(?:(?:عام|سنه|لعام|للعام|من\s+عام|من\s+العام)\s+)?", "fa": r"(?:سال\s+)?",
            "es": r"(?:de(?:l)?\s+)?",
            "fr": r"", "ru": r"", "vi": r"(?:năm\s+)?", "th": r"(?:ปี\s*)?"}.get(lang, "")
    yr = rf"(?P<y>{Y4}|(?<=\.\s)\d\d(?!\d)|(?<=\.)\d\d(?!\d))" if lang == "th" else rf"(?P<y>{Y4})"
    year_tail = rf"(?:\s*[,،]?\s*{ypre}{era}{yr})?"  # ar, fa "14 فبراير، 2010": the Arabic comma
    # th "วันที่ 14 มกราคม 56": a day and a full month name with a two-digit Buddhist year, no figure after it
    th_short = (r"|(?<=[\u0e01-\u0e4e]\s)[4-9]\d(?!\d)(?!\s*(?:คน|ราย|นาย(?![\u0e01-\u0e4e])|ศพ|ล้าน|พัน|หมื่น|แสน|บาท|"
                r"ตัน|ปี|วัน|เดือน|ชั่วโมง|นาที|ครั้ง|แห่ง|หลัง|คัน|ลำ|องศา|กิโล|กม|มม|ซม|%|เปอร์เซ็นต์))"
                if lang == "th" else "")  # "มกราคม 56 นายจักริน": นาย before a name is "Mr."
    year_tail_day = rf"(?:\s*[,،]?\s*{ypre}{era}(?P<y>{Y4}|(?<=\.\s)\d\d(?!\d)|(?<=\.)\d\d(?!\d){th_short}))?" \
        if lang == "th" else year_tail
    dsuf = r"(?:st|nd|rd|th|er|e|\.|-?го|-о?е|-ого|'?[ıi]nc[ıi])?" if lang not in ("th", "fa") else \
        r"(?:\u200c?ام)?" if lang == "fa" else ""  # fa "۲۳ام مارس": the ordinal ending glued to the day
    de = r"(?:\s+de)?" if lang in ("es", "pt") else r"(?:(?<=st|nd|rd|th)\s+of)?" if lang == "en" else ""  # "the 5th of March"
    dd = rf"(?P<d>{D}){dsuf}"
    d1 = rf"(?:(?P<d1>{D}){dsuf}\s*{RANGE_SEP}\s*)?"
    thai_day = r"(?:วันที่\s*)?" if lang == "th" else ""
    # ar "26 نوفمبر المقبل 2025": a direction word between the month and its written year (the year says it all)
    ar_dir = (rf"(?:\s+(?:{MONTH_DIRECTION['ar'][1]}){R}(?=\s*,?\s*{ypre}{Y4}(?!\d)))?" if lang == "ar" else "")
    th_month_word = r"(?:เดือน\s*)?" if lang == "th" else ""  # th "1 เดือนตุลาคม 2005": the word "month" before its name
    day_first = re.compile(rf"{thai_day}{d1}{dd}{de}\s*{th_month_word}{mon}{alt_paren}{fa_mah}{ar_dir}{de}{year_tail_day}", flags)
    rules: list[Rule] = [(day_first, lambda m, _t, lg=lang: _named(m, lg))]
    if lang == "th":  # "วันที่ 13-22 Apr", "วันที่ 5 Jan 2567": an English month name after วันที่ and its day (or days), its
        # year (Buddhist or Gregorian) or none; a Latin name with no วันที่ is a product's ("Windows 10 May 2020 Update")
        en_mon = rf"(?P<mon>{_alt(MONTHS['en'])})\.?(?![A-Za-z])"
        th_en = re.compile(rf"วันที่\s*{d1}{dd}\s*{en_mon}(?:\s*,?\s*{era}(?P<y>{Y4}|25\d\d)(?!\d))?", flags)
        rules.append((th_en, _th_english_month))
    if lang == "ar":  # "10 سبتمبر ألفين وواحد": the year in words after a day and month
        rules[0] = (day_first, lambda m, t: _ar_year_words_after(_named(m, "ar"), t))
        nw = number_words("ar")
        if nw is not None:
            rules.append((_free(re.compile(rf"{mon}\s+(?:من\s+)?(?:عام|سنه|العام)\s+(?P<yw>{nw.run.pattern})")),
                          _ar_month_year_words))
            # "يونيو ألفين وعشرين": with no year word, words of two or more from a thousand (1900-2100) before no counted noun
            rules.append((_free(re.compile(rf"{mon}\s*[,،]?\s+(?=الف)(?P<yw>{nw.run.pattern})")),
                          lambda m, t: None if len(m["yw"].split()) < 2 or unit_follows(t, m.end(), "ar")
                          or not AR_YEAR_WORDS_MIN <= (_ar_year_words(m["yw"]) or 0) <= AR_YEAR_WORDS_MAX
                          else _ar_month_year_words(m, t)))
        rules.append((re.compile(rf"{mon}\s*(?P<d>{D})(?!\s*[\d/.:\-])(?:\s*[,،]?\s*{ypre}(?P<y>{Y4}))?"),
                      _ar_month_first_day))
        if nw is not None:  # "في عام ألفين وواحد وعشرين": a year in words after عام or سنة (not a month's: that is above)
            rules.append((_free(re.compile(rf"(?<![^\W\d_])(?:(?:ل|لل)?عام|العام|سنه|السنه)\s+"
                                           rf"(?P<yw>{nw.run.pattern})(?P<end>\s*(?:[.!?؟,،]|$))?")), _ar_year_words_alone))
        # "العام الألفان والواحد والعشرون", "العام الألفين والخمسة عشر": the year in words as an adjective of a definite
        # year word, each number word with its article (and "و" before it; not عشر of 11-19); read without it
        rules.append((_free(re.compile(r"(?<![^\W\d_])(?:(?:ل|لل)?عام|العام|سنه|السنه)\s+(?P<ywd>ال[^\W\d_]{2,}(?:\s+وال[^\W\d_]{2,}(?:\s+عشره?)?){1,4})"
                                       r"(?![^\W\d_])")), _ar_definite_year_words))
        if nw is not None:  # "تسعة عشر ثمانية وعشرون" said alone: a year said as its century and two last figures
            rules.append((_free(re.compile(rf"^\s*(?P<yw>{nw.run.pattern})\s*[.!?؟]?\s*$")), _ar_spoken_year_alone))
    if lang == "ar":
        ordinal_day = re.compile(rf"(?<![\u0600-\u06ff]){AR_ORDINAL_RE}\s+من\s+"
                                 rf"(?:شهر\s+)?{mon}{alt_paren}{year_tail}")
        rules.append((_free(ordinal_day), lambda m, t: _ar_year_words_after(_ordinal_day(m, "ar", arabic_ordinal(m)), t)))
        nw = number_words("ar")
        if nw is not None:  # "عشرين ديسمبر", "خمسة عشر مايو 2019": the day as a cardinal in words (spoken Arabic) right
            # before a Gregorian month's name; every word a number word, the value a day (a month's name is no counted noun)
            card_day = re.compile(rf"(?<![\u0600-\u06ff\d])(?P<dw>{nw.run.pattern})\s+(?:من\s+)?{mon}{alt_paren}{year_tail}")
            rules.append((_free(card_day), lambda m, t: _ar_year_words_after(_ar_cardinal_day(m, t), t)))
        # "الثالث من مارس المقبل", "3 مارس المقبل", "15 يونيو الماضي": a day and month with a direction word, no year
        # (the next or the latest such day; with a year after it, the year rules: "26 نوفمبر المقبل 2025")
        day_dir = re.compile(rf"(?:(?<![\u0600-\u06ff]){AR_ORDINAL_RE}\s+من\s+(?:شهر\s+)?|(?<![\u0600-\u06ff\d/.])"
                             rf"(?P<d>{D})\s+(?:من\s+)?(?:شهر\s+)?){mon}{alt_paren}\s+(?P<dir>{MONTH_DIRECTION['ar'][1]}){R}"
                             rf"(?!\s*[,،]?\s*{ypre}{Y4}(?!\d))")
        rules.append((_free(day_dir), lambda m, _t: _first_of_month(m, "ar", int(m["d"]) if m["d"] else arabic_ordinal(m))))
        # "للخامس عشر من شهر نوفمبر": the same after the preposition ل, which drops the article's alef
        lam_day = re.compile(rf"(?<![\u0600-\u06ff]){AR_ORDINAL_LAM_RE}\s+من\s+(?:شهر\s+)?{mon}{alt_paren}{year_tail}")
        rules.append((_free(lam_day), lambda m, _t: _ordinal_day(m, "ar", _ar_ordinal_lam(m))))
        # "يناير الثاني والعشرين، 2018", "يناير الحادي والعشرين ألفان وثمانية عشر": the month, then its day as an ordinal
        # word, then its year (in figures or words); with no year after, an ordinal after a month is no day of it
        month_ordinal = re.compile(rf"{mon}{alt_paren}\s*[,،]?\s+{AR_ORDINAL_RE}{R}"
                                   rf"(?:\s*[,،]?\s*{ypre}(?P<y>{Y4}))?")
        rules.append((_free(month_ordinal), _ar_month_ordinal))
        # "غرة يناير", Maghrebi "الفاتح من شهر يونيو 2017", "فاتح ماي": the first day of the month
        first = re.compile(rf"(?<![\u0600-\u06ff])(?:اول|غره|(?:ال)?فاتح(?:\s+من)?)\s+(?:شهر\s+)?{mon}{alt_paren}"
                           rf"(?:\s+(?P<dir>{MONTH_DIRECTION['ar'][1]}){R})?{year_tail}")
        rules.append((_free(first), lambda m, _t: _first_of_month(m, "ar")))
        of_month = re.compile(rf"(?<![\u0600-\u06ff\d])(?:ال\u0640*\s*)?(?P<d>{D})\s+من\s+(?:شهر\s+)?{mon}{alt_paren}"
                              rf"(?:\s+(?P<dir>{MONTH_DIRECTION['ar'][1]}){R})?{year_tail}")
        rules.append((_free(of_month), lambda m, _t: _first_of_month(m, "ar", int(m["d"]))))
        # "الثالث من الشهر الجاري", "3 من الشهر الماضي": a day of the month before, of or after publication's
        rel_month = (rf"(?:(?:من\s+)?(?:ال)?شهر\s+)?(?P<rm>{_alt(AR_MONTH_OFFSETS)}){R}"  # "يوم 11 الجاري"
                     rf"|(?:من\s+)?(?P<this>هذا\s+الشهر){R}"  # "العاشر من هذا الشهر"
                     rf"|(?:من\s+)?(?P<bare>الشهر)(?!\s+[^\W\d_])")  # "15 الشهر", "العشرين من الشهر": said alone only
        day_rel = re.compile(rf"(?:(?<![\u0600-\u06ff]){AR_ORDINAL_RE}|(?<![\u0600-\u06ff\d])(?:ال\u0640*\s*)?"
                             rf"(?:(?P<d1>{D})\s*(?:-|–|و)\s*)?(?P<d>{D}))\s+(?:{rel_month})")  # "17 - 18 من الشهر الجاري"
        rules.append((_free(day_rel), _ar_day_of_relative_month))
        # Iranian outlets in Arabic: "السادس من مهر", "15 خرداد 1403": a Solar day, the day as an ordinal word with من or
        # as a number (a number before تیر/مهر/دی, also common words, only with its Solar year)
        ar_solar = re.compile(rf"(?:(?<![\u0600-\u06ff]){AR_ORDINAL_RE}\s+من|(?<![\u0600-\u06ff\d])(?P<d>{D}))\s+"
                              rf"(?:شهر\s+)?(?P<mon>{_alt(SOLAR_MONTHS)}){R}(?:\s+(?:عام\s+)?(?P<y>1[34]\d\d)(?!\d))?")
        rules.append((_free(ar_solar), _ar_solar))
    if lang == "fa":
        not_may = mon.replace(names, _alt(k for k in MONTHS["fa"] if k != "می"))
        ordinal_day = re.compile(rf"{FA_ORDINAL_RE}\s*{not_may}{fa_mah}{year_tail}")
        rules.append((_free(ordinal_day), lambda m, _t: _ordinal_day(m, "fa", persian_ordinal(m["w"]))))
        # "هشتم ماه می": the ordinal day, ماه, then the month (after ماه "می" is May, not the verb prefix)
        ordinal_mah = re.compile(rf"{FA_ORDINAL_RE}[\s\u200c]+ماه[\s\u200c]+{mon}{year_tail}")
        rules.append((_free(ordinal_mah), lambda m, _t: _ordinal_day(m, "fa", persian_ordinal(m["w"]))))
        # "اول اکتبر سال 2005": the first of a Gregorian month, said "first" with no ordinal ending (as "اول آبان")
        first_g = re.compile(rf"{L}اول[\s\u200c]+(?:ماه[\s\u200c]+)?{not_may}{fa_mah}{year_tail}")
        rules.append((_free(first_g), lambda m, _t: _ordinal_day(m, "fa", 1)))
        # "سی دسامبر 1978": the day of a Gregorian month as a cardinal word, only with its year after it (as the Solar
        # "پنج خرداد 1401"; without one, "دو ژوئن" may count something)
        card_g = re.compile(rf"{FA_CARDINAL_RE}[\s\u200c]+(?:ماه[\s\u200c]+)?{not_may}{fa_mah}{year_tail}")
        rules.append((_free(card_g), lambda m, _t: _ordinal_day(m, "fa", persian_ordinal(m["w"])) if m["y"] else None))
    ord_words = _ordinal_day_words(lang)
    if ord_words:  # ru "восьмого августа 2011 года": the day as an ordinal word
        words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(ord_words, key=len, reverse=True))
        ordinal_day = re.compile(rf"(?<![^\W\d_])(?P<w>{words})\s+{mon}{year_tail}", flags)
        rules.append((_free(ordinal_day), lambda m, _t, lg=lang, ow=ord_words:
                      _ordinal_day(m, lg, ow.get(re.sub(r"\s+", " ", m["w"].lower())))))
    mon1 = mon.replace("(?P<mon>", "(?P<mon1>")
    cross_sep = r"(?:-|–|—|по|до|to|until|إلى|الی|حتی|تا|لغایت|ถึง|au|bis|al)"
    cross = re.compile(rf"{thai_day}(?P<d1>{D}){dsuf}{de}\s*{mon1}\s*{cross_sep}"
                       rf"\s*{dd}{de}\s*{mon}{alt_paren}{fa_mah}{de}{year_tail}", flags)
    rules.append((cross, lambda m, _t, lg=lang: _cross(m, lg)))
    if lang in ("ru", "uk"):  # "с июля до октября 2022-го": a range of months
        months = re.compile(rf"{L}(?:с|со|з|із)\s+{mon1}\s+(?:до|по)\s+{mon}(?:\s+(?P<y>{Y4})(?:-го|\s*г\.|\s*год[а-я]*)?)?",
                            flags)
        rules.append((_free(months), lambda m, _t, lg=lang: _month_range(m, lg)))
    if lang == "th":  # "มกราคมถึงพฤษภาคม", "มกราคม – มีนาคม 2567", "ม.ค.-พ.ค. 67": a range of months
        months = re.compile(rf"{mon1}\s*(?:-|–|—|ถึง)\s*(?:เดือน\s*)?{mon}(?:\s*{era}{yr})?", flags)
        rules.append((_free(months), lambda m, _t, lg=lang: _month_range(m, lg)))
    if lang == "en":  # "from February 1 to July 1, 2023": a range over two months, month first
        cross_mf = re.compile(rf"{mon1}\s+(?P<d1>{D})(?:st|nd|rd|th)?\s*(?:-|–|—|to|through|until)\s*{mon}\s+{dd}"
                              rf"(?:,?\s+(?P<y>{Y4}))?(?!\d|,\d)", flags)
        rules.append((cross_mf, lambda m, _t, lg=lang: _cross(m, lg)))
        mfirst = re.compile(rf"{mon}\s+(?P<d>{D})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|through)\s*(?P<d2>{D})"
                            rf"(?:st|nd|rd|th)?)?(?:(?:\s*,\s*|\s+)(?P<y>{Y4}))?(?!\d|,\d)", flags)  # "Dec 31 , 1994"
        rules.append((mfirst, lambda m, _t, lg=lang: _named(m, lg)))
        # "March, 6th 2016", "Sunday, March, 6th, 2016": a comma between the month and a day with its ordinal ending (a
        # bare number after "March," is a count: "In March, 6 people died")
        mcomma = re.compile(rf"{mon}\s*,\s*(?P<d>{D})(?:st|nd|rd|th)\b(?:(?:\s*,\s*|\s+)(?P<y>{Y4}))?(?!\d|,\d)", flags)
        rules.append((mcomma, lambda m, _t, lg=lang: _named(m, lg)))
        # "2018 March 18", "2012/Aug/10", "2017 April": the year first (as Chinese and Japanese English and file dates
        # write it); "Dec-2018": a month and its year joined by a hyphen
        year_first = re.compile(rf"(?<![\d/.,:-])(?P<y>{Y4})(?:\s+|\s*[/-]\s*){mon}(?:(?:\s+|\s*[/-]\s*)(?P<d>{D})"
                                rf"(?:st|nd|rd|th)?(?![\d/:]|\s*(?:-|–|to)\s*\d)|(?![\s/-]*\d))", flags)
        rules.append((year_first, _en_year_first))
        rules.append((re.compile(rf"{mon}-(?P<y>{Y4})(?![\d-])", flags), _en_year_first))
    if lang in MONTH_DIRECTION:
        before, after = MONTH_DIRECTION[lang]
        if after:
            pat = _free(re.compile(rf"{mon}{alt_paren}\s+(?P<dir>{after}){R}", flags))
            rules.append((pat, lambda m, _t, lg=lang: _month_dir(m, lg)))
        if before:
            pat = _free(re.compile(rf"{L}(?P<dir>{before})\s+{mon}", flags))
            rules.append((pat, lambda m, _t, lg=lang: _month_dir(m, lg)))
    # "авг 96", "10 мая 96 г.", "Aug '96": a month (a day before it or not) with a two-digit year and its marker (ru г./года,
    # en an apostrophe) or ending the text: the century nearest publication (``_two_digit_year``)
    yy_mark = {"ru": r"(?P<yy>\d\d)(?!\d)(?:\s*(?:г\.|года?(?![^\W\d_]))|(?=\s*[.!?]?\s*$))",
               "uk": r"(?P<yy>\d\d)(?!\d)(?:\s*(?:р\.|року(?![^\W\d_]))|(?=\s*[.!?]?\s*$))",
               "en": r"['’](?P<yy>\d\d)(?!\d)"}.get(lang)
    if lang in ("ru", "uk"):  # "10/августа/2012": a day, a month name and a year between slashes
        slashed = re.compile(rf"(?<![\d/])(?P<d>{D})\s*/\s*{mon}\s*/\s*(?P<y>{Y4})(?![\d/])", flags)
        rules.append((slashed, lambda m, _t, lg=lang: _named(m, lg)))
    if yy_mark is not None:
        pat = re.compile(rf"(?<!\d)(?:(?P<d>{D}){dsuf}\s+)?{mon}\s*{yy_mark}", flags)
        rules.append((pat, lambda m, _t, lg=lang: _month_yy(m, lg)))
    if lang == "en":
        # "Aug 9, 96", "August 9th, '96", "9 Aug 96": a month and day with a two-digit year and no apostrophe, where
        # the text or a clause ends after it ("On Aug 9, 96 people died" counts people): the century nearest publication
        # ... not a time ("Jan 5, 10:30") nor the second of a list of days ("May 5, 12, and 19", "9 Aug 10, 11")
        yy_end = (r"['’]?(?P<yy>\d\d)(?!\d)(?![.,:]\d)(?!\s*[,;:]\s*(?:\d|(?:and|or)(?![^\W\d_])|&))"
                  r"(?=\s*(?:$|[.,;:!?)\]]))")
        pat = re.compile(rf"{mon}\s+(?P<d>{D}){dsuf}\s*,\s*{yy_end}", flags)
        rules.append((pat, lambda m, _t, lg=lang: _month_yy(m, lg)))
        pat = re.compile(rf"(?<![\d,.])(?P<d>{D}){dsuf}\s+{mon}\s+{yy_end}", flags)
        rules.append((pat, lambda m, _t, lg=lang: _month_yy(m, lg)))
        # "April of 87", "15 April of '87": a month (a day before it or not), "of" and a two-digit year, no figure going on
        # ("April of 87 percent"); "Aug 9 96" said alone (the text is the date)
        pat = re.compile(rf"(?<![\d,.])(?:(?P<d>{D}){dsuf}\s+(?:of\s+)?)?{mon}\s+of\s+['’]?(?P<yy>\d\d)(?!\d)(?![.,:]\d)", flags)
        rules.append((pat, lambda m, t, lg=lang: None if unit_follows(t, m.end(), lg) else _month_yy(m, lg)))
        pat = re.compile(rf"^\s*{mon}\s+(?P<d>{D}){dsuf}\s+['’]?(?P<yy>\d\d)\s*[.!]?\s*$", flags)
        rules.append((_free(pat), lambda m, _t, lg=lang: _month_yy(m, lg)))
    month_year = re.compile(rf"{mon}{alt_paren}{fa_mah}\s*[,،]?\s*(?:{ypre}|of\s+|года\s+)?{era}{yr}",
                            flags)  # th "ก.ค. 51": a 2-digit Buddhist year after an abbreviated month
    rules.append((month_year, lambda m, _t, lg=lang: _month_year(m, lg)))
    return rules


def _en_year_first(m: re.Match[str], _t: str) -> _Cand | None:
    """"2018 March 18" (a day), "2017 April", "Dec-2018" (a month), read as written; "In 2016 May became prime
    minister": May with no day after a year is the name (or the modal), no month."""
    mo, y = _month_of("en", m["mon"].rstrip(".")), int(m["y"])
    d = int(m["d"]) if m.groupdict().get("d") else None
    if d is None and m["mon"].lower() == "may" and m.start("y") < m.start("mon"):
        return None
    if mo is None or d is not None and not _valid(y, mo, d):
        return None
    return _Cand(m.start(), m.end(), y, mo, d)


# words that place a month without a day: "مايو الماضي" (last May), "next June", "tháng 12 tới"
_PAST, _NEXT, _THIS = -1, 1, 0
_COMING = 2  # th "ธันวาคมนี้": the coming one, publication's own month included
TH_MONTH_DIRECTION = {"ที่ผ่านมา": _PAST, "ที่แล้ว": _PAST, "หน้า": _NEXT, "นี้": _COMING, "ที่จะถึง": _COMING,
                      "ที่จะถึงนี้": _COMING}
MONTH_DIRECTION: dict[str, tuple[str, str]] = {
    "ar": ("", "الماضی|الفایت|المنصرم|السابق|المقبل|القادم|الجای|الاتی|الجاری|الحالی"),  # الجاي, الآتي: dialect and literary "next"
    "en": ("last|next|this|past|coming", ""),
    "fa": ("", "گذشته|اینده|اتی|جاری"),  # "ژانویه آینده", "ماه مه گذشته" (folded: آ -> ا)
}
_DIR_WORDS = {"الماضی": _PAST, "الفایت": _PAST, "المنصرم": _PAST, "السابق": _PAST, "المقبل": _NEXT,
              "القادم": _NEXT, "الجای": _NEXT, "الاتی": _NEXT, "الجاری": _THIS, "الحالی": _THIS, "last": _PAST, "past": _PAST, "next": _NEXT,
              "coming": _NEXT, "this": _THIS, "tới": _NEXT, "sau": _NEXT, "trước": _PAST, "vừa qua": _PAST, "vừa rồi": _PAST, "sắp tới": _NEXT,
              "qua": _PAST, "này": _THIS, "năm nay": _THIS, "năm ngoái": _PAST, "năm sau": _NEXT,
              "năm tới": _NEXT, "گذشته": _PAST, "اینده": _NEXT, "اتی": _NEXT, "جاری": _THIS}


# a direction word with a day and month of no year (as ar "6 أبريل القادم" already was): en "next April 6", "last 6th of
# April" (before it); vi "ngày 6/4 tới", "ngày 6/4 vừa qua"; fa "۱۷ فروردین آینده"; th "6 เมษายนที่ผ่านมา" (after it).
# Not vi "tới" before a day or "ngày" (the range word: "6/4 tới 10/4")
DAY_MONTH_DIRECTION: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {
    "en": (re.compile(r"(?<![\w-])(?P<dir>next|last|this|coming|past)\s+(?:the\s+)?$", re.IGNORECASE), None),
    "vi": (None, re.compile(r"\s+(?P<dir>sắp tới|vừa qua|vừa rồi|tới đây|tới)(?![\w/])(?!\s*(?:\d|ngày|mùng|mồng|hôm|từ|cuối|đầu))",
                            re.IGNORECASE)),
    "fa": (None, re.compile(r"[\s\u200c]+(?P<dir>گذشته|اینده|اتی)(?![^\W\d_])")),
    "th": (None, re.compile(r"\s*(?P<dir>ที่ผ่านมา|ที่แล้ว|ที่จะถึงนี้|ที่จะถึง)")),
}


def _day_month_directions(t: str, found: list[_Cand], lang: str) -> Iterator[_Cand]:
    """A day and month with no year and a direction word before or after it (DAY_MONTH_DIRECTION): the latest such day
    before publication, the next after it (this: publication's year's), one candidate spanning the word too."""
    before, after = DAY_MONTH_DIRECTION.get(lang, (None, None))
    if before is None and after is None:
        return
    for c in found:
        if c.m is None or c.d is None or c.y is not None or c.d2 is not None or c.m2 is not None or c.direction is not None \
                or c.rel is not None or c.period is not None or c.year_shift is not None or c.weekday is not None \
                or c.lmd is not None or c.hijri is not None or c.moff is not None or c.day_only or c.nth is not None:
            continue
        if before is not None and (m := before.search(t, max(0, c.start - 16), c.start)):
            yield dataclasses.replace(c, start=m.start(), direction=_DIR_WORDS.get(m["dir"].lower(), _NEXT))
        elif after is not None and (m := after.match(t, c.end)):
            word = m["dir"].lower()
            yield dataclasses.replace(c, end=m.end(), direction=TH_MONTH_DIRECTION.get(word, _DIR_WORDS.get(word, _NEXT)))


def _month_dir(m: re.Match[str], lang: str) -> _Cand | None:
    mo = _month_of(lang, m["mon"].rstrip("."))
    if mo is None or lang == "fa" and m["mon"] == "می":  # fa "می" is also the verb prefix
        return None
    return _Cand(m.start(), m.end(), None, mo, direction=_DIR_WORDS[m["dir"].lower()])


EN_BUDDHIST_ERA = re.compile(r"\s*(?:B\.\s?E\.|BE\b)")


def _named(m: re.Match[str], lang: str) -> _Cand | None:
    mo = _month_of(lang, m["mon"].rstrip(".")) or _month_of(lang, m["mon"])
    if mo is None:
        return None
    g = m.groupdict()
    y = _year(g.get("y"), lang, g.get("era"))
    d = int(m["d"])
    end = m.end()
    if lang == "en" and y is not None and y > 2400 and (be := EN_BUDDHIST_ERA.match(m.string, end)):
        y, end = y - 543, be.end()  # "August 10 2555 BE" (Thai English press): a Buddhist-era year
    if g.get("d2"):
        return _range_cand(m.start(), end, y, mo, int(g["d2"]), d)
    return _range_cand(m.start(), end, y, mo, d, _int(g.get("d1")))


def _th_english_month(m: re.Match[str], _t: str) -> _Cand | None:
    """th "วันที่ 13-22 Apr", "วันที่ 5 Jan 2567": a day (or days) of an English month name in Thai text."""
    mo = MONTHS["en"].get(m["mon"].lower().rstrip("."))
    if mo is None:
        return None
    return _range_cand(m.start(), m.end(), _year(m["y"], "th", m["era"]), mo, int(m["d"]), _int(m["d1"]))


# ar a year in words after a date ("الثاني والعشرين من يناير ألفين وثمانية عشر"): only right after a day and month
AR_YEAR_WORDS_LEAD = re.compile(r"\s*[,،]?\s*(?:(?:عام|سنه|لعام|للعام|من\s+عام|من\s+العام)\s+)?")


def _ar_year_words_after(c: _Cand | None, t: str) -> _Cand | None:
    """The candidate ``c`` (a day and month with no year) with the year in words written right after it, if any."""
    nw = number_words("ar")
    if c is None or c.y is not None or c.d is None or nw is None:
        return c
    lead = AR_YEAR_WORDS_LEAD.match(t, c.end)
    run = nw.run.match(t, lead.end()) if lead else None
    y = _ar_year_words(run.group()) if run else None
    # "5 مايو ألفي شخص": one number word right after a date may count what follows; alone it is a year after عام or a comma
    alone = run is not None and lead is not None and len(run.group().split()) == 1 and not lead.group().strip()
    if run is not None and y is not None and not alone:
        c.y, c.end = y, run.end()
    return c


def _ar_year_words(words: str) -> int | None:
    """A year in Arabic words: "ألفين وثمانية عشر" 2018, or said as its century and its two last figures ("تسعة عشر
    تسعة وتسعون" 1999)."""
    v = word_number(words, "ar")
    if v is not None and 1100 <= v <= 2999 and v == int(v):  # "ألف" alone is a thousand
        return int(v)
    parts = words.split()
    for i in range(1, len(parts)):
        hi, lo = word_number(" ".join(parts[:i]), "ar"), word_number(" ".join(parts[i:]), "ar")
        if hi is not None and lo is not None and 10 <= hi <= 29 and 0 <= lo <= 99 and hi == int(hi) and lo == int(lo):
            return int(hi) * 100 + int(lo)
    return None


def _ar_definite_year_words(m: re.Match[str], _t: str) -> _Cand | None:
    """"العام الألفان والواحد والعشرون" 2021: number words that each take the article, read without it."""
    words = " ".join(("و" + w[3:]) if w.startswith("وال") else w.removeprefix("ال") for w in m["ywd"].split())
    y = _ar_year_words(words)
    return None if y is None or not AR_YEAR_WORDS_MIN < y < AR_YEAR_WORDS_MAX else \
        _Cand(m.start("ywd"), m.end("ywd"), y, year_only=True)


def _ar_spoken_year_alone(m: re.Match[str], _t: str) -> _Cand | None:
    """The whole text a year said as century and two figures ("تسعة عشر ثمانية وعشرون" 1928; not one number,
    "ألفين وثمانية عشر", which alone is a figure)."""
    words = m["yw"]
    v = word_number(words, "ar")
    y = _ar_year_words(words) if v is None or v < 1100 else None
    if y is None or not 1900 <= y <= 2099:
        return None
    return _Cand(m.start("yw"), m.end("yw"), y, year_only=True, only_alone=True)


def _ar_year_words_alone(m: re.Match[str], _t: str) -> _Cand | None:
    """"عام ألفين وواحد وعشرين", "سنة ألف وتسعمائة وتسعة وتسعين": a year in words after عام/سنة, of two number words at
    least, or of one at the end of its clause ("العام ألفي دولار": one word before a noun counts the noun)."""
    y = _ar_year_words(m["yw"])
    if y is None or len(m["yw"].split()) < 2 and m["end"] is None:
        return None
    if m["end"] is None and not AR_YEAR_WORDS_MIN < y < AR_YEAR_WORDS_MAX:
        return None  # "خلال عام ألف وخمسمائة شخص", "العام ألفين ومئتي لاجئ": 'during a year, 1500 people', a count
    if m["end"] is None and 10 < y % 100 and _ar_counted_after(m.string, m.end("yw")):
        return None  # "خلال عام ألفين وخمسين لاجئا": the tens take their counted noun (-an), 'during a year, 2050 refugees'
    return _Cand(m.start("yw"), m.end("yw"), y, year_only=True)


def _ar_fold(word: str) -> str:
    return word.translate(_AR_FOLD)


_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ي": "ی", "ى": "ی", "ئ": "ی", "ة": "ه"})
# an indefinite accusative word right after the number words (-an, written ا or اً): the noun counted by tens 11-99
_AR_TAMYIZ = re.compile(r"\s+(?!ال)(?P<w>[\u0621-\u064a\u06cc\u06a9]{3,}(?<!و)ا\u064b?)(?![\u0621-\u065f\u06cc\u06a9])")


def _ar_counted_after(t: str, pos: int) -> bool:
    m = _AR_TAMYIZ.match(t, pos)
    if m is None:
        return False
    not_counted = {_ar_fold(w) for w in lexicon("ar").get("year_words_not_counted", ())}
    return _ar_fold(m["w"].rstrip("\u064b")) not in not_counted


# a year in words with more words after it is a year of the news (1901-2099: 'ألف وتسعمائة' or 'ألفين و...' with no
# hundreds); outside, or a round 1900/2000, the words count the noun that follows them
AR_YEAR_WORDS_MIN, AR_YEAR_WORDS_MAX = 1900, 2100


def _ar_month_year_words(m: re.Match[str], _t: str) -> _Cand | None:
    """"يونيو من عام ألف وتسعمائة وتسعة وتسعين": a month and its year in words after عام or سنة."""
    mo, y = _month_of("ar", m["mon"]), _ar_year_words(m["yw"])
    return None if mo is None or y is None else _Cand(m.start(), m.end(), y, mo)


def _ar_month_first_day(m: re.Match[str], t: str) -> _Cand | None:
    """"سبتمبر 10، 2001", "سبتمبر10, ألف وتسعمائة وواحد": a month, its day in figures, then its year (figures or words);
    with no year after, a figure after a month counts something else."""
    mo, d = _month_of("ar", m["mon"]), int(m["d"])
    if mo is None or not _valid(2000, mo, d):
        return None
    c = _Cand(m.start(), m.end(), int(m["y"]) if m["y"] else None, mo, d)
    c = _ar_year_words_after(c, t)
    return c if c is not None and c.y is not None else None


def _ar_month_ordinal(m: re.Match[str], t: str) -> _Cand | None:
    """"يناير الثاني والعشرين، 2018": a month, its day as an ordinal word and a year (figures or words) after."""
    if fold(m["mon"]).startswith(("كانون", "تشرين")):  # "كانون الثاني": the Levantine month's own name
        return None
    c = _ar_year_words_after(_ordinal_day(m, "ar", arabic_ordinal(m)), t)
    return c if c is not None and c.y is not None else None


# "الأسبوع الرابع من أغسطس" is the fourth week, not the fourth day (folded forms)
NOT_A_DAY = re.compile(r"(?:الاسبوع|الاسابیع|الربع|النصف|الشهر|العام|الجزء|الثلث)\s*$")


@lru_cache(maxsize=32)
def _ar_solar(m: re.Match[str], _text: str) -> _Cand | None:
    """"السادس من مهر", "15 خرداد 1403": a Solar day written in Arabic (its year, with none, from publication)."""
    day = int(m["d"]) if m["d"] else arabic_ordinal(m)
    if day is None or not 1 <= day <= 31 or (m["d"] and m["mon"] in SOLAR_MONTH_WORDS and not m["y"]):
        return None
    return _Cand(m.start(), m.end(), _int(m["y"]), SOLAR_MONTHS[m["mon"]], day, solar=True)


AR_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
# an ordinal unit with or without its article, after ل ("للثاني"): "الثاني عشر", "ثاني عشر", "للخامس عشر"
AR_ORD_UNITS_FOLDED = frozenset(AR_ORD_UNITS) | {k[1:] for k in AR_ORD_UNITS} | {k[2:] for k in AR_ORD_UNITS}


def _ar_cardinal_day(m: re.Match[str], t: str = "") -> _Cand | None:
    before = AR_WORD_BEFORE.search(t, max(0, m.start() - 16), m.start())
    if before and re.sub(r"^[وف]", "", fold(before[1])) in AR_ORD_UNITS_FOLDED:
        return None  # "الثاني عشر من يوليو": عشر is the tail of an ordinal (the 12th), no cardinal day ten
    toks = [re.sub(r"^و(?=[^\W\d_]{3})", "", w) for w in m["dw"].split()]
    if fold(m["mon"]).startswith(("كانون", "تشرين")) and len(toks) == 1 and m["dw"].startswith("ال"):
        return None
    if any(word_number(w, "ar") is None for w in toks):
        return None
    d = word_number(m["dw"], "ar")
    return None if d is None or d != int(d) else _ordinal_day(m, "ar", int(d))


def _ordinal_day_words(lang: str) -> dict[str, int]:
    """``ordinal_days`` of ``lang`` in data/dates.json: ordinal day words and their day ("восьмого": 8)."""
    return {w.lower(): int(n) for w, n in lexicon(lang).get("ordinal_days", {}).items()}


def _ordinal_day(m: re.Match[str], lang: str, day: int | None) -> _Cand | None:
    """"الحادي عشر من سبتمبر 2001", "هشتم ژانویه": a day written as an ordinal word."""
    mo = _month_of(lang, m["mon"])
    if day is None or mo is None or not 1 <= day <= 31 or NOT_A_DAY.search(m.string, max(0, m.start() - 12),
                                                                              m.start()):
        return None
    return _Cand(m.start(), m.end(), _year(m.groupdict().get("y"), lang), mo, day)


def _first_of_month(m: re.Match[str], lang: str, day: int = 1) -> _Cand | None:
    """"أول أغسطس المقبل", "غرة يناير": the first day of a month (with its direction word, if any); "الـ 12 من
    أغسطس المقبل": the day given."""
    c = _ordinal_day(m, lang, day)
    if c is not None and m["dir"] and c.y is None:
        c.direction = _DIR_WORDS[m["dir"]]
    return c


def _hijri_feast(m: re.Match[str], month: int, day: int) -> _Cand | None:
    """"عيد الفطر 2023" (the feast in that Gregorian year), "عيد الأضحى 1444هـ" (of that Hijri year), "عيد الفطر المقبل"
    (the coming one), "عيد الفطر" said alone (the coming one, as Duckling reads a holiday); in running text with no year
    or direction word no date (a feast is also named as a season or an occasion: "تهنئة بعيد الفطر")."""
    if m["y"]:
        y = int(m["y"])
        if y < 1500:  # a Hijri year
            g = hijri_to_gregorian(y, month, day)
        else:
            base = int((y - 622) * 1.0307)
            g = next((x for x in (hijri_to_gregorian(h, month, day) for h in range(base - 2, base + 3))
                      if x is not None and x.year == y), None)
        return None if g is None else _Cand(m.start(), m.end(), g.year, g.month, g.day, lunar=True)
    if m["hdir"]:
        return _Cand(m.start(), m.end(), hijri=(month, day), hdir=AR_MONTH_OFFSETS.get(m["hdir"], 0))
    return _Cand(m.start(), m.end(), hijri=(month, day), hdir=1, only_alone=True)


def _fa_hijri_feast(m: re.Match[str], month: int, day: int) -> _Cand | None:
    """fa "نیمه شعبان ۱۴۴۵ قمری" (of that Lunar year: marked قمری, or a year past 1420), "عید فطر ۱۴۰۳" (the feast in that
    Solar year: a Persian year is Solar unless marked), "عید قربان 2024" (in that Gregorian year), "عید فطر آینده" (the
    coming one; گذشته the latest, امسال the nearest to publication)."""
    if not m["y"]:
        return _Cand(m.start(), m.end(), hijri=(month, day), hdir=_hijri_dir(m["hdir"]))
    y = int(m["y"])
    if m["mk"] or 1420 <= y < 1500:
        g = hijri_to_gregorian(y, month, day)
        return None if g is None else _Cand(m.start(), m.end(), g.year, g.month, g.day, lunar=True)
    if y >= 1500:
        first, last = dt.date(y, 1, 1), dt.date(y, 12, 31)
    else:
        try:
            first = jdatetime.date(y, 1, 1).togregorian()
            last = jdatetime.date(y + 1, 1, 1).togregorian() - dt.timedelta(days=1)
        except ValueError:
            return None
    base = gregorian_to_hijri(first)[0]
    g = next((x for x in (hijri_to_gregorian(h, month, day) for h in (base, base + 1, base + 2))
              if x is not None and first <= x <= last), None)
    return None if g is None else _Cand(m.start(), m.end(), g.year, g.month, g.day, lunar=True)


def _hijri_month_of_year(m: re.Match[str], month: int, year: int) -> _Cand | None:
    """"رمضان 1445هـ": the Gregorian days of a Lunar Hijri month of a written year (first to last)."""
    first = hijri_to_gregorian(year, month, 1)
    nxt = hijri_to_gregorian(year + month // 12, month % 12 + 1, 1)
    if first is None or nxt is None:
        return None
    last = nxt - dt.timedelta(days=1)
    return _Cand(m.start(), m.end(), first.year, first.month, first.day, last.year, last.month, last.day)


def _cross(m: re.Match[str], lang: str) -> _Cand | None:
    """"31 августа – 1 сентября 2025": a range over two months (the year, if any, is written once)."""
    m1 = _month_of(lang, m["mon1"].rstrip(".")) or _month_of(lang, m["mon1"])  # "30 เม.ย. – 6 พ.ค. 2559"
    m2 = _month_of(lang, m["mon"].rstrip(".")) or _month_of(lang, m["mon"])
    if m1 is None or m2 is None:
        return None
    g = m.groupdict()
    y = _year(g.get("y"), lang, g.get("era"))
    y1 = y - 1 if y is not None and m1 > m2 else y
    return _Cand(m.start(), m.end(), y1, m1, int(m["d1"]), y, m2, int(m["d"]))


def _month_range(m: re.Match[str], lang: str) -> _Cand | None:
    m1, m2 = _month_of(lang, m["mon1"]), _month_of(lang, m["mon"])
    if m1 is None or m2 is None or m1 == m2:
        return None
    y = _year(m.groupdict().get("y"), lang)
    return _Cand(m.start(), m.end(), y - 1 if y is not None and m1 > m2 else y, m1, None, y, m2, None)


def _month_year(m: re.Match[str], lang: str) -> _Cand | None:
    mo = _month_of(lang, m["mon"].rstrip(".")) or _month_of(lang, m["mon"])
    if mo is None or (lang == "en" and m["mon"].lower() == "may" and m["mon"] == "may"):
        return None
    return _Cand(m.start(), m.end(), _year(m["y"], lang, m.groupdict().get("era")), mo)


def _month_yy(m: re.Match[str], lang: str) -> _Cand | None:
    mo = _month_of(lang, m["mon"].rstrip(".")) or _month_of(lang, m["mon"])
    d = _int(m["d"])
    if mo is None or d is not None and not 1 <= d <= 31:
        return None
    return _Cand(m.start(), m.end(), None, mo, d, yy=int(m["yy"]))


FA_MAH = "م\u0640*ا\u0640*ه"  # "فروردین مــاه 1392": a tatweel may stretch ماه


def _solar_rules() -> list[Rule]:
    names = _alt(SOLAR_MONTHS)
    d1 = rf"(?:(?P<d1>{D})\s*(?:-|–|تا|و|الی|لغایت)\s*)?"
    # a Solar year before 1300 only with سال before it or a Solar mark after it ("۱۴ مهرماه سال ۱۲۸۶ هجری شمسی")
    old_year = r"(?<=سال\s)12\d\d(?!\d)|(?<!\d)12\d\d(?=[\s\u200c]*(?:هجری[\s\u200c]+)?(?:شمسی|خورشیدی))"
    # a two-digit year is no number with decimals or a percent ("تا ۱۲ اردیبهشت ۴۰.۷میلیارد متر مکعب": 40.7 billion)
    tail = (rf"(?:[\s\u200c]*(?:سال[\s\u200c]*)?(?P<y>(?<!\d)1[34]\d\d(?!\d)|{old_year}|(?<!\d)\d\d(?!\d|[/.,٫]\d|\s*[%٪]))"
            r"|[\s\u200c]*(?P<this>امسال))?")
    pat = re.compile(rf"{d1}(?P<d>{D})(?:\u200c?ام)?\s*(?:ماه[\s\u200c]+)?(?P<mon>{names})(?:[\s\u200c]*{FA_MAH})?{R}{tail}")  # "۱۳ ماه آبان"
    my = re.compile(rf"{L}(?P<mon>{names})(?:[\s\u200c]*{FA_MAH})?\s*(?:سال\s+)?(?P<y>(?<!\d)1[34]\d\d)(?!\d)")
    word_day = re.compile(rf"{FA_ORDINAL_RE}\s*(?:ماه[\s\u200c]+)?(?P<mon>{names})(?:[\s\u200c]*{FA_MAH})?{R}{tail}")
    wday = r"(?:روز\s*)?(?:(?:(?:یک|دو|سه|چهار|پنج)[\s\u200c]*)?شنبه\s*|جمعه\s*)?"  # "تا روز پنج شنبه 19 تیر"
    cross = re.compile(rf"(?P<d1>{D})\s*(?P<mon1>{names})(?:[\s\u200c]*{FA_MAH})?\s*(?:-|–|تا|الی|لغایت)\s*{wday}"
                       rf"(?P<d>{D})\s*(?P<mon>{names})(?:[\s\u200c]*{FA_MAH})?{R}{tail}")
    # "اول آبان": the first of a month, said "first" with no ordinal ending
    first = re.compile(rf"{L}(?P<w>اول)\s+(?P<mon>{names})(?:[\s\u200c]*{FA_MAH})?{R}{tail}")
    # "خرداد 76", "خرداد ماه 83", "اردیبهشت ماه سال 93": a Solar month with a two-digit year (13xx)
    my2 = re.compile(rf"{L}(?P<mon>{names})(?P<mah>[\s\u200c]*{FA_MAH})?\s*(?:(?P<sal>سال)\s+)?(?<!\d)(?P<y>[2-9]\d)"
                     r"(?![\d/.,٫%٪])")
    # "۱۶سنبله/۱۴۰۱"; "29 جدی|دی 1396": the Iranian name of the same month after a bar or slash, then the year
    dari = re.compile(rf"(?<!\d)(?P<d>{D})[\s\u200c]*(?P<mon>{_alt(DARI_MONTHS)}){R}(?:\s*[|/]\s*(?:{names}){R})?"
                      rf"(?:(?:\s*[/,،]\s*|\s*(?:سال\s+)?)(?P<y>(?<!\d)1[34]\d\d)(?!\d))?")  # "6 جوزا , 1397"
    # "اواخر آبان", "در آذرماه", "مهر ماه امسال", "آذرماه گذشته": a Solar month with no day or year after a time word or
    # with ماه; its year from publication (or the year period after it, or گذشته/آینده)
    # ... or with a year word after it ("خرداد پارسال", "اسفند سال گذشته": the month of that Solar year)
    alone = re.compile(rf"(?:{L}(?P<cue>{SOLAR_MONTH_CUES})[\s\u200c]+)?(?P<mon>{names})(?P<mah>[\s\u200c]*{FA_MAH})?{R}"
                       rf"(?:[\s\u200c]+(?P<dir>گذشته|آینده|اینده){R})?(?![\s\u200c]*(?:\d|[/-]))"
                       rf"(?=(?P<yr>[\s\u200c]+(?:پارسال|امسال|سال[\s\u200c]+(?:{SOLAR_YEAR_WORDS})){R})?)")
    # "روز سوم از اردیبهشت ماه": the day as an ordinal word, "از" (of) before the month
    day_of = re.compile(rf"(?<![\u0600-\u06ff])روز[\s\u200c]+{FA_ORDINAL_RE}[\s\u200c]+از[\s\u200c]+"
                        rf"(?:ماه[\s\u200c]+)?(?P<mon>{names})(?:[\s\u200c]*{FA_MAH})?{R}{tail}")
    rm = "|".join(k.replace(" ", r"[\s\u200c]+") for k in FA_MONTH_OFFSETS)
    day_rel = re.compile(rf"(?:{FA_ORDINAL_RE}|(?<![\d/])(?P<d>{D}))[\s\u200c]+(?P<rm>{rm}){R}")
    # "پنجشنبه پنج خرداد 1401": the day as a plain number word, with the weekday before it or the year after it
    card_day = re.compile(rf"{FA_CARDINAL_RE}[\s\u200c]+(?:ماه[\s\u200c]+)?(?P<mon>{names})(?:[\s\u200c]*{FA_MAH})?{R}{tail}")
    # "۱۳۹۱ دی ۱۰, یکشنبه": year, month, day (a blog header), then a weekday or the end of the line
    year_first = re.compile(rf"(?<!\d)(?P<y>1[34]\d\d)[\s\u200c]+(?P<mon>{names})(?:[\s\u200c]*{FA_MAH})?[\s\u200c]+(?P<d>{D})"
                            r"(?=\s*[,،]\s*(?:(?:یک|دو|سه|چهار|پنج)[\s\u200c]*)?شنبه|\s*[,،]\s*جمعه|[ \t]*(?:\n|$))")
    return [(_free(card_day), _solar_card_day), (year_first, _solar_year_first),
            (_free(word_day), _solar_word_day), (_free(day_of), _solar_word_day), (_free(first), _solar_word_day),
            (cross, _solar_cross), (pat, _solar),
            (my, _solar_month_year), (my2, _solar_month_short_year), (dari, _dari), (_free(alone), _solar_alone),
            (_free(day_rel), _fa_day_of_relative_month)]


SOLAR_YEAR_WORDS = "گذشته|قبل|پیش|پيش|جاری|جاري|آینده|آينده|اینده"  # after سال, after a month name alone
SOLAR_MONTH_CUES = "ماه|در|از|تا|طی|طول|اوایل|اواخر|اواسط|ابتدای|ابتدا|نیمه|نیمه‌ی|پایان|اخر|برای|همین|اول|دوم|سوم|نخست"
SOLAR_TIME_CUES = frozenset({"اوایل", "اواخر", "اواسط", "ابتدای", "نیمه", "نیمه‌ی", "پایان", "اخر", "اول", "دوم", "سوم",
                             "نخست"})
FA_MONTH_OFFSETS = {"ماه جاری": 0, "همین ماه": 0, "ماه گذشته": -1, "ماه اینده": 1}


def _fa_day_of_relative_month(m: re.Match[str], text: str) -> _Cand | None:
    """"۲۰ ماه جاری", "بیستم همین ماه": a day of the Solar month of (before, after) publication (not "نیمه دوم ماه
    جاری", "دهه اول ماه گذشته": a part of the month)."""
    if not m["d"] and SOLAR_PART_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    d = int(m["d"]) if m["d"] else persian_ordinal(m["w"])
    key = _one_space(m["rm"])
    if d is None or not 1 <= d <= 31 or m["d"] and FA_MONTH_OFFSETS[key] != 0:
        return None  # "۲۰ ماه گذشته" is also "the past 20 months"; "بیستم ماه گذشته" is a day
    return _Cand(m.start(), m.end(), d=d, moff=FA_MONTH_OFFSETS[key], solar=True)


def _solar_alone(m: re.Match[str], text: str) -> _Cand | None:
    """"اواخر آبان", "در آذرماه", "مهر ماه امسال", "فروردین" (the text that month alone): a Solar month with no day or
    year, as the range of its Gregorian days."""
    if not m["cue"] and not text[:m.start()].strip(_NO_CONTEXT) and not text[m.end():].strip(_NO_CONTEXT):
        return _Cand(m.start("mon"), m.end(), None, SOLAR_MONTHS[m["mon"]], solar=True)  # "فروردین" said alone: the coming one
    if not (m["cue"] or m["mah"] or m["yr"]) \
            or m["mon"] in SOLAR_MONTH_WORDS and not (m["mah"] or m["yr"] or m["cue"] in SOLAR_TIME_CUES):
        return None  # "در مهر و محبت" (in kindness), "از دی" : a month name that is also a word needs ماه or a time word
    c = _Cand(m.start("mon"), m.end(), None, SOLAR_MONTHS[m["mon"]], solar=True)
    if m["dir"]:
        c.direction = _PAST if m["dir"] == "گذشته" else _NEXT
    return c


def _solar_short_year(y: int | None) -> int | None:
    """A two-digit Solar year after a day and month: 20-99 is 13xx ("۱۵ خرداد ۴۲", "۲۸ مرداد ۳۲"), 00-19 is 14xx
    ("۲۰ آبان ۰۴")."""
    if y is None or y >= 100:
        return y
    return y + (1400 if y < 20 else 1300)


def _dari(m: re.Match[str], text: str) -> _Cand | None:
    """"28 میزان 1396", "(یکشنبه، ۳۰سرطان)": an Afghan Solar date, with its year or after a weekday."""
    if m["y"] is None and not DARI_WEEKDAY_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
            and not DARI_DAY_BEFORE.search(text, max(0, m.start() - 8), m.start()) and not DARI_YEAR_AFTER.match(text, m.end()):
        return None
    d = int(m["d"])
    if not 1 <= d <= 31:
        return None
    return _Cand(m.start(), m.end(), _int(m["y"]), DARI_MONTHS[m["mon"]], d, solar=True)


def _solar_cross(m: re.Match[str], text: str) -> _Cand | None:
    """"24 فروردین لغایت 3 اردیبهشت": a range over two Solar months."""
    m1, m2 = SOLAR_MONTHS[m["mon1"]], SOLAR_MONTHS[m["mon"]]
    if m1 == m2:
        return None
    y = _solar_short_year(_int(m["y"]))
    c = _Cand(m.start(), m.end(), y, m1, int(m["d1"]), y, m2, int(m["d"]), solar=True)
    if y is not None and m1 > m2:
        c.y = y - 1
    if m["this"]:
        c.rel = 10**6  # "this year" -> the published solar year
    return c


def _solar_year_first(m: re.Match[str], _text: str) -> _Cand | None:
    """"۱۳۹۱ دی ۱۰": a Solar year, month and day in that order."""
    d = int(m["d"])
    if not 1 <= d <= 31:
        return None
    return _Cand(m.start(), m.end(), int(m["y"]), SOLAR_MONTHS[m["mon"]], d, solar=True)


def _solar_month_year(m: re.Match[str], _text: str) -> _Cand:
    return _Cand(m.start(), m.end(), int(m["y"]), SOLAR_MONTHS[m["mon"]], solar=True)


SOLAR_MONTH_WORDS = frozenset({"تیر", "مهر", "دی"})  # also "arrow", "seal", "yesterday"
# a time preposition right before a Solar month that is also a word makes it the month ("برای مهر ۹۴", "از دی 85")
SOLAR_TIME_PREP = re.compile(r"(?<![\u0600-\u06ff])(?:در|از|تا|برای|طی|اوایل|اواخر|اواسط|ابتدای)\s+$")


def _solar_month_short_year(m: re.Match[str], text: str) -> _Cand | None:
    """"خرداد 76", "خرداد ماه 83": a Solar month and a two-digit year; a month name that is also a common word needs
    ماه, سال or a time preposition before it ("برای مهر ۹۴"), and a number with a unit after it is no year ("تیر 20 نفر")."""
    if unit_follows(text, m.end(), "fa"):
        return None
    if m["mon"] in SOLAR_MONTH_WORDS and not (m["mah"] or m["sal"] or SOLAR_TIME_PREP.search(text, 0, m.start())):
        return None
    return _Cand(m.start(), m.end(), 1300 + int(m["y"]), SOLAR_MONTHS[m["mon"]], solar=True)


def _year_is_figure(m: re.Match[str], text: str) -> int | None:
    """"تا پانزدهم خرداد 70 هزار تن": a number after a Solar month with a unit or scale word after it is a figure, not the
    date's year. Returns where the date ends without it (None when the year stays)."""
    if not m["y"] or not unit_follows(text, m.end("y"), "fa"):
        return None
    return len(text[:m.start("y")].rstrip())


SOLAR_PART_BEFORE = re.compile(r"(?<![^\W\d_])(?:دهه|نیمه|هفته|ماه|سال|قرن|بار|مرحله|دور)[\s\u200c]*(?:ی[\s\u200c]*)?$")


def _solar_word_day(m: re.Match[str], text: str) -> _Cand | None:
    """"هشتم بهمن ماه 1381", "بیست و ششم خرداد": the day as a Persian ordinal word (not the part of a month in
    "دهه اول آبان", "نیمه دوم آبان": the month alone reads those)."""
    if SOLAR_PART_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    day = persian_ordinal(m["w"])
    if day is None or not 1 <= day <= 31:
        return None
    y = _int(m["y"])
    end = _year_is_figure(m, text)
    if end is not None:
        y = None
    c = _Cand(m.start(), end if end is not None else m.end(), _solar_short_year(y),
              SOLAR_MONTHS[m["mon"]], day, solar=True)
    if m["this"]:
        c.rel = 10**6
    return c


WEEKDAY_JUST_BEFORE_FA = re.compile(r"(?:شنبه|جمعه)[\s\u200c،,]*$")


def _solar_card_day(m: re.Match[str], text: str) -> _Cand | None:
    """"پنجشنبه پنج خرداد 1401": a Solar day as a cardinal word, only with a weekday right before or a year after it
    (a bare number word before a month name is no day: "دو خرداد" is read only so labelled)."""
    if not m["y"] and not WEEKDAY_JUST_BEFORE_FA.search(text, max(0, m.start() - 12), m.start()) and not (
            m["mon"] not in FA_COMMON_WORD_MONTHS and not text[:m.start()].strip() and not text[m.end():].strip(" .")):
        return None  # ... or said alone with a month name that is no common word ("یازده اردیبهشت", not "سه تیر")
    return _solar_word_day(m, text)


# Solar month names that are also common words (تیر arrow or shot, مهر kindness or seal, دی): a cardinal word
# before one of them said alone is no day
FA_COMMON_WORD_MONTHS = frozenset({"تیر", "مهر", "دی"})


def _solar(m: re.Match[str], text: str) -> _Cand | None:
    y = _solar_short_year(_int(m["y"]))
    end = _year_is_figure(m, text)
    if end is not None:
        y = None  # "۵ خرداد 70 هزار تن": the number after the month is a figure
    c = _range_cand(m.start(), end if end is not None else m.end(), y, SOLAR_MONTHS[m["mon"]], int(m["d"]), _int(m["d1"]))
    if c is not None:
        c.solar = True
        if m["this"]:
            c.year_only = False
            c.rel = 10**6  # marker: "this year" -> the published solar year
    return c


YEAR_CUES: dict[str, tuple[str, str]] = {
    # (cue before the year, cue after the year)
    "ar": ((r"(?:عام|العام|للعام|لعام|بعام|بالعام|عامی|اعوام|الاعوام|سنه|السنه|لسنه|للسنه|فی|منذ|حتی|خلال|بحلول|بین|"
            r"(?<!اکثر )(?<!اقل )(?<!یقرب )(?<!یقارب )(?<!یزید )(?<!ازید )من|اواخر|اوایل|"
            r"اواسط|مطلع|منتصف|نهایه|بدایه|اوائل)\s+"),
           r"\s?م(?![\u0600-\u06ff])"),
    "fa": (r"(?:سال[\s\u200c]*|سالهای\s*|سال‌های\s*)", ""),  # "سال۱۳۹۴": glued
    "vi": (r"(?:năm(?:\s+học(?:\s+mới)?)?|(?:nhiệm kỳ|giai đoạn)(?:\s+(?:mới|tới|trước|này|tiếp theo))?|niên khóa|niên khoá)\s+", ""),  # "nhiệm kỳ mới"
    "th": (r"(?:ปี(?:การผลิต|งบประมาณ|การศึกษา|แรก|หลัง)?|พ\.\s?ศ\.|ค\.\s?ศ\.|พุทธศักราช|คริสต์ศักราช)\s*", ""),
    "en": (r"(?:(?:in|into|since|until|till|by|from|during|of|year|early|late|mid-|before|after|between)\s+|mid-)", ""),
    "fr": (r"(?:en|depuis|année|d'ici|dès)\s+", ""),
    "de": (r"(?:im Jahr|im Jahre|seit|bis|Jahr)\s+", ""),
    "es": (r"(?:en|desde|año|hasta)\s+", ""),
    "ru": (r"(?:в|с|до|к|по)\s+", r"\s*(?:год[а-я]*|г\.)"),
    "uk": (r"(?:в|у|з|до)\s+", r"\s*(?:р\.|рок[а-я]*|році)"),
    "tr": (r"", r"(?:\s*yılı[nd]?[ae]?|['’](?:de|da|te|ta|den|dan|ten|tan|e|a|ye|ya))"),
}


# "1980-х", "1980s", "1980er", "1980년대", "1990年代": decades, not years
DECADE = r"(?!-?(?:х|ті|тих|s\b|er\b|ern\b|'s)|\s*(?:년대|年代)|'?s\b)"


def _year_rules(lang: str) -> list[Rule]:
    rules: list[Rule] = []
    # "พ.ศ.2567": the era's full stop may touch the year (a digit and a full stop may not: "3.2024")
    y4 = rf"(?<![\d,])(?<!\d\.)(?P<y>1[0-9]\d\d|20\d\d|2[45]\d\d)(?![\d%٪]|[.,]\d){DECADE}"
    rng = (r"(?:\s*(?:-|–|—|/|و?الی|إلى|و?حتی|و?لغایه|تا|đến|to|until|до|по|ถึง)\s*(?:(?:عام|العام|سال|năm|ปี)\s*)?"
           r"(?P<y2>1[0-9]\d\d|20\d\d|2[45]\d\d)(?!\d|[.,]\d)"
           # "ปี 2565-68", "ปีการผลิต 2564/65", "2019-20": the second year by its last two digits
           r"|\s*[-–/]\s*(?P<y2s>\d\d)(?![\d%٪]|[-/.,]\d))?")
    if lang in ("zh", "ja", "ko"):
        mark = "년" if lang == "ko" else "年"
        pat = re.compile(rf"(?<![\d])(?P<y>1[5-9]\d\d|20\d\d)"
                         rf"(?:\s*(?:-|–|—|至|到)\s*(?P<y2>1[5-9]\d\d|20\d\d))?"
                         rf"\s*{mark}(?!代|대|\s*\d|[一二三四五六七八九十]+月)")
        rules.append((pat, lambda m, _t, lg=lang: _year_cand(m, lg)))
        rules += _year_month_alone_rules()
        return rules
    # "(2013-2015)": a range of years in brackets is a date in every language, with or without a cue word
    paren = re.compile(rf"(?<=\()\s*{y4}\s*(?:-|–|—)\s*(?P<y2>1[0-9]\d\d|20\d\d)\s*(?=\))")
    rules.append((paren, lambda m, _t, lg=lang: _year_cand(m, lg, cued=True)))
    # "2014", "năm 2014", "ปี 2557", "عام 2020", "سال ۱۴۰۲" said alone (the text is the year, its year word before it or
    # none): that year in every language (Thai Buddhist and Persian Solar years converted, an Arabic 13xx/14xx left Hijri)
    # (a bare number only from 1500: "1000" alone is a figure)
    alone = re.compile(rf"^\s*(?P<w>(?:عام|العام|سنه|سنة|السنه|السنة|سال|năm|ปี|the\s+year)\s*)?"
                       rf"(?:(?P<era>พ\.\s?ศ\.|ค\.\s?ศ\.)\s*)?{y4}(?P<ad>[\s\u200c]*(?:میلادی|میلادیه))?\s*[.!]?\s*$",
                       re.IGNORECASE)  # fa "۲۰۲۰ میلادی": a Gregorian year marked so
    rules.append((_free(alone), lambda m, _t, lg=lang: None if m["ad"] and int(m["y"]) < 1500 else _year_cand(m, lg, cued=True)
                  if m["w"] or m["era"] or int(m["y"]) >= 1500 or lg == "fa" and int(m["y"]) >= 1300 else None))
    rules += _year_month_alone_rules()
    if lang == "en":  # "later than 2020", "2018 or later", "year greater than 2012", "<= 2019" said alone: the year bound
        bound = re.compile(r"^\s*(?:(?:the\s+)?year\s+)?(?:(?:no\s+)?(?:later|earlier|greater|less|sooner)\s+than\s+|[<>]?\s*=\s*"
                           r"|[<>]\s*)?(?P<y>1[5-9]\d\d|20\d\d)(?!\d)(?:\s+(?:or|and)\s+(?:later|earlier|after|before|beyond|sooner))?"
                           r"\s*[.!]?\s*$", re.IGNORECASE)
        rules.append((_free(bound), lambda m, _t: _Cand(m.start("y"), m.end("y"), int(m["y"]), year_only=True)))
    # ... and in running text, unless a number label stands right before it (month_year_labels in data/dates.json:
    # "القانون رقم 9/2021", "Nghị định số 9/2021") or a code goes on after it ("9/2021/NĐ-CP"); "1/2000", "1/500" is
    # a ratio or a map's scale ("quy hoạch 1/2000"), not January (stop 54)
    labels = lexicon(lang).get("month_year_labels")
    if labels:
        edge = "" if lang in ("th", "zh") else L
        label_re = re.compile(rf"{edge}(?:{_alt(fold(w).lower() for w in labels)})[\s\u200c.:#№]*$", re.IGNORECASE)
        month_year = re.compile(r"(?<![\d/.,\-])(?P<m>0?[1-9]|1[0-2])\s?/\s?(?P<y>1[89]\d\d|20\d\d)(?![\d/\-]|[.,]\d|[^\W\d_])")
        rules.append((month_year, lambda m, t, lb=label_re: None if lb.search(t, max(0, m.start() - 24), m.start())
                      or int(m["m"]) == 1 and int(m["y"]) % 100 == 0 else _Cand(m.start(), m.end(), int(m["y"]), int(m["m"]))))
    if lang in ("ar", "fa"):
        rules += _hijri_year_rules(lang)
    cues = YEAR_CUES.get(lang)
    if not cues:
        return rules
    before, after = cues
    flags = re.IGNORECASE
    if before:
        left = L if lang != "th" else ""
        pre = rf"{left}{before}(?:(?:عام|سال|năm|ปี|the year)\s+)?(?:(?P<era>พ\.\s?ศ\.|ค\.\s?ศ\.)\s*)?"
        pat = re.compile(rf"{pre}{y4}{rng}(?:{after})?", flags)
        rules.append((pat, lambda m, _t, lg=lang: _year_cand(m, lg, cued=True)))
    if after:
        pat = re.compile(rf"{y4}{rng}{after}", flags)
        rules.append((pat, lambda m, _t, lg=lang: _year_cand(m, lg)))
    if lang in ("ar", "fa"):  # "بين عام 568 و 645 ميلادية": a year of three digits after a year word, the era word
        # after it or after the range it opens (the first year alone is a date; the era names both)
        pat = re.compile(rf"{L}(?:عام|العام|سنه|السنه|سال)\s+(?P<y>[1-9]\d\d)(?![\d/.,٫%٪])(?=(?:\s*(?:-|–|و|الی|إلی|الى|إلى|"
                         r"حتی|تا)\s*[1-9]\d{2,3})?\s*(?:میلادیه|میلادی|للمیلاد|م(?![\u0600-\u06ff])))")
        rules.append((pat, lambda m, _t: _Cand(m.start("y"), m.end("y"), int(m["y"]), year_only=True)))
    if lang == "vi":  # "Tết Nguyên đán Đinh Dậu 2017": a year written after its stem-branch name, when the two agree
        sexa = lexicon("vi").get("sexagenary", {})
        if sexa:
            pat = re.compile(rf"{L}(?P<stem>{_alt(sexa['stems'])})\s+(?P<branch>{_alt(sexa['branches'])})\s+"
                             rf"(?P<y>1[5-9]\d\d|20\d\d)(?![\d%]|[/.,]\d)", re.IGNORECASE)
            rules.append((pat, lambda m, _t: _vi_named_year(m)))
            # "năm Nhâm Thìn" with no figures: the year of that name nearest publication (``syear``, read in find_dates)
            alone = re.compile(rf"{L}năm\s+(?P<stem>{_alt(sexa['stems'])})\s+(?P<branch>{_alt(sexa['branches'])}){R}"
                               r"(?!\s*[-–(]?\s*\d)", re.IGNORECASE)
            rules.append((_free(alone), lambda m, _t: _Cand(
                m.start(), m.end(), year_only=True, syear=(sexa["stems"][m["stem"].lower()],
                                                          sexa["branches"][m["branch"].lower()]))))
    if lang == "th":  # "ปี 63", "คาดปี ๖๓", "ปี 55-65", "ปีงบประมาณ 67": a Buddhist year written with two digits (2540-2599)
        pat = re.compile(r"(?:ปี(?:งบประมาณ|การศึกษา|การผลิต)?|พ\.\s?ศ\.)\s*(?P<y>[4-9]\d)(?![\d/.,%])"
                         r"(?:\s*(?:-|–|ถึง)\s*(?:ปี\s*)?(?P<y2>[4-9]\d)(?![\d/.,%]))?")
        rules.append((pat, lambda m, _t: _th_short_year(m)))
    if lang == "fa":  # "سال‌های 86-1377": a span of Solar years typed against the text direction, short end first
        pat = re.compile(rf"{L}(?:سال|سالهای|سال‌های)\s*(?P<y2>[2-9]\d)\s*[-–]\s*(?P<y>1[34]\d\d)(?![\d/.,٫%٪])")
        rules.append((pat, lambda m, _t: _fa_reversed_years(m)))
    if lang == "fa":  # "سال 99", "سال 84 تا 86": a Solar year written with two digits (1320-1399)
        pat = re.compile(rf"{L}(?:سال|سالهای|سال‌های)\s*(?P<y>[2-9]\d)(?![\d/,٫%٪]|\.\d)"  # "سال ۹۹." ends a sentence
                         rf"(?:\s*(?:-|–|تا|الی)\s*(?P<y2>[2-9]\d)(?![\d/,٫%٪]|\.\d))?")
        rules.append((pat, lambda m, _t: _fa_short_year(m)))
    return rules


def _vi_named_year(m: re.Match[str]) -> _Cand | None:
    """"Đinh Dậu 2017": the year, when its stem and branch name it (a lunar year is mostly that Gregorian year)."""
    sexa = lexicon("vi")["sexagenary"]
    y = int(m["y"])
    stem, branch = sexa["stems"][m["stem"].lower()], sexa["branches"][m["branch"].lower()]
    if ((y - 4) % 10, (y - 4) % 12) != (stem, branch):
        return None
    return _Cand(m.start("y"), m.end("y"), y, year_only=True)


def _th_short_year(m: re.Match[str]) -> _Cand | None:
    y, y2 = 2500 + int(m["y"]) - 543, 2500 + int(m["y2"]) - 543 if m["y2"] else None
    if y2 is not None and not y < y2 <= y + 20:  # two numbers that are no span of years: the first alone
        return None if unit_follows(m.string, m.end("y"), "th") else _Cand(m.start(), m.end("y"), y, year_only=True)
    if unit_follows(m.string, m.end(), "th") and not TH_THAILAND.match(m.string, m.end()):
        return None  # "ปี 63 คน" (not "ปี 66 ประเทศไทย...": the year, then Thailand)
    return _Cand(m.start(), m.end(), y, y2=y2, year_only=True)


def _fa_reversed_years(m: re.Match[str]) -> _Cand | None:
    y = int(m["y"])
    y2 = y // 100 * 100 + int(m["y2"])
    if not y < y2 <= y + 20:
        return None
    return _Cand(m.start(), m.end(), y + 621, y2=y2 + 621, year_only=True)


def _fa_short_year(m: re.Match[str]) -> _Cand | None:
    y, y2 = 1300 + int(m["y"]), 1300 + int(m["y2"]) if m["y2"] else None
    if unit_follows(m.string, m.end(), "fa") or y2 is not None and not y < y2 <= y + 20:
        return None  # "سال 20 درصد", not a year
    return _Cand(m.start(), m.end(), y + 621, y2=y2 + 621 if y2 else None, year_only=True)


HIJRI_MARK = re.compile(r"\s?(?:هـ|ه(?![\u0600-\u06ff])|ھ)")


def _hijri_year(m: re.Match[str], lang: str, y: int) -> bool:
    """Arabic/Persian Hijri (lunar) years, "1436هـ", are not converted: skip them."""
    if lang not in ("ar", "fa", "ur"):
        return False
    if HIJRI_MARK.match(m.string, m.end("y")):
        return True
    return lang == "ar" and 1300 <= y < 1500


WEAK_CUES = frozenset({"in", "into", "of", "from", "by", "since", "until", "till", "during", "before", "after", "between",
                       "بین", "early",
                       "late", "mid-", "فی", "منذ", "حتی", "خلال", "بحلول", "اواخر", "اوایل", "اواسط", "مطلع", "منتصف", "نهایه", "بدایه", "اوائل",
                       "en", "depuis", "dès", "desde", "hasta",
                       "seit", "bis", "в", "с", "до", "к", "по", "у", "з"})


def _weak_cue(m: re.Match[str]) -> bool:
    cue = m.string[m.start():m.start("y")].split()
    return bool(cue) and cue[0].lower() in WEAK_CUES and len(cue) == 1


YEAR_WORD_BEFORE = re.compile(r"(?:عام|سال|năm|ปี)\s*$")


ERA_BEFORE = re.compile(r"(?:ค\.\s?ศ\.|พ\.\s?ศ\.|คริสต์ศักราช|พุทธศักราช|(?<![^\W\d_])A\.?D\.?)\s*$")


def _year_cand(m: re.Match[str], lang: str, cued: bool = False) -> _Cand | None:
    g = m.groupdict()
    y = _year(g["y"], lang, g.get("era"))
    if y is None or _hijri_year(m, lang, y):
        return None
    start = m.start("y") if cued else m.start()
    solar = lang == "fa" and 1300 <= y < 1500
    if solar:
        y += 621
    elif not 1000 <= y <= 2100 or y < 1800 and cued and _weak_cue(m):
        return None  # "in 1000 cases": a bare preposition is weak evidence for an old year
    y2 = _year(g.get("y2"), lang) if g.get("y2") else None
    if g.get("y2s"):  # a short second year: the next of that ending in the first's century, after the first
        raw = int(g["y"])
        y2 = _year(str(raw // 100 * 100 + int(g["y2s"])), lang) if int(g["y2s"]) > raw % 100 else None
        if y2 is None:  # "2025-12": no later year, the first alone
            return _Cand(start, m.end("y"), y, year_only=True) if not unit_follows(m.string, m.end("y"), lang) else None
    if y2 is not None and solar:
        y2 += 621
    # a year word before the second year ("من عام 1965 وحتى عام 2015م") makes a long span sure; else at most 20 years
    # so does an era before the first ("ค.ศ.1161-1211") or brackets round the pair alone ("(1924-2008)", a lifespan)
    sure = y2 is not None and g.get("y2") is not None and (YEAR_WORD_BEFORE.search(m.string, m.end("y"), m.start("y2"))
                               or ERA_BEFORE.search(m.string, max(0, m.start("y") - 16), m.start("y"))
                               or m.string[m.end():m.end() + 1] == ")" and m.string[:m.start("y")].rstrip().endswith("("))
    span = 100 if sure else 20
    if y2 is not None and not y < y2 <= y + span:
        return None
    end = (m.end("y2s") if g.get("y2s") else m.end("y2")) if y2 is not None else m.end("y")
    if lang in ("zh", "ja", "ko"):
        end = m.end()
    elif unit_follows(m.string, end, lang) and not (cued and lang == "th" and TH_YEAR_WORD.search(m.string, m.start(), m.start("y"))):
        return None  # "from 1500 to 2000 people", "في 2000 شخص": a figure, not a year (not after a Thai year word:
        # "ปี 2566 ประเทศไทย..." is the year, then "Thailand", whose ประเทศ is also a counted noun)
    return _Cand(start, end, y, y2=y2, year_only=True)


# A Lunar Hijri year written alone with its era mark ("عام 1445 هـ", "سنة 1444 هجرية", "1443 للهجرة", fa "سال ۱۴۴۵ هجری
# قمری", "۱۴۴۵ ه.ق"), not a Solar one ("۱۴۰۲ ه.ش", "هجری شمسی"); a Hijri day or month with it is the day and month rules'.
_HIJRI_YEAR_WORD = r"(?:(?:ل|ب|ف|و|لل|بال|فی\s+)?(?:ال)?(?:عام|سنه)|سال|در\s+سال)[\s\u200c]+"
_HIJRI_YEAR_MARK = {
    "ar": r"هـ|ھ|ه(?![\u0600-\u06ff.])|هجریه|هجری(?![\s\u200c]*شمسی)|للهجره|من\s+الهجره",
    "fa": r"(?:هـ|ه)[\s\u200c]*\.?[\s\u200c]*ق\.?(?![\u0600-\u06ff])|هجری[\s\u200c]+قمری|قمری",
}


# "9/2021", "09.2021", "12-2015" said alone: that month of that (Gregorian) year, in every language (in running text the
# form is also a numbered act or case, "القانون رقم 9/2021", and is left alone); "2015-03", "2015-3", "2015/3" alone: the
# year and month (ISO 8601's year-month; "2019-20", a month past 12, stays two years)
MONTH_YEAR_ALONE = re.compile(r"^\s*(?P<m>0?[1-9]|1[0-2])\s*[/.-]\s*(?P<y>1[89]\d\d|20\d\d)\s*[.!]?\s*$")
YEAR_MONTH_ALONE = re.compile(r"^\s*(?P<y>1[89]\d\d|20\d\d)\s*[/.-]\s*(?P<m>0?[1-9]|1[0-2])\s*[.!]?\s*$")


def _year_month_alone_rules() -> list[Rule]:
    return [(_free(MONTH_YEAR_ALONE), lambda m, _t: _Cand(m.start("m"), m.end("y"), int(m["y"]), int(m["m"]))),
            (_free(YEAR_MONTH_ALONE), lambda m, _t: _Cand(m.start("y"), m.end("m"), int(m["y"]), int(m["m"])))]


def _hijri_year_rules(lang: str) -> list[Rule]:
    """A Lunar Hijri year with its era mark (``_HIJRI_YEAR_MARK``) is the Gregorian year that holds most of its days,
    the year of its 1 Rajab (1445 AH, 19 July 2023 to 6 July 2024: 2024). ar: a year of 1300-1499 said alone with its
    year word or none ("عام 1445", "1445") too, as Arabic news in these years writes the Hijri year so."""
    # not the second of two years ("1431/1432هـ", "1444-1445 هـ": an academic or fiscal year, no one year)
    marked = re.compile(rf"{L}(?<![\d/\-–])(?<![\d/\-–]\s)(?:{_HIJRI_YEAR_WORD})?(?P<y>1[0-4]\d\d)(?![\d%٪]|[.,٫]\d)[\s\u200c]*"
                        rf"(?:{_HIJRI_YEAR_MARK[lang]})")
    words = relative_words(lang)
    months = words.hijri_months if words is not None else {}
    # a Hijri month named just before the year ("لشهر صفر من سنة 1436 هـ", "شهر رمضان المبارك لعام 1436هـ"): the
    # Gregorian year of that month's middle (Safar 1436 is November-December 2014)
    month_before = re.compile(rf"(?<![^\W\d_])(?P<hm>{_alt(months)})(?![^\W\d_])[^\d.؟!?]{{0,30}}$") if months else None
    rules: list[Rule] = [(marked, partial(_hijri_year_cand, month_before, months))]
    if lang == "fa":  # "۱۴۰۲ ه.ش", "سال ۱۴۰۲ هـ ش": a Solar Hijri year so marked, the Gregorian year of its Nowruz
        solar = re.compile(rf"{L}(?:{_HIJRI_YEAR_WORD})?(?P<y>1[34]\d\d)(?![\d%٪]|[.,٫]\d)[\s\u200c]*"
                           r"(?:هـ|ه)[\s\u200c]*\.?[\s\u200c]*ش\.?(?![\u0600-\u06ff])")
        rules.append((solar, lambda m, _t: _Cand(m.start(), m.end(), int(m["y"]) + 621, year_only=True)))
    if lang == "ar":
        alone = re.compile(rf"^\s*(?:{_HIJRI_YEAR_WORD})?(?P<y>1[34]\d\d)\s*[.!]?\s*$")
        rules.append((_free(alone), partial(_hijri_year_cand, None, {})))
    return rules


def _hijri_year_cand(month_before: re.Pattern[str] | None, months: dict[str, int], m: re.Match[str], text: str
                     ) -> _Cand | None:
    hm = month_before.search(text, max(0, m.start() - 45), m.start()) if month_before is not None else None
    mo, day = (months.get(re.sub(r"\s+", " ", hm["hm"])), 15) if hm else (7, 1)
    mid = hijri_to_gregorian(int(m["y"]), mo or 7, day)
    return None if mid is None else _Cand(m.start(), m.end(), mid.year, year_only=True)


TH_YEAR_WORD = re.compile(r"(?:ปี|ศ\.|ศักราช)\s*$")
TH_THAILAND = re.compile(r"\s*ประเทศไทย")


# --- resolution ------------------------------------------------------------------------------------

def _published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _valid(y: int | None, mo: int | None, d: int | None) -> bool:
    if mo is None or not 1 <= mo <= 12:
        return False
    if d is None:
        return True
    try:
        dt.date(2000 if y is None else y, mo, d)  # year 0 (a year before 0001) is no date
    except ValueError:
        return False
    return True


# a bare weekday said alone in Chinese is the one of publication's calendar week (星期四, 礼拜日: "week-day four" names
# a day of a week, and with no 上/下 the week is this one, as JioNLP reads it: "星期天" on a Monday is the coming
# Sunday), or next week's where that day is more than three days gone: with no 上 it is never last week's, and the
# nearer of this week's and next week's is taken, as chrono reads it ("星期一" on a Friday is the coming Monday).
# In English the latest one, publication's day included, as in running text (the news reading: "said on Wednesday",
# dateparser's default, scrapinghub/dateparser#1196, #392): date_expressions4 dev en alone 5 -> 8 of 9
ALONE_WEEKDAY_MODE = {"zh": "week_or_next", "en": "tense"}


def _solar_to_greg(y: int, mo: int, d: int | None) -> tuple[int, int, int | None]:
    g = jdatetime.date(y, mo, d or 1).togregorian()
    return g.year, g.month, (g.day if d else None)


_SPACES = re.compile(r"[\s\u200c]+")


def _one_space(text: str) -> str:
    """A lexicon key as matched text is looked up: each run of spaces and zero-width non-joiners one space
    ("سه\u200cشنبه", "ماه  آینده" -> "سه شنبه", "ماه آینده")."""
    return _SPACES.sub(" ", text)


def _nearest_year(mo: int, d: int | None, pub: dt.date) -> int:
    best = pub.year
    best_gap = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            gap = abs((dt.date(y, mo, d or 15) - pub).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


# What may stand around an expression that has no context: the text is the date and nothing else.
_EN_ARTICLE = re.compile(r"^\s*the\s+$", re.IGNORECASE)


# the day noun before a date said alone is no context ("ngày 2/9", "วันที่ 15 มี.ค.", "يوم 15 مارس", "روز ۱۵ اسفند")
_ALONE_LEAD = {"vi": re.compile(r"^\s*(?:ngày|hôm|mùng|mồng)\s*$", re.IGNORECASE), "th": re.compile(r"^\s*วันที่\s*$"),
               "ar": re.compile(r"^\s*(?:يوم|یوم)\s*$"), "fa": re.compile(r"^\s*روز\s*$")}


def _lead_less(s: str, lang: str) -> str:
    pat = _ALONE_LEAD.get(lang)
    return "" if pat is not None and pat.match(s) else s


@lru_cache(maxsize=16)
def _clock_re(lang: str) -> re.Pattern[str] | None:
    rx = lexicon(lang).get("time_of_day_re")
    return re.compile(fold(rx), re.IGNORECASE) if rx else None


def _no_clock(s: str, lang: str) -> str:
    """``s`` less its times of day (data/dates.json time_of_day_re: "下午3点", "الساعة 3 عصرا", "lúc 9h", "at 3 pm"): a
    time said with a day is no context that makes the day part of a sentence."""
    pat = _clock_re(lang) if s.strip(_NO_CONTEXT) else None
    if pat is None or len(s) > _CLOCK_TEXT_MAX:  # a text this long is no time of day alone: it is context, as it
        return s  # stands (folding and searching it for every candidate was quadratic: seconds for a long text)
    return pat.sub("", fold(s))
_CLOCK_TEXT_MAX = 200
_NO_CONTEXT = " \t\r\n.,;:!?\u3002\uff0c\u3001\uff01\uff1f\u061f\u060c"


def _zh_month_day(m: re.Match[str], _t: str) -> _Cand:
    """"3月15", "3月15日（周五）": a month and day in figures with no year."""
    return _Cand(m.start(), m.end(), None, int(m["m"]), int(m["d"]))


def _zh_cn_month_day(m: re.Match[str], _t: str) -> _Cand | None:
    """"三月十五", "十二月二十": a month and day in Chinese numerals with no 日 and no year."""
    mo, d = _zh_small(m["m"]), _zh_small(m["d"].replace("两", "二").replace("兩", "二"))
    if mo is None or d is None or not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return _Cand(m.start(), m.end(), None, mo, d)


def _traditional_script(text: str) -> bool:
    """Whether ``text`` holds a traditional Chinese character (one that data/zh_t2s.json writes otherwise)."""
    return zh_simplified(text) != text


def _two_digit_year(yy: int, near: int) -> int:
    """A two-digit year written with its year marker ("03年", "96 г.", "авг 96"): the year ending in it nearest ``near``
    (publication's year), so within 50 years of it."""
    return min(((near // 100 + k) * 100 + yy for k in (-1, 0, 1)), key=lambda y: (abs(y - near), y))


def _coming_year(mo: int, d: int | None, pub: dt.date, coming: bool = False) -> int:
    """A month (or day and month) with no year and no context ("9月30日", "فبراير", the text and nothing else):
    publication's year, the month as a period of the current year, as dateparser (current_period), JioNLP, Maha and
    dateparser-tw read an expression said alone (docs/dates_and_figures.md, "No context"; it was the coming one until
    the dev rows of Maha, dateparser-tw and JioNLP, 9 of 9 rows where the two differ, said otherwise). A holiday named
    alone (``coming``: "Christmas", "Новый год") stays the coming one, publication's own day included. Inside a
    sentence the news reading (the nearest, or by the tense) decides instead."""
    if not coming:
        return pub.year
    return pub.year if (mo, d or 31) >= (pub.month, pub.day) else pub.year + 1


def _nearest_solar_year(mo: int, d: int | None, pub: dt.date) -> int:
    sy = jdatetime.date.fromgregorian(date=pub).year
    best, best_gap = sy, None
    for y in (sy - 1, sy, sy + 1):
        try:
            gy, gm, gd = _solar_to_greg(y, mo, d or 15)
        except ValueError:
            continue  # 30 اسفند exists only in leap years
        gap = abs((dt.date(gy, gm, gd or 15) - pub).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def _hijri_by_weekday(mo: int, d: int, weekday: int | None, pub: dt.date, y: int) -> dt.date | None:
    """ar "يوم الأربعاء 20 /10" published 27 July 2015: a day and month in figures whose weekday is not the Gregorian
    day's (20 October 2015 is a Tuesday) but is the Lunar Hijri day's of the months around publication (20 Shawwal 1436
    is Wednesday 5 August 2015): Saudi and Gulf outlets write Hijri dates so (a Hijri date converted by arithmetic may be
    a day off: the weekday written decides within a day)."""
    if weekday is None or not 1 <= mo <= 12 or not 1 <= d <= 30 or _valid(y, mo, d) and dt.date(y, mo, d).weekday() == weekday:
        return None
    base = int((pub.year - 622) * 1.0307)
    for h in range(base - 1, base + 3):
        g = hijri_to_gregorian(h, mo, d)
        if g is None or abs((g - pub).days) > 200:
            continue
        for k in (0, -1, 1):
            day = g + dt.timedelta(days=k)
            if day.weekday() == weekday:
                return day
    return None


def _weekday_year(mo: int, d: int, weekday: int, pub: dt.date, y: int) -> int:
    """The year of a day written with its weekday ("пятницу, 5 ноября"): the nearest year's unless its weekday is not the
    one written and the year before or after publication's has it (within 400 days of publication)."""
    def fits(year: int) -> bool:
        try:
            day = dt.date(year, mo, d)
        except ValueError:
            return False
        return day.weekday() == weekday and abs((day - pub).days) <= 400

    if fits(y):
        return y
    other = [k for k in (pub.year - 1, pub.year, pub.year + 1) if k != y and fits(k)]
    return other[0] if len(other) == 1 else y


def _direction_shift(month: int, pub_month: int, direction: int) -> int:
    if direction == _PAST:
        return 0 if month < pub_month else -1
    if direction == _NEXT:
        return 0 if month > pub_month else 1
    if direction == _COMING:
        return 0 if month >= pub_month else 1
    return 0


def _iso(y: int | None, mo: int | None, d: int | None) -> str:
    """An ISO value; a year past the calendar (0000 or 10000: "tháng 10 vừa qua" read against 0001-01-01) raises an
    OverflowError, as a day past it does, and ``find_dates`` leaves that date out."""
    if y is not None and not 1 <= y <= dt.MAXYEAR:
        raise OverflowError(f"year {y} is out of range")
    if y is None:
        return f"--{mo:02d}" + (f"-{d:02d}" if d else "")
    if mo is None:
        return f"{y:04d}"
    return f"{y:04d}-{mo:02d}" + (f"-{d:02d}" if d else "")


# Tense of the sentence around a date without a year (folded forms). With the nearest-date rule a
# "sẽ ... tháng 12" in May would be last December; a clear future (or past) marker moves it.
TENSE: dict[str, tuple[str, str]] = {  # (future, past) regexes: "tense" in data/dates.json
    lang: (entry["tense"]["future"], entry["tense"]["past"])
    for lang, entry in lexicons().items()
    if isinstance(entry, dict) and entry.get("tense")
}
_TENSE_RE = {k: (re.compile(f, re.IGNORECASE), re.compile(p, re.IGNORECASE)) for k, (f, p) in TENSE.items()}
# A language that marks every past verb ("past_verb", ru -л-): a bare weekday in a sentence with no past verb
# and a present or future one ("present_verb") is the next one (Russian perfective present is a future:
# "Вторник ... объявлен днем траура", "во вторник посетит").
_PRESENT_VERB = tense_patterns("present_verb")
_UNMARKED = {lang: (past, _PRESENT_VERB[lang]) for lang, past in tense_patterns("past_verb").items()}
# A past (perfect) verb before a month named alone in its sentence ("قالها ... في شهر مايو/أيار" in December; Persian,
# verb-final, anywhere in it: "در ماه مه گفت"): the month is the latest one, as a bare weekday is, unless a future
# marker says otherwise.
_MONTH_PAST = tense_patterns("month_past_verb")


# A weekday that is the day declared or named ("Вторник ... объявили днём траура", "Tuesday was declared a day of
# mourning"; "weekday_declared" in the tense data, read after the weekday): the coming one, whatever the verb's tense.
_DECLARED = tense_patterns("weekday_declared")


# A future-in-the-past verb right before a weekday ("would resume on Wednesday"; "weekday_future_before" in the tense
# data, read in the 40 characters before the weekday): the weekday is the coming one, whatever else the sentence says.
_FUTURE_BEFORE = tense_patterns("weekday_future_before")
# A past auxiliary a few words before that verb ("كان الوزير يزور ... يوم الاثنين", "weekday_future_aux_before",
# read in the 24 characters before the verb) makes it a past continuous: no future.
_FUTURE_AUX = tense_patterns("weekday_future_aux_before")


# A reporting verb after a weekday ("... on Friday night and said that it is likely to be sighted today"; "report_after"
# in the tense data): what follows is what was said, and its tense is not the weekday's.
_REPORT_AFTER = tense_patterns("report_after")


# A sentence (a headline) that opens with the verbal noun of holding or opening ("برگزاری نخستین دعای کمیل شب جمعه"):
# an announcement of what is to come ("future_start" in the tense data); a past verb in it still makes it past.
_FUTURE_START = tense_patterns("future_start")


def _tense(lang: str, span: str) -> int:
    pats = _TENSE_RE.get(lang)
    if pats is None:
        return 0
    future, past = bool(pats[0].search(span)), bool(pats[1].search(span))
    if lang in _FUTURE_START and _FUTURE_START[lang].match(span) and not (lang in _UNMARKED and _UNMARKED[lang][0].search(span)):
        future = True
    return (1 if future else 0) - (1 if past else 0)


def _tensed_year(mo: int, d: int | None, pub: dt.date, y: int, tense: int) -> int:
    """Move the nearest year by one when the sentence's tense clearly points the other way."""
    try:
        gap = (dt.date(y, mo, d or 15) - pub).days
        if tense > 0 and gap < -60 and (dt.date(y + 1, mo, d or 15) - pub).days <= 300:
            return y + 1
        if tense < 0 and gap > 60 and (pub - dt.date(y - 1, mo, d or 15)).days <= 300:
            return y - 1
        if tense < 0 and d is None and (y - pub.year) * 12 + mo - pub.month >= 2:
            return y - 1  # a past month with no day two months ahead is last year's ("كانت ... في سبتمبر" in July)
    except ValueError:
        return y
    return y


EXPLICIT, RELATIVE, INFERRED, PARTIAL = "explicit", "relative", "inferred_year", "partial"
Resolved = tuple[str, str | None, str]  # value, end_value, how it was resolved


def _resolve(c: _Cand, pub: dt.date | None, context_year: int | None, tense: int = 0,
             lang: str = "", alone: bool = False) -> Resolved | None:
    """The ISO value (and range end) of a candidate, and how it was had: ``explicit`` (the year is
    written), ``relative`` (read from publication: yesterday, last week, on Monday, "19日"),
    ``inferred_year`` (a day or month whose year comes from publication or the sentence) or
    ``partial`` (no year to be had: "--04-23"). ``alone``: the text is the expression and nothing else
    (no-context convention, see ``_coming_year``)."""
    if c.feast is not None:
        return _resolve_feast(c, pub, alone)
    if c.period is not None or c.weekday is not None or c.day_only or c.hijri is not None or c.moff is not None \
            or c.season is not None or c.hmonth is not None or c.rel is not None and not c.solar:
        return _resolve_relative(c, pub, tense, lang, alone)
    if c.year_shift is not None:
        if pub is None:
            return None
        try:
            base = jdatetime.date.fromgregorian(date=pub).year if c.solar else pub.year  # "15 اسفند سال جاری"
        except ValueError:
            return None
        c.y = base + c.year_shift
        how = RELATIVE
    else:
        how = EXPLICIT if c.y is not None else INFERRED
    if c.year_only:  # a year with no century to be had ("九八年" with no publication date) is no date
        return None if c.y is None else (_iso(c.y, None, None), (_iso(c.y2, None, None) if c.y2 else None), how)
    if c.solar:
        solar = _resolve_solar(c, pub, alone, context_year)
        if solar is None:
            return None
        how = RELATIVE if c.rel is not None and pub is not None else how
        return solar[0], solar[1], how if pub is not None or c.y is not None or context_year is not None else PARTIAL
    y = c.y
    if y is None and pub is not None and c.direction is not None and c.m is not None:
        y, how = pub.year + _direction_shift(c.m, pub.month, c.direction), RELATIVE
        if c.d is not None and c.m == pub.month and c.direction in (_PAST, _NEXT):  # "3 مارس الماضي" on 13 March
            y = pub.year + (0 if (c.d < pub.day) == (c.direction == _PAST) else c.direction)
    elif y is None and context_year is not None and c.prev_year:
        y = context_year
    elif y is None and pub is not None and alone and c.m is not None and not c.lunar:
        y = _coming_year(c.m, c.d, pub, c.coming)
        if c.label is not None and c.d is not None:
            y = _weekday_year(c.m, c.d, c.label, pub, y)
    elif y is None and pub is not None:
        y = _tensed_year(c.m or 1, c.d, pub, _nearest_year(c.m or 1, c.d, pub), tense)
        if c.label is not None and c.d is not None and not c.lunar:
            y = _weekday_year(c.m or 1, c.d, c.label, pub, y)
    elif y is None and context_year is not None:
        y = context_year
    elif y is None:
        how = PARTIAL
    if c.hnum and c.y is None and y is not None and pub is not None and c.m is not None and c.d is not None \
            and (h := _hijri_by_weekday(c.m, c.d, c.label, pub, y)):
        return h.isoformat(), None, RELATIVE
    if c.nth is not None:
        wd, n = c.nth
        if c.nth_day and y is not None and c.m is not None and _valid(y, c.m, n) and dt.date(y, c.m, n).weekday() == wd:
            c.d = n
        else:
            c.d = _nth_weekday(y, c.m, wd, n) if y is not None and c.m is not None else None
        if c.d is None:
            return None
    if c.mlast and c.m is not None:  # zh "2月最后一天": the month's last day, once its year is known
        c.d = calendar.monthrange(y, c.m)[1] if y is not None else None
        if c.d is None:
            return None
    if not _valid(y, c.m, c.d):
        return None
    if c.lunar and c.label is not None and y is not None and c.m is not None and c.d is not None:
        g = _on_weekday(dt.date(y, c.m, c.d), c.label)
        y, c.m, c.d = g.year, g.month, g.day
    value = _iso(y, c.m, c.d)
    if c.d is None and c.m2 is not None:  # a range of months; its last month a month ("1月至19月" is no range)
        y2 = c.y2 if c.y2 is not None else y
        return (value, _iso(y2, c.m2, None), how) if _valid(y2, c.m2, None) else None
    if c.d2 is None:
        return value, None, how
    y2 = c.y2 if c.y2 is not None else y
    m2 = c.m2 or c.m
    if not _valid(y2, m2, c.d2):
        return None
    return value, _iso(y2, m2, c.d2), how


def _resolve_relative(c: _Cand, pub: dt.date | None, tense: int, lang: str, alone: bool = False) -> Resolved | None:
    """Day words, periods, weekdays and bare days of the month, read against publication (without a
    publication date there is nothing to read them against: dropped)."""
    if c.season is not None and c.season[1] == "year":
        season = season_range(None, c.season[0], "year", c.season[2])
        return None if season is None else (season[0], season[1], EXPLICIT)
    if pub is None and c.day_only and c.d is not None and 1 <= c.d <= 31:
        # zh "3日晚間" with no publication date: the day of an unknown month and year (ISO 8601 "---03")
        return f"---{c.d:02d}", (f"---{c.d2:02d}" if c.d2 is not None else None), PARTIAL
    if pub is None:
        return None
    words = relative_words(lang)
    first = words.week_start if words else 0
    if c.season is not None or c.hmonth is not None:
        try:
            span = season_range(pub, c.season[0], c.season[1]) if c.season is not None \
                else hijri_month_range(pub, *c.hmonth)  # type: ignore[misc]
        except ValueError:
            return None
        if span is not None and c.nth is not None:  # "آخر جمعة من رمضان المقبل": its Nth weekday
            day = _nth_of_days(dt.date.fromisoformat(span[0]), dt.date.fromisoformat(span[1]), *c.nth, nth_day=c.nth_day)
            return None if day is None else (day.isoformat(), None, RELATIVE)
        return None if span is None else (span[0], span[1], RELATIVE)
    if c.rel is not None:
        day = pub + dt.timedelta(days=c.rel)
        if c.label is not None and day.weekday() != c.label:  # "اليوم الأربعاء" published on Thursday:
            near = [day + dt.timedelta(days=k) for k in (-1, 1) if (day + dt.timedelta(days=k)).weekday() == c.label]
            day = near[0] if near else day  # written the day before; the weekday names the day
        return day.isoformat(), None, RELATIVE
    if c.period is not None:
        unit = c.period[0]
        if alone and lang == "fa" and unit in ("month", "year"):
            unit = "g" + unit  # "ماه آینده" said alone: a Gregorian month, as the standalone readers (dateparser) take it
        try:
            value, end = period_range(pub, unit, c.period[1], lang, first)
        except (ValueError, OverflowError):
            return None  # a publication date at the calendar's edge (Solar years end at 9377)
        return value, end, RELATIVE
    if c.weekday is not None:
        # a weekday said alone is the nearest one, three days back or ahead at most, publication's day included (chrono's
        # reading and the news one: a headline's "الاثنين" is the Monday just gone; Maha and Duckling take the coming one,
        # JioNLP the one of publication's week): stop 54, dev alone date_expressions4 117 -> 124 of 125,
        # date_expressions2 57 -> 57 (ru +1, zh 0), date_expressions3 195 -> 191 (Maha's forward ar rows); before, the
        # coming one (stop 4x: date_expressions3 180 -> 183). zh: of publication's week (ALONE_WEEKDAY_MODE)
        mode = ALONE_WEEKDAY_MODE.get(lang, "nearest") if alone and c.wmode == "tense" and c.wcount is None else c.wmode
        day = weekday_date(pub, c.weekday, mode, tense, first) + dt.timedelta(days=7 * c.wweeks)
        if c.eve:  # "شب جمعه" (Friday night) is Thursday evening
            day -= dt.timedelta(days=1)
        if c.wspan is not None:  # "يومي السبت والأحد", "พฤหัสบดี-ศุกร์-เสาร์นี้": a run of weekdays
            lo, hi = (day + dt.timedelta(days=k) for k in c.wspan)
            return lo.isoformat(), None if hi == lo else hi.isoformat(), RELATIVE
        return day.isoformat(), None, RELATIVE
    if c.hijri is not None:
        day = _nearest_hijri_day(c.hijri[0], c.hijri[1], pub, c.hdir)
        if day is not None and c.nth is not None:  # "آخر جمعة من رمضان": the Nth weekday of that Hijri month
            hy, hm, _ = gregorian_to_hijri(day)
            span = _hijri_month_days(hy, hm)
            day = None if span is None else _nth_of_days(*span, *c.nth, nth_day=c.nth_day)
        if day is not None and c.label is not None:
            day = _on_weekday(day, c.label)
        return None if day is None else (day.isoformat(), None, INFERRED)
    if c.moff is not None and c.solar and not (alone and c.galone):  # "۲۰ ماه جاری": a day of a Solar month
        try:
            j = jdatetime.date.fromgregorian(date=pub)
            k = j.year * 12 + j.month - 1 + c.moff
            g = jdatetime.date(k // 12, k % 12 + 1, c.d or 1).togregorian()
            if c.mlast or c.nth is not None:  # "آخرین روز ماه آینده", "اولین جمعه ماه آینده": of that Solar month
                last = jdatetime.date((k + 1) // 12, (k + 1) % 12 + 1, 1).togregorian() - dt.timedelta(days=1)
                days = [g + dt.timedelta(days=i) for i in range((last - g).days + 1)]
                if c.nth is not None:
                    days = [x for x in days if x.weekday() == c.nth[0]]
                    n = c.nth[1]
                    g = days[-1] if n == -1 else days[n - 1] if n <= len(days) else None
                else:
                    g = last
        except ValueError:
            return None
        return None if g is None else (g.isoformat(), None, RELATIVE)
    if c.moff is not None:
        k = pub.year * 12 + pub.month - 1 + c.moff
        if c.nth is not None and 1 <= k // 12 <= 9999:  # "the second Sunday": of publication's month
            c.d = _nth_weekday(k // 12, k % 12 + 1, *c.nth)
        if c.pubday:
            c.d = pub.day
        if c.mlast and 1 <= k // 12 <= 9999:
            c.d = calendar.monthrange(k // 12, k % 12 + 1)[1]
        if not 1 <= k // 12 <= 9999 or not _valid(k // 12, k % 12 + 1, c.d) or c.d2 is not None and not _valid(k // 12, k % 12 + 1, c.d2):
            return None
        return (_iso(k // 12, k % 12 + 1, c.d), None if c.d2 is None else _iso(k // 12, k % 12 + 1, c.d2),
                RELATIVE)
    if alone and c.d is not None and not c.ddir and not c.wnear and c.label is None:
        day = _month_day(pub, 0, c.d) or _nearest_month_day(c.d, pub)  # "30日" alone: of publication's month
    else:
        day = _nearest_month_day(c.d or 0, pub, c.ddir, c.label if c.wnear else None)
    if day is None:
        return None
    end = None
    if c.d2 is not None:
        try:
            end = day.replace(day=c.d2).isoformat()
        except ValueError:
            return None
    return day.isoformat(), end, RELATIVE


def _on_weekday(day: dt.date, weekday: int) -> dt.date:
    """A Lunar Hijri day converted by arithmetic is a day or two off where the month began by sighting
    ("الأربعاء 29 شعبان 1444 هـ" is 22 March 2023 in Morocco, the 21st by arithmetic): the weekday written with
    it names the day, within two days."""
    for k in (0, 1, -1, 2, -2):
        g = day + dt.timedelta(days=k)
        if g.weekday() == weekday:
            return g
    return day


def _nearest_hijri_day(month: int, day: int, pub: dt.date, direction: int = 0) -> dt.date | None:
    """The Hijri day nearest publication; with a direction word the coming one (publication day included) or the
    latest one ("5 رمضان المقبل" published in Ramadan after the 5th is next year's)."""
    hy = gregorian_to_hijri(pub)[0]
    days = [g for g in (hijri_to_gregorian(y, month, day) for y in (hy - 1, hy, hy + 1)) if g is not None]
    if direction:
        days = [g for g in days if (g >= pub if direction > 0 else g <= pub)]
    return min(days, key=lambda g: abs((g - pub).days)) if days else None


def _nearest_month_day(d: int, pub: dt.date, direction: int = 0, weekday: int | None = None) -> dt.date | None:
    """Day ``d`` of the month before, of or after publication's, whichever is nearest to it (with a direction, the
    nearest on that side of publication, publication day included; with a weekday, the nearest within half a year
    that falls on it: "Friday the 15th")."""
    if weekday is not None:
        near = _nearest_month_day(d, pub, direction, None)
        if near is None or near.weekday() != weekday:
            on = [day for day in (_month_day(pub, k, d) for k in range(-6, 7)) if day is not None and day.weekday() == weekday
                  and not (direction and (day - pub).days * direction < 0)]
            near = min(on, key=lambda day: abs((day - pub).days)) if on else near
        return near
    best: dt.date | None = None
    for shift in (-1, 0, 1):
        n = pub.year * 12 + pub.month - 1 + shift
        try:
            day = dt.date(n // 12, n % 12 + 1, d)
        except ValueError:
            continue
        if direction and (day - pub).days * direction < 0:
            continue
        if best is None or abs((day - pub).days) < abs((best - pub).days):
            best = day
    return best


def _month_day(pub: dt.date, shift: int, d: int) -> dt.date | None:
    n = pub.year * 12 + pub.month - 1 + shift
    try:
        return dt.date(n // 12, n % 12 + 1, d)
    except ValueError:
        return None


# a Solar day written with no year, and no year to read it in, is given the Gregorian month and day it falls on in
# most years: 1 Farvardin is 21 March in three years of four, 20 March after a leap year (1399, 1403, 1407), and every
# day of such a year lands a day early ("۱۵ مهر" is 7 October in 1402 and 1404, 6 October in 1403). 1402 gives the
# most common month and day for every day of the year (1403, used before, gave a day early for 34 of 36 days sampled
# over 1390-1414; docs/stories.md round forty-nine: a Persian "نهم بهمن" read as 28 January, the day before the day
# the other reports of the Isfahan attack name)
SOLAR_PARTIAL_YEAR = 1402


def _resolve_solar(c: _Cand, pub: dt.date | None, alone: bool = False,
                   context_year: int | None = None) -> tuple[str, str | None] | None:
    if c.m is None or not 1 <= c.m <= 12 or (c.d is not None and not 1 <= c.d <= 31):
        return None
    y = c.y
    if y is None and pub is None and context_year is not None and 1200 <= context_year - 621 <= 1600:
        # no publication date, a year stated in the sentence ("در سال ۱۳۹۵ ... ۱۵ خرداد"; a Solar year alone is given as
        # its Gregorian start year, so this is its Solar year; a Gregorian year gives the Solar year that starts in it)
        y = context_year - 621
    try:  # a publication date past the Solar calendar's range (jdatetime: 9377) has no Solar year
        if c.rel is not None and pub is not None:
            y = jdatetime.date.fromgregorian(date=pub).year
        if y is None and pub is not None and c.direction is not None:  # "آذرماه گذشته": the latest Azar before publication
            j = jdatetime.date.fromgregorian(date=pub)
            y = j.year + _direction_shift(c.m, j.month, c.direction)
        if y is None and pub is not None and alone and c.m2 is None:  # "۱۵ مهر" said alone: publication's Solar year, as
            j = jdatetime.date.fromgregorian(date=pub)  # a Gregorian month and day said alone (the no-context convention);
            y = j.year + (c.coming and (c.m, c.d or 31) < (j.month, j.day))  # "نوروز" alone: the coming one
        if y is None and pub is not None:
            y = _nearest_solar_year(c.m, c.d, pub)
    except ValueError:
        return None
    try:
        if c.nth is not None and c.d is None:  # "اولین جمعه مهر": the Nth (or last) weekday of that Solar month
            if y is None:
                return None
            last = jdatetime.date(y + (c.m == 12), c.m % 12 + 1, 1).togregorian() - dt.timedelta(days=1)
            day = _nth_of_days(jdatetime.date(y, c.m, 1).togregorian(), last, *c.nth)
            return None if day is None else (day.isoformat(), None)
        if y is None:  # partial: month-day as it falls in most years (SOLAR_PARTIAL_YEAR)
            _, gm, gd = _solar_to_greg(SOLAR_PARTIAL_YEAR, c.m, c.d)
            first = _iso(None, gm, gd)
            second = _iso(None, *_solar_to_greg(SOLAR_PARTIAL_YEAR, c.m2 or c.m, c.d2)[1:]) if c.d2 else None
            return first, second
        if c.d is None and c.m2 is None and c.y2 is None:
            # "آبانماه ۱۳۹۶": a Solar month is no Gregorian month, so it is the range of its Gregorian days
            # (as "ماه گذشته" is): 1396-08-01 .. the day before 1396-09-01
            nxt = jdatetime.date(y + (c.m == 12), c.m % 12 + 1, 1).togregorian() - dt.timedelta(days=1)
            return _iso(*_solar_to_greg(y, c.m, 1)), nxt.isoformat()
        first = _iso(*_solar_to_greg(y, c.m, c.d))
        y2 = c.y2 if c.y2 is not None else y + (1 if c.m2 is not None and c.m2 < c.m else 0)
        second = _iso(*_solar_to_greg(y2, c.m2 or c.m, c.d2)) if c.d2 else None
    except ValueError:
        return None
    return first, second


# ... th "ในปี 2565 และ 2566", "ปี 2565 และปี 2566": a Buddhist-era year (25xx) after a Thai one
YEAR_AND = re.compile(r"\s*(?:و|and|và|и|et|y|und|،|,|(?P<th>และ|กับ)(?:\s*ปี)?)\s*(?P<y>1[5-9]\d\d|20\d\d|(?(th)25\d\d|(?!)))"
                      r"(?![\d%٪]|[.,]\d)")


# ... fa a second Solar year after a Solar one: "در سال‌های ۱۳۹۸ و ۱۳۹۹", "سال ۱۴۰۱ و سال ۱۴۰۲"
FA_SOLAR_YEAR_AND = re.compile(r"[\s\u200c]*و[\s\u200c]*(?:سال[\s\u200c]*)?(?P<y>1[34]\d\d)(?![\d%٪/]|[.,٫]\d)")


def _year_lists(t: str, found: list[_Cand], lang: str = "") -> Iterator[_Cand]:
    """A second year joined to a stated one: "في عامي 2023 و2024", "in 2015 and 2016"."""
    for c in found:
        if lang == "fa" and c.year_only and c.y2 is None and c.year_shift is None and c.y is not None \
                and re.fullmatch(r"1[34]\d\d", t[c.start:c.end]) and (m := FA_SOLAR_YEAR_AND.match(t, c.end)) \
                and 0 < int(m["y"]) + 621 - c.y <= 50 and not unit_follows(t, m.end(), lang):
            yield _Cand(m.start("y"), m.end("y"), int(m["y"]) + 621, year_only=True)
            continue
        if c.year_only and c.y2 is None and c.year_shift is None:
            m = YEAR_AND.match(t, c.end)
            if m:
                y = int(m["y"]) - (543 if m["y"] >= "2400" else 0)
                if m["th"] and abs(y - c.y) > 50:
                    continue  # "ปี 2565 และ 1990": a Gregorian year after a Buddhist one is no list of years
                yield _Cand(m.start("y"), m.end("y"), y, year_only=True)


# Persian ezafe written as a mark ("۱۴ آذرِ ۱۴۰۴", "هفتهٔ گذشته"): read as a joiner, same length
EZAFE_MARKS = str.maketrans({"\u0650": "\u200c", "\u0654": "\u200c"})


FA_SPACED_ORDINAL = re.compile(r"(?<=[\u0600-\u06ff]) (?=ام(?![\u0600-\u06ff\u200c]))")


# zh "元月" (the first month, "元月5日", "2016年元月"): read as "一月" (the same length: offsets stay); not after a currency
# or a count ("5000元月薪", "美元月均": yuan a month) nor before what makes it "yuan a month"
ZH_YUANYUE = re.compile(r"(?<![\d〇零一二三四五六七八九十百千万萬亿億美欧歐日港台币幣纪紀公单單])元月(?![薪均度供租费費收入息付])")


def _candidates(text: str, lang: str) -> list[_Cand]:
    t = fold(text)
    if lang == "zh":
        t = ZH_YUANYUE.sub("一月", t)
    if lang == "fa":
        # "سی ام اسفند": the ordinal ending written apart, read as "سی‌ام" (the same length: offsets stay)
        t = FA_SPACED_ORDINAL.sub("\u200c", t.translate(EZAFE_MARKS))
    found: list[_Cand] = []
    windows = digit_windows(t)
    whole = [(0, len(t))]
    for pat, handler in _rules(lang):
        for a, b in whole if pat in _FREE else windows:
            for m in pat.finditer(t, a, b):
                c = handler(m, t)
                if c is not None and c.end > c.start:
                    found.append(c)
    found += list(_year_lists(t, found, lang))
    found += list(_day_month_directions(t, found, lang))
    chosen = leftmost_longest(found)  # of two equal spans, the one found first
    if lang == "zh":
        chosen = _zh_lunar_months(_zh_glossed_day_words(chosen, t), t)
    chosen = _day_word_dated(_hijri_beside_gregorian(chosen, t), t)
    return _join_ranges(_weekday_weeks(_year_periods(_weekday_runs(_drop_named_weekdays(chosen, t), t),
                                                     t), t), t)


@lru_cache(maxsize=1)
def _zh_lunar_marker_before() -> re.Pattern[str] | None:
    lu = lexicon("zh").get("lunar")
    return re.compile(rf"(?:{_alt(lu['markers'])})\s*(?:的\s*)?$") if lu else None


def _zh_lunar_months(chosen: list[_Cand], t: str) -> list[_Cand]:
    """zh a month with no day after a lunar marker ("农历五月", "2023年农历五月", "农历2023年五月"): a lunar month, which
    spans two Gregorian months, so no Gregorian month; a year written with it stays the year (a day with it is the lunar
    rule's, converted). It was the Gregorian month of publication's year."""
    pat = _zh_lunar_marker_before()
    if pat is None:
        return chosen
    out = []
    for c in chosen:
        if c.m is not None and c.d is None and c.m2 is None and not c.year_only and c.rel is None and c.period is None \
                and c.lmd is None and c.cal is None:
            body = t[c.start:c.end]
            ym = re.match(r"(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年", body)
            if pat.search(t, max(0, c.start - 8), c.start):  # "农历五月", "农历2023年五月"
                if ym is not None and c.y is not None:
                    c = dataclasses.replace(c, end=c.start + ym.end(), m=None, year_only=True)
                else:
                    continue
        out.append(c)
    return out


def _day_word_dated(chosen: list[_Cand], t: str) -> list[_Cand]:
    """A day word right before the Gregorian date it names, its weekday between or not ("صباح اليوم الثلاثاء 20 سبتمبر",
    "hôm nay, 20/9"): the written date is the day (a text written the day before it went out says "today" of that
    date), and the day word names it too."""
    for i, c in enumerate(chosen):
        if c.rel is None or c.weekday is not None or c.period is not None or c.solar:
            continue
        j = i + 1
        if j < len(chosen) and chosen[j].weekday is not None and _gap(t, c.end, chosen[j].start):
            j += 1  # its weekday, which then labels the date
        nxt = chosen[j] if j < len(chosen) else None
        if nxt is not None and nxt.d is not None and nxt.m is not None and nxt.rel is None and nxt.weekday is None \
                and nxt.d2 is None and not (nxt.solar or nxt.lunar or nxt.hijri or nxt.sexa or nxt.lmd) \
                and _gap(t, chosen[j - 1].end, nxt.start) and not RUN_TO.match(t, nxt.end):
            c.rel, c.label, c.y, c.m, c.d = None, None, nxt.y, nxt.m, nxt.d  # (not the first day of a range: "... ولغاية")
            c.by_date = True
    return chosen


ZH_GLOSS_OPEN = re.compile(r"\s*[(（]\s*")


def _zh_glossed_day_words(chosen: list[_Cand], t: str) -> list[_Cand]:
    """"昨天(4月19日)", "今日(一月一日)", "今天(7月31日)至8月11日": a day word with the date it stands for in brackets after it:
    the bracketed date names the day (a page reposted a day or two later keeps the word, and the date says which day)."""
    out: list[_Cand] = []
    for i, c in enumerate(chosen):
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        if c.rel is not None and c.m is None and c.d is None and c.weekday is None and nxt is not None \
                and nxt.d is not None and ZH_GLOSS_OPEN.fullmatch(t, c.end, nxt.start):
            continue
        out.append(c)
    return out


def _hijri_beside_gregorian(chosen: list[_Cand], t: str) -> list[_Cand]:
    """A dateline giving both calendars ("الجمعة 22 نوفمبر 2024 ... 20 جمادى أول 1446هـ"): the Lunar date converted by
    arithmetic may be a day or two off the one the month's sighting gave; the Gregorian (or Persian Solar) date written
    beside it, within two days, names the day."""
    def full(c: _Cand) -> dt.date | None:
        if c.y is None or c.m is None or c.d is None or c.d2 is not None or c.m2 is not None:
            return None
        try:
            if c.solar:  # fa "15 شعبان 1447 ... مصادف با ... 15 بهمن 1404": a Solar date names the day as well
                return dt.date(*_solar_to_greg(c.y, c.m, c.d)) if 1200 <= c.y < 1500 and c.rel is None else None
            return dt.date(c.y, c.m, c.d)
        except (ValueError, TypeError):
            return None
    for i, c in enumerate(chosen):
        mine = full(c) if c.lunar else None
        if mine is None:
            continue
        for o in chosen[max(0, i - 2):i + 3]:
            other = full(o) if o is not c and not o.lunar else None
            near = o.end <= c.start and c.start - o.end <= 40 or c.end <= o.start and o.start - c.end <= 40
            gap = t[min(o.end, c.end):max(o.start, c.start)]
            if other is not None and near and "\n" not in gap and 0 < abs((other - mine).days) <= 2:
                c.y, c.m, c.d = other.year, other.month, other.day
                break
    return chosen


# "下周日(5日)至下周六(11日)", "下周日(15日)至二(17日)": two days whose weekday labels were dropped, joined by
# 至 (or 至於/至于, "8日至於16日"), are one range
CJK_RANGE_GAP = re.compile(r"(?:夜间|夜間|上午|下午|晚上|晚间|晚|早上|早晨|凌晨|白天|中午|傍晚)?[)）]?\s*(?:[(（][初十廿卅一二三四五六七八九正腊臘除夕]{1,4}[)）]\s*)?(?:起\s*)?(?:至[於于]?|到|-|–|—|~|～)\s*(?:(?:下|上|本)?(?:周|週|星期|礼拜)[一二三四五六日天]?|[一二三四五六日天](?=[(（]))?\s*[(（]?")


def _join_ranges(chosen: list[_Cand], t: str) -> list[_Cand]:
    out: list[_Cand] = []
    for c in chosen:
        prev = out[-1] if out else None
        if prev is not None and prev.d2 is None and c.d is not None and prev.d is not None \
                and (prev.day_only == c.day_only or c.day_only and prev.m is not None and prev.m2 is None and c.d > prev.d) \
                and prev.weekday is None and c.weekday is None \
                and not prev.lunar and not c.lunar and prev.solar == c.solar \
                and CJK_RANGE_GAP.fullmatch(t, prev.end, c.start) and (c.day_only or (c.m or 0) >= (prev.m or 0)):
            prev.end, prev.d2 = c.end, c.d
            if c.m is not None:
                prev.m2, prev.y2 = c.m, c.y
            continue
        if prev is not None and prev.d is None and c.d is None and prev.m is not None and c.m is not None \
                and prev.m2 is None and c.y is None and c.m > prev.m and not prev.year_only \
                and CJK_RANGE_GAP.fullmatch(t, prev.end, c.start):
            prev.end, prev.m2 = c.end, c.m  # "今年3月至5月": a range of months in that year
            continue
        if prev is not None and prev.d is None and c.d is None and prev.m is not None and c.m is not None \
                and prev.y is not None and c.y is not None and prev.m2 is None and c.m2 is None \
                and not prev.year_only and not c.year_only and (c.y, c.m) > (prev.y, prev.m) \
                and MONTH_RANGE_GAP.fullmatch(t, prev.end, c.start):
            prev.end, prev.m2, prev.y2 = c.end, c.m, c.y  # "ต.ค.63- มี.ค.64": October 2020 to March 2021
            continue
        out.append(c)
    return out


MONTH_RANGE_GAP = re.compile(r"\s*[-–—]\s*")


YEAR_PERIOD_GAP = re.compile(r"[\s,،\u200c]*(?:من|of|de|năm|в|из)?[\s,،]*", re.IGNORECASE)


# vi "thứ Hai của tuần trước" (Monday of last week): của is "of"
WEEKDAY_WEEK_GAP = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?\s*[,،]?\s*(?:of\s+|من\s+|của\s+)?", re.IGNORECASE)
WEEK_MODES = {-2: "prev2_week", -1: "prev_week", 0: "this_week", 1: "next_week", 2: "next2_week"}
WEEK_WEEKDAY_GAP = re.compile(r"[\s\u200c]*[,،]?[\s\u200c]*(?:on\s+|يوم\s+|的\s*)?", re.IGNORECASE)  # zh "下周的周五"


def _weekday_weeks(chosen: list[_Cand], t: str) -> list[_Cand]:
    """"On Monday night, last week", "Tuesday of next week", "الاثنين من الأسبوع الماضي": a weekday with the week it
    falls in right after it is that weekday of that week."""
    out: list[_Cand] = []
    for c in chosen:
        prev = out[-1] if out else None
        week = c.period[1] if c.period is not None and c.period[0] == "week" else c.wcount  # "Friday in two weeks" too
        if week in WEEK_MODES and prev is not None \
                and prev.weekday is not None and prev.period is None and prev.wspan is None and prev.rel is None \
                and WEEKDAY_WEEK_GAP.fullmatch(t, prev.end, c.start):
            prev.wmode, prev.end = WEEK_MODES[week], c.end
            continue
        if c.weekday is not None and c.wmode == "tense" and c.wspan is None and prev is not None \
                and prev.period is not None and prev.period[0] == "week" and prev.period[1] in WEEK_MODES \
                and WEEK_WEEKDAY_GAP.fullmatch(t, prev.end, c.start):
            # "next week Sunday", "هذا الأسبوع الجمعة": the week named first, then its weekday
            c.wmode, c.start = WEEK_MODES[prev.period[1]], prev.start
            out[-1] = c
            continue
        out.append(c)
    return out


def _year_periods(chosen: list[_Cand], t: str) -> list[_Cand]:
    """"1-2 декабря нынешнего года", "مايو من العام الماضي", "March last year": a year period right
    after a day or month with no year is that date's year."""
    out: list[_Cand] = []
    for c in chosen:
        prev = out[-1] if out else None
        if c.period is not None and c.period[0] in ("year", "gyear") and prev is not None and prev.y is None \
                and prev.m is not None and prev.rel is None and prev.year_shift is None \
                and prev.direction is None and YEAR_PERIOD_GAP.fullmatch(t, prev.end, c.start):
            prev.year_shift, prev.end = c.period[1], c.end
            continue
        if c.moff is not None and not c.solar and prev is not None and prev.year_only and prev.year_shift is not None \
                and prev.m is None and not t[prev.end:c.start].strip():
            # zh "去年本月十日", "明年下月5日": a day of the month named from publication's, in the year named before it
            c.moff, c.start = c.moff + 12 * prev.year_shift, prev.start
            out[-1] = c
            continue
        out.append(c)
    return out


WEEKDAY_GAP = re.compile(r"\s*(?:г\.?(?![^\W\d_]))?"  # ru "21 сентября 2021 г., вторник": the year's "г." before it
                         r"[\s,،()（）:.\-–—]*(?:ที่|الموافق|مصادف[\s\u200c]+با|ngày|,)?[\s,،()（）:.\-–—]*")  # fa "مصادف با": "falling on"


def _drop_named_weekdays(chosen: list[_Cand], t: str) -> list[_Cand]:
    """A weekday right next to a day it names ("أمس الأربعاء", "Thursday, March 5", "15/11 (thứ Hai)",
    "星期五(7月11日)") is that day's label, not a second date: the day wins."""
    def day_level(c: _Cand) -> bool:
        return c.weekday is None and c.wcount is None and (c.rel is not None or c.d is not None or c.hijri is not None)

    out = []
    for i, c in enumerate(chosen):
        if c.weekday is not None:
            before = chosen[i - 1] if i else None
            after = chosen[i + 1] if i + 1 < len(chosen) else None
            # a weekday with its own direction word ("يوم الثلاثاء القادم الموافق 4 تموز") is part of the date's text
            spans = c.wmode != "tense"
            if after is not None and day_level(after) and _gap(t, c.end, after.start):
                after.label = c.weekday
                # "والخميس غرة شهر رمضان": a day written in words after its weekday takes the weekday into its text
                wordy = not any(ch.isdigit() for ch in t[after.start:after.end])
                after.start = min(after.start, c.start) if spans or wordy else after.start
                continue
            if before is not None and day_level(before) and _gap(t, before.end, c.start):
                before.label = c.weekday
                before.end = max(before.end, c.end) if spans else before.end
                continue
        out.append(c)
    return out


# weekdays joined into a run: "يومي السبت والأحد", "Monday and Tuesday", "thứ Hai và thứ Ba" (and), "พฤหัสบดี-ศุกร์-เสาร์นี้",
# "周四至周六" (to)
RUN_AND = re.compile(r"[\s\u200c]*(?:و|and|&|và|และ|,|،|、|和|及|與|与)[\s\u200c]*", re.IGNORECASE)
RUN_TO = re.compile(r"[\s\u200c]*(?:-|–|—|~|～|to|through|until|(?:و\s*)?(?:إلى|الى|الی|حتى|حتی|لغاية|لغایه)|تا|ถึง|đến|至[於于]?|到)[\s\u200c]*",
                    re.IGNORECASE)  # "يوم الأحد وحتى الخميس": "and until" is "to"


# a weekday (or run of them) said of every week is no date: "الجمعة والسبت من كل أسبوع", "thứ Hai hàng tuần"
RECURRING_AFTER = re.compile(r"[\s\u200c,،]*(?:من\s+[كک]ل\s+اسبوع|(?:في\s+)?[كک]ل\s+اسبوع|اسبوعيا|هر\s+هفته|hàng\s+tuần|mỗi\s+tuần|"
                             r"every\s+week|each\s+week|a\s+week|weekly|每周|每週|ทุกสัปดาห์)(?![^\W\d_])", re.IGNORECASE)


# a part of the day written before a weekday ("مساء الأحد", "ليل الأحد", "Sunday night" is not handled here)
PART_OF_DAY = r"(?:منتصف\s+)?(?:ليل|ليله|لیل|لیله|مساء|فجر|صباح|evening|night|overnight)"
PART_OF_DAY_BEFORE = re.compile(PART_OF_DAY + r"(?![^\W\d_])", re.IGNORECASE)
PART_OF_DAY_END = re.compile(PART_OF_DAY + r"[\s\u200c]*[(（]?[\s\u200c]*$", re.IGNORECASE)
# "ليل الأحد الاثنين", "ليل (الثلاثاء- الاربعاء)", "ليلة السبت/الأحد": a night named by the two days it joins
NIGHT_GAP = re.compile(r"[\s\u200c()\-–—/]*")


def _overnight(run: list[_Cand], gap_ok: bool, t: str) -> bool:
    """Two consecutive weekdays, the first with a part of the day, joined by "to" ("مساء الأحد وحتى صباح الاثنين") or
    named as one night ("ليل الأحد الاثنين"): one overnight span, dated by the day it starts on."""
    return len(run) == 2 and gap_ok and (run[1].weekday - run[0].weekday) % 7 == 1 \
        and (PART_OF_DAY_BEFORE.match(t, run[0].start) is not None
             or PART_OF_DAY_END.search(t, max(0, run[0].start - 16), run[0].start) is not None)  # type: ignore[operator]


def _weekday_runs(chosen: list[_Cand], t: str) -> list[_Cand]:
    """Weekdays written one after another are read together, against one of them: the one with its own direction
    word ("الاثنين والثلاثاء الماضيين", "พฤหัสบดี-ศุกร์-เสาร์นี้": the last), else the first; each later weekday is the
    next such day after the one before ("يومي السبت والأحد" published on a Saturday: that Saturday and the next day,
    not the Sunday before). A run joined by "to" or a dash, or of consecutive days joined by "and", is one range of
    days; other runs ("الاثنين والخميس") stay separate days, placed the same way."""
    out: list[_Cand] = []
    i = 0
    while i < len(chosen):
        run, kinds = [chosen[i]], []
        nxt0 = chosen[i + 1] if i + 1 < len(chosen) else None
        if chosen[i].weekday is not None and nxt0 is not None and nxt0.weekday is not None \
                and not chosen[i].wspan and not nxt0.wspan \
                and _overnight([chosen[i], nxt0], bool(NIGHT_GAP.fullmatch(t, chosen[i].end, nxt0.start)
                                                      or RUN_TO.fullmatch(t, chosen[i].end, nxt0.start)), t):
            chosen[i].end = nxt0.end if NIGHT_GAP.fullmatch(t, chosen[i].end, nxt0.start) else chosen[i].end
            out.append(chosen[i])
            i += 2
            continue
        while chosen[i].weekday is not None and i + len(run) < len(chosen):
            nxt = chosen[i + len(run)]
            gap = (RUN_TO if RUN_TO.fullmatch(t, run[-1].end, nxt.start) else
                   RUN_AND if RUN_AND.fullmatch(t, run[-1].end, nxt.start) else None)
            if nxt.weekday is None or gap is None or run[-1].wspan or nxt.wspan \
                    or not 1 <= (nxt.weekday - run[-1].weekday) % 7 <= 6:
                break
            run.append(nxt)
            kinds.append(gap is RUN_TO)
        if run[0].weekday is not None and RECURRING_AFTER.match(t, run[-1].end):
            i += len(run)
            continue
        if len(run) == 1:
            out.append(run[0])
            i += 1
            continue
        pos = [0]
        for a, b in itertools.pairwise(run):
            pos.append(pos[-1] + (b.weekday - a.weekday) % 7)  # type: ignore[operator]
        if pos[-1] > 6:
            out.append(run[0])
            i += 1
            continue
        directed = [k for k, c in enumerate(run) if c.wmode != "tense"]
        anchor = directed[-1] if directed else 0
        a = run[anchor]
        if all(kinds) or all(q - p == 1 for p, q in itertools.pairwise(pos)):
            out.append(_Cand(run[0].start, run[-1].end, weekday=a.weekday, wmode=a.wmode,
                             wspan=(pos[0] - pos[anchor], pos[-1] - pos[anchor])))
        else:
            for k, c in enumerate(run):
                c.weekday, c.wmode, c.wspan = a.weekday, a.wmode, (pos[k] - pos[anchor], pos[k] - pos[anchor])
                out.append(c)
        i += len(run)
    return out


def _gap(t: str, a: int, b: int) -> bool:
    return 0 <= b - a <= 14 and WEEKDAY_GAP.fullmatch(t, a, b) is not None


SENTENCE_END = re.compile(r"[.!?؟。！？\n](?=\s|$)|[。！？\n]")
TH_SENTENCE_END = re.compile(r"[!?\n]")
# How far the sentence around a date may reach when no ``Document.sentences`` are given: a news lead with a quote
# runs to 300 characters and more ("Chiều 3/1, ... cho biết: \"... Tết Nguyên đán Đinh Dậu 2017\"."; issue 11, dates6).
SENTENCE_REACH = 400
CLAUSE_BREAK = re.compile(r"[,，;；、،]")  # between a date and a year of its sentence: the year is of another clause


def _sentence_of(c: _Cand, sentences: tuple[Sentence, ...], text: str, reach: int = 200, lang: str = "") -> tuple[int, int]:
    """The sentence holding a candidate: from ``Document.sentences``, else cut at sentence punctuation
    within ``reach`` characters (the tense of a sentence is read within 200, its year within ``SENTENCE_REACH``); Thai
    ends no sentence with a full stop, which marks its abbreviations ("บริษัท ปตท. จำกัด", "9 ส.ค. ที่ผ่านมา")."""
    sent = next((s for s in sentences if s.start <= c.start < s.end), None)
    if sent is not None:
        return sent.start, sent.end
    lo, hi = max(0, c.start - reach), min(len(text), c.end + reach)
    end = TH_SENTENCE_END if lang == "th" else SENTENCE_END
    before = [m.end() for m in end.finditer(text, lo, c.start)]
    after = end.search(text, c.end, hi)
    return (before[-1] if before else lo), (after.end() if after else hi)


def _sentence_years(chosen: list[_Cand], sentences: tuple[Sentence, ...], text: str,
                    lang: str = "") -> Iterator[int | None]:
    """For each candidate, the year stated explicitly nearest to it in the same sentence, less a year the sentence
    compares with or counts from, or a birth year (``reference_year_before_re`` / ``reference_year_after_re`` of
    data/dates.json: zh "恢复至2019年的83.1%", "自2020年第三季以来", vi "sinh năm 1972", zh "1972年出生"): the date is not of
    that year."""
    ref = lexicon(lang).get("reference_year_before_re") if lang else None
    ref_re = re.compile(rf"(?:{ref})\s*$", re.IGNORECASE) if ref else None
    ref_after = lexicon(lang).get("reference_year_after_re") if lang else None
    ref_after_re = re.compile(ref_after, re.IGNORECASE) if ref_after else None

    def reference(o: _Cand) -> bool:  # a year compared with, counted from, or a birth year ("sinh năm 1972", "1972年出生")
        return (ref_re is not None and ref_re.search(text, max(0, o.start - 20), o.start) is not None) \
            or (ref_after_re is not None and ref_after_re.match(text, o.end) is not None)
    then = _then_year(lang)
    before_year = bool(lexicon(lang).get("year_from_sentence_before")) if lang else False
    for c in chosen:
        lo, hi = _sentence_of(c, sentences, text, SENTENCE_REACH, lang)
        if then is not None and then.match(text, lo) \
                and not any(o is not c and o.y is not None and not o.solar and lo <= o.start < hi for o in chosen):
            # "В 2016 году он уже уходил в отпуск. Тогда отпуск длился с 20 февраля по 8 марта": a sentence that opens
            # with "then" and states no year takes the last year of the sentence before it
            p = lo - 1
            while p > 0 and text[p].isspace():
                p -= 1
            plo, _phi = _sentence_of(_Cand(p, p + 1), sentences, text, SENTENCE_REACH)
            prev = [o for o in chosen if o.y is not None and not o.solar and plo <= o.start < lo]
            if prev:
                last = max(prev, key=lambda o: o.start)
                yield last.y2 if last.y2 is not None else last.y
                continue
        best, gap = None, None
        for o in chosen:
            if o is c or o.y is None or o.solar or not lo <= o.start < hi:
                continue
            if reference(o):
                continue
            # a range "1930年2月3日-2026年2月3日" offers its end year at its end; a year past a clause break ("2012年春节落在
            # 1月23日,而...2004年春节则落在1月22日") yields to one in the date's own clause
            for year, pos in ((o.y, o.start), (o.y2, o.end)):
                a, b = (pos, c.start) if pos < c.start else (c.end, pos)
                g = (CLAUSE_BREAK.search(text, a, b) is not None, min(abs(pos - c.start), abs(pos - c.end)))
                if year is not None and (gap is None or g < gap):
                    best, gap = year, g
        if best is None and before_year and c.y is None and c.m is not None and not c.solar and lo > 0:
            # zh "2016年3月3日,福州警方发布...。通告称,2月14日情人节,...": a day of a sentence that names no year takes the
            # last year the sentence before it states (``year_from_sentence_before`` of data/dates.json; issue 11, dates11)
            p = lo - 1
            while p > 0 and text[p].isspace():
                p -= 1
            plo, _phi = _sentence_of(_Cand(p, p + 1), sentences, text, SENTENCE_REACH)
            prev = [o for o in chosen if o.y is not None and not o.solar and plo <= o.start < lo and not reference(o)]
            if prev:
                last = max(prev, key=lambda o: o.start)
                first = min(prev, key=lambda o: o.start)
                # "2008年,李微敖還是...。5月12日,李微敖...": a sentence opening with its year sets the time of the story, and
                # a day opening the next sentence is of that year even against publication's
                c.prev_year = not text[plo:first.start].strip() and not text[lo:c.start].strip()
                best = last.y2 if last.y2 is not None else last.y
        yield best


@lru_cache(maxsize=32)
def _then_year(lang: str) -> re.Pattern[str] | None:
    """``then_re`` of ``lang`` (data/dates.json): a word opening a sentence that refers back to the time the sentence
    before named ('Тогда', 'At the time', '当时', 'Khi đó')."""
    pat = lexicon(lang).get("then_re") if lang else None
    return re.compile(rf"\s*(?:{pat})(?![^\W\d_])", re.IGNORECASE) if pat else None


@lru_cache(maxsize=32)
def _recurring_after(lang: str) -> re.Pattern[str] | None:
    """``recurring_after_re`` of ``lang`` (data/dates.json): what right after a date with no year makes it a day that
    comes back every year or month, or a lunar day ('15/8 âm lịch', 'เดือนกุมภาพันธ์ของทุกปี', 'Tuesday of each month')."""
    pat = lexicon(lang).get("recurring_after_re")
    return re.compile(pat, re.IGNORECASE) if pat else None


def _recurring_before(lang: str) -> re.Pattern[str] | None:
    """``recurring_before_re`` of ``lang`` (data/dates.json): what right before a date with no year makes it a day that
    comes back every year or month ('每年3月15日', '每月15日'): no one day, as with ``recurring_after_re``."""
    pat = lexicon(lang).get("recurring_before_re")
    return re.compile(pat, re.IGNORECASE) if pat else None


def _same_day(lang: str) -> re.Pattern[str] | None:
    """``same_day_re`` of ``lang`` (data/dates.json): "the same day" ('Cùng ngày', '同日', 'في اليوم نفسه')."""
    pat = lexicon(lang).get("same_day_re")
    return re.compile(pat, re.IGNORECASE) if pat else None


SAME_DAY_REACH = 1500  # characters back to the day a "same day" takes: further off, the article has moved on


# two days written in full, joined by "to" ("วันที่ 30 ธันวาคม 2568 – 4 มกราคม 2569", "từ ngày 11/7 đến hết 31/7/2022",
# "29 tháng Chạp năm Quý Mão đến hết mùng 5 tháng Giêng năm Giáp Thìn"); a weekday or day word of the second day may
# stand between the word "to" and its number ("- วันอังคารที่ 2 ม.ค.2561", "đến hết mùng 5")
DAY_RANGE_GAP = re.compile(r"[\s\u200c]*(?:[-–—~～]|đến(?:\s+hết)?|tới|ถึง|to|until|through|till|до|по|(?:و\s*)?(?:إلى|الى|الی|حتى|حتی|لغاية|لغايت|لغایت|لغایه)|تا|至[於于]?|到)"
                           r"(?:[\s\u200c]*[^\W\d_][^\d.,;:!?،؛。，；！？()（）]{0,18})?[\s\u200c]*$", re.IGNORECASE)
FULL_DAY = re.compile(r"(?:\d{4}|--)-\d\d-\d\d")
DAY_RANGE_MAX = 366


# ar "من 10 إلى 12 الشهر الجاري", "من العاشر إلى العشرين من شهر شوال": a first day written with no month before "to"
# and a day with its month (folded text)
AR_DAY_RUN_BEFORE = re.compile(rf"(?<![\u0600-\u06ff\d])من\s+(?P<first>(?P<n>\d{{1,2}})(?!\d)|{AR_ORDINAL_RE})\s*"
                               r"(?:الی|حتی|وحتی|ولغایه|لغایه|-|–)\s*$")


AR_LEADING_DAY = re.compile(rf"(?P<n>\d{{1,2}})(?!\d)|{AR_ORDINAL_RE}")


def _ar_day_runs(text: str, lang: str, out: list[DateRef]) -> list[DateRef]:
    """ar "من العاشر إلى العشرين من الشهر الجاري": the day found is the run's last; the first, a day number or ordinal
    word of the same month before "to", is its start."""
    if lang != "ar":
        return out
    folded = fold(text)
    runs: list[DateRef] = []
    for r in out:
        m = AR_DAY_RUN_BEFORE.search(folded, max(0, r.start - 48), r.start) \
            if r.end_value is None and FULL_DAY.fullmatch(r.value) and not r.value.startswith("--") else None
        first = (int(m["n"]) if m["n"] else arabic_ordinal(m)) if m is not None else None
        # the last day as written (its own calendar's number: "العشرين من شهر شوال" is the 20th of Shawwal)
        lm = AR_LEADING_DAY.match(folded, r.start) if first is not None else None
        last = (int(lm["n"]) if lm["n"] else arabic_ordinal(lm)) if lm is not None else None
        if m is None or first is None or last is None or not 1 <= first < last <= 31 \
                or any(o is not r and o.start < r.start and o.end > m.start() for o in out):
            runs.append(r)
            continue
        s = m.start("first")
        value = (dt.date.fromisoformat(r.value) - dt.timedelta(days=last - first)).isoformat()
        runs.append(DateRef(start=s, end=r.end, text=text[s:r.end], value=value,
                            end_value=r.value, resolution=r.resolution, calendar=r.calendar, year_inferred=r.year_inferred))
    return runs


def _join_days(text: str, out: list[DateRef]) -> list[DateRef]:
    """A day and a later day, both written with their numbers ("tonight to Friday" is no range of days written out),
    joined by a word for "to" are one range: the first's value, the second's as its end.
    A first day without its year ("11/7 đến hết 31/7/2022") takes the second's (the year before when it falls later)."""
    joined: list[DateRef] = []
    for r in out:
        prev = joined[-1] if joined else None
        if prev is not None and prev.end_value is None and r.end_value is None and prev.end <= r.start \
                and FULL_DAY.fullmatch(prev.value) and FULL_DAY.fullmatch(r.value) and not r.value.startswith("--") \
                and any(ch.isdigit() for ch in prev.text) and any(ch.isdigit() for ch in r.text) \
                and DAY_RANGE_GAP.match(text, prev.end, r.start) is not None \
                and DAY_RANGE_GAP.match(text, prev.end, r.start).end() == r.start:
            first = prev.value
            if first.startswith("--"):
                y = int(r.value[:4])
                first = f"{y - (first[2:] > r.value[5:]):04d}{first[1:]}"
            try:
                gap = (dt.date.fromisoformat(r.value) - dt.date.fromisoformat(first)).days
            except ValueError:
                gap = -1
            if 0 < gap <= DAY_RANGE_MAX:
                joined[-1] = DateRef(start=prev.start, end=r.end, text=text[prev.start:r.end], value=first,
                                     end_value=r.value, resolution=prev.resolution, calendar=prev.calendar,
                                     year_inferred=prev.year_inferred or prev.value.startswith("--"))
                continue
        joined.append(r)
    return joined


SAME_DAY_AFTER_TIME = re.compile(r"(?:(?<![\d:])(?:[01]?\d|2[0-3])\s*(?:h|giờ|時|时|点|點)(?:\s*\d\d)?\s*|"
                                 r"(?<!\d)(?:[01]?\d|2[0-3])[:.][0-5]\d\s*)$")


def _same_days(text: str, lang: str, out: list[DateRef], pub: dt.date | None = None) -> list[DateRef]:
    """"Cùng ngày, ..." ("the same day") is the day of the dated expression before it in the document: the nearest
    full day (no range) found before it, within ``SAME_DAY_REACH`` characters. With none before it, a "same day" right
    after a clock time ("Đến 14h cùng ngày": at 14:00 the same day) is the day the news is of, read as publication's;
    else no date (none is invented: a "Cùng ngày, ..." opening an excerpt may be the day before publication)."""
    pat = _same_day(lang)
    if pat is None:
        return out
    days = [r for r in out if len(r.value) == 10 and r.value[4] == "-" and r.end_value is None]
    added: list[DateRef] = []
    for m in pat.finditer(text):
        if any(r.start < m.end() and m.start() < r.end for r in out):
            continue
        before = [r for r in days if r.end <= m.start() and m.start() - r.end <= SAME_DAY_REACH]
        if before:
            prev = max(before, key=lambda r: r.end)
            added.append(DateRef(start=m.start(), end=m.end(), text=m.group(), value=prev.value, end_value=None,
                                 resolution=RELATIVE, calendar=prev.calendar, year_inferred=True))
        elif pub is not None and not any(r.end <= m.start() for r in out) \
                and SAME_DAY_AFTER_TIME.search(text, max(0, m.start() - 12), m.start()):
            added.append(DateRef(start=m.start(), end=m.end(), text=m.group(), value=pub.isoformat(), end_value=None,
                                 resolution=RELATIVE, year_inferred=True))
    return sorted(out + added, key=lambda r: (r.start, r.end)) if added else out


# a lunar day ("10/3 âm lịch") in a sentence that names its year ("Năm 2016 này, ngày giỗ tổ Hùng Vương (10/3 âm lịch)")
# is that year's day, unless the text says it comes back every year
VI_LUNAR_AFTER = re.compile(r"\s*\)?\s*âm\s+lịch", re.IGNORECASE)
VI_EVERY_YEAR = re.compile(r"hàng\s+năm|hằng\s+năm|mỗi\s+năm|năm\s+nào", re.IGNORECASE)


# zh "2月10日(初一)至17日(初八)": the lunar day written in brackets after a Gregorian day
ZH_LUNAR_DAY = re.compile(r"[日号號]\s*[(（]\s*(?:(?:正|[一二三四五六七八九十冬腊臘]|十[一二])月)?"
                          r"(?P<ld>初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)[)）]")
ZH_LUNAR_DAYS = {f"初{w}": i for i, w in enumerate("一二三四五六七八九十", 1)} | \
    {f"十{w}": 10 + i for i, w in enumerate("一二三四五六七八九", 1)} | {"二十": 20, "三十": 30} | \
    {f"{p}{w}": 20 + i for p in ("二十", "廿") for i, w in enumerate("一二三四五六七八九", 1)}
# vi "ngày 15/2 (tức mùng 6 tháng Giêng năm Giáp Thìn)": a Gregorian day with its lunar equivalent beside it
VI_EQUIV_GAP = re.compile(r"\s*[(（]?\s*(?:tức(?:\s+là)?|nhằm|nhằm\s+ngày|tức\s+ngày)?\s*(?:ngày\s+)?(?:mùng|mồng)?\s*",
                          re.IGNORECASE)


def _lunar_equivalents(chosen: list[_Cand], text: str, lang: str, pub: dt.date | None) -> None:
    """A Gregorian day with no year and its lunar equivalent beside it take the year in which the two fall together:
    zh "春节将在2月10日(初一)至17日(初八)放假" (of the years next to publication, the one whose 10 February is a new moon),
    vi "ngày 15/2 (tức mùng 6 tháng Giêng năm Giáp Thìn)" (of the years named Giáp Thìn, the one whose lunar 6/1 is
    15 February: 2024, with or without a publication date)."""
    if lang == "zh" and pub is not None:
        for c in chosen:
            if c.y is not None or c.m is None or c.d is None or c.day_only or c.solar:
                continue
            lm = ZH_LUNAR_DAY.search(text, c.start, min(len(text), c.end + 12))
            if lm is None or lm.start() > c.start + 8:
                continue
            ld = ZH_LUNAR_DAYS.get(lm["ld"])
            fits = [y for y in (pub.year - 1, pub.year, pub.year + 1)
                    if _valid(y, c.m, c.d) and lunar_day(dt.date(y, c.m, c.d)) == ld]
            if len(fits) == 1:
                c.y = fits[0]
                if c.d2 is not None and c.y2 is None and c.m2 is None:
                    c.y2 = c.y
    if lang == "vi":
        for c in chosen:
            if c.sexa is None:
                continue
            for o in chosen:
                if o is c or o.y is not None or o.m is None or o.d is None or o.d2 is not None or o.sexa is not None:
                    continue
                if not (o.end <= c.start and VI_EQUIV_GAP.fullmatch(text, o.end, c.start)):
                    continue
                base = sexagenary_years(c.sexa[0], c.sexa[1], 2000)
                if base is None:
                    break
                for y in range(base - 120, base + 121, 60):
                    solar = lunar_to_solar(c.sexa[3], c.sexa[2], y)
                    if solar is not None and (solar.month, solar.day) == (o.m, o.d):
                        c.y, c.m, c.d, c.sexa, c.cal = solar.year, solar.month, solar.day, None, CHINESE
                        o.y = solar.year
                        break
                break


AR_MONTH_NUMBER_LAST = re.compile(r"شهر\s+[\d٠-٩]{1,2}$")  # a candidate that ends on "شهر 9" (the month by its number)
# a word, a percent sign or a decimal part right after "شهر 5": a count or a share ("بعد شهر 3 أيام",
# "ارتفع خلال شهر 5%", "شهر 2.5%"), no month
AR_WORD_NEXT = re.compile(r"[ \t]*(?:[\u0621-\u064a%٪‰]|[.,٫][\d٠-٩])")


_FIGURES = re.compile(r"\d+")


def _calendar(c: _Cand, lang: str, text: str, alone: bool = False) -> str:
    """The calendar a candidate was written in (``DateRef.calendar``), read before resolution changes it: a Solar
    Hijri month or day (and, in Persian running text, "ماه گذشته", "سال آینده", a season: Solar periods), a Lunar
    Hijri one, a Chinese or Vietnamese lunar day or a year named by stem and branch, a Thai year of the Buddhist
    era or a Minguo year (the written figure is the converted year plus 543, or less 1911); else Gregorian."""
    if c.cal is not None:
        return c.cal
    if c.solar or c.season is not None:
        return SOLAR_HIJRI
    if lang == "fa" and c.period is not None and c.period[0] in ("month", "year") and not alone:
        return SOLAR_HIJRI  # reldates.period_range: a Persian month or year counted from publication is Solar
    if c.lunar or c.hijri is not None or c.hmonth is not None:
        return LUNAR_HIJRI
    if c.sexa is not None or c.lmd is not None or c.syear is not None:
        return CHINESE
    if c.y is not None and lang in ("th", "zh"):
        written = {int(f) for f in _FIGURES.findall(fold(text[c.start:c.end]))}
        if c.y in written:
            return GREGORIAN
        if lang == "th" and (c.y + 543 in written or (c.y + 543) % 100 in written):
            return BUDDHIST
        if lang == "zh" and c.y - 1911 in written:
            return MINGUO
    return GREGORIAN


def _year_written(c: _Cand) -> bool:
    """Whether a candidate writes its year, in figures or as a year word ("last year", "今年", "năm Nhâm Thìn"), before
    resolution fills one in."""
    return c.y is not None or c.yy is not None or c.year_shift is not None or c.lshift is not None \
        or c.sexa is not None or c.syear is not None or (c.period is not None and c.period[0] in ("year", "gyear")) \
        or (c.season is not None and c.season[1] == "year")


# The languages bilat reads. A text of no language (figures only, so the lang stage gives None: "1397/2/15",
# "09/06/2015", "10.08.2012") is read as most of them read it: day before month as six of the seven write it, a
# Solar Hijri year where only Persian finds a date at all.
ANY_LANG_ORDER = ("en", "ru", "ar", "fa", "vi", "th", "zh")


def _find_dates_any_language(text: str, published: str | None,
                             sentences: tuple[Sentence, ...]) -> tuple[DateRef, ...]:
    """The dates of a text of unknown language: the reading the most supported languages agree on (ties: the reading
    nearer the publication year, "1397/2/15" Solar Hijri 2018 rather than lunar Hijri 1977; then the first in
    ANY_LANG_ORDER), none when no language finds one."""
    readings: dict[tuple[tuple[int, int, str, str | None], ...], tuple[DateRef, ...]] = {}
    votes: Counter[tuple[tuple[int, int, str, str | None], ...]] = Counter()
    for lang in ANY_LANG_ORDER:
        found = _find_dates_in(text, lang, published, sentences)
        if found:
            key = tuple((d.start, d.end, d.value, d.end_value) for d in found)
            readings.setdefault(key, found)
            votes[key] += 1
    if not votes:
        return ()
    year = int(published[:4]) if published and published[:4].isdigit() else None

    def far(key: tuple[tuple[int, int, str, str | None], ...]) -> int:  # years from publication (a tie-break)
        return sum(abs(int(v[:4]) - year) for _, _, v, _ in key if v[:4].isdigit()) if year is not None else 0

    order = list(votes)  # first found first
    best = max(order, key=lambda k: (votes[k], -far(k), -order.index(k)))
    return readings[best]


def find_dates(text: str, lang: str | None, published: str | None = None,
               sentences: tuple[Sentence, ...] = ()) -> tuple[DateRef, ...]:
    """All dates in ``text`` (offsets into ``text``), resolved as far as the evidence allows. ``lang`` None: a text
    of no language (figures only), read as most supported languages read it. A short text labelled with a language
    bilat does not read (a guess: "16. Nov. 2016" de) in which it finds no date is read in the languages bilat reads
    in its script (``lang.short_text_alternatives``)."""
    if not lang:
        return _find_dates_any_language(text, published, sentences) if text.strip() else ()
    lang = lang.split("-")[0].lower()
    return read_with_alternatives(lambda x: _find_dates_in(text, x, published, sentences), text, lang)


def _find_dates_in(text: str, lang: str, published: str | None,
                   sentences: tuple[Sentence, ...]) -> tuple[DateRef, ...]:
    """``find_dates`` in one language."""
    pub = _published(published)
    chosen = _candidates(text, lang)
    out: list[DateRef] = []
    folded = fold(text) if lang in TENSE and pub is not None else ""
    recurring, recurring_before = _recurring_after(lang), _recurring_before(lang)
    every = lexicon(lang).get("recurring_sentence_re")
    every_year = re.compile(every, re.IGNORECASE) if every else None
    _lunar_equivalents(chosen, text, lang, pub)
    coming_at: int | None = None  # where the last weekday read as the coming one by its own verb ended (WEEKDAY_AND)
    for c, ctx in zip(chosen, _sentence_years(chosen, sentences, text, lang), strict=True):
        alone = _said_alone(text, c.start, c.end, lang)
        cal, wrote = _calendar(c, lang, text, alone), _year_written(c)
        if lang == "ar" and AR_MONTH_NUMBER_LAST.search(text, c.start, c.end) and AR_WORD_NEXT.match(text, c.end):
            continue  # "بعد شهر 3 أيام", "خلال شهر 5%": "a month" and a count or a share, no month
        if c.only_alone and not alone:
            continue  # "基本日常", "成本日益", "2020年3月…当月": in running text 本日 and 当月 are parts of words or "that month"
        if recurring is not None and c.y is None and recurring.match(text, c.end):
            lunar = VI_LUNAR_AFTER.match(text, c.end) if lang == "vi" else None
            solar = lunar_to_solar(c.d, c.m, ctx) if lunar and ctx is not None and c.d and c.m and c.d2 is None \
                and not VI_EVERY_YEAR.search(text) else None
            if solar is None:
                continue  # "วันที่ 26 กุมภาพันธ์ ของทุกปี", "16 đến 18 tháng 10 âm lịch": no one day
            c.y, c.m, c.d = solar.year, solar.month, solar.day  # "Năm 2016 này, ... (10/3 âm lịch)": that year's
            cal, wrote = CHINESE, False
        if lang == "en" and c.weekday is not None and EN_NAMED_WEEKDAY.search(text, max(0, c.start - 12), c.start):
            continue  # "Black Friday sales", "Super Tuesday", "Bloody Sunday": a day's name, not the weekday just gone
        if lang == "ru" and c.y is None and RU_HOLIDAY.fullmatch(text, c.start, c.end) and c.start > 0 \
                and not re.search(r"[.!?]\s*$|^\s*$", text[max(0, c.start - 3):c.start]):
            continue  # "празднованию 8 Марта", "к 9 Мая": a holiday's name (capitalised month mid-sentence), no one day
        if recurring_before is not None and c.y is None and c.rel is None and c.period is None \
                and recurring_before.search(text, max(0, c.start - 16), c.start):
            continue  # "每年3月15日": every year's 15 March, no one day
        if every_year is not None and c.y is None and c.rel is None and c.period is None and c.m is not None \
                and c.sexa is None and c.lmd is None:
            lo, hi = _sentence_of(c, sentences, text)
            if every_year.search(text, lo, hi):
                continue  # "هرساله ... از اوایل فروردین ماه شروع": a sentence of what happens every year names no one day
        if c.sexa is not None:  # a lunar date of a named year: the year of that name nearest publication
            near = pub.year if pub is not None else ctx  # else the year the sentence names, or none to be had
            year = sexagenary_years(c.sexa[0], c.sexa[1], near) if near is not None else None
            solar = lunar_to_solar(c.sexa[3], c.sexa[2], year) if year is not None else None
            if solar is None:
                continue
            c.y, c.m, c.d, c.sexa = solar.year, solar.month, solar.day, None
            _lunar_run_end(c, solar, c.lspan)  # "mùng 1 đến mùng 5 Tết Giáp Thìn"
        if c.syear is not None:  # "năm Nhâm Thìn": the year of that name nearest publication (or the sentence's year)
            near = pub.year if pub is not None else ctx
            c.y = sexagenary_years(c.syear[0], c.syear[1], near) if near is not None else None
            if c.y is None:
                continue
            c.syear = None
        if c.lmd is not None:  # zh "农历八月十五": the lunar year whose day falls nearest publication
            if pub is None and ctx is None:
                continue
            if pub is None and c.lshift is not None:
                continue  # "今年九月初九" with no publication date: no year to read "this year" against
            if pub is not None and c.lshift is not None:  # "去年除夕": the eve that ends that lunar year
                solar = lunar_to_solar(c.lmd[1], c.lmd[0], pub.year + c.lshift + (c.lmd[3] < 0), c.lmd[2], tz=8.0)
                solar = solar + dt.timedelta(days=c.lmd[3]) if solar is not None else None
            elif pub is not None:
                options = [s + dt.timedelta(days=c.lmd[3]) for y in (pub.year - 1, pub.year, pub.year + 1)
                           if (s := lunar_to_solar(c.lmd[1], c.lmd[0], y, c.lmd[2], tz=7.0 if lang == "vi" else 8.0)) is not None]
                solar = min(options, key=lambda s: abs((s - pub).days), default=None)
                if alone and lang in ("zh", "vi") and len(options) == 3:  # "农历八月十五", "中秋节", "Tết Nguyên đán", "15 tháng 8
                    solar = options[1]  # âm lịch" said alone: of publication's lunar year, as JioNLP reads it (its dev row "大年初十"
                    # on 2021-06-14 is 2021-02-21)
            else:
                solar = lunar_to_solar(c.lmd[1], c.lmd[0], ctx + (c.lmd[3] < 0), c.lmd[2], tz=7.0 if lang == "vi" else 8.0)
                solar = solar + dt.timedelta(days=c.lmd[3]) if solar is not None else None
            if solar is None:
                continue
            c.y, c.m, c.d, c.lmd = solar.year, solar.month, solar.day, None
            _lunar_run_end(c, solar, c.lspan)  # "农历正月初一至十五"
        if c.sterm is not None:  # "今年冬至": the term in publication's year (plus lshift); alone, the coming one
            if pub is None:
                continue
            term = solar_term(pub.year + (c.lshift or 0), c.sterm)
            if term is not None and c.lshift is None and term < pub:
                term = solar_term(pub.year + 1, c.sterm)
            if term is None:
                continue
            c.y, c.m, c.d, c.sterm = term.year, term.month, term.day, None
        if c.yy is not None:
            near = pub.year if pub is not None else ctx  # with neither, no century to be had: the month (and day) alone
            if lang == "zh" and _traditional_script(text):
                # Taiwanese press writes a Minguo year in two digits with no 民國 ("99年12月25日" is 2010), Hong Kong
                # press a Gregorian one ("99年" is 1999): in traditional script the century is not to be had either
                near = None
            c.y, c.yy = (_two_digit_year(c.yy, near) if near is not None else None), None
        tense = 0
        if folded and c.y is None and (c.m is not None or c.weekday is not None or c.day_only) \
                and c.rel is None and c.direction is None:
            lo, hi = _sentence_of(c, sentences, text)
            if c.weekday is not None and lang in _REPORT_AFTER:  # "on Friday night and said that it is likely to ...":
                cut = _REPORT_AFTER[lang].search(folded, c.end, hi)  # the reported clause after it sets no tense of its own
                hi = cut.start() if cut is not None else hi
            tense = _tense(lang, folded[lo:hi])
            words = relative_words(lang) if c.weekday is not None else None
            if tense == 0 and c.weekday is None and c.d is None and c.m is not None and lang in _MONTH_PAST \
                    and _MONTH_PAST[lang].search(folded, lo, hi if lang == "fa" else c.start):  # Persian: verb-final
                tense = -1
            if c.weekday is not None and lang in _DECLARED and _DECLARED[lang].search(folded, c.end, hi):
                tense = 1  # "Вторник ... объявили днём траура": the day declared is to come
            elif c.weekday is not None and lang in _FUTURE_BEFORE \
                    and (ahead := _FUTURE_BEFORE[lang].search(folded, max(lo, c.start - 40), c.start)) is not None \
                    and not (lang in _FUTURE_AUX
                             and _FUTURE_AUX[lang].search(folded, max(lo, ahead.start() - 24), ahead.start())):
                tense = 1  # "asked if talks would resume on Wednesday": the weekday's own verb is a future in the past
                coming_at = c.end
            elif c.weekday is not None and coming_at is not None and lo <= coming_at <= c.start \
                    and lang in WEEKDAY_AND and WEEKDAY_AND[lang].search(folded, max(coming_at, c.start - 80), c.start):
                tense = 1  # "يلتقي الجمعة ... والسبت ...": a weekday joined to a coming one shares its verb
                coming_at = c.end
            elif words is not None and words.past_before is not None \
                    and words.past_before.search(folded, max(0, c.start - 24), c.start):
                tense = -1  # "he announced on Thursday plans to ...": the verb of the weekday is past
            elif c.weekday is not None and tense == 0 and lang in _UNMARKED:
                lo = max([lo] + [k + 1 for k in range(lo, c.start) if folded[k] == ":"])  # "وی افزود: ...": the quote
                if _UNMARKED[lang][0].search(folded, lo, hi):
                    tense = -1  # "این جمعه ... برگزار شد": a past verb makes "this Friday" the one gone by
                elif _UNMARKED[lang][1].search(folded, lo, hi):
                    tense = 1
        if c.by_date and pub is None:
            continue  # with no publication date a day word names no day; the written date beside it is the record
        try:
            res = _resolve(c, pub, ctx, tense, lang, alone)
        except OverflowError:
            continue  # "next Monday" read against 9999-12-31: past the calendar, no date
        if res is None:
            continue
        start = c.start
        if lang == "en" and res[1] is None and res[0][:1].isdigit() \
                and (shift := _en_anchored_to_date(text, c.start, res[0])) is not None:
            start, res = shift[0], (shift[1], *res[1:])
        out.append(DateRef(start=start, end=c.end, text=text[start:c.end], value=res[0],
                           end_value=res[1], resolution=res[2], calendar=cal,
                           year_inferred=not wrote and res[0][:1].isdigit()))
    return tuple(_same_days(text, lang, _ar_day_runs(text, lang, _join_days(text, out)), pub))


# ar a weekday joined by و to the one before it in its clause ("يلتقي الجمعة فريقان، والسبت فريقان")
WEEKDAY_AND = {"ar": re.compile(r"(?:^|[\s,،])و$")}


# en "3 days after January 12th", "two weeks before 5 May", "a day before March 3, 2021", "two months after May 5", "six
# months after March 2023", "two years after 2003": a count of days, weeks, months or years right before a written date,
# counted from it ("10 days from June 1" is left: as often a span; the anchored offsets of data/dates.json count from a
# day word only). Days and weeks need a written day; months a day or a month (the value keeps its precision); years any.
EN_ANCHORED_TO_DATE = re.compile(
    rf"(?<![\w.,-])(?P<n>\d{{1,3}}|an?|{_alt(_EN_CARD[v] for v in range(1, 31) if v in _EN_CARD)})\s+"
    r"(?P<u>days?|weeks?|months?|years?)\s+(?P<dir>after|before)\s+(?:the\s+)?$", re.IGNORECASE)

EN_SPAN_BEFORE_COUNT = re.compile(r"(?<![\w-])(?:the|in|for|within|over|during|past|last|next|first|final)\s+$", re.IGNORECASE)


def _en_anchored_to_date(text: str, start: int, value: str) -> tuple[int, str] | None:
    """Where an English count of days, weeks, months or years and after/before stands right before a written date at
    ``start`` whose value is ``value`` (ISO: a day, a month or a year): (where the phrase starts, the value counted);
    else None (also where the unit is finer than the date: "3 days after March 2023")."""
    m = EN_ANCHORED_TO_DATE.search(text, max(0, start - 48), start)
    if m is None or EN_SPAN_BEFORE_COUNT.search(text, max(0, m.start() - 12), m.start()):
        return None  # "in the two weeks before 5 May", "for 3 days after January 12th": a span ending or starting there
    raw = m["n"].lower()
    n = 1 if raw in ("a", "an") else int(raw) if raw.isdigit() else next((v for v, w in _EN_CARD.items() if w == raw), None)
    if not n:
        return None
    sign = -1 if m["dir"].lower() == "before" else 1
    unit = m["u"].lower().rstrip("s")
    try:
        if unit in ("day", "week"):
            if len(value) != 10:
                return None
            days = n * (7 if unit == "week" else 1)
            return m.start(), (dt.date.fromisoformat(value) + dt.timedelta(days=sign * days)).isoformat()
        if unit == "year" and len(value) == 4:
            y = int(value) + sign * n
            return (m.start(), f"{y:04d}") if 1 <= y <= 9999 else None
        if len(value) not in (7, 10):
            return None
        months = sign * n * (12 if unit == "year" else 1)
        y, mo = divmod(int(value[:4]) * 12 + int(value[5:7]) - 1 + months, 12)
        if len(value) == 7:
            return m.start(), f"{y:04d}-{mo + 1:02d}"
        d = min(int(value[8:10]), calendar.monthrange(y, mo + 1)[1])  # "a month after January 31" is February's last
        return m.start(), dt.date(y, mo + 1, d).isoformat()
    except (ValueError, OverflowError):
        return None


def loose_day(text: str, lang: str | None) -> tuple[str, int] | None:
    """What a text read without a publication date says of its day when it names no full day: the first
    weekday it names ("on Tuesday", "اليوم الثلاثاء", "周四"; the weekday written beside a day word counts, a
    Persian "شب جمعه" names the Thursday) as ("weekday", 0 Monday .. 6 Sunday), or the first day of the month
    written alone (zh "22日") as ("mday", 22). None when it names neither. Read by the story linker
    (``stories.loose_gap``): a weekday cannot be placed without a publication day, but it can be checked against
    the day another report names."""
    lang = (lang or "en").split("-")[0].lower()
    for c in _candidates(text, lang):
        if c.wspan is not None or c.period is not None:
            continue
        weekday = c.weekday if c.weekday is not None and c.rel is None else c.label if c.rel == 0 else None
        if weekday is not None:
            return "weekday", (weekday - 1) % 7 if c.eve else weekday
        if c.day_only and c.d is not None and c.m is None and c.moff is None and not c.ddir:
            return "mday", c.d
    return None


def make_stage(**_options: object) -> Callable[[Document], Document]:
    """The ``dates`` stage: sets ``Document.dates``."""
    def run(doc: Document) -> Document:
        # the analysed part only, as sentences and mentions (sentences.analysed_end): some date checks look at
        # the whole text around each date, so a 4 MB text of dated lines took hours; offsets stay valid
        text = doc.text[:analysed_end(doc.text)]
        return dataclasses.replace(doc, dates=find_dates(text, doc.lang, doc.published, doc.sentences))
    return run
