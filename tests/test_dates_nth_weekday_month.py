"""vi and th: the Nth (or last) weekday of "the month" with no direction word ("thứ Sáu cuối cùng của tháng",
"วันศุกร์สุดท้ายของเดือน") is of publication's month, as en "the last Friday of the month" is, not a bare weekday; the bare
month word before a month's number or name ("tháng 5", "tháng Giêng", "เดือนตุลาคม", "เดือนรอมฎอน") is not read so."""
from bilat.stages.dates import find_dates

PUB = "2024-03-12"


def _read(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, lang, PUB)]


def test_vi_nth_weekday_of_the_month():
    assert _read("Buổi họp định kỳ sẽ diễn ra vào thứ Sáu cuối cùng của tháng.", "vi") == [
        ("vào thứ Sáu cuối cùng của tháng", "2024-03-29")]
    assert _read("thứ Hai đầu tiên của tháng", "vi") == [("thứ Hai đầu tiên của tháng", "2024-03-04")]


def test_vi_month_word_before_a_number_or_name():
    assert _read("thứ Hai đầu tiên của tháng 5", "vi") == [("thứ Hai đầu tiên của tháng 5", "2024-05-06")]
    assert ("thứ Hai đầu tiên của tháng", "2024-03-04") not in _read("thứ Hai đầu tiên của tháng Giêng", "vi")
    assert _read("thứ Sáu cuối cùng của tháng sau", "vi") == [("thứ Sáu cuối cùng của tháng sau", "2024-04-26")]


def test_th_nth_weekday_of_the_month():
    assert _read("คณะกรรมการจะประชุมกันในวันศุกร์สุดท้ายของเดือน", "th") == [
        ("ในวันศุกร์สุดท้ายของเดือน", "2024-03-29")]
    assert _read("วันจันทร์แรกของเดือน", "th") == [("วันจันทร์แรกของเดือน", "2024-03-04")]


def test_th_month_word_before_a_name():
    assert _read("วันจันทร์แรกของเดือนตุลาคม", "th") == [("วันจันทร์แรกของเดือนตุลาคม", "2024-10-07")]
    assert all(v != "2024-03-29" for _, v in _read("วันศุกร์สุดท้ายของเดือนรอมฎอน", "th"))
