"""A trigger after a word of likelihood or a question in its clause ("probably", "whether", "ربما", "ما إذا",
"احتمالا", "ممکن است", "возможно", "может", "có thể", "可能", "อาจจะ") is an act only possible or asked about: status
wish (GUIDE.md), no event (events.UNCERTAIN, data/event_lexicon.json "uncertain"). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

EN = [("Iran", "IRN", "country"), ("Russia", "RUS", "country")]
FA = [("ایران", "IRN", "country"), ("روسیه", "RUS", "country")]
ZH = [("中国", "CHN", "country"), ("美国", "USA", "country")]
AR = [("إيران", "IRN", "country"), ("روسيا", "RUS", "country")]
RU = [("Россия", "RUS", "country"), ("Китаем", "CHN", "country")]
RU_GEN = [("Россия", "RUS", "country"), ("Китая", "CHN", "country")]
VI = [("Việt Nam", "VNM", "country"), ("Nhật Bản", "JPN", "country")]
TH = [("ไทย", "THA", "country"), ("ญี่ปุ่น", "JPN", "country")]


@pytest.mark.parametrize("text, lang, mentions", [
    ("Iran will probably sign the agreement with Russia next week.", "en", EN),
    ("The question is whether Iran condemned Russia.", "en", EN),
    ("او گفت ایران احتمالا قرارداد را با روسیه امضا می‌کند.", "fa", FA),
    ("ممکن است ایران قرارداد را با روسیه امضا کند.", "fa", FA),
    ("ربما وقعت إيران الاتفاق مع روسيا.", "ar", AR),
    ("Россия может ввести санкции против Китая.", "ru", RU_GEN),
    ("Việt Nam có thể ký hiệp định với Nhật Bản vào tháng tới.", "vi", VI),
    ("中国可能与美国签署协议。", "zh", ZH),
    ("ไทยอาจจะลงนามความตกลงกับญี่ปุ่น", "th", TH),
])
def test_a_possible_or_asked_act_is_no_event(lexical, text, lang, mentions):
    assert two_party(lexical, text, lang, mentions) == []


@pytest.mark.parametrize("text, lang, mentions, event", [
    ("Iran signed the agreement with Russia.", "en", EN, "SUPPORT"),
    ("ایران قرارداد را با روسیه امضا کرد.", "fa", FA, "SUPPORT"),
    ("وقعت إيران الاتفاق مع روسيا.", "ar", AR, "SUPPORT"),
    ("Россия подписала соглашение с Китаем.", "ru", RU, "SUPPORT"),
    ("Việt Nam ký hiệp định với Nhật Bản.", "vi", VI, "SUPPORT"),
    ("中国与美国签署协议。", "zh", ZH, "SUPPORT"),
    ("ไทยลงนามความตกลงกับญี่ปุ่น", "th", TH, "SUPPORT"),
    ("Россия ввела санкции против Китая.", "ru", RU_GEN, "SANCTION"),
    # the word of likelihood is another clause (or a parenthesis set off by commas): the act is kept
    ("The talks may have stalled, but Iran signed the agreement with Russia.", "en", EN, "SUPPORT"),
    ("Возможно, погода испортится, но Россия подписала соглашение с Китаем.", "ru", RU, "SUPPORT"),
    ("Россия, возможно, уже подписала соглашение с Китаем.", "ru", RU, "SUPPORT"),
])
def test_the_same_act_told_as_done_is_an_event(lexical, text, lang, mentions, event):
    assert [g[0] for g in two_party(lexical, text, lang, mentions)] == [event]


def test_a_thai_teacher_is_no_word_of_likelihood(lexical):
    # "อาจารย์" (teacher) begins like "อาจ" (may): the list holds "อาจจะ", not the bare syllable
    from bilat import plover
    assert "อาจ" not in plover.UNCERTAIN["th"]
    assert all(not "อาจารย์".startswith(w) for w in plover.UNCERTAIN["th"])


@pytest.mark.parametrize("text, lang, mentions", [
    ("Iran is trying to sign an agreement with Russia.", "en", EN),
    ("تحاول إيران توقيع اتفاق مع روسيا.", "ar", AR),
    ("Việt Nam cố gắng ký hiệp định với Nhật Bản.", "vi", VI),
    ("中国试图与美国签署协议。", "zh", ZH),
])
def test_an_attempt_is_not_the_act(lexical, text, lang, mentions):
    # a conative verb ("tries to", يحاول, пытается, 试图): the act is attempted, not done (status wish)
    assert two_party(lexical, text, lang, mentions) == []
