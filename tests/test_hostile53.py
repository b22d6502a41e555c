"""Hostile inputs found by the probe of issue 11 part 3 (probe53): each a constructed case that crashed."""

from __future__ import annotations

import math

import pytest
from conftest import analyze_cli

from bilat.stages.dates import find_dates
from bilat.stages.numerals import WHOLE_CAP, numeral_value, parse_number, whole
from bilat.stages.quantities import find_quantities


@pytest.mark.parametrize("text, lang", [
    ("في " + "9" * 5000 + " قال", "ar"),  # int() of a run past 4300 digits raised ValueError (_ar_counted_anyway)
    ("في " + "9" * 5000 + " سال", "ar"),
    ("x " + "9" * 5000 + " قال", "fa"),
    ("about " + "۹" * 5000 + " مليون", "en"),  # a run past a float's range: int(inf) raised OverflowError
    ("نحو " + "٩" * 400 + " said", "ar"),
    ("khoảng " + "9" * 400 + " May", "vi"),
    ("nearly " + "9" * 4301 + " people", "en"),
    ("1" + "0" * 400 + "/1 of the troops", "en"),
])
def test_a_digit_run_past_int_or_float_range_is_no_crash_and_no_infinite_figure(text: str, lang: str) -> None:
    dates = find_dates(text, lang, "2024-01-01")
    for q in find_quantities(text, lang, dates):
        assert math.isfinite(q.value) and text[q.start:q.end] == q.text


def test_whole_reads_digits_and_caps_a_long_run() -> None:
    assert whole("1436") == 1436 and whole("0007") == 7 and whole("0" * 5000) == 0
    assert whole("9" * 5000) == WHOLE_CAP and whole("0" * 5000 + "12") == 12


@pytest.mark.parametrize("token", ["1" + "0" * 400 + "/1", "9" * 5000 + "/3", "1/" + "9" * 400])
def test_a_fraction_of_long_digit_runs_is_a_number_or_none(token: str) -> None:
    for lang in ("en", "zh", "vi", "ru"):
        value = numeral_value(token, lang)
        assert value is None or math.isfinite(value)


def test_a_number_past_a_floats_range_is_none() -> None:
    assert parse_number("9" * 400, "en") is None and parse_number("9" * 308, "en") is not None


# --- PostgreSQL URLs whose search_path is not the default ---------------------------------------------------------


@pytest.fixture
def own_schema(pg_server: str):
    """A fresh schema and a URL whose search_path names it alone (no public, where pg_trgm lives)."""
    import uuid
    from urllib.parse import quote

    import psycopg

    schema = f"bilat_probe53_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in pg_server else "?"
    yield schema, f"{pg_server}{sep}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def test_a_search_path_without_pg_trgms_schema_still_makes_and_searches_a_store(own_schema, tmp_path) -> None:
    """search_path=mine: the first migration raised (operator class "gin_trgm_ops" does not exist), a traceback."""
    from click.testing import CliRunner

    from bilat import store
    from bilat.cli import main
    from bilat.corpus import search

    schema, url = own_schema
    (tmp_path / "a.txt").write_text("Vietnam and Russia signed an accord in Hanoi.", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--db", url, "--no-stories", str(tmp_path)])
    assert result.exit_code == 0, result.output
    reader = store.connect(url, readonly=True)
    assert reader.schema == schema and store.schema_version(reader) > 0
    assert len(search.keyword(reader, "Hanoi")) == 1
    reader.close()


def test_a_search_path_of_no_existing_schema_is_one_line_and_makes_nothing(pg_server: str, tmp_path) -> None:
    """search_path=missing: the store must not fall back to public (nor raise a traceback)."""
    from urllib.parse import quote

    import psycopg
    from click.testing import CliRunner

    from bilat.cli import main

    url = f"{pg_server}{'&' if '?' in pg_server else '?'}options={quote('-csearch_path=bilat_probe53_missing')}"
    (tmp_path / "a.txt").write_text("Vietnam and Russia signed an accord.", encoding="utf-8")
    with psycopg.connect(pg_server, autocommit=True) as conn:
        before = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0]
    for args in (["ingest", "--db", url, "--no-stories", str(tmp_path)], ["stats", "--db", url]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code != 0 and result.exception is None or isinstance(result.exception, SystemExit)
        assert "bilat_probe53_missing" in result.output and "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1, result.output
    with psycopg.connect(pg_server, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == before


@pytest.mark.parametrize("url, status", [("/api/documents/%00", 404), ("/api/entities/Q%00", 404), ("/story/%00/x", 404),
                                         ("/doc/a%00b", 404), ("/api/search?q=a%00b", 400), ("/events?lang=%00", 400)])
def test_a_nul_in_a_url_is_a_404_or_400_on_postgresql_too(own_schema, url: str, status: int) -> None:
    """PostgreSQL refuses a NUL in any string: /api/documents/%00 was a 500 there (SQLite found nothing)."""
    from fastapi.testclient import TestClient

    from bilat.web.app import create_app

    _, pg_url = own_schema
    r = TestClient(create_app(pg_url), raise_server_exceptions=False).get(url)
    assert r.status_code == status, (url, r.status_code, r.text[:200])
    if url.startswith("/api/"):
        assert r.json()["error"]["status"] == status


# --- a .json file that holds JSON Lines ---------------------------------------------------------------------------


def _ingest(db: str, *paths) -> tuple[object, list[str]]:
    """Ingest with the plain stage; every error and warning line, in order."""
    from conftest import PLAIN

    from bilat import store
    from bilat.ingest import Ingestor
    from bilat.pipeline import Pipeline

    lines: list[str] = []
    conn = store.connect(db)
    ing = Ingestor(conn, stories=False, pipeline=Pipeline(PLAIN), error=lines.append, warn=lines.append)
    summary = ing.run([str(p) for p in paths])
    conn.close()
    return summary, lines


@pytest.mark.parametrize("packed", [False, True])
def test_a_json_file_of_json_lines_is_read_as_jsonl(tmp_path, packed: bool) -> None:
    """A .json file of one object per line (what many exporters write under that name) was one error, "invalid
    JSON (Extra data at line 2 column 1)", and every article in it was lost."""
    import gzip
    import json

    from bilat import store

    records = [{"id": "n1", "text": "Vietnam and Russia signed an accord in Hanoi."},
               {"id": "n2", "text": "Iran and Iraq held talks in Baghdad on Monday."}]
    body = ("\r\n".join(json.dumps(r) for r in records) + "\n" + '{"id": "n3", "text": "Peru m\n').encode()
    path = tmp_path / ("feed.json.gz" if packed else "feed.json")
    path.write_bytes(gzip.compress(body) if packed else body)
    db = str(tmp_path / "s.db")
    summary, lines = _ingest(db, path)
    assert (summary.ingested, summary.failed) == (2, 1), lines
    assert any("read as JSONL" in line for line in lines)
    assert any(f"{path}#3: truncated line" in line for line in lines), lines
    conn = store.connect(db)
    assert sorted(r[0] for r in conn.execute("SELECT id FROM documents")) == ["n1", "n2"]
    conn.close()
    assert _ingest(db, path)[0].unchanged == 2


@pytest.mark.parametrize("body", ['{\n  "id": "p1",\n  "text": "Cuba met Chile."\n}\n{\n  "id": "p2"\n}\n',
                                  '{"id": "p1", "text": "Cuba met Chile."} {"id": "p2", "text": "Peru met Chile."}',
                                  '[{"id": "p1", "text": "Cuba met Chile."}]\n[{"id": "p2", "text": "x"}]\n'])
def test_json_that_is_no_json_lines_is_still_one_error(tmp_path, body: str) -> None:
    path = tmp_path / "a.json"
    path.write_text(body, encoding="utf-8")
    summary, lines = _ingest(str(tmp_path / "s.db"), path)
    assert summary.failed == 1 and summary.ingested == 0
    assert len([line for line in lines if str(path) in line]) == 1, lines


def test_a_jsonl_line_of_another_json_type_names_its_type_and_the_rest_is_read(tmp_path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('[{"text": "Cuba met Chile."}]\n42\nnull\n"Cuba"\ntrue\n'
                    '{"id": "ok", "text": "Vietnam and Russia signed an accord in Hanoi."}\n', encoding="utf-8")
    summary, lines = _ingest(str(tmp_path / "s.db"), path)
    assert (summary.ingested, summary.failed) == (1, 5)
    for n, kind in enumerate(["an array", "a number", "null", "a string", "a boolean"], 1):
        assert any(line.endswith(f"{path}#{n}: a JSONL line must be an article object (this one is {kind})")
                   for line in lines), (kind, lines)


# --- `bilat analyze` reads gzip bytes on stdin or under any name, as ingest does -----------------------------------


FEED = b'{"id": "g1", "text": "Vietnam and Russia signed an accord."}\n{"id": "g2", "text": "Iran met Iraq."}\n'


def test_analyze_reads_gzip_on_stdin_and_under_any_name_as_ingest_does(idle_pipeline, tmp_path) -> None:
    """`cat feed.jsonl.gz | bilat analyze --jsonl` was 'binary file (gzip archive), not JSONL' (so was a gzip
    feed named feed.jsonl, and a gzipped page on stdin), while ingest reads gzip bytes under any name."""
    import gzip

    packed = gzip.compress(FEED)
    out, err, code = analyze_cli(["--jsonl", "-"], packed)
    assert [r["id"] for r in out] == ["g1", "g2"] and code == 0 and "read through gzip" in err
    (tmp_path / "feed.jsonl").write_bytes(packed)
    out, err, code = analyze_cli(["--jsonl", str(tmp_path / "feed.jsonl")])
    assert [r["id"] for r in out] == ["g1", "g2"] and code == 0
    out, err, code = analyze_cli(["-"], gzip.compress(b"Vietnam and Russia signed an accord."))
    assert len(out) == 1 and "error" not in out[0] and code == 0


def test_analyze_says_a_cut_gzip_on_stdin_in_one_line_and_keeps_the_lines_before(idle_pipeline) -> None:
    import gzip

    packed = gzip.compress(FEED * 200)
    out, err, code = analyze_cli(["--jsonl", "-"], packed[: len(packed) // 2])
    assert out[-1]["error"].startswith("truncated gzip") and out[0]["id"] == "g1" and code == 1
    out, err, code = analyze_cli(["-"], packed[: len(packed) // 2])
    assert out == [] and "error: <stdin>: truncated gzip" in err and code == 1


@pytest.mark.parametrize("port", ["99999", "-1", "65536"])
def test_serve_refuses_a_port_out_of_range_in_one_line(port: str) -> None:
    """`bilat serve --port 99999` was a traceback (OverflowError: bind(): port must be 0-65535)."""
    from click.testing import CliRunner

    from bilat.cli import main

    result = CliRunner().invoke(main, ["serve", "--port", port])
    assert result.exit_code == 2 and "--port" in result.output and "Traceback" not in result.output


# --- a damaged store, a cluster address that is none ---------------------------------------------------------------


@pytest.fixture
def damaged_store(tmp_path) -> str:
    """A store whose documents table's root page is garbage: it opens and migrates, and fails when read."""
    import sqlite3

    from bilat import store

    db = str(tmp_path / "d.db")
    (tmp_path / "a.txt").write_text("Vietnam and Russia signed an accord in Hanoi.", encoding="utf-8")
    _ingest(db, tmp_path / "a.txt")
    conn = store.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    raw = sqlite3.connect(db)
    page = raw.execute("PRAGMA page_size").fetchone()[0]
    roots = [r[0] for r in raw.execute("SELECT rootpage FROM sqlite_master WHERE tbl_name IN "
                                       "('documents', 'events', 'mentions') AND rootpage > 1")]
    raw.close()
    with open(db, "r+b") as fh:
        for root in roots:
            fh.seek((root - 1) * page)
            fh.write(b"garbage!" * (page // 8))
    return db


@pytest.mark.parametrize("args", [["stats"], ["stats", "--json"], ["export", "documents"], ["export", "events"],
                                  ["dyad", "VNM", "RUS"], ["reanalyze", "--no-stories"]])
def test_a_damaged_store_is_one_line_naming_it(damaged_store: str, args: list[str]) -> None:
    """`bilat stats` / `bilat export` on a damaged SQLite file was a traceback (sqlite3.DatabaseError: database
    disk image is malformed)."""
    from click.testing import CliRunner

    from bilat.cli import main

    result = CliRunner().invoke(main, [*args, "--db", damaged_store])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert result.stderr.startswith(f"Error: {damaged_store}: cannot read the store (")
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_a_cluster_address_that_is_none_is_one_line() -> None:
    """--cluster 'not a url' was a traceback (ValueError: missing port number in address)."""
    from bilat import engine
    from bilat.errors import BilatError

    with pytest.raises(BilatError, match="cannot reach the Dask scheduler at not a url"):
        engine.connect(None, "not a url")


# --- chart axes over any span --------------------------------------------------------------------------------------


@pytest.mark.parametrize("lo, hi, unit", [
    ("1998-01-01", "2024-01-01", "day"),  # a story whose facts span 26 years: StopIteration, a 500 on /story/ID
    ("0001-01-01", "9999-12-31", "day"), ("0001-01-01", "0001-01-02", "day"), ("9999-12-30", "9999-12-31", "day"),
    ("0001-01-01", "2024-01-01", "month"), ("0001-01-01", "9999-12-31", "month")])
def test_a_time_axis_over_any_span_has_a_few_ticks(lo: str, hi: str, unit: str) -> None:
    from datetime import date

    from bilat.web.charts import TimeAxis, month_number, story_svg

    a, b = (date.fromisoformat(lo).toordinal(), date.fromisoformat(hi).toordinal()) if unit == "day" else \
        (month_number(lo[:7]), month_number(hi[:7]))
    ticks = TimeAxis(a, b, 0, 100, unit=unit).ticks()
    assert 1 <= len(ticks) <= 13 and all(label for _, label in ticks)
    if unit == "day":
        facts = [{"day": a, "event": "CONSULT", "gloss": "met", "sources": ["x"]},
                 {"day": b, "event": "AGREE", "gloss": "agreed", "sources": ["y", "z"]}]
        assert "<svg" in story_svg(facts)
