"""Thai: a role run followed, across a space, by the clause going on ("... รัฐมนตรีว่าการกระทรวงการต่างประเทศ
เดินทางเยือนกัมพูชา", visited Cambodia) gives the person no country from the country in that clause; only
"of" and the words of a state's formal name may stand there (ของเวียดนาม, สาธารณรัฐ...). And a person placed
by a bare role word in a sentence that names another state takes no home (Thai) guess (TH_FOREIGN_SENTENCE)."""

from __future__ import annotations

import pytest

from bilat.stages import names
from bilat.stages.names import Registry

NAME = "เจิ่น ดึ๊ก ฮาย"


def country(tagger, text):
    mentions, _ = Registry(tagger).process(text, "th")
    return next(m.iso3 for m in mentions if m.kind == "person" and m.text == NAME)


@pytest.mark.parametrize("text, iso3", [
    (f"นาย{NAME} รัฐมนตรีว่าการกระทรวงการต่างประเทศ เดินทางเยือนกัมพูชาอย่างเป็นทางการ", None),
    (f"นาย{NAME} รัฐมนตรีว่าการกระทรวงการต่างประเทศ ได้หารือกับฝ่ายไทยเรื่องความร่วมมือระหว่างไทยกับเวียดนาม", None),
    (f"นาย{NAME} รัฐมนตรีว่าการกระทรวงการต่างประเทศ ของเวียดนาม กล่าวว่า พร้อมร่วมมือ", "VNM"),
    (f"นาย{NAME} ผู้บัญชาการทหารสูงสุด สาธารณรัฐสังคมนิยมเวียดนาม กล่าวว่า พร้อมร่วมมือ", "VNM"),
])
def test_th_role_country(tagger, text, iso3):
    assert country(tagger, text) == iso3


def test_th_foreign_sentence_flag_off_guesses_home(tagger, monkeypatch):
    monkeypatch.setattr(names, "TH_FOREIGN_SENTENCE", False)
    text = f"นาย{NAME} รัฐมนตรีว่าการกระทรวงการต่างประเทศ ได้หารือกับฝ่ายไทยเรื่องความร่วมมือระหว่างไทยกับเวียดนาม"
    assert country(tagger, text) == "THA"
