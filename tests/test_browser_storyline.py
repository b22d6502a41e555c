"""A story's storyline in a real headless chromium (issue 12): the story page lists the stories
linked to it as one storyline (related events kept apart), links to them, and shows their titles
as text, never as markup. The store is hand-built (tests/webstore.py, stories written directly): no model."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from test_browser import CHROMIUM, browser, page, serving  # noqa: F401  (fixtures)
from webstore import XSS, build

from bilat import embed, store
from bilat.corpus import stories

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")]


def _story(conn, doc, seq: int) -> str:
    """A story of one stored document, written as the linker writes one."""
    sid = stories.new_story_id(conn, doc.id)
    stats = stories._empty_stats()
    stories._add_doc(stats, doc, stories.day_of(doc))
    conn.execute("INSERT INTO story_docs(doc, story, seq, day, lang, vec, features) VALUES (?,?,?,?,?,?,?)",
                 (doc.id, sid, seq, stories.day_of(doc), doc.lang, embed.to_blob(np.zeros(embed.DIM)), json.dumps({})))
    stories._save(conn, sid, seq, stats)
    return sid


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("browser-storyline") / "s.db")
    docs = build(db)
    conn = store.connect(db)
    with store.transaction(conn):
        visit, probe, alone = _story(conn, docs["den"], 1), _story(conn, docs["xss"], 2), _story(conn, docs["dar"], 3)
        stories.link_stories(conn, visit, probe, 0.4)
    conn.close()
    with serving(db) as url:
        yield {"url": url, "visit": visit, "probe": probe, "alone": alone}


def test_story_page_lists_its_storyline_and_escapes_titles(linked, page):  # noqa: F811
    page.goto(f"{linked['url']}/story/{linked['visit']}")
    rows = page.locator("section.storyline li.storyline-row")
    assert rows.count() == 1
    link = rows.first.locator("a.storyline-link")
    assert link.inner_text() == XSS  # the hostile title shown as text
    assert page.locator("section.storyline script, section.storyline img").count() == 0
    link.click()
    page.wait_for_url(f"**/story/{linked['probe']}")
    back = page.locator("section.storyline a.storyline-link")
    assert back.count() == 1 and back.first.inner_text() == "To Lam in Minsk"  # the link holds both ways
    assert page.dialogs == []


def test_a_story_without_links_has_no_storyline_section(linked, page):  # noqa: F811
    page.goto(f"{linked['url']}/story/{linked['alone']}")
    assert page.locator("h1").count() == 1
    assert page.locator("section.storyline").count() == 0
    api = page.request.get(f"{linked['url']}/api/stories/{linked['visit']}").json()
    assert [s["story"] for s in api["storyline"]] == [linked["probe"]]
