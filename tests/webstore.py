"""A small hand-built store for the web tests: documents with mentions and events, including
an XSS probe. No stories are linked here; story and conflict pages are exercised through the real
ingest path (tests/test_stories.py, tests/test_browser.py)."""

from __future__ import annotations

from bilat import store
from bilat.corpus import search
from bilat.records import Actor, Document, Event, Mention, Paragraph, Quantity, Removed, Sentence

XSS = '<script>alert(1)</script> and <img src=x onerror=alert(1)> in Hanoi'


def _doc(doc_id: str, lang: str, title: str, text: str, mentions=(), events=(), url=None, published=None,
         removed=()) -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", original=text, text=text, lang=lang, title=title,
                    url=url, outlet=(url or "").split("/")[2] if url else None, published=published,
                    paragraphs=(Paragraph(start=0, end=len(text), lang=lang),),
                    sentences=(Sentence(start=0, end=len(text)),), mentions=tuple(mentions),
                    events=tuple(events), removed=tuple(removed))


def _visit(doc_id: str, text: str, lang: str, date: str, n: int | None = None) -> Event:
    qs = (Quantity(start=0, end=2, text=str(n), value=float(n), unit="soldier", kind="count"),) if n else ()
    return Event(id=f"{doc_id}:e0", event="CONSULT", mode="visit", context=("diplomatic",),
                 actor=Actor(code="VNM", sector="GOV", entity_text="To Lam"), recipient=Actor(code="BLR"),
                 date=date, event_text=text, doc=doc_id, start=0, end=len(text), confidence=0.9, lang=lang,
                 quantities=qs)


def build(path: str) -> dict[str, Document]:
    ar = "زار تو لام بيلاروسيا ووقع البلدان اتفاقية. وصل وفد مكون من 86 جنديًا إلى موسكو."
    fa = "تو لام از بلاروس دیدار کرد و ۶۸ سرباز در رژه شرکت خواهند کرد."
    en = "To Lam visited Belarus and signed a visa agreement with Lukashenko."
    docs = {
        "dar": _doc("dar", "ar", "تو لام يزور بيلاروسيا", ar, url="https://vietnamnet.vn/a.html", published="2025-05-02",
                    mentions=[Mention(start=4, end=10, text=ar[4:10], entity="bilat:person:to-lam", kind="person",
                                      iso3="VNM", lang="ar"),
                              Mention(start=11, end=20, text=ar[11:20], entity="Q184", kind="country", iso3="BLR",
                                      lang="ar")],
                    events=[_visit("dar", ar, "ar", "2025-05-09", 86)],
                    removed=[Removed(kind="comment", text="تعليق (0)")]),
        "dfa": _doc("dfa", "fa", "سفر تو لام به بلاروس", fa, url="https://thanhnien.vn/b.htm", published="2025-05-02",
                    events=[_visit("dfa", fa, "fa", "2025-05-09", 68)]),
        "den": _doc("den", "en", "To Lam in Minsk", en, published="2025-05-03",
                    mentions=[Mention(start=16, end=23, text="Belarus", entity="Q184", kind="country", iso3="BLR",
                                      lang="en")],
                    events=[_visit("den", en, "en", "2025-05-10")]),
        "xss": _doc("xss", "en", XSS, XSS + ". Vietnam and Belarus talk.", published="2025-05-04"),
    }
    conn = store.connect(path)
    for d in docs.values():
        store.save_document(conn, d, after=search.index_document)
    conn.close()
    return docs
