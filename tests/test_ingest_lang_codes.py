"""A feed's ``lang`` in the forms feeds write it (robust58): ISO 639-2/3 codes of languages bilat reads under a
two-letter code ("fil", "tgl" -> "tl" as the detector names Filipino; "yue", "arz" -> the macrolanguage "zh",
"ar"), region and script tags and upper case ("FIL-PH", "yue-Hant-HK"). "fil" was ignored with a warning that it
is no language code; a real code with no two-letter one ("ceb") is now named as such; "und" (the feed does not
know) is detected without a warning. Texts written for the test."""

from __future__ import annotations

import json

import pytest
from conftest import analyze_cli

from bilat.ingest import parse_jsonl_line

TL = "Kinondena ng Pilipinas ang China dahil sa panghaharass ng mga barko nito sa West Philippine Sea noong Lunes."
ZH = "中国和越南周一在河内举行会谈，讨论南海问题。"
AR = "وقعت مصر والأردن اتفاقية مياه في القاهرة يوم الأحد."


def lang_of(value: object, text: str) -> tuple[str | None, list[str]]:
    warnings: list[str] = []
    raw = parse_jsonl_line(json.dumps({"id": "x", "text": text, "lang": value}, ensure_ascii=False), "f.jsonl#1",
                           warnings.append)
    return raw.lang, warnings


@pytest.mark.parametrize(("value", "text", "code"), [
    ("fil", TL, "tl"), ("FIL", TL, "tl"), ("fil-PH", TL, "tl"), ("tgl", TL, "tl"), ("tl", TL, "tl"),
    ("yue", ZH, "zh"), ("yue-Hant-HK", ZH, "zh"), ("zh-Hant", ZH, "zh"), ("ZH_hans_CN", ZH, "zh"),
    ("arz", AR, "ar"), ("apc", AR, "ar"), ("AR-eg", AR, "ar"), ("pt-BR", "Lisboa, 2024", "pt")])
def test_codes_feeds_write_give_the_two_letter_code_without_a_warning(value, text, code):
    assert lang_of(value, text) == (code, [])


@pytest.mark.parametrize("value", ["und", "UND", "mul", "zxx"])
def test_a_code_saying_the_language_is_unknown_is_detected_without_a_warning(value):
    assert lang_of(value, TL) == (None, [])


def test_a_real_code_without_a_two_letter_one_is_named_as_such():
    lang, warnings = lang_of("ceb", TL)
    assert lang is None and len(warnings) == 1
    assert "Cebuano" in warnings[0] and "no two-letter ISO 639-1 code" in warnings[0] and "f.jsonl#1" in warnings[0]
    assert "not a language code" not in warnings[0]


def test_analyze_jsonl_reads_fil_as_tagalog_and_says_nothing():
    lines = "".join(json.dumps({"id": f"a{n}", "text": TL, "lang": v}) + "\n" for n, v in enumerate(["fil", "und"]))
    rows, err, code = analyze_cli(["--jsonl"], lines.encode())
    assert code == 0 and "lang" not in err, err
    assert [(r["id"], r["lang"]) for r in rows if "text" in r] == [("a0", "tl"), ("a1", "tl")]
