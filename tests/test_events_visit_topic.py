"""A visit's hosts end at a topic word after the first host: "visited Iran for talks about Syria and Yemen" is a
visit to Iran only (events.VISIT_TOPIC). Sentences composed for the test."""
from __future__ import annotations

from test_events import visits

EN = [("Russian", "RUS", "country"), ("Iran", "IRN", "country"), ("Syria", "SYR", "country"),
      ("Yemen", "YEM", "country")]
FA = [("روسیه", "RUS", "country"), ("ایران", "IRN", "country"), ("سوریه", "SYR", "country"),
      ("یمن", "YEM", "country")]


def test_countries_discussed_are_no_hosts(lexical):
    text = "The Russian foreign minister visited Iran for talks about Syria and Yemen."
    assert visits(lexical, text, "en", EN) == [("RUS", "IRN")]
    text = "در سفر وزیر امورخارجه روسیه به ایران، درباره مسائل بین‌المللی از جمله وضعیت سوریه و یمن گفتگو شد."
    assert visits(lexical, text, "fa", FA) == [("RUS", "IRN")]


def test_a_tour_of_several_countries_keeps_every_host(lexical):
    text = "The Russian foreign minister visited Iran, Syria and Yemen."
    assert visits(lexical, text, "en", EN) == [("RUS", "IRN"), ("RUS", "SYR"), ("RUS", "YEM")]
    text = "وزیر خارجه روسیه به ایران، سوریه و یمن سفر کرد."
    assert visits(lexical, text, "fa", FA) == [("RUS", "IRN"), ("RUS", "SYR"), ("RUS", "YEM")]
