"""People found in real news: recall and precision of person mentions on the labelled corpus.

    .venv/bin/python bench/people.py               # dev and test, per language
    .venv/bin/python bench/people.py --half dev    # one half only
    .venv/bin/python bench/people.py --half dev --misses ar   # print dev misses of one language
    .venv/bin/python bench/people.py --half dev --batch batch19   # one batch's articles only

Corpus: bench/data/events/ (issue 10, point 1), each sentence labelled with the people it names
(name as written, latin, role, country). Each article runs through the entities stage alone, on
its own text, with the labelled sentence spans (so the figures measure person finding, not
sentence splitting). One fresh stage per half, the articles in corpus order; names learned from one article are
forgotten after it (entities.DOC_SCOPE), but for what entities.Carry keeps for later articles (entities.CARRY_STRONG).

- recall: a labelled person is found when a person mention in its sentence overlaps the labelled
  name (located in the sentence by its written form, as a word of its own where it also stands
  inside a longer word; a name that cannot be located is counted apart, `unloc`);
- country: of the found, the share whose mention carries the labelled country (``--misses`` prints
  the others as COUNTRY lines);
- precision: person mentions inside labelled sentences that overlap a labelled name (any of its
  occurrences in the sentence: a person named twice in one sentence is labelled once), over all
  person mentions in those sentences.
- QID (gazetteer link): a labelled person's gold entity is the one gazetteer person whose English
  name (or canonical name) is its labelled ``latin``, as written up to case, accents and punctuation
  (George W. Bush, not George H. W. Bush), else the one whose folded token set it is; a ``latin``
  that gives no gazetteer person, or several, gives no gold entity (``qgold`` counts those that
  have one). ``qid R``: of the labelled persons with a gold entity, the share found by a mention
  linked to it; ``qid P``: of the found labelled persons whose mentions link to gazetteer persons
  (``qlinked``), the share linked to the gold entity; a link where the latin gives no gazetteer
  person is wrong (Jeb Bush linked to George W. Bush), one where it gives several is not counted.
Tune on dev only; figures are quoted from test.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import event_corpus

from bilat import gazetteer as gz
from bilat.normalize import fold_latin
from bilat.records import Document, Sentence
from bilat.stages.entities import make_stage
from bilat.stages.names import token_key


def _folded(name: str) -> str:
    return " ".join(w for w in re.split(r"[^a-z0-9]+", fold_latin(name)) if w)


class GoldLinks:
    """The gold gazetteer entity of a labelled person, from its ``latin`` (see the module doc)."""

    def __init__(self, gaz: gz.Gazetteer | None = None) -> None:
        self.gaz = gaz or gz.load()
        self.full: dict[str, set[str]] = defaultdict(set)
        self.tokens: dict[frozenset[str], set[str]] = defaultdict(set)
        for e in self.gaz.entities.values():
            if e.kind == "person":
                for v in (*e.names.get("en", ()), e.name):
                    self.full[_folded(v)].add(e.id)
                    self.tokens[token_key(v)].add(e.id)

    def ids(self, latin: str | None) -> set[str]:
        """The gazetteer persons the latin form names (empty: none; several: ambiguous)."""
        if not latin:
            return set()
        return self.full.get(_folded(latin)) or self.tokens.get(token_key(latin)) or set()

    def linked(self, entity: str | None) -> str | None:
        """The gazetteer person a mention's entity id is (aliases resolved), None for a learned one."""
        e = self.gaz.get(entity) if entity else None
        return e.id if e is not None and e.kind == "person" else None


def _locate(text: str, s: int, e: int, name: str) -> tuple[int, int] | None:
    """The first occurrence of the labelled name in the sentence that stands as a word of its own
    (سلامی, not the end of اسلامی), else the first occurrence (scripts without spaces)."""
    first = at = text.find(name, s, e)
    while at >= 0:
        before = text[at - 1:at] if at > s else ""
        after = text[at + len(name):at + len(name) + 1]
        if not (before.isalpha() or after.isalpha()):
            return at, at + len(name)
        at = text.find(name, at + 1, e)
    return None if first < 0 else (first, first + len(name))


def _spaceless(name: str) -> bool:
    """Chinese, Japanese and Thai names: the script writes no spaces between words."""
    return any("\u0e00" <= ch <= "\u0e7f" or "\u3040" <= ch <= "\u9fff" for ch in name)


def _occurrences(text: str, s: int, e: int, name: str) -> list[tuple[int, int]]:
    """Every occurrence of the labelled name in the sentence: a person named twice in one sentence
    is labelled once, and both mentions are right (Путин ... Путина). In scripts with spaces, those
    that start a word where there are any (not سلامی inside اسلامی)."""
    every, words, at = [], [], text.find(name, s, e)
    while at >= 0:
        every.append((at, at + len(name)))
        if _spaceless(name) or not (text[at - 1:at] if at > s else "").isalpha():
            words.append((at, at + len(name)))
        at = text.find(name, at + 1, e)
    return words or every


def _score_article(stage, art: dict, tally: dict, misses: list | None, gold: GoldLinks | None = None) -> None:
    text = art["text"]
    sents = tuple(Sentence(start=s["start"], end=s["end"]) for s in art["sentences"])
    doc = Document(id=art["id"], source="bench", original=text, text=text, lang=art["lang"], sentences=sents)
    people = [m for m in stage(doc).mentions if m.kind == "person"]
    for sent in art["sentences"]:
        s, e = sent["start"], sent["end"]
        inside = [m for m in people if s <= m.start < e]
        spans = []
        for p in sent["people"]:
            span = _locate(text, s, e, p["name"])
            if span is None:
                tally["unloc"] += 1
                continue
            spans += _occurrences(text, s, e, p["name"])
            tally["gold"] += 1
            hit = [m for m in inside if m.start < span[1] and span[0] < m.end]
            if gold is not None:
                _score_link(gold, p, hit, tally, misses, art["id"])
            if hit:
                tally["found"] += 1
                right = any(m.iso3 == p.get("country") for m in hit)
                tally["country"] += right
                if not right and misses is not None:
                    misses.append((art["id"], "COUNTRY", p["name"], p.get("country"),
                                   ",".join(f"{m.text}:{m.iso3}:{m.via}" for m in hit), text[s:e][:160]))
            elif misses is not None:
                misses.append((art["id"], p["name"], p.get("role"), text[s:e][:200]))
        for m in inside:
            tally["out"] += 1
            right = any(m.start < b and a < m.end for a, b in spans)
            tally["right"] += right
            if not right and misses is not None:
                misses.append((art["id"], "FALSE", m.text, text[max(s, m.start - 30):m.end + 20]))


def _score_link(gold: GoldLinks, person: dict, hit: list, tally: dict, misses: list | None, art_id: str) -> None:
    want = gold.ids(person.get("latin"))
    qid = next(iter(want)) if len(want) == 1 else None
    tally["qgold"] += qid is not None
    links = {x for x in (gold.linked(m.entity) for m in hit) if x}
    tally["qfound"] += qid is not None and qid in links
    if qid is not None and hit and not links and misses is not None:
        misses.append((art_id, "NOQID", person["name"], person.get("latin"), qid, ",".join(m.entity for m in hit)))
    if links and len(want) <= 1:
        tally["qlinked"] += 1
        tally["qright"] += qid in links
        if qid not in links and misses is not None:
            misses.append((art_id, "QID", person["name"], person.get("latin"), qid, ",".join(sorted(links))))


def _batch_ids(batch: str) -> set[str]:
    """The article ids of one batch file (bench/data/events/<batch>.jsonl)."""
    path = event_corpus.DATA_DIR / f"{batch}.jsonl"
    if not path.exists():
        sys.exit(f"no batch file {path}")
    return {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def run(half: str, misses_lang: str | None = None, batch: str | None = None) -> dict[str, dict]:
    stage = make_stage()
    gold = GoldLinks()
    keep = _batch_ids(batch) if batch else None
    tallies: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    misses: list = []
    t0 = time.perf_counter()
    for art in event_corpus.load(half):
        if keep is not None and art["id"] not in keep:
            continue
        want = misses if art["lang"] == misses_lang else None
        _score_article(stage, art, tallies[art["lang"]], want, gold)
    for m in misses:
        print("MISS", *m, sep=" | ")
    event_corpus.add_all(tallies)
    print(f"{half}: {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return tallies


def table(half: str, tallies: dict[str, dict]) -> str:
    rows = ["| lang | half | labelled | unloc | recall | country | mentions | precision | qgold | qid R | qlinked | qid P |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for lang in sorted(tallies, key=lambda x: (x == "all", x)):
        t = tallies[lang]
        rows.append(f"| {lang} | {half} | {t['gold']} | {t['unloc']} | {event_corpus.ratio(t['found'], t['gold'])} | "
                    f"{event_corpus.ratio(t['country'], t['found'])} | {t['out']} | {event_corpus.ratio(t['right'], t['out'])} | "
                    f"{t['qgold']} | {event_corpus.ratio(t['qfound'], t['qgold'])} | {t['qlinked']} | "
                    f"{event_corpus.ratio(t['qright'], t['qlinked'])} |")
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", choices=event_corpus.HALVES, action="append")
    ap.add_argument("--misses", metavar="LANG", help="print the misses and false mentions of one language (dev only)")
    ap.add_argument("--batch", metavar="NAME", help="score only the articles of one batch file (batch19)")
    args = ap.parse_args()
    halves = args.half or list(event_corpus.HALVES)
    for half in halves:
        if args.misses and half != "dev":
            sys.exit("--misses is for dev only: never look at test misses")
        print(table(half, run(half, args.misses, args.batch)))


if __name__ == "__main__":
    main()
