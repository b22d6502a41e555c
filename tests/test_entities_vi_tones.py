"""Vietnamese written with its diacritics matches a gazetteer person only with the same tones (entities.VI_TONES_EXACT):
Tân Cương (Xinjiang) is not Tần Cương (Qin Gang). The tone's place on oa/uy is a style (Hoà = Hòa), and a text
written without diacritics still matches folded. Sentences composed for the test."""
from __future__ import annotations

from conftest import person_mentions


def people(stage, text):
    return {m.text: m.entity for m in person_mentions(stage, text, "vi")}


def test_another_tone_is_another_word(stage):
    assert people(stage, "Mỹ đã trừng phạt các quan chức Trung Quốc về vấn đề Tân Cương.") == {}


def test_the_same_tones_match(stage):
    assert people(stage, "Ngoại trưởng Trung Quốc Tần Cương nói rằng Bắc Kinh phản đối.") == \
        {"Tần Cương": "bilat:person:qin-gang-chn"}


def test_the_old_place_of_the_tone_matches(stage):
    assert people(stage, "Phó Thủ tướng Trương Hoà Bình tiếp đoàn.")["Trương Hoà Bình"] == "bilat:person:truong-hoa-binh-vnm"


def test_a_text_without_diacritics_matches_folded(stage):
    assert people(stage, "Ngoai truong Trung Quoc Tan Cuong noi.") == {"Tan Cuong": "bilat:person:qin-gang-chn"}
