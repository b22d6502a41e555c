"""Search: reciprocal rank fusion, keyword paging with totals, and hybrid search over real vectors."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from bilat import store
from bilat.corpus import search, stories
from bilat.records import Document, Paragraph, Sentence
from bilat.web.app import create_app

TEXTS = {
    "en": ("Vietnam and Belarus sign a military cooperation agreement",
           "The defence ministers of Vietnam and Belarus signed an agreement on military cooperation in Minsk."),
    "th": ("เวียดนามและเบลารุสลงนามความร่วมมือทางทหาร",
           "รัฐมนตรีกลาโหมเวียดนามและเบลารุสลงนามข้อตกลงความร่วมมือทางทหารที่กรุงมินสค์"),
    "zh": ("越南与白俄罗斯签署军事合作协议", "越南和白俄罗斯国防部长在明斯克签署了军事合作协议。"),
    "ar": ("ارتفاع أسعار النفط في الأسواق العالمية", "ارتفعت أسعار النفط اليوم في الأسواق العالمية بسبب نقص الإمدادات."),
}


def _doc(doc_id: str, lang: str, title: str, text: str) -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", original=text, text=text, lang=lang, title=title,
                    published="2025-05-04", paragraphs=(Paragraph(start=0, end=len(text), lang=lang),),
                    sentences=(Sentence(start=0, end=len(text)),))


def test_fuse_adds_reciprocal_ranks():
    fused = dict(search.fuse([["a", "b", "c"], ["c", "d"]], k=60))
    assert fused["c"] == pytest.approx(1 / 63 + 1 / 61)
    assert fused["a"] == pytest.approx(1 / 61) and fused["d"] == pytest.approx(1 / 62)
    assert [d for d, _ in search.fuse([["a", "b", "c"], ["c", "d"]])][:2] == ["c", "a"]


@pytest.fixture(scope="module")
def keyword_store(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("search") / "k.db")
    conn = store.connect(path)
    for i in range(45):
        word = "treaty" if i % 3 else "treaty treaty treaty"
        store.save_document(conn, _doc(f"k{i:02d}", "en", f"Item {i}", f"A {word} text number {i}."),
                            after=search.index_document)
    store.save_document(conn, _doc("short", "zh", "越南", "越南总统访问"), after=search.index_document)
    conn.close()
    return path


def test_keyword_pages_cover_every_match_once_with_the_total(keyword_store):
    conn = store.connect(keyword_store, readonly=True)
    seen = []
    for offset in range(0, 60, 20):
        res = search.run(conn, "treaty", "keyword", limit=20, offset=offset)
        assert res.total == 45 and res.total_exact
        seen += [h.doc for h in res.hits]
    assert len(seen) == 45 == len(set(seen))
    assert seen[0] in {f"k{i:02d}" for i in range(0, 45, 3)}  # the thrice-repeated term ranks first


def test_short_terms_and_counts_past_the_cap(keyword_store, monkeypatch):
    conn = store.connect(keyword_store, readonly=True)
    res = search.run(conn, "越南", "keyword")
    assert [h.doc for h in res.hits] == ["short"] and res.total == 1
    monkeypatch.setattr(search, "COUNT_CAP", 10)
    assert search.keyword_count(conn, "treaty", cap=10) == (10, False)


def test_hybrid_without_vectors_is_the_keyword_ranking(keyword_store):
    conn = store.connect(keyword_store, readonly=True)
    hybrid = search.run(conn, "treaty", "hybrid", limit=45)
    keyword = search.run(conn, "treaty", "keyword", limit=45)
    assert [h.doc for h in hybrid.hits] == [h.doc for h in keyword.hits] and hybrid.total == 45


def test_search_pages_show_total_and_paging(keyword_store):
    client = TestClient(create_app(keyword_store))
    html = client.get("/search", params={"q": "treaty"}).text
    assert "45 results" in html and "showing 1–20" in html and 'rel="next"' in html
    html = client.get("/search", params={"q": "treaty", "offset": 40}).text
    assert "showing 41–45" in html and 'rel="next"' not in html and 'rel="prev"' in html
    data = client.get("/api/search", params={"q": "treaty", "limit": 5, "offset": 5}).json()
    assert data["total"] == 45 and data["count"] == 5 and data["mode"] == "hybrid"


def test_empty_query_page_helps(keyword_store):
    html = TestClient(create_app(keyword_store)).get("/search").text
    assert "46 articles" in html and "hybrid" in html and "cross-lingual" in html
    assert html.count('href="/search?q=') >= 5


@pytest.fixture(scope="module")
def vector_store(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("search") / "v.db")
    conn = store.connect(path)
    linker = stories.Linker(conn)
    for lang, (title, text) in TEXTS.items():
        doc = _doc(f"v-{lang}", lang, title, text)
        with conn:
            store.save_document(conn, doc, after=search.index_document)
            linker.link(conn, doc)
    conn.close()
    return path


@pytest.mark.model
def test_hybrid_finds_other_languages_and_keeps_keyword_hits_first(vector_store):
    conn = store.connect(vector_store, readonly=True)
    keyword = search.run(conn, "military cooperation agreement", "keyword")
    assert [h.doc for h in keyword.hits] == ["v-en"]
    res = search.run(conn, "military cooperation agreement", "hybrid")
    docs = [h.doc for h in res.hits]
    assert docs[0] == "v-en" and {"v-th", "v-zh"} <= set(docs) and "v-ar" not in docs
    assert res.total == len(docs)
    first = res.hits[0]
    assert first.keyword_rank == 1 and first.semantic_score is not None and first.score > res.hits[1].score
