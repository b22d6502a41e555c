"""Output that cannot be written (a full disk or quota: /dev/full stands for one) is one line naming where it went
and why, exit status 1; it was an OSError traceback from every command that prints (probe55)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PLAIN

from bilat import store
from bilat.ingest import Ingestor
from bilat.pipeline import Pipeline

pytestmark = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("full")
    (folder / "a.txt").write_text("Vietnam and Belarus signed a trade agreement in Hanoi on Monday.", encoding="utf-8")
    path = str(folder / "s.db")
    conn = store.connect(path)
    try:
        Ingestor(conn, stories=False, pipeline=Pipeline(PLAIN), error=print).run([folder / "a.txt"])
    finally:
        conn.close()
    return path


def _bilat(args: list[str], stdout: str) -> subprocess.CompletedProcess[str]:
    with open(stdout, "w") as out:
        return subprocess.run([sys.executable, "-m", "bilat.cli", *args], stdout=out, stderr=subprocess.PIPE,
                              text=True, check=False, timeout=300)


@pytest.mark.parametrize("args", [["stats"], ["stats", "--json"], ["export", "documents"],
                                  ["export", "mentions", "--format", "csv"], ["export", "network"]])
def test_a_full_standard_output_is_one_line(db: str, args: list[str]):
    result = _bilat([*args, "--db", db], "/dev/full")
    assert result.returncode == 1, result.stderr
    # before: a traceback ending "OSError: [Errno 28] No space left on device"
    assert result.stderr == "Error: standard output: cannot write (No space left on device)\n"


def test_a_full_output_file_is_named(db: str, tmp_path: Path):
    result = _bilat(["export", "documents", "--db", db, "-o", "/dev/full"], str(tmp_path / "out.txt"))
    assert result.returncode == 1
    assert result.stderr == "Error: /dev/full: cannot write (No space left on device)\n"


def test_a_closed_pipe_is_still_quiet(db: str):
    # `bilat export ... | head -1`: click's own handling of EPIPE stays (no line, no traceback)
    proc = subprocess.Popen([sys.executable, "-m", "bilat.cli", "export", "mentions", "--db", db],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    _, err = proc.communicate(timeout=300)
    assert b"Traceback" not in err
