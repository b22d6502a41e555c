"""Arabic demands reported with a modal of obligation, the modal first (events._ar_modal_request, direction.json
modal_request ar): "قال X إن على Y أن ...", "أكد X أنه يجب على Y أن ...", "ينبغي لY أن ..." are a REQUEST of the
speaker on Y. Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import make_doc

from bilat.stages import events


def requests(stage, text: str, ms) -> list[tuple[str, str]]:
    doc = stage(make_doc(text, "ar", ms, published="2024-03-01"))
    return [(e.actor.code, e.recipient.code) for e in events.exported(doc.events)
            if e.event == "REQUEST" and e.actor and e.recipient]


@pytest.mark.parametrize("text,ms,want", [
    ("وقال وزير الخارجية الفرنسي إن على إيران أن توقف تخصيب اليورانيوم.",
     [("الفرنسي", "FRA", "country"), ("إيران", "IRN", "country")], ("FRA", "IRN")),
    ("وأكدت ألمانيا أنه يجب على روسيا أن تسحب قواتها من الحدود.",
     [("ألمانيا", "DEU", "country"), ("روسيا", "RUS", "country")], ("DEU", "RUS")),
    ("وقال المتحدث باسم الخارجية الصينية إنه ينبغي لفيتنام أن تحترم الاتفاق.",
     [("الصينية", "CHN", "country"), ("فيتنام", "VNM", "country")], ("CHN", "VNM")),
    ("وقال رئيس الوزراء الهندي إنه يتعين على الحكومة الباكستانية أن تعتقل المسلحين.",
     [("الهندي", "IND", "country"), ("الباكستانية", "PAK", "country")], ("IND", "PAK")),
])
def test_modal_demand_is_a_request_of_the_speaker(lexical, text, ms, want):
    assert requests(lexical, text, ms) == [want]


@pytest.mark.parametrize("text,ms", [
    # the speaker is of the country asked: what it must do itself
    ("وقال الرئيس الإيراني إن على إيران أن تدافع عن حقوقها.",
     [("الإيراني", "IRN", "country"), ("إيران", "IRN", "country")]),
    # no reporting word: nobody is said to demand it
    ("يجب على تركيا أن تفتح حدودها.", [("تركيا", "TUR", "country")]),
    # على as a plain preposition, not after إن/أن
    ("وقال الوزير الفرنسي إن الاتفاق يعتمد على إيران وأن العقوبات قائمة.",
     [("الفرنسي", "FRA", "country"), ("إيران", "IRN", "country")]),
])
def test_no_request_without_a_reported_demand_on_another_country(lexical, text, ms):
    assert requests(lexical, text, ms) == []


def test_without_the_arabic_words_the_demand_was_no_request(lexical, monkeypatch):
    monkeypatch.setattr(events, "MODAL_REQUEST", False)
    text = "وقال وزير الخارجية الفرنسي إن على إيران أن توقف تخصيب اليورانيوم."
    assert requests(lexical, text, [("الفرنسي", "FRA", "country"), ("إيران", "IRN", "country")]) == []
