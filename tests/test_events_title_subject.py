"""events.HOME_TITLE_SUBJECT and TITLE_SUBJECT_VERB: a government release opens a sentence with its own official's
bare title ("นายกรัฐมนตรี", the Prime Minister) and names the home country only later, after a foreign one. The title
before every party and act word is the subject: the home country acts (not the foreign country named first after
the verb), and its act is the verb right after the title, not a stronger word later in the sentence (a meeting the
thanks are about). A title owned by a country or a name after it is that country's. Sentences composed for the test."""

from __future__ import annotations

from test_events import make_doc, pairs

from bilat.stages import events

HOME = "\nประเทศไทยเป็นประธานอาเซียนในปีนี้"
# "On this occasion the Prime Minister sent his thanks to Japan's Prime Minister for a message of congratulation on
# the summit meeting, which Thailand hosted"
THANKS = "โอกาสนี้ นายกรัฐมนตรีฝากความขอบคุณไปยังนายกรัฐมนตรีญี่ปุ่นที่มีสารแสดงความยินดีในการประชุมสุดยอด ซึ่งไทยเป็นเจ้าภาพ"
JT = [("ญี่ปุ่น", "JPN", "country"), ("ไทย", "THA", "country"), ("ประเทศไทย", "THA", "country")]


def _pairs(stage, line, ms):
    return pairs(stage(make_doc(line + HOME, "th", ms)))


def test_the_titled_subject_thanks_the_foreign_leader(lexical):
    got = _pairs(lexical, THANKS, JT)
    assert ("SUPPORT", "THA", "JPN") in got
    assert not any(p[0] == "CONSULT" for p in got) and ("SUPPORT", "JPN", "THA") not in got


def test_without_the_rules_the_meeting_word_and_japan_lead(lexical, monkeypatch):
    monkeypatch.setattr(events, "HOME_TITLE_SUBJECT", False)
    monkeypatch.setattr(events, "TITLE_SUBJECT_VERB", False)
    assert ("SUPPORT", "THA", "JPN") not in _pairs(lexical, THANKS, JT)


def test_the_subject_alone_makes_the_home_country_act(lexical, monkeypatch):
    monkeypatch.setattr(events, "TITLE_SUBJECT_VERB", False)
    got = _pairs(lexical, THANKS, JT)
    assert got and all(p[1] == "THA" for p in got if "JPN" in p)


def test_a_title_owned_by_the_country_after_it_is_not_the_home_official(lexical):
    line = "นายกรัฐมนตรีญี่ปุ่นขอบคุณไทยที่สนับสนุนญี่ปุ่นมาโดยตลอด"  # Japan's Prime Minister thanked Thailand
    ms = [("ญี่ปุ่น", "JPN", "country"), ("ไทย", "THA", "country"), ("ญี่ปุ่น", "JPN", "country", 1),
          ("ประเทศไทย", "THA", "country")]
    got = _pairs(lexical, line, ms)
    assert ("SUPPORT", "JPN", "THA") in got and ("SUPPORT", "THA", "JPN") not in got


def test_a_title_followed_by_a_foreign_name_is_that_persons(lexical):
    line = "นายกรัฐมนตรี นายชินโซ อาเบะ ขอบคุณไทยที่สนับสนุนญี่ปุ่นมาโดยตลอด"  # Prime Minister Shinzo Abe thanked Thailand
    ms = [("ชินโซ อาเบะ", "JPN", "person"), ("ไทย", "THA", "country"), ("ญี่ปุ่น", "JPN", "country"),
          ("ประเทศไทย", "THA", "country")]
    got = _pairs(lexical, line, ms)
    assert ("SUPPORT", "THA", "JPN") not in got


def test_a_verb_apart_from_the_title_is_left_to_the_usual_choice():
    text = "นายกรัฐมนตรี ได้กล่าวขอบคุณญี่ปุ่น"
    s = events.Sentence(start=0, end=len(text))
    ps = [events.Party("THA", None, 0, False)]
    trigs = events.find_triggers(text, 0, len(text), "th")
    assert trigs and events._title_subject_verb(text, s, "th", ps, trigs) is None
    joined = "นายกรัฐมนตรีขอบคุณญี่ปุ่น"
    t = events._title_subject_verb(joined, events.Sentence(start=0, end=len(joined)), "th", ps,
                                   events.find_triggers(joined, 0, len(joined), "th"))
    assert t is not None and t.event == "SUPPORT"


NZ = [("นิวซีแลนด์", "NZL", "country"), ("ประเทศไทย", "THA", "country")]
# "and also sent his regards to New Zealand's Prime Minister": a line cut from its subject whose only title is the
# foreign side's, after the verb (events.HOME_CUT_OWNED)
REGARDS = "พร้อมทั้งได้ฝากความระลึกถึงไปยังนายกรัฐมนตรีนิวซีแลนด์"


def test_a_cut_line_naming_only_a_foreign_title_goes_on_with_the_home_official(lexical):
    got = _pairs(lexical, REGARDS, NZ)
    assert ("SUPPORT", "THA", "NZL") in got


def test_without_the_cut_owned_rule_no_home_party(lexical, monkeypatch):
    monkeypatch.setattr(events, "HOME_CUT_OWNED", False)
    assert ("SUPPORT", "THA", "NZL") not in _pairs(lexical, REGARDS, NZ)


def test_a_foreign_title_opening_the_line_is_no_cut_line(lexical):
    # "New Zealand's Prime Minister thanked [them] for the welcome": the title opens the line, before its verb
    got = _pairs(lexical, "นายกรัฐมนตรีนิวซีแลนด์ขอบคุณที่ให้การสนับสนุน", NZ)
    assert ("SUPPORT", "THA", "NZL") not in got


def test_a_country_after_an_act_word_does_not_own_a_home_role(lexical):
    # Persian (events.ROLE_OWNER_ACT): "the foreign ministry spokesman condemned America's attack on Syria" is the home
    # (Iranian) spokesman's ACCUSE of America; America after the act's word "حمله" owns the attack, not the role
    text = "سخنگوی وزارت خارجه حمله آمریکا به سوریه را محکوم کرد.\nایران و عراق روابط خوبی دارند."
    ms = [("آمریکا", "USA", "country"), ("سوریه", "SYR", "country"), ("ایران", "IRN", "country"),
          ("عراق", "IRQ", "country")]
    got = pairs(lexical(make_doc(text, "fa", ms)))
    assert ("ACCUSE", "IRN", "USA") in got and ("ACCUSE", "USA", "SYR") not in got


def test_a_country_right_after_the_role_still_owns_it(lexical):
    # "America's foreign ministry spokesman condemned the attack on Syria": America's spokesman
    text = "سخنگوی وزارت خارجه آمریکا حمله به سوریه را محکوم کرد.\nایران و عراق روابط خوبی دارند."
    ms = [("آمریکا", "USA", "country"), ("سوریه", "SYR", "country"), ("ایران", "IRN", "country"),
          ("عراق", "IRQ", "country")]
    got = pairs(lexical(make_doc(text, "fa", ms)))
    assert not any(p[1] == "IRN" for p in got if "SYR" in p or "USA" in p)


JP = [("ญี่ปุ่น", "JPN", "country"), ("ประเทศไทย", "THA", "country")]


def test_the_titled_subject_thanks_for_aid_it_does_not_give(lexical, monkeypatch):
    # "the Deputy Prime Minister thanked the Japanese government for its help": the thanks are the act, Japan's aid
    # is what they are for (without the verb rule the aid noun, the stronger word, made Thailand the giver)
    line = "รองนายกรัฐมนตรีได้ขอบคุณรัฐบาลญี่ปุ่นสำหรับความช่วยเหลือ"
    assert ("SUPPORT", "THA", "JPN") in _pairs(lexical, line, JP)
    assert ("AID", "THA", "JPN") not in _pairs(lexical, line, JP)
    monkeypatch.setattr(events, "TITLE_SUBJECT_VERB", False)
    assert ("SUPPORT", "THA", "JPN") not in _pairs(lexical, line, JP)


def test_a_modal_of_an_earlier_clause_does_not_hedge_the_titled_subjects_act(lexical):
    # "the situation should ease soon; the Deputy Prime Minister thanked the Japanese government for its help"
    line = "สถานการณ์ควรจะคลี่คลายโดยเร็ว รองนายกรัฐมนตรีได้ขอบคุณรัฐบาลญี่ปุ่นสำหรับความช่วยเหลือ"
    assert ("SUPPORT", "THA", "JPN") in _pairs(lexical, line, JP)
