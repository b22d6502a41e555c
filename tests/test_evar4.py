"""Arabic events (evar4): verbal-noun and clitic forms of triggers (not انتقادات), a stance "الداعم ل", a demonym naming where a
place is, and an attendance line opened by "كما"."""

from __future__ import annotations

from test_events import make_doc, trigger_types

from bilat.records import Mention, Sentence
from bilat.stages import events


def test_meeting_with_a_possessive_ending_is_a_meeting():
    # the hamza of لقاء takes a seat before a pronoun ending: لقائه, لقائها
    assert trigger_types("وجاءت تصريحات الوزير خلال لقائه نظيره في العاصمة.", "ar") == ["CONSULT"]
    assert trigger_types("وأكدت الوزيرة خلال لقائها بالسفير أهمية العلاقات.", "ar") == ["CONSULT"]


def test_consultations_and_negotiations_are_meetings():
    assert "CONSULT" in trigger_types("وقال الوزير إن بلاده تجري مشاورات مع الحكومة حول الأزمة.", "ar")
    assert "CONSULT" in trigger_types("وتتواصل المفاوضات بين الوفدين في العاصمة.", "ar")


def test_criticism_and_demand_as_nouns():
    # the noun انتقادات is no trigger: "انتقادات حادة من واشنطن", "سيثير انتقاد" gave three false events on dev
    assert "ACCUSE" not in trigger_types("وأثار القرار انتقادات واسعة من الحكومة.", "ar")
    assert trigger_types("وواصلت الحكومة الضغط بالمطالبة بتسليم المتهمين.", "ar") == ["REQUEST"]
    assert trigger_types("وأعربت الوزارة عن استنكارها الشديد للهجوم.", "ar")[0] == "ACCUSE"
    assert trigger_types("وعبرت الحكومة عن تنديدها بالقرار.", "ar") == ["ACCUSE"]


def test_a_stance_supporting_a_country_is_support_but_a_supporter_alone_is_not():
    assert trigger_types("وجدد الوزير موقف بلاده الداعم لمصر سياسيا واقتصاديا.", "ar") == ["SUPPORT"]
    assert trigger_types("وأكدت الحكومة موقفها الثابت والداعم للوحدة الترابية للمملكة.", "ar") == ["SUPPORT"]
    assert "SUPPORT" not in trigger_types("وقال إن النظام الداعم للجماعات المسلحة يتحمل المسؤولية.", "ar")


def _mention(text: str, surface: str, iso3: str, kind: str, form: str) -> Mention:
    at = text.index(surface)
    return Mention(start=at, end=at + len(surface), text=surface, entity=f"bilat:{kind}:{surface}", kind=kind,
                   iso3=iso3, lang="ar", form=form)


def test_a_demonym_after_a_city_of_its_country_is_no_party():
    text = "وقعت السعودية في مدينة نيويورك الأميركية مع جمهورية ناميبيا على بروتوكول."
    city = _mention(text, "نيويورك", "USA", "place", "place")
    dem = _mention(text, "أميركية", "USA", "country", "demonym")
    sau = _mention(text, "السعودية", "SAU", "country", "name")
    nam = _mention(text, "ناميبيا", "NAM", "country", "name")
    ms = [sau, city, dem, nam]
    assert events._place_attribute(text, dem, ms, "ar")
    codes = [p.code for p in events.parties(text, ms, None, "ar")]
    assert codes == ["SAU", "NAM"]
    # after a settlement word (مدينة X) the adjective qualifies the settlement, whatever its country
    # (events.SETTLEMENT_DEMONYM, evrecall)
    other = _mention(text, "أميركية", "GBR", "country", "demonym")
    assert events._place_attribute(text, other, [sau, city, other, nam], "ar")
    # with no settlement word, a demonym of another country than the place's is kept, and so is one in a
    # language whose adjective precedes
    bare = "وقعت السعودية في نيويورك الأميركية مع جمهورية ناميبيا على بروتوكول."
    b_other = _mention(bare, "أميركية", "GBR", "country", "demonym")
    b_ms = [_mention(bare, "السعودية", "SAU", "country", "name"), _mention(bare, "نيويورك", "USA", "place", "place"),
            b_other, _mention(bare, "ناميبيا", "NAM", "country", "name")]
    assert not events._place_attribute(bare, b_other, b_ms, "ar")
    assert not events._place_attribute(text, dem, ms, "en")


def test_a_demonym_after_a_person_stays_a_party():
    text = "واستقبل الرئيس ضيفه أمس الوزير الأميركي في القصر."
    person = _mention(text, "الوزير", None, "person", "name")
    dem = _mention(text, "أميركي", "USA", "country", "demonym")
    assert not events._place_attribute(text, dem, [person, dem], "ar")


def test_attendance_opened_by_kama_lists_attendees():
    text = "كما حضر الاجتماع سفير المملكة لدى إسبانيا والوفد المرافق."
    doc = make_doc(text, "ar")
    assert events._attendance(text, doc.sentences[0], "ar")
    text2 = "واجتمع الوزير مع نظيره الإسباني في مدريد."
    assert not events._attendance(text2, Sentence(start=0, end=len(text2)), "ar")


def test_a_country_after_a_conflict_noun_is_a_topic():
    text = "وبحث الوزير مع الرئيس الفرنسي الوضع في الشرق الأوسط وخصوصا النزاع في اليمن."
    fra = _mention(text, "فرنسي", "FRA", "country", "demonym")
    yem = _mention(text, "اليمن", "YEM", "country", "name")
    ps = events.parties(text, [fra, yem], None, "ar")
    marked = events._topics(text, Sentence(start=0, end=len(text)), ps, "ar")
    assert [p.code for p in marked] == ["YEM"]
    text2 = "وبحث الوزير مع الرئيس الفرنسي العلاقات مع اليمن."
    fra2 = _mention(text2, "فرنسي", "FRA", "country", "demonym")
    yem2 = _mention(text2, "اليمن", "YEM", "country", "name")
    ps2 = events.parties(text2, [fra2, yem2], None, "ar")
    assert events._topics(text2, Sentence(start=0, end=len(text2)), ps2, "ar") == []

