"""Numbers written out in words and nothing else (issue 11, numwords): decimals and signs in each language's
words, and a text that is one number read as that number. Numbers composed for these tests."""

from __future__ import annotations

import pytest

from bilat.stages.numerals import chinese_number, numeral_value, thai_number, word_number
from bilat.stages.quantities import find_quantities


@pytest.mark.parametrize("text, lang, value", [
    ("forty-three point seven two", "en", 43.72),
    ("minus eight", "en", -8),
    ("zero point zero six", "en", 0.06),
    ("семь целых три сотых", "ru", 7.03),
    ("три целых одна десятая", "ru", 3.1),
    ("минус сорок две целых пять десятых", "ru", -42.5),
    ("сорок одна тысяча двести", "ru", 41200),
    ("سی و هفت و بیست و پنج صدم", "fa", 37.25),
    ("چهل و یک صدم", "fa", 0.41),
    ("منفی سیصد و شش", "fa", -306),
    ("سالب خمسمائة و ستة", "ar", -506),
    ("ติดลบสามจุดสองห้า", "th", -3.25),
    ("สี่สิบจุดศูนย์เจ็ด", "th", 40.07),
    ("hai nghìn phẩy ba mươi tư", "vi", 2000.34),
    ("负五点零六", "zh", -5.06),
    ("三千零十", "zh", 3010),
    ("肆仟零贰拾", "zh", 4020),
    ("-7,250", "en", -7250),
])
def test_numeral_value(text: str, lang: str, value: float) -> None:
    assert numeral_value(text, lang) == pytest.approx(value)


@pytest.mark.parametrize("text, lang", [
    ("twenty-third", "en"),  # an ordinal, no 20
    ("thirty soldiers", "en"),  # more than a number
    ("тридцать третий", "ru"),
    ("hai trăm năm", "vi"),  # two hundred years (205 is "hai trăm linh năm")
    ("tư", "vi"),  # "private", "fourth": a number only inside a number ("hai mươi tư")
    ("پنجاه و سه صدم و دو", "fa"),
])
def test_no_numeral_value(text: str, lang: str) -> None:
    assert numeral_value(text, lang) is None


def test_pieces() -> None:
    assert chinese_number("六千零十") == 6010  # after 零, 十 is one ten
    assert chinese_number("八十万零三点二五") == pytest.approx(800003.25)
    assert thai_number("หกจุดเก้าหนึ่ง") == pytest.approx(6.91)
    assert word_number("bốn trăm phẩy sáu mươi", "vi") == pytest.approx(400.6)


@pytest.mark.parametrize("text, lang, value", [
    ("seventy-three", "en", 73),
    ("Sáu mươi tám.", "vi", 68),
    ("девятьсот сорок", "ru", 940),
    ("ثلاثمائة و خمسة و ستون", "ar", 365),
    ("负八十", "zh", -80),
    ("เจ็ดหมื่นสองพัน", "th", 72000),
    ("minus four point five", "en", -4.5),
])
def test_a_text_that_is_a_number(text: str, lang: str, value: float) -> None:
    found = find_quantities(text, lang)
    assert [q.value for q in found] == [pytest.approx(value)]
    assert found[0].text.strip(".") == text.strip(".")


@pytest.mark.parametrize("text, lang", [
    ("one of them", "en"),
    ("twenty-second", "en"),
    ("hai trăm năm", "vi"),
])
def test_no_number_alone(text: str, lang: str) -> None:
    assert find_quantities(text, lang) == ()


def test_long_numbers_in_a_sentence() -> None:
    # Thai: eleven number words (731,284); Chinese: fifteen numeral characters (12,345,678)
    th = find_quantities("มีทหารเจ็ดแสนสามหมื่นหนึ่งพันสองร้อยแปดสิบสี่นาย", "th")
    assert [q.value for q in th] == [731284]
    zh = find_quantities("共派出一千二百三十四万五千六百七十八名士兵", "zh")
    assert [q.value for q in zh] == [12345678]


@pytest.mark.parametrize("text, lang, value, unit", [
    ("Turnout fell by three point four percent.", "en", 3.4, "percent"),
    ("about six point two million people", "en", 6.2e6, "person"),
    ("цены выросли на четыре целых семь десятых процента", "ru", 4.7, "percent"),
    ("дефицит составил две целых пять сотых миллиона рублей", "ru", 2.05e6, "RUB"),
    ("رشد اقتصادی هفت و چهار دهم درصد بود", "fa", 7.4, "percent"),
    ("เงินเฟ้อสองจุดหกเปอร์เซ็นต์", "th", 2.6, "percent"),
])
def test_decimals_in_words_in_a_sentence(text: str, lang: str, value: float, unit: str) -> None:
    found = find_quantities(text, lang)
    assert [(q.value, q.unit) for q in found] == [(pytest.approx(value), unit)]


def test_at_one_point_is_an_idiom() -> None:
    found = find_quantities("At one point four villagers were missing.", "en")
    assert [q.value for q in found] != [pytest.approx(1.4)]


@pytest.mark.parametrize("text, value", [
    ("тремястами сорока", 340),  # instrumental
    ("четырёмстам двадцати одному", 421),  # dative
    ("шестистах тысячах", 600000),  # prepositional
    ("двумя миллионами", 2e6),
    ("семнадцатью", 17),
])
def test_russian_numerals_in_oblique_cases(text: str, value: float) -> None:
    assert word_number(text, "ru") == pytest.approx(value)


def test_russian_oblique_case_in_a_sentence() -> None:
    found = find_quantities("Город с восьмьюстами тридцатью жителями.", "ru")
    assert [q.value for q in found] == [830]


@pytest.mark.parametrize("text, lang, value", [
    ("وبلغ عدد الجرحى 140 حتى مساء اليوم.", "ar", 140),
    ("وبلغ عدد القتلى ستين شخصا", "ar", 60),
    ("وبلغت حصيلة الضحايا خمسة وثلاثين.", "ar", 35),
    ("Число раненых достигло 74.", "ru", 74),
    ("Число пострадавших выросло до сорока трёх.", "ru", 43),
])
def test_a_toll_that_reaches_a_bare_number(text: str, lang: str, value: float) -> None:
    found = find_quantities(text, lang)
    assert [(q.value, q.kind) for q in found] == [(value, "count")]


def test_a_year_after_the_toll_is_no_count() -> None:
    assert find_quantities("Число погибших в 2016 году составило 12.", "ru") == ()


def test_thai_point_before_a_digit_word_is_no_classifier() -> None:
    found = find_quantities("มีผู้ป่วยสิบสองจุดห้าพันคน", "th")
    assert [q.value for q in found] == [12500]
    # จุด after a number in digits, or with a space before the next number, stays the classifier
    assert [q.value for q in find_quantities("เกิดเหตุ 4 จุด 2 ราย", "th")] == [4, 2]


@pytest.mark.parametrize("text, lang, number, value, unit", [
    ("وقد بلغ عدد الجنود ثلاثمائة و خمسة عشر.", "ar", "ثلاثمائة و خمسة عشر", 315, "soldier"),
    ("بلغ عدد الجنود 482 في المعسكر.", "ar", "482", 482, "soldier"),
    ("وصل عدد الزوار إلى ستة عشر ألفا.", "ar", "ستة عشر ألفا", 16000, "person"),
    ("Число солдат в лагере составило двести сорок семь.", "ru", "двести сорок семь", 247, "soldier"),
    ("Количество беженцев превысило 382.", "ru", "382", 382, None),
    ("The number of soldiers in the camp reached 482.", "en", "482", 482, "soldier"),
])
def test_a_figure_after_the_number_of_a_noun_counts_that_noun(text: str, lang: str, number: str, value: float,
                                                               unit: str | None) -> None:
    # "the number of X reached N": N counts X, whatever X is and however N is written
    found = [(q.text, q.value, q.unit, q.kind) for q in find_quantities(text, lang)]
    assert found == [(number, value, unit, "count")]


def test_the_number_of_a_noun_is_no_count_without_its_verb() -> None:
    # a year after the verb of reaching counts nothing
    assert [q.value for q in find_quantities("Число солдат составило в 2015 году немало.", "ru")] == []


@pytest.mark.parametrize("text, number, value, unit", [
    ("营地里有三点五名士兵。", "三点五名士兵", 3.5, "soldier"),
    ("平均每村零点六名士兵。", "零点六名士兵", 0.6, "soldier"),
    ("平均每户一点八名士兵。", "一点八名士兵", 1.8, "soldier"),
    ("该哨所有零名士兵。", "零名士兵", 0, "soldier"),
])
def test_chinese_decimal_or_zero_words_before_a_classifier(text: str, number: str, value: float, unit: str) -> None:
    # a decimal in words (with 点) or a zero word before a classifier and its noun is a figure, however small
    assert [(q.text, q.value, q.unit) for q in find_quantities(text, "zh")] == [(number, value, unit)]


def test_chinese_clock_hour_before_a_count_is_no_decimal() -> None:
    # "下午三点一名": at three o'clock, one (no 3.1); zero before a noun with no classifier is an idiom
    assert 3.1 not in [q.value for q in find_quantities("下午三点一名男子报警。", "zh")]
    assert [q.value for q in find_quantities("双方实现零关税。", "zh")] == []


def test_chinese_banking_numerals_with_a_decimal_point() -> None:
    # banking numerals with 点 between two of them read as the plain ones, with no multiplier needed
    assert [(q.text, q.value) for q in find_quantities("平均每班叁点柒伍名士兵。", "zh")] == [("叁点柒伍名士兵", 3.75)]
    # a banking numeral with no multiplier and no point stays a word ("陸軍")
    assert find_quantities("陸軍士兵", "zh") == ()


@pytest.mark.parametrize("text, lang", [
    ("وقد بلغ عدد الضحايا صفر حتى الآن.", "ar"),
    ("Число жертв за неделю составило ноль.", "ru"),
])
def test_zero_in_words_after_the_number_of_a_noun(text: str, lang: str) -> None:
    # the number of a noun may reach zero; zero in words elsewhere is no figure
    assert [(q.value, q.kind) for q in find_quantities(text, lang)] == [(0, "count")]
    assert find_quantities("انتهت المباراة بنتيجة صفر لكل فريق.", "ar") == ()


@pytest.mark.parametrize("text, lang, value, unit", [
    ("营地士兵人数已达到六百二十。", "zh", 620, "soldier"),
    ("游客人数为2480。", "zh", 2480, "person"),
    ("Số binh sĩ trong trại đã lên tới 620.", "vi", 620, "soldier"),
    ("Số người tị nạn là 2480.", "vi", 2480, "person"),
])
def test_zh_vi_figure_after_the_number_of_a_noun(text: str, lang: str, value: float, unit: str) -> None:
    # zh "X人数达到 N" (人数 alone: people), vi "số X lên tới/là N": a count of X
    assert [(q.value, q.unit, q.kind) for q in find_quantities(text, lang)] == [(value, unit, "count")]


def test_thai_one_or_two_in_words_between_a_noun_and_its_classifier() -> None:
    # noun, number, classifier: the Thai counting construction counts even one or two ("ตำรวจสองนาย")
    assert [(q.value, q.unit) for q in find_quantities("ทหารสองนายเดินทางถึงแล้ว", "th")] == [(2, "soldier")]
    # a number word with no noun before its classifier is no count ("สองประเทศ": the two countries)
    assert find_quantities("สองประเทศลงนามข้อตกลง", "th") == ()
