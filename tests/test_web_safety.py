"""Hostile input against the web UI and API (issue 15): link schemes, bidi controls, security
headers, parameter limits, and the error format of every route. In-process client, hand-built store."""

from __future__ import annotations

import re
import time

import pytest
from fastapi.testclient import TestClient
from webstore import build

from bilat import store
from bilat.corpus import search
from bilat.records import Document, Paragraph, Sentence
from bilat.web import security
from bilat.web.app import MAX_QUERY, create_app

HOSTILE_URLS = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "  javascript:alert(1)", "\x01\x02javascript:alert(1)",
                "java\tscript:alert(1)", "\njavascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox(1)", "DATA:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd",
                "jav&#x09;ascript:alert(1)", "\u202ejavascript:alert(1)", "//evil.example/x", "https:evil"]
BIDI_TITLE = "Talks \u202eon trade\u202c in \u2067Hanoi\u2069 and \u202bMinsk"


def _doc(doc_id: str, title: str, url: str | None) -> Document:
    text = f"Vietnam and Belarus held talks in Hanoi on trade ({doc_id})."
    return Document(id=doc_id, source=f"{doc_id}.txt", original=text, text=text, lang="en", title=title,
                    url=url, outlet=None, published="2025-05-04",
                    paragraphs=(Paragraph(start=0, end=len(text), lang="en"),),
                    sentences=(Sentence(start=0, end=len(text)),))


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    path = str(tmp_path_factory.mktemp("websafety") / "web.db")
    build(path)
    conn = store.connect(path)
    for i, url in enumerate(HOSTILE_URLS):
        store.save_document(conn, _doc(f"hostile-{i}", f"Hostile link {i}", url), after=search.index_document)
    store.save_document(conn, _doc("good", "Good link", "https://example.org/a?b=1&c=2"), after=search.index_document)
    store.save_document(conn, _doc("bidi", BIDI_TITLE, None), after=search.index_document)
    store.save_document(conn, _doc("feeds/vn/2025/1?x#y%z", "Slashed id", None), after=search.index_document)
    conn.close()
    return TestClient(create_app(path))


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_safe_url_refuses_every_other_scheme(url):
    assert security.safe_url(url) is None


def test_safe_url_keeps_http_and_https():
    assert security.safe_url("https://vietnamnet.vn/a.html") == "https://vietnamnet.vn/a.html"
    assert security.safe_url(" HTTP://example.org/x ") == "HTTP://example.org/x"
    assert security.safe_url(None) is None


def test_hostile_urls_never_become_live_links(client):
    for i, url in enumerate(HOSTILE_URLS):
        html = client.get(f"/doc/hostile-{i}").text
        hrefs = re.findall(r'href="([^"]*)"', html)
        live = [h for h in hrefs if not h.startswith(("/", "#", "http://", "https://"))]
        assert live == [], (url, live)
        assert 'class="source-url"' in html  # the URL is still shown, as text
    html = client.get("/doc/good").text
    assert 'href="https://example.org/a?b=1&amp;c=2"' in html


def test_no_page_has_a_link_outside_http_and_relative(client):
    for url in ("/", "/stories", "/conflicts", "/search?q=Hostile", "/entity/Q184", "/dyad/VNM/BLR",
                "/doc/dar", "/docs", "/nope"):
        hrefs = re.findall(r'(?:href|src|action)="([^"]*)"', client.get(url).text)
        assert [h for h in hrefs if not re.match(r"(/|#|https?://|\?)", h)] == [], url


@pytest.mark.parametrize("url", ["/", "/doc/dar", "/api/overview", "/static/bilat.css", "/nope", "/api/nope",
                                 "/search?offset=-1", "/openapi.json", "/docs", "/stories?lang=" + "x" * 2000])
def test_security_headers_on_every_response(client, url):
    r = client.get(url)
    csp = r.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    script_src = re.search(r"script-src ([^;]*)", csp).group(1)
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"


def test_pages_have_no_inline_script(client):
    for url in ("/", "/doc/dar", "/search?q=Hanoi", "/docs", "/entity/Q184", "/dyad/VNM/BLR"):
        html = client.get(url).text
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
        assert not re.search(r"<[^>]*\son[a-z]+=", html), url


def test_bidi_controls_are_removed_from_displayed_titles(client):
    html = client.get("/doc/bidi").text
    assert "Talks on trade in Hanoi and Minsk" in html
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", html)
    assert client.get("/api/documents/bidi").json()["title"] == BIDI_TITLE  # the store keeps it whole
    hits = client.get("/search", params={"q": "trade"}).text
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", hits)


def test_ids_with_slashes_and_reserved_characters_open(client):
    doc_id = "feeds/vn/2025/1?x#y%z"
    html = client.get("/search", params={"q": "Slashed"}).text
    href = re.search(r'href="(/doc/feeds[^"]*)"', html).group(1)
    assert client.get(href).status_code == 200
    assert client.get(href.replace("/doc/", "/api/documents/")).json()["id"] == doc_id


def test_long_queries_are_refused_quickly(client):
    q = "Việt Nam và Belarus ký hiệp định " * 500  # ~16k characters
    for url in ("/search", "/api/search"):
        for mode in ("keyword", "semantic"):
            t = time.perf_counter()
            r = client.get(url, params={"q": q, "mode": mode})
            assert r.status_code == 400 and time.perf_counter() - t < 1.0
    assert client.get("/api/search", params={"q": "x" * MAX_QUERY}).status_code == 200


BAD_PAGES = ["/stories?sort=" + "x" * 2000, "/search?q=%FF%FE", "/doc/%ED%A0%80", "/dyad/%00/%FF", "/search?q=%22*",
             "/search?q=%00", "/search?q=a%00b%00c", "/stories?offset=9223372036854775808", "/stories?offset=-1",
             "/stories?offset=abc", "/conflicts?offset=1e3", "/search?mode=nope&q=x", "/doc/nope", "/story/nope",
             "/entity/nope", "/dyad/XXX/YYY", "/doc/" + "x" * 600, "/no/such/page"]
BAD_API = ["/api/stories?lang=" + "x" * 2000, "/api/search?q=%FF%FE", "/api/documents/%00",
           "/api/search?q=%00", "/api/stories?offset=9223372036854775808", "/api/stories?limit=-5",
           "/api/stories?limit=abc", "/api/conflicts?offset=-1", "/api/search?q=x&mode=nope",
           "/api/documents/nope", "/api/stories/nope", "/api/entities/nope", "/api/documents/" + "x" * 600,
           "/api/nope"]


@pytest.mark.parametrize("url", BAD_PAGES)
def test_pages_answer_bad_parameters_with_html(client, url):
    r = client.get(url)
    assert r.status_code in (200, 400, 404), (url, r.status_code)
    assert r.headers["content-type"].startswith("text/html"), url
    if r.status_code != 200:
        assert f"<h1>{r.status_code}</h1>" in r.text


@pytest.mark.parametrize("url", BAD_API)
def test_api_answers_bad_parameters_with_the_error_shape(client, url):
    r = client.get(url)
    assert r.status_code in (200, 400, 404), (url, r.status_code)
    assert r.headers["content-type"].startswith("application/json"), url
    if r.status_code != 200:
        body = r.json()
        assert set(body) == {"error"} and body["error"]["status"] == r.status_code
        assert isinstance(body["error"]["message"], str) and body["error"]["message"]


def test_favicon_is_served(client):
    r = client.get("/favicon.ico")
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg")
    assert 'rel="icon"' in client.get("/").text


def test_docs_page_serves_swagger_from_the_package(client):
    html = client.get("/docs").text
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert scripts and all(s.startswith("/static/") for s in scripts)
    for asset in [*scripts, "/static/swagger-ui/swagger-ui.css"]:
        assert client.get(asset).status_code == 200, asset


@pytest.mark.parametrize(("host", "warned"), [("127.0.0.1", False), ("localhost", False), ("::1", False),
                                              ("0.0.0.0", True), ("::", True), ("192.168.1.5", True)])
def test_non_loopback_bind_warns(host, warned):
    warning = security.exposure_warning(host)
    assert (warning is not None) == warned
    if warned:
        assert "no authentication" in warning


def test_dyad_reads_both_countries(client):
    data = client.get("/api/dyads/vnm/BLR").json()
    assert (data["a"], data["b"]) == ("VNM", "BLR") and data["total_events"] == 3


@pytest.mark.parametrize(("query", "status"), [("start=0000", 200), ("end=9999", 200), ("end=2025-02-31", 200),
                                               ("start=2025-13", 400), ("start=abc", 400), ("end=2025-1-1", 400),
                                               ("start=+2024+", 200), ("start=", 200)])
def test_bad_dates_are_a_400_or_a_filter_never_a_500(client, query, status):
    for url in ("/stories", "/api/stories", "/events", "/api/events", "/dyad/VNM/BLR", "/api/dyads/VNM/BLR"):
        assert client.get(f"{url}?{query}").status_code == status, (url, query)


def test_serve_warns_when_bound_beyond_loopback(monkeypatch, tmp_path, capsys):
    import uvicorn

    from bilat.web.app import serve

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw["host"]))
    serve(str(tmp_path / "s.db"), host="0.0.0.0")
    assert "no authentication" in capsys.readouterr().err
    serve(str(tmp_path / "s.db"))
    assert "no authentication" not in capsys.readouterr().err
    assert calls == ["0.0.0.0", "127.0.0.1"]
