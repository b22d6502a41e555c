"""ar: a weekday after an imperfect verb of an event ("يزور الوزير بكين يوم الخميس", "يبدأ الرئيس يوم الأحد زيارة",
"الحفل الذي يقام مساء السبت") is the coming one, as Arabic news writes what is to come (tense.weekday_future_before);
a perfect verb keeps the one gone by, and a said-clause before إن is not the weekday's verb."""
from bilat.stages.dates import find_dates

PUB = "2024-03-12"  # a Tuesday


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, "ar", PUB)]


def test_imperfect_event_verb_makes_the_coming_weekday():
    assert _read("يزور وزير الخارجية بكين يوم الخميس.") == [("يوم الخميس", "2024-03-14")]
    assert _read("يبدأ الرئيس يوم الأحد زيارة رسمية إلى الصين.") == [("يوم الأحد", "2024-03-17")]
    assert _read("وتستضيف الرياض يوم الخميس اجتماعا وزاريا.") == [("يوم الخميس", "2024-03-14")]
    assert _read("ويشارك في الحفل الذي يقام مساء السبت وزير الثقافة.") == [("مساء السبت", "2024-03-16")]


def test_perfect_verb_keeps_the_weekday_gone_by():
    assert _read("زار وزير الخارجية بكين يوم الخميس.") == [("يوم الخميس", "2024-03-07")]


def test_an_imperfect_before_an_reported_clause_does_not_count():
    assert _read("قال الوزير الذي يزور موسكو إن الاتفاق وقع الاثنين.") == [("الاثنين", "2024-03-11")]


def test_a_past_auxiliary_a_few_words_before_the_verb_keeps_the_weekday_gone_by():
    """'كان الوزير يزور ...' is a past continuous: the auxiliary may stand one or two words before the verb."""
    assert _read("كان الوزير يزور بكين يوم الاثنين.") == [("يوم الاثنين", "2024-03-11")]
    assert _read("وكانت الوزيرة الفرنسية تزور القاهرة يوم الأحد.") == [("يوم الأحد", "2024-03-10")]
    assert _read("كان يزور بكين يوم الخميس.") == [("يوم الخميس", "2024-03-07")]
    # far from the verb, or with no auxiliary at all, the imperfect still reads the coming day
    assert _read("وقال إنه كان متفائلا وإن الوفد يزور بكين يوم الخميس.") == [("يوم الخميس", "2024-03-14")]
    assert _read("يزور الوزير بكين يوم الاثنين.") == [("يوم الاثنين", "2024-03-18")]
