"""Counted nouns of people give the unit person (issue 11, dates53): vi "dân thường", "chiến binh", "tay súng", "nhà
báo", "quan chức", "công dân" (read before as "12 dân", "12 chiến" with no unit), "bộ đội" soldier; fa "معترض",
"غیرنظامی", "تظاهرکننده", demonyms "فلسطینی", "ایرانی", "سوری". Sentences composed for the test."""

from __future__ import annotations

import pytest

from bilat.stages.quantities import find_quantities


def run(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text, lang)]


@pytest.mark.parametrize("text, lang, want", [
    ("Cuộc không kích làm 16 dân thường thiệt mạng.", "vi", [("16 dân thường", 16.0, "person")]),
    ("Hơn 300 tay súng đã ra hàng.", "vi", [("300 tay súng", 300.0, "person")]),
    ("Nhóm này bắt giữ 4 nhà báo nước ngoài.", "vi", [("4 nhà báo", 4.0, "person")]),
    ("Có 62 công dân được sơ tán về nước.", "vi", [("62 công dân", 62.0, "person")]),
    ("Khoảng 500 bộ đội tham gia cứu hộ.", "vi", [("500 bộ đội", 500.0, "soldier")]),
    ("در این درگیری ۱۷۶ غیرنظامی کشته شدند.", "fa", [("۱۷۶ غیرنظامی", 176.0, "person")]),
    ("پلیس ۲۰۰ معترض را بازداشت کرد.", "fa", [("۲۰۰ معترض", 200.0, "person")]),
    ("در این حمله ۱۲ فلسطینی زخمی شدند.", "fa", [("۱۲ فلسطینی", 12.0, "person")]),
])
def test_counted_people_nouns_give_person(text: str, lang: str, want: list) -> None:
    assert run(text, lang) == want


def test_tan_of_goods_stays_tonnes() -> None:
    assert run("سه هزار تن گندم وارد شد.", "fa") == [("سه هزار تن", 3000.0, "tonne")]
