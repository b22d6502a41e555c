"""Numeral forms written alone and inside a sentence (issue 11): local digits and separators, digits with a letter
multiplier, colloquial and archaic Chinese, Vietnamese, Thai, Arabic and Persian number words, halves, fractions and
group words. Every string here is composed for the test."""

from __future__ import annotations

import pytest

from bilat.stages.numerals import numeral_value
from bilat.stages.quantities import find_quantities


@pytest.mark.parametrize("text, lang, value", [
    # digits in the local systems, with local separators
    ("٤٧", "ar", 47),
    ("٣٬٢٠٠٬٠٠٠", "ar", 3200000),
    ("٧٫٢٥", "ar", 7.25),
    ("۴۸", "fa", 48),
    ("۳٫۷۵", "fa", 3.75),
    ("๔๗", "th", 47),
    ("๒,๕๐๐", "th", 2500),
    ("４７", "zh", 47),
    ("4.700.000", "vi", 4700000),
    ("7,25", "vi", 7.25),
    ("4 700 000", "ru", 4700000),
    # a decimal with no whole part
    (".35", "en", 0.35),
    (".35", "zh", 0.35),
    (",35", "vi", 0.35),
    # a letter multiplier after digits
    ("250K", "zh", 250000),
    ("4.5M", "th", 4500000),
    ("4,5M", "vi", 4500000),
    (".0045G", "ar", 4500000),
    ("-4.5M", "zh", -4500000),
    ("âm 250K", "vi", -250000),
    ("۳۰۰K", "fa", 300000),
    # fractions in digits (not in Persian, whose slash is a decimal point)
    ("3/8", "zh", 0.375),
    ("٣/٨", "ar", 0.375),
    ("۳/۸", "fa", 3.8),
    # group words
    ("三打", "zh", 36),
    ("ba tá", "vi", 36),
    ("tá", "vi", 12),
    ("สามโหล", "th", 36),
    ("一对", "zh", 2),
    # halves
    ("一半", "zh", 0.5),
    ("三个半", "zh", 3.5),
    ("ครึ่ง", "th", 0.5),
    ("สามครึ่ง", "th", 3.5),
    ("สามล้านครึ่ง", "th", 3500000),
    ("four and a half", "en", 4.5),
    ("four and a half million", "en", 4500000),
    ("bốn trăm rưỡi", "vi", 450),
    # Chinese: archaic tens, classifiers, fractions, a scale alone, colloquial short tails
    ("廿七", "zh", 27),
    ("卅", "zh", 30),
    ("卌二", "zh", 42),
    ("四个", "zh", 4),
    ("五分之三", "zh", 0.6),
    ("二又四分之一", "zh", 2.25),
    ("亿", "zh", 1e8),
    ("两千七", "zh", 2700),
    ("一万四", "zh", 14000),
    ("四百八", "zh", 480),
    ("两千零七", "zh", 2007),
    ("肆佰伍拾", "zh", 450),
    # Vietnamese: words that are a number when they are all the text
    ("không", "vi", 0),
    ("năm", "vi", 5),
    ("triệu", "vi", 1e6),
    ("bốn chấm hai", "vi", 4.2),
    ("một trăm lẻ bảy", "vi", 107),
    ("bốn mươi mốt", "vi", 41),
    # Thai
    ("สี่ จุด สอง", "th", 4.2),
    ("จุดสองห้า", "th", 0.25),
    ("สิบเอ็ด", "th", 11),
    ("ยี่สิบเอ็ดล้าน", "th", 21000000),
    ("ล้านล้าน", "th", 1e12),
    # Arabic: a number word that starts with the letter of "and"; the feminine of eleven; a third
    ("واحدة", "ar", 1),
    ("إحدى عشرة", "ar", 11),
    ("ثلث", "ar", 1 / 3),
    ("مليونا", "ar", 1e6),
    ("سبعة آلاف", "ar", 7000),
    ("مئتين وسبعين", "ar", 270),
    # Persian: colloquial words, a spelling of million alone
    ("پونزده", "fa", 15),
    ("هیفده", "fa", 17),
    ("پونصد و پنجاه", "fa", 550),
    ("سی صد", "fa", 300),
    ("ملیون", "fa", 1e6),
])
def test_numeral_alone(text: str, lang: str, value: float) -> None:
    assert numeral_value(text, lang) == pytest.approx(value)
    found = find_quantities(text, lang)
    assert [q.value for q in found] == [pytest.approx(value)]


@pytest.mark.parametrize("text, lang", [
    ("مئات", "ar"),  # hundreds (of): no exact number
    ("tư", "vi"),
    ("百分之七", "zh"),  # a percent, read by the percent reader
    ("三分", "zh"),  # three points (or minutes): no fraction without its numerator
    ("七十二个个", "zh"),
])
def test_no_numeral_value(text: str, lang: str) -> None:
    assert numeral_value(text, lang) is None


def test_percent_alone_stays_a_percent() -> None:
    found = find_quantities("百分之七", "zh")
    assert [(q.value, q.unit) for q in found] == [(7.0, "percent")]


@pytest.mark.parametrize("text, lang, words, value", [
    ("共有廿七名士兵。", "zh", "廿七名士兵", 27),
    ("Có bốn trăm rưỡi người bị thương.", "vi", "bốn trăm rưỡi người", 450),
    ("قتلت إحدى عشرة امرأة في القصف.", "ar", "إحدى عشرة امرأة", 11),
    ("پونزده سرباز کشته شدند.", "fa", "پونزده سرباز", 15),
])
def test_forms_in_a_sentence(text: str, lang: str, words: str, value: float) -> None:
    found = [q for q in find_quantities(text, lang) if words in q.text or q.text in words]
    assert found and all(q.value == pytest.approx(value) for q in found)


@pytest.mark.parametrize("text, lang", [
    ("Он занял сорок второе место.", "ru"),
    ("Это был сто тридцать первый день.", "ru"),
    ("She finished forty-second.", "en"),
    ("It was their two thousand and fifth meeting.", "en"),
])
def test_head_of_an_ordinal_is_no_cardinal(text: str, lang: str) -> None:
    assert find_quantities(text, lang) == ()


@pytest.mark.parametrize("text, lang, value", [
    ("Погибли сорок два человека.", "ru", 42),
    ("Forty-two soldiers were hurt.", "en", 42),
    ("Two thirds of the ninety-six soldiers were hurt.", "en", 96),
])
def test_cardinal_beside_no_ordinal(text: str, lang: str, value: float) -> None:
    assert [q.value for q in find_quantities(text, lang)] == [value]


@pytest.mark.parametrize("text, lang, value", [
    ("Có 4 000 binh sĩ tham gia.", "vi", 4000),
    ("Có 14 500 binh sĩ tham gia.", "vi", 14500),
    ("มีทหาร 4 000 นาย", "th", 4000),
    ("4 000 soldiers took part.", "en", 4000),
    ("شارك 4 000 جندي.", "ar", 4000),
])
def test_plain_space_groups_thousands(text: str, lang: str, value: float) -> None:
    assert [q.value for q in find_quantities(text, lang)] == [value]


def test_phone_number_groups_are_no_figure() -> None:
    assert find_quantities("Gọi 0912 345 678 để biết thêm.", "vi") == ()


@pytest.mark.parametrize("text, value", [
    ("một trăm mười", 110),
    ("ba nghìn bốn trăm mười", 3410),
    ("hai trăm linh năm", 205),
])
def test_vi_ten_after_hundreds(text: str, value: float) -> None:
    assert numeral_value(text, "vi") == value


@pytest.mark.parametrize("text, lang", [
    ("Có dăm bảy binh sĩ được triển khai.", "vi"),  # a handful: no exact number
    ("Có vài ba người bị thương.", "vi"),
])
def test_vague_small_words_are_no_figure(text: str, lang: str) -> None:
    assert find_quantities(text, lang) == ()


@pytest.mark.parametrize("text, lang, value", [
    ("Four and a half million people voted.", "en", 4500000),
    ("Проголосовали четыре с половиной миллиона человек.", "ru", 4500000),
])
def test_and_a_half_in_a_sentence(text: str, lang: str, value: float) -> None:
    assert [q.value for q in find_quantities(text, lang)] == [value]


@pytest.mark.parametrize("text, lang, value", [
    ("нуль", "ru", 0),
    ("четыре с половиной", "ru", 4.5),
    ("три дюжины", "ru", 36),
    (".0045G", "en", 4500000),
    ("-4.5M", "en", -4500000),
])
def test_ru_en_alone(text: str, lang: str, value: float) -> None:
    assert numeral_value(text, lang) == pytest.approx(value)


def test_half_word_alone_after_nothing_is_no_number() -> None:
    assert numeral_value("с половиной", "ru") is None


def test_thai_decimal_words_typed_apart_in_a_sentence() -> None:
    found = find_quantities("ราคาเพิ่มขึ้น สี่ จุด สอง เปอร์เซ็นต์", "th")
    assert [(q.value, q.unit) for q in found] == [(pytest.approx(4.2), "percent")]


def test_thai_point_between_counts_is_no_decimal_count() -> None:
    found = find_quantities("ยิงสี่ จุด สองคนเสียชีวิต", "th")  # four spots, two people: never 4.2 people
    assert all(q.value.is_integer() for q in found)


@pytest.mark.parametrize("text", ["四个半月后他回国了。", "两个半小时后"])
def test_zh_n_and_a_half_classifier_is_no_count_of_n(text: str) -> None:
    assert find_quantities(text, "zh") == ()


@pytest.mark.parametrize("text, lang, value, approx", [
    ("约300", "zh", 300, "about"),
    ("四十多", "zh", 40, "over"),
    ("两百左右", "zh", 200, "about"),
    ("三百多万", "zh", 3000000, "over"),
    ("hơn bốn trăm", "vi", 400, "over"),
    ("ประมาณสี่ร้อย", "th", 400, "about"),
    ("نحو أربعمائة", "ar", 400, "about"),
    ("حدود چهارصد", "fa", 400, "about"),
    ("около четырёхсот", "ru", 400, "about"),
])
def test_approximate_numeral_alone(text: str, lang: str, value: float, approx: str) -> None:
    assert [(q.value, q.approx) for q in find_quantities(text, lang)] == [(value, approx)]


@pytest.mark.parametrize("text, lang", [("上千", "zh"), ("tới 400", "vi"), ("约", "zh")])
def test_vague_or_bare_approximation_alone_is_no_figure(text: str, lang: str) -> None:
    assert find_quantities(text, lang) == ()


@pytest.mark.parametrize("text, lang, value", [
    ("１２．５", "zh", 12.5),
    ("-.0045G", "th", -4500000),
    ("-,0045G", "vi", -4500000),
])
def test_marks_alone(text: str, lang: str, value: float) -> None:
    assert numeral_value(text, lang) == pytest.approx(value)


@pytest.mark.parametrize("text, value", [
    ("مليونان وسبعمائة ألف", 2700000),
    ("ألفان وسبعمائة", 2700),
    ("ملياران وأربعمائة مليون", 2400000000),
    ("مليونان ونصف", 2500000),
])
def test_arabic_dual_scale_closes_its_group(text: str, value: float) -> None:
    assert numeral_value(text, "ar") == value


@pytest.mark.parametrize("text, lang, value", [
    ("four fifths", "en", 0.8),
    ("четыре пятых", "ru", 0.8),
    ("أربعة أخماس", "ar", 0.8),
    ("ثلثي", "ar", 2 / 3),
    ("چهار پنجم", "fa", 0.8),
    ("bốn phần năm", "vi", 0.8),
    ("สี่ในห้า", "th", 0.8),
])
def test_fraction_in_words_alone(text: str, lang: str, value: float) -> None:
    assert [q.value for q in find_quantities(text, lang)] == [pytest.approx(value)]


@pytest.mark.parametrize("text, lang", [
    ("Four fifths of the soldiers were hurt.", "en"),
    ("Четыре пятых солдат ранены.", "ru"),
    ("أصيب أربعة أخماس الجنود.", "ar"),
])
def test_fraction_numerator_is_no_count(text: str, lang: str) -> None:
    assert find_quantities(text, lang) == ()


def test_vi_percent_in_words_stays_a_percent() -> None:
    assert [(q.value, q.unit) for q in find_quantities("bốn phần trăm", "vi")] == [(4.0, "percent")]


@pytest.mark.parametrize("text, lang", [("七八名士兵受伤。", "zh"), ("有三五个人受伤。", "zh"), ("七八个", "zh")])
def test_zh_two_digits_side_by_side_are_a_few(text: str, lang: str) -> None:
    assert find_quantities(text, lang) == ()


@pytest.mark.parametrize("text, lang, low, high", [
    ("Có sáu bảy người bị thương.", "vi", 6, 7),
    ("شش هفت نفر زخمی شدند.", "fa", 6, 7),
])
def test_spoken_range_of_two_digit_words(text: str, lang: str, low: float, high: float) -> None:
    assert [(q.value, q.approx) for q in find_quantities(text, lang)] == [(low, "range"), (high, "range")]


@pytest.mark.parametrize("text, found", [
    ("Anh là người thứ bốn mươi mốt.", []),
    ("Có thứ bảy binh sĩ.", []),
    ("Thứ bảy, bốn mươi mốt binh sĩ bị thương.", [41]),  # Saturday, then a count
])
def test_vi_ordinal_marker_before_number_words(text: str, found: list[float]) -> None:
    assert [q.value for q in find_quantities(text, "vi")] == found


@pytest.mark.parametrize("text, lang, value", [
    ("بلغ عدد الجنود ٤،٥٦٧،٨٩٠.", "ar", 4567890),
    ("۴،۵۶۷،۸۹۰ سرباز اعزام شدند.", "fa", 4567890),
    ("Có 4 567,5 tấn hàng.", "vi", 4567.5),
    ("Ships carried 4 567 890 tonnes.", "en", 4567890),
])
def test_digit_groups_in_a_sentence(text: str, lang: str, value: float) -> None:
    assert [q.value for q in find_quantities(text, lang)] == [value]


@pytest.mark.parametrize("system", ["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"])
@pytest.mark.parametrize("shape, value", [
    ("4٬567٬890", 4567890), ("4،567،890", 4567890), ("4\u202f567\u202f890", 4567890), ("45٫25", 45.25),
    ("4٬567٫25", 4567.25),
])
def test_arabic_script_separators_alone(system: str, shape: str, value: float) -> None:
    text = "".join(system[int(c)] if c.isdigit() else c for c in shape)
    for lang in ("ar", "fa"):
        assert numeral_value(text, lang) == pytest.approx(value)


@pytest.mark.parametrize("text, lang, value", [
    ("7 trăm", "vi", 700),
    ("7 ร้อย", "th", 700),
    ("۷ صد", "fa", 700),
    ("7 مئة", "ar", 700),
    ("7 hundred", "en", 700),
    ("7 сотен", "ru", 700),
])
def test_digits_times_a_hundreds_word_alone(text: str, lang: str, value: float) -> None:
    assert numeral_value(text, lang) == value


@pytest.mark.parametrize("text, lang, value", [
    ("7 hundred soldiers were hurt.", "en", 700),
    ("أصيب 7 مئة جندي.", "ar", 700),
    ("Ранены 7 сотен солдат.", "ru", 700),
])
def test_digits_times_a_hundreds_word_in_a_sentence(text: str, lang: str, value: float) -> None:
    assert [q.value for q in find_quantities(text, lang)] == [value]


@pytest.mark.parametrize("text, lang, value", [
    ("سه هزار و ۷۰۰", "fa", 3700),
    ("٣ آلاف و٧٠٠", "ar", 3700),
    ("4 tỷ 700 triệu", "vi", 4700000000),
    ("4 million 700 thousand", "en", 4700000),
])
def test_digits_and_words_together_alone(text: str, lang: str, value: float) -> None:
    assert numeral_value(text, lang) == value


@pytest.mark.parametrize("text, lang", [("4 7", "en"), ("40 seven", "en"), ("12 34", "ru")])
def test_two_numbers_side_by_side_are_no_numeral(text: str, lang: str) -> None:
    assert numeral_value(text, lang) is None


@pytest.mark.parametrize("text, value", [
    ("百七", 170), ("千七", 1700), ("万七", 17000), ("廿 七", 27), ("四分一", 0.25), ("五份二", 0.4), ("半个", 0.5),
    ("打", 12), ("雙", 2),
])
def test_zh_short_and_colloquial_forms_alone(text: str, value: float) -> None:
    assert numeral_value(text, "zh") == pytest.approx(value)


@pytest.mark.parametrize("text, lang, value", [
    ("اثناعشر", "ar", 12),
    ("ثنتا عشرة", "ar", 12),
    ("ثمانيمية", "ar", 800),
    ("ไม่มี", "th", 0),
    ("คู่", "th", 2),
    ("จุด 25", "th", 0.25),
    ("7m", "vi", 7000000),
])
def test_duckling_vocabulary_alone(text: str, lang: str, value: float) -> None:
    assert numeral_value(text, lang) == pytest.approx(value)


@pytest.mark.parametrize("text, lang, value, approx", [
    ("+7", "en", 7, None), ("+٧", "ar", 7, None), ("~700", "zh", 700, "about"), ("≈ 7,5", "vi", 7.5, "about"),
])
def test_plus_and_tilde_alone(text: str, lang: str, value: float, approx: str | None) -> None:
    assert [(q.value, q.approx) for q in find_quantities(text, lang)] == [(value, approx)]
