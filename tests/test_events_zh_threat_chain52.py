"""Chinese words of consequence and countermeasure ('付出沉重代价', '承担一切后果', '采取对等措施', '作出进一步反应';
data/event_lexicon.json zh THREATEN, strength 0.9: issue 10, evzh52) are specific enough to be a second spoken
act after a criticism in the same sentence (_chained_act, strength >= 0.9). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import make_doc, pairs


@pytest.mark.parametrize("text", [
    "中国外交部批评美国的做法，并指美国必将为此付出沉重代价。",
    "中国外交部坚决反对美国的制裁，将采取对等措施。",
])
def test_threat_after_criticism_is_a_second_act(lexical, text):
    mentions = [("中国", "CHN", "country")] + [("美国", "USA", "country", n) for n in range(text.count("美国"))]
    got = pairs(lexical(make_doc(text, "zh", mentions)))
    assert ("ACCUSE", "CHN", "USA") in got
    assert ("THREATEN", "CHN", "USA") in got
