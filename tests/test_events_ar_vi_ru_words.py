"""Trigger words of ar, vi and ru added for issue 10 (event_lexicon.json): receptions, diplomatic protests,
blame, phone calls, letters, urging, donations, threats. Sentences composed for the test."""
from __future__ import annotations

from test_events import two_party, visits

from bilat.stages import events

C = "country"


def test_ru_present_tense_reception_is_a_visit_to_the_host(lexical):
    text = "Президент Франции принимает в Елисейском дворце канцлера Германии."
    assert ("DEU", "FRA") in visits(lexical, text, "ru", [("Франции", "FRA", C), ("Германии", "DEU", C)])


def test_ru_taking_part_is_no_reception(lexical):
    text = "Премьер-министр Италии принимает участие в конференции в Германии."
    assert ("DEU", "ITA") not in visits(lexical, text, "ru", [("Италии", "ITA", C), ("Германии", "DEU", C)])


def test_ru_diplomatic_protest_is_accuse_not_demonstration(lexical):
    text = "МИД Японии выразил решительный протест Китаю в связи с инцидентом."
    got = two_party(lexical, text, "ru", [("Японии", "JPN", C), ("Китаю", "CHN", C)])
    assert ("ACCUSE", "JPN", "CHN") in got
    assert not [g for g in got if g[0] == "PROTEST"]


def test_ru_laying_blame_is_accuse(lexical):
    text = "Правительство Польши возложило ответственность за инцидент на Белоруссию."
    assert ("ACCUSE", "POL", "BLR") in two_party(lexical, text, "ru", [("Польши", "POL", C), ("Белоруссию", "BLR", C)])


def test_ru_called_each_other_is_a_phone_call(lexical):
    text = "Президент Турции созвонился с президентом Азербайджана."
    got = two_party(lexical, text, "ru", [("Турции", "TUR", C), ("Азербайджана", "AZE", C)])
    assert ("CONSULT", "TUR", "AZE") in got


def test_ru_message_to_a_leader_is_consult(lexical):
    text = "Президент Казахстана направил послание президенту Узбекистана."
    got = two_party(lexical, text, "ru", [("Казахстана", "KAZ", C), ("Узбекистана", "UZB", C)])
    assert ("CONSULT", "KAZ", "UZB") in got


def test_vi_blame_is_accuse(lexical):
    text = "Bộ Ngoại giao Trung Quốc đổ lỗi cho Mỹ về căng thẳng."
    got = two_party(lexical, text, "vi", [("Trung Quốc", "CHN", C), ("Mỹ", "USA", C)])
    assert ("ACCUSE", "CHN", "USA") in got


def test_vi_short_threat_verb(lexical):
    text = "Thủ tướng Anh dọa cắt viện trợ cho Campuchia."
    got = two_party(lexical, text, "vi", [("Anh", "GBR", C), ("Campuchia", "KHM", C)])
    assert ("THREATEN", "GBR", "KHM") in got


def test_vi_letter_to_a_leader_is_consult(lexical):
    text = "Thủ tướng Nhật Bản gửi thư cho Tổng thống Hàn Quốc."
    got = two_party(lexical, text, "vi", [("Nhật Bản", "JPN", C), ("Hàn Quốc", "KOR", C)])
    assert ("CONSULT", "JPN", "KOR") in got


def test_ar_holding_responsible_is_accuse(lexical):
    text = "حملت الكويت العراق المسؤولية عن الحادث."
    got = two_party(lexical, text, "ar", [("الكويت", "KWT", C), ("العراق", "IRQ", C)])
    assert ("ACCUSE", "KWT", "IRQ") in got


def test_ar_urged_is_request(lexical):
    text = "وحثت مصر إسرائيل على وقف التصعيد."
    got = two_party(lexical, text, "ar", [("مصر", "EGY", C), ("إسرائيل", "ISR", C)])
    assert ("REQUEST", "EGY", "ISR") in got


def test_ar_donated_is_aid(lexical):
    text = "تبرعت الإمارات بمليون دولار لصالح اليمن."
    got = two_party(lexical, text, "ar", [("الإمارات", "ARE", C), ("اليمن", "YEM", C)])
    assert ("AID", "ARE", "YEM") in got


def test_ar_letter_to_a_leader_is_consult(lexical):
    text = "وجه ملك الأردن رسالة إلى الرئيس التونسي."
    got = two_party(lexical, text, "ar", [("الأردن", "JOR", C), ("التونسي", "TUN", C)])
    assert ("CONSULT", "JOR", "TUN") in got


def test_ar_call_received_goes_from_the_caller(lexical):
    text = "تلقى الرئيس المصري اتصالا هاتفيا من نظيره الفرنسي."
    got = two_party(lexical, text, "ar", [("المصري", "EGY", C), ("الفرنسي", "FRA", C)])
    assert ("CONSULT", "FRA", "EGY") in got
    assert ("CONSULT", "EGY", "FRA") not in got


def test_condemned_visit_is_no_visit_of_its_own():
    for lang, text in [("ru", "Токио осудил визит министра обороны на острова."),
                       ("vi", "Bắc Kinh lên án chuyến thăm của phái đoàn."),
                       ("ar", "ونددت الصين بزيارة الوفد إلى الجزيرة.")]:
        found = [(t.event, t.mode) for t in events.find_triggers(text, 0, len(text), lang)]
        assert ("CONSULT", "visit") not in found, (lang, found)
        assert "ACCUSE" in [e for e, _ in found]


def test_a_visit_after_another_act_stays_a_visit():
    text = "France condemned the attack during its visit to Kyiv."
    found = [(t.event, t.mode) for t in events.find_triggers(text, 0, len(text), "en")]
    assert ("CONSULT", "visit") in found


def test_vi_working_session_is_a_meeting(lexical):
    text = "Bộ trưởng Ngoại giao Việt Nam làm việc với Đại sứ Nhật Bản tại Hà Nội."
    got = two_party(lexical, text, "vi", [("Việt Nam", "VNM", C), ("Nhật Bản", "JPN", C)])
    assert ("CONSULT", "VNM", "JPN") in got


def test_vi_called_is_a_phone_call(lexical):
    text = "Thủ tướng Việt Nam gọi điện cho Thủ tướng Lào."
    got = two_party(lexical, text, "vi", [("Việt Nam", "VNM", C), ("Lào", "LAO", C)])
    assert ("CONSULT", "VNM", "LAO") in got


def test_ar_thanks_and_gratitude_are_support(lexical):
    for text in ["وشكر الرئيس التونسي الجزائر على دعمها.", "وأعرب الرئيس التونسي عن امتنانه لموقف الجزائر."]:
        got = two_party(lexical, text, "ar", [("التونسي", "TUN", C), ("الجزائر", "DZA", C)])
        assert ("SUPPORT", "TUN", "DZA") in got, text


def test_ar_release_is_retreat(lexical):
    text = "أفرجت إيران عن بحارة بريطانيين."
    got = two_party(lexical, text, "ar", [("إيران", "IRN", C), ("بريطانيين", "GBR", C)])
    assert ("RETREAT", "IRN", "GBR") in got


def test_ar_caught_is_arrest(lexical):
    text = "ألقت السلطات التركية القبض على مواطنين روس."
    got = two_party(lexical, text, "ar", [("التركية", "TUR", C), ("روس", "RUS", C)])
    assert ("COERCE", "TUR", "RUS") in got


def test_ru_release_and_recognition(lexical):
    got = two_party(lexical, "Иран освободил британских моряков.", "ru", [("Иран", "IRN", C), ("британских", "GBR", C)])
    assert ("RETREAT", "IRN", "GBR") in got
    text = "Никарагуа признала независимость Абхазии."
    got = two_party(lexical, text, "ru", [("Никарагуа", "NIC", C), ("Абхазии", "GEO", C)])
    assert ("SUPPORT", "NIC", "GEO") in got


def test_recipients_listed_before_their_actor(lexical):
    vi = "Trong cuộc hội đàm trực tuyến với Nigeria và Kenya hôm qua, Ngoại trưởng Mỹ kêu gọi hợp tác."
    en = "During talks with Nigeria and Kenya on Tuesday, the US secretary of state called for cooperation."
    for lang, text in [("vi", vi), ("en", en)]:
        got = two_party(lexical, text, lang, [("Nigeria", "NGA", C), ("Kenya", "KEN", C), ("US" if lang == "en" else "Mỹ",
                                                                                          "USA", C)])
        assert ("CONSULT", "USA", "NGA") in got and ("CONSULT", "USA", "KEN") in got, (lang, got)


def test_a_list_before_its_actor_ends_at_the_actor(lexical):
    text = "During talks with Nigeria, the US secretary of state and Ghana and Togo called for cooperation."
    got = two_party(lexical, text, "en", [("Nigeria", "NGA", C), ("US", "USA", C), ("Ghana", "GHA", C),
                                          ("Togo", "TGO", C)])
    assert not [g for g in got if g[0] == "CONSULT" and g[2] in ("GHA", "TGO")], got
