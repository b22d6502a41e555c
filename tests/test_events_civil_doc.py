"""Civilians in articles with no interstate act (issue 10, evquiet): an Arabic civil head written after "ل" ("للنجم
التونسي") or with adjectives before its demonym ("الناشط السياسي الإسلامي الجزائري") names no state
(events.CIVIL_HEAD_WIDE); a person the article names once as an artist, an activist, a journalist is no party where it
names him again (events.CIVIL_DOC); a sentence whose first person or country is such a civilian and that names fewer
than two countries of its own gives no event (events.CIVIL_SENTENCE). Each case has a twin where a state acts.
Sentences composed for the test (no corpus sentence)."""
from __future__ import annotations

import dataclasses

import pytest
from test_events import make_doc

from bilat.records import Mention
from bilat.stages import events


def codes(tagger, text, extra=(), civil=frozenset()):
    ms = sorted(list(tagger.mentions(text, "ar")) + list(extra), key=lambda m: m.start)
    return [p.code for p in events.parties(text, ms, None, "ar", civil=civil)]


def person(text: str, name: str, iso3: str, nth: int = 0, via: str = "learned") -> Mention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(name, at + 1)
    return Mention(start=at, end=at + len(name), text=name, entity=f"bilat:person:{name}", kind="person",
                   lang="ar", iso3=iso3, via=via)


@pytest.mark.parametrize("text, want", [
    ("وعبر الجمهور عن حبه الكبير للنجم التونسي في ختام السهرة بالمغرب.", ["MAR"]),
    ("وعبر الجمهور عن تقديره للرئيس التونسي في ختام الزيارة للمغرب.", ["TUN", "MAR"]),
    ("دعا الناشط السياسي الإسلامي الجزائري إلى فتح الحدود مع المغرب.", ["MAR"]),
    ("دعا وزير الخارجية الجزائري إلى فتح الحدود مع المغرب.", ["DZA", "MAR"]),
    ("وانتقدت فرنسا الفيلم المغربي بشدة.", ["FRA"]),
    ("وانتقدت فرنسا الحكومة المغربية بشدة.", ["FRA", "MAR"]),
])
def test_a_civil_head_with_lam_or_adjectives_names_no_state(tagger, text, want):
    assert codes(tagger, text) == want


def test_a_person_named_once_as_an_artist_is_no_party_again(tagger):
    text = "أحيا الفنان اللبناني، سامر خليل، حفلا في الرباط. وغنى سامر خليل أمام جمهور المغرب."
    ms = [person(text, "سامر خليل", "LBN"), person(text, "سامر خليل", "LBN", 1)]
    dot = text.index(".")
    first = sorted(list(tagger.mentions(text[:dot], "ar")) + ms[:1], key=lambda m: m.start)
    sm = [first, ms[1:]]
    civil = events._civil_persons(text, sm, "ar")
    assert "سامر خليل" in civil
    second = text[text.index(".") + 1:]
    off = text.index(".") + 1
    later = [dataclasses.replace(m, start=m.start - off, end=m.end - off) for m in ms[1:]]
    assert codes(tagger, second, later, civil) == ["MAR"]
    assert codes(tagger, second, later) == ["LBN", "MAR"]


def test_an_official_named_so_stays_a_party(tagger):
    text = "استقبل السفير اللبناني، سامر خليل، وفدا في الرباط."
    ms = sorted(list(tagger.mentions(text, "ar")) + [person(text, "سامر خليل", "LBN")], key=lambda m: m.start)
    assert not events._civil_persons(text, [ms], "ar")
    # a gazetteer person holds a state's office: never a civilian of the article
    text = "أحيا الفنان اللبناني، سامر خليل، حفلا في الرباط."
    for via, want in (("gazetteer", False), ("learned", True)):
        ms = sorted(list(tagger.mentions(text, "ar")) + [person(text, "سامر خليل", "LBN", via=via)],
                    key=lambda m: m.start)
        assert bool(events._civil_persons(text, [ms], "ar")) is want


def coded(stage, tagger, text, extra=()):
    doc = make_doc(text, "ar", published="2024-03-01")
    ms = sorted(list(tagger.mentions(text, "ar")) + list(extra), key=lambda m: m.start)
    doc = dataclasses.replace(doc, mentions=tuple(ms))
    doc = stage(doc)
    return [(e.event, e.actor.code, e.recipient.code) for e in events.exported(doc.events) if e.actor and e.recipient]


TEXT = ("تعرضت فتاة من المغرب لاعتداء خطير في المغرب، وأطلق نشطاء في المغرب حملة لدعمها. "
        "وعبرت الجمعوية التونسية سلمى العلي، في مداخلة لها على برنامج إذاعي، عن تضامنها مع الفتاة الضحية، "
        "مع الإعلان عن التكفل بعلاجها بالتنسيق مع طبيب تونسي مختص.")


def test_a_civilians_sentence_takes_no_state_from_the_article(lexical, tagger, monkeypatch):
    # the activist's solidarity: one country of its own (the Tunisian doctor), Morocco only the article's home
    extra = [person(TEXT, "سلمى العلي", "TUN")]
    assert coded(lexical, tagger, TEXT, extra) == []
    monkeypatch.setattr(events, "CIVIL_SENTENCE", False)
    assert coded(lexical, tagger, TEXT, extra) == [("SUPPORT", "TUN", "MAR")]


def test_a_governments_sentence_still_acts(lexical, tagger):
    text = TEXT.replace("الجمعوية التونسية سلمى العلي", "الحكومة التونسية")
    assert coded(lexical, tagger, text) == [("SUPPORT", "TUN", "MAR")]


VERB_FIRST = ("دعا الناشط السياسي الإسلامي الجزائري المعارض إلى فتح الحدود البرية المغلقة بين الجزائر والمغرب "
              "وتعميق الروابط بين البلدين.")


def test_a_call_whose_subject_after_the_verb_is_a_civilian_is_no_state_act(lexical, tagger, monkeypatch):
    assert coded(lexical, tagger, VERB_FIRST) == []
    monkeypatch.setattr(events, "CIVIL_VERB_SUBJECT", False)
    assert ("REQUEST", "DZA", "MAR") in coded(lexical, tagger, VERB_FIRST)


def test_a_call_whose_subject_after_the_verb_is_a_minister_stays(lexical, tagger):
    text = VERB_FIRST.replace("الناشط السياسي الإسلامي الجزائري المعارض", "وزير الخارجية الجزائري")
    assert ("REQUEST", "DZA", "MAR") in coded(lexical, tagger, text)
