"""A person no gazetteer knows is compared across scripts by a consonant skeleton (stories.name_key)."""

from bilat.corpus import stories
from bilat.records import Document, Mention


def test_one_made_up_surname_has_one_key_in_four_scripts():
    # Grekhov, a name composed for this test: Latin, Cyrillic (nominative and instrumental), Arabic, Persian
    spellings = [("Boris Grekhov", "en"), ("Борис Грехов", "ru"), ("Борисом Греховым", "ru"),
                 ("بوريس غريخوف", "ar"), ("بوریس گرخوف", "fa")]
    keys = {stories.name_key(name, lang) for name, lang in spellings}
    assert keys == {"KRKB"}


def test_the_last_long_word_gives_the_key_and_a_trailing_short_word_is_skipped():
    assert stories.name_key("Marta Velinskaya", "en") == stories.name_key("Марта Велинская", "ru") == "BRNSK"
    # a word read after the name ("Velinskaya said") that is too short does not replace the surname
    assert stories.name_key("Марта Велинская Ли", "ru") == "BRNSK"
    assert stories.name_key("Tomas Velinsky", "en") != stories.name_key("Tomas Kravets", "en")


def test_short_names_and_other_scripts_give_no_key():
    assert stories.name_key("Kim", "en") is None
    assert stories.name_key("Ли Ян", "ru") is None
    assert stories.name_key("格列霍夫", "zh") is None
    assert stories.name_key("บอริส เกรคอฟ", "th") is None


def _doc(doc_id: str, lang: str, text: str, entity: str) -> Document:
    return Document(id=doc_id, source=doc_id, original=text, text=text, lang=lang, mentions=(
        Mention(start=0, end=len(text), text=text, entity=entity, kind="person"),))


def test_learned_people_of_two_scripts_share_their_key_in_the_features():
    """The names stage gives each script's spelling its own learned id; the features carry the key instead."""
    ru = stories.features(_doc("r", "ru", "Борис Грехов", "bilat:person:x0123456789ab"))
    ar = stories.features(_doc("a", "ar", "بوريس غريخوف", "bilat:person:xba9876543210"))
    key = stories.NAME_PREFIX + "KRKB"
    assert ru.entities == ru.people == ar.entities == ar.people == {key}
    assert f"e:{key}" in stories.index_keys(ru, []) and f"e:{key}" in stories.index_keys(ar, [])


def test_a_learned_person_without_a_key_keeps_its_id():
    f = stories.features(_doc("k", "ru", "Ким", "bilat:person:x0000000000aa"))
    assert f.people == {"bilat:person:x0000000000aa"}


def test_a_gazetteer_person_keeps_its_id():
    from bilat import gazetteer

    known = next(e for e in gazetteer.load().entities.values() if e.kind == "person" and len(e.name.split()) > 1)
    f = stories.features(_doc("g", "en", known.name, known.id))
    assert f.people == {stories.canonical_entity(known.id)}
    assert not any(e.startswith(stories.NAME_PREFIX) for e in f.entities)
