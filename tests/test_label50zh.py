"""Batch 47 (issue 10, events): a DEV batch of zh/en articles about relations between countries, labelled by reading."""

import hashlib
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "events"


def _rows(name):
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_batch47_languages_sources_and_dev_half():
    rows = _rows("batch47.jsonl")
    langs = {}
    for row in rows:
        langs[row["lang"]] = langs.get(row["lang"], 0) + 1
    assert langs == {"zh": 13, "en": 7}
    split = json.loads((DATA / "split.json").read_text(encoding="utf-8"))
    for row in rows:
        assert split["articles"][row["id"]] == "dev"
        assert row["id"].startswith(("hkcnews-", "gnews-", "wio-", "bbc-"))
        assert row["text"] is None and len(row["text_sha1"]) == 40
        if row["outlet"] != "bbc":
            assert split["outlets"][f"{row['lang']}:{row['outlet']}"] == "dev"
        else:
            assert "en:bbc" in split["split_by_article"]


def test_batch47_ids_and_texts_are_in_no_other_batch():
    rows = _rows("batch47.jsonl")
    ids = {r["id"] for r in rows}
    shas = {r["text_sha1"] for r in rows}
    assert len(ids) == len(shas) == 20
    for path in sorted(DATA.glob("batch*.jsonl")):
        if path.name == "batch47.jsonl":
            continue
        old = _rows(path.name)
        assert not ids & {r["id"] for r in old}, path.name
        assert not shas & {r.get("text_sha1") for r in old}, path.name


def test_batch47_events_follow_the_guide():
    rows = {r["id"]: r for r in _rows("batch47.jsonl")}
    events = [e for r in rows.values() for s in r["sentences"] for e in s["events"]]
    assert len(events) == 181
    assert sum(e["status"] in ("realised", "planned") for e in events) == 168
    for event in events:
        assert event["actor"] != event["recipient"]
        assert event["status"] in ("realised", "planned", "negated", "wish")
    # summoning an ambassador is ACCUSE by the summoner; a visit called off for the visitor's reasons is CONSULT negated
    rogers = rows["hkcnews-7647"]["sentences"][0]["events"]
    assert {"type": "ACCUSE", "actor": "GBR", "recipient": "CHN"}.items() <= rogers[2].items()
    craft = rows["hkcnews-37213"]["sentences"][1]["events"]
    assert [(e["type"], e["mode"], e["status"]) for e in craft] == [("CONSULT", "visit", "negated")]
    # the prisoner swap: a release each way
    swap = rows["wio-2016-05-25-jailed-ukraine-pilot-heads-home-under-prisoner-swap-with-russia-sources-reuters"]
    first = {(e["type"], e["actor"], e["recipient"]) for e in swap["sentences"][0]["events"]}
    assert first == {("RETREAT", "RUS", "UKR"), ("RETREAT", "UKR", "RUS")}


def test_pool_script_rebuilds_the_same_texts_when_mirrors_are_present():
    spec = importlib.util.spec_from_file_location("pool_batch47", ROOT / "scripts" / "pool_batch47.py")
    pool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pool)
    assert len(pool.HKCNEWS) + len(pool.GNEWS) == 13 and len(pool.WIO) + len(pool.BBC_ROWS) == 7
    mirror = Path("/work/.mirror")
    repos = {"hkarchivist/hkcnews-article-archive": mirror / "hkarchivist+hkcnews-article-archive" / "repo",
             "ourhimalayas/txt": mirror / "ourhimalayas+txt" / "repo",
             "secureIntent-git/teftst": mirror / "secureIntent-git+teftst" / "repo",
             "LTSACH/AILearningHub": mirror / "LTSACH+AILearningHub" / "repo"}
    if not all(path.exists() for path in repos.values()):
        return
    built = {r["id"]: r["text_sha1"] for r in _rows("batch47.jsonl")}
    for row in pool.pool(repos):
        assert hashlib.sha1(row["text"].encode("utf-8")).hexdigest() == built[row["id"]], row["id"]

