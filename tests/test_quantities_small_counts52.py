"""One and two in words before a counted noun (issue 11, dates52): en "two soldiers", "two villages"; vi "hai dự án";
fa "دو تیم", "یک بالگرد". "The two sides" and the other pair phrases of data/pair_words.json stay no figure.
Sentences composed for the test."""

from __future__ import annotations

import pytest

from bilat.stages.quantities import find_quantities


def run(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text, lang)]


@pytest.mark.parametrize("text, lang, want", [
    ("Two soldiers died when a mine exploded near the border.", "en", [("Two soldiers", 2.0, "soldier")]),
    ("Shelling damaged two schools and one hospital in the north.", "en", [("two schools", 2.0, None)]),
    ("One soldier was wounded.", "en", [("One soldier", 1.0, "soldier")]),
    ("Chính phủ phê duyệt hai dự án đường cao tốc mới.", "vi", [("hai dự án", 2.0, "project")]),
    ("Hai công ty đã ký hợp đồng.", "vi", [("Hai công ty", 2.0, "company")]),
    ("دیدار دو تیم ملی در تهران برگزار شد.", "fa", [("دو تیم", 2.0, None)]),
    ("یک بالگرد نظامی در شمال کشور سقوط کرد.", "fa", [("یک بالگرد", 1.0, "aircraft")]),
])
def test_one_and_two_in_words_count_their_noun(text: str, lang: str, want: list) -> None:
    assert run(text, lang) == want


@pytest.mark.parametrize("text, lang", [
    ("The two sides agreed to meet again, and the two leaders shook hands.", "en"),
    ("The two countries signed a deal two years ago.", "en"),
    ("Two-thirds of voters stayed home.", "en"),
    ("Hai bên nhất trí tăng cường hợp tác, hai nhà lãnh đạo hội đàm.", "vi"),
    ("روابط دو کشور گسترش یافت.", "fa"),
])
def test_pair_phrases_and_time_spans_are_no_figure(text: str, lang: str) -> None:
    assert run(text, lang) == []
