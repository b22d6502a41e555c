"""evzh (issue 10): zh/vi events. An act an anniversary counts from tells no act of its own
(events.ANNIVERSARY, data/event_lexicon.json "anniversary"); Chinese tariff words are sanctions."""

from bilat.stages import events


def _types(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[t.start:t.end], t.event) for t in events.find_triggers(text, 0, len(text), lang)]


def test_zh_anniversary_of_relations_is_no_act():
    for text in ("他说，中罗建交60年来，双边关系始终稳步发展。", "明年是中意建交40周年，两国将举行各种庆祝活动。",
                 "以庆祝两国建交六十周年为契机，增进友谊。", "明年是中意建交周年。"):
        assert not any(t == "建交" for t, _ in _types(text, "zh")), text


def test_zh_establishing_relations_still_an_act():
    assert ("建交", "SUPPORT") in _types("中国和意大利于1970年建交。", "zh")
    assert ("签署", "SUPPORT") in _types("两国签署了协议，庆祝建交60周年。", "zh")


def test_vi_anniversary_of_relations_is_no_act():
    text = "Năm nay kỷ niệm 30 năm thiết lập quan hệ ngoại giao Việt Nam - Hàn Quốc."
    assert not _types(text, "vi")
    assert _types("Hai nước thiết lập quan hệ ngoại giao năm 1992.", "vi") == [
        ("thiết lập quan hệ ngoại giao", "SUPPORT")]


def test_zh_tariffs_are_sanctions_simplified_and_traditional():
    assert ("徵收關稅", "SANCTION") in _types("美國將對中國進口貨物徵收關稅。", "zh")
    assert ("征收关税", "SANCTION") in _types("美国将对中国进口商品征收关税。", "zh")
    assert ("报复性关税", "SANCTION") in _types("中方宣布对美国商品加收报复性关税。", "zh")


def test_anniversary_switch():
    text = "明年是中意建交40周年。"
    old = events.ANNIVERSARY
    try:
        events.ANNIVERSARY = False
        events._folded.cache_clear()
        assert ("建交", "SUPPORT") in _types(text, "zh")
    finally:
        events.ANNIVERSARY = old


def _negated(text: str, word: str, lang: str) -> bool:
    i = text.index(word)
    return events._negated_before(text, max(0, i - 25), i, lang)


def test_negation_inside_fixed_phrases_negates_no_act():
    assert not _negated("一位不具名的白宫高级官员表示，拜登将与习近平通话。", "通话", "zh")
    assert not _negated("马杜罗在没有任何证据的情况下多次指责米莱。", "指责", "zh")
    assert not _negated("中方对美方不负责任的言论表示强烈谴责。", "谴责", "zh")
    assert not _negated('Ông nói thương vụ này là "không thể chấp nhận được", đồng thời cảnh báo Nga.', "cảnh báo", "vi")
    assert _negated("中方没有谴责美国。", "谴责", "zh")
    assert _negated("Nga không cảnh báo Mỹ.", "cảnh báo", "vi")
