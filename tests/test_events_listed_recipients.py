"""A recipient listed after the first one of an act is told as surely as the first (events.LISTED_RECIPIENT_LESS,
issue 10 evrecall): "X exempted A, B, C and D" gives each listed recipient the first one's confidence, so a list is
exported whole or not at all. Listed co-actors keep their lower confidence. Sentences composed for the test."""
from __future__ import annotations

from test_events import make_doc

from bilat.stages import events

EN = [("United States", "USA", "country"), ("Russia", "RUS", "country"), ("Iran", "IRN", "country"),
      ("Syria", "SYR", "country")]
TEXT = "The United States accused Russia, Iran and Syria of violating the ceasefire."


def _confidences(stage) -> dict[tuple[str, str, str], float]:
    doc = stage(make_doc(TEXT, "en", EN))
    return {(e.event, e.actor.code, e.recipient.code): e.confidence for e in doc.events
            if e.actor and e.recipient and e.event == "ACCUSE"}


def test_listed_recipients_as_sure_as_the_first(lexical):
    got = _confidences(lexical)
    assert set(got) == {("ACCUSE", "USA", "RUS"), ("ACCUSE", "USA", "IRN"), ("ACCUSE", "USA", "SYR")}
    assert len(set(got.values())) == 1


def test_off_switch_lowers_the_list(lexical, monkeypatch):
    monkeypatch.setattr(events, "LISTED_RECIPIENT_LESS", 0.05)
    got = _confidences(lexical)
    first = got[("ACCUSE", "USA", "RUS")]
    assert got[("ACCUSE", "USA", "IRN")] < first and got[("ACCUSE", "USA", "SYR")] < first


def test_listed_co_actors_keep_their_margin(lexical):
    text = "Germany, France and Italy condemned Russia for the attack."
    ms = [("Germany", "DEU", "country"), ("France", "FRA", "country"), ("Italy", "ITA", "country"),
          ("Russia", "RUS", "country")]
    doc = lexical(make_doc(text, "en", ms))
    conf = {e.actor.code: e.confidence for e in doc.events if e.actor and e.recipient and e.event == "ACCUSE"
            and e.recipient.code == "RUS"}
    assert len(conf) >= 2 and max(conf.values()) > min(conf.values())
