"""A JSONL line may be as large as a file (issue 11, "nothing is lost"): a feed's page with an inline
image (an `html` field of 6 MB) was refused as 'line too large' at 5 MB, while the same page saved as a
file was read; a line over the limit is still one line giving its size and the limit."""

from __future__ import annotations

import base64
import json

from conftest import PLAIN

import bilat.ingest as ingest_mod
from bilat import store
from bilat.ingest import MAX_BYTES, MAX_LINE_BYTES, Ingestor
from bilat.pipeline import Pipeline

ARTICLE = "Vietnam and Laos signed a border agreement in Vientiane on Monday, the two foreign ministries said."


def run(db: str, path) -> tuple[ingest_mod.Summary, list[str]]:
    errors: list[str] = []
    ing = Ingestor(store.connect(db), stories=False, pipeline=Pipeline(PLAIN), error=errors.append,
                   warn=lambda _: None)
    return ing.run([path]), errors


def test_a_line_may_be_as_large_as_a_file() -> None:
    assert MAX_LINE_BYTES == MAX_BYTES


def test_a_feed_page_with_a_6_mb_inline_image_is_stored(tmp_path, db_path) -> None:
    image = base64.b64encode(bytes(range(256)) * (4_600_000 // 256)).decode("ascii")
    page = (f'<html><body><article><h1>Border deal</h1><img src="data:image/png;base64,{image}">'
            f"<p>{ARTICLE}</p></article></body></html>")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "big", "html": page}) + "\n"
                    + json.dumps({"id": "next", "text": "Thailand held talks with Cambodia."}) + "\n", encoding="utf-8")
    assert feed.stat().st_size > 6_000_000
    summary, errors = run(db_path, feed)
    assert errors == [] and (summary.ingested, summary.failed) == (2, 0)
    doc = store.load_document(store.connect(db_path), "big")
    assert ARTICLE in doc.text and "base64" not in doc.text


def test_a_line_over_the_limit_is_one_error_with_its_size_and_the_limit(tmp_path, db_path, monkeypatch) -> None:
    monkeypatch.setattr(ingest_mod, "MAX_LINE_BYTES", 1000)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": "x " * 1000}) + "\n" + json.dumps({"id": "b", "text": ARTICLE}) + "\n",
                    encoding="utf-8")
    summary, errors = run(db_path, feed)
    assert (summary.ingested, summary.failed) == (1, 1)
    (error,) = errors
    assert error.startswith(f"error: {feed}#1: line too large (2,02") and "bytes, over the 1,000-byte limit" in error
