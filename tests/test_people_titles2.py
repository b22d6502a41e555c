"""People found by role (issue 10, people46): a title and a surname alone name the person the document
names in full; Persian and Arabic name spans end before a verb or a circumstantial participle; Western
given names in Persian and Arabic press spellings (data/roles.json ``given_names_foreign``)."""

from __future__ import annotations

import pytest

from bilat.stages import people
from bilat.stages.names import Registry


def person_mentions(tagger, text, lang):
    mentions, _ = Registry(tagger).process(text, lang)
    return [m for m in mentions if m.kind == "person"]


@pytest.mark.parametrize(("text", "lang", "full", "short"), [
    ("Norwegian envoy Halvard Brekkestad met officials in Nairobi. Mr Brekkestad said the talks were useful.",
     "en", "Halvard Brekkestad", "Brekkestad"),
    ("Đại sứ Na Uy Halvard Brekkestad đến Hà Nội hôm thứ Hai. Ông Brekkestad cho biết hai bên đã thảo luận.",
     "vi", "Halvard Brekkestad", "Brekkestad"),
    ("التقى السفير النرويجي هالفارد بريكستاد بالوزير. وقال السيد بريكستاد إن المحادثات كانت مفيدة.",
     "ar", "هالفارد بريكستاد", "بريكستاد"),
])
def test_title_and_surname_is_the_person_named_in_full(tagger, text, lang, full, short):
    found = person_mentions(tagger, text, lang)
    whole = [m for m in found if m.text == full]
    alone = [m for m in found if m.text == short]
    assert whole and alone
    assert {m.entity for m in alone} == {whole[0].entity}
    assert {m.iso3 for m in alone} == {whole[0].iso3} == {"NOR"}


def test_title_and_surname_is_no_one_in_particular_when_two_share_it(tagger):
    text = ("Aid worker Peter Hallbrook and his brother Simon Hallbrook reached Juba on Monday. "
            "Mr Hallbrook said the road was closed.")
    found = person_mentions(tagger, text, "en")
    full = {m.entity for m in found if m.text in ("Peter Hallbrook", "Simon Hallbrook")}
    assert len(full) == 2
    alone = [m for m in found if m.text == "Hallbrook"]
    assert all(m.entity not in full for m in alone)


@pytest.mark.parametrize(("text", "name"), [
    ("دیروز آقای رضا کریمی آمد.", "رضا کریمی"),
    ("صبح امروز خانم زهرا احمدی رفت.", "زهرا احمدی"),
    ("هفته گذشته آقای حمید رستمی درگذشت.", "حمید رستمی"),
])
def test_persian_name_ends_before_a_past_verb(tagger, text, name):
    assert name in [m.text for m in person_mentions(tagger, text, "fa")]


def test_arabic_name_ends_before_a_circumstantial_participle(tagger):
    found = [m.text for m in person_mentions(tagger, "وتحدث المدرب كريم بنعلي مشيرا إلى أن الفريق جاهز.", "ar")]
    assert "كريم بنعلي" in found
    assert not any("مشيرا" in t for t in found)


def test_a_circumstantial_participle_is_no_name(tagger):
    assert person_mentions(tagger, "وأنهى الفريق المباراة متوجا باللقب.", "ar") == []


@pytest.mark.parametrize(("word", "lang"), [
    ("مایک", "fa"), ("دونالد", "fa"), ("ریچارد", "fa"), ("جان", "fa"), ("سرگئی", "fa"),
    ("جوزف", "ar"), ("بيار", "ar"), ("آنييس", "ar"), ("هيرفي", "ar"), ("إغناسيو", "ar"),
])
def test_western_given_names_in_persian_and_arabic_spelling(word, lang):
    assert people._is_given(word, lang)
    if lang == "fa":
        assert people.foreign_given(word, lang)
    else:
        assert people.western_given(word, lang)


@pytest.mark.parametrize(("word", "lang"), [("محمد", "fa"), ("سارا", "fa"), ("تیم", "fa"), ("محمد", "ar"), ("جيل", "ar")])
def test_native_names_and_words_are_no_western_given_names(word, lang):
    if lang == "fa":
        assert not people.foreign_given(word, lang)
    else:
        assert not people.western_given(word, lang)


@pytest.mark.parametrize(("text", "name"), [
    ("ودعا جوزف مارتان إلى الهدوء.", "جوزف مارتان"),
    ("وأكد هيرفي لوكلير أن الفريق جاهز للمباراة.", "هيرفي لوكلير"),
])
def test_arabic_western_given_name_starts_a_name(tagger, text, name):
    assert name in [m.text for m in person_mentions(tagger, text, "ar")]


def test_persian_western_given_name_makes_no_iranian_by_surname_shape(tagger):
    text = "مایک رضایی استاد دانشگاه در لندن گفت که مذاکرات ادامه دارد."
    found = [m for m in person_mentions(tagger, text, "fa") if m.text == "مایک رضایی"]
    assert found and found[0].iso3 != "IRN"


def test_persian_subjunctive_verb_is_no_surname(tagger):
    found = [m.text for m in person_mentions(tagger, "فدراسیون قصد دارد از برانکو بخواهد تا به تهران برگردد.", "fa")]
    assert not any("بخواهد" in t for t in found)


@pytest.mark.parametrize(("text", "name"), [
    ("وقال رئيس الوزراء الفرنسي جان مارك لو فيفر، الأحد، إن الحكومة مستعدة.", "جان مارك لو فيفر"),
    ("وصرح المبعوث الأممي ستافان دي ميستورا بأن المحادثات ستستأنف.", "ستافان دي ميستورا"),
])
def test_arabic_name_reads_on_over_a_surname_particle(tagger, text, name):
    assert name in [m.text for m in person_mentions(tagger, text, "ar")]


def test_arabic_particle_after_a_surname_is_no_name_word(tagger):
    found = [m.text for m in person_mentions(tagger, "وقال محمد جواد ظريف لو كانت الظروف مختلفة لتغير الأمر.", "ar")]
    assert not any("لو" in t.split() for t in found)


@pytest.mark.parametrize(("text", "full", "short"), [
    ("Gordon Lincoln, 61, a former councillor, said he would stand again. Mr Lincoln said the vote mattered.",
     "Gordon Lincoln", "Lincoln"),
    ("Sarah Houston, the party's treasurer, resigned on Friday. Ms Houston said she had no regrets.",
     "Sarah Houston", "Houston"),
])
def test_english_surname_that_is_a_town_is_a_person_after_a_given_name_or_title(tagger, text, full, short):
    found = person_mentions(tagger, text, "en")
    assert full in [m.text for m in found]
    assert short in [m.text for m in found]


def test_english_town_alone_stays_a_place(tagger):
    mentions, _ = Registry(tagger).process("The delegation flew from Houston to Lincoln on Monday.", "en")
    assert not [m for m in mentions if m.kind == "person"]


@pytest.mark.parametrize("text", [
    "Brad Fenwick, from Amnesty International, said the ruling was a setback.",
    "Wendy Marsh, a spokeswoman for the charity, said aid had arrived.",
])
def test_common_english_given_names_start_a_name(tagger, text):
    name = " ".join(text.split()[:2]).rstrip(",")
    assert name in [m.text for m in person_mentions(tagger, text, "en")]
