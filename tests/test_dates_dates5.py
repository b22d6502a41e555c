"""Dates round five (issue 11): weekday labels written in words, declared days, Persian headline announcements,
zh offsets after a scheduled end, zh day counts in a narrative, Arabic three-digit years with their era."""
from bilat.stages.dates import find_dates


def _vals(text: str, lang: str, pub: str) -> list[tuple[str, str, str | None]]:
    return [(d.text, d.value, d.end_value) for d in find_dates(text, lang, pub)]


def test_weekday_before_a_day_in_words_is_in_its_text() -> None:
    # published Monday 2024-03-04: "tomorrow is the last day of Sha'ban, and Wednesday the first of Ramadan"
    got = find_dates("غدا آخر أيام شعبان والأربعاء غرة شهر رمضان", "ar", "2024-03-04")
    wd = [d for d in got if "الأربعاء" in d.text]
    assert wd and all("غرة" in d.text for d in wd)
    # a day written with digits keeps its own text
    assert find_dates("On Tuesday, Sept. 2, they met.", "en", "2025-09-05")[0].text == "Sept. 2"


def test_weekday_declared_a_day_of_mourning_is_the_coming_one() -> None:
    # published Wednesday 2021-05-12; the verb is past but the day declared is Friday to come
    assert _vals("Пятница в республике объявлена днём траура.", "ru", "2021-05-12") == [("Пятница", "2021-05-14", None)]
    assert _vals("Пятница в области объявили днем траура.", "ru", "2021-05-12")[0][1] == "2021-05-14"
    assert _vals("Friday was declared a national day of mourning.", "en", "2021-05-12")[0][1] == "2021-05-14"
    # no declaration: a past verb keeps the one gone by
    assert _vals("В пятницу губернатор посетил завод.", "ru", "2021-05-12")[0][1] == "2021-05-07"


def test_persian_headline_of_holding_announces_the_coming_day() -> None:
    # published Sunday 2020-01-05: "holding of the prayer on the eve of Friday (Thursday night) in Qom"
    assert _vals("برگزاری مراسم دعای ندبه شب جمعه در قم", "fa", "2020-01-05") == [("شب جمعه", "2020-01-09", None)]
    # with a past verb it is the one gone by
    assert _vals("برگزاری مراسم دعا شب جمعه در قم انجام شد", "fa", "2020-01-05")[0][1] == "2020-01-02"


def test_zh_weeks_until_a_term_ends_read_from_publication() -> None:
    # published Wednesday 2019-04-10: "the chairman's term ends in three weeks"
    assert _vals("主席三周後任滿，", "zh", "2019-04-10") == [("三周後", "2019-05-01", None)]


def test_zh_days_later_in_a_narrative_is_no_day_of_the_month() -> None:
    assert _vals("他入院檢查，但3日後仍未獲通知。", "zh", "2019-04-10") == []
    assert _vals("會議將於3日舉行。", "zh", "2019-04-01")[0][1] == "2019-04-03"


def test_arabic_three_digit_year_with_its_era() -> None:
    got = _vals("بني المسجد بين عام 705 و 715 ميلادية", "ar", "2019-04-10")
    assert got and got[0][1] == "0705"
    assert _vals("وقع الحادث عام 705 في المدينة", "ar", "2019-04-10") == []  # no era word: a figure may be meant
    assert _vals("شيد القصر في عام 912 م", "ar", "2019-04-10")[0][1] == "0912"


def test_two_full_days_joined_by_to_are_one_range() -> None:
    # across a year, a weekday between the dash and the second day's number
    assert _vals("หยุดยาวตั้งแต่วันศุกร์ที่ 29 ธ.ค.2566 - วันจันทร์ที่ 1 ม.ค.2567", "th", "2023-12-01") == [
        ("29 ธ.ค.2566 - วันจันทร์ที่ 1 ม.ค.2567", "2023-12-29", "2024-01-01")]
    # the first day takes the second's year
    assert _vals("Áp dụng từ ngày 5/3 đến hết 20/4/2023.", "vi", None) == [
        ("5/3 đến hết 20/4/2023", "2023-03-05", "2023-04-20")]
    # a day word is no day written out: "tonight to Friday" stays two dates
    assert len(_vals("از امشب تا روز جمعه باران می‌بارد", "fa", "2026-01-07")) == 2
    # a later day far away is no range
    assert len(_vals("بين 3 مارس 2020 و 5 مايو 2023", "ar", None)) == 2


def test_zh_bracketed_lunar_label_before_zhi_joins_the_range() -> None:
    got = _vals("春节于2月10日(初一)至17日(初八)放假", "zh", "2024-01-20")
    assert got[0][1:] == ("2024-02-10", "2024-02-17")


def test_cantonese_day_words_and_the_past_weekend() -> None:
    assert _vals("佢噚日已經返咗屋企", "zh", "2021-03-10") == [("噚日", "2021-03-09", None)]
    assert _vals("過去一個周末有大型集會", "zh", "2021-03-10") == [("過去一個周末", "2021-03-06", "2021-03-07")]


def test_ru_month_after_v_is_that_month() -> None:
    assert _vals("В марте цены выросли.", "ru", "2024-03-20")[0][1] == "2024-03"


def test_fa_day_as_a_cardinal_word() -> None:
    assert _vals("سه‌شنبه ده تیر 1399 جلسه برگزار شد", "fa", None)[0][1] == "2020-06-30"
    assert _vals("جمعه پنج آبان مراسم است", "fa", "2023-10-01")[0][1] == "2023-10-27"
    assert _vals("دو خرداد رفتیم", "fa", "2022-01-01") == []  # no weekday, no year: not read as a day


def test_vi_lunar_day_with_its_year_and_tet_days() -> None:
    assert _vals("Rằm tháng Giêng tức ngày 15/1/2024 âm lịch", "vi", None)[0][1] == "2024-02-24"
    assert _vals("Hôm đó là mùng 2 Tết Nhâm Dần 2022.", "vi", None)[0][1] == "2022-02-02"
    assert _vals("Chợ mở lại từ mùng 4 Tết.", "vi", "2023-01-20")[0][1] == "2023-01-25"  # the Tết nearest publication
    assert ("mùng 3 Tết Giáp Thìn", "2024-02-12", None) in _vals("Ngày mùng 3 Tết Giáp Thìn trời ấm", "vi", "2024-01-20")


def test_zh_month_day_with_its_weekday_in_brackets() -> None:
    assert _vals("連假從2/14(六) ~ 2/22(日)共9天", "zh", "2025-12-04") == [
        ("2/14(六) ~ 2/22(日)", "2026-02-14", "2026-02-22")]
    assert _vals("比分是2/3", "zh", "2025-12-04") == []  # no weekday: no date


def test_en_would_before_a_weekday_is_the_coming_one() -> None:
    # published Friday 2021-12-03
    assert _vals("Asked if talks would resume on Wednesday, he said yes.", "en", "2021-12-03")[0][1] == "2021-12-08"
    assert _vals("He said he would have resigned on Monday.", "en", "2021-12-03")[0][1] == "2021-11-29"
    assert _vals("She told reporters on Monday that prices would rise.", "en", "2021-12-03")[0][1] == "2021-11-29"


def test_vi_lunar_day_takes_the_year_its_sentence_names() -> None:
    assert ("10/3", "2016-04-16", None) in _vals("Năm 2016 này, ngày giỗ tổ Hùng Vương (10/3 âm lịch) vào thứ 7", "vi", None)
    assert [v for v in _vals("Hàng năm, lễ hội năm 2016 diễn ra ngày 10/3 âm lịch", "vi", None) if v[0] == "10/3"] == []
    assert _vals("Lễ hội diễn ra ngày 15/8 âm lịch.", "vi", "2020-05-01") == []  # no year named: a day of every year


def test_en_reported_clause_after_a_weekday_sets_no_tense() -> None:
    # published Saturday 2020-05-23: the future of what was said does not move the Friday on
    got = _vals("The minister confirmed the launch on Friday night and said that it is likely to fly today.", "en",
                "2020-05-23")
    assert ("on Friday", "2020-05-22", None) in got
    assert _vals("The talks will resume on Monday and said nothing else.", "en", "2020-05-23")[0][1] == "2020-05-25"
