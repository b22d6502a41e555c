"""Faults (issue 15): kill -9 during ingest, two concurrent ingest processes; the store's integrity
and invariants after each. Real processes, the real store and linker (the embedding model included);
a small stand-in pipeline keeps the analysis fast."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from bilat.corpus import stories

ROOT = Path(__file__).resolve().parents[1]
WORKER = """
import sys
from conftest import PLAIN
from bilat import store
from bilat.ingest import Ingestor
from bilat.pipeline import Pipeline
conn = store.connect(sys.argv[1])
summary = Ingestor(conn, pipeline=Pipeline(PLAIN), batch=int(sys.argv[2]), error=print).run(sys.argv[3:])
print(summary.line())
"""
TOPICS = ("Vietnam and Laos signed a trade agreement", "Thailand and Cambodia held border talks",
          "Iran and Iraq discussed water sharing", "Russia and Kazakhstan agreed on grain exports")


def write_articles(folder: Path, start: int, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"id": f"art-{i:05d}", "text": f"Report {i}\n\n{TOPICS[i % 4]} in round {i}, "
                         f"with {i * 7} officials taking part.", "published": f"2025-05-{1 + i % 20:02d}"})
             for i in range(start, start + n)]
    path = folder / f"part-{start}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def worker(db: str, *paths: Path, batch: int = 4) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "tests")])}
    return subprocess.Popen([sys.executable, "-c", WORKER, db, str(batch), *map(str, paths)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def run_together(*procs: subprocess.Popen) -> list[str]:
    try:
        outs = [p.communicate(timeout=600)[0] for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    assert [p.returncode for p in procs] == [0] * len(procs), outs
    return outs


def check_store(db: str) -> dict[str, int]:
    """Integrity and the store's invariants; returns a few counts."""
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    orphans = {
        "mentions": "SELECT count(*) FROM mentions WHERE doc NOT IN (SELECT id FROM documents)",
        "events": "SELECT count(*) FROM events WHERE doc NOT IN (SELECT id FROM documents)",
        "story_docs": "SELECT count(*) FROM story_docs WHERE doc NOT IN (SELECT id FROM documents)",
        "story_docs without story": "SELECT count(*) FROM story_docs WHERE story NOT IN (SELECT id FROM stories)",
        "story_keys": "SELECT count(*) FROM story_keys WHERE story NOT IN (SELECT id FROM stories)",
        "fts": "SELECT count(*) FROM doc_fts WHERE doc NOT IN (SELECT id FROM documents)",
        "unindexed": "SELECT count(*) FROM documents WHERE error IS NULL AND id NOT IN (SELECT doc FROM doc_fts)",
        "unlinked": "SELECT count(*) FROM documents WHERE error IS NULL AND id NOT IN (SELECT doc FROM story_docs)",
    }
    assert {k: conn.execute(q).fetchone()[0] for k, q in orphans.items()} == dict.fromkeys(orphans, 0)
    linked = [r[0] for r in conn.execute("SELECT doc FROM story_docs")]
    exported = Counter(d for s in stories.export_stories(conn) for d in s["docs"])
    assert set(exported) == set(linked) and set(exported.values()) <= {1}
    counted = conn.execute("SELECT coalesce(sum(n), 0) FROM lang_means").fetchone()[0]
    assert counted == len(linked)  # the language means count every linked document once
    return {"documents": conn.execute("SELECT count(*) FROM documents").fetchone()[0], "linked": len(linked)}


def _count(db: str) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.model
def test_kill_9_during_ingest_leaves_a_sound_store_and_a_rerun_completes_it(tmp_path):
    path = write_articles(tmp_path / "in", 0, 120)
    db = str(tmp_path / "k.db")
    proc = worker(db, path, batch=2)
    deadline = time.monotonic() + 120
    while _count(db) < 10 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest ended before it could be killed: " + proc.stdout.read()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = check_store(db)
    assert 10 <= partial["documents"] < 120
    (out,) = run_together(worker(db, path, batch=8))
    assert f"{120 - partial['documents']} ingested, {partial['documents']} unchanged" in out
    assert check_store(db) == {"documents": 120, "linked": 120}


@pytest.mark.model
def test_two_concurrent_ingest_processes_lose_nothing(tmp_path):
    a = write_articles(tmp_path / "in", 0, 150)
    b = write_articles(tmp_path / "in", 150, 150)
    db = str(tmp_path / "c.db")
    outs = run_together(worker(db, a, batch=16), worker(db, b, batch=16))
    assert check_store(db) == {"documents": 300, "linked": 300}, outs
    # both again, each over everything: nothing new, nothing lost, each article counted once per run
    outs = run_together(worker(db, a, b, batch=16), worker(db, b, a, batch=16))
    assert all("0 ingested, 300 unchanged" in out for out in outs), outs
    assert check_store(db) == {"documents": 300, "linked": 300}
