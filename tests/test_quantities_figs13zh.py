"""figs13zh (issue 11): Chinese money and counts of Malaysian, Singaporean, Hong Kong, Macau and Taiwanese pages, on
sentences written for the tests."""
from figs import got


def test_ringgit_and_singapore_dollar_after_a_scaled_amount() -> None:
    found = got("槟州警方起获约25万令吉的冰毒,另有一辆价值3万5000林吉特的轿车被充公。", "zh")
    assert ("25万令吉", 250_000.0, "MYR") in found
    assert ("3万5000林吉特", 35_000.0, "MYR") in found
    found = got("法官判他罚款6000新币,另一名被告则被罚款两万新元。", "zh")
    assert ("6000新币", 6000.0, "SGD") in found
    assert ("两万新元", 20_000.0, "SGD") in found
    assert got("商戶合共損失約2萬澳門元。", "zh") == [("2萬澳門元", 20_000.0, "MOP")]


def test_currency_named_before_a_spaced_or_hedged_amount() -> None:
    # a PDF's spaces between the words, and a hedge word between the currency and the amount
    found = got("袋內有現金港幣 12 萬多元及人民幣約 5 仟元。", "zh")
    assert ("12 萬多元", 120_000.0, "HKD") in found
    assert ("5 仟元", 5000.0, "CNY") in found


def test_formal_thousands_numeral_after_digits() -> None:
    assert got("捐款共計3 仟元。", "zh") == [("3 仟元", 3000.0, "CNY")]


def test_bare_yuan_in_a_traditional_sentence_naming_taiwan_or_hong_kong() -> None:
    # traditional script with a Taiwanese city: New Taiwan dollars; with Hong Kong places: Hong Kong dollars
    assert got("高雄市今年觀光收入達450億元,創歷年新高。", "zh") == [("450億元", 45_000_000_000.0, "TWD")]
    assert got("九龍一宗騙案中,事主損失約30萬元。", "zh")[0][2] == "HKD"
    # simplified text naming Taiwan, a traditional sentence naming no such place, or naming two: the mainland yuan
    assert got("大陆向台湾同胞发放补贴5000元。", "zh") == [("5000元", 5000.0, "CNY")]
    assert got("全省直接經濟損失50億元。", "zh") == [("50億元", 5_000_000_000.0, "CNY")]
    assert got("香港與台北兩地合辦的展覽籌得200萬元。", "zh")[0][2] == "CNY"


def test_goals_and_counties_counted_with_no_classifier() -> None:
    found = got("本场比赛双方共打进7球,全台有12縣市停班停課。", "zh")
    assert ("7球", 7.0, None) in found
    assert ("12縣市", 12.0, None) in found


def test_banking_numerals_and_circle_zero() -> None:
    # verdicts write sums in banking numerals; ○ stands for 〇 inside a number in words
    assert got("法院判處罰金新臺幣伍仟元。", "zh") == [("伍仟元", 5000.0, "TWD")]
    assert got("沒收所得新臺幣貳拾參萬元。", "zh")[0][1:] == (230_000.0, "TWD")
    assert got("全年收益达三百亿○八百万元。", "zh")[0][1] == 30_008_000_000.0
    # a banking numeral alone or in a word is no number: 參議員 (senator), 陸軍 (army), 伍月 (May)
    assert got("兩名參議員與陸軍代表出席。", "zh") == [("兩名", 2.0, "person")]  # two senators: 兩名 counts people


def test_taiwan_dollar_named_taibi() -> None:
    assert got("他被騙走臺幣30萬元。", "zh") == [("30萬元", 300_000.0, "TWD")]


def test_minus_glued_to_the_word_before_a_percent() -> None:
    found = got("出口年增率-3.2%,進口年增率為負1.5%,區間3-5%。", "zh")
    assert ("-3.2%", -3.2, "percent") in found
    assert ("負1.5%", -1.5, "percent") in found
    assert ("5%", 5.0, "percent") in found  # a range's dash is no minus


def test_medal_tallies_and_sport_labels() -> None:
    found = got("该队以12金5银3铜排名第一,一掷千金者不在此列。", "zh")
    assert ("12金", 12.0, None) in found and ("5银", 5.0, None) in found
    assert not any(q[0].startswith("千") for q in found)
    # a weight class and a race are names of events, no measures
    assert got("他夺得男子73公斤级冠军。", "zh") == []
    assert got("她在女子200米蝶泳决赛中夺冠。", "zh") == []
    assert got("全程约42公里。", "zh") == [("42公里", 42.0, "km")]


def test_hong_kong_legislature_marks_hong_kong_dollars() -> None:
    assert got("立法會財委會批准撥款約85億元。", "zh")[0][2] == "HKD"


def test_declared_currency_and_singapore_or_macau_places_in_any_script() -> None:
    # "(新台币,下同)": the currency declared for what follows
    found = got("项目总额为30亿元(新台币,下同),其中10亿元用于道路。", "zh")
    assert ("10亿元", 1_000_000_000.0, "TWD") in found
    # Singapore's flats and towns, Macau, in simplified text too
    assert got("一个位于淡滨尼的四房式组屋以65万元转手。", "zh")[0][2] == "SGD"
    assert got("澳门上月博彩收入180亿元。", "zh")[0][2] == "MOP"
    # the mainland's press on Taiwan keeps its own yuan
    assert got("中央政府向台湾同胞提供5000元补贴。", "zh") == [("5000元", 5000.0, "CNY")]
