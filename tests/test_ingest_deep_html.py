"""HTML nested past trafilatura's parser limit (issue 11, point 3: nothing is lost). trafilatura parses
without libxml2's XML_PARSE_HUGE, so its tree stops at 256 levels of nesting: a page whose article sat
deeper was stored with only the navigation before the deep part, with no error and no warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilat.errors import BadInput
from bilat.ingest import extract_html, read_file

NAV = ("<header><nav><ul><li><a href='/'>Front page</a></li><li><a href='/region'>Regional desk</a></li>"
       "<li><a href='/opinion'>Opinion and analysis</a></li></ul></nav></header>")
LEAD = ("Cambodia and Thailand reopened two border crossings on Wednesday after talks between their defence "
        "ministers in Siem Reap, officials from both sides said.")
SECOND = ("The ministers also agreed to meet again next month to review joint patrols along the disputed "
          "stretch of the frontier near the Preah Vihear temple.")


TEASER = ("<div class='teaser'><p>Most read today: a new ferry timetable for the lake towns comes into force on "
          "Monday, the transport office announced in a short notice on its website.</p></div>")


def _page(depth: int, menu: int = 0, before: str = "") -> str:
    links = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(menu))
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Border crossings reopen</title></head>"
            f"<body>{NAV}<ul>{links}</ul>{before}" + "<div class='wrap'>" * depth
            + f"<article><h1>Border crossings reopen</h1><p>{LEAD}</p><p>{SECOND}</p></article>"
            + "</div>" * depth + "<footer><p>All rights reserved.</p></footer></body></html>")


def _read(path: Path) -> tuple[list, list[str]]:
    warnings: list[str] = []
    got = list(read_file(path, warnings.append))
    return got, warnings


@pytest.mark.parametrize("before", ["", TEASER])
@pytest.mark.parametrize("depth", [300, 500, 2000])
def test_an_article_nested_past_the_extractors_limit_is_extracted_with_a_warning(
        tmp_path: Path, depth: int, before: str) -> None:
    path = tmp_path / f"deep{depth}.html"
    path.write_text(_page(depth, before=before), encoding="utf-8")
    got, warnings = _read(path)
    assert len(got) == 1 and not isinstance(got[0], BadInput), got
    assert LEAD in got[0].text and SECOND in got[0].text, got[0].text[:200]
    assert any(str(path) in w and "256 levels" in w for w in warnings), warnings


def test_an_article_nested_past_what_any_parser_reads_keeps_its_text(tmp_path: Path) -> None:
    """Past libxml2's 2,048 levels even with huge_tree, the shallow paragraph before the deep part was all
    the extractor returned (so the visible-text fallback never ran): the page's visible text (past
    2,048 levels, the text between the tags) is used."""
    path = tmp_path / "deeper.html"
    path.write_text(_page(3000, before=TEASER), encoding="utf-8")
    got, warnings = _read(path)
    assert len(got) == 1 and not isinstance(got[0], BadInput), got
    assert LEAD in got[0].text and SECOND in got[0].text
    assert any(str(path) in w and "256 levels" in w for w in warnings), warnings


def test_a_page_within_the_limit_is_extracted_as_before_without_a_warning() -> None:
    """200 levels and a 150-link menu (enough tags to be checked): no warning, and the same text as
    trafilatura gives for the page itself."""
    import trafilatura

    html = _page(200, menu=150)
    warnings: list[str] = []
    got = extract_html(html, "ok.html", warnings.append)
    plain = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True})
    assert got.text == plain.text.strip() and LEAD in got.text
    assert warnings == []
