"""An undated report linked early is scored again once its run is linked (``Linker.revisit``)."""

from __future__ import annotations

import dataclasses

from story_vectors import link as _add
from story_vectors import unit as _vec

from bilat import store
from bilat.corpus import stories, story_scorer
from bilat.records import Document


def _doc(doc_id: str, published: str | None) -> Document:
    return Document(id=doc_id, source=doc_id, original=doc_id, text=doc_id, title=f"title {doc_id}", lang="en",
                    published=published)


def _linker(conn) -> stories.Linker:
    """The shipped scorer with its join just under what an undated report at cos 0.55 to a dated one scores."""
    linker = stories.Linker(conn, model=dataclasses.replace(story_scorer.shipped(), far_days=3))
    member = stories.Member(vec=_vec(1, 0), lang="en", features=stories.Features(), day=None)
    weak = linker.story_probability(_vec(1, 1.5), "en", stories.Features(), None, [member])
    strong = linker.story_probability(_vec(0, 1), "en", stories.Features(), None,
                                      [dataclasses.replace(member, vec=_vec(1, 1.5))])
    assert strong > weak + stories.REVISIT_MARGIN
    linker.join = weak - 0.01
    return linker


def _run(conn, linker):
    """x (9 May) is stored; the undated u joins it, the only story there is; a (20 May) is u's closest report, but
    x, eleven days from it, vetoes x's story for a, so a starts its own."""
    x = _add(conn, linker, _doc("x", "2025-05-09"), _vec(1, 0))
    u = _add(conn, linker, _doc("u", None), _vec(1, 1.5))
    a = _add(conn, linker, _doc("a", "2025-05-20"), _vec(0, 1))
    assert u.story == x.story and a.story != x.story
    return x, u, a


def test_an_undated_report_moves_to_the_story_it_matches_clearly_better(db_path, plain_means):
    conn = store.connect(db_path)
    linker = _linker(conn)
    x, _, a = _run(conn, linker)
    with store.transaction(conn):
        moves = linker.revisit(conn, ["x", "u", "a"])
    assert moves == [("u", x.story, a.story)]  # the dated x and a are not revisited
    assert stories.stories_of_docs(conn, ["x", "u", "a"]) == {"x": x.story, "u": a.story, "a": a.story}
    assert stories.get_story(conn, a.story)["docs"] == ["a", "u"]
    assert stories.get_story(conn, x.story)["docs"] == ["x"]


def test_an_emptied_story_resolves_to_the_one_its_report_joined(db_path, plain_means):
    conn = store.connect(db_path)
    linker = _linker(conn)
    u = _add(conn, linker, _doc("u", None), _vec(1, 1.5))  # alone: a story of its own
    conn.execute("DELETE FROM story_keys")  # ... that the next two reports do not find
    a = _add(conn, linker, _doc("a", "2025-05-20"), _vec(0, 1))
    b = _add(conn, linker, _doc("b", "2025-05-20"), _vec(0, 1))
    assert a.story != u.story and b.story == a.story
    with store.transaction(conn):
        assert linker.revisit(conn, ["u"]) == [("u", u.story, a.story)]
    assert stories.get_story(conn, u.story)["id"] == a.story
    assert conn.execute("SELECT count(*) FROM story_keys WHERE story=?", (u.story,)).fetchone()[0] == 0


def test_switched_off_nothing_moves(db_path, plain_means, monkeypatch):
    conn = store.connect(db_path)
    linker = _linker(conn)
    x, _, _ = _run(conn, linker)
    monkeypatch.setattr(stories, "REVISIT", False)
    with store.transaction(conn):
        assert linker.revisit(conn, ["u"]) == []
    assert stories.stories_of_docs(conn, ["u"])["u"] == x.story
