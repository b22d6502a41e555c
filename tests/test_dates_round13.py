"""Relative dates, round thirteen (issue 11, dates5): composed sentences, each with the near form that must stay."""
from bilat.stages.dates import find_dates

PUB = "2024-03-12"  # a Tuesday


def _read(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, lang, PUB)]


def test_vi_ordinal_day_of_is_no_weekday():
    assert _read("Vào ngày thứ hai của chuyến thăm, Chủ tịch nước đã gặp Thủ tướng.", "vi") == []
    assert _read("Đây là ngày thứ ba liên tiếp giá dầu giảm.", "vi") == []
    assert _read("Hôm thứ hai, Thủ tướng đã đến Hà Nội.", "vi") == [("Hôm thứ hai", "2024-03-11")]

