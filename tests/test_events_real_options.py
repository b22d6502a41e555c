"""bench/events_real.py: --batch keeps one batch file's articles, --by-outlet tallies per language and outlet."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
_spec = importlib.util.spec_from_file_location("events_real", ROOT / "bench" / "events_real.py")
events_real = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(events_real)


def test_batch_ids_are_the_articles_of_that_batch_file():
    ids = events_real.batch_ids("batch20")
    assert "hkcnews-17380" in ids and "gnews-2444750" in ids
    assert not any(i.startswith("farsnews-") for i in ids)
    assert len(ids) == 24


def test_keep_filters_by_language_and_ids():
    arts = [{"id": "a", "lang": "zh"}, {"id": "b", "lang": "en"}, {"id": "c", "lang": "zh"}]
    assert [a["id"] for a in events_real._keep(arts, frozenset({"zh"}), None)] == ["a", "c"]
    assert [a["id"] for a in events_real._keep(arts, None, {"b", "c"})] == ["b", "c"]
    assert [a["id"] for a in events_real._keep(arts, frozenset({"zh"}), {"b", "c"})] == ["c"]


def test_group_key_is_the_language_or_language_and_outlet():
    art = {"lang": "vi", "outlet": "adayroi"}
    assert events_real.group_key(art) == "vi"
    assert events_real.group_key(art, by_outlet=True) == "vi:adayroi"
