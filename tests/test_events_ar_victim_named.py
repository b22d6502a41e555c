"""A killing noun whose victim, a person, is named right after it ("مقتل الصحافي السعودي X", "جريمة قتل X") tells the
death of that person or the case spoken about, no act of state (events._victim_named, data/event_lexicon.json
"victim_noun"); another trigger of force in the sentence, or a killing whose victims are unnamed, still tells one.
Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party


def M(*xs):
    return list(xs)


@pytest.mark.parametrize("text, mentions", [
    ("قال وزير الخارجية الفرنسي إن فرنسا تتابع قضية مقتل الصحافي المصري حسن علي.",
     M(("الفرنسي", "FRA", "country"), ("فرنسا", "FRA", "country"), ("المصري", "EGY", "country"),
       ("حسن علي", "EGY", "person"))),
    ("وأكد الرئيس التركي أن بلاده تتابع جريمة قتل سامي يوسف مع السلطات الأردنية.",
     M(("التركي", "TUR", "country"), ("سامي يوسف", "JOR", "person"), ("الأردنية", "JOR", "country"))),
    ("وقتل سامي يوسف في القنصلية الأردنية بأنقرة قبل شهر.",
     M(("سامي يوسف", "JOR", "person"), ("الأردنية", "JOR", "country"), ("أنقرة", "TUR", "country"))),
])
def test_named_victim_is_no_act(lexical, text, mentions):
    assert [e for e in two_party(lexical, text, "ar", mentions) if e[0] == "ASSAULT"] == []


@pytest.mark.parametrize("text, mentions, want", [
    # unnamed victims: the killing is told with its doer
    ("أعلنت تركيا مقتل جنود سوريين في قصف تركي على مواقع الجيش السوري.",
     M(("تركيا", "TUR", "country"), ("سوريين", "SYR", "country"), ("تركي", "TUR", "country"),
       ("السوري", "SYR", "country")), ("ASSAULT", "TUR", "SYR")),
    # a named victim, but a strike told by its own trigger
    ("قصفت إسرائيل مواقع سورية ما أدى إلى مقتل القائد خالد سعيد.",
     M(("إسرائيل", "ISR", "country"), ("سورية", "SYR", "country"), ("خالد سعيد", "SYR", "person")),
     ("ASSAULT", "ISR", "SYR")),
])
def test_other_killings_stay(lexical, text, mentions, want):
    assert want in two_party(lexical, text, "ar", mentions)


# The victim told without a name (events.VICTIM_UNNAMED, data/event_lexicon.json "victim_unnamed"): a pronoun suffix on
# the noun "مقتل" (his killing: the victim named before) or a civilian right after the killing noun (the journalist).
@pytest.mark.parametrize("text, mentions", [
    ("وقالت امرأة مصرية إنها التقته في الولايات المتحدة قبل أسابيع من مقتله في قنصلية بلاده.",
     M(("مصرية", "EGY", "country"), ("الولايات المتحدة", "USA", "country"))),
    ("وطالبت فرنسا السعودية بكشف ملابسات قتل الصحافي داخل القنصلية.",
     M(("فرنسا", "FRA", "country"), ("السعودية", "SAU", "country"))),
])
def test_unnamed_civilian_victim_is_no_act(lexical, text, mentions):
    assert [e for e in two_party(lexical, text, "ar", mentions) if e[0] == "ASSAULT"] == []


def test_the_verb_with_an_object_suffix_is_still_a_killing(lexical):
    # "قتلهم" is the verb (killed them), not the noun "مقتلهم": the army's act stays
    text = "قتلهم الجيش الإسرائيلي في غارة على جنوب لبنان."
    got = two_party(lexical, text, "ar", M(("الإسرائيلي", "ISR", "country"), ("لبنان", "LBN", "country")))
    assert ("ASSAULT", "ISR", "LBN") in got
