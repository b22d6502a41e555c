"""Years of the Thai and Persian calendars are no figures in the story linker's ``numbers`` (docs/stories.md, round
twenty-six): two Thai reports of unrelated events of one year both write the Buddhist-era year, and sharing it is
no evidence that they report one event."""

from bilat.corpus.stories import numbers


def test_thai_buddhist_year_is_left_out_in_thai_text():
    text = "เมื่อวันที่ 3 มีนาคม 2568 มีผู้บาดเจ็บ 137 คน"
    assert numbers(text, "th") == frozenset({"137"})
    # the same digits in another language's text are a count, as before
    assert "2568" in numbers("The agency counted 2568 displaced families.", "en")


def test_persian_solar_year_is_left_out_in_persian_text():
    text = "در اسفند ۱۴۰۳ دست‌کم ۴۲ نفر بازداشت شدند"
    assert numbers(text, "fa") == frozenset({"42"})
    assert numbers(text) == frozenset({"1403", "42"})  # without a language, only Gregorian years are dropped


def test_gregorian_years_still_left_out_and_counts_kept():
    # a number written with a thousands separator is a count, whatever its value
    assert numbers("In 2024 some 2,568 people and 1403 cars", "th") == frozenset({"2568", "1403"})
    assert numbers("2,025 soldiers in 2025", "en") == frozenset({"2025"})
    assert numbers("Năm 2025 có 311 phiếu", "vi") == frozenset({"311"})


def test_story_quality_counts_the_pairs_of_two_dated_reports_apart(capsys):
    """bench/story_quality.py prints the different-outlet pairs whose two articles both carry a publication day
    as a line of their own (round twenty-six: the wrong pairs are mostly those with an undated side)."""
    import argparse
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("story_quality", Path(__file__).parents[1] / "bench" /
                                                  "story_quality.py")
    sq = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sq)
    docs = [("a", "s#1", "en"), ("b", "s#2", "ru"), ("c", "s#3", "zh")]
    rows = {"a": {"group": "quake", "outlet": "x", "published": "2025-03-28"},
            "b": {"group": "quake", "outlet": "y", "published": "2025-03-28"},
            "c": {"group": "quake", "outlet": "z"}}
    story_of = {"a": "s1", "b": "s1", "c": "s2"}
    args = argparse.Namespace(events=None, label="group", same=None, split="dev", show_false=0)
    out = sq.score(docs, story_of, rows, args)
    assert out["article labels / different-outlet pairs"][1] == 1 / 3  # a-c and b-c missed
    assert out["article labels /   of them both dated"] == (1.0, 1.0, 1.0)  # a-b only
    # a-c and b-c: two languages, c without a publication day, both missed (round thirty-one)
    assert out["article labels /   cross-lang, an undated"][1] == 0.0
    assert "of them both dated" in capsys.readouterr().out
