"""Figures of fresh Arabic and Persian pages (issue 11, dev batch figs6): Afghani and Dari dollars, every word of a
currency name in the accusative, a bare riyal or pound of another state than the default one (the document names
it), decimals in words, the decimal sign repeated as thousands, a list sharing its unit, a toll in tonne-people,
weekday and karat numbers. Sentences written for these tests, not taken from the bench."""

from __future__ import annotations

import dataclasses

from bilat.records import Document
from bilat.stages.numerals import parse_number
from bilat.stages.quantities import find_quantities, make_stage


def got(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text, lang)]


def test_afghani_and_dari_dollar_are_currencies():
    assert got("وزارت مالیه ۴۵ میلیون افغانی به ولایت بلخ داد.", "fa") == [("۴۵ میلیون افغانی", 45e6, "AFN")]
    assert got("به هر خانواده 12 هزار و 500 افغانی رسید.", "fa") == [("12 هزار و 500 افغانی", 12500.0, "AFN")]
    assert got("این پروژه ۳۰ میلیون دالر امریکایی هزینه دارد.", "fa") == [("۳۰ میلیون دالر امریکایی", 3e7, "USD")]


def test_every_word_of_an_arabic_currency_name_takes_the_accusative():
    assert got("بلغ سعر الصرف 1500 ريالاً يمنياً للدولار.", "ar") == [("1500 ريالاً يمنياً", 1500.0, "YER")]
    assert got("تمتد المحمية على 120 كيلومترًا مربعًا.", "ar") == [("120 كيلومترًا مربعًا", 120.0, "km2")]


def test_a_bare_riyal_or_pound_takes_the_one_other_state_the_text_names():
    assert got("أعلن بنك السودان المركزي أن الدولار بلغ 600 جنيه.", "ar") == [("600 جنيه", 600.0, "SDG")]
    assert got("بلغ سعر الدولار في القاهرة 50 جنيها.", "ar") == [("50 جنيها", 50.0, "EGP")]
    assert got("بلغ سعر الكيلو 40 جنيها.", "ar") == [("40 جنيها", 40.0, "EGP")]  # none named: the default
    assert got("تراجعت العملة في صنعاء إلى 530 ريالا للدولار.", "ar") == [("530 ريالا", 530.0, "YER")]
    assert got("ارتفعت أرباح الشركة إلى 20 مليون ريال.", "ar") == [("20 مليون ريال", 2e7, "SAR")]
    # the default state's own currency phrase is no mention of it; two states named: the default stays
    assert got("في عدن سجل الريال السعودي 410 ريالات للشراء.", "ar") == [("410 ريالات", 410.0, "YER")]
    assert got("قدمت السعودية لليمن منحة بقيمة 300 مليون ريال.", "ar")[0][2] == "SAR"


def test_the_document_names_the_state_for_a_sentence_that_does_not():
    """In the pipeline the stage reads the whole article: a state named in its first sentence sets a bare currency of
    a later one (the bench, which reads one sentence, cannot show it)."""
    text = "تواصل تراجع العملة السودانية في الخرطوم. وفي السوق الموازي سجل الدولار 3,200 جنيه."
    doc = make_stage()(Document(id="x", source="test", original=text, text=text, lang="ar"))
    assert [(q.text, q.unit) for q in doc.quantities] == [("3,200 جنيه", "SDG")]
    assert got("وفي السوق الموازي سجل الدولار 3,200 جنيه.", "ar")[0][2] == "EGP"


def test_decimals_in_words():
    assert got("قرارداد هشت اعشاریه پنج میلیون دالری امضا شد.", "fa") == [("هشت اعشاریه پنج میلیون دالری", 8.5e6, "USD")]
    assert got("نرخ رشد دو ممیز چهار درصد بود.", "fa") == [("دو ممیز چهار درصد", 2.4, "percent")]
    assert got("بودجه چهار اعشاریه بیست و پنج میلیارد افغانی است.", "fa")[0][1] == 4.25e9


def test_a_repeated_decimal_sign_groups_thousands():
    assert parse_number("۱۲٫۳۴۵٫۶۷۸", "fa") == 12345678.0
    assert parse_number("۲٫۵", "fa") == 2.5
    assert got("مجموع آن (۳٫۴۰۰٫۰۰۰) است.", "fa") == [("۳٫۴۰۰٫۰۰۰", 3400000.0, None)]


def test_a_list_of_bare_numbers_shares_the_amount_after_it():
    assert got("کرایه به ترتیب ۳۰۰، ۵۰۰ و ۸۰۰ افغانی است.", "fa") == [
        ("۳۰۰", 300.0, "AFN"), ("۵۰۰", 500.0, "AFN"), ("۸۰۰ افغانی", 800.0, "AFN")]
    assert [q[1] for q in got("بلغت الأسعار 5، 7 و9 ملايين دولار.", "ar")] == [5e6, 7e6, 9e6]
    qs = find_quantities("سهم آنها ۱۰ و ۲۰ درصد است.", "fa")  # two numbers: the range/list rule, as before
    assert [q.value for q in qs] == [10.0, 20.0]


def test_a_toll_rising_to_tan_counts_people():
    assert got("شمار کشته شدگان زلزله در این ولایت به ۴۲ تن رسید.", "fa") == [("۴۲ تن", 42.0, "person")]
    assert got("صادرات گندم به ۴۲ تن رسید.", "fa") == [("۴۲ تن", 42.0, "tonne")]


def test_two_words_before_a_measure():
    assert got("ساخت دو کیلومتر جاده آغاز شد.", "fa") == [("دو کیلومتر", 2.0, "km")]
    assert got("دو کشور توافق کردند.", "fa") == []


def test_a_weekday_and_a_karat_are_no_figures():
    assert got("این کمک‌ها روز 2 شنبه توزیع شد.", "fa") == []
    assert got("ارتفع سعر الذهب عيار 24 بالسوق المحلية إلى 60 دينارا في الأردن.", "ar") == [("60 دينارا", 60.0, "JOD")]


def test_quantity_records_stay_plain():
    q = find_quantities("۴۵ میلیون افغانی", "fa")[0]
    assert dataclasses.asdict(q)["unit"] == "AFN"
