"""bilat.datafiles: the one reader of the package's data files."""

import pytest

from bilat import datafiles


def test_reads_a_json_data_file():
    plover = datafiles.read_json("plover.json")
    assert "AGREE" in plover["types"] and len(plover["types"]) == 16


def test_reads_a_gzipped_data_file_as_json():
    places = datafiles.read_json("places.json.gz")
    assert places["places"] and "version" in places


def test_each_call_parses_anew_so_one_callers_change_cannot_reach_another():
    first = datafiles.read_json("plover.json")
    first["types"].clear()
    assert datafiles.read_json("plover.json")["types"]


def test_a_missing_data_file_is_an_error_not_an_empty_dict():
    with pytest.raises(FileNotFoundError):
        datafiles.read_json("no_such_file.json")
    assert not datafiles.data_file("no_such_file.json").is_file()
