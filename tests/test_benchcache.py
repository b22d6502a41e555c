"""bench/events_real.py keeps the documents of the stages before ``events`` on disk keyed by ``earlier_hash``: the
package's files but the events stage's own (``EVENT_ONLY``; of event_lexicon.json only the sections the earlier
stages read). A change of the events stage or its data keeps the cache; a change of an earlier stage's code or
data computes the documents again. The exclusions are checked against what the earlier stages import and read."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
_spec = importlib.util.spec_from_file_location("events_real_benchcache", ROOT / "bench" / "events_real.py")
events_real = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(events_real)


@pytest.fixture
def tree(tmp_path):
    """A copy of src/bilat under a fake root (the hash reads ``root / src / bilat``)."""
    shutil.copytree(ROOT / "src" / "bilat", tmp_path / "src" / "bilat",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def _append(path: Path, extra: bytes) -> None:
    path.write_bytes(path.read_bytes() + extra)


def test_the_key_is_the_real_trees_and_stable(tree):
    assert events_real.earlier_hash(tree) == events_real.earlier_hash(ROOT) == events_real.earlier_hash()


@pytest.mark.parametrize("rel", events_real.EVENT_ONLY)
def test_an_event_only_file_does_not_change_the_key(tree, rel):
    before = events_real.earlier_hash(tree)
    path = tree / "src" / "bilat" / rel
    assert path.is_file(), rel  # the list names files that exist
    _append(path, b"\n# changed\n")
    assert events_real.earlier_hash(tree) == before


def test_the_event_lexicons_triggers_and_words_do_not_change_the_key(tree):
    before = events_real.earlier_hash(tree)
    path = tree / "src" / "bilat" / "data" / "event_lexicon.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["triggers"]["th"] = []
    data["words"]["TOPIC"] = {"en": ["something else"]}
    data["denial"] = {}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    assert events_real.earlier_hash(tree) == before
    data["kingdom"]["ar"] = {**data["kingdom"]["ar"], "default": "XXX"}  # read by entities and names (plover.KINGDOM)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert events_real.earlier_hash(tree) != before


def test_plovers_word_tables_do_not_change_the_key(tree):
    """plover.py's word tables (data/plover_words.json: SPOKEN, FORCE, the prototypes ...) are the events stage's; the
    earlier stages import plover for KINGDOM only, so editing them keeps the cached documents."""
    before = events_real.earlier_hash(tree)
    path = tree / "src" / "bilat" / "data" / "plover_words.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["SPOKEN"]["en"] = [*data["SPOKEN"]["en"], "something said"]
    data["FORCE"] = {}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert events_real.earlier_hash(tree) == before
    path.unlink()  # the file's name is still part of the key
    assert events_real.earlier_hash(tree) != before


@pytest.mark.parametrize("rel", ["stages/entities.py", "stages/quantities.py", "plover.py", "gazetteer.py",
                                 "stages/places.py", "data/gazetteer.json.gz", "data/pair_words.json",
                                 "data/places.json.gz", "data/dates.json"])
def test_an_earlier_stages_file_changes_the_key(tree, rel):
    before = events_real.earlier_hash(tree)
    _append(tree / "src" / "bilat" / rel, b"\n")
    assert events_real.earlier_hash(tree) != before


def test_a_new_file_changes_the_key(tree):
    before = events_real.earlier_hash(tree)
    (tree / "src" / "bilat" / "data" / "new_words.json").write_text("{}", encoding="utf-8")
    assert events_real.earlier_hash(tree) != before


_PROBE = r"""
import json, sys
import bilat.datafiles as df
read = []
_orig = df.data_file
def data_file(name):
    read.append(name)
    return _orig(name)
df.data_file = data_file
from bilat.pipeline import STAGES, Pipeline
from bilat.records import RawArticle
from bilat.pipeline import document_from_raw
names = [s.name for s in STAGES]
p = Pipeline(until=names[names.index("events") - 1])
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    p.run_many([document_from_raw(RawArticle(source=path, text=text, id=path))])
mods = {m: getattr(sys.modules[m], "__file__", None) for m in sys.modules if m.startswith("bilat")}
print(json.dumps({"read": sorted(set(read)), "modules": mods}))
"""


@pytest.fixture(scope="module")
def probe():
    """The data files the stages before ``events`` open and the package's modules they import, over the samples."""
    samples = sorted(str(p) for p in (ROOT / "src" / "bilat" / "samples").glob("*.txt"))
    assert samples
    out = subprocess.run([sys.executable, "-c", _PROBE, *samples], capture_output=True, text=True, check=True,
                         cwd=ROOT, timeout=900)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_earlier_stages_read_no_event_only_data_file(probe):
    only = {Path(rel).name for rel in events_real.EVENT_ONLY if rel.startswith("data/")}
    assert "gazetteer.json.gz" in probe["read"]  # the probe sees what is read
    assert not only & set(probe["read"])
    assert set(probe["read"]) & {Path(r).name for r in events_real.EARLIER_SECTIONS} <= {"event_lexicon.json",
                                                                                        "plover_words.json"}


def test_the_earlier_stages_import_no_event_only_module(probe):
    pkg = ROOT / "src" / "bilat"
    files = {Path(f).resolve().relative_to(pkg.resolve()).as_posix() for f in probe["modules"].values() if f}
    assert "stages/entities.py" in files
    assert not files & set(events_real.EVENT_ONLY)


def test_the_earlier_stages_use_only_the_kingdom_of_the_event_lexicon(probe):
    """event_lexicon.json fills plover's tables; of them the earlier stages' modules read KINGDOM only (directly
    or through plover.document_kingdom), the section EARLIER_SECTIONS keeps in the key."""
    assert events_real.EARLIER_SECTIONS == {"data/event_lexicon.json": ("kingdom",), "data/plover_words.json": ()}
    used = set()
    for mod, f in probe["modules"].items():
        if not f or mod == "bilat.plover":
            continue
        src = Path(f).read_text(encoding="utf-8")
        assert "from bilat.plover import" not in src, mod
        used |= set(re.findall(r"\bplover\.([A-Za-z_]\w*)", src))
    assert used <= {"KINGDOM", "document_kingdom"}
    plover_src = (ROOT / "src" / "bilat" / "plover.py").read_text(encoding="utf-8")
    body = plover_src[plover_src.index("def document_kingdom"):]
    body = body[:body.index("\ndef ", 1)] if "\ndef " in body[1:] else body
    upper = set(re.findall(r"\b([A-Z][A-Z_]{2,})\b", body))
    assert upper <= {"KINGDOM"}
