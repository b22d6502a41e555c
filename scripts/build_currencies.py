"""Build src/bilat/data/currencies.json: currency names and symbols -> ISO 4217 codes, from the CLDR data that
babel ships (issue 11, figures).

    python scripts/build_currencies.py

For each of the languages bilat reads figures in (LANGS), every currency that was legal tender somewhere on or
after SINCE (CLDR's territory currency history, babel `get_global("territory_currencies")`) gives its display
name (`Locale(lang).currencies`) and its count forms (`babel.numbers.get_currency_name(code, count=n)`: ru
"швейцарских франков", en "Swiss francs"); Chinese also takes the traditional-script names (zh_Hant). A form that
names two currencies in one language is left out (en "dollar" alone is no form here; "Hong Kong dollars" is). A
symbol (`get_currency_symbol`) is kept when it is not the ISO code itself, has a currency sign or is an Arabic
abbreviation (HK$, ₹, R$, ₪, ر.س.) and names one currency in every locale read. One-word names that are common words
(NOT_ALONE: ar "أفغاني" Afghan) are left out. Licence of the data: Unicode License v3 (CLDR),
https://www.unicode.org/license.txt. The forms units.json already holds keep their unit (quantities reads
units.json first).
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_global
from babel.numbers import get_currency_name, get_currency_symbol

OUT = Path(__file__).resolve().parents[1] / "src" / "bilat" / "data" / "currencies.json"
LANGS = ("en", "ru", "ar", "fa", "vi", "th", "zh")
EXTRA_LOCALES = {"zh": ("zh_Hant",)}
COUNTS = {"en": (1, 2), "ru": (1, 2, 5, 21), "ar": (1, 2, 3, 11, 100), "fa": (1, 2), "vi": (1,), "th": (1,),
          "zh": (1,)}
SINCE = (1990, 1, 1)
# one-word forms that are also common words of the language ("أفغاني" is "Afghan"): never a currency alone
NOT_ALONE = {"ar": {"أفغاني"}, "ru": {"лев"}}
# a code CLDR keeps for a currency's earlier issue, read as the current one
RENAMED = {"RUR": "RUB"}


def codes_since(since: tuple[int, int, int]) -> list[str]:
    """ISO codes of the currencies that were legal tender in some territory on or after ``since``."""
    out: set[str] = set()
    for entries in get_global("territory_currencies").values():
        for code, _start, end, tender in entries:
            if tender and (end is None or tuple(end) >= since):
                out.add(code)
    return sorted(out)


def names(lang: str, codes: list[str]) -> dict[str, str]:
    """Form (lowercased, spaces single) -> code, forms naming two codes left out."""
    seen: dict[str, set[str]] = defaultdict(set)
    for loc in (lang, *EXTRA_LOCALES.get(lang, ())):
        display = Locale.parse(loc).currencies
        for code in codes:
            forms = {display.get(code)}
            forms |= {get_currency_name(code, count=n, locale=loc) for n in COUNTS[lang]}
            for form in forms:
                if not form or form == code:
                    continue
                key = " ".join(form.replace("\u00a0", " ").split()).lower()
                if len(key) >= 2:
                    seen[key].add(code)
    return {form: next(iter(cs)) for form, cs in sorted(seen.items())
            if len(cs) == 1 and form not in NOT_ALONE.get(lang, ())}


def symbols(codes: list[str]) -> dict[str, str]:
    seen: dict[str, set[str]] = defaultdict(set)
    for loc in (*LANGS, *(x for v in EXTRA_LOCALES.values() for x in v)):
        for code in codes:
            sym = get_currency_symbol(code, locale=loc).replace("\u200f", "").replace("\u202f", " ").strip()
            # a currency sign (HK$, ₹) or an Arabic abbreviation (ر.س.); "F CFA", "Cg." are left out
            if sym and sym != code and any(unicodedata.category(ch) == "Sc" or "\u0600" <= ch <= "\u06ff" and "." in sym for ch in sym):
                seen[sym].add(RENAMED.get(code, code))
    return {s: next(iter(cs)) for s, cs in sorted(seen.items()) if len(cs) == 1}


def main() -> None:
    codes = codes_since(SINCE)
    data = {
        "_about": "Currency names and symbols -> ISO 4217 codes, per language, from CLDR as shipped by babel. Built by "
                  "scripts/build_currencies.py; do not edit by hand. names: form -> code (display names and count "
                  "forms of every currency legal tender since 1990; forms naming two currencies left out). symbols: a "
                  "sign with a non-letter (HK$, ₹) -> code, unique across the locales read. Licence: Unicode License "
                  "v3 (CLDR), https://www.unicode.org/license.txt.",
        "source": f"babel {babel.__version__} (CLDR data), locales {', '.join(LANGS)} + zh_Hant",
        "licence": "https://www.unicode.org/license.txt",
        "codes": len(codes),
        "names": {lang: names(lang, codes) for lang in LANGS},
        "symbols": symbols(codes),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(OUT, {k: len(v) for k, v in data["names"].items()}, "symbols", len(data["symbols"]))


if __name__ == "__main__":
    main()
