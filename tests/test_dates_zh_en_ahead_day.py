"""zh "将在两天后" (will, in two days): 将在/会在/预计在 are future cues before an ahead offset, as 将于 is; en "on the 5th"
ending a clause is the day of the month nearest publication, as vi "ngày 5" and th "วันที่ 5" are."""
from bilat.stages.dates import find_dates

PUB = "2024-03-12"


def _read(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, lang, PUB)]


def test_zh_ahead_offset_after_jiang_zai():
    assert _read("谈判将在两天后举行。", "zh") == [("两天后", "2024-03-14")]
    assert _read("会谈预计在5天后恢复。", "zh") == [("5天后", "2024-03-17")]


def test_zh_ahead_offset_in_a_narrative_stays_no_date():
    assert _read("他在两天后去世。", "zh") == []


def test_en_on_the_nth_ending_a_clause():
    assert _read("The talks between the two ministers ended on the 5th.", "en") == [("on the 5th", "2024-03-05")]
    assert _read("The talks will resume on the 20th, officials said.", "en") == [("on the 20th", "2024-03-20")]


def test_en_on_the_nth_before_a_noun_is_no_date():
    assert _read("The embassy moved its offices on the 5th floor.", "en") == []
