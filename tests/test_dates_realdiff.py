"""Issue 11, dates: wrong readings found by diffing the dates stage before and after the colloquial/ago rules on real
unlabelled news (bench/dates_diff.py; docs/dates_and_figures.md, "Audit on real text"). Each class is fixed at its
root; the sentences here are composed in the same constructions, each with a near one that must stay a date."""

from __future__ import annotations

import pytest

from bilat.stages.dates import find_dates

PUB = "2015-07-22"


def _got(text, lang="ar", pub=PUB):
    return [(d.text, d.value) for d in find_dates(text, lang, pub)]


# --- من + count after a comparison word with a proclitic (لأكثر, بأكثر, ولأكثر) or after "about" (قريباً من) -------

@pytest.mark.parametrize("text", [
    "استمرت المباراة لأكثر من ساعتين.",
    "انقطع التيار عن الحي لأكثر من ثلاث ساعات، وعاد صباحا.",
    "توقفت الأعمال في المصنع لأكثر من ثلاثة أسابيع.",
    "لن تقبل الحكومة تمديد القيود لأكثر من عشر سنوات.",
    "بدأت الفرق تدريباتها قبلنا بأكثر من أسبوع.",
    "عرض الكتاب بعد وفاة كاتبه بأكثر من 40 سنة.",
    "ظل الطريق مغلقا ولأكثر من خمسة أيام.",
    "بقي الوزير في منصبه قريباً من سنة.",
    "جلس الوفد ينتظر لأكثر من نصف ساعة.",
])
def test_span_after_proclitic_comparison_is_no_date(text):
    assert _got(text) == []


@pytest.mark.parametrize("text,phrase,value", [
    ("وصل الوفد إلى الرياض من يومين.", "من يومين", "2015-07-20"),
    ("غادر الوزير القاعة من ساعتين.", "من ساعتين", "2015-07-22"),
    ("قال المصدر إن القصف بدأ قبل ساعات.", "قبل ساعات", "2015-07-22"),
])
def test_colloquial_ago_still_read(text, phrase, value):
    assert (phrase, value) in _got(text)


# --- من + count governed by a consist/span verb a few words before ----------------------------------------------

@pytest.mark.parametrize("text", [
    "يتكون البرنامج من يومين.",
    "تتألف الدورة التدريبية من ثلاثة أسابيع.",
    "يمتد المعسكر الخارجي للفريق من أسبوعين.",
    "ويتكون المهرجان من خمسة أيام.",
])
def test_consist_or_span_verb_governs_the_count(text):
    assert _got(text) == []


def test_count_in_a_later_clause_is_still_ago():
    assert ("من يومين", "2015-07-20") in _got("يتكون الوفد من خمسة وزراء، وقد وصل من يومين.")


# --- من ساعة: a watch or an hour of the day, not an hour ago -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "كشفت الشركة عن النسخة الجديدة من ساعة أبل الذكية في مؤتمرها",
    "نفدت الكميات من ساعة سامسونج الجديدة",
    "ارتفعت واردات البلاد من ساعات اليد في عام 2014",
    "انقطعت الكهرباء منذ ساعة مبكرة من صباح أمس",
    "وصل الجنود في ساعة متأخرة من الليل",
])
def test_watch_or_hour_of_day_is_no_hours_ago(text):
    assert all(v != PUB for _, v in _got(text))


# --- a cardinal day word that is the tail of an ordinal ("الثاني عشر من يوليو") --------------------------------------

@pytest.mark.parametrize("text", [
    "أغلق المطار مرتين بين التاسع والثاني عشر من يوليو بسبب البركان",
    "أجري المسح بين الأول والخامس عشر من تموز",
    "تنتهي المهلة في الحادي عشر من أغسطس",
])
def test_ordinal_tail_is_no_cardinal_ten(text):
    assert all(not v.endswith("-10") for _, v in _got(text))


@pytest.mark.parametrize("text,phrase,value", [
    ("يقام المعرض حتى عشرين من سبتمبر هذا العام", "عشرين من سبتمبر هذا العام", "2015-09-20"),
    ("ينطلق المهرجان في خمسة عشر أغسطس", "خمسة عشر أغسطس", "2015-08-15"),
])
def test_cardinal_day_words_still_read(text, phrase, value):
    assert (phrase, value) in _got(text)
