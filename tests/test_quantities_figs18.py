"""figs18 (issue 11): rules from the figs18 round of Arabic and Persian pages, on sentences written for the tests."""
from figs import got


def test_ar_separator_before_a_scale_word_follows_the_shape_and_the_currency() -> None:
    # a dot before three zeros and a scale word is a decimal: 2e9, not 2,000 billion
    assert got("رصدت الحكومة 2.000 مليار دولار لمشاريع الطرق.", "ar") == [("2.000 مليار دولار", 2e9, "USD")]
    # ... also in a text that groups thousands with dots elsewhere
    assert ("3.000 مليار دولار", 3e9, "USD") in got("وزعت 10.000 حصة غذائية بكلفة 3.000 مليار دولار.", "ar")
    # a currency counted in thousands of billions keeps the round thousand
    assert got("بلغ عجز الموازنة 1.000 مليار ليرة.", "ar")[0][1] == 1e12
    # a comma before three digits, a scale word and a dinar (1000 fils): a decimal with no other decimal comma in the text
    assert got("تتوقع الوزارة إيرادات بقيمة 15,730 مليار دينار كويتي.", "ar") == [
        ("15,730 مليار دينار كويتي", 15.73e9, "KWD")]
    # the lira and the Iraqi dinar are counted in thousands: the comma still groups them
    assert got("بلغ الدين 1,250 مليار ليرة.", "ar")[0][1] == 1.25e12
    assert got("بلغت النفقات 3,400 مليار دينار عراقي.", "ar")[0][1] == 3.4e12


def test_ar_dot_thousands_text_keeps_the_decimal_of_a_sum_in_dinars_and_fils() -> None:
    text = "ارتفع سعر السهم إلى 1.245 دينار كويتي بعد تداول 50.000 سهم."
    assert ("1.245 دينار كويتي", 1.245, "KWD") in got(text, "ar")
    assert any(q[1] == 50000.0 for q in got(text, "ar"))  # the round thousand keeps grouping
    # a currency in hundredths keeps the text's thousands dot
    assert ("4.320 جنيه إسترليني", 4320.0, "GBP") in got("دفع 20.000 درهم (4.320 جنيه إسترليني) رسوما.", "ar")


def test_ar_bare_currency_with_a_tanwin_takes_the_state_the_sentence_names() -> None:
    # "ريالًا": the tanwin sits before the alif; the Yemeni cities name the rial's state
    assert ("650 ريالًا", 650.0, "YER") in got("بلغ سعر الكيس في صنعاء 650 ريالًا هذا الأسبوع.", "ar")
    assert [q[1:] for q in got("تبرعت العائلة في الأردن بمبلغ 300 دينارًا للجمعية.", "ar")] == [(300.0, "JOD")]
    # with no state named the Saudi default stays
    assert ("75 ريالًا", 75.0, "SAR") in got("بيعت التذكرة بـ 75 ريالًا فقط.", "ar")


def test_ar_algerian_and_syrian_abbreviations_and_provinces_name_the_currency() -> None:
    assert ("120 دج", 120.0, "DZD") in got("بيع كيلوغرام البصل بـ 120 دج في السوق.", "ar")
    assert ("75 د.ج", 75.0, "DZD") in got("استقر سعر الحليب عند 75 د.ج للكيس.", "ar")
    assert ("8500 ل.س", 8500.0, "SYP") in got("وصل سعر ربطة الخبز إلى 8500 ل.س في الريف.", "ar")
    # a bare dinar in a sentence naming an Algerian wilaya or a Tunisian governorate
    assert ("95 دينارا", 95.0, "DZD") in got("بلغ سعر الطماطم في وهران 95 دينارا للكيلوغرام.", "ar")
    assert ("4 دنانير", 4.0, "TND") in got("يباع لتر الحليب في صفاقس بـ 4 دنانير.", "ar")
    # a bare dinar with no state named keeps no currency
    assert got("بلغ سعر الطماطم 95 دينارا للكيلوغرام.", "ar") == [("95 دينارا", 95.0, None)]


def test_ar_dual_of_child_counts_two() -> None:
    assert ("طفلين", 2.0, "child") in got("أسفر الحادث عن إصابة طفلين بجروح طفيفة.", "ar")


def test_fa_multiple_after_an_approximation_is_no_count() -> None:
    assert got("قیمت مسکن طی پنج سال حدود ۱۲ برابر، شده است.", "fa") == []
    # a bare count after the approximation word still reads
    assert [q[1] for q in got("در این حادثه حدود ۱۲ زخمی شدند.", "fa")] == [12.0]


def test_fa_officers_and_fighters_are_people() -> None:
    assert ("دو افسر", 2.0, "person") in got("در این درگیری دو افسر زخمی شدند.", "fa")
    assert ("۴۰ جنگجو", 40.0, "person") in got("نیروهای امنیتی ۴۰ جنگجو را بازداشت کردند.", "fa")


def test_ar_article_number_after_the_parts_of_a_state_counts_them() -> None:
    # "the 18 states of Sudan": a place in the genitive owns no number; a common noun still may (round 24)
    assert [q[1] for q in got("وزعت المنظمة الخيام في ولايات السودان الـ 18 كلها.", "ar")] == [18.0]
    assert [q[1] for q in got("شملت الحملة محافظات العراق الـ18 دون استثناء.", "ar")] == [18.0]
    assert all(q[1] != 24.0 for q in got("فاز الفريق ضمن منافسات الجولة الـ 24 من الدوري.", "ar"))


def test_fa_bare_number_after_a_tally_of_votes_counts_votes() -> None:
    text = "آرای صحیح مأخوذه 845210 و آرای باطله 61304 اعلام شد."
    assert [q[1] for q in got(text, "fa")] == [845210.0, 61304.0]
    assert got("این طرح در سال 1402 اجرا شد.", "fa") == []


def test_ar_reversed_slash_decimal_before_a_percent() -> None:
    # Latin digits one / two before a percent on an Iranian Arabic page: 37.4 %, read with the Arabic decimal sign
    assert got("ارتفعت الصادرات بنسبة 4/37 بالمئة خلال العام.", "ar") == [("4/37 بالمئة", 37.4, "percent")]


def test_fa_two_digit_year_after_a_solar_month_is_no_decimal_number() -> None:
    # "تا ۱۲ اردیبهشت ۳۵.۶میلیارد": 35.6 billion cubic metres after a day and month, not the year 35
    assert ("۳۵.۶میلیارد متر مکعب", 35.6e9, "m3") in got("ورودی سدها تا ۱۲ اردیبهشت ۳۵.۶میلیارد متر مکعب بود.", "fa")


def test_elided_percent_before_a_change_word_in_a_text_of_percent_changes() -> None:
    text = ("تولید برق ۱۲ میلیارد کیلووات ساعت بود که نسبت به پارسال ۱۷ کاهش داشت. مصرف نیز ۸ درصد کاهش یافت.")
    assert ("۱۷", 17.0, "percent") in got(text, "fa")
    # with no change given in percent anywhere, the bare number keeps no unit
    assert all(q[2] != "percent" for q in got("تولید نسبت به پارسال ۱۷ کاهش داشت.", "fa"))
    ar = "تراجعت الواردات بنسبة 6% تراجعا وسجلت الصادرات 14 تراجعا عن العام الماضي."
    assert ("14", 14.0, "percent") in got(ar, "ar")
