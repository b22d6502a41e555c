"""People found by their role and by a name spelt with other spacing (issue 10, part 3): a place's
name that starts a name after the role's nisba, أمير inside a Persian name in Arabic text, and the
gazetteer's Arabic-script names with a space, a ZWNJ or nothing between their parts. Sentences
written for these tests; the names after a role are invented."""

from __future__ import annotations

import pytest

from bilat.stages.entities import EntityTagger
from bilat.stages.names import Registry


@pytest.fixture(scope="module")
def tagger():
    return EntityTagger()


def found(tagger, text: str, lang: str) -> tuple[list[tuple[str, str | None]], dict[str, tuple[str | None, str | None]]]:
    """The person mentions (text, country) and the people learned: name -> (country, role)."""
    mentions, new = Registry(tagger).process(text, lang)
    people = [(m.text.replace("\u00a0", " "), m.iso3) for m in mentions if m.kind == "person"]
    learned = {e.names[lang][0]: (e.country, e.roles[0].title if e.roles else None) for e in new if lang in e.names}
    return people, learned


def test_ar_a_place_name_right_after_the_nisba_starts_the_name(tagger):
    # موشي is also Moshi, a town in Tanzania: after وزير الدفاع الإسرائيلي it is the first word of the name
    people, learned = found(tagger, "وقال وزير الدفاع الإسرائيلي موشي برغر إن الاتفاق سيئ.", "ar")
    assert ("موشي برغر", "ISR") in people
    assert learned["موشي برغر"] == ("ISR", "defence_minister")


def test_ar_a_place_after_a_preposition_stays_a_venue(tagger):
    # في موشي: a venue; no name starts with the town
    people, _ = found(tagger, "وقال السفير الأمريكي في موشي إن الزيارة ناجحة.", "ar")
    assert not any(n.startswith("موشي") for n, _ in people)


@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية الإيراني حسين أمير نادري إن بلاده مستعدة.",
    "وقال حسين أمير نادري، وزير الخارجية الإيراني، إن بلاده مستعدة.",
])
def test_ar_amir_inside_a_persian_name_is_a_name_word(tagger, text):
    people, learned = found(tagger, text, "ar")
    assert ("حسين أمير نادري", "IRN") in people
    assert learned["حسين أمير نادري"] == ("IRN", "foreign_minister")


@pytest.mark.parametrize("text", [
    "وقال الشيخ سالم بن خالد أمير منطقة الجوف إن المشروع اكتمل.",
    "وقال الشيخ سالم الخالد أمير الكويت إن المشروع اكتمل.",
])
def test_ar_amir_after_a_name_stays_the_title(tagger, text):
    people, _ = found(tagger, text, "ar")
    assert people and not any("أمير" in n for n, _ in people), people


@pytest.mark.parametrize(("text", "lang", "name", "iso3"), [
    # the gazetteer writes محمد جواد ظريف (ar) and محمدجواد ظریف (fa): each spelling in either language
    ("وقال محمدجواد ظريف إن بلاده مستعدة.", "ar", "محمدجواد ظريف", "IRN"),
    ("محمد جواد ظریف گفت که ایران آماده است.", "fa", "محمد جواد ظریف", "IRN"),
    # عبد اللهيان written as one word
    ("وقال حسين أمير عبداللهيان إن بلاده مستعدة.", "ar", "حسين أمير عبداللهيان", "IRN"),
    # a given name made of two written apart (محمدباقر), a surname with a ZWNJ inside (محسنی‌اژه‌ای)
    ("محمد باقر قالیباف گفت که ایران آماده است.", "fa", "محمد باقر قالیباف", "IRN"),
    ("غلامحسین محسنی‌اژه‌ای گفت که ایران آماده است.", "fa", "غلامحسین محسنی\u200cاژه\u200cای", "IRN"),
])
def test_a_known_name_with_other_spacing_is_the_known_person(tagger, text, lang, name, iso3):
    mentions, _ = Registry(tagger).process(text, lang)
    hits = [m for m in mentions if m.kind == "person" and m.text == name]
    assert hits and hits[0].iso3 == iso3 and hits[0].via == "gazetteer", [(m.text, m.via) for m in mentions]


@pytest.mark.parametrize(("text", "lang", "name", "iso3", "role"), [
    # Arabic: a title before a name set off before its role (السفير ...، سفير روسيا لدى مصر)
    ("وقال السفير سامر حداد، سفير روسيا لدى مصر، إن موسكو ترفض.", "ar", "سامر حداد", "RUS", "ambassador"),
    # the body of the role (وزارة الخارجية) and its nisba between the role and the name
    ("وقال المتحدث باسم وزارة الخارجية الروسية سامر حداد إن موسكو ترفض.", "ar", "سامر حداد", "RUS", "spokesperson"),
    # Vietnamese: the host country after tại is no part of the name, and says nothing of the person's country
    ("Đại sứ Hoa Kỳ tại Việt Nam Tom Berger cho biết Washington ủng hộ.", "vi", "Tom Berger", "USA", "ambassador"),
    # a Chinese name read in Sino-Vietnamese after a role and its country (no Vietnamese family name)
    ("Người phát ngôn Bộ Ngoại giao Trung Quốc Uông Lập Quân cho biết.", "vi", "Uông Lập Quân", "CHN", "spokesperson"),
    ("Đại tướng Lương Cường đã tiếp Đại sứ Trung Quốc Hùng Lập Ba.", "vi", "Hùng Lập Ba", "CHN", "ambassador"),
    # an honorific before the name, the role after it
    ("Ông Tom Berger, Đại sứ Hoa Kỳ tại Việt Nam, cho biết.", "vi", "Tom Berger", "USA", "ambassador"),
    ("آقای کریم نادری سفیر ایران در مسکو گفت که روابط خوب است.", "fa", "کریم نادری", "IRN", "ambassador"),
    ("سفیر ایران در مسکو کریم نادری گفت که روابط خوب است.", "fa", "کریم نادری", "IRN", "ambassador"),
    ("وقال اللواء سامر حداد، وزير الداخلية الليبي، إن القوات تقدمت.", "ar", "سامر حداد", "LBY", "general"),
])
def test_role_and_country_of_a_name_found_by_its_role(tagger, text, lang, name, iso3, role):
    people, learned = found(tagger, text, lang)
    assert (name, iso3) in people, people
    assert learned[name] == (iso3, role), learned


@pytest.mark.parametrize(("text", "name", "role"), [
    ("นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการต่างประเทศ กล่าวว่า ไทยพร้อมร่วมมือ", "สมชาย ใจดี", "foreign_minister"),
    ("นางมาลี ศรีสุข เอกอัครราชทูตไทยประจำญี่ปุ่น กล่าวว่า ไทยพร้อมร่วมมือ", "มาลี ศรีสุข", "ambassador"),
])
def test_th_an_honorific_then_the_role_after_the_name(tagger, text, name, role):
    people, learned = found(tagger, text, "th")
    assert (name, "THA") in people, people
    assert learned[name][1] == role, learned


def test_th_a_general_by_rank_with_no_office_keeps_the_rank(tagger):
    people, learned = found(tagger, "พล.อ. สมศักดิ์ ดีงาม ผู้บัญชาการทหารบก กล่าวว่า กองทัพพร้อม", "th")
    assert ("สมศักดิ์ ดีงาม", "THA") in people
    assert learned["สมศักดิ์ ดีงาม"][1] == "general"


@pytest.mark.parametrize(("text", "name", "iso3", "role"), [
    # کشورمان ("our country") after the role: the outlet's home, Iran
    ("معاون وزیر امور خارجه کشورمان کریم نادری به مسکو رفت.", "کریم نادری", "IRN", "deputy_foreign_minister"),
    # the subject's verb phrase (وارد ... شد, عازم ... شد) ends the name, and opens the clause after it
    ("وزیر خارجه عراق کریم نادر وارد تهران شد.", "کریم نادر", "IRQ", "foreign_minister"),
    ("رئیس‌جمهور سوریه کریم نادر عازم مسکو شد.", "کریم نادر", "SYR", "head_of_state"),
])
def test_fa_name_after_a_role_with_our_country_or_a_verb_phrase(tagger, text, name, iso3, role):
    people, learned = found(tagger, text, "fa")
    assert (name, iso3) in people, people
    assert learned[name] == (iso3, role), learned


@pytest.mark.parametrize(("text", "name", "iso3"), [
    # a role, its country, a space, then the honorific glued to the name: the honorific is no part of it
    ("รัฐมนตรีว่าการกระทรวงการต่างประเทศสหรัฐอเมริกา นายโจ สมิท กล่าวว่า สหรัฐพร้อมร่วมมือ", "โจ สมิท", "USA"),
    ("รัฐมนตรีว่าการกระทรวงการต่างประเทศจีน นายหวัง หลี่ กล่าวว่า จีนพร้อมร่วมมือ", "หวัง หลี่", "CHN"),
])
def test_th_honorific_after_a_role_is_no_part_of_the_name(tagger, text, name, iso3):
    people, learned = found(tagger, text, "th")
    assert people == [(name, iso3)], people
    assert learned[name] == (iso3, "foreign_minister"), learned


def test_ar_a_role_with_its_adjective_and_venue_before_the_name(tagger):
    # مندوب روسيا الدائم لدى الأمم المتحدة: the country, the role's adjective, a venue, then the name
    people, learned = found(tagger, "وقال مندوب روسيا الدائم لدى الأمم المتحدة سامر حداد إن موسكو تدعم الحل.", "ar")
    assert ("سامر حداد", "RUS") in people, people
    assert learned["سامر حداد"][0] == "RUS"
