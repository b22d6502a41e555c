"""Events: a sentence whose subject is only a pronoun or a bare title ("He said ...", "The minister accused ...",
"Министр отметил ...", "Bộ trưởng nhấn mạnh ...") takes the country of the one person named in the sentence before
(events._with_named_speaker, data/event_lexicon.json ``speaker``)."""

from __future__ import annotations

from test_events import two_party


def test_english_pronoun_takes_the_country_of_the_person_named_before(lexical):
    text = ("Russian Foreign Minister Sergei Lavrov spoke to reporters in Moscow on Tuesday. "
            "He accused Washington of undermining the talks.")
    ms = [("Russian", "RUS", "country"), ("Sergei Lavrov", "RUS", "person"), ("Moscow", "RUS", "city"),
          ("Washington", "USA", "country")]
    assert ("ACCUSE", "RUS", "USA") in two_party(lexical, text, "en", ms)


def test_english_bare_title_with_a_filler_takes_the_person_two_sentences_back(lexical):
    text = ("Japanese Prime Minister Fumio Kishida arrived in Hanoi on Monday. The weather was mild. "
            "The prime minister also condemned North Korea for its missile launches.")
    ms = [("Japanese", "JPN", "country"), ("Fumio Kishida", "JPN", "person"), ("Hanoi", "VNM", "city"),
          ("North Korea", "PRK", "country")]
    got = two_party(lexical, text, "en", ms)
    assert any(a == "JPN" and r == "PRK" for _, a, r in got)


def test_english_pronoun_after_two_people_is_not_guessed(lexical):
    text = ("Russian President Vladimir Putin met French President Emmanuel Macron in Paris. "
            "He accused Washington of undermining the talks.")
    ms = [("Russian", "RUS", "country"), ("Vladimir Putin", "RUS", "person"), ("French", "FRA", "country"),
          ("Emmanuel Macron", "FRA", "person"), ("Paris", "FRA", "city"), ("Washington", "USA", "country")]
    assert not any(e == "ACCUSE" and a in ("RUS", "FRA") for e, a, _ in two_party(lexical, text, "en", ms))


def test_english_her_or_a_named_subject_is_not_a_pronoun_subject(lexical):
    text = ("Russian Foreign Minister Sergei Lavrov spoke to reporters on Tuesday. "
            "Her remarks were not reported. Iran accused Washington of undermining the talks.")
    ms = [("Russian", "RUS", "country"), ("Sergei Lavrov", "RUS", "person"), ("Iran", "IRN", "country"),
          ("Washington", "USA", "country")]
    got = two_party(lexical, text, "en", ms)
    assert not any(a == "RUS" for _, a, _ in got)


def test_russian_bare_title_takes_the_country_of_the_person_named_before(lexical):
    text = ("Министр иностранных дел России Сергей Лавров провел пресс-конференцию в Москве. "
            "Министр также обвинил США в срыве переговоров.")
    ms = [("России", "RUS", "country"), ("Сергей Лавров", "RUS", "person"), ("Москве", "RUS", "city"),
          ("США", "USA", "country")]
    assert any(a == "RUS" and r == "USA" for _, a, r in two_party(lexical, text, "ru", ms))


def test_vietnamese_pronoun_takes_the_country_of_the_person_named_before(lexical):
    text = ("Ngoại trưởng Mỹ Antony Blinken đã có cuộc họp báo tại Washington. "
            "Ông cáo buộc Trung Quốc gây căng thẳng trong khu vực.")
    ms = [("Mỹ", "USA", "country"), ("Antony Blinken", "USA", "person"), ("Washington", "USA", "city"),
          ("Trung Quốc", "CHN", "country")]
    assert any(a == "USA" and r == "CHN" for _, a, r in two_party(lexical, text, "vi", ms))


def test_vietnamese_title_followed_by_a_name_is_not_resolved_back(lexical):
    text = ("Ngoại trưởng Mỹ Antony Blinken đã có cuộc họp báo tại Washington. "
            "Ông Lavrov cáo buộc Trung Quốc gây căng thẳng trong khu vực.")
    ms = [("Mỹ", "USA", "country"), ("Antony Blinken", "USA", "person"), ("Washington", "USA", "city"),
          ("Lavrov", "RUS", "person"), ("Trung Quốc", "CHN", "country")]
    assert not any(a == "USA" and r == "CHN" for _, a, r in two_party(lexical, text, "vi", ms))


def _speaker_party(text: str, lang: str, mentions) -> list[str]:
    """The codes of the parties _with_speaker gives the last sentence of a document made by make_doc."""
    from test_events import make_doc

    from bilat.stages import events

    doc = make_doc(text, lang, mentions)
    s = doc.sentences[-1]
    ps = events.parties(text, [m for m in doc.mentions if m.start >= s.start], None, lang)
    return [p.code for p in events._with_speaker(doc, s, ps, lang) if p.pos == s.start and p.mention is None]


def test_russian_and_english_bare_titles_become_the_first_party():
    text = "Министр иностранных дел России Сергей Лавров выступил в Москве. Министр также заявил, что США ошибаются."
    ms = [("России", "RUS", "country"), ("Сергей Лавров", "RUS", "person"), ("США", "USA", "country")]
    assert _speaker_party(text, "ru", ms) == ["RUS"]
    text = "Japanese Prime Minister Fumio Kishida arrived on Monday. The weather was mild. The prime minister said so."
    ms = [("Japanese", "JPN", "country"), ("Fumio Kishida", "JPN", "person")]
    assert _speaker_party(text, "en", ms) == ["JPN"]


def test_a_person_whose_country_is_not_named_with_him_gives_no_speaker():
    text = "Sergei Lavrov arrived on Monday. He said the United States was wrong."
    ms = [("Sergei Lavrov", "RUS", "person"), ("United States", "USA", "country")]
    assert _speaker_party(text, "en", ms) == []
