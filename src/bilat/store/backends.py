"""Store backends: SQLite (embedded, the default) and PostgreSQL (shared, for several writers).

The code writes SQL once, in SQLite's dialect, through a connection with sqlite3's API
(``execute(sql, params)`` with ``?`` placeholders, rows readable by index and by name,
``executemany``, ``BEGIN IMMEDIATE``/``COMMIT``/``ROLLBACK``). For ``postgresql://`` targets
``PgConnection`` gives psycopg 3 that same API and translates the few constructs that differ,
all in this module (see ``translate`` and ``ddl``):

- ``?`` -> ``%s``; ``INSERT OR IGNORE`` -> ``ON CONFLICT DO NOTHING``; ``INSERT OR REPLACE``
  -> ``ON CONFLICT (primary key) DO UPDATE`` (the key is read from the catalogue);
- ``min(a, b)``/``max(a, b)`` with two plain arguments -> ``LEAST``/``GREATEST``; ``x GLOB 'pat'``
  -> a regular expression; ``IS [NOT] value`` -> ``IS [NOT] DISTINCT FROM``; ``:name`` parameters; ``INDEXED BY`` dropped;
- ORDER BY terms get SQLite's NULL order (NULLs first ascending, last descending);
- ``json_extract(x, '$.a')``, ``json_array_length(x, '$.a')`` and the ``sqlite_master`` view
  exist as small compatibility functions in the schema; ``PRAGMA database_list`` answers with
  the server and schema, so per-store caches keep working;
- DDL: every table gets a ``rowid`` identity column (SQLite's implicit insertion order),
  TEXT compares byte-wise (``COLLATE "C"``, as SQLite), REAL is double precision, BLOB is
  bytea, ``INTEGER PRIMARY KEY AUTOINCREMENT`` is an identity key, strftime defaults become
  to_char. A migration whose SQL is a dict holds one text per backend (full-text search).

Every write transaction on PostgreSQL takes one transaction-level advisory lock, so writers
from any number of processes or machines commit one at a time, as SQLite's single writer does
(story linking depends on every earlier link); analysis, the slow part, runs outside it.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, Self

from bilat.errors import StoreError

SQLITE, POSTGRESQL = "sqlite", "postgresql"
WRITE_LOCK = 0x62696C6174  # "bilat": the advisory lock every PostgreSQL write transaction holds


def backend_of(target: str) -> str:
    return POSTGRESQL if target.startswith(("postgresql://", "postgres://")) else SQLITE


def backend(conn: Any) -> str:
    """The backend of an open connection."""
    return POSTGRESQL if isinstance(conn, PgConnection) else SQLITE


def db_errors() -> tuple[type[BaseException], ...]:
    """Exception classes a store operation may raise, on either backend."""
    try:
        import psycopg
    except ImportError:
        return (sqlite3.Error,)
    return (sqlite3.Error, psycopg.Error)


# SQLite's primary result codes that say the store itself cannot be read or written, whatever the article:
# SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB
_BROKEN_SQLITE = frozenset({3, 8, 10, 11, 13, 14, 26})


def store_broken(e: BaseException) -> bool:
    """True when a driver error is the store's, not one article's: a damaged, read-only or full SQLite file
    ("database disk image is malformed", "vtable constructor failed"), or a PostgreSQL connection lost. A
    busy store, a constraint or a bug in a query is False."""
    if isinstance(e, sqlite3.Error):
        code = getattr(e, "sqlite_errorcode", None)
        return code is not None and code & 0xFF in _BROKEN_SQLITE
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg ships with bilat
        return False
    if isinstance(e, psycopg.errors.TransactionRollback):  # a deadlock or serialization failure: retried
        return False
    return isinstance(e, (psycopg.OperationalError, psycopg.InterfaceError))


# What follows a PostgreSQL error's own message in the driver's text: the statement quoted back with a caret
# under it, and the server's detail, hint and context lines
_DRIVER_TAIL = re.compile(r"^\s*(?:LINE \d+:|DETAIL:|HINT:|CONTEXT:|QUERY:|STATEMENT:|WHERE:|\^)")


def driver_reason(e: BaseException) -> str:
    """A driver error as the one line a person is shown: PostgreSQL's primary message ('column "title" does not
    exist'), without the statement the driver quotes back ("LINE 1: SELECT id, title ... FROM do...", a caret
    line), its DETAIL, HINT or CONTEXT (probe55: the web's 500 page showed all of it, newlines escaped); SQLite's
    message as it is. Whitespace runs become one space."""
    diag = getattr(e, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    if primary:
        return " ".join(str(primary).split())
    lines = []
    for line in str(e).splitlines():
        if _DRIVER_TAIL.match(line):
            break
        lines.append(line)
    return " ".join(" ".join(lines).split()) or type(e).__name__


# --- translation ---------------------------------------------------------------------------------

_QUOTED = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"")
_MINMAX = re.compile(r"\b(min|max)\(\s*([\w.]+)\s*,\s*([\w.]+)\s*\)", re.IGNORECASE)
_INSERT_OR = re.compile(r"^\s*INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO\s+(\w+)\s*\(([^)]*)\)", re.IGNORECASE | re.DOTALL)
_GLOB = re.compile(r"([\w.]+)\s+GLOB\s+'([^']*)'", re.IGNORECASE)
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_IS_NOT = re.compile(r"\bIS\s+NOT\s+(?!NULL\b|TRUE\b|FALSE\b|DISTINCT\b)", re.IGNORECASE)
_INDEXED = re.compile(r"\s+(?:INDEXED\s+BY\s+\w+|NOT\s+INDEXED)\b", re.IGNORECASE)
_IS = re.compile(r"\bIS\s+(?!NOT\b|NULL\b|TRUE\b|FALSE\b|DISTINCT\b)", re.IGNORECASE)
_ORDER_BY = re.compile(r"\bORDER\s+BY\s+", re.IGNORECASE)
_ORDER_END = re.compile(r"\b(LIMIT|OFFSET)\b", re.IGNORECASE)


def _outside_quotes(sql: str, fn: Any) -> str:
    """Apply ``fn`` to the parts of ``sql`` outside string literals and quoted identifiers."""
    out, pos = [], 0
    for m in _QUOTED.finditer(sql):
        out.append(fn(sql[pos:m.start()]))
        out.append(m.group())
        pos = m.end()
    out.append(fn(sql[pos:]))
    return "".join(out)


def _nulls(terms: str) -> str:
    out = []
    for term in _split_commas(terms):
        t = term.strip()
        if re.search(r"\bNULLS\s+(FIRST|LAST)\b", t, re.IGNORECASE):
            out.append(t)
        elif re.search(r"\bDESC$", t, re.IGNORECASE):
            out.append(f"{t} NULLS LAST")
        else:
            out.append(f"{t} NULLS FIRST")
    return ", ".join(out) + " "


def _split_commas(text: str) -> list[str]:
    parts, depth, buf = [], 0, ""
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            parts.append(buf)
            buf = ""
        else:
            buf += ch
    return [*parts, buf]


@lru_cache(maxsize=2048)
def translate(sql: str) -> tuple[str, str | None, str | None, tuple[str, ...]]:
    """SQLite-dialect DML -> (PostgreSQL SQL, 'IGNORE'/'REPLACE'/None, table, columns).

    The INSERT OR ... conflict clause is completed by the connection, which knows the keys."""
    mode = table = None
    cols: tuple[str, ...] = ()
    m = _INSERT_OR.match(sql)
    if m:
        mode, table = m.group(1).upper(), m.group(2)
        cols = tuple(c.strip().strip('"') for c in m.group(3).split(","))
        sql = f"INSERT INTO {table}({m.group(3)})" + sql[m.end():]

    sql = _GLOB.sub(lambda x: f"{x.group(1)} ~ '{_glob_regex(x.group(2))}'", sql)

    def part(s: str) -> str:
        s = s.replace("?", "%s")
        s = _NAMED.sub(r"%(\1)s", s)
        s = _IS_NOT.sub("IS DISTINCT FROM ", s)
        s = _IS.sub("IS NOT DISTINCT FROM ", s)
        s = _INDEXED.sub(" ", s)  # SQLite's planner hints; PostgreSQL's planner chooses
        return _MINMAX.sub(lambda x: f"{'LEAST' if x.group(1).lower() == 'min' else 'GREATEST'}"
                                     f"({x.group(2)}, {x.group(3)})", s)

    return _order_nulls(_outside_quotes(sql.replace("%", "%%"), part)), mode, table, cols


def _glob_regex(pattern: str) -> str:
    """A GLOB pattern (``*``, ``?``, ``[...]``) as an anchored POSIX regular expression."""
    out, i = ["^"], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "[":
            j = pattern.index("]", i + 1)
            out.append(pattern[i:j + 1])
            i = j + 1
            continue
        out.append(".*" if ch == "*" else "." if ch == "?" else re.escape(ch))
        i += 1
    return "".join(out) + "$"


def _order_nulls(sql: str) -> str:
    """Each ORDER BY term with SQLite's NULL order (first when ascending, last when descending)."""
    out, pos = [], 0
    for m in _ORDER_BY.finditer(sql):
        if m.start() < pos:
            continue
        depth, end = 0, m.end()
        while end < len(sql):
            ch = sql[end]
            depth += (ch == "(") - (ch == ")")
            if depth < 0 or (depth == 0 and _ORDER_END.match(sql, end) and sql[end - 1].isspace()):
                break
            end += 1
        out.append(sql[pos:m.end()] + _nulls(sql[m.end():end]).rstrip() + (" " if end < len(sql) else ""))
        pos = end
    out.append(sql[pos:])
    return "".join(out)


_TYPES = {"INTEGER": "BIGINT", "REAL": "DOUBLE PRECISION", "BLOB": "BYTEA", "TEXT": 'TEXT COLLATE "C"'}
_AUTOINCREMENT = re.compile(r"^INTEGER\s+PRIMARY\s+KEY\s+AUTOINCREMENT\b", re.IGNORECASE)
_STRFTIME = re.compile(r"strftime\('%Y-%m-%dT%H:%M:%SZ',\s*'now'\)", re.IGNORECASE)
_PG_NOW = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
_CREATE_TABLE = re.compile(r"^\s*CREATE\s+TABLE\s+(IF\s+NOT\s+EXISTS\s+)?(\w+)\s*\(", re.IGNORECASE)
_ADD_COLUMN = re.compile(r"^\s*ALTER\s+TABLE\s+\w+\s+ADD\s+COLUMN\s+", re.IGNORECASE)
_CONSTRAINTS = {"PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "CONSTRAINT"}


def _column(definition: str) -> str:
    """``name TYPE ...`` with the type in PostgreSQL's terms."""
    parts = definition.strip().split(None, 1)
    if len(parts) < 2 or parts[0].upper() in _CONSTRAINTS:
        return definition.strip()
    name, rest = parts
    if _AUTOINCREMENT.match(rest):
        return f"{name} BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY{rest[_AUTOINCREMENT.match(rest).end():]}"
    kind, _, tail = rest.partition(" ")
    return f"{name} {_TYPES.get(kind.upper(), kind)} {tail}".rstrip()


def ddl(statement: str) -> str:
    """One SQLite DDL statement in PostgreSQL's terms (see the module docstring)."""
    statement = _STRFTIME.sub(_PG_NOW, statement)
    add = _ADD_COLUMN.match(statement)
    if add:
        return statement[:add.end()] + _column(statement[add.end():].rstrip().rstrip(";"))
    m = _CREATE_TABLE.match(statement)
    if not m:
        return statement
    body = re.sub(r"--[^\n]*", "", statement[m.end():]).rstrip().rstrip(";").rstrip()
    if not body.endswith(")"):
        raise StoreError(f"cannot translate DDL: {statement[:80]}")
    columns = [_column(c) for c in _split_commas(body[:-1])]
    return statement[:m.end()] + ", ".join(["rowid BIGINT GENERATED ALWAYS AS IDENTITY", *columns]) + ")"


def migration_sql(sql: Any, kind: str) -> Any:
    """A migration's step for one backend: its own text when it has one per backend (a function
    of the connection is the same on both)."""
    if isinstance(sql, dict):
        if kind not in sql:
            raise StoreError(f"migration has no SQL for {kind}")
        return sql[kind]
    return sql


# --- PostgreSQL ----------------------------------------------------------------------------------

# Created in the store's schema before the migrations: the few SQLite functions the code uses.
PG_COMPAT = (
    """CREATE OR REPLACE FUNCTION json_extract(doc text, path text) RETURNS text LANGUAGE sql IMMUTABLE AS
       $$ SELECT doc::jsonb #>> string_to_array(substr(path, 3), '.') $$""",
    """CREATE OR REPLACE FUNCTION json_array_length(doc text, path text) RETURNS bigint LANGUAGE sql
       IMMUTABLE AS $$ SELECT CASE WHEN jsonb_typeof(doc::jsonb #> string_to_array(substr(path, 3), '.'))
       = 'array' THEN jsonb_array_length(doc::jsonb #> string_to_array(substr(path, 3), '.')) END $$""",
    """CREATE OR REPLACE VIEW sqlite_master AS SELECT 'table'::text AS type, table_name::text AS name
       FROM information_schema.tables WHERE table_schema = current_schema()""",
)


class Row(tuple):
    """A result row readable by position and by column name (as sqlite3.Row)."""

    _index: dict[str, int]

    def __new__(cls, values: Sequence[Any], index: dict[str, int]) -> Self:
        row = super().__new__(cls, values)
        row._index = index
        return row

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def _row_factory(cursor: Any) -> Any:
    names = [c.name for c in cursor.description or ()]
    index = {n: i for i, n in enumerate(names)}

    def make(values: Sequence[Any]) -> Row:
        return Row([bytes(v) if isinstance(v, memoryview) else v for v in values], index)
    return make


class _Result:
    """What ``execute`` returns: fetchone, fetchall and iteration, as a sqlite3 cursor."""

    def __init__(self, rows: list[Row]) -> None:
        self._rows = rows
        self._pos = 0

    def fetchone(self) -> Row | None:
        if self._pos >= len(self._rows):
            return None
        self._pos += 1
        return self._rows[self._pos - 1]

    def fetchall(self) -> list[Row]:
        rows, self._pos = self._rows[self._pos:], len(self._rows)
        return rows

    def __iter__(self) -> Iterator[Row]:
        while (row := self.fetchone()) is not None:
            yield row


class PgConnection:
    """psycopg 3 behind sqlite3's connection API, in autocommit mode with explicit transactions."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        try:
            self._conn = psycopg.connect(url, autocommit=True, row_factory=_row_factory)
        except psycopg.Error as e:
            raise StoreError(f"{_safe(url)}: cannot connect to PostgreSQL ({driver_reason(e)})") from e
        self.schema = self._conn.execute("SELECT current_schema()").fetchone()[0]
        if self.schema is None:  # else a schema appended below (public) would take the store
            path = self._conn.execute("SELECT current_setting('search_path')").fetchone()[0]
            self._conn.close()
            raise StoreError(f"{_safe(url)}: no schema on the search path ({path}) exists; create it first")
        _trgm_on_path(self._conn)
        self._keys: dict[str, tuple[str, ...]] = {}
        self.in_transaction = False

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> _Result:
        head = sql.lstrip()[:24].upper()
        if head.startswith("PRAGMA"):
            return self._pragma(sql)
        if head.startswith("BEGIN"):
            self._conn.execute("BEGIN")
            self.in_transaction = True
            self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            return _Result([])
        if head.startswith(("COMMIT", "ROLLBACK")):
            self.in_transaction = False
            self._conn.execute(head.split()[0])
            return _Result([])
        query = self._query(sql)
        if params is None:
            cur = self._conn.execute(query.replace("%%", "%"))
        else:
            cur = self._conn.execute(query, params if isinstance(params, dict) else tuple(params))
        return _Result(cur.fetchall() if cur.description else [])

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [tuple(r) for r in rows]
        if rows:
            with self._conn.cursor() as cur:
                cur.executemany(self._query(sql), rows)

    def executescript(self, sql: str) -> None:
        self._conn.execute(sql)

    def _query(self, sql: str) -> str:
        query, mode, table, cols = translate(sql)
        if mode == "IGNORE":
            return query.rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
        if mode == "REPLACE" and table:
            keys = self._primary_key(table)
            update = [c for c in cols if c not in keys]
            action = ("DO UPDATE SET " + ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in update)) if update \
                else "DO NOTHING"
            return query.rstrip().rstrip(";") + f" ON CONFLICT ({', '.join(chr(34) + k + chr(34) for k in keys)}) " \
                + action
        return query

    def _primary_key(self, table: str) -> tuple[str, ...]:
        if table not in self._keys:
            rows = self._conn.execute(
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = to_regclass(%s) AND i.indisprimary "
                "ORDER BY array_position(i.indkey, a.attnum)", (f'"{self.schema}"."{table}"',)).fetchall()
            if not rows:
                raise StoreError(f"INSERT OR REPLACE into {table}: the table has no primary key")
            self._keys[table] = tuple(r[0] for r in rows)
        return self._keys[table]

    def _pragma(self, sql: str) -> _Result:
        if "database_list" in sql:
            index = {"seq": 0, "name": 1, "file": 2}
            return _Result([Row((0, "main", f"{_safe(self.url)}#{self.schema}"), index)])
        return _Result([])  # SQLite tuning pragmas mean nothing here

    def close(self) -> None:
        self._conn.close()

    def raw(self) -> Any:
        """The psycopg connection, for PostgreSQL-only statements (extensions, search)."""
        return self._conn


def _safe(url: str) -> str:
    """The URL without a password, for messages."""
    return re.sub(r"://([^:@/]+):[^@/]*@", r"://\1:***@", url)


def pg_has_extension(conn: PgConnection, name: str) -> bool:
    row = conn.raw().execute("SELECT 1 FROM pg_available_extensions WHERE name = %s", (name,)).fetchone()
    return row is not None


def _trgm_on_path(raw: Any) -> None:
    """pg_trgm's operator class and functions are found through the search path: a URL whose search_path leaves out
    the schema the extension lives in ("?options=-csearch_path%3Dmine"; pg_trgm is in public) gets that schema
    appended, for this session. Before, the first migration failed with a traceback (operator class "gin_trgm_ops"
    does not exist)."""
    row = raw.execute("SELECT n.nspname, n.nspname = ANY(current_schemas(false)) FROM pg_extension e "
                      "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'").fetchone()
    if row is not None and not row[1]:
        raw.execute("SELECT set_config('search_path', concat_ws(', ', nullif(current_setting('search_path'), ''), "
                    "quote_ident(%s)), false)", (row[0],))


def pg_prepare(conn: PgConnection) -> None:
    """Extensions and compatibility functions, before the migrations (under the write lock)."""
    raw = conn.raw()
    if pg_has_extension(conn, "pg_trgm"):
        raw.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")  # one per database
        _trgm_on_path(raw)
    for statement in PG_COMPAT:
        raw.execute(statement)


def connect_pg(url: str, *, readonly: bool = False) -> PgConnection:
    conn = PgConnection(url)
    if readonly:
        row = conn.execute("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
                           "AND table_name = 'migrations'").fetchone()
        if row is None:
            conn.close()
            raise StoreError(f"{_safe(url)}: no bilat store in schema {conn.schema}; run `bilat ingest` first")
        conn.raw().execute("SET default_transaction_read_only = on")
    return conn
