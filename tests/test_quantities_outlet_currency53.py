"""A bare currency name several states share takes the state of the outlet's country-code domain when the text names
none of them (issue 11, dates53; ``outlet_currency`` in data/numbers.json): "200 درهم" on a Moroccan site is MAD, not
the Emirates' default; "8萬元" on a Taiwanese site is TWD. A state the text names still wins, 人民币 beside a figure
keeps it CNY, and with no outlet nothing changes. Sentences composed for the test."""

from __future__ import annotations

import dataclasses

import pytest

from bilat.records import Document
from bilat.stages.quantities import find_quantities, make_stage


def units(text: str, lang: str, outlet: str | None) -> list[str | None]:
    return [q.unit for q in find_quantities(text, lang, (), outlet)]


@pytest.mark.parametrize("text, lang, outlet, want", [
    ("قضت المحكمة بغرامة قدرها 500 درهم على المتهم.", "ar", "example.ma", ["MAD"]),
    ("قضت المحكمة بغرامة قدرها 500 درهم على المتهم.", "ar", None, ["AED"]),
    ("ارتفع سعر الكيلوغرام إلى 12 دينارا هذا الأسبوع.", "ar", "news.example.tn", ["TND"]),
    ("ارتفع سعر الكيلوغرام إلى 12 دينارات هذا الأسبوع.", "ar", "news.example.dz", ["DZD"]),
    ("ارتفع سعر الكيلوغرام إلى 12 دينارا هذا الأسبوع.", "ar", None, [None]),
    ("بلغ سعر الدولار في السوق الموازية 530 ريالا.", "ar", "example.ye", ["YER"]),
    ("وافقت الحكومة الكويتية على إنفاق 3 مليارات دينار.", "ar", "example.dz", ["KWD"]),  # the state named wins
    ("每公顷救助金额为6萬元。", "zh", "county.gov.tw", ["TWD"]),
    ("该项目耗资约3000万元人民币。", "zh", "example.tw", ["CNY"]),
    ("他被判罚款2000元。", "zh", "example.sg", ["SGD"]),
    ("他被判罚款2000元。", "zh", "example.cn", ["CNY"]),
    ("大陆多省遭遇暴雨,直接经济损失12亿元。", "zh", "example.tw", ["CNY"]),
    ("شرکت ۲۰۰ هزار درهم پرداخت کرد.", "fa", "example.ae", ["AED"]),
])
def test_outlet_domain_gives_a_shared_currency_name_its_state(text: str, lang: str, outlet: str | None, want: list) -> None:
    assert units(text, lang, outlet) == want


def test_the_stage_reads_the_outlet_from_the_url() -> None:
    doc = Document(id="d", source="t", original="", text="قضت المحكمة بغرامة قدرها 500 درهم على المتهم.", lang="ar",
                   url="https://www.example.ma/article/1")
    assert [q.unit for q in make_stage()(doc).quantities] == ["MAD"]
    assert [q.unit for q in make_stage()(dataclasses.replace(doc, url=None)).quantities] == ["AED"]
