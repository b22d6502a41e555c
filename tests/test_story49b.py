"""Two error classes of the story linker (docs/stories.md round forty): a day a report names as background (an
anniversary, an earlier event) read as its event day (``stories.foreground``, ``stories.BACKGROUND``), and an undated
report joining a look-alike event's story on content alone (``stories.unsupported``, ``stories.UNDATED_UNSUPPORTED``)."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import dated_doc as _doc

from bilat import embed, store
from bilat.corpus import stories
from bilat.records import DateRef, Document

ANNIVERSARY_LEAD = ("On the first anniversary of the 7 October attack, the army struck targets in the north on "
                    "5 October, officials said.")
ANNIVERSARY_DAYS = [("7 October", "--10-07"), ("5 October", "--10-05")]


def test_a_day_beside_an_anniversary_word_is_not_the_event_day():
    doc = _doc(ANNIVERSARY_LEAD, ANNIVERSARY_DAYS)
    assert stories.background_day(doc, doc.dates[0])
    assert not stories.background_day(doc, doc.dates[1])
    assert stories.event_day(doc) == "--10-05"


def test_switched_off_the_first_day_named_is_read(monkeypatch):
    monkeypatch.setattr(stories, "BACKGROUND", False)
    assert stories.event_day(_doc(ANNIVERSARY_LEAD, ANNIVERSARY_DAYS)) == "--10-07"


def test_an_arabic_anniversary_day_is_background():
    text = "في الذكرى الأولى لهجوم 7 أكتوبر، قصف الجيش مواقع في الشمال يوم 5 أكتوبر بحسب مسؤولين."
    doc = _doc(text, [("7 أكتوبر", "--10-07"), ("5 أكتوبر", "--10-05")], lang="ar")
    assert stories.event_day(doc) == "--10-05"


def test_a_sentence_end_stops_the_anniversary_word():
    """The word closes one sentence, the day opens the next: the day is the event's."""
    text = "Crowds marked the anniversary. On 12 March troops crossed the border."
    assert stories.event_day(_doc(text, [("12 March", "--03-12")])) == "--03-12"


def test_an_earlier_year_named_first_is_background_without_a_publication_day():
    text = ("After the quake of 7 October 2023 destroyed villages, a new quake struck the province on "
            "15 October 2024, killing dozens.")
    days = [("7 October 2023", "2023-10-07"), ("15 October 2024", "2024-10-15")]
    assert stories.event_day(_doc(text, days)) == "2024-10-15"


def test_a_publication_day_keeps_its_own_window():
    """With a publication day, the days in the week before it are read as before (the earlier year is outside)."""
    text = "A year on from 3 May 2024, leaders met on 2 May 2025 in the capital."
    doc = _doc(text, [("3 May 2024", "2024-05-03"), ("2 May 2025", "2025-05-02")], published="2025-05-03")
    assert stories.event_day(doc) == "2025-05-02"


def test_every_day_background_gives_no_event_day():
    text = "Marking the anniversary of 1 September, ministers spoke."
    assert stories.event_day(_doc(text, [("1 September", "--09-01")])) is None


def test_a_lead_limit_leaves_out_a_day_named_in_the_body(monkeypatch):
    text = "Troops crossed the border. Officials met. Back on 12 March, talks had failed."
    doc = _doc(text, [("12 March", "--03-12")])
    sentences = [(0, 26), (27, 41), (42, len(text))]
    from bilat.records import Sentence
    doc = Document(**{**doc.__dict__, "sentences": tuple(Sentence(start=a, end=b) for a, b in sentences)})
    assert stories.event_day(doc) == "--03-12"  # shipped: every sentence counts
    monkeypatch.setattr(stories, "EVENT_LEAD_SENTENCES", 2)
    assert stories.event_day(doc) is None


QUAKE = stories.Features(places=frozenset({"Q1"}), countries=frozenset({"AFG"}))


def test_unsupported_needs_one_undated_side_and_no_shared_evidence():
    dated = stories.Features(countries=frozenset({"AFG"}), when=frozenset({"2023-10-07"}), event_day="2023-10-07")
    bare = stories.Features(countries=frozenset({"AFG"}))
    assert stories.unsupported(None, bare, None, dated)
    assert stories.unsupported(None, dated, None, bare)
    assert not stories.unsupported(None, bare, None, bare)  # no day on either side: nothing to weigh
    assert not stories.unsupported(None, dated, None, dated)  # both dated: the days decide
    shared = stories.Features(countries=frozenset({"AFG"}), figures=frozenset({"2000|person"}))
    assert not stories.unsupported(None, shared, None, stories.Features(
        figures=frozenset({"2000|person"}), event_day="2023-10-07", when=frozenset({"2023-10-07"})))
    assert stories.unsupported(None, bare, 738800, stories.Features())  # a publication day is a known day


def _vec(seed: int, base: np.ndarray | None = None) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=embed.DIM)
    if base is not None:
        v = base + 0.9 * v / np.linalg.norm(v) * np.linalg.norm(base)
    return v / np.linalg.norm(v)


def _score(tmp_path, new: stories.Features, member: stories.Features) -> float:
    linker = stories.Linker(store.connect(str(tmp_path / "s.db")))
    base = _vec(1)
    m = stories.Member(vec=_vec(2, base), lang="en", features=member, day=None)
    return linker.story_probability(base, "fa", new, None, [m])


@pytest.mark.parametrize("value", [-1.0, -2.0])
def test_an_unsupported_undated_pair_scores_lower(tmp_path, monkeypatch, value):
    member = stories.Features(countries=frozenset({"AFG"}), places=frozenset({"Q2"}), event_day="2023-10-07",
                              when=frozenset({"2023-10-07"}))
    new = stories.Features(countries=frozenset({"AFG"}))
    supported = stories.Features(countries=frozenset({"AFG"}), places=frozenset({"Q2"}))
    monkeypatch.setattr(stories, "UNDATED_UNSUPPORTED", 0.0)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    before, before_supported = _score(tmp_path / "a", new, member), _score(tmp_path / "b", supported, member)
    monkeypatch.setattr(stories, "UNDATED_UNSUPPORTED", value)
    (tmp_path / "c").mkdir()
    (tmp_path / "d").mkdir()
    assert _score(tmp_path / "c", new, member) < before
    assert _score(tmp_path / "d", supported, member) == pytest.approx(before_supported)


def test_a_day_named_again_stays_background_and_a_day_before_the_word_is_kept():
    text = ("The president spoke on 22 July, during the anniversary of the revolution of 23 July. The revolution "
            "of 23 July changed the country.")
    second = text.rindex("23 July")
    doc = _doc(text, [("22 July", "--07-22"), ("23 July", "--07-23")])
    doc = Document(**{**doc.__dict__, "dates": doc.dates + (DateRef(start=second, end=second + 7, text="23 July",
                                                                     value="--07-23"),)})
    assert not stories.background_day(doc, doc.dates[0])
    assert not stories.background_day(doc, doc.dates[2])  # no anniversary word beside it ...
    assert stories.foreground(doc, sorted(doc.dates, key=lambda r: r.start)) == [doc.dates[0]]  # ... but that day


def test_a_dated_report_keeps_an_anniversary_day_in_its_window():
    """With a publication day a commemoration held on the anniversary is the day's own event: the window decides."""
    text = "On the anniversary of the 3 May uprising, crowds marched in the capital."
    doc = _doc(text, [("3 May", "2025-05-03")], published="2025-05-03")
    assert stories.event_day(doc) == "2025-05-03"
