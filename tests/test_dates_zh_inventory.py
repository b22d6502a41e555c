"""Chinese date expressions of the general inventory (issue 11, dates-zh): rarer year words, tens in "N天前", colloquial and
alone-only day words, lunar dates with their year, festivals, quarter edges, two-digit Chinese-numeral and Minguo years,
"去年今天". Expressions and sentences composed here; publication Thursday 2025-03-13."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2025-03-13"


def _got(text, pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, "zh", pub)]


@pytest.mark.parametrize("text,value", [
    ("后年", "2027"), ("後年", "2027"), ("来年", "2026"), ("上年", "2024"), ("上一年", "2024"), ("下一年", "2026"),
    ("后年5月", "2027-05"),
    ("十五天前", "2025-02-26"), ("二十一天前", "2025-02-20"), ("十天前", "2025-03-03"),
    ("今儿", "2025-03-13"), ("明儿个", "2025-03-14"), ("当天", "2025-03-13"), ("全天", "2025-03-13"),
    ("下下个月", "2025-05"),
    ("2023年大年三十", "2024-02-09"),  # the last day of lunar year 2023
    ("2024年大年初一", "2024-02-10"),
    ("二零一二年农历正月十五", "2012-02-06"),
    ("2020年农历八月十五", "2020-10-01"),
    ("2024年春节", "2024-02-10"), ("今年国庆节", "2025-10-01"), ("去年的中秋节", "2024-09-17"), ("明年元旦", "2026-01-01"),
    ("2021年母亲节", "2021-05-09"),  # the second Sunday of May
    ("元旦", "2026-01-01"),  # a solar festival alone: the coming one, as a month and day alone
    ("春节", "2025-01-29"),  # a lunar festival alone: of publication's lunar year, as a lunar date alone
    ("2013年一季度末", "2013-03"), ("去年四季度末", "2024-12"), ("三季度初", "2025-07"),
    ("九八年", "1998"), ("零三年", "2003"), ("九八年四月", "1998-04"), ("民国38年", "1949"), ("民國一百年", "2011"),
    ("去年今天", "2024-03-13"), ("明年的今天", "2026-03-13"),
])
def test_an_expression_alone(text, value):
    assert _got(text) == [(text, value, None)]


@pytest.mark.parametrize("text,phrase,value", [
    ("部长们后年举行会议。", "后年", "2027"),
    ("公司上年利润增长两成。", "上年", "2024"),
    ("他十五天前离开北京。", "十五天前", "2025-02-26"),
    ("部长们明儿个举行会议。", "明儿个", "2025-03-14"),
    ("部长们下下个月举行会议。", "下下个月", "2025-05"),
    ("部长们2024年农历正月初七举行会议。", "2024年农历正月初七", "2024-02-16"),
    ("部长们今年中秋节举行会议。", "今年中秋节", "2025-10-06"),
    ("去年的今天部长们举行会议。", "去年的今天", "2024-03-13"),
    ("他九八年四月来到深圳。", "九八年四月", "1998-04"),
])
def test_in_a_sentence(text, phrase, value):
    assert _got(text) == [(phrase, value, None)]


@pytest.mark.parametrize("text", [
    "此后年均增长5%。", "上年纪的人要多休息。", "未来年轻人会更多。",  # 后年, 上年, 来年 inside other words
    "几十天前的事。",  # a vague count
    "聪明儿童。", "会议当天举行。",  # 明儿 inside a word; 当天 names the story's day, not publication's
    "春节期间大家回家。", "春节档电影很多。",  # a festival with no year inside a sentence: a season, no one day
    "一季度GDP增长5%。",  # a quarter with no year inside a sentence
    "三四年前他来过。", "七八年没见了。",  # a rough count, no two-digit year
])
def test_no_date(text):
    assert _got(text) == []


def test_a_two_digit_chinese_year_in_traditional_script_gets_no_century():
    assert all(v != "1998" for _t, v, _e in _got("九八年曾經到過這裡。"))


@pytest.mark.parametrize("text,value", [
    ("呢個星期三", "2025-03-12"), ("今個禮拜五", "2025-03-14"),  # Cantonese 呢個, 今個: this week's
    ("下個禮拜一", "2025-03-17"), ("禮拜三", "2025-03-12"),  # 禮拜 in traditional script; alone, of publication's week
    ("下一个星期五", "2025-03-21"), ("这一个周三", "2025-03-12"), ("上一周三", "2025-03-05"),
    ("大後日", "2025-03-16"), ("後日", "2025-03-15"),
])
def test_weekdays_and_day_words_of_other_scripts_and_registers(text, value):
    assert _got(text) == [(text, value, None)]


def test_hou_ri_inside_a_sentence_is_no_day():
    assert _got("這是最後日子。") == []
    assert _got("部長們上禮拜五開會。") == [("上禮拜五", "2025-03-07", None)]


@pytest.mark.parametrize("text,value", [
    ("上个月的今天", "2025-02-13"), ("下个月的今天", "2025-04-13"), ("上周的今天", "2025-03-06"),
    ("本月最后一天", "2025-03-31"), ("下个月第一天", "2025-04-01"), ("今年最后一天", "2025-12-31"),
    ("2024年2月最后一天", "2024-02-29"), ("2023年最后一天", "2023-12-31"), ("上个月的最后一天", "2025-02-28"),
    ("2021年冬至", "2021-12-21"), ("今年清明节", "2025-04-04"), ("明年立春", "2026-02-04"),  # solar terms, computed
    ("冬至", "2025-12-21"),  # a solar term alone: the coming one
])
def test_same_day_edges_of_months_and_solar_terms(text, value):
    assert _got(text) == [(text, value, None)]


def test_a_solar_term_inside_a_sentence_needs_its_year():
    assert _got("这里政治清明。") == []
    assert _got("部长们今年冬至举行会议。") == [("今年冬至", "2025-12-21", None)]


@pytest.mark.parametrize("text,value", [
    ("今年五一", "2025-05-01"), ("2020年十一", "2020-10-01"), ("去年国庆", "2024-10-01"),  # short names after a year
    ("中秋", "2025-10-06"), ("2020年端午", "2020-06-25"),  # lunar festival names without 节
])
def test_short_festival_names(text, value):
    assert _got(text) == [(text, value, None)]


@pytest.mark.parametrize("text,phrase,value", [
    ("今年十一月部长们举行会议。", "今年十一月", "2025-11"),  # a month, not 十一 (National Day)
    ("2020年十一届全会召开。", "2020年", "2020"),  # a session count
])
def test_short_festival_names_are_not_months_or_counts(text, phrase, value):
    assert _got(text) == [(phrase, value, None)]


def test_shiyi_alone_is_eleven():
    assert _got("十一") == []


@pytest.mark.parametrize("text,value", [
    ("农历八月十五", "2025-10-06"),  # alone: publication's lunar year (the nearest would be 2024-09-17)
    ("除夕", "2025-01-28"),  # the eve before publication's lunar year
])
def test_a_lunar_date_alone_is_of_publications_lunar_year(text, value):
    assert _got(text) == [(text, value, None)]


def test_a_lunar_date_in_a_sentence_stays_the_nearest():
    assert _got("部长们农历八月十五举行会议。") == [("农历八月十五", "2024-09-17", None)]


@pytest.mark.parametrize("text,value", [
    ("当年", "2025"), ("次年", "2026"), ("前一年", "2024"), ("次月", "2025-04"), ("同月", "2025-03"), ("这一个月", "2025-03"),
    ("次日", "2025-03-14"), ("同日", "2025-03-13"), ("大大前天", "2025-03-09"), ("大大后天", "2025-03-17"), ("后日", "2025-03-15"),
    ("冬月初十", "2025-12-29"),  # 冬月: the eleventh lunar month, by its name (publication's lunar year, alone)
    ("今年9月初十", "2025-10-30"),  # a month in figures and a lunar day (初N) after a year word: lunar
])
def test_story_relative_words_alone_and_more_lunar_forms(text, value):
    assert _got(text) == [(text, value, None)]


@pytest.mark.parametrize("text", ["当年他只有十岁。", "次日凌晨他们离开。", "同年他去了北京。"])
def test_story_relative_words_in_a_sentence_are_not_publications(text):
    assert all(v not in ("2025", "2025-03-14", "2025-03-13") for _t, v, _e in _got(text))


def test_a_month_in_figures_then_chu_with_no_year_word_is_early_in_the_month():
    assert [t for t, _v, _e in _got("9月初十")] == ["9月"]


@pytest.mark.parametrize("text", ["他一周三次去健身房。", "这一周三次训练都取消了。", "上一周三名球员受伤。"])
def test_a_count_after_zhou_san_is_no_wednesday(text):
    # no Wednesday; "这一周", "上一周" are the week itself (a range, stop 54)
    assert all(e is not None and t.endswith("周") for t, _v, e in _got(text))


def test_a_wednesday_before_a_list_is_still_one():
    assert [t for t, _v, _e in _got("周三名单公布。")] == ["周三"]


@pytest.mark.parametrize("text,value", [("3日前", "2025-03-10"), ("十五日前", "2025-02-26"), ("下年", "2026")])
def test_hong_kong_forms(text, value):
    assert _got(text) == [(text, value, None)]


def test_n_ri_qian_in_a_sentence_is_before_the_day():
    assert _got("文件须于3日前提交。") == [("3日", "2025-03-03", None)]


@pytest.mark.parametrize("text,value", [
    ("去年除夕", "2025-01-28"),  # the eve that ends lunar year 2024
    ("今年除夕", "2026-02-16"),  # the eve that ends lunar year 2025
    ("今年正月十五", "2025-02-12"),
    ("十五号", "2025-03-15"), ("一号", "2025-03-01"), ("廿三日", "2025-03-23"),  # a day in Chinese numerals alone
    ("二〇二一年第三季度末", "2021-09"),
])
def test_lunar_days_of_a_year_word_and_chinese_numeral_days(text, value):
    assert _got(text) == [(text, value, None)]


@pytest.mark.parametrize("text", ["一日游很受欢迎。", "三号线开通了。"])
def test_chinese_numeral_days_in_running_text_are_left(text):
    assert _got(text) == []


@pytest.mark.parametrize("text,value", [
    ("下个月的第一个星期一", "2025-04-07"), ("本月最后一个星期五", "2025-03-28"), ("上个月的最后一个周日", "2025-02-23"),
])
def test_nth_weekday_of_a_month_named_from_publications(text, value):
    assert _got(text) == [(text, value, None)]


@pytest.mark.parametrize("text", [
    # 来/下/上/后 closing a word of their own (a directional complement, a locative), 年 opening one (年度, 年代 ...)
    "城市迎来年度最大降雪。", "新产品为公司带来年收入一亿元。", "他拿下年度最佳球员奖。", "她写下年度总结。",
    "创下年度新高。", "公司举办线上年会。", "市场上年货供应充足。", "世界上年产量最高的国家。", "战后年代的文学。",
    "球队迎来年终总决赛。", "他在网上年终促销中买了手机。",
])
def test_no_year_word_across_two_words(text):
    assert _got(text) == []


@pytest.mark.parametrize("text,phrase,value", [
    ("来年，我们将继续努力。", "来年", "2026"), ("在来年举行选举。", "来年", "2026"),
    ("公司上年度利润增长两成。", "上年", "2024"), ("下年，部长们将举行会议。", "下年", "2026"),
])
def test_year_word_standing_alone_still_reads(text, phrase, value):
    assert [(t, v) for t, v, _e in _got(text)] == [(phrase, value)]


@pytest.mark.parametrize("text,value", [
    ("半个月前", "2025-02-26"), ("半個月前", "2025-02-26"), ("半个月后", "2025-03-28"),  # half a month: fifteen days
    ("十二周前", "2024-12-19"), ("二十周后", "2025-07-31"), ("十二个月前", "2024-03"), ("二十年前", "2005"),
    ("星期5", "2025-03-14"), ("周5", "2025-03-14"), ("礼拜5", "2025-03-14"), ("下个礼拜3", "2025-03-19"),
])
def test_half_months_tens_and_digit_weekdays_alone(text, value):
    assert _got(text) == [(text, value, None)]


@pytest.mark.parametrize("text,phrase,value", [
    ("他半个月前离开北京。", "半个月前", "2025-02-26"),
    ("部长们将于半个月后举行会议。", "半个月后", "2025-03-28"),
    ("上周5他去了北京。", "上周5", "2025-03-07"),
    ("十五日，部长们举行会议。", "十五日", "2025-03-15"),  # a day in Chinese numerals opening a sentence, as "15日，"
    ("会议结束。二十日晚，部长们离开。", "二十日", "2025-03-20"),
])
def test_half_months_digit_weekdays_and_opening_days_in_a_sentence(text, phrase, value):
    assert _got(text) == [(phrase, value, None)]


@pytest.mark.parametrize("text", [
    "每周5天工作制。", "周50次。", "本周5个项目完成。", "半个月里他很忙。",  # a count after 周, no Friday
    "一日，他来了。",  # "one day, ...": no first of the month
    "部长们十五日，举行会议。",  # not opening the sentence: left to the day rules (none reads 十五日 mid-sentence)
])
def test_no_digit_weekday_or_opening_day(text):
    assert all(t not in ("周5", "一日", "半个月", "十五日") for t, _v, _e in _got(text))


@pytest.mark.parametrize("text", ["他在九八年去过北京。", "零三年", "九八年"])
def test_two_digit_year_with_no_publication_date_is_no_date(text):
    # no publication date and no year in the text: no century to be had, and no crash (the year was formatted as None)
    assert [d.value for d in find_dates(text, "zh", None)] == []


def test_lunar_day_beside_a_date_published_in_year_one():
    # the lunar day in brackets tries the years either side of publication: year 0 is none, and no crash
    assert [d.value for d in find_dates("春节假期从1月22日(初一)开始。", "zh", "0001-01-01")] == ["0001-01-22"]
