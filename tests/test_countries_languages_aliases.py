"""Country words that name languages, spellings the gazetteer lacked, and capitals inside names (issue 10,
helper countries), each with invented sentences:
- a list of languages is one phrase: every country word between a language head (اللغة, زبان, tiếng) or before
  one (языках, languages, -language, ‌زبان) is a language, the others stay countries (data/actors.json
  ``language_heads``, ``entities._languages``);
- alternative spellings and old names (countries_extra.json): Vietnamese Nam Hàn, Bắc/Nam Triều Tiên, Miến
  Điện; Egyptian Arabic ج for g (بنجلاديش, أوجندا); Hong Kong and Taiwan Chinese (沙地阿拉伯, 中華民國); Thai สวิส;
  English Ivory Coast; Russian cases of Куба and Бразилия (Бразилиа, the capital, no longer takes Brazil's stem);
- a capital inside the name of a wall or an agreement (the Berlin Wall, جدار برلين, thỏa thuận Minsk) and before
  an outlet's title word (Taiwan News, Korea Times) is no government."""
from __future__ import annotations

import pytest
from conftest import named_states as states

from bilat import gazetteer
from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage(learn=False)


@pytest.mark.parametrize("text, lang, want", [
    ("نشرت الوزارة الوثيقة باللغة الروسية والصينية.", "ar", []),
    ("يعيش الآلاف في المنطقة الناطقة بالفرنسية من البلاد.", "ar", []),
    ("وقال الوزيران الروسي والصيني إن المحادثات كانت مثمرة.", "ar", ["CHN", "RUS"]),
    ("Договор составлен на русском и китайском языках.", "ru", []),
    ("В регионе говорят на турецком, русском и армянском языках.", "ru", []),
    ("Российский и китайский лидеры провели переговоры.", "ru", ["CHN", "RUS"]),
    ("The treaty was signed in the Russian and Chinese languages.", "en", []),
    ("A Japanese-language broadcaster aired the speech.", "en", []),
    ("Russian and Chinese diplomats met in Geneva.", "en", ["CHN", "RUS"]),
    ("Tài liệu được dịch sang tiếng Pháp và Đức.", "vi", []),
    ("Pháp và Đức ký thỏa thuận hợp tác.", "vi", ["DEU", "FRA"]),
    ("متن توافق به زبان‌های روسی و چینی منتشر شد.", "fa", []),
    ("وزیران روسی و چینی دیدار کردند.", "fa", ["CHN", "RUS"]),
    ("این کشورهای فرانسوی‌زبان در نشست شرکت کردند.", "fa", []),
    ("وقال الناطق الروسي إن موسكو سترد.", "ar", ["RUS"]),  # the Russian spokesman, no language
    ("Bắc Kinh lên tiếng Mỹ cần dừng các cuộc tập trận.", "vi", ["CHN", "USA"]),  # lên tiếng 'speak up'
    ("Trung Quốc lên tiếng, Mỹ phản đối.", "vi", ["CHN", "USA"]),
    ("در ایران زبان فارسی رسمی است.", "fa", ["IRN"]),  # a country's name before زبان is no language
])
def test_languages_in_lists(stage, text, lang, want):
    assert states(stage, text, lang) == want


@pytest.mark.parametrize("text, lang, want", [
    ("Quân đội Nam Hàn tăng cường tuần tra dọc biên giới.", "vi", ["KOR"]),
    ("Quan hệ giữa Nam Triều Tiên và Bắc Triều Tiên vẫn căng thẳng.", "vi", ["KOR", "PRK"]),
    ("Chính quyền Miến Điện trả tự do cho tù nhân.", "vi", ["MMR"]),
    ("Thủ tướng CH Séc thăm Hà Nội.", "vi", ["CZE"]),
    ("وصل رئيس وزراء بنجلاديش إلى القاهرة في زيارة رسمية.", "ar", ["BGD"]),
    ("وقعت مصر وأوجندا اتفاقا لتقاسم مياه النيل.", "ar", ["EGY", "UGA"]),
    ("沙地阿拉伯外長今日抵港訪問。", "zh", ["SAU"]),
    ("中華民國外交部發表聲明。", "zh", ["TWN"]),
    ("รัฐบาลสวิสประกาศมาตรการใหม่", "th", ["CHE"]),
    ("The Ivory Coast government recalled its envoy.", "en", ["CIV"]),
    ("Министр провёл переговоры с Бразилией и Кубой.", "ru", ["BRA", "CUB"]),
    ("Россия поставит Кубу нефть.", "ru", ["CUB", "RUS"]),
])
def test_spellings_and_old_names(stage, text, lang, want):
    assert states(stage, text, lang) == want


def test_brasilia_gives_no_stem():
    assert gazetteer.cyrillic_stem("бразилиа") is None
    assert gazetteer.cyrillic_stem("бразилия") == "бразили"


@pytest.mark.parametrize("text, lang, want", [
    ("Tourists still visit what is left of the Berlin Wall.", "en", []),
    ("احتفلت المدينة بذكرى سقوط جدار برلين.", "ar", []),
    ("Các bên cam kết tuân thủ thỏa thuận Minsk.", "vi", []),
    ("Taiwan News dẫn lời một quan chức cho biết.", "vi", []),
    ("Theo Korea Times, cuộc họp bị hoãn.", "vi", []),
    ("China News Service reported the visit.", "en", []),
])
def test_capital_and_country_inside_names(stage, text, lang, want):
    assert states(stage, text, lang) == want
