"""A state signing its own instrument (an executive order, a decree, a law, a presidential memorandum) signs no
agreement with another state (events.UNILATERAL_SIGNING, event_lexicon.json unilateral_instrument). Each case has a
twin where the event stands. Sentences composed for the test (issue 10, evprec)."""
from __future__ import annotations

import pytest
from test_events import make_doc, two_party

from bilat.records import Sentence
from bilat.stages import events

C = "country"
P = "person"


@pytest.mark.parametrize("lang,text,mentions,want", [
    # an order, a decree, a memorandum, a law: the signer's own instrument naming another country
    ("ar", "وقّع الرئيس الأمريكي دونالد ترامب أمس أمرا تنفيذيا يفرض رسوما على الواردات من الصين.",
     [("الأمريكي", "USA", C), ("دونالد ترامب", "USA", P), ("الصين", "CHN", C)], []),
    ("zh", "特朗普周四在白宫签署对中国的关税备忘录。", [("特朗普", "USA", P), ("白宫", "USA", "place"), ("中国", "CHN", C)], []),
    ("ru", "Путин подписал указ о мерах против Турции.", [("Путин", "RUS", P), ("Турции", "TUR", C)], []),
    ("vi", "Tổng thống Mỹ ký sắc lệnh cấm các công ty Trung Quốc.", [("Mỹ", "USA", C), ("Trung Quốc", "CHN", C)], []),
    # twins: a document between states, or a partner named with the signing
    ("ar", "وقّعت مصر والسعودية أمس اتفاقية لترسيم الحدود البحرية.", [("مصر", "EGY", C), ("السعودية", "SAU", C)],
     [("SUPPORT", "EGY", "SAU")]),
    ("zh", "中国与越南签署了合作备忘录。", [("中国", "CHN", C), ("越南", "VNM", C)], [("SUPPORT", "CHN", "VNM")]),
    ("ru", "Россия и Турция подписали соглашение о газопроводе.", [("Россия", "RUS", C), ("Турция", "TUR", C)],
     [("SUPPORT", "RUS", "TUR")]),
])
def test_a_state_signing_its_own_instrument_signs_no_agreement(lexical, lang, text, mentions, want):
    got = [e for e in two_party(lexical, text, lang, mentions) if e[0] in ("SUPPORT", "AGREE")]
    assert got[:1] == want


def test_the_check_reads_the_signing_clause_only():
    text = "总统签署了行政命令。两国签署了协议。"
    doc = make_doc(text, "zh")
    first, second = doc.sentences
    for s, want in ((first, True), (second, False)):
        trig = next(t for t in events.find_triggers(text, s.start, s.end, "zh") if t.event == "SUPPORT")
        assert events._unilateral_signing(text, Sentence(start=s.start, end=s.end), "zh", trig) is want
