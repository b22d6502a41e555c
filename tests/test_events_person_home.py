"""A person of unknown nationality is of the home country only when that is the language's own country
(events.PERSON_HOME_OWN): in an Arabic or English article the country named most is no guess for an envoy
nobody knows ("met the envoy Peter Holm and the Egyptian consul" is a meeting with Egypt, not with the
article's most named country); a Vietnamese article naming Vietnam keeps Vietnam for its unknown officials.
Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

from bilat.stages import events

EN = ("Israel closed the crossing on Monday. Israel said the crossing would stay closed for a week. "
      "Jordan's foreign minister met the envoy Peter Holm and the Egyptian consul in Amman.")
EN_M = [("Israel", "ISR", "country", 0), ("Israel", "ISR", "country", 1), ("Jordan", "JOR", "country"),
        ("Peter Holm", None, "person"), ("Egyptian", "EGY", "country")]
AR = ("أغلقت إسرائيل المعبر يوم الاثنين. وقالت إسرائيل إن المعبر سيبقى مغلقا أسبوعا. "
      "والتقى وزير الخارجية الأردني في عمان أمس بالمبعوث الخاص لعملية السلام بيتر هولم والقنصل المصري.")
AR_M = [("إسرائيل", "ISR", "country", 0), ("إسرائيل", "ISR", "country", 1), ("الأردني", "JOR", "country"),
        ("بيتر هولم", None, "person"), ("المصري", "EGY", "country")]
RU = ("Израиль закрыл переход в понедельник. Израиль заявил, что переход будет закрыт неделю. "
      "Министр иностранных дел Иордании в понедельник в Аммане встретился с посланником Петером Хольмом и египетским "
      "консулом.")
RU_M = [("Израиль", "ISR", "country", 0), ("Израиль", "ISR", "country", 1), ("Иордании", "JOR", "country"),
        ("Петером Хольмом", None, "person"), ("египетским", "EGY", "country")]


@pytest.mark.parametrize("lang, text, mentions", [("en", EN, EN_M), ("ar", AR, AR_M)])
def test_the_most_named_country_is_no_nationality(lexical, lang, text, mentions):
    got = two_party(lexical, text, lang, mentions)
    assert not [g for g in got if "ISR" in g[1:] and g[0] == "CONSULT"], got
    assert ("CONSULT", "JOR", "EGY") in got, got


def test_russian_article_about_others_guesses_no_nationality(lexical):
    # Russian's own country (RUS) is not named: the envoy is of no country, not Israel's
    got = two_party(lexical, RU, "ru", RU_M)
    assert not [g for g in got if "ISR" in g[1:] and g[0] == "CONSULT"], got


def test_own_language_home_stays(lexical):
    text = ("Việt Nam và Nhật Bản ký hiệp định thương mại. Việt Nam hoan nghênh hiệp định. "
            "Ông Trần Văn Bình gặp Đại sứ Nhật Bản.")
    mentions = [("Việt Nam", "VNM", "country", 0), ("Nhật Bản", "JPN", "country", 0),
                ("Việt Nam", "VNM", "country", 1), ("Trần Văn Bình", None, "person"), ("Nhật Bản", "JPN", "country", 1)]
    got = two_party(lexical, text, "vi", mentions)
    assert ("CONSULT", "VNM", "JPN") in got, got


def test_flag_off_guesses_the_most_named(lexical, monkeypatch):
    monkeypatch.setattr(events, "PERSON_HOME_OWN", False)
    got = two_party(lexical, EN, "en", EN_M)
    assert [g for g in got if "ISR" in g[1:]], got
