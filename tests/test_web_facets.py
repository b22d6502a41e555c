"""Facets, mention lists and search paging on the store of real articles (tests/devstore.py): each
count beside a filter value equals what choosing that value lists, and the store's own count;
mentions are paged, filtered and downloaded with their filters; no list stops without saying so."""

from __future__ import annotations

import csv
import io
import re
import sqlite3

import devstore
import pytest
from fastapi.testclient import TestClient
from test_web_desk import pager, walk

from bilat.export import event_threshold

pytestmark = pytest.mark.skipif(not devstore.available(), reason="../shared/devdata is not here")
SHOWN = "confidence >= ? AND json_extract(data, '$.aux') IS NOT 'negated'"


@pytest.fixture(scope="module")
def db(request) -> str:
    return devstore.cached(request.config.cache.mkdir("bilat-devstore"))


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    from bilat.web.app import create_app

    return TestClient(create_app(db))


@pytest.fixture(scope="module")
def sql(db) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    yield conn
    conn.close()


def counts(facets: dict, dim: str) -> dict[str, int]:
    """A facet's counts by value; the period's "no date" entry (no filter selects it) left out."""
    return {v["value"]: v["count"] for v in facets[dim] if v["value"]}


def undated(facets: dict) -> int:
    return sum(v["count"] for v in facets["period"] if not v["value"])


def test_event_facets_count_what_each_choice_lists(client, sql):
    data = client.get("/api/events").json()
    assert data["facets"]["counts"] == "events"
    langs = counts(data["facets"], "lang")
    assert len(langs) >= 3
    for lang, n in langs.items():  # the store's own count, and what the filtered list says
        assert n == sql.execute(f"SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc WHERE d.lang = ? "
                                f"AND e.{SHOWN.replace('json_extract(data', 'json_extract(e.data')}",
                                (lang, event_threshold())).fetchone()[0]
        assert client.get(f"/api/events?lang={lang}").json()["page"]["total"] == n
    # with a filter in use, the other facets count under it; its own keeps the alternatives
    lang = max(langs, key=langs.get)
    narrowed = client.get(f"/api/events?lang={lang}").json()["facets"]
    assert counts(narrowed, "lang") == langs
    types = counts(narrowed, "event")
    assert sum(types.values()) == langs[lang]
    for event, n in types.items():
        assert client.get(f"/api/events?lang={lang}&event={event}").json()["page"]["total"] == n
    countries = counts(narrowed, "country")
    code = max(countries, key=countries.get)
    assert client.get(f"/api/events?lang={lang}&country={code}").json()["page"]["total"] == countries[code]
    for year, n in counts(narrowed, "period").items():
        assert client.get(f"/api/events?lang={lang}&start={year}&end={year}").json()["page"]["total"] == n
    # an event falls in one year or has none: the period facet adds up to the list's total
    for facets, total in ((data["facets"], data["page"]["total"]), (narrowed, langs[lang])):
        assert sum(counts(facets, "period").values()) + undated(facets) == total


def test_events_page_shows_counted_choices(client):
    html = client.get("/events").text
    assert "Numbers in brackets count events" in html
    options = re.findall(r'<option value="(\w+)" data-count="(\d+)"', html)
    assert len(options) >= 5
    period = re.findall(r'href="/events\?start=(\d{4})&amp;end=\1" data-count="(\d+)"', html)
    for year, n in period[:3]:
        assert pager(client.get(f"/events?start={year}&end={year}").text)["total"] == int(n)


def test_story_facets_count_stories(client, sql):
    data = client.get("/api/stories").json()
    assert data["facets"]["counts"] == "stories"
    for lang, n in counts(data["facets"], "lang").items():
        assert n == sql.execute("SELECT count(DISTINCT story) FROM story_docs WHERE lang = ?", (lang,)).fetchone()[0]
        assert client.get(f"/api/stories?lang={lang}").json()["page"]["total"] == n
    for code, n in list(counts(data["facets"], "country").items())[:5]:
        assert client.get(f"/api/stories?country={code}").json()["page"]["total"] == n
    for year, n in counts(data["facets"], "period").items():
        assert client.get(f"/api/stories?start={year}&end={year}").json()["page"]["total"] == n
    assert "Numbers in brackets count stories" in client.get("/stories").text


def test_search_filters_and_facets_count_articles(client):
    for word in ("and", "السعودية"):
        q = f"/api/search?q={word}&mode=keyword&limit=100"
        data = client.get(q).json()
        assert data["total"] >= 3 and data["facets"]["counts"] == "articles"
        langs = counts(data["facets"], "lang")
        assert sum(langs.values()) == data["total"]  # one language per article
        for lang, n in langs.items():
            narrowed = client.get(f"{q}&lang={lang}").json()
            assert narrowed["total"] == n
            assert {h["lang"] for g in narrowed["groups"] for h in g["hits"]} == {lang}
        for year, n in counts(data["facets"], "period").items():
            assert client.get(f"{q}&start={year}&end={year}").json()["total"] == n
    assert counts(data["facets"], "period")  # the Arabic articles have dates
    assert client.get(f"{q}&start=1990&end=1990").json()["total"] == 0
    html = client.get("/search?q=and&mode=keyword").text
    assert "Numbers in brackets count articles" in html and 'name="q" value="and"' in html


def test_search_pages_to_its_total(client):
    """Search is a list too: paging reaches every hit the total promises, each once."""
    total = client.get("/api/search?q=and&mode=keyword").json()["total"]
    seen: list[str] = []
    for offset in range(0, total + 2, 2):
        data = client.get(f"/api/search?q=and&mode=keyword&limit=2&offset={offset}").json()
        assert data["total"] == total
        seen += [h["doc"] for g in data["groups"] for h in g["hits"]]
    assert total >= 3 and len(seen) == len(set(seen)) == total


def test_mentions_paged_filtered_and_downloaded(client, sql):
    total = sql.execute("SELECT count(*) FROM mentions WHERE entity = 'Q30'").fetchone()[0]
    data = client.get("/api/entities/Q30").json()
    assert data["mentions_page"]["total"] == total and len(data["mentions"]) == 50
    langs = counts(data["mention_facets"], "lang")
    assert len(langs) >= 3 and sum(langs.values()) == total
    lang = min(langs, key=langs.get)
    narrowed = client.get(f"/api/entities/Q30?mlang={lang}").json()
    assert narrowed["mentions_page"]["total"] == langs[lang]
    assert {m["lang"] for m in narrowed["mentions"]} == {lang}
    assert narrowed["mentions_articles"] == sql.execute(
        "SELECT count(DISTINCT doc) FROM mentions WHERE entity = 'Q30' AND lang = ?", (lang,)).fetchone()[0]
    forms = counts(data["mention_facets"], "form")
    for form, n in forms.items():
        assert client.get(f"/api/entities/Q30?mform={form}").json()["mentions_page"]["total"] == n
    # the page walks to the end of the filtered list
    big = max(langs, key=langs.get)
    assert walk(client, f"/entity/Q30?mlang={big}", r'<li class="mention"[ >]', "moffset") == (langs[big], langs[big])
    # the download holds every filtered mention, not the page
    html = client.get(f"/entity/Q30?mlang={big}").text
    link = re.search(r'href="(/entity/Q30\?[^"]*list=mentions[^"]*format=csv)"', html).group(1).replace("&amp;", "&")
    rows = list(csv.DictReader(io.StringIO(client.get(link).text)))
    assert len(rows) == langs[big] and {r["lang"] for r in rows} == {big}
    assert client.get("/entity/Q30?list=mentions&format=json").json().__len__() == total
    assert client.get("/entity/Q30?list=mentions&format=graphml").status_code == 400
    bad = client.get("/entity/Q30?mform=bogus")
    assert bad.status_code == 400 and "use one of name, demonym" in bad.text  # in words, not the pattern
    bad = client.get("/api/events?start=May")
    assert bad.status_code == 400 and "2025-05" in bad.json()["error"]["message"]
