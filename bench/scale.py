"""Scale: articles/s of `bilat ingest` on Dask workers, and of concurrent PostgreSQL writers.

    .venv/bin/python bench/scale.py [--n 60] [--pg postgresql://postgres@127.0.0.1:5432/test]

1. Whole ingest (read, analyse, embed, store, link) of the first N real Persian devdata articles
   into a fresh PostgreSQL schema: in one process (no cluster), then on a local Dask cluster of 1
   and of 2 worker processes (the client commits in input order). The pipeline is built on the
   workers before the clock starts (it is built once per worker, not per article).
2. The write side alone (store, search index, conflicts, story link under the advisory lock): the
   N articles analysed once up front, then stored by 1 writer process, and by 2 writer processes at
   once, each storing half, into one fresh schema.

Wall time and CPU time (of this process and of every worker or writer process; not of the
PostgreSQL server) are printed for each. The machine this was written on has 2 cores shared with other jobs: wall times depend on
their load, CPU times much less. docs/scale.md works from these figures.
"""

from __future__ import annotations

import argparse
import itertools
import os
import pickle
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bilat import store
from bilat.ingest import Ingestor

DEVDATA = ROOT.parent / "shared" / "devdata"
if not DEVDATA.is_dir():
    DEVDATA = Path("/work/shared/devdata")
PG_DEFAULT = os.environ.get("BILAT_TEST_PG") or "postgresql://postgres@127.0.0.1:5432/test"

WRITER = """
import pickle, sys, time
from bilat import store
from bilat.ingest import Ingestor
items = pickle.load(open(sys.argv[2], "rb"))
conn = store.connect(sys.argv[1])
ingestor = Ingestor(conn)
sys.stdin.readline()  # start together
t = time.process_time()
stored = sum(bool(ingestor.store_one(s, d, p)) for s, d, p in items)
print(stored, time.process_time() - t)
"""


class Schemas:
    """Fresh schemas on the server, dropped at the end."""

    def __init__(self, server: str) -> None:
        self.server, self.made = server, []

    def new(self) -> str:
        import psycopg

        name = f"bilat_scale_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        with psycopg.connect(self.server, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{name}"')
        self.made.append(name)
        sep = "&" if "?" in self.server else "?"
        url = f"{self.server}{sep}options={quote(f'-csearch_path={name},public')}"
        store.connect(url).close()  # migrations outside the timing
        return url

    def drop(self) -> None:
        import psycopg

        with psycopg.connect(self.server, autocommit=True) as conn:
            for name in self.made:
                conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


def cpu_of(pids: list[int]) -> float:
    import psutil

    total = 0.0
    for pid in pids:
        try:
            t = psutil.Process(pid).cpu_times()
            total += t.user + t.system
        except psutil.NoSuchProcess:
            pass
    return total


def line(label: str, n: int, wall: float, cpu: dict[str, float]) -> None:
    parts = ", ".join(f"{k} {v:.1f}s" for k, v in cpu.items())
    print(f"{label:<34} {n / wall:6.2f} articles/s  wall {wall:6.1f}s  CPU: {parts}  "
          f"({sum(cpu.values()) / n:.2f} CPU-s/article)", flush=True)


def whole_ingest(schemas: Schemas, folder: Path, n: int) -> None:
    from distributed import Client, LocalCluster

    from bilat.engine import ClusterIngestor, PipelinePlugin

    url = schemas.new()
    conn = store.connect(url)
    ingestor = Ingestor(conn)
    ingestor.pipeline  # noqa: B018 - built before the clock starts, like the workers' pipelines
    t, c = time.perf_counter(), time.process_time()
    summary = ingestor.run([folder])
    line("single process (no cluster)", summary.ingested, time.perf_counter() - t,
         {"process": time.process_time() - c})
    conn.close()
    for workers in (1, 2):
        url = schemas.new()
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as local, \
                Client(local) as client:
            conn = store.connect(url)
            ingestor = ClusterIngestor(conn, client)
            client.register_plugin(PipelinePlugin(ingestor.options))  # the models load before timing
            pids = list(client.run(os.getpid).values())
            t, c, w = time.perf_counter(), time.process_time(), cpu_of(pids)
            summary = ingestor.run([folder])
            wall = time.perf_counter() - t
            line(f"dask, {workers} worker(s) + client", summary.ingested, wall,
                 {"client": time.process_time() - c, "workers": cpu_of(pids) - w})
            print(f"{'':34} batches analysed again for names taught meanwhile: {ingestor.reanalysed}")
            conn.close()
            assert summary.ingested == n, summary.line()


def writers(schemas: Schemas, folder: Path, n: int) -> None:
    from bilat.corpus.stories import prepare_all
    from bilat.ingest import read_file
    from bilat.pipeline import Pipeline, document_from_raw

    pipeline = Pipeline()
    raws = [r for f in sorted(folder.iterdir()) for r in read_file(f, print)]
    docs = [pipeline(document_from_raw(r)) for r in raws]
    items = list(zip([r.source for r in raws], docs, prepare_all(docs)))
    with tempfile.TemporaryDirectory() as tmp:
        for count in (1, 2):
            url = schemas.new()
            parts = [items[i::count] for i in range(count)]
            files = []
            for i, part in enumerate(parts):
                files.append(Path(tmp) / f"part{count}-{i}.pkl")
                files[-1].write_bytes(pickle.dumps(part))
            env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
            procs = [subprocess.Popen([sys.executable, "-c", WRITER, url, str(f)], env=env, stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, text=True) for f in files]
            time.sleep(3)  # imports and connections before the clock starts
            t = time.perf_counter()
            for p in procs:
                p.stdin.write("go\n")
                p.stdin.flush()
            outs = [p.communicate()[0].split() for p in procs]
            wall = time.perf_counter() - t
            stored = sum(int(o[0]) for o in outs)
            line(f"PostgreSQL, {count} writer(s) at once", stored, wall,
                 {f"writer {i + 1}": float(o[1]) for i, o in enumerate(outs)})
            assert stored == n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=60, help="articles (the first N of the Persian devdata)")
    ap.add_argument("--pg", default=PG_DEFAULT, help="PostgreSQL server (a schema per run is made and dropped)")
    args = ap.parse_args()
    load = os.getloadavg()
    print(f"{os.cpu_count()} cores, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} at start: the machine "
          "is shared with other jobs, so wall times vary with their load; CPU times vary much less.")
    schemas = Schemas(args.pg)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with (DEVDATA / "fa-farsnews-300.jsonl").open(encoding="utf-8") as fh:
            (folder / "fa.jsonl").write_text("".join(itertools.islice(fh, args.n)), encoding="utf-8")
        try:
            whole_ingest(schemas, folder, args.n)
            writers(schemas, folder, args.n)
        finally:
            schemas.drop()
    load = os.getloadavg()
    print(f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} at the end")


if __name__ == "__main__":
    main()
