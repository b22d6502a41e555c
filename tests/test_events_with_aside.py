"""An aside between commas that opens with "with" before the verb names co-actors, not recipients
(plover.WITH_ASIDE, events.WITH_ASIDE): "Egypt, with Qatar and Turkey, condemned Israel" is no act of Egypt on
Qatar. Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

EN = [("Egypt", "EGY", "country"), ("Qatar", "QAT", "country"), ("Turkey", "TUR", "country"),
      ("Israel", "ISR", "country")]
RU = [("Египет", "EGY", "country"), ("Катаром", "QAT", "country"), ("Израиль", "ISR", "country")]


def _run(lexical, lang, text, parties):
    return two_party(lexical, text, lang, [m for m in parties if m[0] in text])


@pytest.mark.parametrize("lang, text, parties", [
    ("en", "Egypt, with Qatar and Turkey, condemned Israel.", EN),
    ("en", "Egypt, along with Qatar, condemned Israel.", EN),
    ("ru", "Египет, вместе с Катаром, осудил Израиль.", RU),
])
def test_the_aside_is_no_recipient(lexical, lang, text, parties):
    got = _run(lexical, lang, text, parties)
    assert ("ACCUSE", "EGY", "ISR") in got
    assert not [g for g in got if g[2] in ("QAT", "TUR")]


def test_a_plain_list_still_acts(lexical):
    got = _run(lexical, "en", "Egypt, Qatar and Turkey condemned Israel.", EN)
    assert ("ACCUSE", "QAT", "ISR") in got and ("ACCUSE", "EGY", "ISR") in got
