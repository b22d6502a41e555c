"""Persian words that name no act between states (issue 10, fa, evfa52): 'مشارکت' (participation: 'عضو
مشارکت‌کننده', 'حزب مشارکت', 'اوراق مشارکت') is no COOPERATE trigger (on the fa dev half it stood in 18 sentences,
none with a cooperation between states); an attributive or stative 'مورد حمایت X' ('نیروهای مورد حمایت ایران',
Iran-backed forces; 'مورد حمایت ارتش پاکستان هستند') and 'تحت حمایت' describe whom X backs, not an act of support
between the countries named (data/event_lexicon.json words EXCLUDE fa). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import exported_types, trigger_types

CODES = {"ایران": "IRN", "آمریکا": "USA", "ترکیه": "TUR", "روسیه": "RUS", "سوریه": "SYR", "آلمان": "DEU",
         "بلاروس": "BLR", "اسرائیل": "ISR", "پاکستان": "PAK", "هند": "IND", "عراق": "IRQ"}


def c(*names: str) -> list[tuple[str, str, str]]:
    return [(n, CODES[n], "country") for n in names]


@pytest.mark.parametrize("text, names", [
    ("بلاروس، آلمان و ترکیه از اعضای مشارکت‌کننده این نشست هستند.", ("بلاروس", "آلمان", "ترکیه")),
    ("این طرح با مشارکت ایران و عراق در سال آینده اجرا می‌شود.", ("ایران", "عراق")),
])
def test_participation_is_no_cooperation(lexical, text, names):
    assert "COOPERATE" not in exported_types(lexical, text, "fa", c(*names))
    assert "COOPERATE" not in trigger_types(text, "fa")


@pytest.mark.parametrize("text, names", [
    ("اسرائیل از گسترش نفوذ نیروهای مورد حمایت ایران در سوریه ابراز نگرانی کرد.", ("اسرائیل", "ایران", "سوریه")),
    ("این شبه‌نظامیان کاملاً مورد حمایت ارتش پاکستان هستند و در هند فعالیت می‌کنند.", ("پاکستان", "هند")),
    ("گروه‌های مورد حمایت آمریکا در شمال سوریه مستقر شده‌اند.", ("آمریکا", "سوریه")),
])
def test_backed_forces_are_no_support(lexical, text, names):
    assert "SUPPORT" not in exported_types(lexical, text, "fa", c(*names))


@pytest.mark.parametrize("text, names, want", [
    ("روسیه از سوریه حمایت کرد.", ("روسیه", "سوریه"), "SUPPORT"),
    ("ترکیه و ایران در زمینه انرژی همکاری می‌کنند.", ("ترکیه", "ایران"), "COOPERATE"),
])
def test_support_and_cooperation_still_found(lexical, text, names, want):
    assert want in exported_types(lexical, text, "fa", c(*names))
