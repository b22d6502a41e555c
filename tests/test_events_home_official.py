"""events.HOME_OFFICIAL_HOST: a visit "on the Prime Minister" (a government title alone, right after the verb, no
country named after it) is to the home country ("รัฐมนตรีว่าการกระทรวงการต่างประเทศญี่ปุ่น เข้าเยี่ยมคารวะนายกรัฐมนตรี",
Japan's foreign minister calls on the Prime Minister, in a Thai release that names Thailand)."""

from __future__ import annotations

from test_events import make_doc, pairs

from bilat.stages import events

HEAD = "รัฐมนตรีว่าการกระทรวงการต่างประเทศญี่ปุ่น เข้าเยี่ยมคารวะนายกรัฐมนตรี"
HOME = "\nประเทศไทยเป็นประธานอาเซียนในปีนี้"  # names Thailand: the release's home country
MS = [("ญี่ปุ่น", "JPN", "country"), ("ประเทศไทย", "THA", "country")]


def test_a_title_alone_after_the_visit_verb_is_the_home_country(lexical):
    assert ("CONSULT", "JPN", "THA") in pairs(lexical(make_doc(HEAD + HOME, "th", MS)))


def test_without_the_rule_no_host(lexical, monkeypatch):
    monkeypatch.setattr(events, "HOME_OFFICIAL_HOST", False)
    assert [p for p in pairs(lexical(make_doc(HEAD + HOME, "th", MS))) if p[1] == "JPN"] == []


def test_a_title_far_from_the_verb_is_no_host(lexical):
    far = "รัฐมนตรีว่าการกระทรวงการต่างประเทศญี่ปุ่น เข้าเยี่ยมคารวะ ณ ทำเนียบรัฐบาล ตามคำเชิญของนายกรัฐมนตรี"
    assert [p for p in pairs(lexical(make_doc(far + HOME, "th", MS))) if p[1] == "JPN"] == []
