"""The web UI and JSON API through an in-process client."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from webstore import XSS, build

from bilat.web.app import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    path = str(tmp_path_factory.mktemp("web") / "web.db")
    build(path)
    return TestClient(create_app(path))


def test_overview_counts_languages(client):
    r = client.get("/api/overview")
    assert r.status_code == 200
    data = r.json()
    assert data["documents"] == 4
    assert data["by_lang"] == {"en": 2, "ar": 1, "fa": 1}
    page = client.get("/")
    assert page.status_code == 200 and "Overview" in page.text


def test_document_page_escapes_article_text(client):
    page = client.get("/doc/xss")
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.text
    assert "<img src=x onerror" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert client.get("/api/documents/xss").json()["title"] == XSS


def test_document_page_is_rtl_for_arabic_and_links_mentions(client):
    page = client.get("/doc/dar").text
    assert re.search(r'<div class="text" dir="rtl">', page)
    assert 'href="/entity/Q184"' in page
    assert "تعليق (0)" in page  # removed debris is shown for audit
    assert 'id="dar:e0"' in page


def test_entity_page_lists_variants(client):
    data = client.get("/api/entities/Q184").json()
    names = {v["name"] for v in data["variants_seen"]}
    assert "Belarus" in names and any("بيلاروسيا" in n for n in names)


def test_keyword_search_works_without_spaces_and_across_scripts(client):
    data = client.get("/api/search", params={"q": "بيلاروسيا"}).json()
    assert [h["doc"] for g in data["groups"] for h in g["hits"]] == ["dar"]
    data = client.get("/api/search", params={"q": "Lukashenko"}).json()
    assert data["count"] == 1
    data = client.get("/api/search", params={"q": "visa"}).json()
    assert data["count"] == 1


def test_one_error_shape(client):
    for url in ("/api/documents/nope", "/api/search", "/api/stories?limit=0", "/api/entities/nope"):
        r = client.get(url)
        assert r.status_code in (400, 404), url
        body = r.json()
        assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}
        assert body["error"]["status"] == r.status_code
    assert client.get("/doc/nope").status_code == 404


def test_openapi_schema_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/overview", "/api/stories", "/api/stories/{story_id}", "/api/documents/{doc_id}",
              "/api/dyads/{a}/{b}", "/api/conflicts", "/api/search"):
        assert p in paths


def test_pages_reference_no_outside_assets(client):
    for url in ("/", "/doc/dar", "/search?q=Belarus", "/conflicts", "/stories"):
        html = client.get(url).text
        assets = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
        outside = [a for a in assets if not a.startswith(("https://vietnamnet.vn", "https://thanhnien.vn"))]
        assert outside == [], (url, outside)
        assert not re.search(r'<(?:script|link|img)[^>]+(?:src|href)="https?://', html)


def test_a_pair_by_english_name_is_the_pair_by_code_and_a_non_country_is_404(client) -> None:
    """review: /dyad/Vietnam/Belarus listed 'VIETNAM – BELARUS: 0 events' (and the API 0 events) although
    the store holds the pair's events; names now resolve to the codes, and what is neither is a 404."""
    by_code = client.get("/api/dyads/VNM/BLR").json()
    by_name = client.get("/api/dyads/Vietnam/belarus").json()
    assert by_code["total_events"] > 0 and by_name["total_events"] == by_code["total_events"]
    assert (by_name["a"], by_name["b"]) == ("VNM", "BLR")
    page = client.get("/dyad/Vietnam/Belarus")
    assert page.status_code == 200 and "VIETNAM" not in page.text
    rows = client.get("/dyad/Vietnam/Belarus?format=json").json()
    assert len(rows) == by_code["total_events"]
    missing = client.get("/api/dyads/Narnia/BLR")
    assert missing.status_code == 404 and "Narnia" in missing.json()["error"]["message"]
    assert client.get("/dyad/Narnia/BLR").status_code == 404


def test_an_unknown_three_letter_code_is_404_not_a_pair_with_no_events(client) -> None:
    """review: /api/dyads/XXX/BLR answered 200 with 0 events, as if XXX were a country with no events
    with Belarus; three letters that are no country's code are a 404 like an unknown name."""
    missing = client.get("/api/dyads/XXX/BLR")
    assert missing.status_code == 404 and "XXX" in missing.json()["error"]["message"]
    assert client.get("/dyad/BLR/QQZ").status_code == 404
    assert client.get("/dyad/XXX/BLR?format=csv").status_code == 404
    # a country paired with itself is no dyad, by code or by name, page, download or API (the CLI says so too)
    same = client.get("/api/dyads/VNM/Vietnam")
    assert same.status_code == 404 and "two different countries" in same.json()["error"]["message"]
    assert client.get("/dyad/VNM/VNM").status_code == 404
    assert client.get("/dyad/blr/BLR?format=csv").status_code == 404
    # a real country with no events with Belarus is still a pair, with 0 events
    assert client.get("/api/dyads/ISL/BLR").json()["total_events"] == 0
