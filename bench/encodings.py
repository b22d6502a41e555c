"""Legacy and BOM-less encodings on real articles: encode each article, decode it with encodings.decode,
count exact round trips (docs/pipeline.md, "Decoding").

    .venv/bin/python bench/encodings.py [--th DIR] [--zh DIR] [--ru DIR] [--nuls 50]

devdata gives ar, fa and the NTREX languages (fr, es cp1252 too since robust49); the bundled samples
(src/bilat/samples, split into paragraphs, the whole text too) give vi cp1258 (written as Windows
writes it: a precomposed letter where cp1258 has one, else the base letter and a combining tone mark;
decoded text is compared in NFC), th tis-620/cp874, zh gb18030 and ar cp1256; --ru adds KOI8-R and cp1251; --th / --zh add folders of .txt/.md articles (robust4
used 40 PyThaiNLP/thaigov-corpus files, thaigov2-9/, commit ee227b25, public domain, and 40
hkarchivist/hkcnews-article-archive files, commit 635cc02f, (c) Citizen News; not committed).
--nuls N (dates50) writes a stray NUL byte after every N bytes of each legacy-encoded text (not UTF-16) and reads
it as ingest.read_data does before decoding (stray_nuls_removed, then binary_kind): a binary verdict is a miss.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections import Counter
from pathlib import Path

from bilat.encodings import binary_kind, decode, stray_nuls_removed

DEVDATA = Path(__file__).resolve().parents[1].parent / "shared" / "devdata"
SAMPLES = Path(__file__).resolve().parents[1] / "src" / "bilat" / "samples"
NTREX = {"ukr": ("uk", ["cp1251", "koi8-u"]), "deu": ("de", ["cp1252"]), "jpn": ("ja", ["shift_jis", "euc-jp"]),
         "kor": ("ko", ["euc-kr"]), "tur": ("tr", ["cp1254"]), "fra": ("fr", ["cp1252"]), "spa": ("es", ["cp1252"])}
SAMPLE_SETS = {"vi": ["cp1258"], "th": ["tis-620", "cp874"], "zh": ["gb18030"], "ar": ["cp1256"]}
UNMARKED = ["utf-16-le", "utf-16-be"]
TONES = "\u0300\u0301\u0303\u0309\u0323"  # the five tone marks cp1258 writes as combining characters


def encoded(text: str, encoding: str) -> bytes:
    """The text in ``encoding``; cp1258 as Windows writes Vietnamese (a precomposed letter where the code page
    has one, else the letter without its tone mark and the mark as a combining character)."""
    if encoding != "cp1258":
        return text.encode(encoding)
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out += (base + "".join(c for c in parts if c in TONES)).encode("cp1258")
    return bytes(out)


def samples(lang: str) -> list[str]:
    """A bundled sample's paragraphs, then its whole text."""
    text = next(SAMPLES.glob(f"{lang}-*.txt")).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()] + [text]


def jsonl(path: Path, n: int) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for _, line in zip(range(n), fh)]


def folder(path: Path, n: int) -> list[str]:
    files = sorted(p for p in path.iterdir() if p.suffix in (".txt", ".md"))[:n]
    return [p.read_text(encoding="utf-8-sig") for p in files]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--th", type=Path)
    ap.add_argument("--zh", type=Path)
    ap.add_argument("--ru", type=Path)
    ap.add_argument("-n", type=int, default=40)
    ap.add_argument("--nuls", type=int, default=0, help="a stray NUL after every N bytes of legacy-encoded text")
    args = ap.parse_args()
    sets: dict[str, tuple[list[str], list[str]]] = {
        "ar": (jsonl(DEVDATA / "ar-saudinewsnet-2015-07-23.jsonl", args.n), ["cp1256"]),
        "fa": (jsonl(DEVDATA / "fa-farsnews-300.jsonl", args.n), ["cp1256"])}
    ntrex = [json.loads(line) for line in (DEVDATA / "ntrex-dev.jsonl").open(encoding="utf-8")]
    for code, (lang, encodings) in NTREX.items():
        sets[lang] = ([o["text"] for o in ntrex if o.get("lang") == code][: args.n // 2], encodings)
    for lang, encodings in SAMPLE_SETS.items():
        sets[f"{lang}-sample"] = (samples(lang), encodings)
    if args.ru:
        sets["ru"] = (folder(args.ru, args.n), ["koi8-r", "cp1251"])
    if args.th:
        sets["th"] = (folder(args.th, args.n), ["tis-620", "cp874"])
    if args.zh:
        sets["zh"] = (folder(args.zh, args.n), ["big5hkscs", "gb18030"])
    for lang, (texts, encodings) in sets.items():
        for encoding in encodings + ([] if args.nuls else UNMARKED):
            ok = tried = 0
            misses: Counter[str] = Counter()
            for text in texts:
                text = text[:3000]
                try:
                    data = encoded(text, encoding)
                except UnicodeEncodeError:
                    continue
                tried += 1
                warnings: list[str] = []
                if args.nuls:
                    data = b"".join(data[i:i + args.nuls] + b"\x00" for i in range(0, len(data), args.nuls))
                    data = stray_nuls_removed(data, "x", warnings.append)
                    if binary_kind(data) is not None:
                        misses["binary data"] += 1
                        continue
                    warnings.clear()
                if decode(data, "x", warnings.append) == (unicodedata.normalize("NFC", text) if encoding == "cp1258" else text):
                    ok += 1
                else:
                    misses[(warnings[0].split("; ")[-1] if warnings else "no warning")[:40]] += 1
            print(f"{lang:9} {encoding:10} {ok}/{tried}  {dict(misses.most_common(2))}")
    plain = [t for texts, _ in sets.values() for t in texts]
    same = sum(1 for t in plain if decode(t.encode(), "x", lambda _: None) == t)
    print(f"utf-8 unchanged {same}/{len(plain)}")


if __name__ == "__main__":
    main()
