"""One place for bilat's errors. Domain errors become user-facing lines only at the edges
(CLI, HTTP)."""

from __future__ import annotations


class BilatError(Exception):
    """Base of every error bilat raises on purpose."""


class PipelineError(BilatError):
    """The pipeline was built wrong (stage order, a stage returning the wrong type)."""


class BadInput(BilatError):
    """An input file that cannot become a document. ``str()`` is the one-line message."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StoreError(BilatError):
    """The store cannot be opened or migrated."""
