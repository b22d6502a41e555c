"""Build src/bilat/data/lang_means.npz: the mean e5 vector of news leads per language.

Cross-lingual e5 similarities carry a language offset (two unrelated German articles look closer
than one article and its Japanese translation). Subtracting each language's mean removes most of
it; stories.py starts from these shipped means and refines them with the store's own articles.
A language with no mean falls back to the global one, which is much worse: with it, two unrelated
Chinese leads score as high as 0.57 (99th percentile) where its own mean gives 0.26.

A mean should hold the language's offset and nothing else, so every language is measured on the
same articles:

- de es fr ja ko tr uk: the 123 NTREX articles (professional translations, in the devdata);
- en ru zh th vi ar fa: 40 of those articles whose French title and lead were translated into each
  language (``bench/data/ntrex-leads.jsonl``, machine translations made for this purpose). Their
  mean is taken as offset plus shared topic: the language's mean over the 40 minus the NTREX
  languages' mean over the same 40, plus the NTREX languages' mean over all 123.

    python scripts/build_lang_means.py ../shared/devdata
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from bilat.embed import embed_leads, lead

ISO3_TO_1 = {"deu": "de", "fra": "fr", "spa": "es", "jpn": "ja", "kor": "ko", "tur": "tr", "ukr": "uk"}
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "bilat" / "data" / "lang_means.npz"
TRANSLATED = ROOT / "bench" / "data" / "ntrex-leads.jsonl"


def read(path: Path, lang_of: dict[str, str] | None = None) -> dict[str, dict[str, str]]:
    """{lang: {group: lead}}"""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        lang = (lang_of or {}).get(row["lang"], row["lang"])
        out[lang][row["group"]] = lead(row.get("title"), row.get("text"))
    return out


def mean_of(texts: list[str]) -> np.ndarray:
    return embed_leads(texts).mean(axis=0).astype(np.float32)


def main(devdata: str) -> None:
    ntrex = read(Path(devdata) / "ntrex-dev.jsonl", ISO3_TO_1)
    translated = read(TRANSLATED)
    shared = sorted(set.intersection(*(set(g) for g in translated.values())))
    means, on_shared = {}, []
    for lang, leads in sorted(ntrex.items()):
        means[lang] = mean_of(list(leads.values()))
        on_shared.append(mean_of([leads[g] for g in shared]))
        print(f"{lang}: {len(leads)} leads")
    reference, reference_shared = np.mean(list(means.values()), axis=0), np.mean(on_shared, axis=0)
    for lang, leads in sorted(translated.items()):
        means[lang] = (mean_of([leads[g] for g in shared]) - reference_shared + reference).astype(np.float32)
        print(f"{lang}: {len(shared)} translated leads")
    means["_global"] = np.mean(list(means.values()), axis=0).astype(np.float32)
    np.savez_compressed(OUT, **means)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/devdata")
