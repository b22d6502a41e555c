"""Issue 11, dates53. Sentences composed for the test.
- "3M公司": digits with a glued capital multiplier letter that name a company (the company word before or after it)
  are no figure; "100K" of users stays 100,000.
- ar "ثلاثة نقطة خمسة": نقطة between two number words is a decimal point (3.5), elsewhere a counted noun (20 points).
- zh 傢, the traditional form written for the classifier 家: "三傢公司" counts three companies."""

from __future__ import annotations

import pytest

from bilat.stages.quantities import find_quantities


def run(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text, lang)]


@pytest.mark.parametrize("text, lang", [
    ("美国3M公司周二宣布在华扩建工厂。", "zh"),
    ("3M中国有限公司发布声明。", "zh"),
    ("أعلنت شركة 3M الأمريكية عن منتج جديد.", "ar"),
    ("شرکت 3M آمریکا محصول تازه‌ای عرضه کرد.", "fa"),
    ("Tập đoàn 3M của Mỹ mở nhà máy mới.", "vi"),
    ("บริษัท 3M ประกาศผลประกอบการ", "th"),
    ("Компания 3M объявила о сокращениях.", "ru"),
    ("3M Co. said on Tuesday it would build a plant.", "en"),
])
def test_a_lettered_company_name_is_no_figure(text: str, lang: str) -> None:
    assert [q for q in find_quantities(text, lang) if q.text.startswith("3M")] == []


@pytest.mark.parametrize("text, lang, want", [
    ("3M公司宣布裁员2000人。", "zh", [("2000人", 2000.0, "person")]),
    ("该应用的用户超过100K。", "zh", [("100K", 1e5, None)]),
    ("جمعت الحملة $3M خلال أسبوع.", "ar", [("$3M", 3e6, "USD")]),
])
def test_lettered_figures_elsewhere_stay(text: str, lang: str, want: list) -> None:
    assert run(text, lang) == want


@pytest.mark.parametrize("text, want", [
    ("سجل الاقتصاد نموا بنسبة ثلاثة نقطة خمسة في المئة هذا العام.", [("ثلاثة نقطة خمسة في المئة", 3.5, "percent")]),
    ("بلغ العجز اثنين نقطة سبعة مليار دولار.", [("اثنين نقطة سبعة مليار دولار", 2.7e9, "USD")]),
    ("ثلاثة نقطة خمسة", [("ثلاثة نقطة خمسة", 3.5, None)]),
])
def test_ar_nuqta_between_number_words_is_a_decimal_point(text: str, want: list) -> None:
    assert run(text, "ar") == want


@pytest.mark.parametrize("text, want", [
    ("حصل الفريق على عشرين نقطة في البطولة.", [("عشرين نقطة", 20.0, None)]),
    ("سجل اللاعب ثلاثين نقطة وخمس تمريرات حاسمة.", [("ثلاثين نقطة", 30.0, None), ("خمس تمريرات", 5.0, None)]),
])
def test_ar_nuqta_counted_stays_a_count(text: str, want: list) -> None:
    assert run(text, "ar") == want


def test_zh_traditional_jia_classifier() -> None:
    assert run("共有三傢公司參與競標。", "zh") == [("三傢公司", 3.0, "company")]
