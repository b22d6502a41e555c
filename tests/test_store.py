import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat import store
from bilat.records import Actor, Document, Entity, Event, Mention, Paragraph, Quantity, Role


def sample_doc(i: int = 0) -> Document:
    text = f"Viet Nam and Belarus signed an agreement {i}."
    return Document(
        id=f"d{i}", source="s.txt", original=text, text=text, lang="en",
        paragraphs=(Paragraph(start=0, end=len(text), lang="en"),),
        mentions=(Mention(start=0, end=8, text="Viet Nam", entity="Q881", kind="country", iso3="VNM"),),
        events=(Event(id=f"d{i}:e0", event="SUPPORT", actor=Actor(code="VNM"), recipient=Actor(code="BLR"),
                      confidence=0.9, end=len(text),
                      quantities=(Quantity(start=0, end=1, text="1", value=1.0),)),),
    )


def test_migrations_apply_once_and_record_a_version(tmp_path):
    path = tmp_path / "s.db"
    conn = store.connect(path)
    v = store.schema_version(conn)
    assert v >= 4
    assert store.migrate(conn) == []
    conn.close()
    assert store.schema_version(store.connect(path)) == v


def test_save_is_idempotent_and_round_trips(tmp_path):
    conn = store.connect(tmp_path / "s.db")
    doc = sample_doc()
    assert store.save_document(conn, doc) is True
    assert store.save_document(conn, doc) is False
    assert store.load_document(conn, doc.id) == doc
    row = conn.execute("SELECT actor, recipient, event FROM events").fetchone()
    assert tuple(row) == ("VNM", "BLR", "SUPPORT")
    assert store.counts(conn)["mentions_by_kind"] == {"country": 1}


def test_after_hook_failure_rolls_back_the_document(tmp_path):
    conn = store.connect(tmp_path / "s.db")

    def boom(c, d):
        raise ValueError("story linking failed")
    try:
        store.save_document(conn, sample_doc(), after=boom)
    except ValueError:
        pass
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0


def test_learned_entities_accumulate_variants(tmp_path):
    conn = store.connect(tmp_path / "s.db")
    e = Entity(id="bilat:person:ravkov", kind="person", name="Andrei Ravkov", country="BLR",
               roles=(Role(title="defence_minister", country="BLR"),), names={"vi": ("Ravkov Andrei Alekseevich",)})
    with store.transaction(conn):
        store.save_entity(conn, e, doc="d1")
    with store.transaction(conn):
        store.save_entity(conn, Entity(id=e.id, kind="person", name=e.name, names={"zh": ("拉夫科夫",)}), doc="d2")
    (got,) = store.learned_entities(conn)
    assert got.names == {"vi": ("Ravkov Andrei Alekseevich",), "zh": ("拉夫科夫",)}
    assert got.roles[0].title == "defence_minister"


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=1, max_size=200), st.text(max_size=50))
def test_any_text_round_trips(tmp_path_factory, text, title):
    conn = store.connect(tmp_path_factory.mktemp("h") / "s.db")
    doc = Document(id="x", source="s", original=text, text=text, title=title)
    store.save_document(conn, doc)
    assert store.load_document(conn, "x") == doc
    assert json.loads(conn.execute("SELECT data FROM documents").fetchone()[0])["original"] == text


def test_mention_form_is_stored_and_exported(tmp_path):
    from bilat import export

    conn = store.connect(tmp_path / "s.db")
    text = "Israeli and Israel"
    doc = Document(id="f1", source="s.txt", original=text, text=text, lang="en", mentions=(
        Mention(start=0, end=7, text="Israeli", entity="Q801", kind="country", iso3="ISR", form="demonym"),
        Mention(start=12, end=18, text="Israel", entity="Q801", kind="country", iso3="ISR")))
    store.save_document(conn, doc)
    assert [(r["text"], r["form"]) for r in export.mentions(conn)] == [("Israeli", "demonym"), ("Israel", "name")]
    assert store.load_document(conn, "f1").mentions[0].form == "demonym"


def test_migration_builds_the_event_list_and_mention_dates_of_an_existing_store(tmp_path):
    """A store written before 0007/0008 gets its narrow event rows and its mentions' article dates
    when it is next opened for writing; new documents write them as they are saved."""
    from webstore import build

    path = str(tmp_path / "old.db")
    build(path)
    conn = store.connect(path)
    expected = conn.execute("SELECT e.id, e.event, e.actor, e.recipient, e.date, d.lang, d.published "
                            "FROM events e JOIN documents d ON d.id = e.doc ORDER BY e.id").fetchall()
    assert expected
    written = conn.execute("SELECT id, event, actor, recipient, date, lang, published FROM event_list "
                           "ORDER BY id").fetchall()
    assert [tuple(r) for r in written] == [tuple(r) for r in expected]
    # as the store was before: no table, no column, no record of the migrations
    conn.executescript("DROP TABLE event_list; DROP INDEX mentions_entity_published; "
                       "ALTER TABLE mentions DROP COLUMN published; "
                       "DELETE FROM migrations WHERE name IN ('0007_event_list', '0008_mention_published');")
    conn.close()
    conn = store.connect(path)
    rebuilt = conn.execute("SELECT id, event, actor, recipient, date, lang, published FROM event_list "
                           "ORDER BY id").fetchall()
    assert [tuple(r) for r in rebuilt] == [tuple(r) for r in expected]
    period = {r[0]: r[1] for r in conn.execute("SELECT id, period FROM event_list")}
    for r in expected:  # its own date when that has a year, else its article's
        assert period[r["id"]] == (r["date"] if r["date"] and r["date"][:1].isdigit() else r["published"])
    assert conn.execute("SELECT count(*) FROM mentions m JOIN documents d ON d.id = m.doc "
                        "WHERE m.published IS NOT d.published").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM mentions WHERE published IS NOT NULL").fetchone()[0] > 0
    conn.execute("DELETE FROM documents WHERE id = ?", (expected[0]["id"].split(":")[0],))
    assert conn.execute("SELECT count(*) FROM event_list WHERE doc = ?",
                        (expected[0]["id"].split(":")[0],)).fetchone()[0] == 0  # cascades with its article


def test_a_postgresql_store_that_refuses_is_one_line() -> None:
    """review: psycopg's reason spans two lines ('Connection refused' then '\\tIs the server running ...');
    the error a user reads is one line."""
    pytest.importorskip("psycopg")
    from bilat.errors import StoreError

    with pytest.raises(StoreError) as e:
        store.connect("postgresql://nobody@127.0.0.1:1/none")
    message = str(e.value)
    assert "\n" not in message and "\t" not in message
    assert message.startswith("postgresql://nobody@127.0.0.1:1/none: cannot connect to PostgreSQL (")
