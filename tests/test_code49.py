"""code49: the seams of a clean-up that changes no output.

- events.document_home is computed once per document (Extractor.batch) and handed both to the document's scope and
  to the event verifier;
- the events stage's span indexes live in the document's scope (events.document_scope), not in a module-global
  cache: another thread or a later document never sees them, and outside a scope a look-up scans;
- people tag Chinese with zh_viterbi.posseg_lcut (bilat's own POSTokenizer whose HMM step decodes with the faster
  Viterbi), and jieba.posseg is left as jieba ships it;
- the Persian words the events rules used to hold in code are read from data/direction.json.
Sentences written for the test."""

from __future__ import annotations

import importlib
import re
import threading
from pathlib import Path
from types import SimpleNamespace

import jieba.posseg
import pytest
from test_events import make_doc

from bilat import embed, zh_viterbi
from bilat.datafiles import read_json
from bilat.stages import event_verifier, events

AFGHAN = "کابل، ۱۵ حمل ۱۴۰۲\nوزیر امور خارجه روز دوشنبه با وزیر خارجه ازبکستان دیدار و گفت‌وگو کرد."
_JIEBA = importlib.import_module("jieba.posseg.viterbi").viterbi  # jieba's own decoder


@pytest.fixture(scope="module")
def verified():
    """The events stage without embeddings, with the packaged verifier."""
    return events.make_stage(embeddings=False, classifier=False, verifier=True)


def test_document_home_is_computed_once_and_given_to_the_verifier(verified, monkeypatch):
    calls, seen = [], []
    home = events.document_home
    verify = event_verifier.verify
    monkeypatch.setattr(events, "document_home", lambda d: calls.append(d.id) or home(d))

    def spy(doc, *a, doc_home, **k):
        seen.append((doc.id, doc_home, events._home("fa")))
        return verify(doc, *a, doc_home=doc_home, **k)

    monkeypatch.setattr(event_verifier, "verify", spy)
    docs = [make_doc(AFGHAN, "fa", [("ازبکستان", "UZB", "country")], doc_id="af"),
            make_doc("وزیر امور خارجه با وزیر خارجه عراق دیدار کرد.", "fa", [("عراق", "IRQ", "country")], doc_id="ir")]
    verified.batch(docs)
    assert sorted(calls) == ["af", "ir"]  # once per document, not again by the verifier
    # the verifier gets the stage's own home (an Afghan solar date: Afghanistan), after the document's scope ended
    assert seen == [("af", "AFG", "IRN"), ("ir", "IRN", "IRN")]


def test_the_stage_reads_the_home_it_was_given(lexical, monkeypatch):
    got = []
    monkeypatch.setattr(events.Extractor, "_document_at_home",
                        lambda self, doc, *a: got.append(events._home(doc.lang)) or doc)
    lexical.batch([make_doc(AFGHAN, "fa", [("ازبکستان", "UZB", "country")])])
    assert got == ["AFG"]
    assert events._SCOPE.get() is None


def _items(n: int, offset: int = 0) -> tuple:
    return tuple(SimpleNamespace(start=offset + 2 * i) for i in range(n))


def test_span_indexes_belong_to_their_document_scope():
    items = _items(100)
    assert events._span_index(items) is None  # outside a document's scope: no index, a scan
    assert events._starting_in(items, 10, 20) == list(items[5:10])
    with events.document_scope("en", None) as scope:
        assert events._starting_in(items, 10, 20) == list(items[5:10])
        assert id(items) in scope.spans and scope.spans[id(items)][0] is items
        other: list = []

        def look() -> None:
            with events.document_scope("en", None) as mine:
                other.append(dict(mine.spans))  # a fresh scope of its own: nothing of the first thread's
                other.append(events._starting_in(_items(100, 1000), 1000, 1004))
                other.append(len(mine.spans))

        t = threading.Thread(target=look)
        t.start()
        t.join()
        assert other[0] == {} and [x.start for x in other[1]] == [1000, 1002] and other[2] == 1
        assert list(scope.spans) == [id(items)]  # the other thread's index went into its own scope
    assert events._SCOPE.get() is None


def test_one_documents_indexes_are_not_kept_for_the_next():
    with events.document_scope("en", None) as first:
        events._starting_in(_items(50), 0, 10)
    with events.document_scope("en", None) as second:
        assert second.spans == {}
        assert [x.start for x in events._starting_in(_items(50, 7), 7, 11)] == [7, 9]
    assert len(first.spans) == 1 and len(second.spans) == 1


def test_fast_tagger_decodes_with_bilats_viterbi_and_leaves_jieba_alone(monkeypatch):
    text = "外交部发言人毛宁表示，中方同巴拉圭加强对话。卡斯特罗夫斯基抵达维尔纽斯，同立陶宛总理会谈。"
    used = []
    fast = zh_viterbi.viterbi
    monkeypatch.setattr(zh_viterbi, "viterbi", lambda *a: used.append(a[0]) or fast(*a))
    mine = [(w.word, w.flag) for w in zh_viterbi.posseg_lcut(text)]
    assert used, "unknown runs of Han characters went through bilat's decoder"
    assert jieba.posseg.viterbi is _JIEBA
    assert mine == [(w.word, w.flag) for w in jieba.posseg.lcut(text)]
    assert zh_viterbi._tokenizer().word_tag_tab is jieba.posseg.dt.word_tag_tab  # shared, not loaded again


def test_persian_rule_words_come_from_direction_json():
    data = read_json("direction.json")
    for key in ("home_counterpart_with", "host_passive", "addressee_marks", "uncertain_opening"):
        assert data[key]["_about"]
        assert events._direction_lang(key, "fa") == tuple(data[key]["fa"]) != ()
        assert events._direction_lang(key, "ar") == ()
    assert "تقدیم" in events._direction_lang("home_counterpart_with", "fa")
    opening = events._subject_opening("fa")
    for text, rest in (("به گزارش خبرگزاری ایرنا، وزیر امور خارجه گفت", "وزیر"), ("این  سخنگو افزود", "سخنگو"),
                       ("  یک مقام ارشد", "مقام"), ("وزیر خارجه", "وزیر")):
        assert text[opening.match(text).end():].startswith(rest), text
    assert events._subject_opening("ar").match("  هذا").end() == 2  # a language not listed: spaces only
    assert not re.search(r"^(?:WITH|SUBJECT_OPENING|HOST_PASSIVE|ADDRESSEE_MARKS|OPENING_FA)\s*=",
                         Path(events.__file__).read_text(encoding="utf-8"), re.MULTILINE)


def test_title_is_taken_off_the_body_once_for_lead_and_chunks():
    title = "Ministers meet in Hanoi"
    text = title + "\n" + "The two ministers discussed trade and investment at length. " * 40
    assert embed._title_and_body(f"  {title} ", text) == (title, text[len(title):])
    assert embed.lead(title, text).count(title) == 1
    chunks = embed.chunk_texts(title, text)
    assert chunks[0] == title and title not in "".join(chunks[1:])
