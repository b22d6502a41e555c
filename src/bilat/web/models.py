"""Typed responses of the JSON API: what /openapi.json and /docs describe.

The views return plain dicts; FastAPI validates each against these models on the way out, so a
field that changes type fails the tests (tests/test_api_schema.py runs schemathesis against the
schema). Models allow extra fields: a view may add one before its model names it.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    model_config = ConfigDict(extra="allow")


# --- errors ---------------------------------------------------------------------------------------


class ErrorDetail(BaseModel):
    status: int = Field(description="the HTTP status, repeated")
    message: str


class ErrorBody(BaseModel):
    """The one error shape of the API."""

    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "a parameter is out of range, malformed or too long"},
    404: {"model": ErrorBody, "description": "no such id"},
}

_HTML = {"text/html": {"schema": {"type": "string"}}}
PAGE_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "an HTML error page: a parameter is out of range, malformed or too long", "content": _HTML},
    404: {"description": "an HTML error page: no such id", "content": _HTML},
}

_ANY = {"schema": {}}
_TEXT = {"schema": {"type": "string"}}
DOWNLOAD_PAGES: dict[int | str, dict[str, Any]] = {
    200: {"description": "the page; with ?format= a download of what it lists (CSV, JSON, PLOVER JSON, GraphML)",
          "content": {"text/csv": _TEXT, "application/json": _ANY, "application/xml": _TEXT}},
    **PAGE_ERRORS,
}


# --- records as the API shows them ----------------------------------------------------------------


class Span(Model):
    start: int
    end: int


class ParagraphOut(Span):
    lang: str | None = None


class RemovedOut(Model):
    kind: str
    text: str


class QuantityOut(Span):
    text: str
    value: float
    unit: str | None = None
    kind: str = "cardinal"


class DateOut(Span):
    text: str
    value: str
    end_value: str | None = None


class MentionOut(Span):
    text: str
    entity: str
    kind: str
    lang: str | None = None
    iso3: str | None = None


class ActorOut(Model):
    code: str | None = None
    sector: str | None = None
    entity_text: str | None = None
    identifier_id: str | None = None
    entity: str | None = None


class ActorView(Model):
    """An actor as the UI shows it: country name, resolved person's Latin name, original text."""

    code: str | None = None
    country: str | None = None
    name: str | None = None
    original: str | None = None
    label: str | None = None
    entity: str | None = None


class EventOut(Model):
    """An event as PLOVER fields first, then bilat's own (``bilat.export.event_row``), then the
    readable forms the pages show."""

    id: str
    event: str = Field(description="PLOVER event type")
    mode: str | None = None
    context: list[str] = []
    actor: ActorOut | None = None
    recipient: ActorOut | None = None
    date: str | None = Field(None, description="ISO 8601, possibly partial: 2025-05-05, 2025-05, --05-05")
    end_date: str | None = None
    event_text: str = ""
    doc: str | None = None
    start: int = 0
    end: int = 0
    quantities: list[QuantityOut] = []
    confidence: float = 0.0
    lang: str | None = None
    aux: str | None = Field(None, description="historical | future | negated | null")
    gloss: str | None = Field(None, description="a one-line English gloss built from the record")
    when: str | None = Field(None, description="the date as people read it")
    status: str | None = Field(None, description="planned, negated, reported as future … (null: happened)")
    actor_view: ActorView | None = None
    recipient_view: ActorView | None = None


class PageInfo(Model):
    """Where a paged list stands: "51–100 of 321"."""

    total: int
    limit: int
    offset: int
    first: int
    last: int
    prev: int | None = None
    next: int | None = None


class DocumentSummary(Model):
    """``bilat.export.document_row`` plus the text direction."""

    id: str
    source: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    lang: str | None = None
    published: str | None = None
    text: str
    paragraphs: list[ParagraphOut] = []
    removed: list[RemovedOut] = []
    analysed_chars: int | None = Field(None, description="when the text was longer than the analysis cap "
                                       "(BILAT_MAX_CHARS): how many of its characters were analysed; the rest is "
                                       "stored unanalysed. null when the whole text was analysed")
    dir: str = Field("ltr", description="rtl for Arabic-script and Hebrew languages")


class DocumentOut(DocumentSummary):
    mentions: list[MentionOut] = []
    events: list[EventOut] = []
    dates: list[DateOut] = []
    quantities: list[QuantityOut] = []
    story: str | None = Field(None, description="the story this document belongs to")


class StoryRecord(Model):
    id: str
    docs: list[str] = []
    langs: list[str] = []
    title: str | None = None
    start: str | None = None
    end: str | None = None
    countries: list[str] = []


class StoriesPage(Model):
    stories: list[StoryRecord]
    page: PageInfo | None = None
    filters: dict[str, Any] = {}
    facets: dict[str, Any] = Field({}, description="per filter its values with the number of stories each would "
                                   "list, the other filters kept; `counts` names what is counted")


class EventsPage(Model):
    events: list[EventOut]
    page: PageInfo
    filters: dict[str, Any] = {}
    facets: dict[str, Any] = Field({}, description="per filter (lang, country, event, outlet, period: years) its "
                                   "values with the number of events each would list, the other filters kept; "
                                   "`counts` names what is counted")


class ConflictValueOut(Model):
    value: Any
    unit: str | None = None
    doc: str | None = None
    text: str = ""
    outlet: str | None = None
    lang: str | None = None


class ConflictOut(Model):
    id: str
    story: str
    key: str
    values: list[ConflictValueOut] = []
    reason: str = ""


class ConflictsPage(Model):
    conflicts: list[ConflictOut]


class StoryArticle(Model):
    id: str
    title: str | None = None
    lang: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    lead: str | None = None


class StoryLinkOut(Model):
    story: str
    title: str | None = None
    score: float


class StoryOut(Model):
    story: StoryRecord
    headline: str | None = Field(None, description="the English headline where one exists")
    documents: list[StoryArticle] = []
    page: PageInfo | None = None
    facts: list[dict[str, Any]] = Field([], description="events aggregated across the story's articles")
    conflicts: list[ConflictOut] = []
    storyline: list[StoryLinkOut] = Field([], description="related stories of one storyline (other events of the "
                                                          "same thread, kept apart), strongest link first")


class PairCount(Model):
    a: str
    b: str
    events: int


class Overview(Model):
    documents: int
    by_lang: dict[str, int] = {}
    pairs: list[PairCount] = []
    stories: list[StoryRecord] = []


class EntityRecord(Model):
    id: str
    name: str | None = None
    kind: str | None = None


class FacetValue(Model):
    """One value of a filter and how many rows choosing it would list, the other filters kept."""

    value: str
    label: str | None = Field(None, description="the value in words (a country's name)")
    count: int


class MentionRow(Model):
    doc: str
    start: int
    end: int
    text: str
    lang: str | None = None
    form: str = Field("name", description="name | demonym | capital | abbreviation")
    kind: str
    published: str | None = Field(None, description="the article's publication date")
    title: str | None = None
    outlet: str | None = None


class EntityOut(Model):
    entity: EntityRecord
    counts: dict[str, int] = Field({}, description="mentions and articles")
    events: list[EventOut] = []
    page: PageInfo | None = None
    mentions: list[MentionRow] = Field([], description="one page of mentions (mlang, mform, moffset)")
    mentions_page: PageInfo | None = None
    mentions_articles: int = Field(0, description="articles the listed mentions are in")
    mention_filters: dict[str, str] = {}
    mention_facets: dict[str, list[FacetValue]] = Field({}, description="mentions per language and per form")


class DyadOut(Model):
    a: str = Field(description="ISO3")
    b: str = Field(description="ISO3")
    total_events: int
    score: float | None = Field(None, description="mean cooperation score, -10 (conflict) … +10 (cooperation)")
    undated: int = 0
    by_type: dict[str, int] = {}
    directions: dict[str, int] = {}
    events: list[EventOut] = []
    page: PageInfo | None = None


class SearchHit(Model):
    doc: str
    title: str | None = None
    lang: str | None = None
    score: float = Field(description="RRF score (hybrid), BM25 (keyword) or cosine (semantic)")
    snippet: str
    story: str | None = None
    keyword_rank: int | None = Field(None, description="1-based rank in the keyword list")
    semantic_score: float | None = Field(None, description="cosine to the query")


class SearchGroup(Model):
    story: str | None = Field(None, description="null for documents in no story")
    title: str | None = None
    hits: list[SearchHit]


class SearchResults(Model):
    q: str
    mode: str
    total: int = Field(description="matching documents (at least this many when total_exact is false)")
    total_exact: bool
    offset: int
    limit: int
    count: int = Field(description="hits on this page")
    groups: list[SearchGroup]
    filters: dict[str, Any] = {}
    facets: dict[str, Any] = Field({}, description="per filter its values with the number of articles the query "
                                   "finds with each, the other filters kept; `counts` names what is counted")
