"""figs11 (issue 11): hard Arabic and Persian figures, on sentences written for the tests."""
from bilat.stages.quantities import find_quantities


def _found(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text, lang, [])]


def test_ar_scale_word_and_a_half_glued_to_its_waw() -> None:
    # "مليون ونصف" with no noun after it: a million and a half, a cardinal as "مليونا شخص"
    got = _found("وقد فر مليون ونصف من سكان المدينة خلال الحرب.", "ar")
    assert ("مليون ونصف", 1_500_000.0, None) in got


def test_ar_scale_word_alone_stays_no_figure() -> None:
    # a scale word alone with nothing after it is still no figure ("ألف ليلة وليلة")
    assert _found("قرأت ألف ليلة وليلة في صغري.", "ar") == []


def test_fa_tan_in_a_list_after_a_count_of_people_counts_people() -> None:
    text = "در این حادثه ۱۲ سرباز در انفجار، ۳۰۰ تن در درگیری‌ها و ۴۰ تن پس از انتقال به بیمارستان جان باختند."
    got = _found(text, "fa")
    assert ("۳۰۰ تن", 300.0, "person") in got
    assert ("۴۰ تن", 40.0, "person") in got


def test_fa_tan_after_a_count_of_things_stays_tonnes() -> None:
    got = _found("امسال ۲۰۰ کامیون و ۵۰۰ تن گندم به عراق صادر شد.", "fa")
    assert ("۵۰۰ تن", 500.0, "tonne") in got


def test_ar_range_in_words_both_ends_take_the_scale() -> None:
    got = _found("نزح ما بين سبعة وتسعة ملايين شخص عن ديارهم.", "ar")
    assert ("سبعة", 7_000_000.0, "person") in got
    assert ("تسعة ملايين شخص", 9_000_000.0, "person") in got


def test_ar_range_words_then_digits() -> None:
    got = _found("تراوحت الخسائر بين أربعة و12 مليار دولار.", "ar")
    assert ("أربعة", 4e9, "USD") in got


def test_fa_range_word_low_end() -> None:
    got = _found("بین سه و ۵ میلیون نفر در این مراسم شرکت کردند.", "fa")
    assert ("سه", 3e6, "person") in got


def test_no_range_low_end_without_a_number_word() -> None:
    got = _found("جمعت الحملة من أجل ذلك و5 ملايين دولار.", "ar")
    assert [g for g in got if g[0] != "5 ملايين دولار"] == []
