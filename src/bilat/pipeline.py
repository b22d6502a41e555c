"""The pipeline: one explicit table of stages and a small runner.

A stage is a function ``Document -> Document``. Stages that load something (a gazetteer,
a model) are built once by a factory ``make_stage(**options)`` in the stage's own module.
Each stage says which Document fields it needs and which it adds; the order is checked
when the pipeline is built, not when it fails on article 4,000.
"""

from __future__ import annotations

import hashlib
import importlib
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from bilat.errors import PipelineError
from bilat.records import Document, RawArticle

StageFn = Callable[[Document], Document]


@dataclass(frozen=True, kw_only=True)
class Stage:
    name: str
    factory: str  # "module:function" returning a StageFn
    needs: frozenset[str]
    adds: frozenset[str]


def _stage(name: str, needs: Iterable[str], adds: Iterable[str]) -> Stage:
    return Stage(name=name, factory=f"bilat.stages.{name}:make_stage", needs=frozenset(needs), adds=frozenset(adds))


# ingest -> clean -> language -> sentences -> entities -> events; stories run against the store.
STAGES: tuple[Stage, ...] = (
    _stage("metadata", needs={"original"}, adds={"title", "url", "published", "outlet"}),
    _stage("clean", needs={"original"}, adds={"text", "paragraphs", "removed"}),
    _stage("lang", needs={"text", "paragraphs"}, adds={"lang"}),
    _stage("sentences", needs={"text", "paragraphs", "lang"}, adds={"sentences"}),
    _stage("entities", needs={"text", "sentences", "lang"}, adds={"mentions"}),
    _stage("dates", needs={"text", "sentences", "lang", "published"}, adds={"dates"}),
    _stage("quantities", needs={"text", "sentences", "lang"}, adds={"quantities"}),
    _stage("events", needs={"sentences", "mentions", "dates", "quantities"}, adds={"events"}),
    _stage("places", needs={"mentions", "events"}, adds=set()),  # event_loc as a place id
)

BASE_FIELDS = frozenset({"id", "source", "original", "fmt"})


def check_order(stages: Sequence[Stage]) -> None:
    """Raise PipelineError if a stage needs a field no earlier stage adds."""
    have = set(BASE_FIELDS)
    for stage in stages:
        missing = stage.needs - have
        if missing:
            raise PipelineError(f"stage {stage.name!r} needs {sorted(missing)}, which no earlier stage adds")
        have |= stage.adds


def _build(stage: Stage, options: dict) -> StageFn:
    module_name, func_name = stage.factory.split(":")
    factory = getattr(importlib.import_module(module_name), func_name)
    fn = factory(**options.get(stage.name, {}))
    if not callable(fn):
        raise PipelineError(f"stage {stage.name!r}: factory did not return a function")
    return fn


@dataclass(frozen=True, kw_only=True)
class StageFailure:
    stage: str
    error: Exception

    def line(self) -> str:
        return f"stage {self.stage!r} failed ({type(self.error).__name__}: {self.error})"


class Pipeline:
    """Built once; call it on many documents."""

    def __init__(self, stages: Sequence[Stage] = STAGES, *, until: str | None = None,
                 options: dict | None = None) -> None:
        if until is not None:
            names = [s.name for s in stages]
            if until not in names:
                raise PipelineError(f"unknown stage {until!r}; stages are {names}")
            stages = stages[: names.index(until) + 1]
        check_order(stages)
        self.stages = tuple(stages)
        opts = options or {}
        self._fns = [(s.name, _build(s, opts)) for s in self.stages]

    def stage(self, name: str) -> StageFn | None:
        """The built function of the stage ``name`` (None if this pipeline lacks it)."""
        return dict(self._fns).get(name)

    def __call__(self, doc: Document) -> Document:
        for name, fn in self._fns:
            out = fn(doc)
            if not isinstance(out, Document):
                raise PipelineError(f"stage {name!r} returned {type(out).__name__}, not Document")
            doc = out
        return doc

    def attempt(self, doc: Document) -> tuple[Document, StageFailure | None]:
        """Run every stage; when one raises an Exception, return the document as the stages before
        it left it, and the failure (ingest stores such an article with its error)."""
        for name, fn in self._fns:
            try:
                out = fn(doc)
            except Exception as e:  # noqa: BLE001 - handed back to the caller, named by stage
                return doc, StageFailure(stage=name, error=e)
            if not isinstance(out, Document):
                raise PipelineError(f"stage {name!r} returned {type(out).__name__}, not Document")
            doc = out
        return doc, None

    def attempt_many(self, docs: Sequence[Document]) -> list[tuple[Document, StageFailure | None]]:
        """``attempt`` over several documents, stage by stage: a stage with a ``batch`` method gets all
        the documents still going at once (the events stage embeds their sentences in one batch); if
        the batch raises, that stage runs one document at a time so the failure is the right one's."""
        state: list[tuple[Document, StageFailure | None]] = [(d, None) for d in docs]
        for name, fn in self._fns:
            going = [i for i, (_, f) in enumerate(state) if f is None]
            batch = getattr(fn, "batch", None)
            if batch is not None and len(going) > 1:
                try:
                    outs = list(batch([state[i][0] for i in going]))
                except Exception:  # noqa: BLE001 - run one by one below, to name the document
                    outs = None
                if outs is not None and len(outs) == len(going) and all(isinstance(o, Document) for o in outs):
                    for i, out in zip(going, outs):
                        state[i] = (out, None)
                    continue
            for i in going:
                try:
                    out = fn(state[i][0])
                except Exception as e:  # noqa: BLE001 - handed back to the caller, named by stage
                    state[i] = (state[i][0], StageFailure(stage=name, error=e))
                    continue
                if not isinstance(out, Document):
                    raise PipelineError(f"stage {name!r} returned {type(out).__name__}, not Document")
                state[i] = (out, None)
        return state

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)

    def run_many(self, docs: Sequence[Document]) -> list[Document]:
        """Every stage over all the documents, in order; a stage function with a ``batch`` method gets
        them all at once (the events stage embeds the candidate sentences of all of them in one batch)."""
        out = list(docs)
        for name, fn in self._fns:
            batch = getattr(fn, "batch", None)
            out = list(batch(out)) if batch is not None else [fn(d) for d in out]
            bad = next((d for d in out if not isinstance(d, Document)), None)
            if bad is not None or len(out) != len(docs):
                raise PipelineError(f"stage {name!r} returned {type(bad).__name__} or a wrong count, not Documents")
        return out


def content_hash(text: str) -> str:
    """The key that makes ingest idempotent: sha256 of the NFC text."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


def document_from_raw(raw: RawArticle) -> Document:
    original = raw.text.replace("\r\n", "\n").replace("\r", "\n")
    doc_id = raw.id or "d" + content_hash(original)[:15]
    return Document(id=doc_id, source=raw.source, original=original, fmt=raw.fmt,
                    title=raw.title, url=raw.url, published=raw.published, lang=raw.lang)


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def analyze(text: str, published: str | None = None, *, source: str = "<text>",
            pipeline: Pipeline | None = None) -> Document:
    """Run the whole pipeline on one text, storing nothing."""
    raw = RawArticle(source=source, text=text, published=published)
    return (pipeline or default_pipeline())(document_from_raw(raw))
