from hypothesis import given
from hypothesis import strategies as st

from bilat.normalize import fold_latin, match_form, match_text, to_ascii_digits


def test_arabic_persian_letters_unify():
    assert match_text("علييف") == match_text("علیيف") == match_text("عليیف")
    assert match_text("كازاخستان") == match_text("کازاخستان")
    assert match_text("أذربيجان") == match_text("اذربیجان")


def test_tatweel_diacritics_zwnj_removed():
    assert match_text("روســيا") == match_text("روسيا")
    assert match_text("جُنْدِيًّا") == match_text("جنديا")
    assert match_text("می\u200cدانند") == match_text("میدانند")


def test_digits_to_ascii_keep_length():
    src = "۲۰۲۴ ٥ ๒๕๖๘ １２"
    out = to_ascii_digits(src)
    assert out == "2024 5 2568 12"
    assert len(out) == len(src)


def test_fold_latin_vietnamese():
    assert fold_latin("Ngô Xuân Lịch") == fold_latin("Ngo Xuan Lich") == "ngo xuan lich"
    assert fold_latin("Đặng Thị Ngọc Thịnh") == "dang thi ngoc thinh"


def test_span_maps_back_to_source():
    src = "ال\u200cروســيا Tô Lâm"
    f = match_form(src, fold_latin=True)
    i = f.text.index("to lam")
    s, e = f.span(i, i + len("to lam"))
    assert src[s:e] == "Tô Lâm"


@given(st.text())
def test_index_is_monotone_and_in_bounds(text):
    f = match_form(text, fold_latin=True)
    assert len(f.index) == len(f.text)
    assert all(0 <= i < len(text) for i in f.index)
    assert list(f.index) == sorted(set(f.index))
