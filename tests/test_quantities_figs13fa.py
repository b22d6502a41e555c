"""Issue 11, figs13fa: Persian forms of a fresh dev round (sentences composed for the tests, none copied from a row)."""

from __future__ import annotations

from figs import got


def test_person_nouns_one_lexicon_two_of_people():
    # "دو" before a noun for people (data/person_nouns.json "fa"): person, or the noun's own narrower unit
    assert got("دیروز دو زن در این روستا زخمی شدند.", "fa") == [("دو زن", 2.0, "person")]
    assert got("دو نماینده شهر به این جلسه آمدند.", "fa") == [("دو نماینده", 2.0, "lawmaker")]
    assert got("دو سرباز مرزبان جان باختند.", "fa") == [("دو سرباز", 2.0, "soldier")]  # counted once
    assert got("دو کشور همسایه توافق کردند.", "fa") == []


def test_person_nouns_after_tan_are_people():
    assert got("۴۰ تن زن روستایی در این کارگاه آموزش دیدند.", "fa") == [("۴۰ تن", 40.0, "person")]
    assert got("۴۰ تن گندم به انبار رسید.", "fa") == [("۴۰ تن", 40.0, "tonne")]


def test_number_words_with_a_glued_and_or_preposition():
    # "و" typed against the number word before it, or "و"/"در"/"از" against a number of two words or more
    assert got("امسال هشتادو سه هزار تُن برنج برداشت شد.", "fa") == [("هشتادو سه هزار تُن", 83000.0, "tonne")]
    assert got("گندم درچهل و دو هزار هکتار کشت شد.", "fa") == [("چهل و دو هزار هکتار", 42000.0, "ha")]
    assert got("سیب برداشت شد وششصد و نه تن آن صادر شد.", "fa") == [("ششصد و نه تن", 609.0, "tonne")]
    assert got("ازهفتاد و یک هزار نفر ثبت نام شد.", "fa") == [("هفتاد و یک هزار نفر", 71000.0, "person")]
    # one word after "در" is another word ("درسی": of lessons), and "سهو" (a mistake) no number
    assert got("کتاب درسی و پنج دفتر خرید.", "fa") == [("پنج دفتر", 5.0, None)]
    assert got("این یک سهو بود.", "fa") == []


def test_unit_names_with_or_without_their_space_or_zwnj():
    # a Persian unit name of two parts with a space, a ZWNJ or nothing between (pages often lose the ZWNJ)
    assert got("ذخیره سد به ۴۰۰ میلیون مترمکعب رسید.", "fa") == [("۴۰۰ میلیون مترمکعب", 4e8, "m3")]
    assert got("ذخیره سد به ۴۰۰ میلیون متر مکعب رسید.", "fa") == [("۴۰۰ میلیون متر مکعب", 4e8, "m3")]
    assert got("۶۰۰ دانشآموز در این مسابقه شرکت کردند.", "fa") == [("۶۰۰ دانشآموز", 600.0, "student")]
    assert got("قیمتها نه در صد بالا رفت.", "fa") == [("نه در صد", 9.0, "percent")]
    assert got("در صد سال گذشته چنین سیلی نیامده بود.", "fa") == []


def test_counted_pupils_missiles_ships_dams_bridges():
    assert got("این مکتب ۸۰۰ شاگرد دارد.", "fa") == [("۸۰۰ شاگرد", 800.0, "student")]
    assert got("سپاه سه فروند موشک شلیک کرد.", "fa") == [("سه فروند موشک", 3.0, "missile")]
    assert got("دو فروند کشتی توقیف شد.", "fa") == [("دو فروند کشتی", 2.0, "ship")]
    assert got("سیل ۱۴ پل و ۳ سد را ویران کرد.", "fa") == [("۱۴ پل", 14.0, None), ("۳ سد", 3.0, None)]


def test_arabic_thousands_sign_before_one_or_two_digits_is_a_decimal():
    assert got("این پروژه ۲۴٬۶ میلیون افغانی هزینه دارد.", "fa") == [("۲۴٬۶ میلیون افغانی", 24.6e6, "AFN")]
    assert got("نرخ بیکاری ۱۱٬۲۵ درصد شد.", "fa") == [("۱۱٬۲۵ درصد", 11.25, "percent")]
    assert got("۲٬۴۰۰ نفر ثبت نام کردند.", "fa") == [("۲٬۴۰۰ نفر", 2400.0, "person")]  # three digits: thousands


def test_dari_units_and_the_lakh():
    # Dari (Afghan Persian) words: فیصد percent, لک a hundred thousand, متریک تن tonnes, عراده and باب classifiers,
    # موتر vehicles, کلدار the Pakistani rupee
    assert got("بیکاری به ۳۵ فیصد رسید.", "fa") == [("۳۵ فیصد", 35.0, "percent")]
    assert got("این مکتب چهار لک افغانی هزینه برداشت.", "fa") == [("چهار لک افغانی", 400000.0, "AFN")]
    assert got("دولت ۲.۵ لک دالر کمک کرد.", "fa") == [("۲.۵ لک دالر", 250000.0, "USD")]
    assert got("۶۰۰ متریک تن کود توزیع شد.", "fa") == [("۶۰۰ متریک تن", 600.0, "tonne")]
    assert got("سه عراده موتر حامل مواد غذایی رسید.", "fa") == [("سه عراده موتر", 3.0, "vehicle")]
    assert got("دو باب مکتب در این ولسوالی ساخته شد.", "fa") == [("دو باب", 2.0, None)]
    assert got("کرایه به ۴۰۰ کلدار رسید.", "fa") == [("۴۰۰ کلدار", 400.0, "PKR")]
    assert got("لک لک ها به این دریاچه آمدند.", "fa") == []


def test_a_remainder_after_a_scale_word_with_no_and():
    # "N میلیون M noun": a remainder of 1-3 digits with no scale and no "و" adds to the figure before it
    assert got("تاکنون ۳ میلیون ۴۱۵ زائر ثبت نام کرده اند.", "fa") == [("۳ میلیون ۴۱۵ زائر", 3000415.0, "person")]
    assert got("۴ هزار ۲۰۰ نفر آواره شدند.", "fa") == [("۴ هزار ۲۰۰ نفر", 4200.0, "person")]
    assert got("۲ میلیون ۶۰۰ هزار تومان وام گرفت.", "fa") == [("۲ میلیون ۶۰۰ هزار تومان", 2600000.0, "toman")]
    # no noun after the remainder: two figures stay apart (a year after a scale word is no remainder)
    assert got("بودجه ۸ میلیون تومان و سال ۱۴۰۲ بود.", "fa")[0] == ("۸ میلیون تومان", 8e6, "toman")


def test_the_figure_again_in_digits_in_brackets_after_its_words():
    assert got("جریمه او دو میلیون (000 000 2) ریال است.", "fa") == [("دو میلیون (000 000 2) ریال", 2e6, "IRR")]
    assert got("جریمه او سه میلیون (۳۰۰۰۰۰۰) تومان است.", "fa") == [("سه میلیون (۳۰۰۰۰۰۰) تومان", 3e6, "toman")]


def test_dari_hundreds_and_number_words_glued_by_and():
    # Dari writes the hundreds apart ("دو صد" 200, "سه صد و پنجاه هزار" 350,000) and after a digit ("9 صد" 900)
    assert got("دو صد خانواده کمک گرفتند.", "fa") == [("دو صد خانواده", 200.0, None)]
    assert got("سه صد و پنجاه هزار افغانی پرداخت شد.", "fa") == [("سه صد و پنجاه هزار افغانی", 350000.0, "AFN")]
    assert got("۷ صد متریک تن گندم رسید.", "fa") == [("۷ صد متریک تن", 700.0, "tonne")]
    assert got("صد و بیست نفر آمدند.", "fa") == [("صد و بیست نفر", 120.0, "person")]
    # "و" typed against the number words on both sides (a page that lost its ZWNJs)
    assert got("سیوهشت هزار نفر ثبت نام کردند.", "fa") == [("سیوهشت هزار نفر", 38000.0, "person")]
    assert got("نرخ تورم به چهلوپنج درصد رسید.", "fa") == [("چهلوپنج درصد", 45.0, "percent")]
    assert got("این یک سهو بود و صدها نفر آمدند.", "fa") == []


def test_neighbours_currencies_named_with_their_country():
    assert got("هر دلار به ۴۰ لیر ترکیه رسید.", "fa") == [("۴۰ لیر ترکیه", 40.0, "TRY")]
    assert got("بلیت ۳۵۰ درهم امارات است.", "fa") == [("۳۵۰ درهم امارات", 350.0, "AED")]
    assert got("قیمت ۹۰ روپیه هند شد.", "fa") == [("۹۰ روپیه هند", 90.0, "INR")]
    assert got("۵ میلیارد وون سرمایه گذاری شد.", "fa") == [("۵ میلیارد وون", 5e9, "KRW")]


def test_a_currency_named_in_another_sentence_after_a_word_of_money():
    text = "دولت ۷۰۰ میلیون دالر کمک گرفت. این کشور ۴۰ میلیون نفر جمعیت دارد. از این پول ۳۰۰ میلیون به صحت می رسد."
    assert got(text, "fa")[-1] == ("۳۰۰ میلیون", 3e8, "USD")
    # no word of money before it: a bare figure stays a cardinal; amounts in two currencies: none is guessed
    assert got("دولت ۷۰۰ میلیون دالر کمک گرفت. جمعیت این کشور ۴۰ میلیون نفر و شهر ۶ میلیون است.", "fa")[-1] == (
        "۶ میلیون", 6e6, None)
    assert got("۵ میلیون دلار و ۲ میلیارد ریال آمد. مبلغ ۳ میلیون هم آمد.", "fa")[-1] == ("۳ میلیون", 3e6, None)


def test_a_unit_typed_against_a_scale_word_in_words():
    assert got("کالای قاچاق به ارزش ازسهمیلیاردریال کشف شد.", "fa") == [("سهمیلیاردریال", 3e9, "IRR")]
    assert got("بلیت هشتهزارتومان است.", "fa") == [("هشتهزارتومان", 8000.0, "toman")]


def test_persian_people_nouns_are_person_and_a_decimal_tan_is_tonnes():
    assert got("۱۲ بازیکن این تیم ملی شدند.", "fa") == [("۱۲ بازیکن", 12.0, "person")]
    assert got("۸ خبرنگار بازداشت شدند.", "fa") == [("۸ خبرنگار", 8.0, "person")]
    # a count of people is whole: after a count of people in the sentence, "۲۲.۵ تن" is still tonnes
    assert got("پلیس ۹۰ قاچاقچی را گرفت و گفت: امسال ۲۲.۵ تن مواد کشف شد.", "fa") == [
        ("۹۰ قاچاقچی", 90.0, None), ("۲۲.۵ تن", 22.5, "tonne")]
