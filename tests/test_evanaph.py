"""Events: "this country" read back to the country acted as before, the owner of a Vietnamese visit noun ("chuyến
thăm của X") as its visitor, and a Chinese speaker named in the sentence before ("……发言人X……。她说，……")."""

from __future__ import annotations

from test_events import make_doc, two_party, visits

from bilat.stages import events

# --- "this country" (events.THIS_COUNTRY) ----------------------------------------------------------------------


def test_vietnamese_this_country_as_subject_is_the_country_named_before(lexical, monkeypatch):
    monkeypatch.setattr(events, "THIS_COUNTRY", True)  # off by default: the switch's own rule
    text = "Nhật Bản công bố gói viện trợ mới cho khu vực. Nước này sẽ viện trợ cho Philippines 100 triệu USD."
    got = two_party(lexical, text, "vi", [("Nhật Bản", "JPN", "country"), ("Philippines", "PHL", "country")])
    assert ("AID", "JPN", "PHL") in got
    monkeypatch.setattr(events, "THIS_COUNTRY", False)
    assert ("AID", "JPN", "PHL") not in two_party(lexical, text, "vi", [("Nhật Bản", "JPN", "country"),
                                                                       ("Philippines", "PHL", "country")])


def test_chinese_gai_guo_as_subject_acts(lexical, monkeypatch):
    monkeypatch.setattr(events, "THIS_COUNTRY", True)  # off by default: the switch's own rule
    text = "日本政府周二公布了新的援助计划。该国将向菲律宾提供援助。"
    got = two_party(lexical, text, "zh", [("日本", "JPN", "country"), ("菲律宾", "PHL", "country")])
    assert ("AID", "JPN", "PHL") in got


def test_this_country_after_a_sentence_naming_two_countries_and_no_act_is_left_alone(lexical, monkeypatch):
    monkeypatch.setattr(events, "THIS_COUNTRY", True)  # off by default: the switch's own rule
    text = "Nhật Bản và Hàn Quốc công bố kế hoạch phát triển mới. Nước này sẽ viện trợ cho Philippines."
    got = two_party(lexical, text, "vi", [("Nhật Bản", "JPN", "country"), ("Hàn Quốc", "KOR", "country"),
                                          ("Philippines", "PHL", "country")])
    assert not any(r == "PHL" and a in ("JPN", "KOR") for _, a, r in got)


def test_this_country_after_a_country_named_in_its_own_sentence_is_not_resolved():
    text = "Nhật Bản công bố kế hoạch mới. Philippines cho biết nước này sẽ tăng cường hợp tác."
    doc = make_doc(text, "vi", [("Nhật Bản", "JPN", "country"), ("Philippines", "PHL", "country")])
    second = doc.sentences[1]
    ps = events.parties(text, [m for m in doc.mentions if m.start >= second.start], None, "vi")
    ctx = events.Ctx(subject="JPN", country_at=0, index=1)
    assert events._with_this_country(text, second, ps, "vi", ctx) == ps


def test_this_country_is_added_where_written_unless_the_sentence_before_is_ambiguous():
    text = "Nhật Bản công bố kế hoạch mới. Nước này sẽ hỗ trợ Philippines."
    doc = make_doc(text, "vi", [("Nhật Bản", "JPN", "country"), ("Philippines", "PHL", "country")])
    second = doc.sentences[1]
    ps = events.parties(text, [m for m in doc.mentions if m.start >= second.start], None, "vi")
    added = events._with_this_country(text, second, ps, "vi", events.Ctx(subject="JPN", country_at=0, index=1))
    assert [(p.code, p.pos) for p in added] == [("JPN", second.start), ("PHL", text.index("Philippines"))]
    assert events._with_this_country(text, second, ps, "vi", events.Ctx(subject=None, country_at=0, index=1)) == ps
    far = events.Ctx(subject="JPN", country_at=0, index=1 + events.THIS_COUNTRY_BACK + 1)
    assert events._with_this_country(text, second, ps, "vi", far) == ps


def test_persian_these_countries_is_no_this_country():
    text = "ژاپن طرح جدیدی اعلام کرد. آمریکا این کشورها را تهدید کرد."
    doc = make_doc(text, "fa", [("ژاپن", "JPN", "country"), ("آمریکا", "USA", "country")])
    second = doc.sentences[1]
    ps = events.parties(text, [m for m in doc.mentions if m.start >= second.start], None, "fa")
    ctx = events.Ctx(subject="JPN", country_at=0, index=1)
    assert events._with_this_country(text, second, ps, "fa", ctx) == ps


def test_sentence_subject_is_the_one_actor_else_the_one_country():
    jpn, phl, kor = (events.Party(c, None, 0, True) for c in ("JPN", "PHL", "KOR"))
    act = events.Candidate("AID", None, jpn, phl, None, 0.8, None, (), None)
    assert events._sentence_subject(["PHL", "JPN"], [act], 0.5) == "JPN"
    assert events._sentence_subject(["JPN"], [], 0.5) == "JPN"
    assert events._sentence_subject(["JPN", "KOR"], [], 0.5) is None
    joint = events.Candidate("CONSULT", "meet", jpn, kor, None, 0.8, None, (), None)
    assert events._sentence_subject(["JPN", "KOR"], [joint], 0.5) is None


# --- the owner of a Vietnamese visit noun (events.GENITIVE_VISITOR) ---------------------------------------------


def test_vietnamese_visit_noun_owner_is_the_visitor(lexical):
    text = "Chuyến thăm Việt Nam của Thủ tướng Nhật Bản diễn ra trong ba ngày."
    got = visits(lexical, text, "vi", [("Việt Nam", "VNM", "country"), ("Nhật Bản", "JPN", "country")])
    assert got == [("JPN", "VNM")]


def test_vietnamese_visit_noun_owner_outranks_the_person_before_it(lexical):
    text = "Thủ tướng Phạm Minh Chính khẳng định chuyến thăm của Tổng thống Hàn Quốc tới Việt Nam có ý nghĩa quan trọng."
    got = visits(lexical, text, "vi", [("Phạm Minh Chính", "VNM", "person"), ("Hàn Quốc", "KOR", "country"),
                                       ("Việt Nam", "VNM", "country")])
    assert got == [("KOR", "VNM")]


def test_vietnamese_visit_verb_with_a_genitive_keeps_its_subject(lexical):
    text = "Bộ trưởng Quốc phòng Mỹ thăm trụ sở của Bộ Quốc phòng Việt Nam."
    got = visits(lexical, text, "vi", [("Mỹ", "USA", "country"), ("Việt Nam", "VNM", "country")])
    assert got == [("USA", "VNM")]


def test_vietnamese_inviter_genitive_is_no_visitor(lexical):
    text = "Thủ tướng Lào thăm chính thức Việt Nam theo lời mời của Thủ tướng Phạm Minh Chính."
    got = visits(lexical, text, "vi", [("Lào", "LAO", "country"), ("Việt Nam", "VNM", "country"),
                                       ("Phạm Minh Chính", "VNM", "person")])
    assert got == [("LAO", "VNM")]


# --- a Chinese speaker named in the sentence before (events._with_named_speaker) --------------------------------


def test_chinese_pronoun_speaker_takes_the_country_of_the_person_named_before(lexical):
    text = "俄罗斯外交部发言人扎哈罗娃周三发表讲话。她表示，强烈谴责美国对伊朗的制裁。"
    ms = [("俄罗斯", "RUS", "country"), ("扎哈罗娃", None, "person"), ("美国", "USA", "country"),
          ("伊朗", "IRN", "country")]
    assert ("ACCUSE", "RUS", "USA") in two_party(lexical, text, "zh", ms)


def test_chinese_speaker_after_two_persons_or_they_is_not_guessed(lexical):
    text = "俄罗斯总统普京会见了法国总统马克龙。他表示，强烈谴责美国的行为。"
    ms = [("俄罗斯", "RUS", "country"), ("普京", None, "person"), ("法国", "FRA", "country"),
          ("马克龙", None, "person"), ("美国", "USA", "country")]
    assert not any(e == "ACCUSE" for e, _, _ in two_party(lexical, text, "zh", ms))
    text = "俄罗斯外交部发言人扎哈罗娃周三发表讲话。他们表示，强烈谴责美国的行为。"
    ms = [("俄罗斯", "RUS", "country"), ("扎哈罗娃", None, "person"), ("美国", "USA", "country")]
    assert not any(e == "ACCUSE" for e, _, _ in two_party(lexical, text, "zh", ms))
