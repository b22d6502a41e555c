"""The package's data files (``src/bilat/data``): one way to find and read them.

Every stage that keeps a lexicon in a data file reads it through here, so that where the files live and how
they are decoded (UTF-8, gzip) is said once. Parsing is not cached here: each caller caches what it builds
from the data, and a caller that changes what it read cannot change another's copy.
"""

from __future__ import annotations

import gzip
import json
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any


def data_file(name: str) -> Traversable:
    """The data file ``name`` (``"dates.json"``) of the installed package."""
    return resources.files("bilat").joinpath("data", name)


def read_json(name: str) -> Any:
    """The parsed JSON of data file ``name``; a ``.gz`` name is decompressed first."""
    ref = data_file(name)
    if name.endswith(".gz"):
        return json.loads(gzip.decompress(ref.read_bytes()))
    return json.loads(ref.read_text(encoding="utf-8"))
