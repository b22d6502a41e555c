"""Unrealised acts and who asked (issue 10, evprec): an act whose report is called baseless after it in its
clause ("有关X访华的报道没有任何根据") is denied, no event (events.BASELESS, data 'baseless'); Chinese "视乎",
"取决于" (depending on) and "是否" (whether) open a condition like "如果"; the country named right after "at the
request of" ("theo đề nghị của", "بناء على طلب") asked for a coercive act and is not its target (events.REQUESTER,
data 'requester'); Thai thanks "for receiving the call" (ที่ให้เข้าเยี่ยมคารวะ, ที่ให้เข้าพบ) is praise, not a visit.
Sentences composed for the test (no corpus sentence)."""
from __future__ import annotations

import pytest
from test_events import two_party

from bilat.stages import events


def test_a_visit_whose_report_is_called_baseless_is_no_event(lexical):
    text = "外交部发言人表示，有关越南总理访华的报道没有任何根据。"
    assert two_party(lexical, text, "zh", [("越南", "VNM", "country"), ("华", "CHN", "country")]) == []


def test_the_same_visit_told_plainly_is_an_event(lexical):
    text = "外交部发言人表示，越南总理昨天访华。"
    got = two_party(lexical, text, "zh", [("越南", "VNM", "country"), ("华", "CHN", "country")])
    assert ("CONSULT", "VNM", "CHN") in got


def test_baseless_without_the_switch_keeps_the_visit(lexical, monkeypatch):
    monkeypatch.setattr(events, "BASELESS", False)
    text = "外交部发言人表示，有关越南总理访华的报道没有任何根据。"
    got = two_party(lexical, text, "zh", [("越南", "VNM", "country"), ("华", "CHN", "country")])
    assert ("CONSULT", "VNM", "CHN") in got


def test_vietnamese_baseless_report_of_an_attack():
    text = "Bộ Ngoại giao Lào cho rằng thông tin quân đội nước này tấn công Campuchia là vô căn cứ."
    trig = next(t for t in events.find_triggers(text, 0, len(text), "vi") if t.event == "ASSAULT")
    s = events.Sentence(start=0, end=len(text))
    assert events._baseless(text, s, "vi", trig)
    plain = "Quân đội Lào tấn công Campuchia, theo thông tin chính thức."
    trig = next(t for t in events.find_triggers(plain, 0, len(plain), "vi") if t.event == "ASSAULT")
    assert not events._baseless(plain, events.Sentence(start=0, end=len(plain)), "vi", trig)


@pytest.mark.parametrize("text", [
    "日方采取反制措施的时间，将视乎美国对日本商品加征关税的进展。",
    "韩国是否对日本实施制裁，取决于日本下周的决定。",
])
def test_chinese_depending_on_opens_a_condition(lexical, text):
    ms = [("美国", "USA", "country"), ("日方", "JPN", "country"), ("韩国", "KOR", "country"),
          ("日本", "JPN", "country")]
    ms = [m for m in ms if m[0] in text]
    assert two_party(lexical, text.replace("将视乎", "是因为").replace("是否", "已经").replace("取决于", "因为"), "zh", ms)
    assert [e for e in two_party(lexical, text, "zh", ms) if e[0] == "SANCTION"] == []


def test_at_the_request_of_marks_who_asked_not_who_was_arrested(lexical):
    text = "Cảnh sát Canada đã bắt giữ một doanh nhân tại sân bay theo đề nghị của Mỹ."
    ms = [("Canada", "CAN", "country"), ("Mỹ", "USA", "country")]
    got = two_party(lexical, text, "vi", ms)
    assert ("COERCE", "CAN", "USA") not in got


def test_without_the_switch_the_requester_was_the_one_arrested(lexical, monkeypatch):
    monkeypatch.setattr(events, "REQUESTER", False)
    text = "Cảnh sát Canada đã bắt giữ một doanh nhân tại sân bay theo đề nghị của Mỹ."
    ms = [("Canada", "CAN", "country"), ("Mỹ", "USA", "country")]
    assert ("COERCE", "CAN", "USA") in two_party(lexical, text, "vi", ms)


def test_aid_at_the_request_of_goes_to_the_one_who_asked(lexical):
    text = "Nhật Bản đã viện trợ khẩn cấp vật tư y tế theo đề nghị của Indonesia."
    ms = [("Nhật Bản", "JPN", "country"), ("Indonesia", "IDN", "country")]
    assert ("AID", "JPN", "IDN") in two_party(lexical, text, "vi", ms)


def test_the_target_named_besides_the_requester_stays(lexical):
    text = "Cảnh sát Canada bắt giữ một công dân Trung Quốc theo yêu cầu của Mỹ."
    ms = [("Canada", "CAN", "country"), ("Trung Quốc", "CHN", "country"), ("Mỹ", "USA", "country")]
    got = two_party(lexical, text, "vi", ms)
    assert ("COERCE", "CAN", "CHN") in got
    assert ("COERCE", "CAN", "USA") not in got


@pytest.mark.parametrize("text", [
    "เอกอัครราชทูตเวียดนามกล่าวขอบคุณนายกรัฐมนตรีที่ให้เข้าเยี่ยมคารวะในวันนี้",
    "เอกอัครราชทูตเวียดนามขอบคุณรัฐมนตรีที่ได้ให้เข้าพบเมื่อเช้านี้",
])
def test_thai_thanks_for_an_audience_is_praise_not_a_visit(text):
    """"Thanked the minister for receiving the call" (ที่ให้เข้าเยี่ยมคารวะ, ที่ให้เข้าพบ: data EXCLUDE): the act is the
    thanks (SUPPORT/praise); the call itself is told elsewhere."""
    found = {t.event for t in events.find_triggers(text, 0, len(text), "th")}
    assert "SUPPORT" in found and "CONSULT" not in found


def test_thai_call_told_plainly_is_still_a_visit():
    text = "เอกอัครราชทูตเวียดนามเข้าเยี่ยมคารวะนายกรัฐมนตรีในวันนี้"
    assert "CONSULT" in {t.event for t in events.find_triggers(text, 0, len(text), "th")}
