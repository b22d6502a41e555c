"""A paragraph written in another script than the document's language is read in its own language (events.
PARAGRAPH_LANG): a Thai government release that quotes a long English letter is English by letter count, and its
Thai paragraphs still hold Thai triggers. Sentences composed for the test."""
from __future__ import annotations

import dataclasses

from test_events import make_doc

from bilat.records import Paragraph
from bilat.stages import events

TH = "พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ได้มีสารแสดงความเสียใจถึงประธานาธิบดีอิหร่าน"
EN = ("The Prime Minister wrote that the people of his country share the grief of the families who lost their homes "
      "and hopes that the region recovers soon from this disaster, which struck many villages near the border.")


def with_paragraphs(first: str, second: str, doc_lang: str, langs: tuple[str, str], mentions):
    text = f"{first}\n\n{second}"
    doc = make_doc(text, doc_lang, mentions, published="2017-11-16")
    b = len(first) + 2
    paras = (Paragraph(start=0, end=len(first), lang=langs[0]), Paragraph(start=b, end=len(text), lang=langs[1]))
    return dataclasses.replace(doc, paragraphs=paras)


def found(stage, doc):
    return [(e.event, e.actor.code, e.recipient.code) for e in events.exported(stage(doc).events)
            if e.actor and e.recipient]


MS = [("ประยุทธ์ จันทร์โอชา", "THA", "person"), ("อิหร่าน", "IRN", "country")]


def test_a_thai_paragraph_in_an_english_document_is_read_in_thai(lexical):
    doc = with_paragraphs(TH, EN, "en", ("th", "en"), MS)
    assert ("SUPPORT", "THA", "IRN") in found(lexical, doc)


def test_the_paragraph_language_is_kept_within_one_script():
    doc = with_paragraphs("متن اول", "متن دوم", "fa", ("ar", "fa"), ())
    assert events._paragraph_lang(doc, 0, "fa") == "fa"  # Persian and Arabic share a script: the document decides
    doc = with_paragraphs("ข้อความ", "Some English text", "en", ("th", "en"), ())
    assert events._paragraph_lang(doc, 0, "en") == "th"
    assert events._paragraph_lang(doc, 1, "en") == "en"
