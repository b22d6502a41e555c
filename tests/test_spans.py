"""bilat.spans.leftmost_longest: the one span-selection rule of the entity and date stages."""

from __future__ import annotations

from dataclasses import dataclass

from bilat.spans import leftmost_longest


@dataclass
class _S:
    start: int
    end: int
    label: str = ""
    rank: int = 0


def test_leftmost_then_longest_without_overlap() -> None:
    spans = [_S(4, 9, "b"), _S(0, 3, "a"), _S(0, 5, "long"), _S(5, 7, "c"), _S(9, 12, "d")]
    # "long" (0-5) is kept over "a" (0-3); "b" starts inside it; "c" starts where it ends; "d" after "c"
    assert [s.label for s in leftmost_longest(spans)] == ["long", "c", "d"]


def test_equal_spans_first_given_wins_unless_tie_orders_them() -> None:
    spans = [_S(2, 6, "first", rank=1), _S(2, 6, "second", rank=0)]
    assert [s.label for s in leftmost_longest(spans)] == ["first"]
    assert [s.label for s in leftmost_longest(spans, tie=lambda s: (s.rank,))] == ["second"]
    assert leftmost_longest([]) == []
