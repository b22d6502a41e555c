"""A demand reported with a modal of obligation ("Washington has said Iran needs to do more", "Лавров заявил, что
Япония должна ...") is a REQUEST of the speaker on the country before the modal (events._modal_request,
data/direction.json "modal_request"). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

USA_IRN = [("Washington", "USA", "country"), ("Iran", "IRN", "country")]


@pytest.mark.parametrize("text, mentions, want", [
    ("Washington has said Iran needs to do more to reassure its neighbours.", USA_IRN, ("REQUEST", "USA", "IRN")),
    ("Washington said that Iran must stop its missile tests.", USA_IRN, ("REQUEST", "USA", "IRN")),
    ("Washington insisted the Iranian government should free the sailors.",
     [("Washington", "USA", "country"), ("Iranian", "IRN", "country")], ("REQUEST", "USA", "IRN")),
    # the act demanded is no event of its own, and a modal inside it is no hedge on the demand
    ("Washington said Iran needed to show it could be trusted before any talks.", USA_IRN, ("REQUEST", "USA", "IRN")),
    ("The envoy of Norway told reporters Sweden ought to reopen the border.",
     [("Norway", "NOR", "country"), ("Sweden", "SWE", "country")], ("REQUEST", "NOR", "SWE")),
])
def test_a_reported_modal_demand_is_a_request_on_the_country_before_it(lexical, text, mentions, want):
    assert two_party(lexical, text, "en", mentions) == [want]


@pytest.mark.parametrize("text, mentions", [
    # the speaker's own country: a statement of its own duty, no demand on another state
    ("Tehran said Iran must defend itself against Washington.",
     [("Tehran", "IRN", "country"), ("Iran", "IRN", "country"), ("Washington", "USA", "country")]),
    # the modal's subject is no country ("it", "the world")
    ("Iran said the world must stop the war.", [("Iran", "IRN", "country")]),
    # no reporting word before the country: a bare opinion, no speaker
    ("Iran must do more, and the talks with Washington continue.", USA_IRN[::-1]),
    # too many words between the country and the modal: another clause
    ("Washington said Iran, which it accuses of arming rebels, must stop.", USA_IRN),
    ("Washington says Iran mustered its fleet near the strait.", USA_IRN),
])
def test_no_demand_without_speaker_and_addressee(lexical, text, mentions):
    assert [e for e in two_party(lexical, text, "en", mentions) if e[0] == "REQUEST"] == []


@pytest.mark.parametrize("text, mentions, want", [
    ("Сергей Лавров заявил, что Япония должна признать итоги войны.",
     [("Сергей Лавров", "RUS", "person"), ("Япония", "JPN", "country")], ("REQUEST", "RUS", "JPN")),
    ("Пекин считает, что Токио следует извиниться.",
     [("Пекин", "CHN", "country"), ("Токио", "JPN", "country")], ("REQUEST", "CHN", "JPN")),
])
def test_russian_modal_demand(lexical, text, mentions, want):
    assert two_party(lexical, text, "ru", mentions) == [want]


def test_russian_own_duty_is_no_demand(lexical):
    text = "Лавров подчеркнул, что Россия должна защищать своих граждан в Грузии."
    mentions = [("Лавров", "RUS", "person"), ("Россия", "RUS", "country"), ("Грузии", "GEO", "country")]
    assert [e for e in two_party(lexical, text, "ru", mentions) if e[0] == "REQUEST"] == []


@pytest.mark.parametrize("text, mentions", [
    ("Iran must stop its missile tests, Washington said on Sunday.", USA_IRN[::-1]),
    ("Iran needs to do more, said the envoy of Washington.", USA_IRN[::-1]),
    ("\u201cIran should free the sailors,\u201d Washington said.", USA_IRN[::-1]),
])
def test_the_speaker_named_after_the_demand(lexical, text, mentions):
    assert two_party(lexical, text, "en", mentions) == [("REQUEST", "USA", "IRN")]


@pytest.mark.parametrize("text, mentions", [
    # the speaker of the addressee's own country: its own duty
    ("Iran must defend its coast, Tehran said.", [("Iran", "IRN", "country"), ("Tehran", "IRN", "country")]),
    # no comma or quote sets the demand off from the reporting word: one clause ("that Washington said")
    ("Iran should have the deal that Washington said it wanted.", USA_IRN[::-1]),
])
def test_no_speaker_after_the_demand(lexical, text, mentions):
    assert [e for e in two_party(lexical, text, "en", mentions) if e[0] == "REQUEST"] == []
