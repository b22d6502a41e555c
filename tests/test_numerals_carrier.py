"""Numbers in words inside running text read as they read alone (issue 11, "figures in words and digits, in every
supported language"): a sign word before a count, the number of X reaching a signed number, 两名 before people.
Every sentence here is composed for the test."""

from __future__ import annotations

import pytest

from bilat.stages.quantities import find_quantities


def _over(text: str, part: str, lang: str) -> list[float]:
    a = text.index(part)
    b = a + len(part)
    return [q.value for q in find_quantities(text, lang) if q.start < b and q.end > a]


@pytest.mark.parametrize("text, part, lang, value", [
    # a sign word right before a count keeps its sign
    ("minus twelve soldiers were deployed.", "minus twelve", "en", -12),
    ("Число солдат составило минус сто.", "минус сто", "ru", -100),
    ("Число солдат составило минус двенадцать.", "минус двенадцать", "ru", -12),
    ("بلغ عدد الجنود سالب مائة.", "سالب مائة", "ar", -100),
    ("منفی صد سرباز اعزام شدند.", "منفی صد", "fa", -100),
    ("มีทหาร ติดลบสิบ นาย", "ติดลบสิบ", "th", -10),
    ("มีทหาร ติดลบสิบจุดห้า นาย", "ติดลบสิบจุดห้า", "th", -10.5),
    ("共有负十名士兵。", "负十", "zh", -10),
    ("共有负一百名士兵。", "负一百", "zh", -100),
    ("共有负一名士兵。", "负一", "zh", -1),  # a sign makes 一 a number, no article
])
def test_sign_word_before_count(text: str, part: str, lang: str, value: float) -> None:
    assert _over(text, part, lang) == [value]


@pytest.mark.parametrize("text, part, lang, value", [
    # no sign from a dash, nor from a short sign word that ends another word
    ("中国-东盟10国领导人出席。", "10国", "zh", 10),
    ("Có 10 binh sĩ được ghi âm 3 cuộc gọi.", "3 cuộc", "vi", 3),
    ("นำขยะไปฝังกลบ 30 คน", "30 คน", "th", 30),
])
def test_no_sign_for_count(text: str, part: str, lang: str, value: float) -> None:
    assert all(v > 0 for v in _over(text, part, lang))


@pytest.mark.parametrize("text, part, value", [
    ("共有两名士兵。", "两名", 2),
    ("两名警察受伤。", "两名", 2),
    ("爆炸造成两名平民死亡。", "两名", 2),
    ("共有二名士兵。", "二名", 2),
])
def test_zh_two_people(text: str, part: str, value: float) -> None:
    assert _over(text, part, "zh") == [value]


@pytest.mark.parametrize("text, part", [
    ("两国领导人举行会谈。", "两国"),
    ("两人随后离开。", "两人"),
    ("两位领导人握手。", "两位"),
])
def test_zh_two_not_a_figure(text: str, part: str) -> None:
    assert find_quantities("共有一名士兵。", "zh") == ()  # 一名: "a", no figure
    assert _over(text, part, "zh") == []


@pytest.mark.parametrize("text, part, lang, value", [
    # Arabic decimals in words: the decimals after فاصلة as one number, or digit by digit with a leading zero
    ("بلغ عدد الجنود اثنان فاصلة خمسة.", "اثنان فاصلة خمسة", "ar", 2.5),
    ("بلغ عدد الجنود ثلاثة فاصلة أربعة عشر.", "ثلاثة فاصلة أربعة عشر", "ar", 3.14),
    ("بلغ عدد الجنود واحد فاصلة خمسة وعشرون.", "واحد فاصلة خمسة وعشرون", "ar", 1.25),
    ("ثلاثة فاصلة صفر خمسة", "ثلاثة فاصلة صفر خمسة", "ar", 3.05),
    # Persian hundredths: the parts of a compound fall in value, so "سه و چهارده" is a whole and a fraction
    ("سه و چهارده صدم", "سه و چهارده صدم", "fa", 3.14),
    ("بیست و پنج صدم", "بیست و پنج صدم", "fa", 0.25),
    ("صد و بیست و پنج صدم", "صد و بیست و پنج صدم", "fa", 100.25),
    ("دوازده و پنجاه و سه صدم", "دوازده و پنجاه و سه صدم", "fa", 12.53),
])
def test_decimals_in_words(text: str, part: str, lang: str, value: float) -> None:
    assert _over(text, part, lang) == [value]


@pytest.mark.parametrize("text, part, lang, values", [
    # a range whose low end is in words: both ends, in the high end's unit
    ("Eighty to ninety soldiers died.", "Eighty to ninety soldiers", "en", [80, 90]),
    ("Погибли от восьмидесяти до девяноста солдат.", "восьмидесяти до девяноста солдат", "ru", [80, 90]),
    ("قتل من ثمانين إلى تسعين جنديا.", "ثمانين إلى تسعين جنديا", "ar", [80, 90]),
    ("بین هشتاد تا نود سرباز کشته شدند.", "هشتاد تا نود سرباز", "fa", [80, 90]),
    ("Có tám mươi đến chín mươi binh sĩ.", "tám mươi đến chín mươi binh sĩ", "vi", [80, 90]),
    ("ทหารแปดสิบถึงเก้าสิบนาย", "แปดสิบถึงเก้าสิบนาย", "th", [80, 90]),
    ("共有八十至九十名士兵。", "八十至九十名士兵", "zh", [80, 90]),
    ("共有八十到九十名士兵。", "八十到九十名士兵", "zh", [80, 90]),
    ("Two to three million people fled.", "Two to three million people", "en", [2e6, 3e6]),
    ("Between eighty and ninety soldiers died.", "eighty and ninety soldiers", "en", [80, 90]),
    ("They said between two and three million people fled.", "two and three million people", "en", [2e6, 3e6]),
])
def test_spoken_range(text: str, part: str, lang: str, values: list[float]) -> None:
    assert sorted(_over(text, part, lang)) == values
    assert all(q.approx == "range" for q in find_quantities(text, lang) if q.value in values)


@pytest.mark.parametrize("text, part, lang", [
    ("Погибли восемьдесят до девяноста солдат.", "восемьдесят до", "ru"),  # no от: no range
    ("三到五年后", "三到五年", "zh"),  # a span of time
    ("Doanh thu cả năm đến 100 tỷ đồng.", "năm đến", "vi"),  # năm: the year, no five
    ("标准统一到100个。", "一到", "zh"),  # 一 ends the word 统一 (unify)
])
def test_no_spoken_range(text: str, part: str, lang: str) -> None:
    assert not any(q.approx == "range" for q in find_quantities(text, lang))


@pytest.mark.parametrize("text, part, value, approx", [
    # ru: a scale noun in the genitive after an approximation word that governs it is one of it
    ("Более тысячи солдат погибли.", "тысячи солдат", 1000, "over"),
    ("Около сотни человек пострадали.", "сотни человек", 100, "about"),
    ("Свыше миллиона человек бежали.", "миллиона человек", 1e6, "over"),
    ("Выделено до миллиарда рублей.", "миллиарда рублей", 1e9, "at_most"),
])
def test_ru_scale_after_approx(text: str, part: str, value: float, approx: str) -> None:
    assert _over(text, part, "ru") == [value]
    assert [q.approx for q in find_quantities(text, "ru")] == [approx]


@pytest.mark.parametrize("text", ["Погибли тысячи людей.", "Сотни человек вышли на улицы.", "Более сотни лет назад.",
                                  "Около десятка человек пострадали."])
def test_ru_scale_alone_is_vague(text: str) -> None:
    assert find_quantities(text, "ru") == ()


@pytest.mark.parametrize("text, part, lang, value", [
    # zh: 角 (tenths) and 分 (hundredths) after the yuan, 圆/圓 the yuan of cheques, 正/整 closing the sum
    ("罚款3元5角。", "3元5角", "zh", 3.5),
    ("票价3元5角2分。", "3元5角2分", "zh", 3.52),
    ("票价3元零5分。", "3元零5分", "zh", 3.05),
    ("罚款十一元五角。", "十一元五角", "zh", 11.5),
    ("合计玖仟陆佰陆拾伍圆壹角捌分。", "玖仟陆佰陆拾伍圆壹角捌分", "zh", 9665.18),
    ("罚款壹拾壹圆正。", "壹拾壹圆正", "zh", 11),
    # th: satang (hundredths) after the baht or alone, ถ้วน (exactly) closing the sum
    ("ราคา 50 บาท 50 สตางค์", "50 บาท 50 สตางค์", "th", 50.5),
    ("ราคา ห้าสิบบาทห้าสิบสตางค์", "ห้าสิบบาทห้าสิบสตางค์", "th", 50.5),
    ("ราคาน้ำมันลดลง 50 สตางค์", "50 สตางค์", "th", 0.5),
    ("ราคา หนึ่งร้อยบาทถ้วน", "หนึ่งร้อยบาทถ้วน", "th", 100),
])
def test_minor_units(text: str, part: str, lang: str, value: float) -> None:
    assert _over(text, part, lang) == [value]
    a = text.index(part)
    assert [(q.start, q.end) for q in find_quantities(text, lang)] == [(a, a + len(part))]


@pytest.mark.parametrize("text, part", [
    ("付了5元5分钟后离开。", "5元"),  # minutes, no fen
    ("他们坐在三圆桌旁。", ""),  # a round table, no yuan
])
def test_no_minor_units(text: str, part: str) -> None:
    assert [q.text for q in find_quantities(text, "zh")] == ([part] if part else [])


@pytest.mark.parametrize("text, part, value", [
    # en: a comma after a scale word joins the words on when no scale as large follows
    ("nine thousand, two hundred soldiers were deployed.", "nine thousand, two hundred soldiers", 9200),
    ("twenty-three thousand, six hundred and seventy-six", "twenty-three thousand, six hundred and seventy-six", 23676),
    ("one million, nine hundred and sixty-eight thousand, three hundred and forty-nine soldiers were deployed.",
     "one million, nine hundred and sixty-eight thousand, three hundred and forty-nine soldiers", 1968349),
])
def test_en_comma_after_scale(text: str, part: str, value: float) -> None:
    assert _over(text, part, "en") == [value]


def test_en_list_of_scales_stays_a_list() -> None:
    text = "They counted two thousand, three thousand and then four thousand people."
    assert [q.value for q in find_quantities(text, "en")] == [2000, 3000, 4000]


@pytest.mark.parametrize("text, part, value", [
    # ar: a dual scale word closes its group before a hundred, as before a smaller number
    ("قتل مليونان و مائة و ثمانية عشر ألفاً و تسعمائة و ثلاثة عشر جنديا.",
     "مليونان و مائة و ثمانية عشر ألفاً و تسعمائة و ثلاثة عشر جنديا", 2118913),
    ("بلغ عدد الجنود ألفان ومائة.", "ألفان ومائة", 2100),
    ("بلغ عدد الجنود مليونان ومئتا ألف.", "مليونان ومئتا ألف", 2200000),
])
def test_ar_dual_scale_then_hundred(text: str, part: str, value: float) -> None:
    assert _over(text, part, "ar") == [value]


@pytest.mark.parametrize("text, part, values", [
    # ar: "بين" and two tens joined by و before a noun are a range, no compound
    ("قتل ما بين ثمانين وتسعين جنديا.", "ثمانين وتسعين جنديا", [80, 90]),
    ("قتل بين عشرين وثلاثين شخصا.", "عشرين وثلاثين شخصا", [20, 30]),
    ("قتل بين خمسة وثمانين جنديا.", "خمسة وثمانين جنديا", [85]),  # units before tens: one number
])
def test_ar_between_tens(text: str, part: str, values: list[float]) -> None:
    assert sorted(_over(text, part, "ar")) == values


def test_ar_between_tens_no_noun_is_none() -> None:
    assert find_quantities("بلغ عدد القتلى بين عشرين وثلاثين.", "ar") == ()


@pytest.mark.parametrize("text, part, value, unit", [
    # ar: a sum and its minor unit joined by و, the minor part by the number that make one of the currency
    ("بلغ المبلغ مليون ريال و تسع و تسعون هللة.", "مليون ريال و تسع و تسعون هللة", 1000000.99, "SAR"),
    ("سعر اللتر 2 ريال و50 هللة.", "2 ريال و50 هللة", 2.5, "SAR"),
    ("بسعر 3 دنانير و500 فلس في الكويت.", "3 دنانير و500 فلس", 3.5, "KWD"),
    ("بلغ السعر 5 جنيهات و25 قرشا.", "5 جنيهات و25 قرشا", 5.25, "EGP"),
    ("دفع 10 دراهم و50 فلسا.", "10 دراهم و50 فلسا", 10.5, "AED"),
])
def test_ar_minor_units(text: str, part: str, value: float, unit: str) -> None:
    found = [(q.text, q.value, q.unit) for q in find_quantities(text, "ar")]
    assert found == [(part, value, unit)]


def test_ar_minor_unit_not_another_sum() -> None:
    found = [q.value for q in find_quantities("بلغ السعر 5 جنيهات و25 مليون دولار", "ar")]
    assert found == [5, 25e6]


@pytest.mark.parametrize("text, lang, approx", [
    # th: the noun first, the approximation between it and the number, or กว่า between the number and its classifier
    ("มีทหารประมาณแปดสิบนาย", "th", "about"),
    ("นักศึกษาประมาณ 20 คน", "th", "about"),
    ("มีทหารอย่างน้อยแปดสิบนาย", "th", "at_least"),
    ("มีทหาร 80 กว่านาย", "th", "over"),
    ("มีทหารแปดสิบกว่านาย", "th", "over"),
    ("ทหาร 86 นาย", "th", None),
    # fa: دستکم typed as one word, قریب with no به
    ("دستکم هشتاد سرباز کشته شدند.", "fa", "at_least"),
    ("قریب هشتاد سرباز کشته شدند.", "fa", "about"),
])
def test_approximation_inside_or_glued(text: str, lang: str, approx: str | None) -> None:
    assert [q.approx for q in find_quantities(text, lang)] == [approx]


@pytest.mark.parametrize("text, part, lang, value", [
    # ar vowel marks: on the attached "and", and inside a noun whose folded letters include ی
    ("قُتِلَ سِتَّةٌ وَثَمَانُونَ جُنْدِيًّا.", "سِتَّةٌ وَثَمَانُونَ جُنْدِيًّا", "ar", 86),
    ("قتل ستة وَثمانون جنديا.", "ستة وَثمانون جنديا", "ar", 86),
    ("قتل 86 جُنْدِيًّا.", "86 جُنْدِيًّا", "ar", 86),
    # vi: the y spelling of sĩ
    ("Có tám mươi sáu binh sỹ được triển khai.", "tám mươi sáu binh sỹ", "vi", 86),
    # vi: the old-style tone placement at a syllable's end (thuỷ for thủy)
    ("Có 20 thuỷ thủ mất tích.", "20 thuỷ thủ", "vi", 20),
    ("Có hai mươi thuỷ thủ mất tích.", "hai mươi thuỷ thủ", "vi", 20),
])
def test_spelling_variants(text: str, part: str, lang: str, value: float) -> None:
    found = [(q.text, q.value) for q in find_quantities(text, lang)]
    assert found == [(part, value)]


@pytest.mark.parametrize("text, unit, approx", [
    # th เกิน (over), มากกว่า, ไม่เกิน between the noun and the number: the noun still names the unit
    ("มีทหารเกินแปดสิบนาย", "soldier", "over"),
    ("มีทหารมากกว่า 80 นาย", "soldier", "over"),
    ("มีทหารไม่เกิน 80 นาย", "soldier", "at_most"),
])
def test_th_approx_between_noun_and_number(text: str, unit: str, approx: str) -> None:
    assert [(q.value, q.unit, q.approx) for q in find_quantities(text, "th")] == [(80, unit, approx)]


@pytest.mark.parametrize("text, part", [
    # 负 as the verb (lose, bear) after its subject or an adverb: no sign
    ("主队本赛季已负三场。", "三场"), ("他身负三处枪伤。", "三处"), ("两胜负一场。", "一场"),
    ("客队连负两场。", "两场"), ("他肩负三项任务。", "三项"),
])
def test_zh_verb_fu_is_no_sign(text: str, part: str) -> None:
    assert all(v > 0 for v in _over(text, part, "zh"))


@pytest.mark.parametrize("text, part, value", [
    ("气温降至负五度时有负十名士兵。", "负十", -10), ("负三名士兵。", "负三", -3),
])
def test_zh_sign_fu_at_the_head_of_a_figure(text: str, part: str, value: float) -> None:
    assert _over(text, part, "zh") == [value]


@pytest.mark.parametrize("text, part, value", [
    # en: a comma after a scale word before a bare small number is a clause or list boundary, no joined number
    ("In two thousand, three people died.", "three people", 3),
    ("By nine thousand, twelve soldiers had left.", "twelve soldiers", 12),
])
def test_en_comma_after_scale_before_a_bare_number(text: str, part: str, value: float) -> None:
    assert _over(text, part, "en") == [value]


def test_en_comma_after_scale_before_a_smaller_scale() -> None:
    assert _over("one million, twenty thousand soldiers were deployed.", "one million, twenty thousand soldiers",
                 "en") == [1020000]


@pytest.mark.parametrize("text, part, lang, value", [
    # fa منفی is a sign only at the head of a figure
    ("شمار آنها به منفی صد سرباز رسید.", "منفی صد", "fa", -100),
    ("، منفی سه سرباز اعزام شدند.", "منفی سه", "fa", -3),
    ("The count stood at minus twelve soldiers.", "minus twelve", "en", -12),
])
def test_sign_at_head_of_figure(text: str, part: str, lang: str, value: float) -> None:
    assert _over(text, part, lang) == [value]


@pytest.mark.parametrize("text, part, lang", [
    # an adjective ending a noun phrase, or a margin (plus or minus), is no sign
    ("نتیجه منفی ۳ آزمایش اعلام شد.", "۳ آزمایش", "fa"),
    ("پاسخ منفی سه کشور به این طرح اعلام شد.", "سه کشور", "fa"),
    ("The estimate was plus or minus 3 soldiers.", "3 soldiers", "en"),
    ("The estimate was plus-minus 3 soldiers.", "3 soldiers", "en"),
    ("Оценка: плюс-минус три человека.", "три человека", "ru"),
])
def test_no_sign_after_noun_or_margin(text: str, part: str, lang: str) -> None:
    vals = _over(text, part, lang)
    assert vals and all(v > 0 for v in vals)


@pytest.mark.parametrize("text, part, value", [
    # one banking digit right before a classifier is a numeral; a run with a multiplier always was
    ("爆炸造成叁名士兵受伤。", "叁名", 3),
    ("共有肆架飞机坠毁。", "肆架", 4),
    ("贰拾架飞机参加演习。", "贰拾架", 20),
    ("被告人赔偿壹佰万元。", "壹佰万元", 1_000_000),
    ("叁萬名民眾上街。", "叁萬名", 30_000),
])
def test_zh_banking_digit_before_classifier(text: str, part: str, value: float) -> None:
    assert _over(text, part, "zh") == [value]


@pytest.mark.parametrize("text, part", [
    ("中国大陆架面积很大。", "陆架"),  # continental shelf
    ("陆名扬说他会来。", "陆名"),  # a surname and a given name
    ("伍元甲出席会议。", "伍元"),
])
def test_zh_banking_digit_not_a_figure(text: str, part: str) -> None:
    assert _over(text, part, "zh") == []


@pytest.mark.parametrize("text, part, value", [
    # a bare 万 before 名 (people) is ten thousand
    ("萬名民眾上街抗議。", "萬名", 10_000),
    ("万名士兵参加阅兵。", "万名", 10_000),
])
def test_zh_bare_wan_ming(text: str, part: str, value: float) -> None:
    assert _over(text, part, "zh") == [value]


@pytest.mark.parametrize("text, part", [
    ("数万名民众上街抗议。", "万名"),  # tens of thousands: vague
    ("上万名民众上街抗议。", "万名"),
    ("成千上万名民众上街。", "万名"),
])
def test_zh_bare_wan_ming_vague(text: str, part: str) -> None:
    assert _over(text, part, "zh") == []


@pytest.mark.parametrize("text, part, value", [
    # a thousand in the accusative heads a number as one thousand; the dual and a trailing thousand read already
    ("قتل ألفًا ومئتين من الجنود.", "ألفًا ومئتين", 1200),
    ("قتل ألفاً وخمسمائة جندي.", "ألفاً وخمسمائة", 1500),
    ("نزح مليونًا وخمسمائة ألف شخص.", "مليونًا وخمسمائة ألف", 1_500_000),
    ("نزح ألفين وخمسمائة شخص.", "ألفين وخمسمائة", 2500),
    ("قتل اثنان وعشرون ألفًا من الجنود.", "اثنان وعشرون ألفًا", 22_000),
])
def test_ar_accusative_thousand_heads(text: str, part: str, value: float) -> None:
    assert _over(text, part, "ar") == [value]


@pytest.mark.parametrize("text, part", [
    ("انتشر متحور ألفا في المدينة.", "ألفا"),  # alpha, no thousand
    ("اشترى سيارة ألفا روميو وثلاثة.", "ألفا"),
])
def test_ar_accusative_thousand_alone_no_figure(text: str, part: str) -> None:
    assert _over(text, part, "ar") == []


@pytest.mark.parametrize("text, part, value", [
    # Thai number words typed apart read as one number when together they form one
    ("มีทหาร แปด สิบ หก นาย ถูกส่งไปชายแดน", "แปด สิบ หก", 86),
    ("มีผู้ชุมนุม สอง พัน คน ที่หน้าทำเนียบ", "สอง พัน", 2000),
])
def test_th_spaced_number_words(text: str, part: str, value: float) -> None:
    assert _over(text, part, "th") == [value]


def test_th_spaced_digits_side_by_side_no_number() -> None:
    # "สอง สาม วัน": two or three days, no 23 nor 5
    assert _over("เขาใช้เวลา สอง สาม วัน ในการเดินทาง", "สอง สาม", "th") == []


@pytest.mark.parametrize("text, part", [
    # Thai number words side by side that form no number are a guess (five or six), no figure of the last one
    ("มีทหาร ห้า หก นาย ถูกส่งไปชายแดน", "หก นาย"),
    ("มีทหาร สาม สี่ ร้อย นาย ถูกส่งไป", "ร้อย นาย"),
])
def test_th_spaced_guess_no_figure(text: str, part: str) -> None:
    assert _over(text, part, "th") == []


@pytest.mark.parametrize("text, part", [
    # a larger scale before a smaller one with no digit is countless
    ("亿万人民欢欣鼓舞。", "亿万人"),
    ("万千名观众涌入。", "万千名"),
])
def test_zh_countless_scales(text: str, part: str) -> None:
    assert _over(text, part, "zh") == []


@pytest.mark.parametrize("text, part, value", [
    ("千万名用户受影响。", "千万名", 10_000_000),
    ("投资一亿一千万元。", "一亿一千万元", 110_000_000),
])
def test_zh_scales_in_order(text: str, part: str, value: float) -> None:
    assert _over(text, part, "zh") == [value]


@pytest.mark.parametrize("text, part, lang, value", [
    # plus or minus before a percent is a margin; minus alone is a sign
    ("The margin of error is plus or minus 3 percent.", "3 percent", "en", 3),
    ("Погрешность составляет плюс-минус 3 процента.", "3 процента", "ru", 3),
    ("Inflation fell to minus 3 percent.", "minus 3 percent", "en", -3),
])
def test_margin_not_a_sign_before_percent(text: str, part: str, lang: str, value: float) -> None:
    assert _over(text, part, lang) == [value]
