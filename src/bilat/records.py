"""Plain typed records that flow through the pipeline and out of the store.

Every record is a frozen, keyword-only dataclass with ``as_dict`` / ``from_dict``.
Offsets (``start``/``end``) are always character offsets into ``Document.text``
(the clean body) unless a field says otherwise (``src_start``/``src_end`` point into
``Document.original``). Stages never mutate a record; they return a new one with
``dataclasses.replace``.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

T = TypeVar("T", bound="Record")


class Record:
    """Mixin: ``as_dict`` gives JSON-ready data, ``from_dict`` reads it back."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return {f.name: _dump(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> typing.Self:
        hints = _hints(cls)
        kwargs = {}
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name in data:
                kwargs[f.name] = _load(hints[f.name], data[f.name])
        return cls(**kwargs)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """A record class's resolved type hints, once per class (``get_type_hints`` re-evaluates the
    annotations on every call: most of the cost of reading a stored record)."""
    return typing.get_type_hints(cls)


def _dump(value: Any) -> Any:
    if isinstance(value, Record):
        return value.as_dict()
    if isinstance(value, (list, tuple)):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


def _load(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _load(inner[0], value) if len(inner) == 1 else value
    if origin is tuple:
        item = args[0] if args else Any
        return tuple(_load(item, v) for v in value)
    if origin is dict:
        vt = args[1] if len(args) == 2 else Any
        return {k: _load(vt, v) for k, v in value.items()}
    if isinstance(hint, type) and issubclass(hint, Record) and isinstance(value, dict):
        return hint.from_dict(value)
    return value


record = dataclass(frozen=True, kw_only=True)


# --- foundation -------------------------------------------------------------------------------


@record
class RawArticle(Record):
    """What a reader got out of one input: a text file, an HTML page or one JSONL line."""

    source: str  # the path (with ``#line`` for JSONL) or URL given at ingest
    text: str  # decoded text (HTML already extracted to text)
    fmt: str = "txt"  # txt | html | jsonl
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date or datetime
    id: str | None = None  # caller-supplied id (JSONL ``id``)
    lang: str | None = None  # the feed's own language (JSONL ``lang``); the lang stage keeps it

    def __post_init__(self) -> None:
        # A file name that is not UTF-8 (latin-1 names from an old archive) reaches Python with its bytes as
        # lone surrogates, which no store can hold: the article was lost as "internal error". Each such
        # byte is written \xe9 instead, the same way on every run, so re-ingest still finds it unchanged.
        if any("\udc80" <= ch <= "\udcff" for ch in self.source):
            object.__setattr__(self, "source", self.source.encode("utf-8", "surrogateescape")
                               .decode("utf-8", "backslashreplace"))


@record
class Paragraph(Record):
    start: int
    end: int
    lang: str | None = None
    src_start: int | None = None  # offsets into Document.original
    src_end: int | None = None


@record
class Sentence(Record):
    start: int
    end: int


@record
class Removed(Record):
    """A piece of page debris taken out of the body, kept for audit."""

    kind: str  # comment | related | caption | footer | duplicate | source | title | cut (past the analysis cap)
    text: str
    src_start: int | None = None
    src_end: int | None = None


# --- entities -----------------------------------------------------------------------------------


@record
class Role(Record):
    title: str  # head_of_state | head_of_government | foreign_minister | defence_minister | ...
    country: str | None = None  # ISO3
    start: int | None = None  # year
    end: int | None = None


@record
class Entity(Record):
    id: str  # Wikidata QID where certain, else "bilat:..."
    kind: str  # country | person | org | place
    name: str  # English canonical
    iso3: str | None = None
    country: str | None = None  # ISO3 a person or org belongs to
    roles: tuple[Role, ...] = ()
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # learned from one document, known after it, but no key for matching later ones (a one-word
    # name, a leader's namesake): set when first learned, it stays with the entity in the store
    local: bool = False


@record
class Mention(Record):
    start: int
    end: int
    text: str
    entity: str  # Entity.id
    kind: str
    lang: str | None = None
    iso3: str | None = None  # the country the mention stands for (a country, or a person's country)
    via: str = "gazetteer"  # gazetteer | learned | candidate
    form: str = "name"  # name | demonym | capital (standing for its government) | abbreviation (US, 越俄) | reference ("both sides")


# --- dates, figures, events ---------------------------------------------------------------------


@record
class DateRef(Record):
    start: int
    end: int
    text: str
    value: str  # ISO 8601: "2025-05-05", "2025-05", "2025", or partial "--04-23"
    end_value: str | None = None  # the far end of a range ("from 5 to 12 May")
    resolution: str = "explicit"  # explicit | relative (to publication) | inferred_year | partial
    # the calendar the date was written in: gregorian | solar_hijri | lunar_hijri | buddhist (a Thai Buddhist-era
    # year) | minguo (a Republic of China year) | chinese (a Chinese or Vietnamese lunar date, a Chinese reign year) |
    # japanese (a Japanese era year); ``value`` is Gregorian
    calendar: str = "gregorian"
    year_inferred: bool = False  # the value has a year and the text wrote none (no year figure, no year word)


@record
class Quantity(Record):
    start: int
    end: int
    text: str
    value: float
    unit: str | None = None  # USD, VND, percent, soldier, project, ... (English singular)
    kind: str = "cardinal"  # cardinal | money | percent | count | anniversary (ordinals are no figures)
    event: str | None = None  # Event.id it belongs to, if any
    approx: str | None = None  # about | nearly | over | under | at_least | at_most | range (an end of "80–90")


@record
class Actor(Record):
    """A PLOVER actor / recipient."""

    code: str | None = None  # ISO3 of the country
    sector: str | None = None  # GOV, MIL, ...
    entity_text: str | None = None
    identifier_id: str | None = None  # Wikidata QID
    entity: str | None = None  # bilat entity id


@record
class Event(Record):
    id: str
    event: str  # PLOVER type, or STATEMENT_OF_FIGURES
    mode: str | None = None
    context: tuple[str, ...] = ()
    actor: Actor | None = None
    recipient: Actor | None = None
    date: str | None = None
    end_date: str | None = None
    event_loc: str | None = None
    event_text: str = ""
    doc: str | None = None
    start: int = 0
    end: int = 0
    quantities: tuple[Quantity, ...] = ()
    confidence: float = 0.0
    lang: str | None = None
    aux: str | None = None  # historical | future | negated | None
    # later sentences that tell the same event again (a summary, a caption, a closing line), as
    # (start, end) of the sentence; the event keeps its first telling in start/end
    tellings: tuple[tuple[int, int], ...] = ()


# --- the document ---------------------------------------------------------------------------------


@record
class Document(Record):
    id: str
    source: str
    original: str  # the text as read, decoded (never changed)
    text: str = ""  # clean body, NFC
    fmt: str = "txt"
    url: str | None = None
    title: str | None = None
    lang: str | None = None
    published: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    removed: tuple[Removed, ...] = ()
    mentions: tuple[Mention, ...] = ()
    dates: tuple[DateRef, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    events: tuple[Event, ...] = ()
    outlet: str | None = None  # the publishing site, from the URL's host
    learned: tuple[Entity, ...] = ()  # entities (names) the entities stage learned from this document


# --- stories, conflicts ---------------------------------------------------------------------------


@record
class Story(Record):
    id: str
    docs: tuple[str, ...] = ()
    langs: tuple[str, ...] = ()
    title: str | None = None
    start: str | None = None
    end: str | None = None
    entities: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()


@record
class ConflictValue(Record):
    value: Any
    unit: str | None = None
    doc: str | None = None
    text: str = ""  # the source sentence
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None
    start: int | None = None
    end: int | None = None


@record
class Conflict(Record):
    id: str
    story: str
    key: str  # readable description of the fact
    values: tuple[ConflictValue, ...] = ()
    reason: str = ""
