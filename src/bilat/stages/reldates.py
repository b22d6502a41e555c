"""Relative dates for the ``dates`` stage: the words (``data/dates.json``) and the calendar arithmetic.

A relative expression is read against the article's publication date:
- a day word ("أمس", "hôm qua", "昨晚", "last night") is a day offset;
- a weekday ("الثلاثاء الماضي", "上周三", "on Monday") picks a day by its modifier or, bare, by the
  sentence's tense (past when unclear: news reports what happened);
- a period ("last week", "الشهر الماضي", "năm nay", "上个月") is a week (a range of days, from the
  language's first day of the week), a month or a year.
Persian months and years are Solar Hijri ("ماه گذشته" is the previous Solar month, as a range of
Gregorian days). Lunar Hijri dates ("7/10/1436 هـ") are converted with the arithmetic calendar, which is
within a day of Umm al-Qura.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache

import jdatetime

from bilat.datafiles import read_json
from bilat.stages.numerals import fold, number_words

DATES_FILE = "dates.json"
CLDR_FILE = "cldr_dates.json"  # scripts/build_cldr_dates.py (Unicode CLDR, via babel)
NO_SPACE = frozenset({"zh", "ja", "th"})
L = r"(?<![^\W\d_])"
R = r"(?![^\W\d_]|[\u064b-\u0652\u0670])"


@dataclass(frozen=True)
class RelativeWords:
    """One language's relative date words, folded, with their patterns."""

    days: dict[str, int]
    periods: dict[str, tuple[str, int]]
    weekdays: dict[str, int]
    before: dict[str, str]
    after: dict[str, str]
    week_start: int
    weekday_cue: bool
    day_re: re.Pattern[str] | None
    period_re: re.Pattern[str] | None
    weekday_re: re.Pattern[str] | None
    month_cues: tuple[str, ...]
    not_before: dict[str, re.Pattern[str]]
    days_not_after: re.Pattern[str] | None
    hijri_months: dict[str, int]
    periods_not_after: re.Pattern[str] | None
    counted: re.Pattern[str]  # a number (digits or words) just before a period word
    past_before: re.Pattern[str] | None = None  # a past verb right before a weekday: "announced on Thursday"
    label_before: re.Pattern[str] | None = None  # "quý 4 năm nay": a number that labels, not counts
    lang: str = ""
    eve_before: frozenset[str] = frozenset()  # fa "شب جمعه": the evening before the weekday (Thursday night)
    seasons: dict[str, int] | None = None  # season name -> 0 spring .. 3 winter (Solar Hijri quarters)
    season_mods: dict[str, str] | None = None  # word after a season name -> last / next / this_year / prev_year / next_year
    alone_only: frozenset[str] = frozenset()  # zh "本日", "当月": a date only when the text is that word alone
    weekdays_not_after: re.Pattern[str] | None = None  # ar "الاثنين في المائة": two per cent, no Monday
    abbrevs: frozenset[str] = frozenset()  # vi "T6", "CN": short weekdays, in their written case only (weekday_abbrevs)


@lru_cache(maxsize=1)
def _data() -> dict[str, dict]:
    return read_json(DATES_FILE)


def lexicons() -> dict[str, dict]:
    """Every language's raw entry of ``data/dates.json``, by language."""
    return _data()


def lexicon(lang: str) -> dict:
    """One language's raw entry of ``data/dates.json`` (empty when it has none)."""
    return _data().get(lang, {})


def tense_patterns(key: str) -> dict[str, re.Pattern[str]]:
    """``tense.<key>`` of every language of ``data/dates.json`` that has it, compiled (case-insensitive)."""
    return {lang: re.compile(entry["tense"][key], re.IGNORECASE) for lang, entry in lexicons().items()
            if isinstance(entry, dict) and entry.get("tense", {}).get(key)}


def _key(word: str) -> str:
    return re.sub(r"\s+", " ", fold(word)).lower()


MARKS = re.compile(r"[\u064b-\u0652\u0670]")
EZAFE = re.compile(r"[\u0654\u200c]")  # fa "هفتهٔ گذشته", "سه‌شنبهٔ": an ezafe mark or joiner before the next word


@lru_cache(maxsize=1)
def _cldr_data() -> dict[str, dict]:
    return read_json(CLDR_FILE)


def cldr(lang: str) -> dict:
    """The CLDR names and relative phrases of ``lang`` (data/cldr_dates.json; empty for a language not there)."""
    return _cldr_data().get(lang, {})


def _cldr_key(word: str) -> str:
    """A CLDR phrase as ``_relative`` looks it up: marks dropped, an ezafe mark or joiner a space, folded."""
    return _key(EZAFE.sub(" ", MARKS.sub("", word))).strip()


def _merge_cldr(lang: str, days: dict[str, int], periods: dict[str, tuple[str, int]], weekdays: dict[str, int],
                before: dict[str, str], after: dict[str, str]) -> None:
    """Every form CLDR lists (day words, week/month/year phrases, weekday names, and the modifier words of its
    relative weekday phrases: "الثلاثاء القادم" -> القادم next, "Thứ Ba tuần sau" -> tuần sau next_week), added
    where dates.json has no entry of its own (its entries win)."""
    data = cldr(lang)
    for k, v in data.get("days", {}).items():
        days.setdefault(_cldr_key(k), int(v))
    for k, (unit, off) in data.get("periods", {}).items():
        periods.setdefault(_cldr_key(k), (unit, int(off)))
    for k, v in data.get("weekdays", {}).items():
        weekdays.setdefault(_cldr_key(k).lower(), int(v))
    week_words = {k for k, (unit, _) in periods.items() if unit == "week"}
    for phrase, (wd, off) in data.get("weekday_phrases", {}).items():
        key = _cldr_key(phrase).lower()
        names = [n for n, v in weekdays.items() if v == wd and re.search(rf"(?:^| ){re.escape(n)}(?: |$)", key)]
        if not names:
            continue  # th "จันทร์ที่แล้ว", zh "上周一": the weekday not written as CLDR names it alone
        name = max(names, key=len)
        pre, _, post = (s.strip() for s in key.partition(name))
        if bool(pre) == bool(post):
            continue
        rest = pre or post
        if rest in week_words:
            mode = {-1: "prev_week", 0: "this_week", 1: "next_week"}[int(off)]
        else:
            mode = {-1: "past", 0: "this_week", 1: "next"}[int(off)]
        (before if pre else after).setdefault(rest, mode)


# Persian ezafe written as a letter after a word ending in ه: "هفته‌ی گذشته", "سه‌شنبه ی آینده"
FA_EZAFE_YE = r"(?:(?<=ه)[\s\u200c]ی)?"
FA_EZAFE_YE_KEY = re.compile(r"(?<=ه)[\s\u200c]ی(?=[\s\u200c])")


def _alt(words: object, lang: str = "") -> str:
    sp = FA_EZAFE_YE + r"[\s\u200c]+" if lang == "fa" else r"[\s\u200c]+"
    return "|".join(re.escape(w).replace(r"\ ", sp) for w in
                    sorted(set(words), key=len, reverse=True))  # type: ignore[call-overload]


# a word glued to the one before it: Arabic و/ف (and), ب (in) before ال ("وأمس", "والثلاثاء الماضي", "بالأمس");
# Persian در/از/تا ("درماه گذشته", "ازهفته گذشته"; not_before still applies to them)
GLUED = {
    "ar": r"(?<=(?<![^\W\d_])[وف])|(?<=(?<![^\W\d_])ب)(?=ال)|(?<=(?<![^\W\d_])[وف]ب)(?=ال)"
          r"|(?<=(?<![^\W\d_])ل)(?=یوم)|(?<=(?<![^\W\d_])[وف]ل)(?=یوم)",  # "ليوم غد الخميس"
    "fa": r"(?<=(?<![^\W\d_])در)|(?<=(?<![^\W\d_])از)|(?<=(?<![^\W\d_])تا)",
}


def _left(lang: str) -> str:
    """Where a relative word may begin: after no letter, or after a preposition or conjunction glued to it."""
    return f"(?:{L}|{GLUED[lang]})" if lang in GLUED else L


def _marked(alt: str, lang: str) -> str:
    """Arabic: a vowel mark may follow any letter of a word ("غدًا", "أمسِ")."""
    if lang != "ar":
        return alt
    return re.sub(r"([\u0621-\u064a\u06a9\u06cc])", r"\1[\\u064b-\\u0652\\u0670]*", alt)


def _bounded(alt: str, lang: str) -> str:
    if lang in NO_SPACE:
        return f"(?:{alt})"
    alt = _marked(alt, lang)
    marks = r"[\u064b-\u0652\u0670]*" if lang in ("ar", "fa") else ""  # "غداً", "أمسِ"
    return rf"{_left(lang)}(?:{alt}){marks}{R}"


def _relative_clause_forms(data: dict, periods: dict[str, tuple[str, int]], after: dict[str, str]) -> None:
    """Arabic colloquial: a definite adjective after a period or weekday said as a relative clause, the pronoun
    (``relative_pronouns`` in data/dates.json: اللي, يلي ...) and the bare participle ("الأسبوع الجاي" -> "الأسبوع اللي
    جاي", "الشهر الفايت" -> "الشهر اللي فايت", "الخميس القادم" -> "الخميس اللي قادم"); the written phrases win."""
    pronouns = [_key(p) for p in data.get("relative_pronouns", ())]
    if not pronouns:
        return
    for key, val in list(periods.items()):
        for p in pronouns[1:]:  # "الشهر اللي فات" -> "الشهر يلي فات": the other pronouns of a written clause
            if f" {pronouns[0]} " in key:
                periods.setdefault(key.replace(f" {pronouns[0]} ", f" {p} "), val)
        noun, _, adj = key.rpartition(" ")
        if noun and " " not in noun and adj.startswith("ال") and len(adj) > 3:
            for p in pronouns:
                periods.setdefault(f"{noun} {p} {adj[2:]}", val)
    for key, mode in list(after.items()):
        for p in pronouns[1:]:
            if key.startswith(pronouns[0] + " "):
                after.setdefault(p + key[len(pronouns[0]):], mode)
        if " " not in key and key.startswith("ال") and len(key) > 3:
            for p in pronouns:
                after.setdefault(f"{p} {key[2:]}", mode)


def _particle_forms(data: dict, periods: dict[str, tuple[str, int]], after: dict[str, str]) -> None:
    """Arabic: a particle before قبل/بعد (``before_after_particles``: ما) in a period or weekday phrase: "الأسبوع ما قبل
    الماضي" is "الأسبوع قبل الماضي", "الخميس ما بعد المقبل" "الخميس بعد المقبل"; the written phrases win."""
    for particle in (_key(p) for p in data.get("before_after_particles", ())):
        for table in (periods, after):
            for key, val in list(table.items()):
                words = key.split(" ")
                for i, w in enumerate(words):
                    if w in ("قبل", "بعد") and (i == 0 or words[i - 1] != particle):
                        table.setdefault(" ".join([*words[:i], particle, *words[i:]]), val)  # type: ignore[arg-type]


@lru_cache(maxsize=64)
def relative_words(lang: str) -> RelativeWords | None:
    """The relative date words of ``lang`` (None for a language without them)."""
    data = _data().get(lang)
    if not data:
        return None
    days = {_key(k): int(v) for k, v in data.get("days", {}).items()}
    periods = {_key(k): (v[0], int(v[1])) for k, v in data.get("periods", {}).items()}
    weekdays = {_key(k): int(v) for k, v in data.get("weekdays", {}).items()}
    abbrevs = {k: int(v) for k, v in data.get("weekday_abbrevs", {}).get("words", {}).items()}
    weekdays.update({_key(k): v for k, v in abbrevs.items()})
    before = {_key(k): v for k, v in data.get("weekday_before", {}).items()}
    after = {_key(k): v for k, v in data.get("weekday_after", {}).items()}
    _merge_cldr(lang, days, periods, weekdays, before, after)
    _relative_clause_forms(data, periods, after)
    _particle_forms(data, periods, after)
    sp = r"\s*" if lang in NO_SPACE else r"[\s\u200c]+"
    weekday_re = None
    if weekdays:
        pre_sp = r"[\s\u200c]*" if lang == "fa" else sp  # Persian "روزدوشنبه": the day word glued to the weekday
        if lang == "ar":  # colloquial "هالسبت": ه (this, weekday_before) glued to the article
            pre_sp = rf"(?:(?<={L}ه)(?=ال)|{sp})"
        pre = rf"(?:(?P<pre>{_alt(before, lang)}){pre_sp})?" if before else ""
        post_sp = FA_EZAFE_YE + sp if lang == "fa" else sp  # "سه‌شنبه‌ی گذشته"
        # "Friday next week": a word after the weekday that begins a week's phrase is that phrase's, not the weekday's
        tails = {k[len(a):].strip() for a in after for k, v in periods.items() if v[0] == "week" and k.startswith(a + " ")}
        not_week = rf"(?!{sp}(?:{_alt(tails, lang)}){R})" if tails and lang not in NO_SPACE else ""
        # "جمعه شب گذشته": a time of day between the weekday and its direction word (weekday_time_between)
        between = data.get("weekday_time_between")
        mid = rf"(?:(?:{_alt(_key(w) for w in between)}){sp})?" if between else ""
        post = (rf"(?:{post_sp}{mid}(?P<post>{_marked(_alt(after, lang), lang)}){R if lang not in NO_SPACE else ''}{not_week})?"
                if after else "")
        left = "" if lang in NO_SPACE else f"(?:{L}|{GLUED['ar']})" if lang == "ar" else L
        weekday_re = re.compile(rf"{left}{pre}(?P<wd>{_marked(_alt(weekdays, lang), lang)}){R if lang not in NO_SPACE else ''}{post}",
                                re.IGNORECASE)
    guards = data.get("not_before", {})  # an opening quote may stand between: "يوم عطلة «الأحد»" (the Sunday day off)
    # a language written without spaces has no word edge before the guard ("会议每周三举行": 每 follows 议)
    edge = "" if lang in NO_SPACE else r"(?:^|[^\w])"
    not_before = {kind: re.compile(rf"{edge}(?:{_alt(_key(w) for w in words)})[\s\u200c]*[«\"\u201c]?$", re.IGNORECASE)
                  for kind, words in guards.items() if words and not kind.startswith("_")}
    after_re = data.get("days_not_after_re")
    return RelativeWords(
        days=days, periods=periods, weekdays=weekdays, before=before, after=after,
        week_start=int(data.get("week_start", 0)), weekday_cue=bool(data.get("weekday_cue")),
        day_re=re.compile(_bounded(_alt(days, lang), lang), re.IGNORECASE) if days else None,
        period_re=re.compile(_bounded(_alt(periods, lang), lang), re.IGNORECASE) if periods else None,
        weekday_re=weekday_re,
        month_cues=tuple(_key(c) for c in data.get("month_cues", ())),
        not_before=not_before,
        days_not_after=re.compile(fold(after_re)) if after_re else None,
        periods_not_after=re.compile(data["periods_not_after_re"]) if data.get("periods_not_after_re") else None,
        counted=_counted(lang),
        hijri_months={_key(k): int(v) for k, v in data.get("hijri_months", {}).items()},
        past_before=re.compile(data["weekday_past_before_re"], re.IGNORECASE)
        if data.get("weekday_past_before_re") else None,
        label_before=re.compile(rf"{L}(?:{_alt(data['number_labels'])})\s*\d+[\s\u200c]*$", re.IGNORECASE)
        if data.get("number_labels") else None,
        lang=lang,
        eve_before=frozenset(_key(w) for w in data.get("weekday_eve_before", ())),
        seasons={_key(k): int(v) for k, v in data["seasons"].items()} if data.get("seasons") else None,
        season_mods={_key(k): v for k, v in data.get("season_after", {}).items()} or None,
        alone_only=frozenset(_key(w) for w in data.get("alone_only", ())),
        abbrevs=frozenset(abbrevs),
        weekdays_not_after=re.compile(data["weekdays_not_after_re"]) if data.get("weekdays_not_after_re") else None,
    )


def _counted(lang: str) -> re.Pattern[str]:
    nw = number_words(lang)
    words = "|".join(re.escape(w) for w in sorted(nw.kinds, key=len, reverse=True)) if nw else ""
    alt = rf"\d|(?<![^\W\d_])(?:{words})" if words else r"\d"
    return re.compile(rf"(?:{alt})[\s\u200c]*$", re.IGNORECASE)


def _ends_with_any(text: str, end: int, ws: dict[str, int]) -> bool:
    """Whether ``text[:end]``, trailing spaces dropped and lowercased, ends with one of ``ws``; reads only the
    last few characters (copying and lowercasing the whole text before ``end`` for every candidate was quadratic:
    a long zh text of guards took seconds)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    tail = text[max(0, end - max(map(len, ws), default=0)):end].lower()  # lowercasing never shortens a text
    return any(tail.endswith(w) for w in ws)


def blocked(words: RelativeWords, kind: str, text: str, start: int, end: int) -> bool:
    """Whether the word before (or, for a day word, after) the match makes it something else:
    "امام جمعه" (a Friday-prayer leader), "những năm qua" (the past years), "اليوم الوطني"."""
    guard = words.not_before.get(kind)
    lo = max(0, start - 24)
    if guard is not None and (hit := guard.search(text[lo:start])) is not None \
            and not (words.lang in NO_SPACE and _ends_with_any(text, lo + hit.end(), words.weekdays)):
        return True  # with no spaces, the guard may close the weekday before: "周一周三" (一 of 周一 is no "一周三")
    if kind == "periods" and words.counted.search(text[max(0, start - 16):start]) \
            and not (words.label_before is not None and words.label_before.search(text[max(0, start - 16):start])):
        return True  # "400-500 سال آینده", "3 tháng qua", "hai năm sau": a span of periods, not a date
    if kind == "periods" and words.periods_not_after is not None and words.periods_not_after.match(text, end):
        return True
    if kind == "weekdays" and words.weekdays_not_after is not None and words.weekdays_not_after.match(text, end):
        return True
    return kind == "days" and words.days_not_after is not None and bool(words.days_not_after.match(text, end))


# --- calendar arithmetic ---------------------------------------------------------------------------

def week_start(day: dt.date, first: int) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() - first) % 7)


def weekday_date(pub: dt.date, weekday: int, mode: str, tense: int, first: int) -> dt.date:
    """The day a weekday names, read against ``pub``."""
    if mode == "this_coming":  # vi "thứ Sáu này": the coming one, unless the sentence is clearly past
        mode = "tense" if tense < 0 else "coming"
    if mode == "nearest":  # a weekday said alone: the one within three days either way, publication's day included
        back = (pub.weekday() - weekday) % 7
        return pub - dt.timedelta(days=back) if back <= 3 else pub + dt.timedelta(days=7 - back)
    if mode == "past" or mode == "tense" and tense <= 0:
        back = (pub.weekday() - weekday) % 7
        return pub - dt.timedelta(days=back or (7 if mode == "past" else 0))
    if mode == "on_or_before":  # en "two weeks ago Tuesday" (with 14 days off): the latest one, publication's day included
        return pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)
    if mode == "after_next":  # ar "الخميس بعد القادم": the one after the next
        return weekday_date(pub, weekday, "next", tense, first) + dt.timedelta(days=7)
    if mode == "before_last":  # ar "الخميس قبل الماضي": the one before the last
        return weekday_date(pub, weekday, "past", tense, first) - dt.timedelta(days=7)
    if mode == "coming":  # th "วันเสาร์นี้": this Saturday, the next one with publication day included
        return pub + dt.timedelta(days=(weekday - pub.weekday()) % 7)
    if mode in ("next", "tense"):
        ahead = (weekday - pub.weekday()) % 7
        return pub + dt.timedelta(days=ahead or (7 if mode == "next" else 0))
    if mode == "week_or_next":  # zh "星期一" said alone: of publication's week, or the next week's where that one is
        day = weekday_date(pub, weekday, "this_week", tense, first)  # more than three days gone (no 上: never last week)
        return day + dt.timedelta(days=7) if (pub - day).days > 3 else day
    shift = {"prev2_week": -14, "prev_week": -7, "this_week": 0, "next_week": 7, "next2_week": 14}[mode]
    return week_start(pub, first) + dt.timedelta(days=shift + (weekday - first) % 7)


def weekend_days(lang: str) -> tuple[int, int]:
    """The weekend's two days (0 Monday .. 6 Sunday): ``weekend`` in data/dates.json (fa: Thursday and Friday),
    else Saturday and Sunday."""
    days = (_data().get(lang) or {}).get("weekend")
    return (int(days[0]), int(days[1])) if days else (5, 6)


def period_range(pub: dt.date, unit: str, offset: int, lang: str, first: int) -> tuple[str, str | None]:
    """A week (a range of days), weekend, month or year ``offset`` periods from ``pub``'s. Persian months
    and years are Solar unless the unit is "gmonth"/"gyear" ("ماه گذشته میلادی": the previous Gregorian month).
    "pastweek" (vi "tuần qua", "the past week") is the previous week, or on the weekend the week now ending."""
    if unit in ("gmonth", "gyear"):
        unit, lang = unit[1:], ""
    if unit == "pastweek":
        unit, offset = "week", (0 if pub.weekday() in weekend_days(lang) else offset)
    if unit in ("week", "weekend"):
        start = week_start(pub, first) + dt.timedelta(days=7 * offset)
        if unit == "weekend":
            d0, d1 = weekend_days(lang)
            sat = start + dt.timedelta(days=(d0 - first) % 7)
            return sat.isoformat(), (sat + dt.timedelta(days=(d1 - d0) % 7)).isoformat()
        return start.isoformat(), (start + dt.timedelta(days=6)).isoformat()
    if unit == "quarter":  # "next quarter", "الربع المقبل": three Gregorian months, the calendar quarter
        n = pub.year * 4 + (pub.month - 1) // 3 + offset
        y, m = _calendar_year(n // 4), n % 4 * 3 + 1
        return f"{y:04d}-{m:02d}", f"{y:04d}-{m + 2:02d}"
    if lang == "fa":
        return _solar_period(pub, unit, offset)
    if unit == "month":
        n = pub.year * 12 + pub.month - 1 + offset
        return f"{_calendar_year(n // 12):04d}-{n % 12 + 1:02d}", None
    return f"{_calendar_year(pub.year + offset):04d}", None


def _calendar_year(year: int) -> int:
    """``year``, when the calendar holds it (1-9999, as ``datetime``); past either end an OverflowError, as a day
    past it raises ("last year" read against 0001-01-01 is no year 0000, "next month" against 9999-12 no 10000-01)."""
    if not 1 <= year <= dt.MAXYEAR:
        raise OverflowError(f"year {year} is out of range")
    return year


def _solar_period(pub: dt.date, unit: str, offset: int) -> tuple[str, str | None]:
    """Persian months and years are Solar: a month as its range of Gregorian days, a year as its
    Gregorian start year (the year that holds 9 of its 12 months)."""
    j = jdatetime.date.fromgregorian(date=pub)
    if unit == "year":
        return f"{_calendar_year(j.year + offset + 621):04d}", None
    n = j.year * 12 + j.month - 1 + offset
    y, m = n // 12, n % 12 + 1
    first = jdatetime.date(y, m, 1).togregorian()
    ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
    last = jdatetime.date(ny, nm, 1).togregorian() - dt.timedelta(days=1)
    return first.isoformat(), last.isoformat()


def season_range(pub: dt.date | None, season: int, spec: str, year: int | None = None) -> tuple[str, str] | None:
    """A season as the range of its three Solar Hijri months (the Iranian calendar starts its seasons at the
    equinoxes and solstices: spring is Farvardin-Khordad, winter Dey-Esfand), as Gregorian days. ``spec``: "year"
    (the season of Solar year ``year``), "last" / "next" (the latest one before the season of publication, the first
    one after it), "this_year" / "prev_year" / "next_year" (that season of publication's Solar year, or the one
    before or after)."""
    if spec == "year":
        y = year
    else:
        if pub is None:
            return None
        j = jdatetime.date.fromgregorian(date=pub)
        now = j.year * 4 + (j.month - 1) // 3
        if spec == "last":
            k = now - 1 - (now - 1 - season) % 4
        elif spec == "next":
            k = now + 1 + (season - now - 1) % 4
        else:
            k = (j.year + {"this_year": 0, "prev_year": -1, "next_year": 1}[spec]) * 4 + season
        y, season = k // 4, k % 4
    if y is None:
        return None
    first = jdatetime.date(y, 3 * season + 1, 1).togregorian()
    ny, nm = (y + 1, 1) if season == 3 else (y, 3 * season + 4)
    last = jdatetime.date(ny, nm, 1).togregorian() - dt.timedelta(days=1)
    return first.isoformat(), last.isoformat()


def hijri_month_range(pub: dt.date, month: int, direction: int) -> tuple[str, str] | None:
    """A Lunar Hijri month with a direction word ("رمضان الماضي", "شوال المقبل", "رمضان الجاري"): the latest one before
    publication's month, the first one after it, or publication's own, as the range of its Gregorian days."""
    hy, hm, _ = gregorian_to_hijri(pub)
    now = hy * 12 + hm - 1
    if direction < 0:
        k = now - 1 - (now - 1 - (month - 1)) % 12
    elif direction > 0:
        k = now + 1 + (month - 1 - now - 1) % 12
    else:
        k = hy * 12 + month - 1
    y, m = k // 12, k % 12 + 1
    start = hijri_to_gregorian(y, m, 1)
    nxt = hijri_to_gregorian(y + (m == 12), m % 12 + 1, 1)
    if start is None or nxt is None:
        return None
    return start.isoformat(), (nxt - dt.timedelta(days=1)).isoformat()


UMMALQURA_FILE = "ummalqura.json"  # scripts/build_ummalqura.py (hijri-converter, MIT)
RJD = 2400000  # the table's day numbers are reduced Julian days (JDN - 2400000)
ORDINAL_JDN = 1721425  # a Gregorian ordinal + this = its Julian day number


@lru_cache(maxsize=1)
def _ummalqura() -> tuple[int, tuple[int, ...]]:
    data = read_json(UMMALQURA_FILE)
    return int(data["hijri_offset"]), tuple(int(x) for x in data["month_starts"])


def gregorian_to_hijri(day: dt.date) -> tuple[int, int, int]:
    """The Hijri date of a Gregorian day (the inverse of ``hijri_to_gregorian``): Umm al-Qura within its table
    (1343-1500 AH), else the arithmetic calendar."""
    offset, starts = _ummalqura()
    rjd = day.toordinal() + ORDINAL_JDN - RJD
    if starts[0] <= rjd < starts[-1]:
        i = bisect.bisect_right(starts, rjd) - 1
        n = i + offset
        return n // 12 + 1, n % 12 + 1, rjd - starts[i] + 1
    jdn = day.toordinal() + 1721425
    y = (30 * (jdn - 1948439) + 10646) // 10631
    m = min(12, math.ceil((jdn - 29 - (hijri_jdn(y, 1, 1) or 0)) / 29.5) + 1)
    d = jdn - (hijri_jdn(y, m, 1) or 0) + 1
    return y, m, d


def hijri_jdn(y: int, m: int, d: int) -> int | None:
    if not (1 <= m <= 12 and 1 <= d <= 30 and 1 <= y <= 2000):
        return None
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439 - 1


def hijri_to_gregorian(y: int, m: int, d: int) -> dt.date | None:
    """Lunar Hijri to Gregorian: by the Umm al-Qura calendar (data/ummalqura.json) within its table, 1343-1500 AH
    (a day 30 written of a 29-day month is the next day), else by the arithmetic (tabular) calendar, within a day or
    two of the sighted months."""
    if not (1 <= m <= 12 and 1 <= d <= 30):
        return None
    offset, starts = _ummalqura()
    i = (y - 1) * 12 + m - 1 - offset
    if 0 <= i < len(starts) - 1:
        return dt.date.fromordinal(starts[i] + d - 1 + RJD - ORDINAL_JDN)
    jdn = hijri_jdn(y, m, d)
    return None if jdn is None else dt.date.fromordinal(jdn - 1721425)
