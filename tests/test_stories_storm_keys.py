"""A tropical storm's name is an entity of the story linker, keyed across scripts (stories.storm_keys,
docs/stories.md round thirty-one): reports of one storm in English, Vietnamese, Russian and Chinese share it."""

from bilat.corpus import stories
from bilat.records import Document


def test_one_made_up_storm_has_one_key_in_three_scripts():
    # Lortani: a storm name composed for this test
    texts = [("Typhoon Lortani flooded two coastal provinces on Monday.", "en"),
             ("Bão Lortani gây ngập lụt hai tỉnh ven biển.", "vi"),
             ("Khi bão số 5 Lortani đổ bộ, nhiều nhà bị tốc mái.", "vi"),
             ("Тайфун «Лортани» затопил две прибрежные провинции.", "ru"),
             ("超强台风洛坦(Lortani)周一袭击沿海两省。", "zh")]
    keys = [stories.storm_keys(text, lang) for text, lang in texts]
    key = stories.STORM_PREFIX + "RTN"
    assert all(key in k for k in keys)
    assert keys[-1] == {key, stories.STORM_PREFIX + "洛坦"}


def test_a_quoted_chinese_name_is_keyed_by_its_simplified_characters():
    assert stories.storm_keys("颱風「洛坦」週一登陸。", "zh") == {stories.STORM_PREFIX + "洛坦"}
    assert stories.storm_keys("台风“洛坦”周一登陆。", "zh") == {stories.STORM_PREFIX + "洛坦"}


def test_words_after_a_storm_word_that_name_no_storm():
    assert stories.storm_keys("The typhoon also cut power to a million homes.", "en") == frozenset()
    assert stories.storm_keys("The National Hurricane Center issued a warning.", "en") == frozenset()
    assert stories.storm_keys("The minister weathered a political storm\nPresident Lee said.", "en") == frozenset()
    assert stories.storm_keys("ураган усилился к вечеру", "ru") == frozenset()
    assert stories.storm_keys("台风过后两省停电。", "zh") == frozenset()


def _doc(doc_id: str, lang: str, text: str) -> Document:
    return Document(id=doc_id, source=doc_id, original=text, text=text, lang=lang)


def test_reports_of_one_storm_share_an_entity_and_an_index_key():
    en = stories.features(_doc("e", "en", "Typhoon Lortani left four dead in the north."))
    zh = stories.features(_doc("z", "zh", "超强台风洛坦(Lortani)在北部造成四人死亡。"))
    key = stories.STORM_PREFIX + "RTN"
    assert key in en.entities & zh.entities
    assert not en.people and not en.places  # an entity of its own kind: neither a person nor a place
    assert f"e:{key}" in stories.index_keys(en, []) and f"e:{key}" in stories.index_keys(zh, [])
    other = stories.features(_doc("o", "en", "Typhoon Mervalo left four dead in the north."))
    assert not en.entities & other.entities


def test_the_shared_storm_raises_the_pair_probability():
    model = stories.story_scorer.shipped()
    en = stories.features(_doc("e", "en", "Typhoon Lortani left four dead in the north."))
    zh = stories.features(_doc("z", "zh", "超强台风洛坦(Lortani)在北部造成四人死亡。"))
    zh_unnamed = stories.features(_doc("u", "zh", "超强台风在北部造成四人死亡。"))
    with_storm = model.probability(stories.story_scorer.pair_vector(0.3, en, zh, "en", "zh"))
    without = model.probability(stories.story_scorer.pair_vector(0.3, en, zh_unnamed, "en", "zh"))
    assert with_storm > without
