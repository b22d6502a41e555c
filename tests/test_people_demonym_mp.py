"""A demonym adjective right before a member-of-parliament word gives the person's country (issue 10
point 3): roles.json ``country_roles`` ru (депутат, парламентарий, сенатор in their cases) and en."""

from __future__ import annotations

import pytest

from bilat.stages.names import Registry


def persons(tagger, text, lang):
    mentions, _ = Registry(tagger).process(text, lang)
    return [(m.text, m.iso3) for m in mentions if m.kind == "person"]


@pytest.mark.parametrize("text, name, iso3", [
    ("Португальский парламентарий Хуан Суареш заявил в среду, что поддерживает соглашение.", "Хуан Суареш", "PRT"),
    ("Американский сенатор Джон Маккейн заявил в среду, что поддерживает соглашение.", "Джон Маккейн", "USA"),
    ("В среду португальский депутат Хуан Суареш заявил, что поддерживает соглашение.", "Хуан Суареш", "PRT"),
    ("Встреча с португальским парламентарием Хуаном Суарешем прошла в среду.", "Хуаном Суарешем", "PRT"),
])
def test_ru_demonym_before_a_parliament_word(tagger, text, name, iso3):
    assert (name, iso3) in persons(tagger, text, "ru")
