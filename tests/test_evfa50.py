"""events._finish, RETELL_NAMED_LANGS (issue 10, Persian): a later line that would retell an event while naming
neither its actor's nor its recipient's country (unless that country is the home one, which speaks unnamed) is no
telling of it; a line naming both, one naming the foreign party with the home one left unnamed, and the same
lines in a language outside the rule stay tellings."""

from __future__ import annotations

import pytest

from bilat.records import Document, Mention, Paragraph, Sentence
from bilat.stages import events

FIRST = "وزیر امور خارجه ایران روز دوشنبه آمریکا را به نقض تعهدات خود متهم کرد."
BOTH = "وی افزود که ایران اقدامات آمریکا در منطقه را محکوم می‌کند."
HOME_UNNAMED = "سخنگوی وزارت خارجه همچنین گفت رفتار آمریکا قابل قبول نیست."
FOREIGN_UNNAMED = "وی در این نامه از عملکرد دولت ایران در سال گذشته دفاع کرد."
NEITHER = "این نشست با حضور گروهی از استادان دانشگاه برگزار شد."
COUNTRIES = (("ایران", "IRN"), ("آمریکا", "USA"))


def doc_of(lines: list[str], lang: str = "fa") -> Document:
    text = " ".join(lines)
    ms, pos = [], 0
    sents = []
    for line in lines:
        sents.append(Sentence(start=pos, end=pos + len(line)))
        for w, iso3 in COUNTRIES:
            at = line.find(w)
            if at >= 0:
                ms.append(Mention(start=pos + at, end=pos + at + len(w), text=w, entity=w, kind="country", iso3=iso3,
                                  form="name"))
        pos += len(line) + 1
    return Document(id="d1", source="t", original=text, text=text, lang=lang,
                    paragraphs=(Paragraph(start=0, end=len(text)),), sentences=tuple(sents),
                    mentions=tuple(sorted(ms, key=lambda m: m.start)))


def cand(actor: str = "IRN", recipient: str = "USA", confidence: float = 0.8) -> events.Candidate:
    def party(code: str) -> events.Party:
        return events.Party(code=code, mention=None, pos=0, explicit=True)
    return events.Candidate("ACCUSE", "disapprove", party(actor), party(recipient), None, confidence, None, (), None)


def finish(second: str, lang: str = "fa", actor: str = "IRN", recipient: str = "USA") -> list[events.Event]:
    doc = doc_of([FIRST, second], lang)
    coded = [cand(actor, recipient), cand(actor, recipient, 0.7)]
    return list(events._finish(doc, list(zip(doc.sentences, coded)), lang).events)


@pytest.mark.parametrize("second", [FOREIGN_UNNAMED, NEITHER])
def test_a_line_not_naming_the_foreign_party_is_no_telling(second):
    (e,) = finish(second)
    assert e.tellings == ()
    assert e.start == 0


@pytest.mark.parametrize("second", [BOTH, HOME_UNNAMED])
def test_a_line_naming_the_foreign_party_is_a_telling(second):
    (e,) = finish(second)
    assert len(e.tellings) == 1


def test_home_unnamed_either_way_round():
    # the US accuses Iran; the line names the US only, Iran (home) speaks or is spoken of unnamed
    (e,) = finish(HOME_UNNAMED, actor="USA", recipient="IRN")
    assert len(e.tellings) == 1
    (e,) = finish(FOREIGN_UNNAMED, actor="USA", recipient="IRN")
    assert e.tellings == ()


def test_other_languages_keep_the_telling():
    (e,) = finish(NEITHER, lang="ar")
    assert len(e.tellings) == 1


def test_without_the_rule_it_is_a_telling(monkeypatch):
    monkeypatch.setattr(events, "RETELL_NAMED_LANGS", frozenset())
    (e,) = finish(NEITHER)
    assert len(e.tellings) == 1


# --- TERROR_CONDEMNED_LANGS: condemning a terrorist act named by its place accuses no state ---

BOMBING = "دولت کانادا در بیانیه‌ای انفجارهای تروریستی در بغداد را به شدت محکوم کرد."
SUPPORTED = "دولت کانادا حمایت سوریه از گروه‌های تروریستی را به شدت محکوم کرد."
PLAIN = "دولت کانادا اقدامات اخیر در بغداد را به شدت محکوم کرد."


def terror(line: str, name: str | None, kind: str = "place", event: str = "ACCUSE", lang: str = "fa") -> bool:
    s = Sentence(start=0, end=len(line))
    m = None
    if name is not None:
        at = line.index(name)
        m = Mention(start=at, end=at + len(name), text=name, entity=name, kind=kind, iso3="IRQ" if kind == "place"
                    else "SYR", form="capital" if kind == "place" else "name")
    c = events.Candidate(event, "disapprove", events.Party("CAN", None, 0, True),
                         events.Party(m.iso3 if m else "IRQ", m, m.start if m else 0, m is not None), None, 0.8, None,
                         (), None)
    return events._condemned_act(line, s, lang, c, ())


def test_a_bombing_condemned_at_its_place_is_no_accusation():
    assert terror(BOMBING, "بغداد")
    assert terror(BOMBING, None)  # the recipient carried from an earlier sentence


def test_a_state_named_with_the_terror_word_is_still_accused():
    assert not terror(SUPPORTED, "سوریه", kind="country")


def test_no_terror_word_or_no_accusation_stays():
    assert not terror(PLAIN, "بغداد")
    assert not terror(BOMBING, "بغداد", event="SUPPORT")
