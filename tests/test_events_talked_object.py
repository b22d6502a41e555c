"""A country that is the direct object of a verb of talking about (plover.TALKED_ABOUT: "discussed Syria",
"обсудил Сирию", "หารือเรื่องซีเรีย") is the topic, no party of the meeting (events.TALKED_OBJECT), as one after
"about" is; the countries listed after it too (events.TOPIC_LIST). Not in Arabic, where the country after
"ناقشت" is its subject. Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import two_party

PARTIES = {
    "en": [("Egypt", "EGY", "country"), ("Syria", "SYR", "country"), ("Iraq", "IRQ", "country"),
           ("Yemen", "YEM", "country"), ("Russia", "RUS", "country")],
    "ru": [("Египет", "EGY", "country"), ("Сирию", "SYR", "country"), ("Ирак", "IRQ", "country"),
           ("Россией", "RUS", "country")],
    "th": [("อียิปต์", "EGY", "country"), ("ซีเรีย", "SYR", "country"), ("อิรัก", "IRQ", "country"),
           ("รัสเซีย", "RUS", "country")],
}


def _run(lexical, lang, text):
    return two_party(lexical, text, lang, [m for m in PARTIES[lang] if m[0] in text])


@pytest.mark.parametrize("lang, text", [
    ("en", "Egypt discussed Syria, Iraq and Yemen with visiting officials."),
    ("ru", "Египет обсудил Сирию и Ирак с чиновниками."),
    ("th", "อียิปต์หารือเรื่องซีเรียและอิรัก"),
])
def test_the_country_discussed_is_no_party(lexical, lang, text):
    assert [g for g in _run(lexical, lang, text) if g[0] == "CONSULT"] == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Egypt discussed Syria with Russia."),
    ("en", "Egypt discussed cooperation with Russia."),
    ("en", "Egypt and Russia discussed Syria."),
    ("ru", "Египет обсудил Сирию и Ирак с Россией."),
    ("th", "อียิปต์หารือกับรัสเซีย"),
])
def test_the_partner_of_the_talks_stays(lexical, lang, text):
    assert _run(lexical, lang, text) == [("CONSULT", "EGY", "RUS")]
