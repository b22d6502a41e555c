"""Batch 44 (issue 10): a fresh held-out test batch whose texts rebuild from repository mirrors."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import event_corpus

BATCH = event_corpus.DATA_DIR / "batch44.jsonl"
PREFIXES = ("ant-", "ttimes-", "bbc-", "nytcn-", "unc-")


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _pool_module():
    spec = importlib.util.spec_from_file_location("pool_batch44", ROOT / "scripts" / "pool_batch44.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_batch44_is_test_only_and_shares_no_article_with_an_earlier_batch() -> None:
    rows = _rows(BATCH)
    split = json.loads(event_corpus.SPLIT_FILE.read_text(encoding="utf-8"))
    dev_outlets = {key for key, half in split["outlets"].items() if half == "dev"}
    earlier = {row["id"] for path in event_corpus.DATA_DIR.glob("batch*.jsonl") if path != BATCH
               for row in _rows(path)}
    earlier_sources = {row["source"] for path in event_corpus.DATA_DIR.glob("batch*.jsonl") if path != BATCH
                       for row in _rows(path)}
    assert 18 <= len(rows) <= 25
    assert len({row["lang"] for row in rows}) >= 4
    for row in rows:
        assert split["articles"][row["id"]] == "test", row["id"]
        assert f"{row['lang']}:{row['outlet']}" not in dev_outlets, row["id"]
        assert row["id"] not in earlier and row["source"] not in earlier_sources, row["id"]


def test_batch44_texts_are_not_committed_but_rebuildable() -> None:
    for row in _rows(BATCH):
        assert row["id"].startswith(PREFIXES), row["id"]
        assert row["text"] is None and row["title"] is None, row["id"]
        assert len(row["text_sha1"]) == 40
        kept = event_corpus.TEXT_DIR / f"{row['id']}.txt"
        if kept.exists():  # rebuilt on this machine: it must be the labelled text
            text = kept.read_text(encoding="utf-8")
            assert hashlib.sha1(text.encode("utf-8")).hexdigest() == row["text_sha1"], row["id"]
            spans = event_corpus.split_sentences(text, row["lang"])
            assert [(s["start"], s["end"]) for s in row["sentences"]] == [tuple(span) for span in spans]


def test_batch44_events_pair_two_states_and_most_articles_carry_one() -> None:
    rows = _rows(BATCH)
    with_event = 0
    for row in rows:
        events = [event for sentence in row["sentences"] for event in sentence["events"]]
        with_event += bool(events)
        for event in events:
            assert event["actor"] != event["recipient"]
    assert with_event >= len(rows) - 2
    kinds = {event["type"] for row in rows for sentence in row["sentences"] for event in sentence["events"]}
    assert {"ACCUSE", "SANCTION", "COERCE", "MOBILIZE"} <= kinds  # conflictual events are in it


def test_pool_script_lists_exactly_the_batch() -> None:
    pool = _pool_module()
    listed = {f"ant-{doc.rsplit('/', 1)[1]}" for doc in pool.ANT_DOCS}
    listed |= {f"ttimes-{path.split('_')[2]}" for path in pool.TTIMES_FILES}
    listed |= {f"bbc-{split}-{index}" for split, index in pool.BBC_ROWS}
    listed |= {f"nytcn-{slug}" for slug in pool.NYTCN_SLUGS}
    listed |= {f"unc-{path.rsplit('/', 1)[1].removesuffix('.txt')}" for path in pool.UNC_FILES}
    assert listed == {row["id"] for row in _rows(BATCH)}
