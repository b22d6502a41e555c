"""A passive "was invited" / "has been invited" names the invitee as its subject: no REQUEST of the invitee on the
countries named after it (data/event_lexicon.json EXCLUDE, en). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

EN = [("India", "IND", "country"), ("China", "CHN", "country")]


@pytest.mark.parametrize("text", [
    "India, along with China, has been invited to take part in the summit.",
    "India was invited to attend the meeting with China.",
])
def test_a_passive_invitation_is_no_request_of_the_invitee(lexical, text):
    assert [g for g in two_party(lexical, text, "en", EN) if g[0] == "REQUEST"] == []


def test_an_active_invitation_is_a_request(lexical):
    assert two_party(lexical, "India invited China to attend the summit.", "en", EN) == [("REQUEST", "IND", "CHN")]
