"""Build src/bilat/data/places.json.gz: cities and regions with a Wikidata id and names across scripts.

    .venv/bin/python scripts/build_places.py /work/.mirror/dr5hn+countries-states-cities-database/repo \
        --natural-earth /work/.mirror/martynafford+natural-earth-geojson/repo   # needs: pip install py7zr

Source: github.com/dr5hn/countries-states-cities-database (ODbL-1.0, "Countries States Cities
Database"), read from a git snapshot of it (the commit is recorded in the output):
- contributions/cities/<ISO2>.json: cities with population, Wikidata id, timezone and names in
  ar fa zh-CN ja ko ru uk de es fr tr (partly machine-made upstream, so only names in their own
  script are kept, see ``_script_ok``);
- csv/states.csv: first-level regions (provinces, governorates, states) with their native name;
- contributions/countries/countries.json: ISO2 -> ISO3 and each country's capital.
Thai and Vietnamese names come from CLDR exemplar cities (babel), for the cities CLDR names.

Second source: Natural Earth 1:10m populated places (public domain), as GeoJSON in the CC0 repository
github.com/martynafford/natural-earth-geojson (10m/cultural/ne_10m_populated_places.7z; 7,343
places, each with its Wikidata id and names in en ru zh de es fr pt). The snapshot we can fetch
lacks upstream's largest files, among them the city lists of the United States, Russia, Germany,
France and India, so Wheeling or Chicago were missing. A Natural Earth place whose Wikidata id is
already kept adds its names in scripts we lack; one that is not is added when it has at least
MIN_NE_POPULATION people or is a capital (national or first-level), and no kept city of that
country has its name (the two sources sometimes give one city different ids).

A first-level region and a city of the same country under one name (Hải Phòng / Haiphong, a province named
after its capital) are merged into the city (``merge_city_regions``): as two ids, every name they shared
named two places and was matched for neither.

Each place's matching keys (``normalize.match_text`` of its names, in the order of ``names``
sorted by language) are stored beside it, so loading needs no normalisation.

Kept: cities of at least MIN_POPULATION people, every capital, every CLDR exemplar city, and regions
of at least MIN_REGION_POPULATION (or without a count: Sulawesi, Mindanao). Arabic-script names of
three letters or fewer (صور, عين) are ordinary words too often, so they need MIN_SHORT_AR people.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bilat.normalize import match_text

OUT = ROOT / "src" / "bilat" / "data" / "places.json.gz"
MIN_POPULATION = 150_000
MIN_REGION_POPULATION = 1_000_000
MIN_SHORT_AR = 400_000
MIN_NE_POPULATION = 50_000
NE_FILE = "10m/cultural/ne_10m_populated_places.7z"
NE_NAMES = (("NAME", "en"), ("NAME_EN", "en"), ("NAME_RU", "ru"), ("NAME_ZH", "zh"), ("NAME_DE", "de"),
            ("NAME_ES", "es"), ("NAME_FR", "fr"))
LANGS = {"ar": "ar", "fa": "fa", "zh-CN": "zh", "ja": "ja", "ko": "ko", "ru": "ru", "uk": "uk",
         "de": "de", "es": "es", "fr": "fr", "tr": "tr"}
SCRIPTS = {"ar": ("ARABIC",), "fa": ("ARABIC",), "zh": ("CJK",), "ja": ("CJK", "KATAKANA", "HIRAGANA"),
           "ko": ("HANGUL",), "ru": ("CYRILLIC",), "uk": ("CYRILLIC",), "th": ("THAI",),
           "en": ("LATIN",), "de": ("LATIN",), "es": ("LATIN",), "fr": ("LATIN",), "tr": ("LATIN",), "vi": ("LATIN",)}


def git_show(repo: Path, path: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"], check=True, capture_output=True).stdout


def _script_ok(name: str, lang: str) -> bool:
    """Every letter of the name is in the language's script (drops untranslated upstream copies)."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(any(unicodedata.name(ch, "").startswith(s) for s in SCRIPTS[lang]) for ch in letters)


def _short_arabic(name: str) -> bool:
    return _script_ok(name, "ar") and sum(ch.isalpha() for ch in name) <= 3


def cldr_cities() -> dict[str, dict[str, str]]:
    """timezone -> {lang: exemplar city} for en th vi (CLDR via babel)."""
    from babel import Locale

    out: dict[str, dict[str, str]] = {}
    for lang in ("en", "th", "vi"):
        for tz, data in Locale(lang).time_zones.items():
            city = data.get("city") if hasattr(data, "get") else None
            if city:
                out.setdefault(tz, {})[lang] = city
    return out


def names_of(row: dict, cldr: dict[str, dict[str, str]]) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {"en": [row["name"]]}
    native = row.get("native") or ""
    for src, lang in LANGS.items():
        value = (row.get("translations") or {}).get(src)
        for v in (value, native if lang == "ar" else None):
            if v and _script_ok(v, lang) and v not in names.get(lang, []) and v != row["name"]:
                names.setdefault(lang, []).append(v)
    ex = cldr.get(row.get("timezone") or "", {})
    english = ex.get("en") or (row.get("timezone") or "").rsplit("/", 1)[-1].replace("_", " ")
    if english == row["name"]:
        for lang in ("th", "vi"):
            if ex.get(lang) and _script_ok(ex[lang], lang) and ex[lang] != row["name"]:
                names.setdefault(lang, []).append(ex[lang])
    return names


_FA_AR = str.maketrans({"ی": "ي", "ک": "ك", "ة": "ه", "ى": "ي", "أ": "ا", "إ": "ا", "آ": "ا", "پ": "ب", "چ": "ج", "گ": "ك",
                        "ژ": "ز", "ڤ": "ف", "ئ": "ي", "ؤ": "و"})


def _skeleton(name: str) -> str:
    s = name.translate(_FA_AR).replace(" ", "").replace("-", "")
    return s.removeprefix("ال")


def keep_names(names: dict[str, list[str]], population: int) -> dict[str, list[str]]:
    """Short Arabic-script names only for big places; a Persian name only when it spells the Arabic
    one (upstream machine translation gives تعزیه, "a passion play", for Ta'izz)."""
    out = {}
    ar = {_skeleton(v) for v in names.get("ar", [])}
    for lang, vs in names.items():
        vs = [v for v in vs if population >= MIN_SHORT_AR or not _short_arabic(v)]
        if lang == "fa" and ar:
            vs = [v for v in vs if _skeleton(v) in ar]
        if vs:
            out[lang] = vs
    return out


def cities(repo: Path, iso3: dict[str, str], capitals: dict[str, str], cldr: dict) -> list[dict]:
    listing = subprocess.run(["git", "-C", str(repo), "ls-tree", "--name-only", "HEAD", "contributions/cities/"],
                             check=True, capture_output=True, text=True).stdout.split()
    exemplar = {(tz, c.get("en")) for tz, c in cldr.items()}
    out = []
    for path in listing:
        try:
            rows = json.loads(git_show(repo, path))
        except (subprocess.CalledProcessError, json.JSONDecodeError):
            print(f"{path}: not in this snapshot, skipped", file=sys.stderr)
            continue
        for r in rows:
            pop = int(r.get("population") or 0)
            capital = capitals.get(r["country_code"]) == r["name"]
            if not r.get("wikiDataId") or not (pop >= MIN_POPULATION or capital
                                               or (r.get("timezone"), r["name"]) in exemplar):
                continue
            names = keep_names(names_of(r, cldr), max(pop, MIN_SHORT_AR if capital else 0))
            out.append({"id": r["wikiDataId"], "kind": "city", "name": r["name"],
                        "country": iso3.get(r["country_code"]), "population": pop or None, "names": names})
    return out


def regions(repo: Path, iso3: dict[str, str]) -> list[dict]:
    out = []
    for r in csv.DictReader(io.StringIO(git_show(repo, "csv/states.csv").decode("utf-8"))):
        pop = int(r["population"] or 0)
        if not r["wikiDataId"] or (r["population"] and pop < MIN_REGION_POPULATION):
            continue
        names = {"en": [r["name"]]}
        if r["native"] and r["native"] != r["name"] and _script_ok(r["native"], "ar"):
            names["ar"] = [r["native"]]
        out.append({"id": r["wikiDataId"], "kind": "region", "name": r["name"], "country": iso3.get(r["country_code"]),
                    "population": pop or None, "names": keep_names(names, pop)})
    return out


def natural_earth_rows(repo: Path) -> list[dict]:
    """The features' properties of Natural Earth's 10m populated places, from the 7z in the snapshot."""
    import tempfile

    import py7zr

    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "places.7z"
        archive.write_bytes(git_show(repo, NE_FILE))
        with py7zr.SevenZipFile(archive) as z:
            z.extractall(tmp)
        data = json.loads(next(Path(tmp).glob("*.json")).read_text(encoding="utf-8"))
    return [f["properties"] for f in data["features"]]


def ne_names(row: dict) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for field, lang in NE_NAMES:
        v = (row.get(field) or "").strip()
        if v and _script_ok(v, lang) and v not in names.get(lang, []) and (lang == "en" or v != row["NAME"]):
            names.setdefault(lang, []).append(v)
    return names


def add_natural_earth(places: list[dict], rows: list[dict], iso3: dict[str, str]) -> int:
    """Merge Natural Earth places into ``places`` (in place); returns how many were added."""
    by_id = {p["id"]: p for p in places}
    by_name = {(p["name"], p["country"]) for p in places if p["kind"] == "city"}
    added = 0
    for r in rows:
        qid = r.get("wikidataid")
        if not qid:
            continue
        names = ne_names(r)
        if qid in by_id:
            have = by_id[qid]["names"]
            for lang, vs in names.items():
                for v in vs:
                    if lang != "en" and v not in have.get(lang, []):
                        have.setdefault(lang, []).append(v)
            continue
        pop = int(r.get("POP_MAX") or 0)
        capital = "capital" in (r.get("FEATURECLA") or "").lower()
        if pop < MIN_NE_POPULATION and not capital:
            continue
        country = iso3.get(r.get("ISO_A2") or "") or r.get("ADM0_A3")
        if (r["NAME"], country) in by_name:  # the same city under another id upstream (Palu: Q14635 / Q15826)
            continue
        place = {"id": qid, "kind": "city", "name": r["NAME"], "country": country, "population": pop or None,
                 "names": keep_names(names, max(pop, MIN_SHORT_AR if capital else 0))}
        places.append(place)
        by_id[qid] = place
        by_name.add((r["NAME"], country))
        added += 1
    return added


def _same_name(name: str) -> str:
    """A place's name compared across its spellings: no diacritics, case, spaces, hyphens or apostrophes
    (Hải Phòng / Haiphong, Mohale's Hoek / Mohales Hoek)."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
                    if not unicodedata.combining(ch))
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def merge_city_regions(places: list[dict]) -> int:
    """A first-level region and a city of one country under one name (a municipality such as Hải Phòng /
    Haiphong, a province named after its capital) are one place: upstream gives them two Wikidata ids, so
    every name they share (海防, Хайфон) named two places and was matched for neither. The region's names
    join the city's and the region is dropped (in place); a name two cities of the country share is left
    alone. Returns how many regions were merged."""
    cities: dict[tuple[str | None, str], list[dict]] = {}
    for p in places:
        if p["kind"] == "city":
            cities.setdefault((p["country"], _same_name(p["name"])), []).append(p)
    drop = set()
    for i, p in enumerate(places):
        same = cities.get((p["country"], _same_name(p["name"]))) if p["kind"] == "region" else None
        if not same or len(same) != 1:
            continue
        city = same[0]
        for lang, vs in p["names"].items():
            for v in vs:
                if v not in city["names"].get(lang, []):
                    city["names"].setdefault(lang, []).append(v)
        drop.add(i)
    places[:] = [p for i, p in enumerate(places) if i not in drop]
    return len(drop)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("repo", type=Path, help="git snapshot of dr5hn/countries-states-cities-database")
    parser.add_argument("--natural-earth", type=Path, help="git snapshot of martynafford/natural-earth-geojson")
    args = parser.parse_args()
    repo = args.repo
    commit = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], check=True, capture_output=True,
                            text=True).stdout.strip()
    countries = json.loads(git_show(repo, "contributions/countries/countries.json"))
    iso3 = {c["iso2"]: c["iso3"] for c in countries}
    capitals = {c["iso2"]: c.get("capital") for c in countries}
    cldr = cldr_cities()
    places = cities(repo, iso3, capitals, cldr) + regions(repo, iso3)
    # one entry per id: upstream gives some ids twice (Palu and Palopo share Q14635); the bigger place keeps it
    best: dict[str, dict] = {}
    for p in places:
        if p["id"] not in best or (p["population"] or 0) > (best[p["id"]]["population"] or 0):
            best[p["id"]] = p
    unique = list(best.values())
    source = {"repository": "github.com/dr5hn/countries-states-cities-database", "commit": commit,
              "licence": "ODbL-1.0", "also": "CLDR exemplar cities (babel), Unicode licence",
              "built_by": "scripts/build_places.py"}
    if args.natural_earth:
        added = add_natural_earth(unique, natural_earth_rows(args.natural_earth), iso3)
        ne_commit = subprocess.run(["git", "-C", str(args.natural_earth), "rev-parse", "HEAD"], check=True,
                                   capture_output=True, text=True).stdout.strip()
        source["natural_earth"] = {"repository": "github.com/martynafford/natural-earth-geojson",
                                   "file": NE_FILE, "commit": ne_commit,
                                   "licence": "public domain (Natural Earth); repository CC0-1.0", "added": added}
    merged = merge_city_regions(unique)
    source["city_regions_merged"] = merged
    unique.sort(key=lambda p: p["id"])
    data = {"version": 1,
            "keys": [[match_text(n) for lang in sorted(p["names"]) for n in p["names"][lang]] for p in unique],
            "source": source,
            "places": unique}
    OUT.write_bytes(gzip.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode(), mtime=0))
    print(f"{len(unique)} places ({sum(p['kind'] == 'city' for p in unique)} cities) -> {OUT} "
          f"({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
