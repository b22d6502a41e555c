"""Batch 42 (issue 10): a fresh dev batch of Arabic and English stored web pages from outlets no earlier
batch has; the `weben-` prefix keeps English page texts out of git like the other stored-page prefixes."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))
import event_corpus
from build_event_corpus import NO_TEXT_PREFIXES


def _rows(name: str) -> list[dict]:
    path = event_corpus.DATA_DIR / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_weben_and_webar_texts_are_not_committed() -> None:
    assert "weben-" in NO_TEXT_PREFIXES and "webar-" in NO_TEXT_PREFIXES
    assert "weben-x-1".startswith(NO_TEXT_PREFIXES)
    assert not "snn-2015-07-25-1".startswith(NO_TEXT_PREFIXES)


def test_batch42_is_dev_web_pages_of_outlets_no_earlier_batch_has() -> None:
    split = json.loads(event_corpus.SPLIT_FILE.read_text(encoding="utf-8"))
    rows = _rows("batch42.jsonl")
    langs = [row["lang"] for row in rows]
    assert len(rows) >= 20 and langs.count("ar") >= 10 and langs.count("en") >= 10
    others = [row for other in event_corpus.DATA_DIR.glob("batch*.jsonl") if other.name != "batch42.jsonl"
              for row in _rows(other.name)]
    earlier_ids = {row["id"] for row in others}
    earlier_outlets = {f"{row['lang']}:{row['outlet']}" for row in others}
    assert len({row["outlet"] for row in rows}) == len(rows)
    for row in rows:
        assert row["id"].startswith({"ar": "webar-", "en": "weben-"}[row["lang"]]), row["id"]
        assert row["id"] not in earlier_ids, row["id"]
        key = f"{row['lang']}:{row['outlet']}"
        assert key not in earlier_outlets and split["outlets"][key] == "dev", row["id"]
        assert split["articles"][row["id"]] == "dev", row["id"]
        assert row["text"] is None and len(row["text_sha1"]) == 40 and row["source"].startswith("http"), row["id"]
        text_path = event_corpus.TEXT_DIR / f"{row['id']}.txt"
        if text_path.exists():
            assert hashlib.sha1(text_path.read_text(encoding="utf-8").encode("utf-8")).hexdigest() == row["text_sha1"]
    events = [e for row in rows for s in row["sentences"] for e in s["events"]
              if e["status"] in ("realised", "planned")]
    kinds = {e["type"] for e in events}
    # conflictual and cooperative news both
    assert {"ACCUSE", "SANCTION", "THREATEN", "ASSAULT"} <= kinds and {"AID", "CONSULT", "SUPPORT", "AGREE"} <= kinds
