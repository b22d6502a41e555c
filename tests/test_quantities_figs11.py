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
