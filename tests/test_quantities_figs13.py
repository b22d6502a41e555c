"""figs13 (issue 11): Arabic counts of people, on sentences written for the tests. A counted noun of people with no
narrower unit (data/person_nouns.json) gives unit person; nouns with a unit of their own keep it."""
from figs import got


def test_ar_generic_people_nouns_count_persons() -> None:
    text = "أفرجت السلطات عن 45 معتقلا واستقبلت المدينة 900 زائر، بينما غادر 12 صحفيا البلاد."
    found = got(text, "ar")
    assert ("45 معتقلا", 45.0, "person") in found
    assert ("900 زائر", 900.0, "person") in found
    assert ("12 صحفيا", 12.0, "person") in found


def test_ar_demonyms_and_nisba_plurals_count_persons() -> None:
    found = got("عاد 250 سوداني إلى بلدهم، واعتقلت الشرطة 8 يمنيين و17 قياديين في الحزب.", "ar")
    assert ("250 سوداني", 250.0, "person") in found
    assert ("8 يمنيين", 8.0, "person") in found
    assert ("17 قياديين", 17.0, "person") in found


def test_ar_people_in_words_and_scaled_count_persons() -> None:
    found = got("شارك ثلاثة متطوعين في الحملة، وعبر الحدود أربعة آلاف نازح و2 مليون مسافر هذا الصيف.", "ar")
    assert ("ثلاثة متطوعين", 3.0, "person") in found
    assert ("أربعة آلاف نازح", 4000.0, "person") in found
    assert ("2 مليون مسافر", 2_000_000.0, "person") in found


def test_ar_people_after_a_year_like_number_are_counted() -> None:
    # "2000 حاج": a noun of people after a year-like number is a count, as "2000 شخص"
    assert got("ووصل 2000 حاج إلى المدينة أمس.", "ar") == [("2000 حاج", 2000.0, "person")]


def test_ar_narrower_units_and_non_people_are_kept() -> None:
    found = got("قتل 6 جنود و4 أطفال، ونجح 30 تلميذًا، وبيع 500 ألف برميل و70 جهازا.", "ar")
    assert ("6 جنود", 6.0, "soldier") in found
    assert ("4 أطفال", 4.0, "child") in found
    assert ("30 تلميذًا", 30.0, "student") in found
    assert ("500 ألف برميل", 500_000.0, None) in found or ("500 ألف", 500_000.0, None) in found
    assert ("70 جهازا", 70.0, None) in found
