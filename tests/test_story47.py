"""Previews (docs/stories.md round thirty-six): a report announcing a later event names that event's day, not its
own. Off by default (stories.PREVIEW: measured on dev, not kept); these tests switch it on to check the reading."""

import json
from importlib import resources

import pytest
from conftest import dated_doc

from bilat.corpus import stories
from bilat.records import Document

LANGS = ("th", "vi", "ar", "fa", "zh", "en", "ru")


def _doc(text: str, days: list[tuple[str, str]], published: str | None, lang: str) -> Document:
    return dated_doc(text, days, lang, published)


@pytest.fixture
def preview(monkeypatch):
    monkeypatch.setattr(stories, "PREVIEW", True)


def test_the_lexicon_covers_every_supported_language():
    data = json.loads(resources.files("bilat.data").joinpath("story_preview.json").read_text(encoding="utf-8"))
    assert set(LANGS) <= set(data["future"])
    assert all(data["future"][lang] for lang in LANGS)


def test_off_by_default_a_future_day_reads_as_before():
    text = "The second summit will be held in Hanoi on February 27 and 28."
    doc = _doc(text, [("February 27", "--02-27")], None, "en")
    assert stories.PREVIEW is False
    f = stories.features(doc)
    assert f.ahead is None and f.event_day == "--02-27"
    assert "ahead" not in f.as_dict()


@pytest.mark.parametrize("lang,text,written", [
    ("en", "Trump said the second summit with Kim will be held in Hanoi on February 27 and 28.", "February 27"),
    ("ar", "أعلن ترامب أن القمة الثانية مع كيم ستعقد في العاصمة الفيتنامية هانوي يومي 27 و28 شباط", "27 و28 شباط"),
    ("zh", "特朗普说,第二次美朝峰会将在2月27日和28日于越南河内举行。", "2月27日"),
    ("vi", "Hội nghị thượng đỉnh lần hai sẽ diễn ra tại Hà Nội vào ngày 27/2.", "27/2"),
    ("ru", "Второй саммит пройдет в Ханое 27 февраля.", "27 февраля"),
])
def test_an_undated_preview_names_a_later_event_day_not_its_own(preview, lang, text, written):
    doc = _doc(text, [(written, "--02-27")], None, lang)
    f = stories.features(doc)
    assert f.ahead == "--02-27"
    assert f.event_day is None
    assert stories.Features.from_dict(f.as_dict()).ahead == "--02-27"


def test_a_report_of_the_day_is_not_a_preview(preview):
    text = "The second summit ended in Hanoi on February 28 without a deal."
    f = stories.features(_doc(text, [("February 28", "--02-28")], None, "en"))
    assert f.ahead is None and f.event_day == "--02-28"


def test_a_sentence_end_between_the_word_and_the_day_is_no_announcement(preview):
    text = "Talks will go on. On February 28 the summit ended."
    f = stories.features(_doc(text, [("February 28", "--02-28")], None, "en"))
    assert f.ahead is None and f.event_day == "--02-28"


def test_a_preview_is_another_event_than_the_reports_of_the_day_it_names(preview):
    ahead = stories.features(_doc("Kim and Trump will meet in Hanoi on February 27.", [("February 27", "--02-27")],
                                  None, "en"))
    summit = stories.Features(event_day="2019-02-28")
    assert stories.event_gap(ahead, summit, None, stories.date.fromisoformat("2019-02-28").toordinal()) \
        == stories.PREVIEW_GAP
    other = stories.Features(event_day="2019-02-08")
    assert stories.event_gap(ahead, other, None, None) is None


def test_a_dated_announcement_naming_only_a_day_to_come_is_of_its_publication_day(preview):
    text = "The White House said the summit will be held in Hanoi on February 27."
    doc = _doc(text, [("February 27", "2019-02-27")], "2019-02-09", "en")
    assert stories.event_day(doc) == "2019-02-09"
    # a day of its own, named before, still comes first
    text = "On Friday the White House said the summit will be held in Hanoi on February 27."
    doc = _doc(text, [("On Friday", "2019-02-08"), ("February 27", "2019-02-27")], "2019-02-09", "en")
    assert stories.event_day(doc) == "2019-02-08"


def test_a_dated_text_naming_a_day_long_past_in_its_year_is_no_preview(preview):
    text = "Relief goods arrived, months after the flood of 3 November."
    doc = _doc(text, [("3 November", "--11-03")], "2025-01-05", "en")
    assert stories.event_day(doc) is None


# an act and its reversal (stories.REVERSAL, off since the end of stop 47; these tests switch it on): martial law
# declared, then lifted hours later


@pytest.mark.parametrize("lang,title,text", [
    ("en", "South Korea's Yoon lifts martial law", "President Yoon Suk Yeol lifted the emergency martial law."),
    ("zh", "南韓總統尹錫悅宣佈:解除緊急戒嚴令", "當地時間4日淩晨,尹錫悅宣佈解除戒嚴令。"),
    ("ar", "", "رفع رئيس كوريا الجنوبية يون سوك يول الأحكام العرفية التي فرضها الليلة الماضية."),
    ("vi", "", "Tổng thống Hàn Quốc Yoon Suk-yeol tuyên bố dỡ bỏ thiết quân luật."),
    ("th", "ประธานาธิบดีเกาหลีใต้ประกาศยกเลิกกฎอัยการศึก", ""),
    ("fa", "", "رئیس‌جمهور کره جنوبی حکومت نظامی را لغو کرد."),
    ("ru", "", "Президент Южной Кореи отменил военное положение."),
])
def test_a_reversal_is_read_in_every_language(lang, title, text):
    assert stories.reverses(title, text, lang)


@pytest.mark.parametrize("lang,title,text", [
    ("en", "South Korea's Yoon declares martial law", "President Yoon Suk Yeol declared emergency martial law."),
    ("zh", "泰国被停职总理佩通坦被裁定违宪并解职", "泰国宪法法院29日裁定,解除其总理职务。"),
    ("zh", "朝鲜称不可能单方面解除武装", ""),
    ("ar", "", "أعلن الرئيس الكوري الجنوبي يون سوك يول الأحكام العرفية في البلاد."),
    ("en", "Summit ends without a deal", "The summit ended early. A planned lunch was cancelled."),
])
def test_no_reversal_in_a_declaration_a_dismissal_or_a_later_sentence(lang, title, text):
    assert not stories.reverses(title, text, lang)


def test_the_reversal_lexicon_covers_every_supported_language():
    data = json.loads(resources.files("bilat.data").joinpath("story_reversal.json").read_text(encoding="utf-8"))
    assert set(LANGS) <= set(data["words"]) | set(data["substrings"])


def _member(text: str, lang: str, reverses: bool) -> stories.Member:
    import numpy as np

    vec = np.zeros(4, dtype=np.float32)
    vec[0] = 1.0
    return stories.Member(vec=vec, lang=lang, features=stories.Features(countries=frozenset({"KOR"}), reverses=reverses),
                          day=None)


def test_an_undated_reversal_scores_lower_against_the_act_than_against_its_like(monkeypatch):
    import numpy as np

    from bilat.corpus import story_scorer

    monkeypatch.setattr(stories, "REVERSAL", True)
    model = story_scorer.shipped()
    assert model is not None
    linker = stories.Linker.__new__(stories.Linker)
    linker.model = model
    vec = np.zeros(4, dtype=np.float32)
    vec[0] = 1.0
    lifted = stories.Features(countries=frozenset({"KOR"}), reverses=True)
    against_act = linker.story_probability(vec, "ar", lifted, None, [_member("", "en", False)])
    against_like = linker.story_probability(vec, "ar", lifted, None, [_member("", "en", True)])
    assert against_act < against_like
    monkeypatch.setattr(stories, "REVERSAL", False)
    assert linker.story_probability(vec, "ar", lifted, None, [_member("", "en", False)]) == against_like
    # with a publication day on both sides (one day's news) the reversal is not read
    monkeypatch.setattr(stories, "REVERSAL", True)
    dated = linker.story_probability(vec, "ar", lifted, 739000, [dataclasses_replace_day(_member("", "en", False))])
    dated_like = linker.story_probability(vec, "ar", lifted, 739000, [dataclasses_replace_day(_member("", "en", True))])
    assert dated == dated_like


def dataclasses_replace_day(m: stories.Member) -> stories.Member:
    import dataclasses

    return dataclasses.replace(m, day=739000)


def test_features_keep_the_reversal_through_the_store():
    f = stories.Features(reverses=True)
    assert stories.Features.from_dict(f.as_dict()).reverses is True
    assert "reverses" not in stories.Features().as_dict()
