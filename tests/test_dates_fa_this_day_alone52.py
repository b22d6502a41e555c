"""Persian "این روز" (this day), "روز آینده" (the next day), "این سال" (this year) said alone are publication's day,
the day after, publication's year (issue 11, dates52); in running text they refer to a day or year the story named
("در این سال": in that year), so they stay no date there (data/dates.json fa alone_only). Sentences composed for the test."""

from __future__ import annotations

import pytest

from bilat.stages.dates import find_dates


@pytest.mark.parametrize("text, want", [("این روز", "2023-04-10"), ("روز آینده", "2023-04-11"), ("این سال", "2023")])
def test_said_alone(text: str, want: str) -> None:
    assert [d.value for d in find_dates(text, "fa", "2023-04-10")] == [want]


@pytest.mark.parametrize("text", ["انقلاب در سال ۱۳۵۷ رخ داد و در این سال شاه ایران را ترک کرد.",
                                  "این روز را به همه کارگران تبریک می‌گوییم.",
                                  "هیئت در روز آینده دیدار خواهد کرد."])
def test_no_date_in_running_text(text: str) -> None:
    assert [d.value for d in find_dates(text, "fa", "2023-04-10") if "این" in d.text or "آینده" in d.text] == []
