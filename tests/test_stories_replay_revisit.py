"""Replays of kept stores (the bench's --replay, the scorer's training and cross-validation scripts) link as an ingest
run does, the end-of-run revisit included (``stories.replay``)."""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from pathlib import Path

from story_vectors import unit as _vec

from bilat import store
from bilat.corpus import stories, story_scorer
from bilat.records import Document

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
_spec = importlib.util.spec_from_file_location("train_story_scorer", ROOT / "scripts" / "train_story_scorer.py")
T = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(T)


def _doc(doc_id: str, published: str | None) -> Document:
    return Document(id=doc_id, source=doc_id, original=doc_id, text=doc_id, title=f"report {doc_id}", lang="en",
                    published=published)


def _model(db_path: str) -> story_scorer.Model:
    """The shipped scorer, its join just under what an undated report at cos 0.55 to a dated one scores (so that the
    undated u first joins the only story there is, then fits the later one clearly better)."""
    conn = store.connect(db_path)
    linker = stories.Linker(conn, model=dataclasses.replace(story_scorer.shipped(), far_days=3))
    member = stories.Member(vec=_vec(1, 0), lang="en", features=stories.Features(), day=None)
    weak = linker.story_probability(_vec(1, 1.5), "en", stories.Features(), None, [member])
    conn.close()
    return dataclasses.replace(linker.model, join=weak - 0.01)


# x (9 May), the undated u, then a (20 May): u joins x's story on arrival; a, eleven days from x, starts its own
DOCS = [(_doc("x", "2025-05-09"), _vec(1, 0)), (_doc("u", None), _vec(1, 1.5)), (_doc("a", "2025-05-20"), _vec(0, 1))]


def test_replay_links_in_order_then_revisits(db_path, tmp_path, plain_means):
    model = _model(str(tmp_path / "m.db"))
    conn = store.connect(db_path)
    linker = stories.Linker(conn, model=model)
    ids = stories.replay(conn, linker, [(d, stories.Prepared(vector=v, features=stories.features(d)))
                                        for d, v in DOCS])
    assert ids == ["x", "u", "a"]
    placed = stories.stories_of_docs(conn, ids)
    assert placed["u"] == placed["a"] != placed["x"]


def test_replay_without_the_revisit_leaves_u_where_it_arrived(db_path, tmp_path, plain_means, monkeypatch):
    model = _model(str(tmp_path / "m.db"))
    monkeypatch.setattr(stories, "REVISIT", False)
    conn = store.connect(db_path)
    placed = stories.replay(conn, stories.Linker(conn, model=model),
                            [(d, stories.Prepared(vector=v, features=stories.features(d))) for d, v in DOCS])
    story_of = stories.stories_of_docs(conn, placed)
    assert story_of["u"] == story_of["x"] != story_of["a"]


def test_the_trainers_replay_revisits_too(tmp_path, plain_means):
    """scripts/train_story_scorer.py (and cv_story_linker.py, through it) see the placements an ingest makes."""
    docs = [{"doc": d, "vec": v, "features": stories.features(d), "chunks": None} for d, v in DOCS]
    story_of = T.replay(docs, _model(str(tmp_path / "m.db")))
    assert story_of["u"] == story_of["a"] != story_of["x"]
