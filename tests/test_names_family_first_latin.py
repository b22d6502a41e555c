"""English: a person of no known country whose name opens with a Chinese or Korean family name (roles.json
family_name_first_latin) is called by that first word later ("Liu said" after "Liu Zhenmin"), as one of a
family_name_first country is; a Western name keeps its last word (issue 10, stop 51). Invented names."""

from __future__ import annotations

from bilat.stages.names import Registry, short_form


def persons(tagger, text, lang="en"):
    mentions, _ = Registry(tagger).process(text, lang)
    return [m.text for m in mentions if m.kind == "person"]


def test_short_form_of_a_chinese_name_without_country():
    assert short_form("Qiu Haoyang", "en", None) == "Qiu"
    assert short_form("Dalmir Oskavet", "en", None) == "Oskavet"


def test_family_name_found_later(tagger):
    text = ("\"We will not accept it,\" Vice Foreign Minister Qiu Haoyang told reporters. "
            "\"The ruling is void,\" Qiu said.")
    assert persons(tagger, text) == ["Qiu Haoyang", "Qiu"]
