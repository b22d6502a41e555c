"""evfix50: general fixes of the events stage (each a construction or a word class): a verb of provoking before an
Arabic condemnation noun, a civil payer of a price, and the short word classes of the stage's patterns read from
data/event_lexicon.json."""

from __future__ import annotations

import pytest
from test_events import exported_pairs

from bilat.stages import events


@pytest.fixture(scope="module")
def combined():
    return events.make_stage()


def run(stage, text: str, lang: str, mentions) -> list[tuple[str, str, str]]:
    return exported_pairs(stage, text, lang, mentions, published="2024-03-01")


def test_arabic_provoked_condemnation_is_the_genitives_act(lexical):
    got = run(lexical, "أثار القرار الأمريكي استنكار الشارع الأردني.", "ar",
              [("الأمريكي", "USA", "country"), ("الأردني", "JOR", "country")])
    assert ("ACCUSE", "JOR", "USA") in got and ("ACCUSE", "USA", "JOR") not in got


def test_arabic_met_with_condemnation_is_the_genitives_act(lexical):
    got = run(lexical, "وقد قوبلت الخطوة الإسرائيلية بإدانة مصرية واسعة.", "ar",
              [("الإسرائيلية", "ISR", "country"), ("مصرية", "EGY", "country")])
    assert ("ACCUSE", "EGY", "ISR") in got and ("ACCUSE", "ISR", "EGY") not in got


def test_arabic_plain_condemnation_keeps_its_subject(lexical):
    got = run(lexical, "وأدان الأردن القرار الأمريكي بنقل السفارة.", "ar",
              [("الأردن", "JOR", "country"), ("الأمريكي", "USA", "country")])
    assert ("ACCUSE", "JOR", "USA") in got


def test_state_will_pay_the_price_stays_a_threat(lexical):
    got = run(lexical, "وقال وزير الخارجية الإيراني إن إسرائيل ستدفع الثمن على عدوانها.", "ar",
              [("الإيراني", "IRN", "country"), ("إسرائيل", "ISR", "country")])
    assert ("THREATEN", "IRN", "ISR") in got
    got = run(lexical, "Russia warned that Ukraine would pay a heavy price for the attack.", "en",
              [("Russia", "RUS", "country"), ("Ukraine", "UKR", "country")])
    assert ("THREATEN", "RUS", "UKR") in got


def test_consumers_will_pay_a_heavy_price_is_no_threat(lexical):
    got = run(lexical, "A Chinese trade official said American consumers would pay a heavy price.", "en",
              [("Chinese", "CHN", "country"), ("American", "USA", "country")])
    assert not any(e == "THREATEN" for e, _, _ in got)


def test_pattern_word_classes_come_from_the_lexicon():
    # the patterns built from data/event_lexicon.json "regex_words" read as the hand-written ones did
    assert events.COPULA_CUT.search(" ناقض قطعنامه نیست که ")
    assert events.AR_SAID_THAT.search("وقال إن إيران") and not events.AR_SAID_THAT.search("وقال لإيران")
    assert events.AR_DESTINATION.search("وصل الوزير إلى العاصمة ")
    assert events.AR_DESTINATION.search("توجه إلى المملكة ") and events.AR_DESTINATION.search("سافر إلى جمهورية ")
    assert events.AR_VISIT_IN.search("الزيارة في ")
    assert events.LOCATIVE_BEFORE.search("talks in ") and events.LOCATIVE_BEFORE.search("سفر به ")
    assert not events.LOCATIVE_BEFORE.search("talks within ")


def test_request_to_world_powers_is_no_request_to_the_country_to_punish(combined, lexical):
    text = ("Israel's prime minister on Sunday called on world powers to punish Iran after the country test-fired "
            "two ballistic missiles.")
    ms = [("Israel", "ISR", "country"), ("Iran", "IRN", "country")]
    for stage in (combined, lexical):
        assert not any(e == "REQUEST" for e, _, _ in run(stage, text, "en", ms))
    # a country asked is still asked
    got = run(combined, "Ukraine urged Germany to sanction Russia over the strikes.", "en",
              [("Ukraine", "UKR", "country"), ("Germany", "DEU", "country"), ("Russia", "RUS", "country")])
    assert ("REQUEST", "UKR", "DEU") in got


def test_arabic_received_by_after_the_guest(lexical):
    got = run(lexical, "وصل الرئيس المصري إلى الرياض، وكان في استقباله العاهل السعودي الملك سلمان.", "ar",
              [("المصري", "EGY", "country"), ("الرياض", "SAU", "place"), ("السعودي", "SAU", "country")])
    assert ("CONSULT", "EGY", "SAU") in got and ("CONSULT", "SAU", "EGY") not in got


def test_arabic_received_by_guest_named_after_the_stem(lexical):
    got = run(lexical, "وكان في استقبال الرئيس الفرنسي لدى وصوله إلى القاهرة الرئيس المصري عبد الفتاح السيسي.", "ar",
              [("الفرنسي", "FRA", "country"), ("القاهرة", "EGY", "place"), ("المصري", "EGY", "country")])
    assert ("CONSULT", "FRA", "EGY") in got and ("CONSULT", "EGY", "FRA") not in got


def test_arabic_plain_reception_keeps_its_host(lexical):
    got = run(lexical, "واستقبل الملك سلمان الرئيس المصري في قصر اليمامة.", "ar",
              [("الملك سلمان", "SAU", "person"), ("المصري", "EGY", "country")])
    assert ("CONSULT", "EGY", "SAU") in got


def test_vietnamese_call_on_the_world_is_no_request_to_a_state(combined, lexical):
    ms = [("Pháp", "FRA", "country"), ("Emmanuel Macron", "FRA", "person"), ("Nga", "RUS", "country")]
    text = "Tổng thống Pháp Emmanuel Macron kêu gọi quốc tế tăng sức ép với Nga."
    for stage in (combined, lexical):
        assert not any(e == "REQUEST" for e, _, _ in run(stage, text, "vi", ms))
    got = run(lexical, "Bộ Ngoại giao Việt Nam kêu gọi Trung Quốc rút giàn khoan.", "vi",
              [("Việt Nam", "VNM", "country"), ("Trung Quốc", "CHN", "country")])
    assert ("REQUEST", "VNM", "CHN") in got


def test_arabic_refusal_noun_is_its_genitives_act(lexical):
    got = run(lexical, "ووصف الوزير الإسرائيلي رفض الفلسطينيين للخطة الأمريكية بأنه خطأ.", "ar",
              [("الإسرائيلي", "ISR", "country"), ("الفلسطينيين", "PSE", "country"), ("الأمريكية", "USA", "country")])
    assert ("REJECT", "PSE", "USA") in got and ("REJECT", "ISR", "PSE") not in got


def test_arabic_refusal_after_a_request_answers_it(lexical):
    got = run(lexical, "وطالبت تركيا بتسليم المشتبه بهم، ورفض السعودية ذلك.", "ar",
              [("تركيا", "TUR", "country"), ("السعودية", "SAU", "country")])
    assert ("REJECT", "SAU", "TUR") in got and ("REJECT", "TUR", "SAU") not in got


def test_arabic_refusal_verb_first_keeps_its_subject(lexical):
    got = run(lexical, "ورفضت السعودية الطلب التركي بتسليم المشتبه بهم.", "ar",
              [("السعودية", "SAU", "country"), ("التركي", "TUR", "country")])
    assert ("REJECT", "SAU", "TUR") in got


def test_arabic_negated_recognition_keeps_its_speakers(lexical):
    # "لا نعترف بسيادة إسرائيل": the country after the phrase is the genitive of what is refused, not the refuser
    got = run(lexical, "وقالت الدول الأوروبية (ألمانيا وفرنسا) في بيان « لا نعترف بسيادة إسرائيل على الجولان ».", "ar",
              [("ألمانيا", "DEU", "country"), ("فرنسا", "FRA", "country"), ("إسرائيل", "ISR", "country")])
    assert ("REJECT", "DEU", "ISR") in got and ("REJECT", "ISR", "DEU") not in got
