"""Build bench/data/date_expressions5.tsv: a fifth, independent set of date expressions (issue 11).

    python scripts/build_date_expressions5.py   # reads the mirrors below with `git show`

Same columns as date_expressions2.tsv (split, lang, source, reference, expression, expected, kind). The expected
values were written by the authors of other projects' tests, never by running bilat (see bench/data/README.md):

- wanasit/chrono (MIT), master at 82c0e5bc0e4d: test/vi/*.test.ts and test/en/*.test.ts (date_expressions2.tsv
  read only test/zh and test/ru of this commit); and test/fa/*.test.ts of c93d3730bbd5, the merge commit of an
  open pull request adding Persian (same repository, same licence; not on master). Each
  `testSingleCase(chrono.X, TEXT, REF, (r) => ...)` gives the matched text (`r.text`, else the whole TEXT), the
  reference (`new Date(...)` or a `const NAME = new Date(...)` of the file) and the expected start: `r.start.get(
  "year"|"month"|"day")` (a missing year or month is the reference's; month 1-based) or `toBeDate(new Date(...))`
  (JS month 0-based). A case without a day expectation (a bare weekday check), with an end (a range), run with
  `{ forwardDate: true }` (the next occurrence asked for), or whose text has a time of day, a span ("within 5 days",
  "from ... to"), a week as a whole, is `other`.
- microsoft/Recognizers-Text (MIT) at 90e968ea44dc: Specs/DateTime/{Arabic,Chinese,English}/DateTimeModel.json
  (date_expressions.tsv read DateParser.json and DatePeriodParser.json of this commit). An input with its
  ReferenceDateTime and a result of type date or daterange whose resolution is one value: a date with one value
  (a date read both forwards and backwards has two, and is `other`) gives YYYY-MM-DD; a daterange whose timex is
  YYYY-MM or YYYY gives that. Inputs marked IgnoreResolution (the resolution is not checked by the spec) are left
  out; times, durations, sets, weeks, seasons, lunar dates are `other`.

- moment/moment (MIT) at 18aba135ab92: src/test/locale/{ar,ar-*,fa,th,vi,zh-cn,zh-tw,zh-hk,ru,en,en-gb}.js, the
  `format` test: the date 2010-02-14 15:25:50 written with each format as asserted. A format with a day, month and
  year (L, LL, l, ll) gives 2010-02-14; one with a time, a week, a day of the year, a two-digit year or a list of
  tokens is `other`. No reference date in the test: the commit's date 2024-02-18 is given, and no scored row depends
  on it (each writes its year).

Rows already in date_expressions.tsv .. date_expressions4.tsv (same language, reference and expression) are left
out. Each scored date is kept at the expression's own precision: YYYY-MM-DD, YYYY-MM or YYYY.

The split is by source file for chrono and moment (a whole test file, e.g. vi_weekday.test.ts, falls in one half, so that
the paraphrases of one parser's cases never straddle dev and test), and by input sentence for Recognizers-Text
(one spec file per language). Seeded md5; the seed was fixed before any bilat run.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_date_expressions2 import at_precision, git_ls, git_show, write_rows
from build_date_expressions2 import js_date as js_date2
from build_date_expressions2 import precision as zh_precision

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "data" / "date_expressions5.tsv"
EARLIER = [ROOT / "bench" / "data" / f"date_expressions{n}.tsv" for n in ("", "2", "3", "4")]
CHRONO = ("wanasit/chrono", "82c0e5bc0e4db19eb402423baf1b558850947b2b")
CHRONO_FA = ("wanasit/chrono", "c93d3730bbd598f91a751cafc2a8df5345753c55")
RECOGNIZERS = ("microsoft/Recognizers-Text", "90e968ea44dc8fda3f2e1c3e4b20aa233817488d")
RT_LANGS = {"Arabic": "ar", "Chinese": "zh", "English": "en"}
MOMENT = ("moment/moment", "18aba135ab927ffe7f868ee09276979bed6993a6")
MOMENT_REF = dt.date(2024, 2, 18)  # the commit's date: every scored moment row writes its year, none depends on it
SEED = "datexpr5-11d"  # of six seeds tried, the one that halves each language best (chosen before any bilat run)

# ---------------------------------------------------------------- per-language word classes

FA_D = r"[\d۰-۹٠-٩]"
FA_MONTHS = (r"فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|(?<!\S)دی(?!\S)|بهمن|اسفند|ژانویه|فوریه|مارس|آوریل|"
             r"(?<!\S)مه(?!\S)|می|ژوئن|ژوئیه|جولای|اوت|آگوست|سپتامبر|اکتبر|نوامبر|دسامبر")
FA_WEEKDAY = r"شنبه|جمعه"
EN_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
             r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
EN_WEEKDAY = r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
VI_WEEKDAY = r"thứ\s*(?:[2-7]|hai|ba|tư|năm|sáu|bảy)|chủ\s*nhật|\bt[2-7]\b|\bcn\b"

CLASSES = {
    "vi": {
        "time": r"\d\s*(?:h|giờ|g)\b|\d:\d|giờ|phút|giây|sáng|trưa|chiều|tối|đêm|bây giờ|lúc này|hiện tại|\bam\b|\bpm\b",
        "span": r"\btừ\b|\bđến\b|trong vòng|\btrong\b|\s[-–]\s|\d\s*[-–]\s*\d{1,2}\b(?![/.-])",
        "weekday": VI_WEEKDAY,
        "counted_week": r"\d+\s*tuần|(?:một|hai|ba|bốn|năm)\s+tuần\s+(?:trước|sau|nữa|tới)",
        "day": r"ngày|hôm|\bmai\b|\bmốt\b|\b\d{1,2}/\d{1,2}\b|\d{1,2}\s+tháng\s+\d",
        "week": r"tuần",
        "month": r"tháng",
        "year": r"năm|\b\d{4}\b",
        "relative": r"nay|qua|mai|mốt|kia|trước|rồi|sau|tới|ngoái|nữa|" + VI_WEEKDAY,
    },
    "en": {
        "time": (r"\d\s*(?:am|pm|a\.m\.|p\.m\.)|\d:\d\d|\bnoon\b|midnight|morning|afternoon|evening|tonight|night|"
                 r"\bhours?\b|\bhrs?\b|minutes?|\bmins?\b|seconds?|\bsecs?\b|\bnow\b|o'clock|\bat\s+\d"),
        "span": (r"\bfrom\b|\bto\b|\bthrough\b|\buntil\b|\btill\b|\bwithin\b|\bbetween\b|\s[-–]\s|\bfor\b|"
                 r"\b(?:next|last|past|previous|coming)\s+(?:\d+|two|three|four|five|few|several|couple)\b|\bin\s+(?:the\s+)?"
                 r"(?:\d+|a|an|one|two|three|few)\s+(?:days?|weeks?|months?|years?)\b(?!\s+(?:ago|later|from))"),
        "weekday": EN_WEEKDAY,
        "counted_week": r"\b(?:\d+|a|an|one|two|three|four|five)\s+weeks?\s+(?:ago|later|from|after|before|hence)",
        "day": (r"\b(?:today|yesterday|tomorrow|tmr|tmrw|day|days)\b|(?:" + EN_MONTHS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d)|"
                r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + EN_MONTHS + r")\b|\d{1,4}[/.-]\w{1,9}[/.-]\d{1,4}|\b\d{1,2}/\d{1,2}\b|"
                r"(?:" + EN_MONTHS + r")\.?\s+(?:\w+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                r"eleventh|twelfth|\w+teenth|twentieth|thirtieth)\b|(?:" + EN_MONTHS + r")\d{1,2}\b|"
                r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|twentieth|thirtieth|"
                r"\w+-first|\w+-second|\w+-third|\w+-\w+th)\s+(?:day\s+)?of\s+(?:" + EN_MONTHS + r")\b|"
                r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty)(?:[- ](?:one|two|"
                r"three|four|five|six|seven|eight|nine))?\s+(?:" + EN_MONTHS + r")\b|(?:" + EN_MONTHS + r")\s+(?:twenty|"
                r"thirty|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen)\b(?![- ]+(?:thousand|hundred))|"
                r"\b\w{1,9}[/.-]\w{1,9}[/.-]\w{1,9}\b|"
                r"easter|christmas|xmas|new year|patrick|thanksgiving|halloween|valentine|independence day|labou?r day|"
                r"memorial day"),
        "week": r"\bweeks?\b|\bweekend\b",
        "month": r"\bmonths?\b|\b(?:" + EN_MONTHS + r")\b|\b\d{1,2}[/.-]\d{4}\b|\b\d{4}[/.-]\d{1,2}\b",
        "year": r"\byears?\b|\b\d{4}\b",
        "relative": r"today|yesterday|tomorrow|\blast\b|\bnext\b|\bthis\b|\bago\b|later|from now|coming|\bpast\b|previous|" + EN_WEEKDAY,
    },
    "fa": {
        "time": r"ساعت|دقیقه|ثانیه|صبح|ظهر|عصر|(?<!\S)شب|بعدازظهر|بعد از ظهر|الان|اکنون|" + FA_D + r"\s*[:：]\s*" + FA_D,
        "span": r"(?<!\S)تا(?!\S)|ظرف|(?<!\S)طی(?!\S)|(?<!\S)در\s+" + FA_D + r"+\s+(?:روز|هفته|ماه|سال)|\s[-–]\s",
        "weekday": FA_WEEKDAY,
        "counted_week": FA_D + r"+\s*هفته|(?:یک|دو|سه|چهار|پنج)\s+هفته\s+(?:پیش|قبل|بعد|دیگر)",
        "day": r"روز|دیروز|امروز|فردا|پریروز|" + FA_D + r"{1,2}\s+(?:" + FA_MONTHS + r")|" + FA_D + r"+/" + FA_D + r"+",
        "week": r"هفته",
        "month": r"ماه|" + FA_MONTHS,
        "year": r"سال|" + FA_D + r"{4}",
        "relative": r"دیروز|امروز|فردا|گذشته|آینده|پیش|بعد|قبل|(?<!\S)این(?!\S)|دیگر|پریروز|پس|" + FA_WEEKDAY,
    },
}


def precision(lang: str, expr: str) -> str | None:
    """'day', 'month', 'year' or None (not scored) from the words of a chrono expression."""
    c = CLASSES[lang]

    def has(name: str) -> bool:
        return re.search(c[name], expr, re.IGNORECASE) is not None

    if has("time") or has("span"):
        return None
    if has("weekday") or has("counted_week") or has("day"):
        return "day"
    if has("week"):
        return None  # a week as a whole
    if has("month"):
        return "month"
    return "year" if has("year") else None


def kind_of(lang: str, expr: str) -> str:
    return "relative" if re.search(CLASSES[lang]["relative"], expr, re.IGNORECASE) else "absolute"


def split_of(group: str) -> str:
    h = hashlib.md5(f"{SEED}|{group}".encode()).hexdigest()
    return "dev" if int(h[:8], 16) % 2 == 0 else "test"


# ---------------------------------------------------------------- chrono (vi, en, fa)

JS_STR = r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'|`((?:[^`\\]|\\.)*)`'
CASE = re.compile(r"testSingleCase\(\s*chrono[\w.]*\s*,\s*(?:" + JS_STR + r")\s*,\s*")
CONST_DATE = re.compile(r"^\s*(?:const|let|var)\s+(\w+)\s*=\s*new Date\(([^()]*)\)", re.MULTILINE)


def js_date(args: str) -> dt.date | None:
    """build_date_expressions2.js_date, None for a date out of Python's range (a test of bad input)."""
    try:
        return js_date2(args)
    except (ValueError, OverflowError):
        return None


def js_unescape(s: str) -> str:
    s = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)
    return s.replace('\\"', '"').replace("\\'", "'").replace("\\`", "`").replace("\\\\", "\\")


def js_string(m: re.Match, first: int) -> str:
    return js_unescape(next(g for g in m.groups()[first:first + 3] if g is not None))


def chrono_expected(block: str, var: str, ref: dt.date, prec: str) -> dt.date | None:
    """The expected start at `prec`: toBeDate, else the asserted units (a day's missing year or month is the
    reference's; a month needs its year and month asserted, a year its year)."""
    got = {}
    for unit in ("year", "month", "day"):
        m = re.search(re.escape(var) + r'\.start\.get\(\s*"' + unit + r'"\s*\)\s*\)\s*\.toBe\(\s*(\d+)\s*\)', block)
        if m:
            got[unit] = int(m.group(1))
    m = re.search(re.escape(var) + r"(?:\.start)?\)\s*\.toBeDate\(\s*new Date\(([^()]*)\)\s*\)", block)
    if m and js_date(m.group(1)):
        return js_date(m.group(1))
    need = {"day": ("day",), "month": ("year", "month"), "year": ("year",)}[prec]
    if not all(u in got for u in need):
        return None
    try:
        return dt.date(got.get("year", ref.year), got.get("month", ref.month), got.get("day", 1))
    except ValueError:
        return None


def chrono_rows() -> list[list[str]]:
    rows = []
    for (slug, commit), pattern in ((CHRONO, r"test/(vi|en)/[^/]+\.test\.ts$"), (CHRONO_FA, r"test/(fa)/[^/]+\.test\.ts$")):
        for path in git_ls(slug, commit, "test"):
            pm = re.match(pattern, path)
            if not pm:
                continue
            lang = pm.group(1)
            src = git_show(slug, commit, path)
            consts = {m.group(1): js_date(m.group(2)) for m in CONST_DATE.finditer(src)}
            starts = list(CASE.finditer(src))
            source = f"{slug}@{commit[:12]}:{path}"
            for i, m in enumerate(starts):
                block = src[m.end(): starts[i + 1].start() if i + 1 < len(starts) else len(src)]
                text = js_string(m, 0)
                ref_m = (re.match(r"new Date\(([^()]*)\)", block) or re.match(r"\{\s*instant:\s*new Date\(([^()]*)\)", block))
                ref = js_date(ref_m.group(1)) if ref_m else None
                if ref is None:
                    name = re.match(r"(\w+)\s*[,)]", block)
                    ref = consts.get(name.group(1)) if name else None
                var_m = re.search(r"\(\s*(\w+)\s*(?:,\s*(\w+)\s*)?\)\s*=>", block)
                var = var_m.group(1) if var_m else "result"
                expr = text
                tm = re.search(re.escape(var) + r"\.text\)\s*\.toBe\((?:" + JS_STR + r"|(\w+))\)", block)
                if tm and tm.group(4) is None:
                    expr = js_string(tm, 0)
                expr = " ".join(expr.split())
                # { forwardDate: true }: the test asks chrono for the next occurrence, which is no reading of a dated text
                forward = var_m is not None and "forwardDate" in block[:var_m.start()]
                has_end = forward or re.search(re.escape(var) + r"\.end\)\.(?!toBeNull)|" + re.escape(var) + r"\.end\.get", block)
                prec = precision(lang, expr)
                exp = chrono_expected(block, var, ref, prec) if ref and prec else None
                if ref is None or exp is None or prec is None or has_end or not 1000 <= exp.year <= 2100:
                    rows.append([split_of(source), lang, source, ref.isoformat() if ref else "-", expr, "-", "other"])
                    continue
                rows.append([split_of(source), lang, source, ref.isoformat(), expr, at_precision(exp, prec),
                             kind_of(lang, expr)])
    return rows


# ---------------------------------------------------------------- Recognizers-Text DateTimeModel (ar, zh, en)

RT_RELATIVE = {
    "ar": r"منذ|الماضي|الماضية|المنصرم|القادم|القادمة|المقبل|المقبلة|بعد|قبل|هذا|هذه|أمس|امس|غدا|غداً|اليوم|الحالي|"
          r"الحالية|السابق|السابقة|الفائت|التالي|الآتي|الأخير|الأخيرة|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد",
    "zh": r"前|后|後|昨|今|明|去年|上|下|本|这|這|星期|周|週|礼拜|禮拜|过去|過去|未来|未來|最近|近|来|來|当|當",
    "en": CLASSES["en"]["relative"],
}
RT_OTHER = re.compile(r"农历|農曆|阴历|陰曆|初[一二三四五六七八九十]|春节|除夕|中秋|端午|元宵|重阳|清明|الهجري|رمضان|"
                      r"بضع|few|several|几|幾|couple")


def rt_expected(res: dict) -> str | None:
    vals = (res.get("Resolution") or {}).get("values") or []
    if not vals:
        return None
    timexes = {v.get("timex") for v in vals}
    typename = res.get("TypeName", "")
    if typename == "datetimeV2.date":
        values = {v.get("value") for v in vals}
        if len(values) != 1 or len(timexes) != 1:
            return None
        value = values.pop()
        return value if value and re.fullmatch(r"\d{4}-\d\d-\d\d", value) else None
    if typename == "datetimeV2.daterange" and len(vals) == 1:
        timex = vals[0].get("timex") or ""
        return timex if re.fullmatch(r"\d{4}(?:-\d\d)?", timex) else None
    return None


def rt_rows() -> list[list[str]]:
    slug, commit = RECOGNIZERS
    rows = []
    for folder, lang in RT_LANGS.items():
        path = f"Specs/DateTime/{folder}/DateTimeModel.json"
        source = f"{slug}@{commit[:12]}:{path}"
        for e in json.loads(git_show(slug, commit, path).lstrip("\ufeff")):
            if str(e.get("IgnoreResolution", "")).lower() == "true":
                continue
            ref = (e.get("Context") or {}).get("ReferenceDateTime")
            ref_d = dt.date.fromisoformat(ref[:10]) if ref else None
            group = split_of(f"{source}|{e.get('Input', '')}")
            for res in e.get("Results") or []:
                expr = " ".join((res.get("Text") or "").split())
                exp = rt_expected(res) if ref_d else None
                if exp and not 1000 <= int(exp[:4]) <= 2100:
                    exp = None
                if exp is None or RT_OTHER.search(expr):
                    rows.append([group, lang, source, ref_d.isoformat() if ref_d else "-", expr, "-", "other"])
                    continue
                # the spec gives "two months ago", "in two years" as a day: kept at the expression's own precision
                prec = {"en": precision, "zh": zh_precision}.get(lang, lambda _lang, _e: "day")(lang, expr)
                prec_len = {"day": 10, "month": 7, "year": 4}.get(prec or "", 0)
                if prec_len == 0 or prec_len > len(exp):
                    rows.append([group, lang, source, ref_d.isoformat(), expr, "-", "other"])
                    continue
                kind = "relative" if re.search(RT_RELATIVE[lang], expr, re.IGNORECASE) else "absolute"
                rows.append([group, lang, source, ref_d.isoformat(), expr, exp[:prec_len], kind])
    return rows


# ---------------------------------------------------------------- moment locale format tests (ar, fa, th, vi, zh, ru, en)

MOMENT_LOCALE = re.compile(r"src/test/locale/(ar(?:-\w+)?|fa|th|vi|zh-cn|zh-tw|zh-hk|ru|en|en-gb)\.js$")
MOMENT_PAIR = re.compile(r"\[\s*'((?:[^'\\]|\\.)*)'\s*,\s*'((?:[^'\\]|\\.)*)'\s*,?\s*\]")
MOMENT_TOKEN = re.compile(r"\[[^\]]*\]|LTS|LT|LLLL|LLL|LL|L|llll|lll|ll|l|YYYYYY|YYYY|YY|Y|gggg|gg|GGGG|GG|Qo|Q|MMMM|MMM|MM|Mo|M|"
                          r"DDDD|DDDo|DDD|Do|DD|D|dddd|ddd|dd|do|d|e|E|wo|ww|w|Wo|WW|W|A|a|HH|H|hh|h|kk|k|mm|m|ss|s|S+|zz?|ZZ?|X|x")


def moment_precision(fmt: str) -> str | None:
    """The precision of a date written with moment format `fmt`: a day, month and year (L, LL, D MMMM YYYY), a
    month and year, or a year; a time, a week, a day of the year, a quarter or a two-digit year is not scored."""
    toks = [t for t in MOMENT_TOKEN.findall(fmt) if not t.startswith("[")]
    if any(re.fullmatch(r"LTS?|LLLL?|llll?|[Hhkmsa]+|A|S+|zz?|ZZ?|[Xx]|DDD.*|[wWgGeE].*|Qo?|YY", t) for t in toks):
        return None
    day = any(t in ("D", "Do", "DD", "L", "LL", "l", "ll") for t in toks)
    month = any(t.startswith("M") or t in ("L", "LL", "l", "ll") for t in toks)
    year = any(t in ("YYYY", "Y", "L", "LL", "l", "ll") for t in toks)
    if not year or len([t for t in toks if not t.startswith("d")]) > 3 and not any(t.startswith(("L", "l")) for t in toks):
        return None  # "M Mo MM MMMM MMM": a list of tokens, no date
    if day and month:
        return "day"
    return None if day else "month" if month else "year"


def moment_rows() -> list[list[str]]:
    """moment's per-locale `format` test: the date 2010-02-14 (15:25:50) written with each format, as asserted."""
    slug, commit = MOMENT
    rows = []
    for path in git_ls(slug, commit, "src/test/locale"):
        lm = MOMENT_LOCALE.match(path)
        if not lm:
            continue
        lang = lm.group(1).split("-")[0]
        src = git_show(slug, commit, path)
        fm = re.search(r"test\('format',\s*function.*?\n\}\);", src, re.DOTALL)
        if not fm or "new Date(2010, 1, 14, 15, 25, 50, 125)" not in fm.group(0):
            continue
        source = f"{slug}@{commit[:12]}:{path}"
        for pm in MOMENT_PAIR.finditer(fm.group(0)):
            fmt, text = js_unescape(pm.group(1)), " ".join(js_unescape(pm.group(2)).split())
            prec = moment_precision(fmt)
            if prec is None:
                rows.append([split_of(source), lang, source, MOMENT_REF.isoformat(), text, "-", "other"])
                continue
            rows.append([split_of(source), lang, source, MOMENT_REF.isoformat(), text,
                         at_precision(dt.date(2010, 2, 14), prec), "absolute"])
    return rows


def earlier_keys() -> set[tuple[str, str, str]]:
    keys = set()
    for path in EARLIER:
        with path.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                keys.add((r["lang"], r["reference"], " ".join(r["expression"].split())))
    return keys


def main() -> None:
    seen = earlier_keys()
    rows = [r for r in chrono_rows() + rt_rows() + moment_rows() if (r[1], r[3], r[4]) not in seen]
    write_rows(rows, OUT)


if __name__ == "__main__":
    main()
