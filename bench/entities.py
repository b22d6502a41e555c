"""Entities stage figures: gazetteer load time and memory, matching speed, cross-language agreement.

    .venv/bin/python bench/entities.py [--limit N]

Speed is measured on the Arabic, Persian and NTREX development data (raw article text, no clean
stage). Agreement: for each NTREX group (one article in de fr es ja ko uk tr), the share of groups where
every language gives the same set of countries, and of language pairs that agree.
"""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path

LANG3 = {"eng": "en", "deu": "de", "fra": "fr", "spa": "es", "jpn": "ja", "kor": "ko", "ukr": "uk", "tur": "tr"}
DEVDATA = Path(__file__).resolve().parents[2] / "shared" / "devdata"


def load_figures() -> None:
    from bilat import gazetteer
    from bilat.stages.entities import EntityTagger

    t = time.perf_counter()
    gaz = gazetteer.load()
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    EntityTagger(gaz)
    t_auto = time.perf_counter() - t
    gazetteer.load.cache_clear()
    tracemalloc.start()
    EntityTagger(gazetteer.load())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"gazetteer: {len(gaz.entities)} entities, {len(gaz.patterns)} patterns; load {t_load:.2f} s, "
          f"automata {t_auto:.2f} s, peak Python memory {peak / 2**20:.0f} MiB")


def read(name: str, limit: int) -> list[dict]:
    path = DEVDATA / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for _, line in zip(range(limit), f)]


def speed(limit: int) -> None:
    from bilat.records import Document
    from bilat.stages.entities import EntityTagger, make_stage

    tagger = EntityTagger()
    tagger.mentions("warm up 中美", "zh")
    for name, lang in (("ar-saudinewsnet-2015-07-23.jsonl", "ar"), ("fa-farsnews-300.jsonl", "fa"),
                       ("ntrex-dev.jsonl", None)):
        rows = read(name, limit)
        if not rows:
            continue
        chars = sum(len(r["text"]) for r in rows)
        t = time.perf_counter()
        n = sum(len(tagger.mentions(r["text"], lang or LANG3.get(r.get("lang")))) for r in rows)
        dt = time.perf_counter() - t
        print(f"{name}: {len(rows)} docs, {chars} chars, {n} mentions, matching {chars / dt:,.0f} chars/s", end="")
        stage = make_stage()
        t = time.perf_counter()
        docs = [stage(Document(id=str(i), source=name, original="", text=r["text"], lang=lang or LANG3.get(r.get("lang"))))
                for i, r in enumerate(rows)]
        dt = time.perf_counter() - t
        learned = sum(len(d.learned) for d in docs)
        persons = sum(1 for d in docs for m in d.mentions if m.kind == "person")
        print(f"; whole stage with learning {chars / dt:,.0f} chars/s, {learned} names learned, {persons} person mentions")


def agreement() -> None:
    from bilat.stages.entities import EntityTagger

    tagger = EntityTagger()
    groups: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for r in read("ntrex-dev.jsonl", 10**6):
        lang = LANG3.get(r.get("lang"), r.get("lang"))
        groups[r["group"]][lang] = {m.iso3 for m in tagger.mentions(r["text"], lang)
                                    if m.kind == "country" and m.iso3}
    all_same = pairs = pairs_same = 0
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for langs in groups.values():
        sets = list(langs.values())
        all_same += all(x == sets[0] for x in sets)
        majority = max(sets, key=lambda x: sum(x == y for y in sets))
        for lang, found in langs.items():
            per_lang[lang][1] += 1
            per_lang[lang][0] += found == majority
        for i in range(len(sets)):
            for j in range(i + 1, len(sets)):
                pairs += 1
                pairs_same += sets[i] == sets[j]
    print(f"NTREX: {len(groups)} groups x {len(per_lang)} languages; groups where every language gives the same "
          f"countries: {all_same}/{len(groups)} = {all_same / max(len(groups), 1):.1%}; "
          f"language pairs agreeing: {pairs_same / max(pairs, 1):.1%}")
    print("  agreement with the group's majority set: " +
          ", ".join(f"{lang} {a / b:.0%}" for lang, (a, b) in sorted(per_lang.items())))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=300, help="documents per file for the speed test")
    args = ap.parse_args()
    load_figures()
    speed(args.limit)
    agreement()


if __name__ == "__main__":
    main()
