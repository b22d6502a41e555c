"""Russian news synonyms of last/this/next year, month and week (минувший, прошедший, наступающий, грядущий, уходящий,
текущий; issue 11): a period alone, and the year of a date written before it. Sentences composed for the test, read on
Monday 2016-11-07."""

import pytest

from bilat.stages.dates import find_dates

PUB = "2016-11-07"


def _got(text, pub=PUB):
    return [(d.text, d.value, d.end_value) for d in find_dates(text, "ru", pub)]


@pytest.mark.parametrize("text,span,value", [
    ("в минувшем году", "в минувшем году", "2015"),
    ("Рост цен продолжится в наступающем году.", "в наступающем году", "2017"),
    ("в грядущем году", "в грядущем году", "2017"),
    ("в уходящем году", "в уходящем году", "2016"),
    ("Выпуск сократился в минувшем месяце.", "в минувшем месяце", "2016-10"),
    ("в текущем месяце", "в текущем месяце", "2016-11"),
    ("Договор подписали в декабре минувшего года.", "декабре минувшего года", "2015-12"),
    ("Закон вступил в силу 5 октября минувшего года.", "5 октября минувшего года", "2015-10-05"),
])
def test_ru_period_synonyms(text, span, value):
    assert _got(text) == [(span, value, None)]
