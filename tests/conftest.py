"""Shared fixtures: paths to the bundled samples, a throwaway store, and the entities stage (``stage``)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bilat.pipeline import Stage
from bilat.records import Document, Mention, Paragraph, Sentence

ROOT = Path(__file__).resolve().parents[1]
SHARED_SAMPLES = ROOT.parent / "shared" / "samples"
SAMPLES = SHARED_SAMPLES if SHARED_SAMPLES.is_dir() else ROOT / "src" / "bilat" / "samples"
DEVDATA = ROOT.parent / "shared" / "devdata"


@pytest.fixture(scope="module")
def stage() -> Stage:
    """An entities stage, fresh for each test module: its registry learns names from what it reads, so modules must not
    share one. A module that means another stage by ``stage`` defines its own fixture of that name."""
    from bilat.stages.entities import make_stage

    return make_stage()


def person_mentions(stage, text: str, lang: str) -> list[Mention]:
    """The person mentions an entities stage finds in ``text``, read as one sentence."""
    doc = Document(id="t", source="test", original=text, text=text, lang=lang, sentences=(Sentence(start=0, end=len(text)),))
    return [m for m in stage(doc).mentions if m.kind == "person"]


def person_countries(stage, text: str, lang: str) -> dict[str, str | None]:
    """Each person mention's text (no-break spaces read as spaces) and its country, as ``person_mentions`` finds them."""
    return {m.text.replace("\u00a0", " "): m.iso3 for m in person_mentions(stage, text, lang)}


def named_states(stage, text: str, lang: str) -> list[str]:
    """The countries a text names as states, as bench/countries.py counts them."""
    doc = Document(id="t", source="t", original=text, text=text, lang=lang)
    return sorted({m.iso3 for m in stage(doc).mentions if m.iso3 and (m.kind == "country" or m.form == "capital")})


def read_tsv(paths: tuple[Path, ...]) -> list[dict[str, str]]:
    """Rows of tab-separated gold files with a header line (no quoting: text keeps its quotes)."""
    import csv

    rows: list[dict[str, str]] = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            rows += csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
    return rows


@pytest.fixture(scope="module")
def lexical():
    """The events stage without embeddings (its lexicons and rules alone), once per test module."""
    from bilat.stages import events

    return events.make_stage(embeddings=False)


@pytest.fixture(scope="module")
def tagger():
    """The entity tagger with the shipped gazetteer, once per test module."""
    from bilat.stages.entities import EntityTagger

    return EntityTagger()


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def plain_means(monkeypatch):
    """Centring off in the story linker: the vectors of a test (tests/story_vectors.py) are compared as given."""
    import numpy as np

    from bilat.corpus import stories

    monkeypatch.setattr(stories.Means, "mean", lambda self, lang, dim=384: np.zeros(dim, dtype=np.float32))


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "test.db")


def plain_stage(**_: object):
    """A minimal stand-in stage for store/ingest tests: the whole original is one paragraph."""
    def run(doc: Document) -> Document:
        text = doc.original.strip()
        return dataclasses.replace(doc, text=text, paragraphs=(Paragraph(start=0, end=len(text)),),
                                   title=doc.title or text.split("\n", 1)[0][:80])
    return run


PLAIN = (Stage(name="plain", factory="conftest:plain_stage", needs=frozenset({"original"}),
               adds=frozenset({"text", "paragraphs", "title"})),)


def ingest_plain(db: str, paths: list[Path]):
    """One ingest of ``paths`` into the SQLite store ``db`` through the ``PLAIN`` stage, without stories: its
    ``ingest.Summary`` (tests that ingest a file twice to check re-ingest changes nothing)."""
    from bilat import store
    from bilat.ingest import Ingestor
    from bilat.pipeline import Pipeline

    conn = store.connect(db)
    try:
        return Ingestor(conn, stories=False, pipeline=Pipeline(PLAIN), error=print, warn=print).run(paths)
    finally:
        conn.close()


def no_writes(connect):
    """``store.connect`` as on a store this user may not write: a read-only open goes through, any other is refused
    as SQLite refuses it."""
    from bilat.errors import StoreError

    def read_only(path=None, *, readonly: bool = False):
        if not readonly:
            raise StoreError(f"{path}: cannot open store (attempt to write a readonly database)")
        return connect(path, readonly=True)
    return read_only


@pytest.fixture
def idle_pipeline(monkeypatch):
    """`bilat analyze` with a pipeline that runs no stage: for tests about reading the input, not analysing it."""
    from bilat.pipeline import Pipeline

    monkeypatch.setattr(Pipeline, "__init__", lambda self, *a, **k: None)
    monkeypatch.setattr(Pipeline, "__call__", lambda self, doc: doc)


def analyze_cli(args: list[str], data: bytes | None = None) -> tuple[list[dict], str, int]:
    """``bilat analyze ARGS`` with ``data`` on standard input: its JSON output lines, its stderr and its exit code."""
    import json

    from click.testing import CliRunner

    from bilat.cli import main

    result = CliRunner().invoke(main, ["analyze", *args], input=data)
    return [json.loads(x) for x in result.stdout.splitlines() if x.strip()], result.stderr, result.exit_code


def dated_doc(text: str, days: list[tuple[str, str]], lang: str = "en", published: str | None = None) -> Document:
    """A document whose date records are the given (written form, value) pairs, found in ``text`` (story tests)."""
    from bilat.records import DateRef

    refs = []
    for written, value in days:
        start = text.index(written)
        refs.append(DateRef(start=start, end=start + len(written), text=written, value=value))
    return Document(id="d", source="d", original=text, text=text, lang=lang, published=published, dates=tuple(refs))


# --- PostgreSQL: the real server (never a mock) ---------------------------------------------------

PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"


def _pg_base() -> str:
    import os

    return os.environ.get("BILAT_TEST_PG") or PG_DEFAULT


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The test server's URL. Without a server the PostgreSQL tests skip with one line; in CI
    (CI=true) they fail instead, so a missing server never passes silently."""
    import os

    url = _pg_base()
    try:
        import psycopg

        psycopg.connect(url, connect_timeout=3).close()
    except Exception as e:  # noqa: BLE001 - any failure to reach the server means the same thing
        message = f"PostgreSQL not reachable at {url} (set BILAT_TEST_PG): {str(e).strip().splitlines()[0]}"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    return url


@pytest.fixture(scope="session")
def new_pg_store(pg_server: str):
    """A factory of fresh, empty stores: each call creates its own schema; all are dropped after
    the session."""
    import os
    import uuid
    from urllib.parse import quote

    import psycopg

    made: list[str] = []

    def make() -> str:
        schema = f"bilat_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(pg_server, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        made.append(schema)
        sep = "&" if "?" in pg_server else "?"
        return f"{pg_server}{sep}options={quote(f'-csearch_path={schema},public')}"

    yield make
    with psycopg.connect(pg_server, autocommit=True) as conn:
        for schema in made:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
