"""A gzip archive without .gz in its name is read through gzip (issue 11, "nothing is lost"): a page
saved by a client that kept the server's gzip encoding (page.html holding gzip bytes), a gzipped feed
named feed.jsonl. Before, each was refused as 'binary file (gzip archive)'. A damaged one is one line."""

from __future__ import annotations

import gzip
import json

from conftest import PLAIN

from bilat import store
from bilat.ingest import Ingestor, read_guarded
from bilat.pipeline import Pipeline

PAGE = "Vietnam and Laos signed a border agreement in Vientiane on Monday, the two ministries said."
TEXT = "Thailand held talks with Cambodia in Phnom Penh on Friday about the disputed temple."


def test_gzip_bytes_under_any_name_are_read_with_a_warning_and_a_damaged_one_is_one_error(tmp_path, db_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "page.html").write_bytes(gzip.compress(f"<html><body><p>{PAGE}</p></body></html>".encode()))
    (d / "article.txt").write_bytes(gzip.compress(TEXT.encode()))
    (d / "feed.jsonl").write_bytes(gzip.compress(
        "".join(json.dumps({"id": f"f{i}", "text": f"Russia and China met in Moscow, round {i}."}) + "\n"
                for i in range(3)).encode()))
    (d / "cut.txt").write_bytes(gzip.compress(TEXT.encode() * 20)[:-8])
    errors: list[str] = []
    warnings: list[str] = []
    ing = Ingestor(store.connect(db_path), stories=False, pipeline=Pipeline(PLAIN), error=errors.append,
                   warn=warnings.append)
    summary = ing.run([d])
    assert (summary.ingested, summary.failed) == (5, 1)
    assert errors == [f"error: {d / 'cut.txt'}: truncated gzip (the archive ends before its end-of-stream marker)"]
    said = sorted(w for w in warnings if "without .gz in its name" in w)
    assert said == [f"{d / name}: a gzip archive without .gz in its name; read through gzip"
                    for name in ("article.txt", "cut.txt", "feed.jsonl", "page.html")]
    conn = store.connect(db_path)
    texts = [store.load_document(conn, r[0]).text for r in conn.execute("SELECT id FROM documents")]
    assert any(PAGE in t for t in texts) and any(TEXT in t for t in texts)


def test_a_plain_text_that_starts_like_gzip_by_chance_is_not_unpacked(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\x1f" + TEXT.encode())  # one stray control byte, no gzip magic after it
    (item,) = list(read_guarded(path, lambda _: None))
    assert TEXT in item.text
