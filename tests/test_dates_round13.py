"""Relative dates, round thirteen (issue 11, dates5): composed sentences, each with the near form that must stay."""
from bilat.stages.dates import find_dates

PUB = "2024-03-12"  # a Tuesday


def _read(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, lang, PUB)]


def test_vi_ordinal_day_of_is_no_weekday():
    assert _read("Vào ngày thứ hai của chuyến thăm, Chủ tịch nước đã gặp Thủ tướng.", "vi") == []
    assert _read("Đây là ngày thứ ba liên tiếp giá dầu giảm.", "vi") == []
    assert _read("Hôm thứ hai, Thủ tướng đã đến Hà Nội.", "vi") == [("Hôm thứ hai", "2024-03-11")]
    assert _read("Hội nghị sẽ khai mạc vào thứ Hai của tuần sau.", "vi") == [("vào thứ Hai của tuần sau", "2024-03-18")]


def test_ru_nakanune_alone_is_the_day_before_publication():
    assert _read("Накануне министр заявил о готовности к переговорам.", "ru") == [("Накануне", "2024-03-11")]
    assert _read("Как сообщалось накануне, делегация прибыла в Москву.", "ru") == [("накануне", "2024-03-11")]
    assert _read("Посол накануне встретился с министром.", "ru") == [("накануне", "2024-03-11")]
    assert _read("Накануне визита министр заявил о готовности.", "ru") == []
    assert _read("Накануне выборов прошла акция протеста.", "ru") == []


def test_ru_counted_decades_ago():
    assert _read("Страны подписали договор два десятилетия назад.", "ru") == [("два десятилетия назад", "2004")]
    assert _read("Десятилетия назад здесь был лес.", "ru") == []


def test_th_counted_decades_ago():
    assert _read("ทั้งสองประเทศลงนามสนธิสัญญาเมื่อสองทศวรรษก่อน", "th") == [("สองทศวรรษก่อน", "2004")]
    assert _read("ทั้งสองประเทศลงนามสนธิสัญญาเมื่อทศวรรษที่แล้ว", "th") == []
    assert _read("ในช่วงสองทศวรรษที่ผ่านมา เศรษฐกิจเติบโต", "th") == []
