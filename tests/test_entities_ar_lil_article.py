"""The preposition ل fused onto a name of two words or more that starts with the article (ل + الولايات ->
للولايات المتحدة) still names it. Sentences composed for the test."""
from __future__ import annotations

import pytest

from bilat.records import Document
from bilat.stages.entities import make_stage


@pytest.fixture(scope="module")
def stage():
    return make_stage(learn=False)


def ids(stage, text: str) -> list[tuple[str, str | None]]:
    doc = stage(Document(id="t", source="t", original=text, text=text, lang="ar"))
    for m in doc.mentions:
        assert text[m.start:m.end] == m.text
    return [(m.text, m.iso3) for m in doc.mentions]


@pytest.mark.parametrize("text, name, iso", [
    ("قدمت الحكومة دعما للولايات المتحدة في الحرب.", "ولايات المتحدة", "USA"),
    ("وجه الوزير رسالة للمملكة المتحدة أمس.", "مملكة المتحدة", "GBR"),
    ("وقال إن الزيارة وللمملكة العربية السعودية مهمة.", "مملكة العربية السعودية", "SAU"),
])
def test_lil_before_article_name(stage, text, name, iso):
    assert (name, iso) in ids(stage, text)


def test_bare_form_needs_the_article(stage):
    """Without ال or لل before it the bare form names nothing: ولايات المتحدة alone is no match."""
    assert not any(iso == "USA" for _, iso in ids(stage, "ولايات المتحدة كلمة."))
