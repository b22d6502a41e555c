"""Claims and conflicts on hand-built documents: what is comparable and what is not."""

from __future__ import annotations

from bilat.corpus.conflicts import describe, find, qualifier
from bilat.records import Actor, DateRef, Document, Event, Quantity, Sentence


def doc(doc_id: str, sentence: str, value: float | None, *, unit: str = "soldier", kind: str = "count",
        event: str = "STATEMENT_OF_FIGURES", mode: str = "troops", pair=("VNM", "RUS"), lang: str = "en",
        date: str | None = None, aux: str | None = None, extra: tuple[str, float] | None = None,
        years: tuple[str, ...] = ()) -> Document:
    text = sentence if extra is None else f"{sentence} {extra[0]}"
    eid = f"{doc_id}:e0"
    qs = []
    if value is not None:
        pos = sentence.find(str(int(value)) if value == int(value) else str(value))
        qs.append(Quantity(start=max(pos, 0), end=max(pos, 0) + 2, text=str(value), value=value, unit=unit,
                           kind=kind, event=eid))
    if extra is not None:
        pos = text.find(extra[0])
        qs.append(Quantity(start=pos, end=pos + 2, text=extra[0], value=extra[1], unit=unit, kind=kind, event=eid))
    sentences = (Sentence(start=0, end=len(sentence)),) + ((Sentence(start=len(sentence) + 1, end=len(text)),)
                                                          if extra else ())
    dates = tuple(DateRef(start=sentence.find(y), end=sentence.find(y) + 4, text=y, value=y) for y in years)
    ev = Event(id=eid, event=event, mode=mode, actor=Actor(code=pair[0]), recipient=Actor(code=pair[1]),
               date=date, doc=doc_id, start=0, end=len(text), confidence=0.8, lang=lang, aux=aux,
               event_text=text)
    return Document(id=doc_id, source=f"{doc_id}.txt", original=text, text=text, lang=lang,
                    url=f"https://{doc_id}.example/a", outlet=f"{doc_id}.example", sentences=sentences,
                    quantities=tuple(qs), events=(ev,), dates=dates)


def test_different_counts_for_the_same_event_conflict_with_both_sentences():
    a = doc("a", "A contingent of 86 soldiers arrived in Moscow.", 86.0, lang="ar")
    b = doc("b", "68 soldiers will march on Red Square.", 68.0, lang="fa")
    [c] = find([a, b], "s1")
    assert c.story == "s1"
    assert sorted(v.value for v in c.values) == [68.0, 86.0]
    texts = {v.doc: v.text for v in c.values}
    assert texts == {"a": a.text, "b": b.text}
    assert {v.outlet for v in c.values} == {"a.example", "b.example"}
    assert "soldier" in c.key and "RUS–VNM" in c.key
    assert "68 vs 86" in c.reason


def test_equal_values_do_not_conflict():
    assert find([doc("a", "86 soldiers came.", 86.0), doc("b", "Some 86 soldiers marched.", 86.0)], "s") == []


def test_target_and_reported_figures_are_different_facts():
    assert qualifier("The two sides aim to reach a trade target of 1.5 billion USD.") == "target"
    assert qualifier("Trade is expected to reach 800 million USD in 2024.") == "forecast"
    assert qualifier("وينسق البلدان لتحقيق هدف حجم التجارة") == "target"
    a = doc("a", "Trade reached 800 million USD.", 800e6, unit="USD", kind="money", mode="trade")
    b = doc("b", "They set a target of 1500 million USD for trade.", 1500e6, unit="USD", kind="money", mode="trade")
    assert find([a, b], "s") == []


def test_different_years_are_not_compared_but_the_same_year_is():
    a = doc("a", "In 2023 trade was 700 million USD.", 700e6, unit="USD", kind="money", mode="trade", years=("2023",))
    b = doc("b", "In 2024 trade was 900 million USD.", 900e6, unit="USD", kind="money", mode="trade", years=("2024",))
    assert find([a, b], "s") == []
    c = doc("c", "In 2024 trade was 950 million USD.", 950e6, unit="USD", kind="money", mode="trade", years=("2024",))
    d = doc("d", "In 2024 trade was 600 million USD.", 600e6, unit="USD", kind="money", mode="trade", years=("2024",))
    [conflict] = find([c, d], "s")
    assert "2024" in conflict.key


def test_money_within_rounding_agrees():
    a = doc("a", "Trade was 1500 million USD.", 1500e6, unit="USD", kind="money", mode="trade")
    b = doc("b", "Trade was 1520 million USD.", 1520e6, unit="USD", kind="money", mode="trade")
    assert find([a, b], "s") == []


def test_two_values_in_one_article_are_not_a_claim():
    a = doc("a", "86 soldiers came.", 86.0, extra=("And 40 more.", 40.0))
    b = doc("b", "68 soldiers came.", 68.0)
    assert find([a, b], "s") == []


def test_other_pairs_or_units_are_not_compared():
    a = doc("a", "86 soldiers came.", 86.0)
    b = doc("b", "68 soldiers came.", 68.0, pair=("VNM", "BLR"))
    c = doc("c", "68 tanks came.", 68.0, unit="tank")
    assert find([a, b, c], "s") == []


def _on(d: Document, written: str) -> Document:
    """The document with its event's date written out explicitly in the sentence."""
    import dataclasses

    pos = d.text.find(written)
    ref = DateRef(start=pos, end=pos + len(written), text=written, value=d.events[0].date or "")
    return dataclasses.replace(d, dates=(*d.dates, ref))


def test_past_agreement_dates_conflict_but_planned_ones_do_not():
    a = _on(doc("a", "They signed the pact on 10 May.", None, event="AGREE", mode="sign", date="2025-05-10"), "10 May")
    b = _on(doc("b", "They signed the pact on 11 May.", None, event="AGREE", mode="sign", date="2025-05-11"), "11 May")
    [c] = find([a, b], "s")
    assert c.key.startswith("date of agree")
    assert sorted(v.value for v in c.values) == ["2025-05-10", "2025-05-11"]
    f1 = doc("a", "They will sign.", None, event="AGREE", mode="sign", date="2025-05-10", aux="future")
    f2 = doc("b", "They will sign.", None, event="AGREE", mode="sign", date="2025-05-12", aux="future")
    assert find([f1, f2], "s") == []


def test_describe_is_readable():
    key = ("figure", "STATEMENT_OF_FIGURES", "trade", ("KAZ", "VNM"), "money", "USD", "target", ("2030",))
    assert describe(key) == "amount in USD (statement_of_figures / trade, KAZ–VNM, target, 2030)"


def _dated(d: Document, published: str) -> Document:
    import dataclasses

    return dataclasses.replace(d, published=published)


def test_a_lower_bound_beside_an_exact_count_is_no_conflict():
    a = doc("a", "At least 800 people were killed.", 800.0, unit="person", mode="killed")
    b = doc("b", "The quake killed 832 people.", 832.0, unit="person", mode="killed")
    assert find([a, b], "s") == []
    c = doc("c", "لقي 21 شخصا على الأقل مصرعهم", 21.0, unit="person", mode="killed", lang="ar")
    d = doc("d", "لقي 15 شخصا مصرعهم", 15.0, unit="person", mode="killed", lang="ar")
    assert find([c, d], "s") == []  # "at least 21" beside an earlier 15: a toll that grew
    about = doc("f", "About 800 people were killed.", 800.0, unit="person", mode="killed")
    assert find([about, doc("g", "It killed 780 people.", 780.0, unit="person", mode="killed")], "s") == []
    e = doc("e", "The quake killed 700 people.", 700.0, unit="person", mode="killed")
    [conflict] = find([b, e], "s")  # two exact counts for one time still conflict
    assert "lower bound" in conflict.reason


def test_a_death_toll_that_rises_is_an_update_not_a_conflict():
    day1 = _dated(doc("a", "The quake killed 384 people.", 384.0, unit="person", mode="killed"), "2018-09-29")
    day2 = _dated(doc("b", "The quake killed 832 people.", 832.0, unit="person", mode="killed"), "2018-09-30")
    assert find([day1, day2], "s") == []
    same_day = doc("c", "The toll rose to 21 after divers found more bodies.", 21.0, unit="person", mode="killed")
    first = doc("d", "The boat accident killed 13 people.", 13.0, unit="person", mode="killed")
    assert find([same_day, first], "s") == []
    # a lower count published later is no update: it contradicts
    later_lower = _dated(doc("e", "The quake killed 300 people.", 300.0, unit="person", mode="killed"), "2018-10-01")
    assert len(find([day2, later_lower], "s")) == 1


def test_counts_of_events_on_different_dates_are_not_compared():
    a = doc("a", "86 soldiers marched.", 86.0, date="2025-05-09")
    b = doc("b", "68 soldiers marched.", 68.0, date="2025-05-07")
    assert find([a, b], "s") == []
