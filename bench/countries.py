"""Countries found in real news: precision and recall per sentence and per article, per language.

    .venv/bin/python bench/countries.py                        # dev and test, per language
    .venv/bin/python bench/countries.py --half test            # one half only
    .venv/bin/python bench/countries.py --half dev --misses zh # print dev misses and false hits

Corpus: bench/data/events/ (issue 10, point 1), each sentence labelled with the countries it names
as a state, people or place (names, demonyms, capitals standing for the government,
abbreviations). Each article runs through the entities stage alone, on its own text, with the
labelled sentence spans (so the figures measure country finding, not sentence splitting). A
predicted country is a mention of kind ``country`` or of form ``capital`` (as bench/events_real.py
counts them). Per sentence: the set of countries of each labelled sentence against its labels;
per article: the union over the article. ``--misses`` prints, for dev only, each missed country
(M) and each false one (F) with the mention's text and the sentence.
Tune on dev only; figures are quoted from test.

Named and implied gold. The GUIDE asks for the countries a sentence NAMES (by name, demonym,
capital standing for the government or abbreviation), but the labels also hold countries the
sentence does not name: the host country of a Thai government release ("the Prime Minister
received ...": THA), the country of a person named without it ("Lavrov said": RUS), a country
carried from the previous sentence ("the ambassador thanked the government"). A system that reads
one sentence cannot find those by finding country names, so the tables split the sentence gold:
- ``named``: some name of the country is written in the sentence. "Written" is decided by a broad
  reference lexicon, independent of the entities stage's rules: every gazetteer key of the country
  and of its capitals and seats of power (all flags, the article's language, English and the
  country's stems), matched on ``normalize.match_text`` of the sentence at the start of a word in
  spaced scripts (so inflected Russian and clitic Arabic forms count: Россией, وللسعودية) and
  anywhere in Thai and Chinese; a Chinese one-character abbreviation (越, 俄) counts when it stands
  next to another one or before 方/军/国/籍/驻/媒/外. A form the gazetteer lacks therefore counts as
  implied: read ``--misses`` (each miss says which) before trusting the split. A country the
  stage finds in the sentence by a written form (any form but ``reference``) is named too.
- ``implied``: every other gold country. The stage can still find some: a ``reference`` mention
  ("the two countries", البلدين, 两国) resolved from the article. ``--misses`` tells ``person`` (a
  labelled person of the sentence serves that country) from ``context`` (nothing in the sentence
  but the article's context: a bare title, "the ambassador", the host of a government release).
What the implied gold is (stop 52, dev): 892 of the 963 gold countries that the reference lexicon finds unwritten are the actor or recipient of a
labelled event of that sentence, and a country only a person or a city implies is labelled almost only then: of the
persons with a country that the stage finds in a sentence whose labels have no other country, none is labelled; of
all such persons 28% are. Adding every found person's country gives dev P 0.900 / R 0.913 (from 0.973 / 0.883), a
person's country where the sentence names another country 0.951 / 0.905, a capital named as a venue 0.959 / 0.892:
the implied gold follows the events, not a written cue. ``--misses`` marks such a miss ``+event``.
Columns: ``R`` is recall on all gold (the figure quoted so far), ``named``/``R named`` the gold
the GUIDE defines and the recall on it, ``implied``/``R impl`` the rest. Precision is against all
gold: a predicted country the sentence only implies is still right.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import event_corpus

from bilat import gazetteer
from bilat.normalize import match_text
from bilat.records import Document, Mention, Sentence
from bilat.stages.entities import make_stage

_SPACED = frozenset(["ar", "fa", "en", "ru", "vi"])
_AR_CLITIC = "(?:و|ف|ب|ل|ک|ال|وال|بال|فال|لل|ولل|وب|ول|فب|فل|كال)?"
_ZH_ABBR_NEXT = "方军国籍驻媒外"
_KIN = {"fa": ("ar",), "ar": ("fa",), "ru": ("uk", "be", "bg")}  # scripts share forms with these


def _reference_forms() -> dict[str, dict[str, list[str]]]:
    """ISO3 -> language -> matching keys of its names and of its capitals' names (the named/implied test)."""
    gaz = gazetteer.load()
    iso_of: dict[str, str] = {}
    for ent in gaz.entities.values():
        if ent.kind == "country" and ent.iso3:
            iso_of[ent.id] = ent.iso3
        elif ent.kind == "place" and ent.country:
            iso_of[ent.id] = ent.country
    forms: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for pat in gaz.patterns:
        if pat.pass_ != "a" or pat.flags & gazetteer.BLOCK:
            continue
        for ent_id in pat.entities:
            if ent_id in iso_of and len(pat.key.strip()) >= 2:
                for lang in pat.lang.split(","):
                    forms[iso_of[ent_id]][lang].add(pat.key.strip())
    for ent_id, iso in iso_of.items():
        for lang, names in gaz.entities[ent_id].names.items():
            for name in names:
                if len(match_text(name).strip()) >= 2:
                    forms[iso][lang].add(match_text(name).strip())
    zh = {ch: iso_of[i] for ch, i in gaz.zh_abbr.items() if i in iso_of}
    out = {iso: {lang: sorted(keys) for lang, keys in by_lang.items()} for iso, by_lang in forms.items()}
    out["_zh_abbr"] = {"zh": [f"{ch}{iso}" for ch, iso in zh.items()]}
    return out


_FORMS: dict | None = None


def named_in(sentence: str, iso3: str, lang: str) -> bool:
    """Whether some name of the country is written in the sentence (see the module docstring)."""
    global _FORMS
    if _FORMS is None:
        _FORMS = _reference_forms()
    text = match_text(sentence)
    keys: set[str] = set()
    for key_lang in {lang, "en", *_KIN.get(lang, ())}:
        keys.update(_FORMS.get(iso3, {}).get(key_lang, ()))
    for key in keys:
        if lang in _SPACED or re.search(r"[a-zа-я]", key):
            prefix = _AR_CLITIC if lang in ("ar", "fa") else ""
            if re.search(rf"(?<!\w){prefix}{re.escape(key)}", text):
                return True
        elif key in text:
            return True
    if lang == "zh":
        abbr = {e[0]: e[1:] for e in _FORMS["_zh_abbr"]["zh"]}
        for i, ch in enumerate(text):
            if abbr.get(ch) != iso3:
                continue
            near = text[i - 1:i] + text[i + 1:i + 2]
            if any(c in abbr for c in near) or text[i + 1:i + 2] in tuple(_ZH_ABBR_NEXT):
                return True
    return False


def counted(m: Mention) -> bool:
    return bool(m.iso3) and (m.kind == "country" or m.form == "capital")


def _score_article(stage, art: dict, tally: dict, misses: list | None) -> None:
    text = art["text"]
    sents = tuple(Sentence(start=s["start"], end=s["end"]) for s in art["sentences"])
    doc = Document(id=art["id"], source="bench", original=text, text=text, lang=art["lang"], sentences=sents)
    found = [m for m in stage(doc).mentions if counted(m)]
    g_all: set[str] = set()
    f_all: set[str] = set()
    for sent in art["sentences"]:
        s, e = sent["start"], sent["end"]
        inside = [m for m in found if s <= m.start < e]
        gold, pred = set(sent.get("countries", ())), {m.iso3 for m in inside}
        g_all |= gold
        f_all |= pred
        tally["s_gold"] += len(gold)
        tally["s_pred"] += len(pred)
        tally["s_right"] += len(gold & pred)
        written = {m.iso3 for m in inside if m.form != "reference"}
        named = {c for c in gold if c in written or named_in(text[s:e], c, art["lang"])}
        tally["n_gold"] += len(named)
        tally["n_right"] += len(named & pred)
        tally["i_gold"] += len(gold - named)
        tally["i_right"] += len((gold - named) & pred)
        if misses is not None:
            line = text[s:e].replace("\n", " ")[:240]
            served = {p.get("country") for p in sent.get("people", ())}
            parties = {x for ev in sent.get("events", ()) for x in (ev.get("actor"), ev.get("recipient"))}
            for c in sorted(gold - pred):
                why = "named" if c in named else "person" if c in served else "context"
                misses.append((art["id"], "M", c, why + ("+event" if c in parties else ""), line))
            for c in sorted(pred - gold):
                words = ", ".join(sorted({f"{m.text}<{m.entity}:{m.form}>" for m in inside if m.iso3 == c}))
                misses.append((art["id"], "F", c, words, line))
    tally["a_gold"] += len(g_all)
    tally["a_pred"] += len(f_all)
    tally["a_right"] += len(g_all & f_all)


def run(half: str, misses_lang: str | None = None) -> dict[str, dict]:
    stage = make_stage()
    tallies: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    misses: list = []
    t0 = time.perf_counter()
    for art in event_corpus.load(half):
        want = misses if art["lang"] == misses_lang else None
        _score_article(stage, art, tallies[art["lang"]], want)
    for m in misses:
        print(*m, sep=" | ")
    event_corpus.add_all(tallies)
    print(f"{half}: {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return tallies


def table(half: str, tallies: dict[str, dict]) -> str:
    rows = ["| lang | half | sentence gold | P | R | named | R named | implied | R impl | article gold | P | R |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for lang in sorted(tallies, key=lambda x: (x == "all", x)):
        t = tallies[lang]
        rows.append(f"| {lang} | {half} | {t['s_gold']} | {event_corpus.ratio(t['s_right'], t['s_pred'])} | "
                    f"{event_corpus.ratio(t['s_right'], t['s_gold'])} | {t['n_gold']} | "
                    f"{event_corpus.ratio(t['n_right'], t['n_gold'])} | {t['i_gold']} | "
                    f"{event_corpus.ratio(t['i_right'], t['i_gold'])} | {t['a_gold']} | {event_corpus.ratio(t['a_right'], t['a_pred'])} | "
                    f"{event_corpus.ratio(t['a_right'], t['a_gold'])} |")
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", choices=event_corpus.HALVES, action="append")
    ap.add_argument("--misses", metavar="LANG", help="print the misses and false countries of one language (dev only)")
    args = ap.parse_args()
    halves = args.half or list(event_corpus.HALVES)
    for half in halves:
        if args.misses and half != "dev":
            sys.exit("--misses is for dev only: never look at test misses")
        print(table(half, run(half, args.misses)))


if __name__ == "__main__":
    main()
