"""The English multipliers read after Latin figures in any language ("$1.5bn", "3M") come from the English scales and
digit suffixes of data/numbers.json, one source (review, stop 54: quantities.LATIN_MULTIPLIERS was a second copy,
and it had "trn" where the English scales had not: English "$1.2trn" was read as 1.2 dollars)."""

from __future__ import annotations

import pytest

from bilat.stages.numerals import SCALES, language_data
from bilat.stages.quantities import LATIN_MULTIPLIERS, find_quantities


def test_every_latin_multiplier_is_an_english_scale_or_digit_suffix() -> None:
    for key, value in LATIN_MULTIPLIERS.items():
        english = SCALES["en"][key] if len(key) > 1 else language_data("en")["digit_suffixes"][key]
        assert english == value, key
    assert set(LATIN_MULTIPLIERS) == {"bn", "billion", "mn", "mln", "million", "tn", "trn", "trillion", "K", "M", "B"}


@pytest.mark.parametrize("text, lang, want", [
    ("The fund holds $1.2trn in assets.", "en", [("$1.2trn", 1.2e12, "USD")]),  # before: ('$1.2', 1.2, 'USD')
    ("Quỹ này có 1.2trn tài sản.", "vi", [("1.2trn", 1.2e12, None)]),  # before: nothing
    ("Quỹ này nắm giữ $1.2trn tài sản.", "vi", [("$1.2trn", 1.2e12, "USD")]),
])
def test_trn_is_a_trillion(text: str, lang: str, want: list) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities(text, lang)] == want
