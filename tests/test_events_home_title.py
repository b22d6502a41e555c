"""events.HOME_TITLE: a government release names its own leaders by title alone. In a sentence naming one foreign
country and a bare home title (data/direction.json ``home_titles``: นายกรัฐมนตรี, the Prime Minister), the title is
the home country's, a party of the act ("นายกรัฐมนตรีส่งสารแสดงความเสียใจต่อรัฐบาลเนปาล": the Thai Prime Minister
sends Nepal's government a message of condolence), when the article names the home country."""

from __future__ import annotations

from test_events import make_doc, pairs

from bilat.stages import events

LINE = "นายกรัฐมนตรีส่งสารแสดงความเสียใจต่อรัฐบาลเนปาลกรณีเหตุอุทกภัยครั้งใหญ่"
# the article names Nepal most (the home country is no article's "dominant" country), Thailand once: no main pair
REST = "\nฝนตกหนักในเนปาลต่อเนื่องหลายวัน\nทางการเนปาลเร่งช่วยเหลือผู้ประสบภัย"
HOME = REST + "\nประเทศไทยเป็นประธานอาเซียนในปีนี้"
MS = [("เนปาล", "NPL", "country"), ("เนปาล", "NPL", "country", 1), ("เนปาล", "NPL", "country", 2),
      ("ประเทศไทย", "THA", "country")]


def _with(out, code):
    return [p for p in pairs(out) if code in (p[1], p[2])]


def test_a_bare_prime_minister_is_the_home_country(lexical):
    assert ("SUPPORT", "THA", "NPL") in pairs(lexical(make_doc(LINE + HOME, "th", MS)))


def test_without_the_rule_no_pair(lexical, monkeypatch):
    monkeypatch.setattr(events, "HOME_TITLE", False)
    assert _with(lexical(make_doc(LINE + HOME, "th", MS)), "NPL") == []


def test_a_title_owned_by_the_country_after_it_is_that_country(lexical):
    # Japan's foreign minister (no space between title and country) expresses sorrow: not the Thai minister's act
    owned = "รัฐมนตรีว่าการกระทรวงการต่างประเทศญี่ปุ่นแสดงความเสียใจกรณีเหตุอุทกภัยครั้งใหญ่"
    ms = [("ญี่ปุ่น", "JPN", "country"), ("เนปาล", "NPL", "country"), ("เนปาล", "NPL", "country", 1),
          ("ประเทศไทย", "THA", "country")]
    out = lexical(make_doc(owned + HOME, "th", ms))
    assert [p for p in _with(out, "JPN") if "THA" in p] == []


def test_no_home_country_in_the_article_no_party(lexical):
    assert _with(lexical(make_doc(LINE + REST, "th", MS[:3])), "NPL") == []


def test_a_sentence_naming_the_home_country_is_left_alone():
    ms = (events.Mention(start=0, end=5, text="เนปาล", entity="Q1", kind="country", iso3="NPL", lang="th"),)
    ps = [events.Party("THA", None, 0, True), events.Party("NPL", ms[0], 0, True)]
    doc = make_doc("เนปาลและไทย นายกรัฐมนตรีขอบคุณ", "th", [("เนปาล", "NPL", "country")])
    out = events._with_home_title(doc, doc.sentences[0], ms, ps, "th", events.Counter({"THA": 1}))
    assert out == ps


def test_the_titled_official_acts_though_named_after_the_act(lexical):
    # "the Prime Minister's message of condolence on the floods in Nepal": the title comes after the act's noun; the
    # dropped-subject rule (ZERO_SUBJECT_HOME) would make the article's most named country, Nepal, the sender
    line = "สารแสดงความเสียใจของนายกรัฐมนตรีต่อเหตุอุทกภัยที่ประเทศเนปาล"
    out = pairs(lexical(make_doc(line + HOME, "th", MS)))
    assert ("SUPPORT", "THA", "NPL") in out and ("SUPPORT", "NPL", "THA") not in out


def test_a_title_joined_by_and_to_a_foreign_one_is_not_owned(lexical):
    # "the Prime Minister and Nepal's president affirmed ...": "and" parts the bare title from Nepal's
    line = "นายกรัฐมนตรีและประธานาธิบดีเนปาลยืนยันความสำคัญของความร่วมมือระหว่างกัน"
    assert [p for p in _with(lexical(make_doc(line + HOME, "th", MS)), "NPL") if "THA" in p]


CUT = "และพร้อมจะพัฒนาความร่วมมือกับเนปาลในทุกด้าน"  # "and [the Prime Minister is] ready to develop cooperation with Nepal"


def test_a_cut_line_naming_one_foreign_country_goes_on_with_the_home_official(lexical):
    assert ("AGREE", "THA", "NPL") in pairs(lexical(make_doc(CUT + HOME, "th", MS)))


def test_without_the_cut_subject_rule_no_pair(lexical, monkeypatch):
    monkeypatch.setattr(events, "HOME_CUT_SUBJECT", False)
    assert [p for p in _with(lexical(make_doc(CUT + HOME, "th", MS)), "NPL") if "THA" in p] == []


def test_a_line_with_its_subject_named_is_no_cut_line(lexical):
    line = "เนปาลพร้อมจะพัฒนาความร่วมมือในทุกด้าน"  # Nepal is ready to ...: its own subject
    assert [p for p in _with(lexical(make_doc(line + HOME, "th", MS)), "NPL") if "THA" in p] == []
