""""The two sides" / "the two countries" (plover.PAIR_ANAPHORA) in a sentence that names fewer than two countries:
the pair comes from the sentences before, or from the entities stage's reading of the phrase, never from a pair
that a third country came after (events.ANAPHORA_RESET, ANAPHORA_REFS, _pair_anaphora). Sentences written for
the test."""
from __future__ import annotations

import dataclasses

import pytest
import test_events

from bilat.records import Mention
from bilat.stages import events


def _in_last(doc, lexical) -> set[tuple[str, frozenset[str]]]:
    """(type, pair) of the exported two-sided events told in the document's last sentence."""
    out = lexical(doc)
    last = doc.sentences[-1]
    return {(e.event, frozenset((e.actor.code, e.recipient.code))) for e in events.exported(out.events)
            if e.actor and e.recipient and last.start <= e.start < last.end}


@pytest.mark.parametrize("lang, text, mentions, pair", [
    ("zh", "中国和越南举行会谈。双方签署了合作协议。", [("中国", "CHN", "country"), ("越南", "VNM", "country")],
     {"CHN", "VNM"}),
    ("vi", "Việt Nam và Nhật Bản đã hội đàm tại Hà Nội. Hai bên đã ký thỏa thuận hợp tác.",
     [("Việt Nam", "VNM", "country"), ("Nhật Bản", "JPN", "country")], {"VNM", "JPN"}),
    ("en", "Egypt and Kenya held talks in Cairo. The two countries signed an agreement on trade.",
     [("Egypt", "EGY", "country"), ("Kenya", "KEN", "country")], {"EGY", "KEN"}),
])
def test_the_two_sides_take_the_pair_of_the_sentence_before(lexical, lang, text, mentions, pair):
    got = _in_last(test_events.make_doc(text, lang, mentions), lexical)
    assert any(p == frozenset(pair) for _, p in got), got


@pytest.mark.parametrize("lang, text, mentions", [
    ("zh", "中国和越南举行会谈。日本对此表示关注。双方签署了合作协议。",
     [("中国", "CHN", "country"), ("越南", "VNM", "country"), ("日本", "JPN", "country")]),
    ("vi", "Việt Nam và Nhật Bản đã hội đàm tại Hà Nội. Trung Quốc bày tỏ quan ngại. Hai bên đã ký thỏa thuận hợp tác.",
     [("Việt Nam", "VNM", "country"), ("Nhật Bản", "JPN", "country"), ("Trung Quốc", "CHN", "country")]),
    ("en", "Egypt and Kenya held talks in Cairo. Ethiopia voiced concern. The two countries signed an agreement on trade.",
     [("Egypt", "EGY", "country"), ("Kenya", "KEN", "country"), ("Ethiopia", "ETH", "country")]),
])
def test_a_third_country_after_the_pair_leaves_the_two_sides_without_it(lexical, monkeypatch, lang, text, mentions):
    doc = test_events.make_doc(text, lang, mentions)
    assert _in_last(doc, lexical) == set()
    monkeypatch.setattr(events, "ANAPHORA_RESET", False)
    assert _in_last(doc, lexical), "without the reset the carried pair is taken"


def _with_refs(doc, phrase: str, codes: tuple[str, str]):
    at = doc.text.index(phrase)
    refs = tuple(Mention(start=at, end=at + len(phrase), text=phrase, entity=f"Q{c}", kind="country", iso3=c,
                         lang=doc.lang, form="reference") for c in codes)
    return dataclasses.replace(doc, mentions=tuple(sorted(doc.mentions + refs, key=lambda m: m.start)))


def test_with_no_pair_before_the_phrase_takes_the_entities_reading_of_it(lexical, monkeypatch):
    """An Arabic meeting line whose "the two countries" the entities stage read as Saudi Arabia and Spain (the
    article's clear pair, counted over its people), in a document naming no country by name."""
    text = "وجرى خلال الاجتماع بحث العلاقات الثنائية بين البلدين وسبل تطويرها في مختلف المجالات."
    doc = _with_refs(test_events.make_doc(text, "ar"), "البلدين", ("SAU", "ESP"))
    assert ("CONSULT", frozenset({"SAU", "ESP"})) in _in_last(doc, lexical)
    monkeypatch.setattr(events, "ANAPHORA_REFS", False)
    assert _in_last(doc, lexical) == set()


@pytest.mark.parametrize("lang, text, is_pair", [
    ("ru", "Стороны подписали соглашение о сотрудничестве.", True),
    ("ru", "Обе страны договорились продолжить переговоры.", True),
    ("ru", "Со стороны полиции разгон митинга неприемлем.", False),
    ("ru", "С другой стороны, Москва готова к диалогу.", False),
    ("ar", "وقع البلدان اتفاقية للتعاون الاقتصادي.", True),
    ("ar", "وأكد دعم بلاده لحل الدولتين.", False),
    ("zh", "双方同意加强合作。", True),
    ("zh", "美国表示支持两国方案。", False),
])
def test_a_phrase_inside_one_side_or_the_two_state_solution_is_no_pair(lang, text, is_pair):
    assert bool(events._pair_anaphora(text, 0, len(text), lang)) is is_pair


def test_on_the_part_of_one_country_carries_no_pair_to_its_act(lexical):
    """"Со стороны полиции ..." (on the police's part) after a Russian-Georgian sentence is no act of the two."""
    text = "Россия и Грузия провели переговоры в Москве. Со стороны полиции разгон митинга был осужден."
    doc = test_events.make_doc(text, "ru", [("Россия", "RUS", "country"), ("Грузия", "GEO", "country")])
    assert _in_last(doc, lexical) == set()
