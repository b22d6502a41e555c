"""Build src/bilat/data/currencies.json: currency names and symbols -> ISO 4217 codes, from the CLDR data that
babel ships (issue 11, figures).

    python scripts/build_currencies.py

For each of the languages bilat reads figures in (LANGS), every currency that was legal tender somewhere on or
after SINCE (CLDR's territory currency history, babel `get_global("territory_currencies")`) gives its display
name (`Locale(lang).currencies`) and its count forms (`babel.numbers.get_currency_name(code, count=n)`: ru
"швейцарских франков", en "Swiss francs"); Chinese also takes the traditional-script names (zh_Hant). A form that
names two currencies in one language is left out (en "dollar" alone is no form here; "Hong Kong dollars" is). A
symbol (`get_currency_symbol`) is kept when it is not the ISO code itself, has a currency sign or is an Arabic
abbreviation (HK$, ₹, R$, ₪, ر.س.) and names one currency in every locale read. heads: the head word of the names
(en, ru: the last word; vi, ar, fa: the first; th: the name less its country), kept when it names one currency, is no
word of a country's name and no false friend of the language (FALSE_FRIENDS: en "real", ru "соль", ar "سيدي"). One-word names that are common words
(NOT_ALONE: ar "أفغاني" Afghan) are left out. Licence of the data: Unicode License v3 (CLDR),
https://www.unicode.org/license.txt. The forms units.json already holds keep their unit (quantities reads
units.json first).
"""

from __future__ import annotations

import json
import re
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
# the head word of a name ("yen" of "Japanese yen", "иен" of "японских иен", "yên" of "Yên Nhật", "เยน" of "เยนญี่ปุ่น"):
# the last word in en and ru, the first in vi, ar and fa, the name less its country in th (zh names are one word)
HEAD_AT = {"en": -1, "ru": -1, "vi": 0, "ar": 0, "fa": 0}
# heads that are also common words or names of the language: never a currency alone
FALSE_FRIENDS = {
    "en": {"gold", "real", "reals", "mark", "marks", "sol", "soles", "kip", "kips", "tala", "lek", "rand", "dram",
           "drams", "pula", "pulas", "loti", "lotis", "kina", "taka", "takas", "sum", "som", "soms", "escudo", "escudos",
           "lira", "guilder", "guilders", "florin", "colón", "colóns", "cedi", "cedis", "vatu", "vatus"},
    "ru": {"соль", "соля", "солей", "сом", "сома", "сомов", "так", "таки", "така", "бат", "бата", "батов", "пул", "пула",
           "пулы", "тал", "талы", "тала", "лир", "лира", "лиры", "золотой", "золотых", "драма", "драм", "драмов", "сум",
           "сума", "сумов", "кип", "кипа", "кипов", "колон", "колона", "колонов", "лек", "лека", "леков", "седи", "гурд",
           "гурда", "гурдов", "быр", "быра", "быров", "донг", "донга", "донгов", "реал", "реала", "реалов", "денар",
           "денара", "денаров", "флорин", "флорина", "флоринов", "гульден", "гульдена", "гульденов", "кордоба",
           "кордобы", "кордоб", "тенге", "лари", "стерлингов", "герцеговины", "кин"},
    "vi": {"nhân", "sol", "real", "mark", "lia", "tala", "kip", "lek", "rand", "dram", "pula", "loti", "kina", "taka",
           "lari", "dobra", "florin", "guilder", "colón", "escudo", "leone", "đồng", "cedi", "riyal", "lev", "pao"},
    "ar": {"ذهب", "سيدي", "مارك", "بير", "سول", "ليون", "كيب", "ليك", "تالا", "بولا", "درام", "ليرات", "دولارات",
           "دولارًا", "كينا", "لاري", "تاكا", "درهمان", "دراهم", "درهمًا", "مانت", "مانات", "فاتو", "قرطبة", "كولن",
           "راند", "أوقية", "ليف", "كولون", "ماركا"},
    "fa": {"طلای", "سول", "لک", "بات", "مارک", "بیر", "لئون", "کیپ", "درام", "لاری", "راند", "سدی", "پولای", "تالای",
           "افغانی", "رئال", "کولون", "گورد", "کینای", "تاکای", "سامانی"},
    "th": {"ทอง", "กีบ", "ตากา", "เลก", "ซอล"},
}
RU_ADJECTIVE = re.compile(r"(?:ая|яя|ий|ый|ой|ых|их|ие|ые|ого|его|ую)$")
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


def heads(lang: str, codes: list[str], full: dict[str, str]) -> dict[str, str]:
    """Head word -> code, for heads that name one currency of ``codes``, are no word of a country's name
    (CLDR territories) and no false friend; forms ``full`` already has are skipped."""
    loc = Locale.parse(lang)
    country_words = {w.lower() for name in loc.territories.values() for w in name.split()}
    countries = sorted((n for n in loc.territories.values() if len(n) >= 3), key=len, reverse=True)
    seen: dict[str, set[str]] = defaultdict(set)
    current = set(codes_since((9999, 1, 1)))
    for code in codes:
        for n in COUNTS[lang]:
            name = get_currency_name(code, count=n, locale=lang).lower()
            if lang == "th":
                head = next((name[:-len(c)] for c in countries if name.endswith(c.lower()) and len(name) > len(c)), "")
            else:
                words = name.split()
                at = HEAD_AT[lang]
                if lang == "ru" and len(words) >= 2 and not RU_ADJECTIVE.search(words[0]):
                    at = 0  # "доллар США", "рупий Маврикия": the noun first, its country after
                head = words[at] if len(words) >= 2 else ""
            if len(head) >= 3 and head.isalpha() and head not in country_words:
                seen[head].add(code)
    # a head names a currency in use today, and no other currency since SINCE
    return {h: next(iter(cs)) for h, cs in sorted(seen.items())
            if len(cs) == 1 and cs <= current and h not in FALSE_FRIENDS[lang] and h not in full}


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
        "heads": {lang: heads(lang, codes, names(lang, codes)) for lang in LANGS if lang in HEAD_AT or lang == "th"},
        "symbols": symbols(codes),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(OUT, {k: len(v) for k, v in data["names"].items()}, "heads", {k: len(v) for k, v in data["heads"].items()},
          "symbols", len(data["symbols"]))


if __name__ == "__main__":
    main()
