"""English multipliers after Latin figures in a text of another language (issue 11, dates52): "$1.5bn" in an Arabic
or Persian line was read as 1.5 dollars (a misread, worse than none), "1.5bn" and "100K" gave nothing, vi "$3M" gave 3
dollars. Found by feeding hostile strings through `bilat analyze --jsonl`. Sentences composed for the test."""

from __future__ import annotations

import pytest

from bilat.stages.quantities import find_quantities


def run(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text, lang)]


@pytest.mark.parametrize("text, lang, want", [
    ("أعلنت الشركة عن صفقة بقيمة $1.5bn مع الحكومة.", "ar", [("$1.5bn", 1.5e9, "USD")]),
    ("این شرکت €2 billion سرمایه‌گذاری کرد.", "fa", [("€2 billion", 2e9, "EUR")]),
    ("Công ty thu về $3M trong quý này.", "vi", [("$3M", 3e6, "USD")]),
    ("บริษัทขาดทุน 1.5bn ในปีนี้", "th", [("1.5bn", 1.5e9, None)]),
    ("Компания потеряла $2tn за год.", "ru", [("$2tn", 2e12, "USD")]),
    ("该平台用户超过100K。", "zh", [("100K", 1e5, None)]),
])
def test_a_latin_multiplier_multiplies_in_any_language(text: str, lang: str, want: list) -> None:
    assert run(text, lang) == want


@pytest.mark.parametrize("text, lang", [
    ("قمة مجموعة G20 في الرياض", "ar"),
    ("هبطت طائرة B-52 في القاعدة", "ar"),
])
def test_letters_before_digits_are_no_multiplied_figure(text: str, lang: str) -> None:
    assert all(q.value < 1000 for q in find_quantities(text, lang))
