"""Parties of zh, th and vi events (issue 10, eveast): a country's press is no party (media_after, media, media_state),
an envoy's posting country is no visitor (posted_to), a bloc listed among countries
keeps the list (LISTED_BLOC). Sentences composed for the test after government and agency news."""
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
