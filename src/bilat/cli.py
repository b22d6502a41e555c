"""The `bilat` command: a thin shell over the library."""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import re
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from bilat.errors import BadInput, BilatError, EmptyArticle, StoreBroken, one_line

db_option = click.option("--db", "db", type=click.Path(dir_okay=False), default=None, envvar="BILAT_DB",
                         help="Store: a SQLite file (default ./bilat.db) or a postgresql://user@host/dbname URL; "
                              "or $BILAT_DB.")


def _reader(db: str | None) -> Any:
    """A read-only connection (``store.open_reader``: migrated first when this user may write the store)."""
    from bilat import store

    return store.open_reader(db)


def _fail(e: BilatError) -> None:
    raise click.ClickException(str(e)) from e


class ProgressBar:
    """Articles done across all files, with the rate and the time left; on a terminal only. A line
    printed meanwhile (an error, a warning) clears the bar first, so it stands on its own line."""

    def __init__(self, stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        self.start: tuple[float, int] | None = None  # (time, done) at the first call: models are loaded
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if self.start is None:
            self.start = (now, done)
        elapsed = max(now - self.start[0], 1e-6)
        rate = (done - self.start[1]) / elapsed
        left = (total - done) / rate if rate > 0 else None
        width = 30
        filled = int(width * done / max(total, 1))
        self.stream.write(f"\r\033[K[{'#' * filled}{'.' * (width - filled)}] {done}/{total} articles, "
                          f"{rate:.1f}/s, {_duration(left) if left is not None else '?'} left")
        self.stream.flush()
        self.shown = True

    def echo(self, line: str) -> None:
        self.stream.write(("\r\033[K" if self.shown else "") + line + "\n")
        self.stream.flush()
        self.shown = False

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}h{seconds // 60 % 60:02d}m" if seconds >= 3600 else f"{seconds // 60}m{seconds % 60:02d}s"


class StoreCommand(click.Command):
    """A command whose store fails part way (a damaged SQLite file: "database disk image is malformed", a
    PostgreSQL server gone) says so in one line naming the store, as a store that cannot be opened does
    (probe53: `bilat stats` and `bilat export` on a damaged file were a sqlite3.DatabaseError traceback)."""

    def invoke(self, ctx: click.Context) -> Any:
        from bilat.store.backends import db_errors, driver_reason

        try:
            return super().invoke(ctx)
        except db_errors() as e:
            raise click.ClickException(f"{_store_name(ctx.params.get('db'))}: cannot read the store "
                                       f"({one_line(driver_reason(e))})") from e
        except OSError as e:
            if e.errno not in _OUTPUT_ERRNOS:
                raise
            # probe55: `bilat export ... > /dev/full` (a full disk, a quota) was an OSError traceback
            target = ctx.params.get("output") or "standard output"
            _discard_stdout()
            raise click.ClickException(f"{one_line(str(target))}: cannot write ({e.strerror or e})") from e


# Errors writing the output that no retry mends: a full disk or quota, a file past its size limit, an I/O error
_OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


def _discard_stdout() -> None:
    """Point standard output at /dev/null, so what is still buffered for it is not written (and fails again,
    "Exception ignored ...") when the interpreter exits."""
    try:
        sys.stdout.flush()
    except OSError:
        pass
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no file descriptor (a test runner's buffer)
        pass


def _store_name(db: str | None) -> str:
    """The store as a message names it: its path, or its URL without the password."""
    from bilat import store
    from bilat.store.backends import _safe

    return _safe(str(store.db_path(db)))


class Main(click.Group):
    command_class = StoreCommand


@click.group(cls=Main)
@click.version_option(package_name="bilat")
def main() -> None:
    """bilat: multilingual news to a record of how countries relate."""


@main.command()
@db_option
@click.option("--no-stories", is_flag=True, help="Skip story linking (no embeddings).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Analyse on a local Dask cluster of N worker processes.")
@click.option("--cluster", default=None, metavar="ADDRESS",
              help="Analyse on an existing Dask cluster (its scheduler, e.g. tcp://host:8786).")
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))
def ingest(db: str | None, no_stories: bool, workers: int | None, cluster: str | None, paths: tuple[str, ...]) -> None:
    """Ingest text, HTML and JSONL files or directories (recursively) into the store.

    With --workers or --cluster the analysis runs on Dask workers and this process commits the
    results in input order (the store equals a single-process ingest); see docs/scale.md."""
    def run(ingestor: Any, bar: Any) -> Any:
        return ingestor.run(paths, progress=bar)

    if workers is None and cluster is None:
        _run_ingest(db, run, stories=not no_stories)
        return
    if workers is not None and cluster is not None:
        raise click.UsageError("give --workers (a local cluster) or --cluster (an existing one), not both")
    from bilat import engine

    try:
        client = engine.connect(workers, cluster)
    except BilatError as e:
        _fail(e)
    try:
        _run_ingest(db, run, stories=not no_stories, cluster=client)
    finally:
        engine.close(client)


@main.command()
@db_option
@click.option("--no-stories", is_flag=True, help="Skip story linking (no embeddings).")
@click.argument("ids", nargs=-1)
def reanalyze(db: str | None, no_stories: bool, ids: tuple[str, ...]) -> None:
    """Analyse again the documents stored with an analysis error (or the documents IDS)."""
    # robust57: a mistyped --db created an empty store and said "0 ingested"; a store to reanalyse must exist
    _run_ingest(db, lambda ingestor, bar: ingestor.reanalyze(ids or None), stories=not no_stories, create=False)


def _run_ingest(db: str | None, work: Callable[[Any, Any], Any], *, stories: bool, cluster: Any = None,
                create: bool = True) -> None:
    from bilat import store
    from bilat.ingest import Ingestor

    try:
        conn = store.connect(db, create=create)
    except BilatError as e:
        _fail(e)
    bar = ProgressBar() if sys.stderr.isatty() else None
    echo = bar.echo if bar else (lambda m: click.echo(m, err=True))
    if cluster is not None:
        from bilat.engine import ClusterIngestor

        ingestor = ClusterIngestor(conn, cluster, stories=stories, error=echo, warn=lambda m: echo(f"warning: {m}"))
    else:
        ingestor = Ingestor(conn, stories=stories, error=echo, warn=lambda m: echo(f"warning: {m}"))
    try:
        summary = work(ingestor, bar)
    except KeyboardInterrupt:
        click.echo(f"\ninterrupted: {ingestor.summary.line()} (everything committed so far is kept)", err=True)
        sys.exit(130)
    except StoreBroken as e:  # the store's fault: one line, not one per article left, and the batch stops
        click.echo(f"stopped: {ingestor.summary.line()} (everything committed before is kept)", err=True)
        raise click.ClickException(f"{_store_name(db)}: {e}") from e
    finally:
        if bar:
            bar.close()
        conn.close()
    click.echo(summary.line())
    if summary.failed:
        sys.exit(1)


EXPORT_KINDS = ("documents", "entities", "mentions", "events", "stories", "conflicts", "dyads", "network")


@main.command()
@click.argument("kind", type=click.Choice(EXPORT_KINDS))
@db_option
@click.option("--format", "fmt", default=None,
              help="jsonl (default), csv, json; for `events` also plover (strict PLOVER records, JSON lines); "
                   "for `network`: graphml (default) or gexf.")
@click.option("--all", "all_events", is_flag=True, help="events: include those below the confidence threshold.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Write to a file.")
@click.option("--csv-raw", is_flag=True,
              help="csv: write text cells as they are. By default a text cell that begins with =, +, -, @, a tab "
                   "or a carriage return, after any blanks or invisible characters (a title, a sentence), gets a ' before it, so a spreadsheet shows it and "
                   "does not run it as a formula; numbers are never changed. For programs that read the CSV; "
                   "the other formats are always written as they are.")
def export(kind: str, db: str | None, fmt: str | None, all_events: bool, output: str | None, csv_raw: bool) -> None:
    """Print the store's records of KIND, one JSON object per line (--format: CSV or one JSON array).

    In CSV, text that a spreadsheet would run as a formula is prefixed with ' (see --csv-raw)."""
    from bilat import export as ex

    # the format is checked before the output is opened: a wrong --format must not empty an existing -o FILE
    if kind == "network":
        fmt = fmt or "graphml"
        if fmt not in ("graphml", "gexf"):
            raise click.BadParameter("network exports as graphml or gexf", param_hint="--format")
    elif fmt == "plover" and kind != "events":
        raise click.BadParameter("plover is a format of `events` only", param_hint="--format")
    elif fmt != "plover":
        fmt = fmt or "jsonl"
        if fmt not in ex.FORMATS:
            extra = ", plover" if kind == "events" else ""
            raise click.BadParameter(f"use one of {', '.join(ex.FORMATS)}{extra}", param_hint="--format")
    try:
        conn = _reader(db)
    except BilatError as e:
        _fail(e)
    try:
        out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115 - stdout or a file, closed in finally
    except OSError as e:
        conn.close()
        raise click.ClickException(f"{output}: cannot write ({e.strerror})") from e
    try:
        if kind == "network":
            from bilat.corpus import graph

            (graph.write_graphml if fmt == "graphml" else graph.write_gexf)(conn, out)
        elif fmt == "plover":
            from collections import Counter

            from bilat import export_plover

            left_out: Counter[str] = Counter()
            ex.write(export_plover.plover_events(conn, all_events=all_events, left_out=left_out), out, "jsonl")
            line = export_plover.left_out_line(left_out)
            if line:
                click.echo(line, err=True)
        else:
            ex.write(ex.KINDS[kind](conn, all_events=all_events), out, fmt, empty=ex.empty_columns(kind),
                     csv_raw=csv_raw)
    except BilatError as e:
        _fail(e)
    finally:
        if output:
            out.close()
        conn.close()


def _published_option(value: str | None) -> str | None:
    """``--published`` as stored (``metadata.iso_published``); a value that is no date is a usage
    error, not silently dropped (the dates stage would then resolve nothing against it)."""
    from bilat.stages.metadata import iso_published

    if value is None or not value.strip():
        return None
    try:
        return iso_published(value.strip())
    except ValueError as e:
        raise click.BadParameter(f"{value!r}: {e}") from e


@main.command()
@click.argument("file", default="-", type=click.Path(allow_dash=True, readable=False))
@click.option("--jsonl", is_flag=True,
              help="Input is JSONL: one {id, text, published?, lang?} per line; a line that cannot be analysed "
                   "gives {id, source, error} and the next line is read.")
@click.option("--published", default=None, callback=lambda ctx, param, value: _published_option(value),
              help="Published date (ISO) for a single text.")
@click.option("--all", "all_events", is_flag=True, help="Include events below the confidence threshold.")
def analyze(file: str, jsonl: bool, published: str | None, all_events: bool) -> None:
    """Run the pipeline on one text (or JSONL lines) and print JSON; stores nothing."""
    from bilat.export import analysis_row
    from bilat.pipeline import Pipeline, document_from_raw
    from bilat.records import RawArticle

    name = "<stdin>" if file == "-" else file
    pipeline = Pipeline()
    threshold = -1.0 if all_events else None

    def emit(raw: RawArticle) -> None:
        doc = pipeline(document_from_raw(raw))
        click.echo(json.dumps(analysis_row(doc, threshold=threshold), ensure_ascii=False))

    failed = _analyze_jsonl(emit, file, name) if jsonl else _analyze_file(emit, file, name, published)
    if failed:
        sys.exit(1)


def _analyze_file(emit: Callable[[Any], None], file: str, name: str, published: str | None) -> int:
    """A file (or stdin) read by ingest's own reader (``ingest.read_file``): a text, a page, a gzip, a JSON
    or JSONL file; each article it holds is one answer, each thing wrong one ``error: FILE: reason`` line
    on stderr, word for word as ingest says it; the number that failed."""
    from bilat.ingest import read_guarded, read_stream

    items = read_stream(name, sys.stdin.buffer, _warn) if file == "-" else read_guarded(Path(file), _warn)
    failed = 0
    for item in items:
        if isinstance(item, EmptyArticle):  # a feed record with a blank text: skipped, as at ingest
            _warn(str(item))
        elif isinstance(item, BadInput):
            _error(item.source, item.reason)
            failed += 1
        elif not _analyze_raw(emit, dataclasses.replace(item, published=published or item.published)):
            failed += 1
    return failed


def _analyze_jsonl(emit: Callable[[Any], None], file: str, name: str) -> int:
    """``--jsonl``: every line of the file (or stdin, or a ``.gz`` read through gzip); the number that failed."""
    from bilat.ingest import gzip_stream, regular_file

    try:
        if file == "-":
            stream = sys.stdin.buffer
        else:
            regular_file(Path(file))  # robust56: a FIFO or /dev/zero ran for ever; refused as ingest refuses them
            if file.lower().endswith(".gz"):  # a gzipped feed, read through gzip (streamed)
                import gzip

                stream = gzip.open(file, "rb")  # noqa: SIM115 - closed in finally
            else:
                stream = open(file, "rb")  # noqa: SIM115 - closed in finally
    except OSError as e:  # missing, not readable: one line, as ingest says it
        _error(name, f"cannot read ({e.strerror or e})", row=True)
        return 1
    except BadInput as e:  # a folder, a pipe, a socket or a device
        _error(name, e.reason, row=True)
        return 1
    try:  # gzip bytes under another name or on stdin (`cat feed.jsonl.gz | bilat analyze --jsonl`), as ingest
        return _analyze_lines(emit, gzip_stream(stream, name, _warn), name)
    finally:
        if file != "-":
            stream.close()


def _error(source: str, reason: str, doc_id: str | None = None, *, row: bool = False) -> None:
    """One failure: ``error: SOURCE: reason`` on stderr, as ingest says it; with ``row``, first an error
    object ``{id, source, error}`` in the output, where the answers to the other articles stand."""
    if row:
        click.echo(json.dumps({"id": doc_id, "source": source, "error": reason}, ensure_ascii=False))
    click.echo(f"error: {BadInput(source, reason)}", err=True)


def _analyze_lines(emit: Callable[[Any], None], stream: Any, name: str) -> int:
    """Every line of a JSONL stream (UTF-8, or UTF-16/32 with or without a BOM, as ingest reads it);
    the number of lines that failed. An over-long line, or a binary stream, is one error object."""
    from bilat.ingest import jsonl_lines, jsonl_records, line_too_large

    def note(n: int, message: str) -> None:
        _warn(f"{name}#{n}: {message}")

    failed = 0
    try:
        for record in jsonl_records(name, jsonl_lines(stream, note), _warn):  # the records ingest reads
            if isinstance(record, BadInput):  # an empty stream
                _error(name, record.reason, row=True)
                failed += 1
                continue
            source, line, size = record
            if line is None:
                _error(source, line_too_large(size), row=True)
                failed += 1
            elif not _analyze_line(emit, line, source):
                failed += 1
    except BadInput as e:  # a binary stream: nothing in it is read
        _error(name, e.reason, row=True)
        failed += 1
    except (EOFError, OSError, zlib.error) as e:  # a gzipped stream cut off or damaged: the lines before it stay
        from bilat.ingest import gzip_error

        reason = gzip_error(e)
        if reason is None:
            raise
        _error(name, reason, row=True)
        failed += 1
    return failed


def _analyze_line(emit: Callable[[Any], None], line: bytes | str, source: str) -> bool:
    """One JSONL line of ``bilat analyze --jsonl``: its analysis, or an error object for its id (and one
    line on stderr); the lines after it are read either way."""
    from bilat.ingest import note_cut, parse_jsonl_line

    try:
        raw = parse_jsonl_line(line, source, _warn)
        note_cut(raw, _warn)
    except BadInput as e:  # its reason only: the source is given once, below
        _error(source, e.reason, _line_id(line), row=True)
        return False
    except BilatError as e:
        _error(source, str(e), _line_id(line), row=True)
        return False
    except Exception as e:  # noqa: BLE001 - a bug in the reader must not end the batch; it is reported
        _error(source, f"analysis failed: {type(e).__name__}: {e}", _line_id(line), row=True)
        return False
    return _analyze_raw(emit, raw, source)


def _analyze_raw(emit: Callable[[Any], None], raw: Any, source: str | None = None) -> bool:
    """The analysis of one article, or an error object for it (and one line on stderr)."""
    try:
        emit(raw)
        return True
    except BilatError as e:
        reason = str(e)
    except Exception as e:  # noqa: BLE001 - a bug in one stage must not end the batch; it is reported
        reason = f"analysis failed: {type(e).__name__}: {e}"
    _error(source or raw.source, reason, raw.id, row=True)
    return False


def _line_id(line: bytes | str) -> str | None:
    """The ``id`` of a line that could not be read as an article, when it can be had at all, by ingest's rule
    (``ingest.line_id``: an over-long id, or an object or list, is no id)."""
    from bilat.ingest import line_id

    try:
        obj = json.loads(line)
    except (ValueError, RecursionError):
        obj = _leading_id(line)  # probe52: a line cut off or broken after its id still names its article
    return line_id(obj, "") if isinstance(obj, dict) else None


_LEADING_ID = re.compile(r'\ufeff?\s*\{\s*"id"\s*:\s*')


def _leading_id(line: bytes | str) -> dict[str, Any] | None:
    """``{"id": ...}`` when the id is the first key of a line that is no JSON as a whole (cut off, broken
    later on): only the id's own value is decoded; None otherwise."""
    head = line[:1024].decode("utf-8", "replace") if isinstance(line, bytes) else line[:1024]
    found = _LEADING_ID.match(head)
    if not found:
        return None
    try:
        value, _ = json.JSONDecoder().raw_decode(head, found.end())
    except ValueError:
        return None
    return {"id": value}


def _warn(msg: str) -> None:
    # escaped as ingest escapes its lines: a file name or a feed's field cannot forge or reorder a line
    click.echo(f"warning: {one_line(msg)}", err=True)


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats(db: str | None, as_json: bool) -> None:
    """Counts per language and kind."""
    from bilat import store

    try:
        conn = _reader(db)
    except BilatError as e:
        _fail(e)
    data = store.counts(conn)
    conn.close()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    click.echo(f"documents: {data['documents']}")
    click.echo(f"stories: {data['story_count']}")
    click.echo(f"conflicts between sources: {data['conflict_count']}")
    for title, key in (("by language", "by_lang"), ("mentions by kind", "mentions_by_kind"),
                       ("events by type", "events_by_type")):
        click.echo(f"{title}:")
        for k, v in data[key].items():
            click.echo(f"  {k:<24} {v}")
    click.echo(f"learned entities: {data['learned_entities']}")
    if data["analysis_errors"]:
        click.echo(f"stored with analysis errors: {data['analysis_errors']} (`bilat reanalyze` analyses them again)")


@main.command()
@click.argument("a")
@click.argument("b")
@db_option
def dyad(a: str, b: str, db: str | None) -> None:
    """A country pair's relations as text, with a sparkline timeline (e.g. `bilat dyad VNM BLR`; English
    names work too: `bilat dyad Vietnam Belarus`)."""
    from bilat.corpus import dyads

    codes = [_country_code(value, name) for value, name in ((a, "A"), (b, "B"))]
    try:
        conn = _reader(db)
    except BilatError as e:
        _fail(e)
    for code, name in zip(codes, ("A", "B"), strict=True):
        if not dyads.known_code(conn, code):  # as the web's 404: XXX is no country with 0 events
            conn.close()
            raise click.BadParameter(f"{code!r} is no country's code (neither the gazetteer's nor an actor's "
                                     "in the store)", param_hint=name)
    click.echo(dyads.dyad_summary(conn, *codes))
    conn.close()


def _country_code(value: str, param: str) -> str:
    """A dyad argument as an ISO3 code (``dyads.country_code``: a code, or a country's English name);
    anything else is a usage error (``bilat dyad Vietnam Belarus`` said "VIETNAM (VIETNAM) ... no events"
    as if the pair had none)."""
    from bilat.corpus.dyads import country_code

    code = country_code(value)
    if code is None:
        raise click.BadParameter(f"{value!r} is neither a three-letter country code (VNM) nor a country's "
                                 "English name", param_hint=param)
    return code


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. The UI has no authentication: any non-loopback address prints a warning.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535))
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the web UI and JSON API over the store (read-only)."""
    from bilat.web.app import serve as run_server

    try:
        run_server(db=db, host=host, port=port)
    except BilatError as e:
        _fail(e)


def run(argv: list[str] | None = None) -> Any:
    return main.main(args=argv, standalone_mode=False)


if __name__ == "__main__":
    main()
