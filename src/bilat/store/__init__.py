"""The embedded store: SQLite, one writer, short transactions, named migrations.

The whole Document record is kept as JSON (``documents.data``) so nothing is lost; the
columns and side tables beside it exist for queries (mentions, events, quantities by
entity, country, date). Modules that own further tables declare ``MIGRATIONS`` and are
listed in ``MIGRATION_SOURCES``: one explicit table, applied in order, each name once.
"""

from __future__ import annotations

import importlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bilat.errors import StoreError
from bilat.pipeline import content_hash
from bilat.records import Document, Entity
from bilat.store import backends

DEFAULT_DB = "bilat.db"
READ_MMAP = 1 << 30  # bytes of the store a read-only connection maps (address space, not memory)
# A migration is SQL, or a function of the connection for repairs SQL cannot express.
MigrationStep = str | Callable[[Any], None]
Connection = Any  # sqlite3.Connection, or backends.PgConnection with the same API
SCHEMA_VERSION_KEY = "schema_version"

# event_list's row for an event ``e`` of its document ``d``: the period an event falls in is its own
# date when that has a year ('--05-12' has none and sorts before '0'), else its article's date
EVENT_LIST_COLUMNS = ("e.id, e.rowid, e.doc, e.event, e.actor, e.recipient, e.date, "
                      "CASE WHEN e.date >= '0' THEN e.date ELSE d.published END, d.published, d.lang, d.outlet, "
                      "e.confidence, CASE WHEN json_extract(e.data, '$.aux') = 'negated' THEN 1 ELSE 0 END")

CORE: tuple[tuple[str, str], ...] = (
    ("0001_documents", """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            url TEXT,
            outlet TEXT,
            title TEXT,
            lang TEXT,
            published TEXT,
            ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
            data TEXT NOT NULL
        );
        CREATE INDEX documents_lang ON documents(lang);
        CREATE INDEX documents_published ON documents(published);
    """),
    ("0002_mentions", """
        CREATE TABLE mentions (
            doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            entity TEXT NOT NULL,
            kind TEXT NOT NULL,
            iso3 TEXT,
            lang TEXT,
            via TEXT,
            PRIMARY KEY (doc, start, "end", entity)
        );
        CREATE INDEX mentions_entity ON mentions(entity);
        CREATE INDEX mentions_iso3 ON mentions(iso3);
    """),
    ("0003_events", """
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            event TEXT NOT NULL,
            mode TEXT,
            date TEXT,
            actor TEXT,
            recipient TEXT,
            confidence REAL NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX events_doc ON events(doc);
        CREATE INDEX events_dyad ON events(actor, recipient);
        CREATE INDEX events_date ON events(date);
    """),
    ("0004_entities", """
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            iso3 TEXT,
            country TEXT,
            data TEXT NOT NULL
        );
        CREATE TABLE entity_names (
            entity TEXT NOT NULL,
            lang TEXT NOT NULL,
            name TEXT NOT NULL,
            doc TEXT,
            PRIMARY KEY (entity, lang, name)
        );
    """),
    ("0005_mention_form", """
        ALTER TABLE mentions ADD COLUMN form TEXT NOT NULL DEFAULT 'name';
    """),
    # an article whose analysis failed is kept (text, language) with the error, and analysed again
    ("0006_analysis_errors", """
        ALTER TABLE documents ADD COLUMN error TEXT;
        CREATE INDEX documents_error ON documents(error) WHERE error IS NOT NULL;
    """),
    # One narrow row per event with what event lists filter and sort on (its article's language,
    # outlet and date beside its own), written with the events (_insert_document): a filtered count
    # reads one covering index (led by the most selective filter) instead of every event's JSON;
    # a page walks the (date, seq) index. Built here for existing stores.
    ("0007_event_list", """
        CREATE TABLE event_list (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            event TEXT NOT NULL,
            actor TEXT,
            recipient TEXT,
            date TEXT,
            period TEXT,
            published TEXT,
            lang TEXT,
            outlet TEXT,
            confidence REAL NOT NULL,
            negated INTEGER NOT NULL
        );
        INSERT INTO event_list(id, seq, doc, event, actor, recipient, date, period, published, lang, outlet,
                               confidence, negated)
            SELECT """ + EVENT_LIST_COLUMNS + """ FROM events e JOIN documents d ON d.id = e.doc;
        CREATE INDEX event_list_doc ON event_list(doc, confidence, negated, event);
        CREATE INDEX event_list_date ON event_list(date, seq);
        CREATE INDEX event_list_published ON event_list(published, seq);
        CREATE INDEX event_list_period ON event_list(period, confidence, negated, event, lang, outlet, actor, recipient);
        CREATE INDEX event_list_event ON event_list(event, period, confidence, negated, lang, outlet, actor, recipient,
                                                    doc);
        CREATE INDEX event_list_actor ON event_list(actor, period, confidence, negated, event, lang, outlet, recipient);
        CREATE INDEX event_list_recipient ON event_list(recipient, period, confidence, negated, event, lang, outlet, actor);
        CREATE INDEX event_list_lang ON event_list(lang, period, confidence, negated, event, outlet, actor, recipient);
        CREATE INDEX event_list_outlet ON event_list(outlet, period, confidence, negated, event, lang, actor, recipient);
    """),
    # the article's publication date on each mention, so an entity's mentions page newest first
    # from one index instead of sorting all of them (a country has one in every few articles)
    ("0008_mention_published", """
        ALTER TABLE mentions ADD COLUMN published TEXT;
        UPDATE mentions SET published = (SELECT d.published FROM documents d WHERE d.id = mentions.doc);
        CREATE INDEX mentions_entity_published ON mentions(entity, published DESC, doc, start);
    """),
)

# Explicit, ordered: (module, attribute) holding (name, sql) pairs.
MIGRATION_SOURCES: tuple[str, ...] = (
    "bilat.store:CORE",
    "bilat.corpus.stories:MIGRATIONS",
    "bilat.corpus.conflicts:MIGRATIONS",
    "bilat.corpus.search:MIGRATIONS",
    "bilat.web.lists:MIGRATIONS",
    "bilat.store.repair:MIGRATIONS",
)


def _migrations(kind: str = backends.SQLITE) -> list[tuple[str, MigrationStep]]:
    out: list[tuple[str, MigrationStep]] = []
    for source in MIGRATION_SOURCES:
        module_name, attr = source.split(":")
        out.extend((name, backends.migration_sql(sql, kind))
                   for name, sql in getattr(importlib.import_module(module_name), attr))
    return out


def db_path(path: str | os.PathLike[str] | None = None) -> str:
    """--db, else $BILAT_DB, else ./bilat.db. A postgresql:// URL selects PostgreSQL."""
    return str(path or os.environ.get("BILAT_DB") or DEFAULT_DB)


def _wal(conn: sqlite3.Connection, patience: float = 120.0) -> None:
    """Switch to WAL, waiting while another process holds the file. The switch needs the file to itself
    and SQLite may answer "database is locked" at once, without its busy handler (two ingests started
    together on a new store: the second failed to open it), so it is retried with a growing pause."""
    waited, pause = 0.0, 0.05
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e) or waited >= patience:
                raise
        time.sleep(pause)
        waited, pause = waited + pause, min(pause * 2, 2.0)


def _sqlite_uri(target: str, mode: str) -> str:
    """A SQLite URI for a file path: percent-encoded, so a '#', '?' or '%' in the name stays in the name (probe54:
    `bilat stats --db 'a#b.db'` opened, and left behind, an empty file 'a' and said "no such table")."""
    return f"{Path(target).absolute().as_uri()}?{mode}"


def _exists(target: str) -> bool:
    """Whether the store's file is there; a folder on its path this user may not enter is a StoreError (probe54:
    a PermissionError traceback)."""
    try:
        return Path(target).exists()
    except OSError as e:
        raise StoreError(f"{target}: cannot open store ({e.strerror or e})") from e


def _read_only(target: str) -> sqlite3.Connection:
    """A read-only connection. A store in WAL mode needs its -shm file to be read; where that cannot be made (a
    folder this user cannot write: a shared copy, a read-only mount) and no write-ahead log is left to read, the
    file is opened as immutable, which needs none (probe54: `bilat stats`, `export` and `serve` said "attempt to
    write a readonly database" and read nothing). With a log left, the error stands: it holds committed articles."""
    conn = sqlite3.connect(_sqlite_uri(target, "mode=ro"), uri=True, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as e:
        wal = Path(target + "-wal")
        if getattr(e, "sqlite_errorcode", 0) & 0xFF != 8 or (wal.exists() and wal.stat().st_size > 0):  # SQLITE_READONLY
            conn.close()
            reason = _unreadable_log(target)
            if reason:
                raise StoreError(f"{target}: cannot read the store ({reason})") from e
            raise
    conn.close()
    return sqlite3.connect(_sqlite_uri(target, "immutable=1"), uri=True, check_same_thread=False)


def _unreadable_log(target: str) -> str | None:
    """Why SQLite cannot read a store's write-ahead log, when that is why it failed: a log holding committed
    articles is read through its index, the -shm file, which SQLite must create (or open to write) beside the
    store. In a folder this user cannot write it says only "unable to open database file" (probe55: a store left
    by an ingest that was killed, then copied to a read-only share)."""
    wal, shm = Path(target + "-wal"), Path(target + "-shm")
    try:
        size = wal.stat().st_size if wal.exists() else 0
        if not size:
            return None
        folder = wal.parent
        if shm.exists():
            if os.access(shm, os.R_OK):
                return None
            blocked = f"this user may not read {shm.name}"
        elif not os.access(folder, os.W_OK):
            blocked = f"SQLite must create {shm.name} to read it and this user may not write {folder}"
        else:
            return None
    except OSError:
        return None
    return (f"{wal.name} holds {size:,} bytes of committed changes not yet folded into {Path(target).name}; "
            f"{blocked}. Run `bilat stats` on it once as a user who may write {folder}, or copy "
            f"{Path(target).name} and {wal.name} together to a folder you can write")


def writable(path: str | os.PathLike[str] | None = None) -> bool:
    """True when this user may write the store: a PostgreSQL URL (the server decides), a SQLite file not there
    yet, or one that it and its folder (the -wal and -shm files) let this user write."""
    target = db_path(path)
    if backends.backend_of(target) == backends.POSTGRESQL:
        return True
    folder = os.path.dirname(os.path.abspath(target))
    return os.access(folder, os.W_OK) and (not os.path.exists(target) or os.access(target, os.W_OK))


def _unwritable(target: str) -> str:
    """What this user may not write that a writer of the store needs: the file, or its folder (where SQLite keeps
    the -wal and -shm files)."""
    if not os.access(target, os.W_OK):
        return f"this user may not write {Path(target).name}"
    folder = os.path.dirname(os.path.abspath(target))
    return f"this user may not write {folder}, where SQLite keeps {Path(target).name}-wal and -shm"


def open_reader(path: str | os.PathLike[str] | None = None) -> Connection:
    """A read-only connection for the readers (exports, stats, the web); a store written by an older bilat is first
    migrated (and repaired, e.g. ``repair_0001_story_ids``) when this user may write it, so readers agree with the
    tables. A store this user cannot write is read as it is (before, `bilat serve` refused it)."""
    target = db_path(path)
    if backends.backend_of(target) == backends.SQLITE and os.path.exists(target) and writable(target):
        connect(target).close()
    return connect(target, readonly=True)


def connect(path: str | os.PathLike[str] | None = None, *, readonly: bool = False, create: bool = True) -> Connection:
    """Open (and migrate, unless read-only) the store: a SQLite file or a postgresql:// URL. A SQLite file that is
    not there is created, unless ``create`` is False (``bilat reanalyze``) or the store is opened read-only."""
    target = db_path(path)
    if backends.backend_of(target) == backends.POSTGRESQL:
        pg = backends.connect_pg(target, readonly=readonly)
        if not readonly:
            import psycopg

            try:
                migrate(pg)
            except psycopg.Error as e:  # no schema to create in, no right to, ...: one line, not a traceback
                pg.close()
                raise StoreError(f"{backends._safe(target)}: cannot set up the store in schema {pg.schema} "
                                 f"({backends.driver_reason(e)})") from e
        return pg
    try:
        if (readonly or not create) and not _exists(target):
            raise StoreError(f"{target}: no such store; run `bilat ingest` first")
        if readonly:
            conn = _read_only(target)
        else:
            folder = os.path.dirname(os.path.abspath(target))
            if not os.path.isdir(folder):  # SQLite says only "unable to open database file"
                raise StoreError(f"{target}: cannot open store (no such folder: {os.path.dirname(target) or folder})")
            if _exists(target) and not os.access(target, os.W_OK):  # SQLite opens it read-only and fails on the
                # first write, after the first article is analysed (probe55)
                raise StoreError(f"{target}: cannot open store to write ({_unwritable(target)})")
            conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout=10000")  # before anything that takes a lock
            _wal(conn)
            conn.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.Error as e:
        if not readonly and _exists(target) and not writable(target):  # SQLite: "unable to open database file"
            raise StoreError(f"{target}: cannot open store to write ({_unwritable(target)})") from e
        raise StoreError(f"{target}: cannot open store ({e})") from e
    conn.row_factory = sqlite3.Row
    if readonly:  # reads through a memory map: no read() call per page (the web opens one per request)
        conn.execute(f"PRAGMA mmap_size={READ_MMAP}")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    if not readonly:
        migrate(conn)
    return conn


def migrate(conn: Connection) -> list[str]:
    """Apply each named migration once; returns the names applied now."""
    kind = backends.backend(conn)
    with transaction(conn):  # on PostgreSQL: under the write lock, so concurrent first runs agree
        if kind == backends.POSTGRESQL:
            backends.pg_prepare(conn)
        for table in (("migrations (name TEXT PRIMARY KEY, "
                       "applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))"),
                      "meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"):
            _run_ddl(conn, f"CREATE TABLE IF NOT EXISTS {table}")
        done = {row[0] for row in conn.execute("SELECT name FROM migrations")}
        applied = []
        for name, step in _migrations(kind):
            if name in done:
                continue
            if callable(step):
                step(conn)
            else:
                for statement in _statements(step):
                    _run_ddl(conn, statement)
            conn.execute("INSERT INTO migrations(name) VALUES (?)", (name,))
            applied.append(name)
        total = conn.execute("SELECT count(*) FROM migrations").fetchone()[0]
        if schema_version(conn) != total:
            conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                         "SET value=excluded.value", (SCHEMA_VERSION_KEY, str(total)))
    return applied


def _run_ddl(conn: Connection, statement: str) -> None:
    if isinstance(conn, backends.PgConnection):
        conn.raw().execute(backends.ddl(statement))
    else:
        conn.execute(statement)


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (sqlite3.execute runs one at a time)."""
    parts, buf = [], ""
    for piece in sql.split(";"):
        buf += piece
        if sqlite3.complete_statement(buf + ";"):
            if buf.strip():
                parts.append(buf.strip())
            buf = ""
        else:
            buf += ";"
    if buf.strip():
        parts.append(buf.strip())
    return parts


def pending_migrations(conn: Connection) -> list[str]:
    """The named migrations this bilat knows that the store has not applied: a store written by an older bilat,
    opened read-only by a user who may not bring it up to date."""
    try:
        done = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    except sqlite3.OperationalError:  # no migrations table at all
        done = set()
    return [name for name, _ in _migrations(backends.backend(conn)) if name not in done]


def schema_version(conn: Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key=?", (SCHEMA_VERSION_KEY,)).fetchone()
    return int(row[0]) if row else 0


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT; ROLLBACK on any error (including KeyboardInterrupt).

    On PostgreSQL BEGIN also takes the store's advisory write lock (``backends.WRITE_LOCK``)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def has_hash(conn: Connection, hash_: str) -> bool:
    """True when this content is stored and analysed (a stored analysis error does not count)."""
    return conn.execute("SELECT 1 FROM documents WHERE hash=? AND error IS NULL", (hash_,)).fetchone() is not None


def stored(conn: Connection, *, hash_: str | None = None, doc_id: str | None = None) -> sqlite3.Row | None:
    """The stored row (id, hash, source, error) with this content hash, or else with this id."""
    for column, value in (("hash", hash_), ("id", doc_id)):
        if value is not None:
            row = conn.execute(f"SELECT id, hash, source, error FROM documents WHERE {column}=?", (value,)).fetchone()
            if row is not None:
                return row
    return None


def document_hash(doc: Document) -> str:
    return content_hash(doc.original)


AfterSave = Callable[[Connection, Document], None]


def save_document(conn: Connection, doc: Document, *, after: AfterSave | None = None,
                  error: str | None = None) -> bool:
    """Store one analysed document atomically. False if its content or its id was already stored.

    ``after(conn, doc)`` runs inside the same transaction (story linking, conflicts), so a
    document and everything derived from it commit together or not at all. With ``error`` the
    document is kept as text and language with the analysis error (no side tables, no ``after``);
    the same content saved again later replaces it."""
    hash_ = document_hash(doc)
    with transaction(conn):
        old = conn.execute("SELECT id, hash, error FROM documents WHERE hash=? OR id=?", (hash_, doc.id)).fetchall()
        if any(r["error"] is None or r["id"] != doc.id or r["hash"] != hash_ for r in old):
            return False
        if old:  # the same article, stored earlier with an analysis error: analysed now
            conn.execute("DELETE FROM documents WHERE id=?", (doc.id,))
        _insert_document(conn, doc, hash_, error)
        if after is not None and error is None:
            after(conn, doc)
    return True


def _insert_document(conn: Connection, doc: Document, hash_: str, error: str | None = None) -> None:
    conn.execute(
        "INSERT INTO documents(id, hash, source, url, outlet, title, lang, published, data, error) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)",
        (doc.id, hash_, doc.source, doc.url, doc.outlet, doc.title, doc.lang, doc.published,
         json.dumps(doc.as_dict(), ensure_ascii=False), error),
    )
    if error is not None:
        return
    conn.executemany(
        "INSERT OR IGNORE INTO mentions(doc, start, \"end\", text, entity, kind, iso3, lang, via, form, published) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(doc.id, m.start, m.end, m.text, m.entity, m.kind, m.iso3, m.lang, m.via, m.form, doc.published)
         for m in doc.mentions],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO events(id, doc, event, mode, date, actor, recipient, confidence, start, \"end\", data) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(e.id, doc.id, e.event, e.mode, e.date, e.actor.code if e.actor else None,
          e.recipient.code if e.recipient else None, e.confidence, e.start, e.end,
          json.dumps(e.as_dict(), ensure_ascii=False)) for e in doc.events],
    )
    if doc.events:
        conn.execute("INSERT OR REPLACE INTO event_list(id, seq, doc, event, actor, recipient, date, period, "
                     f"published, lang, outlet, confidence, negated) SELECT {EVENT_LIST_COLUMNS} "
                     "FROM events e JOIN documents d ON d.id = e.doc WHERE e.doc = ?", (doc.id,))
    for entity in getattr(doc, "learned", ()):
        save_entity(conn, entity, doc=doc.id)


def save_entity(conn: Connection, entity: Entity, *, doc: str | None = None) -> None:
    """Insert or extend a (learned) entity and its name variants. Call inside a transaction."""
    conn.execute(
        "INSERT INTO entities(id, kind, name, iso3, country, data) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT(id) DO NOTHING",
        (entity.id, entity.kind, entity.name, entity.iso3, entity.country,
         json.dumps(entity.as_dict(), ensure_ascii=False)),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO entity_names(entity, lang, name, doc) VALUES (?,?,?,?)",
        [(entity.id, lang, name, doc) for lang, names in entity.names.items() for name in names],
    )


def learned_entities(conn: Connection) -> list[Entity]:
    """Entities learned from earlier documents, with every variant seen since."""
    out = []
    for row in conn.execute("SELECT id, data FROM entities"):
        entity = Entity.from_dict(json.loads(row["data"]))
        names: dict[str, list[str]] = {}
        for n in conn.execute("SELECT lang, name FROM entity_names WHERE entity=? ORDER BY rowid", (row["id"],)):
            names.setdefault(n["lang"], []).append(n["name"])
        out.append(Entity.from_dict({**entity.as_dict(), "names": names}))
    return out


def load_document(conn: Connection, doc_id: str) -> Document | None:
    row = conn.execute("SELECT data FROM documents WHERE id=?", (doc_id,)).fetchone()
    return Document.from_dict(json.loads(row[0])) if row else None


def iter_documents(conn: Connection, *, batch: int = 500) -> Iterator[Document]:
    """Every stored document, oldest first, read in batches (constant memory)."""
    last = -1
    while True:
        rows = conn.execute("SELECT rowid, data FROM documents WHERE rowid > ? ORDER BY rowid LIMIT ?",
                            (last, batch)).fetchall()
        if not rows:
            return
        for row in rows:
            yield Document.from_dict(json.loads(row[1]))
        last = rows[-1][0]


def counts(conn: Connection) -> dict[str, Any]:
    """Counts per language and per kind, for `bilat stats` and the overview page."""
    def pairs(sql: str) -> dict[str, int]:
        return {str(k): v for k, v in conn.execute(sql).fetchall()}

    return {
        "documents": conn.execute("SELECT count(*) FROM documents").fetchone()[0],
        "by_lang": pairs("SELECT coalesce(lang,'?'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1"),
        "mentions_by_kind": pairs("SELECT kind, count(*) FROM mentions GROUP BY 1 ORDER BY 2 DESC, 1"),
        "events_by_type": pairs("SELECT event, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"),
        "learned_entities": conn.execute("SELECT count(*) FROM entities").fetchone()[0],
        "analysis_errors": len(failed_documents(conn)),
        "story_count": _count_if_table(conn, "stories"),
        "conflict_count": _count_if_table(conn, "conflicts"),
    }


def _count_if_table(conn: Connection, table: str) -> int:
    """Rows of a cross-document table; 0 where a store written before it is opened read-only."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone():
        return 0
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def failed_documents(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(id, error) of the documents stored with an analysis error, oldest first."""
    if "error" not in {r[1] for r in conn.execute("PRAGMA table_info(documents)")}:
        return []  # a store written before 0005_analysis_errors, opened read-only
    return [(r[0], r[1]) for r in conn.execute("SELECT id, error FROM documents WHERE error IS NOT NULL ORDER BY rowid")]
