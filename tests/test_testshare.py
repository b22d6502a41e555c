"""The shared event-test helpers of tests/test_events.py (trigger_types, exported_types, two_sided,
exported_pairs) give what the per-file helpers they replace gave."""

from __future__ import annotations

from test_events import exported_pairs, exported_types, make_doc, pairs, trigger_types, two_party, two_sided

from bilat.stages import events

RU_GE = [("Russia", "RUS", "country"), ("Georgia", "GEO", "country")]


def test_trigger_types_is_the_ordered_list_of_trigger_events():
    text = "Russia threatened Georgia."
    got = trigger_types(text, "en")
    assert isinstance(got, list)
    assert got == [t.event for t in events.find_triggers(text, 0, len(text), "en")]
    assert set(got) == {"THREATEN"}
    assert trigger_types("", "en") == []


def test_exported_pairs_keeps_only_events_with_both_parties_sorted(lexical):
    text = "Russia threatened Georgia."
    got = exported_pairs(lexical, text, "en", RU_GE)
    assert got == [("THREATEN", "RUS", "GEO")]
    assert got == two_sided(lexical(make_doc(text, "en", RU_GE)))
    assert got == sorted(p for p in pairs(lexical(make_doc(text, "en", RU_GE))) if p[1] and p[2])
    # one party only: nothing two-sided
    assert exported_pairs(lexical, "Russia threatened its neighbours.", "en", RU_GE[:1]) == []


def test_exported_types_are_the_sorted_types_of_two_party_events(lexical):
    text = "Russia threatened Georgia."
    assert exported_types(lexical, text, "en", RU_GE) == sorted(e for e, _, _ in two_party(lexical, text, "en", RU_GE))
    assert exported_types(lexical, text, "en", RU_GE) == ["THREATEN"]
