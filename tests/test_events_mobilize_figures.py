"""A deployment with a troop figure and a recipient is a MOBILIZE beside the figures event in every language
(events.MOBILIZE_FIGURE_LANGS), but a parade or ceremony (data 'parade', plover.PARADE) keeps the figures event
alone. Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import make_doc, pairs

from bilat import plover

CASES = [  # (lang, text, actor surface, recipient surface, figure surface)
    ("en", "Russia deployed 40000 troops to the border with Ukraine.", "Russia", "Ukraine", "40000 troops"),
    ("zh", "中国向印度边境增兵两万名士兵。", "中国", "印度", "两万名士兵"),
    ("ru", "Россия перебросила 40000 военнослужащих к границе с Украиной.", "Россия", "Украиной",
     "40000 военнослужащих"),
    ("fa", "روسیه ۴۰۰۰۰ سرباز به مرز اوکراین اعزام نیرو کرد.", "روسیه", "اوکراین", "۴۰۰۰۰ سرباز"),
    ("ar", "قالت روسيا إنها ستواصل نشر قوات قوامها 40000 جندي على حدود أوكرانيا.", "روسيا", "أوكرانيا",
     "40000 جندي"),
    ("th", "รัสเซียส่งทหาร 40000 นายไปยังชายแดนยูเครน", "รัสเซีย", "ยูเครน", "ทหาร 40000 นาย"),
]


def _doc(lang, text, a, b, fig):
    codes = ("CHN", "IND") if lang == "zh" else ("RUS", "UKR")
    ms = [(a, codes[0], "country"), (b, codes[1], "country")]
    return make_doc(text, lang, ms, quantities=[(fig, 40000.0, "soldier", "count")]), codes


@pytest.mark.parametrize("lang, text, a, b, fig", CASES)
def test_a_deployment_with_a_figure_is_a_mobilize_too(lexical, lang, text, a, b, fig):
    doc, (x, y) = _doc(lang, text, a, b, fig)
    got = pairs(lexical(doc))
    assert ("MOBILIZE", x, y) in got
    assert (plover.FIGURES, x, y) in got


@pytest.mark.parametrize("lang, text, a, b, fig", [
    ("en", "Russia deployed 40000 troops for a military parade near Ukraine.", "Russia", "Ukraine", "40000 troops"),
    ("zh", "中国部署两万名士兵参加阅兵，印度观礼。", "中国", "印度", "两万名士兵"),
    ("ru", "Россия мобилизовала 40000 военнослужащих для парада у границы с Украиной.", "Россия", "Украиной",
     "40000 военнослужащих"),
    ("fa", "روسیه ۴۰۰۰۰ سرباز برای رژه در مرز اوکراین اعزام نیرو کرد.", "روسیه", "اوکراین", "۴۰۰۰۰ سرباز"),
    ("th", "รัสเซียส่งทหาร 40000 นายร่วมพิธีสวนสนามใกล้ยูเครน", "รัสเซีย", "ยูเครน", "ทหาร 40000 นาย"),
])
def test_a_parade_keeps_the_figures_event_alone(lexical, lang, text, a, b, fig):
    doc, _ = _doc(lang, text, a, b, fig)
    got = pairs(lexical(doc))
    assert all(e != "MOBILIZE" for e, *_ in got)
    assert any(e == plover.FIGURES for e, *_ in got)


def test_no_recipient_no_mobilize_beside_the_figures(lexical):
    doc = make_doc("Russia deployed 40000 troops on Monday.", "en", [("Russia", "RUS", "country")],
                   quantities=[("40000 troops", 40000.0, "soldier", "count")])
    assert all(e != "MOBILIZE" for e, *_ in pairs(lexical(doc)))
