"""Counted relative dates (issue 11, dates49) and the publication date an HTML page's meta tags give.

"N units ago" is a point, the day (or month) N units before publication: "three days ago", "قبل يومين", "三天前", and
now fa "دو روز گذشته" (as "روز گذشته" is yesterday). "The past N units" and "the next N units" are spans that name no one
day and give no date, as the labelled real-news dev rows read them ("过去40年", "7 tháng qua", "2 năm tới", "طی ... 14
ماه گذشته", "برای 3 سال آینده"): vi "N tháng qua/tới" said bare is such a span, as is fa "N ... گذشته" after a span word
(در, طی, ظرف) or a plural noun it belongs to ("پرداخت‌های دو ماه ...")."""

from __future__ import annotations

import pytest

from bilat.ingest import extract_html, jsonl_article
from bilat.stages.dates import find_dates

PUB = "2024-05-15"


def _values(text: str, lang: str, published: str | None = PUB) -> list[tuple[str, str | None]]:
    return [(d.value, d.end_value) for d in find_dates(text, lang, published)]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("hai tuần trước", "vi", "2024-05-01"),
    # fa: N days, weeks or months "گذشته" back; words, Persian digits, a joined ezafe
    ("وزیر خارجه دو روز گذشته در تهران گفت", "fa", "2024-05-13"),
    ("سخنگوی دولت ۳ روز گذشته اعلام کرد", "fa", "2024-05-12"),
    ("دو هفته‌ی گذشته هیئتی به بغداد رفت", "fa", "2024-05-01"),
    ("۲ هفته پیش", "fa", "2024-05-01"),
    ("کار خود را از سه ماه گذشته آغاز کرده است", "fa", "2024-02"),
    # the same class where it was read already
    ("قبل يومين", "ar", "2024-05-13"),
    ("بعد أسبوعين", "ar", "2024-05-29"),
    ("สองสัปดาห์ก่อน", "th", "2024-05-01"),
    ("三天前", "zh", "2024-05-12"),
    ("两周后", "zh", "2024-05-29"),
    ("три дня назад", "ru", "2024-05-12"),
    ("через две недели", "ru", "2024-05-29"),
    ("three days ago", "en", "2024-05-12"),
    ("in two weeks", "en", "2024-05-29"),
])
def test_a_counted_offset_is_a_point_from_publication(text, lang, value):
    assert _values(text, lang) == [(value, None)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Hai mươi năm qua, tỉnh đã thay đổi nhiều.", "vi"),
    ("kim ngạch xuất khẩu của tỉnh 5 tháng qua đạt 2 tỷ USD", "vi"),
    ("Bộ trưởng cho biết 3 tháng tới sẽ ký hiệp định thương mại.", "vi"),
    ("Trong 3 tháng qua, giá xăng tăng mạnh.", "vi"),
    ("Suốt hơn 2 năm qua, hai nước đã đàm phán.", "vi"),
    ("Hai nước sẽ họp trong 10 ngày tới.", "vi"),
    ("trong vòng 2 tuần tới", "vi"),
    ("10 năm qua đến nay, kinh tế tăng trưởng.", "vi"),
    ("در دو روز گذشته سه نفر کشته شدند", "fa"),
    ("طی سه ماه گذشته قیمت‌ها بالا رفت", "fa"),
    ("ظرف دو هفته آینده توافق امضا می‌شود", "fa"),
    ("در طول سه ماه گذشته", "fa"),
    ("طی یک سال یا ۱۴ ماه گذشته تعاملات افزایش یافت", "fa"),
    ("پرداخت‌های دو ماه گذشته انجام شد", "fa"),
    ("سه ماه آینده انتخابات برگزار می‌شود", "fa"),
    ("خلال الأيام الثلاثة الماضية قتل خمسة أشخاص", "ar"),
    ("في الأشهر الستة المقبلة", "ar"),
    ("ในช่วง 3 วันที่ผ่านมา", "th"),
    ("过去三个月,两国贸易增长。", "zh"),
    ("未来两周内将举行会谈。", "zh"),
    ("за последние три месяца", "ru"),
    ("в ближайшие две недели", "ru"),
    ("the past two months", "en"),
    ("in the next two weeks", "en"),
])
def test_a_counted_span_gives_no_date(text, lang):
    assert _values(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Sau 5 năm qua lại giữa hai nước, họ đã ký hiệp định.", "vi"),  # "qua lại": back and forth
    ("Đoàn xe mất 3 ngày tới Hà Nội.", "vi"),  # "tới Hà Nội": to Hanoi
    ("Từ 2 tháng tới 3 tháng.", "vi"),  # a range of durations
    ("2-3 ngày qua", "vi"),  # a vague count
    ("یکی دو روز گذشته", "fa"),  # a vague count
])
def test_look_alikes_of_a_counted_offset_give_no_date(text, lang):
    assert _values(text, lang) == []


def test_a_counted_offset_needs_publication():
    assert _values("وزیر خارجه دو روز گذشته گفت", "fa", None) == []


def test_the_uncounted_period_words_keep_their_reading():
    assert _values("روز گذشته وزیر گفت", "fa") == [("2024-05-14", None)]
    assert _values("Tháng tới hai nước sẽ họp.", "vi") == [("2024-06", None)]


BODY = "<p>" + "The foreign ministers of Iran and Iraq met in Baghdad to discuss border security and trade. " * 4 + "</p>"


def _page(head: str = "", body_top: str = "") -> str:
    return (f"<html><head><title>Talks in Baghdad</title>{head}</head><body><article><h1>Talks in Baghdad</h1>"
            f"{body_top}{BODY}</article></body></html>")


@pytest.mark.parametrize(("head", "body_top", "published"), [
    ('<meta property="article:published_time" content="2024-03-05T10:00:00+03:30">', "", "2024-03-05"),
    ('<meta property="og:published_time" content="2024-03-06">', "", "2024-03-06"),
    (('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
     '"headline": "Talks", "datePublished": "2024-03-07T08:00:00Z"}</script>'), "", "2024-03-07"),
    ('<meta name="date" content="2024-03-08">', "", "2024-03-08"),
    ('<meta name="pubdate" content="2024-03-09">', "", "2024-03-09"),
    ("", '<time datetime="2024-03-10T09:00">10 March</time>', "2024-03-10"),
    (('<meta property="article:modified_time" content="2024-04-01">'
     '<meta property="article:published_time" content="2024-03-05">'), "", "2024-03-05"),  # published, not modified
])
def test_html_date_meta_is_the_publication_date(head, body_top, published):
    assert extract_html(_page(head, body_top), "page.html").published == published


def test_html_without_a_date_has_none():
    assert extract_html(_page(), "page.html").published is None


def test_a_feed_line_keeps_its_own_date_over_the_html_meta():
    page = _page('<meta property="article:published_time" content="2024-03-05">')
    assert jsonl_article({"html": page}, "feed.jsonl").published == "2024-03-05"
    own = {"html": page, "published": "2024-03-04"}
    assert jsonl_article(own, "feed.jsonl").published == "2024-03-04"
