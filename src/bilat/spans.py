"""Choosing among overlapping spans found in a text: one rule for every stage that reads spans."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar


class Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Span)


def leftmost_longest(spans: Iterable[S], tie: Callable[[S], tuple[Any, ...]] = lambda _: ()) -> list[S]:
    """Non-overlapping spans, leftmost first, the longest of those that start together. Spans that start
    and end together are ordered by ``tie`` (its smallest value wins); those it does not tell apart keep
    the order they were given in (the first wins). A span ending where the kept one ends may follow it."""
    out: list[S] = []
    end = -1
    for s in sorted(spans, key=lambda s: (s.start, -(s.end - s.start), *tie(s))):
        if s.start >= end:
            out.append(s)
            end = s.end
    return out
