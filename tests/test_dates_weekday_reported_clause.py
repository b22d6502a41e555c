"""zh and fa: a weekday before a reporting verb ("中方周一表示将作出回应", "چین روز دوشنبه اعلام کرد پاسخ خواهد داد") is the
day of the saying; the future in the reported clause after the verb does not make it the next one (as en "on Friday
... and said it would"). A weekday with its own future stays the next one."""
from bilat.stages.dates import find_dates

PUB = "2024-03-12"  # a Tuesday


def _read(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, lang, PUB)]


def test_zh_weekday_of_the_saying():
    assert _read("中方周一表示将对此作出回应。", "zh") == [("周一", "2024-03-11")]
    assert _read("外交部周一晚间称将采取反制措施。", "zh") == [("周一", "2024-03-11")]


def test_zh_weekday_with_its_own_future():
    assert _read("外长周四将访问北京。", "zh") == [("周四", "2024-03-14")]
    assert _read("外长周四称赞双方将加强合作。", "zh") == [("周四", "2024-03-14")]  # 称赞 (praised) reports nothing


def test_fa_weekday_of_the_saying():
    assert _read("چین روز دوشنبه اعلام کرد به این اقدام پاسخ خواهد داد.", "fa") == [("روز دوشنبه", "2024-03-11")]
    assert _read("سخنگو روز دوشنبه گفت وزیر به پکن خواهد رفت.", "fa") == [("روز دوشنبه", "2024-03-11")]


def test_fa_weekday_with_its_own_future():
    assert _read("وزیر روز پنجشنبه به پکن سفر خواهد کرد.", "fa") == [("روز پنجشنبه", "2024-03-14")]
    assert _read("وزیر گفت روز پنجشنبه به پکن سفر خواهد کرد.", "fa") == [("روز پنجشنبه", "2024-03-14")]
