"""vi: a weekday 'of' a week ("thứ Hai của tuần trước") is that weekday of that week, one date, as en "Tuesday of next week"."""
from bilat.stages.dates import find_dates

PUB = "2024-03-12"  # a Tuesday


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, "vi", PUB)]


def test_vi_weekday_of_last_and_next_week():
    assert _read("Hội nghị diễn ra vào thứ Hai của tuần trước.") == [("vào thứ Hai của tuần trước", "2024-03-04")]
    assert _read("Hội nghị sẽ khai mạc vào thứ Sáu của tuần sau.") == [("vào thứ Sáu của tuần sau", "2024-03-22")]
    assert _read("Bộ trưởng đã đến Hà Nội thứ Hai tuần trước.") == [("thứ Hai tuần trước", "2024-03-04")]
    assert _read("Hội nghị sẽ khai mạc thứ Sáu tuần sau.") == [("thứ Sáu tuần sau", "2024-03-22")]
