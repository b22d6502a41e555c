"""Ingest throughput: documents/second and peak memory on a synthetic corpus.

The corpus is generated from the sample articles by shuffling their paragraphs (10k articles by
default). Measures the foundation stages (read -> metadata -> clean -> lang -> sentences -> store),
without embeddings, and, with --full, the whole pipeline (entities, dates, figures, events).

    .venv/bin/python bench/ingest.py [--n 10000] [--full] [--stories]

With --big, one single-line text file per size (the samples' sentences, repeated, newlines
removed) goes through `bilat ingest` (the whole pipeline and stories) in a fresh process, and its
wall time, CPU time and peak RSS are printed (issue 15: the cost of analysis is linear in size):

    .venv/bin/python bench/ingest.py --big 5 19
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bilat import store
from bilat.ingest import Ingestor
from bilat.pipeline import Pipeline

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


def run(n: int, until: str | None, stories: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        make_corpus(corpus, n)
        conn = store.connect(Path(tmp) / "bench.db")
        pipeline = Pipeline(until=until)
        ingestor = Ingestor(conn, stories=stories, pipeline=pipeline, error=lambda m: None)
        t0 = time.perf_counter()
        summary = ingestor.run([corpus])
        elapsed = time.perf_counter() - t0
        conn.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs": summary.ingested, "failed": summary.failed, "seconds": elapsed,
            "docs_per_s": summary.ingested / elapsed, "peak_mb": peak_mb}


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
    args = ap.parse_args()
    if args.big:
        for mb in args.big:
            run_big(mb)
        return
    until = None if args.full else "sentences"
    rates = []
    for _ in range(args.repeat):
        r = run(args.n, until, args.stories)
        rates.append(r["docs_per_s"])
        print(f"stages up to {until or 'events'}: {r['docs']} docs ({r['failed']} failed) in {r['seconds']:.1f} s "
              f"= {r['docs_per_s']:.0f} docs/s; peak RSS {r['peak_mb']:.0f} MB")
    if args.repeat > 1:
        print(f"median {statistics.median(rates):.0f} docs/s over {args.repeat} runs")


if __name__ == "__main__":
    main()
