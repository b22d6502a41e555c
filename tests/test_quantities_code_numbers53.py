"""Digits of a name or model are no count (issue 11, dates53): "كوفيد-19 مريضا", "إف-16", "اف-۱۶", "F-16 ลำ", "Covid-19
người dân", "G20 زعيم". Digits after Arabic proclitics, after a word glued by a missing space, or in CJK and Thai text
stay counts. Sentences composed for the test."""

from __future__ import annotations

import pytest

from bilat.stages.quantities import find_quantities


@pytest.mark.parametrize("text, lang", [
    ("توفي بسبب كوفيد-19 مريضا في المستشفى أمس.", "ar"),
    ("وصلت طائرات إف-16 أمريكية إلى القاعدة.", "ar"),
    ("جنگنده اف-۱۶ آمریکایی در پایگاه فرود آمد.", "fa"),
    ("กองทัพอากาศส่งเครื่องบิน F-16 ลำใหม่ขึ้นบิน", "th"),
    ("Dịch Covid-19 người dân vẫn lo lắng.", "vi"),
    ("حضر قمة G20 زعيم الدولة.", "ar"),
])
def test_digits_of_a_name_are_no_count(text: str, lang: str) -> None:
    assert find_quantities(text, lang) == ()


@pytest.mark.parametrize("text, lang, want", [
    ("قتل 5 وجرح 20 آخرين و200 شخص نزحوا.", "ar", 200.0),
    ("حدود۲۰۰ نفر بازداشت شدند.", "fa", 200.0),
    ("会议共有20人参加。", "zh", 20.0),
    ("มีผู้ร่วมงาน20คน", "th", 20.0),
    ("The company raised USD100 million.", "en", 1e8),
])
def test_other_glued_digits_stay_counts(text: str, lang: str, want: float) -> None:
    assert want in [q.value for q in find_quantities(text, lang)]
