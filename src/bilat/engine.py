"""Analysis on a Dask distributed cluster; the store is written by one client, in input order.

Workers do the expensive part, the per-article pipeline and the story embeddings: each worker
process builds the Pipeline once (a worker plugin) and analyses batches of articles. The client
reads the files, decides which articles need analysis (content hash, id clashes: the same rules
as ``Ingestor``), sends batches to the cluster, and commits the results strictly in input order,
each document in its own transaction under the store's write lock (the advisory lock on
PostgreSQL), with its story link. Story linking depends on order, so committing in input order
gives exactly the stories a single-process ingest gives.

Decisions for later batches are made before earlier ones are committed (that is what keeps the
workers busy): they count the articles in flight as if already stored. Each batch's decisions are
checked again against the store just before it commits; where they differ (an earlier article
failed, another process wrote meanwhile) the batches from there on are dropped and planned again,
so the result never depends on the speculation.

A single process may use names learned from one article in every later one: those ``entities.Carry``
keeps (by default, ``entities.DOC_SCOPE``, none; with ``entities.CARRY_STRONG`` a strong first record: a
person named in full with a role and its country; all of them with the stage's ``per_document`` off). The client decides
with its own ``Carry`` (seeded with the store's names, as the workers' stages are) which names the
committed articles taught are carried, and sends only those. So each batch is analysed knowing the
carried names of the articles committed before it was sent; when it commits, if articles committed
since carried names that occur in its text, it is analysed again with them (``reanalysed`` counts
these; never where nothing is carried). Some learned
entities stay in the document that found them (``Entity.local``: a one-word name, a leader's
namesake): the flag travels with the taught entity, so a worker knows them as a single process
does, without matching text with them.

A worker that dies mid-batch loses nothing: the scheduler runs its unfinished batches again on
another worker (analysis is a pure function of the article), and nothing is committed until a
batch's result reaches the client, so nothing is committed twice (and the content-hash key would
refuse it anyway).
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import os
import pickle
import re
import threading
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from bilat import store
from bilat.errors import BadInput, BilatError
from bilat.ingest import (
    BUG_ERRORS,
    Ingestor,
    Progress,
    Report,
    Summary,
    _kept,
    count_articles,
    read_guarded,
)
from bilat.normalize import match_text
from bilat.pipeline import Pipeline, content_hash
from bilat.records import Document, Entity, RawArticle

# Batches in flight per worker: enough that a worker never waits for the client's commits.
IN_FLIGHT_PER_WORKER = 3

Item = RawArticle | BadInput
# (analysed document, analysis error, stories.Prepared or None, the entities it taught)
Result = tuple[Document, str | None, Any, tuple[Entity, ...]]


# --- the worker side ------------------------------------------------------------------------------

_PIPELINES: dict[str, tuple[Pipeline, list[Entity]]] = {}  # per worker process: key -> (pipeline, learned)
_LOCK = threading.Lock()


def options_key(options: dict) -> str:
    return hashlib.sha256(pickle.dumps(options)).hexdigest()[:16]


class PipelinePlugin(WorkerPlugin):
    """A Dask worker plugin: builds the pipeline (models, gazetteers, lexicons) once per worker
    process, when the worker starts or joins, never per task."""

    def __init__(self, options: dict) -> None:
        self.options = options
        self.key = options_key(options)
        self.name = f"bilat-pipeline-{self.key}"

    def setup(self, worker: Any = None) -> None:
        if self.key not in _PIPELINES:
            learned = list(self.options.get("entities", {}).get("learned", ()))
            _PIPELINES[self.key] = (Pipeline(options=self.options), learned)

    def teardown(self, worker: Any = None) -> None:
        _PIPELINES.pop(self.key, None)


def analyse_batch(key: str, docs: list[Document], stories: bool, taught: list[Entity]) -> list[Result]:
    """Run on a worker: the pipeline over a batch, then the story embeddings of those that passed.
    The entities stage starts from what ``entities.Carry`` keeps of the store's learned names plus
    ``taught`` (what the articles before this batch taught and the client's ``Carry`` kept, in order),
    as it would in a single process. A stage failure that is
    a bug in one article is that article's error (it is stored with it); anything else fails the task."""
    built = _PIPELINES.get(key)
    if built is None:
        raise RuntimeError(f"worker has no pipeline {key} (the bilat plugin did not run on it)")
    pipeline, learned = built
    with _LOCK:  # a worker with several threads: one batch at a time through the (stateful) pipeline
        stage = pipeline.stage("entities")
        reset = getattr(stage, "reset", None)
        if reset is not None:  # the stage carries of these what one process would have carried
            reset([*learned, *taught])
        results = pipeline.attempt_many(docs)
    out: list[Result] = []
    for doc, (analysed, failure) in zip(docs, results):
        taught_here = tuple(getattr(analysed, "learned", ()))
        if failure is None:
            out.append((analysed, None, None, taught_here))
        elif isinstance(failure.error, BUG_ERRORS + (BilatError,)):
            out.append((_kept(doc, analysed), failure.line(), None, taught_here))
        else:
            raise failure.error
    if stories:
        from bilat.corpus.stories import prepare_all

        ok = [i for i, r in enumerate(out) if r[1] is None]
        try:
            preps = prepare_all([out[i][0] for i in ok])
        except BUG_ERRORS:
            preps = [None] * len(ok)  # the client embeds them one by one, naming the bad one
        for i, prep in zip(ok, preps):
            out[i] = (out[i][0], None, prep, out[i][3])
    return out


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w{3,}", match_text(text)))


def matters(taught: list[Entity], docs: list[Document]) -> bool:
    """Whether names taught since a batch was sent could change its analysis: a word of one of
    their names occurs in one of its articles (a loose test: when in doubt, analyse again)."""
    names = {w for e in taught for vs in (*e.names.values(), (e.name,)) for v in vs for w in _words(v)}
    return bool(names) and any(names & _words(doc.original) for doc in docs)


# --- the client side ------------------------------------------------------------------------------


@dataclass
class Plan:
    """One batch: the input items it consumed, the articles it sends for analysis, and what its
    decisions counted and said (applied only when the batch commits)."""

    items: list[Item]
    queued: list[tuple[str, Document]] = field(default_factory=list)
    summary: Summary = field(default_factory=Summary)
    messages: list[tuple[bool, str]] = field(default_factory=list)  # (is a warning, message)
    future: Any = None
    taught: int = 0  # how many taught names the batch was analysed with

    def keys(self) -> list[tuple[str, str, str]]:
        return [(source, doc.id, content_hash(doc.original)) for source, doc in self.queued]


class ClusterIngestor(Ingestor):
    """``Ingestor`` whose analysis runs on a Dask cluster (``client``); commits stay in this process."""

    def __init__(self, conn: store.Connection, client: Any, *, stories: bool = True, error: Report | None = None,
                 warn: Report | None = None, batch: int = 16, in_flight: int | None = None) -> None:
        super().__init__(conn, stories=stories, error=error, warn=warn, batch=batch)
        self.client = client
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        self.in_flight = in_flight or IN_FLIGHT_PER_WORKER * workers
        self.options = {"entities": {"learned": store.learned_entities(conn)}}  # as Ingestor.pipeline
        self.plugin = PipelinePlugin(self.options)
        self.run_id = uuid.uuid4().hex[:8]
        self.replanned = 0  # batches planned again after a failed check (for tests and the log)
        self.reanalysed = 0  # batches analysed again for names taught while they were in flight
        self.taught: list[Entity] = []  # names the committed articles of this run taught and carry kept, in order
        from bilat.stages.entities import Carry

        # the workers' stages take the same per_document (the pipeline options) and the same seeds
        self.carry = Carry(self.options["entities"].get("per_document"))
        self.carry(self.options["entities"]["learned"])
        self._inflight: dict[str, dict[str, Any]] = {}  # hash -> the row it will have once committed
        self._inflight_ids: dict[str, str] = {}  # id -> hash, of the articles in flight
        self._speculating = False
        self._recording: Plan | None = None
        self._batches = itertools.count()

    # the store as it will be once the batches in flight commit
    def stored(self, *, hash_: str | None = None, doc_id: str | None = None) -> Any:
        if self._speculating:
            if hash_ is not None and hash_ in self._inflight:
                return self._inflight[hash_]
            row = store.stored(self.conn, hash_=hash_) if hash_ is not None else None
            if row is not None:
                return row
            if doc_id is not None and doc_id in self._inflight_ids:
                return self._inflight[self._inflight_ids[doc_id]]
            return store.stored(self.conn, doc_id=doc_id) if doc_id is not None else None
        return super().stored(hash_=hash_, doc_id=doc_id)

    # --- planning: the decisions Ingestor.add makes, recorded per batch
    def _plan(self, items: Iterator[Item], *, speculate: bool) -> Plan | None:
        plan = Plan(items=[])
        saved = (self.summary, self.error, self.warn)
        self.summary = plan.summary
        self.error = lambda msg: plan.messages.append((False, msg))
        self.warn = lambda msg: plan.messages.append((True, msg))
        self._speculating = speculate
        try:
            for item in items:
                plan.items.append(item)
                self.take(item, self.queue)  # as Ingestor.run takes it
                if len(self.queued) >= self.batch:
                    break
        finally:
            self.summary, self.error, self.warn = saved
            self._speculating = False
            plan.queued, self.queued, self._pending_ids = self.queued, [], {}
        return plan if plan.items else None

    def _submit(self, plan: Plan) -> None:
        for source, doc in plan.queued:
            hash_ = content_hash(doc.original)
            self._inflight[hash_] = {"id": doc.id, "hash": hash_, "source": source, "error": None}
            self._inflight_ids[doc.id] = hash_
        if plan.queued:
            plan.taught = len(self.taught)
            plan.future = self.client.submit(
                analyse_batch, self.plugin.key, [doc for _, doc in plan.queued], self.linker is not None,
                list(self.taught), key=f"bilat-analyse-{self.run_id}-{next(self._batches)}", pure=False)

    def _forget(self, plan: Plan) -> None:
        for _, doc in plan.queued:
            hash_ = content_hash(doc.original)
            if self._inflight.get(hash_, {}).get("id") == doc.id:
                del self._inflight[hash_]
            if self._inflight_ids.get(doc.id) == hash_:
                del self._inflight_ids[doc.id]

    # --- the run
    def run(self, paths: Iterable[str | os.PathLike[str]], progress: Progress | None = None) -> Summary:
        files = self.files(paths)
        total = sum(count_articles(f) for f in files if isinstance(f, Path))
        self.client.register_plugin(self.plugin, name=self.plugin.name)
        source: Iterator[Item] = self._items(files, self.warn)
        waiting: deque[Plan] = deque()
        done = 0
        try:
            while True:
                while len(waiting) < self.in_flight:
                    plan = self._plan(source, speculate=True)
                    if plan is None:
                        break
                    self._submit(plan)
                    waiting.append(plan)
                if not waiting:
                    break
                plan = waiting.popleft()
                results = plan.future.result() if plan.future is not None else []
                self._forget(plan)
                check = self._plan(iter(plan.items), speculate=False)
                if check is None or check.keys() != plan.keys() or len(check.items) != len(plan.items):
                    # an earlier article failed or another writer stored something meanwhile: plan
                    # this batch and the ones after it again, against the store as it is now
                    self.replanned += 1 + len(waiting)
                    for later in waiting:
                        self._forget(later)
                        if later.future is not None:
                            later.future.cancel()
                    items = [*plan.items, *(i for later in waiting for i in later.items)]
                    waiting.clear()
                    source = itertools.chain(items, source)
                    continue
                if plan.queued and plan.taught != len(self.taught) and \
                        matters(self.taught[plan.taught:], [doc for _, doc in plan.queued]):
                    self.reanalysed += 1
                    self._submit(plan)
                    results = plan.future.result()
                    self._forget(plan)
                self._commit(check, results)
                done += len(plan.items)
                if progress:
                    progress(done, max(total, done))
        finally:
            for plan in waiting:
                if plan.future is not None:
                    plan.future.cancel()
        self.revisit()  # as a local run ends (Ingestor.revisit)
        if progress:
            progress(max(total, done), max(total, done))
        return self.summary

    @staticmethod
    def _items(files: list[Path | BadInput], warn: Report) -> Iterator[Item]:
        """The input, read once: a reader's warnings are said as it reads (not per batch)."""
        for item in files:
            if isinstance(item, BadInput):
                yield item
                continue
            yield from read_guarded(item, warn)

    def _commit(self, plan: Plan, results: list[Result]) -> None:
        """Apply a checked plan: its counts and messages, then each document in input order."""
        for field_ in dataclasses.fields(Summary):
            if field_.name != "errors":
                setattr(self.summary, field_.name, getattr(self.summary, field_.name) + getattr(plan.summary, field_.name))
        self.summary.errors += plan.summary.errors
        for is_warning, message in plan.messages:
            (self.warn if is_warning else self.error)(message)
        for (source, _), (analysed, error, prep, taught) in zip(plan.queued, results):
            self.taught.extend(self.carry(taught))
            if error is not None:
                self.warn(f"{source}: {error}; stored without analysis, analysed again on the next ingest "
                          "or by `bilat reanalyze`")
            self._save(source, analysed, error, prep)


# --- clusters -------------------------------------------------------------------------------------


def connect(workers: int | None = None, cluster: str | None = None) -> Any:
    """A Dask client: to the scheduler at ``cluster`` (tcp://host:8786), or to a new local cluster of
    ``workers`` processes with one thread each (closing the client closes that cluster)."""
    from distributed import Client, LocalCluster

    if cluster:
        try:
            return Client(cluster, timeout="20s")
        except (OSError, TimeoutError, ValueError) as e:  # ValueError: no address ("missing port number")
            raise BilatError(f"cannot reach the Dask scheduler at {cluster} ({e})") from e
    local = LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=True, dashboard_address=":0")
    client = Client(local)
    client._bilat_cluster = local  # type: ignore[attr-defined] - closed with the client by close()
    return client


def close(client: Any) -> None:
    local = getattr(client, "_bilat_cluster", None)
    client.close()
    if local is not None:
        local.close()


def ingest(paths: Iterable[str | os.PathLike[str]], db: str | None = None, *, workers: int | None = None,
           cluster: str | None = None, **kwargs: Any) -> Summary:
    """Library entry point: ingest files with the analysis on a Dask cluster."""
    client = connect(workers, cluster)
    try:
        conn = store.connect(db)
        try:
            return ClusterIngestor(conn, client, **kwargs).run(paths)
        finally:
            conn.close()
    finally:
        close(client)
