"""Arabic words that hold a trigger stem but mean something else (issue 10, Arabic precision): EXCLUDE words of
data/event_lexicon.json ar. Throwing (إلقاء) holds the meeting noun لقاء; a press interview (لقاء صحافي), a
government's weekly or cabinet meeting and a search operation (عمليات البحث) are no talks between states; caution
(بحذر، الحذر) is no warning, and a thing that threatens (مما يهدد، خطر يهدد) no threat by a state; students
(الطلبة) hold طلب, claimed (ادعت), lawsuits (الدعاوى) and prayer (الدعاء) hold the inviting verb; declining to
comment (رفض ... التعليق) is no rejection. The acts themselves are still found. Sentences composed for the test."""
from __future__ import annotations

import pytest
from test_events import trigger_types


@pytest.mark.parametrize("text,event", [
    ("ردا على إلقاء قذائف على المدينة الحدودية.", "CONSULT"),
    ("وقال وزير الخارجية في لقاء صحفي إن بلاده ستواصل جهودها.", "CONSULT"),
    ("أعلن الناطق باسم الحكومة عقب الاجتماع الأسبوعي للمجلس الحكومي عن إجراءات جديدة.", "CONSULT"),
    ("ناقش اجتماع مجلس الوزراء برئاسة الملك الميزانية.", "CONSULT"),
    ("شاركت سفن من البلدين في عمليات البحث عن المفقودين.", "CONSULT"),
    ("يتعامل المستثمرون بحذر مع السوق الجديدة.", "THREATEN"),
    ("يبدي القطاع الخاص حذرا في الدخول في شراكات.", "THREATEN"),
    ("تتوسع الشركات الأجنبية مما يهدد هيمنة الشركات المحلية.", "THREATEN"),
    ("يهدف المعرض إلى تمكين الطلبة من الدراسة في الخارج.", "REQUEST"),
    ("ادعت سيدة أنها التقت به في العاصمة.", "REQUEST"),
    ("رفع المحامون الدعاوى أمام المحكمة.", "REQUEST"),
    ("ورفض أفراد من عائلة الصحافي التعليق على الموضوع.", "REJECT"),
    ("ورفضت الوزارة الإفصاح عن تفاصيل الاتفاق.", "REJECT"),
])
def test_other_senses_trigger_nothing(text, event):
    assert event not in trigger_types(text, "ar")


@pytest.mark.parametrize("text,event", [
    ("التقى وزير الخارجية نظيره في لقاء ثنائي.", "CONSULT"),
    ("عقد الوزيران اجتماعا في العاصمة.", "CONSULT"),
    ("وبحث الجانبان العلاقات الثنائية.", "CONSULT"),
    ("حذر الوزير إيران من التصعيد.", "THREATEN"),
    ("هددت إيران بإغلاق المضيق.", "THREATEN"),
    ("طلبت مصر من إسرائيل وقف الهجمات.", "REQUEST"),
    ("دعت مصر إلى وقف إطلاق النار.", "REQUEST"),
    ("رفضت مصر المقترح الإسرائيلي.", "REJECT"),
])
def test_the_acts_are_still_found(text, event):
    assert event in trigger_types(text, "ar")


def test_without_the_words_the_senses_were_triggers(monkeypatch):
    from bilat import plover
    from bilat.stages import events

    words = ("الطلبة", "طلبة", "وطلبة", "والطلبة", "للطلبة", "إلقاء", "عمليات البحث")
    kept = tuple(w for w in plover.EXCLUDE["ar"] if w not in words)
    monkeypatch.setitem(plover.EXCLUDE, "ar", kept)
    for f in (getattr(events, n) for n in dir(events)):
        if hasattr(f, "cache_clear"):
            f.cache_clear()
    try:
        assert "REQUEST" in trigger_types("يهدف المعرض إلى تمكين الطلبة من الدراسة في الخارج.", "ar")
        assert "CONSULT" in trigger_types("ردا على إلقاء قذائف على المدينة الحدودية.", "ar")
    finally:
        monkeypatch.undo()
        for f in (getattr(events, n) for n in dir(events)):
            if hasattr(f, "cache_clear"):
                f.cache_clear()
