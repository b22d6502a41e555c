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
