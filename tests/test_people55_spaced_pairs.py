"""Issue 10 (people55): a Persian given name of the X-الله shape written in two words (بیت الله محسود, the ZWNJ
lost) starts a name, not a religious formula (صلی الله علیه) nor the Kaaba (بیت الله الحرام); the document's
home read from Persian text written with Arabic letters (ايران); Chinese pair abbreviations of two countries
that jieba reads into other words (日美的, 近日印巴, 中意...建交). Sentences composed for these tests."""

from __future__ import annotations

from conftest import named_states, person_mentions

from bilat.records import Document
from bilat.stages import entities, home, people


def _names(stage, text: str, lang: str) -> list[str]:
    return [m.text for m in person_mentions(stage, text, lang)]


def test_spaced_allah_given_name_starts_a_persian_name(stage):
    assert "بیت الله محسود" in _names(stage, "گروه طالبان پاکستان به رهبری بیت الله محسود اعلام موجودیت کرد.", "fa")


def test_spaced_allah_given_name_in_arabic_letters(stage):
    assert "بيت الله محسود" in _names(stage, "گروه طالبان پاكستان به رهبري بيت الله محسود اعلام موجوديت كرد.", "fa")


def test_spaced_allah_given_name_off_switch(stage, monkeypatch):
    from bilat.stages import names
    monkeypatch.setattr(people, "FA_GIVEN_APART", False)
    monkeypatch.setattr(names, "FA_STOP_GIVEN_APART", False)
    assert "بیت الله محسود" not in _names(stage, "گروه طالبان پاکستان به رهبری بیت الله محسود اعلام موجودیت کرد.", "fa")


def test_kaaba_and_formulas_are_no_names(stage):
    for text in ("هزاران نفر از حجاج بیت الله الحرام به مکه رسیدند.", "زائران بیت الله به کشور بازگشتند.",
                 "پیامبر اکرم - صلى اللّه عليه و آله و سلم - فرمود."):
        assert _names(stage, text, "fa") == [], text


def _home(text: str, lang: str = "fa") -> str | None:
    return home.document_home(Document(id="t", source="t", original=text, text=text, lang=lang))


def test_afghan_markers_read_iran_in_arabic_letters():
    afghan = "طالبان در کابل گفتند که افغانستان با همسایگان روابط خوب می‌خواهد."
    assert _home(afghan) == "AFG"
    assert _home(afghan + " هیئتی از ايران نیز در کابل بود.") == "IRN"  # Arabic ي: Iran named, no Afghan home


def test_pair_before_the_particle_de(stage):
    got = named_states(stage, "马科斯总统将在华盛顿出席与日美的三方首脑会谈。", "zh")
    assert {"JPN", "USA"} <= set(got), got


def test_pair_with_a_shared_abbreviation_takes_the_named_country(stage):
    got = named_states(stage, "巴基斯坦军方称，近日印巴空军在边境交火。", "zh")
    assert {"IND", "PAK"} <= set(got), got


def test_shared_abbreviation_needs_exactly_one_named_country(stage):
    got = named_states(stage, "巴西和巴基斯坦官员表示，近日印巴空军在边境交火。", "zh")
    assert "BRA" in got and "PAK" in got
    got = named_states(stage, "他在巴士站等车。", "zh")
    assert got == [], got


def test_ordinary_word_pair_takes_a_relation_word_later_in_its_clause(stage):
    got = named_states(stage, "意大利外长表示，中意下个月将举行建交纪念活动。", "zh")
    assert "ITA" in got and "CHN" in got, got


def test_ordinary_word_pair_stays_a_word_without_relation(stage, monkeypatch):
    assert "CHN" not in named_states(stage, "意大利菜很好吃，我很中意这家餐厅，下次再合作。", "zh")
    monkeypatch.setattr(entities, "ZH_PAIR_CLAUSE", False)
    assert "CHN" not in named_states(stage, "意大利外长表示，中意下个月将举行建交纪念活动。", "zh")


MOROCCAN = ("استقبل جلالة الملك محمد السادس بالقصر الملكي بالرباط وزير الخارجية. "
            "وقال الوزير المنتدب إن المغرب حريص على تعزيز الشراكة مع السعودية.")


def test_a_moroccan_article_gives_its_people_a_moroccan_home():
    doc = Document(id="t", source="t", original=MOROCCAN, text=MOROCCAN, lang="ar")
    assert home.person_home(doc) == "MAR"
    assert home.document_home(doc) is None  # the events stage's home is unchanged: Arabic keeps none


def test_an_arabic_article_without_such_evidence_keeps_the_saudi_role_home():
    text = "وقال وزير الخارجية إن المملكة حريصة على تعزيز الشراكة مع المغرب."
    assert home.person_home(Document(id="t", source="t", original=text, text=text, lang="ar")) == "SAU"


def test_the_saudi_kings_title_keeps_a_gulf_article_saudi():
    text = MOROCCAN + " ونقل تحيات خادم الحرمين الشريفين."
    assert home.person_home(Document(id="t", source="t", original=text, text=text, lang="ar")) == "SAU"


def test_an_arabic_host_gives_its_country():
    text = "وقال وزير الخارجية إن بلاده حريصة على تعزيز الشراكة."
    doc = Document(id="t", source="t", original=text, text=text, lang="ar", url="https://www.hespress.com/politique/1.html")
    assert home.person_home(doc) == "MAR"
    doc = Document(id="t", source="t", original=text, text=text, lang="ar", url="https://www.youm7.com.eg/story/1")
    assert home.person_home(doc) == "EGY"


def test_person_home_off_switch(monkeypatch):
    monkeypatch.setattr(home, "PERSON_HOME", False)
    assert home.person_home(Document(id="t", source="t", original=MOROCCAN, text=MOROCCAN, lang="ar")) is None


def test_arabic_function_words_end_no_name(stage):
    for text in ("وقالت إن إيران تبعث برسالة سلام لكل دول المنطقة.", "ولم يتضح إن كانت المحكمة ستأمر باعتقاله أم لا.",
                 "وبعث الرئيس رسالة إلى العاهل دعاه فيها إلى زيارة رسمية."):
        assert _names(stage, text, "ar") == [], text
