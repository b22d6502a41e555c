"""Batch 52 (issue 10): a fresh held-out test batch, labelled by reading, whose texts rebuild from repository mirrors."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import event_corpus

BATCH = event_corpus.DATA_DIR / "batch52.jsonl"
MIRROR = Path("/work/.mirror")
REPOS = {"antcorpus/antcorpus.multisource.data": MIRROR / "antcorpus+antcorpus.multisource.data" / "repo",
         "undertheseanlp/resources": MIRROR / "undertheseanlp+resources" / "repo",
         "PyThaiNLP/thaigov-corpus": MIRROR / "PyThaiNLP+thaigov-corpus" / "repo",
         "jchn122/Projects": MIRROR / "jchn122+Projects" / "repo"}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _pool_module():
    spec = importlib.util.spec_from_file_location("pool_batch52", ROOT / "scripts" / "pool_batch52.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_batch52_is_all_test_and_new() -> None:
    rows = _rows(BATCH)
    split = json.loads(event_corpus.SPLIT_FILE.read_text(encoding="utf-8"))
    dev_outlets = {key for key, half in split["outlets"].items() if half == "dev"}
    earlier = [row for path in event_corpus.DATA_DIR.glob("batch*.jsonl") if path != BATCH for row in _rows(path)]
    earlier_ids = {row["id"] for row in earlier}
    earlier_sha = {row.get("text_sha1") for row in earlier}
    assert len(rows) == 20
    assert {row["lang"] for row in rows} == {"ar", "vi", "th", "zh"}
    for row in rows:
        assert split["articles"][row["id"]] == "test", row["id"]
        key = f"{row['lang']}:{row['outlet']}"
        assert key not in dev_outlets, row["id"]
        assert split["outlets"].get(key) == "test" or key in split["split_by_article"], row["id"]
        assert row["id"] not in earlier_ids and row["text_sha1"] not in earlier_sha, row["id"]


def test_batch52_spans_align_with_the_splitter() -> None:
    checked = 0
    for row in _rows(BATCH):
        text = row["text"]
        if text is None:
            kept = event_corpus.TEXT_DIR / f"{row['id']}.txt"
            if not kept.exists():
                continue
            text = kept.read_text(encoding="utf-8")
        assert hashlib.sha1(text.encode("utf-8")).hexdigest() == row["text_sha1"], row["id"]
        spans = event_corpus.split_sentences(text, row["lang"])
        assert [(s["start"], s["end"]) for s in row["sentences"]] == [tuple(span) for span in spans], row["id"]
        checked += 1
    assert checked >= 4  # the thaigov texts are committed


def test_batch52_events_pair_two_states_and_carry_conflict() -> None:
    rows = _rows(BATCH)
    events = [event for row in rows for sentence in row["sentences"] for event in sentence["events"]]
    assert all(event["actor"] != event["recipient"] for event in events)
    assert {"ACCUSE", "SANCTION", "THREATEN", "REJECT", "MOBILIZE"} <= {event["type"] for event in events}
    assert sum(bool(any(s["events"] for s in row["sentences"])) for row in rows) >= len(rows) - 2


@pytest.mark.skipif(not all(path.exists() for path in REPOS.values()) or shutil.which("git") is None,
                    reason="repository mirrors not on this machine")
def test_pool_script_rebuilds_exactly_the_batch() -> None:
    args = [arg for name, path in REPOS.items() for arg in ("--repo", f"{name}={path}")]
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "pool_batch52.py"), *args],
                         capture_output=True, text=True, check=True).stdout
    pool = [json.loads(line) for line in out.splitlines() if line.strip()]
    rows = {row["id"]: row for row in _rows(BATCH)}
    assert [row["id"] for row in pool] and {row["id"] for row in pool} == set(rows)
    for row in pool:
        assert hashlib.sha1(row["text"].encode("utf-8")).hexdigest() == rows[row["id"]]["text_sha1"], row["id"]
        assert row["outlet"] == rows[row["id"]]["outlet"] and row["lang"] == rows[row["id"]]["lang"]
    module = _pool_module()
    assert len(module.ANT_DOCS) + len(module.UNC_NAMES) + len(module.THAIGOV_FILES) + len(module.NYTCN_SLUGS) == 20
