"""Actor and recipient in sentences naming three countries or more (issue 10, evpair): two one-character
abbreviations written together ("中俄", "日美") list the countries that act together on a third, and a trigger in a
clause parted by a semicolon acts among that clause's countries. Sentences composed for the test."""
from __future__ import annotations

import dataclasses

from test_events import make_doc, two_sided


def _pairs(stage, text, lang, mentions, abbreviations=()):
    doc = make_doc(text, lang, mentions)
    ms = tuple(dataclasses.replace(m, form="abbreviation") if m.text in abbreviations else m for m in doc.mentions)
    return two_sided(stage(dataclasses.replace(doc, mentions=ms)))


ZH = [("中", "CHN", "country"), ("俄", "RUS", "country"), ("美国", "USA", "country")]


def test_abbreviations_written_together_act_together_on_the_third(lexical):
    text = "中俄两国外长发表联合声明，谴责美国的单边制裁。"
    got = _pairs(lexical, text, "zh", ZH, abbreviations=("中", "俄"))
    assert ("ACCUSE", "CHN", "USA") in got and ("ACCUSE", "RUS", "USA") in got
    assert ("ACCUSE", "CHN", "RUS") not in got


def test_abbreviation_list_before_a_joint_act_stays_the_pair(lexical):
    text = "中美两国领导人举行会谈。"
    got = _pairs(lexical, text, "zh", [("中", "CHN", "country"), ("美", "USA", "country")], abbreviations=("中", "美"))
    assert [(a, r) for e, a, r in got if e == "CONSULT"] == [("CHN", "USA")]


def test_names_written_together_without_abbreviation_are_no_list(lexical):
    # the rule reads one-character abbreviations only; a full name run into another is left as it was
    text = "中国俄罗斯外长发表声明，谴责美国。"
    got = _pairs(lexical, text, "zh", [("中国", "CHN", "country"), ("俄罗斯", "RUS", "country"),
                                       ("美国", "USA", "country")])
    assert ("ACCUSE", "RUS", "USA") not in got


def test_semicolon_clause_keeps_its_own_countries(lexical):
    text = "日本首相周五在东京发表讲话；美国、英国则发表声明，谴责中国。"
    got = _pairs(lexical, text, "zh", [("日本", "JPN", "country"), ("美国", "USA", "country"),
                                       ("英国", "GBR", "country"), ("中国", "CHN", "country")])
    assert ("ACCUSE", "USA", "CHN") in got and ("ACCUSE", "GBR", "CHN") in got
    assert not any(a == "JPN" for _, a, _ in got)


def test_semicolon_clause_naming_one_country_keeps_the_sentence_subject(lexical):
    text = "The United States summoned the ambassador on Friday; it also condemned China."
    got = _pairs(lexical, text, "en", [("The United States", "USA", "country"), ("China", "CHN", "country")])
    assert ("ACCUSE", "USA", "CHN") in got


def test_english_semicolon_clause(lexical):
    text = "Japan's prime minister spoke in Tokyo on Friday; Britain condemned China for the arrests."
    got = _pairs(lexical, text, "en", [("Japan", "JPN", "country"), ("Britain", "GBR", "country"),
                                       ("China", "CHN", "country")])
    assert ("ACCUSE", "GBR", "CHN") in got
    assert not any(a == "JPN" for _, a, _ in got)


def test_abbreviations_before_a_physical_act_are_no_list_of_actors(lexical):
    # "日韩防空识别区" names a zone, not two attackers: a physical act keeps the old reading, no second actor
    text = "日韩防空识别区附近，美国轰炸机进行了空袭。"
    got = _pairs(lexical, text, "zh", [("日", "JPN", "country"), ("韩", "KOR", "country"), ("美国", "USA", "country")],
                 abbreviations=("日", "韩"))
    assert ("ASSAULT", "KOR", "USA") not in got
