"""Repairs of stores written by earlier versions, applied once as named migrations.

Listed last in ``store.MIGRATION_SOURCES``: a repair may read and write every table.

``repair_0001_story_ids``: a new story used to be named ``"s-" + doc.id[:16]``, so two documents
whose ids share 16 characters (``saudinewsnet-1030`` and ``saudinewsnet-1031``) gave one story id;
the second story's record overwrote the first's, and the first story's documents stayed in
``story_docs`` under an id whose record no longer listed them. The repair finds every
``story_docs`` row that its story's record does not list and re-keys it into a story of its own.
Each overwritten story began with a document whose id starts with the shared prefix (its
"founder"); the rows in between, in link order, are the documents that joined it, so each founder
with the rows after it becomes one story again, with its record, index keys and conflicts rebuilt.
A document that shares the prefix but had joined the story cannot be told from a founder; it
starts a story of its own (a story split in two rather than two stories wrongly merged).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from bilat.corpus import conflicts, stories


def _orphans(conn: sqlite3.Connection) -> dict[str, list[tuple[str, int]]]:
    """story id -> [(doc, seq)] of story_docs rows its record does not list, in link order."""
    listed = {sid: set(json.loads(stats)["docs"]) for sid, stats in conn.execute("SELECT id, stats FROM stories")}
    out: dict[str, list[tuple[str, int]]] = {}
    for doc, story, seq in conn.execute("SELECT doc, story, seq FROM story_docs ORDER BY seq"):
        if doc not in listed.get(story, ()):
            out.setdefault(story, []).append((doc, seq))
    return out


def _groups(story: str, rows: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """Split a story's unlisted rows at each founder (a document whose id gave the old story id)."""
    prefix = story[2:] if story.startswith("s-") else None
    groups: list[list[tuple[str, int]]] = []
    for doc, seq in rows:
        if not groups or (prefix is not None and doc[:16] == prefix):
            groups.append([])
        groups[-1].append((doc, seq))
    return groups


def _rebuild(conn: sqlite3.Connection, old: str, group: list[tuple[str, int]], means: stories.Means) -> str:
    from bilat.embed import from_blob
    from bilat.store import load_document

    new = stories.new_story_id(conn, group[0][0])
    stats = stories._empty_stats()
    for doc_id, _ in group:
        conn.execute("UPDATE story_docs SET story=? WHERE doc=?", (new, doc_id))
        doc = load_document(conn, doc_id)
        if doc is not None:
            stories._add_doc(stats, doc, stories.day_of(doc))
    seq = max(seq for _, seq in group)
    stories._save(conn, new, seq, stats)
    for doc_id, _ in group:
        row = conn.execute("SELECT vec, lang, features FROM story_docs WHERE doc=?", (doc_id,)).fetchone()
        lsh = stories.lsh_keys(means.centred(from_blob(row[0]), row[1]))
        keys = stories.index_keys(stories.Features.from_dict(json.loads(row[2])), lsh)
        conn.executemany("INSERT OR REPLACE INTO story_keys(key, story, seq) VALUES (?,?,?)",
                         [(k, new, seq) for k in dict.fromkeys(keys)])
    return new


def repair_story_ids(conn: sqlite3.Connection) -> None:
    """Give every story_docs row a story whose record lists it (see the module's docstring)."""
    orphans = _orphans(conn)
    if not orphans:
        return
    means = stories.Means(conn)
    for old, rows in orphans.items():
        for group in _groups(old, rows):
            conflicts.refresh(conn, _rebuild(conn, old, group, means))
        if conn.execute("SELECT 1 FROM stories WHERE id=?", (old,)).fetchone():
            conflicts.refresh(conn, old)


MIGRATIONS: tuple[tuple[str, str | Callable[[sqlite3.Connection], None]], ...] = (
    ("repair_0001_story_ids", repair_story_ids),
)
