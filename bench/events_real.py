"""Events, people and countries on real labelled news (bench/data/events), per language.

    .venv/bin/python bench/events_real.py [--half dev|test|both] [--no-classifier] [--lexicon-only]
    .venv/bin/python bench/events_real.py --half dev --lang fa --misses   # one language; dev misses
    .venv/bin/python bench/events_real.py --half dev --batch batch20 --by-outlet   # one batch, per outlet
    .venv/bin/python bench/events_real.py --half dev --out-of-fold        # dev, classifier out of fold
    .venv/bin/python bench/events_real.py --half dev --out-of-fold --fold-by outlet   # ... of the outlet
    .venv/bin/python bench/events_real.py --half dev --out-of-fold --no-cache   # ... computing everything again

``--lang`` keeps the articles of one language (or a comma-separated list); ``--batch batch20`` keeps the
articles of one batch file (a first pass on newly labelled outlets); ``--by-outlet`` reports one line per
language and outlet instead of per language; ``--misses`` (dev only)
prints each missed gold event and each false predicted event with the sentence's parties.
``--out-of-fold`` (dev only) scores each dev article with a classifier trained without it: the folds of
``scripts/train_event_classifier.py`` (5 by article), each trained on the hand-written data and the other
four folds (``fit``, as there), with the shipped per-type thresholds (chosen out of fold there too). The
shipped classifier was trained on all of dev, so plain dev figures are in sample; these are the honest ones.
``--fold-by outlet`` holds out every article of one outlet together (one fold per outlet; a language whose
dev half is one outlet is held out whole): the figure for an outlet bilat was never tuned on, which the
article folds overstate when a classifier learns an outlet's phrasing and countries.
Out of fold, the stages before ``events`` are built once, and the events stage's sentence vectors and each fold's
fitted classifier are kept on disk (``~/.cache/bilat-bench``, ``BILAT_BENCH_CACHE`` to move it; keyed by the exact
text and model, and by the training matrix and fitting code), and so are the documents of the stages before
``events`` (keyed by the article and a hash of the package's code and data but the events stage's own files,
``earlier_hash``: a change of the events stage or its data keeps them): a second run is minutes, with the same
figures. Without ``--out-of-fold`` the documents of the stages before ``events`` are kept the same way.
``--no-cache`` computes everything again.

Runs the whole pipeline on each article of the half and compares with the hand labels
(bench/event_corpus.py loads them):

- events: a gold event is one with status realised or planned whose actor and recipient are both
  states. A predicted event is an exported one (``events.exported``) with an actor and a recipient.
  They match when their sentences overlap, the type is the same and the pair is the same (in either
  order). precision = matched / predicted, recall = matched / gold, "dir" = the share of matched
  events whose actor is the gold actor, "P dir" = precision counting a reversed event as wrong.
  Predicted events without a recipient are counted apart ("1-party"). A labelled sentence the clean stage
  dropped as a verbatim copy of a kept line (a headline the body has twice) is read where bilat kept it: an
  event bilat tells there counts for that sentence too, as if the copy had been kept (``copies``); a dropped line
  that says the same in other words gets no such place. ``STATEMENT_OF_FIGURES`` events
  (bilat's extension for figures; GUIDE.md labels only the 16 PLOVER types) are left out of both.
- events per article: the distinct (type, pair) facts of an article, gold against predicted, however
  many sentences tell them. An analyst reads the record this way (a fact bilat misses is a relation
  never seen; one found in any sentence is seen), and bilat reports an event once per article where
  the sentence count would ask for it in each. "dir" = the share of matched facts whose actor is
  one of the gold actors of that fact.
- people: a gold person is found when a person mention overlaps the name as written in its sentence.
- countries: per sentence, the set of countries named (country mentions: names, demonyms,
  abbreviations; and capitals) against the gold ``countries``; and the same per article. A labelled line
  the clean stage dropped as a repeat of a kept one (a headline the body has twice) takes the countries
  read in the kept copy, as its events do (``copies``).

Each article is read as published: its headline, a blank line, its body.

Tune on ``dev``; quote ``test``; do not read test misses to fix them.
"""

from __future__ import annotations

import argparse
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import event_corpus

from bilat import plover
from bilat.pipeline import Pipeline, document_from_raw
from bilat.records import Document, RawArticle
from bilat.stages import events

COUNTED = ("realised", "planned")
PLOVER_TYPES = frozenset(plover.PLOVER_TYPES)


def align(doc: Document, text: str) -> list[tuple[int, int, int]]:
    """(doc start, doc end, offset into the corpus text) for each bilat sentence found in the text: searched
    from where its paragraph lies in the source (a line the body has twice is aligned to the copy bilat kept,
    not to the first one), else from the previous sentence, else anywhere."""
    out, cursor = [], 0
    off = len(doc.original) - len(text)  # the headline and blank line _as_published puts before the body
    for s in doc.sentences:
        piece = doc.text[s.start:s.end]
        para = next((p for p in doc.paragraphs if p.start <= s.start < p.end), None)
        at = -1
        if para is not None and para.src_start is not None and para.src_start >= off:
            at = text.find(piece, max(cursor, para.src_start - off))
        if at < 0:
            at = text.find(piece, cursor)
        if at < 0:
            at = text.find(piece)
        if at >= 0:
            out.append((s.start, s.end, at))
            cursor = at + len(piece)
    return out


REPEATS = ("duplicate", "caption")  # the kinds of Removed the clean stage gives a line repeated in a kept one


def copies(art: dict, doc: Document, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """(doc start, doc end, corpus sentence) for each labelled sentence that the clean stage dropped as a
    repeat (``REPEATS``) and whose text bilat kept verbatim elsewhere (a headline the body has twice, a caption
    repeating a line): the sentence is read once, there. Only a verbatim copy (NFC, ends stripped) is aligned; a
    dropped line that says the same otherwise is not, and its events count as missed."""
    text = art["text"]
    off = len(doc.original) - len(text)
    covered = {i for a, b, at in spans for i, s in enumerate(art["sentences"]) if s["start"] < at + b - a
               and at < s["end"]}
    dropped = [(r.src_start - off, r.src_end - off) for r in doc.removed
               if r.kind in REPEATS and r.src_start is not None and r.src_start >= off]
    out = []
    for i, s in enumerate(art["sentences"]):
        if i in covered or not any(a <= s["start"] < b for a, b in dropped):
            continue
        piece = unicodedata.normalize("NFC", text[s["start"]:s["end"]].strip())
        at = doc.text.find(piece) if piece else -1
        if at >= 0:
            out.append((at, at + len(piece), i))
    return out


def to_corpus(pos: int, spans: list[tuple[int, int, int]]) -> int | None:
    for a, b, at in spans:
        if a <= pos < b:
            return at + pos - a
    return None


def sentence_at(art: dict, pos: int | None) -> int | None:
    if pos is None:
        return None
    sents = art["sentences"]
    for i, s in enumerate(sents):  # the sentence holding pos; where one sentence ends right where the next
        if s["start"] <= pos < s["end"]:  # starts (Chinese, Thai: no space between), its start is the next one's
            return i
    for i, s in enumerate(sents):  # else a separator right after a sentence's end belongs to that sentence
        if pos == s["end"]:
            return i
    return None


class Tally:
    def __init__(self) -> None:
        self.n = defaultdict(int)

    def add(self, **kw: int) -> None:
        for k, v in kw.items():
            self.n[k] += v

    def ratio(self, a: str, b: str) -> str:
        return f"{self.n[a] / self.n[b]:.2f}" if self.n[b] else "  - "


def score_article(art: dict, doc: Document, t: Tally, misses: list | None = None) -> None:
    spans = align(doc, art["text"])
    sents = art["sentences"]
    gold = [(i, e) for i, s in enumerate(sents) for e in s.get("events", ())
            if e.get("status", "realised") in COUNTED and e.get("actor") and e.get("recipient")]
    pred = []
    copied = copies(art, doc, spans)
    for e in events.exported(doc.events):
        if e.event not in PLOVER_TYPES:  # figures are a bilat extension the labels do not have
            continue
        if not (e.actor and e.recipient and e.actor.code and e.recipient.code):
            t.add(one_party=1)
            continue
        for start, end in ((e.start, e.end), *e.tellings):  # every sentence bilat says tells the event
            a, b = to_corpus(start, spans), to_corpus(max(start, end - 1), spans)
            lo, hi = sentence_at(art, a), sentence_at(art, b)
            if lo is not None:
                pred.append((lo, hi if hi is not None else lo, e))
            # the same sentence where the body had it twice: a telling there too, as if the copy were kept; the
            # dropped lines that one bilat sentence holds (a headline the body repeats cut into several lines:
            # name, verb, guest) are one telling over them, as the sentence itself is, not one a line
            pred.extend((lo, hi, e) for lo, hi in _runs([c for c in copied if start < c[1] and c[0] < end]))
    used = set()
    matched = right_dir = 0
    # two passes: a prediction first takes a gold event told the same way round, then any of its unordered pair, so
    # "A accused B ... B accused A" told both ways is not scored as two reversals when the greedy order crosses them
    for same_way in (True, False):
        for n, item in enumerate(pred):
            if len(item) == 4:
                continue
            lo, hi, e = item
            for k, (i, g) in enumerate(gold):
                if k in used or not lo <= i <= hi or g["type"] != e.event:
                    continue
                if same_way and (g["actor"], g["recipient"]) != (e.actor.code, e.recipient.code):
                    continue
                if {g["actor"], g["recipient"]} == {e.actor.code, e.recipient.code}:
                    used.add(k)
                    pred[n] = (lo, hi, e, g["actor"] != e.actor.code)
                    matched += 1
                    right_dir += g["actor"] == e.actor.code
                    break
    t.add(gold=len(gold), pred=len(pred), matched=matched, right_dir=right_dir)
    _facts(gold, pred, t)
    if misses is not None:
        _misses(art, doc, spans, gold, used, pred, misses)
    _people(art, doc, spans, t)
    _countries(art, doc, spans, t)


def _runs(lines: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """(first, last) labelled sentence of each run of copied lines (doc start, doc end, sentence) that one bilat
    sentence holds one after the other: lines 5, 6, 7 whose copies follow each other in it are one run (5, 7);
    a line whose copy is not after the previous one's (a second copy of the same headline) starts its own."""
    out: list[tuple[int, int]] = []
    last = -1
    for a, b, i in sorted(lines, key=lambda x: x[2]):
        if out and i == out[-1][1] + 1 and a >= last:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
        last = b
    return out


def _facts(gold: list, pred: list, t: Tally) -> None:
    """Per article: distinct (type, unordered pair) facts, and the actors each was told with."""
    g: dict[tuple, set[str]] = defaultdict(set)
    for _, e in gold:
        g[(e["type"], frozenset((e["actor"], e["recipient"])))].add(e["actor"])
    p: dict[tuple, set[str]] = defaultdict(set)
    for item in pred:
        e = item[2]
        p[(e.event, frozenset((e.actor.code, e.recipient.code)))].add(e.actor.code)
    both = g.keys() & p.keys()
    t.add(f_gold=len(g), f_pred=len(p), f_matched=len(both), f_dir=sum(bool(g[k] & p[k]) for k in both))


def _misses(art: dict, doc: Document, spans: list, gold: list, used: set, pred: list, out: list) -> None:
    """Dev only: missed gold events (MISS), false predictions (FALSE) and reversed ones (REVERSED),
    each with the sentence's parties (mention text:iso3:kind/form) and every event bilat coded there."""
    def parties(i: int) -> str:
        ms = [m for m in doc.mentions if sentence_at(art, to_corpus(m.start, spans)) == i]
        return " ".join(f"{m.text}:{m.iso3}:{m.kind[:3]}/{m.form or '-'}" for m in ms) or "-"

    def coded(i: int) -> str:
        got = []
        for e in doc.events:
            lo = sentence_at(art, to_corpus(e.start, spans))
            if lo == i:
                a = e.actor.code if e.actor else None
                r = e.recipient.code if e.recipient else None
                got.append(f"{e.event}/{e.mode}:{a}>{r}:{e.confidence:.2f}{':' + e.aux if e.aux else ''}")
        return " ".join(got) or "-"

    def line(kind: str, i: int, what: str) -> None:
        s = art["sentences"][i]
        out.append(f"{kind} | {art['id']} | {what} | coded {coded(i)} | parties {parties(i)}\n    "
                   f"{art['text'][s['start']:s['end']][:300]}")

    for k, (i, g) in enumerate(gold):
        if k not in used:
            line("MISS", i, f"{g['type']}/{g.get('mode')} {g['actor']}>{g['recipient']} {g.get('status')}")
    for item in pred:
        lo, e = item[0], item[2]
        if len(item) == 3:
            line("FALSE", lo, f"{e.event}/{e.mode} {e.actor.code}>{e.recipient.code} {e.confidence:.2f}")
        elif item[3]:
            line("REVERSED", lo, f"{e.event}/{e.mode} {e.actor.code}>{e.recipient.code}")


def _people(art: dict, doc: Document, spans: list, t: Tally) -> None:
    persons = [(to_corpus(m.start, spans), m) for m in doc.mentions if m.kind == "person"]
    for s in art["sentences"]:
        body = art["text"][s["start"]:s["end"]]
        for p in s.get("people", ()):
            at = body.find(p["name"])
            if at < 0:
                continue
            a, b = s["start"] + at, s["start"] + at + len(p["name"])
            hit = any(pos is not None and a <= pos < b or pos is not None and pos <= a < pos + len(m.text)
                      for pos, m in persons)
            t.add(people=1, people_found=int(hit))


def _countries(art: dict, doc: Document, spans: list, t: Tally) -> None:
    """Per labelled sentence, the countries of the mentions bilat read in it; a labelled line the clean stage
    dropped as a repeat of one bilat kept (``copies``: a headline the body has twice) is read once, there, and
    takes that copy's countries, as its events do."""
    found: dict[int, set[str]] = defaultdict(set)
    copied = copies(art, doc, spans)
    for m in doc.mentions:
        if m.iso3 and (m.kind == "country" or m.form == "capital"):
            i = sentence_at(art, to_corpus(m.start, spans))
            if i is not None:
                found[i].add(m.iso3)
            for a, b, k in copied:
                if a <= m.start < b:
                    found[k].add(m.iso3)
    for i, s in enumerate(art["sentences"]):
        g = set(s.get("countries", ()))
        t.add(c_gold=len(g), c_pred=len(found[i]), c_right=len(g & found[i]))
    g_all = {c for s in art["sentences"] for c in s.get("countries", ())}
    f_all = set().union(*found.values()) if found else set()
    t.add(a_gold=len(g_all), a_pred=len(f_all), a_right=len(g_all & f_all))


def _as_published(art: dict) -> str:
    """The article as a reader gets it: the headline, then the body (the clean stage takes a first
    line for the headline)."""
    return f"{art['title']}\n\n{art['text']}" if art.get("title") else art["text"]


def batch_ids(name: str) -> set[str]:
    """The article ids of one batch file (bench/data/events/<name>.jsonl)."""
    path = event_corpus.DATA_DIR / f"{name}.jsonl"
    if not path.exists():
        sys.exit(f"no batch file {path}")
    return {line.split('"id": "', 1)[1].split('"', 1)[0] for line in path.read_text(encoding="utf-8").splitlines()}


def _keep(arts: list[dict], langs: frozenset[str] | None, ids: set[str] | None) -> list[dict]:
    return [a for a in arts if (langs is None or a["lang"] in langs) and (ids is None or a["id"] in ids)]


def group_key(art: dict, by_outlet: bool = False) -> str:
    """The report line an article is tallied into: its language, or language:outlet."""
    return f"{art['lang']}:{art['outlet']}" if by_outlet else art["lang"]


def run(half: str, pipeline: Pipeline | FoldStages, batch: int = 8, langs: frozenset[str] | None = None,
        misses: list | None = None, ids: set[str] | None = None, by_outlet: bool = False) -> dict[str, Tally]:
    arts = _keep(event_corpus.load(half), langs, ids)
    tallies: dict[str, Tally] = defaultdict(Tally)
    _score_into(tallies, arts, pipeline, batch, misses, by_outlet)
    return tallies


def _score_into(tallies: dict[str, Tally], arts: list[dict], pipeline: Pipeline | FoldStages, batch: int,
                misses: list | None, by_outlet: bool = False, collect: list | None = None) -> None:
    """Run the pipeline over the articles, a batch at a time, and score each into its language's
    (or language and outlet's) tally and the "all" tally; ``collect`` gets each (article, document)."""
    for k in range(0, len(arts), batch):
        chunk = arts[k:k + batch]
        docs = [document_from_raw(RawArticle(source=a["id"], text=_as_published(a), title=a.get("title"),
                                             published=a.get("published"), id=a["id"])) for a in chunk]
        for art, doc in zip(chunk, pipeline.run_many(docs)):
            score_article(art, doc, tallies[group_key(art, by_outlet)], misses)
            score_article(art, doc, tallies["all"])
            if collect is not None:
                collect.append((art, doc))


class FoldStages:
    """The pipeline for ``run_out_of_fold``, split where the classifier starts to matter: the stages before
    ``events`` (built once, ``before``), then ``events`` (built per fold with that fold's classifier, on
    prototypes embedded once) and the stages after it. ``run_many`` does what ``Pipeline.run_many`` of the
    whole pipeline does, stage by stage over the same batch, so the figures are the same; building the
    earlier stages (gazetteers, names) once instead of once per fold is what it saves."""

    def __init__(self, before: Pipeline | EarlierCache, events_opts: dict) -> None:
        from bilat.pipeline import STAGES, _build

        at = [s.name for s in STAGES].index("events")
        self.before = before
        self.after = [(s.name, _build(s, {"events": events_opts})) for s in STAGES[at:]]

    @staticmethod
    def earlier() -> Pipeline:
        """The pipeline of the stages before ``events``."""
        from bilat.pipeline import STAGES

        names = [s.name for s in STAGES]
        return Pipeline(until=names[names.index("events") - 1])

    def run_many(self, docs: list[Document]) -> list[Document]:
        out = self.before.run_many(docs)
        for _, fn in self.after:
            batch = getattr(fn, "batch", None)
            out = list(batch(out)) if batch is not None else [fn(d) for d in out]
        return out


class EarlierCache:
    """The stages before ``events`` (``FoldStages.earlier``: none of them depends on the classifier, and each reads
    one document at a time), their documents kept on disk (pickled, one file per article under the bench cache's
    ``documents``), keyed by the article as given, ``earlier_hash`` (the package's code and data but the events
    stage's own files), the installed
    distributions' versions (bilat's own left out) and the ``BILAT_*`` settings: a change of any of them computes the document again."""

    def __init__(self, pipeline: Pipeline, code: str, folder: Path | None = None) -> None:
        import hashlib
        import importlib.metadata
        import os

        from embed_cache import cache_dir

        self.pipeline = pipeline
        self.folder = folder or cache_dir() / "documents"
        # bilat itself is left out: earlier_hash covers its code and data, and a checkout may list it twice (an
        # editable install's dist-info and a stale src/bilat.egg-info), which made worktrees' keys differ
        dists = sorted({f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions()
                        if (d.metadata["Name"] or "").lower() != "bilat"})
        env = sorted(f"{k}={v}" for k, v in os.environ.items() if k.startswith("BILAT_") and k != "BILAT_BENCH_CACHE")
        self.salt = hashlib.sha1("\0".join([code, *dists, *env]).encode("utf-8")).hexdigest()

    def key(self, doc: Document) -> str:
        import hashlib

        fields = (doc.id, doc.source, doc.original, doc.fmt, doc.url, doc.title, doc.lang, doc.published)
        return hashlib.sha1(f"{self.salt}\0{fields!r}".encode()).hexdigest()

    def run_many(self, docs: list[Document]) -> list[Document]:
        import os
        import pickle

        out: list[Document | None] = []
        todo = []
        for i, d in enumerate(docs):
            path = self.folder / f"{self.key(d)}.pkl"
            got = None
            if path.is_file():
                try:
                    got = pickle.loads(path.read_bytes())
                except Exception:  # noqa: BLE001 - a broken file is computed again
                    got = None
            out.append(got if isinstance(got, Document) else None)
            if out[-1] is None:
                todo.append(i)
        if todo:
            self.folder.mkdir(parents=True, exist_ok=True)
            for i, d in zip(todo, self.pipeline.run_many([docs[i] for i in todo])):
                out[i] = d
                path = self.folder / f"{self.key(docs[i])}.pkl"
                tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp")
                tmp.write_bytes(pickle.dumps(d, protocol=pickle.HIGHEST_PROTOCOL))
                os.replace(tmp, path)
        return out  # type: ignore[return-value]


def fit_key(x, y, source: str) -> str:
    """The key of one classifier fit in the bench's disk cache: the training matrix, its labels and the
    fitting code (``source``: the text of ``train_event_classifier.fit``), so any change of the three is a miss."""
    import hashlib

    import numpy as np

    h = hashlib.sha1(source.encode("utf-8"))
    for a in (x, y):
        a = np.ascontiguousarray(a)
        h.update(f"{a.dtype}{a.shape}".encode())
        h.update(a.tobytes())
    return h.hexdigest()


def cached_fit(fit, x, y, cache: Path | None = None):
    """``fit(x, y)`` (``train_event_classifier.fit``, deterministic), kept on disk by ``fit_key`` under the bench
    cache (``embed_cache.cache_dir() / "fits"``): each fold's classifier is fitted once, not at every run."""
    import functools
    import inspect
    import os

    import numpy as np
    from embed_cache import cache_dir

    folder = cache or cache_dir() / "fits"
    if isinstance(fit, functools.partial):  # the fitting code and its arguments (the class balance)
        source = inspect.getsource(fit.func) + repr(sorted(fit.keywords.items()))
    else:
        source = inspect.getsource(fit)
    path = folder / f"{fit_key(x, y, source)}.npz"
    if path.is_file():
        with np.load(path) as data:
            return data["w"], data["b"]
    w, b = fit(x, y)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp.npz")
    np.savez(tmp, w=w, b=b)
    os.replace(tmp, path)
    return w, b


def code_hash() -> str:
    """A hash of every file of the package (src/bilat: code and data) and of the classifier's training script:
    what the trigger matrix and the embedded text of a sentence are computed by."""
    import hashlib

    h = hashlib.sha1()
    files = sorted(p for p in (ROOT / "src" / "bilat").rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for p in [*files, ROOT / "scripts" / "train_event_classifier.py"]:
        h.update(str(p.relative_to(ROOT)).encode("utf-8") + b"\0")
        h.update(p.read_bytes())
    return h.hexdigest()


# The files of src/bilat that only the events stage (and the stages after it) reads: no stage before ``events``
# imports these modules or reads these data files, so ``earlier_hash`` (the key of ``EarlierCache``) leaves them out
# and a change of the events stage or its data keeps the cached documents (tests/test_benchcache.py checks it).
EVENT_ONLY = ("stages/events.py", "stages/event_classifier.py", "stages/event_verifier.py",
              "data/event_classifier.npz", "data/event_classifier.meta.json", "data/event_verifier.json",
              "data/event_backref.json", "data/direction.json")
# Data files read by ``plover`` (which ``entities`` and ``names`` import) of which the earlier stages use only some
# sections: ``plover.KINGDOM`` (and ``document_kingdom``) from event_lexicon.json, nothing of plover_words.json (the
# events stage's word tables and prototypes); only those sections are hashed (the files' names are).
EARLIER_SECTIONS = {"data/event_lexicon.json": ("kingdom",), "data/plover_words.json": ()}


def earlier_hash(root: Path | None = None) -> str:
    """A hash of what the stages before ``events`` are computed by: every file of the package (src/bilat: code and
    data) but ``EVENT_ONLY``, and of ``EARLIER_SECTIONS``' files only those sections."""
    import hashlib
    import json

    pkg = (root or ROOT) / "src" / "bilat"
    h = hashlib.sha1()
    files = sorted(p for p in pkg.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for p in files:
        rel = p.relative_to(pkg).as_posix()
        if rel in EVENT_ONLY:
            continue
        h.update(rel.encode("utf-8") + b"\0")
        if rel in EARLIER_SECTIONS:
            data = json.loads(p.read_text(encoding="utf-8"))
            part = {k: data.get(k) for k in EARLIER_SECTIONS[rel]}
            h.update(json.dumps(part, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        else:
            h.update(p.read_bytes())
    return h.hexdigest()


def cached_features(tr, items: list[dict], code: str):
    """``train_event_classifier.features(items)`` (sentence vectors and the lexicon's trigger matrix), kept on disk
    under the bench cache by the items' texts and languages, the embedding model and ``code_hash``: a change of
    the package or of the script computes them again."""
    import hashlib
    import json
    import os

    import numpy as np
    from embed_cache import cache_dir, model_id

    h = hashlib.sha1(f"{code}\0{model_id()}\0".encode())
    h.update(json.dumps([(it["text"], it["lang"]) for it in items], ensure_ascii=False).encode("utf-8"))
    path = cache_dir() / "features" / f"{h.hexdigest()}.npy"
    if path.is_file():
        return np.load(path)
    x = tr.features(items)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp.npy")
    np.save(tmp, x)
    os.replace(tmp, path)
    return x


def run_out_of_fold(pipeline_opts: dict, langs: frozenset[str] | None = None, misses: list | None = None,
                    folds: int = 5, by: str = "article", precision: float | None = None,
                    ids: set[str] | None = None, by_outlet: bool = False, collect: list | None = None,
                    verifiers: dict | None = None, cache: bool = True, model: str | None = None) -> dict[str, Tally]:
    """Dev scored fold by fold, each fold's articles by a classifier trained without them. ``by``:
    ``article`` (5 folds of whole articles) or ``outlet`` (one fold per outlet: every article of an
    outlet held out together, ``train_event_classifier.fold_of``). ``precision``: the per-type thresholds
    are chosen again on the out-of-fold probabilities of this folding at that target precision (as
    ``train_event_classifier.py --fold-by`` does), else the shipped thresholds. ``verifiers``: the event
    verifier of each fold (``train_event_verifier.fold_verifiers``: trained without that fold's articles); ``collect``
    gets each (article, document).

    The stages before ``events`` are built once (``FoldStages``); with ``cache`` (the default) the events stage's
    sentence vectors (``embed_cache.VectorCache``) and each fold's fitted classifier (``cached_fit``) are kept on
    disk under ``~/.cache/bilat-bench``, and so are the training features (``cached_features``) and the documents
    the stages before ``events`` make (``EarlierCache``), so a second run computes none of them again; the figures
    are the same."""
    import dataclasses
    import functools
    import json

    import numpy as np

    sys.path.insert(0, str(ROOT / "scripts"))
    sys.path.insert(0, str(ROOT / "scripts" / "event_train"))
    import train_event_classifier as tr

    from bilat import embed
    from bilat.stages import event_classifier
    shipped, shipped_meta = event_classifier.load(), event_classifier.meta()
    if model is not None:  # another model file (its thresholds, cut-offs and class balance), e.g. a retrained one
        with np.load(model) as data:
            shipped = event_classifier.from_npz(dict(data))
        meta_path = Path(model).with_suffix(".meta.json")
        shipped_meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
    hand = tr.hand_items()
    dev = tr.corpus_items("dev")
    if cache:
        code = code_hash()
        x_hand, x_dev = cached_features(tr, hand, code), cached_features(tr, dev, code)
    else:
        x_hand, x_dev = tr.features(hand), tr.features(dev)
    y_hand, y_dev = tr.labels(hand), tr.labels(dev)
    groups = [it["group"] for it in dev]
    # each fold fitted as the shipped model was (its class balance, meta.json "balance"; 0.5 before it was recorded)
    fit = functools.partial(tr.fit, balance=shipped_meta.get("balance", 0.5))
    fold_of = tr.fold_of(groups, [it["outlet"] for it in dev], by, folds)
    thresholds = shipped.thresholds
    if precision is not None:
        oof = tr.out_of_fold(x_hand, y_hand, x_dev, y_dev, groups, fold=fold_of)
        thresholds = tr.type_thresholds(oof, y_dev, dev, precision)
        print("thresholds", dict(zip(shipped.types, map(float, thresholds))), file=sys.stderr)
    arts = _keep(event_corpus.load("dev"), langs, ids)
    tallies: dict[str, Tally] = defaultdict(Tally)
    vectors = None
    if cache and "prototypes" not in pipeline_opts and pipeline_opts.get("embeddings", True):
        from embed_cache import VectorCache

        vectors = VectorCache(embed.embed_passages)
        pipeline_opts = {**pipeline_opts, "prototypes": events.Prototypes(vectors)}
    before: Pipeline | EarlierCache = FoldStages.earlier()
    if cache:
        before = EarlierCache(before, earlier_hash())
    try:
        for f in sorted(set(fold_of.values())):
            held = [a for a in arts if fold_of.get(a["id"]) == f]
            if not held:
                continue
            keep = tr.np.array([fold_of.get(g) != f for g in groups])
            x, y = tr.np.vstack([x_hand, x_dev[keep]]), tr.np.vstack([y_hand, y_dev[keep]])
            w, b = cached_fit(fit, x, y) if cache else fit(x, y)
            clf = dataclasses.replace(shipped, weights=w, bias=b, thresholds=thresholds)
            opts = {**pipeline_opts, "classifier": clf}
            if verifiers is not None:
                opts["verifier"] = verifiers.get(f, False)
            _score_into(tallies, held, FoldStages(before, opts), 8, misses, by_outlet, collect)
    finally:
        if vectors is not None:
            vectors.save()
    return tallies


def report(half: str, tallies: dict[str, Tally]) -> None:
    print(f"\n{half}: events (type + both countries), direction, people, countries")
    print("lang  gold pred   P    R   dir  P dir 1-party | people  R   | countries  P    R  | per article P    R")
    for lang in sorted(tallies, key=lambda x: (x == "all", x)):
        t = tallies[lang]
        n = t.n
        if ":" in lang:
            print(lang)
            lang = ""
        p_dir = f"{n['right_dir'] / n['pred']:.2f}" if n["pred"] else "  - "
        print(f"{lang:4} {n['gold']:5} {n['pred']:4} {t.ratio('matched', 'pred')} {t.ratio('matched', 'gold')} "
              f"{t.ratio('right_dir', 'matched')} {p_dir} {n['one_party']:6}  | {n['people']:5} "
              f"{t.ratio('people_found', 'people')} | {n['c_gold']:7} {t.ratio('c_right', 'c_pred')} "
              f"{t.ratio('c_right', 'c_gold')} | {n['a_gold']:11} {t.ratio('a_right', 'a_pred')} "
              f"{t.ratio('a_right', 'a_gold')}")


def report_facts(half: str, tallies: dict[str, Tally]) -> None:
    print(f"\n{half}: events per article (distinct type + country pair)")
    print("lang  gold pred   P    R   dir")
    for lang in sorted(tallies, key=lambda x: (x == "all", x)):
        t = tallies[lang]
        if ":" in lang:
            print(lang)
            lang = ""
        print(f"{lang:4} {t.n['f_gold']:5} {t.n['f_pred']:4} {t.ratio('f_matched', 'f_pred')} "
              f"{t.ratio('f_matched', 'f_gold')} {t.ratio('f_dir', 'f_matched')}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", default="dev", choices=("dev", "test", "both"))
    ap.add_argument("--no-classifier", action="store_true", help="prototypes only (the stage before issue 10)")
    ap.add_argument("--lexicon-only", action="store_true", help="no embeddings at all")
    ap.add_argument("--clf-threshold", type=float, help="override the classifier's thresholds (tuning on dev only)")
    ap.add_argument("--lang", help="only these languages (comma-separated: fa or fa,ar)")
    ap.add_argument("--misses", action="store_true", help="print dev misses and false events (dev only)")
    ap.add_argument("--batch", metavar="NAME", help="score only the articles of one batch file (batch20)")
    ap.add_argument("--by-outlet", action="store_true", help="one report line per language and outlet")
    ap.add_argument("--out-of-fold", action="store_true", help="dev with the classifier trained without each article")
    ap.add_argument("--fold-by", choices=("article", "outlet"), default="article",
                    help="--out-of-fold: 5 folds by article, or one fold per outlet (an outlet never seen)")
    ap.add_argument("--fold-precision", type=float,
                    help="--out-of-fold: choose the thresholds again on this folding at this target precision")
    ap.add_argument("--verifier", choices=("shipped", "off", "oof"), default=None,
                    help="the event verifier: the packaged one, none, or (with --out-of-fold) one trained without "
                         "each fold (scripts/train_event_verifier.py); default: the stage's (events.VERIFIER)")
    ap.add_argument("--model", metavar="NPZ", help="--out-of-fold: the thresholds, cut-offs and class balance of this "
                    "model file (and NPZ's .meta.json) instead of the packaged one (a retrained candidate)")
    ap.add_argument("--no-cache", action="store_true",
                    help="run the stages before events again (and with --out-of-fold embed the sentences and fit "
                         "each fold's classifier again), keeping nothing on disk (the cache, ~/.cache/bilat-bench, "
                         "gives the same figures)")
    args = ap.parse_args()
    if args.verifier == "oof" and not args.out_of_fold:
        sys.exit("--verifier oof is for --out-of-fold")
    if args.out_of_fold and (args.half != "dev" or args.no_classifier or args.lexicon_only):
        sys.exit("--out-of-fold is for dev with the classifier")
    if args.misses and args.half != "dev":
        sys.exit("--misses is for dev only: never look at test misses")
    langs = frozenset(args.lang.split(",")) if args.lang else None
    ids = batch_ids(args.batch) if args.batch else None
    opts: dict = {"embeddings": not args.lexicon_only, "classifier": not args.no_classifier}
    if args.verifier in ("shipped", "off"):
        opts["verifier"] = args.verifier == "shipped"
    verifiers = None
    if args.verifier == "oof":
        sys.path.insert(0, str(ROOT / "scripts"))
        import train_event_verifier
        verifiers = train_event_verifier.fold_verifiers(args.fold_by)
    if args.clf_threshold is not None and not args.no_classifier:
        import dataclasses

        import numpy as np

        from bilat.stages import event_classifier
        clf = event_classifier.load()
        opts["classifier"] = dataclasses.replace(clf, thresholds=np.full(len(clf.types), args.clf_threshold))
    pipeline: Pipeline | FoldStages | None = None
    if not args.out_of_fold:  # the stages before events kept on disk (EarlierCache) unless --no-cache: same figures
        pipeline = (Pipeline(options={"events": opts}) if args.no_cache
                    else FoldStages(EarlierCache(FoldStages.earlier(), earlier_hash()), opts))
    for half in (("dev", "test") if args.half == "both" else (args.half,)):
        t0 = time.perf_counter()
        misses: list | None = [] if args.misses else None
        oof_opts = {"embeddings": True, **({"verifier": opts["verifier"]} if "verifier" in opts else {})}
        tallies = (run_out_of_fold(oof_opts, langs, misses, by=args.fold_by, precision=args.fold_precision,
                                   ids=ids, by_outlet=args.by_outlet, verifiers=verifiers, cache=not args.no_cache,
                                   model=args.model)
                   if args.out_of_fold
                   else run(half, pipeline, langs=langs, misses=misses, ids=ids, by_outlet=args.by_outlet))
        for m in misses or ():
            print(m)
        report(half, tallies)
        report_facts(half, tallies)
        print(f"({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
