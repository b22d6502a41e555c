"""Words in the package's data files are written in one script: a Latin letter inside a Cyrillic word
('осуждa', 'самолетa' were once written with a Latin 'a') never matches real text, and nothing else fails."""
from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from bilat.stages.dates import find_dates
from bilat.stages.quantities import find_quantities

DATA = resources.files("bilat").joinpath("data")
LATIN, CYRILLIC = re.compile(r"[a-zA-Z]"), re.compile(r"[\u0400-\u04ff]")


def _strings(node, out: list[str]) -> list[str]:
    """Every string of a JSON value, keys included, except under keys that start with '_' (notes)."""
    if isinstance(node, dict):
        for k, v in node.items():
            if not k.startswith("_"):
                out.append(k)
                _strings(v, out)
    elif isinstance(node, list):
        for v in node:
            _strings(v, out)
    elif isinstance(node, str):
        out.append(node)
    return out


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.iterdir() if p.name.endswith(".json")))
def test_no_word_mixes_latin_and_cyrillic(name):
    strings = _strings(json.loads(DATA.joinpath(name).read_text(encoding="utf-8")), [])
    words = {w for s in strings if "\\" not in s for w in s.split()}
    assert sorted(w for w in words if LATIN.search(w) and CYRILLIC.search(w)) == []


def test_russian_aircraft_in_the_genitive_singular():
    text = "Были сбиты 2 самолета противника."
    assert [(q.value, q.unit) for q in find_quantities(text, "ru", find_dates(text, "ru", None))] == [(2.0, "aircraft")]
