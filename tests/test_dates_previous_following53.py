"""en "previous Monday" / "following Friday" (issue 11, dates53): the weekday of the week before / after publication's,
as "next Friday" is the next week's (data/dates.json en weekday_before). "Following Monday's talks" is the preposition
(after the talks): the bare weekday by tense. Sentences composed for the test."""

from __future__ import annotations

import pytest

from bilat.stages.dates import find_dates


def run(text: str, pub: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, "en", pub)]


@pytest.mark.parametrize("text, pub, want", [
    ("The envoy had arrived in Cairo the previous Monday.", "2018-11-15", [("previous Monday", "2018-11-05")]),
    ("Talks are due to resume the following Friday.", "2019-01-31", [("following Friday", "2019-02-08")]),
    ("The ministers met on the previous Wednesday.", "2018-11-15", [("previous Wednesday", "2018-11-07")]),
])
def test_previous_and_following_weekday(text: str, pub: str, want: list) -> None:
    assert run(text, pub) == want


def test_following_as_preposition() -> None:
    assert run("Following Monday's talks, the delegation flew home.", "2018-11-15") == [("Monday", "2018-11-12")]
