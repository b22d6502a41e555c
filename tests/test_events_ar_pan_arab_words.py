"""Arabic news phrasing read on outlets bilat was not tuned on (Moroccan dev batches 37 and 39), as a writer of any
Arabic outlet uses it (data/event_lexicon.json): signing a domestic instrument ("وقع أمرا تنفيذيا", "وقع مرسوما") is
no agreement with another state; an apology ("قدمت اعتذارا رسميا", "اعتذر") is CONCEDE (GUIDE.md), declining to
attend ("اعتذر عن الحضور") is none; the participle of denial ("نافيا أن يكون ... قد التقى") denies the act after it,
as "نفى" does. Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party


def C(*xs):
    return [(x, c, "country") for x, c in xs]


@pytest.mark.parametrize("text, mentions", [
    ("وقع الرئيس الأمريكي أمرا تنفيذيا يحظر على الشركات التعامل مع الصين.",
     C(("الأمريكي", "USA"), ("الصين", "CHN"))),
    ("ووقع الرئيس الفرنسي مرسوما جديدا بشأن الهجرة من الجزائر.", C(("الفرنسي", "FRA"), ("الجزائر", "DZA"))),
    ("وقعت الحكومة الإيطالية قرارا بإغلاق الموانئ أمام السفن القادمة من ليبيا.",
     C(("الإيطالية", "ITA"), ("ليبيا", "LBY"))),
])
def test_domestic_signing_is_no_agreement(lexical, text, mentions):
    assert [e for e in two_party(lexical, text, "ar", mentions) if e[0] == "SUPPORT"] == []


def test_treaty_signing_stays(lexical):
    assert ("SUPPORT", "MAR", "ESP") in two_party(lexical, "وقع المغرب اتفاقية للتعاون الأمني مع إسبانيا.", "ar",
                                                  C(("المغرب", "MAR"), ("إسبانيا", "ESP")))


@pytest.mark.parametrize("text, mentions, want", [
    ("قدمت الحكومة التونسية اعتذارا رسميا للجزائر.", C(("التونسية", "TUN"), ("للجزائر", "DZA")),
     ("CONCEDE", "TUN", "DZA")),
    ("واعتذر وزير الخارجية الأردني لمصر عن التصريحات.", C(("الأردني", "JOR"), ("لمصر", "EGY")),
     ("CONCEDE", "JOR", "EGY")),
])
def test_apology_is_concede(lexical, text, mentions, want):
    assert want in two_party(lexical, text, "ar", mentions)


def test_declining_to_attend_is_no_apology(lexical):
    got = two_party(lexical, "واعتذر الرئيس الجزائري عن الحضور في القمة المنعقدة في تونس.", "ar",
                    C(("الجزائري", "DZA"), ("تونس", "TUN")))
    assert [e for e in got if e[0] == "CONCEDE"] == []


@pytest.mark.parametrize("text, mentions", [
    ("وأصدرت الخارجية الأردنية بيانا نافية أن يكون الوزير قد التقى نظيره الإسرائيلي.",
     C(("الأردنية", "JOR"), ("الإسرائيلي", "ISR"))),
    ("وتحدث المسؤول المصري للصحافيين نافيا أن تكون القاهرة قد وقعت اتفاقا مع إثيوبيا.",
     C(("المصري", "EGY"), ("القاهرة", "EGY"), ("إثيوبيا", "ETH"))),
])
def test_denying_participle(lexical, text, mentions):
    assert two_party(lexical, text, "ar", mentions) == []
