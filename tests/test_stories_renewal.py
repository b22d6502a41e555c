"""An event and its renewal (docs/stories.md round fifty-one, ``stories.renews``, ``data/story_renewal.json``): a
report whose title or lead tells its event renewed or repeated ("clashes again", "another earthquake") and one that
does not, one of them with no date evidence, report two events of one storyline."""

from __future__ import annotations

import dataclasses
import json
from importlib import resources

import numpy as np
import pytest

from bilat.corpus import stories, story_scorer

LANGS = ("th", "vi", "ar", "fa", "zh", "en", "ru")


@pytest.mark.parametrize("lang,title,text", [
    ("en", "Another 6.3 magnitude earthquake hits Herat", "The quake struck 30 km from the city."),
    ("en", "", "Thai and Cambodian troops clashed again on the border on Monday. Both sides blamed the other."),
    ("ru", "Новый виток эскалации на границе Таиланда и Камбоджи", "Военные двух стран обменялись ударами."),
    ("ru", "", "На границе вновь начались бои."),
    ("zh", "", "泰柬边境再次爆发冲突,双方互相指责。"),
    ("ar", "", "تجددت الاشتباكات على الحدود بين تايلاند وكمبوديا."),
    ("fa", "", "زلزله بار دیگر هرات را لرزاند."),
    ("vi", "", "Giao tranh tái diễn tại biên giới Thái Lan - Campuchia."),
    ("th", "", "ปะทะกันอีกครั้งที่ชายแดนไทย-กัมพูชา"),
])
def test_a_renewal_is_read_in_every_language(lang, title, text):
    assert stories.renews(title, text, lang)


@pytest.mark.parametrize("lang,title,text", [
    ("en", "Thai and Cambodian troops clash on the border", "Fighting broke out on Thursday. It flared again later."),
    ("ru", "", "Основа соглашения согласована сторонами."),  # снова inside основа: no word of the list
    ("zh", "", "泰柬边境爆发冲突。双方再次互相指责。"),  # the repetition is in a later sentence
    ("ar", "", "اندلعت اشتباكات على الحدود بين تايلاند وكمبوديا."),
    ("xx", "again", "again"),  # a language without a list
])
def test_no_renewal_in_a_first_event_a_later_sentence_or_inside_a_word(lang, title, text):
    assert not stories.renews(title, text, lang)


def test_the_renewal_lexicon_covers_every_supported_language():
    data = json.loads(resources.files("bilat.data").joinpath("story_renewal.json").read_text(encoding="utf-8"))
    assert set(LANGS) <= set(data["words"]) | set(data["prefixes"]) | set(data["substrings"])


def _member(renews: bool, day: int | None = None) -> stories.Member:
    vec = np.zeros(4, dtype=np.float32)
    vec[0] = 1.0
    return stories.Member(vec=vec, lang="en", features=stories.Features(countries=frozenset({"THA", "KHM"}),
                                                                       renews=renews), day=day)


def test_an_undated_renewal_scores_lower_against_the_first_event_than_against_its_like(monkeypatch):
    model = story_scorer.shipped()
    assert model is not None
    linker = stories.Linker.__new__(stories.Linker)
    linker.model = model
    vec = np.zeros(4, dtype=np.float32)
    vec[0] = 1.0
    renewed = stories.Features(countries=frozenset({"THA", "KHM"}), renews=True)
    against_first = linker.story_probability(vec, "ru", renewed, None, [_member(False)])
    against_like = linker.story_probability(vec, "ru", renewed, None, [_member(True)])
    assert against_first < against_like
    monkeypatch.setattr(stories, "RENEWAL", False)
    assert linker.story_probability(vec, "ru", renewed, None, [_member(False)]) == against_like
    # with a publication day on both sides the days tell the two apart, not the words
    monkeypatch.setattr(stories, "RENEWAL", True)
    dated = linker.story_probability(vec, "ru", renewed, 739000, [_member(False, 739000)])
    dated_like = linker.story_probability(vec, "ru", renewed, 739000, [_member(True, 739000)])
    assert dated == dated_like


def test_features_keep_the_renewal_through_the_store_and_a_union():
    f = stories.Features(renews=True)
    assert stories.Features.from_dict(f.as_dict()).renews is True
    assert "renews" not in stories.Features().as_dict()
    assert f.union(stories.Features(renews=True)).renews is True
    assert f.union(stories.Features()).renews is False
    assert dataclasses.replace(f, renews=False) == stories.Features()
