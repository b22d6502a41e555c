"""Visit direction in general constructions (stop 52, issue 10: who visited whom is the fact). Sentences composed for
the test."""
from __future__ import annotations

from test_events import two_party, visits


def test_thai_invitation_before_the_visit_ends_at_the_inviter(lexical):
    # "at the invitation of the Japanese prime minister, the Vietnamese prime minister visited Japan": the inviter hosts
    text = "ตามคำเชิญของนายกรัฐมนตรีญี่ปุ่น นายกรัฐมนตรีเวียดนามเดินทางเยือนญี่ปุ่นอย่างเป็นทางการ"
    ms = [("ญี่ปุ่น", "JPN", "country"), ("เวียดนาม", "VNM", "country"), ("ญี่ปุ่น", "JPN", "country", 1)]
    assert visits(lexical, text, "th", ms) == [("VNM", "JPN")]


def test_thai_invitation_after_the_visit_still_hosts(lexical):
    text = "ประธานาธิบดีลาวเดินทางเยือนจีนตามคำเชิญของประธานาธิบดีจีน"
    ms = [("ลาว", "LAO", "country"), ("จีน", "CHN", "country"), ("จีน", "CHN", "country", 1)]
    assert visits(lexical, text, "th", ms) == [("LAO", "CHN")]


def test_without_the_space_cut_the_guest_was_taken_for_an_inviter(lexical, monkeypatch):
    from bilat.stages import events
    monkeypatch.setattr(events, "INVITER_CLAUSE_SPACE", frozenset())
    text = "ตามคำเชิญของนายกรัฐมนตรีญี่ปุ่น นายกรัฐมนตรีเวียดนามเดินทางเยือนญี่ปุ่นอย่างเป็นทางการ"
    ms = [("ญี่ปุ่น", "JPN", "country"), ("เวียดนาม", "VNM", "country"), ("ญี่ปุ่น", "JPN", "country", 1)]
    assert visits(lexical, text, "th", ms) != [("VNM", "JPN")]


# --- Russian: the destination before the verb, the visitor after it (events.RU_DESTINATION) ---------------------


def test_russian_country_after_v_before_the_verb_hosts(lexical):
    text = "Во Францию с визитом прибыл президент Китая."
    ms = [("Францию", "FRA", "country"), ("Китая", "CHN", "country")]
    assert visits(lexical, text, "ru", ms) == [("CHN", "FRA")]
    text = "В Китае с официальным визитом находится глава МИД Вьетнама."
    ms = [("Китае", "CHN", "country"), ("Вьетнама", "VNM", "country")]
    assert visits(lexical, text, "ru", ms) == [("VNM", "CHN")]


def test_russian_destination_before_a_named_visitor(lexical):
    text = "В Индию прибыл Владимир Путин."
    ms = [("Индию", "IND", "country"), ("Владимир Путин", "RUS", "person")]
    assert visits(lexical, text, "ru", ms) == [("RUS", "IND")]


def test_russian_subject_first_is_unchanged(lexical):
    text = "Президент Китая прибыл во Францию с визитом."
    ms = [("Китая", "CHN", "country"), ("Францию", "FRA", "country")]
    assert visits(lexical, text, "ru", ms) == [("CHN", "FRA")]


def test_russian_destination_other_clause_is_not_marked(lexical):
    # "in Russia they said that the Indian president will visit China": в России is the speaker's clause
    text = "В России заявили, что президент Индии посетит Китай."
    ms = [("России", "RUS", "country"), ("Индии", "IND", "country"), ("Китай", "CHN", "country")]
    assert visits(lexical, text, "ru", ms) == [("IND", "CHN")]


def test_without_the_russian_mark_the_destination_visited(lexical, monkeypatch):
    from bilat.stages import events
    monkeypatch.setattr(events, "RU_DESTINATION", False)
    text = "Во Францию с визитом прибыл президент Китая."
    ms = [("Францию", "FRA", "country"), ("Китая", "CHN", "country")]
    assert visits(lexical, text, "ru", ms) == [("FRA", "CHN")]


# --- a news agency's country is no visitor (events.AGENCY: plover.AGENCY, AGENCY_AFTER) --------------------------


def test_arabic_news_agency_is_no_visitor(lexical):
    # "the Russian news agency reported that Assad arrived in Moscow coming from Syria"
    text = "أفادت وكالة الأنباء الروسية بأن الأسد وصل إلى موسكو قادما من سوريا."
    ms = [("الروسية", "RUS", "country"), ("موسكو", "RUS", "place"), ("سوريا", "SYR", "country")]
    assert visits(lexical, text, "ar", ms) == [("SYR", "RUS")]
    text = "ذكرت وكالة تاس الروسية أن رئيس الوزراء وصل إلى العراق."
    ms = [("الروسية", "RUS", "country"), ("العراق", "IRQ", "country")]
    assert visits(lexical, text, "ar", ms) == []


def test_russian_demonym_before_the_agency_word_is_no_visitor(lexical):
    text = "Российское информационное агентство сообщило, что в Пекин прибыл президент Лаоса."
    ms = [("Российское", "RUS", "country"), ("Пекин", "CHN", "place"), ("Лаоса", "LAO", "country")]
    assert visits(lexical, text, "ru", ms) == [("LAO", "CHN")]


def test_without_the_agency_words_the_agency_visited(lexical, monkeypatch):
    from bilat.stages import events
    monkeypatch.setattr(events, "AGENCY", False)
    text = "ذكرت وكالة تاس الروسية أن رئيس الوزراء وصل إلى العراق."
    ms = [("الروسية", "RUS", "country"), ("العراق", "IRQ", "country")]
    assert visits(lexical, text, "ar", ms) == [("RUS", "IRQ")]
    text = "Российское информационное агентство сообщило, что в Пекин прибыл президент Лаоса."
    ms = [("Российское", "RUS", "country"), ("Пекин", "CHN", "place"), ("Лаоса", "LAO", "country")]
    assert visits(lexical, text, "ru", ms) != [("LAO", "CHN")]


# --- Chinese: the party met, marked by a visiting clause, is the guest (events.ZH_GUEST_CLAUSE) -------------------


def test_chinese_visiting_clause_makes_the_party_met_the_visitor(lexical):
    text = "泰国总理会见了应邀访泰的日本外相。"
    ms = [("泰国", "THA", "country"), ("日本", "JPN", "country")]
    assert two_party(lexical, text, "zh", ms) == [("CONSULT", "JPN", "THA")]
    text = "越南国家主席会见了正在越南进行国事访问的老挝总理。"
    ms = [("越南", "VNM", "country"), ("越南", "VNM", "country", 1), ("老挝", "LAO", "country")]
    assert two_party(lexical, text, "zh", ms) == [("CONSULT", "LAO", "VNM")]


def test_chinese_meeting_without_a_visiting_clause_keeps_its_subject(lexical):
    text = "泰国总理会见了日本外相。"
    ms = [("泰国", "THA", "country"), ("日本", "JPN", "country")]
    assert two_party(lexical, text, "zh", ms) == [("CONSULT", "THA", "JPN")]


def test_without_the_clause_rule_the_host_was_the_actor(lexical, monkeypatch):
    from bilat.stages import events
    monkeypatch.setattr(events, "ZH_GUEST_CLAUSE", None)
    text = "泰国总理会见了应邀访泰的日本外相。"
    ms = [("泰国", "THA", "country"), ("日本", "JPN", "country")]
    assert two_party(lexical, text, "zh", ms) == [("CONSULT", "THA", "JPN")]


# --- Chinese "应X要求" (at X's request): no modal; X asked the subject (events.ZH_AT_REQUEST) ----------------------


def test_chinese_at_request_is_a_request_of_the_party_inside(lexical):
    text = "应俄罗斯要求，中国派出专家组。"
    ms = [("俄罗斯", "RUS", "country"), ("中国", "CHN", "country")]
    assert two_party(lexical, text, "zh", ms) == [("REQUEST", "RUS", "CHN")]
    text = "中国应巴基斯坦政府的请求，派出医疗队。"
    ms = [("中国", "CHN", "country"), ("巴基斯坦", "PAK", "country")]
    assert two_party(lexical, text, "zh", ms) == [("REQUEST", "PAK", "CHN")]


def test_without_the_at_request_rule_it_was_modal_or_reversed(lexical, monkeypatch):
    from bilat.stages import events
    monkeypatch.setattr(events, "ZH_AT_REQUEST", None)
    text = "应俄罗斯要求，中国派出专家组。"
    ms = [("俄罗斯", "RUS", "country"), ("中国", "CHN", "country")]
    assert two_party(lexical, text, "zh", ms) == []
    text = "中国应巴基斯坦政府的请求，派出医疗队。"
    ms = [("中国", "CHN", "country"), ("巴基斯坦", "PAK", "country")]
    assert two_party(lexical, text, "zh", ms) != [("REQUEST", "PAK", "CHN")]


def test_chinese_words_holding_ying_are_no_at_request(lexical, monkeypatch):
    # 回应 (responded to), 应对 (coped with): no "at the request of" (ZH_AT_REQUEST) makes the subject act for the
    # other; (the request noun Pakistan owns is Pakistan's REQUEST of the subject by events.POSSESSED_REQUEST, a
    # rule of its own: tests/test_events_zh_modal.py, switched off here)
    from bilat.stages import events
    monkeypatch.setattr(events, "POSSESSED_REQUEST", False)
    text = "中国回应了巴基斯坦的请求。"
    ms = [("中国", "CHN", "country"), ("巴基斯坦", "PAK", "country")]
    assert ("REQUEST", "PAK", "CHN") not in two_party(lexical, text, "zh", ms)


def test_a_state_agency_still_carries_its_states_statement(lexical):
    # "the Bahrain News Agency said in a statement that the remarks reflect Iran's hostility": Bahrain accuses
    text = "وقالت وكالة أنباء البحرين في بيان إن التصريحات تعكس الموقف العدائي لإيران وتمثل تدخلا في شؤونها."
    ms = [("البحرين", "BHR", "country"), ("لإيران", "IRN", "country")]
    assert ("ACCUSE", "IRN", "BHR") not in two_party(lexical, text, "ar", ms)
