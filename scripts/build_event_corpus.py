"""Build bench/data/events/<batch>.jsonl from hand-written label files and the source articles.

    python scripts/build_event_corpus.py --pool POOL.jsonl [--pool ...] [--half dev] LABELS.lab [...]

POOL files hold the source articles, one JSON object a line: {id, lang, outlet, source, published,
title, text} (made from the fetched repositories listed in bench/data/events/SOURCES.md). Each
LABELS file `bench/data/events/labels/<batch>.lab` becomes `bench/data/events/<batch>.jsonl`.

Label file format (the labeller writes it while reading the article split by
bench/event_corpus.split_sentences):

    # comment
    @ <article id>
    s<k>: <item> ; <item> ; ...

Sentences that are not listed get empty lists. Items:
    E TYPE[/mode] ACT>REC [planned|negated|wish] [@"date expression"]
    P name | latin | role | ISO3          (latin, role or ISO3 may be "-" for unknown)
    C ISO3 ISO3 ...
An article listed with no sentence lines has no event, person or country in any sentence.
Articles whose source does not allow redistribution (NO_TEXT_PREFIXES) are written with
`text: null` and a sha1 of the text; scripts/rebuild_event_texts.py restores it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from event_corpus import DATA_DIR, SPLIT_FILE, split_sentences

TYPES = frozenset(
    ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
)
STATUSES = ("realised", "planned", "negated", "wish")
NO_TEXT_PREFIXES = ("mnc-", "ahdath-", "unc-", "cnews-", "bbc-", "hkcnews-", "gnews-", "wio-", "dkv-", "adayroi-", "webfa-", "webar-", "webfa2-", "webar2-", "audit2-", "rfarda-", "hamshahri-", "ttimes-", "webzh-", "webvi-", "webru-", "nytcn-", "ant-", "voazh-", "dwzh-", "weben-", "rfizh-", "ttvi-")
_EVENT = re.compile(
    r'^E\s+(?P<type>[A-Z]+)(?:/(?P<mode>[\w-]+))?\s+(?P<act>[A-Z]{3})>(?P<rec>[A-Z]{3})'
    r'(?:\s+(?P<status>planned|negated|wish|realised))?(?:\s+@"(?P<date>[^"]*)")?\s*$'
)
_ISO3 = re.compile(r"^[A-Z]{3}$")


class LabelError(ValueError):
    """A label line that does not follow the format."""


def parse_item(item: str, where: str) -> tuple[str, dict | list]:
    item = item.strip()
    if item.startswith("E "):
        match = _EVENT.match(item)
        if match is None or match["type"] not in TYPES:
            raise LabelError(f"{where}: bad event {item!r}")
        return "events", {
            "type": match["type"], "mode": match["mode"], "actor": match["act"],
            "recipient": match["rec"], "status": match["status"] or "realised",
            "date": match["date"],
        }
    if item.startswith("P "):
        fields = [f.strip() for f in item[2:].split("|")]
        if len(fields) != 4:
            raise LabelError(f"{where}: a person needs name | latin | role | ISO3: {item!r}")
        name, latin, role, country = (None if f in ("-", "") else f for f in fields)
        if country is not None and not _ISO3.match(country):
            raise LabelError(f"{where}: bad country {country!r}")
        return "people", {"name": name, "latin": latin, "role": role, "country": country}
    if item.startswith("C "):
        codes = item[2:].split()
        if not all(_ISO3.match(c) for c in codes):
            raise LabelError(f"{where}: bad countries {item!r}")
        return "countries", codes
    raise LabelError(f"{where}: unknown item {item!r}")


def parse_labels(path: Path) -> dict[str, dict[int, dict]]:
    """article id -> sentence index -> {events, people, countries}."""
    articles: dict[str, dict[int, dict]] = {}
    current: dict[int, dict] | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{path.name}:{number}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            current = articles.setdefault(line[1:].strip(), {})
            continue
        match = re.match(r"^s(\d+):\s*(.*)$", line)
        if match is None or current is None:
            raise LabelError(f"{where}: expected '@ id' or 's<k>: ...', got {line!r}")
        labels = current.setdefault(int(match[1]), {"events": [], "people": [], "countries": []})
        for item in filter(str.strip, match[2].split(" ; ")):
            key, value = parse_item(item, where)
            if key == "countries":
                labels["countries"].extend(c for c in value if c not in labels["countries"])
            else:
                labels[key].append(value)
    return articles


def build_article(source: dict, labels: dict[int, dict], where: str) -> dict:
    spans = split_sentences(source["text"], source["lang"])
    extra = [k for k in labels if k >= len(spans)]
    if extra:
        raise LabelError(f"{where}: {source['id']} has {len(spans)} sentences, labels for {extra}")
    sentences = []
    for index, (start, end) in enumerate(spans):
        entry = labels.get(index, {"events": [], "people": [], "countries": []})
        for person in entry["people"]:
            if person["name"] not in source["text"][start:end]:
                raise LabelError(f"{where}: {source['id']} s{index}: {person['name']!r} not in sentence")
        for event in entry["events"]:
            if event["actor"] == event["recipient"]:
                raise LabelError(f"{where}: {source['id']} s{index}: actor is recipient")
            for code in (event["actor"], event["recipient"]):
                if code not in entry["countries"]:
                    entry["countries"].append(code)
        sentences.append({"start": start, "end": end, **entry})
    text = source["text"]
    redistribute = not source["id"].startswith(NO_TEXT_PREFIXES)
    return {
        "id": source["id"], "lang": source["lang"], "outlet": source["outlet"],
        "source": source["source"], "published": source.get("published") or None,
        "title": source.get("title") if redistribute else None,
        "text": text if redistribute else None,
        "text_sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
        "sentences": sentences,
    }


def update_split(rows: list[dict], half_for_new: str | None = None) -> dict:
    """Give each new article a half; never move an article that already has one.

    An outlet's articles all go to one half: a new outlet goes to the half that has fewer
    sentences in its language so far. Outlets listed under "split_by_article" (the only
    outlet of a language, see README) are split article by article the same way.
    ``half_for_new`` (``--half``) puts every new article of a split-by-article outlet, and every
    new outlet, in that half instead (a batch added to widen dev); an outlet that already has a
    half keeps it.
    """
    split = json.loads(SPLIT_FILE.read_text(encoding="utf-8")) if SPLIT_FILE.exists() else {
        "note": "fixed before any tuning; new articles are added, none is ever moved",
        "split_by_article": [], "outlets": {}, "articles": {}}
    sizes: dict[tuple[str, str], int] = {}
    for path in sorted(DATA_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            half = split["articles"].get(row["id"])
            if half:
                key = (row["lang"], half)
                sizes[key] = sizes.get(key, 0) + len(row["sentences"])
    for row in rows:
        if row["id"] in split["articles"]:
            continue
        outlet_key = f"{row['lang']}:{row['outlet']}"
        by_article = outlet_key in split["split_by_article"]
        half = None if by_article else split["outlets"].get(outlet_key)
        if half is None:
            half = half_for_new or min(("dev", "test"), key=lambda h: sizes.get((row["lang"], h), 0))
            if not by_article:
                split["outlets"][outlet_key] = half
        split["articles"][row["id"]] = half
        key = (row["lang"], half)
        sizes[key] = sizes.get(key, 0) + len(row["sentences"])
    split["articles"] = dict(sorted(split["articles"].items()))
    split["outlets"] = dict(sorted(split["outlets"].items()))
    SPLIT_FILE.write_text(json.dumps(split, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return split


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pool", action="append", required=True, type=Path)
    parser.add_argument("--half", choices=("dev", "test"),
                        help="half for new articles of split-by-article outlets and for new outlets")
    parser.add_argument("labels", nargs="+", type=Path)
    args = parser.parse_args(argv)
    pool: dict[str, dict] = {}
    for path in args.pool:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                pool[record["id"]] = record
    failed = 0
    for label_path in args.labels:
        out = DATA_DIR / f"{label_path.stem}.jsonl"
        rows = []
        for article_id, labels in parse_labels(label_path).items():
            if article_id not in pool:
                print(f"{label_path.name}: {article_id}: not in the pool files", file=sys.stderr)
                failed += 1
                continue
            rows.append(build_article(pool[article_id], labels, label_path.name))
        with out.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        update_split(rows, args.half)
        print(f"{out}: {len(rows)} articles, {sum(len(r['sentences']) for r in rows)} sentences")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
