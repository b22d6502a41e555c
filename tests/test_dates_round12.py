"""Round 12 of issue 11 point 1 (helper dates4): decades counted back, and an English weekday after a scheduling
verb in the present tense. Sentences composed for these tests."""

from __future__ import annotations

import pytest

from bilat.stages.dates import find_dates


def _one(text: str, lang: str, pub: str) -> tuple[str, str | None]:
    got = [(d.value, d.end_value) for d in find_dates(text, lang, pub)]
    assert len(got) == 1, got
    return got[0]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("تأسست الجمعية قبل عقد من الزمن في جدة.", "ar", "2011"),
    ("يعمل في الشركة منذ نحو عقدين من الزمن.", "ar", "2001"),
    ("غادر البلاد منذ عقدين.", "ar", "2001"),
    ("این کارخانه دو دهه پیش ساخته شد.", "fa", "2001"),
    ("Nhà máy được xây dựng hai thập kỷ trước.", "vi", "2001"),
    ("Завод построили десятилетие назад.", "ru", "2011"),
])
def test_decade_ago(text: str, lang: str, value: str) -> None:
    assert _one(text, lang, "2021-09-01") == (value, None)


@pytest.mark.parametrize(("text", "lang"), [
    ("وناقش الوزراء الملف قبل عقد الاجتماع الطارئ.", "ar"),  # before holding the meeting
    ("وقع الجانبان بعد عقد اجتماع مطول.", "ar"),  # after holding a meeting
    ("كان ذلك قبل عقدين من إصابته.", "ar"),  # two decades before his injury: counted from another event
    ("مراسم دهه فجر در تهران برگزار شد.", "fa"),  # the Fajr decade, a festival
])
def test_decade_word_not_a_date(text: str, lang: str) -> None:
    assert find_dates(text, lang, "2021-09-01") == ()


def test_fa_count_after_a_word_ending_like_a_number() -> None:
    # "کارخانه" ends in "نه" (nine): not a vague "nine two years" count
    assert _one("این کارخانه دو سال پیش ساخته شد.", "fa", "2021-09-01") == ("2019", None)


@pytest.mark.parametrize(("text", "value"), [
    ("The prime minister visits Brussels on Friday for talks on trade.", "2005-02-04"),
    ("Delegates from both sides meet on Tuesday in Geneva.", "2005-02-08"),
    ("Japan, which hosts the summit on Monday, is pressing for a deal.", "2005-02-07"),
    ("India, which attends the meeting of leading industrialised nations on Friday, is unlikely to be cowed.",
     "2005-02-04"),  # adjectives and participles in -ed are no past verb
    ("The prime minister visited Brussels on Friday for talks on trade.", "2005-01-28"),
    ("The United Nations Security Council said on Monday it was concerned.", "2005-01-31"),
    ("A worker suffering a head injury on Saturday underwent surgery.", "2005-01-29"),
])
def test_en_present_scheduling_verb(text: str, value: str) -> None:
    assert _one(text, "en", "2005-02-03") == (value, None)  # a Thursday


@pytest.mark.parametrize(("text", "value"), [
    ("آخر جمعة من الشهر", "2021-09-24"),  # bare "the month" said alone: publication's
    ("أول أحد بالشهر", "2021-09-05"),  # colloquial ب
    ("أول جمعة بالشهر الجاي", "2021-10-01"),
    ("15 الشهر", "2021-09-15"),
    ("العشرين من الشهر", "2021-09-20"),
])
def test_ar_day_of_the_month_said_alone(text: str, value: str) -> None:
    assert _one(text, "ar", "2021-09-01") == (value, None)


def test_ar_bare_month_in_a_sentence_names_no_month() -> None:
    # in running text "the month" may be one named before ("مارس"): no day of publication's month is made of it
    text = "وتحدث عن مارس، وقال إن الاجتماع عقد في العشرين من الشهر في الرياض."
    assert all(d.text != "العشرين من الشهر" and d.value != "2021-09-20" for d in find_dates(text, "ar", "2021-09-01"))


@pytest.mark.parametrize(("text", "value"), [
    ("اختتم المهرجان البارحة الأولى فعالياته.", "2015-07-22"),  # the night before last
    ("قصف الطيران بعد منتصف ليل أمس الأول مواقع المسلحين.", "2015-07-22"),
    ("انطلقت الاحتفالات عصر أمس الأول في المحافظة.", "2015-07-22"),
])
def test_ar_day_before_yesterday_forms(text: str, value: str) -> None:
    assert _one(text, "ar", "2015-07-24") == (value, None)


@pytest.mark.parametrize("text", [
    "أعيد فتح السفارة بعد 54 عاماً من إغلاقها.",  # 54 years after its closing: counted from another event
    "استخرج الجثمان بعد نحو 12 يوماً من السقوط.",
    "بدأ العمل قبل 5 أعوامٍ من بدء الحرب.",
])
def test_ar_count_with_tanween_then_من_is_no_offset(text: str) -> None:
    assert find_dates(text, "ar", "2015-07-24") == ()


def test_ar_count_with_tanween_keeps_its_marks_in_the_span() -> None:
    got = [(d.text, d.value) for d in find_dates("بدأ مزاولة الحرفة قبل 42 عامًا، وما زال.", "ar", "2015-07-24")]
    assert got == [("قبل 42 عامًا", "1973")]


@pytest.mark.parametrize(("text", "value"), [
    ("كانت تلك كلماته قبل عام من الآن في العيد.", "2014"),  # was "عام من الآن", a year from now
    ("وقع الحادث قبل ثلاثة أشهر من الآن.", "2015-04"),
    ("ستفتتح المحطة بعد عام من الآن.", "2016"),
])
def test_ar_count_from_now_before_or_after(text: str, value: str) -> None:
    assert _one(text, "ar", "2015-07-22") == (value, None)
