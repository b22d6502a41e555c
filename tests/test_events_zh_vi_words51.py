"""Chinese and Vietnamese trigger words of the acts dev batches told without a trigger (issue 10, evea51): an attack
('攻击'), a diplomatic protest ('提出抗议': ACCUSE, not a street PROTEST; GUIDE.md), an objection or a violation
('不能接受', '侵犯'), 'necessary measures' as a threat ('采取必要措施'), visa bans, lifted sanctions ('解除制裁'),
'促请' (urge), joint training; Vietnamese 'phản đối' said by a state (ACCUSE: verbal opposition, not a
demonstration), troops pulled back ('rút phần lớn binh sĩ'), a cancelled agreement and arms sales.
Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import make_doc, pairs

ZH = {"中国": "CHN", "美国": "USA", "日本": "JPN", "伊朗": "IRN", "叙利亚": "SYR", "菲律宾": "PHL", "澳大利亚": "AUS",
      "朝鲜": "PRK", "韩国": "KOR", "越南": "VNM", "英國": "GBR", "中國": "CHN"}
VI = {"Trung Quốc": "CHN", "Mỹ": "USA", "Nga": "RUS", "Ukraine": "UKR", "Australia": "AUS", "Đài Loan": "TWN",
      "Nhật Bản": "JPN", "Myanmar": "MMR"}


def _pairs(lexical, text, lang):
    names = ZH if lang == "zh" else VI
    ms = []
    for k, v in names.items():
        at = text.find(k)
        while at >= 0:  # every occurrence, but never one inside a longer name already taken
            if not any(a <= at < a + len(s) for s, _, _, a in ms):
                ms.append((k, v, "country", at))
            at = text.find(k, at + 1)
    ms.sort(key=lambda m: m[3])
    seen: dict[str, int] = {}
    mentions = []
    for k, v, kind, _ in ms:
        mentions.append((k, v, kind, seen.get(k, 0)))
        seen[k] = seen.get(k, 0) + 1
    return pairs(lexical(make_doc(text, lang, mentions)))


@pytest.mark.parametrize("text, want", [
    ("美国军舰昨天发动攻击，打击叙利亚的一个空军基地。", ("ASSAULT", "USA", "SYR")),
    ("日本政府已就此事向中国提出抗议。", ("ACCUSE", "JPN", "CHN")),
    ("中国外交部表示，完全不能接受美国的所谓指责。", ("ACCUSE", "CHN", "USA")),
    ("美国国务院称，中国严重侵犯菲律宾的主权权益。", ("ACCUSE", "USA", "CHN")),
    ("中国外交部发言人表示，中方将对美国采取必要措施。", ("THREATEN", "CHN", "USA")),
    ("美国宣布对中国官员实施签证限制。", ("SANCTION", "USA", "CHN")),
    ("美国宣布暂时豁免日本的钢铝关税。", ("CONCEDE", "USA", "JPN")),
    ("英國外相促請中國遵守承諾。", ("REQUEST", "GBR", "CHN")),
    ("日本和菲律宾海军本周举行联合训练。", ("COOPERATE", "JPN", "PHL")),
])
def test_chinese_words_of_acts(lexical, text, want):
    assert want in _pairs(lexical, text, "zh")


@pytest.mark.parametrize("text, want", [
    ("Bộ Ngoại giao Trung Quốc kiên quyết phản đối việc Mỹ can thiệp vào công việc nội bộ.", ("ACCUSE", "CHN", "USA")),
    ("Nga bất ngờ rút phần lớn binh sĩ khỏi khu vực biên giới với Ukraine.", ("RETREAT", "RUS", "UKR")),
    ("Australia tuyên bố hủy bỏ hai thỏa thuận hợp tác đã ký với Trung Quốc.", ("SANCTION", "AUS", "CHN")),
    ("Chính quyền Mỹ vừa thông qua thương vụ vũ khí trị giá 750 triệu USD cho Đài Loan.", ("AID", "USA", "TWN")),
])
def test_vietnamese_words_of_acts(lexical, text, want):
    assert want in _pairs(lexical, text, "vi")


def test_a_street_protest_is_still_no_accusation_between_states(lexical):
    # demonstrators of one country against their own army: no interstate act at all
    got = _pairs(lexical, "Người biểu tình ở Myanmar tiếp tục phản đối quân đội.", "vi")
    assert not [p for p in got if p[1] and p[2]]


def test_a_diplomatic_protest_is_no_street_protest(lexical):
    got = _pairs(lexical, "日本政府已就此事向中国提出抗议。", "zh")
    assert ("PROTEST", "JPN", "CHN") not in got


def test_immunity_is_no_waiver_and_a_personal_attack_no_assault(lexical):
    got = _pairs(lexical, "美国外交官享有外交豁免权，日本警方未能拘留他。", "zh")
    assert not [p for p in got if p[0] == "CONCEDE"]
    got = _pairs(lexical, "日本议员对中国官员进行人身攻击。", "zh")
    assert not [p for p in got if p[0] == "ASSAULT"]
