"""Event type and trigger frames (issue 10, evtype). Sentences composed for the test.

- A negation word inside a fixed phrase that negates no act (plover.NEGATION_NOT from data/event_lexicon.json:
  "did not hesitate to", "could not but", 不断, 毫不犹豫, не раз, не мог не, không ngần ngại, لم تتردد, نه تنها,
  ไม่ลังเล) leaves the act told an event.
- An act refrained from or declined is no event (NEGATION: "refrained from", "declined to", воздержался, امتنع; Persian
  light-verb tail خودداری, امتناع in negation_after).
- A heavy price paid (past) is no threat of consequences; a heavy price one will pay still is (EXCLUDE words).
- The act after a refusal, a request or a threat is no second event, even when the classifier is sure of its type
  (events.FRAMED_TYPES): "China refused to sign the agreement with Russia" is REJECT only.
"""
from __future__ import annotations

import pytest
from test_events import two_party
from test_events_negation_clitic import PARTIES as CLITIC_PARTIES

from bilat.stages import events

PARTIES = {**CLITIC_PARTIES, "fa": [("چین", "CHN", "country"), ("روسیه", "RUS", "country")]}


@pytest.mark.parametrize("lang, text", [
    ("en", "China did not hesitate to condemn Russia."),
    ("en", "China didn't hesitate to condemn Russia."),
    ("en", "China did not fail to condemn Russia."),
    ("en", "China has, not for the first time, condemned Russia."),
    ("zh", "中国毫不犹豫地谴责俄罗斯。"),
    ("zh", "中国不能不谴责俄罗斯。"),
    ("zh", "中国不忘谴责俄罗斯。"),
    ("ru", "Китай не раз осуждал Россию."),
    ("vi", "Trung Quốc không ngần ngại lên án Nga."),
    ("vi", "Trung Quốc không thể không lên án Nga."),
    ("ar", "لم تتردد الصين في إدانة روسيا."),
    ("fa", "چین نه تنها روسیه را محکوم کرد بلکه سفیر خود را فراخواند."),
    ("th", "จีนไม่ลังเลที่จะประณามรัสเซีย"),
    ("th", "ไม่นานมานี้จีนประณามรัสเซีย"),
])
def test_a_negation_inside_a_fixed_phrase_negates_no_act(lexical, lang, text):
    assert ("ACCUSE", "CHN", "RUS") in two_party(lexical, text, lang, PARTIES[lang])


@pytest.mark.parametrize("lang, text", [
    ("en", "China did not condemn Russia."),
    ("zh", "中国没有谴责俄罗斯。"),
    ("ru", "Китай не осудил Россию."),
    ("vi", "Trung Quốc không lên án Nga."),
    ("ar", "لم تدن الصين روسيا."),
    ("th", "จีนไม่ได้ประณามรัสเซีย"),
])
def test_a_plain_negation_still_negates(lexical, lang, text):
    assert two_party(lexical, text, lang, PARTIES[lang]) == []


GER = {
    "en": [("Germany", "DEU", "country"), ("Russia", "RUS", "country")],
    "ar": [("ألمانيا", "DEU", "country"), ("روسيا", "RUS", "country")],
    "fa": [("آلمان", "DEU", "country"), ("روسیه", "RUS", "country")],
    "zh": [("德国", "DEU", "country"), ("俄罗斯", "RUS", "country")],
    "ru": [("Германия", "DEU", "country"), ("России", "RUS", "country")],
}


@pytest.mark.parametrize("lang, text", [
    ("ar", "دفعت ألمانيا ثمنا باهظا بسبب روسيا."),
    ("fa", "آلمان به خاطر روسیه هزینه سنگینی پرداخت کرد."),
    ("fa", "آلمان به دلیل روسیه متحمل هزینه سنگینی شد."),
    ("zh", "德国因俄罗斯付出了沉重代价。"),
    ("ru", "Германия дорого заплатила за конфликт с России."),
])
def test_a_price_paid_is_no_threat(lexical, lang, text):
    assert [e for e in two_party(lexical, text, lang, GER[lang]) if e[0] == "THREATEN"] == []


@pytest.mark.parametrize("lang, text, who", [
    ("ar", "حذرت روسيا من أن ألمانيا ستدفع ثمنا باهظا.", ("RUS", "DEU")),
    ("fa", "روسیه هشدار داد آلمان هزینه سنگینی خواهد پرداخت.", ("RUS", "DEU")),
    ("zh", "俄罗斯警告德国将付出沉重代价。", ("RUS", "DEU")),
])
def test_a_price_to_pay_is_still_a_threat(lexical, lang, text, who):
    parties = GER[lang] if lang != "ru" else GER["ru"]
    assert ("THREATEN",) + who in two_party(lexical, text, lang, parties)


@pytest.fixture(scope="module")
def combined():
    return events.make_stage()


@pytest.mark.parametrize("lang, text", [
    ("en", "China refused to sign the agreement with Russia."),
    ("en", "China refused to condemn Russia."),
    ("vi", "Trung Quốc từ chối ký thỏa thuận với Nga."),
    ("vi", "Trung Quốc từ chối lên án Nga."),
    ("ar", "رفضت الصين التوقيع على الاتفاق مع روسيا."),
    ("th", "จีนปฏิเสธที่จะประณามรัสเซีย"),
])
def test_the_act_refused_is_no_second_event(combined, lang, text):
    got = two_party(combined, text, lang, PARTIES[lang])
    assert ("REJECT", "CHN", "RUS") in got
    assert {e[0] for e in got} == {"REJECT"}


def test_the_act_refused_is_an_event_with_the_flag_off(combined, monkeypatch):
    monkeypatch.setattr(events, "FRAMED_TYPES", False)
    got = two_party(combined, "China refused to condemn Russia.", "en", PARTIES["en"])
    assert {e[0] for e in got} == {"REJECT", "ACCUSE"}


@pytest.mark.parametrize("lang, text", [
    ("en", "China refrained from condemning Russia."),
    ("en", "China declined to condemn Russia."),
    ("ru", "Китай воздержался от осуждения России."),
    ("ar", "امتنعت الصين عن إدانة روسيا."),
    ("fa", "چین از محکوم کردن روسیه خودداری کرد."),
])
def test_an_act_refrained_from_is_no_event(lexical, lang, text):
    parties = dict(PARTIES, ru=[("Китай", "CHN", "country"), ("России", "RUS", "country")])
    assert two_party(lexical, text, lang, parties[lang]) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "China condemned Russia."),
    ("ar", "أدانت الصين روسيا."),
    ("fa", "چین روسیه را محکوم کرد."),
])
def test_the_act_done_is_an_event(lexical, lang, text):
    assert ("ACCUSE", "CHN", "RUS") in two_party(lexical, text, lang, PARTIES[lang])
