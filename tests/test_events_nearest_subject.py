"""Subject-verb-object languages (en, vi, th, ru): the party named last before a one-sided act's trigger is its
subject, and the first other country after it its object, though another country is named first (an occasion, a
topic: "On US Independence Day, Prayut congratulated Trump"; events.SUBJ_NEAREST). Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party


@pytest.mark.parametrize("text, lang, mentions, want", [
    (("On the anniversary of the independence of the United States, Prime Minister Prayut of Thailand congratulated "
      "President Trump."), "en",
     [("United States", "USA", "country"), ("Prayut", "THA", "person"), ("Thailand", "THA", "country"),
      ("Trump", "USA", "person")], ("SUPPORT", "THA", "USA")),
    ("Nhân dịp Quốc khánh Lào, Chủ tịch nước Việt Nam đã gửi điện chúc mừng tới Chủ tịch nước Lào.", "vi",
     [("Lào", "LAO", "country"), ("Việt Nam", "VNM", "country"), ("Lào", "LAO", "country", 1)],
     ("SUPPORT", "VNM", "LAO")),
    ("В связи с днём независимости Казахстана президент России поздравил президента Казахстана.", "ru",
     [("Казахстана", "KAZ", "country"), ("России", "RUS", "country"), ("Казахстана", "KAZ", "country", 1)],
     ("SUPPORT", "RUS", "KAZ")),
])
def test_the_party_right_before_the_verb_acts(lexical, text, lang, mentions, want):
    assert want in two_party(lexical, text, lang, mentions)


@pytest.mark.parametrize("text, lang, mentions, want", [
    ("Russia accused Ukraine of shelling the town.", "en",
     [("Russia", "RUS", "country"), ("Ukraine", "UKR", "country")], ("ACCUSE", "RUS", "UKR")),
    # the object named before the verb in a verb-final language keeps the first-named actor
    ("ایران آمریکا را محکوم کرد.", "fa", [("ایران", "IRN", "country"), ("آمریکا", "USA", "country")],
     ("ACCUSE", "IRN", "USA")),
])
def test_the_first_named_actor_stays_otherwise(lexical, text, lang, mentions, want):
    assert two_party(lexical, text, lang, mentions) == [want]
