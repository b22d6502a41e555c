"""Forms said alone or in a sentence that read as no date or a wrong one before (issue 11), sentences composed for
the test: en 'the coming/current year', 'the next month' alone, an ambiguous en day/month/year said alone (month
first, as a day/month pair alone), ar 'هذه' before a feminine weekday, ar 'هذا المساء' and 'عصر اليوم', ar a weekday in construct
with its week ('خميس الأسبوع المقبل')."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2016-11-07"  # a Monday


def _got(text, lang, pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


@pytest.mark.parametrize("lang,text,span,value", [
    ("en", "the coming year", "the coming year", "2017"),
    ("en", "Prices will rise in the coming month.", "the coming month", "2016-12"),
    ("en", "the current year", "the current year", "2016"),
    ("en", "the next month", "the next month", "2016-12"),
    ("en", "10/2/2017", "10/2/2017", "2017-10-02"),
    ("en", "10-2-2017", "10-2-2017", "2017-10-02"),
    ("ar", "هذه الجمعة", "هذه الجمعة", "2016-11-11"),
    ("ar", "يصل الوفد هذه الجمعة", "هذه الجمعة", "2016-11-11"),
    ("ar", "هذا المساء", "هذا المساء", "2016-11-07"),
    ("ar", "وصل الوزير عصر اليوم", "عصر اليوم", "2016-11-07"),
    ("ar", "عصر أمس", "عصر أمس", "2016-11-06"),
    ("ar", "يعقد الاجتماع خميس الأسبوع المقبل", "خميس الأسبوع المقبل", "2016-11-17"),
    ("ar", "جمعة الأسبوع الماضي", "جمعة الأسبوع الماضي", "2016-11-04"),
])
def test_forms(lang, text, span, value):
    assert _got(text, lang) == [(span, value, None)]


def test_en_next_month_in_a_sentence_is_no_date():
    # "in the next month" in running text is "within a month", no calendar month
    assert _got("Talks are expected to resume in the next month.", "en") == []


def test_en_ambiguous_numeric_date_in_a_sentence_stays_unread():
    # 03/04/2025 in English text may be 3 April or 4 March: only said alone is it month first
    assert _got("The report dated 10/2/2017 was released.", "en") == []
    assert _got("The report dated 25/10/2017 was released.", "en") == [("25/10/2017", "2017-10-25", None)]
