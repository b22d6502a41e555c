"""``bilat export events --format plover``: strict PLOVER records, checked against the PLOVER
manual's "Data Fields" chapter (the validator below is written from its tables, not from bilat)."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from bilat import store
from bilat.cli import main
from bilat.records import Actor, Document, Event, Paragraph, Sentence

# --- the manual's tables: "PLOVER JSON", "Information object for entities", "... for text",
# "... for citations", "Location object"; types, modes and contexts from its event chapters
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
CONSULT_MODES = {"visit", "third-party", "multilateral", "phone"}
REQUIRED = {"id": str, "date": str, "actor": list, "event": list}
OPTIONAL = {"enddate": str, "time": str, "endtime": str, "recipient": list, "event_loc": dict, "event_text": list,
            "quad_code": int, "event_scale": float, "mode": list, "context": list, "link": str, "text": str,
            "text_info": dict, "cite_info": dict, "coder": str, "coded_date": str, "coded_time": str,
            "comment": str, "has_event": bool}
ENTITY_KEYS = {"code", "sector", "entity_text", "identifier_id", "identifier_text", "religion", "ethnicity",
               "office", "gender", "age"}
TEXT_KEYS = {"sequence", "start", "end", "text_story"}
CITE_KEYS = {"corpus", "citation", "url", "title", "language", "publication", "license", "copyright", "coder",
             "codebook", "version"}
LOCATION_KEYS = {"extracted_place", "resolved_place", "geonameid", "lat", "lon", "city", "district", "province",
                 "country", "country_code", "feature_class", "feature_code", "resolution"}
YMD = re.compile(r"\d{4}-\d{2}-\d{2}")
EXTENSION = "bilat"


def plover_problems(record: dict) -> list[str]:
    """What in ``record`` breaks the manual's field names, types and formats (empty: valid)."""
    problems = [f"missing {k}" for k in REQUIRED if k not in record]
    for key, value in record.items():
        want = REQUIRED.get(key) or OPTIONAL.get(key)
        if key == EXTENSION:
            continue
        if want is None:
            problems.append(f"unknown field {key}")
        elif value is None and key in OPTIONAL:
            continue
        elif not isinstance(value, want):
            problems.append(f"{key}: {type(value).__name__}, not {want.__name__}")
    if not (isinstance(record.get("date"), str) and YMD.fullmatch(record["date"])):
        problems.append(f"date {record.get('date')!r} is not YYYY-MM-DD")
    if record.get("enddate") is not None and not YMD.fullmatch(record["enddate"]):
        problems.append(f"enddate {record['enddate']!r} is not YYYY-MM-DD")
    for event in record.get("event") or ():
        if event not in PLOVER_TYPES:
            problems.append(f"event {event!r} is no PLOVER type")
    if not record.get("actor"):
        problems.append("no actor")
    entities = [e for k in ("actor", "recipient") if isinstance(record.get(k), list) for e in record[k]]
    for entity in entities:
        if not isinstance(entity, dict):
            problems.append("entity is not an object")
            continue
        problems += [f"entity field {k}" for k in set(entity) - ENTITY_KEYS]
        if not re.fullmatch(r"[A-Z]{3}", entity.get("code") or ""):
            problems.append(f"entity code {entity.get('code')!r} is not 3 characters")
    objects = {name: record.get(name) if isinstance(record.get(name), dict) else {}
               for name in ("event_loc", "text_info", "cite_info")}
    for name, keys in (("event_loc", LOCATION_KEYS), ("text_info", TEXT_KEYS), ("cite_info", CITE_KEYS)):
        problems += [f"{name} field {k}" for k in set(objects[name]) - keys]
    loc = objects["event_loc"]
    if "country_code" in loc and not re.fullmatch(r"[A-Z]{3}", loc["country_code"]):
        problems.append("event_loc country_code is not 3 characters")
    if "resolution" in loc and loc["resolution"] not in (1, 2, 3, 4, 5):
        problems.append("event_loc resolution")
    lang = objects["cite_info"].get("language")
    if lang is not None and not re.fullmatch(r"[a-z]{2}", str(lang)):
        problems.append("cite_info language is not a two-letter code")
    return problems


VNM = Actor(code="VNM", sector="GOV", entity_text="To Lam", identifier_id="Q1379957", entity="Q1379957")
BLR = Actor(code="BLR", entity_text="Belarus", identifier_id="Q184", entity="Q184")


def _event(n: int, event: str, date: str | None, **kw) -> Event:
    fields = {"actor": VNM, "recipient": BLR, "confidence": 0.9, "lang": "en", "doc": "d1", "start": 0, "end": 40,
              "event_text": "To Lam visited Belarus on Friday.", **kw}
    return Event(id=f"d1:e{n}", event=event, date=date, **fields)


EVENTS = (
    _event(0, "CONSULT", "2025-05-09", end_date="2025-05-11", mode="visit", context=("diplomatic", "science"),
           event_loc="Q184"),
    _event(1, "AGREE", "2025-05-10", mode="agreement", context=("military",), event_loc="Minsk", aux="future"),
    _event(8, "CONSULT", "2025-05-09", mode="visit", event_loc="Belarus"),
    _event(2, "CONSULT", "2025-05-10", mode="meet", actor=Actor(code="XKX"), recipient=None),
    _event(3, "STATEMENT_OF_FIGURES", "2025-05-10", context=("economic", "flow:trade")),
    _event(4, "COOPERATE", "2025"),
    _event(5, "ASSAULT", "--05-12"),
    _event(6, "REJECT", None),
    _event(7, "ACCUSE", "2025-05-10", aux="negated"),
)


@pytest.fixture
def plover_store(tmp_path) -> str:
    text = "To Lam visited Belarus on Friday and signed a defence agreement with Minsk."
    doc = Document(id="d1", source="d1.txt", original=text, text=text, lang="en", title="To Lam in Minsk",
                   url="https://example.org/a", outlet="example.org", published="2025-05-10",
                   paragraphs=(Paragraph(start=0, end=len(text), lang="en"),),
                   sentences=(Sentence(start=0, end=len(text)),), events=EVENTS)
    db = str(tmp_path / "p.db")
    conn = store.connect(db)
    store.save_document(conn, doc)
    conn.close()
    return db


def _export(db: str, *args: str):
    result = CliRunner().invoke(main, ["export", "events", "--db", db, "--format", "plover", *args])
    assert result.exit_code == 0, result.output + result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()], result.stderr


def test_every_record_is_strict_plover(plover_store: str) -> None:
    records, _ = _export(plover_store)
    assert [r["id"] for r in records] == ["d1:e0", "d1:e1", "d1:e2", "d1:e8"]
    for record in records:
        assert plover_problems(record) == [], record


def test_figures_undated_and_negated_events_are_left_out_with_one_line(plover_store: str) -> None:
    records, err = _export(plover_store)
    ids = {r["id"] for r in records}
    assert "d1:e3" not in ids and not {"d1:e4", "d1:e5", "d1:e6"} & ids and "d1:e7" not in ids
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert "left out 4 events" in lines[0] and "3 no full YYYY-MM-DD date" in lines[0]
    assert "1 STATEMENT_OF_FIGURES" in lines[0] and "use --format json for all events" in lines[0]


def test_the_fields_map_to_the_manuals_names_and_vocabularies(plover_store: str) -> None:
    by_id = {r["id"]: r for r in _export(plover_store)[0]}
    visit, agree, meet = by_id["d1:e0"], by_id["d1:e1"], by_id["d1:e2"]
    assert visit["date"] == "2025-05-09" and visit["enddate"] == "2025-05-11" and "end_date" not in visit
    assert visit["event"] == ["CONSULT"] and visit["mode"] == ["visit"] and set(visit["mode"]) <= CONSULT_MODES
    assert visit["context"] == ["diplomatic"]  # "science" is no PLOVER context
    assert visit["actor"] == [{"code": "VNM", "sector": "GOV", "entity_text": "To Lam", "identifier_id": "Q1379957"}]
    assert visit["recipient"][0]["code"] == "BLR" and visit["recipient"][0]["identifier_text"] == "Belarus"
    assert visit["event_loc"] == {"resolved_place": "Belarus", "country_code": "BLR", "country": "Belarus",
                                  "resolution": 1}
    assert visit["event_text"] == ["To Lam visited Belarus on Friday."]
    assert visit["text_info"] == {"start": 0, "end": 40}
    assert visit["cite_info"]["url"] == "https://example.org/a" and visit["cite_info"]["language"] == "en"
    assert visit["bilat"]["doc"] == "d1" and visit["bilat"]["confidence"] == 0.9
    assert visit["bilat"]["context"] == ["diplomatic", "science"]
    # AGREE has no modes in the manual; bilat's aux "future" is PLOVER's auxiliary context
    assert agree["mode"] is None and agree["bilat"]["mode"] == "agreement"
    assert agree["context"] == ["military", "future"] and agree["event_loc"] == {"extracted_place": "Minsk"}
    assert "enddate" not in agree
    # a visit's host country as written is the recipient's text: resolved through its QID
    assert by_id["d1:e8"]["event_loc"] == {"extracted_place": "Belarus", "resolved_place": "Belarus",
                                           "country_code": "BLR", "country": "Belarus", "resolution": 1}
    # "meet" is no CONSULT mode; Kosovo's code is PLOVER's KOS; no recipient is null
    assert meet["mode"] is None and meet["actor"] == [{"code": "KOS"}] and meet["recipient"] is None


def test_all_keeps_negated_events_with_the_negation_context(plover_store: str) -> None:
    records, _ = _export(plover_store, "--all")
    negated = next(r for r in records if r["id"] == "d1:e7")
    assert negated["context"] == ["negation"] and plover_problems(negated) == []


def test_the_validator_catches_bilats_own_json(plover_store: str) -> None:
    """The check is not vacuous: bilat's plain event rows break it (end_date, a partial date, one
    actor object, STATEMENT_OF_FIGURES)."""
    result = CliRunner().invoke(main, ["export", "events", "--db", plover_store])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(plover_problems(r) for r in rows)


def test_plover_is_a_format_of_events_only(plover_store: str) -> None:
    result = CliRunner().invoke(main, ["export", "mentions", "--db", plover_store, "--format", "plover"])
    assert result.exit_code == 2 and "events" in result.output
