"""Trigger words used as nouns that tell no act (issue 10, evprec): a threat noun in a relative phrase or after
"the" ("the threat posed by", "التهديد الذي يشكله"), an anonymity request ("خواست نامش فاش نشود"), a "threat
theory" (威胁论), sanctions that are violated or evaded ("violating sanctions", "vi phạm lệnh trừng phạt", "نقض
تحریم‌ها"), a withdrawal told as the time of something else ("after the withdrawal", "بعد انسحاب"), Persian aid as a
plural noun ("کمک‌های پزشکی ... مشمول محدودیت نیست"): EXCLUDE words of data/event_lexicon.json, so the trigger
inside them is none. Sentences composed for the test (no corpus sentence); each noun use has a verb use beside it
that still triggers."""
from __future__ import annotations

import pytest
from test_events import trigger_types


@pytest.mark.parametrize("text, lang, event", [
    ("Ministers spoke about the threat posed by armed groups in the region.", "en", "THREATEN"),
    ("The bank was fined for violating sanctions on the two countries.", "en", "SANCTION"),
    ("أكد الوزير ضرورة التصدي للتهديد الذي يشكله تنظيم مسلح على المنطقة.", "ar", "THREATEN"),
    ("اتهمت الشركة بخرق العقوبات المفروضة على البلاد.", "ar", "SANCTION"),
    ("این مقام که خواست نامش فاش نشود، گفت مذاکرات ادامه دارد.", "fa", "REQUEST"),
    ("این شرکت به نقض تحریم‌ها متهم شد.", "fa", "SANCTION"),
    ("这家报纸又在渲染所谓的威胁论。", "zh", "THREATEN"),
    ("该公司被指违反制裁规定。", "zh", "SANCTION"),
    ("Công ty này bị cáo buộc vi phạm lệnh trừng phạt.", "vi", "SANCTION"),
    ("Банк обвинили в нарушении санкций.", "ru", "SANCTION"),
    ("Trade grew after the withdrawal of the troops from the border.", "en", "RETREAT"),
    ("وبعد انسحاب القوات من المدينة عاد السكان إلى منازلهم.", "ar", "RETREAT"),
    ("گفت کمک‌های پزشکی به این کشور مشمول محدودیت نیست.", "fa", "AID"),
])
def test_a_noun_use_is_no_trigger(text, lang, event):
    assert event not in trigger_types(text, lang)


@pytest.mark.parametrize("text, lang, event", [
    ("Ministers warned of new attacks on the border.", "en", "THREATEN"),
    ("The government imposed sanctions on the two countries.", "en", "SANCTION"),
    ("هدد الرئيس بفرض رسوم جديدة.", "ar", "THREATEN"),
    ("فرضت الحكومة عقوبات على البلاد.", "ar", "SANCTION"),
    ("وزیر از همتای خود خواست مذاکرات را ادامه دهد.", "fa", "REQUEST"),
    ("该国威胁对邻国采取行动。", "zh", "THREATEN"),
    ("Chính phủ áp đặt lệnh trừng phạt mới.", "vi", "SANCTION"),
    ("Правительство ввело санкции против банка.", "ru", "SANCTION"),
    ("The army withdrew its troops from the border.", "en", "RETREAT"),
    ("انسحبت القوات من المدينة أمس.", "ar", "RETREAT"),
    ("دولت به این کشور کمک کرد.", "fa", "AID"),
])
def test_the_verb_use_beside_it_still_triggers(text, lang, event):
    assert event in trigger_types(text, lang)
