"""figs13 (issue 11): Arabic counts of people, on sentences written for the tests. A counted noun of people with no
narrower unit (data/person_nouns.json) gives unit person; nouns with a unit of their own keep it."""
from figs import got


def test_ar_generic_people_nouns_count_persons() -> None:
    text = "أفرجت السلطات عن 45 معتقلا واستقبلت المدينة 900 زائر، بينما غادر 12 صحفيا البلاد."
    found = got(text, "ar")
    assert ("45 معتقلا", 45.0, "person") in found
    assert ("900 زائر", 900.0, "person") in found
    assert ("12 صحفيا", 12.0, "person") in found


def test_ar_demonyms_and_nisba_plurals_count_persons() -> None:
    found = got("عاد 250 سوداني إلى بلدهم، واعتقلت الشرطة 8 يمنيين و17 قياديين في الحزب.", "ar")
    assert ("250 سوداني", 250.0, "person") in found
    assert ("8 يمنيين", 8.0, "person") in found
    assert ("17 قياديين", 17.0, "person") in found


def test_ar_people_in_words_and_scaled_count_persons() -> None:
    found = got("شارك ثلاثة متطوعين في الحملة، وعبر الحدود أربعة آلاف نازح و2 مليون مسافر هذا الصيف.", "ar")
    assert ("ثلاثة متطوعين", 3.0, "person") in found
    assert ("أربعة آلاف نازح", 4000.0, "person") in found
    assert ("2 مليون مسافر", 2_000_000.0, "person") in found


def test_ar_people_after_a_year_like_number_are_counted() -> None:
    # "2000 حاج": a noun of people after a year-like number is a count, as "2000 شخص"
    assert got("ووصل 2000 حاج إلى المدينة أمس.", "ar") == [("2000 حاج", 2000.0, "person")]


def test_ar_narrower_units_and_non_people_are_kept() -> None:
    found = got("قتل 6 جنود و4 أطفال، ونجح 30 تلميذًا، وبيع 500 ألف برميل و70 جهازا.", "ar")
    assert ("6 جنود", 6.0, "soldier") in found
    assert ("4 أطفال", 4.0, "child") in found
    assert ("30 تلميذًا", 30.0, "student") in found
    assert ("500 ألف برميل", 500_000.0, None) in found or ("500 ألف", 500_000.0, None) in found
    assert ("70 جهازا", 70.0, None) in found


def test_ar_scale_word_in_the_accusative_heads_a_compound() -> None:
    # "مليونًا و..." (tanween on the scale word) is one number, as "مليون و..."
    assert got("سجلت الهيئة مليونًا و312 ألفا و45 زائرا خلال الموسم.", "ar") == [
        ("مليونًا و312 ألفا و45 زائرا", 1_312_045.0, "person")]
    assert got("وبلغ المخزون مليوناً و200 ألف طن.", "ar") == [("مليوناً و200 ألف طن", 1_200_000.0, "tonne")]


def test_ar_decimal_in_words_with_fasil() -> None:
    # Maghreb press: "فاصل" is the decimal comma written out
    assert got("تراجعت نسبة البطالة بـ 2 فاصل 35 بالمائة هذا العام.", "ar") == [("2 فاصل 35 بالمائة", 2.35, "percent")]
    assert got("بلغ النمو ثلاثة فاصل سبعة من عشرة في المائة.", "ar") == [
        ("ثلاثة فاصل سبعة من عشرة في المائة", 3.7, "percent")]
    assert got("أقيم الجدار الفاصل على طول 40 كيلومترا.", "ar") == [("40 كيلومترا", 40.0, "km")]


def test_ar_office_des_changes_marks_moroccan_dirhams() -> None:
    # "مكتب الصرف" (the Office des changes) and the Maghreb spelling "الفوسفاط" name Morocco
    assert got("بلغت الواردات 12.4 مليار درهم حسب مكتب الصرف.", "ar") == [("12.4 مليار درهم", 12.4e9, "MAD")]
    assert got("وصلت مبيعات الفوسفاط إلى 9 ملايير درهم.", "ar")[0][2] == "MAD"
    assert got("بلغت الواردات 12.4 مليار درهم في دبي.", "ar")[0][2] == "AED"


def test_ar_more_people_nouns_of_the_lexicon() -> None:
    found = got("حضر الملتقى 420 مشاركاً وسبعة سفراء، وخدم المصرف 300 عميل.", "ar")
    assert ("420 مشاركاً", 420.0, "person") in found
    assert ("سبعة سفراء", 7.0, "person") in found
    assert ("300 عميل", 300.0, "person") in found


def test_ar_martyrs_and_deaths_are_fatalities() -> None:
    # as the dual "شهيدان" already was: a casualty noun, unit fatality
    found = got("ارتفعت الحصيلة إلى 57 شهيدا و12 حالة وفاة في المستشفيات.", "ar")
    assert ("57 شهيدا", 57.0, "fatality") in found
    assert ("12 حالة وفاة", 12.0, "fatality") in found


def test_ar_plural_pounds() -> None:
    # "جنيهات" (the plural after 3-10) is a pound as "جنيه": Egyptian by default, sterling with its adjective
    assert got("ثمن التذكرة 5 جنيهات للفرد.", "ar") == [("5 جنيهات", 5.0, "EGP")]
    assert got("دفع 7 جنيهات إسترلينية.", "ar") == [("7 جنيهات إسترلينية", 7.0, "GBP")]


def test_ar_small_word_thaman_and_counts_of_people_after_min() -> None:
    # "ثمان" is eight as "ثماني"; a bare number before من and a noun of people counts them (construct plurals too)
    assert got("افتتحت البلدية ثمان حدائق جديدة.", "ar") == [("ثمان حدائق", 8.0, None)]
    assert [q[1] for q in got("وأصيب 14 من موظفي الشركة و9 من لاعبي الفريق.", "ar")] == [14.0, 9.0]
    assert got("زار الوفد 12 من مدن الشمال.", "ar") == []
