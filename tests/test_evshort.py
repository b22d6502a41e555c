"""The events stage's length gate for embedding a sentence (events.MIN_EMBED_CHARS) counts in Latin-letter terms
(events.embed_length): a Han or Kana character weighs three, a Hangul syllable two, so a short whole Chinese event
sentence is embedded, while a short Latin, Arabic or Thai line is still left out. Sentences written for the test."""
from __future__ import annotations

import pytest
import test_events

from bilat.stages import events


@pytest.mark.parametrize("text, weighted", [
    ("中日签署协议", 18),  # six Han characters: three each
    ("日本と韓国が会談", 24),  # Kana and Kanji alike
    ("한일 회담", 9),  # four Hangul syllables (two each) and a space
    ("Peru and Chile met.", 19),
    ("مصر وليبيا", 10),
    ("ไทยลาวเจรจา", 11),
])
def test_embed_length_weighs_dense_scripts_only(text, weighted):
    assert events.embed_length(text) == weighted


def test_a_short_chinese_sentence_is_as_long_as_its_english_reading():
    zh, en = "两国建立全面战略伙伴关系", "The two countries set up a comprehensive strategic partnership"
    assert len(zh) < events.MIN_EMBED_CHARS <= events.embed_length(zh)
    assert events.embed_length(zh) <= len(en)


class _Recorder:
    """An embedding function that notes what it was asked to embed (prototype sentences and candidates)."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, texts):
        import numpy as np

        self.seen += texts
        return np.ones((len(texts), 4), dtype="float32")


def _embedded(text: str, lang: str, mentions) -> list[str]:
    rec = _Recorder()
    ex = events.Extractor(events.Prototypes(rec))
    rec.seen = []
    doc = test_events.make_doc(text, lang, mentions)
    ex.batch([doc])
    return rec.seen


def test_a_short_chinese_sentence_of_two_countries_is_embedded():
    got = _embedded("中国和越南建立全面战略伙伴关系。", "zh", [("中国", "CHN", "country"), ("越南", "VNM", "country")])
    assert any("越南建立" in t for t in got), got


def test_a_short_latin_line_of_two_countries_is_still_not_embedded():
    got = _embedded("Peru and Chile met.", "en", [("Peru", "PER", "country"), ("Chile", "CHL", "country")])
    assert not got


def test_a_short_chinese_line_of_one_country_passes_no_prefilter():
    got = _embedded("中国建立全面战略伙伴关系。", "zh", [("中国", "CHN", "country")])
    assert not got
