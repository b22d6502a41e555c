"""The analyst's desk: server-rendered pages and the same data as a JSON API.

Read-only: the store is opened with ``mode=ro``. Every piece of article text reaches the page
through Jinja2 with autoescape on. No asset comes from outside: CSS and the few lines of JS
are served from ``static/``.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
import time
import traceback
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from bilat import store
from bilat.errors import StoreError, one_line
from bilat.store import backends
from bilat.web import charts, downloads, lists, models, security, views
from bilat.web.lists import Filters

HERE = Path(__file__).parent
# swagger-ui-bundle.js and swagger-ui.css, shipped by the fastapi-offline package (MIT; Swagger UI
# itself is Apache-2.0); found without importing it
SWAGGER_UI = Path(importlib.util.find_spec("fastapi_offline").submodule_search_locations[0]) / "static"

# Bounds on every parameter (docs/web.md "Limits"): anything outside is a 400, never a 500.
MAX_QUERY = 500  # characters of a search query
MAX_ID = 512  # characters of a document, story or entity id
MAX_OFFSET = 1_000_000_000
MAX_PARAM = 1000  # characters of any other query parameter (filters): longer is a 400 before routing

# Parameter declarations are built per use: FastAPI records the parameter's name in them.
def _offset() -> Any:
    return Query(0, ge=0, le=MAX_OFFSET, description="rows to skip")


def _limit() -> Any:
    return Query(50, ge=1, le=500, description="rows per page")


def _country() -> Any:
    return PathParam(..., min_length=1, max_length=16, description="ISO 3166-1 alpha-3 code")


SearchMode = Literal["hybrid", "keyword", "semantic"]
SEARCH_PAGE = 20  # hits per search page


# Filters as the schema states them (bilat.web.lists checks the same): empty means no filter.
def _period() -> Any:
    return Query(None, pattern=r"^\s*(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?\s*$",
                 description="YYYY, YYYY-MM or YYYY-MM-DD")


def _iso3() -> Any:
    return Query(None, pattern=r"^\s*([A-Za-z]{3})?\s*$", description="ISO3 country code")


def _word() -> Any:
    return Query(None, pattern=r"^\s*([\w.:\-]{1,80})?\s*$")


EventFormat = Literal["csv", "json", "plover", "graphml"]  # downloads.EVENT_FORMATS
TableFormat = Literal["csv", "json"]  # downloads.TABLE_FORMATS


def _id(name: str) -> Any:
    return PathParam(..., min_length=1, max_length=MAX_ID, description=f"{name} id (may contain '/')")


def error_body(status: int, message: str) -> dict[str, Any]:
    """The one error shape of the API."""
    return {"error": {"status": status, "message": message}}


def _templates() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      finalize=security.strip_bidi)
    env.globals["direction"] = views.direction
    env.globals["country_name"] = views.country_name
    env.globals["human_date"] = views.human_date
    # `{% set link = doc.url | safe_url %}{% if link %}<a href="{{ link }}">`: http(s) only
    env.filters["safe_url"] = security.safe_url
    # `/doc/{{ id | urlid }}`: ids keep their '/', lose nothing to '?', '#' or '%'
    env.filters["urlid"] = lambda v: quote(str(v), safe="/:@!$&'()*+,;=~")
    return env


# What a parameter that does not match its pattern should look like, in words (not the regex)
PATTERN_HINTS = {"start": "a year, month or day: 2025, 2025-05 or 2025-05-12",
                 "end": "a year, month or day: 2025, 2025-05 or 2025-05-12",
                 "country": "a three-letter country code such as USA", "a": "a three-letter country code such as USA",
                 "b": "a three-letter country code such as USA",
                 "direction": "two country codes joined by >, such as USA>PRK",
                 "mform": f"one of {', '.join(lists.MENTION_FORMS)}"}


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for e in exc.errors():
        loc = ".".join(str(x) for x in e["loc"] if x not in ("query", "path"))
        name = str(e["loc"][-1]) if e["loc"] else ""
        if e.get("type") == "string_pattern_mismatch" and name in PATTERN_HINTS:
            msg = f"use {PATTERN_HINTS[name]} (got {str(e.get('input'))[:40]!r})"
        else:
            msg = e["msg"]
        parts.append(f"{loc}: {msg}" if loc else msg)
    return "; ".join(parts)


def install_error_handlers(app: FastAPI, env: Environment, store_name: str = "the store") -> None:
    """Every error answers in the format of its route: the JSON error shape under /api/, an HTML
    page everywhere else. Bad parameters are 400, unknown ids 404, a store that cannot be read (damaged,
    deleted, a server gone) 500 with its reason, and one line naming it on the server's stderr."""

    def respond(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Any:
        if request.url.path.startswith("/api/"):
            return JSONResponse(error_body(status, message), status_code=status, headers=headers)
        html = env.get_template("error.html").render(status=status, message=message, data=None)
        return HTMLResponse(html, status_code=status, headers=headers)

    @app.middleware("http")
    async def bounded_parameters(request: Request, call_next: Any) -> Any:
        # No id or filter holds a NUL character (ingest removes them), and PostgreSQL refuses one in any string
        # (a 500 on /api/documents/%00 with a PostgreSQL store; SQLite found nothing): a NUL is a 404 in the
        # path, a 400 in a parameter, on either store
        if "\x00" in request.url.path:
            return respond(request, 404, "not found (the path holds a NUL character)")
        for name, value in request.query_params.multi_items():
            if len(value) > MAX_PARAM:
                return respond(request, 400, f"{name}: longer than {MAX_PARAM} characters")
            if "\x00" in value:
                return respond(request, 400, f"{name}: holds a NUL character")
        return await call_next(request)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        return respond(request, exc.status_code, str(exc.detail), exc.headers)

    @app.exception_handler(views.NotFound)
    async def not_found(request: Request, exc: views.NotFound) -> Any:
        return respond(request, 404, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Any:
        return respond(request, 400, _validation_message(exc))

    @app.exception_handler(ValueError)
    async def value_error(request: Request, exc: ValueError) -> Any:
        return respond(request, 400, str(exc))

    async def store_error(request: Request, exc: Exception) -> Any:
        # a damaged store answered every page with a bare "Internal Server Error" and a traceback per request
        reason = one_line(str(exc) if isinstance(exc, StoreError) else backends.driver_reason(exc))[:300]
        if not (isinstance(exc, StoreError) or backends.store_broken(exc)):  # a bug in a query: its traceback
            traceback.print_exception(exc)
        print(f"bilat: {one_line(store_name)}: cannot read the store ({reason}) on {request.method} "
              f"{one_line(request.url.path)}", file=sys.stderr, flush=True)
        return respond(request, 500, f"the store cannot be read ({reason})")

    for error in (StoreError, *backends.db_errors()):
        app.exception_handler(error)(store_error)


def create_app(db: str | None = None) -> FastAPI:
    path = store.db_path(db)
    # Create (or migrate) the store once, so a fresh install serves an empty desk; after this,
    # every request opens it read-only. A store this user cannot write is served as it is.
    conn = store.connect(path) if store.writable(path) else store.open_reader(path)
    try:
        pending = store.pending_migrations(conn)
        if pending:  # probe55: `bilat serve` said only "cannot read the store (no such table: event_list)"
            raise StoreError(f"{backends._safe(str(path))}: written by an older bilat ({len(pending)} schema "
                             f"step(s) not applied, from {pending[0]}) and this user may not write it to bring it "
                             f"up to date; run `bilat stats --db {backends._safe(str(path))}` once as a user who "
                             "may write it and its folder, then serve it")
        views.warm(conn)  # the overview's counts and the unfiltered facets, once per store version and process
    finally:
        conn.close()
    # FastAPI's own /docs and /redoc load their JS from a CDN: ours (below) serves it from the package.
    app = FastAPI(title="bilat", version="0.1.0", description="News to a record of how countries relate.",
                  docs_url=None, redoc_url=None)
    env = _templates()
    # Swagger UI's own files (5.x, reads OpenAPI 3.1) from the fastapi-offline package: /docs works offline
    app.mount("/static/swagger-ui", StaticFiles(directory=SWAGGER_UI), name="swagger-ui")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    install_error_handlers(app, env, backends._safe(str(path)))
    app.middleware("http")(security.add_headers)  # added last: outermost, so on every response

    def get_conn() -> Iterator[sqlite3.Connection]:
        conn = store.connect(path, readonly=True)
        try:
            yield conn
        finally:
            conn.close()

    def event_filters(start: str | None = _period(), end: str | None = _period(), lang: str | None = _word(),
                      country: str | None = _iso3(), event: str | None = _word(), outlet: str | None = _word(),
                      direction: str | None = Query(None, pattern=r"^\s*([A-Z]{3}>[A-Z]{3})?\s*$"),
                      negated: bool = False, sort: Literal["date", "published"] = "date") -> Filters:
        return lists.filters(start=start, end=end, lang=lang, country=country, event=event, outlet=outlet,
                             direction=direction, negated=negated, sort=sort, kind="events")

    def story_filters(start: str | None = _period(), end: str | None = _period(), lang: str | None = _word(),
                      country: str | None = _iso3(), event: str | None = _word(), outlet: str | None = _word(),
                      sort: Literal["date", "size", "updated"] = "date") -> Filters:
        return lists.filters(start=start, end=end, lang=lang, country=country, event=event, outlet=outlet,
                             sort=sort, kind="stories")

    def search_filters(start: str | None = _period(), end: str | None = _period(), lang: str | None = _word(),
                       country: str | None = _iso3(), event: str | None = _word(),
                       outlet: str | None = _word()) -> Filters:
        return lists.filters(start=start, end=end, lang=lang, country=country, event=event, outlet=outlet)

    def mention_filters(mlang: str | None = _word(),
                        mform: str | None = Query(None, pattern=rf"^\s*({'|'.join(lists.MENTION_FORMS)})?\s*$",
                                                  description="the form of the name (empty: any)")
                        ) -> lists.MentionFilters:
        return lists.mention_filters(mlang, mform)

    def download(rows: Any, fmt: str, kind: str, stem: str) -> Response:
        left_out: Counter[str] = Counter()
        body, media = downloads.render(rows, fmt, kind=kind, left_out=left_out)
        headers = {"Content-Disposition": f'attachment; filename="{downloads.filename(stem, fmt)}"'}
        if fmt == "plover":
            headers.update(downloads.left_out_headers(left_out))
        return Response(body, media_type=media, headers=headers)

    def page(name: str, request: Request, **ctx: Any) -> HTMLResponse:
        t0 = time.perf_counter()
        html = env.get_template(name).render(request=request, **ctx)
        resp = HTMLResponse(html)
        resp.headers["Server-Timing"] = f"render;dur={(time.perf_counter() - t0) * 1000:.1f}"
        return resp

    # --- JSON API ---------------------------------------------------------------------------------

    @app.get("/api/overview", response_model=models.Overview, responses=models.ERROR_RESPONSES, tags=["api"])
    def api_overview(conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
        return views.overview(conn)

    @app.get("/api/stories", response_model=models.StoriesPage, responses=models.ERROR_RESPONSES, tags=["api"])
    def api_stories(limit: int = _limit(), offset: int = _offset(), f: Filters = Depends(story_filters),
                    conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
        return views.stories_page(conn, f, limit=limit, offset=offset, with_facets=True)

    @app.get("/api/events", response_model=models.EventsPage, responses=models.ERROR_RESPONSES, tags=["api"])
    def api_events(limit: int = _limit(), offset: int = _offset(), f: Filters = Depends(event_filters),
                   conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
        return views.events_page(conn, f, limit=limit, offset=offset)

    @app.get("/api/stories/{story_id:path}", response_model=models.StoryOut, responses=models.ERROR_RESPONSES, tags=["api"])
    def api_story(story_id: str = _id("story"), offset: int = _offset(),
                  conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
        return views.story(conn, story_id, offset=offset)

    @app.get("/api/documents/{doc_id:path}", response_model=models.DocumentOut, responses=models.ERROR_RESPONSES, tags=["api"])
    def api_document(doc_id: str = _id("document"),
                     conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
        return views.document(conn, doc_id)

    @app.get("/api/entities/{entity_id:path}", response_model=models.EntityOut, responses=models.ERROR_RESPONSES, tags=["api"])
    def api_entity(entity_id: str = _id("entity"), offset: int = _offset(), moffset: int = _offset(),
                   f: Filters = Depends(event_filters), mf: lists.MentionFilters = Depends(mention_filters),
                   conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
        data = views.entity(conn, entity_id, f, offset=offset, mention_offset=moffset, mf=mf)
        data.pop("map", None)
        return data

    @app.get("/api/dyads/{a}/{b}", response_model=models.DyadOut, responses=models.ERROR_RESPONSES, tags=["api"])
    def api_dyad(a: str = _country(), b: str = _country(), offset: int = _offset(),
                 f: Filters = Depends(event_filters),
                 conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
        return views.dyad(conn, a, b, f, offset=offset)

    @app.get("/api/conflicts", response_model=models.ConflictsPage, responses=models.ERROR_RESPONSES, tags=["api"])
    def api_conflicts(limit: int = _limit(), offset: int = _offset(),
                      conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
        return {"conflicts": views.conflicts(conn, limit=limit, offset=offset), "limit": limit, "offset": offset}

    @app.get("/api/search", response_model=models.SearchResults, responses=models.ERROR_RESPONSES, tags=["api"])
    def api_search(q: str = Query(..., min_length=1, max_length=MAX_QUERY), mode: SearchMode = "hybrid",
                   limit: int = Query(20, ge=1, le=100, description="hits per page"), offset: int = _offset(),
                   f: Filters = Depends(search_filters),
                   conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
        return views.search(conn, q, mode, limit=limit, offset=offset, f=f)

    # --- pages ------------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, responses=models.PAGE_ERRORS, tags=["pages"])
    def overview_page(request: Request, conn: sqlite3.Connection = Depends(get_conn)) -> HTMLResponse:
        return page("overview.html", request, data=views.overview(conn))

    @app.get("/stories", response_class=HTMLResponse, responses=models.DOWNLOAD_PAGES, tags=["pages"])
    def stories_page(request: Request, offset: int = _offset(), f: Filters = Depends(story_filters),
                     format: TableFormat | None = None, conn: sqlite3.Connection = Depends(get_conn)) -> Response:
        if format:
            return download(lists.iter_stories(conn, f), format, "stories", "stories")
        data = views.stories_page(conn, f, offset=offset, with_facets=True)
        return page("stories.html", request, data=data, f=f, facets=data["facets"])

    @app.get("/events", response_class=HTMLResponse, responses=models.DOWNLOAD_PAGES, tags=["pages"])
    def events_page(request: Request, offset: int = _offset(), f: Filters = Depends(event_filters),
                    format: EventFormat | None = None, conn: sqlite3.Connection = Depends(get_conn)) -> Response:
        if format:
            return download(lists.iter_events(conn, f), format, "events", "events")
        return page("events.html", request, data=views.events_page(conn, f, offset=offset), f=f)

    @app.get("/story/{story_id:path}", response_class=HTMLResponse, responses=models.DOWNLOAD_PAGES, tags=["pages"])
    def story_page(request: Request, story_id: str = _id("story"), offset: int = _offset(),
                   format: EventFormat | None = None, conn: sqlite3.Connection = Depends(get_conn)) -> Response:
        data = views.story(conn, story_id, offset=offset)
        if format:
            rows = [{**fact, "sources": len(fact["sources"])} for fact in data["facts"]]
            return download(rows, format, "events", f"story-{story_id}")
        return page("story.html", request, data=data, chart=charts.story_svg(data["facts"]))

    @app.get("/doc/{doc_id:path}", response_class=HTMLResponse, responses=models.PAGE_ERRORS, tags=["pages"])
    def document_page(request: Request, doc_id: str = _id("document"),
                      conn: sqlite3.Connection = Depends(get_conn)) -> HTMLResponse:
        data = views.document(conn, doc_id)
        return page("document.html", request, doc=data, segments=views.segments(data))

    @app.get("/entity/{entity_id:path}", response_class=HTMLResponse, responses=models.DOWNLOAD_PAGES, tags=["pages"])
    def entity_page(request: Request, entity_id: str = _id("entity"), offset: int = _offset(),
                    moffset: int = _offset(), colour: Literal["score", "events"] = "score",
                    f: Filters = Depends(event_filters), mf: lists.MentionFilters = Depends(mention_filters),
                    format: EventFormat | None = None,
                    rows: Literal["events", "mentions"] = Query("events", alias="list",
                                                                description="what a download holds"),
                    conn: sqlite3.Connection = Depends(get_conn)) -> Response:
        if format and rows == "mentions":
            if format not in downloads.TABLE_FORMATS:
                raise ValueError(f"format: use one of {', '.join(downloads.TABLE_FORMATS)} for mentions")
            views.entity_exists(conn, entity_id)
            return download(lists.iter_mentions(conn, entity_id, mf), format, "mentions", f"mentions-{entity_id}")
        data = views.entity(conn, entity_id, f, offset=offset, mention_offset=moffset, colour_by=colour, mf=mf)
        if format:
            iso3 = data["entity"].get("iso3") if data["entity"].get("kind") == "country" else None
            return download(lists.iter_events(conn, f, **lists.entity_scope(entity_id, iso3)), format,
                            "events", f"entity-{entity_id}")
        return page("entity.html", request, data=data, f=f, mf=mf)

    @app.get("/dyad/{a}/{b}", response_class=HTMLResponse, responses=models.DOWNLOAD_PAGES, tags=["pages"])
    def dyad_page(request: Request, a: str = _country(), b: str = _country(), offset: int = _offset(),
                  f: Filters = Depends(event_filters), format: EventFormat | None = None,
                  conn: sqlite3.Connection = Depends(get_conn)) -> Response:
        if format:
            return download(views.dyad_event_rows(conn, a, b, f), format, "events", f"dyad-{a}-{b}")
        data = views.dyad(conn, a, b, f, offset=offset)
        return page("dyad.html", request, data=data, f=f, chart=charts.timeline_svg(data),
                    score_chart=charts.score_svg(data))

    @app.get("/conflicts", response_class=HTMLResponse, responses=models.DOWNLOAD_PAGES, tags=["pages"])
    def conflicts_page(request: Request, offset: int = _offset(), format: TableFormat | None = None,
                       conn: sqlite3.Connection = Depends(get_conn)) -> Response:
        if format:
            from bilat.corpus.conflicts import export_conflicts
            return download(export_conflicts(conn), format, "conflicts", "conflicts")
        return page("conflicts.html", request, data=views.conflicts_page(conn, offset=offset))

    @app.get("/search", response_class=HTMLResponse, responses=models.PAGE_ERRORS, tags=["pages"])
    def search_page(request: Request, q: str = Query("", max_length=MAX_QUERY), mode: SearchMode = "hybrid",
                    offset: int = _offset(), f: Filters = Depends(search_filters),
                    conn: sqlite3.Connection = Depends(get_conn)) -> HTMLResponse:
        if not q.strip():
            return page("search.html", request, data={"q": q, "mode": mode}, help=views.search_help(conn), f=f)
        return page("search.html", request, data=views.search(conn, q, mode, limit=SEARCH_PAGE, offset=offset, f=f),
                    f=f)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page(request: Request) -> HTMLResponse:
        return page("docs.html", request, data=None)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> RedirectResponse:
        return RedirectResponse("/static/favicon.svg", status_code=301)

    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema without its default 422 answers: bad parameters here are 400, in the error
    shape (JSON routes) or as an HTML page."""
    if app.openapi_schema is None:
        from fastapi.openapi.utils import get_openapi

        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        for item in schema["paths"].values():
            for op in item.values():
                op["responses"].pop("422", None)
        for name in ("HTTPValidationError", "ValidationError"):
            schema.get("components", {}).get("schemas", {}).pop(name, None)
        app.openapi_schema = schema
    return app.openapi_schema


def check_listen(host: str, port: int) -> None:
    """Raise BilatError with one line when ``host:port`` cannot be listened on (a port in use, an address this machine
    lacks), before anything says the server is running: uvicorn would print its own error after our banner."""
    import socket

    from bilat.errors import BilatError

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as e:
        raise BilatError(f"cannot listen on {host}:{port} (unknown host: {e})") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds: a port in TIME_WAIT is free
        try:
            sock.bind(address)
        except OSError as e:
            raise BilatError(f"cannot listen on {host}:{port} ({e.strerror or e})") from None


def serve(db: str | None = None, host: str = "127.0.0.1", port: int = 8765) -> None:
    import uvicorn

    app = create_app(db)
    check_listen(host, port)
    warning = security.exposure_warning(host)
    if warning:
        print(warning, file=sys.stderr, flush=True)
    print(f"bilat: serving {store.db_path(db)} at http://{host}:{port}/  (Ctrl-C to stop)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
