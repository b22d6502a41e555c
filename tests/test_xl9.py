"""bench/data/xl9-events.jsonl (issue 12): the ninth fresh story set, read by hand and split by storyline into about
half dev, half test (scripts/split_xl_events.py --seed 2029 --share 0.5) before anything was run on it. These checks
read the file only; they never run bilat or bench/story_quality.py on it."""

import importlib.util
import json
import re
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).parents[1]
DATA = ROOT / "bench" / "data"
LANGS = {"th", "vi", "ar", "fa", "zh", "en", "ru"}
FIELDS = {"id", "lang", "outlet", "url", "title", "text", "event", "storyline", "split"}


def _rows(name: str) -> list[dict]:
    path = DATA / f"{name}-events.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _pairs(rows: list[dict]) -> int:
    """Same-event pairs of articles from different outlets."""
    events = defaultdict(list)
    for r in rows:
        events[r["event"]].append(r)
    return sum(a["outlet"] != b["outlet"] for docs in events.values() for a, b in combinations(docs, 2))


def test_ids_are_unique_and_numbered_and_every_article_has_its_fields():
    rows = _rows("xl9")
    assert len(rows) >= 80
    assert [r["id"] for r in rows] == [f"xl9-{i:04d}" for i in range(1, len(rows) + 1)]
    assert len({r["url"] for r in rows}) == len(rows)
    for r in rows:
        assert FIELDS <= set(r) <= FIELDS | {"published"}, r["id"]
        assert r["lang"] in LANGS and r["outlet"] and r["event"] and r["storyline"], r["id"]
        assert r["split"] in {"dev", "test"} and r["url"].startswith("http"), r["id"]
        assert r["text"].strip() and len(r["text"]) <= 800, r["id"]  # title and lead only
        assert "published" not in r or re.fullmatch(r"20[0-9]{2}-[01][0-9]-[0-3][0-9]", r["published"])


def test_languages_outlets_and_events_are_many():
    rows = _rows("xl9")
    assert len({r["lang"] for r in rows}) >= 6
    assert len({r["outlet"] for r in rows}) >= 60
    assert len({r["event"] for r in rows}) >= 8


def test_every_storyline_carries_a_hard_negative_and_lies_in_one_half():
    rows = _rows("xl9")
    storyline_of, half_of, events = {}, {}, defaultdict(set)
    for r in rows:
        assert storyline_of.setdefault(r["event"], r["storyline"]) == r["storyline"]
        assert half_of.setdefault(r["storyline"], r["split"]) == r["split"]
        events[r["storyline"]].add(r["event"])
    assert all(len(evs) >= 2 for evs in events.values())
    assert set(half_of.values()) == {"dev", "test"}


def test_each_half_has_different_outlet_same_event_pairs_in_six_languages():
    rows = _rows("xl9")
    for half in ("dev", "test"):
        part = [r for r in rows if r["split"] == half]
        assert _pairs(part) >= 50, half
        assert len({r["lang"] for r in part}) >= 6, half
        assert 0.35 <= len(part) / len(rows) <= 0.65, half  # about half each
    # every event is reported by 3+ outlets in 2+ languages
    events = defaultdict(list)
    for r in rows:
        events[r["event"]].append(r)
    for e, docs in events.items():
        assert len({d["outlet"] for d in docs}) >= 3 and len({d["lang"] for d in docs}) >= 2, e


def test_the_split_is_the_seeded_one_by_storyline():
    spec = importlib.util.spec_from_file_location("split_xl_events", ROOT / "scripts" / "split_xl_events.py")
    split = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(split)
    rows = _rows("xl9")
    half = split.split(rows, 2029, 0.5)
    assert all(r["split"] == half[r["storyline"]] for r in rows)
    assert split.split(list(reversed(rows)), 2029, 0.5) == half


def test_nothing_repeats_an_earlier_xl_set_or_the_event_corpus():
    mine = _rows("xl9")
    for name in ("xl", "xl2", "xl3", "xl4", "xl5", "xl6", "xl7", "xl8"):
        other = _rows(name)
        for key in ("url", "event", "storyline"):
            assert not {r[key] for r in mine} & {r[key] for r in other}, (name, key)
    seen = set()
    for path in (DATA / "events").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                seen.update(str(r.get(k)) for k in ("url", "source") if r.get(k))
    assert not {r["url"] for r in mine} & seen
