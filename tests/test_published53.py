"""Published dates in the forms feeds write besides ISO: year-first with slashes, dots or no separator, and Unix
times (seconds or milliseconds). Before, each was dropped with a warning and the article stored undated, so its
relative dates ("yesterday", "on Monday") could not be resolved."""

import json

import pytest

from bilat.ingest import read_file
from bilat.stages.metadata import iso_published


@pytest.mark.parametrize(("value", "stored"), [
    ("2024/01/31", "2024-01-31"),
    ("2024.1.5", "2024-01-05"),
    ("20240131", "2024-01-31"),
    (1700000000, "2023-11-14T22:13:20+00:00"),  # seconds
    (1700000000123, "2023-11-14T22:13:20+00:00"),  # milliseconds (JavaScript)
    ("1700000000", "2023-11-14T22:13:20+00:00"),
    (1700000000.5, "2023-11-14T22:13:20+00:00"),
])
def test_year_first_dates_and_unix_times_are_read(value, stored):
    assert iso_published(value) == stored


@pytest.mark.parametrize("value", [True, 12345, 20240131, float("nan"), float("inf"), 10**400, "31/01/2024",
                                   "01/31/2024", "2024/13/01", "2024/01-31", "99999999", "12345"])
def test_ambiguous_or_impossible_values_are_still_refused(value):
    with pytest.raises(ValueError):
        iso_published(value)


def test_a_feed_with_slashed_and_epoch_dates_stores_them(tmp_path):
    feed = tmp_path / "feed.jsonl"
    rows = [{"id": "a", "text": "The minister met his counterpart in Hanoi yesterday.", "published": "2024/03/05"},
            {"id": "b", "text": "The two presidents spoke by phone on Monday.", "published": 1709596800}]
    feed.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    warnings: list[str] = []
    docs = list(read_file(feed, warnings.append))
    assert [d.published for d in docs] == ["2024-03-05", "2024-03-05T00:00:00+00:00"]
    assert not [w for w in warnings if "published" in w]
