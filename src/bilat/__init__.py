"""bilat: multilingual news to a trustworthy record of how countries relate."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["__version__", "analyze"]

if TYPE_CHECKING:
    from bilat.records import Document


def analyze(text: str, published: str | None = None) -> Document:
    """Run the pipeline on one text without storing anything; returns a typed Document."""
    from bilat.pipeline import analyze as _analyze

    return _analyze(text, published)
