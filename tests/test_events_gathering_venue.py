"""A country named only as where a summit or conference is held is no party of a meeting there
(events.GATHERING_VENUE, data/direction.json gathering_held). Sentences composed for the test after agency news."""
from __future__ import annotations

from test_events import two_party

C = "country"


def test_vi_summit_venue_is_no_party(lexical):
    text = "Thủ tướng Campuchia đã dự Hội nghị cấp cao ASEAN tại Indonesia trong tuần qua."
    got = two_party(lexical, text, "vi", [("Campuchia", "KHM", C), ("Indonesia", "IDN", C)])
    assert ("CONSULT", "KHM", "IDN") not in got, got


def test_zh_summit_held_in_a_country_is_no_party(lexical):
    text = "美国总统特朗普表示，正安排在日本举行的G20峰会期间会面。"
    got = two_party(lexical, text, "zh", [("美国", "USA", C), ("日本", "JPN", C)])
    assert not [g for g in got if "JPN" in g[1:]], got


def test_en_two_leaders_meeting_at_a_summit_keep_their_pair(lexical):
    text = "The French president met the Japanese prime minister at the G20 summit in Argentina on Friday."
    got = two_party(lexical, text, "en", [("French", "FRA", C), ("Japanese", "JPN", C), ("Argentina", "ARG", C)])
    assert ("CONSULT", "FRA", "JPN") in got, got
    assert not [g for g in got if "ARG" in g[1:]], got


def test_a_visit_to_a_country_is_still_one(lexical):
    text = "Thủ tướng Campuchia đã có chuyến thăm chính thức tại Indonesia."
    got = two_party(lexical, text, "vi", [("Campuchia", "KHM", C), ("Indonesia", "IDN", C)])
    assert ("CONSULT", "KHM", "IDN") in got, got
