"""The web UI's safety and polish in a real headless chromium (issues 14.8, 14.10 and 15): no live
`javascript:` link, no horizontal overflow on a 390 px phone, a favicon, /docs rendered offline,
HTML error pages. The store is hand-built (tests/webstore.py plus hostile documents): no model."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_browser import ARTIFACTS, CHROMIUM, browser, serving  # noqa: F401  (browser: a fixture)
from webstore import build

from bilat import store
from bilat.corpus import search
from bilat.records import Document, Paragraph, Sentence

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")]

HOSTILE = {"js-link": "  JaVaScRiPt:alert(document.domain)", "data-link": "data:text/html,<script>alert(1)</script>",
           "tab-link": "java\tscript:alert(2)"}
LONG_TITLE = "Vietnam–Belarus_military_science_cooperation_agreement_signed_in_Hanoi_" * 3
PAGES = ["/", "/stories", "/conflicts", "/search", "/search?q=Belarus", "/doc/dar", "/doc/long",
         "/entity/Q184", "/dyad/VNM/BLR", "/docs", "/doc/nope", "/stories?offset=-1"]


def _doc(doc_id: str, title: str, url: str | None) -> Document:
    text = f"Vietnam and Belarus held talks in Hanoi on trade ({doc_id})."
    return Document(id=doc_id, source=f"{doc_id}.txt", original=text, text=text, lang="en", title=title, url=url,
                    published="2025-05-04", paragraphs=(Paragraph(start=0, end=len(text), lang="en"),),
                    sentences=(Sentence(start=0, end=len(text)),))


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("browser-web") / "w.db")
    build(db)
    conn = store.connect(db)
    for doc_id, url in HOSTILE.items():
        store.save_document(conn, _doc(doc_id, f"Hostile {doc_id}", url), after=search.index_document)
    store.save_document(conn, _doc("long", LONG_TITLE, "https://example.org/" + "x" * 200),
                        after=search.index_document)
    conn.close()
    with serving(db) as url:
        yield url


def _page(browser, width: int = 1280, height: int = 900):  # noqa: F811
    context = browser.new_context(viewport={"width": width, "height": height})
    pg = context.new_page()
    pg.dialogs, pg.outside, pg.failed, pg.console = [], [], [], []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("request", lambda r: pg.outside.append(r.url) if not r.url.startswith("http://127.0.0.1") else None)
    pg.on("response", lambda r: pg.failed.append((r.status, r.url)) if r.status >= 400 and r.request.resource_type
          != "document" else None)
    pg.on("console", lambda m: pg.console.append(m.text) if m.type == "error" else None)
    return context, pg


def test_no_live_javascript_or_data_links(server, browser):  # noqa: F811
    ARTIFACTS.mkdir(exist_ok=True)
    context, page = _page(browser)
    for doc_id in HOSTILE:
        page.goto(f"{server}/doc/{doc_id}")
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        assert hrefs and all(h.startswith(("http://", "https://")) for h in hrefs), hrefs
        assert page.locator(".source-url").count() == 1  # shown, as text
        page.locator(".source-url").click()
        page.wait_for_timeout(100)
        assert page.url.endswith(f"/doc/{doc_id}") and page.dialogs == []
    page.screenshot(path=str(ARTIFACTS / "hostile-link.png"), full_page=True)
    assert page.outside == []
    context.close()


def test_phone_width_has_no_horizontal_overflow(server, browser):  # noqa: F811
    context, page = _page(browser, width=390, height=844)
    for url in PAGES:
        page.goto(server + url)
        if url != "/docs":
            page.screenshot(path=str(ARTIFACTS / f"phone{url.replace('/', '_').replace('?', '_')}.png"))
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, (url, width)
        button = page.locator("form.search button")
        box = button.bounding_box()
        assert button.is_visible() and box and box["x"] + box["width"] <= 390, (url, box)
    assert page.outside == []
    context.close()


def test_favicon_and_no_failed_requests(server, browser):  # noqa: F811
    context, page = _page(browser)
    for url in PAGES[:6]:
        page.goto(server + url)
        page.wait_for_load_state("networkidle")
    assert page.failed == [], page.failed
    icon = page.evaluate("fetch('/favicon.ico').then(r => [r.status, r.headers.get('content-type')])")
    assert icon[0] == 200 and icon[1].startswith("image/")
    assert page.console == [], page.console  # no CSP violation, no 404 logged
    context.close()


def test_docs_render_offline(server, browser):  # noqa: F811
    context, page = _page(browser)
    page.goto(server + "/docs")
    page.wait_for_selector(".opblock", timeout=20_000)
    page.screenshot(path=str(ARTIFACTS / "docs.png"), full_page=True)
    text = page.locator("#swagger-ui").inner_text()
    assert "/api/search" in text and "/api/documents/{doc_id}" in text
    assert page.locator(".opblock").count() >= 8
    assert page.outside == [] and page.failed == []
    assert page.console == [], page.console
    context.close()


def test_bad_parameters_get_an_html_error_page(server, browser):  # noqa: F811
    context, page = _page(browser)
    response = page.goto(server + "/stories?offset=abc")
    assert response.status == 400 and response.headers["content-type"].startswith("text/html")
    assert page.locator("h1").inner_text() == "400" and page.locator("form.search").count() == 1
    context.close()
