"""Figures of fresh Persian and Dari pages (issue 11, dev batch figs9): "همت", a unit word that carries its scale (a
thousand billion toman), and "تن" before a noun for people ("(۲۷۵) تن معلول"), which counts people, not tonnes.
Sentences written for these tests, not taken from the bench."""

from __future__ import annotations

from figs import got


def test_hemmat_is_a_thousand_billion_toman():
    assert got("دولت برای طرح مسکن ۱۲ همت اعتبار در نظر گرفت.", "fa") == [("۱۲ همت", 12e12, "toman")]
    assert got("بودجه این استان به 2.5 همت رسید.", "fa") == [("2.5 همت", 2.5e12, "toman")]


def test_hemmat_as_a_name_is_no_unit():
    assert got("بزرگراه شهید همت امروز بسته بود.", "fa") == []


def test_tan_before_a_noun_for_people_counts_people():
    assert got("به (۱۴۰) تن معلول و نابینا کمک نقدی داده شد.", "fa") == [("۱۴۰) تن", 140.0, "person")]
    assert got("برای ۶۰ تن زنان بیوه بسته غذایی توزیع شد.", "fa") == [("۶۰ تن", 60.0, "person")]


def test_tan_before_goods_stays_tonnes():
    assert got("امسال ۸۰۰ تن برنج و ۲۰ تن زغال وارد شد.", "fa") == [("۸۰۰ تن", 800.0, "tonne"), ("۲۰ تن", 20.0, "tonne")]
