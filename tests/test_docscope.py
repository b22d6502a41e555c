"""docscope (issue 10): which learned names later documents know (entities.Carry), and that the answer
is the same however the input is cut into ingest runs, and in the cluster path as in one process.

A name learned from a role apposition with its country, in full ("Kenyan Foreign Minister Nyokabi
Mohameda"), is carried to later documents; one learned without a country, or by one word, stays in
its document. An entity is decided on its first record: the store keeps that record (with every name
seen since), so a later run seeded from the store knows what one run over both inputs knew."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilat import store
from bilat.records import Document, Entity, Role
from bilat.stages import entities
from bilat.stages.entities import Carry, make_stage

# invented names whose given names are in no list of data/given_names.json, so only context can find them
STRONG = "Kenyan Foreign Minister Nyokabi Mohameda met her Ugandan counterpart in Nairobi on Monday."
WEAK = "Defence Minister Torvald Welland inspected the new frigate at the naval base on Tuesday."
WEAK_THEN_STRONG = "German Defence Minister Torvald Welland said on Thursday that the frigate would sail in May."
LATER = "Nyokabi Mohameda and Torvald Welland spoke by telephone about the border crossing on Friday."
SEQUENCE = (("1-strong", STRONG), ("2-weak", WEAK), ("3-weak-then-strong", WEAK_THEN_STRONG), ("4-later", LATER))


@pytest.fixture(autouse=True, scope="module")
def strong_carried():
    """The carry rules under test (entities.CARRY_STRONG); the consistency tests hold either way."""
    was, entities.CARRY_STRONG = entities.CARRY_STRONG, True
    yield
    entities.CARRY_STRONG = was


def _people(stage, text: str, doc_id: str = "d") -> list[tuple]:
    doc = stage(Document(id=doc_id, source="t", original=text, text=text, lang="en"))
    return [(doc.text[m.start:m.end], m.entity, m.iso3) for m in doc.mentions if m.kind == "person"]


def _named(people: list[tuple], word: str) -> list[tuple]:
    return [p[1:] for p in people if word in p[0]]


def test_strong_name_carried_weak_one_not():
    stage = make_stage()
    _people(stage, STRONG, "a")
    _people(stage, WEAK, "b")
    later = _people(stage, LATER, "c")
    assert _named(later, "Mohameda") == [("bilat:person:nyokabi-mohameda", "KEN")]
    assert _named(later, "Welland") == []
    assert _named(_people(make_stage(), LATER, "c"), "Mohameda") == []  # known only from the first article


def test_first_record_decides():
    """Welland, first learned without a country, is not carried when a later article names his country:
    the store keeps his first record, so a later run would not know him either."""
    stage = make_stage()
    _people(stage, WEAK, "b")
    assert _named(_people(stage, WEAK_THEN_STRONG, "c"), "Welland")  # known in the article that names him
    assert _named(_people(stage, LATER, "d"), "Welland") == []


def test_carry_rules():
    kenya = Role(title="foreign_minister", country="KEN")
    full = Entity(id="bilat:person:nyokabi-mohameda", kind="person", name="Nyokabi Mohameda", country="KEN",
                  roles=(kenya,), names={"en": ("Nyokabi Mohameda",)})
    one_word = Entity(id="bilat:person:mohameda", kind="person", name="Mohameda", country="KEN",
                      roles=(kenya,), names={"en": ("Mohameda",)})
    other_country = Entity.from_dict({**full.as_dict(), "id": "bilat:person:x", "country": "UGA"})
    no_role = Entity.from_dict({**full.as_dict(), "id": "bilat:person:y", "roles": []})
    assert [Carry.strong(e) for e in (full, one_word, other_country, no_role)] == [True, False, False, False]
    assert Carry(per_document=False)([one_word, no_role]) == [one_word, no_role]  # the process scope keeps all
    carry = Carry(per_document=True)
    weak_first = Entity.from_dict({**full.as_dict(), "country": None, "roles": []})
    assert carry([weak_first, full]) == []  # decided on the first record
    assert Carry(per_document=True)([full, weak_first]) == [full, weak_first]


def _ingest(db: str, folder: Path, names: list[str], cluster: bool = False) -> None:
    from bilat.ingest import Ingestor

    conn = store.connect(db)
    try:
        if cluster:
            from bilat.engine import ClusterIngestor

            ClusterIngestor(conn, SyncClient(), stories=False, batch=1, in_flight=3).run(
                [folder / f"{n}.txt" for n in names])
        else:
            Ingestor(conn, stories=False).run([folder / f"{n}.txt" for n in names])
    finally:
        conn.close()


def _stored_people(db: str) -> list[tuple]:
    conn = store.connect(db)
    try:
        rows = conn.execute("SELECT d.source, m.start, m.\"end\", m.entity, m.iso3 FROM mentions m "
                            "JOIN documents d ON d.id = m.doc WHERE m.kind='person' ORDER BY d.source, m.start")
        return [(Path(r[0]).stem, *tuple(r)[1:]) for r in rows]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("docscope")
    for name, text in SEQUENCE:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def one_run(inputs, tmp_path_factory) -> list[tuple]:
    db = str(tmp_path_factory.mktemp("one") / "s.db")
    _ingest(db, inputs, [n for n, _ in SEQUENCE])
    found = [tuple(r) for r in _stored_people(db)]
    later = [r for r in found if "later" in r[0]]
    assert [r[3:] for r in later] == [("bilat:person:nyokabi-mohameda", "KEN")]  # Welland is not carried
    return found


@pytest.mark.parametrize("cut", [1, 2, 3])
def test_two_runs_equal_one_run(inputs, one_run, tmp_path, cut):
    """Run A then run B (the second seeded from the store) stores the people one run of A+B stores."""
    db = str(tmp_path / "s.db")
    names = [n for n, _ in SEQUENCE]
    _ingest(db, inputs, names[:cut])
    _ingest(db, inputs, names[cut:])
    assert [tuple(r) for r in _stored_people(db)] == one_run


class _Done:
    def __init__(self, value) -> None:
        self.value = value

    def result(self):
        return self.value

    def cancel(self) -> None:
        pass


class SyncClient:
    """A stand-in for a Dask client that runs each batch when it is submitted, in this process: a batch
    is analysed before the batches sent ahead of it commit (the speculation a real cluster makes)."""

    def scheduler_info(self) -> dict:
        return {"workers": {"w1": {}}}

    def register_plugin(self, plugin, name=None) -> None:
        plugin.setup()

    def submit(self, fn, *args, key=None, pure=None):
        return _Done(fn(*args))


def test_cluster_path_equals_one_process(inputs, one_run, tmp_path):
    db = str(tmp_path / "s.db")
    _ingest(db, inputs, [n for n, _ in SEQUENCE], cluster=True)
    assert [tuple(r) for r in _stored_people(db)] == one_run


def test_cluster_sends_only_carried_names(inputs, tmp_path):
    from bilat.engine import ClusterIngestor

    conn = store.connect(str(tmp_path / "s.db"))
    try:
        engine = ClusterIngestor(conn, SyncClient(), stories=False, batch=1, in_flight=1)
        engine.run([inputs / f"{n}.txt" for n, _ in SEQUENCE[:3]])
        assert sorted({e.id for e in engine.taught}) == ["bilat:person:nyokabi-mohameda"]
        assert {e.id for e in store.learned_entities(conn)} >= {"bilat:person:nyokabi-mohameda",
                                                                 "bilat:person:torvald-welland"}
    finally:
        conn.close()
