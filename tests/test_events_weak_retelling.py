"""events._finish, WEAK_RETELLING: a later sentence that would retell an exported one-sided act (an accusation, a
sanction, a request) at a bare confidence (under RETELL_MIN) while naming both its countries is no telling of it; a
joint act's weak retelling, one in a sentence naming one of the two, and a retelling at or above RETELL_MIN still
are."""

from __future__ import annotations

import pytest

from bilat.records import Document, Mention, Paragraph, Sentence
from bilat.stages import events

FIRST = "Moscow accused Ankara on Monday of shelling villages across the border."
SECOND = "A Turkish spokesman would not comment on the Russian statement when reached by phone."
SECOND_ONE = "Its spokesman would not comment on the Russian statement when reached by phone."
THIRD = "Officials in both capitals gave no further details."


def doc_of(lines: list[str]) -> Document:
    text = " ".join(lines)
    ms = [Mention(start=text.find(w), end=text.find(w) + len(w), text=w, entity=w, kind="country", iso3=iso3,
                  form="demonym") for w, iso3 in (("Turkish", "TUR"), ("Russian", "RUS"))]
    sents, pos = [], 0
    for line in lines:
        sents.append(Sentence(start=pos, end=pos + len(line)))
        pos += len(line) + 1
    return Document(id="d1", source="t", original=text, text=text, lang="en",
                    paragraphs=(Paragraph(start=0, end=len(text)),), sentences=tuple(sents),
                    mentions=tuple(m for m in ms if m.start >= 0))


def cand(event: str, actor: str, recipient: str, confidence: float, mode: str | None = None) -> events.Candidate:
    def party(code: str) -> events.Party:
        return events.Party(code=code, mention=None, pos=0, explicit=True)
    return events.Candidate(event, mode, party(actor), party(recipient), None, confidence, None, (), None)


def finish(coded: list[events.Candidate | None], second: str = SECOND) -> list[events.Event]:
    doc = doc_of([FIRST, second, THIRD])
    cands = [(s, c) for s, c in zip(doc.sentences, coded) if c is not None]
    return list(events._finish(doc, cands, "en").events)


def test_weak_retelling_of_an_accusation_naming_both_is_no_telling():
    (e,) = finish([cand("ACCUSE", "RUS", "TUR", 0.8, "disapprove"), cand("ACCUSE", "RUS", "TUR", 0.51, "disapprove"),
                   None])
    assert e.tellings == ()
    assert e.confidence == 0.8


def test_without_the_rule_it_is_a_telling(monkeypatch):
    monkeypatch.setattr(events, "WEAK_RETELLING", False)
    (e,) = finish([cand("ACCUSE", "RUS", "TUR", 0.8, "disapprove"), cand("ACCUSE", "RUS", "TUR", 0.51, "disapprove"),
                   None])
    assert len(e.tellings) == 1


@pytest.mark.parametrize("later, second", [
    (cand("ACCUSE", "RUS", "TUR", 0.6, "disapprove"), SECOND),  # told with more than the bare threshold
    (cand("ACCUSE", "RUS", "TUR", 0.51, "disapprove"), SECOND_ONE),  # Turkey not named: "its spokesman"
    (cand("CONSULT", "RUS", "TUR", 0.51, "meet"), SECOND),  # a joint act (its first telling a CONSULT too)
])
def test_other_retellings_stay(later, second):
    first = cand(later.event, "RUS", "TUR", 0.8, later.mode)
    (e,) = finish([first, later, None], second)
    assert len(e.tellings) == 1


def test_a_weak_first_telling_still_gives_way_to_a_strong_one():
    # STRONG_TELLINGS: an unexported first telling yields its place to the first exported one; a weak retelling
    # after that, naming both countries, is no telling
    doc = doc_of([FIRST, THIRD, SECOND])
    coded = [cand("ACCUSE", "RUS", "TUR", 0.4, "disapprove"), cand("ACCUSE", "RUS", "TUR", 0.8, "disapprove"),
             cand("ACCUSE", "RUS", "TUR", 0.52, "disapprove")]
    (e,) = events._finish(doc, list(zip(doc.sentences, coded)), "en").events
    assert (e.start, e.confidence, e.tellings) == (doc.sentences[1].start, 0.8, ())
