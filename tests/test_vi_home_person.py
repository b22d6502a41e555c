"""Vietnamese: a person called by an honorific and one word of a name the document gives in full is that
person, not a Vietnamese leader who shares the word; a person of unknown country in a Vietnamese article that
does not name Vietnam takes no other country as home (issue 10: false events)."""

from __future__ import annotations

from bilat.records import Mention
from bilat.stages import events, names
from bilat.stages.names import Registry


def persons(tagger, text, lang="vi"):
    mentions, _ = Registry(tagger).process(text, lang)
    return [(m.text, m.entity, m.iso3) for m in mentions if m.kind == "person"]


TEXT = ("Tòa án Canada tiếp tục xét xử bà Mạnh Vãn Chu, giám đốc tài chính một tập đoàn viễn thông. "
        "Luật sư của bà Mạnh cho biết Mỹ muốn dẫn độ. Cảnh sát Canada đã bắt giữ bà Mạnh ở sân bay.")


def test_the_surname_after_an_honorific_is_the_person_named_in_full(tagger):
    found = persons(tagger, TEXT)
    full = [e for t, e, _ in found if t == "Mạnh Vãn Chu"]
    short = [(e, c) for t, e, c in found if t == "Mạnh"]
    assert full and len(short) == 2
    assert all(e == full[0] and c != "VNM" for e, c in short)


def test_without_the_switch_the_leader_namesake_comes_back(tagger, monkeypatch):
    monkeypatch.setattr(names, "VI_SHORT_IN_DOC", False)
    short = [(e, c) for t, e, c in persons(tagger, TEXT) if t == "Mạnh"]
    assert short and all(c == "VNM" for _, c in short)  # Nông Đức Mạnh: the bug this switch fixes


def test_a_vietnamese_given_name_still_reaches_the_full_name(tagger):
    text = "Ông Trần Văn Hùng phát biểu tại hội nghị. Ông Hùng nhấn mạnh hợp tác với Nhật Bản."
    found = {t: e for t, e, _ in persons(tagger, text)}
    assert found["Hùng"] == found["Trần Văn Hùng"]


def _country(text, iso3, at):
    return Mention(start=at, end=at + len(text), text=text, entity=iso3, kind="country", lang="vi", iso3=iso3)


def test_vietnamese_article_not_naming_vietnam_gives_no_home_to_unknown_persons():
    ms = [_country("Mỹ", "USA", 0), _country("Canada", "CAN", 10), _country("Mỹ", "USA", 20)]
    assert events.dominant_country(ms, "vi") is None
    assert events.dominant_country(ms, "en") == "USA"  # other languages keep the most named country
    assert events.dominant_country(ms + [_country("Việt Nam", "VNM", 30)], "vi") == "VNM"


def test_an_unknown_person_takes_no_foreign_home_in_vietnamese(monkeypatch):
    text = "Bà Lâm đã bị cảnh sát Canada bắt giữ tại sân bay."
    at = text.index("Lâm")
    lam = Mention(start=at, end=at + 3, text="Lâm", entity="x:lam", kind="person", lang="vi", iso3=None)
    ms = [lam, _country("Canada", "CAN", text.index("Canada"))]
    home = events.dominant_country(ms + [_country("Mỹ", "USA", 60), _country("Mỹ", "USA", 70)], "vi")
    assert [p.code for p in events.parties(text, ms, home, "vi")] == ["CAN"]
    monkeypatch.setattr(events, "OWN_HOME_ONLY", frozenset())
    home = events.dominant_country(ms + [_country("Mỹ", "USA", 60), _country("Mỹ", "USA", 70)], "vi")
    assert [p.code for p in events.parties(text, ms, home, "vi")] == ["USA", "CAN"]
