"""An intergovernmental organisation's official named before his office (entities._igo_apposition, data/actors.json
``igo_officials.titles_after``): the person, then an apposition with the organisation's title and the organisation,
acts for it and has no country. The EU's Commission and Council stand for the EU (``igo_officials.names``), a
bracketed abbreviation may stand between the organisation and the name, and the Vietnamese continent "châu Âu" is no
family name Âu. A state's official keeps his country. Sentences composed for the test."""
from __future__ import annotations

import pytest
from conftest import person_countries


@pytest.mark.parametrize("text, lang, name", [
    ("Antonio Guterres, the UN secretary-general, said the war must end.", "en", "Antonio Guterres"),
    ("Ursula von der Leyen, president of the European Commission, presented the plan.", "en", "Ursula von der Leyen"),
    ("European Commission President Ursula von der Leyen presented the plan.", "en", "Ursula von der Leyen"),
    ("Ông Antonio Guterres, Tổng thư ký Liên hợp quốc, kêu gọi các bên kiềm chế.", "vi", "Antonio Guterres"),
    ("Chủ tịch Ủy ban châu Âu (EC) Ursula von der Leyen đã tới Kiev hôm thứ Sáu.", "vi", "Ursula von der Leyen"),
    ("Антониу Гутерриш, генеральный секретарь ООН, призвал стороны к сдержанности.", "ru", "Антониу Гутерриш"),
    ("آنتونیو گوترش دبیرکل سازمان ملل متحد گفت که جنگ باید پایان یابد.", "fa", "آنتونیو گوترش"),
    ("التقى الوزير بان كي مون الأمين العام للأمم المتحدة في نيويورك.", "ar", "بان كي مون"),
    ("وصلت فيديريكا موغيريني، منسقة السياسة الخارجية في الاتحاد الأوروبي، إلى طهران.", "ar", "فيديريكا موغيريني"),
    ("欧盟委员会主席冯德莱恩表示，计划已经准备好。", "zh", "冯德莱恩"),
])
def test_an_official_named_before_his_organisation_has_no_country(stage, text, lang, name):
    assert person_countries(stage, text, lang)[name] is None


def test_the_title_after_the_organisation_is_the_next_persons(stage):
    got = person_countries(stage, "Attending are US Secretary of State Condoleezza Rice, UN Secretary General "
                                  "Kofi Annan and the ministers.", "en")
    assert got["Condoleezza Rice"] == "USA" and got["Kofi Annan"] is None


@pytest.mark.parametrize("text, lang, name, iso3", [
    ("قال فيتالي تشوركين، مندوب روسيا لدى الأمم المتحدة، إن موسكو ترفض.", "ar", "فيتالي تشوركين", "RUS"),
    ("Joe Biden, the US president, spoke after the UN chief.", "en", "Joe Biden", "USA"),
    ("President Joe Biden at the UN General Assembly said the war must end.", "en", "Joe Biden", "USA"),
])
def test_a_state_official_near_an_organisation_keeps_his_country(stage, text, lang, name, iso3):
    assert person_countries(stage, text, lang)[name] == iso3


def test_chau_au_is_the_continent_not_a_family_name(stage):
    got = person_countries(stage, "Tổng thống Erdogan đã gặp Chủ tịch Hội đồng châu Âu Charles Michel tại Ankara.", "vi")
    assert "Charles Michel" in got and not any(k.startswith("Âu") for k in got)
    assert person_countries(stage, "Bộ trưởng Âu Văn Hùng phát biểu.", "vi") == {"Âu Văn Hùng": "VNM"}
