"""Two sources of false or reversed events in Chinese, Vietnamese and Thai (issue 10): the agentless passive,
whose subject is the one the act befalls ("两名俄罗斯公民被指控...", "công dân Nga bị cáo buộc ...", "ถูกกล่าวหา":
events._bare_passive, data/event_lexicon.json "passive_bare"); and conditions opened by zh "若", "只要", "假使" and th
"หาก" (GUIDE.md: a conditional act is no event; "若干" and "ต่างหาก", "หากแต่" are in EXCLUDE). Sentences composed
for the test."""
from __future__ import annotations

import pytest
from test_events import two_party


def C(*xs):
    return [(x, c, "country") for x, c in xs]


@pytest.mark.parametrize("text, lang, mentions, want", [
    # agentless passive: the subject before the marker is the recipient
    ("两名俄罗斯公民被指控在捷克制造爆炸。", "zh", C(("俄罗斯", "RUS"), ("捷克", "CZE")), ("ACCUSE", "CZE", "RUS")),
    ("Hai công dân Nga bị cáo buộc gây ra vụ nổ ở Séc.", "vi", C(("Nga", "RUS"), ("Séc", "CZE")),
     ("ACCUSE", "CZE", "RUS")),
    ("พลเมืองรัสเซียสองคนถูกกล่าวหาว่าก่อเหตุระเบิดในเช็ก", "th", C(("รัสเซีย", "RUS"), ("เช็ก", "CZE")),
     ("ACCUSE", "CZE", "RUS")),
    # the active voice, and a passive with its agent named, stay as they were
    ("捷克指控俄罗斯制造爆炸。", "zh", C(("捷克", "CZE"), ("俄罗斯", "RUS")), ("ACCUSE", "CZE", "RUS")),
    ("俄罗斯被美国制裁。", "zh", C(("俄罗斯", "RUS"), ("美国", "USA")), ("SANCTION", "USA", "RUS")),
    ("Nga bị Mỹ trừng phạt.", "vi", C(("Nga", "RUS"), ("Mỹ", "USA")), ("SANCTION", "USA", "RUS")),
])
def test_bare_passive_direction(lexical, text, lang, mentions, want):
    assert two_party(lexical, text, lang, mentions) == [want]


@pytest.mark.parametrize("text, lang, mentions", [
    ("若日本制裁俄罗斯，两国关系将恶化。", "zh", C(("日本", "JPN"), ("俄罗斯", "RUS"))),
    ("只要美国制裁伊朗，伊朗就不会谈判。", "zh", C(("美国", "USA"), ("伊朗", "IRN"))),
    ("หากญี่ปุ่นคว่ำบาตรรัสเซีย ความสัมพันธ์จะแย่ลง", "th", C(("ญี่ปุ่น", "JPN"), ("รัสเซีย", "RUS"))),
])
def test_condition_opens_no_event(lexical, text, lang, mentions):
    assert two_party(lexical, text, lang, mentions) == []


@pytest.mark.parametrize("text, lang, mentions, want", [
    ("日本若干官员批评俄罗斯。", "zh", C(("日本", "JPN"), ("俄罗斯", "RUS")), ("ACCUSE", "JPN", "RUS")),
    ("ญี่ปุ่นคว่ำบาตรรัสเซียต่างหาก", "th", C(("ญี่ปุ่น", "JPN"), ("รัสเซีย", "RUS")), ("SANCTION", "JPN", "RUS")),
])
def test_words_holding_the_condition_letters_are_no_condition(lexical, text, lang, mentions, want):
    assert two_party(lexical, text, lang, mentions) == [want]


@pytest.fixture(scope="module")
def combined():
    from bilat.stages import events
    return events.make_stage()


@pytest.mark.parametrize("text, lang, mentions", [
    ("Ngoại trưởng Mỹ cảnh báo rằng các công ty quốc phòng của Nga có thể bị trừng phạt nặng nề.", "vi",
     C(("Mỹ", "USA"), ("Nga", "RUS"))),
    ("Bộ trưởng Mỹ cảnh báo, mọi giao dịch với Nga đều có thể bị trừng phạt theo luật của Mỹ.", "vi",
     C(("Mỹ", "USA"), ("Nga", "RUS"), ("Mỹ", "USA"))),
])
def test_act_only_possible_gives_no_extra_of_its_type(combined, text, lang, mentions):
    """A warning that X could be sanctioned: the sanction's word is only possible (plover.UNCERTAIN), so the
    classifier's sureness of SANCTION adds no second event (events.HYPOTHETICAL_EXTRAS); the warning stays."""
    assert two_party(combined, text, lang, mentions) == [("THREATEN", "USA", "RUS")]
