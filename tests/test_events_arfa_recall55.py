"""Arabic and Persian phrasings of acts the lexicons lacked (issue 10, evarfa, data/event_lexicon.json triggers.ar /
triggers.fa and data/direction.json reported_misdeed.ar): hostility, provocation, arrogance and destabilising are
ACCUSE; pressure on a state is REQUEST; military support is AID; freezing assets is SANCTION; a Persian formal warning
(اخطار) is THREATEN, acting under pressure (تحت فشار) a REQUEST of the one pressing; "X said Y stands behind ..." is X's
accusation of Y. Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import trigger_types, two_party


def C(*xs):
    return [(x, c, "country") for x, c in xs]


@pytest.mark.parametrize("text, lang, want", [
    ("وقال إن عداء الحكومة للشعب لم ينته.", "ar", "ACCUSE"),
    ("وأبدت الحكومة انزعاجها من العداء الذي أبداه الزعيم لها.", "ar", "ACCUSE"),
    ("ووصف البيان التحركات الاستفزازية للبحرية في المنطقة.", "ar", "ACCUSE"),
    ("ولن نتراجع أمام الحكومة المتغطرسة.", "ar", "ACCUSE"),
    ("وتتهم الحكومة جماعات تسعى لزعزعة الاستقرار في البلاد.", "ar", "ACCUSE"),
    ("وواصلت الحكومة الضغط على جارتها لتسليم المطلوبين.", "ar", "REQUEST"),
    ("وتلقت الحكومة دعما عسكريا كبيرا منذ بدء النزاع.", "ar", "AID"),
    ("وقررت الحكومة تجميد أصول عشرة مسؤولين.", "ar", "SANCTION"),
    ("وزیر دفاع به نیروهای خارجی اخطار کرد که منطقه را ترک کنند.", "fa", "THREATEN"),
    ("دولت تحت فشار همسایگانش این گروه را ممنوع اعلام کرد.", "fa", "REQUEST"),
])
def test_the_phrasing_is_a_trigger(text, lang, want):
    assert want in trigger_types(text, lang)


def test_the_military_support_is_aid_not_praise():
    types = trigger_types("وندد الوزير بالدعم العسكري للحكومة.", "ar")
    assert "AID" in types and "SUPPORT" not in types


@pytest.mark.parametrize("text, mentions, want", [
    ("وقالت قطر إن سوريا تقف وراء الهجوم على القافلة.", C(("قطر", "QAT"), ("سوريا", "SYR")), ("ACCUSE", "QAT", "SYR")),
    ("وقال الوزير الإيطالي إن فرنسا تتلاعب باقتصادات الدول الأفريقية.", C(("الإيطالي", "ITA"), ("فرنسا", "FRA")),
     ("ACCUSE", "ITA", "FRA")),
    ("وتحدث التقرير عن الضغوط التي تمارسها مصر على السودان.", C(("مصر", "EGY"), ("السودان", "SDN")),
     ("REQUEST", "EGY", "SDN")),
])
def test_the_act_is_coded_on_its_pair(lexical, text, mentions, want):
    assert want in two_party(lexical, text, "ar", mentions)


@pytest.mark.parametrize("text, want", [
    ("وأعرب الرئيس عن تقديره لدور الحكومة في إنهاء الأزمة.", "SUPPORT"),
    ("وقال المتحدث إن الرئيسين تحدثا مساء أمس.", "CONSULT"),
    ("واستعرض الملك مع الرئيس العلاقات الثنائية.", "CONSULT"),
    ("وقال الوزير إننا نعمل مع الحكومة على تطوير القدرات الدفاعية.", "COOPERATE"),
])
def test_arabic_meetings_praise_and_work_together(text, want):
    assert want in trigger_types(text, "ar")


@pytest.mark.parametrize("text, mentions", [
    ("وشنت الطائرات التركية غارات جديدة ضد مواقع تنظيم داعش في سوريا.", C(("التركية", "TUR"), ("سوريا", "SYR"))),
    ("وقال الجيش الإسرائيلي إن طائراته قصفت مواقع لحركة حماس في قطاع غزة.",
     [("الإسرائيلي", "ISR", "country"), ("قطاع غزة", "PSE", "place")]),
])
def test_a_strike_on_a_group_is_no_strike_on_a_state(lexical, text, mentions):
    assert not [e for e in two_party(lexical, text, "ar", mentions) if e[0] == "ASSAULT"]


def test_a_strike_on_a_state_still_counts(lexical):
    got = two_party(lexical, "وشنت الطائرات التركية غارات على مواقع الجيش السوري.", "ar",
                    C(("التركية", "TUR"), ("السوري", "SYR")))
    assert ("ASSAULT", "TUR", "SYR") in got
