"""The document's home country (issue 10, evhome): an unnamed home official, "کشورمان" or an unnamed spokesman is
the country of the outlet that wrote the article (its host, else the article's own evidence), not always the
language's (an Afghan Persian outlet's "وزیر امور خارجه" is Afghanistan's). Sentences composed for the test."""
from __future__ import annotations

import dataclasses

from test_events import make_doc, pairs

from bilat.stages import events

AFGHAN = "کابل، ۱۵ حمل ۱۴۰۲\nوزیر امور خارجه روز دوشنبه با وزیر خارجه ازبکستان دیدار و گفت‌وگو کرد."
IRANIAN = "تهران، ۱۵ فروردین ۱۴۰۲\nوزیر امور خارجه روز دوشنبه با وزیر خارجه ازبکستان دیدار و گفت‌وگو کرد."
UZB = [("ازبکستان", "UZB", "country")]


def _pairs(stage, doc):
    return sorted(p for p in pairs(stage(doc)) if p[1] and p[2])


def test_afghan_persian_unnamed_foreign_minister_is_afghanistan(lexical):
    got = _pairs(lexical, make_doc(AFGHAN, "fa", UZB))
    assert ("CONSULT", "AFG", "UZB") in got
    assert not any("IRN" in p for p in got)


def test_iranian_unnamed_foreign_minister_stays_iran(lexical):
    got = _pairs(lexical, make_doc(IRANIAN, "fa", UZB))
    assert ("CONSULT", "IRN", "UZB") in got
    assert not any("AFG" in p for p in got)


def test_afghan_outlet_host_gives_afghanistan_without_markers(lexical):
    text = "وزیر امور خارجه روز دوشنبه با وزیر خارجه ازبکستان دیدار و گفت‌وگو کرد."
    doc = dataclasses.replace(make_doc(text, "fa", UZB), url="https://tolonews.com/fa/afghanistan-123")
    assert ("CONSULT", "AFG", "UZB") in _pairs(lexical, doc)
    assert ("CONSULT", "IRN", "UZB") in _pairs(lexical, make_doc(text, "fa", UZB))


def test_our_country_in_an_afghan_article_is_afghanistan(lexical):
    text = "۲۰ ثور ۱۴۰۲\nوزیر امور خارجه کشورمان با همتای ترکیه‌ای خود در آنکارا دیدار کرد."
    got = _pairs(lexical, make_doc(text, "fa", [("ترکیه", "TUR", "country")]))
    assert any(p[1:] == ("AFG", "TUR") for p in got)
    assert not any("IRN" in p for p in got)


def _home(text, lang, **kw):
    return events.document_home(dataclasses.replace(make_doc(text, lang), **kw))


def test_persian_home_from_the_articles_evidence():
    assert _home("روز ۱۲ حوت ۱۴۰۱ طالبان اعلام کرد", "fa") == "AFG"
    assert _home("سخنگوی امارت اسلامی گفت که هیئتی به دوحه می‌رود", "fa") == "AFG"
    assert _home("مقام‌های افغانستان در کابل گفتند طالبان با هیئت پاکستان دیدار کردند", "fa") == "AFG"
    # Iran named, or an Iranian date beside the Afghan one: the language's home stays
    assert _home("مقام‌های افغانستان در کابل گفتند طالبان با هیئت ایران دیدار کردند", "fa") == "IRN"
    assert _home("۱۲ حوت ۱۴۰۱ برابر با ۳ اسفند ۱۴۰۱", "fa") == "IRN"
    # a bare month-like word is no date ("میزان", level; "جدی", serious)
    assert _home("میزان همکاری جدی است و افغانستان", "fa") == "IRN"
    assert _home("سفیر در تهران گفت", "fa") == "IRN"


def test_chinese_home_taiwan_only_in_traditional_script_with_taiwan_evidence():
    assert _home("外交部表示，我國與友邦關係穩固，台灣將持續參與國際事務。", "zh") == "TWN"
    assert _home("中華民國外交部今天表示歡迎。", "zh") == "TWN"
    assert _home("民國112年5月，外交部長會見來訪貴賓。", "zh") == "TWN"
    assert _home("外交部表示，我国与台湾问题无关。", "zh") == "CHN"  # simplified: the PRC's "our country"
    assert _home("香港特區政府表示，我國與台灣的往來須依法進行。", "zh") == "CHN"  # a Hong Kong outlet


def test_outlet_host_country_code_and_listed_outlets():
    assert _home("Министр иностранных дел провел переговоры.", "ru", outlet="belta.by") == "BLR"
    assert _home("Министр иностранных дел провел переговоры.", "ru", url="https://www.ukrinform.ua/x") == "UKR"
    assert _home("Министр иностранных дел провел переговоры.", "ru", outlet="tass.ru") == "RUS"
    assert _home("Министр иностранных дел провел переговоры.", "ru") == "RUS"
    assert _home("外交部表示歡迎。", "zh", outlet="cna.com.tw") == "TWN"
    # an Iranian host wins over the article's Afghan evidence
    assert _home("۱۲ حوت ۱۴۰۱ طالبان اعلام کرد", "fa", outlet="farsnews.ir") == "IRN"
    # a language without a home keeps none, whatever the host
    assert _home("قال وزير الخارجية", "ar", outlet="aawsat.com") is None
    assert _home("قال وزير الخارجية", "ar", outlet="tolonews.af") is None


def test_dominant_country_takes_the_document_home():
    from test_vi_home_person import _country

    ms = [_country("تایوان", "TWN", 0), _country("ژاپن", "JPN", 10), _country("ژاپن", "JPN", 20)]
    assert events.dominant_country(ms, "zh") == "JPN"
    assert events.dominant_country(ms, "zh", "TWN") == "TWN"
