"""scripts/draw_ahdath_batch.py: the batch 54 draw keeps the batch 36/37 rule and puts the shorter band first."""

import importlib.util
import json
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "draw_ahdath_batch", Path(__file__).resolve().parent.parent / "scripts" / "draw_ahdath_batch.py")
draw_ahdath_batch = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(draw_ahdath_batch)


def _text(length: int, head: str = "زار وزير خارجية المغرب مصر ثم عاد المغرب إلى مصر. ") -> str:
    return (head + "و" * length)[:length]


def _fake_file(monkeypatch, items: list[list[str]]) -> None:
    rebuild = draw_ahdath_batch._rebuild
    raw = json.dumps([{"content": paragraphs} for paragraphs in items], ensure_ascii=False)
    monkeypatch.setattr(rebuild, "git_show", lambda git_dir, path: raw)


def test_short_band_comes_first_and_long_or_one_country_items_stay_out(monkeypatch) -> None:
    items = [["AHDATH.INFO", _text(2500)], [_text(900)], [], [_text(3100)], [_text(2000)],
             ["نص يسمي المغرب مرتين: المغرب وحده."], [_text(900)]]
    _fake_file(monkeypatch, items)
    pool = draw_ahdath_batch.draw(Path("."))
    assert [(r["id"], len(r["text"])) for r in pool][-1] == ("ahdath-1", 2500)
    assert {r["id"] for r in pool[:-1]} == {"ahdath-2", "ahdath-5"}  # item 7 repeats item 2's text
    assert all(r["outlet"] == "ahdath" and r["lang"] == "ar" for r in pool)
    assert pool[0]["source"].startswith("elsayed-issa/Arabic-News-Summaries ahd22.json ")
