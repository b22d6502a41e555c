"""scripts/draw_radiofarda_batch.py: the batch 55 draw keeps items naming two countries as whole words, once a link."""

import importlib.util
import json
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "draw_radiofarda_batch", Path(__file__).resolve().parent.parent / "scripts" / "draw_radiofarda_batch.py")
draw_radiofarda_batch = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(draw_radiofarda_batch)


def test_countries_are_whole_words_with_persian_endings() -> None:
    named = draw_radiofarda_batch.countries_named
    assert named("دانشجویان ایرانی از چین بازگشتند") == ["IRN", "CHN"]
    assert named("مصرف گاز افزایش یافت و آنها می‌خواهند چنین کنند") == []  # not مصر, هند, چین
    assert named("تحریم‌های آمریکایی علیه ایران‌ها") == ["IRN", "USA"]


def test_draw_keeps_two_country_items_once_and_leaves_labelled_ones_out(monkeypatch) -> None:
    records = [
        {"title": "a", "summary": "ایران و عراق توافق کردند.", "link": "https://www.radiofarda.com/a/1.html"},
        {"title": "b", "summary": "ایران و عراق دوباره.", "link": "https://www.radiofarda.com/a/1.html"},
        {"title": "c", "summary": "مصرف برق در ایران بالا رفت.", "link": "https://www.radiofarda.com/a/2.html"},
        {"title": "d", "summary": "روسیه\n\nو چین گفتگو کردند.", "link": "https://www.radiofarda.com/a/3.html"},
        {"title": "e", "summary": "ایران و ترکیه.", "link": "https://www.radiofarda.com/a/30564384.html"},
    ]
    monkeypatch.setattr(draw_radiofarda_batch._rebuild, "git_show",
                        lambda git_dir, path: json.dumps(records, ensure_ascii=False))
    pool = draw_radiofarda_batch.draw(Path("."))
    assert sorted(r["id"] for r in pool) == ["rfarda-1", "rfarda-3"]  # 30564384 is in batch 28
    first = next(r for r in pool if r["id"] == "rfarda-1")
    assert first["text"] == "ایران و عراق توافق کردند." and first["outlet"] == "radiofarda"
    assert next(r for r in pool if r["id"] == "rfarda-3")["text"] == "روسیه\nو چین گفتگو کردند."
