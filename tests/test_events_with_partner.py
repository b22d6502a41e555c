"""A joint act in a sentence naming three countries or more: the one country marked by "with" after the trigger is
the partner, the country named last before the trigger acts (events.WITH_PARTNER). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

from bilat.stages import events


@pytest.fixture
def partner_rule():
    yield
    events.WITH_PARTNER = True


def meetings(stage, text, lang, mentions):
    return sorted((a, r) for t, a, r in two_party(stage, text, lang, mentions) if t == "CONSULT")


def test_the_country_marked_with_is_the_partner(lexical, partner_rule):
    en = "The US statement came as Turkey held talks with Russia on more missiles."
    ms = [("US", "USA", "country"), ("Turkey", "TUR", "country"), ("Russia", "RUS", "country")]
    vi = "Tuyên bố của Mỹ được đưa ra khi Thổ Nhĩ Kỳ đang đàm phán với Nga để mua thêm tên lửa."
    ms_vi = [("Mỹ", "USA", "country"), ("Thổ Nhĩ Kỳ", "TUR", "country"), ("Nga", "RUS", "country")]
    assert meetings(lexical, en, "en", ms) == [("TUR", "RUS")]
    assert meetings(lexical, vi, "vi", ms_vi) == [("TUR", "RUS")]
    events.WITH_PARTNER = False
    assert meetings(lexical, en, "en", ms) != [("TUR", "RUS")]


def test_two_countries_or_the_partner_first_two_are_unchanged(lexical):
    text = "Turkey held talks with Russia on Monday."
    assert meetings(lexical, text, "en", [("Turkey", "TUR", "country"), ("Russia", "RUS", "country")]) == \
        [("TUR", "RUS")]
    text = "Turkey held talks with Russia about the war in Syria."
    ms = [("Turkey", "TUR", "country"), ("Russia", "RUS", "country"), ("Syria", "SYR", "country")]
    assert meetings(lexical, text, "en", ms) == [("TUR", "RUS")]
