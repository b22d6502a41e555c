"""An official of an intergovernmental organisation named right after it acts for it, not for the state of his
nationality (GUIDE.md; entities.igo_officials, data/actors.json ``igo_officials``): the person has no country there
and wherever else the document names him. A state's official after a comma, or after a state's own title, keeps his.
Sentences composed for the test."""
from __future__ import annotations

import pytest
from conftest import person_mentions


def people(stage, text: str, lang: str) -> dict[str, str | None]:
    return {m.text: m.iso3 for m in person_mentions(stage, text, lang)}


@pytest.mark.parametrize("text, lang, name", [
    ("EU foreign policy chief Josep Borrell said the build-up was worrying.", "en", "Josep Borrell"),
    ("NATO Secretary General Jens Stoltenberg met the Turkish president.", "en", "Jens Stoltenberg"),
    ("Cao ủy Đối ngoại EU Josep Borrell cho rằng tình hình đáng lo ngại.", "vi", "Josep Borrell"),
    ("Tổng thư ký Liên hợp quốc Antonio Guterres kêu gọi các bên kiềm chế.", "vi", "Antonio Guterres"),
])
def test_an_organisation_official_has_no_country(stage, text, lang, name):
    assert people(stage, text, lang)[name] is None


def test_the_official_named_again_alone_has_no_country_either(stage):
    got = people(stage, "Cao ủy Đối ngoại EU Josep Borrell phát biểu hôm qua. Ông Borrell nói thêm rằng EU lo ngại.", "vi")
    assert got == {"Josep Borrell": None, "Borrell": None}


@pytest.mark.parametrize("text, lang, name, iso3", [
    ("At the UN, President Joe Biden spoke about the war.", "en", "Joe Biden", "USA"),
    ("Tại hội nghị ASEAN Thủ tướng Việt Nam Phạm Minh Chính phát biểu.", "vi", "Phạm Minh Chính", "VNM"),
])
def test_a_state_official_after_an_organisation_keeps_his_country(stage, text, lang, name, iso3):
    assert people(stage, text, lang)[name] == iso3


@pytest.mark.parametrize("text, lang, name, iso3", [
    ("Постоянный представитель России при ООН Виталий Чуркин заявил, что Москва против.", "ru", "Виталий Чуркин", "RUS"),
    ("Đại sứ Nga tại Liên hợp quốc Vitaly Churkin nói Moscow phản đối.", "vi", "Vitaly Churkin", "RUS"),
    ("نماینده روسیه در سازمان ملل ویتالی چورکین گفت که مسکو مخالف است.", "fa", "ویتالی چورکین", "RUS"),
    ("وقال سفير روسيا لدى الأمم المتحدة فيتالي تشوركين إن موسكو تعارض القرار.", "ar", "فيتالي تشوركين", "RUS"),
])
def test_a_state_envoy_posted_at_the_organisation_keeps_his_country(stage, text, lang, name, iso3):
    # the country right before the organisation, a word of posting between (data/actors.json igo_officials.posted_at)
    assert people(stage, text, lang)[name] == iso3


def test_a_country_before_the_organisation_without_a_word_of_posting_changes_nothing(stage):
    got = people(stage, "Russia criticized EU foreign policy chief Josep Borrell on Monday.", "en")
    assert got == {"Josep Borrell": None}
