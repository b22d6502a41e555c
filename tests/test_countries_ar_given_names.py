"""An Arabic demonym that is also a common given name (تركي 'Turkish' and Turki, data/actors.json
given_name_demonyms; issue 10, country precision): indefinite and right before a definite word it is the
man's given name (العقيد تركي المالكي, تركي الفيصل), not Turkey; with the article (المسؤول التركي), before an
indefinite word (وفد تركي رفيع), before a word that completes the adjective (تركي الأصل) or before a time word
or particle (مسؤول تركي الخميس, وفد تركي إلى) it is still the country. Sentences composed for the test."""
from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage(learn=False)


def states(stage, text: str) -> list[str]:
    doc = stage(Document(id="t", source="t", original=text, text=text, lang="ar"))
    return sorted({m.iso3 for m in doc.mentions if m.iso3 and (m.kind == "country" or m.form == "capital")})


@pytest.mark.parametrize("text", [
    "وقال المتحدث العقيد تركي العنزي إن الدفاعات اعترضت الصاروخ.",
    "وحضر اللقاء الأمير تركي الفيصل وعدد من المسؤولين.",
])
def test_given_name_is_no_country(stage, text):
    assert states(stage, text) == []


@pytest.mark.parametrize("text", [
    "وأكد المصدر التركي المسؤول أن المفاوضات مستمرة.",
    "ووصل وفد تركي رفيع إلى المنطقة.",
    "وقال مسؤول تركي الخميس إن المفاوضات مستمرة.",
    "وهو رجل أعمال تركي الأصل.",
    "وتوجه وفد تركي إلى المنطقة.",
])
def test_demonym_stays_the_country(stage, text):
    assert states(stage, text) == ["TUR"]
