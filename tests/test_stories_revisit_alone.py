"""An undated report alone in its story is checked again on its closest report in a candidate story
(``stories.REVISIT_BEST``): the story score, half best pair and half mean, keeps it out of a story whose other
members are less close."""

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


U, A, B = _vec(1, 0), _vec(1, 0.3), _vec(0.2, 1)


def _setup(conn):
    """u (undated) alone; a and b (one day) in one story that u did not find on arrival. The join is set between
    u's story score against {a, b} and its pair score against a."""
    linker = stories.Linker(conn, model=dataclasses.replace(story_scorer.shipped(), far_days=3))
    member = stories.Member(vec=A, lang="en", features=stories.Features(), day=None)
    other = stories.Member(vec=B, lang="en", features=stories.Features(), day=None)
    pair = linker.story_probability(U, "en", stories.Features(), None, [member])
    story = linker.story_probability(U, "en", stories.Features(), None, [member, other])
    assert pair > story + 0.02
    u = _add(conn, linker, _doc("u", None), U)
    conn.execute("DELETE FROM story_keys")  # a and b do not find u's story
    linker.join = 0.0
    a = _add(conn, linker, _doc("a", "2025-05-20"), A)
    b = _add(conn, linker, _doc("b", "2025-05-20"), B)
    assert a.story == b.story != u.story
    linker.join = (pair + story) / 2
    return linker, u, a


def test_a_lone_undated_report_joins_the_story_of_its_closest_report(db_path, plain_means, monkeypatch):
    monkeypatch.setattr(stories, "REVISIT_BEST", 1.0)
    conn = store.connect(db_path)
    linker, u, a = _setup(conn)
    with store.transaction(conn):
        assert linker.revisit(conn, ["u"]) == [("u", u.story, a.story)]
    assert stories.stories_of_docs(conn, ["u"])["u"] == a.story


def test_on_the_story_score_it_stays_alone(db_path, plain_means, monkeypatch):
    monkeypatch.setattr(stories, "REVISIT_BEST", None)
    conn = store.connect(db_path)
    linker, u, _ = _setup(conn)
    with store.transaction(conn):
        assert linker.revisit(conn, ["u"]) == []
    assert stories.stories_of_docs(conn, ["u"])["u"] == u.story
