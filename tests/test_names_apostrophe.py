"""A Latin family name with an apostrophe after its first capital (O'Brien, D’Souza) is one word (issue 10,
stop 51): Vietnamese "ông O’Brien" is O’Brien, not "O"; a given name and such a family name is a full name in
Vietnamese and English text. Invented names."""

from __future__ import annotations

import pytest

from bilat.stages.names import Registry


def persons(tagger, text, lang):
    mentions, _ = Registry(tagger).process(text, lang)
    return [m.text for m in mentions if m.kind == "person"]


@pytest.mark.parametrize("text, lang, name", [
    ("Ông O’Dunwell cho biết Mỹ đã hợp tác về an ninh hàng hải.", "vi", "O’Dunwell"),
    ("Theo bà D'Arcosa, kế hoạch đã hoàn tất.", "vi", "D'Arcosa"),
    ("Cố vấn an ninh quốc gia Robert O'Dunwell đã đề cập tới những diễn biến.", "vi", "Robert O'Dunwell"),
    ("Robert O'Dunwell said on Monday that the talks would go on.", "en", "Robert O'Dunwell"),
])
def test_apostrophe_family_name(tagger, text, lang, name):
    assert name in persons(tagger, text, lang)
