from pathlib import Path

import pytest

from bilat.records import Document
from bilat.stages.metadata import date_from_url, extract, outlet_from_url

SAMPLES = Path("/work/shared/samples")


def meta(text: str, **kw) -> Document:
    return extract(Document(id="t", source="t", original=text, **kw))


def test_headline_title():
    assert meta("Big news today\n\nA long first paragraph follows here. It has sentences.").title == "Big news today"


def test_title_from_body_when_first_line_is_paragraph():
    body = "Le président a reçu son homologue à Paris lundi pour discuter du commerce et de la défense. " * 3
    t = meta(body + "\nDeuxième paragraphe.").title
    assert t and len(t) <= 121 and t.startswith("Le président")


def test_source_lines_and_outlet():
    d = meta("Body text here.\nФото\nИсточник: https://www.tass.ru/politika/2025/05/02/123")
    assert d.url == "https://www.tass.ru/politika/2025/05/02/123"
    assert d.outlet == "tass.ru"
    assert d.published == "2025-05-02"
    assert meta("Nội dung bài viết.\nTheo TTXVN").outlet == "TTXVN"


def test_reader_values_kept():
    d = meta("Body.\nSource: https://a.com/2020/01/01/x", url="https://b.org/x", published="2024-02-03", title="T")
    assert (d.url, d.published, d.title, d.outlet) == ("https://b.org/x", "2024-02-03", "T", "b.org")


def test_dates_from_url():
    assert date_from_url("https://x.vn/a-20250502/") is None or date_from_url("https://x.vn/20250502/a") == "2025-05-02"
    assert date_from_url("https://x.vn/20250502/a") == "2025-05-02"
    assert date_from_url("https://x.vn/news/185250502113025508.htm") is None
    assert date_from_url("https://x.com/2025-13-45/x") is None
    assert outlet_from_url("https://www.vietnamnet.vn/x") == "vietnamnet.vn"


def test_outlet_only_from_web_addresses():
    assert outlet_from_url("vietnamnet.vn/x") == "vietnamnet.vn"
    assert outlet_from_url("example.com:8080/x") == "example.com"
    assert outlet_from_url("//www.bbc.co.uk/news") == "bbc.co.uk"
    for url in (" JaVaScRiPt:alert(1)", "javascript://x.com/%0aalert(1)", "data:text/html,<b>x</b>",
                "mailto:a@b.c", "vbscript:msgbox(1)"):
        assert outlet_from_url(url) is None, url


@pytest.mark.skipif(not SAMPLES.exists(), reason="no samples")
def test_samples_have_titles():
    for f in SAMPLES.glob("*.txt"):
        d = meta(f.read_text(encoding="utf-8"))
        assert d.title and len(d.title) <= 161
