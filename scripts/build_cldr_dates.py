"""Build src/bilat/data/cldr_dates.json: every month name, weekday name and relative date phrase CLDR lists for
the languages bilat reads dates in (issue 11, dates), from the CLDR data that babel ships.

    python scripts/build_cldr_dates.py

Per language (with its regional locales: ar_LB/ar_IQ/ar_SY Levantine months, ar_DZ/ar_TN/ar_MA Maghreb months,
fa_AF Dari months, zh_Hant):
- months: every width (wide, abbreviated) and context (format, stand-alone) of the Gregorian month names -> 1..12;
  narrow forms (one letter), wide names of fewer than 3 characters and abbreviations of fewer than 4 (fa_AF "جول"
  is also a joule) are left out;
- weekdays: the same for weekday names -> 0 (Monday) .. 6 (Sunday);
- days: the relative day phrases (`date_fields.day.relative`: "أول أمس" -2, "پریروز" -2, "hôm kia" -2) -> offset;
- periods: the relative week, month and year phrases ("الأسبوع القادم", "هفتهٔ آینده", "tháng sau") ->
  [unit, offset];
- weekday_phrases: the relative weekday phrases ("الثلاثاء الماضي", "سه‌شنبهٔ گذشته", "Thứ Ba tuần trước",
  "上周二") -> [weekday, offset]; bilat splits each into its weekday and its modifier word.
bilat reads this file beside its own lists (data/dates.json and the month tables of stages/dates.py, which win where
both have a form). Solar Hijri and Lunar Hijri month names are not in babel's CLDR (it ships the Gregorian calendar
only); those lists stay in stages/dates.py and data/dates.json. Licence of the data: Unicode License v3 (CLDR),
https://www.unicode.org/license.txt.
"""

from __future__ import annotations

import json
from pathlib import Path

import babel
from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "src" / "bilat" / "data" / "cldr_dates.json"
LANGS = {
    "ar": ("ar", "ar_EG", "ar_SA", "ar_LB", "ar_IQ", "ar_SY", "ar_JO", "ar_PS", "ar_DZ", "ar_TN", "ar_MA"),
    "fa": ("fa", "fa_AF"),
    "vi": ("vi",),
    "th": ("th",),
    "zh": ("zh", "zh_Hant"),
    "en": ("en", "en_GB"),
    "ru": ("ru",),
}
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PERIOD_KEYS = ("week", "month", "year")  # quarters: bilat has no quarter period (ar "الربع الأخير" is Q4)


def _plain(x: object) -> object:
    try:
        return {k: _plain(v) for k, v in x.items()}  # type: ignore[attr-defined]
    except AttributeError:
        return x


def _clean(s: str) -> str:
    return s.replace("\u200e", "").replace("\u200f", "").strip()


def names(locale: Locale, kind: str) -> dict[str, int]:
    out: dict[str, int] = {}
    table = locale.months if kind == "months" else locale.days
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for key, name in table[context][width].items():
                name = _clean(name)
                if len(name) >= (3 if width == "wide" else 4) and not name.isdigit():
                    out.setdefault(name, int(key))
    return out


def build() -> dict[str, object]:
    data: dict[str, object] = {
        "_about": ("Month and weekday names and relative date phrases from CLDR (Unicode CLDR "
                   f"{babel.core.get_cldr_version()}, via babel {babel.__version__}), built by "
                   "scripts/build_cldr_dates.py. Licence: Unicode License v3, https://www.unicode.org/license.txt. "
                   "months: name -> 1..12; weekdays: name -> 0 (Monday) .. 6 (Sunday); days: phrase -> days from "
                   "publication; periods: phrase -> [week|month|year, offset]; weekday_phrases: phrase -> "
                   "[weekday, offset]."),
    }
    for lang, locales in LANGS.items():
        months: dict[str, int] = {}
        weekdays: dict[str, int] = {}
        days: dict[str, int] = {}
        periods: dict[str, list[object]] = {}
        weekday_phrases: dict[str, list[int]] = {}
        for name in locales:
            loc = Locale.parse(name)
            for k, v in names(loc, "months").items():
                months.setdefault(k, v)
            for k, v in names(loc, "days").items():
                weekdays.setdefault(k, v)
            fields = _plain(loc._data["date_fields"])
            assert isinstance(fields, dict)
            for off, phrase in (fields.get("day", {}).get("relative") or {}).items():
                days.setdefault(_clean(phrase), int(off))
            for unit in PERIOD_KEYS:
                for off, phrase in (fields.get(unit, {}).get("relative") or {}).items():
                    periods.setdefault(_clean(phrase), [unit, int(off)])
            for wd, key in enumerate(WEEKDAY_KEYS):
                for off, phrase in (fields.get(key, {}).get("relative") or {}).items():
                    weekday_phrases.setdefault(_clean(phrase), [wd, int(off)])
        data[lang] = {"months": months, "weekdays": weekdays, "days": days, "periods": periods,
                      "weekday_phrases": weekday_phrases}
    return data


def main() -> None:
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
