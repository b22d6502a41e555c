"""A dated report whose own story has since taken in a report dated far from it (a neighbour event of its storyline,
linked after it) is checked again at the end of the run (``stories.REVISIT_VETOED``) and moved to a story of its own
day that reaches ``join`` (docs/stories.md round thirty-nine)."""

from __future__ import annotations

import dataclasses
import json

from story_vectors import link as _add
from story_vectors import unit as _vec

from bilat import store
from bilat.corpus import stories, story_scorer
from bilat.records import Document


def _doc(doc_id: str, published: str | None) -> Document:
    return Document(id=doc_id, source=doc_id, original=doc_id, text=doc_id, title=f"note {doc_id}", lang="en",
                    published=published)


X, Y, Z = _vec(1, 0), _vec(1, 0.2), _vec(1, 0.1)


def _setup(conn):
    """x (1 May) in story S, joined later by y (20 May, forced in); z (1 May), vetoed by S's y, alone in story T."""
    linker = stories.Linker(conn, model=dataclasses.replace(story_scorer.shipped(), far_days=3))
    x = _add(conn, linker, _doc("x", "2025-05-01"), X)
    conn.execute("DELETE FROM story_keys")
    y = _add(conn, linker, _doc("y", "2025-05-20"), Y)
    with store.transaction(conn):
        stories._move(conn, "y", y.story, x.story)  # as if y had joined S through an undated member
    z = _add(conn, linker, _doc("z", "2025-05-01"), Z)
    assert len({x.story, z.story}) == 2
    return linker, x, z


def test_own_story_vetoes_it(db_path, plain_means):
    conn = store.connect(db_path)
    linker, x, _ = _setup(conn)
    row = conn.execute("SELECT day, features FROM story_docs WHERE doc='x'").fetchone()
    f = stories.Features.from_dict(json.loads(row[1]))
    assert linker._own_veto(conn, "x", x.story, X, "en", f, row[0], None)
    assert not linker._own_veto(conn, "z", stories.stories_of_docs(conn, ["z"])["z"], Z, "en", f, row[0], None)


def test_a_vetoed_dated_report_moves_to_the_story_of_its_day(db_path, plain_means):
    assert stories.REVISIT_VETOED
    conn = store.connect(db_path)
    linker, x, z = _setup(conn)
    with store.transaction(conn):
        moves = linker.revisit(conn, ["x", "y", "z"])
    assert ("x", x.story, z.story) in moves
    assert stories.stories_of_docs(conn, ["x", "z"]) == {"x": z.story, "z": z.story}


def test_switched_off_it_stays(db_path, plain_means, monkeypatch):
    monkeypatch.setattr(stories, "REVISIT_VETOED", False)
    conn = store.connect(db_path)
    linker, x, _ = _setup(conn)
    with store.transaction(conn):
        moves = linker.revisit(conn, ["x"])
    assert moves == []
    assert stories.stories_of_docs(conn, ["x"])["x"] == x.story
