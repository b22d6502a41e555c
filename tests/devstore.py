"""A store built from real articles for the web tests: the bundled samples, the first Saudi (Arabic)
and Fars (Persian) articles of ``../shared/devdata``, and two NTREX articles in all seven of their
languages (no publication date, so their events are undated). Ingested through ``bilat ingest``
like a user's store. The built store is kept in pytest's cache folder under a key made of the
chosen articles and the pipeline's code and data (everything under src/bilat but the web UI), so
it is rebuilt only when something that shapes it changes."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path

from conftest import DEVDATA as _DEVDATA
from conftest import ROOT, SAMPLES

# ../shared/devdata beside the checkout, or beside a folder above it (a git worktree)
DEVDATA = next((p / "shared" / "devdata" for p in ROOT.parents if (p / "shared" / "devdata").is_dir()), _DEVDATA)

SAUDI, FARS = 12, 4
NTREX_GROUPS = ("cnbc.com.6769",)


def available() -> bool:
    return (DEVDATA / "ntrex-dev.jsonl").exists() and (DEVDATA / "ar-saudinewsnet-2015-07-23.jsonl").exists()


def _lines(path: Path, keep) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [line for i, line in enumerate(fh) if keep(i, json.loads(line))]


def inputs(folder: Path) -> Path:
    """Write the chosen articles under ``folder``; returns it."""
    shutil.copytree(SAMPLES, folder / "samples")
    picks = {
        "ar-saudinewsnet.jsonl": _lines(DEVDATA / "ar-saudinewsnet-2015-07-23.jsonl", lambda i, _: i < SAUDI),
        "fa-farsnews.jsonl": _lines(DEVDATA / "fa-farsnews-300.jsonl", lambda i, _: i < FARS),
        "ntrex.jsonl": _lines(DEVDATA / "ntrex-dev.jsonl", lambda _, o: o.get("group") in NTREX_GROUPS),
    }
    for name, lines in picks.items():
        (folder / name).write_text("".join(lines), encoding="utf-8")
    return folder


def fingerprint(folder: Path) -> str:
    h = hashlib.sha256()
    src = ROOT / "src" / "bilat"
    files = sorted(p for p in src.rglob("*") if p.is_file() and "web" not in p.relative_to(src).parts
                   and "__pycache__" not in p.parts)
    for p in [*sorted(q for q in folder.rglob("*") if q.is_file()), *files]:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def cached(cache_dir: Path) -> str:
    """The store, from ``cache_dir`` when an identical one was built before."""
    with tempfile.TemporaryDirectory() as tmp:
        key = fingerprint(inputs(Path(tmp) / "in"))
        target = cache_dir / f"dev-{key}.db"
        if not target.exists():
            for old in cache_dir.glob("dev-*.db"):
                old.unlink()
            shutil.move(build(Path(tmp), fresh=False), target)
    return str(target)


def build(folder: Path, *, fresh: bool = True) -> str:
    from bilat.ingest import ingest

    db = str(folder / "dev.db")
    summary = ingest([inputs(folder / "in") if fresh else folder / "in"], db, error=lambda m: None)
    if summary.ingested < 25:
        raise RuntimeError(f"the web test store got {summary.ingested} articles: {summary}")
    return db
