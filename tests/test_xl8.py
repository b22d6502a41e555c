"""bench/data/xl8-events.jsonl (issue 12): the eighth wholly held-out story set. Beyond the shared checks of
tests/test_xl_sets.py: every event is reported in 4 or more languages, every storyline is a pair of events on nearby
days, no article, event or storyline repeats one of the earlier xl sets, and Thai, Vietnamese and Persian have more
articles than in xl7 (7, 10 and 6)."""

import json
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

DATA = Path(__file__).parents[1] / "bench" / "data"


def _rows(name: str) -> list[dict]:
    path = DATA / f"{name}-events.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_xl8_event_is_reported_in_four_languages_and_every_storyline_is_a_pair() -> None:
    rows = _rows("xl8")
    langs, events = defaultdict(set), defaultdict(set)
    for r in rows:
        langs[r["event"]].add(r["lang"])
        events[r["storyline"]].add(r["event"])
    assert len(langs) == 10 and all(len(v) >= 4 for v in langs.values())
    assert len(events) == 5 and all(len(v) == 2 for v in events.values())


def test_the_published_dates_of_a_storyline_lie_within_a_fortnight() -> None:
    days = defaultdict(list)
    for r in _rows("xl8"):
        if "published" in r:
            days[r["storyline"]].append(date.fromisoformat(r["published"]))
    assert set(days) == {r["storyline"] for r in _rows("xl8")}
    assert all((max(d) - min(d)).days <= 14 for d in days.values())


def test_nothing_in_xl8_repeats_an_earlier_xl_set() -> None:
    mine = _rows("xl8")
    for name in ("xl", "xl2", "xl3", "xl4", "xl5", "xl6", "xl7"):
        other = _rows(name)
        for key in ("url", "event", "storyline"):
            assert not {r[key] for r in mine} & {r[key] for r in other}, (name, key)


def test_thai_vietnamese_and_persian_outnumber_xl7() -> None:
    per_lang = Counter(r["lang"] for r in _rows("xl8"))
    assert per_lang["th"] > 7 and per_lang["vi"] > 10 and per_lang["fa"] > 6
