"""Stop 54's hostile probes (issues 10/11 robustness): a store damaged under a batch or under the web UI,
files cut to a few bytes, feeds without a .jsonl name, pages holding two HTML documents."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import PLAIN, ingest_plain, no_writes
from fastapi.testclient import TestClient

from bilat import ingest, store
from bilat.cli import main
from bilat.ingest import Ingestor
from bilat.pipeline import Pipeline

TEXTS = ("Vietnam and Belarus signed a trade agreement in Hanoi on Monday.",
         "France and Germany held talks in Paris on Tuesday.",
         "Chile and Peru agreed to reopen their border on Friday.")


def _store(tmp_path: Path) -> str:
    """A store holding two articles, analysed by the plain stand-in stage."""
    db = str(tmp_path / "s.db")
    for n, text in enumerate(TEXTS[:2]):
        (tmp_path / f"old{n}.txt").write_text(text, encoding="utf-8")
    conn = store.connect(db)
    try:
        summary = Ingestor(conn, stories=False, pipeline=Pipeline(PLAIN), error=print).run(
            [tmp_path / "old0.txt", tmp_path / "old1.txt"])
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    assert summary.ingested == 2
    return db


def _damage(db: str, name: str) -> None:
    """Overwrite the root page of one table or index with garbage, as a disk or a copy cut short leaves it."""
    conn = sqlite3.connect(db)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (name,)).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(db, "r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(b"\xff" * size)


def _hash_index(db: str) -> str:
    conn = sqlite3.connect(db)
    try:  # the UNIQUE index on documents.hash, which every new article is looked up in
        return next(name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE tbl_name='documents' "
                                                     "AND type='index' AND name LIKE 'sqlite_autoindex%'")
                    if conn.execute(f"PRAGMA index_info('{name}')").fetchone()[2] == "hash")
    finally:
        conn.close()


def _new_files(tmp_path: Path) -> list[Path]:
    """Three articles the store does not hold yet."""
    for n, text in enumerate(TEXTS):
        (tmp_path / f"new{n}.txt").write_text(text + " More.", encoding="utf-8")
    return [tmp_path / f"new{n}.txt" for n in range(len(TEXTS))]


# --- a store damaged under a batch: one line, the batch stops --------------------------------------

def test_a_damaged_store_stops_the_batch_with_one_error(tmp_path):
    from bilat.errors import StoreBroken

    db = _store(tmp_path)
    _damage(db, _hash_index(db))
    new = _new_files(tmp_path)
    errors: list[str] = []
    conn = store.connect(db)
    try:
        ingestor = Ingestor(conn, stories=False, pipeline=Pipeline(PLAIN), error=errors.append)
        with pytest.raises(StoreBroken) as caught:
            ingestor.run(new)
    finally:
        conn.close()
    # before: one "error: newN.txt: internal error (DatabaseError: database disk image is malformed)" per file,
    # as if each article were at fault, and the batch went on failing
    assert errors == []
    assert caught.value.source.endswith("new0.txt") and "malformed" in caught.value.reason


def test_ingest_into_a_damaged_store_says_so_in_one_line(tmp_path):
    db = _store(tmp_path)
    _damage(db, _hash_index(db))
    paths = [str(p) for p in _new_files(tmp_path)]
    result = CliRunner().invoke(main, ["ingest", "--no-stories", "--db", db, *paths])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert "Traceback" not in result.output and "internal error" not in result.output
    assert lines[-1] == (f"Error: {db}: cannot write the store (database disk image is malformed) "
                         f"while storing {paths[0]}")
    assert lines[0].startswith("stopped: 0 ingested") and len(lines) == 2


def test_an_article_bug_is_still_one_article(tmp_path, monkeypatch):
    """A driver error that is the article's (a constraint), not the store's, fails that article only."""
    def refuse(*_args, **_kwargs):
        raise sqlite3.IntegrityError("UNIQUE constraint failed: mentions.doc")

    db = str(tmp_path / "s.db")
    for n, text in enumerate(TEXTS):
        (tmp_path / f"a{n}.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(store, "save_document", refuse)
    errors: list[str] = []
    conn = store.connect(db)
    try:
        summary = Ingestor(conn, stories=False, pipeline=Pipeline(PLAIN), error=errors.append).run(
            sorted(tmp_path.glob("a*.txt")))
    finally:
        conn.close()
    assert summary.failed == 3 and len(errors) == 3 and all("IntegrityError" in e for e in errors)


# --- the web UI on a damaged store: an error page, not a bare 500 and a traceback ------------------

def test_web_pages_on_a_damaged_store_answer_an_error_page(tmp_path, capsys):
    from bilat.web.app import create_app

    db = _store(tmp_path)
    _damage(db, "doc_fts_data")  # the keyword index
    client = TestClient(create_app(db), raise_server_exceptions=False)
    page = client.get("/search?q=Vietnam&mode=keyword")
    assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")
    assert "the store cannot be read (vtable constructor failed: doc_fts)" in page.text  # before: "Internal Server Error"
    api = client.get("/api/search?q=Vietnam&mode=keyword")
    assert api.status_code == 500
    assert api.json() == {"error": {"status": 500, "message": "the store cannot be read (vtable constructor "
                                                              "failed: doc_fts)"}}
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"bilat: {db}: cannot read the store (vtable constructor failed: doc_fts) on GET /search" in err
    assert client.get("/").status_code == 200  # the pages that do not read the damaged part still answer


def test_a_store_error_page_escapes_its_reason(tmp_path):
    from bilat.web.app import create_app

    app = create_app(str(tmp_path / "s.db"))

    @app.get("/boom")
    def boom() -> None:
        raise sqlite3.DatabaseError('<script>alert("x")</script>')

    page = TestClient(app, raise_server_exceptions=False).get("/boom")
    assert page.status_code == 500 and "<script>alert" not in page.text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page.text


def test_a_query_bug_keeps_its_traceback_on_the_server(tmp_path, capsys):
    """An error that is no damage to the store (a query naming no column) is answered the same way, and its
    traceback is kept on the server's stderr for whoever fixes it; a damaged store's is one line (above)."""
    from bilat.web.app import create_app

    app = create_app(str(tmp_path / "s.db"))

    @app.get("/api/bug")
    def bug() -> None:
        raise sqlite3.OperationalError("no such column: nope")

    answer = TestClient(app, raise_server_exceptions=False).get("/api/bug")
    assert answer.status_code == 500 and answer.json()["error"]["message"] == "the store cannot be read (no such column: nope)"
    assert "Traceback" in capsys.readouterr().err


# --- a home folder that cannot be written ----------------------------------------------------------

def test_the_pipeline_loads_where_home_cannot_be_written(tmp_path):
    """pythainlp made ~/pythainlp-data on import: with an unwritable home, `bilat analyze` was a traceback."""
    import os
    import subprocess
    import sys

    (tmp_path / "file").write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHAINLP")}
    env["HOME"] = str(tmp_path / "file" / "home")  # under a file: cannot be made, whoever runs the test (root too)
    code = "import bilat; from bilat.stages import numerals; print('ok')"
    result = subprocess.run([sys.executable, "-c", code], check=False, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-500:]


# --- files cut to a few bytes ----------------------------------------------------------------------

def _read(path: Path) -> tuple[list, list[str]]:
    warnings: list[str] = []
    return list(ingest.read_guarded(path, warnings.append)), warnings


@pytest.mark.parametrize(("data", "text"), [
    ("é".encode()[:1], None),  # one byte: a lead byte alone
    (b"a" + "中".encode()[:2], "a"),
    (b"ab" + "😀".encode()[:3], "ab"),
    ("Вьетнам и Беларусь подписали соглашение в Минске".encode() + "д".encode()[:1],
     "Вьетнам и Беларусь подписали соглашение в Минске"),
])
def test_a_utf8_character_cut_at_the_end_is_dropped_with_a_warning(tmp_path, data, text):
    path = tmp_path / "cut.txt"
    path.write_bytes(data)
    items, warnings = _read(path)
    # before: decoded as cp932, Big5-HKSCS, cp1125 ('ﾃ', 'a銝', 'abЁЯШ') and stored so
    assert any("ends in a UTF-8 character cut off" in w for w in warnings), warnings
    assert not any("decoded as" in w for w in warnings)
    if text is None:
        assert [type(i).__name__ for i in items] == ["BadInput"] and "empty file" in items[0].reason
    else:
        assert [i.text for i in items] == [text]


def test_a_legacy_letter_ending_an_ascii_text_is_not_taken_for_a_cut_character(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_bytes("Le président a rencontré son homologue au café".encode("cp1252"))
    items, warnings = _read(path)
    assert items[0].text == "Le président a rencontré son homologue au café"
    assert not any("cut off" in w for w in warnings)


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("bom.txt", b"\xef\xbb\xbf", "empty file (no text)"),
    ("bom16.txt", b"\xff\xfe", "empty file (no text)"),
    ("brace.jsonl", b"{", "truncated line (the JSON ends at column 2 before the object is closed)"),
    ("lt.html", b"<", None),
])
def test_files_of_a_few_bytes_are_one_clear_line(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    items, _ = _read(path)
    assert len(items) == 1
    if reason is not None:
        assert items[0].reason == reason


# --- a JSONL feed under a text name ----------------------------------------------------------------

FEED = (b'{"id": "f1", "text": "Japan and Korea signed a deal in Tokyo on Friday."}\n'
        b'{"id": "f2", "text": "Chile and Peru held talks in Lima."}\n'
        b'not json\n')


@pytest.mark.parametrize("name", ["feed.txt", "feed", "part-00001"])
def test_a_feed_without_a_jsonl_name_is_read_as_jsonl(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(FEED)
    items, warnings = _read(path)
    # before: one article whose text was the JSON of both lines (its title the first line's JSON)
    assert [getattr(i, "id", None) for i in items] == ["f1", "f2", None]
    assert [i.source for i in items[:2]] == [f"{path}#1", f"{path}#2"] and items[2].source == f"{path}#3"
    assert items[2].reason.startswith("invalid JSON")
    assert any("holds JSON Lines" in w and "read as JSONL" in w for w in warnings)


@pytest.mark.parametrize("first", [b'{"a": 1}\n', b"{curly} is how Python formats\n", b'{"title": "x"}\n'])
def test_a_text_starting_with_a_brace_is_still_a_text(tmp_path, first):
    path = tmp_path / "note.txt"
    path.write_bytes(first + b"Vietnam and Belarus signed a trade agreement.\n")
    items, warnings = _read(path)
    assert len(items) == 1 and items[0].text.startswith(first.decode().strip())
    assert not any("JSON Lines" in w for w in warnings)


def test_a_feed_past_the_file_limit_under_a_text_name_is_streamed(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_bytes(FEED[:-9] * 3)
    items, _ = _read(path)
    assert [getattr(i, "id", None) for i in items] == ["f1", "f2"] * 3


def test_ingest_of_a_feed_txt_stores_its_articles_and_again_changes_nothing(tmp_path):
    path = tmp_path / "feed.txt"
    path.write_bytes(FEED[:-9])
    db = str(tmp_path / "s.db")

    first, second = ingest_plain(db, [path]), ingest_plain(db, [path])
    assert (first.ingested, first.failed) == (2, 0) and (second.ingested, second.unchanged) == (0, 2)


# --- two HTML documents in one file ----------------------------------------------------------------

PAGE = ("<!DOCTYPE html><html><head><title>{title}</title></head><body><article><p>{text}</p></article>"
        "</body></html>")


def test_a_second_html_document_after_the_first_is_read_too(tmp_path):
    path = tmp_path / "two.html"
    path.write_text(PAGE.format(title="One", text=TEXTS[0]) + "\n\n"
                    + PAGE.format(title="Two", text=TEXTS[1]).replace("<!DOCTYPE html>", "") + "\n"
                    + PAGE.format(title="Cut", text=TEXTS[2])[:60], encoding="utf-8")
    items, warnings = _read(path)
    # before: the first page only, the second dropped without a word
    assert [getattr(i, "title", None) for i in items] == ["One", "Two", None]
    assert [i.text for i in items[:2]] == list(TEXTS[:2])
    assert items[2].source == f"{path}#3" and items[2].reason.startswith("truncated HTML")
    assert any("holds 3 HTML documents" in w for w in warnings)


def test_one_html_document_keeps_its_name(tmp_path):
    path = tmp_path / "one.html"
    path.write_text(PAGE.format(title="One", text=TEXTS[0]) + "\n<!-- cached -->\n", encoding="utf-8")
    items, warnings = _read(path)
    assert [i.source for i in items] == [str(path)] and not any("HTML documents" in w for w in warnings)


# --- stores readers could not read -----------------------------------------------------------------

@pytest.mark.parametrize("name", ["a#b.db", "c?d.db", "e%41.db"])
def test_a_store_whose_name_holds_uri_characters_is_read(tmp_path, name):
    db = str(tmp_path / name)
    conn = store.connect(db)
    conn.execute("INSERT INTO documents(id, hash, source, data) VALUES ('d1', 'h1', 'x.txt', '{}')")
    conn.close()
    result = CliRunner().invoke(main, ["stats", "--db", db])
    # before: "cannot read the store (no such table: documents)", and an empty file 'a' (or 'c') left behind
    assert result.exit_code == 0 and result.output.startswith("documents: 1\n")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(name)) == []


def _as_other_user(args: list[str], cwd: Path) -> Any:
    """`bilat ARGS` run by a user who may not write ``cwd`` (nobody, when the tests run as root)."""
    import os
    import shutil
    import subprocess
    import sys

    command = [sys.executable, "-m", "bilat.cli", *args]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: every folder is writable")
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    env = {**os.environ, "HOME": str(cwd)}
    return subprocess.run(command, check=False, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_a_store_in_a_folder_this_user_cannot_write_is_read():
    import tempfile

    with tempfile.TemporaryDirectory() as top:
        _read_from_a_folder_of_another_user(Path(top))


def _read_from_a_folder_of_another_user(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    db = _store(folder)  # checkpointed and closed: no -wal, no -shm left
    for path in (folder, *folder.iterdir()):
        path.chmod(0o555 if path.is_dir() else 0o444)
    tmp_path.chmod(0o755)
    try:
        stats = _as_other_user(["stats", "--db", db], folder)
        export = _as_other_user(["export", "documents", "--db", db], folder)
    finally:
        folder.chmod(0o755)
    # before: "Error: .../s.db: cannot read the store (attempt to write a readonly database)"
    assert stats.returncode == 0 and stats.stdout.startswith("documents: 2\n"), stats.stderr
    assert export.returncode == 0 and len(export.stdout.splitlines()) == 2, export.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["old0.txt", "old1.txt", "s.db"]


def test_a_store_this_user_may_not_reach_is_one_line(tmp_path):
    db = _store(tmp_path)
    tmp_path.chmod(0o700)
    result = _as_other_user(["stats", "--db", db], Path("/"))
    assert result.returncode == 1 and "Traceback" not in result.stderr  # before: a PermissionError traceback
    assert result.stderr.strip() == f"Error: {db}: cannot open store (Permission denied)"


def test_serve_opens_a_store_it_cannot_write(tmp_path, monkeypatch):
    from bilat.web.app import create_app

    db = _store(tmp_path)
    monkeypatch.setattr(store, "writable", lambda _path=None: False)
    monkeypatch.setattr(store, "connect", no_writes(store.connect))
    client = TestClient(create_app(db))  # before: connect(path) to migrate, refused on a read-only store
    assert client.get("/api/overview").json()["documents"] == 2


def test_a_store_in_a_missing_folder_is_named_so(tmp_path):
    db = str(tmp_path / "nofolder" / "s.db")
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--no-stories", "--db", db, str(tmp_path / "a.txt")])
    # before: "cannot open store (unable to open database file)"
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {db}: cannot open store (no such folder: {tmp_path / 'nofolder'})"
