"""A dated report alone in its story is checked again when its ingest run ends (``stories.REVISIT_ALONE``): no story
of its event was stored when it arrived, one may have been since. Its days still veto a story of another event, and a
dated report that has company is left where it is."""

from __future__ import annotations

import dataclasses

from story_vectors import link as _add
from story_vectors import unit as _vec

from bilat import store
from bilat.corpus import stories, story_scorer
from bilat.records import Document


def _doc(doc_id: str, published: str | None) -> Document:
    return Document(id=doc_id, source=doc_id, original=doc_id, text=doc_id, title=f"note {doc_id}", lang="en",
                    published=published)


U, A, B = _vec(1, 0), _vec(1, 0.1), _vec(1, 0.15)


def _setup(conn, u_published: str):
    """u (dated) arrives first and stays alone; a and b (one day) then make a story that does not find u's (its index
    keys are gone, as when a report shares no key with its event's first report)."""
    linker = stories.Linker(conn, model=dataclasses.replace(story_scorer.shipped(), far_days=3))
    u = _add(conn, linker, _doc("u", u_published), U)
    conn.execute("DELETE FROM story_keys")
    a = _add(conn, linker, _doc("a", "2025-05-20"), A)
    b = _add(conn, linker, _doc("b", "2025-05-20"), B)
    assert a.story == b.story != u.story
    return linker, u, a


def test_a_lone_dated_report_joins_its_events_story_stored_after_it(db_path, plain_means, monkeypatch):
    monkeypatch.setattr(stories, "REVISIT_ALONE", True)
    conn = store.connect(db_path)
    linker, u, a = _setup(conn, "2025-05-21")
    with store.transaction(conn):
        assert linker.revisit(conn, ["u", "a", "b"]) == [("u", u.story, a.story)]
    assert stories.stories_of_docs(conn, ["u"])["u"] == a.story


def test_without_the_check_it_stays_alone(db_path, plain_means, monkeypatch):
    monkeypatch.setattr(stories, "REVISIT_ALONE", False)
    conn = store.connect(db_path)
    linker, u, _ = _setup(conn, "2025-05-21")
    with store.transaction(conn):
        assert linker.revisit(conn, ["u", "a", "b"]) == []
    assert stories.stories_of_docs(conn, ["u"])["u"] == u.story


def test_a_report_weeks_apart_stays_alone(db_path, plain_means, monkeypatch):
    """The same text published a month later is another event of the storyline: the day veto holds in the check."""
    monkeypatch.setattr(stories, "REVISIT_ALONE", True)
    conn = store.connect(db_path)
    linker, u, _ = _setup(conn, "2025-06-25")
    with store.transaction(conn):
        assert linker.revisit(conn, ["u"]) == []
    assert stories.stories_of_docs(conn, ["u"])["u"] == u.story


def test_dated_reports_with_company_are_not_moved(db_path, plain_means, monkeypatch):
    """a and b share a story: neither is checked again, however close u's story is."""
    monkeypatch.setattr(stories, "REVISIT_ALONE", True)
    conn = store.connect(db_path)
    linker, _, a = _setup(conn, "2025-05-21")
    with store.transaction(conn):
        assert linker.revisit(conn, ["a", "b"]) == []
    assert stories.stories_of_docs(conn, ["a", "b"]) == {"a": a.story, "b": a.story}
