"""A story emptied by ``revisit`` (its one report moved away) passes its storyline links to the story that report
joined, as a merge does, instead of dropping them."""

from __future__ import annotations

from bilat import store
from bilat.corpus import stories
from bilat.records import Document


def _story(conn, story_id: str, doc_id: str) -> None:
    """A stored document alone in (or added to) a story, as ``link`` leaves it (no vector needed here)."""
    conn.execute("INSERT INTO story_docs(doc, story, seq, day, lang, vec, features, chunks) VALUES (?,?,?,?,?,?,?,?)",
                 (doc_id, story_id, stories._next_seq(conn), "2025-05-20", "en", b"", "{}", None))
    stories._rebuild(conn, story_id, stories._next_seq(conn))


def _docs(conn, *ids: str) -> None:
    for doc_id in ids:
        store.save_document(conn, Document(id=doc_id, source=doc_id, original=doc_id, text=doc_id, title=doc_id,
                                           lang="en", published="2025-05-20"))


def _links(conn) -> set[tuple[str, str, float]]:
    return {(a, b, round(s, 3)) for a, b, s in conn.execute("SELECT a, b, score FROM story_links")}


def test_an_emptied_story_passes_its_storyline_links_to_the_story_its_report_joined(db_path):
    conn = store.connect(db_path)
    _docs(conn, "u", "a", "t", "f")
    with store.transaction(conn):
        for sid, doc in (("s-old", "u"), ("s-new", "a"), ("s-thread", "t"), ("s-far", "f")):
            _story(conn, sid, doc)
        stories.link_stories(conn, "s-old", "s-thread", 0.7)
        stories.link_stories(conn, "s-old", "s-new", 0.6)  # between the two: dropped, not a self-link
        stories.link_stories(conn, "s-new", "s-far", 0.5)
        stories._move(conn, "u", "s-old", "s-new")
    assert _links(conn) == {("s-new", "s-thread", 0.7), ("s-far", "s-new", 0.5)}
    assert stories._resolve(conn, "s-old") == "s-new"
    assert [s["story"] for s in stories.storyline(conn, "s-old")] == ["s-thread", "s-far"]


def test_a_story_left_with_reports_keeps_its_own_links(db_path):
    conn = store.connect(db_path)
    _docs(conn, "u", "v", "a", "t")
    with store.transaction(conn):
        for sid, doc in (("s-old", "u"), ("s-old", "v"), ("s-new", "a"), ("s-thread", "t")):
            _story(conn, sid, doc)
        stories.link_stories(conn, "s-old", "s-thread", 0.7)
        stories._move(conn, "u", "s-old", "s-new")
    assert _links(conn) == {("s-old", "s-thread", 0.7)}
    assert stories.stories_of_docs(conn, ["u", "v"]) == {"u": "s-new", "v": "s-old"}
