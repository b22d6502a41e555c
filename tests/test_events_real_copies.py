"""bench/events_real.py: a labelled sentence the clean stage dropped as a verbatim copy of a kept line is read
where bilat kept it; a dropped line that only says the same otherwise is not."""

from __future__ import annotations

from events_real_docs import article as _article
from events_real_docs import bilat_doc as _bilat_doc
from events_real_docs import events_real

from bilat.stages import clean as clean_stage

HEAD = "Ambassador of Pakistan calls on the Prime Minister"
LEAD = "Today the Ambassador of Pakistan, Mr Sohail Khan, called on the Prime Minister at Government House."
LAST = "The two sides discussed trade and investment."


def article(lines: list[str], labelled: set[int]) -> dict:
    return _article(lines, labelled, "PAK")


def bilat_doc(art: dict, told: set[str]):
    return _bilat_doc(art, told, "PAK")


def test_headline_twice_is_read_once_where_kept():
    art = article([HEAD, HEAD, LEAD, LAST], labelled={0, 1, 2})
    doc = bilat_doc(art, told={HEAD, LEAD})
    assert [r.kind for r in doc.removed] == ["title", "duplicate"]  # the first copy of the headline
    spans = events_real.align(doc, art["text"])
    assert spans[0][2] == len(HEAD) + 1  # the kept headline is the second copy, not the first
    assert events_real.copies(art, doc, spans) == [(0, len(HEAD), 0)]
    t = events_real.Tally()
    events_real.score_article(art, doc, t)
    assert (t.n["gold"], t.n["pred"], t.n["matched"]) == (3, 3, 3)
    assert (t.n["f_gold"], t.n["f_pred"], t.n["f_matched"]) == (1, 1, 1)  # one fact for the reader


def test_no_event_on_the_kept_copy_misses_both():
    art = article([HEAD, HEAD, LEAD, LAST], labelled={0, 1, 2})
    doc = bilat_doc(art, told={LEAD})
    t = events_real.Tally()
    events_real.score_article(art, doc, t)
    assert (t.n["gold"], t.n["pred"], t.n["matched"]) == (3, 1, 1)


def test_reworded_line_dropped_is_not_aligned(monkeypatch):
    # were the clean stage to drop a headline for sharing most words with the lead (the rule before issue 10),
    # the headline's event would be missed: it is no copy, so the bench gives it no place in the lead
    monkeypatch.setattr(clean_stage, "COPIES_ONLY", False)
    art = article([HEAD, LEAD, LAST], labelled={0, 1})
    doc = bilat_doc(art, told={LEAD})
    assert [r.kind for r in doc.removed] == ["title", "duplicate"]
    assert events_real.copies(art, doc, events_real.align(doc, art["text"])) == []
    t = events_real.Tally()
    events_real.score_article(art, doc, t)
    assert (t.n["gold"], t.n["pred"], t.n["matched"]) == (2, 1, 1)


def test_countries_of_the_kept_copy_count_for_the_dropped_one():
    # the countries column reads a dropped repeat where bilat kept it, as the events do: the first copy of the
    # headline (labelled PAK) takes the mention bilat found in the second
    import dataclasses

    from bilat.records import Mention

    art = article([HEAD, HEAD, LEAD, LAST], labelled={0, 1, 2})
    for i in (0, 1, 2):
        art["sentences"][i]["countries"] = ["PAK"]
    doc = bilat_doc(art, told={HEAD, LEAD})
    kept = doc.text.find(HEAD)
    at = kept + HEAD.index("Pakistan")
    lead = doc.text.find("Pakistan", kept + len(HEAD))
    doc = dataclasses.replace(doc, mentions=tuple(
        Mention(text="Pakistan", start=s, end=s + 8, kind="country", entity="Q843", iso3="PAK", form="name")
        for s in (at, lead)))
    t = events_real.Tally()
    events_real._countries(art, doc, events_real.align(doc, art["text"]), t)
    assert (t.n["c_gold"], t.n["c_pred"], t.n["c_right"]) == (3, 3, 3)
