"""Persian event wording (issue 10, fa dev misses): stem forms (an indefinite or plural ending inside a multiword
stem, runs of spaces in a " * " gap), trigger words for examining together, dissuading, accepting an invitation,
trust and a war of A with B, wishes, denials, a joint act's own "between" pair beside the main act, and the
recipient named inside "در اختیار X قرار". Sentences composed for the test (no corpus sentence)."""
from __future__ import annotations

import pytest
from test_events import make_doc, trigger_types, two_party

from bilat.stages import events


def c(*names: str) -> list[tuple[str, str, str]]:
    codes = {"ایران": "IRN", "روسیه": "RUS", "ترکیه": "TUR", "آلمان": "DEU", "فرانسه": "FRA", "مصر": "EGY",
             "عربستان": "SAU", "ژاپن": "JPN", "هند": "IND", "عراق": "IRQ", "کویت": "KWT", "قطر": "QAT",
             "ونزوئلا": "VEN", "سوریه": "SYR", "آمریکا": "USA"}
    return [(n, codes[n], "country") for n in names]


# --- stem forms ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ارتش روسیه مانوری نظامی در دریای سیاه برگزار کرد.",
    "ارتش روسیه مانورهای نظامی در دریای سیاه برگزار کرد.",
    "ارتش روسیه مانور‌های نظامی در دریای سیاه برگزار کرد.",
])
def test_an_inner_word_of_a_stem_may_take_the_indefinite_or_plural_ending(text):
    assert "MOBILIZE" in trigger_types(text, "fa")


def test_a_short_inner_word_takes_no_ending():
    # 'را عامل' (made X the cause) is no 'رای عامل' (the vote of an agent)
    assert "ACCUSE" not in trigger_types("رای عامل اصلی انتخابات شمرده شد.", "fa")


def test_a_gap_may_hold_runs_of_spaces():
    assert "AID" in trigger_types("روسیه سلاح در اختیار (دولت)  سوریه قرار داد.", "fa")


# --- trigger words ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, names, want", [
    ("ترکیه و روسیه راه‌های گسترش تجارت را مورد بررسی قرار دادند.", ("ترکیه", "روسیه"), ("CONSULT", "TUR", "RUS")),
    ("آلمان می‌کوشد فرانسه را از خرید گاز منصرف کند.", ("آلمان", "فرانسه"), ("REQUEST", "DEU", "FRA")),
    ("رئیس جمهور مصر دعوت عربستان را پذیرفت.", ("مصر", "عربستان"), ("AGREE", "EGY", "SAU")),
    ("ژاپن به هند اعتماد دارد.", ("ژاپن", "هند"), ("SUPPORT", "JPN", "IND")),
    ("پس از جنگ عراق با کویت قیمت نفت بالا رفت.", ("عراق", "کویت"), ("ASSAULT", "IRQ", "KWT")),
])
def test_persian_trigger_words(lexical, text, names, want):
    assert want in two_party(lexical, text, "fa", c(*names))


def test_examining_alone_is_no_meeting():
    assert "CONSULT" not in trigger_types("وزیر بازرگانی شیوه خرید گندم را از نزدیک بررسی کرد.", "fa")


# --- wishes -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ایران امیدوار است روسیه قرارداد را با ترکیه امضا کند.",
    "ایران امیدوار است که روسیه و ترکیه در آستانه دیدار کنند.",
    "ایران مایل است روسیه، ترکیه را به زودی تحریم کند.",
])
def test_a_wished_act_is_no_event(lexical, text):
    assert two_party(lexical, text, "fa", c("ایران", "روسیه", "ترکیه")) == []


def test_an_act_after_which_things_are_hoped_to_improve_has_happened(lexical):
    text = "امیدواریم اوضاع بعد از دیدار وزیران ایران و روسیه بهتر شود."
    assert [g[0] for g in two_party(lexical, text, "fa", c("ایران", "روسیه"))] == ["CONSULT"]


def test_a_wish_in_an_earlier_sentence_leaves_the_act(lexical):
    text = "ما امیدواریم. ایران و روسیه مذاکره کردند."
    assert [g[0] for g in two_party(lexical, text, "fa", c("ایران", "روسیه"))] == ["CONSULT"]


# --- denials ------------------------------------------------------------------------------------------------
def test_a_denied_accusation_is_no_accusation(lexical):
    text = "سفارت روسیه دخالت مسکو در انتخابات آمریکا را تکذیب کرد."
    assert two_party(lexical, text, "fa", c("روسیه", "آمریکا")) == []


def test_the_accusation_itself_stands(lexical):
    text = "آمریکا روسیه را به دخالت در انتخابات متهم کرد."
    assert two_party(lexical, text, "fa", c("آمریکا", "روسیه")) == [("ACCUSE", "USA", "RUS")]


# --- a joint act's own pair ---------------------------------------------------------------------------------
def test_a_joint_act_between_two_countries_beside_the_main_act(lexical):
    text = "وزیر خارجه مصر با اشاره به برقراری روابط بین قطر و ترکیه، قطر را محکوم کرد."
    got = two_party(lexical, text, "fa", c("مصر", "قطر", "ترکیه") + [("قطر", "QAT", "country", 1)])
    assert ("ACCUSE", "EGY", "QAT") in got
    assert ("SUPPORT", "QAT", "TUR") in got


# --- the recipient inside "در اختیار X قرار" ----------------------------------------------------------------
def test_the_country_in_the_slot_receives_from_the_nearest_before(lexical):
    text = "آمریکا گفت روسیه سلاح در اختیار (دولت)  سوریه قرار داده است."
    assert ("AID", "RUS", "SYR") in two_party(lexical, text, "fa", c("آمریکا", "روسیه", "سوریه"))


def test_no_country_in_the_slot_is_no_aid_between_states(lexical):
    text = "روسیه گفت آمریکا سلاح در اختیار شورشیان قرار می‌دهد."
    assert not [g for g in two_party(lexical, text, "fa", c("روسیه", "آمریکا")) if g[0] == "AID"]


# --- what a country must do; former officials ---------------------------------------------------------------
@pytest.mark.parametrize("text", ["آلمان باید به فرانسه سفر کند.", "آلمان باید به فرانسه کمک کند."])
def test_what_a_country_must_do_is_no_event(lexical, text):
    assert two_party(lexical, text, "fa", c("آلمان", "فرانسه")) == []


def test_a_threat_worded_with_must_stays(lexical):
    text = "ایران گفت: عربستان باید بداند که این اقدام بی پاسخ نخواهد ماند."
    assert ("THREATEN", "IRN", "SAU") in two_party(lexical, text, "fa", c("ایران", "عربستان"))


def test_a_country_after_former_is_a_former_officials_attribute(lexical):
    text = "رئیس جمهور سابق مصر، عربستان را محکوم کرد."
    assert two_party(lexical, text, "fa", c("مصر", "عربستان")) == []
    text = "رئیس جمهور مصر، عربستان را محکوم کرد."
    assert two_party(lexical, text, "fa", c("مصر", "عربستان")) == [("ACCUSE", "EGY", "SAU")]


def test_a_person_called_former_once_acts_for_no_state_later(lexical):
    text = "حسنی مبارک رئیس جمهور پیشین مصر مقاله‌ای نوشت. حسنی مبارک عربستان را محکوم کرد."
    ms = [("حسنی مبارک", "EGY", "person"), ("مصر", "EGY", "country"), ("حسنی مبارک", "EGY", "person", 1),
          ("عربستان", "SAU", "country")]
    assert two_party(lexical, text, "fa", ms) == []
    plain = "حسنی مبارک رئیس جمهور مصر مقاله‌ای نوشت. حسنی مبارک عربستان را محکوم کرد."
    assert two_party(lexical, plain, "fa", ms) == [("ACCUSE", "EGY", "SAU")]


def test_a_record_is_no_former():
    # 'سابقه' (a record, a precedent) is not 'سابق' (former)
    from bilat import plover
    text = "افزایش بی سابقه قیمت"
    assert events.find_in(text, 0, len(text), "fa", plover.FORMER) == []


def test_on_charges_of_is_no_accusation_between_states(lexical):
    # "به اتهام" (on charges of) names what an arrest or trial is for, not one state accusing another
    text = "پلیس ترکیه ده‌ها نفر را به اتهام همکاری با روسیه دستگیر کرد."
    assert "ACCUSE" not in trigger_types(text, "fa")
    assert "ACCUSE" in trigger_types("ترکیه روسیه را به همکاری با شورشیان متهم کرد.", "fa")


def test_a_list_of_headlines_tells_no_event(lexical):
    text = "سفر وزیر خارجه ترکیه به روسیه و تحریم‌های جدید آمریکا علیه ایران، مهم‌ترین عناوین اخبار امروز است."
    assert two_party(lexical, text, "fa", c("ترکیه", "روسیه", "آمریکا", "ایران")) == []
    text = "وزیر خارجه ترکیه به روسیه سفر کرد."
    assert two_party(lexical, text, "fa", c("ترکیه", "روسیه")) == [("CONSULT", "TUR", "RUS")]


# --- physical acts: a guessed speaker, a country named as a venue and as a people ---------------------------
def test_a_victims_country_named_also_as_a_venue_is_the_recipient(lexical):
    text = "نیروهای اسرائیلی در جنوب لبنان یک نوجوان لبنانی را به ضرب گلوله کشتند."
    ms = [("اسرائیلی", "ISR", "country"), ("لبنان", "LBN", "country"), ("لبنانی", "LBN", "country")]
    assert two_party(lexical, text, "fa", ms) == [("ASSAULT", "ISR", "LBN")]


def test_a_speaker_of_a_guessed_country_does_not_act_in_the_quote(lexical):
    # the two named countries act, as when the sentence has no speaker: the guessed one is no party of it
    quote = "«ترکیه سلاح‌های خود را به عراق شلیک کرد و مردم عراق را کشت.»"
    named = [("ترکیه", "TUR", "country"), ("عراق", "IRQ", "country"), ("عراق", "IRQ", "country", 1)]

    def assaults(text, ms):
        doc = lexical(make_doc(text, "fa", ms, published="2024-03-01"))
        return [(e.actor.code, e.recipient.code, round(e.confidence, 2)) for e in doc.events if e.event == "ASSAULT"]

    alone = assaults(quote, named)
    assert alone and alone[0][:2] == ("TUR", "IRQ")
    assert assaults("نبیل گفت: " + quote, [("نبیل", None, "person")] + named) == alone
