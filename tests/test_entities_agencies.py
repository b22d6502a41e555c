"""Intelligence and security agencies stand for their state (issue 10): the CIA, FBI, NSA, FSB, SVR, GRU, Mossad,
Shin Bet, MI6, MI5, ISI and China's Ministry of State Security are organisations with a country in the gazetteer
(scripts/gazetteer_src/orgs.json), so the events stage takes them as actors, as the IRGC and the seats of power
(the Kremlin, the White House, the Pentagon: form 'capital'). GUIDE.md: organs acting for a state are actors.
Sentences composed for the test."""
from __future__ import annotations

import dataclasses

import pytest
from test_events import make_doc

from bilat.stages import events


def orgs(tagger, text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.iso3) for m in tagger.mentions(text, lang) if m.kind == "org"]


@pytest.mark.parametrize("text, lang, expected", [
    ("The CIA and the FBI briefed lawmakers.", "en", [("CIA", "USA"), ("FBI", "USA")]),
    ("The FSB, the SVR and the GRU denied it.", "en", [("FSB", "RUS"), ("SVR", "RUS"), ("GRU", "RUS")]),
    ("Mossad and the Shin Bet ran the operation.", "en", [("Mossad", "ISR"), ("Shin Bet", "ISR")]),
    ("MI6 and MI5 issued a warning.", "en", [("MI6", "GBR"), ("MI5", "GBR")]),
    ("The ISI denied the report.", "en", [("ISI", "PAK")]),
    ("ЦРУ и ФСБ обменялись заявлениями.", "ru", [("ЦРУ", "USA"), ("ФСБ", "RUS")]),
    ("Моссад и ГРУ не комментируют.", "ru", [("Моссад", "ISR"), ("ГРУ", "RUS")]),
    ("الموساد نفذ العملية.", "ar", [("الموساد", "ISR")]),
    ("سي آي إيه نفت التقرير.", "ar", [("سي آي إيه", "USA")]),
    ("سیا و موساد این گزارش را رد کردند.", "fa", [("سیا", "USA"), ("موساد", "ISR")]),
    ("中央情报局和摩萨德拒绝置评。", "zh", [("中央情报局", "USA"), ("摩萨德", "ISR")]),
    ("联邦安全局发表声明。", "zh", [("联邦安全局", "RUS")]),
    ("国家安全部发布公告。", "zh", [("国家安全部", "CHN")]),
    ("CIA và Mossad phối hợp.", "vi", [("CIA", "USA"), ("Mossad", "ISR")]),
    ("ซีไอเอออกแถลงการณ์", "th", [("ซีไอเอ", "USA")]),
])
def test_agencies_stand_for_their_state(tagger, text, lang, expected):
    assert orgs(tagger, text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("The cia of the story is unclear.", "en"),  # lower case: no acronym
    ("National Security Adviser Ajit Doval met his counterpart.", "en"),  # NSA (the adviser) is not listed
    ("Asia and Europe traded more.", "en"),
])
def test_no_agency_without_its_name(tagger, text, lang):
    assert orgs(tagger, text, lang) == []


def _events(tagger, stage, text: str, lang: str) -> list[tuple[str, str, str]]:
    doc = make_doc(text, lang, published="2024-03-01")
    doc = dataclasses.replace(doc, mentions=tuple(tagger.mentions(text, lang)))
    doc = stage(doc)
    return [(e.event, e.actor.code, e.recipient.code) for e in events.exported(doc.events) if e.actor and e.recipient]


@pytest.mark.parametrize("text, lang, want", [
    ("The CIA accused Russia of meddling in the election.", "en", ("ACCUSE", "USA", "RUS")),
    ("The FSB accused Ukraine of plotting sabotage.", "en", ("ACCUSE", "RUS", "UKR")),
    ("ЦРУ обвинило Россию во вмешательстве в выборы.", "ru", ("ACCUSE", "USA", "RUS")),
    ("中央情报局指责俄罗斯干预选举。", "zh", ("ACCUSE", "USA", "RUS")),
    ("اتهم الموساد إيران بالتخطيط لهجمات.", "ar", ("ACCUSE", "ISR", "IRN")),
    ("سیا روسیه را به دخالت در انتخابات متهم کرد.", "fa", ("ACCUSE", "USA", "RUS")),
    ("FSB cáo buộc Ukraine âm mưu phá hoại.", "vi", ("ACCUSE", "RUS", "UKR")),
    ("ซีไอเอกล่าวหารัสเซียว่าแทรกแซงการเลือกตั้ง", "th", ("ACCUSE", "USA", "RUS")),
    ("白宫向日本提出抗议。", "zh", ("ACCUSE", "USA", "JPN")),  # a seat before 向: its government
])
def test_an_agency_acts_as_its_state(tagger, lexical, text, lang, want):
    assert want in _events(tagger, lexical, text, lang)


@pytest.mark.parametrize("text, lang, seat, iso3", [
    ("Trung Nam Hải phát tín hiệu thay đổi chính sách.", "vi", "Trung Nam Hải", "CHN"),
    ("Điện Élysée hoan nghênh thỏa thuận.", "vi", "Điện Élysée", "FRA"),
    ("Чжуннаньхай подал сигнал.", "ru", "Чжуннаньхай", "CHN"),
    ("Голубой дом выразил протест Японии.", "ru", "Голубой дом", "KOR"),
    ("Госдепартамент обвинил Россию.", "ru", "Госдепартамент", "USA"),
    ("البيت الأزرق احتج على اليابان.", "ar", "البيت الأزرق", "KOR"),
    ("کاخ آبی به ژاپن اعتراض کرد.", "fa", "کاخ آبی", "KOR"),
    ("ดาวนิงสตรีทประณามอิหร่าน", "th", "ดาวนิงสตรีท", "GBR"),
    ("ทำเนียบเอลิเซ่แถลง", "th", "ทำเนียบเอลิเซ่", "FRA"),
])
def test_seats_of_power_stand_for_their_government(tagger, text, lang, seat, iso3):
    assert (seat, "capital", iso3) in [(m.text, m.form, m.iso3) for m in tagger.mentions(text, lang)]


@pytest.mark.parametrize("text, seat, iso3", [
    ("白宫向日本提出抗议。", "白宫", "USA"),
    ("青瓦台向日本抗议。", "青瓦台", "KOR"),
    ("北京向华盛顿发出警告。", "北京", "CHN"),
])
def test_a_chinese_seat_addressing_a_state_is_its_government(tagger, text, seat, iso3):
    # 向 'to, toward' after the seat: the government addresses another state (data/actors.json zh_capital_acts)
    assert (seat, "capital", iso3) in [(m.text, m.form, m.iso3) for m in tagger.mentions(text, "zh")]


def test_a_chinese_seat_after_a_word_of_place_stays_a_venue(tagger):
    assert [(m.text, m.form) for m in tagger.mentions("他在北京向记者表示。", "zh")] == [("北京", "place")]
