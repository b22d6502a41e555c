"""Arabic البلدان is both the dual 'the two countries' (a subject: وقع البلدان اتفاقية) and the plural
'countries' (issue 10, country precision): in a genitive place (من/في البلدان, بالبلدان, مختلف البلدان,
بعض البلدان), where the dual would be البلدين, or before التي or a definite adjective in ية (البلدان
العربية) it is the plural and no reference to the article's pair. Sentences composed for the test."""
from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages.entities import make_stage

LEAD = "التقى وزير خارجية المغرب نظيره الفرنسي أمس. وقال وزير خارجية المغرب إن فرنسا شريك مهم. "


@pytest.fixture(scope="module")
def stage():
    return make_stage(learn=False)


def references(stage, sentence: str) -> list[str]:
    text = LEAD + sentence
    doc = stage(Document(id="t", source="t", original=text, text=text, lang="ar"))
    return sorted(m.iso3 for m in doc.mentions if m.form == "reference" and m.start >= len(LEAD))


@pytest.mark.parametrize("sentence", [
    "وشارك في الملتقى خبراء من مختلف البلدان.",
    "وحضر الاجتماع ممثلو العديد من البلدان الأفريقية.",
    "وتعاني بعض البلدان من نقص في المياه.",
    "غير أن البلدان التي تملك موانئ قليلة تواجه صعوبات.",
])
def test_plural_is_no_pair(stage, sentence):
    assert references(stage, sentence) == []


@pytest.mark.parametrize("sentence", [
    "ووقع البلدان اتفاقية للتعاون في مجال الطاقة.",
    "ويرتبط البلدان بعلاقات متينة.",
    "وتم بحث التعاون بين البلدين.",
])
def test_dual_is_the_pair(stage, sentence):
    assert references(stage, sentence) == ["FRA", "MAR"]
