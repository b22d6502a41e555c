"""Hostile input found by probe52 (a new user's feeds and folders). Every input is composed here."""

from __future__ import annotations

import pytest
from conftest import analyze_cli

from bilat.ingest import parse_jsonl_line

TEXT = "Vietnam and Belarus signed a trade agreement in Hanoi on Monday."


def lang_of(value: object) -> tuple[str | None, list[str]]:
    import json
    warnings: list[str] = []
    # figures only: a text of no script, which any declared language can be written in (robust56: a code whose
    # script the text does not use is ignored; these tests are about reading the code)
    raw = parse_jsonl_line(json.dumps({"id": "x", "text": "2024-01-31 12:00 - 1,250", "lang": value}), "f.jsonl#1",
                           warnings.append)
    return raw.lang, warnings


@pytest.mark.parametrize("value", ["zz", "xx", "qq-ZZ", "EB"])
def test_two_letters_that_are_no_iso_639_1_code_are_ignored_with_a_warning(value):
    """A feed's lang "zz" (or a typo "eb") was taken as the language: nothing ran for it and the article lost
    its events without a word; it is now ignored with a warning, and the language detected."""
    lang, warnings = lang_of(value)
    assert lang is None
    assert len(warnings) == 1 and "ignored (not a language code" in warnings[0]


@pytest.mark.parametrize(("value", "code"), [("en", "en"), ("zh-CN", "zh"), ("ara", "ar"), ("ita", "it"),
                                             ("por", "pt"), ("heb", "he"), ("iw", "he"), ("in", "id"),
                                             ("hin", "hi"), ("dut", "nl"), ("sw", "sw"), ("pt_BR", "pt"), ("tl", "tl"), ("sh", "sh")])
def test_iso_639_codes_and_their_aliases_give_the_iso_639_1_code_without_a_warning(value, code):
    """ISO 639-2/3 codes beyond bilat's short list ("ita", "por") were ignored with a warning saying they are
    no language code; the old codes "iw" and "in" were taken as languages of their own."""
    assert lang_of(value) == (code, [])


KINDS = ["documents", "entities", "mentions", "events", "stories", "conflicts", "dyads"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_csv_export_with_no_rows_still_has_its_header(tmp_path, kind):
    """A folder of files that all failed, or a store without stories or conflicts: `bilat export KIND
    --format csv` wrote one blank line, which CSV readers refuse (pandas: "No columns to parse from file")."""
    import csv

    from click.testing import CliRunner

    from bilat import store
    from bilat.cli import main
    from bilat.export import empty_columns

    db = str(tmp_path / "s.db")
    store.connect(db).close()
    out = tmp_path / f"{kind}.csv"
    result = CliRunner().invoke(main, ["export", kind, "--db", db, "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == empty_columns(kind) and len(empty_columns(kind)) > 3
        assert list(reader) == []


def _header(rows) -> list[str]:
    import io

    from bilat.export import write
    buf = io.StringIO()
    write(rows, buf, "csv")
    return buf.getvalue().splitlines()[0].split(",")


def test_the_empty_headers_are_those_of_real_rows():
    from bilat.corpus.dyads import _pair_rows
    from bilat.export import document_row, empty_columns, event_row
    from bilat.records import Actor, Conflict, Document, Event

    actor = Actor(code="VNM", sector="GOV", entity_text="Vietnam", identifier_id="Q881", entity="Q881")
    event = Event(id="d:e1", event="AGREE", actor=actor, recipient=actor)
    assert _header([event_row(event)]) == empty_columns("events")
    doc = Document(id="d", source="s", original="x", text="x")
    assert _header([document_row(doc)]) == empty_columns("documents")
    assert _header([Conflict(id="c", story="s", key="k").as_dict()]) == empty_columns("conflicts")
    from collections import Counter
    rows = list(_pair_rows(("BLR", "VNM"), {"2025-01": [Counter({"AGREE": 1}), [1.0]]}))
    assert _header(rows) == empty_columns("dyads")


def test_analyze_jsonl_reads_lines_ended_by_a_bare_cr_as_ingest_does(idle_pipeline):
    """Ingest reads an old Mac feed (bare CR line ends) line by line; `analyze --jsonl` answered both records
    with one `invalid JSON (Extra data ...)` error object: every article of the file was lost."""
    out, err, code = analyze_cli(["--jsonl", "-"], b'{"id":"r1","text":"Iran met Iraq."}\r{"id":"r2","text":"Peru met Chile."}\r')
    assert [(r["id"], r.get("error")) for r in out] == [("r1", None), ("r2", None)], err
    assert code == 0


def test_analyze_jsonl_ignores_nul_padding_at_the_end_as_ingest_does(idle_pipeline):
    """A feed cut off into a preallocated file: ingest warns and ignores the padding; `analyze --jsonl`
    answered it with an `invalid JSON` error object for a line that is no record."""
    out, err, code = analyze_cli(["--jsonl", "-"], b'{"id":"p1","text":"Iran met Iraq."}\n' + b"\x00" * 40)
    assert [(r["id"], r.get("error")) for r in out] == [("p1", None)]
    assert "NUL bytes of padding at the end ignored" in err and code == 0


@pytest.mark.parametrize("data", [b"", b"\n\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n"])
def test_analyze_jsonl_says_an_empty_stream_is_empty_as_ingest_does(idle_pipeline, data):
    """An empty feed (or blank lines, or a byte-order mark alone) answered nothing with exit status 0, or
    (the mark alone) `truncated line`; ingest and `bilat analyze FILE` say `empty file (no JSONL lines)`."""
    out, err, code = analyze_cli(["--jsonl", "-"], data)
    assert out == [{"id": None, "source": "<stdin>", "error": "empty file (no JSONL lines)"}]
    assert err.strip() == "error: <stdin>: empty file (no JSONL lines)" and code == 1


@pytest.mark.parametrize(("value", "said"), [(123, "a number"), (1.5, "a number"), (True, "a boolean"),
                                             (["x"], "an array"), ({"a": 1}, "an object")])
def test_a_title_or_url_of_another_json_type_is_named_in_json_words(value, said):
    """`field 'url' ignored (a int, not a string)`: Python's type names (int, dict, list, bool) and "a int";
    the words are now JSON's, as for `text` (`field 'text' is a number, not a string`)."""
    import json
    for key in ("title", "url"):
        warnings: list[str] = []
        parse_jsonl_line(json.dumps({"text": TEXT, key: value}), "f.jsonl#1", warnings.append)
        assert warnings == [f"f.jsonl#1: field '{key}' ignored ({said}, not a string)"]


def test_a_json_array_item_that_is_no_object_is_named_as_an_array_item(tmp_path):
    """`mixed.json#2: a JSONL line must be an object` named a line of a format the file is not in."""
    from bilat.errors import BadInput
    from bilat.ingest import read_file

    path = tmp_path / "mixed.json"
    path.write_text('[{"id": "j1", "text": "Iran met Iraq in Baghdad."}, 5, null, "x"]', encoding="utf-8")
    items = list(read_file(path, lambda _w: None))
    assert [str(i) for i in items if isinstance(i, BadInput)] == [
        f"{path}#2: an item of a JSON array must be an article object (this one is a number)",
        f"{path}#3: an item of a JSON array must be an article object (this one is null)",
        f"{path}#4: an item of a JSON array must be an article object (this one is a string)"]
    assert [i.id for i in items if not isinstance(i, BadInput)] == ["j1"]


def test_a_cut_off_or_invalid_line_that_opens_with_its_id_gets_an_error_object_for_that_id(idle_pipeline):
    """`{"id": "g12", "text": "Iran and Iraq me` (a line cut off) was answered with `"id": null`: the caller
    could not tell which of its articles failed. An id that opens the object is now read from the line's
    start; an id elsewhere in a line that is no JSON stays unknown (null)."""
    lines = b'{"id": "g12", "text": "Iran and Iraq me\n{"id":7,"text": bad}\n{"text": "x", "id": "late"\nnot json\n'
    out, _err, code = analyze_cli(["--jsonl", "-"], lines)
    assert [(r["id"], r["error"].split(" ")[0]) for r in out] == [
        ("g12", "truncated"), ("7", "invalid"), (None, "truncated"), (None, "invalid")]
    assert code == 1


@pytest.mark.parametrize("text", ["التقى الرئيس المصري وزير الخارجية الأمريكي في القاهرة",
                                  "Президент встретился с министром в Москве",
                                  "中国和俄罗斯周一在北京签署了一项能源合作协议"])
def test_a_page_cut_inside_a_multibyte_character_of_its_text_is_truncated_html(tmp_path, text):
    """A download cut in the middle of a UTF-8 character of the last paragraph ends in U+FFFD once decoded,
    which is no letter: the page passed as whole (its last word half, with U+FFFD) where the same page cut one
    byte earlier, at a character's end, is `truncated HTML (... part way through a sentence ...)`."""
    from bilat.errors import BadInput
    from bilat.ingest import read_file

    data = f"<html><head><title>T</title></head><body><article><p>{text}</p></article></body></html>".encode()
    end = data.index(b"</p>")
    path = tmp_path / "cut.html"
    path.write_bytes(data[:end - 1])  # the last character's last byte is missing
    items = list(read_file(path, lambda _w: None))
    assert len(items) == 1 and isinstance(items[0], BadInput), items
    assert "truncated HTML (the page ends part way through a sentence" in str(items[0])
