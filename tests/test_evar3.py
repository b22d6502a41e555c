"""Conflictual acts in Arabic and English (issue 10, evar3).

- A negated recognition is a refusal (data/event_lexicon.json ``negated_reject``, events.NEGATED_REJECT): "لا نعترف
  بسيادة إسرائيل", "does not recognise" is REJECT realised by the one refusing, not SUPPORT negated (GUIDE.md:
  "refused to meet" is REJECT); the recognition refused gives no second event.
- An Arabic negation word negates no trigger after a clause break (events.NEG_CLAUSE): "موقفها لم يتغير، وأنها
  ترفضه" rejects. English keeps its negation across a comma ("in an armistice, not a peace treaty, signed by").
- Hostility words are Arabic ACCUSE triggers (triggers.ar: عدوان, عدائي, معاداة, لهجته ضد): the speaker accuses the
  country called aggressive; the rejecting participle (الرافض) is a REJECT trigger.
Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import exported_pairs, trigger_types

from bilat.stages import events


def test_arabic_refused_recognition_is_reject(lexical):
    text = "وقالت ألمانيا في بيان رسمي « لا نعترف بسيادة إسرائيل على هضبة الجولان »."
    got = exported_pairs(lexical, text, "ar", [("ألمانيا", "DEU", "country"), ("إسرائيل", "ISR", "country")])
    assert ("REJECT", "DEU", "ISR") in got
    assert not any(p[0] == "SUPPORT" for p in got)


def test_english_refused_recognition_is_reject(lexical):
    text = "Britain said it does not recognise Russia's annexation of the peninsula."
    got = exported_pairs(lexical, text, "en", [("Britain", "GBR", "country"), ("Russia", "RUS", "country")])
    assert ("REJECT", "GBR", "RUS") in got
    assert not any(p[0] == "SUPPORT" for p in got)


def test_recognition_itself_stays_support(lexical):
    text = "وأعلنت السويد أنها تعترف بدولة فلسطين."
    got = exported_pairs(lexical, text, "ar", [("السويد", "SWE", "country"), ("فلسطين", "PSE", "country")])
    assert ("SUPPORT", "SWE", "PSE") in got
    assert not any(p[0] == "REJECT" for p in got)


def test_negation_stops_at_a_clause_break(lexical):
    text = "وأعلن الوزير أن موقف الكويت من التطبيع مع إسرائيل لم يتغير، وأنها ترفضه."
    got = exported_pairs(lexical, text, "ar", [("الكويت", "KWT", "country"), ("إسرائيل", "ISR", "country")])
    assert ("REJECT", "KWT", "ISR") in got


def test_negation_in_the_clause_still_negates(lexical):
    text = "وأعلن الوزير أن الكويت لم ترفض العرض المقدم من إسرائيل."
    got = exported_pairs(lexical, text, "ar", [("الكويت", "KWT", "country"), ("إسرائيل", "ISR", "country")])
    assert ("REJECT", "KWT", "ISR") not in got


def test_switch_off_restores_the_negation(lexical, monkeypatch):
    monkeypatch.setattr(events, "NEG_CLAUSE", False)
    text = "وأعلن الوزير أن موقف الكويت من التطبيع مع إسرائيل لم يتغير، وأنها ترفضه."
    got = exported_pairs(lexical, text, "ar", [("الكويت", "KWT", "country"), ("إسرائيل", "ISR", "country")])
    assert ("REJECT", "KWT", "ISR") not in got


@pytest.mark.parametrize("text", [
    "وقال الوزير إن عدوان الاحتلال مستمر.",
    "وتعكس التصريحات الموقف العدائي للحكومة.",
    "وركز الوزراء على معاداة الحكومة.",
    "وصعد المرشد من لهجته ضد الحكومة.",
])
def test_hostility_words_trigger_accuse(text):
    assert "ACCUSE" in trigger_types(text, "ar")


def test_rejecting_participle_triggers_reject():
    assert "REJECT" in trigger_types("وأكد موقف القيادة الرافض لاستلام الأموال.", "ar")


def test_hostility_direction(lexical):
    text = "وصعد المرشد الأعلى الإيراني من لهجته ضد الولايات المتحدة."
    got = exported_pairs(lexical, text, "ar", [("الإيراني", "IRN", "demonym"), ("الولايات المتحدة", "USA", "country")])
    assert ("ACCUSE", "IRN", "USA") in got
    assert ("ACCUSE", "USA", "IRN") not in got


def test_runner_is_no_hostility():
    assert "ACCUSE" not in trigger_types("وفاز العداء المغربي بالسباق.", "ar")


def test_english_negation_crosses_a_comma(lexical):
    text = "The war ended in an armistice, not a peace treaty, signed by the United States and China."
    got = exported_pairs(lexical, text, "en", [("United States", "USA", "country"), ("China", "CHN", "country")])
    assert not any(p[0] == "SUPPORT" for p in got)
