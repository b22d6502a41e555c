"""bench/events_real.py --out-of-fold caches: sentence vectors by exact text and model (bench/embed_cache.py), each
fold's fitted classifier by its training matrix, and the split pipeline gives what the whole pipeline gives."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
_spec = importlib.util.spec_from_file_location("events_real", ROOT / "bench" / "events_real.py")
events_real = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(events_real)

import embed_cache


class Counting:
    """A fake embedding: a vector from each text's letters, and the calls it was asked."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return np.array([[len(t), sum(map(ord, t)) % 97, t.count(" ")] for t in texts], dtype=np.float32)


def test_vectors_come_back_from_disk_without_embedding_again(tmp_path):
    path = tmp_path / "v.npz"
    first = Counting()
    cache = embed_cache.VectorCache(first, path)
    texts = ["Ministers met in the capital.", "The talks ended early."]
    a = cache(texts)
    cache.save()
    second = Counting()
    again = embed_cache.VectorCache(second, path)(list(reversed(texts)))
    assert second.calls == []
    assert np.array_equal(again, a[::-1])


def test_a_call_with_one_new_text_is_embedded_whole_as_given(tmp_path):
    fake = Counting()
    cache = embed_cache.VectorCache(fake, tmp_path / "v.npz")
    cache(["One sentence here."])
    cache(["One sentence here.", "Another sentence."])
    assert fake.calls[-1] == ["One sentence here.", "Another sentence."]


def test_the_key_is_the_exact_text(tmp_path):
    fake = Counting()
    cache = embed_cache.VectorCache(fake, tmp_path / "v.npz")
    cache(["The envoy arrived."])
    cache(["The envoy arrived. "])
    assert len(fake.calls) == 2


def test_the_model_names_the_cache_file(tmp_path, monkeypatch):
    monkeypatch.setenv("BILAT_BENCH_CACHE", str(tmp_path))
    monkeypatch.setenv("BILAT_EMBED_MODEL", "some/local model")
    cache = embed_cache.VectorCache(Counting())
    assert cache.path.parent == tmp_path
    assert "some_local_model" in cache.path.name


def test_a_fit_is_kept_by_its_training_data(tmp_path):
    calls = []

    def fit(x, y):
        calls.append(1)
        return x.T @ y, y.sum(0)

    x = np.arange(12, dtype=np.float32).reshape(4, 3)
    y = np.array([[1, 0], [0, 1], [1, 1], [0, 0]], dtype=np.float32)
    w1, b1 = events_real.cached_fit(fit, x, y, tmp_path)
    w2, b2 = events_real.cached_fit(fit, x, y, tmp_path)
    assert len(calls) == 1 and np.array_equal(w1, w2) and np.array_equal(b1, b2)
    y2 = y.copy()
    y2[3, 0] = 1
    events_real.cached_fit(fit, x, y2, tmp_path)
    assert len(calls) == 2


def test_the_split_pipeline_gives_the_whole_pipelines_events():
    from bilat.pipeline import Pipeline, document_from_raw
    from bilat.records import RawArticle

    text = ("Talks in Paris\n\nFrance and Germany signed a defence agreement in Paris on Monday. "
            "Japan accused China of violating its airspace near the islands.")
    opts = {"embeddings": False}

    def doc():
        return document_from_raw(RawArticle(source="t", text=text, id="t1"))

    whole = Pipeline(options={"events": opts}).run_many([doc()])[0]
    split = events_real.FoldStages(events_real.FoldStages.earlier(), opts).run_many([doc()])[0]
    got = [(e.event, e.actor and e.actor.code, e.recipient and e.recipient.code, e.start) for e in split.events]
    assert got == [(e.event, e.actor and e.actor.code, e.recipient and e.recipient.code, e.start)
                   for e in whole.events]
    assert got  # the text has events to compare


def test_documents_before_events_are_kept_by_the_article_and_the_code(tmp_path):
    from bilat.records import Document

    class Fake:
        def __init__(self) -> None:
            self.seen: list[str] = []

        def run_many(self, docs):
            self.seen += [d.id for d in docs]
            return [Document(id=d.id, source=d.source, original=d.original, text=d.original.upper()) for d in docs]

    docs = [Document(id="a", source="s", original="Iran and Iraq met."), Document(id="b", source="s", original="x")]
    fake = Fake()
    first = events_real.EarlierCache(fake, "code1", tmp_path).run_many(docs)
    again = events_real.EarlierCache(fake, "code1", tmp_path).run_many(docs)
    assert fake.seen == ["a", "b"] and again == first and again[0].text == "IRAN AND IRAQ MET."
    changed = [docs[0], Document(id="b", source="s", original="y")]
    events_real.EarlierCache(fake, "code1", tmp_path).run_many(changed)
    assert fake.seen == ["a", "b", "b"]
    events_real.EarlierCache(fake, "code2", tmp_path).run_many(docs)
    assert fake.seen == ["a", "b", "b", "a", "b"]
