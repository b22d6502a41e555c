"""Build src/bilat/data/measure_units.json: names of measures of length, area, mass and volume -> a unit symbol, per
language, from the CLDR unit patterns that babel ships (issue 11, figures).

    python scripts/build_measure_units.py

For each language bilat reads figures in (LANGS, with en_GB for "metres" and zh_Hant for 公尺, 英畝), every count form
of the long and short patterns of the units in UNITS (`Locale(lang)._data["unit_patterns"]`: ar "{0} أمتار", ru "{0}
квадратных метров", th "{0} ตร.กม.") gives the form without its "{0}" -> the unit symbol. Left out: "per" patterns, a
form of one letter (en "m" is also "million", ar "م" marks an AD year), forms that are common words of the language
(NOT_UNITS: en "in", ar "قدم" "presented", fa "فوت" "death"), and a form two units share in one language. The forms
units.json already holds keep their units (quantities reads units.json first). Barrels are left out: a scaled number of barrels stays a cardinal, as
units.json has it ("۲ میلیون بشکه", "813 ألف برميل"). Licence of the data: Unicode License v3
(CLDR), https://www.unicode.org/license.txt.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import babel
from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "src" / "bilat" / "data" / "measure_units.json"
LANGS = ("en", "ru", "ar", "fa", "vi", "th", "zh")
EXTRA_LOCALES = {"en": ("en_GB",), "zh": ("zh_Hant",)}
# CLDR unit -> the symbol bilat gives (docs/dates_and_figures.md, Quantity.unit)
UNITS = {
    "length-kilometer": "km", "length-meter": "m", "length-centimeter": "cm", "length-millimeter": "mm",
    "length-mile": "mi", "length-foot": "ft", "length-inch": "in", "length-yard": "yd", "length-nautical-mile": "nmi",
    "area-square-kilometer": "km2", "area-square-meter": "m2", "area-hectare": "ha", "area-acre": "acre",
    "area-square-mile": "mi2", "area-square-foot": "ft2", "area-dunam": "dunam",
    "mass-tonne": "tonne", "mass-kilogram": "kg", "mass-gram": "g",
    "volume-liter": "l", "volume-cubic-meter": "m3",
}
# forms that are also common words after a number in news, or another unit's abbreviation
NOT_UNITS = {
    "en": {"in", "yd", "ac", "mi", "L"},
    "ru": {"ми", "мор. ми", "акр.", "дун."},
    "ar": {"قدم", "ياردة"},  # "قدم" is also the verb "presented"
    "fa": {"فوت", "یارد"},  # "فوت" is also "death" ("فوت کرد")
    "vi": {"mẫu", "dặm", "thùng", "feet", "inch"},  # "mẫu" is also "model", "sample"; "thùng" a box; dặm a loose "mile"
    "th": {"ม.", "ล.", "ก.", "ต.", "bbl"},  # "ม." is also a village (หมู่), "ก." begins "ก.พ." (February), "ต." a subdistrict
    "zh": {"码", "碼", "桶"},  # "码" is also a code, "桶" a bucket (a classifier already)
}


def forms_of(locale: Locale, key: str) -> set[str]:
    out = set()
    for width in ("long", "short"):
        for count, pattern in locale._data["unit_patterns"].get(key, {}).get(width, {}).items():
            if count == "per" or "{0}" not in pattern and count != "one":
                continue
            form = re.sub(r"\s+", " ", pattern.replace("{0}", "").replace("\u200e", "").replace("\u200f", "")).strip()
            if len(form) > 1 and re.search(r"[^\W\d_]", form):
                out.add(form)
    return out


def build() -> dict:
    langs: dict[str, dict[str, str]] = {}
    for lang in LANGS:
        seen: dict[str, set[str]] = defaultdict(set)
        for loc in (lang, *EXTRA_LOCALES.get(lang, ())):
            locale = Locale.parse(loc)
            for key, unit in UNITS.items():
                for form in forms_of(locale, key):
                    seen[form].add(unit)
        langs[lang] = {f: next(iter(u)) for f, u in sorted(seen.items())
                       if len(u) == 1 and f not in NOT_UNITS.get(lang, ())}
    return {
        "_about": ("Measures of length, area, mass and volume -> unit symbol, per language, from CLDR unit patterns via "
                   f"babel {babel.__version__} (Unicode License v3, https://www.unicode.org/license.txt); built by "
                   "scripts/build_measure_units.py. Read by bilat.stages.quantities after units.json."),
        "units": langs,
    }


if __name__ == "__main__":
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print({lang: len(forms) for lang, forms in data["units"].items()})
