"""bilat: multilingual news to a trustworthy record of how countries relate."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

# pythainlp creates ~/pythainlp-data when first imported (for corpora it would download; bilat reads only those
# its package ships): where the home folder cannot be written (a service account, a read-only container) every
# command that loads the pipeline ended in a PermissionError traceback (probe54). Read-only mode skips the write;
# a user's own setting wins.
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

__version__ = "0.1.0"
__all__ = ["__version__", "analyze"]

if TYPE_CHECKING:
    from bilat.records import Document


def analyze(text: str, published: str | None = None) -> Document:
    """Run the pipeline on one text without storing anything; returns a typed Document."""
    from bilat.pipeline import analyze as _analyze

    return _analyze(text, published)
