"""A trigger inside a condition ("if Iran signs the protocol", "اگر ایران ... امضا کند", "如果中国与美国签署") is a
hypothetical act, no event (GUIDE.md: status wish; events.CONDITIONAL). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

EN = [("Iran", "IRN", "country"), ("Russia", "RUS", "country")]
FA = [("ایران", "IRN", "country"), ("روسیه", "RUS", "country")]
ZH = [("中国", "CHN", "country"), ("美国", "USA", "country")]
AR = [("إيران", "IRN", "country"), ("روسيا", "RUS", "country")]
RU = [("Россия", "RUS", "country"), ("Китаем", "CHN", "country")]


@pytest.mark.parametrize("text, lang, mentions", [
    ("If Iran signs the agreement with Russia, relations will improve.", "en", EN),
    ("Relations will improve unless Iran condemns Russia.", "en", EN),
    ("او گفت: اگر ایران قرارداد را با روسیه امضا کند، روابط بهتر می‌شود.", "fa", FA),
    ("چنانچه ایران روسیه را محکوم کند، روابط آسیب می‌بیند.", "fa", FA),
    ("إذا وقعت إيران الاتفاق مع روسيا فإن العلاقات ستتحسن.", "ar", AR),
    ("Если Россия подпишет соглашение с Китаем, отношения улучшатся.", "ru", RU),
    ("如果中国与美国签署协议，两国关系将改善。", "zh", ZH),
])
def test_a_conditional_act_is_no_event(lexical, text, lang, mentions):
    assert two_party(lexical, text, lang, mentions) == []


@pytest.mark.parametrize("text, lang, mentions, event", [
    ("Iran signed the agreement with Russia.", "en", EN, "SUPPORT"),
    ("ایران قرارداد را با روسیه امضا کرد.", "fa", FA, "SUPPORT"),
    ("وقعت إيران الاتفاق مع روسيا.", "ar", AR, "SUPPORT"),
    ("中国与美国签署协议。", "zh", ZH, "SUPPORT"),
    # the condition is another clause: the act before it is realised
    ("Iran signed the agreement with Russia, if reports are true.", "en", EN, "SUPPORT"),
])
def test_the_same_act_without_a_condition_is_an_event(lexical, text, lang, mentions, event):
    assert [g[0] for g in two_party(lexical, text, lang, mentions)] == [event]


def test_a_condition_in_another_clause_leaves_the_act(lexical):
    text = "If talks fail, analysts say, Iran condemned Russia."
    assert two_party(lexical, text, "en", EN) == [("ACCUSE", "IRN", "RUS")]
