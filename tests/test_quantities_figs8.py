"""Figures of fresh Arabic and Persian pages (issue 11, dev batch figs8): Persian number words typed together
(پنجهزار, دومیلیارد, چهارونیم), a Persian compound whose later part is in words (۲ میلیون و سیصد هزار), the same scale
word again as the next item of a list (۱۸ میلیون و ۱۱ میلیون), a "شمار/تعداد ... به N تن" count of people, an Arabic
text that groups thousands with dots (1.151.010 ... 228.704) and the article before a grouped number (الـ55.000 متفرج).
Sentences written for these tests, not taken from the bench."""

from __future__ import annotations

from figs import got

from bilat.stages.numerals import fa_unglued, word_number


def test_persian_number_words_typed_together():
    assert fa_unglued("سههزار") == "سه هزار"
    assert word_number("سههزار", "fa") == 3000.0
    assert word_number("دومیلیون", "fa") == 2e6
    assert word_number("یکونیم میلیارد", "fa") == 1.5e9
    assert got("شهرداری امسال هفتهزار نهال در پارک کاشت.", "fa") == [("هفتهزار", 7000.0, None)]
    assert got("کالاها به ارزش سهمیلیارد و 400 میلیون ریال کشف شد.", "fa") == [
        ("سهمیلیارد و 400 میلیون ریال", 3.4e9, "IRR")]


def test_glued_words_that_are_no_numbers_stay_words():
    # "سینه" (chest) is سی + نه, "سهشنبه" Tuesday, "دوهفته" two weeks: only a scale word or "ونیم" may be glued on
    assert got("او از درد سینه در روز سهشنبه شکایت کرد.", "fa") == []


def test_persian_compound_with_a_later_part_in_words():
    assert got("این بندر سال گذشته ۳ میلیون و دویست هزار تن کالا جابه جا کرد.", "fa") == [
        ("۳ میلیون و دویست هزار تن", 3.2e6, "tonne")]
    # a half after the scale stays the half rule's
    assert got("۴ میلیون و نیم نفر رای دادند.", "fa") == [("۴ میلیون و نیم نفر", 4.5e6, "person")]


def test_the_same_scale_word_again_is_a_list_not_a_compound():
    assert got("شیراز و تبریز با ۲۰ میلیون و ۹ میلیون مسافر در رده های بعدی هستند.", "fa") == [
        ("۲۰ میلیون", 2e7, None), ("۹ میلیون مسافر", 9e6, "person")]  # مسافر: data/person_nouns.json "fa" (figs13fa)
    assert got("ارزش آن ۳ میلیارد و ۲۰۰ میلیون تومان است.", "fa") == [("۳ میلیارد و ۲۰۰ میلیون تومان", 3.2e9, "toman")]


def test_a_number_of_people_reaching_n_tan():
    assert got("شمار پناهجویان در این اردوگاه به سه هزار تن رسید.", "fa") == [("سه هزار تن", 3000.0, "person")]
    assert got("میزان تولید گندم به سه هزار تن رسید.", "fa") == [("سه هزار تن", 3000.0, "tonne")]


def test_an_arabic_text_that_groups_thousands_with_dots():
    assert got("وصل 2.340.118 زائرا، بزيادة قدرها 112.560 عن العام الماضي.", "ar") == [
        ("2.340.118 زائرا", 2340118.0, "person"), ("112.560", 112560.0, None)]
    # with a decimal point of one or two digits in the text the single dot stays a decimal point
    assert got("وصل 2.340.118 زائرا وارتفع المؤشر 1.25 نقطة إلى 112.560", "ar")[-1][1] != 112560.0


def test_the_article_before_a_number_grouped_in_thousands():
    assert got("حضر المباراة أكثر من الـ40.000 مشجع.", "ar") == [("40.000 مشجع", 40000.0, "person")]
    assert got("في الدقيقة الـ45 سجل اللاعب هدفا.", "ar") == []
