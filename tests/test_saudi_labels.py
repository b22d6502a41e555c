"""The Saudi days' event labels (bench/data/saudi-*-events.json, issue 12): each article in at most one
event, every storyline on one side of the split, and an event reported on two days (same_as) or a
thread told on two days (one storyline id) in the same half on both, so that no test event is
trained on through another day's reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "bench" / "data"
DAYS = ["2015-07-23", "2015-07-22", "2015-07-24"]


def events(day: str) -> list[dict]:
    return json.loads((DATA / f"saudi-{day}-events.json").read_text(encoding="utf-8"))["events"]


@pytest.mark.parametrize("day", DAYS)
def test_one_event_per_article_and_one_half_per_storyline(day):
    evs = events(day)
    docs = [d for ev in evs for d in ev["docs"]]
    assert len(docs) == len(set(docs))
    assert all(d.startswith("saudinewsnet-") for d in docs)
    halves: dict[str, set[str]] = {}
    for ev in evs:
        assert ev["split"] in ("dev", "test")
        if ev.get("storyline"):
            halves.setdefault(ev["storyline"], set()).add(ev["split"])
    assert all(len(h) == 1 for h in halves.values()), {k: h for k, h in halves.items() if len(h) > 1}
    assert sum(ev["split"] == "test" for ev in evs) >= 0.3 * len(evs)


def test_links_between_days_keep_their_half():
    split_of: dict[str, set[str]] = {}
    thread_of: dict[str, set[str]] = {}
    for day in DAYS:
        for ev in events(day):
            split_of.setdefault(ev["id"], set()).add(ev["split"])
            if ev.get("storyline"):
                thread_of.setdefault(ev["storyline"], set()).add(ev["split"])
    linked = 0
    for day in DAYS[1:]:
        for ev in events(day):
            if ev.get("same_as"):
                assert ev["same_as"] in split_of, ev["id"]
                assert split_of[ev["same_as"]] == {ev["split"]}, ev["id"]
                linked += 1
    assert linked >= 50
    assert all(len(h) == 1 for h in thread_of.values()), {k: h for k, h in thread_of.items() if len(h) > 1}


def test_the_third_day_is_labelled_and_not_reserved():
    evs = events("2015-07-24")
    rows = {json.loads(line)["id"] for line in (DATA / "saudi-2015-07-24.jsonl").open(encoding="utf-8")}
    assert len(rows) == 2069
    assert all(d in rows for ev in evs for d in ev["docs"])
    assert sum(len(ev["docs"]) > 1 for ev in evs) >= 100
