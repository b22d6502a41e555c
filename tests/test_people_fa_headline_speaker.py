"""Persian headlines and list items name their speaker before a colon (issue 10, stop 51): "- همتی: ..." (a
family name), "صفدر حسینی: ..." (a given name and a family name). A paragraph label of a family name's
shape joined by ZWNJ (نتیجه‌گیری:) or a plain noun (گزارش:) is no speaker. Invented names."""

from __future__ import annotations

import pytest

from bilat.stages.names import Registry


def persons(tagger, text, lang="fa"):
    mentions, _ = Registry(tagger).process(text, lang)
    return [m.text for m in mentions if m.kind == "person"]


@pytest.mark.parametrize("text, name", [
    ("- بازار امروز آرام بود\n- کاشفی‌زاده: سه شرکت بیمه خصوصی وارد بازار می‌شود", "کاشفی‌زاده"),
    ("- ورزنده‌پور: بودجه بدون کسری بسته می‌شود", "ورزنده‌پور"),
    ("اخبار روز\nمجید تکلوئی: سطح روابط با بانک جهانی ارتقا می‌یابد", "مجید تکلوئی"),
])
def test_fa_headline_speaker(tagger, text, name):
    assert name in persons(tagger, text)


@pytest.mark.parametrize("text", [
    "- نتیجه‌گیری: بازار رشد کرد",
    "- گزارش: هوا سرد شد",
    "- جمع‌بندی: بازار آرام بود",
])
def test_fa_headline_label_is_no_speaker(tagger, text):
    assert persons(tagger, text) == []
