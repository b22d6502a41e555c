"""People (issue 10, peoplear): a group name opening a name read after a role is no name word; an Arabic given
name that is none of a known person's names, between a definite word and his surname, is another person."""
import pytest

from bilat.records import Document, Sentence
from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage()


def people(stage, text, lang):
    doc = Document(id="t", source="test", original=text, text=text, lang=lang, sentences=(Sentence(start=0, end=len(text)),))
    return [m for m in stage(doc).mentions if m.kind == "person"]


def test_ar_other_given_name_before_known_surname(stage):
    ms = people(stage, "اجتمع وزير الدولة للشؤون الخارجية مع وزير الدولة للشؤون الخارجية الإسباني إجناثيو إبنياس روبيو في مدريد.", "ar")
    assert not any(m.entity == "bilat:person:marco-rubio-usa" for m in ms)
    assert any(m.text == "إجناثيو إبنياس روبيو" for m in ms)


def test_ar_own_given_name_still_links(stage):
    ms = people(stage, "وقال السيناتور الأمريكي ماركو روبيو إن واشنطن ستفرض عقوبات.", "ar")
    assert any(m.entity == "bilat:person:marco-rubio-usa" for m in ms)
    ms = people(stage, "وعلى هامش المؤتمر أيضا، عقد روبيو اجتماعا مع الوزير.", "ar")
    assert any(m.entity == "bilat:person:marco-rubio-usa" for m in ms)


def test_group_name_opens_no_name(stage):
    assert not any(m.text.startswith(("طالبان", "حركة")) for m in
                   people(stage, "وقال المتحدث باسم حركة طالبان ذبيح الله مجاهد إن الحركة سيطرت على المدينة.", "ar"))
    assert not any(m.text.startswith("طالبان") for m in
                   people(stage, "وقال المتحدث باسم طالبان ذبيح الله مجاهد إن الحركة سيطرت على المدينة.", "ar"))
    ms = people(stage, "Người phát ngôn Taliban Zabihullah Mujahid cho biết nhóm này đã kiểm soát thành phố.", "vi")
    assert [m.text for m in ms] == ["Zabihullah Mujahid"]


def test_ru_sentence_start_other_given_name(stage):
    bush = "bilat:person:george-w-bush-usa"
    assert not any(m.entity == bush for m in people(stage, "Джеб Буш заявил, что будет баллотироваться.", "ru"))
    assert not any(m.entity == bush for m in people(stage, "Штат готов. Джеб Буш заявил о планах.", "ru"))
    # a common opener, or the person's own given name, keeps the link
    assert any(m.entity == bush for m in people(stage, "Вчера Буш заявил, что войска уйдут.", "ru"))
    assert any(m.entity == bush for m in people(stage, "Затем Буш заявил, что войска уйдут.", "ru"))
    assert any(m.entity == bush for m in people(stage, "Джордж Буш заявил, что войска уйдут.", "ru"))


def test_ar_veto_holds_after_learning_and_needs_a_title_or_place(stage):
    # a name learned in the sentence (the tagging runs again) does not bring the wrong link back
    ms = people(stage, "وقال النائب العام السعودي المعجب أجرى محادثات مع النائب العام في اسطنبول عرفان فيدان للمرة الثانية.", "ar")
    assert not any(m.entity == "bilat:person:hakan-fidan-tur" for m in ms)
    # a noun before the surname is no given name
    ms = people(stage, "وجاء نفي الحكومة المغربية لخبر احتمال زيارة نتنياهو للمغرب على لسان الناطق الرسمي.", "ar")
    assert any(m.entity == "Q43723" for m in ms)
