"""Parties of zh, th and vi events (issue 10, eveast): a country's press is no party (media_after, media, media_state),
an envoy's posting country is no visitor (posted_to), a bloc listed among countries
keeps the list (LISTED_BLOC); th and zh trigger words (readiness to work together, partnerships,
sorties, concern). Sentences composed for the test after government and agency news."""
from __future__ import annotations

from test_events import two_party

C = "country"


def test_zh_a_country_s_press_is_no_party(lexical):
    """data/event_lexicon.json media_after: "俄羅斯傳媒引述印度傳媒指" reports; India's army acts (events._media_after)."""
    text = "俄羅斯傳媒引述印度傳媒指，印軍擊落一架巴基斯坦戰機。"
    got = two_party(lexical, text, "zh", [("俄羅斯", "RUS", C), ("印度", "IND", C), ("印", "IND", C),
                                          ("巴基斯坦", "PAK", C)])
    assert ("ASSAULT", "IND", "PAK") in got
    assert not [g for g in got if "RUS" in g[1:]], got


def test_state_press_voices_its_state(lexical):
    """media_state: "truyền thông nhà nước Trung Quốc" speaks for China (events._state_media)."""
    text = "Truyền thông nhà nước Trung Quốc đã chỉ trích Mỹ vì chính sách vắc xin."
    got = two_party(lexical, text, "vi", [("Trung Quốc", "CHN", C), ("Mỹ", "USA", C)])
    assert ("ACCUSE", "CHN", "USA") in got


def test_th_envoy_posted_to_the_home_country_visits_from_his_own(lexical):
    """data/direction.json posted_to: the country after ประจำ is the envoy's post, no visitor (events._posted_to)."""
    text = "เอกอัครราชทูตสวีเดนประจำประเทศไทยเข้าเยี่ยมคารวะรองนายกรัฐมนตรี"
    got = two_party(lexical, text, "th", [("สวีเดน", "SWE", C), ("ประเทศไทย", "THA", C)])
    assert ("CONSULT", "SWE", "THA") in got


def test_a_bloc_listed_between_countries_keeps_the_list(lexical):
    """events.LISTED_BLOC: "Mỹ, EU, Anh và Canada" lists three countries that each sanction (EU is no party)."""
    text = "Tháng trước, Mỹ, EU, Anh và Canada đã áp lệnh trừng phạt Trung Quốc vì vấn đề nhân quyền."
    got = two_party(lexical, text, "vi", [("Mỹ", "USA", C), ("Anh", "GBR", C), ("Canada", "CAN", C),
                                          ("Trung Quốc", "CHN", C)])
    assert {("SANCTION", "USA", "CHN"), ("SANCTION", "GBR", "CHN"), ("SANCTION", "CAN", "CHN")} <= set(got), got
    assert ("SANCTION", "USA", "GBR") not in got


def _types(text: str, lang: str) -> list[tuple[str, str]]:
    from bilat.stages import events

    return [(t.event, text[t.start:t.end]) for t in events.find_triggers(text, 0, len(text), lang)]


def test_th_ready_to_work_together_is_agree_on_unsegmented_text(lexical):
    """Trigger words (event_lexicon.json th AGREE): พร้อมทำงานร่วม, พร้อมสานต่อ, ... ยืนยันที่จะ, in unspaced Thai."""
    text = "นายกรัฐมนตรีไทยยืนยันว่าไทยพร้อมทำงานร่วมกับญี่ปุ่นอย่างใกล้ชิด"
    assert ("AGREE", "พร้อมทำงานร่วม") in _types(text, "th")
    got = two_party(lexical, text, "th", [("ไทย", "THA", C), ("ญี่ปุ่น", "JPN", C)])
    assert ("AGREE", "THA", "JPN") in got


def test_th_ready_to_carry_on_cooperation_is_agree_and_as_well_as_is_not():
    assert ("AGREE", "พร้อมสานต่อ") in _types("ไทยและมาเลเซียพร้อมสานต่อความร่วมมือด้านความมั่นคง", "th")
    assert ("AGREE", "ยืนยันที่จะ") in _types("นายกรัฐมนตรีลาวยืนยันที่จะยกระดับความร่วมมือกับไทย", "th")
    assert not [t for t in _types("พร้อมทั้งส่งความปรารถนาดีมายังประชาชนชาวไทย", "th") if t[0] == "AGREE"]


def test_zh_establishing_a_partnership_is_an_agreement(lexical):
    text = "中国和巴西宣布建立全面战略伙伴关系。"
    got = two_party(lexical, text, "zh", [("中国", "CHN", C), ("巴西", "BRA", C)])
    assert ("SUPPORT", "CHN", "BRA") in got or ("SUPPORT", "BRA", "CHN") in got


def test_zh_sorties_across_the_median_line_are_a_mobilisation():
    assert [t for t in _types("台湾国防部表示，侦获中国军机12架次逾越海峡中线。", "zh") if t[0] == "MOBILIZE"]


def test_zh_concern_is_accuse_but_not_inside_a_condolence(lexical):
    text = "美国总统将重申对中国不公平贸易行为的担忧。"
    got = two_party(lexical, text, "zh", [("美国", "USA", C), ("中国", "CHN", C)])
    assert ("ACCUSE", "USA", "CHN") in got
    assert not [t for t in _types("日本对地震造成的人员伤亡深表担忧。", "zh") if t[0] == "ACCUSE"]
