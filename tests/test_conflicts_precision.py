"""Conflicts that real multi-outlet news showed to be no disagreement (bench/conflicts.py)."""

from __future__ import annotations

import dataclasses

from bilat.corpus.conflicts import find
from bilat.records import Actor, DateRef, Document, Event, Sentence


def meeting(doc_id: str, sentence: str, date: str, written: str, resolution: str, published: str) -> Document:
    pos = sentence.find(written)
    ref = DateRef(start=pos, end=pos + len(written), text=written, value=date, resolution=resolution)
    ev = Event(id=f"{doc_id}:e0", event="CONSULT", mode="visit", actor=Actor(code="EGY"), recipient=Actor(code="SAU"),
               date=date, doc=doc_id, start=0, end=len(sentence), confidence=0.8, lang="en", event_text=sentence)
    return Document(id=doc_id, source=f"{doc_id}.txt", original=sentence, text=sentence, lang="en",
                    published=published, sentences=(Sentence(start=0, end=len(sentence)),), events=(ev,),
                    dates=(ref,))


def test_dates_worked_out_from_yesterday_and_today_are_not_compared():
    # the same reception, told by a paper stamped the next day ("yesterday") and one stamped that day ("today")
    a = meeting("a", "The king received the Egyptian foreign minister yesterday in Jeddah.", "2025-07-22",
                "yesterday", "relative", "2025-07-23")
    b = meeting("b", "The king received the Egyptian foreign minister today in Jeddah.", "2025-07-24",
                "today", "relative", "2025-07-24")
    assert find([a, b], "s") == []
    # one written date beside one worked out from a stamp: still not two outlets' statements of the date
    c = meeting("c", "The king received the Egyptian foreign minister on 23 July in Jeddah.", "2025-07-23",
                "23 July", "explicit", "2025-07-24")
    assert find([a, c], "s") == []


def test_two_written_dates_for_one_past_meeting_still_conflict():
    a = meeting("a", "The king received the Egyptian foreign minister on 22 July.", "2025-07-22", "22 July",
                "explicit", "2025-07-24")
    b = meeting("b", "The king received the Egyptian foreign minister on 23 July.", "2025-07-23", "23 July",
                "explicit", "2025-07-24")
    [c] = find([a, b], "s")
    assert sorted(v.value for v in c.values) == ["2025-07-22", "2025-07-23"]
    # a date that the sentence does not write at all (carried from elsewhere) is no claim either
    bare = dataclasses.replace(b, dates=())
    assert find([a, bare], "s") == []


def test_counts_of_nothing_named_are_not_compared():
    # an attack "on three sites" beside "6 bunker-busting bombs": the events stage found no unit for either
    from bilat.records import Quantity

    def strike(doc_id: str, sentence: str, value: float, unit: str | None) -> Document:
        pos = sentence.find(str(int(value)))
        q = Quantity(start=pos, end=pos + 1, text=str(int(value)), value=value, unit=unit, kind="count",
                     event=f"{doc_id}:e0")
        ev = Event(id=f"{doc_id}:e0", event="ASSAULT", actor=Actor(code="USA"), recipient=Actor(code="IRN"),
                   doc=doc_id, start=0, end=len(sentence), confidence=0.8, lang="en", event_text=sentence)
        return Document(id=doc_id, source=f"{doc_id}.txt", original=sentence, text=sentence, lang="en",
                        sentences=(Sentence(start=0, end=len(sentence)),), quantities=(q,), events=(ev,))

    assert find([strike("a", "The army struck 3 sites in Iran.", 3.0, None),
                 strike("b", "It dropped 6 bunker-busting bombs on Iran.", 6.0, None)], "s") == []
    [c] = find([strike("a", "The strikes killed 3 soldiers in Iran.", 3.0, "soldier"),
                strike("b", "The strikes killed 6 soldiers in Iran.", 6.0, "soldier")], "s")
    assert "soldier" in c.key


def test_targeting_in_arabic_is_no_target_figure():
    from bilat.corpus.conflicts import qualifier

    assert qualifier("شن الجيش هجوما استهدف ثلاثة مواقع") == "reported"  # an attack "targeted" three sites
    assert qualifier("تم ضبط 97 موقوفا في حادث استهداف المصلين") == "reported"
    assert qualifier("بهدف رفع التبادل التجاري إلى 5 مليارات دولار") == "target"
    assert qualifier("والهدف هو 5 مليارات دولار") == "target"
    assert qualifier("هدف 5 مليارات دولار") == "target"
    assert qualifier("سافر إلى مقصد سياحي") == "reported"  # مقصد (destination), not قصد (intent)
