"""scripts/draw_moroccan_batch.py: the batch 37 and batch 39 draws take disjoint length bands of the same files."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "draw_moroccan_batch", Path(__file__).resolve().parent.parent / "scripts" / "draw_moroccan_batch.py")
draw_moroccan_batch = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(draw_moroccan_batch)


def _fake_corpus(monkeypatch, items: dict[str, list[str]]) -> None:
    """Each outlet's file holds the given texts, one paragraph an item."""
    rebuild = draw_moroccan_batch._rebuild
    monkeypatch.setattr(rebuild, "git_show", lambda git_dir, path: path)
    by_path = {rebuild.MNC_FILES[outlet]: [[text] for text in texts] for outlet, texts in items.items()}
    monkeypatch.setattr(rebuild, "mnc_items", lambda raw, path: by_path.get(path, []))


def _text(length: int) -> str:
    head = "زار وزير خارجية المغرب مصر ثم عاد المغرب إلى مصر. "
    return (head + "و" * length)[:length]


def test_batch39_takes_only_the_longer_band_and_batch37_only_the_shorter(monkeypatch) -> None:
    _fake_corpus(monkeypatch, {"febrayer": [_text(900), _text(1500), _text(1501), _text(2999), _text(3001)],
                               "yabiladi": [_text(2000), "نص لا يسمي بلدين مرتين."]})
    monkeypatch.setattr(draw_moroccan_batch, "_batch37_ids", lambda: set())
    short = {(r["id"], len(r["text"])) for r in draw_moroccan_batch.draw(Path("."), 37)}
    long = {(r["id"], len(r["text"])) for r in draw_moroccan_batch.draw(Path("."), 39)}
    assert short == {("mnc-febrayer-1", 900), ("mnc-febrayer-2", 1500)}
    assert long == {("mnc-febrayer-3", 1501), ("mnc-febrayer-4", 2999), ("mnc-yabiladi-1", 2000)}


def test_batch39_leaves_out_any_id_batch37_holds(monkeypatch) -> None:
    _fake_corpus(monkeypatch, {"febrayer": [_text(1600), _text(1700)]})
    monkeypatch.setattr(draw_moroccan_batch, "_batch37_ids", lambda: {"mnc-febrayer-1"})
    assert [r["id"] for r in draw_moroccan_batch.draw(Path("."), 39)] == ["mnc-febrayer-2"]


def test_batch37_draw_ignores_the_exclusion_list(monkeypatch) -> None:
    _fake_corpus(monkeypatch, {"febrayer": [_text(1000)]})
    monkeypatch.setattr(draw_moroccan_batch, "_batch37_ids", lambda: {"mnc-febrayer-1"})
    assert [r["id"] for r in draw_moroccan_batch.draw(Path("."), 37)] == ["mnc-febrayer-1"]
