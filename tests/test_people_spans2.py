"""Where an Arabic name ends (issue 10, people46b): not on the word after it. After a family name with
the article only another article word, a link or a particle continues the name (نايف محمد الجهني |حريق),
except after الدين/الله or a link (عبد الإله بنكيران); ب/ل on a word with a hamza (لأول, بأن) is a
preposition, no name part, unless it is on a given name; an apposition participle (البالغ من العمر,
المتهم, المعتقل) or a time noun (سنة, عام, مرة) ends the name; علي after a naming cue (المسمى, المدعو)
is Ali where the text writes the preposition على. Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import person_mentions


def people(stage, text: str) -> list[str]:
    return [m.text.replace("\u00a0", " ") for m in person_mentions(stage, text, "ar")]


@pytest.mark.parametrize("text, name", [
    ("وقال المتحدث باسم الدفاع المدني النقيب خالد محمد الزهراني حريق في مستودع بالمدينة.", "خالد محمد الزهراني"),
    ("وعقد المدعي العام السعودي سعود المعجب محادثات مع نظيره التركي في إسطنبول.", "سعود المعجب"),
    ("ويقول حمزة بن لادن البالغ من العمر ثلاثين عاما إنه سيثأر لوالده.", "حمزة بن لادن"),
    ("ومنذ وفاة الرئيس الجزائري هواري بومدين سنة 1978 لم يتغير شيء.", "هواري بومدين"),
])
def test_the_name_ends_before_the_next_word(stage, text, name):
    assert name in people(stage, text)


@pytest.mark.parametrize("text, name", [
    ("وقال رئيس الحكومة المغربي عبد الإله بنكيران إن بلاده لن تشارك.", "عبد الإله بنكيران"),
    ("وقال الرئيس المصري عبد الفتاح السيسي في كلمته إن الاتفاق قائم.", "عبد الفتاح السيسي"),
    ("وقال رئيس الاتحاد الأفريقي لكرة القدم أحمد لأحمد في مؤتمر صحفي إن البطولة ستقام.", "أحمد لأحمد"),
])
def test_real_multiword_names_stay_whole(stage, text, name):
    assert name in people(stage, text)


@pytest.mark.parametrize("text", [
    "وأضافت أنها التقت بالصحفي السعودي خاشقجي لأول مرة منذ عشرة أعوام.",
    "وأكد المتحدث باسم الوزارة أحمد حافظ بأن الاجتماع انتهى.",
])
def test_a_preposition_on_a_hamza_word_is_no_name_part(stage, text):
    assert not any(w in p for p in people(stage, text) for w in ("لأول", "بأن"))


def test_ali_after_a_naming_cue(stage):
    text = "وحصل أفراد الخلية على الأموال، ووضعوا المسمى علي الحامل للجنسيتين في الواجهة."
    assert "علي" in people(stage, text)


# --- a family-name-first person called later by the family name alone (en, ru) -----------------------

@pytest.mark.parametrize("lang, text, full, short", [
    ("en", ("Chinese Vice Foreign Minister Zhang Yesui met his South Korean counterpart in Seoul on Tuesday. "
            "\"Sanctions are not an end in themselves,\" Zhang said."), "Zhang Yesui", "Zhang"),
    ("en", ("North Korean Foreign Minister Ri Yong-ho arrived in Manila for the forum. Ri told reporters the "
            "missile tests would go on."), "Ri Yong-ho", "Ri"),
    ("ru", ("Заместитель министра иностранных дел Китая Чжан Есуй провёл переговоры в Сеуле. "
            "Чжан заявил, что ситуация сложная."), "Чжан Есуй", "Чжан"),
])
def test_the_family_name_alone_links_to_the_full_name(stage, lang, text, full, short):
    found = {(m.text.replace("\u00a0", " "), m.entity) for m in person_mentions(stage, text, lang)}
    ids = {e for t, e in found if t == full}
    assert ids and (short, next(iter(ids))) in found
