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
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import event_corpus

from bilat.records import Document, Mention, Sentence
from bilat.stages.entities import make_stage


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
        if misses is not None:
            line = text[s:e].replace("\n", " ")[:240]
            for c in sorted(gold - pred):
                misses.append((art["id"], "M", c, "", line))
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
    rows = ["| lang | half | sentence gold | P | R | article gold | P | R |", "|---|---|---|---|---|---|---|---|"]
    for lang in sorted(tallies, key=lambda x: (x == "all", x)):
        t = tallies[lang]
        rows.append(f"| {lang} | {half} | {t['s_gold']} | {event_corpus.ratio(t['s_right'], t['s_pred'])} | "
                    f"{event_corpus.ratio(t['s_right'], t['s_gold'])} | {t['a_gold']} | {event_corpus.ratio(t['a_right'], t['a_pred'])} | "
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
