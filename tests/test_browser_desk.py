"""The analyst's desk in headless chromium, on the store of real articles (tests/devstore.py):
screenshots at desktop and phone widths under test-artifacts/desk/, totals against the store's
own counts, filters changing what is listed, the map and the charts drawn."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import devstore
import pytest
from test_browser import ARTIFACTS, CHROMIUM, browser, serving  # noqa: F401  (browser: a fixture)

from bilat.export import event_threshold

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed"),
              pytest.mark.skipif(not devstore.available(), reason="../shared/devdata is not here")]
SHOTS = ARTIFACTS / "desk"
WIDTHS = {"desktop": 1280, "phone": 390}
SHOWN = "confidence >= ? AND json_extract(data, '$.aux') IS NOT 'negated'"


@pytest.fixture(scope="module")
def db(request) -> str:
    return devstore.cached(request.config.cache.mkdir("bilat-devstore"))


@pytest.fixture(scope="module")
def sql(db):
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    yield conn
    conn.close()


@pytest.fixture(scope="module")
def url(db):
    with serving(db) as base:
        yield base



@pytest.fixture(params=list(WIDTHS))
def page(browser, request):  # noqa: F811
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": WIDTHS[request.param], "height": 900})
    pg = context.new_page()
    outside: list[str] = []
    pg.on("request", lambda r: outside.append(r.url) if not r.url.startswith("http://127.0.0.1") else None)
    pg.width_name = request.param
    yield pg
    assert outside == [], f"requests left the machine: {outside}"
    context.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}-{page.width_name}.png"), full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= WIDTHS[page.width_name], f"{name} overflows: {width} px"


def stated_total(page, param: str = "offset") -> int:
    return int(page.locator(f'nav.pager[data-param="{param}"]').first.get_attribute("data-total"))


def test_events_total_and_filter(url, page, sql):
    page.goto(url + "/events")
    shot(page, "events")
    total = sql.execute(f"SELECT count(*) FROM events WHERE {SHOWN}", (event_threshold(),)).fetchone()[0]
    assert stated_total(page) == total
    assert re.search(rf"1–50 of {total}", page.locator("nav.pager .count").first.inner_text())
    page.select_option('form.filters select[name="event"]', "CONSULT")
    page.click("form.filters button[type=submit]")
    page.wait_for_load_state()
    consult = sql.execute(f"SELECT count(*) FROM events WHERE event='CONSULT' AND {SHOWN}",
                          (event_threshold(),)).fetchone()[0]
    assert "event=CONSULT" in page.url and stated_total(page) == consult < total
    types = {t.get_attribute("data-event") for t in page.locator("li.event-row").all()}
    assert types == {"CONSULT"}
    shot(page, "events-consult")


def test_pair_with_only_undated_events(url, page, sql):
    page.goto(url + "/dyad/PRK/USA")
    shot(page, "dyad-prk-usa")
    assert page.locator("h1").inner_text() == "North Korea – United States"
    n = sql.execute("SELECT count(*) FROM events WHERE ((actor='PRK' AND recipient='USA') OR (actor='USA' AND "
                    f"recipient='PRK')) AND {SHOWN}", (event_threshold(),)).fetchone()[0]
    assert page.locator("li.event-row").count() == n == stated_total(page)
    assert "No dated events" not in page.content()


def test_dyad_charts_drawn(url, page):
    import json
    from urllib.request import urlopen

    data = json.load(urlopen(url + "/api/dyads/IRN/USA"))
    page.goto(url + "/dyad/IRN/USA")
    shot(page, "dyad-irn-usa")
    assert page.locator("svg.timeline circle.point").count() == len(data["timeline"]) > 0
    assert page.locator("svg.score circle.score-point").count() == len(data["scores"]) > 0
    box = page.locator("svg.timeline").bounding_box()
    assert box["width"] <= WIDTHS[page.width_name] and box["height"] > 40


def test_country_map_links_to_pairs(url, page):
    page.goto(url + "/entity/Q30")
    shot(page, "entity-usa")
    partners = page.locator("svg.worldmap a path.partner")
    assert page.locator("svg.worldmap path.country").count() > 150  # the world is drawn
    assert partners.count() >= 1
    code = partners.first.get_attribute("data-code")
    partners.first.dispatch_event("click")
    page.wait_for_url(re.compile(rf"/dyad/USA/{code}$"))
    assert page.locator("h1").inner_text().startswith("United States – ")


def test_story_is_short_and_aggregated(url, page, sql):
    # the largest dated story with a shown event between two countries (its timeline has a point)
    sid, n = sql.execute("SELECT s.id, s.n FROM stories s WHERE s.last_day IS NOT NULL AND EXISTS (SELECT 1 FROM "
                         "story_docs d JOIN events e ON e.doc = d.doc WHERE d.story = s.id AND e.recipient IS NOT NULL "
                         "AND e.confidence >= ? AND json_extract(e.data, '$.aux') IS NOT 'negated') "
                         "ORDER BY s.n DESC, s.id LIMIT 1",
                         (event_threshold(),)).fetchone()
    page.goto(url + f"/story/{sid}")
    shot(page, "story")
    cards = page.locator("details.doc-card")
    assert cards.count() == n == stated_total(page)
    heights = [c.bounding_box()["height"] for c in cards.all()]
    assert max(heights) < 90  # title lines only, until opened
    cards.first.locator("summary").click()
    assert cards.first.locator("p.lead").is_visible()
    assert page.locator("svg.story-timeline circle.point").count() >= 1


def test_stories_filter_by_language(url, page, sql):
    page.goto(url + "/stories")
    shot(page, "stories")
    assert stated_total(page) == sql.execute("SELECT count(*) FROM stories").fetchone()[0]
    page.select_option('form.filters select[name="lang"]', "fa")
    page.click("form.filters button[type=submit]")
    page.wait_for_load_state()
    fa = sql.execute("SELECT count(DISTINCT sd.story) FROM story_docs sd JOIN documents d ON d.id = sd.doc "
                     "WHERE d.lang = 'fa'").fetchone()[0]
    assert stated_total(page) == fa == page.locator("li.story-row").count()
    assert all("fa" in r.inner_text() for r in page.locator("li.story-row").all())


# --- facets and mention filters: the count beside a choice is what choosing it lists ---------------


def choose(page, select: str, pick=max) -> tuple[str, int]:
    """Pick an option of a counted select (by its count) and submit its form: (value, count)."""
    options = page.locator(f"{select} option[data-count]")
    values = [(o.get_attribute("value"), int(o.get_attribute("data-count"))) for o in options.all()]
    assert values, f"{select} has no counted options"
    value, n = pick(values, key=lambda v: v[1])
    page.select_option(select, value)
    with page.expect_navigation():  # wait for the new page, not the loaded old one
        page.locator(select).evaluate("s => s.form.submit()")
    page.wait_for_load_state()
    return value, n


def test_event_facets_in_the_browser(url, page):
    page.goto(url + "/events")
    assert "Numbers in brackets count events" in page.locator("p.facet-note").inner_text()
    lang, n = choose(page, 'form.filters select[name="lang"]')
    shot(page, "events-facets")
    assert stated_total(page) == n
    assert page.locator('form.filters select[name="lang"]').input_value() == lang
    # with the language chosen, the event types count what is left; choosing one lists that many
    event, m = choose(page, 'form.filters select[name="event"]', pick=min)
    assert stated_total(page) == m and m <= n
    assert {r.get_attribute("data-event") for r in page.locator("li.event-row").all()} == {event}
    # a year of the period facet
    page.goto(url + "/events")
    link = page.locator("p.period-facet a").first
    count = int(link.get_attribute("data-count"))
    link.click()
    page.wait_for_load_state()
    assert stated_total(page) == count


def test_story_and_search_facets_in_the_browser(url, page, sql):
    page.goto(url + "/stories")
    code, n = choose(page, 'form.filters select[name="country"]')
    shot(page, "stories-facets")
    assert stated_total(page) == n == page.locator("li.story-row").count()
    assert page.locator('form.filters select[name="country"]').input_value() == code
    page.goto(url + "/search?q=and&mode=keyword")
    lang, n = choose(page, 'form.filters select[name="lang"]', pick=min)
    shot(page, "search-facets")
    hits = page.locator("li.hit")
    assert hits.count() == n and int(page.locator("nav.pager").get_attribute("data-total")) == n
    assert all(h.locator(".badge").first.inner_text() == lang for h in hits.all())
    assert page.locator('input[name="q"]').first.input_value() == "and"


def test_mention_filters_in_the_browser(url, page, sql):
    page.goto(url + "/entity/Q30")
    total = sql.execute("SELECT count(*) FROM mentions WHERE entity = 'Q30'").fetchone()[0]
    assert stated_total(page, "moffset") == total
    lang, n = choose(page, 'form.mention-filters select[name="mlang"]', pick=min)
    shot(page, "entity-mentions-filtered")
    assert stated_total(page, "moffset") == n
    rows = page.locator("li.mention")
    assert rows.count() == min(n, 50) and {r.get_attribute("data-lang") for r in rows.all()} == {lang}
    link = page.locator("#mentions a.download[data-format=csv]").get_attribute("href")
    assert "list=mentions" in link and f"mlang={lang}" in link
    # the events list above keeps its own total when mentions are filtered
    events = sql.execute("SELECT count(*) FROM events WHERE (actor='USA' OR recipient='USA') AND confidence >= ? "
                         "AND json_extract(data, '$.aux') IS NOT 'negated'",
                         (event_threshold(),)).fetchone()[0]
    assert stated_total(page) == events
