"""stories.calendar_day reads DateRef.calendar (issue 11), not the figures of the text."""

from __future__ import annotations

from bilat.corpus import stories
from bilat.corpus.stories import calendar_day
from bilat.records import DateRef, Document
from bilat.stages.dates import find_dates


def _undated(text: str, lang: str) -> Document:
    return Document(id="u", source="u", original=text, text=text, lang=lang, published=None,
                    dates=find_dates(text, lang))


def test_calendar_day_reads_the_field():
    # a Solar day written as an ordinal word has no figure at all: the old digit reading missed it
    doc = _undated("حمله یکشنبه نهم بهمن انجام شد", "fa")
    day = stories.features(doc).event_day
    assert day is not None and calendar_day(doc, day)
    # a Gregorian partial day is never marked, whatever its figures
    greg = _undated("The strike on 26 January", "en")
    assert not calendar_day(greg, "--01-26")
    # the field decides: the same record claimed Gregorian is not marked
    solar = _undated("حمله روز ۲۶ دیماه انجام شد", "fa")
    assert calendar_day(solar, "--01-16")  # 26 Dey in most years (dates.SOLAR_PARTIAL_YEAR)
    relabelled = Document(id="u", source="u", original=solar.text, text=solar.text, lang="fa",
                          dates=tuple(DateRef(**{**r.as_dict(), "calendar": "gregorian"}) for r in solar.dates))
    assert not calendar_day(relabelled, "--01-16")
