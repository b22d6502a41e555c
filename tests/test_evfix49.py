"""review49's fixes: a bare "سپاه"/"Revolutionary Guard" of another owner is no IRGC, Arabic talks of home affairs are
no meeting; guards that the rules leave the ordinary readings alone."""

from __future__ import annotations

from test_events import exported_pairs

from bilat.stages import events


def run(stage, text: str, lang: str, mentions) -> list[tuple[str, str, str]]:
    return exported_pairs(stage, text, lang, mentions, published="2024-03-01")


def test_bare_sepah_of_iran_is_still_iran(tagger):
    ms = tagger.mentions("سپاه اعلام کرد که به اسرائیل پاسخ خواهد داد.", "fa")
    assert any(m.kind == "org" and m.iso3 == "IRN" for m in ms)
    ms = tagger.mentions("سپاه به پایگاه‌های آمریکا در عراق حمله کرد.", "fa")
    assert any(m.kind == "org" and m.iso3 == "IRN" for m in ms)


def test_bare_sepah_named_for_another_body_is_not_iran(tagger):
    for text in ("نیروهای سپاه بدر در بغداد مستقر شدند.", "رهبر سپاه صحابه در کراچی بازداشت شد.",
                 "سپاه عراق از این طرح حمایت کرد."):
        assert not any(m.kind == "org" and m.iso3 == "IRN" for m in tagger.mentions(text, "fa")), text


def test_english_revolutionary_guard_of_another_country(tagger):
    ms = tagger.mentions("Sudan's Revolutionary Guard clashed with rebels near the border.", "en")
    assert not any(m.kind == "org" and m.iso3 == "IRN" for m in ms)
    ms = tagger.mentions("The Revolutionary Guards seized a tanker in the Gulf.", "en")
    assert any(m.kind == "org" and m.iso3 == "IRN" for m in ms)


def test_arabic_talks_between_states_are_still_a_meeting(lexical):
    got = run(lexical, "أجرى وزير الخارجية المصري مشاورات مع نظيره الأردني في عمان.", "ar",
              [("المصري", "EGY", "country"), ("الأردني", "JOR", "country"), ("عمان", "JOR", "place")])
    assert any(e == "CONSULT" for e, _, _ in got)


def test_arabic_home_talks_triggers():
    def kinds(text: str) -> list[str]:
        return [t.event for t in events.find_triggers(text, 0, len(text), "ar")]
    assert "CONSULT" not in kinds("يواصل الرئيس المكلف مشاورات تأليف الحكومة الجديدة")
    assert "CONSULT" not in kinds("تعثرت مفاوضات النقابات مع وزارة المالية")
    assert "CONSULT" in kinds("انطلقت مفاوضات بين مصر وإثيوبيا حول السد")
