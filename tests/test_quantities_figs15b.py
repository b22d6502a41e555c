"""figs15 zh/th/vi (issue 11): rules from the figs15 web round, on sentences written for the tests."""
from figs import got

from bilat.stages.dates import find_dates


def dates(text: str, lang: str, published: str | None) -> list[tuple[str, str, str | None]]:
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, published)]


def test_zh_tenths_are_a_share_in_percent() -> None:
    found = got("调查显示,近三成受访者每天通勤超过一小时,两成五的家庭没有存款。", "zh")
    assert ("三成", 30.0, "percent") in found
    assert ("两成五", 25.0, "percent") in found
    found = got("全村九成以上的农户种植茶叶,3.5成的人外出务工。", "zh")
    assert ("九成", 90.0, "percent") in found
    assert ("3.5成", 35.0, "percent") in found


def test_zh_cheng_in_words_is_no_share() -> None:
    for text in ("这件事八成是他做的。", "这套制度一成不变地沿用至今。", "店里卖七成新的旧电脑。", "老师把学生分成三组。"):
        assert not [q for q in got(text, "zh") if q[2] == "percent"], text


def test_zh_temperature_is_no_figure() -> None:
    assert got("明天午后最高气温将达37℃,局地超过40度。", "zh") == []


def test_zh_decimal_in_words_below_one_before_a_measure() -> None:
    found = got("每户受灾面积须达零點零三公頃以上才可申请。", "zh")
    assert ("零點零三公頃", 0.03, "ha") in found
    found = got("新建蓄水池占地零点八公顷。", "zh")
    assert ("零点八公顷", 0.8, "ha") in found
    assert got("大家一点一点地往前挪。", "zh") == []


def test_zh_lower_case_g_is_grams_not_the_network() -> None:
    found = got("每袋饼干净含量为250g,售价6元。", "zh")
    assert ("250g", 250.0, "g") in found
    found = got("民警当场查获冰毒2.4g。", "zh")
    assert ("2.4g", 2.4, "g") in found
    assert not [q for q in got("该县已建成5G基站300个,5G网络覆盖所有乡镇。", "zh") if q[2] == "g"]
    assert not [q for q in got("他新买了一部5g手机。", "zh") if q[2] == "g"]


def test_th_percent_without_tone_mark() -> None:
    found = got("พื้นที่ปลูกข้าวลดลงรอยละ 4.25 จากปีก่อน", "th")
    assert ("รอยละ 4.25", 4.25, "percent") in found
    found = got("ผลผลิตเพิ่มขึ้นรอ้ยละ 12 ในไตรมาสนี้", "th")
    assert ("รอ้ยละ 12", 12.0, "percent") in found


def test_th_local_governments_are_classifiers() -> None:
    found = got("จังหวัดนี้มี 12 เทศบาล และ 57 อบต. ที่ได้รับงบประมาณ", "th")
    assert ("12 เทศบาล", 12.0, None) in found
    assert ("57 อบต.", 57.0, None) in found
    assert got("ถนนหมายเลข 2217 เขตเทศบาลเมือง", "th") == []


def test_vi_thuong_is_no_counted_noun() -> None:
    assert got("Hội nghị 12 thường kỳ của tỉnh đã bế mạc.", "vi") == []


def test_zh_this_year_before_a_month() -> None:
    assert dates("本年3月全市接待游客120万人次。", "zh", "2023-10-02")[0][:2] == ("本年3月", "2023-03")
    assert not [d for d in dates("日本年轻人越来越少。", "zh", "2023-10-02") if d[0].startswith("本年")]
    assert not [d for d in dates("企业的基本年薪在5月调整。", "zh", "2023-10-02") if d[0].startswith("本年")]


def test_zh_qi_zhi_joins_a_range() -> None:
    assert dates("报名时间自2022年9月20日起至10月5日止。", "zh", None) == [
        ("2022年9月20日起至10月5日", "2022-09-20", "2022-10-05")]
    assert dates("受理期間自112年3月1日起至3月15日止。", "zh", None) == [
        ("112年3月1日起至3月15日", "2023-03-01", "2023-03-15")]
