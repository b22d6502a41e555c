"""``bilat analyze --jsonl``: one answer per line, an error object for a line it cannot analyse."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from bilat.cli import main
from bilat.pipeline import Pipeline
from bilat.records import Document


@pytest.fixture
def fragile_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real pipeline, made to fail on one text as a stage bug would."""
    real = Pipeline.__call__

    def call(self: Pipeline, doc: Document) -> Document:
        if "EXPLODE" in doc.original:
            raise ValueError("a stage bug")
        return real(self, doc)

    monkeypatch.setattr(Pipeline, "__call__", call)


def _run(lines: list[str]) -> tuple[list[dict], str, int]:
    result = CliRunner().invoke(main, ["analyze", "--jsonl", "-"], input="\n".join(lines) + "\n")
    out = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    return out, result.stderr, result.exit_code


def test_a_failing_line_gives_an_error_object_and_the_rest_goes_on(fragile_pipeline: None) -> None:
    short = "Hanoi Moskva"  # too short to tell the language by itself
    lines = [json.dumps({"id": "a", "text": "Putin met Xi in Beijing on 9 May 2025."}),
             json.dumps({"id": "b", "text": "EXPLODE 3M"}),
             "{not json",
             json.dumps({"id": "x", "text": short, "lang": "vi"}),
             json.dumps({"id": "y", "text": short, "lang": "zh-CN"}),
             json.dumps({"id": "z", "text": short, "lang": "not a code"})]
    out, err, code = _run(lines)
    assert [o.get("id") for o in out] == ["a", "b", None, "x", "y", "z"]
    assert "error" in out[1] and "ValueError" in out[1]["error"] and out[1]["source"] == "<stdin>#2"
    assert "error" in out[2] and out[2]["source"] == "<stdin>#3"
    assert all("error" not in o for o in out[:1] + out[3:])
    assert "<stdin>#2" in err and "<stdin>#3" in err
    assert code == 1
    # the optional lang field of a line is kept, as ingest keeps a feed's language
    assert [o["lang"] for o in out[3:5]] == ["vi", "zh"] and out[5]["lang"] != "not a code"


def test_jsonl_lang_field_reaches_the_document_as_at_ingest() -> None:
    from bilat.ingest import jsonl_article
    from bilat.pipeline import document_from_raw

    raw = jsonl_article({"id": "1", "text": "x", "lang": "FA"}, "f.jsonl#1")
    assert raw.lang == "fa" and document_from_raw(raw).lang == "fa"
    assert jsonl_article({"text": "x", "lang": 7}, "f.jsonl#2").lang is None
    assert jsonl_article({"text": "x", "lang": "deu"}, "f.jsonl#3").lang == "de"  # NTREX's ISO 639-3 codes
    assert jsonl_article({"text": "x", "lang": "xyz"}, "f.jsonl#4").lang is None


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_jsonl_with_or_without_a_bom_is_read_line_by_line(fragile_pipeline: None, encoding: str) -> None:
    """Binary lines split UTF-16 at b"\\n", so every line after the first was invalid JSON; now the
    stream is read as ingest reads a file, and an error names its line once."""
    lines = [json.dumps({"id": "a", "text": "Putin met Xi in Beijing on 9 May 2025.", "lang": "en"}),
             '{"id": "cut", "text": "an article cut',
             json.dumps({"id": "c", "text": "Вьетнам и Лаос подписали соглашение.", "lang": "ru"}, ensure_ascii=False)]
    result = CliRunner().invoke(main, ["analyze", "--jsonl", "-"], input=("\n".join(lines) + "\n").encode(encoding))
    out = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert [o.get("id") for o in out] == ["a", "cut", "c"] and out[2]["lang"] == "ru"  # the cut line keeps its leading id (probe52)
    assert out[1]["error"].startswith("truncated line") and out[1]["source"] == "<stdin>#2"
    assert result.stderr.count("<stdin>#2") == 1 and result.exit_code == 1


def test_a_gzipped_jsonl_is_read_and_a_cut_one_keeps_its_lines_and_names_the_cut(tmp_path) -> None:
    """robust21: ``analyze --jsonl feed.jsonl.gz`` reads through gzip; a truncated archive gives the lines
    before the cut and one error object naming it (no traceback)."""
    import gzip

    lines = "".join(json.dumps({"id": f"a{i}", "text": f"Vietnam and Laos signed trade deal {i}."}) + "\n"
                    for i in range(60)).encode()
    packed = gzip.compress(lines, mtime=0)
    whole, cut = tmp_path / "feed.jsonl.gz", tmp_path / "cut.jsonl.gz"
    whole.write_bytes(gzip.compress(b"".join(lines.splitlines(keepends=True)[:3])))
    cut.write_bytes(packed[: len(packed) // 2])
    result = CliRunner().invoke(main, ["analyze", "--jsonl", str(whole)])
    out = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert result.exit_code == 0 and out and all("error" not in o for o in out)
    result = CliRunner().invoke(main, ["analyze", "--jsonl", str(cut)])
    out = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert out[-1] == {"id": None, "source": str(cut), "error": "truncated gzip (the archive ends before its "
                                                                  "end-of-stream marker)"}
    assert 0 < len(out) - 1 < 60 and all("error" not in o for o in out[:-1])


@pytest.mark.parametrize("target", ["missing.txt", "."])
def test_a_file_that_cannot_be_read_is_one_line_not_a_traceback(tmp_path, target: str) -> None:
    """review: ``bilat analyze missing.txt`` (or a folder) ended in a FileNotFoundError traceback."""
    path = str(tmp_path / target)
    result = CliRunner().invoke(main, ["analyze", path])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {path}: cannot read (")


@pytest.mark.parametrize("value", ["yesterday", "2025-13-45", "12/05/2025"])
def test_a_published_value_that_is_no_date_is_refused(value: str) -> None:
    """review: ``--published yesterday`` was dropped without a word (published null, relative dates
    unresolved); it is a usage error now, before the models load."""
    result = CliRunner().invoke(main, ["analyze", "--published", value, "-"], input="Vietnam and Laos met.\n")
    assert result.exit_code == 2 and "--published" in result.output and repr(value) in result.output


def test_a_published_datetime_is_normalised_as_at_ingest() -> None:
    result = CliRunner().invoke(main, ["analyze", "--published", "2025-05-14T10:00:00Z", "-"],
                                input="Vietnam and Laos signed a trade agreement yesterday.\n")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["published"] == "2025-05-14T10:00:00+00:00"
    assert [d["value"] for d in doc["dates"]] == ["2025-05-13"]


PAGE = ("<!doctype html><html><head><title>Ministers meet in Minsk</title></head><body><article>"
        "<h1>Ministers meet in Minsk</h1>"
        "<p>Vietnam and Belarus signed a defence cooperation agreement in Minsk on Monday, the ministry said "
        "in a statement published after the talks.</p>"
        "<p>The two ministers also discussed military training and trade, officials said later that day.</p>"
        "</article></body></html>")


@pytest.mark.parametrize("name", ["page.html", "page.txt"])
def test_an_html_page_is_read_as_ingest_reads_it_not_as_markup(tmp_path, name: str) -> None:
    """review: ``bilat analyze page.html`` analysed the markup as text ('<!doctype html><html>...' was the
    title); the page now goes through the HTML reader, by its name or its first bytes, as at ingest."""
    path = tmp_path / name
    path.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", "--published", "2025-05-14", str(path)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["title"] == "Ministers meet in Minsk" and doc["published"] == "2025-05-14"
    assert doc["text"].startswith("Vietnam and Belarus signed") and "<" not in doc["text"]
