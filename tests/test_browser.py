"""End to end in a real headless browser (Debian's chromium, driven by playwright).

The store is built the way a user builds it: the bundled samples plus an XSS probe go through
`bilat ingest`; then `bilat serve`'s app runs on a free loopback port."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")]

XSS_PROBE = ("Probe headline <script>alert('xss')</script>\n\n"
             "Vietnam and Belarus <img src=x onerror=alert(1)> held talks in Hanoi on 15 November 2024. "
             "The two defence ministers signed an agreement on military science cooperation.\n")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db: str) -> Iterator[str]:
    """bilat's web app on the store at `db`, on a free loopback port; yields its base URL."""
    import uvicorn

    from bilat.web.app import create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory, samples_dir_module):
    from bilat.ingest import ingest

    tmp = tmp_path_factory.mktemp("browser")
    inputs = tmp / "in"
    shutil.copytree(samples_dir_module, inputs)
    (inputs / "xss-probe.txt").write_text(XSS_PROBE, encoding="utf-8")
    db = str(tmp / "b.db")
    summary = ingest([inputs], db, error=lambda m: None)
    assert summary.ingested == 6, summary.errors
    with serving(db) as url:
        yield {"url": url, "db": db}


@pytest.fixture(scope="module")
def samples_dir_module():
    from conftest import SAMPLES
    return SAMPLES


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    outside: list[str] = []
    pg.on("request", lambda r: outside.append(r.url) if not r.url.startswith("http://127.0.0.1") else None)
    pg.dialogs, pg.outside = dialogs, outside
    yield pg
    assert outside == [], f"requests left the machine: {outside}"
    context.close()


def test_overview_story_document_and_rtl(server, page):
    page.goto(server["url"] + "/")
    page.screenshot(path=str(ARTIFACTS / "overview.png"), full_page=True)
    links = page.locator("a.story-link")
    assert links.count() >= 1
    # Follow the story that holds the Arabic article.
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    for href in hrefs:
        page.goto(server["url"] + href)
        if page.locator('.doc-card[lang="ar"]').count():
            break
    else:
        pytest.fail("no story holds the Arabic article")
    page.screenshot(path=str(ARTIFACTS / "story.png"), full_page=True)
    card = page.locator('.doc-card[lang="ar"]').first
    card.locator("summary").click()  # articles are title + lead, opened on demand
    assert card.locator("p.lead").evaluate("e => getComputedStyle(e).direction") == "rtl"
    card.locator("a.doc-link").click()
    page.wait_for_load_state()
    text = page.locator("div.text")
    assert text.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert "بيلاروسيا" in text.inner_text()
    page.screenshot(path=str(ARTIFACTS / "document-ar.png"), full_page=True)


def test_cross_lingual_search_finds_thai_and_arabic(server, page):
    page.goto(server["url"] + "/search?mode=semantic&q=" + "Vietnam Belarus military agreement")
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)
    langs = {b.inner_text() for b in page.locator("li.hit .badge").all()}
    assert "th" in langs, langs
    assert {"vi", "th"} & langs


def test_dyad_chart_has_one_point_per_month_and_type(server, page):
    import json
    from urllib.request import urlopen

    data = json.load(urlopen(server["url"] + "/api/dyads/VNM/BLR"))
    expected = len([p for p in data["timeline"] if p.get("month")])
    assert expected >= 1
    page.goto(server["url"] + "/dyad/VNM/BLR")
    page.screenshot(path=str(ARTIFACTS / "dyad.png"), full_page=True)
    assert page.locator("svg.timeline circle.point").count() == expected


def test_xss_probe_renders_inert(server, page):
    page.goto(server["url"] + "/search?q=Probe")
    page.locator("li.hit a").first.click()
    page.wait_for_load_state()
    page.screenshot(path=str(ARTIFACTS / "xss-probe.png"), full_page=True)
    assert page.dialogs == []
    assert "<img src=x onerror=alert(1)>" in page.locator("div.text").inner_text()
    assert page.locator("div.text img").count() == 0
    assert "<script>alert('xss')</script>" in page.locator("h1").inner_text()
