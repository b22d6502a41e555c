"""Build src/bilat/data/given_names.json: Arabic-script given names (Arabic and Persian) beyond the
hand-written lists of roles.json ``given_names``, and Arabic spellings of common Western given names.

Sources (snapshots fetched by hand, never at run time):

- joke2k/faker (MIT), commit 8ad78a632a4116e6392e6d5743524c683a2e02a1: the ``first_names_male`` and
  ``first_names_female`` tuples of ``faker/providers/person/{ar_AA,ar_DZ,fa_IR}/__init__.py`` (Arabic and
  Persian given names), and the ``first_names*`` / ``last_names`` tuples of the Latin-script locales listed in
  WESTERN (which English token is a given name and never a surname).
- steveash/NETransliteration-COLING2018 (MIT, Amazon; person names mined from Wikidata, CC0), commit
  5d5f59e561ecea45a6d3602121e1049baa7a76c3: ``data/wd_arabic.normalized.aligned.tokens`` (English token,
  Arabic token, count). An Arabic token is a Western given name's spelling when its English token is a first
  name of WESTERN and no surname there, and the pair was seen MIN_PAIR times or more.
  Further first names: the Latin-script lists of MORE_LATIN (no surname in any list), and the Russian,
  Ukrainian and Hebrew lists of PIVOT through their English spelling in ``data/wd_russian_80`` and
  ``data/wd_hebrew.normalized.aligned.tokens`` (the most frequent pair of each name, MIN_PAIR or more).

Filter (no word a text uses as a word): an entry is dropped when it is a stop word, a role or a bare-name word of
roles.json, a hand-listed given name that is also a word (``given_names_common_words``), or when wordfreq
(3.1.1, used here only; its data is not shipped) says the word is a common word: the Arabic form with the
article (ال + word: النور, السلام, العادل) or the Persian plural (word + ها: امیدها) is frequent next to the bare
word (within WORD_GAP on the Zipf scale), or the entry is shorter than three letters.

    .venv/bin/python scripts/build_given_names.py --faker DIR --xlit DIR     # DIR: a git dir of the snapshot
    (needs ``pip install wordfreq`` in the interpreter that runs it; PYTHONPATH to a --target folder works)
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "bilat" / "data" / "given_names.json"
FAKER_COMMIT = "8ad78a632a4116e6392e6d5743524c683a2e02a1"
XLIT_COMMIT = "5d5f59e561ecea45a6d3602121e1049baa7a76c3"
WESTERN = ("en_US", "en_GB", "es_ES", "fr_FR", "de_DE", "it_IT", "pt_PT", "pt_BR", "nl_NL")
# more Latin-script first-name lists (Turkish, Slavic, Nordic, Baltic, Hungarian, Romanian, Irish, African, ...):
# their names are matched to NETransliteration's English tokens without accents (Cengiz, Ümit -> umit)
MORE_LATIN = ("tr_TR", "az_AZ", "uz_UZ", "pl_PL", "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "hu_HU", "ro_RO", "sv_SE",
              "da_DK", "no_NO", "fi_FI", "et_EE", "lt_LT", "lv_LV", "en_IE", "ga_IE", "en_NZ", "de_AT", "de_CH",
              "fr_BE", "fr_CA", "nl_BE", "es_AR", "es_MX", "es_CL", "es_CO", "yo_NG", "ig_NG", "ha_NG", "sw",
              "tw_GH", "zu_ZA", "id_ID")
# non-Latin first-name lists read through NETransliteration's English pairs of their script (Валериан -> valerian)
# (wd_russian_80: the 80% training share of the Russian pairs, the full file being absent from the snapshot)
PIVOT = (("ru_RU", "wd_russian_80"), ("uk_UA", "wd_russian_80"), ("he_IL", "wd_hebrew.normalized.aligned.tokens"))
MIN_PAIR = 3
WORD_GAP = 1.5
AR_BI_GAP, AR_FEM_GAP, AR_ART_GAP, AR_ALIF_GAP, AR_VERB_GAP = 2.0, 1.0, 1.0, 1.5, 1.0
FA_WORD = 4.0  # a Persian given name this frequent is a word too (بهار, باران, امید)
WESTERN_WORD = 4.6  # an Arabic spelling this frequent is a word too (دون 'without', تحسين, إلينا 'to us')
EN_WORD = 3.5  # a Latin given name this frequent in English is a word too (Will, Mark, Hope)
ALIF_WORD = 3.5  # the spelling with أ, this frequent and more than the name's own, is a word (إيدي: أيدي)
HIJRI_MONTHS = ("محرم", "صفر", "ربيع", "جمادى", "رجب", "شعبان", "رمضان", "شوال", "القعدة", "الحجة")

sys.path.insert(0, str(ROOT / "src"))


def _git_show(gitdir: str, commit: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"], check=True,
                          capture_output=True, text=True).stdout


def _tuples(source: str) -> dict[str, list[str]]:
    """The string tuples (and lists) assigned in a Faker provider module, by name."""
    out: dict[str, list[str]] = {}
    for node in ast.walk(ast.parse(source)):
        target = value = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            target, value = node.targets[0].id, node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            target, value = node.target.id, node.value
        if target and isinstance(value, (ast.Tuple, ast.List)):
            words = [e.value for e in value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if words:
                out[target] = words
        elif target and isinstance(value, ast.Dict):  # OrderedDict-free weighted dicts: keys are the names
            words = [k.value for k in value.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
            if words:
                out[target] = words
        elif target and isinstance(value, ast.Call) and value.args and isinstance(value.args[0], (ast.Tuple, ast.List)):
            words = []  # OrderedDict(( ("Name", 0.1), ... ))
            for e in value.args[0].elts:
                if isinstance(e, ast.Tuple) and e.elts and isinstance(e.elts[0], ast.Constant):
                    words.append(e.elts[0].value)
            if words:
                out[target] = words
    return out


def _place_words() -> set[str]:
    """Every Arabic-script word of a country, place or organisation name of the gazetteer and the places file
    (ميلان, جورجيا, سيدني, تشاد: a given name that is a place is no cue)."""
    import gzip

    from bilat.normalize import match_text

    data = ROOT / "src" / "bilat" / "data"
    out: set[str] = set()
    gaz = json.loads(gzip.decompress((data / "gazetteer.json.gz").read_bytes()))
    for e in gaz["entities"]:
        if e["kind"] != "person":
            for lang in ("ar", "fa"):
                out |= {match_text(w) for n in e.get("names", {}).get(lang, ()) for w in n.split()}
    places = json.loads(gzip.decompress((data / "places.json.gz").read_bytes()))
    for p in places["places"]:
        for lang in ("ar", "fa"):
            out |= {match_text(w) for n in p.get("names", {}).get(lang, ()) for w in n.split()}
    return out


def _place_words_en() -> set[str]:
    """Lower-cased words of the English names of gazetteer places and countries and of places.json (Jordan, Georgia,
    Chad, Sofia: a country or a city before a given name's reading)."""
    import gzip

    data = ROOT / "src" / "bilat" / "data"
    out: set[str] = set()
    gaz = json.loads(gzip.decompress((data / "gazetteer.json.gz").read_bytes()))
    for e in gaz["entities"]:
        if e["kind"] != "person":
            out |= {w.lower() for n in e.get("names", {}).get("en", ()) for w in n.split()}
    places = json.loads(gzip.decompress((data / "places.json.gz").read_bytes()))
    for p in places["places"]:
        out |= {w.lower() for n in p.get("names", {}).get("en", ()) for w in n.split()}
    return out


def _strings(obj) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in _strings(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in _strings(v)]
    return []


def _first_names(tuples: dict[str, list[str]]) -> list[str]:
    return [w for k, v in tuples.items() if k.startswith("first_names") for w in v]


def _last_names(tuples: dict[str, list[str]]) -> list[str]:
    return [w for k, v in tuples.items() if k.startswith("last_names") for w in v]


def _latin(word: str) -> str:
    """A Latin-script name as NETransliteration's normalized English tokens write it: lower case, no accents."""
    import unicodedata

    w = word.lower().replace("ı", "i").replace("ə", "e").replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))


def _pivot(xlit: str, table: str, names: list[str], every: bool = False) -> set[str]:
    """English tokens paired MIN_PAIR times or more with a first name of a non-Latin list (the most frequent
    English spelling of each name; with ``every``, each spelling so paired: Yevgeny and Evgeny)."""
    want = {n.strip() for n in names}
    lower = {n.lower() for n in want}
    best: dict[str, tuple[int, str]] = {}
    for line in _git_show(xlit, XLIT_COMMIT, f"data/{table}").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or not parts[2].isdigit() or int(parts[2]) < MIN_PAIR:
            continue
        native = parts[1].replace(" ", "")
        if every and native in lower and parts[0].isalpha():  # (the pairs' native side is lower case)
            best[native + "\t" + parts[0]] = (int(parts[2]), parts[0])
        elif native in want and parts[0].isalpha() and int(parts[2]) > best.get(native, (0, ""))[0]:
            best[native] = (int(parts[2]), parts[0])
    return {en for _, en in best.values()}


def build(faker: str, xlit: str) -> dict:
    from wordfreq import zipf_frequency

    from bilat.normalize import match_text
    from bilat.stages.names import AR_SKIP, AR_STOP

    roles = json.loads((ROOT / "src" / "bilat" / "data" / "roles.json").read_text(encoding="utf-8"))
    cldr = json.loads((ROOT / "src" / "bilat" / "data" / "cldr_dates.json").read_text(encoding="utf-8"))
    blocked = set(AR_STOP) | set(AR_SKIP)
    for lang in ("ar", "fa"):
        blocked |= {match_text(w) for w in roles.get("given_names_common_words", {}).get(lang, ())}
        for words in roles.get("bare_names", {}).get(lang, {}).values():
            blocked |= {match_text(w) for w in words if isinstance(w, str)}
        for phrase, _ in roles.get("roles", {}).get(lang, ()):
            blocked |= {match_text(w) for w in phrase.split()}
    for words in roles.get("name_stop_words", {}).values():
        blocked |= {match_text(w) for w in words}

    blocked |= _place_words()
    blocked |= {match_text(w) for w in HIJRI_MONTHS}
    for lang in ("ar", "fa"):  # month and weekday names (شعبان, رمضان, بهمن): dates, not people
        blocked |= {match_text(w) for s in _strings(cldr.get(lang, {})) for w in s.split()}

    def word(w: str, lang: str) -> bool:
        """A common word by its forms: Arabic with the article after بـ (بالأمل), the feminine in ة of an
        adjective (عادلة), or the article and the accusative alif both (الجمال, جمالا); Persian: frequent."""
        base = zipf_frequency(w, lang)
        if lang == "fa":
            return base >= FA_WORD or zipf_frequency(w + "ها", "fa") + WORD_GAP >= base \
                or zipf_frequency(w + "\u200cها", "fa") + WORD_GAP >= base
        def near(form: str, gap: float) -> bool:
            return len(form) >= 2 and zipf_frequency(form, "ar") >= base - gap
        return (near("بال" + w, AR_BI_GAP) or not w.endswith(("ة", "ي", "ى", "ا", "ء")) and near(w + "ة", AR_FEM_GAP)
                or near("ال" + w, AR_ART_GAP) and near(w + "ا", AR_ALIF_GAP)
                or w.endswith("ة") and near("ال" + w, AR_ART_GAP)  # القادة, الكاملة, الآية: nouns and adjectives
                or w.endswith(("ة", "ا", "ي")) and near(w[:-1], 0.0)  # كاملة (كامل), دورا (دور), بيني (بين), كوني
                or w[0] in "أبلكوفس" and near(w[1:], 0.0)  # أليس (ليس), لولا (ولا): a particle on a word
                or near("ي" + w, AR_VERB_GAP) or near("ت" + w, AR_VERB_GAP))  # شهد (يشهد, تشهد): a verb

    def keep(w: str, lang: str) -> bool:
        w = w.strip()
        ok = all("\u0621" <= c <= "\u063a" or "\u0641" <= c <= "\u064a" or c in "\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c"
                 for c in w)  # letters only: no diacritic (غِلاس, كسّاب), no digit
        if lang == "fa":  # Faker's fa_IR list holds a few entries run together or in Arabic ي/ك (فاطمياسارينا)
            ok = ok and not any(c in "\u064a\u0643" for c in w)
        # the initial alif in every spelling: match_text drops the hamza, so إيدي reads as أيدي 'the hands of'
        forms = [w] if lang == "fa" or w[0] not in "اأإآ" else [a + w[1:] for a in "اأإآ"]
        return (ok and len(w) >= 3 and match_text(w) not in blocked and not word(w, lang)
                and (lang == "fa" or max(zipf_frequency(f, "ar") for f in forms) < WESTERN_WORD)
                and not (lang == "ar" and w[0] in "اإآ" and zipf_frequency("أ" + w[1:], "ar") >= max(ALIF_WORD, zipf_frequency(w, "ar"))))

    have = {lang: {match_text(n) for n in roles["given_names"].get(lang, ())} for lang in ("ar", "fa")}
    out: dict[str, list[str]] = {"ar": [], "fa": [], "ar_western": []}
    for loc, lang in (("ar_AA", "ar"), ("ar_DZ", "ar"), ("fa_IR", "fa")):
        names = _first_names(_tuples(_git_show(faker, FAKER_COMMIT, f"faker/providers/person/{loc}/__init__.py")))
        out[lang] += [n.strip() for n in names if keep(n, lang) and match_text(n.strip()) not in have[lang]]

    firsts: list[set[str]] = []
    last: set[str] = set()
    for loc in WESTERN:
        t = _tuples(_git_show(faker, FAKER_COMMIT, f"faker/providers/person/{loc}/__init__.py"))
        firsts.append({w.lower() for w in _first_names(t)})
        last |= {w.lower() for w in _last_names(t)}
    first = set().union(*firsts)
    western = {w for w in first if w not in last or sum(w in f for f in firsts) >= 2}
    # the further lists: a name there counts only when no list of WESTERN or MORE_LATIN has it as a surname
    # (Silva, Wilson, Carter are first names in some list), and never a name with the article (Sadat -> السادات)
    more: set[str] = set()
    for loc in MORE_LATIN:
        t = _tuples(_git_show(faker, FAKER_COMMIT, f"faker/providers/person/{loc}/__init__.py"))
        more |= {_latin(w) for w in _first_names(t) if all(ord(c) < 0x250 for c in w)}
        last |= {_latin(w) for w in _last_names(t)}
    for loc, table in PIVOT:
        t = _tuples(_git_show(faker, FAKER_COMMIT, f"faker/providers/person/{loc}/__init__.py"))
        more |= _pivot(xlit, table, _first_names(t))
    last |= {_latin(w) for w in last}
    base = set(western)
    western |= {w for w in more if w.isalpha() and w not in last and w not in first}
    text = _git_show(xlit, XLIT_COMMIT, "data/wd_arabic.normalized.aligned.tokens")
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or not parts[2].isdigit() or int(parts[2]) < MIN_PAIR:
            continue
        en, ar = parts[0], parts[1].replace(" ", "")
        if en in western and len(ar) >= 4 and (en in base or not ar.startswith("ال")) and keep(ar, "ar") and match_text(ar) not in have["ar"] \
                and zipf_frequency(ar, "ar") < WESTERN_WORD:
            out["ar_western"].append(ar)
    # en_western: the Latin given names themselves (Yevgeny, Dominick, Ileana), for a full foreign name with no
    # title in English text; an English word (Will, Hope, Young: Zipf EN_WORD or more) or a place word is left out
    places_en = _place_words_en()
    spelt = set().union(*(_pivot(xlit, table, _first_names(_tuples(_git_show(
        faker, FAKER_COMMIT, f"faker/providers/person/{loc}/__init__.py"))), every=True) for loc, table in PIVOT))
    out["en_western"] = [w.capitalize() for w in western | more | spelt if w.isalpha() and w.isascii() and len(w) >= 3
                         and w not in last and zipf_frequency(w, "en") < EN_WORD and w not in places_en]
    for k, names in out.items():
        seen: dict[str, str] = {}
        for n in names:
            seen.setdefault(match_text(n), n)
        out[k] = sorted(seen.values())
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--faker", required=True, help="git dir of a joke2k/faker snapshot")
    ap.add_argument("--xlit", required=True, help="git dir of a steveash/NETransliteration-COLING2018 snapshot")
    ap.add_argument("--list", action="store_true", help="print, do not write")
    a = ap.parse_args()
    data = build(a.faker, a.xlit)
    if a.list:
        for k, v in data.items():
            print(k, len(v), " ".join(v))
        return
    doc = {"_about": "Given names in Arabic script beyond roles.json given_names: ar and fa from Faker's ar_AA, ar_DZ, "
                     "fa_IR person providers (MIT), ar_western: Arabic spellings of Western given names from Wikidata "
                     "person names (steveash/NETransliteration-COLING2018, MIT), the English name a first name of "
                     "Faker's Latin-script lists or of its ru_RU, uk_UA, he_IL lists; words dropped. "
                     "Rebuilt by scripts/build_given_names.py; see data/README.md.",
           **data}
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(OUT, {k: len(v) for k, v in data.items()})


if __name__ == "__main__":
    main()
