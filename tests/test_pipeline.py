import dataclasses

import pytest
from conftest import PLAIN

from bilat.errors import PipelineError
from bilat.pipeline import STAGES, Pipeline, Stage, check_order, content_hash, document_from_raw
from bilat.records import Document, RawArticle


def test_stage_table_order_is_consistent():
    check_order(STAGES)
    names = [s.name for s in STAGES]
    assert names.index("clean") < names.index("lang") < names.index("sentences") < names.index("events")


def test_a_stage_needing_a_missing_field_is_refused_at_build_time():
    swapped = (STAGES[2], STAGES[1])  # lang before clean
    with pytest.raises(PipelineError, match="lang.*needs"):
        check_order(swapped)


def bad_stage(**_):
    return lambda doc: {"not": "a document"}


def test_a_stage_returning_something_else_is_refused():
    stage = Stage(name="bad", factory="test_pipeline:bad_stage", needs=frozenset(), adds=frozenset())
    p = Pipeline((stage,))
    with pytest.raises(PipelineError, match="returned dict"):
        p(Document(id="x", source="s", original="t"))


def test_document_ids_are_content_hashes_unless_given():
    a = document_from_raw(RawArticle(source="a", text="Cafe\u0301\r\nline"))
    b = document_from_raw(RawArticle(source="b", text="Café\nline"))
    assert a.id == b.id and a.id.startswith("d") and len(a.id) == 16
    assert content_hash("Cafe\u0301") == content_hash("Café")
    assert document_from_raw(RawArticle(source="c", text="x", id="mine")).id == "mine"


def test_pipeline_runs_stages_in_order():
    doc = Pipeline(PLAIN)(document_from_raw(RawArticle(source="s", text="  Title line\nbody ")))
    assert doc.text == "Title line\nbody"
    assert dataclasses.asdict(doc.paragraphs[0])["end"] == len(doc.text)


def test_run_many_gives_what_one_by_one_gives():
    p = Pipeline(options={"events": {"embeddings": False}})
    texts = ["Việt Nam và Belarus đã ký thỏa thuận hợp tác quân sự tại Minsk ngày 15/11/2024.",
             "Iran's foreign minister met his Saudi counterpart in Riyadh on Monday.", ""]
    docs = [document_from_raw(RawArticle(source=f"s{i}", text=t)) for i, t in enumerate(texts)]
    many = p.run_many(docs)
    assert many == [p(d) for d in docs]
    assert [e.event for e in many[0].events] == ["SUPPORT"]


def batched_bad_stage(**_):
    fn = lambda doc: doc
    fn.batch = lambda docs: docs[:1]
    return fn


def test_run_many_refuses_a_batch_that_loses_documents():
    stage = Stage(name="bad", factory="test_pipeline:batched_bad_stage", needs=frozenset(), adds=frozenset())
    docs = [Document(id=str(i), source="s", original="t") for i in range(2)]
    with pytest.raises(PipelineError, match="wrong count"):
        Pipeline((stage,)).run_many(docs)


def failing_batch_stage(**_):
    def fn(doc):
        if doc.id == "bad":
            raise ValueError("bad document")
        return doc

    def batch(docs):
        return [fn(d) for d in docs]
    fn.batch = batch
    return fn


def test_attempt_many_names_the_failing_document_and_keeps_the_others():
    stage = Stage(name="flaky", factory="test_pipeline:failing_batch_stage", needs=frozenset(), adds=frozenset())
    docs = [Document(id=i, source="s", original="t") for i in ("a", "bad", "c")]
    got = Pipeline((stage,)).attempt_many(docs)
    assert [(d.id, f is None) for d, f in got] == [("a", True), ("bad", False), ("c", True)]
    assert got[1][1].stage == "flaky"
