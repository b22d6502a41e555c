"""Story linker, issue 12 (story50): a "last year" word marks only the day it qualifies as background
(``stories.last_year_day``), not any day named within 45 characters of it in its sentence."""

from __future__ import annotations

from conftest import dated_doc as _doc

from bilat.corpus import stories


def test_last_year_further_off_in_the_sentence_leaves_this_years_day():
    text = "Last year's talks failed; ministers met on 7 October in Doha."
    doc = _doc(text, [("7 October", "--10-07")])
    assert not stories.background_day(doc, doc.dates[0])
    assert stories.event_day(doc) == "--10-07"


def test_a_day_qualified_by_last_year_is_background():
    text = "The border crossing, closed on 7 October last year, reopened on 2 March."
    doc = _doc(text, [("7 October", "--10-07"), ("2 March", "--03-02")])
    assert stories.background_day(doc, doc.dates[0])
    assert not stories.background_day(doc, doc.dates[1])
    assert stories.event_day(doc) == "--03-02"


def test_last_year_right_before_the_day_is_background():
    doc = _doc("Last year, on 7 October, the rebels attacked; on 2 March they struck again.",
               [("7 October", "--10-07"), ("2 March", "--03-02")])
    assert stories.background_day(doc, doc.dates[0])
    assert stories.event_day(doc) == "--03-02"


def test_a_digit_between_breaks_the_link():
    """'last year' qualifies the figure between, not the day after it."""
    doc = _doc("Exports fell last year by 12 percent on 2 March figures.", [("2 March", "--03-02")])
    assert not stories.background_day(doc, doc.dates[0])


def test_chinese_and_arabic_last_year():
    zh = _doc("去年10月7日发生袭击，今年3月2日双方会谈。", [("10月7日", "--10-07"), ("3月2日", "--03-02")], lang="zh")
    assert stories.background_day(zh, zh.dates[0])
    assert stories.event_day(zh) == "--03-02"
    zh2 = _doc("去年的谈判失败后，双方于3月2日会谈。", [("3月2日", "--03-02")], lang="zh")
    assert not stories.background_day(zh2, zh2.dates[0])
    ar = _doc("وقع الهجوم في 7 أكتوبر من العام الماضي، واجتمع الوزيران يوم 2 مارس.",
              [("7 أكتوبر", "--10-07"), ("2 مارس", "--03-02")], lang="ar")
    assert stories.background_day(ar, ar.dates[0])
    assert stories.event_day(ar) == "--03-02"
    ar2 = _doc("بعد فشل محادثات العام الماضي اجتمع الوزيران يوم 2 مارس.", [("2 مارس", "--03-02")], lang="ar")
    assert not stories.background_day(ar2, ar2.dates[0])


def test_anniversary_words_keep_their_window():
    doc = _doc("On the first anniversary of the 7 October attack, troops moved on 5 October.",
               [("7 October", "--10-07"), ("5 October", "--10-05")])
    assert stories.background_day(doc, doc.dates[0])
    assert stories.event_day(doc) == "--10-05"
