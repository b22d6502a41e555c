"""The analyst's desk: server-rendered pages and the same data as a JSON API.

Read-only: the store is opened with ``mode=ro``. Every piece of article text reaches the page
through Jinja2 with autoescape on. No asset comes from outside: CSS and the few lines of JS
are served from ``static/``.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import store
from . import charts, views

HERE = Path(__file__).parent


def error_body(status: int, message: str) -> dict[str, Any]:
    """The one error shape of the API."""
    return {"error": {"status": status, "message": message}}


def _templates() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals["direction"] = views.direction
    return env


def create_app(db: str | None = None) -> FastAPI:
    path = store.db_path(db)
    # Create (or migrate) the store once, so a fresh install serves an empty desk; after this,
    # every request opens it read-only.
    store.connect(path).close()
    # No Swagger/ReDoc pages: they load their JS from a CDN. The schema stays at /openapi.json.
    app = FastAPI(title="bilat", version="0.1.0", description="News to a record of how countries relate.",
                  docs_url=None, redoc_url=None)
    env = _templates()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def get_conn() -> Iterator[sqlite3.Connection]:
        conn = store.connect(path, readonly=True)
        try:
            yield conn
        finally:
            conn.close()

    def page(name: str, request: Request, **ctx: Any) -> HTMLResponse:
        t0 = time.perf_counter()
        html = env.get_template(name).render(request=request, **ctx)
        resp = HTMLResponse(html)
        resp.headers["Server-Timing"] = f"render;dur={(time.perf_counter() - t0) * 1000:.1f}"
        return resp

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        if wants_json(request):
            return JSONResponse(error_body(exc.status_code, str(exc.detail)), status_code=exc.status_code)
        return HTMLResponse(env.get_template("error.html").render(status=exc.status_code, message=exc.detail),
                            status_code=exc.status_code)

    @app.exception_handler(views.NotFound)
    async def not_found(request: Request, exc: views.NotFound) -> Any:
        if wants_json(request):
            return JSONResponse(error_body(404, str(exc)), status_code=404)
        return HTMLResponse(env.get_template("error.html").render(status=404, message=str(exc)), status_code=404)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Any:
        message = "; ".join(f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in exc.errors())
        return JSONResponse(error_body(422, message), status_code=422)

    @app.exception_handler(ValueError)
    async def value_error(request: Request, exc: ValueError) -> Any:
        return JSONResponse(error_body(400, str(exc)), status_code=400)

    # --- JSON API ---------------------------------------------------------------------------------

    @app.get("/api/overview")
    def api_overview(conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
        return views.overview(conn)

    @app.get("/api/stories")
    def api_stories(limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0),
                    conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
        return views.stories_page(conn, limit=limit, offset=offset)

    @app.get("/api/stories/{story_id}")
    def api_story(story_id: str, conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
        return views.story(conn, story_id)

    @app.get("/api/documents/{doc_id}")
    def api_document(doc_id: str, conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
        return views.document(conn, doc_id)

    @app.get("/api/entities/{entity_id:path}")
    def api_entity(entity_id: str, conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
        return views.entity(conn, entity_id)

    @app.get("/api/dyads/{a}/{b}")
    def api_dyad(a: str, b: str, conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
        return views.dyad(conn, a, b)

    @app.get("/api/conflicts")
    def api_conflicts(limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0),
                      conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
        return {"conflicts": views.conflicts(conn, limit=limit, offset=offset), "limit": limit, "offset": offset}

    @app.get("/api/search")
    def api_search(q: str = Query(..., min_length=1, max_length=500), mode: str = "keyword",
                   conn: sqlite3.Connection = Depends(get_conn)) -> dict[str, Any]:
        return views.search(conn, q, mode)

    # --- pages ------------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse)
    def overview_page(request: Request, conn: sqlite3.Connection = Depends(get_conn)) -> HTMLResponse:
        return page("overview.html", request, data=views.overview(conn))

    @app.get("/stories", response_class=HTMLResponse)
    def stories_page(request: Request, offset: int = Query(0, ge=0),
                     conn: sqlite3.Connection = Depends(get_conn)) -> HTMLResponse:
        return page("stories.html", request, data=views.stories_page(conn, offset=offset))

    @app.get("/story/{story_id}", response_class=HTMLResponse)
    def story_page(story_id: str, request: Request, conn: sqlite3.Connection = Depends(get_conn)) -> HTMLResponse:
        return page("story.html", request, data=views.story(conn, story_id))

    @app.get("/doc/{doc_id}", response_class=HTMLResponse)
    def document_page(doc_id: str, request: Request, conn: sqlite3.Connection = Depends(get_conn)) -> HTMLResponse:
        data = views.document(conn, doc_id)
        return page("document.html", request, doc=data, segments=views.segments(data))

    @app.get("/entity/{entity_id:path}", response_class=HTMLResponse)
    def entity_page(entity_id: str, request: Request, conn: sqlite3.Connection = Depends(get_conn)) -> HTMLResponse:
        return page("entity.html", request, data=views.entity(conn, entity_id))

    @app.get("/dyad/{a}/{b}", response_class=HTMLResponse)
    def dyad_page(a: str, b: str, request: Request, conn: sqlite3.Connection = Depends(get_conn)) -> HTMLResponse:
        data = views.dyad(conn, a, b)
        return page("dyad.html", request, data=data, chart=charts.timeline_svg(data),
                    score_chart=charts.score_svg(data))

    @app.get("/conflicts", response_class=HTMLResponse)
    def conflicts_page(request: Request, offset: int = Query(0, ge=0),
                       conn: sqlite3.Connection = Depends(get_conn)) -> HTMLResponse:
        return page("conflicts.html", request, conflicts=views.conflicts(conn, offset=offset), offset=offset)

    @app.get("/search", response_class=HTMLResponse)
    def search_page(request: Request, q: str = "", mode: str = "keyword",
                    conn: sqlite3.Connection = Depends(get_conn)) -> HTMLResponse:
        data = views.search(conn, q, mode) if q.strip() else {"q": q, "mode": mode, "groups": [], "count": 0}
        return page("search.html", request, data=data)

    return app


def serve(db: str | None = None, host: str = "127.0.0.1", port: int = 8765) -> None:
    import uvicorn

    app = create_app(db)
    print(f"bilat: serving {store.db_path(db)} at http://{host}:{port}/  (Ctrl-C to stop)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
