"""Story ids never collide, and every story_docs row is in exactly one exported story (issue 15, 1)."""

from __future__ import annotations

import json
from collections import Counter

import numpy as np
from click.testing import CliRunner

from bilat import cli, store
from bilat.corpus import stories
from bilat.records import Document, Mention
from bilat.store import repair


def _axis(i: int) -> np.ndarray:
    v = np.zeros(384, dtype=np.float32)
    v[i] = 1.0
    return v


def _add(conn, linker, doc_id: str, vec: np.ndarray, person: str | None = None) -> stories.Link:
    mentions = (Mention(start=0, end=1, text="x", entity=person, kind="person"),) if person else ()
    doc = Document(id=doc_id, source=doc_id, original=doc_id, text=doc_id, title=f"title {doc_id}", lang="en",
                   published="2025-05-09", mentions=mentions)
    prep = stories.Prepared(vector=vec, features=stories.features(doc))
    out = []
    store.save_document(conn, doc, after=lambda c, d: out.append(linker.link(c, d, prep)))
    return out[0]


def exported_stories(db: str) -> list[dict]:
    result = CliRunner().invoke(cli.main, ["export", "stories", "--db", db])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def assert_each_story_doc_exported_once(db: str) -> None:
    conn = store.connect(db)
    linked = {r[0] for r in conn.execute("SELECT doc FROM story_docs")}
    exported = Counter(d for s in exported_stories(db) for d in s["docs"])
    assert set(exported) == linked
    assert set(exported.values()) <= {1}


def test_ids_sharing_a_long_prefix_each_get_their_own_story(db_path, plain_means):
    conn = store.connect(db_path)
    linker = stories.make_linker(conn)
    ids = [f"saudinewsnet-2015-07-23-article-{i:04d}" for i in range(40)]
    links = [_add(conn, linker, doc_id, _axis(i)) for i, doc_id in enumerate(ids)]
    assert len({link.story for link in links}) == 40
    assert_each_story_doc_exported_once(db_path)
    assert len(exported_stories(db_path)) == 40


def test_a_taken_story_id_is_never_reused(db_path):
    conn = store.connect(db_path)
    first = stories.new_story_id(conn, "reuters-2018-09-01-a")
    stories._save(conn, first, 1, stories._empty_stats())
    again = stories.new_story_id(conn, "reuters-2018-09-01-a")
    assert again != first and again.startswith(first)
    assert stories.new_story_id(conn, "reuters-2018-09-01-b") not in (first, again)


def _legacy_store(db: str, monkeypatch) -> dict[str, str]:
    """A store written with the old rule, story id = "s-" + doc.id[:16]: stories overwrite each other."""
    real = stories.new_story_id
    monkeypatch.setattr(stories, "new_story_id", lambda conn, doc_id: f"s-{doc_id[:16]}")
    conn = store.connect(db)
    linker = stories.make_linker(conn)
    plan = [("reuters-2018-09-01-a", 0, "P1"), ("ap-2018-09-01-a2", 0, "P1"),  # a, and one joining it
            ("reuters-2018-09-01-b", 1, "P2"), ("afp-2018-09-01-b2", 1, "P2"),  # b overwrites a's record
            ("reuters-2018-09-01-c", 2, "P3"),                                      # c overwrites b's
            ("other-outlet-1", 0, "P1")]                                            # joins the same id
    story_of = {doc_id: _add(conn, linker, doc_id, _axis(axis), person).story for doc_id, axis, person in plan}
    monkeypatch.setattr(stories, "new_story_id", real)
    return story_of


def test_the_repair_migration_re_keys_overwritten_stories(db_path, plain_means, monkeypatch):
    story_of = _legacy_store(db_path, monkeypatch)
    assert len(set(story_of.values())) == 1  # every document under one colliding id
    exported = exported_stories(db_path)
    assert sum(len(s["docs"]) for s in exported) < len(story_of)  # documents missing from the export
    conn = store.connect(db_path)
    conn.execute("DELETE FROM migrations WHERE name='repair_0001_story_ids'")
    assert store.migrate(conn) == ["repair_0001_story_ids"]
    assert_each_story_doc_exported_once(db_path)
    groups = sorted(sorted(s["docs"]) for s in exported_stories(db_path))
    assert groups == [["afp-2018-09-01-b2", "reuters-2018-09-01-b"],
                      ["ap-2018-09-01-a2", "reuters-2018-09-01-a"],
                      ["other-outlet-1", "reuters-2018-09-01-c"]]
    # the re-keyed stories are found again by later documents through their index keys
    linker = stories.make_linker(conn)
    later = _add(conn, linker, "later-about-a", _axis(0), "P1")
    a_story = stories.stories_of_docs(conn, ["reuters-2018-09-01-a"])["reuters-2018-09-01-a"]
    assert later.story in (a_story, stories.stories_of_docs(conn, ["other-outlet-1"])["other-outlet-1"])
    assert_each_story_doc_exported_once(db_path)


def test_the_repair_leaves_a_sound_store_alone(db_path, plain_means):
    conn = store.connect(db_path)
    linker = stories.make_linker(conn)
    for i in range(5):
        _add(conn, linker, f"doc-{i}", _axis(i % 2), "P1" if i % 2 else "P2")
    before = [tuple(r) for r in conn.execute("SELECT * FROM stories ORDER BY id")]
    repair.repair_story_ids(conn)
    assert [tuple(r) for r in conn.execute("SELECT * FROM stories ORDER BY id")] == before


def test_an_old_store_is_repaired_when_the_cli_reads_it(db_path, plain_means, monkeypatch):
    """`bilat export stories` on a store written before the repair migrates it first."""
    _legacy_store(db_path, monkeypatch)
    conn = store.connect(db_path)
    conn.execute("DELETE FROM migrations WHERE name='repair_0001_story_ids'")  # as an old bilat left it
    conn.execute("UPDATE meta SET value='0' WHERE key='schema_version'")
    conn.close()
    exported = exported_stories(db_path)  # the CLI first, before anything else opens the store
    assert sorted(len(s["docs"]) for s in exported) == [2, 2, 2]
    assert_each_story_doc_exported_once(db_path)
