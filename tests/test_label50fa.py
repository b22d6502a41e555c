"""Batch 45 (Fars News dev): the pool script rebuilds exactly the labelled texts, and the labels parse."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from event_corpus import split_sentences

_spec = importlib.util.spec_from_file_location("pool_batch45", ROOT / "scripts" / "pool_batch45.py")
pool_batch45 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pool_batch45)

BATCH = ROOT / "bench" / "data" / "events" / "batch45.jsonl"


def _rows() -> list[dict]:
    return [json.loads(line) for line in BATCH.read_text(encoding="utf-8").splitlines()]


def test_batch45_is_dev_and_new():
    split = json.loads((ROOT / "bench" / "data" / "events" / "split.json").read_text(encoding="utf-8"))
    rows = _rows()
    assert sorted(r["id"] for r in rows) == sorted(pool_batch45.IDS)
    assert all(split["articles"][r["id"]] == "dev" for r in rows)
    earlier = set()
    for path in (ROOT / "bench" / "data" / "events").glob("batch*.jsonl"):
        if path.name != "batch45.jsonl":
            earlier |= {json.loads(line)["text_sha1"] for line in path.read_text(encoding="utf-8").splitlines()}
    assert not earlier & {r["text_sha1"] for r in rows}


def test_batch45_spans_and_events():
    for row in _rows():
        spans = split_sentences(row["text"], "fa")
        assert [(s["start"], s["end"]) for s in row["sentences"]] == spans
        assert hashlib.sha1(row["text"].encode("utf-8")).hexdigest() == row["text_sha1"]
        for sentence in row["sentences"]:
            for event in sentence["events"]:
                assert event["actor"] != event["recipient"]


@pytest.mark.skipif(not pool_batch45.DEVDATA.exists(), reason="shared/devdata not on this machine")
def test_pool_rebuilds_batch45_texts():
    pooled = {r["id"]: r["text"] for r in pool_batch45.pool(pool_batch45.DEVDATA)}
    assert {r["id"]: r["text"] for r in _rows()} == pooled
