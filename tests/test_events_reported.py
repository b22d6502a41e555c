"""Acts a state says another state does or should do (issue 10, evspeech). GUIDE.md codes a demand reported with a
modal of obligation ("X said Y should stop ...", "X表示，Y应停止 ...", "X گفت Y باید ...", "X cho biết Y cần ...",
"X ระบุว่า Y ต้อง ...") as REQUEST of the speaker on Y, not the act demanded; and a bad act stated of another
state ("X said Y supports terrorism", "قالت X إن Y تتدخل ...", "X заявил, что Y нарушает ...") as ACCUSE of the
speaker on Y, not the act named. Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

PARTIES = {
    "en": [("China", "CHN", "country"), ("the United States", "USA", "country"), ("Taiwan", "TWN", "country"),
           ("Saudi Arabia", "SAU", "country"), ("Iran", "IRN", "country"), ("Israel", "ISR", "country")],
    "ar": [("الصين", "CHN", "country"), ("الولايات المتحدة", "USA", "country"), ("تايوان", "TWN", "country"),
           ("السعودية", "SAU", "country"), ("إيران", "IRN", "country"), ("البحرين", "BHR", "country")],
    "fa": [("چین", "CHN", "country"), ("آمریکا", "USA", "country"), ("تایوان", "TWN", "country"),
           ("عربستان", "SAU", "country"), ("ایران", "IRN", "country"), ("روسیه", "RUS", "country"),
           ("اوکراین", "UKR", "country")],
    "ru": [("России", "RUS", "country"), ("США", "USA", "country"), ("Израиль", "ISR", "country"),
           ("Иран", "IRN", "country"), ("Украина", "UKR", "country")],
    "zh": [("中国", "CHN", "country"), ("美国", "USA", "country"), ("台湾", "TWN", "country"),
           ("日本", "JPN", "country")],
    "vi": [("Trung Quốc", "CHN", "country"), ("Mỹ", "USA", "country"), ("Đài Loan", "TWN", "country"),
           ("Việt Nam", "VNM", "country")],
    "th": [("จีน", "CHN", "country"), ("สหรัฐฯ", "USA", "country"), ("ไต้หวัน", "TWN", "country"),
           ("ไทย", "THA", "country")],
}


def _found(lexical, lang, text):
    return two_party(lexical, text, lang, [m for m in PARTIES[lang] if m[0] in text])


@pytest.mark.parametrize("lang, text, pair", [
    ("zh", "中国外交部发言人表示，美国应停止向台湾出售武器。", ("CHN", "USA")),
    ("zh", "中国外交部发言人在记者会上说，美国必须立即停止对台湾的军售。", ("CHN", "USA")),
    ("zh", "中国重申，美国应当立即停止向台湾出售武器。", ("CHN", "USA")),
    ("fa", "سخنگوی وزارت خارجه چین گفت آمریکا باید فروش سلاح به تایوان را متوقف کند.", ("CHN", "USA")),
    ("vi", "Trung Quốc cho biết Mỹ cần chấm dứt bán vũ khí cho Đài Loan.", ("CHN", "USA")),
    ("vi", "Người phát ngôn Bộ Ngoại giao Trung Quốc nói Mỹ phải dừng bán vũ khí cho Đài Loan.", ("CHN", "USA")),
    ("vi", "Trung Quốc tuyên bố chính phủ Mỹ nên chấm dứt bán vũ khí cho Đài Loan.", ("CHN", "USA")),
    ("th", "โฆษกกระทรวงการต่างประเทศจีนระบุว่าสหรัฐฯ ต้องยุติการขายอาวุธให้ไต้หวัน", ("CHN", "USA")),
    ("th", "จีนกล่าวว่าสหรัฐฯ ควรหยุดการขายอาวุธให้ไต้หวัน", ("CHN", "USA")),
])
def test_a_reported_demand_is_the_speakers_request(lexical, lang, text, pair):
    found = _found(lexical, lang, text)
    assert ("REQUEST", *pair) in found
    assert not any(e == "AID" for e, _, _ in found)  # the arms sale demanded stopped is no aid


@pytest.mark.parametrize("lang, text", [
    ("zh", "中国表示，美国拒绝了台湾的说法。"),  # no modal (回应了台湾的请求: tests/test_events_zh_modal.py)
    ("th", "จีนระบุว่าสหรัฐฯ ต้องการเจรจากับไต้หวัน"),  # ต้องการ (wants) holds ต้อง, no modal
    # vi, th put a noun before its modifier: the country here only names whose staff or ships, no one asked
    ("vi", "Trung Quốc cho biết các tàu cá Mỹ phải rời khỏi vùng biển này."),
    ("th", "จีนระบุว่าเรือประมงสหรัฐฯ ต้องออกจากน่านน้ำนี้"),
])
def test_no_demand_without_a_modal_on_the_country(lexical, lang, text):
    assert not any(e == "REQUEST" for e, _, _ in _found(lexical, lang, text))


@pytest.mark.parametrize("lang, text, pair", [
    ("ar", "قالت وزارة الخارجية السعودية في بيان إن إيران تدعم الإرهاب.", ("SAU", "IRN")),
    ("ar", "وأكدت البحرين أن إيران تتدخل في شؤونها الداخلية.", ("BHR", "IRN")),
    ("ar", "وقالت السعودية إن إيران تنتهك القانون الدولي.", ("SAU", "IRN")),
    ("en", "Saudi Arabia said Iran was supporting terrorism in the region.", ("SAU", "IRN")),
    ("en", "Israel said in a statement that Iran had violated the agreement.", ("ISR", "IRN")),
    ("fa", "عربستان گفت ایران از تروریسم حمایت می‌کند.", ("SAU", "IRN")),
    ("ru", "Израиль заявил, что Иран поддерживает терроризм.", ("ISR", "IRN")),
    ("ru", "МИД России заявил, что США вмешиваются во внутренние дела страны.", ("RUS", "USA")),
    ("zh", "中国外交部表示，美国干涉中国内政。", ("CHN", "USA")),
    ("vi", "Trung Quốc cho rằng Mỹ can thiệp vào công việc nội bộ.", ("CHN", "USA")),
    ("th", "จีนระบุว่าสหรัฐฯ แทรกแซงกิจการภายใน", ("CHN", "USA")),
])
def test_a_bad_act_said_of_a_state_is_an_accusation(lexical, lang, text, pair):
    found = _found(lexical, lang, text)
    assert ("ACCUSE", *pair) in found
    assert not any(e == "SUPPORT" for e, _, _ in found)  # "supports terrorism" is no support between the states


@pytest.mark.parametrize("lang, text", [
    ("en", "Saudi Arabia said Iran was not interfering in the talks."),
    ("ru", "Израиль заявил, что Иран не вмешивается в выборы."),
    ("zh", "中国表示，美国不干涉台湾选举。"),
    ("vi", "Trung Quốc cho biết Mỹ không can thiệp."),
])
def test_a_denied_misdeed_is_no_accusation(lexical, lang, text):
    assert not any(e == "ACCUSE" for e, _, _ in _found(lexical, lang, text))
