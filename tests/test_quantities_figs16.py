"""figs16 (issue 11): rules from the figs16 web round, on sentences written for the tests."""
from figs import got


def test_zh_space_groups_thousands_before_a_chinese_word() -> None:
    # tables and journals group thousands with a plain space: the whole number, not its last group
    assert ("23 518例", 23518.0, "case") in got("全省共报告流感病例23 518例,较上年增加。", "zh")
    assert ("1 204 567人", 1204567.0, "person") in got("本次普查登记人口1 204 567人。", "zh")


def test_zh_space_between_year_and_word_is_no_grouping() -> None:
    # a year of four digits and a list of single numbers are not grouped by a space
    found = got("2023 年该县新增病例45例。", "zh")
    assert ("45例", 45.0, "case") in found
    assert all(q[1] != 2023045.0 for q in found)


def test_zh_space_after_a_space_is_no_grouping() -> None:
    # a figure standing apart after a space is its own: a relay, a score, a serial number are not thousands
    for text, wrong in (("男子 4 100米接力决赛今晚举行。", 4100.0), ("甲队 3 100分的成绩领先。", 3100.0),
                        ("编号 12 345号的车辆已被扣押。", 12345.0)):
        assert all(q[1] != wrong for q in got(text, "zh")), text
    assert ("7 109項", 7109.0, None) in got("委員合共提出了7 109項書面問題。", "zh")

def test_square_metre_sign_is_m2() -> None:
    assert ("3200㎡", 3200.0, "m2") in got("新建仓库面积3200㎡,预计年底完工。", "zh")


def test_vi_megawatt_abbreviation() -> None:
    assert ("120 MW", 120.0, "MW") in got("Nhà máy điện mặt trời có công suất 120 MW, vốn 2.500 tỷ đồng.", "vi")


def test_vi_voters_and_delegates_are_people() -> None:
    assert ("1,2 triệu cử tri", 1_200_000.0, "person") in got("Tỉnh có 1,2 triệu cử tri đi bầu.", "vi")
    assert ("45 đại biểu", 45.0, "person") in got("Hội nghị có 45 đại biểu tham dự.", "vi")
    # a member of the National Assembly stays a lawmaker (the longer name)
    assert ("12 đại biểu Quốc hội", 12.0, "lawmaker") in got("Tỉnh bầu 12 đại biểu Quốc hội.", "vi")


def test_th_megawatt_classifier() -> None:
    assert ("300 เมกะวัตต์", 300.0, "MW") in got("โรงไฟฟ้าแห่งใหม่มีกำลังผลิต 300 เมกะวัตต์", "th")


def test_th_negative_share_and_range_of_shares() -> None:
    found = got("ยอดขายคาดว่าจะเปลี่ยนแปลงในช่วงร้อยละ -12.5 ถึง -4.0 เมื่อเทียบกับปีก่อน", "th")
    assert ("ร้อยละ -12.5", -12.5, "percent") in found
    assert ("-4.0", -4.0, "percent") in found
    found = got("รายได้เพิ่มขึ้นร้อยละ 3.5 ถึง 6.8 ในไตรมาสนี้", "th")
    assert ("ร้อยละ 3.5", 3.5, "percent") in found
    assert ("6.8", 6.8, "percent") in found


def test_th_range_high_end_with_its_own_unit_is_not_a_share() -> None:
    # "ร้อยละ 20 ถึง 30 คน" is no range of shares: the second number counts people
    found = got("มีผู้ตอบร้อยละ 20 ถึง 30 คน", "th")
    assert ("30 คน", 30.0, "person") in found
    assert all(not (q[1] == 30.0 and q[2] == "percent") for q in found)
    found = got("ลดลงร้อยละ 5 ถึง 10 ปี", "th")
    assert all(q[2] == "percent" and q[1] == 5.0 for q in found)


def test_fa_spaced_dot_decimal_stored_reversed() -> None:
    # a decimal typed with a space on each side of its dot keeps its parts in reversed order, as the spaced slash does
    found = got("قیمت هر متر ۷ . ۴۸ میلیون ریال شد که ۶ . ۱۲ درصد بیشتر است.", "fa")
    assert ("۷ . ۴۸ میلیون ریال", 48.7e6, "IRR") in found
    assert ("۶ . ۱۲ درصد", 12.6, "percent") in found
    # a decimal written as usual keeps its order
    assert ("۴.۸ درصد", 4.8, "percent") in got("تورم ۴.۸ درصد بود.", "fa")


def test_fa_number_word_typed_against_percent() -> None:
    # a page that lost its spaces types the percent word against a number in words
    assert ("نهدرصد", 9.0, "percent") in got("این نامزد نهدرصد آرا را به دست آورد.", "fa")
    assert ("سیدرصدی", 30.0, "percent") in got("قیمت ها رشد سیدرصدی داشت.", "fa")
    assert got("این موضوع درصد بالایی از مردم را نگران کرد.", "fa") == []


def test_ar_dual_seat_counts_two() -> None:
    assert ("مقعدان", 2.0, "seat") in got("حصل الحزب الجديد على 7 مقاعد والمستقلون مقعدان فقط.", "ar")
    # with the article it names seats already counted
    assert got("تنافس المرشحون على المقعدين الشاغرين.", "ar") == []
