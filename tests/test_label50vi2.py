"""Batch 51 (issue 10): a DEV batch of vi (Dân trí) and fa (Radio Farda) articles whose texts rebuild from mirrors."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import event_corpus

BATCH = event_corpus.DATA_DIR / "batch51.jsonl"
MIRRORS = {
    "undertheseanlp/resources": Path("/work/.mirror/undertheseanlp+resources/repo"),
    "sci2lab/Farsi-datasets": Path("/work/.mirror/sci2lab+Farsi-datasets/repo"),
}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _text(row: dict) -> str | None:
    if row["text"] is not None:
        return row["text"]
    kept = event_corpus.TEXT_DIR / f"{row['id']}.txt"
    return kept.read_text(encoding="utf-8") if kept.exists() else None


def test_batch51_is_dev_only_and_new() -> None:
    rows = _rows(BATCH)
    split = json.loads(event_corpus.SPLIT_FILE.read_text(encoding="utf-8"))
    earlier = {(row["id"], row["text_sha1"]) for path in event_corpus.DATA_DIR.glob("batch*.jsonl") if path != BATCH
               for row in _rows(path)}
    earlier_ids = {key for key, _ in earlier}
    earlier_sha = {sha for _, sha in earlier}
    assert {row["lang"] for row in rows} == {"vi", "fa"}
    assert len(rows) == 25
    for row in rows:
        assert split["articles"][row["id"]] == "dev", row["id"]
        assert row["outlet"] in {"dantri", "radiofarda"}, row["id"]
        assert row["id"] not in earlier_ids and row["text_sha1"] not in earlier_sha, row["id"]
        assert row["text"] is None, row["id"]


def test_batch51_spans_match_the_splitter_and_events_pair_two_states() -> None:
    seen = 0
    for row in _rows(BATCH):
        text = _text(row)
        for sentence in row["sentences"]:
            for event in sentence["events"]:
                assert event["actor"] != event["recipient"], row["id"]
        if text is None:
            continue
        seen += 1
        assert hashlib.sha1(text.encode("utf-8")).hexdigest() == row["text_sha1"], row["id"]
        spans = event_corpus.split_sentences(text, row["lang"])
        assert [(s["start"], s["end"]) for s in row["sentences"]] == [tuple(span) for span in spans], row["id"]
        for sentence in row["sentences"]:
            for person in sentence["people"]:
                assert person["name"] in text[sentence["start"]:sentence["end"]], (row["id"], person["name"])
    assert seen == 0 or seen == 25  # all texts rebuilt into texts/, or none


@pytest.mark.skipif(not all(path.exists() for path in MIRRORS.values()), reason="repository mirrors not on this machine")
def test_pool_batch51_rebuilds_every_labelled_text() -> None:
    spec = importlib.util.spec_from_file_location("pool_batch51", ROOT / "scripts" / "pool_batch51.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    pool = {row["id"]: row for row in module.pool(MIRRORS)}
    for row in _rows(BATCH):
        assert hashlib.sha1(pool[row["id"]]["text"].encode("utf-8")).hexdigest() == row["text_sha1"], row["id"]
