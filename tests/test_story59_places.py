"""A Vietnamese place after its label TP or TX (thành phố, thị xã, written without a dot) is a place, not part of a
longer name (issue 12, story59: "TP Mandalay", "TP Hải Phòng" gave two xl dev reports no place; data/place_labels.json,
``entities._in_longer_name``)."""

import pytest

from bilat.ingest import document_from_raw
from bilat.pipeline import Pipeline
from bilat.records import RawArticle


@pytest.fixture(scope="module")
def tag():
    pipeline = Pipeline(until="entities")

    def places(text: str) -> list[tuple[str, str]]:
        doc = pipeline(document_from_raw(RawArticle(source="t", text=text)))
        return [(m.text, m.entity) for m in doc.mentions if m.kind == "place"]

    return places


def test_a_place_after_tp_is_read(tag):
    found = tag("Miền Trung Myanmar xảy ra trận động đất mạnh 7,7 độ richter, với tâm chấn gần TP Mandalay, đài CNN "
                "dẫn thông tin từ Cơ quan Khảo sát Địa chất Mỹ.")
    assert ("Mandalay", "Q185518") in found


def test_a_province_after_tp_is_read_beside_one_with_a_dot(tag):
    found = dict(tag("Bão Yagi đổ bộ vào TP Hải Phòng và tỉnh Quảng Ninh, TP. Hạ Long bị ảnh hưởng nặng."))
    assert {"Hải Phòng", "Quảng Ninh", "Hạ Long"} <= set(found)


def test_a_capitalised_word_after_the_place_still_makes_a_longer_name(tag):
    assert tag("Ông TP Hải Phòng Nguyễn nói chuyện với báo chí.") == []
