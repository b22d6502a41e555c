"""fa: a bare "درهم" is the Emirates' dirham, as ar "ريال" is Saudi (issue 11, dates53): it read no currency unless the
text named the Emirates. Morocco named (and the Emirates not), or a Moroccan outlet, makes it MAD. Sentences composed
for the test."""

from __future__ import annotations

import pytest

from bilat.stages.quantities import find_quantities


@pytest.mark.parametrize("text, outlet, want", [
    ("قیمت هر گرم طلا به ۲۴۰ درهم رسید.", None, [(240.0, "AED")]),
    ("جریمه رانندگی بدون گواهینامه بین 5 تا 20 هزار درهم است.", None, [(5000.0, "AED"), (20000.0, "AED")]),
    ("بلیت ورود به موزه در مراکش ۷۰ درهم است.", None, [(70.0, "MAD")]),
    ("بلیت ورود به موزه ۷۰ درهم است.", "example.ma", [(70.0, "MAD")]),
])
def test_fa_bare_dirham(text: str, outlet: str | None, want: list) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text, "fa", (), outlet)] == want
