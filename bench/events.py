"""Events stage figures: quality on the hand-labelled set and speed on the five samples.

    .venv/bin/python bench/events.py            # quality (lexicon / embeddings / combined) + speed
    .venv/bin/python bench/events.py --speed    # speed only

Quality: tests/data/events_gold.jsonl, one sentence a line with its mentions given by hand (so the
figures measure this stage alone). A sentence counts as detected when an exported event
(confidence >= threshold, not negated) comes out; type accuracy is over the detected gold events;
the pair is right when actor and recipient codes match the gold (order included).
Speed: the samples are split into sentences by a simple rule and run through the entities, dates
and quantities stages first; only the events stage is timed.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from bilat.records import Document, Mention, Sentence
from bilat.stages import events

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "events_gold.jsonl"
HELDOUT = ROOT / "tests" / "data" / "events_heldout.jsonl"  # labelled after the stage was built; never tuned on
SAMPLES = ROOT / "src" / "bilat" / "samples"


def gold_doc(row: dict, i: int) -> Document:
    """A one-sentence Document with the row's hand-given mentions."""
    text, pos, ms = row["text"], 0, []
    for surface, iso3, kind in row["mentions"]:
        at = text.find(surface, pos)
        at = at if at >= 0 else text.find(surface)
        ms.append(Mention(start=at, end=at + len(surface), text=surface, entity=f"gold:{iso3}:{kind}", kind=kind,
                          iso3=iso3, lang=row["lang"]))
        pos = at + len(surface)
    ms.sort(key=lambda m: m.start)
    return Document(id=f"g{i}", source="gold", original=text, text=text, lang=row["lang"],
                    sentences=(Sentence(start=0, end=len(text)),), mentions=tuple(ms))


def score(stage, rows: list[dict]) -> dict[str, float]:
    tp = fp = fn = typed = pair = 0
    for i, row in enumerate(rows):
        out = events.exported(stage(gold_doc(row, i)).events)
        gold = row.get("event")
        if gold is None:
            fp += bool(out)
            continue
        if not out:
            fn += 1
            continue
        tp += 1
        golds = gold.split("|")  # alternatives: "MOBILIZE|STATEMENT_OF_FIGURES"
        best = next((e for e in out if e.event in golds), out[0])
        typed += best.event in golds
        pair += (best.actor and best.actor.code) == row.get("actor") and \
            (best.recipient and best.recipient.code) == row.get("recipient")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "type_acc": round(typed / tp, 3) if tp else 0.0, "pair_acc": round(pair / tp, 3) if tp else 0.0,
            "n": len(rows)}


def split(text: str) -> tuple[Sentence, ...]:
    out = []
    for m in re.finditer(r"[^\n。！？!?]+?(?:(?<!\s\w)[.!?。！？؟](?=\s|$)|[。！？]|\n|$)", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Sentence(start=s, end=e))
    return tuple(out)


def sample_docs() -> list[Document]:
    from bilat.stages import dates, entities, quantities

    stages = [entities.make_stage(), dates.make_stage(), quantities.make_stage()]
    docs = []
    for p in sorted(SAMPLES.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        doc = Document(id=p.stem[:12], source=str(p), original=text, text=text, lang=p.name[:2],
                       published="2025-05-02", sentences=split(text))
        for st in stages:
            doc = st(doc)
        docs.append(doc)
    return docs


def speed(stage, docs: list[Document], label: str) -> None:
    n = sum(len(d.sentences) for d in docs)
    t0 = time.perf_counter()
    found = sum(len(events.exported(stage(d).events)) for d in docs)
    dt = time.perf_counter() - t0
    print(f"{label:<24} {n} sentences in {dt:.2f}s = {n / dt:,.0f} sentences/s; {found} exported events")


def main() -> None:
    t0 = time.perf_counter()
    combined = events.make_stage()
    print(f"prototype embedding (once per process): {time.perf_counter() - t0:.2f}s")
    lexicon = events.make_stage(embeddings=False)
    if "--speed" not in sys.argv:
        emb_only = events.make_stage(lexicon=False)
        for path in (GOLD, HELDOUT):
            rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
            print(path.name)
            for label, st in (("lexicon only", lexicon), ("embeddings only", emb_only), ("combined", combined)):
                print(f"  {label:<16}", score(st, rows))
    docs = sample_docs()
    speed(lexicon, docs, "events, lexicon only")
    speed(combined, docs, "events, with embeddings")


if __name__ == "__main__":
    main()
