"""Checks on the hand-curated persons source files (scripts/gazetteer_src/persons/*.json)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from babel import Locale
from babel.core import get_global

FOLDER = Path(__file__).resolve().parents[1] / "scripts" / "gazetteer_src" / "persons"
TITLES = {"head_of_state", "head_of_government", "vice_president", "deputy_head_of_government",
          "foreign_minister", "deputy_foreign_minister", "defence_minister", "party_leader", "other"}
LANGS = {"en", "ru", "vi", "th", "ar", "fa", "zh"}
HISTORICAL = {"SUN", "YUG", "CSK", "DDR", "SCG", "XKX"}
# ISO 3166-1 alpha-3 codes of the states the files may name: UN members, observers and a few others.
ISO3 = frozenset(
    """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR
BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY
SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN
IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI
MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR
OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP
SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR
ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE PSE VAT TWN
""".split()  # noqa: SIM905 - a table is easier to check by eye
)
UN_MEMBERS = ISO3 - {"PSE", "VAT", "TWN"}


def _load() -> dict[str, list[dict]]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(FOLDER.glob("*.json"))}


@pytest.fixture(scope="module")
def files() -> dict[str, list[dict]]:
    return _load()


@pytest.fixture(scope="module")
def people(files) -> list[dict]:
    return [p for recs in files.values() for p in recs]


def _current(p: dict, title: str) -> bool:
    return any(r["title"] == title and r["end"] is None for r in p["roles"])


def _variants(p: dict, lang: str) -> list[str]:
    return p["names"].get(lang, [])


def _find(people: list[dict], name: str) -> dict:
    hits = [p for p in people if p["name"] == name]
    assert len(hits) == 1, f"{name}: {len(hits)} records"
    return hits[0]


def test_iso3_list_is_sane():
    assert len(UN_MEMBERS) == 193
    # CLDR (babel) maps every alpha-3 code to its alpha-2 territory: a typo in the table would not map
    aliases = get_global("territory_aliases")
    names = Locale("en").territories
    for code in ISO3:
        two = aliases.get(code)
        assert two and two[0] in names, code
    assert names[aliases["VNM"][0]] == "Vietnam" and names[aliases["KAZ"][0]] == "Kazakhstan"


def test_files_parse_and_are_lists(files):
    assert len(files) >= 5
    for name, recs in files.items():
        assert isinstance(recs, list) and recs, name


def test_record_shape(people):
    for p in people:
        who = p.get("name")
        assert isinstance(who, str) and who.strip() == who and who, p
        assert set(p) == {"id", "name", "country", "roles", "names"}, who
        assert p["country"] in ISO3 | HISTORICAL, (who, p["country"])
        assert p["id"] is None or re.fullmatch(r"Q[1-9]\d*", p["id"]), (who, p["id"])
        assert p["roles"], who
        for r in p["roles"]:
            assert r["title"] in TITLES, (who, r)
            for y in (r["start"], r["end"]):
                assert y is None or 1940 <= y <= 2026, (who, r)
            if r["start"] is not None and r["end"] is not None:
                assert r["start"] <= r["end"], (who, r)
        assert set(p["names"]) <= LANGS, who
        assert p["names"].get("en"), who
        assert who in p["names"]["en"], who


def test_name_variants_are_clean(people):
    latin = re.compile(r"[A-Za-z]")
    for p in people:
        for lang, vs in p["names"].items():
            assert isinstance(vs, list) and vs, (p["name"], lang)
            assert len(vs) == len(set(vs)), (p["name"], lang)
            for v in vs:
                assert v == v.strip() and v and "  " not in v, (p["name"], lang, v)
                assert unicodedata.normalize("NFC", v) == v, (p["name"], lang, v)
                if lang in ("ru", "th", "ar", "fa", "zh"):
                    assert not latin.search(re.sub(r"\b[IVX]+\b", "", v)), (p["name"], lang, v)  # Roman numerals allowed
            if lang == "fa":  # Persian letters, not the Arabic ي ك
                assert not any(ch in v for v in vs for ch in "يك"), (p["name"], vs)
            if lang == "ar":
                assert not any(ch in v for v in vs for ch in "یک"), (p["name"], vs)
            if lang == "zh":  # Xinhua: the middle dot, not a Latin period or the Japanese dot
                assert not any(ch in v for v in vs for ch in ".・"), (p["name"], vs)


def test_no_duplicate_people(people):
    qids = Counter(p["id"] for p in people if p["id"])
    assert not [q for q, n in qids.items() if n > 1]
    keys = Counter((p["name"], p["country"]) for p in people)
    assert not [k for k, n in keys.items() if n > 1]


def test_coverage_of_current_heads(people):
    hos = {p["country"] for p in people if _current(p, "head_of_state")}
    hog = {p["country"] for p in people if _current(p, "head_of_government")}
    assert len(hos & UN_MEMBERS) >= 150, sorted(UN_MEMBERS - hos)
    assert len((hos | hog) & UN_MEMBERS) >= 170, sorted(UN_MEMBERS - hos - hog)


@pytest.mark.parametrize("iso3", ["RUS", "CHN", "USA", "VNM", "BLR", "KAZ", "AZE", "ARM", "UZB",
                                  "IND", "IRN", "TUR", "SAU", "FRA", "GBR", "DEU", "JPN", "KOR", "THA", "LAO",
                                  "KHM", "IDN", "MYS", "SGP", "PHL"])
def test_key_states_have_foreign_and_defence_ministers(people, iso3):
    mine = [p for p in people if p["country"] == iso3]
    assert any(_current(p, "foreign_minister") for p in mine), iso3
    assert any(r["title"] == "defence_minister" for p in mine for r in p["roles"]), iso3


def test_must_haves(people):
    to_lam = _find(people, "Tô Lâm")
    assert "苏林" in _variants(to_lam, "zh") and "تو لام" in _variants(to_lam, "ar")
    assert to_lam["country"] == "VNM" and _current(to_lam, "party_leader")
    tokayev = _find(people, "Kassym-Jomart Tokayev")
    assert "توكاييف" in _variants(tokayev, "ar") and "توکایف" in _variants(tokayev, "fa")
    assert {"Tokayev", "Tokaev"} <= set(_variants(tokayev, "en"))
    aliyev = _find(people, "Ilham Aliyev")
    assert aliyev["country"] == "AZE" and "علييف" in _variants(aliyev, "ar")
    putin = _find(people, "Vladimir Putin")
    assert putin["id"] == "Q7747" and "普京" in _variants(putin, "zh") and "Путина" in _variants(putin, "ru")
    luka = _find(people, "Alexander Lukashenko")
    assert luka["country"] == "BLR" and _current(luka, "head_of_state")
    shoigu = _find(people, "Sergei Shoigu")
    assert "谢尔盖·绍伊古" in _variants(shoigu, "zh") and "Shoygu" in _variants(shoigu, "en")
    lich = _find(people, "Ngô Xuân Lịch")
    assert "吴春历" in _variants(lich, "zh") and lich["roles"][0]["title"] == "defence_minister"
    xi = _find(people, "Xi Jinping")
    assert xi["id"] == "Q15031" and "Tập Cận Bình" in _variants(xi, "vi")


def test_russian_inflection_not_given_to_women(people):
    sandu = _find(people, "Maia Sandu")
    assert "Санду" in _variants(sandu, "ru") and not any(v.endswith("ым") for v in _variants(sandu, "ru"))


def test_language_coverage_of_heads(people):
    heads = [p for p in people if _current(p, "head_of_state") or _current(p, "head_of_government")]
    floors = {"vi": 0.95, "zh": 0.9, "ru": 0.75, "ar": 0.65}  # what the files reach, less a margin
    for lang, floor in floors.items():
        share = sum(1 for p in heads if p["names"].get(lang)) / len(heads)
        assert share >= floor, (lang, share)


def test_no_variant_is_a_country_name(people):
    """A person's short form that is also a country's name (Cameron / كاميرون = Cameroon) would steal it."""
    for lang in LANGS:
        terr = {n.casefold() for n in Locale(lang).territories.values()}
        if lang == "ar":
            terr |= {n[2:] for n in terr if n.startswith("ال")}
        clash = [(p["name"], v) for p in people for v in p["names"].get(lang, []) if v.casefold() in terr]
        assert not clash, (lang, clash)
