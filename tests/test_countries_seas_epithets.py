"""Country names inside a longer name that is no country, and epithets that are one (issue 10, country
precision and recall): a sea, peninsula or ocean named after a country (Thai ทะเลจีนใต้, Arabic بحر الصين
الجنوبي, Persian دریای چین جنوبی: blocked as in en ru vi zh de), a language (Thai ภาษาไทย), and the
epithets Whitehall (a seat of government, like the Kremlin) and Туманный Альбион (Britain). Sentences
composed for the test."""
from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage(learn=False)


def states(stage, text: str, lang: str) -> list[str]:
    """The countries a text names as states, as bench/countries.py counts them."""
    doc = stage(Document(id="t", source="t", original=text, text=text, lang=lang))
    return sorted({m.iso3 for m in doc.mentions if m.iso3 and (m.kind == "country" or m.form == "capital")})


@pytest.mark.parametrize("text, lang, want", [
    # a sea, peninsula or ocean named after a country names no country
    ("เรือประมงแล่นผ่านทะเลจีนใต้เมื่อวานนี้", "th", []),
    ("สถานการณ์ในคาบสมุทรเกาหลีตึงเครียด", "th", []),
    ("พายุก่อตัวในมหาสมุทรอินเดีย", "th", []),
    ("تتصاعد التوترات في بحر الصين الجنوبي", "ar", []),
    ("المحيط الهندي يشهد عواصف قوية", "ar", []),
    ("تنش‌ها در دریای چین جنوبی افزایش یافت", "fa", []),
    ("Hai tàu khu trục đã đi qua Ấn Độ Dương - Thái Bình Dương tuần trước.", "vi", []),
    ("Quả tên lửa rơi xuống biển Nhật Bản sau 30 phút bay.", "vi", []),
    ("The test missile splashed down in the Sea of Japan late on Monday.", "en", []),
    # near-misses: the same country named beside the sea or language is still found
    ("Ấn Độ điều tàu chiến tới Ấn Độ Dương.", "vi", ["IND"]),
    ("Japan said the missile fell into the Sea of Japan.", "en", ["JPN"]),
    ("ไทยจะหารือเรื่องทะเลจีนใต้กับจีน", "th", ["CHN", "THA"]),
    ("الصين ترفض أي تدخل في بحر الصين الجنوبي", "ar", ["CHN"]),
    # a language is no country; the people and the state still are
    ("เขาสอนภาษาไทยให้นักเรียนลาว", "th", ["LAO"]),
    ("รัฐบาลไทยและชาวไทยยินดีต้อนรับ", "th", ["THA"]),
    # epithets
    ("Whitehall officials said the plan would cost more.", "en", ["GBR"]),
    ("Туманный Альбион ответил на ноту.", "ru", ["GBR"]),
    ("Посол Туманного Альбиона вызван в МИД.", "ru", ["GBR"]),
    ("Туманное утро опустилось на город.", "ru", []),
])
def test_states(stage, text, lang, want):
    assert states(stage, text, lang) == want
