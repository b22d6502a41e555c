"""robust48 (issue 11): the events stage was quadratic in the number of sentences on a page of many short lines
(a table, a list): every sentence scanned every paragraph, date, figure, mention and sentence of the document.
7,143 one-word lines took 20 s, a 3,000-row table 34 s. The look-ups are now by bisection; these tests check they
give exactly what the scans gave, and fast."""

import contextlib
import random
import time
from types import SimpleNamespace

import pytest

from bilat import plover
from bilat.records import Paragraph, Sentence
from bilat.stages import events


def _naive_paragraphs(sents, bounds):
    return [next((i for i, (a, b) in enumerate(bounds) if a <= s.start < max(b, a + 1)), -1) for s in sents]


def _doc(text="", paragraphs=()):
    return SimpleNamespace(text=text, paragraphs=paragraphs)


def test_paragraph_index_same_as_scan_with_empty_paragraphs_and_gaps():
    rng = random.Random(48)
    for _ in range(200):
        bounds, pos = [], 0
        for _ in range(rng.randint(1, 12)):
            pos += rng.choice([0, 0, 1, 2])
            length = rng.choice([0, 0, 1, 3, 7])
            bounds.append((pos, pos + length))
            pos += length
        paras = tuple(Paragraph(start=a, end=b) for a, b in bounds)
        sents = tuple(Sentence(start=x, end=x + 1) for x in sorted(rng.sample(range(pos + 3), min(pos + 3, 8))))
        assert events._paragraph_index("", sents, _doc(paragraphs=paras)) == _naive_paragraphs(sents, bounds)


def test_paragraph_index_of_lines_without_paragraphs_and_out_of_order_paragraphs():
    text = "Iran.\n\nIraq.\nx\n\n\nSyria met Iran."
    sents = (Sentence(start=0, end=5), Sentence(start=7, end=12), Sentence(start=13, end=14), Sentence(start=17, end=32))
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    assert events._paragraph_index(text, sents, _doc(text)) == _naive_paragraphs(sents, lines) == [0, 2, 3, 6]
    shuffled = (Paragraph(start=13, end=14), Paragraph(start=0, end=12))  # not in text order: scanned as before
    assert events._paragraph_index(text, sents, _doc(text, shuffled)) == [1, 1, 0, -1]


def test_paragraph_index_of_20000_lines_is_fast():
    n = 20_000
    paras = tuple(Paragraph(start=3 * i, end=3 * i + 2) for i in range(n))
    sents = tuple(Sentence(start=3 * i, end=3 * i + 2) for i in range(n))
    t0 = time.process_time()
    got = events._paragraph_index("", sents, _doc(paragraphs=paras))
    assert time.process_time() - t0 < 3  # a scan per sentence: 200 million steps, minutes
    assert got == list(range(n))


def test_starting_in_and_sentence_number_same_as_scans():
    rng = random.Random(7)
    for n in (0, 5, 31, 32, 200):
        starts = [rng.randint(0, 300) for _ in range(n)]  # not sorted, with repeats
        items = tuple(SimpleNamespace(start=x, n=k) for k, x in enumerate(starts))
        sents = tuple(Sentence(start=x, end=x + 1) for x in starts)
        for scoped in (False, True):  # outside a document's scope, scanned; in it, by its index
            with events.document_scope("en", None) if scoped else contextlib.nullcontext():
                for lo in range(-2, 305, 7):
                    for hi in (lo, lo + 1, lo + 13, lo + 400):
                        assert events._starting_in(items, lo, hi) == [x for x in items if lo <= x.start < hi]
                    assert events._sentence_number(sents, lo) == next((k for k, x in enumerate(sents) if x.start == lo), None)
                assert events._starting_in(list(items), 10, 50) == [x for x in items if 10 <= x.start < 50]


def test_starting_in_a_new_tuple_is_not_answered_from_an_old_index():
    with events.document_scope("en", None):
        a = tuple(SimpleNamespace(start=i) for i in range(100))
        assert len(events._starting_in(a, 0, 10)) == 10
        b = tuple(SimpleNamespace(start=i + 1000) for i in range(100))
        assert events._starting_in(b, 0, 10) == [] and len(events._starting_in(b, 1000, 1010)) == 10


def test_starting_in_20000_sentences_is_fast():
    n = 20_000
    items = tuple(SimpleNamespace(start=2 * i) for i in range(n))
    t0 = time.process_time()
    with events.document_scope("en", None):  # the stage looks up in a document's scope (Extractor._document)
        hits = sum(len(events._starting_in(items, 2 * i, 2 * i + 1)) for i in range(n))
        found = sum(events._sentence_number(items, 2 * i) == i for i in range(n))
    assert time.process_time() - t0 < 3  # scans: 400 million steps
    assert hits == n and found == n


@pytest.mark.parametrize("lang", sorted(plover.EXCLUDE))
def test_excluded_same_as_searching_each_word(lang):
    from bilat.normalize import match_text

    def every_word(folded):
        out = []
        for pat in events._exclude_patterns(lang):
            out.extend((m.start(), m.end()) for m in pat.finditer(folded))
        return out

    words = [match_text(w) for w in plover.EXCLUDE[lang][:40]]
    texts = ["", "12 | 34 | 56", "Iran met Iraq.", " ".join(words[:3]), "x " + words[-1] + " y " + words[0]]
    for t in texts:
        assert events._excluded(t, lang) == every_word(t)
    assert events._excluded(" ".join(words), lang)  # the words themselves are found


def test_a_line_of_digits_is_read_in_linear_time_by_the_comment_counter():
    """clean.COUNTER ("120/500 characters", a comment box's counter) searched from every digit of a run again:
    a line of 500,000 digits (a dump, a number table without spaces) took more than 5 minutes in the clean stage."""
    from bilat.stages import clean

    t0 = time.process_time()
    assert clean._kind("7" * 200_000) is None
    assert clean._kind("3" * 100_000 + "/" + "4" * 100_000 + " xyz") is None
    assert time.process_time() - t0 < 3  # quadratic: about 0.2 s for 5,000 digits, minutes for 200,000
    assert clean._kind("0/500 characters") == "comment"
    assert clean._kind("Bình luận 12 / 1000 ký tự") == "comment"
    assert clean.COUNTER.search("a1234/56 chars").group() == "1234/56 chars"
