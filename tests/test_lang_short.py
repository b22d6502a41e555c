"""Short texts with no language given (issue 11): the supported-language prior of the lang stage tells English from
Dutch or Italian, Vietnamese from Breton, Russian from Bulgarian or Macedonian, and keeps Arabic-script text Arabic
or Persian; long texts and the paragraphs of long documents are the model's alone. Sentences written for this test."""

from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages import lang as lang_stage
from bilat.stages.dates import find_dates
from bilat.stages.lang import detect_lang, identify, short_text_alternatives
from bilat.stages.quantities import find_quantities

SHORT = [
    ("Iran met Iraq in Baghdad.", "en"),
    ("Talks ended late on Monday.", "en"),
    ("Three days ago", "en"),
    ("Pakistan and India met.", "en"),
    ("Hà Nội đón đoàn khách.", "vi"),
    ("hôm nay trời mưa", "vi"),
    ("Bộ trưởng đến Lào.", "vi"),
    ("Москва ответила Киеву.", "ru"),
    ("два дня назад", "ru"),
    ("Переговоры завершились вчера.", "ru"),
    ("وصل الوزير إلى الرياض أمس.", "ar"),
    ("التقى الرئيس بنظيره", "ar"),
    ("وزیر امروز به تهران رسید.", "fa"),
    ("سه روز پیش", "fa"),
]


@pytest.mark.parametrize(("text", "lang"), SHORT)
def test_short_text_language(text: str, lang: str) -> None:
    doc = lang_stage.make_stage()(Document(id="t", source="t", original=text, text=text))
    assert doc.lang == lang, (text, identify(text))


@pytest.mark.parametrize(("text", "lang"), [
    ("Le ministre est arrivé hier à Paris.", "fr"),
    # (a short German or Dutch sentence may come out English: the model gives "Iran met Iraq in Baghdad." nl 0.96,
    # en 0.03, as unsure as it is on short German; bilat's input is one of its languages, so the prior wins there)
    ("El ministro llegó ayer a Madrid.", "es"),
    ("Міністр прибув до Києва вчора.", "uk"),  # letters Russian lacks: no Russian prior
])
def test_short_text_of_other_languages_keeps_its_language(text: str, lang: str) -> None:
    assert detect_lang(text) in (lang, None) and identify(text)[0] == lang


def test_prior_leaves_paragraphs_of_long_documents_to_the_model() -> None:
    body = ("Le gouvernement a annoncé mardi une série de mesures destinées à soutenir les ménages les plus modestes, "
            "alors que les prix de l'énergie continuent d'augmenter dans tout le pays. ") * 3
    text = "Iran met Iraq in Baghdad\n\n" + body
    assert identify(text[:24])[0] == "en"  # alone: English
    assert identify(text[:24], context=len(text))[0] == "nl"  # in a long document: the model's word, no prior
    assert lang_stage._prior(len(body)) == 1.0
    doc = lang_stage.make_stage()(Document(id="t", source="t", original=body, text=body))
    assert doc.lang == "fr"


@pytest.mark.parametrize(("text", "ref", "expected"), [
    ("1402/3/10", "2023-06-01", "2023-05-31"),  # only Persian reads a Solar Hijri date: 10 Khordad 1402
    ("25/12/2020", "2021-01-01", "2020-12-25"),
    ("05/04/2021", "2021-06-01", "2021-04-05"),  # day before month, as six of the seven languages write it
    ("20.03.2019", "2019-04-01", "2019-03-20"),
])
def test_dates_of_a_text_of_no_language(text: str, ref: str, expected: str) -> None:
    assert [d.value for d in find_dates(text, None, ref)] == [expected]


@pytest.mark.parametrize(("text", "guess", "expected"), [
    ("tomorrow", "it", "2024-03-11"),  # a short text guessed as a language bilat does not read: the script's own
    ("ngày mai", "pt", "2024-03-11"),
    ("позавчера", "bg", "2024-03-08"),
    ("3 March 2024", "de", "2024-03-03"),
])
def test_short_text_dates_tried_in_the_scripts_languages(text: str, guess: str, expected: str) -> None:
    assert [d.value for d in find_dates(text, guess, "2024-03-10")] == [expected]


def test_short_text_in_a_language_bilat_reads_is_read_in_it_alone() -> None:
    assert find_dates("hôm kia", "en", "2024-03-10") == ()  # given as en: not read as vi
    assert find_dates("دفع 10 مهر", "ar", "2024-03-10") == ()  # given as ar: no Persian month


@pytest.mark.parametrize(("text", "guess", "expected"), [("hai mươi ba", "it", 23), ("twenty three", "nl", 23),
                                                         ("двадцать три", "bg", 23)])
def test_short_text_numbers_tried_in_the_scripts_languages(text: str, guess: str, expected: float) -> None:
    assert [q.value for q in find_quantities(text, guess)] == [expected]


def test_long_text_is_read_in_its_language_only() -> None:
    text = "Hôm kia " + "the ministers met again to discuss the budget and the plan for the coming season " * 2
    assert short_text_alternatives(text, "de") == ()
    assert short_text_alternatives("hôm kia", "fr") == ("en", "vi")
    assert short_text_alternatives("tomorrow", "fr") == ("en",)  # w: not Vietnamese
    assert short_text_alternatives("hôm kia", "en") == ()


@pytest.mark.parametrize(("text", "lang"), [("بعد ثلاثة أيام", "ar"), ("منتصف شهر أيار", "ar"), ("سه ماه پیش", "fa"),
                                            ("اول اردیبهشت", "fa")])
def test_short_arabic_script_dates_by_bilats_own_date_words(text: str, lang: str) -> None:
    doc = lang_stage.make_stage()(Document(id="t", source="t", original=text, text=text))
    assert doc.lang == lang, (text, identify(text))


@pytest.mark.parametrize("text", ["Sweden met Kenya.", "Lula met Ruto.", "Scholz met Sunak.", "Cuba met Laos.",
                                  "Gabon met Togo", "Peru met Chile on trade"])
def test_short_english_with_a_dutch_function_word_is_english(text: str) -> None:
    """robust57: "Iran met Iraq." came out nl (the model: nl 0.98 on Dutch "met", with); on a few words the model's
    certainty is flattened, and a language bilat reads that keeps SUPPORTED_FLOOR of the re-weighed probability wins."""
    doc = lang_stage.make_stage()(Document(id="t", source="t", original=text, text=text))
    assert doc.lang == "en", (text, identify(text))


def test_the_flattening_leaves_sentences_to_the_model() -> None:
    assert lang_stage._with_prior([("nl", 0.98), ("en", 0.02)], "Latin", "x", lang_stage.PRIOR_LETTERS) == [
        ("nl", 0.98), ("en", 0.02)]
    for text, lang in [("Le ministre est arrivé hier à Paris.", "fr"), ("El ministro llegó ayer a Madrid.", "es"),
                       ("Der Minister ist gestern in Berlin angekommen.", "de")]:
        assert identify(text)[0] == lang, (text, identify(text))
