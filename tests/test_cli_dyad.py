"""``bilat dyad A B``: the pair's arguments."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from bilat import store
from bilat.cli import main


@pytest.fixture
def empty_store(tmp_path) -> str:
    db = str(tmp_path / "s.db")
    store.connect(db).close()
    return db


@pytest.mark.parametrize("args", [["Vietnam", "Belarus"], ["vnm", "blr"], ["  viet nam ", "BELARUS"]])
def test_codes_and_english_names_name_the_same_pair(empty_store: str, args: list[str]) -> None:
    """review: ``bilat dyad Vietnam Belarus`` answered 'VIETNAM (VIETNAM) – BELARUS (BELARUS): no events'
    although the web page of the pair is reached by name."""
    result = CliRunner().invoke(main, ["dyad", *args, "--db", empty_store])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Vietnam (VNM) – Belarus (BLR):")


def test_a_name_that_is_no_country_is_a_usage_error(empty_store: str) -> None:
    result = CliRunner().invoke(main, ["dyad", "Narnia", "BLR", "--db", empty_store])
    assert result.exit_code == 2 and "'Narnia' is neither a three-letter country code" in result.output


def test_three_letters_that_are_no_country_are_a_usage_error(empty_store: str) -> None:
    """As the web's 404: `bilat dyad XXX BLR` said 'no events between these two countries'."""
    result = CliRunner().invoke(main, ["dyad", "BLR", "XXX", "--db", empty_store])
    assert result.exit_code == 2 and "'XXX' is no country's code" in result.output
    assert CliRunner().invoke(main, ["dyad", "ISL", "BLR", "--db", empty_store]).exit_code == 0
