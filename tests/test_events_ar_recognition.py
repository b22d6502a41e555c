"""Recognition in Arabic news ("اعترفت X بـ Y", "اعتراف X بسيادة Y", "الاعتراف بالقدس عاصمة لإسرائيل") is SUPPORT of
the state recognising (GUIDE.md: SUPPORT ... recognise); admitting ("اعترف بأن", "اعترف بارتكاب", "اعترف بخطئه") is
none (data/event_lexicon.json). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party


def C(*xs):
    return [(x, c, "country") for x, c in xs]


@pytest.mark.parametrize("text, mentions, want", [
    ("اعترفت السويد بدولة فلسطين رسميا.", C(("السويد", "SWE"), ("فلسطين", "PSE")), ("SUPPORT", "SWE", "PSE")),
    ("وجاء ذلك بعد اعتراف البرازيل بسيادة المغرب على الصحراء.", C(("البرازيل", "BRA"), ("المغرب", "MAR")),
     ("SUPPORT", "BRA", "MAR")),
])
def test_recognition_is_support(lexical, text, mentions, want):
    assert want in two_party(lexical, text, "ar", mentions)


@pytest.mark.parametrize("text, mentions", [
    ("واعترف الوزير الكندي بأن بلاده لم تتشاور مع المكسيك.", C(("الكندي", "CAN"), ("المكسيك", "MEX"))),
    ("واعترف المتهم الروسي بارتكاب الهجوم على السفارة الأوكرانية.", C(("الروسي", "RUS"), ("الأوكرانية", "UKR"))),
])
def test_admitting_is_no_support(lexical, text, mentions):
    assert [e for e in two_party(lexical, text, "ar", mentions) if e[0] == "SUPPORT"] == []
