"""A trigger after a wish word in its sentence ("hopes that", "نأمل", "надеется", "hy vọng", "希望", "หวังว่า") is a wished
act, no event (GUIDE.md: status wish; events.WISHED, data/event_lexicon.json 'wish'), in every lexicon language, not
Persian only; a full stop ends what is wished, and "after" (the act has happened) keeps it. Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

EN = [("Iran", "IRN", "country"), ("Russia", "RUS", "country")]
AR = [("إيران", "IRN", "country"), ("روسيا", "RUS", "country")]
RU = [("Россия", "RUS", "country"), ("Китаем", "CHN", "country")]
VI = [("Việt Nam", "VNM", "country"), ("Lào", "LAO", "country")]
ZH = [("中国", "CHN", "country"), ("美国", "USA", "country")]
TH = [("ไทย", "THA", "country"), ("ลาว", "LAO", "country")]


@pytest.mark.parametrize("text, lang, mentions", [
    ("The minister said Iran hopes that it will sign a trade agreement with Russia next year.", "en", EN),
    ("Iran would like to sign a new agreement with Russia.", "en", EN),
    ("وقال الوزير إن إيران تأمل أن توقع اتفاقية تجارية مع روسيا العام المقبل.", "ar", AR),
    ("Россия надеется подписать соглашение с Китаем в следующем году.", "ru", RU),
    ("Việt Nam hy vọng sẽ ký kết hiệp định thương mại với Lào trong năm tới.", "vi", VI),
    ("中国希望明年与美国签署贸易协定。", "zh", ZH),
    ("ไทยหวังว่าจะลงนามความตกลงการค้ากับลาวในปีหน้า", "th", TH),
])
def test_a_wished_act_is_no_event(lexical, text, lang, mentions):
    assert two_party(lexical, text, lang, mentions) == []


@pytest.mark.parametrize("text, lang, mentions", [
    ("Iran signed a trade agreement with Russia.", "en", EN),
    ("وقعت إيران اتفاقية تجارية مع روسيا.", "ar", AR),
    ("Россия подписала соглашение с Китаем.", "ru", RU),
    ("Việt Nam đã ký kết hiệp định thương mại với Lào.", "vi", VI),
    ("中国与美国签署贸易协定。", "zh", ZH),
    ("ไทยลงนามความตกลงการค้ากับลาว", "th", TH),
    # the wish is another sentence's: a full stop ends what is wished
    ("We hope that ties grow. Iran signed a trade agreement with Russia.", "en", EN),
    # "after": the act the hope follows has happened
    ("Iran hopes that ties improve after it signed an agreement with Russia.", "en", EN),
])
def test_the_same_act_without_a_wish_is_an_event(lexical, text, lang, mentions):
    assert [g[0] for g in two_party(lexical, text, lang, mentions)] == ["SUPPORT"]


UN = [("United Nations", None, "org"), ("Ban Ki-moon", "KOR", "person"), ("Iran", "IRN", "country"),
      ("Russia", "RUS", "country")]


@pytest.mark.parametrize("text, lang, mentions", [
    ("United Nations Secretary-General Ban Ki-moon called on Iran to act with restraint.", "en", UN[:3]),
    ("الأمين العام لمنظمة الأمم المتحدة بان كي مون دعا إيران إلى ضبط النفس.", "ar",
     [("الأمم المتحدة", None, "org"), ("بان كي مون", "KOR", "person"), ("إيران", "IRN", "country")]),
    ("联合国秘书长潘基文呼吁伊朗保持克制。", "zh",
     [("联合国", None, "org"), ("潘基文", "KOR", "person"), ("伊朗", "IRN", "country")]),
    ("Генеральный секретарь ООН Пан Ги Мун призвал Иран к сдержанности.", "ru",
     [("ООН", None, "org"), ("Пан Ги Мун", "KOR", "person"), ("Иран", "IRN", "country")]),
    ("Tổng thư ký Liên hợp quốc Ban Ki-moon kêu gọi Iran kiềm chế.", "vi",
     [("Liên hợp quốc", None, "org"), ("Ban Ki-moon", "KOR", "person"), ("Iran", "IRN", "country")]),
])
def test_an_organisations_official_acts_for_no_state(lexical, text, lang, mentions):
    assert two_party(lexical, text, lang, mentions) == []


def test_a_countrys_envoy_to_an_organisation_acts_for_the_country(lexical):
    mentions = [("Russia", "RUS", "country"), ("UN", None, "org"), ("Vassily Nebenzia", None, "person"),
                ("Iran", "IRN", "country")]
    text = "Russia's UN envoy Vassily Nebenzia accused Iran of breaking the deal."
    assert two_party(lexical, text, "en", mentions) == [("ACCUSE", "RUS", "IRN")]


def test_the_same_person_named_without_the_organisation_keeps_his_country(lexical):
    mentions = [("Ban Ki-moon", "KOR", "person"), ("Iran", "IRN", "country")]
    text = "South Korea's foreign minister Ban Ki-moon called on Iran to act with restraint."
    assert two_party(lexical, text, "en", mentions) == [("REQUEST", "KOR", "IRN")]


@pytest.mark.parametrize("text, lang, mentions", [
    ("نفت تركيا أنها شنت غارات على سوريا.", "ar", [("تركيا", "TUR", "country"), ("سوريا", "SYR", "country")]),
    ("中国否认向越南派兵。", "zh", [("中国", "CHN", "country"), ("越南", "VNM", "country")]),
])
def test_an_act_denied_is_no_event(lexical, text, lang, mentions):
    assert [g for g in two_party(lexical, text, lang, mentions) if g[0] != "REJECT"] == []


@pytest.mark.parametrize("text, lang, mentions, event", [
    ("شنت تركيا غارات على سوريا.", "ar", [("تركيا", "TUR", "country"), ("سوريا", "SYR", "country")], "ASSAULT"),
    # the denial is another sentence's
    ("Russia denied the report. Later Russia accused Ukraine of shelling the town.", "en",
     [("Russia", "RUS", "country", 1), ("Ukraine", "UKR", "country")], "ACCUSE"),
])
def test_an_act_not_denied_in_its_clause_stays(lexical, text, lang, mentions, event):
    assert event in [g[0] for g in two_party(lexical, text, lang, mentions)]
