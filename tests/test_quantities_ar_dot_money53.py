"""ar: a dot before three digits in an amount of a currency of hundredths groups thousands (issue 11, dates53): "قرابة
51.956 دولار" is 51,956 dollars (a dollar has no third decimal). A currency of thousandths ("1.250 دينار كويتي": fils),
a bare dinar of no named state, a scale word ("7.295 مليار دولار") and an exchange rate ("ارتفع اليورو إلى 1.085 دولار")
keep the decimal, and so does one digit before the dot ("1.302 دولار", a price). Sentences composed for the test."""

from __future__ import annotations

import pytest

from bilat.stages.quantities import find_quantities


@pytest.mark.parametrize("text, want", [
    ("بلغ متوسط دخل الأسرة قرابة 48.312 دولارا في العام الماضي.", (48312.0, "USD")),
    ("تبرعت الجمعية بمبلغ 12.500 يورو للمستشفى.", (12500.0, "EUR")),
    ("بلغ سعر الغرام 1.302 دولار.", (1.302, "USD")),  # one digit before the dot: a price
    ("بلغ سعر الغرام 1.250 دينار كويتي.", (1.25, "KWD")),
    ("بلغت التكلفة 1.307 دينار.", (1.307, None)),
    ("سجلت الصادرات 7.295 مليار دولار.", (7.295e9, "USD")),
    ("ارتفع اليورو أمس إلى 1.085 دولار.", (1.085, "USD")),
])
def test_ar_dot_before_three_digits_in_money(text: str, want: tuple) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text, "ar")] == [want]
