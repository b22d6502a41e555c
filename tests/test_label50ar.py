"""Batch 46 (issue 10): a fresh DEV batch of whole Arabic SaudiNewsNet articles about relations between states."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import event_corpus

BATCH = event_corpus.DATA_DIR / "batch46.jsonl"
MIRROR = Path(os.environ.get("SNN_GIT_DIR", "/work/.mirror/parallelfold+SaudiNewsNet/repo"))
TEST_ONLY_OUTLETS = {"alweeam", "alyaum", "aleqtisadiya", "sabq"}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _pool_module():
    spec = importlib.util.spec_from_file_location("pool_batch46", ROOT / "scripts" / "pool_batch46.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_batch46_is_dev_only_july_snn_and_new() -> None:
    rows = _rows(BATCH)
    split = json.loads(event_corpus.SPLIT_FILE.read_text(encoding="utf-8"))
    earlier = {row["text_sha1"]: row["id"] for path in event_corpus.DATA_DIR.glob("batch*.jsonl") if path != BATCH
               for row in _rows(path)}
    earlier_ids = set(earlier.values())
    assert 15 <= len(rows) <= 25
    assert [row["id"] for row in rows] == list(_pool_module().IDS)
    for row in rows:
        assert row["id"].startswith("snn-2015-07-"), row["id"]
        assert row["lang"] == "ar" and row["outlet"] not in TEST_ONLY_OUTLETS, row["id"]
        assert split["articles"][row["id"]] == "dev", row["id"]
        assert split["outlets"][f"ar:{row['outlet']}"] == "dev", row["id"]
        assert row["id"] not in earlier_ids and row["text_sha1"] not in earlier, row["id"]
        assert hashlib.sha1(row["text"].encode("utf-8")).hexdigest() == row["text_sha1"]
        spans = event_corpus.split_sentences(row["text"], "ar")
        assert [(s["start"], s["end"]) for s in row["sentences"]] == [tuple(span) for span in spans]


def test_batch46_events_pair_two_states_and_people_are_in_their_sentence() -> None:
    rows = _rows(BATCH)
    with_event = 0
    for row in rows:
        events = [e for s in row["sentences"] for e in s["events"]]
        with_event += bool(events)
        for sentence in row["sentences"]:
            text = row["text"][sentence["start"]:sentence["end"]]
            for event in sentence["events"]:
                assert event["actor"] != event["recipient"], (row["id"], event)
                assert len(event["actor"]) == 3 and len(event["recipient"]) == 3
            for person in sentence["people"]:
                assert person["name"] in text, (row["id"], person)
    assert with_event >= len(rows) - 2
    types = {e["type"] for row in rows for s in row["sentences"] for e in s["events"]}
    assert {"ACCUSE", "SANCTION", "CONSULT", "AID", "REJECT"} <= types


def test_batch46_pool_rebuilds_the_labelled_texts() -> None:
    if not MIRROR.exists():
        pytest.skip("SaudiNewsNet mirror not on this machine")
    pool = {row["id"]: row for row in _pool_module().pool(MIRROR)}
    for row in _rows(BATCH):
        assert pool[row["id"]]["text"] == row["text"], row["id"]
        assert pool[row["id"]]["outlet"] == row["outlet"], row["id"]


def test_batch46_pool_refuses_august_days() -> None:
    with pytest.raises(ValueError):
        _pool_module().day_records(MIRROR, "2015-08-01")
