"""Issue 10: joint military exercises of two states (COOPERATE/military, both parties from a conjunction) and
threats told indirectly ("all options are on the table", "will pay a heavy price", "will not stand idly by"):
THREATEN from the speaker's country to the country addressed, only when one is named."""

from __future__ import annotations

import pytest
from test_events import make_doc, trigger_types

from bilat.stages import events


def _two_sided(stage, text: str, lang: str, mentions) -> list[tuple[str, str | None, str, str]]:
    doc = stage(make_doc(text, lang, mentions, published="2024-03-01"))
    return [(e.event, e.mode, e.actor.code, e.recipient.code) for e in events.exported(doc.events)
            if e.actor and e.recipient]


EXERCISES = [
    ("en", "Joint drills staged by Canada and Norway began near the Arctic coast on Monday.", "Canada", "CAN",
     "Norway", "NOR"),
    ("zh", "巴基斯坦和土耳其周二在阿拉伯海举行联合军演。", "巴基斯坦", "PAK", "土耳其", "TUR"),
    ("vi", "Indonesia và Malaysia bắt đầu tập trận chung tại eo biển Malacca.", "Indonesia", "IDN", "Malaysia",
     "MYS"),
    ("ar", "بدأت الأردن والبحرين مناورات مشتركة في منطقة العقبة.", "الأردن", "JOR", "البحرين", "BHR"),
    ("ru", "Беларусь и Казахстан начали совместные учения на полигоне.", "Беларусь", "BLR", "Казахстан", "KAZ"),
    ("th", "กัมพูชาและลาวจัดการซ้อมรบร่วมบริเวณชายแดน", "กัมพูชา", "KHM", "ลาว", "LAO"),
    ("fa", "ارمنستان و هند رزمایش مشترک زمینی برگزار کردند.", "ارمنستان", "ARM", "هند", "IND"),
]


@pytest.mark.parametrize("lang,text,a,ac,b,bc", EXERCISES)
def test_joint_exercises_of_two_states_are_military_cooperation_between_them(lexical, lang, text, a, ac, b, bc):
    got = _two_sided(lexical, text, lang, [(a, ac, "country"), (b, bc, "country")])
    coop = [g for g in got if g[0] == "COOPERATE"]
    assert coop and coop[0][1] == "military"
    assert {coop[0][2], coop[0][3]} == {ac, bc}


THREATS = [
    ("en", "Brazil said its patience with Venezuela is not infinite.", "Brazil", "BRA", "Venezuela", "VEN"),
    ("en", "An Indian minister told Pakistan that all options are on the table.", "Indian", "IND", "Pakistan", "PAK"),
    ("en", "Turkey said it will not stand idly by if Greece arms the islands.", "Turkey", "TUR", "Greece", "GRC"),
    ("ar", "قال وزير الدفاع التركي إن اليونان ستدفع ثمنا باهظا.", "التركي", "TUR", "اليونان", "GRC"),
    ("ar", "وقال المتحدث الباكستاني للهند إن كل الخيارات مطروحة.", "الباكستاني", "PAK", "للهند", "IND"),
    ("fa", "سخنگوی آمریکا گفت در برابر ونزوئلا همه گزینه‌ها روی میز است.", "آمریکا", "USA", "ونزوئلا", "VEN"),
    ("ru", "Министр обороны Армении заявил, что Азербайджан заплатит высокую цену.", "Армении", "ARM",
     "Азербайджан", "AZE"),
    ("vi", "Bộ Ngoại giao Trung Quốc nói Nhật Bản sẽ phải trả giá.", "Trung Quốc", "CHN", "Nhật Bản", "JPN"),
]


@pytest.mark.parametrize("lang,text,a,ac,b,bc", THREATS)
def test_an_indirect_threat_goes_from_the_speaker_to_the_country_addressed(lexical, lang, text, a, ac, b, bc):
    got = _two_sided(lexical, text, lang, [(a, ac, "country"), (b, bc, "country")])
    assert [(g[0], g[2], g[3]) for g in got if g[0] == "THREATEN"] == [("THREATEN", ac, bc)]
    assert not [g for g in got if g[0] == "REQUEST"]  # vi "phải trả giá": the modal is the threat's own word


def test_a_price_paid_in_the_past_is_no_threat():
    # "Syria paid a heavy price": the past act, excluded; "will pay" is the threat
    assert "THREATEN" not in trigger_types("دفعت سوريا ثمنا باهظا للحرب.", "ar")
    assert "THREATEN" in trigger_types("إن سوريا ستدفع ثمنا باهظا.", "ar")


def test_options_and_patience_without_the_threat_words_are_no_threat():
    assert "THREATEN" not in trigger_types("The options for the new table were discussed with patience.", "en")
    assert "THREATEN" in trigger_types("All options are on the table.", "en")


def test_drills_staged_by_two_states_are_their_cooperation_beside_a_condemnation(lexical):
    text = "Cuba condemned the joint drills staged by Canada and Norway near the Arctic coast."
    ms = [("Cuba", "CUB", "country"), ("Canada", "CAN", "country"), ("Norway", "NOR", "country")]
    got = _two_sided(lexical, text, "en", ms)
    assert ("COOPERATE", "military", "CAN", "NOR") in got
    assert ("ACCUSE", None, "CUB", "CAN") in [(g[0], None, g[2], g[3]) for g in got]  # the stance is kept
    one = _two_sided(lexical, "Cuba condemned the joint drills held by Canada in Norway.", "en", ms)
    assert not [g for g in one if g[0] == "COOPERATE"]  # one doer named: no pair
