"""The Dask engine against the real services: a local cluster of two worker processes ingests real
devdata articles (Persian and Arabic) into PostgreSQL, and the store must equal a single-process
SQLite ingest of the same files; then the same with one worker killed mid-run.

Without a PostgreSQL server these skip with one line (see conftest.pg_server); with CI=true they
fail instead. No field is ignored in the comparison: the exports hold no timestamps (the store's
`stored` times are not exported), and sources are the same file paths in both runs."""

from __future__ import annotations

import itertools
import os
import signal
from importlib import resources
from pathlib import Path

import pytest
from conftest import DEVDATA

from bilat import export, store
from bilat.ingest import Ingestor

# Few articles, so that the suite stays short on a 2-core machine: the Persian ones are cheap to
# analyse; the bundled Arabic and Persian samples (two renderings of one report) always make a story
# of two documents, so linking order matters whichever linker runs.
FILES = (("fa-farsnews-300.jsonl", 16), ("ar-saudinewsnet-2015-07-23.jsonl", 18))
SAMPLES = ("ar-to-lam-visits-four-countries.txt", "fa-to-lam-visits-four-countries.txt")
BATCH = 4  # smaller than the default 16: more batches in flight, and the result must not depend on it
KINDS = ("documents", "entities", "mentions", "events", "stories", "conflicts", "dyads")


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    """The first lines of two devdata files, copied as they are."""
    if not DEVDATA.is_dir():
        pytest.skip(f"no devdata at {DEVDATA}")
    folder = tmp_path_factory.mktemp("devdata")
    for name, n in FILES:
        with (DEVDATA / name).open(encoding="utf-8") as fh:
            (folder / name).write_text("".join(itertools.islice(fh, n)), encoding="utf-8")
    bundled = resources.files("bilat") / "samples"
    for name in SAMPLES:
        (folder / name).write_text((bundled / name).read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def _state(target: str) -> dict[str, list]:
    """Every export, and each document's story and link order (story linking depends on order)."""
    conn = store.connect(target, readonly=True)
    try:
        out: dict[str, list] = {k: list(export.KINDS[k](conn)) for k in KINDS}
        out["story_docs"] = [tuple(r) for r in conn.execute("SELECT doc, story, seq FROM story_docs ORDER BY seq")]
        return out
    finally:
        conn.close()


@pytest.fixture(scope="module")
def reference(new_pg_store, articles, tmp_path_factory) -> dict[str, list]:
    """The single-process ingest of the same files into SQLite (new_pg_store first: without a
    server the module skips before this costly step)."""
    path = str(tmp_path_factory.mktemp("single") / "single.db")
    conn = store.connect(path)
    summary = Ingestor(conn).run([articles])
    conn.close()
    assert summary.failed == 0 and summary.ingested == sum(n for _, n in FILES) + len(SAMPLES), summary.line()
    return _state(path)


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    local = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
    client = Client(local)
    yield client
    client.close()
    local.close()


def _cluster_ingest(client, url: str, articles: Path, progress=None):
    from bilat.engine import ClusterIngestor

    conn = store.connect(url)
    try:
        ingestor = ClusterIngestor(conn, client, batch=BATCH)
        return ingestor, ingestor.run([articles], progress=progress)
    finally:
        conn.close()


def test_two_workers_equal_single_process(new_pg_store, reference, cluster, articles):
    url = new_pg_store()
    ingestor, summary = _cluster_ingest(cluster, url, articles)
    assert len(cluster.scheduler_info()["workers"]) == 2
    assert (summary.ingested, summary.failed) == (len(reference["documents"]), 0), summary.line()
    assert ingestor.replanned == 0
    state = _state(url)
    joined = [s for s in reference["stories"] if len(s["docs"]) > 1]
    assert joined, "the articles should form at least one story of several documents"
    for kind in (*KINDS, "story_docs"):
        assert state[kind] == reference[kind], kind
    again = _cluster_ingest(cluster, url, articles)[1]  # idempotent: the content-hash key
    assert (again.ingested, again.unchanged) == (0, len(reference["documents"]))


def test_killed_worker_loses_and_duplicates_nothing(new_pg_store, reference, cluster, articles):
    url = new_pg_store()
    killed: list[int] = []

    def kill_once(done: int, total: int) -> None:
        """After the first committed batch, kill a worker process that is analysing a batch."""
        if killed or done >= total:
            return
        pids = cluster.run(os.getpid)
        busy = [addr for addr, tasks in cluster.processing().items() if tasks]
        assert busy, "a worker should be analysing a batch"
        killed.append(pids[busy[0]])
        os.kill(pids[busy[0]], signal.SIGKILL)

    _, summary = _cluster_ingest(cluster, url, articles, progress=kill_once)
    assert killed and killed[0] not in cluster.run(os.getpid).values()
    n = len(reference["documents"])
    assert (summary.ingested, summary.failed, summary.duplicates) == (n, 0, 0), summary.line()
    conn = store.connect(url, readonly=True)
    assert conn.execute("SELECT count(*), count(DISTINCT hash), count(DISTINCT id) FROM documents").fetchone() \
        == (n, n, n)
    assert conn.execute("SELECT count(*), count(DISTINCT doc) FROM story_docs").fetchone() == (n, n)
    conn.close()
    state = _state(url)
    for kind in (*KINDS, "story_docs"):
        assert state[kind] == reference[kind], kind


def test_cli_takes_workers_or_cluster_not_both(tmp_path):
    from click.testing import CliRunner

    from bilat.cli import main

    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "x.db"), "--workers", "2", "--cluster",
                                       "tcp://127.0.0.1:8786", str(tmp_path)])
    assert result.exit_code == 2 and "not both" in result.output
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "x.db"), "--workers", "0", str(tmp_path)])
    assert result.exit_code == 2 and "--workers" in result.output
