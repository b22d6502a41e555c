"""Dyads: months, scores, timeline, latest events, export rows and the `bilat dyad` summary, on a
small hand-built store."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from bilat import store
from bilat.cli import main
from bilat.corpus import dyads
from bilat.plover import FIGURES, PLOVER_TYPES
from bilat.records import Actor, Document, Event, Paragraph, Quantity, Sentence

ROOT = Path(__file__).resolve().parents[1]


def ev(doc: str, n: int, event: str, actor: str | None, recipient: str | None, date: str | None = None, *,
       mode: str | None = None, confidence: float = 0.8, aux: str | None = None, figure: str | None = None) -> Event:
    text = f"{doc} sentence {n}: {actor} {event.lower()} {recipient}."
    qs = (Quantity(start=0, end=len(figure), text=figure, value=1.0, unit="USD", kind="money"),) if figure else ()
    return Event(id=f"{doc}:e{n}", event=event, mode=mode, actor=Actor(code=actor) if actor else None,
                 recipient=Actor(code=recipient) if recipient else None, date=date, event_text=text, doc=doc,
                 start=0, end=len(text), confidence=confidence, aux=aux, quantities=qs, lang="en")


def doc(doc_id: str, published: str | None, *events: Event) -> Document:
    text = " ".join(e.event_text for e in events) or "empty"
    return Document(id=doc_id, source=f"{doc_id}.txt", original=text, text=text, lang="en", title=f"Title {doc_id}",
                    published=published, paragraphs=(Paragraph(start=0, end=len(text), lang="en"),),
                    sentences=(Sentence(start=0, end=len(text)),), events=events)


DOCS = [
    doc("d1", "2025-05-02",
        ev("d1", 0, "CONSULT", "VNM", "BLR", "2025-05-09", mode="visit", confidence=0.9),
        ev("d1", 1, "AGREE", "BLR", "VNM", "--04-20", mode="cooperate"),  # year from published -> 2025-04
        ev("d1", 2, "SUPPORT", "VNM", "BLR", None, mode="agreement", confidence=0.7),  # published month
        ev("d1", 3, "AGREE", "VNM", "BLR", "2025-05-09", confidence=0.9, aux="negated"),  # never shown
        ev("d1", 4, "ACCUSE", "VNM", "BLR", "2025-05-09", confidence=0.3),  # under the threshold
        ev("d1", 5, FIGURES, "VNM", "BLR", "2025-05", mode="trade", figure="$1 billion"),
        ev("d1", 6, "CONSULT", "VNM", "RUS", "2025-05-09", mode="visit"),  # another pair
        ev("d1", 7, "THREATEN", "BLR", "VNM", "2024", mode="military"),  # year only: undated
        ev("d1", 8, "CONSULT", "BLR", "VNM", "2025-05-10", mode="meet"),
        ev("d1", 9, "CONSULT", "VNM", "VNM", "2025-05-10"),  # same country: no pair
        ev("d1", 10, "PROTEST", "VNM", None, "2025-05-10")),  # no recipient: no pair
    doc("d2", "2025-01-05",
        ev("d2", 0, "CONSULT", "VNM", "BLR", "--12-28", mode="phone"),  # nearest year: 2024-12
        ev("d2", 1, "ASSAULT", "RUS", "BLR", "2025-01-02")),
    doc("d3", None, ev("d3", 0, "CONSULT", "VNM", "BLR", None, mode="visit")),  # no date at all: undated
]


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "dyads.db")
    conn = store.connect(path)
    for d in DOCS:
        store.save_document(conn, d)
    conn.close()
    return path


@pytest.fixture
def conn(db: str):
    c = store.connect(db, readonly=True)
    yield c
    c.close()


# --- scale and months ------------------------------------------------------------------------------


def test_every_plover_type_has_a_score_and_figures_have_none():
    assert set(PLOVER_TYPES) <= set(dyads.TYPE_SCORES)
    assert all(-10 <= dyads.TYPE_SCORES[t] <= 10 for t in PLOVER_TYPES)
    assert dyads.score("AID") == 7 and dyads.score("ASSAULT") == -9 and dyads.score("CONSULT", "visit") == 3
    assert dyads.score("SUPPORT", "agreement") == 6 and dyads.score("SUPPORT", "praise") == 4
    assert dyads.score(FIGURES, "trade") is None and dyads.score("NOT_A_TYPE") is None


def test_docs_table_matches_type_scores():
    text = (ROOT / "docs" / "dyads.md").read_text(encoding="utf-8")
    table = {m.group(1): float(m.group(2).replace("−", "-"))
             for m in re.finditer(r"^\| `([A-Z_]+)` \| ([+−-]?\d+(?:\.\d+)?) \|", text, re.MULTILINE)}
    assert table == {t: s for t, s in dyads.TYPE_SCORES.items() if t != FIGURES}
    for event, mode in dyads.MODE_SCORES:
        assert f"`{event}/{mode}`" in text


@pytest.mark.parametrize(("date", "published", "month"), [
    ("2025-05-09", None, "2025-05"),
    ("2025-05", "2020-01-01", "2025-05"),
    ("--04-20", "2025-05-02", "2025-04"),
    ("--12-28", "2025-01-05", "2024-12"),  # nearest year, as the dates stage resolves
    ("--01-05", "2025-12-20", "2026-01"),
    ("--05", "2025-05-01", "2025-05"),
    ("--05-09", None, None),  # no year anywhere
    ("2024", "2025-05-02", None),  # a year is not a month, and is not the published month either
    (None, "2025-05-02T10:00:00Z", "2025-05"),
    (None, None, None),
    ("2025-13-01", None, None),
])
def test_event_month(date, published, month):
    assert dyads.event_month(date, published) == month


# --- one pair -------------------------------------------------------------------------------------


def test_dyad_counts_both_directions_and_only_shown_events(conn):
    d = dyads.dyad(conn, "VNM", "BLR")
    assert d["a"] == "VNM" and d["b"] == "BLR"
    assert d["total_events"] == 8  # negated, low-confidence, other pairs, self and one-sided left out
    assert d["directions"] == {"VNM>BLR": 5, "BLR>VNM": 3}
    assert d["by_type"] == {"CONSULT": 4, "AGREE": 1, "SUPPORT": 1, FIGURES: 1, "THREATEN": 1}
    assert d["undated"] == 2
    assert dyads.dyad(conn, "blr", "vnm")["total_events"] == 8


def test_timeline_is_one_item_per_month_and_type(conn):
    d = dyads.dyad(conn, "VNM", "BLR")
    assert d["timeline"] == [
        {"month": "2024-12", "event": "CONSULT", "count": 1},
        {"month": "2025-04", "event": "AGREE", "count": 1},
        {"month": "2025-05", "event": "CONSULT", "count": 2},
        {"month": "2025-05", "event": FIGURES, "count": 1},
        {"month": "2025-05", "event": "SUPPORT", "count": 1},
    ]
    keys = [(p["month"], p["event"]) for p in d["timeline"]]
    assert len(keys) == len(set(keys))


def test_scores_follow_the_documented_scale(conn):
    d = dyads.dyad(conn, "VNM", "BLR")
    # 2024-12: CONSULT/phone 2; 2025-04: AGREE 6; 2025-05: CONSULT 3, CONSULT 3, SUPPORT/agreement 6 (figures not scored)
    assert d["scores"] == [{"month": "2024-12", "score": 2.0, "events": 1},
                           {"month": "2025-04", "score": 6.0, "events": 1},
                           {"month": "2025-05", "score": 4.0, "events": 3}]
    # overall also counts the undated: THREATEN/military -7 and CONSULT 3
    assert d["score"] == round((2 + 6 + 3 + 3 + 6 - 7 + 3) / 7, 2)


def test_latest_agreements_visits_and_figures(conn):
    d = dyads.dyad(conn, "VNM", "BLR")
    assert [e["id"] for e in d["agreements"]] == ["d1:e2", "d1:e1"]  # 2025-05-02 (published) before 2025-04-20
    assert [e["id"] for e in d["visits"]] == ["d1:e0", "d3:e0"]  # the undated visit last
    assert [e["id"] for e in d["figures"]] == ["d1:e5"]
    assert d["figures"][0]["quantities"][0]["text"] == "$1 billion"
    assert set(d["visits"][0]) >= {"event_text", "actor", "recipient", "date", "doc", "confidence"}
    assert d["stories"] == []


def test_same_country_unknown_code_and_empty_pair(conn):
    for a, b in (("VNM", "VNM"), ("VN", "BLR"), ("VNM", "USA")):
        d = dyads.dyad(conn, a, b)
        assert d["total_events"] == 0 and d["timeline"] == [] and d["score"] is None


def test_stories_of_documents():
    conn = sqlite3.connect(":memory:")
    assert dyads.stories_of(conn, ["d1"]) == []  # no story tables yet
    conn.executescript("""
        CREATE TABLE stories (id TEXT PRIMARY KEY, title TEXT, seq INTEGER);
        CREATE TABLE story_docs (doc TEXT PRIMARY KEY, story TEXT);
        INSERT INTO stories VALUES ('s1', 'Old story', 1), ('s2', 'New story', 2), ('s3', 'Unrelated', 3);
        INSERT INTO story_docs VALUES ('d1', 's1'), ('d2', 's1'), ('d3', 's2'), ('d9', 's3');
    """)
    assert dyads.stories_of(conn, ["d1", "d2", "d3"]) == [{"id": "s1", "title": "Old story"},
                                                          {"id": "s2", "title": "New story"}]
    assert dyads.stories_of(conn, ["d3"], limit=1) == [{"id": "s2", "title": "New story"}]


# --- export -----------------------------------------------------------------------------------------


def test_export_rows_per_unordered_pair_and_month(conn):
    rows = list(dyads.export_dyads(conn))
    assert [(r["a"], r["b"], r["month"]) for r in rows] == [
        ("BLR", "RUS", "2025-01"),
        ("BLR", "VNM", "2024-12"), ("BLR", "VNM", "2025-04"), ("BLR", "VNM", "2025-05"), ("BLR", "VNM", None),
        ("RUS", "VNM", "2025-05"),
    ]
    may = rows[3]
    def nonzero(row):
        return {t: n for t, n in row["events"].items() if n}

    assert nonzero(may) == {"CONSULT": 2, FIGURES: 1, "SUPPORT": 1} and may["total"] == 4 and may["score"] == 4.0
    assert nonzero(rows[4]) == {"CONSULT": 1, "THREATEN": 1} and rows[4]["score"] == -2.0
    # every row: the 16 PLOVER types in PLOVER order, then the bilat extension, zeros included
    assert all(list(r["events"]) == [*PLOVER_TYPES, FIGURES] for r in rows)
    assert rows[0]["score"] == -9.0
    assert sum(r["total"] for r in rows if r["b"] == "VNM" and r["a"] == "BLR") == 8


def test_export_dyads_through_the_cli(db):
    result = CliRunner().invoke(main, ["export", "dyads", "--db", db, "--format", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("a,b,month,events_")
    assert len(lines) == 7 and "BLR,VNM,2025-05," in result.output


def test_export_dyads_csv_has_fixed_columns_and_zeros(db):
    """A panel-data reader needs the same columns whatever pair comes first, and 0 (not a blank,
    read as missing) for a type with no events."""
    import csv
    import io

    result = CliRunner().invoke(main, ["export", "dyads", "--db", db, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output)))
    assert rows[0] == ["a", "b", "month", *(f"events_{t}" for t in (*PLOVER_TYPES, FIGURES)), "total", "score"]
    assert all(len(r) == len(rows[0]) for r in rows)
    type_cells = [c for r in rows[1:] for c in r[3:3 + len(PLOVER_TYPES) + 1]]
    assert "" not in type_cells and "0" in type_cells
    first = dict(zip(rows[0], rows[1], strict=True))  # BLR-RUS 2025-01: one ASSAULT
    assert first["events_ASSAULT"] == "1" and first["events_AGREE"] == "0" and first["total"] == "1"


# --- the terminal summary ---------------------------------------------------------------------------


def test_sparkline_scales_to_the_largest_value():
    assert dyads.sparkline([0, 1, 2, 4, 8]) == " ▁▂▄█"
    assert dyads.sparkline([3]) == "█"
    assert dyads.sparkline([0, 0]) == "  "
    assert dyads.month_span("2024-11", "2025-02") == ["2024-11", "2024-12", "2025-01", "2025-02"]


def test_summary_names_counts_sparkline_scores_and_sentences(conn):
    text = dyads.dyad_summary(conn, "VNM", "BLR")
    assert text.startswith("Vietnam (VNM) – Belarus (BLR)")
    assert "8 events (VNM→BLR 5, BLR→VNM 3); mean score +2.3" in text
    assert "By type: CONSULT 4, AGREE 1, STATEMENT_OF_FIGURES 1, SUPPORT 1, THREATEN 1" in text
    spark = re.search(r"2024-12 │(.*)│ 2025-05", text)
    assert spark is not None and len(spark.group(1)) == 6  # 2024-12 .. 2025-05
    assert spark.group(1) == "▂   ▂█"  # 1, 0, 0, 0, 1, 4 events
    assert "2 undated event(s)" in text
    assert "2025-05   +4.0  (3 events)" in text
    assert "Latest agreements:" in text and "d1 sentence 2: VNM support BLR." in text
    assert "[$1 billion]" in text


def test_summary_without_events(conn):
    assert "no events" in dyads.dyad_summary(conn, "VNM", "USA")
    assert "two different countries" in dyads.dyad_summary(conn, "VNM", "VNM")


def test_cli_dyad_prints_the_summary(db):
    result = CliRunner().invoke(main, ["dyad", "vnm", "blr", "--db", db])
    assert result.exit_code == 0, result.output
    assert "Vietnam (VNM) – Belarus (BLR)" in result.output
    assert "Latest visits:" in result.output and "CONSULT/visit VNM→BLR" in result.output
    result = CliRunner().invoke(main, ["dyad", "VNM", "USA", "--db", db])
    assert result.exit_code == 0 and "no events" in result.output


def test_summary_shows_a_year_less_date_with_its_year_unknown():
    assert dyads._shown_date("--11-15") == "????-11-15"
    assert dyads._shown_date("--11") == "????-11"
    assert dyads._shown_date("2025-05-02") == "2025-05-02"
    assert dyads._shown_date(None) == "undated"
    line = dyads._event_line({"event": "CONSULT", "mode": "visit", "actor": {"code": "BLR"},
                              "recipient": {"code": "VNM"}, "date": "--11-15", "event_text": "x"})
    assert line.startswith("  ????-11-15  CONSULT/visit BLR→VNM")
