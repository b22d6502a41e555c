"""Batch 43 (issue 10, point 1): a DEV batch of vi/ru/zh news from outlets no earlier batch has."""

import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "bench" / "data" / "events"
sys.path.insert(0, str(DATA.parent.parent))


def _rows(name):
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_batch43_languages_and_dev_half():
    rows = _rows("batch43.jsonl")
    langs = {}
    for row in rows:
        langs[row["lang"]] = langs.get(row["lang"], 0) + 1
    assert langs == {"vi": 6, "ru": 6, "zh": 5}
    split = json.loads((DATA / "split.json").read_text(encoding="utf-8"))
    for row in rows:
        assert split["outlets"][f"{row['lang']}:{row['outlet']}"] == "dev"
        assert split["articles"][row["id"]] == "dev"
        assert row["text"] is None and len(row["text_sha1"]) == 40
        assert row["id"].startswith(("webvi-", "webru-", "webzh-"))


def test_batch43_outlets_are_new():
    new = {(r["lang"], r["outlet"]) for r in _rows("batch43.jsonl")}
    for path in sorted(DATA.glob("batch*.jsonl")):
        if path.name == "batch43.jsonl":
            continue
        old = {(r["lang"], r["outlet"]) for r in _rows(path.name)}
        assert not new & old, (path.name, new & old)


def test_batch43_events_are_labelled_and_pairs_are_states():
    rows = _rows("batch43.jsonl")
    events = [e for r in rows for s in r["sentences"] for e in s["events"]]
    assert len(events) == 85
    assert sum(e["type"] == "CONSULT" for e in events) >= 40
    for event in events:
        assert event["actor"] != event["recipient"]
        assert len(event["actor"]) == 3 and len(event["recipient"]) == 3
    # a host verb ("chủ trì lễ đón", "在北京會見") codes the visitor as actor
    first = {r["id"]: r["sentences"][0]["events"] for r in rows}
    assert first["webvi-vtcnews-1"][0]["actor"] == "VNM"
    assert first["webzh-oncc-1"][0]["actor"] == "AUS"


def test_web_prefixes_have_no_committed_text_and_no_rebuild_rule():
    sys.path.insert(0, str(DATA.parent.parent.parent / "scripts"))
    import build_event_corpus
    import rebuild_event_texts
    assert "webvi-" in build_event_corpus.NO_TEXT_PREFIXES
    assert "webru-" in build_event_corpus.NO_TEXT_PREFIXES
    try:
        rebuild_event_texts.rebuild({"id": "webru-rg-1", "source": "https://rg.ru/x"}, {}, {})
    except KeyError as err:
        assert "stored web page" in str(err)
    else:
        raise AssertionError("a stored web page has no rebuild rule")
