"""Ingest throughput: documents/second and peak memory on a synthetic corpus.

The corpus is generated from the sample articles by shuffling their paragraphs (10k articles by
default). Measures the foundation stages (read -> metadata -> clean -> lang -> sentences -> store),
without embeddings, and, with --full, the whole pipeline (entities, dates, figures, events).

    .venv/bin/python bench/ingest.py [--n 10000] [--full] [--stories]

With --big, one single-line text file per size (the samples' sentences, repeated, newlines
removed) goes through `bilat ingest` (the whole pipeline and stories) in a fresh process, and its
wall time, CPU time and peak RSS are printed (issue 15: the cost of analysis is linear in size):

    .venv/bin/python bench/ingest.py --big 5 19
    .venv/bin/python bench/ingest.py --full --devdata fa --n 60 --repeat 3

``--devdata LANG`` (fa, ar or both: fa,ar) reads the first N real articles of ../shared/devdata
instead of the synthetic corpus. With ``--full`` the time spent embedding sentences in the events
stage is printed on its own, with the number of sentences embedded (with ``--stories`` also the time
spent embedding the documents' title, lead and body chunks), and so is the CPU time of the process (on a shared
machine the wall time depends on the other users' load; CPU time less so: docs per CPU-second times
about 1.8 is the wall rate of a quiet 2-core machine, where the process keeps both cores ~90% busy).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Self

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bilat import embed, store
from bilat.ingest import Ingestor
from bilat.pipeline import Pipeline
from bilat.stages import events

DEVDATA = ROOT.parent / "shared" / "devdata"
if not DEVDATA.is_dir():
    DEVDATA = Path("/work/shared/devdata")
DEVDATA_FILES = {"fa": "fa-farsnews-300.jsonl", "ar": "ar-saudinewsnet-2015-07-23.jsonl"}
SAMPLES = ROOT.parent / "shared" / "samples"
if not SAMPLES.is_dir():
    SAMPLES = ROOT / "src" / "bilat" / "samples"


def make_corpus(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    articles = []
    for f in sorted(SAMPLES.glob("*.txt")):
        lines = [line for line in f.read_text(encoding="utf-8").split("\n") if line.strip()]
        articles.append((lines[0], lines[1:]))
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            title, paras = articles[i % len(articles)]
            body = paras[:]
            rng.shuffle(body)
            text = f"{title}\n\n" + "\n\n".join(body[: rng.randint(3, len(body))]) + f"\n\n#{i}"
            out.write(json.dumps({"id": f"b{i}", "text": text}, ensure_ascii=False) + "\n")


def devdata_corpus(path: Path, n: int, langs: str) -> None:
    """The first ``n`` articles of each devdata file named (real Persian / Arabic news)."""
    with path.open("w", encoding="utf-8") as out:
        for lang in langs.split(","):
            with (DEVDATA / DEVDATA_FILES[lang]).open(encoding="utf-8") as f:
                for i, line in enumerate(f):
                    if i >= n:
                        break
                    obj = json.loads(line)
                    out.write(json.dumps({k: obj.get(k) for k in ("id", "title", "text", "url", "published")},
                                         ensure_ascii=False) + "\n")


class EmbedTimer:
    """Times embedding on its own: the events stage's sentences (``events.Prototypes.embed``) and, with
    stories, the documents' title, lead and body chunks (``embed.embed_documents``, ``embed.embed_chunks``)."""

    def __init__(self) -> None:
        self.seconds, self.sentences = 0.0, 0
        self.doc_seconds, self.docs = 0.0, 0
        self._orig = events.Prototypes.embed
        self._orig_docs, self._orig_chunks = embed.embed_documents, embed.embed_chunks

    def __enter__(self) -> Self:
        timer, orig, orig_docs, orig_chunks = self, self._orig, self._orig_docs, self._orig_chunks

        def timed(protos, texts):
            t = time.perf_counter()
            try:
                return orig(protos, texts)
            finally:
                timer.seconds += time.perf_counter() - t
                timer.sentences += len(texts)

        def timed_docs(docs):
            t = time.perf_counter()
            try:
                return orig_docs(docs)
            finally:
                timer.doc_seconds += time.perf_counter() - t
                timer.docs += len(docs)
        def timed_chunks(pieces):
            t = time.perf_counter()
            try:
                return orig_chunks(pieces)
            finally:
                timer.doc_seconds += time.perf_counter() - t
        events.Prototypes.embed = timed
        embed.embed_documents = timed_docs
        embed.embed_chunks = timed_chunks
        return self

    def __exit__(self, *exc: object) -> None:
        events.Prototypes.embed = self._orig
        embed.embed_documents, embed.embed_chunks = self._orig_docs, self._orig_chunks


def run(n: int, until: str | None, stories: bool, devdata: str | None = None) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        if devdata:
            devdata_corpus(corpus, n, devdata)
        else:
            make_corpus(corpus, n)
        conn = store.connect(Path(tmp) / "bench.db")
        pipeline = Pipeline(until=until)
        ingestor = Ingestor(conn, stories=stories, pipeline=pipeline, error=lambda m: None)
        with EmbedTimer() as timer:
            t0, c0 = time.perf_counter(), time.process_time()
            summary = ingestor.run([corpus])
            elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        conn.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs": summary.ingested, "failed": summary.failed, "seconds": elapsed, "cpu": cpu,
            "docs_per_s": summary.ingested / elapsed, "peak_mb": peak_mb, "embed_s": timer.seconds,
            "embedded": timer.sentences, "doc_embed_s": timer.doc_seconds, "doc_embedded": timer.docs}


def big_file(path: Path, megabytes: float) -> None:
    """One line of ``megabytes`` MB made of the samples' text (every script), no newline."""
    text = " ".join(" ".join(f.read_text(encoding="utf-8").split()) for f in sorted(SAMPLES.glob("*.txt")))
    size = int(megabytes * 1_000_000)
    data = (text.encode() + b" ") * (size // len(text.encode()) + 1)
    path.write_bytes(data[:size].decode("utf-8", errors="ignore").encode())


def run_big(megabytes: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"big-{megabytes:g}mb.txt"
        big_file(path, megabytes)
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "bilat.cli", "ingest", "--db", str(Path(tmp) / "b.db"), str(path)],
                             check=False, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        print(f"{megabytes:g} MB single-line file: {wall:.1f} s wall, {cpu:.1f} s CPU, peak RSS "
              f"{after.ru_maxrss / 1024:.0f} MB; {out.stdout.strip() or out.stderr.strip()[-200:]}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--full", action="store_true", help="the whole pipeline, not just the foundation")
    ap.add_argument("--stories", action="store_true", help="also link stories (embeddings)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--big", type=float, nargs="+", metavar="MB", help="single-line files of these sizes")
    ap.add_argument("--devdata", metavar="LANGS", help="real articles from ../shared/devdata: fa, ar or fa,ar")
    args = ap.parse_args()
    if args.big:
        for mb in args.big:
            run_big(mb)
        return
    until = None if args.full else "sentences"
    rates, cpu_rates, embeds = [], [], []
    for _ in range(args.repeat):
        r = run(args.n, until, args.stories, args.devdata)
        rates.append(r["docs_per_s"])
        cpu_rates.append(r["docs"] / max(r["cpu"], 1e-9))
        embeds.append(r["embed_s"])
        print(f"stages up to {until or 'events'}: {r['docs']} docs ({r['failed']} failed) in {r['seconds']:.1f} s "
              f"= {r['docs_per_s']:.2f} docs/s (CPU {r['cpu']:.1f} s = {cpu_rates[-1]:.2f} docs per CPU-second); "
              f"embedding {r['embed_s']:.1f} s for {r['embedded']} sentences "
              f"({100 * r['embed_s'] / max(r['seconds'], 1e-9):.0f}% of the time)"
              + (f"; documents (stories) {r['doc_embed_s']:.1f} s for {r['doc_embedded']}" if r["doc_embedded"] else "")
              + f"; peak RSS {r['peak_mb']:.0f} MB")
    if args.repeat > 1:
        print(f"median {statistics.median(rates):.2f} docs/s, {statistics.median(cpu_rates):.2f} docs per CPU-second, "
              f"embedding {statistics.median(embeds):.1f} s, over {args.repeat} runs")


if __name__ == "__main__":
    main()
