"""Build src/bilat/data/lang_means.npz: the mean e5 vector of news leads per language.

Cross-lingual e5 similarities carry a language offset (two unrelated German articles look closer
than one article and its Japanese translation). Subtracting each language's mean removes most of
it; stories.py starts from these shipped means and refines them with the store's own articles.

    python scripts/build_lang_means.py ../shared/devdata   # reads the devdata JSONL files
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from bilat.embed import LEAD_CHARS, embed_leads

ISO3_TO_1 = {"deu": "de", "fra": "fr", "spa": "es", "jpn": "ja", "kor": "ko", "tur": "tr", "ukr": "uk"}
PER_LANG = 300
OUT = Path(__file__).resolve().parents[1] / "src" / "bilat" / "data" / "lang_means.npz"


def leads(devdata: Path) -> dict[str, list[str]]:
    by_lang: dict[str, list[str]] = defaultdict(list)
    for path, lang in ((devdata / "ar-saudinewsnet-2015-07-23.jsonl", "ar"),
                       (devdata / "fa-farsnews-300.jsonl", "fa"),
                       (devdata / "ntrex-dev.jsonl", None)):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            code = lang or ISO3_TO_1.get(row.get("lang", ""), row.get("lang"))
            title = (row.get("title") or "").strip()
            body = " ".join((row.get("text") or "")[:LEAD_CHARS * 2].split())
            if body.startswith(title):
                body = body[len(title):].strip()
            by_lang[code].append(f"{title}\n{body[:LEAD_CHARS]}".strip())
    rng = random.Random(7)
    return {k: rng.sample(v, min(PER_LANG, len(v))) for k, v in by_lang.items()}


def main(devdata: str) -> None:
    means = {}
    for lang, texts in sorted(leads(Path(devdata)).items()):
        vectors = embed_leads(texts)
        means[lang] = vectors.mean(axis=0).astype(np.float32)
        print(f"{lang}: {len(texts)} leads")
    means["_global"] = np.mean(list(means.values()), axis=0).astype(np.float32)
    np.savez_compressed(OUT, **means)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/devdata")
