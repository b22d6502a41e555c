"""A demonstration is a PROTEST between states only with a word of its foreign target in the sentence
(data/event_lexicon.json protest_target, events.PROTEST_TARGET): a march at home naming two countries, with no
"against", embassy or "death to", gives no event. Sentences composed for the test after agency news."""
from __future__ import annotations

from test_events import two_party

C = "country"


def test_ar_demonstrations_at_home_compared_abroad_give_no_protest(lexical):
    text = "وقال الرئيس المصري إن التظاهرات التي تشهدها فرنسا منذ أسابيع لن تتكرر في مصر."
    got = two_party(lexical, text, "ar", [("المصري", "EGY", C), ("فرنسا", "FRA", C), ("مصر", "EGY", C)])
    assert not [g for g in got if g[0] == "PROTEST"], got


def test_ar_demonstration_outside_an_embassy_is_a_protest(lexical):
    text = "تظاهر آلاف الأردنيين أمام السفارة الإسرائيلية في عمان احتجاجا على الغارات."
    got = two_party(lexical, text, "ar", [("الأردنيين", "JOR", C), ("الإسرائيلية", "ISR", C)])
    assert ("PROTEST", "JOR", "ISR") in got, got


def test_ru_rally_at_home_names_no_target(lexical):
    text = "Митинг в Токио собрал тысячи людей, которые требовали отставки правительства Японии и вспоминали Россию."
    got = two_party(lexical, text, "ru", [("Японии", "JPN", C), ("Россию", "RUS", C)])
    assert not [g for g in got if g[0] == "PROTEST"], got


def test_ru_rally_at_an_embassy_is_a_protest(lexical):
    text = "Японские активисты провели митинг у посольства России в Токио."
    got = two_party(lexical, text, "ru", [("Японские", "JPN", C), ("России", "RUS", C)])
    assert ("PROTEST", "JPN", "RUS") in got, got


def test_a_language_without_a_target_list_is_not_checked():
    from bilat.records import Sentence
    from bilat.stages import events

    text = "示威者在街头集会。"
    assert events._protest_targeted(text, Sentence(start=0, end=len(text)), "zh")
