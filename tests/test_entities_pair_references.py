""""Both sides" / "the two countries" (data/pair_words.json, entities.pair_references) stand for the two
countries a document names most, as mentions of form ``reference``: only when that pair is clear (no tie for
second place), not where the phrase's sentence names two countries itself. Sentences composed for the test."""
from __future__ import annotations

import pytest

from bilat.records import Document, Sentence
from bilat.stages import entities


@pytest.fixture(scope="module")
def stage():
    return entities.make_stage(learn=False)


def _sentences(text, stops):
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in stops:
            out.append(Sentence(start=start, end=i + 1))
            start = i + 1
    if start < len(text):
        out.append(Sentence(start=start, end=len(text)))
    return tuple(out)


def refs(stage, text, lang, stops=".。"):
    doc = stage(Document(id="t", source="t", original="", lang=lang, text=text, sentences=_sentences(text, stops)))
    return sorted((m.text, m.iso3) for m in doc.mentions if m.form == "reference")


@pytest.mark.parametrize("lang, text, phrase", [
    ("en", ("Japan hosted Vietnam's prime minister. Japan and Vietnam held talks in Tokyo. "
            "Both sides agreed to expand trade."), "Both sides"),
    ("zh", "日本首相会见越南总理。日本和越南举行会谈。双方同意扩大贸易。", "双方"),
    ("ar", "استقبل رئيس وزراء اليابان رئيس وزراء فيتنام. وبحثت اليابان وفيتنام التعاون. واتفق البلدين على توسيع التجارة.",
     "البلدين"),
    ("vi", "Thủ tướng Nhật Bản tiếp Thủ tướng Việt Nam. Nhật Bản và Việt Nam hội đàm. Hai bên nhất trí mở rộng thương mại.",
     "Hai bên"),
    ("ru", "Япония приняла премьера Вьетнама. Япония и Вьетнам провели переговоры. Обе стороны договорились о торговле.",
     "Обе стороны"),
])
def test_the_phrase_is_the_two_countries(stage, lang, text, phrase):
    assert refs(stage, text, lang) == [(phrase, "JPN"), (phrase, "VNM")]


def test_persian_in_arabic_letters(stage):
    text = "وزیر خارجه ژاپن با همتای ویتنامی دیدار کرد. ژاپن و ویتنام گفتگو کردند. طرفين بر گسترش تجارت توافق کردند."
    assert refs(stage, text, "fa") == [("طرفين", "JPN"), ("طرفين", "VNM")]


def test_a_tie_for_second_place_gives_no_pair(stage):
    text = "Japan met Vietnam in Tokyo. Japan also met Laos. Both sides agreed to expand trade."
    assert refs(stage, text, "en") == []


def test_one_country_gives_no_pair(stage):
    text = "Japan raised its tariffs. Japan said both sides of parliament agreed."
    assert refs(stage, text, "en") == []


def test_a_sentence_that_names_two_countries_keeps_them(stage):
    text = "Japan met Vietnam. Japan and Vietnam talked again. Later China and Laos said both countries would sign."
    assert refs(stage, text, "en") == []


def test_the_phrase_is_a_whole_word(stage):
    text = "Japan met Vietnam. Japan and Vietnam talked. The two sidestepped the question."
    assert refs(stage, text, "en") == []


def test_references_are_not_named_countries(stage):
    text = "Japan met Vietnam. Japan and Vietnam talked. Both sides agreed."
    doc = stage(Document(id="t", source="t", original="", lang="en", text=text, sentences=_sentences(text, ".")))
    ref = [m for m in doc.mentions if m.form == "reference"]
    assert {m.kind for m in ref} == {"country"}
    assert all(m.text == "Both sides" for m in ref)


def test_people_count_for_the_pair(stage):
    # the home country is named only through its prince; the guest's country by name
    text = ("استقبل الأمير محمد بن سلمان ولي ولي العهد الرئيس فرانسوا هولاند رئيس الجمهورية الفرنسية. "
            "وجرى استعراض العلاقات الثنائية بين البلدين الصديقين.")
    assert refs(stage, text, "ar") == [("البلدين", "FRA"), ("البلدين", "SAU")]


@pytest.mark.parametrize("lang, text, phrase", [
    # a third country's leader quoted beside the two named countries does not cancel their pair
    ("en", "Erdogan said Russia and Ukraine must return to talks. The two countries met in Istanbul last year.",
     "The two countries"),
    ("ar", "وقال أردوغان إن روسيا وأوكرانيا يجب أن تعودا إلى المفاوضات. واجتمعت الدولتان في إسطنبول العام الماضي.",
     "الدولتان"),
])
def test_a_third_countrys_person_keeps_the_named_pair(stage, lang, text, phrase):
    assert refs(stage, text, lang) == sorted([(phrase, "RUS"), (phrase, "UKR")])
