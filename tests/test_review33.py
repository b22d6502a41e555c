"""review33: adversarial sentences (composed for the review, news-like) on which the date and figure rules added since
56375dc should not fire, and the readings those rules were written for, which must stay."""
from figs import got

from bilat.stages.dates import find_dates


def dates(text: str, lang: str, published: str | None = "2024-06-10") -> list[tuple[str, str, str | None]]:
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, published)]


def test_english_date_after_a_product_name_is_its_version() -> None:
    assert dates("ไมโครซอฟท์ปล่อยอัปเดต Windows 10 May 2019 Update ให้ผู้ใช้ทั่วโลก", "th") == []
    assert dates("微软推送Windows 10 May 2019 Update更新。", "zh") == []
    assert dates("Компания выпустила обновление Windows 10 May 2020 Update для всех.", "ru") == []


def test_english_date_in_other_scripts_still_read() -> None:
    assert dates("ตารางการแข่งขัน December 3, 2023 ที่สนามราชมังคลา", "th") == [("December 3, 2023", "2023-12-03", None)]
    assert dates("آخرین به‌روزرسانی: 5 March 2024", "fa") == [("5 March 2024", "2024-03-05", None)]
    assert dates("Новость опубликована On 12 July 2022 на сайте.", "ru") == [("12 July 2022", "2022-07-12", None)]


def test_vi_may_before_a_number_is_a_word() -> None:
    assert dates("Theo lãnh đạo Tổng công ty May 10, 2024 là năm nhiều khó khăn với ngành dệt may.", "vi") == []
    assert dates("Lịch thi đấu: December 3, 2023 tại Mỹ Đình.", "vi") == [("December 3, 2023", "2023-12-03", None)]


def test_fa_bare_two_digit_year_date_is_no_split_in_percent() -> None:
    assert dates("ترکیب سبد پیشنهادی ۸۰/۱۰/۱۰ است و ریسک کمی دارد.", "fa") == []
    assert dates("قانون 70/10/20 برای مدیریت زمان در شرکت‌ها رایج است.", "fa") == []
    assert dates("جلسه درس استاد 97/11/29", "fa", None) == [("97/11/29", "2019-02-18", None)]


def test_fa_number_word_is_a_whole_word() -> None:
    # "گزارش" ends in ش but is no "ش." (number); "نامه شماره" is
    assert dates("در گزارش 97/11/29 آمده که تولید افزایش یافته است.", "fa", None) == [("97/11/29", "2019-02-18", None)]
    assert dates("طبق نامه شماره 97/11/29 اقدام شد.", "fa", None) == []


def test_zh_month_start_then_a_count_is_no_lunar_day() -> None:
    for text in ("三月初一场大雪让全城交通陷入瘫痪。", "十月初一批新设备运抵港口。", "九月初一项调查显示,七成居民支持新政。",
                 "五月初三架无人机飞越边境。"):
        assert not [d for d in dates(text, "zh") if "初" in d[0]], text
    assert dates("农家习俗:九月初九,登高赏菊。", "zh", "2024-06-10")[0][0] == "九月初九"


def test_zh_list_marker_before_ri_is_no_day() -> None:
    assert dates("会议提出:(1)日常监管要加强;(2)日方应履行承诺。", "zh") == []
    assert dates("报告列出三点:\n(1)日益严重的老龄化问题。", "zh") == []
    assert [d for d in dates("地铁(2)号线将于年底通车。", "zh") if "(2)" in d[0]] == []
    assert dates("臺北市長蔣萬安(15)日出席典禮。", "zh") == [("(15)日", "2024-06-15", None)]


def test_zh_lower_case_g_of_memory_or_data_is_no_grams() -> None:
    for text in ("运营商推出新套餐,每月含30g流量,月费59元。", "这款手机(12g+256g)售价2999元。", "新机搭载8g内存,支持快充。",
                 "华为发布新款5g芯片。"):
        assert not [q for q in got(text, "zh") if q[2] == "g"], text
    assert ("2.4g", 2.4, "g") in got("民警当场查获冰毒2.4g。", "zh")


def test_fa_leading_zero_is_no_reversed_tenth() -> None:
    assert ("0/25 درصد", 0.25, "percent") in got("بانک مرکزی نرخ سود را 0/25 درصد کاهش داد.", "fa")
    assert ("3/32 درصد", 32.3, "percent") in got("سهم این شرکت 3/32 درصد رشد کرد.", "fa")


def test_zh_cheng_after_number_that_is_no_share() -> None:
    for text in ("这款牛排五成熟最好吃。", "他八成为了钱才这么做。", "十四五成果展开幕。"):
        assert not [q for q in got(text, "zh") if q[2] == "percent"], text
