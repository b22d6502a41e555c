"""Persian cue words that matched inside longer words (issue 10, Persian beyond Fars): the modal and wish word
'باید' (must) inside the name 'بایدن' (Biden) hedged or dropped every act of Biden's; the sports word 'جام' (cup)
inside 'جامعه' (community: 'جامعه بین‌المللی') dropped the whole sentence as a sports report; the aid stem 'اهدا'
(donate) inside 'اهداف' (targets, goals) made aid of a strike. Also the host noun 'میزبان' (was host to), and the
Persian demonyms the tagger missed: bare 'روس' (دیپلمات روس) and a demonym with a possessive (همتای اردنی‌اش).
Sentences composed for the test (no corpus sentence)."""
from __future__ import annotations

import pytest
from test_events import trigger_types, two_party
from test_events_fa_verbs import c


def fa_types(text: str) -> list[str]:
    return trigger_types(text, "fa")


def test_a_name_holding_the_modal_word_is_no_hedge(lexical):
    text = "بایدن، رئیس‌جمهور آمریکا، با رئیس‌جمهور چین دیدار کرد."
    ms = [("بایدن", "USA", "person")] + c("آمریکا", "چین")
    assert ("CONSULT", "USA", "CHN") in two_party(lexical, text, "fa", ms)


def test_the_modal_word_itself_still_hedges(lexical):
    text = "آمریکا باید با چین گفتگو کند."
    assert two_party(lexical, text, "fa", c("آمریکا", "چین")) == []


def test_the_international_community_is_no_sports_report(lexical):
    text = "وزیر خارجه ترکیه با همتای مصری خود دیدار کرد و از نقش جامعه جهانی سخن گفت."
    ms = [("ترکیه", "TUR", "country"), ("مصری", "EGY", "country")]
    assert ("CONSULT", "TUR", "EGY") in two_party(lexical, text, "fa", ms)


def test_a_cup_is_still_sport(lexical):
    text = "تیم ترکیه در جام جهانی با مصر دیدار کرد."
    assert two_party(lexical, text, "fa", c("ترکیه", "مصر")) == []


@pytest.mark.parametrize("text", [
    "اسرائیل اهداف نظامی در سوریه را بمباران کرد.",
    "هند به اهدافش در این منطقه رسید.",
])
def test_targets_are_no_donation(text):
    assert "AID" not in fa_types(text)


def test_a_donation_is_still_aid():
    assert "AID" in fa_types("ژاپن اهدای واکسن به عراق را آغاز کرد.")


def test_the_host_noun(lexical):
    text = "امیر قطر میزبان رئیس‌جمهور ترکیه بود."
    assert ("CONSULT", "TUR", "QAT") in two_party(lexical, text, "fa", c("قطر", "ترکیه"))


@pytest.mark.parametrize("text, code", [
    ("کانادا دو دیپلمات روس را اخراج کرد.", "RUS"),
    ("مقامات روس این خبر را تایید کردند.", "RUS"),
    ("وزیر خارجه مصر با همتای اردنی‌اش دیدار کرد.", "JOR"),
    ("رئیس‌جمهور فرانسه با همتای آمریکایی‌اش گفتگو کرد.", "USA"),
])
def test_persian_demonym_forms(tagger, text, code):
    assert code in [m.iso3 for m in tagger.mentions(text, "fa") if m.kind == "country"]


def test_russia_is_still_one_country(tagger):
    assert [m.iso3 for m in tagger.mentions("روسیه و روس‌ها", "fa") if m.kind == "country"] == ["RUS", "RUS"]


@pytest.mark.parametrize("text", [
    "سخنگوی دولت آلمان سخنان وزیر ترکیه را «بی‌پایه» نامید.",
    "وزارت خارجه مصر این سیاست را «خطرناک» خواند.",
    "هند این اقدام را ناقض توافق دو کشور دانست.",
    "فرانسه محاصره را غیرانسانی توصیف کرد.",
    "ژاپن با لحنی کنایه‌آمیز به این طرح اشاره کرد.",
])
def test_a_quoted_or_damning_characterisation_is_an_accusation(text):
    assert "ACCUSE" in fa_types(text)


@pytest.mark.parametrize("text", [
    "او این کتاب را خواند.",
    "وزیر مصر نتیجه گفتگو با ترکیه را «سازنده» توصیف کرد.",
])
def test_reading_or_a_positive_description_is_no_accusation(text):
    assert "ACCUSE" not in fa_types(text)


def test_a_quoted_label_with_its_parties(lexical):
    text = "سخنگوی وزارت خارجه آلمان سیاست ترکیه را «ویرانگر» خواند."
    assert ("ACCUSE", "DEU", "TUR") in two_party(lexical, text, "fa", c("آلمان", "ترکیه"))


@pytest.mark.parametrize("text, names, want", [
    ("فرانسه سفیر خود را از هند فراخواند.", ("فرانسه", "هند"), ("SANCTION", "FRA", "IND")),
    ("مصر سفیرش را از قطر فراخواند.", ("مصر", "قطر"), ("SANCTION", "EGY", "QAT")),
    ("ترکیه روابط دیپلماتیک خود با اسرائیل را قطع کرد.", ("ترکیه", "اسرائیل"), ("SANCTION", "TUR", "ISR")),
    ("عراق روابط خود با سوریه را قطع کرد.", ("عراق", "سوریه"), ("SANCTION", "IRQ", "SYR")),
])
def test_recalling_an_ambassador_and_cutting_ties_verb_last(lexical, text, names, want):
    assert want in two_party(lexical, text, "fa", c(*names))


def test_calling_people_out_is_no_recall():
    assert "SANCTION" not in fa_types("دولت مردم را به تظاهرات فراخواند.")


def test_a_terrorist_attack_is_no_state_assault(lexical):
    text = "وزیر خارجه ایران در پیامی به همتای عراقی خود، حمله تروریستی را تسلیت گفت."
    found = two_party(lexical, text, "fa", c("ایران") + [("عراقی", "IRQ", "country")])
    assert ("SUPPORT", "IRN", "IRQ") in found and not any(t == "ASSAULT" for t, _, _ in found)
    assert "ASSAULT" in fa_types("اسرائیل به سوریه حمله کرد.")
