"""Build bench/data/date_expressions2.tsv: a second, independent set of date expressions (issue 11).

    python scripts/build_date_expressions2.py   # reads the two mirrors below with `git show`

Same columns as date_expressions.tsv (split, lang, source, reference, expression, expected, kind). The expected
values were written by the authors of two other projects' tests, never by running bilat:

- wanasit/chrono (MIT), test/zh/hans, test/zh/hant and test/ru: each `testSingleCase(chrono.X, TEXT, new
  Date(REF), ...)` gives the matched text (`result.text`), and the expected start as `start.get("year"|"month"|
  "day")` (month 1-based) or as `toBeDate(new Date(...))` / `expectDate = new Date(...)` (JS month 0-based). A
  case without a reference date, or whose text has a time of day, a bare week, a "within N" span or no date
  expectation, is `other`.
- dongrixinyu/JioNLP (Apache-2.0), test/test_time_parser.py: `[TEXT, TIME_BASE, ..., RESULT]`. TIME_BASE
  `_ts_1`/`_ts_2` are read as the dates the test's own comments give them (2021-06-14, 2021-09-01); a base
  given as a year/month/day dict, list or datetime is read as written; `None`, `time.time()` or a base with
  no day are no reference (`other`). A `time_point`/`time_span` with definition `accurate` whose time is one
  whole day, one whole calendar month or one whole year gives YYYY-MM-DD, YYYY-MM or YYYY; anything else
  (times of day, spans of several days, periods, deltas, blur readings) is `other`.

Each scored date is kept at the expression's own precision (as in date_expressions.tsv): a day for days,
weekdays and counted weeks, YYYY-MM for months, YYYY for years. The split is fixed by md5 of (source file,
expression), about half dev and half test.
"""

from __future__ import annotations

import ast
import calendar
import csv
import datetime as dt
import hashlib
import re
import subprocess
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "bench" / "data" / "date_expressions2.tsv"
MIRROR = Path("/work/.mirror")
CHRONO = ("wanasit/chrono", "82c0e5bc0e4db19eb402423baf1b558850947b2b")
JIONLP = ("dongrixinyu/JioNLP", "783abc5237e05f25aea2a11dcc2ae2e0e9f4cd23")
SEED = "datexpr2-11"

ZH_RELATIVE = r"当|當|琴日|聽日|尋日|前|后|後|昨|今|明|去年|上|下|以前|之前|本|这|這|星期|周|週|礼拜|禮拜|內|内|过去|過去|未来|未來|最近|近"
RU_RELATIVE = (r"назад|через|вчера|сегодня|завтра|прошл|следующ|позав|послезав|спустя|\bэт|понедельник|вторник|"
               r"сред[ау]|четверг|пятниц|суббот|воскресень|сейчас|течение")
ZH_TIME = r"[点點时時秒]|分钟|分鐘|\d+分|上午|下午|晚上|早上|中午|凌晨|傍晚|夜|今晚|明晚|昨晚|晚|早|[:：]|am|pm|AM|PM"
RU_TIME = (r"\d{1,2}:\d{2}|час|минут|секунд|утр|вечер|ноч|полдень|полночь|полудн|обед|сейчас|\bв \d{1,2}"
           r"(?!\s*(?:-?го\s+)?[а-яё]*(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек))")
ZH_SPAN = r"[至到~～—ー\-]|从|從|以来|以來|期间|期間|[內内]"  # ranges, since, within: no single date
ZH_WEEKDAY = r"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天1-7]"
ZH_COUNTED_WEEK = r"[\d一二两兩三四五六七八九十几幾]+个?個?(?:星期|礼拜|禮拜|周|週)"
RU_WEEKDAY = r"понедельник|вторник|сред[ауы]|четверг|пятниц|суббот|воскресень"
RU_COUNTED_WEEK = r"(?:\d+|одн\w*|дв[ае]|тр[иё]\w*|четыр\w*|пят\w*|несколько)\s+недел|неделю\s+(?:назад|спустя)|через\s+неделю"
RU_SPAN = r"течение|пределах|следующие|прошлые|последние|ближайшие"  # within N, the next N weeks: spans
RU_MONTH = r"месяц|янв|фев|март|апр|ма[йя]\b|июн|июл|авг|сен|окт|ноя|дек"


def git_show(slug: str, commit: str, path: str) -> str:
    repo = MIRROR / slug.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(repo), "show", f"{commit}:{path}"], check=True,
                          capture_output=True, text=True).stdout


def git_ls(slug: str, commit: str, under: str) -> list[str]:
    repo = MIRROR / slug.replace("/", "+") / "repo"
    out = subprocess.run(["git", "--git-dir", str(repo), "ls-tree", "-r", "--name-only", commit, under],
                         check=True, capture_output=True, text=True).stdout
    return sorted(out.split())


def split_of(path: str, expr: str) -> str:
    h = hashlib.md5(f"{SEED}|{path}|{expr}".encode()).hexdigest()
    return "dev" if int(h[:8], 16) % 2 == 0 else "test"


# ---------------------------------------------------------------- chrono

JS_STR = r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\''
CASE = re.compile(r"testSingleCase\(\s*chrono[\w.]*\s*,\s*(?:" + JS_STR + r")\s*,")
NEW_DATE = re.compile(r"new Date\(([^()]*)\)")


def js_unescape(s: str) -> str:
    return s.replace('\\"', '"').replace("\\'", "'").replace("\\\\", "\\")


def js_date(args: str) -> dt.date | None:
    """The date of `new Date(args)`: numbers (month 0-based) or an ISO string."""
    args = args.strip()
    if not args:
        return None
    m = re.fullmatch(r"[\"'](\d{4})-(\d{2})-(\d{2})[^\"']*[\"']", args)
    if m:
        return dt.date(*map(int, m.groups()))
    parts = [p.strip() for p in args.split(",")]
    if len(parts) < 3 or not all(re.fullmatch(r"[\d\s+\-]+", p) for p in parts[:3]):
        return None
    y, mo, d = (sum(int(t) for t in re.findall(r"[+-]?\s*\d+", p.replace(" ", ""))) for p in parts[:3])
    # JS Date rolls over out-of-range months and days; do the same.
    y += mo // 12
    mo %= 12
    return dt.date(y, mo + 1, 1) + dt.timedelta(days=d - 1)


def chrono_expected(block: str) -> dt.date | None:
    got = {}
    for unit in ("year", "month", "day"):
        m = re.search(r'result\.start\.get\("' + unit + r'"\)\)\.toBe\((\d+)\)', block)
        if m:
            got[unit] = int(m.group(1))
    if len(got) == 3:
        return dt.date(got["year"], got["month"], got["day"])
    m = re.search(r"result(?:\.start)?\)\.toBeDate\(new Date\(([^()]*)\)\)", block) or re.search(
        r"expectDate = new Date\(([^()]*)\)", block)
    return js_date(m.group(1)) if m else None


def precision(lang: str, expr: str) -> str | None:
    """'day', 'month', 'year' or None (not scored) from the words of a chrono expression."""
    if lang == "zh":
        if re.search(ZH_TIME, expr) or re.search(ZH_SPAN, expr):
            return None
        if re.search(ZH_WEEKDAY, expr) or re.search(ZH_COUNTED_WEEK, expr):
            return "day"
        if re.search(r"[日号號天]|昨|前天|后天|後天", expr):
            return "day"
        if re.search(r"星期|周|週|礼拜|禮拜", expr):
            return None  # a week as a whole
        if "月" in expr:
            return "month"
        return "year" if "年" in expr else None
    if re.search(RU_TIME, expr, re.IGNORECASE) or re.search(RU_SPAN, expr, re.IGNORECASE):
        return None
    if re.search(RU_WEEKDAY, expr, re.IGNORECASE) or re.search(RU_COUNTED_WEEK, expr, re.IGNORECASE):
        return "day"
    if re.search(r"вчера|сегодня|завтра|\bдн|день|дня|\b(?:[012]?\d|3[01])\b|\w(?:ое|ого|го|е)\s+(?:" + RU_MONTH + ")",
                 expr, re.IGNORECASE):
        return "day"
    if re.search(r"недел", expr, re.IGNORECASE):
        return None
    if re.search(RU_MONTH, expr, re.IGNORECASE):
        return "month"
    return "year" if re.search(r"\bгод|году\b|\bлет\b|\d{4}", expr, re.IGNORECASE) else None


def at_precision(d: dt.date, prec: str) -> str:
    return {"day": d.isoformat(), "month": d.strftime("%Y-%m"), "year": f"{d.year:04d}"}[prec]


def chrono_rows() -> list[list[str]]:
    slug, commit = CHRONO
    rows = []
    paths = [p for p in git_ls(slug, commit, "test") if re.match(r"test/(zh/hans|zh/hant|ru)/[^/]+\.test\.ts$", p)]
    for path in paths:
        lang = "ru" if path.startswith("test/ru/") else "zh"
        src = git_show(slug, commit, path)
        starts = list(CASE.finditer(src))
        for i, m in enumerate(starts):
            block = src[m.end(): starts[i + 1].start() if i + 1 < len(starts) else len(src)]
            text = js_unescape(m.group(1) if m.group(1) is not None else m.group(2))
            ref_m = re.match(r"\s*new Date\(([^()]*)\)", block) or re.match(
                r"\s*\{\s*instant:\s*new Date\(([^()]*)\)", block)
            ref = js_date(ref_m.group(1)) if ref_m else None
            tm = re.search(r"result\.text\)\.toBe\((?:" + JS_STR + r"|(text))\)", block)
            expr = text
            if tm and tm.group(3) is None:
                expr = js_unescape(tm.group(1) if tm.group(1) is not None else tm.group(2))
            exp = chrono_expected(block)
            prec = precision(lang, expr)
            source = f"{slug}@{commit[:12]}:{path}"
            has_end = re.search(r"result\.end\)\.(?!toBeNull)|result\.end\.get", block)  # a range
            if ref is None or exp is None or prec is None or has_end:
                rows.append([split_of(path, expr), lang, source, ref.isoformat() if ref else "-", expr, "-", "other"])
                continue
            kind = "relative" if re.search(ZH_RELATIVE if lang == "zh" else RU_RELATIVE, expr, re.IGNORECASE) else "absolute"
            rows.append([split_of(path, expr), lang, source, ref.isoformat(), expr, at_precision(exp, prec), kind])
    return rows


# ---------------------------------------------------------------- JioNLP

TS_COMMENT = re.compile(r"^\s*(_ts_\d+)\s*=\s*\d+\s*#\s*(\d{4}-\d{2}-\d{2})", re.MULTILINE)


def jio_base(node: ast.AST, named: dict[str, dt.date]) -> dt.date | None:
    if isinstance(node, ast.Name):
        return named.get(node.id)
    if isinstance(node, ast.Dict):
        try:
            d = ast.literal_eval(node)
        except ValueError:
            return None
        if all(k in d for k in ("year", "month", "day")):
            return dt.date(d["year"], d["month"], d["day"])
        return None
    if isinstance(node, ast.List):
        try:
            v = ast.literal_eval(node)
        except ValueError:
            return None
        return dt.date(*v[:3]) if len(v) >= 3 else None
    if isinstance(node, ast.Call) and ast.unparse(node.func) == "datetime.datetime" and len(node.args) >= 3:
        return dt.date(*[ast.literal_eval(a) for a in node.args[:3]])
    return None


def jio_expected(res) -> str | None:
    """YYYY-MM-DD, YYYY-MM or YYYY when an accurate result is one whole day, month or year."""
    if not isinstance(res, dict) or res.get("definition") != "accurate":
        return None
    if res.get("type") not in ("time_point", "time_span"):
        return None
    t = res.get("time")
    if not (isinstance(t, list) and len(t) == 2 and all(isinstance(x, str) for x in t)):
        return None
    try:
        a = dt.datetime.strptime(t[0], "%Y-%m-%d %H:%M:%S")
        b = dt.datetime.strptime(t[1], "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None
    if a.time() != dt.time(0, 0, 0) or b.time() != dt.time(23, 59, 59):
        return None
    if a.date() == b.date():
        return a.date().isoformat()
    last = calendar.monthrange(a.year, a.month)[1]
    if a.day == 1 and b.year == a.year and b.month == a.month and b.day == last:
        return a.strftime("%Y-%m")
    if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
        return f"{a.year:04d}"
    return None


def jionlp_rows() -> list[list[str]]:
    slug, commit = JIONLP
    path = "test/test_time_parser.py"
    src = git_show(slug, commit, path)
    named = {k: dt.date.fromisoformat(v) for k, v in TS_COMMENT.findall(src)}
    tree = ast.parse(src)
    source = f"{slug}@{commit[:12]}:{path}"
    rows = []
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef) or fn.name != "test_time_parser":
            continue
        body = fn.body
        for i, st in enumerate(body):
            if not (isinstance(st, ast.Assign) and isinstance(st.value, ast.List)):
                continue
            # the loop that reads this list: parse_time called with nothing but the base and a period count
            loop = next((s for s in body[i + 1:] if isinstance(s, ast.For)), None)
            calls = [c for c in ast.walk(loop) if isinstance(c, ast.Call)
                     and ast.unparse(c.func) == "jio.parse_time"] if loop else []
            plain = bool(calls) and all(k.arg in ("time_base", "period_results_num") for k in calls[0].keywords)
            for item in st.value.elts:
                if not (isinstance(item, ast.List) and len(item.elts) >= 3):
                    continue
                text_node = item.elts[0]
                if not (isinstance(text_node, ast.Constant) and isinstance(text_node.value, str)):
                    continue
                expr = text_node.value
                ref = jio_base(item.elts[1], named)
                try:
                    res = ast.literal_eval(item.elts[-1])
                except ValueError:
                    res = None
                exp = jio_expected(res) if plain else None
                if "\n" in expr or "\t" in expr or not expr.strip():
                    continue
                if ref is None or exp is None or not re.search(r"[\u4e00-\u9fff]", expr) or re.search(ZH_SPAN, expr):
                    rows.append([split_of(path, expr), "zh", source, ref.isoformat() if ref else "-", expr, "-",
                                 "other"])
                    continue
                kind = "relative" if re.search(ZH_RELATIVE, expr) else "absolute"
                rows.append([split_of(path, expr), "zh", source, ref.isoformat(), expr, exp, kind])
    return rows


def write_rows(rows: list[list[str]], out_path: Path) -> None:
    """The set's TSV: expressions stripped, the first row of each (lang, reference, expression) kept, empty ones and
    ones holding a tab or a line break left out (also used by build_date_expressions3.py)."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for r in rows:
        r[4] = r[4].strip()
        key = (r[1], r[3], r[4])
        if key in seen or not r[4] or "\t" in r[4] or "\n" in r[4]:
            continue
        seen.add(key)
        out.append(r)
    with out_path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar=None, lineterminator="\n")
        w.writerow(["split", "lang", "source", "reference", "expression", "expected", "kind"])
        w.writerows(out)
    print(f"{len(out)} rows -> {out_path}")


def main() -> None:
    write_rows(chrono_rows() + jionlp_rows(), OUT)


if __name__ == "__main__":
    main()
