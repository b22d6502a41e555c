"""The figures a test of fresh pages' forms checks (tests/test_quantities_figs7..10.py): each quantity's text, value and
unit, read with the dates the text holds (no publication date), as the pipeline reads them."""

from __future__ import annotations

from bilat.stages.dates import find_dates
from bilat.stages.quantities import find_quantities


def got(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text, lang, find_dates(text, lang, None))]
