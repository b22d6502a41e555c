"""Build src/bilat/data/capitals.json: each country's capital among the packaged places, with its names in CLDR.

    .venv/bin/python scripts/build_capitals.py /work/.mirror/dr5hn+countries-states-cities-database/repo

The gazetteer holds some 90 capitals and seats of power by hand (scripts/gazetteer_src/countries_extra.json
``places``); a capital it lacks (Bucharest, Buenos Aires, Quito, Mogadishu, Nouakchott) was matched only as a
city, never as its government ("Nouakchott rejected the proposal"). This file names, for every other state,
the place of data/places.json.gz that is its capital, so the entities stage treats it as a seat of power
(bilat.stages.places ``Places.capitals``), and adds the capital's names that the place lacks.

Sources: the capital of each country from contributions/countries/countries.json of the
countries-states-cities-database snapshot that places.json.gz was built from (ODbL-1.0; its commit is
checked against places.json.gz's); the capital's names in ar fa zh th vi ru uk ja ko de es fr tr from CLDR
exemplar cities (babel, Unicode licence) of the country's time zone named after it (Europe/Bucharest). Left
out: dependent territories (data/actors.json ``territories``), states whose seat the gazetteer already holds
(Moscow, The Hague), a capital with no place of its country under its name, and ``NOT_SEATS`` (Jerusalem,
contested; Male and Victoria, words and names far more often).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "bilat" / "data"
OUT = DATA / "capitals.json"
LANGS = ("en", "ar", "fa", "zh", "th", "vi", "ru", "uk", "ja", "ko", "de", "es", "fr", "tr")
# capitals left out by hand: a contested one, and names that are common words or given names far more often
NOT_SEATS = {"Jerusalem": "contested", "East Jerusalem": "contested", "Male": "an English word",
             "Victoria": "a given name, an Australian state, a Canadian city"}
SCRIPTS = {"ar": ("ARABIC",), "fa": ("ARABIC",), "zh": ("CJK",), "th": ("THAI",), "ru": ("CYRILLIC",),
           "uk": ("CYRILLIC",), "ja": ("CJK", "KATAKANA", "HIRAGANA"), "ko": ("HANGUL",)}


def _fold(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).lower() \
        .replace("-", " ").replace("'", "").strip()


def _script_ok(name: str, lang: str) -> bool:
    scripts = SCRIPTS.get(lang)
    letters = [ch for ch in name if ch.isalpha()]
    if not letters:
        return False
    if scripts is None:
        return all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)
    return all(any(unicodedata.name(ch, "").startswith(s) for s in scripts) for ch in letters)


def cldr_names(zones: list[str], capital: str) -> dict[str, list[str]]:
    """The exemplar city names of the time zone whose English city is the capital."""
    from babel import Locale

    en = Locale("en").time_zones
    zone = next((z for z in zones if _fold((en.get(z) or {}).get("city") or z.rsplit("/", 1)[-1].replace("_", " "))
                 == _fold(capital)), None)
    if zone is None:
        return {}
    out: dict[str, list[str]] = {}
    for lang in LANGS:
        city = (Locale(lang).time_zones.get(zone) or {}).get("city")
        if city and _script_ok(city, lang):
            out[lang] = [city]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("repo", type=Path, help="git snapshot of dr5hn/countries-states-cities-database")
    args = parser.parse_args()
    commit = subprocess.run(["git", "-C", str(args.repo), "rev-parse", "HEAD"], check=True, capture_output=True,
                            text=True).stdout.strip()
    places = json.loads(gzip.decompress((DATA / "places.json.gz").read_bytes()))
    if places["source"]["commit"] != commit:
        sys.exit(f"snapshot {commit} is not the one places.json.gz was built from ({places['source']['commit']})")
    countries = json.loads(subprocess.run(["git", "-C", str(args.repo), "show",
                                           "HEAD:contributions/countries/countries.json"],
                                          check=True, capture_output=True).stdout)
    territories = json.loads((DATA / "actors.json").read_text())["territories"]
    sys.path.insert(0, str(ROOT / "src"))
    from bilat import gazetteer as gz
    from bilat.stages import places as places_stage

    held = set(places_stage.load().aliases.values())
    gaz = gz.load()
    states = {e.iso3 for e in gaz.entities.values() if e.kind == "country" and e.iso3}
    seated = {e.country for e in gaz.entities.values() if e.kind == "place" and e.country}
    by_country: dict[str, list[dict]] = {}
    for p in places["places"]:
        by_country.setdefault(p.get("country"), []).append(p)
    out, missing = {}, []
    for c in sorted(countries, key=lambda c: c["iso3"]):
        iso3, capital = c["iso3"], (c.get("capital") or "").strip()
        if not capital or iso3 in territories or iso3 not in states or iso3 in seated or capital in NOT_SEATS:
            continue  # (a state whose seat the gazetteer holds: Moscow, The Hague)
        hits = [p for p in by_country.get(iso3, ()) if _fold(capital) in
                {_fold(n) for n in [p["name"], *(n for lang in ("en", "de", "es", "fr") for n in p["names"].get(lang, ()))]}]
        if not hits:
            missing.append(f"{iso3} {capital}")
            continue
        place = min(hits, key=lambda p: (p["kind"] != "city", -(p["population"] or 0), p["id"]))
        if place["id"] in held:
            continue
        names = {lang: [n for n in ns if n not in place["names"].get(lang, ())]
                 for lang, ns in cldr_names([z["zoneName"] for z in c.get("timezones") or ()], capital).items()}
        out[iso3] = {"place": place["id"], "name": place["name"], "names": {k: v for k, v in names.items() if v}}
    data = {"_about": __doc__.split("\n\n", 2)[2].strip().replace("\n", " "),
            "source": {"repository": "github.com/dr5hn/countries-states-cities-database", "commit": commit,
                       "file": "contributions/countries/countries.json", "licence": "ODbL-1.0",
                       "also": "CLDR exemplar cities (babel), Unicode licence", "built_by": "scripts/build_capitals.py"},
            "capitals": out}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    print(f"{len(out)} capitals -> {OUT}; no place for: {', '.join(missing)}")


if __name__ == "__main__":
    main()
