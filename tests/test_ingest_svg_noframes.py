"""What a news reader wants from <svg> and <noframes> (ingest.extract_html, visible_text): a chart's or an
icon's labels (<svg> <text>, <title>) are debris and never reach the text or the title; what <noframes>
holds is read as HTML (on a frameset page it is often the only article text), never stored as markup."""

from __future__ import annotations

import pytest

from bilat import ingest

STORY = ("<p>The trade minister of Kenya arrived in Kampala on Wednesday for two days of talks on a new "
         "pipeline that would carry crude oil from Uganda to the coast at Lamu.</p>"
         "<p>Officials of both governments said the route would be agreed before the rainy season.</p>")
CHART = ('<svg viewBox="0 0 300 100"><title>Oil output chart</title><desc>Barrels a day</desc>'
         '<g><text x="5" y="10">Barrels 2021</text><text x="50" y="10">Output 78%</text></g></svg>')
ICON = '<svg class="icon"><title>Share icon</title><use href="#share"/></svg>'


def extract(html: str):
    warnings: list[str] = []
    return ingest.extract_html(html, "page.html", warnings.append), warnings


@pytest.mark.parametrize("where", ["before", "inside", "after"])
def test_chart_labels_are_not_article_text(where):
    body = {"before": CHART + STORY, "inside": STORY.replace("Lamu.", f"Lamu. {CHART}"), "after": STORY + CHART}
    raw, _ = extract(f"<html><head><title>Pipeline talks</title></head><body><article>{body[where]}"
                     "</article></body></html>")
    assert "Kampala" in raw.text and "rainy season" in raw.text
    for debris in ("Oil output", "Barrels", "Output 78", "Share icon"):
        assert debris not in raw.text


def test_icon_title_is_not_glued_to_the_headline():
    raw, _ = extract(f"<html><body><h1>{ICON}Kenya and Uganda agree pipeline route</h1>{STORY}</body></html>")
    assert raw.title == "Kenya and Uganda agree pipeline route"


def test_visible_text_drops_svg_labels():
    text = ingest.visible_text(f"<html><body><p>Kenya and Uganda met.</p>{CHART}</body></html>")
    assert text == "Kenya and Uganda met."


def test_frameset_page_reads_its_noframes_article():
    html = ("<html><head><title>Pipeline talks</title></head><frameset cols='20%,80%'><frame src='menu.html'>"
            f"<frame src='main.html'><noframes><body>{STORY}</body></noframes></frameset></html>")
    raw, _ = extract(html)
    assert "arrived in Kampala on Wednesday" in raw.text
    assert "<p>" not in raw.text and "<body>" not in raw.text


def test_short_noframes_text_is_read_without_its_tags():
    raw, _ = extract("<html><frameset><frame src=a><noframes><p>Kenya and Uganda signed the pipeline deal.</p>"
                     "</noframes></frameset></html>")
    assert raw.text == "Kenya and Uganda signed the pipeline deal."


def test_noframes_in_a_body_is_read_as_html():
    raw, _ = extract(f"<html><head><title>T</title></head><body><noframes>{STORY}</noframes></body></html>")
    assert "Kampala" in raw.text and "</p>" not in raw.text
    assert ingest.visible_text(f"<html><body><noframes>{STORY}</noframes></body></html>").count("<") == 0


def test_iframe_is_not_taken_for_a_frame():
    assert ingest._unframed("<html><body><iframe src=x></iframe><p>a</p></body></html>").count("iframe") == 2
