"""Figures of fresh Arabic and Persian pages (issue 11, dev batch figs7): compounds in the accusative with digits in
brackets and commas, the kilogram as كلغ, the day of a slashed date before a noun, a bare count with a dot grouping
thousands, an AFP decimal comma before three digits, Persian decimals in words with a digit or a
place word (دهم, صدم), a comma and a space as a decimal before a percent, an "و" typed against a number word, two
people, and a Dari month with its Iranian name after a bar. Sentences written for these tests, not taken from the bench."""

from __future__ import annotations

from figs import got

from bilat.stages.dates import find_dates


def test_a_later_scale_in_the_accusative_keeps_the_compound_going():
    assert got("نقلت الشركة (14) مليوناً و(120) ألفاً و(35) طناً خلال العام.", "ar") == [
        ("14) مليوناً و(120) ألفاً و(35) طناً", 14120035.0, "tonne")]
    assert got("صدّرت البلاد 5 ملايين و300 ألفًا و20 برميلا.", "ar") == [("5 ملايين و300 ألفًا و20 برميلا", 5300020.0, None)]


def test_a_comma_may_set_off_each_and_of_an_arabic_compound():
    assert got("زرعت الحكومة مليون فدان، أي 2 مليون، و450 ألفًا، و12 شجرة.", "ar")[-1] == (
        "2 مليون، و450 ألفًا، و12 شجرة", 2450012.0, None)


def test_kilogram_written_klgh():
    assert got("ضبطت الشرطة 250 كلغ من المخدرات.", "ar") == [("250 كلغ", 250.0, "kg")]


def test_the_day_of_a_slashed_date_is_no_count_of_the_noun_after_it():
    assert got("ناقش المجلس يوم 12/28 مشروع القانون.", "ar") == []
    assert got("أنجزت الوزارة 28 مشروعا.", "ar") == [("28 مشروعا", 28.0, "project")]


def test_a_bare_count_after_an_approximation_with_a_dot_grouping_thousands():
    assert got("وقالت الوزارة إن عدد النازحين تجاوز 15.310", "ar") == [("15.310", 15310.0, None)]
    assert got("وبلغ المعدل حوالي 1.5 في الفصل", "ar") == []  # no count of 1.5 things


def test_a_decimal_comma_text_reads_a_comma_before_three_digits_as_decimals_too():
    text = "وبلغ العجز 4,7 مليار دينار كويتي، فيما بلغت الإيرادات 21,385 مليار دينار كويتي."
    assert [q[1] for q in got(text, "ar")] == [4.7e9, 21.385e9]
    # with no decimal comma (or with a decimal point) elsewhere, the comma groups thousands, as before
    assert got("وبلغ الدين 1,250 مليار ليرة.", "ar")[0][1] == 1.25e12
    assert got("بلغ 2.5 مليار دولار و1,250 مليار ليرة و3,5 مليار", "ar")[1][1] == 1.25e12


def test_persian_decimals_in_words_with_a_digit_or_a_place_word():
    assert got("تولید با دو ممیز هفت دهم درصد رشد همراه بود.", "fa") == [("دو ممیز هفت دهم درصد", 2.7, "percent")]
    assert got("صادرات به ۱۴ ممیز ۵ میلیون تن رسید.", "fa") == [("۱۴ ممیز ۵ میلیون تن", 14.5e6, "tonne")]
    assert got("نرخ رشد چهار ممیز پنج صدم درصد بود.", "fa") == [("چهار ممیز پنج صدم درصد", 4.05, "percent")]
    assert got("ذخایر ۳۱ ممیز دو دهم میلیارد دلار است.", "fa") == [("۳۱ ممیز دو دهم میلیارد دلار", 31.2e9, "USD")]


def test_a_comma_and_a_space_before_one_digit_and_a_percent_is_a_decimal():
    assert got("اجاره بها با رشد ۵، ۲ درصدی همراه بود.", "fa") == [("۵، ۲ درصدی", 5.2, "percent")]
    # a list stays a list
    assert [q[1] for q in got("نرخ ها ۵، ۲ و ۸ درصد بود.", "fa")] == [5.0, 2.0, 8.0]


def test_an_and_typed_against_a_number_word():
    assert got("سیصد وشصت و پنج هزار نفر ثبت نام کردند.", "fa") == [("سیصد وشصت و پنج هزار نفر", 365000.0, "person")]


def test_two_people_in_words():
    assert got("دو خبرنگار بازداشت شدند.", "fa") == [("دو خبرنگار", 2.0, "person")]  # person_nouns.json (figs13fa)
    assert got("دو کشور توافق کردند.", "fa") == []


def test_a_dari_month_with_its_iranian_name_after_a_bar_is_a_date_no_figure():
    text = "شنبه 14 حوت|اسفند 1399"
    assert [(d.text, d.value) for d in find_dates(text, "fa", None)] == [("14 حوت|اسفند 1399", "2021-03-04")]
    assert got(text, "fa") == []
