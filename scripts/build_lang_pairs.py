"""Build src/bilat/data/lang_pairs.json: how close one text and its translation embed, per pair of languages.

Even after each language's mean is subtracted (``lang_means.npz``), the centred e5 cosine of an article
and its translation depends on the two languages: on the NTREX dev articles it is 0.47 for Arabic-Korean
and 0.77 for Spanish-French, while two unrelated articles score about 0 (99th percentile 0.22-0.30) in
every pair. A cross-language cosine of 0.35 is therefore strong evidence between Japanese and Spanish
and weak between German and French. The story scorer reads this table to rescale a cross-language
cosine (``story_scorer.lang_pair_scale``).

Measured on the articles of the NTREX **dev** events only (``bench/data/ntrex-events.json``): de es fr ja
ko tr uk from ``../shared/devdata/ntrex-dev.jsonl`` (professional translations), en ru zh th vi ar fa
from ``bench/data/ntrex-leads.jsonl`` (the dev articles among its 40). Each vector is the title and lead
(``embed.lead``, ``query:`` prefix, as the linker embeds), centred by the shipped language mean. For
each pair of languages: the mean cosine of an article and its translation (``same``), of two different
articles (``other``) and how many articles both languages hold (``n``).

    python scripts/build_lang_pairs.py ../shared/devdata
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_lang_means import ISO3_TO_1, TRANSLATED, read

from bilat.corpus import stories
from bilat.embed import embed_leads

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "bilat" / "data" / "lang_pairs.json"
EVENTS = ROOT / "bench" / "data" / "ntrex-events.json"


def main(devdata: str) -> None:
    dev = {d for e in json.loads(EVENTS.read_text(encoding="utf-8"))["events"] if e["split"] == "dev"
           for d in e["docs"]}
    texts: dict[tuple[str, str], str] = {}
    for lang, leads in [*read(Path(devdata) / "ntrex-dev.jsonl", ISO3_TO_1).items(), *read(TRANSLATED).items()]:
        texts.update({(lang, g): t for g, t in leads.items() if g in dev})
    keys = sorted(texts)
    means = stories.shipped_means()
    vectors = embed_leads([texts[k] for k in keys])
    centred = np.vstack([(v - means[k[0]]) / np.linalg.norm(v - means[k[0]]) for v, k in zip(vectors, keys)])
    at = {k: i for i, k in enumerate(keys)}
    sims = centred @ centred.T
    langs = sorted({k[0] for k in keys})
    pairs = {}
    for a, b in itertools.combinations(langs, 2):
        groups = sorted({g for x, g in keys if x == a} & {g for x, g in keys if x == b})
        same = [sims[at[(a, g)], at[(b, g)]] for g in groups]
        other = [sims[at[(a, g)], at[(b, h)]] for g in groups for h in groups if g != h]
        pairs[f"{a}|{b}"] = {"same": round(float(np.mean(same)), 4), "other": round(float(np.mean(other)), 4),
                             "n": len(groups)}
        print(f"{a}-{b}: {len(groups)} articles, translation {np.mean(same):.3f}, other {np.mean(other):.3f}")
    out = {"about": "mean centred e5 cosine (title + lead, query: prefix) of an NTREX dev article and its "
                    "translation (same) and of two different articles (other), per pair of languages; "
                    "built by scripts/build_lang_pairs.py",
           "reference": round(float(np.mean([p["same"] for p in pairs.values()])), 4), "pairs": pairs}
    OUT.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT} (reference {out['reference']})")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/devdata")
