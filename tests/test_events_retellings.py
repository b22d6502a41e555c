"""bench/events_real.py: the lines of a headline the body repeats cut into several lines (name, verb, guest), dropped
by the clean stage as copies of the one line bilat kept, are one telling over them where bilat tells the event in
that line, as the kept sentence is one: not one telling a line, each line but one false (issue 10, retellings)."""

from __future__ import annotations

from events_real_docs import article as _article
from events_real_docs import bilat_doc as _bilat_doc
from events_real_docs import events_real

NAME = "Mr Arthur Penrose, Minister of Justice,"
VERB = "received Mr Kenji Okada,"
GUEST = "the Ambassador of Japan to Thailand, and his delegation"
FULL = f"{NAME} {VERB} {GUEST}"
WHEN = "The meeting took place at the Ministry of Justice on Wednesday morning."
LAST = "The two sides discussed legal cooperation between the two countries."


def article(lines: list[str], labelled: set[int]) -> dict:
    return _article(lines, labelled, "JPN")


def bilat_doc(art: dict, told: set[str]):
    return _bilat_doc(art, told, "JPN")


def test_headline_cut_into_lines_is_one_telling():
    # the gold labels the whole line and, of its three copies, the verb's line alone (the name, the guest state no
    # act on their own); bilat's one sentence over the three lines is one telling there, and it is right
    art = article([FULL, WHEN, NAME, VERB, GUEST, LAST], labelled={0, 3})
    doc = bilat_doc(art, told={FULL})
    assert [r.kind for r in doc.removed if r.kind in events_real.REPEATS] != []
    spans = events_real.align(doc, art["text"])
    assert sorted(i for _, _, i in events_real.copies(art, doc, spans)) == [2, 3, 4]
    t = events_real.Tally()
    events_real.score_article(art, doc, t)
    assert (t.n["gold"], t.n["pred"], t.n["matched"]) == (2, 2, 2)  # was (2, 4, 2): the name and guest lines false


def test_no_event_in_the_kept_line_misses_the_copies():
    art = article([FULL, WHEN, NAME, VERB, GUEST, LAST], labelled={0, 3, 5})
    doc = bilat_doc(art, told={LAST})
    t = events_real.Tally()
    events_real.score_article(art, doc, t)
    assert (t.n["gold"], t.n["pred"], t.n["matched"]) == (3, 1, 1)


def test_runs():
    # lines whose copies follow one another in the sentence are one run; a second copy of the same line is not
    assert events_real._runs([(10, 20, 6), (0, 9, 5), (21, 30, 7)]) == [(5, 7)]
    assert events_real._runs([(0, 30, 1), (0, 30, 2)]) == [(1, 1), (2, 2)]
    assert events_real._runs([(0, 9, 5), (10, 20, 7)]) == [(5, 5), (7, 7)]
    assert events_real._runs([]) == []
