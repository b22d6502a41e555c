"""scripts/train_event_classifier.py records in meta.json how the model was made (provenance: the command, the code
commit, whether the tree had changes, the time)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_model_records_the_command_that_made_it(monkeypatch):
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("train_event_classifier", ROOT / "scripts" / "train_event_classifier.py")
    tr = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(ROOT / "scripts" / "event_train"))
    spec.loader.exec_module(tr)
    monkeypatch.setattr(sys, "argv", ["x.py", "--fold-by", "outlet", "--out", "/tmp/c", "--precision", "0.55", "--cutoffs"])
    got = tr.provenance()
    assert got["command"] == "scripts/train_event_classifier.py --fold-by outlet --precision 0.55 --cutoffs"
    assert got["code_commit"] and got["trained_at"][:2] == "20"
