"""figs15a (issue 11): rules from the figs15ar/fa web round, on sentences written for the tests."""
from figs import got

from bilat.stages.dates import find_dates


def dates(text: str, lang: str, published: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, published)]


def test_ar_foreigners_count_persons() -> None:
    # "أجنبي" (foreigner) takes the nisba endings as "عراقي": a count of people
    assert ("1200 أجنبي", 1200.0, "person") in got("دخل البلاد 1200 أجنبي خلال الشهر الماضي.", "ar")
    assert ("25 أجنبيا", 25.0, "person") in got("أوقفت الشرطة 25 أجنبيا في المداهمة.", "ar")


def test_ar_unresolved_lira_takes_no_dollar_of_its_sentence() -> None:
    # a lira of no named state beside a dollar amount: the sentence has two currencies, so no elided one
    found = got("ارتفع الدين العام إلى 95 مليار ليرة (نحو 6 مليارات دولار) في نهاية الفصل.", "ar")
    assert ("95 مليار ليرة", 95e9, None) in found
    assert ("6 مليارات دولار", 6e9, "USD") in found


def test_ar_elided_currency_still_read_beside_a_named_one() -> None:
    found = got("دفعت الشركة 5 ملايين دولار في الدفعة الأولى، ثم 3 ملايين في الثانية.", "ar")
    assert ("3 ملايين", 3e6, "USD") in found


def test_fa_percent_with_a_possessive_ending() -> None:
    assert ("۲۰ درصدش", 20.0, "percent") in got("سهم دولت از این شرکت ۲۰ درصدش است.", "fa")
    assert ("ده درصدشان", 10.0, "percent") in got("کارگران گفتند ده درصدشان بیمه ندارند.", "fa")


def test_fa_on_the_hour_is_no_head_count() -> None:
    # "رأس ساعت ۹": "at nine sharp"; the number before it is a case number, no heads of livestock
    assert got("پرونده شماره ۴۵ رأس ساعت ۹ صبح در دادگاه بررسی شد.", "fa") == []
    assert ("۳۰۰ رأس", 300.0, None) in got("در این سیل ۳۰۰ رأس دام تلف شد.", "fa")


def test_fa_latin_one_over_two_digits_before_percent_is_reversed() -> None:
    # a one-decimal percent typed left to right and stored reversed: "4/12 درصد" is 12.4 %
    assert ("4/12 درصد", 12.4, "percent") in got("نرخ بیکاری در پاییز 4/12 درصد اعلام شد.", "fa")
    # Persian digits, two digits before the slash and money keep the usual order
    assert ("۳/۲۵ درصد", 3.25, "percent") in got("سود سپرده ۳/۲۵ درصد افزایش یافت.", "fa")
    assert ("12/5 درصد", 12.5, "percent") in got("تورم به 12/5 درصد رسید.", "fa")
    assert ("7/15 میلیون دلار", 7.15e6, "USD") in got("قرارداد 7/15 میلیون دلار امضا شد.", "fa")


def test_ar_direction_word_between_month_and_written_year() -> None:
    assert ("15 مارس المقبل 2026", "2026-03-15", None) in dates("يبدأ التسجيل في 15 مارس المقبل 2026 للطلاب.", "ar")


def test_fa_tatweel_inside_mah_after_a_solar_month() -> None:
    assert ("اردیبهشت مــاه 1401", "2022-04-21", "2022-05-21") in dates("گزارش اردیبهشت مــاه 1401 منتشر شد.", "fa")


def test_fa_dari_month_with_a_comma_before_its_year() -> None:
    assert ("12 حمل , 1399", "2020-03-31", None) in dates("کابل، 12 حمل , 1399 (خبرگزاری)", "fa")
    assert ("۱۲ حمل، ۱۳۹۹", "2020-03-31", None) in dates("کابل، ۱۲ حمل، ۱۳۹۹", "fa")


def test_ar_bare_dinar_with_three_decimals_is_dinars_and_fils() -> None:
    # a bare dinar of no named state is read as a counted noun; its dot is still a decimal (1000 fils), no thousands
    assert ("1.250 دينار", 1.25, None) in got("ارتفع سعر اللتر إلى 1.250 دينار هذا الأسبوع.", "ar")
    assert ("1.250 دينار", 1.25, "JOD") in got("ارتفع سعر اللتر في الأردن إلى 1.250 دينار.", "ar")
    # a count of people keeps the thousands dot
    assert ("12.450 شخصا", 12450.0, "person") in got("شارك في المسيرة 12.450 شخصا.", "ar")


def test_ar_leading_zero_groups_no_thousands() -> None:
    assert ("0.450 دينار", 0.45, None) in got("بلغت الزيادة نحو 0.450 دينار للتر.", "ar")


def test_ar_range_low_end_takes_the_bare_currency_of_the_high_end() -> None:
    found = got("تراوحت الكلفة في الكويت بين 20 و30 مليون دينار.", "ar")
    assert ("20", 20e6, "KWD") in found and ("30 مليون دينار", 30e6, "KWD") in found
    found = got("تراوحت الكلفة بين 20 و30 مليون دينار.", "ar")  # no state named: no currency for either end
    assert ("20", 20e6, None) in found and ("30 مليون دينار", 30e6, None) in found


def test_fa_bare_dirham_takes_the_state_the_text_names() -> None:
    found = got("در دبی جریمه این تخلف 100 تا 500 هزار درهم است.", "fa")
    assert ("100", 1e5, "AED") in found and ("500 هزار درهم", 5e5, "AED") in found
    assert ("۳۰۰ درهم", 300.0, "AED") in got("قیمت این کالا ۳۰۰ درهم است.", "fa")  # no state named: the default (dates53)


def test_ar_round_thousand_with_a_dot_makes_the_texts_dots_thousands() -> None:
    # ".000" is never a decimal, so the text groups thousands with dots: the other dot before three digits does too
    found = got("بلغت الغرامة 20.000 درهم (4.314 جنيه إسترليني) للمخالفة.", "ar")
    assert ("4.314 جنيه إسترليني", 4314.0, "GBP") in found
    assert ("4.314 جنيه إسترليني", 4.314, "GBP") in got("بلغت القيمة 4.314 جنيه إسترليني.", "ar")
    # a short decimal in the text keeps its dots decimal
    assert ("4.314 جنيه إسترليني", 4.314, "GBP") in got("بلغت 20.000 درهم و4.314 جنيه إسترليني و3.5 كغ.", "ar")


def test_fa_two_projects_count() -> None:
    assert ("دو پروژه", 2.0, "project") in got("در این شهرستان دو پروژه آبرسانی افتتاح شد.", "fa")
