"""A store whose write-ahead log still holds committed articles (its writer was killed, or the files were copied
while it ran), in a folder the reader may not write: SQLite must create the log's index (-shm) to read the log and
said only "unable to open database file". The readers (stats, export, serve) now read it where they can and
otherwise say why in one line (probe55)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import PLAIN

from bilat import store
from bilat.ingest import Ingestor
from bilat.pipeline import Pipeline

TEXTS = ("Vietnam and Belarus signed a trade agreement in Hanoi on Monday.",
         "France and Germany held talks in Paris on Tuesday.")


def _killed_writer(folder: Path) -> str:
    """A store of two articles, then a third committed into the log by a process that dies without closing it."""
    db = str(folder / "s.db")
    for n, text in enumerate(TEXTS):
        (folder / f"a{n}.txt").write_text(text, encoding="utf-8")
    conn = store.connect(db)
    try:
        Ingestor(conn, stories=False, pipeline=Pipeline(PLAIN), error=print).run([folder / "a0.txt"])
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    script = ("import os, sqlite3; c = sqlite3.connect(os.environ['DB'], isolation_level=None); "
              "c.execute('PRAGMA wal_autocheckpoint=0'); "
              "c.execute(\"INSERT INTO documents(id, hash, source, data) SELECT 'x' || id, 'x' || hash, source, data "
              "FROM documents\"); os._exit(0)")
    subprocess.run([sys.executable, "-c", script], check=True, env={**os.environ, "DB": db})
    assert Path(db + "-wal").stat().st_size > 0
    return db


def _as_other_user(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "bilat.cli", *args]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: every folder is writable")
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    return subprocess.run(command, check=False, cwd=cwd, env={**os.environ, "HOME": str(cwd)}, capture_output=True,
                          text=True, timeout=300)


def _shared(top: Path, *, keep_shm: bool) -> tuple[Path, str]:
    folder = top / "shared"
    folder.mkdir()
    db = _killed_writer(folder)
    shm = Path(db + "-shm")
    if not keep_shm:
        shm.unlink()
    for path in (folder, *folder.iterdir()):
        path.chmod(0o555 if path.is_dir() else 0o444)
    top.chmod(0o755)
    return folder, db


def test_a_log_without_its_index_in_a_read_only_folder_is_one_clear_line():
    with tempfile.TemporaryDirectory() as top:
        folder, db = _shared(Path(top), keep_shm=False)
        try:
            results = [_as_other_user([*command, "--db", db], Path("/")) for command in (["stats"],
                                                                                          ["export", "documents"])]
        finally:
            folder.chmod(0o755)
        for result in results:
            # before: "Error: .../s.db: cannot open store (unable to open database file)"
            assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith(f"Error: {db}: cannot read the store (s.db-wal holds ")
            assert "s.db-shm" in lines[0] and f"may not write {folder}" in lines[0]
        assert sorted(p.name for p in folder.iterdir()) == ["a0.txt", "a1.txt", "s.db", "s.db-wal"]


def test_a_log_with_its_index_in_a_read_only_folder_is_read_whole():
    with tempfile.TemporaryDirectory() as top:
        folder, db = _shared(Path(top), keep_shm=True)
        try:
            stats = _as_other_user(["stats", "--db", db], Path("/"))
        finally:
            folder.chmod(0o755)
        assert stats.returncode == 0 and stats.stdout.startswith("documents: 2\n"), stats.stderr


def test_the_owner_folds_the_log_in_and_then_anyone_reads_it(tmp_path):
    db = _killed_writer(tmp_path)
    Path(db + "-shm").unlink()
    conn = store.open_reader(db)  # this user may write the folder: the log is read, then folded in on close
    try:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    finally:
        conn.close()


@pytest.mark.parametrize("keep_shm", [False, True])
def test_ingest_into_a_store_this_user_cannot_write_says_so_before_analysing(keep_shm):
    with tempfile.TemporaryDirectory() as top:
        folder, db = _shared(Path(top), keep_shm=keep_shm)
        try:
            result = _as_other_user(["ingest", "--no-stories", "--db", db, str(folder / "a1.txt")], Path("/"))
        finally:
            folder.chmod(0o755)
        # before: "cannot open store (unable to open database file)" without the index; with it, the first article
        # was analysed, then "cannot write the store (attempt to write a readonly database) while storing ..."
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        expected = f"Error: {db}: cannot open store to write (this user may not write s.db)"
        assert result.stderr.strip().splitlines() == [expected]
