"""Batch 50 (issue 10, events): a DEV batch of zh/en articles about relations between countries, labelled by reading."""

import hashlib
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "events"


def _rows(name):
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_batch50_languages_sources_and_dev_half():
    rows = _rows("batch50.jsonl")
    langs = {}
    for row in rows:
        langs[row["lang"]] = langs.get(row["lang"], 0) + 1
    assert langs == {"zh": 14, "en": 8}
    split = json.loads((DATA / "split.json").read_text(encoding="utf-8"))
    for row in rows:
        assert split["articles"][row["id"]] == "dev"
        assert row["id"].startswith(("hkcnews-", "gnews-", "wio-"))
        assert row["text"] is None and len(row["text_sha1"]) == 40
        assert split["outlets"][f"{row['lang']}:{row['outlet']}"] == "dev"


def test_batch50_ids_and_texts_are_in_no_other_batch():
    rows = _rows("batch50.jsonl")
    ids = {r["id"] for r in rows}
    shas = {r["text_sha1"] for r in rows}
    assert len(ids) == len(shas) == 22
    for path in sorted(DATA.glob("batch*.jsonl")):
        if path.name == "batch50.jsonl":
            continue
        old = _rows(path.name)
        assert not ids & {r["id"] for r in old}, path.name
        assert not shas & {r.get("text_sha1") for r in old}, path.name


def test_batch50_events_follow_the_guide():
    rows = {r["id"]: r for r in _rows("batch50.jsonl")}
    events = [e for r in rows.values() for s in r["sentences"] for e in s["events"]]
    assert len(events) == 231
    assert sum(e["status"] in ("realised", "planned") for e in events) == 221
    for event in events:
        assert event["actor"] != event["recipient"]
        assert event["status"] in ("realised", "planned", "negated", "wish")
    # expelling each other's ambassadors: SANCTION/expel both ways
    expel = {(e["type"], e["mode"], e["actor"], e["recipient"]) for e in rows["hkcnews-2385"]["sentences"][2]["events"]}
    assert expel == {("SANCTION", "expel", "MYS", "PRK"), ("SANCTION", "expel", "PRK", "MYS")}
    # summoning an ambassador is ACCUSE by the summoner
    summon = rows["hkcnews-28935"]["sentences"][1]["events"]
    assert [(e["type"], e["actor"], e["recipient"]) for e in summon] == [("ACCUSE", "KAZ", "CHN")]
    # sanctioning one company (Lockheed Martin) is no interstate event; the Taliban are not a state
    assert rows["hkcnews-31940"]["sentences"][4]["events"] == []
    assert not [e for s in rows["gnews-2444349"]["sentences"] for e in s["events"]]


def test_pool_script_rebuilds_the_same_texts_when_mirrors_are_present():
    spec = importlib.util.spec_from_file_location("pool_batch50", ROOT / "scripts" / "pool_batch50.py")
    pool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pool)
    assert len(pool.HKCNEWS) + len(pool.GNEWS) == 14 and len(pool.WIO) + len(pool.BBC_ROWS) == 8
    mirror = Path("/work/.mirror")
    repos = {"hkarchivist/hkcnews-article-archive": mirror / "hkarchivist+hkcnews-article-archive" / "repo",
             "ourhimalayas/txt": mirror / "ourhimalayas+txt" / "repo",
             "secureIntent-git/teftst": mirror / "secureIntent-git+teftst" / "repo",
             "LTSACH/AILearningHub": mirror / "LTSACH+AILearningHub" / "repo"}
    if not all(path.exists() for path in repos.values()):
        return
    built = {r["id"]: r["text_sha1"] for r in _rows("batch50.jsonl")}
    rows = pool.pool(repos)
    assert len(rows) == len(built) == 22
    for row in rows:
        assert hashlib.sha1(row["text"].encode("utf-8")).hexdigest() == built[row["id"]], row["id"]
