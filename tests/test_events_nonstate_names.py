"""Names that hold a country but are no state acting (issue 10, evnonstate): an outlet's quoted name after a media
word, an Arabic-script media word with its article or a clitic ("الإذاعة الإسرائيلية", "لشبكة « سي ان ان »
الأمريكية"), Chinese titles in 《》 (a law, a treaty, a paper) and a country before a paper's title ("英国《金融时报》"),
national teams, airlines, banks and universities named after a country (event_lexicon.json media, nonstate_head).
Each case has a twin where the country acts. Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import make_doc

from bilat.stages import events

C = "country"


def codes(text, lang, mentions):
    doc = make_doc(text, lang, mentions, published="2024-03-01")
    return [p.code for p in events.parties(doc.text, doc.mentions, None, lang)]


@pytest.mark.parametrize("lang,text,mentions,want", [
    # Arabic-script media words with the article or a clitic, the demonym with its article
    ("ar", "ونقلت الإذاعة الإسرائيلية أن إيران هددت المنطقة.", [("إسرائيلية", "ISR", C), ("إيران", "IRN", C)],
     ["IRN"]),
    ("ar", "وقالت الحكومة الإسرائيلية إن إيران هددت المنطقة.", [("إسرائيلية", "ISR", C), ("إيران", "IRN", C)],
     ["ISR", "IRN"]),
    ("ar", "وتشير الصحافة الأرجنتينية إلى أن الاتهام موجه إلى اليمن.", [("أرجنتينية", "ARG", C), ("اليمن", "YEM", C)],
     ["YEM"]),
    # the outlet's quoted name between the media word and the demonym; a clitic on the media word
    ("ar", "كما قالا لشبكة « سي ان ان » الأمريكية إن السعودية رفضت.", [("أمريكية", "USA", C), ("السعودية", "SAU", C)],
     ["SAU"]),
    ("ar", 'وقالت قناة "اكسبريس نيوز" الباكستانية إن الصين وافقت.', [("باكستانية", "PAK", C), ("الصين", "CHN", C)],
     ["CHN"]),
    # a clause after the media word: the demonym there is no outlet's ("told the press that the French partners")
    ("ar", "وأبرز الوزير في تصريح للصحافة أن الشركاء الفرنسيين مسرورون بالمغرب.",
     [("فرنسيين", "FRA", C), ("المغرب", "MAR", C)], ["FRA", "MAR"]),
    # Persian: the country opens the outlet's quoted name
    ("fa", 'نشریه "ایران پرس دایجست" نوشت آمریکا تهدید کرد.', [("ایران", "IRN", C), ("آمریکا", "USA", C)], ["USA"]),
    ("fa", "دولت ایران نوشت آمریکا تهدید کرد.", [("ایران", "IRN", C), ("آمریکا", "USA", C)], ["IRN", "USA"]),
    # national teams, airlines, banks
    ("fa", "تیم ملی فوتبال ایران عربستان را شکست داد.", [("ایران", "IRN", C), ("عربستان", "SAU", C)], ["SAU"]),
    ("ar", "فاز منتخب مصر على تونس.", [("مصر", "EGY", C), ("تونس", "TUN", C)], ["TUN"]),
    ("zh", "中国队战胜日本队。", [("中国", "CHN", C), ("日本", "JPN", C)], []),
    ("zh", "中国军队警告日本。", [("中国", "CHN", C), ("日本", "JPN", C)], ["CHN", "JPN"]),
    ("vi", "Đội tuyển Việt Nam thắng Thái Lan.", [("Việt Nam", "VNM", C), ("Thái Lan", "THA", C)], ["THA"]),
    ("th", "ทีมชาติไทยชนะเวียดนาม", [("ไทย", "THA", C), ("เวียดนาม", "VNM", C)], ["VNM"]),
    ("ru", "Сборная России обыграла Украину.", [("России", "RUS", C), ("Украину", "UKR", C)], ["UKR"]),
    ("en", "Egypt's national team beat Tunisia on Monday.", [("Egypt", "EGY", C), ("Tunisia", "TUN", C)], ["TUN"]),
    ("en", "Egypt's foreign minister criticised Tunisia.", [("Egypt", "EGY", C), ("Tunisia", "TUN", C)],
     ["EGY", "TUN"]),
    ("en", "A Chinese bank agreed to lend money to Kenya.", [("Chinese", "CHN", C), ("Kenya", "KEN", C)], ["KEN"]),
])
def test_a_country_in_a_non_state_name_is_no_party(lang, text, mentions, want):
    assert codes(text, lang, mentions) == want


@pytest.mark.parametrize("text,mentions,want", [
    # a country inside 《》 names a law, a treaty or a paper
    ("美國《台灣旅行法》通過後，蔡英文過境美國。", [("美國", "USA", C), ("台灣", "TWN", C), ("美國", "USA", C, 1)],
     ["USA", "USA"]),
    ("北京破壞《中英聯合聲明》下的承諾。", [("中", "CHN", C), ("英", "GBR", C)], []),
    # a country before a paper's title: the paper's country
    ("据英国《金融时报》报道，朝鲜向中国派出特使。", [("英国", "GBR", C), ("朝鲜", "PRK", C), ("中国", "CHN", C)],
     ["PRK", "CHN"]),
    ("美國《時代》周刊稱日本批評中國。", [("美國", "USA", C), ("日本", "JPN", C), ("中國", "CHN", C)], ["JPN", "CHN"]),
    # a communiqué (公报) is no paper: its parties stay
    ("美方在中美《建交公報》中作出承諾。", [("中", "CHN", C), ("美", "USA", C, 1)], ["CHN", "USA"]),
])
def test_zh_titles(text, mentions, want):
    assert codes(text, "zh", mentions) == want


@pytest.mark.parametrize("lang,text,mentions,want", [
    ("ru", "Промышленный и коммерческий банк Китая купил долю в американском банке.",
     [("Китая", "CHN", C), ("американском", "USA", C)], []),
    ("ru", "Правительство Китая осудило американское решение.", [("Китая", "CHN", C), ("американское", "USA", C)],
     ["CHN", "USA"]),
    ("vi", "Phòng Thương mại Mỹ tại Trung Quốc cho biết.", [("Mỹ", "USA", C), ("Trung Quốc", "CHN", C)], ["CHN"]),
])
def test_banks_and_chambers_are_no_state(lang, text, mentions, want):
    assert codes(text, lang, mentions) == want
