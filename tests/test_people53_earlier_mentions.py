"""A person named by one word before the document says who it is (people53, issue 10 part 3):
- Arabic: a surname in a headline or lead before the full name ("انتقادات العتيبي ... سالم العتيبي"), as
  Persian, Russian and English leads already were (names._SURNAME_BEFORE_LANGS);
- Persian: a one-word name that a cue finds later ("کاظمیان گفت:") is that person at its earlier occurrences too
  (a headline list before the body; names.BARE_BEFORE_CUE).
Sentences written for these tests; the names are invented."""

from __future__ import annotations

from conftest import person_mentions

from bilat.stages import names

AR = "انتقادات العتيبي للاتفاق أثارت جدلا واسعا. وكان وزير الخارجية الكويتي سالم العتيبي قد انتقد الاتفاق أمس."
FA = "- کاظمیان هم رفت\n- پیشنهاد تازه برای بودجه\nکاظمیان گفت: بودجه امسال کافی نیست."


def _spans(stage, text, lang):
    return [(m.start, m.text, m.iso3) for m in person_mentions(stage, text, lang)]


def test_ar_surname_before_full_name(stage):
    found = _spans(stage, AR, "ar")
    assert (AR.index("العتيبي"), "العتيبي", "KWT") in found, found
    assert any(t == "سالم العتيبي" for _, t, _ in found)


def test_ar_surname_before_full_name_off(stage, monkeypatch):
    monkeypatch.setattr(names, "_SURNAME_BEFORE_LANGS", frozenset(["fa", "ru", "en"]))
    found = _spans(stage, AR, "ar")
    assert AR.index("العتيبي") not in [s for s, _, _ in found]


def test_fa_bare_name_before_its_cue(stage):
    starts = [s for s, t, _ in _spans(stage, FA, "fa") if t == "کاظمیان"]
    assert starts == [FA.index("کاظمیان"), FA.rindex("کاظمیان")]


def test_fa_bare_name_before_its_cue_off(stage, monkeypatch):
    monkeypatch.setattr(names, "BARE_BEFORE_CUE", False)
    starts = [s for s, t, _ in _spans(stage, FA, "fa") if t == "کاظمیان"]
    assert starts == [FA.rindex("کاظمیان")]


def test_fa_common_word_not_spread_without_a_cue(stage):
    # no cue names the word as a person anywhere: nothing to spread
    text = "- ایران هم رفت\n- پیشنهاد تازه برای بودجه\nبودجه امسال کافی نیست."
    assert _spans(stage, text, "fa") == []


def test_fa_weak_title_and_known_family_name(stage):
    # a weak title (ژنرال, امام, شیخ) takes a gazetteer person's family name alone (people53); sentence written here
    found = {m.text: m.iso3 for m in person_mentions(stage, "ژنرال مشرف تصمیم به اتحاد با آمریکا گرفت.", "fa")}
    assert found.get("مشرف") == "PAK"


def test_fa_weak_title_and_known_family_name_off(stage, monkeypatch):
    monkeypatch.setattr(names, "FA_WEAK_HONORIFIC_KNOWN", False)
    assert "مشرف" not in [m.text for m in person_mentions(stage, "ژنرال مشرف تصمیم به اتحاد با آمریکا گرفت.", "fa")]


def test_fa_weak_title_common_phrase_still_no_name(stage):
    assert person_mentions(stage, "امام جمعه این شهر گفت که نماز برگزار می‌شود.", "fa") == []
