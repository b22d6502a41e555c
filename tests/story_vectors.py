"""Controlled vectors for the story linker's tests, and linking a document with them as ingest would (stored, then
``Linker.link`` inside the document's transaction). The ``plain_means`` fixture (conftest.py) turns centring off, so
that these vectors are compared as given."""

from __future__ import annotations

import numpy as np

from bilat import store
from bilat.corpus import stories
from bilat.records import Document


def unit(*axes: float) -> np.ndarray:
    """A unit 384-dimensional vector with these leading components."""
    v = np.zeros(384, dtype=np.float32)
    v[:len(axes)] = axes
    return v / np.linalg.norm(v)


def link(conn, linker: stories.Linker, doc: Document, vec: np.ndarray) -> stories.Link:
    """Store ``doc`` and link it with vector ``vec`` (no embedding model)."""
    prep = stories.Prepared(vector=vec, features=stories.features(doc))
    out = []
    store.save_document(conn, doc, after=lambda c, d: out.append(linker.link(c, d, prep)))
    return out[0]
