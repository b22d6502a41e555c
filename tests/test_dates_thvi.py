"""Thai and Vietnamese date expressions (issue 11, dates-thvi): the general inventory of relative forms, each on a
sentence or phrase composed here, read against a reference (publication) date. 2024-06-12 is a Wednesday."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2024-06-12"


def _got(text, lang, pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


def test_th_count_of_units_past_thi_phan_ma():
    # "N วัน/สัปดาห์/เดือน/ปีที่ผ่านมา" after เมื่อ or alone: N units ago (dateparser's th relative-type patterns)
    assert _got("เขาเดินทางมาถึงเมื่อ 3 วันที่ผ่านมา", "th") == [("3 วันที่ผ่านมา", "2024-06-09", None)]
    assert _got("3 เดือนที่ผ่านมา", "th") == [("3 เดือนที่ผ่านมา", "2024-03", None)]
    assert _got("สองปีที่ผ่านมา", "th") == [("สองปีที่ผ่านมา", "2022", None)]
    assert _got("3 สัปดาห์ที่ผ่านมา", "th") == [("3 สัปดาห์ที่ผ่านมา", "2024-05-22", None)]
    # a span: "over the past N days" is no date
    assert _got("ยอดผู้ป่วยในช่วง 3 วันที่ผ่านมา เพิ่มขึ้น", "th") == []
    assert _got("ตลอด 3 ปีที่ผ่านมา เศรษฐกิจโต", "th") == []
    assert _got("ในรอบ 10 ปีที่ผ่านมา", "th") == []
    assert _got("ในช่วงสิบห้าวันที่ผ่านมา ฝนตกหนัก", "th") == []


def test_th_compound_number_words():
    # สิบห้า 15, ยี่สิบ 20, สิบเอ็ด 11: the whole number, never its last word (ห้า) alone
    assert _got("สิบห้าวันก่อน เขาลาออก", "th") == [("สิบห้าวันก่อน", "2024-05-28", None)]
    assert _got("ยี่สิบวันก่อน", "th") == [("ยี่สิบวันก่อน", "2024-05-23", None)]
    assert _got("การประชุมจะมีขึ้นอีกสิบเอ็ดวัน", "th") == [("อีกสิบเอ็ดวัน", "2024-06-23", None)]
    assert _got("สามสิบปีก่อน", "th") == [("สามสิบปีก่อน", "1994", None)]


def test_th_in_n_units_alone_or_future():
    # "ใน N วัน" (in N days): alone or with a future cue; "ภายใน" (within) and a past sentence are no date
    assert _got("ใน 3 วัน", "th") == [("ใน 3 วัน", "2024-06-15", None)]
    assert _got("รัฐบาลจะประกาศผลใน 2 เดือน", "th") == [("ใน 2 เดือน", "2024-08", None)]
    assert _got("ต้องส่งเอกสารภายใน 3 วัน", "th") == []
    assert _got("ผลิตได้ 500 คันใน 3 เดือน", "th") == []


def test_th_parts_of_the_day_and_last_year():
    assert _got("เมื่อเช้า เกิดเหตุระเบิด", "th") == [("เมื่อเช้า", "2024-06-12", None)]
    assert _got("การประชุมบ่ายนี้", "th") == [("บ่ายนี้", "2024-06-12", None)]
    assert _got("งานเลี้ยงเย็นนี้", "th") == [("เย็นนี้", "2024-06-12", None)]
    assert _got("เมื่อเช้าวานนี้ เกิดเหตุ", "th") == [("เมื่อเช้าวานนี้", "2024-06-11", None)]
    # the morning of a named day: that day only
    assert _got("เมื่อเช้าวันที่ 10 มิ.ย. เกิดเหตุระเบิด", "th") == [("วันที่ 10 มิ.ย.", "2024-06-10", None)]
    assert _got("ยอดขายปีกลาย", "th") == [("ปีกลาย", "2023", None)]


def test_th_weekday_with_na_is_next_weeks():
    # "วันเสาร์หน้า" is Saturday of next week ("วันเสาร์นี้" the coming one), as CLDR's +1 weekday phrase
    assert _got("การประชุมวันเสาร์หน้า", "th") == [("วันเสาร์หน้า", "2024-06-22", None)]
    assert _got("การประชุมวันเสาร์นี้", "th") == [("วันเสาร์นี้", "2024-06-15", None)]
    assert _got("การประชุมวันพฤหัสบดีหน้า", "th") == [("วันพฤหัสบดีหน้า", "2024-06-20", None)]


def test_vi_compound_number_words():
    assert _got("mười lăm ngày trước", "vi") == [("mười lăm ngày trước", "2024-05-28", None)]
    assert _got("Hai mươi năm trước, ông ấy sinh ra", "vi") == [("Hai mươi năm trước", "2004", None)]
    assert _got("Cách đây hai mươi mốt ngày", "vi") == [("Cách đây hai mươi mốt ngày", "2024-05-22", None)]
    assert _got("Dự án sẽ xong sau mười hai tháng nữa", "vi") == [("mười hai tháng nữa", "2025-06", None)]
    # a span of years is still no date
    assert _got("Trong hai mươi năm qua, kinh tế tăng trưởng", "vi") == []


def test_vi_tuan_roi_and_ke():
    assert _got("Thứ Hai tuần rồi, ông đã đến", "vi") == [("Thứ Hai tuần rồi", "2024-06-03", None)]
    assert _got("Hội nghị tháng kế", "vi") == [("tháng kế", "2024-07", None)]
    assert _got("Bầu cử năm kế", "vi") == [("năm kế", "2025", None)]
    # "tháng rồi", "tuần rồi" alone are no period: "cả tuần rồi", "hơn tháng rồi" (a whole week, over a month now)
    assert _got("Tôi đã chờ cả tuần rồi", "vi") == []
    assert _got("Chúng tôi đã làm việc ở đó hơn tháng rồi", "vi") == []
    # "kế hoạch", "kế toán" after the unit: a plan, accounts
    assert _got("Trong năm kế hoạch", "vi") == []
    assert _got("Báo cáo năm kế toán", "vi") == []


def test_vi_parts_of_tomorrow_and_mai_alone():
    assert _got("Cuộc họp trưa mai", "vi") == [("trưa mai", "2024-06-13", None)]
    assert _got("Trận đấu đêm mai", "vi") == [("đêm mai", "2024-06-13", None)]
    # "mai" (tomorrow) only said alone: in running text it is a name or a flower
    assert _got("mai", "vi") == [("mai", "2024-06-13", None)]
    assert _got("Ông Mai cho biết", "vi") == []
    assert _got("hoa mai nở", "vi") == []


def test_th_month_with_a_direction_word():
    # ที่ผ่านมา / ที่แล้ว: the latest one before publication's month; หน้า: the next one; นี้: the coming one (its own
    # month included)
    assert _got("เมื่อเดือนมีนาคมที่ผ่านมา ราคาน้ำมันขึ้น", "th", "2024-02-10") == [("มีนาคมที่ผ่านมา", "2023-03", None)]
    assert _got("การเลือกตั้งพฤษภาคมหน้า", "th", "2024-06-10") == [("พฤษภาคมหน้า", "2025-05", None)]
    assert _got("การประชุมเดือนธันวาคมนี้", "th", "2024-06-10") == [("ธันวาคมนี้", "2024-12", None)]
    assert _got("การประชุมในเดือนมกราคมนี้", "th", "2024-12-10") == [("มกราคมนี้", "2025-01", None)]


def test_th_day_and_month_with_a_direction_word():
    assert _got("เมื่อวันที่ 5 มีนาคมที่ผ่านมา", "th", "2024-02-10") == [("วันที่ 5 มีนาคมที่ผ่านมา", "2023-03-05", None)]
    assert _got("งานจะจัดวันที่ 20 ธันวาคมนี้", "th", "2024-06-10") == [("วันที่ 20 ธันวาคมนี้", "2024-12-20", None)]
    assert _got("วันที่ 1 ม.ค. หน้า", "th", "2024-06-10") == [("วันที่ 1 ม.ค. หน้า", "2025-01-01", None)]
    # in publication's own month the day decides
    assert _got("เมื่อวันที่ 5 มิถุนายนที่ผ่านมา", "th") == [("วันที่ 5 มิถุนายนที่ผ่านมา", "2024-06-05", None)]
    # a written year wins
    assert _got("วันที่ 20 มิ.ย. 2567 นี้", "th") == [("วันที่ 20 มิ.ย. 2567", "2024-06-20", None)]


def test_th_pythainlp_day_words():
    # pythainlp.util.thaiword_to_date's words
    assert _got("ถัดจากพรุ่งนี้", "th") == [("ถัดจากพรุ่งนี้", "2024-06-14", None)]
    assert _got("คืนหน้า", "th") == [("คืนหน้า", "2024-06-13", None)]
    assert _got("เมื่อวานของเมื่อวาน", "th") == [("เมื่อวานของเมื่อวาน", "2024-06-10", None)]


def test_vi_two_weeks_off_and_three_days():
    assert _got("Cuộc họp thứ sáu tuần trước nữa", "vi") == [("thứ sáu tuần trước nữa", "2024-05-31", None)]
    assert _got("Cuộc họp thứ Hai tuần sau nữa", "vi") == [("thứ Hai tuần sau nữa", "2024-06-24", None)]
    assert _got("Cuộc họp ngày kìa", "vi") == [("ngày kìa", "2024-06-15", None)]
    assert _got("Cuộc họp hôm kìa", "vi") == [("hôm kìa", "2024-06-09", None)]


def test_vague_pairs_of_counts_are_no_date():
    # "สองสามวันก่อน", "2-3 วันก่อน", "hai ba ngày trước": two or three days ago, no one day
    assert _got("เมื่อสองสามวันก่อน", "th") == []
    assert _got("เมื่อ 2-3 วันก่อน", "th") == []
    assert _got("เมื่อสามสี่วันที่ผ่านมา", "th") == []
    assert _got("อีกสองสามเดือน", "th") == []
    assert _got("hai ba ngày trước", "vi") == []
    assert _got("ba bốn năm trước", "vi") == []
    assert _got("hai ba ngày nữa", "vi") == []
    # a compound number is one count
    assert _got("ยี่สิบสามวันก่อน", "th") == [("ยี่สิบสามวันก่อน", "2024-05-20", None)]
    assert _got("mười ba ngày trước", "vi") == [("mười ba ngày trước", "2024-05-30", None)]


def test_vi_year_after_the_month_with_a_space():
    assert _got("Tháng một 2015", "vi") == [("Tháng một 2015", "2015-01", None)]
    assert _got("05 tháng 1 2015", "vi") == [("05 tháng 1 2015", "2015-01-05", None)]
    assert _got("thg 6 2024", "vi") == [("thg 6 2024", "2024-06", None)]
    # a count after the month is no year
    assert _got("tháng Ba 2000 người", "vi") == [("tháng Ba", "2024-03", None)]
    assert _got("ngày 5 tháng 3 2000 người biểu tình", "vi") == [("5 tháng 3", "2024-03-05", None)]


def test_th_dashed_day_month_year():
    assert _got("15-ก.ค.-2565", "th") == [("15-ก.ค.-2565", "2022-07-15", None)]
    assert _got("15-ก.ค.-65", "th") == [("15-ก.ค.-65", "2022-07-15", None)]


def test_th_weekday_and_its_day_without_a_month():
    # the nearest day of a month that falls on that weekday; a direction word picks the side
    assert _got("การประชุมวันจันทร์ที่ 17", "th") == [("วันจันทร์ที่ 17", "2024-06-17", None)]
    assert _got("ในวันศุกร์ที่ 21 นี้", "th") == [("ในวันศุกร์ที่ 21 นี้", "2024-06-21", None)]
    assert _got("เมื่อวันพุธที่ 29 ที่ผ่านมา", "th") == [("เมื่อวันพุธที่ 29 ที่ผ่านมา", "2024-05-29", None)]
    # with a month the date rule reads it
    assert _got("เมื่อวันจันทร์ที่ 17 มิ.ย.", "th") == [("เมื่อวันจันทร์ที่ 17 มิ.ย.", "2024-06-17", None)]


def test_vi_late_night_and_early_tomorrow():
    assert _got("Trận đấu khuya nay", "vi") == [("khuya nay", "2024-06-12", None)]
    assert _got("Cuộc họp sáng sớm mai", "vi") == [("sáng sớm mai", "2024-06-13", None)]


def test_vi_weekday_alone_and_lower_case_sunday():
    # said alone, "thứ hai" is Monday (the nearest one, three days back at most: stop 54, was the coming one);
    # "chủ nhật" (no ordinal) is Sunday in any case, but not "chủ nhật báo" (a daily's owner)
    assert _got("thứ hai", "vi") == [("thứ hai", "2024-06-10", None)]
    assert _got("chủ nhật", "vi") == [("chủ nhật", "2024-06-09", None)]
    assert _got("Cuộc họp chủ nhật", "vi") == [("chủ nhật", "2024-06-09", None)]
    assert _got("lần thứ hai", "vi") == []
    assert _got("Ông là chủ nhật báo Tuổi Trẻ", "vi") == []
    assert _got("Chủ nhật vừa rồi ông đã đi", "vi") == [("Chủ nhật vừa rồi", "2024-06-09", None)]
    assert _got("Cuộc họp cuối tuần sau", "vi") == [("cuối tuần sau", "2024-06-22", "2024-06-23")]


def test_th_undotted_month_and_a_buddhist_year_alone():
    assert _got("15 มิย 2567", "th") == [("15 มิย 2567", "2024-06-15", None)]
    assert _got("15 มค 67", "th") == [("15 มค 67", "2024-01-15", None)]
    assert _got("2567", "th") == [("2567", "2024", None)]
    assert _got("๒๕๖๗", "th") == [("๒๕๖๗", "2024", None)]
    assert _got("2567 คน", "th") == []


def test_vi_lunar_day_said_alone():
    # alone, a lunar day with no year is that day of publication's lunar year (as zh "农历八月十五" alone); in running text
    # it stays no date
    assert _got("15 tháng 8 âm lịch", "vi") == [("15 tháng 8 âm lịch", "2024-09-17", None)]
    assert _got("15/8 âm lịch", "vi") == [("15/8 âm lịch", "2024-09-17", None)]
    assert _got("Rằm tháng Giêng âm lịch", "vi") == [("Rằm tháng Giêng âm lịch", "2024-02-24", None)]  # already gone by
    assert _got("rằm tháng 9", "vi") == []  # with no "âm lịch" it stays no date (tests/test_reldates.py)
    assert _got("mùng 10 tháng 3 âm lịch", "vi") == [("mùng 10 tháng 3 âm lịch", "2024-04-18", None)]
    assert _got("Thời gian: 15/8 âm lịch.", "vi") == []
    assert _got("15 tháng 8", "vi") == [("15 tháng 8", "2024-08-15", None)]


def test_vi_sang_nam_two_periods_off_and_year_first():
    assert _got("Sang năm, công ty sẽ mở rộng", "vi") == [("Sang năm", "2025", None)]
    assert _got("kéo dài sang năm", "vi") == [("sang năm", "2025", None)]
    # "bước sang năm mới / thứ hai / 2025": into the new year, the second year, the year 2025
    assert _got("bước sang năm mới", "vi") == []
    assert _got("bước sang năm thứ hai", "vi") == []
    assert _got("bước sang năm 2030", "vi") == [("2030", "2030", None)]
    assert _got("Nếu dồn sang năm sau, phim sẽ chồng phim", "vi") == [("năm sau", "2025", None)]
    assert _got("năm sau nữa", "vi") == [("năm sau nữa", "2026", None)]
    assert _got("năm trước nữa", "vi") == [("năm trước nữa", "2022", None)]
    assert _got("tháng sau nữa", "vi") == [("tháng sau nữa", "2024-08", None)]
    assert _got("2020/02/11", "vi") == [("2020/02/11", "2020-02-11", None)]


def test_holidays_said_alone():
    # a holiday alone (or with its year) names its day: solar the coming one, lunar that of publication's lunar year (as zh
    # "春节" alone), with a year that year's
    assert _got("Quốc khánh", "vi") == [("Quốc khánh", "2024-09-02", None)]
    assert _got("ngày Quốc tế Lao động", "vi") == [("ngày Quốc tế Lao động", "2025-05-01", None)]
    assert _got("Tết Nguyên đán", "vi") == [("Tết Nguyên đán", "2024-02-10", None)]  # gone by, as zh "春节" alone
    assert _got("Tết Trung thu", "vi") == [("Tết Trung thu", "2024-09-17", None)]
    assert _got("Tết Nguyên đán", "vi", "2024-01-20") == [("Tết Nguyên đán", "2024-02-10", None)]
    assert _got("春节", "zh") == [("春节", "2024-02-10", None)]
    assert _got("Tết Nguyên đán 2024", "vi") == [("Tết Nguyên đán 2024", "2024-02-10", None)]
    assert _got("Giáng sinh năm 2023", "vi") == [("Giáng sinh năm 2023", "2023-12-25", None)]
    assert _got("วันแม่", "th") == [("วันแม่", "2024-08-12", None)]
    assert _got("วันแม่แห่งชาติ ปี 2567", "th") == [("วันแม่แห่งชาติ ปี 2567", "2024-08-12", None)]
    # in running text a holiday's name is left (quà Trung thu: mid-autumn gifts)
    assert _got("Quà Trung thu", "vi") == []
    assert _got("Dịp Quốc khánh, ông đã về", "vi") == []
    assert _got("ของขวัญวันแม่", "th") == []


def test_th_thi_ja_thueng_ni():
    # "ที่จะถึงนี้" (that is coming): the coming weekday, next week, month or year, the coming weekend
    assert _got("การประชุมเมื่อวันศุกร์ที่จะถึงนี้", "th") == [("เมื่อวันศุกร์ที่จะถึงนี้", "2024-06-14", None)]
    assert _got("สัปดาห์ที่จะถึงนี้", "th") == [("สัปดาห์ที่จะถึงนี้", "2024-06-17", "2024-06-23")]
    assert _got("เดือนที่จะถึงนี้", "th") == [("เดือนที่จะถึงนี้", "2024-07", None)]
    assert _got("ปีที่จะถึงนี้", "th") == [("ปีที่จะถึงนี้", "2025", None)]
    assert _got("สุดสัปดาห์ที่จะถึงนี้", "th") == [("สุดสัปดาห์ที่จะถึงนี้", "2024-06-15", "2024-06-16")]


def test_same_day_and_month_edges():
    assert _got("ngày này năm ngoái", "vi") == [("ngày này năm ngoái", "2023-06-12", None)]
    assert _got("ngày cuối cùng của tháng này", "vi") == [("ngày cuối cùng của tháng này", "2024-06-30", None)]
    assert _got("ngày đầu tiên của tháng sau", "vi") == [("ngày đầu tiên của tháng sau", "2024-07-01", None)]
    assert _got("ngày cuối cùng của tháng 2/2024", "vi") == [("ngày cuối cùng của tháng 2/2024", "2024-02-29", None)]
    assert _got("วันนี้เมื่อปีที่แล้ว", "th") == [("วันนี้เมื่อปีที่แล้ว", "2023-06-12", None)]
    assert _got("วันแรกของเดือนหน้า", "th") == [("วันแรกของเดือนหน้า", "2024-07-01", None)]
    assert _got("วันสุดท้ายของเดือนกุมภาพันธ์ 2567", "th") == [("วันสุดท้ายของเดือนกุมภาพันธ์ 2567", "2024-02-29", None)]


def test_vi_truoc_day_ago():
    # "N năm/tháng trước đây": N years or months ago (not "trong/suốt N năm trước đây", over the previous N years)
    assert _got("hai năm trước đây", "vi") == [("hai năm trước đây", "2022", None)]
    assert _got("5 tháng trước đây", "vi") == [("5 tháng trước đây", "2024-01", None)]
    assert _got("trong 3 năm trước đây", "vi") == []


def test_n_units_from_now():
    assert _got("3 วันนับจากนี้", "th") == [("3 วันนับจากนี้", "2024-06-15", None)]
    assert _got("สามวันหลังจากวันนี้", "th") == [("สามวันหลังจากวันนี้", "2024-06-15", None)]
    assert _got("2 สัปดาห์นับจากนี้", "th") == [("2 สัปดาห์นับจากนี้", "2024-06-26", None)]
    assert _got("3 ngày kể từ hôm nay", "vi") == [("3 ngày kể từ hôm nay", "2024-06-15", None)]
    assert _got("hai tuần kể từ bây giờ", "vi") == [("hai tuần kể từ bây giờ", "2024-06-26", None)]


def test_th_muea_ton_chao():
    assert _got("เมื่อตอนเช้า เกิดเหตุ", "th") == [("เมื่อตอนเช้า", "2024-06-12", None)]
    assert _got("เมื่อตอนเย็น", "th") == [("เมื่อตอนเย็น", "2024-06-12", None)]
    # the morning of a named day: that day only
    assert _got("เมื่อตอนเช้าวันที่ 10 มิ.ย. เกิดเหตุ", "th") == [("วันที่ 10 มิ.ย.", "2024-06-10", None)]


def test_th_part_of_a_named_day_gives_no_today():
    # a part of a day followed by the day's name (วาน, เมื่อวาน, วัน..., ของวัน...), also after มืด/ตรู่: that day only
    assert _got("เมื่อตอนบ่ายวานนี้ นายกฯ แถลง", "th") == [("วานนี้", "2024-06-11", None)]
    assert _got("เมื่อตอนเย็นเมื่อวาน ตำรวจจับกุมผู้ต้องหา", "th") == [("เมื่อวาน", "2024-06-11", None)]
    assert [v for _t, v, _e in _got("เมื่อตอนเช้ามืดวันที่ 3 มิ.ย. เกิดเหตุ", "th")] == ["2024-06-03"]
    assert [v for _t, v, _e in _got("เมื่อเช้าตรู่วันที่ 5 มิ.ย. เกิดเหตุ", "th")] == ["2024-06-05"]
    # standing alone (also early morning): today
    assert _got("เมื่อตอนบ่าย นายกฯ แถลง", "th") == [("เมื่อตอนบ่าย", "2024-06-12", None)]
    assert _got("เมื่อตอนเช้ามืด เกิดเหตุ", "th") == [("เมื่อตอนเช้า", "2024-06-12", None)]


@pytest.mark.parametrize("text,value", [("mùng 5", "2024-06-05"), ("Mồng 5", "2024-06-05"), ("mùng 20.", "2024-06-20")])
def test_vi_mung_day_alone_is_of_publications_month(text, value):
    assert _got(text, "vi") == [(text.rstrip("."), value, None)]


def test_vi_mung_day_in_running_text_with_no_month_is_no_date():
    assert _got("Hôm mùng 5 bộ trưởng đến.", "vi") == []  # as often a lunar day


@pytest.mark.parametrize("text,phrase,value", [
    ("thứ bốn", "thứ bốn", "2024-06-12"), ("Thứ Bốn", "Thứ Bốn", "2024-06-12"),  # thứ bốn: thứ tư, Wednesday
    ("Bộ trưởng sẽ đến vào thứ bốn tuần sau.", "vào thứ bốn tuần sau", "2024-06-19"),
    ("Hôm thứ bốn, bộ trưởng đến Hà Nội.", "Hôm thứ bốn", "2024-06-05"),
])
def test_vi_thu_bon_is_wednesday(text, phrase, value):
    assert _got(text, "vi") == [(phrase, value, None)]


@pytest.mark.parametrize("text,phrase,value", [
    ("เดือนนี้ปีที่แล้ว", "เดือนนี้ปีที่แล้ว", "2023-06"), ("เดือนนี้ของปีที่แล้ว", "เดือนนี้ของปีที่แล้ว", "2023-06"),
    ("เดือนนี้ปีหน้า", "เดือนนี้ปีหน้า", "2025-06"),
    ("เมื่อเดือนนี้ปีที่แล้วรัฐมนตรีเดินทางไปเชียงใหม่", "เดือนนี้ปีที่แล้ว", "2023-06"),
])
def test_th_this_month_last_year(text, phrase, value):
    assert _got(text, "th") == [(phrase, value, None)]
