"""The Arabic visit stem جول (جولة, a tour) inside the place name الجولان (the Golan): the name holds no visit
(event_lexicon.json words -> EXCLUDE -> ar "جولان"). Sentences composed for the test."""
from __future__ import annotations

from test_events import trigger_types, visits


def test_the_golan_is_no_tour():
    assert trigger_types("وتحدث الوزير عن احتلال الجولان السوري منذ عام 1967.", "ar") == []
    assert trigger_types("وأكد تمسك بلاده بحقها في استعادة هضبة الجولان.", "ar") == []
    assert trigger_types("وطالب بانسحاب القوات من الجولان المحتل.", "ar") == ["REQUEST", "RETREAT"]


def test_a_tour_is_still_a_visit():
    assert trigger_types("واختتم الوزير جولة خليجية شملت ثلاث دول.", "ar") == ["CONSULT"]
    assert trigger_types("وبدأ الرئيس جولته الآسيوية من اليابان.", "ar") == ["CONSULT"]


def test_no_visit_to_israel_from_a_sentence_about_the_golan(lexical):
    text = "وقال الرئيس السوري إن إسرائيل تواصل احتلال الجولان."
    ms = [("السوري", "SYR", "country"), ("إسرائيل", "ISR", "country"), ("الجولان", "SYR", "place")]
    assert visits(lexical, text, "ar", ms) == []
