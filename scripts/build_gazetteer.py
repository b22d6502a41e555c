"""Build src/bilat/data/gazetteer.json.gz from the hand-checked sources and CLDR (babel).

    .venv/bin/python scripts/build_gazetteer.py

Sources (scripts/gazetteer_src/):
- countries_extra.json  ISO 3166-1 alpha-2 -> alpha-3 table, historical states, certain QIDs,
                        hand-checked names (en ru vi th ar fa zh: long/short forms, demonyms,
                        Vietnamese phonetic spellings), capitals (kind "place"), blockers,
                        context-only names, Chinese one-character abbreviations
- orgs.json             international organisations
- persons/*.json        leaders (written by another contributor; ids may be null)
- leaders.json          heads of state and government since 1990, foreign ministers of 2019 and 2022 and
                        defence ministers of 2019, English
                        names, QIDs from Wikidata (built by scripts/build_leaders.py; LEADERS.md); merged
                        into the persons above when a folded Latin name and the country agree
- cedict_persons.json  Chinese names of those persons from CC-CEDICT glosses (scripts/build_cedict_persons.py;
                        CC BY-SA 4.0); a name that is already another entity's key is left out
- leader_names.json     Persian, Russian, Thai and Arabic names of those persons, written by hand (the same
                        rule); ``successors``: a person of a dissolved state only (SUN) takes the state
                        that continues it as their country
- Persian names derived from the Arabic names above for persons that have none (build_fa_from_ar:
                        Persian letters, and پ گ و چ where the Latin name asks for them)
- CLDR territory names of every babel locale (filtered: ambiguous and short names dropped)

Output: {"version", "entities": [Entity.as_dict()], "patterns": [[key, pass, [entity index], flags, lang]],
"zh_abbr": {char: entity index}, "aliases": {former id: id}}.
Pass "a" keys are ``normalize.match_text(name)``; pass "b" keys are
Latin-folded (``fold_latin``) for Vietnamese and person names written without diacritics.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bilat.gazetteer import (
    AR_ART,
    AR_STEM,
    BLOCK,
    CASE_EXACT,
    CASE_INIT,
    CONTEXT,
    CYR_STEM,
    DEMONYM,
    FORMAT_VERSION,
    FULL,
    LOCAL,
    NO_TAIL,
    PREFIX,
    VI_SHORT,
    cyrillic_stem,
)
from bilat.normalize import fold_latin, match_text

SRC = ROOT / "scripts" / "gazetteer_src"
OUT = ROOT / "src" / "bilat" / "data" / "gazetteer.json.gz"
MAIN_LANGS = ("en", "ru", "vi", "th", "ar", "fa", "zh")
CYR_LANGS = ("ru", "uk", "be", "bg")
# big languages whose short CLDR names (Irak, Rusia, Росія) are trusted like two locales agreeing
TRUSTED = ("de", "fr", "es", "it", "pt", "uk", "tr", "pl", "nl", "id", "ms", "cs", "ro", "hu", "sv")
# a key that only other locales give (Afrikaans Pole, Swahili Papua) is used only in their documents
GLOBAL_LANGS = frozenset(MAIN_LANGS + TRUSTED + ("ja", "ko", "learned"))
NOT_ISO = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
NO_SPACE_SCRIPTS = ("THAI", "CJK", "HIRAGANA", "KATAKANA", "HANGUL", "LAO", "KHMER", "MYANMAR", "TIBETAN")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold_latin(text)).strip("-")


def is_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def is_cased(text: str) -> bool:
    return any(c.isalpha() and c.lower() != c.upper() for c in text)


def no_space_script(text: str) -> bool:
    return any(c.isalpha() and unicodedata.name(c, "").startswith(NO_SPACE_SCRIPTS) for c in text)


def case_flags(name: str) -> int:
    if not is_cased(name):
        return 0
    letters = [c for c in name if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return CASE_EXACT
    return CASE_INIT if name[:1].isupper() else 0


class Builder:
    def __init__(self) -> None:
        self.entities: list[dict] = []
        self.index: dict[str, int] = {}
        # (key, pass) -> {entity index: flags}, lang
        self.patterns: dict[tuple[str, str], dict[int, int]] = defaultdict(dict)
        self.pattern_lang: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.own_lang: set[str] = set()  # keys used only in documents of their own language
        self.aliases: dict[str, str] = {}  # an id a person had before it took its QID -> the QID

    def entity(self, data: dict) -> int:
        if data["id"] in self.index:
            i = self.index[data["id"]]
            names = self.entities[i]["names"]
            for lang, variants in data.get("names", {}).items():
                have = names.setdefault(lang, [])
                have += [v for v in variants if v not in have]
            if not self.entities[i].get("roles") and data.get("roles"):
                self.entities[i]["roles"] = data["roles"]
            return i
        self.index[data["id"]] = len(self.entities)
        self.entities.append({**data, "names": {k: list(dict.fromkeys(v)) for k, v in data.get("names", {}).items()}})
        return len(self.entities) - 1

    def add_pattern(self, name: str, ent: int, lang: str, flags: int = 0) -> None:
        name = unicodedata.normalize("NFC", name.strip())
        key = match_text(name)
        if len(key) < 2 and not flags & BLOCK:
            return
        flags |= case_flags(name)
        self._put((key, "a"), ent, lang, flags)
        if is_latin(name) and (lang == "vi" or self.entities[ent]["kind"] == "person" if ent >= 0 else lang == "vi"):
            folded = fold_latin(name)
            if folded != key and len(folded) >= 6 and not flags & VI_SHORT:
                self._put((folded, "b"), ent, lang, flags)
        if lang in CYR_LANGS and ent >= 0 and self.entities[ent]["kind"] in ("country", "place", "person"):
            self._cyrillic_stem(key, ent, lang, flags | CASE_INIT if name[:1].isupper() else flags)
            if lang in ("ru", "uk") and self.entities[ent]["kind"] != "person":
                for form in cyrillic_phrase_forms(name):
                    self._put((match_text(form), "a"), ent, lang, flags | case_flags(form))
        if lang == "ar" or lang == "fa":
            self._arabic_forms(key, ent, lang, flags, name.startswith("ال"))

    def _put(self, pk: tuple[str, str], ent: int, lang: str, flags: int) -> None:
        slot = self.patterns[pk]
        if not flags & (AR_STEM | CYR_STEM):
            flags |= FULL
        if ent in slot:  # checks every variant needs stay (case, article); the others add up
            old = slot[ent]
            both = CASE_INIT | CASE_EXACT | AR_ART | DEMONYM  # a key that is also a name is no demonym
            # صین: the bare name needs its article (الصین), the nisba stem its ending (صینی): either will do
            art_or_stem = old & AR_ART and flags & AR_STEM or flags & AR_ART and old & AR_STEM
            flags = (old & flags & both) | ((old | flags) & ~both) | (AR_ART if art_or_stem else 0)
        slot[ent] = flags
        self.pattern_lang[pk].add(lang)

    def _cyrillic_stem(self, key: str, ent: int, lang: str, flags: int) -> None:
        """Россия -> Росси+и/ю/ей, Украина -> Украин+ы/у/е, Казахстан -> Казахстан+а/е/ом, Кремль -> Кремл+я/е."""
        stem = cyrillic_stem(key)
        if stem is not None:
            self._put((stem, "a"), ent, lang, flags | CYR_STEM)

    def _arabic_forms(self, key: str, ent: int, lang: str, flags: int, article: bool) -> None:
        """The bare stem of an ال name (after لل), and the demonym stem (روسیا -> روس + ی). A name of two words
        or more gets its bare form only, a person's none: للولايات المتحدة, للمملكة المتحدة, للأمم المتحدة."""
        if ent < 0:
            return
        if " " in key:
            if lang == "ar" and article and len(key.split(" ")[0]) >= 5 and self.entities[ent]["kind"] != "person":
                self._put((key[2:], "a"), ent, lang, flags & ~NO_TAIL | AR_ART)
            return
        if lang == "ar" and article and len(key) >= 5:  # الصين, not ألبانيا
            self._put((key[2:], "a"), ent, lang, flags & ~NO_TAIL | AR_ART)  # الإنجليز: إنجليز|ي stays open
            key = key[2:]
        stem = None
        if lang == "ar":
            for end in ("یا", "یه", "ا"):
                if key.endswith(end):
                    stem = key[: -len(end)]
                    break
        elif key.endswith("یه"):
            stem = key[:-2]
        if stem and len(stem) >= 3 and self.entities[ent]["kind"] == "country":
            self._put((stem, "a"), ent, lang, flags | AR_STEM)


# adjective + noun names in Russian and Ukrainian decline both words: Північн|ої Коре|ї,
# Сполучен|ому Королівств|і, Южн|ой Коре|и. Endings per gender/number, nominative first.
CYR_ADJ = (("ая", "ой", "ую", "ою"), ("ое", "ого", "ому", "ым", "ом"), ("ые", "ых", "ым", "ыми"),
           ("ий", "ого", "ому", "им", "ом"), ("ій", "ього", "ьому", "ім"),
           ("а", "ої", "ій", "у", "ою"), ("е", "ого", "ому", "им"), ("і", "их", "им", "ими"))
CYR_NOUN = (("ия", "ии", "ию", "ией"), ("ія", "ії", "ію", "ією"), ("я", "и", "і", "ї", "ю", "ей", "єю", "ею"),
            ("а", "ы", "и", "і", "е", "у", "ой", "ою"), ("о", "а", "у", "е", "і", "ом"),
            ("ы", "ов", "ам", "ах", "ами"), ("и", "ів", "ам", "ах", "ами"))


def _declined(word: str, table: tuple[tuple[str, ...], ...]) -> list[str]:
    for endings in table:
        if word.endswith(endings[0]) and len(word) > len(endings[0]) + 2:
            stem = word[: -len(endings[0])]
            return [stem + e for e in endings]
    return [word]


def cyrillic_phrase_forms(name: str) -> list[str]:
    """The oblique cases of a two-word Russian/Ukrainian name (adjective + noun), by rule."""
    words = name.split()
    if len(words) != 2 or not all(re.fullmatch(r"[А-ЯЁІЇЄҐа-яёіїєґʼ'-]+", w) for w in words):
        return []
    adjs, nouns = _declined(words[0], CYR_ADJ), _declined(words[1], CYR_NOUN)
    if len(adjs) == 1:
        return []
    return [f"{a} {n}" for a in adjs for n in nouns if f"{a} {n}" != name]


def load_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def build_countries(b: Builder, extra: dict) -> dict[str, int]:
    a23 = extra["alpha2_to_alpha3"]
    from babel import Locale
    en = Locale.parse("en").territories
    by_iso3: dict[str, int] = {}
    for a2, a3 in sorted(a23.items()):
        name = en.get(a2, a3)
        by_iso3[a3] = b.entity(_country(a3, name, extra))
    for hist in extra["historical"]:
        by_iso3[hist["iso3"]] = b.entity(_country(hist["iso3"], hist["name"], extra))
    # hand-checked names first
    context = _context_keys(extra)
    for a3, langs in extra["names"].items():
        for lang, names in langs.items():
            for n in names:
                b.entity({"id": b.entities[by_iso3[a3]]["id"], "names": {lang: [n]}})
                b.add_pattern(n, by_iso3[a3], lang, _flags(n, lang, context) | (DEMONYM if is_demonym(n, lang) else 0))
    _english_demonyms(b, by_iso3, extra, context)
    for a3, plurals in extra.get("ar_broken_plurals", {}).items():  # الأتراك, الهنود: demonyms with no nisba
        for plural in plurals:  # with its article no ending (الروسي is روسي); bare, the nisba stem may share it (إنجليز|ي)
            _add_names(b, by_iso3[a3], "ar", [plural], context, DEMONYM | (NO_TAIL if plural.startswith("ال") else 0))
    for lang in ("ar", "fa"):  # الأفغاني, فرانسوی: a stem that takes only a nisba ending
        for a3, stems in extra.get("nisba_stems", {}).get(lang, {}).items():
            for stem in stems:
                b._put((match_text(stem), "a"), by_iso3[a3], lang, AR_STEM | DEMONYM)
    for lang in ("ru", "uk"):  # российск|ий, китайськ|ої; американець, американц|ями
        for a3, stems in extra.get(f"{lang}_adjective_stems", {}).items():
            for stem in [stems] if isinstance(stems, str) else stems:  # российск; русск
                b._put((match_text(stem), "a"), by_iso3[a3], lang, CYR_STEM | DEMONYM)
        for a3, pairs in extra.get(f"{lang}_noun_stems", {}).items():
            for nominative, stem in [pairs] if isinstance(pairs[0], str) else pairs:
                # россиянин -> россиян: the genitive plural of -анин/-янин is the bare stem
                bare = [stem] if nominative.endswith(("анин", "янин")) else []
                _add_names(b, by_iso3[a3], lang, [nominative, *bare], context, DEMONYM)
                b._put((match_text(stem), "a"), by_iso3[a3], lang, CYR_STEM | DEMONYM)
    for lang, forms in (("de", german_adjective), ("fr", french_adjective), ("es", spanish_adjective)):
        for a3, bases in extra.get(f"{lang}_adjectives", {}).items():
            _add_names(b, by_iso3[a3], lang, [f for base in bases for f in forms(base)], context, DEMONYM)
    for lang in ("de", "fr", "es", "tr"):  # lower-case adjectives and short names: their own language only
        b.own_lang.update(match_text(n) for langs in extra["names"].values() for n in langs.get(lang, ())
                          if not n[:1].isupper() or len(n) < 5)  # tr belge "document", Fas (FAS)
        b.own_lang.update(match_text(f) for bases in extra.get(f"{lang}_adjectives", {}).values()
                          for base in bases if not base[:1].isupper() for f in ADJ_FORMS[lang](base))
    for a3, names in list(extra["names"].items()):  # Amerikalı -> Amerikalılar
        _add_names(b, by_iso3[a3], "tr", [f for n in names.get("tr", ()) if n.lower()[-2:] in ("lı", "li", "lu", "lü")
                                          for f in turkish_demonym(n)], context, DEMONYM)
    _cldr(b, a23, by_iso3, context, extra)
    _inflected_cldr(b, a23, by_iso3, context, extra)
    return by_iso3


def _add_names(b: Builder, ent: int, lang: str, names: list[str], context: set[str], extra_flags: int = 0) -> None:
    b.entity({"id": b.entities[ent]["id"], "names": {lang: names}})
    for n in names:
        b.add_pattern(n, ent, lang, _flags(n, lang, context) | extra_flags)


EN_DEMONYM = re.compile(r"(?:an|ans|ese|ish|i|is|ic|ch|sh|ss|ek|eks|akh|akhs|ot|ots|ino|inos|er|ers)$")
TR_DEMONYM = re.compile(r"(?:lı|li|lu|lü)(?:lar|ler)?$")


def is_demonym(name: str, lang: str) -> bool:
    """A hand-listed form that is a demonym or adjective, not a name of the country (Mention.form):
    English words in -an/-ese/-ish/-i (Russian, Chinese, Saudi), lower-case Cyrillic, French, German
    and Spanish words (российский, russe, russisch, ruso), Turkish -lı/-li (Çinli). Arabic and
    Persian nisbas are told at match time (the ی after the name)."""
    if " " in name.strip() or not name[:1].isalpha():
        return False
    if lang == "en":
        return bool(EN_DEMONYM.search(name)) and name[:1].isupper() and not name.isupper()
    if lang in ("ru", "uk", "be", "bg", "fr", "de", "es"):
        return name[:1].islower()
    if lang == "tr":
        return bool(TR_DEMONYM.search(name.lower()))
    return False


def german_adjective(base: str) -> list[str]:
    """deutsch -> deutsch, deutsche, deutschen, deutscher, deutsches, deutschem; a noun in -er
    (Amerikaner) -> Amerikaner, Amerikanern, Amerikanerin, Amerikanerinnen; in -e (Brite) -> Briten."""
    if base[:1].isupper() and base.endswith("er"):
        return [base, base + "n", base + "s", base + "in", base + "innen"]
    if base[:1].isupper() and base.endswith("e"):
        return [base, base + "n"]
    return [base] + [base + e for e in ("e", "en", "er", "es", "em")]


def french_adjective(base: str) -> list[str]:
    """argentin -> argentine, argentins, argentines; italien -> italienne; danois -> danoise; belge -> belges."""
    if base.endswith("e"):
        return [base, base + "s"]
    if base.endswith(("ien", "éen", "on")):
        return [base, base + "ne", base + "s", base + "nes"]
    if base.endswith(("s", "x")):
        return [base, base + "e", base + "es"]
    return [base, base + "e", base + "s", base + "es"]


def spanish_adjective(base: str) -> list[str]:
    """argentino -> argentina, argentinos, argentinas; danés -> danesa, daneses, danesas;
    marroquí -> marroquíes; belga -> belgas; español -> española, españoles, españolas."""
    if base.endswith("o"):
        return [base, base[:-1] + "a", base + "s", base[:-1] + "as"]
    if base.endswith(("és", "án", "ón")):
        plain = base[:-2] + {"é": "e", "á": "a", "ó": "o"}[base[-2]] + base[-1]
        return [base, plain + "a", plain + "es", plain + "as"]
    if base.endswith(("í", "e", "a")):
        return [base, base + ("es" if base.endswith("í") else "s")]
    return [base, base + "a", base + "es", base + "as"]


TR_HARMONY = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}
ADJ_FORMS = {"de": german_adjective, "fr": french_adjective, "es": spanish_adjective}


def turkish_demonym(name: str) -> list[str]:
    """Kenya -> Kenyalı, Kenyalılar; a demonym in -lı/-li/-lu/-lü -> its plural (Amerikalılar)."""
    if " " in name or len(name) < 4:
        return []
    low = name.lower()
    vowel = next((c for c in reversed(low) if c in TR_HARMONY), "a")
    if low[-2:] in ("lı", "li", "lu", "lü"):
        return [name + ("lar" if TR_HARMONY[vowel] in "ıu" else "ler")]
    suffix = "l" + TR_HARMONY[vowel]
    return [name + suffix, name + suffix + ("lar" if TR_HARMONY[vowel] in "ıu" else "ler")]


def _inflected_cldr(b: Builder, a23: dict, by_iso3: dict[str, int], context: set[str], extra: dict) -> None:
    """Forms of the German and Turkish CLDR (and hand-checked) country names by rule: the German
    genitive (Chinas, Großbritanniens) and the Turkish demonym in -lı/-li/-lu/-lü with its plural
    (Kenyalı, Kenyalılar)."""
    from babel import Locale

    a32 = {a3: a2 for a2, a3 in a23.items()}
    for lang in ("de", "tr"):
        hand = [(a32[a3], n) for a3, langs in extra["names"].items() if a3 in a32
                for n in langs.get(lang, ()) if n[:1].isupper() and lang == "de"]
        for a2, name in list(Locale.parse(lang).territories.items()) + hand:
            key = match_text(name)
            if a2 not in a23 or a23[a2] not in by_iso3 or not _usable(name) or key in context:
                continue
            if lang == "de" and len(name) >= 5 and name[-1] not in "sxzß" and " " not in name:
                forms = [name + "s"]
            elif lang == "tr":
                forms = turkish_demonym(name)
            else:
                continue
            _add_names(b, by_iso3[a23[a2]], lang, forms, context)


def _context_keys(extra: dict) -> set[str]:
    """Context-only names of scripts shared by many languages (Latin, Cyrillic): flagged in every
    language. Arabic-script ones depend on the language (مصر is Egypt in Arabic, "insistent" in
    Persian) and are checked at run time from ``context_lang``."""
    return {match_text(n) for lang, names in extra["context_only"].items() if lang not in ("ar", "fa")
            for n in names}


A_PLUS_N = {"Kenya", "Cuba", "Uganda", "Rwanda", "Angola", "Venezuela", "Guatemala", "Nicaragua", "Samoa", "Tonga",
            "Andorra", "Panama", "Costa Rica", "Korea"}


def _english_demonyms(b: Builder, by_iso3: dict[str, int], extra: dict, context: set[str]) -> None:
    """Colombia -> Colombian, Uzbekistan -> Uzbekistani (and Kenya -> Kenyan for a short list), by
    rule from the English name; names that need context give none (Dominica is not "Dominican"). Then the
    hand list ``en_demonyms`` (Ghanaian, Peruvian), the plural of every demonym noun by rule (Iranians,
    Iraqis, North Koreans, Uzbeks: :func:`english_plural`) and the irregular ones (``en_plurals``: Turks,
    Britons, Poles)."""
    from babel import Locale

    en = Locale.parse("en").territories
    made: dict[str, list[str]] = {}
    for a2, a3 in extra["alpha2_to_alpha3"].items():
        name = en.get(a2)
        if not name or " " in name or match_text(name) in context or a3 not in by_iso3:
            continue
        if name.endswith("ia") or name in A_PLUS_N:
            form = name + "n"
        elif name.endswith("stan"):
            form = name + "i"
        else:
            continue
        b.entity({"id": b.entities[by_iso3[a3]]["id"], "names": {"en": [form]}})
        b.add_pattern(form, by_iso3[a3], "en", DEMONYM)
        made.setdefault(a3, []).append(form)
    for a3, forms in extra.get("en_demonyms", {}).items():
        _add_names(b, by_iso3[a3], "en", forms, context, DEMONYM)
    names = {n for langs in extra["names"].values() for n in langs.get("en", ())}
    terr = set(en.values())
    for a3, ent in by_iso3.items():
        singular = [*extra["names"].get(a3, {}).get("en", ()), *made.get(a3, ()), *extra.get("en_demonyms", {}).get(a3, ())]
        for form in singular:
            plural = english_plural(form)
            if plural and not any(w in terr for w in form.split()) and plural not in names:
                b.entity({"id": b.entities[ent]["id"], "names": {"en": [plural]}})
                b.add_pattern(plural, ent, "en", _flags(form, "en", context) | DEMONYM)
        _add_names(b, ent, "en", extra.get("en_plurals", {}).get(a3, []), context, DEMONYM)


EN_PLURAL = re.compile(r"(?:an|i|er|ek|akh|ot|ino|ik|ite)$")


def english_plural(form: str) -> str | None:
    """The plural of an English demonym noun: Iranian -> Iranians, Iraqi -> Iraqis, North Korean -> North
    Koreans, Uzbek -> Uzbeks, Cypriot -> Cypriots; None for the forms that take none (Chinese, British) or an
    irregular one (Turkish -> Turks: ``en_plurals``), names (Iran, Oman) are left out by the caller."""
    last = form.split()[-1] if form.strip() else ""
    if not last[:1].isupper() or last.isupper() or last.endswith("stan") or not EN_PLURAL.search(last):
        return None
    return form + "s"


def _country(a3: str, name: str, extra: dict) -> dict:
    qid = extra["qids"].get(a3)
    return {"id": qid or f"bilat:country:{a3}", "kind": "country", "name": name, "iso3": a3, "names": {}}


def _flags(name: str, lang: str, context: set[str]) -> int:
    flags = CONTEXT if match_text(name) in context else 0
    if lang == "vi" and " " not in name.strip() and "-" not in name and len(name) <= 5:
        flags |= VI_SHORT
    return flags


def _cldr(b: Builder, a23: dict, by_iso3: dict[str, int], context: set[str], extra: dict) -> None:
    from babel import Locale, localedata
    seen: dict[str, set[str]] = defaultdict(set)  # key -> iso3s
    found: list[tuple[str, str, str]] = []
    hand = {match_text(n): a3 for a3, langs in extra["names"].items() for ns in langs.values() for n in ns}
    for loc in localedata.locale_identifiers():
        if "_" in loc and loc not in ("zh_Hant",):
            continue
        try:
            terr = Locale.parse(loc).territories
        except (ValueError, KeyError):
            continue
        lang = loc.split("_")[0]
        for a2, name in terr.items():
            if a2 in NOT_ISO or a2 not in a23 or not _usable(name):
                continue
            seen[match_text(name)].add(a23[a2])
            found.append((name, lang, a23[a2]))
    for key, a3 in hand.items():
        seen[key].add(a3)
    locales: dict[str, set[str]] = defaultdict(set)
    for name, lang, _ in found:
        locales[match_text(name)].add(lang)
    for name, lang, a3 in found:
        key = match_text(name)
        if len(seen[key]) > 1:
            continue  # ambiguous across countries: dropped
        if lang not in MAIN_LANGS and not _safe_other(key, locales[key] | ({"*"} if lang in TRUSTED else set())):
            continue
        ent = by_iso3[a3]
        b.entity({"id": b.entities[ent]["id"], "names": {lang: [name]}})
        if hand.get(key) != a3:  # a hand-listed key keeps its own flags (Saudi: a demonym, though a locale's name)
            b.add_pattern(name, ent, lang, _flags(name, lang, context))


def _safe_other(key: str, langs: set[str]) -> bool:
    """CLDR names of the other locales: short ones collide with words (Palu, Sane, 수단 'means',
    タイ in タイム), so a short name must be shared by two locales, and a one- or two-syllable
    Hangul or Kana name is not used at all (the hand list has the common ones)."""
    if any("ARABIC" in unicodedata.name(c, "") for c in key):
        return False  # Urdu, Pashto, Kurdish... spellings read as Arabic words (الجزیره, ملیشیا)
    if no_space_script(key) or any("HANGUL" in unicodedata.name(c, "") for c in key):
        return len(key) >= 3
    return len(key) >= 6 or (len(key) >= 4 and len(langs) >= 2)


def _usable(name: str) -> bool:
    if name[:1].islower():
        return False  # "russia", "an Rúis": not written like a proper name in running text
    return not any(s in name for s in ("(", "&", " - ", "SAR", "（", "[")) and len(name) <= 60


def build_places(b: Builder, extra: dict, by_iso3: dict[str, int]) -> None:
    for a3, langs in extra["places"].items():
        en = (langs.get("en") or [next(iter(langs.values()))[0]])[0]
        ent = b.entity({"id": f"bilat:place:{slug(en)}", "kind": "place", "name": en, "country": a3, "names": langs})
        context = _context_keys(extra)
        for lang, names in langs.items():
            for n in names:
                b.add_pattern(n, ent, lang, _flags(n, lang, context))


def build_orgs(b: Builder, orgs: list[dict]) -> None:
    for org in orgs:
        ent = b.entity({"id": org["id"], "kind": "org", "name": org["name"], "country": org.get("country"),
                        "names": org["names"]})
        for lang, names in org["names"].items():
            for n in names:
                b.add_pattern(n, ent, lang)


def person_id(p: dict) -> str:
    return p.get("id") or f"bilat:person:{slug(p['name'])}-{(p.get('country') or 'xx').lower()}"


def build_persons(b: Builder, folder: Path) -> int:
    count = 0
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            people = load_json(path)
        except json.JSONDecodeError as e:  # a file being written right now: skip it, say so
            print(f"skipped {path.name}: {e}", file=sys.stderr)
            continue
        for p in people if isinstance(people, list) else []:
            if not isinstance(p, dict) or not p.get("name"):
                continue
            names = {lang: [v for v in vs if isinstance(v, str) and v.strip()]
                     for lang, vs in (p.get("names") or {}).items() if isinstance(vs, list)}
            names.setdefault("en", [])
            if p["name"] not in names["en"]:
                names["en"].insert(0, p["name"])
            roles = [{"title": r.get("title"), "country": p.get("country"), "start": _year(r.get("start")),
                      "end": _year(r.get("end"))} for r in p.get("roles") or [] if isinstance(r, dict)]
            ent = b.entity({"id": person_id(p), "kind": "person", "name": p["name"], "country": p.get("country"),
                            "roles": roles, "names": names})
            for lang, variants in names.items():
                for v in variants:
                    if len(match_text(v)) >= 3 or no_space_script(v):
                        b.add_pattern(v, ent, lang)
                    if lang in ("fa", "ar") and "\u200c" in v:  # احمدی‌نژاد is often written احمدی نژاد
                        b.add_pattern(v.replace("\u200c", " "), ent, lang)
            count += 1
    return count


LATIN_LANGS = ("en", "vi")  # the Latin-script variants a leaders.json name is compared with


def _name_key(name: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", fold_latin(name)).split())


def _loose_key(name: str) -> tuple[str, tuple[str, ...]] | None:
    """Sergey/Sergei Lavrov, Abdrabbuh Mansur/Mansour Hadi: the same last word and the first three
    letters of every other word (George W. Bush and George H. W. Bush stay apart). A hyphenated word
    is one word (Han Seung-soo and Han Duck-soo share no "soo"), and every word counts (Ahmad Abdullah
    and Ahmed Nawaf Al-Ahmad Al-Sabah share a family name, not a person)."""
    words = re.sub(r"[^a-z0-9 ]+", "", re.sub(r"[^a-z0-9 '’-]+", " ", fold_latin(name))).split()
    return (words[-1], tuple(w[:3] for w in words[:-1])) if len(words) >= 2 else None


def leader_pattern_ok(name: str) -> bool:
    """A leaders.json name becomes a matching key only when it cannot be an ordinary name alone:
    two words or more, or one word of nine letters or more (Vajiralongkorn; not Philippe, Henri)."""
    key = _name_key(name)
    return len(key.split()) >= 2 or len(key) >= 9


def build_leaders(b: Builder, path: Path) -> tuple[int, int, int]:
    """Merge leaders.json into the persons: the same QID, or the same folded Latin name (any
    variant, or loosely: surname, word count, given-name start) in the same country, is one person;
    a hand-written person with no id takes the QID. Returns (merged, new, QIDs given)."""
    if not path.is_file():
        return 0, 0, 0
    people = load_json(path)["people"]
    exact: dict[tuple[str | None, str], int] = {}
    loose: dict[tuple[str | None, tuple], set[int]] = defaultdict(set)
    for i, e in enumerate(b.entities):
        if e["kind"] != "person":
            continue
        for lang in LATIN_LANGS:
            for v in e["names"].get(lang, []):
                k = _name_key(v)
                if len(k) >= 4:
                    exact.setdefault((e.get("country"), k), i)
                    if _loose_key(v):
                        loose[(e.get("country"), _loose_key(v))].add(i)
    merged = new = qids = 0
    person_keys = {k for k, ents in b.patterns.items() if any(i >= 0 and b.entities[i]["kind"] == "person" for i in ents)}
    wanted: dict[tuple[str, str], set[int]] = defaultdict(set)  # keys of new persons, added once all are known
    for p in people:
        names = [n for n in p["names"].get("en", []) if n.strip()] or [p["name"]]
        keys = [_name_key(n) for n in names]
        countries = [p["country"]] + sorted({r["country"] for r in p["roles"]} - {p["country"]})
        target = b.index.get(p["id"]) if p.get("id") else None
        for c in countries:
            for k in keys:
                if target is None and len(k) >= 4:
                    target = exact.get((c, k))
        if target is None:
            found = set().union(*(loose.get((p["country"], _loose_key(n)), set()) for n in names if _loose_key(n)))
            target = found.pop() if len(found) == 1 else None
        roles = [{"title": r["title"], "country": r["country"], "start": r["start"], "end": r["end"]} for r in p["roles"]]
        if target is None:
            ent = b.entity({"id": p.get("id") or person_id(p), "kind": "person", "name": p["name"],
                            "country": p["country"], "roles": roles, "names": {"en": names}})
            new += 1
            for n in names:  # a new person never makes a known person's key ambiguous
                if leader_pattern_ok(n) and (match_text(n), "a") not in person_keys:
                    wanted[(n, match_text(n))].add(ent)
            continue
        ent = target
        e = b.entities[ent]
        if p.get("id") and e["id"].startswith("bilat:") and p["id"] not in b.index:
            b.aliases[e["id"]] = p["id"]
            del b.index[e["id"]]
            e["id"] = p["id"]
            b.index[p["id"]] = ent
            qids += 1
        have = {(r.get("title"), r.get("country"), r.get("start")) for r in e.get("roles") or []}
        e["roles"] = list(e.get("roles") or []) + [r for r in roles if (r["title"], r["country"], r["start"]) not in have]
        en = e["names"].setdefault("en", [])
        en += [n for n in names if n not in en]
        merged += 1
        for n in names:
            if leader_pattern_ok(n):
                b.add_pattern(n, ent, "en")
    by_key: dict[str, set[int]] = defaultdict(set)
    for (n, key), ents in wanted.items():
        by_key[key] |= ents
    for (n, key), ents in sorted(wanted.items()):
        if len(by_key[key]) == 1:  # two new persons with one name (Albert II of Belgium, of Monaco): neither
            b.add_pattern(n, next(iter(ents)), "en")
    return merged, new, qids


def build_cedict_persons(b: Builder, path: Path) -> int:
    """Chinese names from CC-CEDICT glosses (cedict_persons.json, scripts/build_cedict_persons.py): a name
    is added to its person unless it already is a key of another entity. Returns the number added."""
    if not path.is_file():
        return 0
    added = 0
    for a in load_json(path)["aliases"]:
        ent = b.index.get(a["id"], b.index.get(b.aliases.get(a["id"], "")))
        if ent is None:
            continue
        if any(i != ent for i in b.patterns.get((match_text(a["zh"]), "a"), {})):
            continue
        zh = b.entities[ent]["names"].setdefault("zh", [])
        if a["zh"] not in zh:
            zh.append(a["zh"])
            b.add_pattern(a["zh"], ent, "zh")
            added += 1
    return added


def build_leader_names(b: Builder, path: Path) -> int:
    """Hand-written names of gazetteer persons in fa ru th ar (leader_names.json): a name is added to
    its person unless it already is a key of another entity; a person whose roles are all in a state
    of ``successors`` (the Soviet Union) takes the continuing state as their country, the roles keep
    theirs. Returns the number of names added."""
    if not path.is_file():
        return 0
    data = load_json(path)
    successors = {k: v for k, v in data.get("successors", {}).items() if not k.startswith("_")}
    for e in b.entities:
        roles = e.get("roles") or []
        if e["kind"] == "person" and e.get("country") in successors and \
                all(r.get("country") in (None, e["country"]) for r in roles):
            old = e["country"]
            e["roles"] = [{**r, "country": r.get("country") or old} for r in roles]
            e["country"] = successors[old]
    added = 0
    for item in data["names"]:
        ent = b.index.get(item["id"], b.index.get(b.aliases.get(item["id"], "")))
        if ent is None:
            print(f"leader_names.json: no person {item['id']}", file=sys.stderr)
            continue
        for lang in MAIN_LANGS:
            for name in item.get(lang, []):
                forms = [name] + ([name.replace("\u200c", " ")] if "\u200c" in name else [])
                have = b.entities[ent]["names"].setdefault(lang, [])
                for form in forms:
                    if any(i != ent for i in b.patterns.get((match_text(form), "a"), {})):
                        continue
                    if form == name and name not in have:
                        have.append(name)
                        added += 1
                    b.add_pattern(form, ent, lang)
    return added


# Persian writes the sounds Arabic lacks with its own letters; which one an Arabic letter stands for
# is read off the person's Latin name: Rodrigo -> رودريغو / رودریگو, Patrice -> باتريس / پاتریس
FA_LETTERS = ((("p",), ("b",), "ب", "پ"), (("g",), ("gh",), "غ", "گ"), (("v",), ("f", "ph"), "ف", "و"),
              (("ch", "č"), ("sh",), "تش", "چ"))
FA_SPELLING = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا", "ٱ": "ا"})


def persian_forms(arabic: str, latin: str) -> list[str]:
    """Persian spellings of an Arabic-script name: the Persian letter forms (ي ك ة -> ی ک ه, hamza
    seats on alef dropped), then, where the Latin name has a sound Arabic writes with a near letter,
    the Persian letter for it (ب -> پ for p with no b, غ -> گ for g, ف -> و for v, تش -> چ for ch);
    the ezafe, ZWNJ and the other folds are left to the matcher."""
    base = re.sub("[\u064b-\u065f\u0670]", "", arabic).translate(FA_SPELLING)
    low = fold_latin(latin)
    out = [base]
    alt = base
    for has, lacks, ar, fa in FA_LETTERS:
        if any(h in low for h in has) and not any(x in low for x in lacks) and ar in alt:
            alt = re.sub(f"(?<!و){ar}", fa, alt) if fa == "و" else alt.replace(ar, fa)  # -ov stays وف: سعیدوف
    if alt != base:
        out.append(alt)
    return out


def build_zh_surnames(b: Builder) -> int:
    """A person's Chinese surname alone (巴沙尔·阿萨德 -> 阿萨德), as Chinese press names a known person, where the
    gazetteer already gives that person the bare surname in a Latin language (Assad beside Bashar al-Assad): the
    last part after ``·`` of a Chinese name, added when it is three Han characters or more; no other person's
    surname, no key of another entity, not the given name of two other persons (彼得, 阿萨德·希巴尼 once is
    allowed), and neither a word of jieba's dictionary that is no person name nor inside a longer one (贝鲁|特).
    Returns the number added."""
    import jieba.posseg

    tags = jieba.posseg.dt.word_tag_tab
    persons = [i for i, e in enumerate(b.entities) if e["kind"] == "person"]
    lasts: dict[str, set[int]] = defaultdict(set)
    firsts: dict[str, set[int]] = defaultdict(set)
    for i in persons:
        for z in b.entities[i]["names"].get("zh", []):
            if "·" in z:
                lasts[z.split("·")[-1]].add(i)
                firsts[z.split("·")[0]].add(i)
    wanted: dict[str, int] = {}
    for i in persons:
        names = b.entities[i]["names"]
        latin = [n.strip() for lang in ("en", "vi") for n in names.get(lang, ())]
        bare = {fold_latin(n) for n in latin if " " not in n}
        tails = {fold_latin(re.split(r"[\s-]+", n)[-1]) for n in latin if " " in n}
        if not bare & tails:
            continue
        for z in names.get("zh", []):
            s = z.split("·")[-1]
            if "·" in z and len(s) >= 3 and all("\u4e00" <= c <= "\u9fff" for c in s) and s not in names["zh"]:
                wanted[s] = -1 if s in wanted and wanted[s] != i else i
    longer = [w for w in tags if len(w) > 3] + [k for k, _ in b.patterns if len(k) > 3]
    added = 0
    for s, i in sorted(wanted.items()):
        tag = tags.get(s)
        if i < 0 or lasts[s] - {i} or len(firsts[s] - {i}) >= 2 or any(j != i for j in b.patterns.get((match_text(s), "a"), {})) \
                or tag is not None and not tag.startswith("nr") or any(s in w and "·" not in w for w in longer if w != s):
            continue
        b.entities[i]["names"]["zh"].append(s)
        b.add_pattern(s, i, "zh")
        added += 1
    return added


def build_fa_from_ar(b: Builder, roles: dict) -> int:
    """Persian names of gazetteer persons that have Arabic names and no Persian one (foreign leaders
    in Persian news; without a Persian key an Arabic one is not used in a Persian document): each
    Arabic name in Persian letters (:func:`persian_forms`), as ``fa``. Left out: a name that is
    already another entity's key, a one-word name shorter than five letters or that is a given name
    (roles.json ``given_names`` ar, fa), and a name made of given names only (جعفر حسان, محمد زكي: an
    Iranian may bear it). Returns the number of names added."""
    given = {match_text(n) for lang in ("ar", "fa") for n in roles["given_names"].get(lang, ())}
    given |= {match_text(n) for n in roles.get("given_names_common_words", {}).get("fa", ())}
    links = {match_text(w) for w in ("بن", "بنت", "آل", "ال", "ابو", "أبو", "عبد", "عبد ال")}
    added = 0
    for ent, e in enumerate(b.entities):
        names = e["names"]
        if e["kind"] != "person" or names.get("fa") or not names.get("ar"):
            continue
        for ar in list(names["ar"]):
            words = [w for w in match_text(ar).split() if w not in links]
            if not words or all(w in given for w in words):
                continue
            if len(words) == 1 and len(words[0].replace("\u200c", "")) < 5:
                continue
            for form in persian_forms(ar, e["name"]):
                if any(i != ent for i in b.patterns.get((match_text(form), "a"), {})):
                    continue
                have = names.setdefault("fa", [])
                if form not in have:
                    have.append(form)
                    added += 1
                b.add_pattern(form, ent, "fa")
    return added


AR_NISBA = ("ی", "یه", "یون", "یین")


def drop_unattested_stems(b: Builder) -> int:
    """An Arabic demonym stem cut off a country's name (النمسا -> نمس + ي) is dropped where the
    country's listed Arabic demonyms are one word each and none is that stem with a nisba ending
    (نمساوي): the stem then makes verbs and words of other roots a country (نمسي 'we spend the
    evening'). Returns the number of stems dropped."""
    dropped = 0
    for (key, pas), ents in list(b.patterns.items()):
        for i, flags in list(ents.items()):
            if i < 0 or not flags & AR_STEM or flags & FULL or b.entities[i]["kind"] != "country" \
                    or "ar" not in b.pattern_lang[(key, pas)]:
                continue
            names = [match_text(n) for n in b.entities[i]["names"].get("ar", [])]
            names = [n.removeprefix("ال") for n in names if " " not in n]
            demonyms = [n for n in names if n.endswith(AR_NISBA)]
            if demonyms and not any(n.startswith(key) and n[len(key):] in AR_NISBA for n in demonyms):
                del ents[i]
                dropped += 1
        if not ents:
            del b.patterns[(key, pas)]
    return dropped


def _year(value) -> int | None:
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value[:4].isdigit():
        return int(value[:4])
    return None


def build_blockers(b: Builder, extra: dict) -> None:
    """A blocker ending in ``*`` also blocks inside a longer word (Turkish ``ABD dolar*``: dolarından)."""
    for lang, names in extra["blockers"].items():
        for n in names:
            b.add_pattern(n.rstrip("*"), -1, lang, BLOCK | (PREFIX if n.endswith("*") else 0))


def main() -> None:
    extra = load_json(SRC / "countries_extra.json")
    b = Builder()
    by_iso3 = build_countries(b, extra)
    build_places(b, extra, by_iso3)
    build_orgs(b, load_json(SRC / "orgs.json"))
    persons = build_persons(b, SRC / "persons")
    leaders = build_leaders(b, SRC / "leaders.json")
    cedict = build_cedict_persons(b, SRC / "cedict_persons.json")
    hand = build_leader_names(b, SRC / "leader_names.json")
    fa_derived = build_fa_from_ar(b, load_json(ROOT / "src" / "bilat" / "data" / "roles.json"))
    zh_surnames = build_zh_surnames(b)
    build_blockers(b, extra)
    drop_unattested_stems(b)
    kind = [e["kind"] for e in b.entities]
    for ents in b.patterns.values():  # a blocker that is also a name (American Samoa): the name wins
        if -1 in ents and len(ents) > 1:
            del ents[-1]
    for (key, _), ents in b.patterns.items():  # a person's "variant" that is a country's English name
        if any(i >= 0 and kind[i] == "country" and match_text(b.entities[i]["name"]) == key for i in ents):
            for i in [i for i in ents if i >= 0 and kind[i] == "person"]:
                del ents[i]
    patterns = [[key, pas, sorted(ents), _merged_flags(ents, kind) | _local(b.pattern_lang[(key, pas)], key in b.own_lang),
                 ",".join(sorted(b.pattern_lang[(key, pas)]))]
                for (key, pas), ents in sorted(b.patterns.items())
                if sum(kind[i] == "country" for i in ents if i >= 0) <= 1]  # a key naming two countries: dropped
    zh_abbr = {ch: by_iso3[a3] for ch, a3 in extra["zh_abbr"].items()}
    data = {"version": FORMAT_VERSION, "entities": [_clean(e) for e in b.entities], "patterns": patterns,
            "zh_abbr": zh_abbr, "zh_abbr_stop": extra["zh_abbr_stop"],
            "context_lang": {lang: sorted({match_text(n) for n in extra["context_only"][lang]}) for lang in ("ar", "fa")},
            "context_prev": {lang: sorted({match_text(n) for n in words}) for lang, words in extra["context_prev"].items()},
            "context_prev_key": {lang: {match_text(k): sorted({match_text(n) for n in words}) for k, words in keys.items()}
                                 for lang, keys in extra.get("context_prev_key", {}).items() if not lang.startswith("_")},
            "aliases": dict(sorted(b.aliases.items()))}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write(raw)
    kinds = defaultdict(int)
    for e in b.entities:
        kinds[e["kind"]] += 1
    print(f"{len(b.entities)} entities {dict(kinds)}, {persons} person records read, leaders.json: {leaders[0]} merged "
          f"into them ({leaders[2]} given their QID), {leaders[1]} new; {cedict} Chinese names from CC-CEDICT; "
          f"{hand} names from leader_names.json; {fa_derived} Persian names derived from Arabic ones; "
          f"{zh_surnames} Chinese surnames alone; "
          f"{len(patterns)} patterns, "
          f"{OUT.stat().st_size // 1024} KiB -> {OUT.relative_to(ROOT)}")


def _local(langs: set[str], own: bool = False) -> int:
    """LOCAL for keys of small locales only, and for the lower-case adjectives of de fr es tr (belge
    is Turkish for "document") unless a main language shares the key."""
    if own:
        return LOCAL if langs and not langs & set(MAIN_LANGS) else 0
    return LOCAL if langs and not langs & GLOBAL_LANGS else 0


def _merged_flags(ents: dict[int, int], kinds: list[str] | None = None) -> int:
    flags = 0
    for f in ents.values():
        flags |= f
    if -1 not in ents:
        flags &= ~BLOCK
    if kinds is not None and ents and all(i >= 0 and kinds[i] in ("person", "org") for i in ents):
        flags |= NO_TAIL
    return flags


def _clean(e: dict) -> dict:
    out = {k: v for k, v in e.items() if v not in (None, [], {})}
    out["names"] = {k: v for k, v in sorted(e.get("names", {}).items()) if v}
    return out


if __name__ == "__main__":
    main()
