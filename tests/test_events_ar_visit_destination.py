"""Arabic visits whose destination is named before the visit word with إلى (events._destination,
events.AR_DESTINATION): the place the visit goes to is its host, the visitor the party named without إلى
before it, else after the visit word. Sentences composed for the test."""
from __future__ import annotations

from test_events import visits


def test_destination_before_the_visit_word_and_visitor_after_it(lexical):
    text = "وتوجه بعد ذلك إلى العاصمة الكينية نيروبي، في زيارة أولى لرئيس برازيلي منذ عقود."
    ms = [("كينية", "KEN", "country"), ("نيروبي", "KEN", "place"), ("برازيلي", "BRA", "country")]
    assert visits(lexical, text, "ar", ms) == [("BRA", "KEN")]


def test_destination_named_as_a_country(lexical):
    text = "وانتقل بعدها إلى اليابان، في زيارة رسمية تستمر يومين، وزير الخارجية الهندي."
    ms = [("اليابان", "JPN", "country"), ("الهندي", "IND", "country")]
    assert visits(lexical, text, "ar", ms) == [("IND", "JPN")]


def test_destination_right_after_an_arrival_verb(lexical):
    text = "وصل إلى اليابان أمس، في زيارة رسمية تستمر يومين، وزير الخارجية الهندي."
    ms = [("اليابان", "JPN", "country"), ("الهندي", "IND", "country")]
    assert visits(lexical, text, "ar", ms) == [("IND", "JPN")]
    text = "وسيتوجه بعد ذلك إلى العاصمة الكينية نيروبي، في زيارة لرئيس برازيلي."
    ms = [("كينية", "KEN", "country"), ("نيروبي", "KEN", "place"), ("برازيلي", "BRA", "country")]
    assert visits(lexical, text, "ar", ms) == [("BRA", "KEN")]
    ms = [("نيروبي", "KEN", "place"), ("برازيلي", "BRA", "country")]  # the capital alone, after its demonym
    assert visits(lexical, text, "ar", ms) == [("BRA", "KEN")]


def test_visitor_named_before_the_destination(lexical):
    text = "وصل الرئيس المكسيكي إلى مدريد اليوم في زيارة رسمية."
    ms = [("المكسيكي", "MEX", "country"), ("مدريد", "ESP", "place")]
    assert visits(lexical, text, "ar", ms) == [("MEX", "ESP")]


def test_a_country_named_without_ila_stays_the_visitor(lexical):
    text = "قال الرئيس البرازيلي إن زيارته إلى كينيا ستبدأ غدا."
    ms = [("البرازيلي", "BRA", "country"), ("كينيا", "KEN", "country")]
    assert visits(lexical, text, "ar", ms) == [("BRA", "KEN")]


def test_without_the_mark_the_destination_was_taken_for_the_visitor(lexical, monkeypatch):
    import re

    from bilat.stages import events
    monkeypatch.setattr(events, "AR_DESTINATION", re.compile(r"(?!)"))
    text = "وتوجه بعد ذلك إلى العاصمة الكينية نيروبي، في زيارة أولى لرئيس برازيلي منذ عقود."
    ms = [("كينية", "KEN", "country"), ("نيروبي", "KEN", "place"), ("برازيلي", "BRA", "country")]
    assert visits(lexical, text, "ar", ms) == [("KEN", "BRA")]


def test_the_country_a_visit_word_is_in_hosts_it(lexical):
    text = "لكن هذه الزيارة المنتظرة في كينيا جعلت أمن الرئيس البرازيلي أولوية لدى السلطات."
    ms = [("كينيا", "KEN", "country"), ("البرازيلي", "BRA", "country")]
    assert visits(lexical, text, "ar", ms) == [("BRA", "KEN")]


def test_a_marked_destination_is_the_only_host(lexical):
    # a country named further on (what the visit is about) is no second host
    text = ("لكن هذه الزيارة المنتظرة في كينيا جعلت أمن الرئيس البرازيلي أولوية للسلطات، خاصة أن كينيا شهدت "
            "هجمات لحركة الشباب الصومالية.")
    ms = [("كينيا", "KEN", "country"), ("البرازيلي", "BRA", "country"), ("كينيا", "KEN", "country", 1),
          ("الصومالية", "SOM", "country")]
    assert visits(lexical, text, "ar", ms) == [("BRA", "KEN")]
