"""Date expressions read whole, second round (issue 11): each on a sentence composed here."""

from bilat.stages.dates import find_dates


def _got(text, lang, pub=None):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


def test_en_count_later_with_nothing_after_it():
    # "N units later" said alone is counted from publication; a narrative after it ("he died") keeps it no date
    assert _got("The summit, three days later.", "en", "2022-04-10") == [("three days later", "2022-04-13", None)]
    assert _got("Ten months later", "en", "2022-04-10") == [("Ten months later", "2023-02", None)]
    assert _got("Two days later the envoy resigned.", "en", "2022-04-10") == []
    # a future cue after it keeps it
    assert _got("Talks resume two days later, the envoys will say.", "en", "2022-04-10") == [
        ("two days later", "2022-04-12", None)]


def test_ru_spustya_before_or_after_the_count():
    assert _got("Выборы спустя полгода.", "ru", "2021-01-15") == [("спустя полгода", "2021-07", None)]
    assert _got("три года спустя", "ru", "2021-01-15") == [("три года спустя", "2024", None)]
    # a past narrative after it: no date
    assert _got("Спустя два года он вернулся в Казань.", "ru", "2021-01-15") == []


def test_th_count_ahead_without_eek():
    # "2 สัปดาห์ข้างหน้า" (two weeks ahead) as "อีก 2 สัปดาห์": the day 14 days on
    assert _got("การเจรจา 2 สัปดาห์ข้างหน้า", "th", "2023-05-10") == [
        ("2 สัปดาห์ข้างหน้า", "2023-05-24", None)]
    assert _got("ผลการเลือกตั้ง 3 เดือนข้างหน้า", "th", "2023-05-10") == [("3 เดือนข้างหน้า", "2023-08", None)]


def test_zh_ago_with_yiqian_or_zhiqian():
    assert _got("五天以前双方会面", "zh", "2020-03-10") == [("五天以前", "2020-03-05", None)]
    assert _got("两年之前", "zh", "2020-03-10") == [("两年之前", "2018", None)]


def test_zh_full_date_without_day_word():
    # year, month and day with no 日 or 号 after the day
    assert _got("2019年4月8 两国外长会晤", "zh") == [("2019年4月8", "2019-04-08", None)]
    assert _got("一九九九年十二月二十", "zh") == [("一九九九年十二月二十", "1999-12-20", None)]
    # a count after the month: no day ("28家" is 28 firms)
    assert "2019-04-28" not in [v for _t, v, _e in _got("2019年4月28家企业停产", "zh")]


def test_day_words_ar_vi_and_next_periods_fa():
    assert _got("وصل الوفد البارحة.", "ar", "2024-02-20") == [("البارحة", "2024-02-19", None)]
    assert _got("Hai bên gặp nhau ngày mốt.", "vi", "2024-02-20") == [("ngày mốt", "2024-02-22", None)]
    # هفته بعد / ماه بعد as هفته قبل / ماه قبل: the next Persian week (Saturday to Friday), the next Solar month
    assert _got("مذاکرات هفته بعد", "fa", "2024-02-20") == [("هفته بعد", "2024-02-24", "2024-03-01")]
    # published 1 Esfand 1402: the next month is Farvardin 1403
    assert _got("انتخابات ماه بعد", "fa", "2024-02-20") == [("ماه بعد", "2024-03-20", "2024-04-19")]


def test_ar_colloquial_and_following_periods():
    # امبارح (yesterday), الجاي / التالي (next) after a period or a weekday, "N أيام من الآن"
    assert _got("وصلوا امبارح", "ar", "2024-02-20") == [("امبارح", "2024-02-19", None)]
    assert _got("الاجتماع الشهر الجاي", "ar", "2024-02-20") == [("الشهر الجاي", "2024-03", None)]
    assert _got("القمة العام التالي", "ar", "2024-02-20") == [("العام التالي", "2025", None)]
    # published on a Tuesday: the coming Thursday
    assert _got("الاجتماع الخميس الجاي", "ar", "2024-02-20") == [("الخميس الجاي", "2024-02-22", None)]
    assert _got("الانتخابات خمسة أيام من الآن", "ar", "2024-02-20") == [("خمسة أيام من الآن", "2024-02-25", None)]


def test_vi_following_and_current_periods():
    assert _got("Hội nghị diễn ra tuần tiếp theo.", "vi", "2024-02-20") == [
        ("tuần tiếp theo", "2024-02-26", "2024-03-03")]
    assert _got("Kế hoạch cho năm kế tiếp", "vi", "2024-02-20") == [("năm kế tiếp", "2025", None)]
    assert _got("Giá vàng tháng hiện tại", "vi", "2024-02-20") == [("tháng hiện tại", "2024-02", None)]
    assert _got("Bữa nay trời mưa", "vi", "2024-02-20") == [("Bữa nay", "2024-02-20", None)]


def test_zh_mingri():
    assert _got("明日双方再谈", "zh", "2024-02-20") == [("明日", "2024-02-21", None)]


def test_th_vi_bare_day_of_month():
    # "วันที่ 5", "ngày 5": the day of the month nearest publication, as zh "5日"
    assert _got("การประชุมวันที่ 5", "th", "2024-03-20") == [("วันที่ 5", "2024-03-05", None)]
    assert _got("ประกาศผลในวันที่ 2", "th", "2024-03-28") == [("วันที่ 2", "2024-04-02", None)]
    assert _got("Hội nghị khai mạc ngày 5.", "vi", "2024-03-20") == [("ngày 5", "2024-03-05", None)]
    # the start of a longer date, a count of days running, every month's day: no bare day
    assert _got("ชุมนุมต่อเนื่องเป็นวันที่ 5", "th", "2024-03-20") == []
    assert _got("วันที่ 5 ของการประท้วง", "th", "2024-03-20") == []
    assert _got("Hội nghị họp ngày 5 và 6/3.", "vi", "2024-03-20") == [("5 và 6/3", "2024-03-05", "2024-03-06")]
    assert _got("ngày 5 và 6/3", "vi", "2024-03-20") == [("5 và 6/3", "2024-03-05", "2024-03-06")]  # alone: publication's year
    assert _got("Lương trả vào ngày 10 hàng tháng", "vi", "2024-03-20") == []
    assert _got("ngày thứ 5 của chiến dịch", "vi", "2024-03-20") != [("ngày 5", "2024-03-05", None)]


def test_ar_egyptian_day_before_yesterday():
    assert _got("وصلوا أول امبارح", "ar", "2024-02-20") == [("أول امبارح", "2024-02-18", None)]


def test_th_month_glued_to_its_year_phrase_and_following_periods():
    # "ธันวาคมปีที่แล้ว": December of last year (was the year alone)
    assert _got("ยอดส่งออกธันวาคมปีที่แล้ว", "th", "2024-03-20") == [("ธันวาคมปีที่แล้ว", "2023-12", None)]
    assert _got("การเลือกตั้ง ม.ค.ปีหน้า", "th", "2024-03-20") == [("ม.ค.ปีหน้า", "2025-01", None)]
    # ถัดไป / ต่อไป (the next) after a period, มะรืน (the day after tomorrow)
    assert _got("ประชุมเดือนถัดไป", "th", "2024-03-20") == [("เดือนถัดไป", "2024-04", None)]
    assert _got("งบประมาณปีต่อไป", "th", "2024-03-20") == [("ปีต่อไป", "2025", None)]
    assert _got("เจอกันมะรืน", "th", "2024-03-20") == [("มะรืน", "2024-03-22", None)]


def test_nth_weekday_without_a_month_is_of_publications_month():
    assert _got("Elections on the second Sunday.", "en", "2024-03-20") == [("the second Sunday", "2024-03-10", None)]
    assert _got("الانتخابات الثلاثاء الثالث", "ar", "2024-03-20") == [("الثلاثاء الثالث", "2024-03-19", None)]
    # "last Sunday" stays the latest Sunday; "after" makes it no day of the month
    assert _got("They met last Sunday.", "en", "2024-03-20") == [("last Sunday", "2024-03-17", None)]
    assert "2024-03-04" not in [v for _t, v, _e in _got("the first Monday after the vote", "en", "2024-03-20")]
    # a longer ordinal day after the weekday ("the fifteenth") is no Nth weekday
    assert "2024-03-30" not in [v for _t, v, _e in _got("السبت الخامس عشر رمضان", "ar", "2024-03-20")]


def test_en_next_weekday_is_of_next_week():
    # "next Wednesday" said on a Tuesday is the Wednesday of next week (as Duckling's and Recognizers' readings),
    # "this Wednesday" the coming one
    assert _got("The vote is next Wednesday.", "en", "2024-03-19") == [("next Wednesday", "2024-03-27", None)]
    assert _got("The vote is this Wednesday.", "en", "2024-03-19") == [("this Wednesday", "2024-03-20", None)]
    assert _got("The vote is next Tuesday.", "en", "2024-03-19") == [("next Tuesday", "2024-03-26", None)]


def test_th_month_first_with_comma_and_year():
    # "ธันวาคม 11, 2014": month, day, comma, year (a page header written the English way); a Buddhist year too
    assert _got("อัปเดต ธันวาคม 11, 2014", "th") == [("ธันวาคม 11, 2014", "2014-12-11", None)]
    assert _got("มีนาคม 5, 2557", "th") == [("มีนาคม 5, 2557", "2014-03-05", None)]


def test_ar_weekday_bare_day_before_a_full_stop():
    # "الجمعة 15." at the end of a sentence is Friday the 15th; "15.5" stays a figure
    assert _got("اجتماع الوزراء الجمعة 15.", "ar", "2017-09-27") == [("الجمعة 15", "2017-09-15", None)]
    assert ("الجمعة 15", "2017-09-15", None) not in _got("الجمعة 15.5 مليون", "ar", "2017-09-27")


def test_ar_cldr_relative_forms():
    # CLDR's Arabic relative phrases: "قبل 11 يوم" (the singular after a number), "قبل يوم واحد", "خلال 3 أيام" (in three
    # days) said alone or with a future cue; "خلال" in a narrative is "over", no date
    assert _got("قبل 11 يوم", "ar", "2024-03-20") == [("قبل 11 يوم", "2024-03-09", None)]
    assert _got("قبل يوم واحد", "ar", "2024-03-20") == [("قبل يوم واحد", "2024-03-19", None)]
    assert _got("قبل يوم واحد من الانتخابات", "ar", "2024-03-20") == []
    assert _got("خلال 3 أيام", "ar", "2024-03-20") == [("خلال 3 أيام", "2024-03-23", None)]
    assert _got("سيصل الوفد خلال يومين", "ar", "2024-03-20") == [("خلال يومين", "2024-03-22", None)]
    assert _got("قتل العشرات خلال 10 أشهر.", "ar", "2024-03-20") == []


def test_abbreviated_units():
    # en "2y ago", "in 1d", "last mo"; ru CLDR's short forms "через 2 мес.", "5 г. назад"
    assert _got("Filed 2y ago", "en", "2024-03-20") == [("2y ago", "2022", None)]
    assert _got("Due in 1d", "en", "2024-03-20") == [("in 1d", "2024-03-21", None)]
    assert _got("Sales last mo", "en", "2024-03-20") == [("last mo", "2024-02", None)]
    assert _got("Printed in 3D.", "en", "2024-03-20") == []
    assert _got("Выборы через 2 мес.", "ru", "2024-03-20") == [("через 2 мес.", "2024-05", None)]
    assert _got("5 г. назад", "ru", "2024-03-20") == [("5 г. назад", "2019", None)]


def test_fa_gregorian_day_month_year_in_figures():
    # "۵/۳/۲۰۱۴": a Gregorian d/m/yyyy in Persian digits (a Solar one, "۱۴/۱۲/۱۳۹۲", is read as before)
    assert _got("نشست ۵/۳/۲۰۱۴ برگزار شد", "fa") == [("۵/۳/۲۰۱۴", "2014-03-05", None)]
    assert _got("۱۴/۱۲/۱۳۹۲", "fa") == [("۱۴/۱۲/۱۳۹۲", "2014-03-05", None)]
    assert _got("نرخ تورم ۳/۸ درصد", "fa", "2024-03-20") == []


def test_th_full_month_name_alone():
    # a Thai month's full name is a month with no cue; its abbreviation in running text is not ("มี.ค." needs เดือน or a
    # day), but said alone, the whole text, it is (tests/test_dates_matrix.py)
    assert _got("มีนาคม", "th", "2024-02-20") == [("มีนาคม", "2024-03", None)]
    assert _got("ร้อนที่สุดเมษายน", "th", "2024-02-20") == [("เมษายน", "2024-04", None)]
    assert _got("ยอดขาย มี.ค. ลดลง", "th", "2024-02-20") == []
    assert _got("มี.ค.", "th", "2024-02-20") == [("มี.ค.", "2024-03", None)]
    assert _got("เมื่อ: วันจันทร์, เมษายน 20th, 2020", "th") == [("เมษายน 20th, 2020", "2020-04-20", None)]


def test_zh_yihou_and_vi_sau():
    # zh "三天以后" as "三天后"; vi "sau 3 ngày", "3 ngày sau" said alone or with a future cue (a narrative keeps none)
    assert _got("三天以后", "zh", "2024-03-20") == [("三天以后", "2024-03-23", None)]
    assert _got("一年以后", "zh", "2024-03-20") == [("一年以后", "2025", None)]
    assert _got("sau 3 ngày", "vi", "2024-03-20") == [("sau 3 ngày", "2024-03-23", None)]
    assert _got("Dự án sẽ hoàn thành sau 3 tháng.", "vi", "2024-03-20") == [("sau 3 tháng", "2024-06", None)]
    assert _got("Sau 3 ngày, anh ấy trở về.", "vi", "2024-03-20") == []


def test_ar_weekday_with_its_day_in_words():
    # "الجمعة في خمسة عشر": Friday the fifteenth (the nearest month whose 15th is a Friday); a count stays none
    assert _got("الجمعة في خمسة عشر", "ar", "2017-09-27") == [("الجمعة في خمسة عشر", "2017-09-15", None)]
    assert ("الجمعة خمسة", "2018-01-05", None) not in _got("قتل الجمعة خمسة", "ar", "2017-09-27")
    assert _got("الجمعة في خمسة مواقع", "ar", "2017-09-27") == [("الجمعة", "2017-09-22", None)]


def test_ar_month_of_year_phrase_after_next_within_and_bare_day():
    # "أكتوبر من العام المقبل" (was the year alone); "الشهر بعد القادم" (the month after next); "في غضون أسبوعين" said alone;
    # "يوم 15" / "في 15" ending a clause: the 15th of the nearest month
    assert _got("أكتوبر من العام المقبل", "ar", "2016-11-07") == [("أكتوبر من العام المقبل", "2017-10", None)]
    assert _got("الشهر بعد القادم", "ar", "2016-11-07") == [("الشهر بعد القادم", "2017-01", None)]
    assert _got("في غضون ثلاثة أيام", "ar", "2016-11-07") == [("في غضون ثلاثة أيام", "2016-11-10", None)]
    assert _got("تم ذلك في غضون ثلاثة أيام من الحادث.", "ar", "2016-11-07") == []
    assert _got("سأعود يوم 15.", "ar", "2016-11-07") == [("يوم 15", "2016-11-15", None)]
    assert _got("في 15 دولة", "ar", "2016-11-07") == []


def test_zh_de_between_parts_and_month_day_without_ri():
    # 的 between a week or month and its day ("下周的周五", "上个月的15号"), between a year and its month ("2016年的11月")
    assert _got("下周的周五", "zh", "2017-03-22") == [("下周的周五", "2017-03-31", None)]
    assert _got("上个月的15号", "zh", "2017-03-22") == [("上个月的15号", "2017-02-15", None)]
    assert _got("2016年的11月", "zh", "2017-03-22") == [("2016年的11月", "2016-11", None)]
    # a month and day in figures with no 日 (not before a measure word or a decimal)
    assert _got("截至3月15,", "zh", "2017-03-22") == [("3月15", "2017-03-15", None)]
    assert _got("3月15家企业", "zh", "2017-03-22") == []


def test_ru_this_weekday_weekends_and_next_year_genitive():
    # "в эту пятницу" is this week's Friday (was the latest Friday); weekends with a direction; "следующего года"
    assert _got("Встреча в эту пятницу.", "ru", "2024-03-19") == [("в эту пятницу", "2024-03-22", None)]
    assert _got("в эти выходные", "ru", "2024-03-19") == [("в эти выходные", "2024-03-23", "2024-03-24")]
    assert _got("на прошлых выходных", "ru", "2024-03-19") == [("на прошлых выходных", "2024-03-16", "2024-03-17")]
    assert _got("в марте следующего года", "ru", "2024-03-19") == [("марте следующего года", "2025-03", None)]
