"""Which dates change between two versions of the dates stage, on real unlabelled news (issue 11).

    python bench/dates_diff.py --old /work/wt/datediff-old/src          # old tree's src/ vs this tree's
    python bench/dates_diff.py --old OLD/src --out /tmp/diff.jsonl      # each difference as one JSON line

Each version runs `find_dates(text, lang, published, sentences)` in its own process (the dates stage as the
pipeline calls it, sentences from the sentences splitter) over real text that is in no test half:
the SaudiNewsNet days (shared/devdata 07-23, bench/data saudi-2015-07-22 and -24; publication day from
each article), the 300 Fars News articles (no publication day), the dev half of bench/data/events (its
publication day), and bench/data/ntrex-leads.jsonl (no publication day in the file: a nominal 2018-09-20,
NTREX being September 2018 news, so relative dates resolve; their values are judged as offsets).
ntrex-dev.jsonl is left out: its languages (de, fr, es, ja, ko, uk, tr) are not bilat's.
A difference is a date found by one version and not the other with the same span, or the same span with
another value or end value. The judging (right or wrong) is done by reading; this script only lists.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "devdata"
NTREX_PUB = "2018-09-20"


def corpus() -> list[dict]:
    """(id, lang, published, text) of every article read, in a fixed order."""
    out: list[dict] = []

    def jsonl(path: Path) -> list[dict]:
        with path.open(encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]

    for name in ("ar-saudinewsnet-2015-07-23.jsonl",):
        for a in jsonl(SHARED / name):
            out.append({"id": a["id"], "lang": "ar", "pub": a.get("published"), "text": a["text"]})
    for name in ("saudi-2015-07-22.jsonl", "saudi-2015-07-24.jsonl"):
        for a in jsonl(ROOT / "bench" / "data" / name):
            out.append({"id": a["id"], "lang": "ar", "pub": a.get("published"), "text": a["text"]})
    for a in jsonl(SHARED / "fa-farsnews-300.jsonl"):
        out.append({"id": a["id"], "lang": "fa", "pub": None, "text": a["text"]})
    for i, a in enumerate(jsonl(ROOT / "bench" / "data" / "ntrex-leads.jsonl")):
        out.append({"id": f"ntrex-leads-{i}-{a['group']}", "lang": a["lang"], "pub": NTREX_PUB, "text": a["text"]})
    sys.path.insert(0, str(ROOT / "bench"))
    import event_corpus

    for a in event_corpus.load("dev"):
        pub = (a.get("published") or "")[:10] or None
        out.append({"id": a["id"], "lang": a["lang"], "pub": pub, "text": a["text"]})
    return [a for a in out if a["text"]]


def dump(src: str, articles: list[dict]) -> list[list]:
    sys.path.insert(0, src)
    from bilat.records import Sentence
    from bilat.stages.dates import find_dates
    from bilat.stages.sentences import split_sentences

    rows = []
    for a in articles:
        sents = tuple(Sentence(start=s, end=e) for s, e in split_sentences(a["text"], a["lang"], 0, len(a["text"])))
        for d in find_dates(a["text"], a["lang"], a["pub"], sents):
            rows.append([a["id"], d.start, d.end, d.text, d.value, d.end_value, d.resolution])
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--old", required=True, help="the old version's src/ folder")
    ap.add_argument("--new", default=str(ROOT / "src"), help="the new version's src/ (default: this tree's)")
    ap.add_argument("--out", help="write each difference as a JSON line here")
    ap.add_argument("--_dump", help=argparse.SUPPRESS)
    args = ap.parse_args()
    articles = corpus()
    if args._dump:
        json.dump(dump(args._dump, articles), sys.stdout, ensure_ascii=False)
        return
    res = {}
    for side, src in (("old", args.old), ("new", args.new)):
        p = subprocess.run([sys.executable, __file__, "--old", args.old, "--_dump", src],
                           capture_output=True, text=True, check=True)
        res[side] = {(r[0], r[1], r[2]): r for r in json.loads(p.stdout)}
    by_id = {a["id"]: a for a in articles}
    diffs = []
    for key in sorted(set(res["old"]) | set(res["new"])):
        o, n = res["old"].get(key), res["new"].get(key)
        if o is not None and n is not None and o[4:6] == n[4:6]:
            continue
        a = by_id[key[0]]
        t = a["text"]
        lo, hi = max(0, key[1] - 90), min(len(t), key[2] + 90)
        diffs.append({"id": key[0], "lang": a["lang"], "pub": a["pub"], "span": t[key[1]:key[2]],
                      "old": o[4:6] if o else None, "new": n[4:6] if n else None,
                      "context": t[lo:key[1]] + "[[" + t[key[1]:key[2]] + "]]" + t[key[2]:hi]})
    print(f"{len(articles)} articles; old {len(res['old'])} dates, new {len(res['new'])}; {len(diffs)} differ")
    print(Counter(d["lang"] for d in diffs))
    for d in diffs:
        print(json.dumps(d, ensure_ascii=False))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for d in diffs:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
