"""`bilat export events --format plover`: strict PLOVER records, one JSON object per line.

The field names, value types and vocabularies are those of the PLOVER manual's "Data Fields"
chapter (github.com/openeventdata/PLOVER, PLOVER_MANUAL.tex; the vocabularies are in
``data/plover.json``). bilat's own fields (source span, confidence, document, the values PLOVER has
no word for) go in one extension object, ``bilat``, which the manual allows ("Providers should feel
free to include named fields beyond those provided here"). An event that cannot be a PLOVER record
is left out and counted by reason: ``bilat export events --format json`` keeps every event."""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bilat import __version__
from bilat.datafiles import read_json
from bilat.records import Actor, Event

FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# why an event is left out, as the CLI's stderr line says it
NO_TYPE = "STATEMENT_OF_FIGURES (no PLOVER type)"
NO_DATE = "no full YYYY-MM-DD date"
NO_ACTOR = "no actor"
# the manual's location resolution (1 country ... 5 sub-city) of bilat's place kinds; a
# ``region`` of the packaged places is a first-level division (state, province)
RESOLUTION = {"country": 1, "region": 2, "city": 4}


@dataclass(frozen=True)
class Vocabulary:
    types: frozenset[str]
    modes: dict[str, frozenset[str]]
    contexts: frozenset[str]
    aux: dict[str, str]
    nonstate: dict[str, str]
    codes: dict[str, str]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = read_json("plover.json")
    return Vocabulary(types=frozenset(data["types"]), modes={k: frozenset(v) for k, v in data["modes"].items()},
                      contexts=frozenset(data["contexts"]), aux=data["aux"], nonstate=data["nonstate"],
                      codes=data["codes"])


def _name(entity_id: str | None) -> Any:
    """The entity (gazetteer or packaged place) of an id, or None."""
    if not entity_id:
        return None
    from bilat import gazetteer

    found = gazetteer.load().get(entity_id)
    return found if found is not None else _places().get(entity_id)


@lru_cache(maxsize=1)
def _places() -> dict[str, Any]:
    from bilat.stages import places

    return places.load().entities


def country_code(actor: Actor) -> str | None:
    """The actor's PLOVER code: ISO3, with Kosovo as KOS and dependencies folded into their
    controlling state; the UN and the EU as UNO and EUR."""
    voc = vocabulary()
    if actor.code:
        return voc.codes.get(actor.code, actor.code)
    return voc.nonstate.get(actor.identifier_id or actor.entity or "")


def entity_object(actor: Actor) -> dict[str, Any]:
    """PLOVER's information object for an entity: code, sector, entity_text, identifier_id/_text."""
    out: dict[str, Any] = {"code": country_code(actor)}
    if actor.sector:
        out["sector"] = actor.sector
    if actor.entity_text:
        out["entity_text"] = actor.entity_text
    if actor.identifier_id:
        out["identifier_id"] = actor.identifier_id
        known = _name(actor.identifier_id)
        if known is not None:
            out["identifier_text"] = known.name
    return {k: v for k, v in out.items() if v is not None}


def location_object(loc: str | None, *parties: Actor | None) -> dict[str, Any] | None:
    """PLOVER's location object from bilat's ``event_loc``: a place id, or the place as written (a
    visit's host country), resolved when it is the very text of one of the event's ``parties``."""
    if not loc:
        return None
    from bilat import gazetteer

    place = _name(loc)
    out: dict[str, Any] = {}
    if place is None:
        party = next((p for p in parties if p and p.entity_text == loc and p.identifier_id), None)
        place = _name(party.identifier_id) if party else None
        out["extracted_place"] = loc
        if place is None:
            return out
    gaz = gazetteer.load()
    iso3 = place.iso3 if place.kind == "country" else place.country
    out["resolved_place"] = place.name
    if iso3:
        out["country_code"] = vocabulary().codes.get(iso3, iso3)
        country = gaz.country(out["country_code"])
        if country is not None:
            out["country"] = country.name
    resolution = RESOLUTION.get(place.kind)
    if resolution:
        out["resolution"] = resolution
    return out


def left_out_reason(event: Event) -> str | None:
    if event.event not in vocabulary().types:
        return NO_TYPE
    if not (event.date and FULL_DATE.fullmatch(event.date)):
        return NO_DATE
    if event.actor is None or country_code(event.actor) is None:
        return NO_ACTOR
    return None


def plover_record(event: Event, cite: dict[str, Any] | None = None) -> dict[str, Any]:
    """One strict PLOVER record (the caller has checked ``left_out_reason`` is None)."""
    voc = vocabulary()
    mode = [event.mode] if event.mode in voc.modes.get(event.event, ()) else None
    context = [c for c in event.context if c in voc.contexts]
    if event.aux in voc.aux:
        context.append(voc.aux[event.aux])
    record: dict[str, Any] = {"id": event.id, "date": event.date}
    if event.end_date and FULL_DATE.fullmatch(event.end_date) and event.end_date != event.date:
        record["enddate"] = event.end_date
    record.update({
        "actor": [entity_object(event.actor)] if event.actor else [],
        "recipient": [entity_object(event.recipient)] if event.recipient else None,
        "event": [event.event],
        "mode": mode,
        "context": context or None,
        "event_loc": location_object(event.event_loc, event.recipient, event.actor),
        "event_text": [event.event_text] if event.event_text else None,
        "text_info": {"start": event.start, "end": event.end},
        "coder": f"bilat {__version__}",
    })
    if cite:
        record["cite_info"] = {k: v for k, v in cite.items() if v is not None}
    record["bilat"] = {
        "doc": event.doc, "confidence": event.confidence, "lang": event.lang, "aux": event.aux,
        "date": event.date, "end_date": event.end_date, "mode": event.mode, "context": list(event.context),
        "event_loc": event.event_loc,
        "actor_entity": event.actor.entity if event.actor else None,
        "recipient_entity": event.recipient.entity if event.recipient else None,
        "quantities": [q.as_dict() for q in event.quantities],
        "tellings": [list(t) for t in event.tellings],
    }
    return record


def plover_events(conn: sqlite3.Connection, *, all_events: bool = False,
                  left_out: Counter[str] | None = None) -> Iterator[dict[str, Any]]:
    """The store's events as strict PLOVER records; the events left out are counted by reason in
    ``left_out``. The same events as ``export.events`` (confident and not negated unless ``all_events``)."""
    from bilat.export import event_threshold

    cut = -1.0 if all_events else event_threshold()
    rows = conn.execute("SELECT e.data, d.url, d.title, d.lang, d.outlet FROM events e "
                        "LEFT JOIN documents d ON d.id = e.doc WHERE e.confidence >= ? "
                        "ORDER BY e.doc, e.start, e.id", (cut,))
    cited = ((Event.from_dict(json.loads(r[0])), {"url": r[1], "title": r[2], "language": r[3], "publication": r[4]})
             for r in rows)
    yield from records(((e, c) for e, c in cited if all_events or e.aux != "negated"), left_out)


def records(cited: Iterable[tuple[Event, dict[str, Any]]],
            left_out: Counter[str] | None = None) -> Iterator[dict[str, Any]]:
    """Strict PLOVER records of (event, its article's citation) pairs, those that can be one; the
    others are counted by reason in ``left_out``. The CLI export and the web download both write these."""
    for event, cite in cited:
        reason = left_out_reason(event)
        if reason is None:
            yield plover_record(event, {**cite, "coder": "bilat", "codebook": "PLOVER"})
        elif left_out is not None:
            left_out[reason] += 1


def left_out_line(left_out: Counter[str]) -> str | None:
    """The CLI's one stderr line, or None when nothing was left out."""
    total = sum(left_out.values())
    if not total:
        return None
    why = ", ".join(f"{n} {reason}" for reason, n in left_out.most_common())
    return f"plover: left out {total} events ({why}); use --format json for all events"
