"""Round forty-nine (issue 12, stories58; docs/stories.md): a day named as a limit is no event day
(``stories.until_day``, ``data/story_until.json``); a wire dateline closing a Chinese text
(``stories.tail_dateline``: its filing day, and the day an undated lead's "today" tells of), searched once per
document; a Solar day written with no year lands on its most common Gregorian day."""

from __future__ import annotations

import datetime

from conftest import dated_doc as _doc

from bilat.corpus import stories


def _ord(day: str) -> int:
    return datetime.date.fromisoformat(day).toordinal()


# --- limits ------------------------------------------------------------------------------------------------------


def test_a_detention_until_a_day_names_no_event_day():
    text = "Мещанский суд Москвы заключил под стражу до 14 июня двоих обвиняемых по делу о поджоге."
    doc = _doc(text, [("14 июня", "--06-14")], "ru")
    assert stories.until_day(doc, doc.dates[0])
    assert stories.event_day(doc) is None


def test_the_event_day_is_the_day_named_beside_the_limit():
    text = "Суд 12 апреля отправил под арест до 10 июня ещё одного фигуранта дела."
    doc = _doc(text, [("12 апреля", "--04-12"), ("10 июня", "--06-10")], "ru")
    assert stories.event_day(doc) == "--04-12"
    # ... and with the limit first, the day after it
    text = "Арест продлён до 10 июня: суд принял решение 12 апреля."
    doc = _doc(text, [("10 июня", "--06-10"), ("12 апреля", "--04-12")], "ru")
    assert stories.event_day(doc) == "--04-12"


def test_limits_in_each_language():
    cases = [
        ("The ceasefire was extended until March 3, the ministry said.", "March 3", "en"),
        ("Lệnh tạm giam được gia hạn đến ngày 3/3 theo quyết định của tòa.", "3/3", "vi"),
        ("مدد وقف إطلاق النار حتى 3 مارس المقبل.", "3 مارس", "ar"),
        ("آتش‌بس تا ۱۲ اسفند تمدید شد.", "۱۲ اسفند", "fa"),
        ("ขยายเวลาหยุดยิงจนถึงวันที่ 3 มีนาคม", "วันที่ 3 มีนาคม", "th"),
        ("截至3月3日,余震已超过200次。", "3月3日", "zh"),
        ("外国记者须在3月3日之前离境。", "3月3日", "zh"),
    ]
    for text, written, lang in cases:
        doc = _doc(text, [(written, "--03-03")], lang)
        assert stories.until_day(doc, doc.dates[0]), text
        assert stories.event_day(doc) is None, text


def test_a_day_that_is_no_limit_stays():
    cases = [
        ("The two leaders met in Hanoi on March 3.", "March 3", "en"),
        ("Hai nhà lãnh đạo hội đàm tại Hà Nội ngày 3/3.", "3/3", "vi"),
        ("3月3日前往莫斯科进行国事访问。", "3月3日", "zh"),  # 前往: went, not "before"
        ("Подготовка к саммиту 3 марта завершена.", "3 марта", "ru"),  # "к" a word away: no limit
        ("Ответ подо 3 марта.", "3 марта", "ru"),  # "до" inside a word
    ]
    for text, written, lang in cases:
        doc = _doc(text, [(written, "--03-03")], lang)
        assert not stories.until_day(doc, doc.dates[0]), text
        assert stories.event_day(doc) == "--03-03", text


def test_a_range_keeps_its_first_day():
    text = "Chuyến thăm kéo dài từ ngày 20 đến ngày 22/3."
    doc = _doc(text, [("20 đến ngày 22/3", "--03-20")], "vi")
    assert stories.event_day(doc) == "--03-20"


def test_the_switch(monkeypatch):
    text = "Мещанский суд Москвы заключил под стражу до 14 июня двоих обвиняемых."
    monkeypatch.setattr(stories, "UNTIL", False)
    assert stories.event_day(_doc(text, [("14 июня", "--06-14")], "ru")) == "--06-14"


# --- a dateline closing the text ---------------------------------------------------------------------------------

CNA = ("日本氣象廳表示,石川縣今天再度發生規模6.0地震。該地區1日剛發生規模7.6強震,造成200多人死亡。\n\n"
       "氣象廳說,今天的地震發生在當地時間清晨5時左右。(中央社東京9日綜合外電報導)")


def test_an_undated_lead_of_today_is_of_its_closing_dateline_day():
    doc = _doc(CNA, [("1日", "---01"), ("9日", "---09")], "zh")
    start, end, day = stories.tail_dateline(doc)
    assert CNA[start:end] == "(中央社東京9日綜合外電報導)" and day == 9
    assert stories.dateline_mday(doc) == 9
    assert stories.features(doc).loose == "mday:9"  # not the earlier quake's "1日"


def test_without_today_the_lead_keeps_its_first_day():
    text = CNA.replace("今天", "")
    doc = _doc(text, [("1日", "---01"), ("9日", "---09")], "zh")
    assert stories.dateline_mday(doc) is None
    assert stories.features(doc).loose == "mday:1"


def test_a_closing_dateline_is_the_filing_day_of_a_dated_report():
    doc = _doc(CNA, [("1日", "2024-01-01"), ("9日", "2024-01-09")], "zh", published="2024-01-11")
    assert stories.filed_day(doc) == _ord("2024-01-09")
    assert stories.day_of(doc) == _ord("2024-01-09")


def test_brackets_that_are_no_dateline_are_not_read():
    text = "两国外长9日在北京举行会谈。(完)(本报记者9日报道会谈)"  # no agency: no dateline
    doc = _doc(text, [("9日", "---09")], "zh")
    assert stories.tail_dateline(doc) is None
    text = "(中央社東京9日綜合外電報導)" + "两国外长在北京举行会谈。" * 10  # not at the end
    assert stories.tail_dateline(_doc(text, [], "zh")) is None


# --- the closing dateline searched once per document (robust58: day_of's cache by identity went) ----------------


def test_the_closing_dateline_is_searched_once_per_document(monkeypatch):
    doc = _doc(CNA, [("1日", "2024-01-01"), ("9日", "2024-01-09")], "zh", published="2024-01-11")
    stories._tail_dateline.cache_clear()
    for _ in range(3):
        assert stories.day_of(doc) == _ord("2024-01-09")
        stories.features(doc)
        stories.event_day(doc)
    info = stories._tail_dateline.cache_info()
    assert info.misses == 1 and info.hits >= 6, info
    # offsets into the document's text, past the part before the tail
    start, end, day = stories.tail_dateline(doc)
    assert start > 0 and CNA[start:end] == "(中央社東京9日綜合外電報導)" and day == 9


def test_day_of_reads_a_switch_afresh(monkeypatch):
    doc = _doc("新华社北京5月16日电 国家主席举行会谈。", [("5月16日", "2024-05-16")], "zh", published="2024-05-25")
    assert stories.day_of(doc) == _ord("2024-05-16")
    monkeypatch.setattr(stories, "FILED_DAYS", 0)
    assert stories.day_of(doc) == _ord("2024-05-25")
    monkeypatch.setattr(stories, "FILED_DAYS", 30)
    monkeypatch.setattr(stories, "DATELINE_MARKS", {})
    assert stories.day_of(doc) == _ord("2024-05-25")


# --- a Solar day with no year ------------------------------------------------------------------------------------


def test_a_solar_day_without_a_year_lands_on_its_usual_day():
    from bilat.stages.dates import find_dates

    def value(text: str) -> str:
        return next(r.value for r in find_dates(text, "fa", None, ()))

    assert value("زلزله ۱۵ مهر هرات را لرزاند") == "--10-07"  # 15 Mehr is 7 October in 1398, 1400-1402, 1404
    assert value("انفجار شنبه شب هشتم بهمن در اصفهان") == "--01-28"  # 8 Bahman: 28 January
    assert value("اول فروردین") == "--03-21"


def test_a_limit_is_no_day_the_report_names_for_days_apart(monkeypatch):
    text = "Мещанский суд Москвы заключил под стражу до 14 июня двоих обвиняемых по делу о поджоге."
    limit = _doc(text, [("14 июня", "--06-14")], "ru")
    other = _doc("Суд арестовал обвиняемого 12 апреля.", [("12 апреля", "--04-12")], "ru")
    f, g = stories.features(limit), stories.features(other)
    assert f.when == frozenset()
    assert stories.days_apart(None, f, None, g) is None  # no veto from the limit's day
    monkeypatch.setattr(stories, "UNTIL_WHEN", False)
    f = stories.features(limit)
    assert f.when == frozenset({"--06-14"})
    assert stories.days_apart(None, f, None, g) == 63
