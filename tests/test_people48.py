"""people48 (issue 10): learned names scoped to their document, a seat in the role phrase before a later
country, and the gold gazetteer link of bench/people.py."""

import sys
from pathlib import Path

import pytest

from bilat.records import Document
from bilat.stages import entities
from bilat.stages.entities import make_stage

A = "Kenyan Foreign Minister Nyokabi Mohameda met her Ugandan counterpart in Nairobi on Monday."
B = "Nyokabi Mohameda said on Tuesday that the talks would resume next week."  # (Nyokabi: no listed given name, so B alone has no reading)


def _people(stage, text: str, lang: str = "en", doc_id: str = "d") -> list[tuple]:
    doc = stage(Document(id=doc_id, source="t", original=text, text=text, lang=lang))
    return [(m.start, m.end, m.entity, m.iso3) for m in doc.mentions if m.kind == "person"]


@pytest.fixture(scope="module")
def scoped():
    return make_stage()


def test_a_then_b_is_b_alone(scoped):
    weak = "Foreign Minister Nyokabi Mohameda met her counterpart on Monday."  # no country: a weak name (docscope)
    assert _people(scoped, weak, doc_id="a")
    after_a = _people(scoped, B, doc_id="b")
    alone = _people(make_stage(), B, doc_id="b")
    assert after_a == alone
    assert after_a == []  # B has no role apposition: its name is unknown without A


def test_a_taught_name_still_known_in_a(scoped):
    assert _people(scoped, A + " Mohameda later flew home. Nyokabi Mohameda said so.", doc_id="a2")[-1][2:] == (
        "bilat:person:nyokabi-mohameda", "KEN")


def test_process_scope_still_available():
    stage = make_stage(per_document=False)
    _people(stage, A, doc_id="a")
    assert [p[2:] for p in _people(stage, B, doc_id="b")] == [("bilat:person:nyokabi-mohameda", "KEN")]


def test_store_seed_stays_known(monkeypatch):
    monkeypatch.setattr(entities, "CARRY_STRONG", True)  # a strong seed is known (entities.Carry)
    taught = make_stage()(Document(id="a", source="t", original=A, text=A, lang="en")).learned
    stage = make_stage(learned=taught)
    assert [p[2:] for p in _people(stage, B)] == [("bilat:person:nyokabi-mohameda", "KEN")]
    assert [p[2:] for p in _people(stage, B)] == [("bilat:person:nyokabi-mohameda", "KEN")]  # and after a document


@pytest.mark.parametrize("lang,text", [
    ("fa", "ذبیح‌الله مجاهد، سخنگوی طالبان به رسانه‌های پاکستانی گفت مذاکرات ادامه دارد."),
    ("en", "Taliban spokesman Zabihullah Mujahid told Pakistan's Geo TV that the talks would go on."),
    ("zh", "塔利班发言人扎比乌拉·穆贾希德表示，代表团将前往莫斯科。"),
])
def test_taliban_official_is_afghan(scoped, lang, text):
    assert [p[3] for p in _people(scoped, text, lang)] == ["AFG"]


def test_gold_link_from_latin():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import people as bench_people

    gold = bench_people.GoldLinks()
    assert gold.ids("George W. Bush") == {"bilat:person:george-w-bush-usa"}  # the initial tells the Bushes apart
    assert gold.ids("Jeb Bush") == set()  # no gazetteer person: a link to either Bush is wrong
    assert gold.linked("bilat:person:george-w-bush-usa") == "bilat:person:george-w-bush-usa"
    assert gold.linked("bilat:person:nyokabi-mohameda") is None


@pytest.mark.parametrize("lang,text,surname", [
    ("ru", "Кандидат в президенты США Джеб Буш заявил, что поддерживает Израиль.", "Буш"),
    ("vi", "Chánh án Tối cao John Roberts, Đệ nhất phu nhân Jill Biden, Đệ nhị phu nhân và Tổng thống Biden.", "Jill Biden"),
])
def test_other_given_name_is_another_person(scoped, lang, text, surname):
    doc = scoped(Document(id="g", source="t", original=text, text=text, lang=lang))
    at = text.index(surname)
    linked = [m.entity for m in doc.mentions if m.kind == "person" and m.start <= at < m.end]
    assert not any(e in ("bilat:person:george-w-bush-usa", "bilat:person:george-h-w-bush-usa", "Q6279") for e in linked)


def test_own_given_name_keeps_the_link(scoped):
    text = "Кандидат в президенты США Джордж Буш заявил, что поддерживает Израиль."
    doc = scoped(Document(id="g", source="t", original=text, text=text, lang="ru"))
    assert "bilat:person:george-w-bush-usa" in [m.entity for m in doc.mentions if m.kind == "person"]


def test_initials_tell_namesakes_apart(scoped):
    text = "His comments came as President George W Bush said the war was over."
    assert [p[2] for p in _people(scoped, text)] == ["bilat:person:george-w-bush-usa"]
