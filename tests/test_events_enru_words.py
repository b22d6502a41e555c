"""English and Russian words that keep false events out (data/event_lexicon.json): groups of powers are no state
('world powers', 'мировые державы': nonstate); an impersonal 'потребовалась' (was needed) and 'выслал в' (sent to)
are no demand and no expulsion (EXCLUDE); protesters at an embassy are a crowd (CROWD), so their protest is a
PROTEST, not a government's ACCUSE; a demonym of origin ('of Syrian origin', '-born', 'сирийского
происхождения') is no party (origin, events._origin). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party


@pytest.mark.parametrize("lang, text, mentions", [
    ("en", "World powers pledged to stop Iran from testing missiles.", [("Iran", "IRN", "country")]),
    ("en", "The Israeli minister said world powers had pledged to stop Iran.",
     [("Israeli", "ISR", "country"), ("Iran", "IRN", "country")]),
    ("ru", "Израильский министр заявил, что мировые державы пообещали остановить Иран.",
     [("Израильский", "ISR", "country"), ("Иран", "IRN", "country")]),
])
def test_world_powers_are_no_state(lexical, lang, text, mentions):
    assert two_party(lexical, text, lang, mentions) == []


@pytest.mark.parametrize("text, mentions", [
    ("Эстонии и Греции потребовалась международная поддержка банков.",
     [("Эстонии", "EST", "country"), ("Греции", "GRC", "country")]),
    ("Госдепартамент США выслал в Грузию своего сотрудника.", [("США", "USA", "country"), ("Грузию", "GEO", "country")]),
])
def test_russian_needed_and_sent_are_no_demand_or_expulsion(lexical, text, mentions):
    assert [e for e in two_party(lexical, text, "ru", mentions) if e[0] in ("REQUEST", "SANCTION")] == []


def test_russian_expelled_stays_a_sanction(lexical):
    text = "Грузия выслала российских дипломатов."
    assert two_party(lexical, text, "ru", [("Грузия", "GEO", "country"), ("российских", "RUS", "country")]) \
        == [("SANCTION", "GEO", "RUS")]


def test_russian_protesters_at_an_embassy_protest(lexical):
    text = "Группа японских протестующих пришла к российской дипмиссии в Токио."
    mentions = [("японских", "JPN", "country"), ("российской", "RUS", "country")]
    assert two_party(lexical, text, "ru", mentions) == [("PROTEST", "JPN", "RUS")]


@pytest.mark.parametrize("lang, text, mentions, want", [
    ("en", "Germany arrested a Canadian citizen of Syrian origin.",
     [("Germany", "DEU", "country"), ("Canadian", "CAN", "country"), ("Syrian", "SYR", "country")],
     [("COERCE", "DEU", "CAN")]),
    ("en", "Germany arrested a man of Syrian descent.",
     [("Germany", "DEU", "country"), ("Syrian", "SYR", "country")], []),
    ("en", "A Lebanese-born French minister met the envoy of Israel.",
     [("Lebanese", "LBN", "country"), ("French", "FRA", "country"), ("Israel", "ISR", "country")],
     [("CONSULT", "FRA", "ISR")]),
    ("ru", "Германия задержала гражданина сирийского происхождения.",
     [("Германия", "DEU", "country"), ("сирийского", "SYR", "country")], []),
])
def test_a_demonym_of_origin_is_no_party(lexical, lang, text, mentions, want):
    assert two_party(lexical, text, lang, mentions) == want
