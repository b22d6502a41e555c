"""Vietnamese strict short names (Séc, Úc, Ý: also common words) in a list of countries (issue 10, country
recall): joined by a comma or và/hoặc/hay/cùng to a country named firmly they are the country, even where
the document names it nowhere else; alone with no context word before them they stay unread. Sentences
composed for the test."""
from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage(learn=False)


def states(stage, text: str) -> list[str]:
    doc = stage(Document(id="t", source="t", original=text, text=text, lang="vi"))
    return sorted({m.iso3 for m in doc.mentions if m.iso3 and (m.kind == "country" or m.form == "capital")})


@pytest.mark.parametrize("text, want", [
    ("Tuần trước, Hungary, Séc cũng phản đối đề xuất mới.", ["CZE", "HUN"]),
    ("Séc và Slovakia đã ký thỏa thuận về năng lượng.", ["CZE", "SVK"]),
    ("Úc, Indonesia và Malaysia tham gia cuộc họp.", ["AUS", "IDN", "MYS"]),
])
def test_strict_name_in_a_list(stage, text, want):
    assert states(stage, text) == want


def test_strict_name_alone_stays_unread(stage):
    assert states(stage, "Séc được gửi tới ngân hàng vào sáng nay.") == []
