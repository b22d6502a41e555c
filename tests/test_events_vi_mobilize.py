"""Vietnamese deployments: a troop figure beside a MOBILIZE trigger with a recipient is a MOBILIZE as well as the
figures event (events.MOBILIZE_WITH_FIGURES; not at a parade), and 'triển khai * binh sĩ', 'điều * binh sĩ', 'đưa binh sĩ',
'áp sát biên giới' are MOBILIZE triggers (event_lexicon.json). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import make_doc, pairs

from bilat import plover
from bilat.stages import events

MS = [("Trung Quốc", "CHN", "country"), ("Ấn Độ", "IND", "country")]


@pytest.fixture
def with_figures():
    yield
    events.MOBILIZE_WITH_FIGURES = True


@pytest.mark.parametrize("text, troops", [
    ("Trung Quốc đã điều động khoảng 20.000 binh sĩ tới khu vực biên giới với Ấn Độ.", "20.000 binh sĩ"),
    ("Trung Quốc đã triển khai thêm 8000 binh sĩ tới sát biên giới Ấn Độ.", "8000 binh sĩ"),
    ("Trung Quốc hiện có chừng 20.000 binh sĩ triển khai dọc biên giới Ấn Độ.", "20.000 binh sĩ"),
])
def test_a_deployment_with_a_figure_is_a_mobilize_too(lexical, with_figures, text, troops):
    doc = make_doc(text, "vi", MS, quantities=[(troops, 20000.0, "soldier", "count")])
    got = pairs(lexical(doc))
    assert ("MOBILIZE", "CHN", "IND") in got
    assert (plover.FIGURES, "CHN", "IND") in got
    events.MOBILIZE_WITH_FIGURES = False
    assert ("MOBILIZE", "CHN", "IND") not in pairs(lexical(doc))


def test_deployment_words_without_a_figure(lexical):
    got = pairs(lexical(make_doc("Trung Quốc đưa binh sĩ áp sát biên giới Ấn Độ.", "vi", MS)))
    assert ("MOBILIZE", "CHN", "IND") in got


def test_a_vietnamese_parade_keeps_one(lexical):
    text = "Trung Quốc điều động 20000 binh sĩ tham gia lễ duyệt binh gần biên giới Ấn Độ."
    doc = make_doc(text, "vi", MS, quantities=[("20000 binh sĩ", 20000.0, "soldier", "count")])
    assert pairs(lexical(doc)) == [(plover.FIGURES, "CHN", "IND")]
