"""Unicode scripts: script_of, script_runs, script_counts."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from bilat.scripts import dominant_script, script_counts, script_of, script_runs


def test_script_of_common_scripts() -> None:
    cases = {"a": "Latin", "ệ": "Latin", "Ж": "Cyrillic", "ش": "Arabic", "پ": "Arabic", "ก": "Thai",
             "ั": "Thai", "字": "Han", "カ": "Kana", "あ": "Kana", "ー": "Kana", "한": "Hangul", "α": "Greek",
             "ש": "Hebrew", "ა": "Georgian", "Ա": "Armenian", "ក": "Khmer", "ລ": "Lao", "က": "Myanmar",
             "क": "Devanagari", "1": "Common", " ": "Common", ".": "Common", "،": "Common", "。": "Common",
             "\u0301": "Inherited"}
    for ch, want in cases.items():
        assert script_of(ch) == want, (ch, script_of(ch), want)


def test_letters_outside_the_table_are_named() -> None:
    assert script_of("ⴰ") == "Tifinagh"
    assert script_of("\U00020000") == "Han"  # CJK extension B


def test_runs_split_mixed_thai_and_latin() -> None:
    text = "thu tg gap lanh dao cac nuoc lien minhเวียดนามและเบลารุส 1998 (Sergei Shoigu) และ"
    runs = script_runs(text)
    assert [r[2] for r in runs] == ["Latin", "Thai", "Latin", "Thai"]
    assert text[runs[0][0]:runs[0][1]] == "thu tg gap lanh dao cac nuoc lien minh"
    # the number stays with the Thai before it; the opening bracket goes with the Latin name
    assert text[runs[1][0]:runs[1][1]] == "เวียดนามและเบลารุส 1998 "
    assert text[runs[2][0]:runs[2][1]].startswith("(Sergei")


def test_runs_common_inside_one_script_does_not_split() -> None:
    text = "应俄罗斯国防部4月23日已率领,代表团。"
    assert script_runs(text) == [(0, len(text), "Han")]


def test_runs_edge_cases() -> None:
    assert script_runs("") == []
    assert script_runs("123 ...") == [(0, 7, "Common")]
    assert script_runs("2025年") == [(0, 5, "Han")]


def test_counts_letters_only() -> None:
    counts = script_counts("日本の首相は東京で 1998 abc")
    assert counts == {"Han": 6, "Kana": 3, "Latin": 3}
    assert dominant_script("ảnh 1 越俄第二次副部长级") == "Han"
    assert dominant_script("12 !") is None


@given(st.text(alphabet=st.sampled_from(list("ab Жж字カ한ก1.,()ش\u0301 \n")), max_size=60))
def test_runs_tile_the_text(text: str) -> None:
    runs = script_runs(text)
    pos = 0
    for s, e, name in runs:
        assert s == pos and e > s
        assert name != "Common" or len(runs) == 1
        pos = e
    assert pos == len(text)
    for (_, _, a), (_, _, b) in itertools.pairwise(runs):
        assert a != b
