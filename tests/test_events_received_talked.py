"""Receiving aid and talking about acts: "Iran received aid from Russia" is AID RUS>IRN, no visit hosted (events.
_received_aid, data/direction.json "received_goods"); "伊朗接受了俄罗斯的援助" puts the giver between the verb of receiving
and the aid (events.RECEIVED_BETWEEN); Arabic puts the receiver between the verb and its particle ("حصلت مصر على
مساعدات من السعودية", "receive_split"); an act named right after a word of talking about it ("talked about the
sanctions", "نتحدث عن المساعدات", data/event_lexicon.json "talked_about") is the topic, no act; a Russian passive's
agent named bare in the instrumental acts ("Украине была оказана помощь Германией", events._instrumental_agent). Sentences composed for
the test."""
from __future__ import annotations

import pytest
from test_events import two_party


def C(*xs):
    return [(x, c, "country") for x, c in xs]


@pytest.mark.parametrize("text, lang, mentions, want", [
    # a verb of receiving with an aid noun: the giver after 'from' acts
    ("Iran received aid from Russia.", "en", C(("Iran", "IRN"), ("Russia", "RUS")), [("AID", "RUS", "IRN")]),
    ("Iran received weapons from Russia.", "en", C(("Iran", "IRN"), ("Russia", "RUS")), [("AID", "RUS", "IRN")]),
    ("Иран получил помощь от России.", "ru", C(("Иран", "IRN"), ("России", "RUS")), [("AID", "RUS", "IRN")]),
    ("Iran nhận viện trợ từ Nga.", "vi", C(("Iran", "IRN"), ("Nga", "RUS")), [("AID", "RUS", "IRN")]),
    ("伊朗接受了俄罗斯的援助。", "zh", C(("伊朗", "IRN"), ("俄罗斯", "RUS")), [("AID", "RUS", "IRN")]),
    ("伊朗获得了俄罗斯的援助。", "zh", C(("伊朗", "IRN"), ("俄罗斯", "RUS")), [("AID", "RUS", "IRN")]),
    ("อิหร่านได้รับความช่วยเหลือจากรัสเซีย", "th", C(("อิหร่าน", "IRN"), ("รัสเซีย", "RUS")), [("AID", "RUS", "IRN")]),
    ("Egypt received a loan from Saudi Arabia.", "en", C(("Egypt", "EGY"), ("Saudi Arabia", "SAU")),
     [("AID", "SAU", "EGY")]),
    ("Egypt has received $2 billion in aid from Saudi Arabia.", "en", C(("Egypt", "EGY"), ("Saudi Arabia", "SAU")),
     [("AID", "SAU", "EGY")]),
    # a guest received, aid only in a later clause: still a visit
    ("Egypt received the Saudi foreign minister, who pledged aid.", "en", C(("Egypt", "EGY"), ("Saudi", "SAU")),
     [("CONSULT", "SAU", "EGY")]),
    # Arabic: the receiver between the verb and على
    ("حصلت مصر على مساعدات من السعودية.", "ar", C(("مصر", "EGY"), ("السعودية", "SAU")), [("AID", "SAU", "EGY")]),
    ("تحصل مصر على مساعدات عسكرية من السعودية.", "ar", C(("مصر", "EGY"), ("السعودية", "SAU")),
     [("AID", "SAU", "EGY")]),
    # giving stays giving
    ("قدمت السعودية مساعدات إلى مصر.", "ar", C(("السعودية", "SAU"), ("مصر", "EGY")), [("AID", "SAU", "EGY")]),
    ("俄罗斯向伊朗提供了援助。", "zh", C(("俄罗斯", "RUS"), ("伊朗", "IRN")), [("AID", "RUS", "IRN")]),
    # Russian passive, the agent bare in the instrumental
    ("Украине была оказана помощь Германией.", "ru", C(("Украине", "UKR"), ("Германией", "DEU")),
     [("AID", "DEU", "UKR")]),
    ("Иран был обвинён Израилем в атаке.", "ru", C(("Иран", "IRN"), ("Израилем", "ISR")), [("ACCUSE", "ISR", "IRN")]),
    ("Санкции, введённые США против России, вступили в силу.", "ru", C(("США", "USA"), ("России", "RUS")),
     [("SANCTION", "USA", "RUS")]),
    ("Россия подверглась санкциям со стороны США.", "ru", C(("Россия", "RUS"), ("США", "USA")),
     [("SANCTION", "USA", "RUS")]),
    ("Германия оказала помощь Украине.", "ru", C(("Германия", "DEU"), ("Украине", "UKR")), [("AID", "DEU", "UKR")]),
    ("Россия была атакована Украиной.", "ru", C(("Россия", "RUS"), ("Украиной", "UKR")), [("ASSAULT", "UKR", "RUS")]),
    # the instrumental after "с" (with) is a partner, no agent
    ("Россия была готова к диалогу с Украиной.", "ru", C(("Россия", "RUS"), ("Украиной", "UKR")),
     [("AGREE", "RUS", "UKR")]),
    # talking about an act is no act (a meeting at most)
    ("نتحدث عن المساعدات العسكرية الأمريكية لمصر.", "ar", C(("الأمريكية", "USA"), ("مصر", "EGY")), []),
    ("Russia and China discussed the sanctions.", "en", C(("Russia", "RUS"), ("China", "CHN")),
     [("CONSULT", "RUS", "CHN")]),
    ("Россия и Китай обсудили санкции.", "ru", C(("Россия", "RUS"), ("Китай", "CHN")), [("CONSULT", "RUS", "CHN")]),
    ("Nga và Trung Quốc thảo luận về lệnh trừng phạt.", "vi", C(("Nga", "RUS"), ("Trung Quốc", "CHN")),
     [("CONSULT", "RUS", "CHN")]),
])
def test_direction(lexical, text, lang, mentions, want):
    assert two_party(lexical, text, lang, mentions) == want


def test_received_guest_stays_a_visit(lexical):
    from test_events import visits
    assert visits(lexical, "Iran received the Russian delegation.", "en",
                  C(("Iran", "IRN"), ("Russian", "RUS"))) == [("RUS", "IRN")]


@pytest.mark.parametrize("text, lang, mentions", [
    ("نتحدث عن العقوبات الأمريكية على روسيا.", "ar", C(("الأمريكية", "USA"), ("روسيا", "RUS"))),
    ("The ministers talked about sanctions on Russia by the United States.", "en",
     C(("Russia", "RUS"), ("United States", "USA"))),
])
def test_talked_about_is_no_act(lexical, text, lang, mentions):
    assert two_party(lexical, text, lang, mentions) == []
