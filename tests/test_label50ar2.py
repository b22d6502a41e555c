"""Batch 49 (issue 10, events): a DEV batch of Arabic SaudiNewsNet articles about relations between countries."""

import hashlib
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "events"


def _rows(name):
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_batch49_is_dev_july_snn_from_dev_outlets():
    rows = _rows("batch49.jsonl")
    assert len(rows) == 22
    split = json.loads((DATA / "split.json").read_text(encoding="utf-8"))
    for row in rows:
        assert row["lang"] == "ar" and row["id"].startswith("snn-2015-07-")
        assert split["articles"][row["id"]] == "dev"
        assert split["outlets"][f"ar:{row['outlet']}"] == "dev"
        assert row["outlet"] not in ("alweeam", "alyaum", "aleqtisadiya", "sabq")
        assert hashlib.sha1(row["text"].encode("utf-8")).hexdigest() == row["text_sha1"]


def test_batch49_ids_and_texts_are_in_no_other_batch():
    rows = _rows("batch49.jsonl")
    ids = {r["id"] for r in rows}
    shas = {r["text_sha1"] for r in rows}
    assert len(ids) == len(shas) == 22
    for path in sorted(DATA.glob("batch*.jsonl")):
        if path.name == "batch49.jsonl":
            continue
        old = _rows(path.name)
        assert not ids & {r["id"] for r in old}, path.name
        assert not shas & {r.get("text_sha1") for r in old}, path.name


def test_batch49_events_follow_the_guide():
    rows = {r["id"]: r for r in _rows("batch49.jsonl")}
    events = [e for r in rows.values() for s in r["sentences"] for e in s["events"]]
    assert len(events) == 90
    assert sum(e["status"] in ("realised", "planned") for e in events) == 83
    for event in events:
        assert event["actor"] != event["recipient"]
        assert event["status"] in ("realised", "planned", "negated", "wish")
    # recalling one's ambassador "for consultation" is SANCTION/withdraw, as in batch 46
    recall = rows["snn-2015-07-26-358"]["sentences"][2]["events"]
    assert ("SANCTION", "withdraw", "BHR", "IRN") in {(e["type"], e["mode"], e["actor"], e["recipient"]) for e in recall}
    # nationalising another state's assets is COERCE/confiscate; suing over it is ACCUSE
    assets = {(e["type"], e["actor"], e["recipient"]) for e in rows["snn-2015-07-31-734"]["sentences"][1]["events"]}
    assert ("COERCE", "RWA", "LBY") in assets and ("ACCUSE", "LBY", "NER") in assets
    # strikes on ISIS in Syria carry no ASSAULT > SYR (non-state target)
    assert not any(s["events"] for s in rows["snn-2015-07-23-593"]["sentences"])
    # "no contacts with Iran" is CONSULT negated
    kirby = rows["snn-2015-07-23-1154"]["sentences"][4]["events"]
    assert [(e["type"], e["status"]) for e in kirby] == [("CONSULT", "negated")]


def test_pool_script_rebuilds_the_same_texts_when_the_mirror_is_present():
    spec = importlib.util.spec_from_file_location("pool_batch49", ROOT / "scripts" / "pool_batch49.py")
    pool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pool)
    assert len(pool.IDS) == 22 and all(i.startswith("snn-2015-07-") for i in pool.IDS)
    git_dir = Path("/work/.mirror/parallelfold+SaudiNewsNet/repo")
    if not git_dir.exists():
        return
    built = {r["id"]: r["text_sha1"] for r in _rows("batch49.jsonl")}
    for row in pool.pool(git_dir):
        assert hashlib.sha1(row["text"].encode("utf-8")).hexdigest() == built[row["id"]], row["id"]
