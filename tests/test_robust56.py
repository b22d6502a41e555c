"""Hostile input found by robust56 (issue 11 part 3). Every input is composed here."""

from __future__ import annotations

import json

import pytest
from conftest import analyze_cli

from bilat.ingest import parse_jsonl_line
from bilat.stages.lang import declared_lang

AR = "التقى وزير الخارجية السعودي بنظيره الإيراني في الرياض يوم الثلاثاء لبحث العلاقات الثنائية."
TH = "นายกรัฐมนตรีไทยพบกับประธานาธิบดีเวียดนามที่กรุงเทพฯ เมื่อวันอังคาร"
ZH = "中国外交部长周二在北京会见了越南外交部长,双方讨论了贸易问题。"
RU = "Министр иностранных дел России встретился с коллегой из Ирана в Москве во вторник."
EN = "Vietnam and Belarus signed a trade agreement in Hanoi on Monday."
VI = "Việt Nam và Belarus đã ký hiệp định thương mại tại Hà Nội hôm thứ Hai."


def _line(**fields: object) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode() + b"\n"


# --- a declared language the text is not written in ----------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [("th", AR), ("en", ZH), ("ar", RU), ("zh", TH), ("ru", EN), ("ja", AR),
                                            ("vi", AR), ("fa", TH)])
def test_a_declared_language_whose_script_the_text_does_not_use_is_not_kept(lang, text):
    assert declared_lang(lang, text) is None


@pytest.mark.parametrize(("lang", "text"), [("th", TH), ("ar", AR), ("fa", AR), ("zh", ZH), ("ja", ZH), ("ru", RU),
                                            ("sr", RU), ("sr", EN), ("en", VI), ("vi", EN), ("th", "iPhone 16 Pro"),
                                            ("th", TH + " (Reuters) Bangkok Post"), ("ar", "٢٠٢٤ / 12 / 01"),
                                            ("zh", ZH + " " + EN)])
def test_a_declared_language_the_text_can_be_written_in_is_kept(lang, text):
    """Same-script mistakes are the feed's to make; a few letters of another script (a brand, an agency) or none
    at all (figures only) do not overrule the feed."""
    assert declared_lang(lang, text) == lang


def test_the_jsonl_reader_ignores_such_a_declared_language_with_a_warning_naming_the_line():
    warnings: list[str] = []
    raw = parse_jsonl_line(json.dumps({"id": "x", "text": AR, "lang": "th"}), "f.jsonl#3", warnings.append)
    assert raw.lang is None
    assert len(warnings) == 1 and warnings[0].startswith("f.jsonl#3: lang \"th\" ignored (the text is not written")


def test_the_lang_stage_does_not_keep_it_either():
    """A caller of the library (RawArticle with a lang) gets the same decision as ingest's reader: one function."""
    from bilat.records import Paragraph
    from bilat.stages.lang import label_paragraphs

    _, lang = label_paragraphs(AR, (Paragraph(start=0, end=len(AR)),), "th")
    assert lang == "ar"
    _, lang = label_paragraphs(AR, (Paragraph(start=0, end=len(AR)),), "fa")
    assert lang == "fa"  # same script: the feed's word


def test_analyze_jsonl_does_not_keep_a_declared_language_of_another_script(idle_pipeline):
    """`bilat analyze --jsonl` answered lang "th" for an Arabic text declared "th" (and read it as Thai)."""
    out, err, code = analyze_cli(["--jsonl", "-"], _line(id="a", text=AR, lang="th") + _line(id="b", text=TH, lang="th"))
    assert [(r["id"], r["lang"]) for r in out] == [("a", None), ("b", "th")]
    assert "<stdin>#1: lang \"th\" ignored" in err and "#2" not in err
    assert code == 0


def test_ingest_does_not_store_a_declared_language_of_another_script(tmp_path):
    from conftest import ingest_plain

    from bilat import store

    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_line(id="a", text=AR, lang="th") + _line(id="b", text=TH, lang="th"))
    summary = ingest_plain(str(tmp_path / "s.db"), [feed])
    assert summary.ingested == 2
    conn = store.connect(str(tmp_path / "s.db"))
    try:
        assert [tuple(r) for r in conn.execute("SELECT id, lang FROM documents ORDER BY id")] == [("a", None), ("b", "th")]
    finally:
        conn.close()


# --- ids with control characters -------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["a\nb", "a\rb", "a\tb", "a\x00b", "a\x1bb", "a\x85b", "a\u2028b", "x\u202ey",
                                   "a\u2066b", "a\x7fb"])
def test_an_id_holding_a_control_character_is_ignored_with_a_warning_naming_the_line(value):
    """An id "a\\nb" was stored as it is: every line naming it (warnings, `bilat stats`, a CSV export, the web
    page's address) was broken in two; NUL was removed silently ("a\\x00b" stored as "ab")."""
    warnings: list[str] = []
    raw = parse_jsonl_line(json.dumps({"id": value, "text": EN}), "f.jsonl#7", warnings.append)
    assert raw.id is None
    assert len(warnings) == 1 and warnings[0].startswith("f.jsonl#7: id ") and "control character" in warnings[0]
    assert "\n" not in warnings[0] and "\u202e" not in warnings[0]


@pytest.mark.parametrize(("value", "stored"), [("  c1 \n", "c1"), ("\tk-9\r\n", "k-9"), ("خبر\u200cها", "خبر\u200cها"),
                                               ("zh-新闻-1", "zh-新闻-1"), (42, "42")])
def test_an_id_with_whitespace_around_it_or_a_joiner_inside_is_kept(value, stored):
    """Space and line breaks around an id (a sloppy export) are trimmed, as before; Persian's zero-width
    non-joiner inside a word is part of it."""
    warnings: list[str] = []
    raw = parse_jsonl_line(json.dumps({"id": value, "text": EN}), "f.jsonl#1", warnings.append)
    assert (raw.id, warnings) == (stored, [])


def test_analyze_jsonl_and_ingest_give_such_a_line_the_same_id(monkeypatch, tmp_path):
    from conftest import ingest_plain

    from bilat import store
    from bilat.pipeline import Pipeline

    data = _line(id="a\nb", text=EN) + _line(id="ok", text=VI)
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(data)
    assert ingest_plain(str(tmp_path / "s.db"), [feed]).ingested == 2
    monkeypatch.setattr(Pipeline, "__init__", lambda self, *a, **k: None)
    monkeypatch.setattr(Pipeline, "__call__", lambda self, doc: doc)
    out, err, code = analyze_cli(["--jsonl", "-"], data)
    conn = store.connect(str(tmp_path / "s.db"))
    try:
        ids = sorted(r[0] for r in conn.execute("SELECT id FROM documents"))
    finally:
        conn.close()
    assert sorted(r["id"] for r in out) == ids
    assert "ok" in ids and all("\n" not in i for i in ids)
    assert err.count("warning:") == 1 and code == 0


# --- `bilat analyze --jsonl` on what is no regular file --------------------------------------------------

def test_analyze_jsonl_refuses_a_device_as_ingest_and_analyze_without_jsonl_do(idle_pipeline):
    """`bilat analyze --jsonl /dev/zero` read for ever with nothing said (a named pipe blocked for ever);
    `bilat analyze FILE` and ingest refuse both in one line. /dev/null stands for them here: it ends."""
    from click.testing import CliRunner

    from bilat.cli import main

    want = "not a regular file (a pipe, socket or device), not read"
    for args in (["analyze", "--jsonl", "/dev/null"], ["analyze", "/dev/null"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1
        assert f"error: /dev/null: {want}" in result.stderr, result.stderr
    rows = [json.loads(x) for x in CliRunner().invoke(main, ["analyze", "--jsonl", "/dev/null"]).stdout.splitlines()]
    assert rows == [{"id": None, "source": "/dev/null", "error": want}]
