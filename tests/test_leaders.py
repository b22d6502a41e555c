"""Leaders since 1990 (scripts/build_leaders.py -> scripts/gazetteer_src/leaders.json -> the gazetteer)."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

from bilat import gazetteer
from bilat.normalize import match_text
from bilat.records import Document
from bilat.stages.entities import make_stage

ROOT = Path(__file__).resolve().parents[1]
LEADERS = ROOT / "scripts" / "gazetteer_src" / "leaders.json"


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _by_name(gaz, name: str):
    hits = [e for e in gaz.entities.values() if e.kind == "person" and name in e.names.get("en", ())]
    assert len(hits) == 1, (name, [e.id for e in hits])
    return hits[0]


def test_leaders_file_records_its_sources():
    data = json.loads(LEADERS.read_text(encoding="utf-8"))
    for src in data["sources"].values():
        assert len(src["commit"]) == 40 and src["repository"].count("/") == 1
    for p in data["people"]:
        assert p["id"] is None or p["id"].startswith("Q"), p
        assert p["roles"] and all(r["country"] and r["title"] for r in p["roles"]), p


def test_heads_since_1990_of_every_region():
    gaz = gazetteer.load()
    starts = Counter()
    for e in gaz.entities.values():
        for r in e.roles:
            if r.title in ("head_of_state", "head_of_government") and r.start and r.start < 2000 and (r.end or 9999) >= 1990:
                starts[r.country] += 1
    assert len(starts) >= 150 and sum(starts.values()) >= 500
    yeltsin = _by_name(gaz, "Boris Yeltsin")
    assert yeltsin.country == "RUS" and any(r.title == "head_of_state" and r.start <= 1991 for r in yeltsin.roles)
    kiet = _by_name(gaz, "Võ Văn Kiệt")
    assert kiet.country == "VNM" and any(r.title == "head_of_government" and r.end == 1997 for r in kiet.roles)


def test_wikidata_qids_reach_the_hand_written_persons():
    gaz = gazetteer.load()
    lavrov = gaz.get("Q58217")  # Wikidata's "Sergey Lavrov" is the hand-written "Sergei Lavrov"
    assert lavrov is not None and lavrov.name == "Sergei Lavrov" and lavrov.names.get("fa")
    assert gaz.get("Q4298520").name == "Mikhail Mishustin"
    assert not [e for e in gaz.entities.values() if e.kind == "person" and e.name == "Sergey Lavrov"]
    # the id a person had before it took its QID still resolves (stores written by an earlier build)
    assert gaz.get("bilat:person:sergei-lavrov-rus") is lavrov
    assert gaz.aliases and all(old not in gaz.entities and gaz.get(old).id == new for old, new in gaz.aliases.items())


def test_no_key_names_two_persons_and_no_bare_given_names():
    gaz = gazetteer.load()
    for p in gaz.patterns:
        assert [gaz.get(i).kind for i in p.entities].count("person") <= 1, p
    person_keys = {p.key for p in gaz.patterns if any(gaz.get(i).kind == "person" for i in p.entities)}
    for word in ("Philippe", "Henri", "Hussein", "Jean", "Akihito"):  # kings known by one short name
        assert match_text(word) not in person_keys, word


def _people(stage, text: str, lang: str) -> dict[str, str]:
    doc = stage(Document(id="t", source="t", original=text, text=text, lang=lang))
    return {m.text: m.iso3 for m in doc.mentions if m.kind == "person"}


def test_leaders_found_in_english_and_vietnamese_text():
    stage = make_stage(learn=False)
    en = "In 1994 President Boris Yeltsin received John Major in Moscow, and Jiang Zemin sent a message."
    assert _people(stage, en, "en") == {"Boris Yeltsin": "RUS", "John Major": "GBR", "Jiang Zemin": "CHN"}
    vi = "Thủ tướng Võ Văn Kiệt tiếp Tổng thống Pháp Jacques Chirac tại Hà Nội."
    assert _people(stage, vi, "vi") == {"Võ Văn Kiệt": "VNM", "Jacques Chirac": "FRA"}


def test_parse_a_state_leaders_page():
    bl = _module("build_leaders")
    lines = ("Europe", "_Ruritania_", "-   Ruritanian People's Republic", ":*Presidents (complete list) –",
             "::*Rudolf Rassendyll, Acting President (1985), President (1985–1991)",
             "::*Flavia Elphberg, President (1991–present)", ":*Governors-General (complete list) –",
             "::*Sapt Tarlenheim, Governor-General (1990–1995)", ":*Prime ministers (complete list) –",
             "::*Rupert Hentzau", ":::*Prime minister (1992–1994)", ":::*Vice President (1994–1996)",
             "::*Military Council, Prime minister (1996–1997)")
    page = "\n\n".join(lines)
    stats = Counter()
    rows = bl.parse_wikipedia(page, lambda name: "RUR" if "Ruritania" in name else None, stats)
    got = [(r["name"], r["title"], r["start"], r["end"]) for r in rows]
    assert got == [("Rudolf Rassendyll", "head_of_state", 1985, 1991), ("Flavia Elphberg", "head_of_state", 1991, None),
                   ("Rupert Hentzau", "head_of_government", 1992, 1994),
                   ("Military Council", "head_of_government", 1996, 1997)]  # dropped later: not a person's name
    assert bl.clean_person_name("Military Council") is None and bl.clean_person_name("Sheikh Sabah Al-Ahmad") == "Sabah Al-Ahmad"
    assert stats["wikipedia rows: role not kept"] == 2  # governor-general, vice president (1985 ended before 1990)
    assert bl.years("1991–1992, 1996–1999, 2012–present") == [(1991, 1992), (1996, 1999), (2012, None)]


def test_parse_a_country_with_one_office():
    """A country with one office lists its holders right under the country (":*Name, Role (years)"),
    with no office header: those rows are people, not offices (the United States, Mexico, ...)."""
    bl = _module("build_leaders")
    lines = ("Americas: North", "-   Ruritania (complete list) –", ":*Rudolf Rassendyll, President (1985–1993)",
             ":*Flavia Elphberg, President (1993–2001)", ":*Military leaders: _de facto_ Heads of state (1968–1989)",
             "::*Sapt Tarlenheim, Chairman (1988–1990)")
    rows = bl.parse_wikipedia("\n\n".join(lines), lambda name: "RUR" if "Ruritania" in name else None, Counter())
    assert [(r["name"], r["title"], r["start"], r["end"]) for r in rows] == [
        ("Rudolf Rassendyll", "head_of_state", 1985, 1993), ("Flavia Elphberg", "head_of_state", 1993, 2001),
        ("Sapt Tarlenheim", "head_of_state", 1988, 1990)]


def test_us_presidents_since_1990_and_one_name_by_title():
    """The heads of single-office countries are in the gazetteer; a title and a surname alone reach
    the one of them whose country the article names ("President Bush" in a story naming the US is the
    later Bush; "Mr Blair" is Tony Blair when Britain is named, Bill Blair when Canada is)."""
    gaz = gazetteer.load()
    for name in ("Bill Clinton", "George W. Bush", "George H. W. Bush", "Hugo Chávez", "Luiz Inácio Lula da Silva"):
        assert _by_name(gaz, name).country in ("USA", "VEN", "BRA")
    stage = make_stage(learn=True)
    doc = stage(Document(id="t", source="t", original="", lang="en",
                         text="President Bush met Mr Blair in Washington. The US and Britain agreed."))
    assert {m.text: (m.entity, m.iso3) for m in doc.mentions if m.kind == "person"} == {
        "Bush": (_by_name(gaz, "George W. Bush").id, "USA"), "Blair": (_by_name(gaz, "Tony Blair").id, "GBR")}
    doc = make_stage(learn=True)(Document(id="u", source="u", original="", lang="en",
                                          text="Mr Blair, Canada's public safety minister, spoke in Ottawa."))
    assert [m.iso3 for m in doc.mentions if m.kind == "person"] == ["CAN"]
    doc = make_stage(learn=True)(Document(id="v", source="v", original="", lang="en",
                                          text="Mr Putin spoke to Mr Bush by phone on Monday about Iran."))
    assert [m.iso3 for m in doc.mentions if m.kind == "person" and m.text == "Bush"] == [None]  # no US named
    doc = make_stage(learn=True)(Document(id="w", source="w", original="", lang="en",
                                          text="Mr Chavez met Mr Lula in Caracas. Venezuela and Brazil agreed."))
    assert {m.text: m.entity for m in doc.mentions if m.kind == "person"} == {  # written without accents
        "Chavez": _by_name(gaz, "Hugo Chávez").id, "Lula": _by_name(gaz, "Luiz Inácio Lula da Silva").id}


def test_countries_and_succession():
    bl = _module("build_leaders")
    countries = bl.Countries()
    for name, iso3 in (("Mongolian People's Republic", "MNG"), ("Republic of China: Taiwan", "TWN"),
                       ("Federal Republic of Yugoslavia: Serbia and Montenegro", "SCG"), ("The Gambia", "GMB"),
                       ("Saint Kitts and Nevis", "KNA"), ("Republic of the Congo (Brazzaville)", "COG")):
        assert countries(name) == iso3, name
    assert countries("Transnistria") is None

    def person(name, office, start, end=None, title="head_of_state"):
        return {"id": None, "name": name, "roles": [{"title": title, "country": "IRN", "start": start, "end": end,
                                                      "office": office}], "names": {"en": [name]},
                "countries": Counter({"IRN": 1})}
    leader, first, second = person("A", "supreme leader", 1989), person("B", "president", 1997), person("C", "president", 2005)
    first["roles"][0]["end"] = None
    bl.close_open_roles([leader, first, second])
    assert leader["roles"][0]["end"] is None and first["roles"][0]["end"] == 2005  # a president succeeds a president
    merged = bl.merge_same_name({"a": person("Albert II", "king", 1993), "b": person("Albert II", "king", 2005) | {
        "countries": Counter({"MCO": 1})}})
    assert len(merged) == 2  # a regnal name in two countries: two people


def test_cia_titles_and_names():
    bl = _module("build_leaders")
    assert bl.cia_role("Minister of Foreign Affairs & Foreign Trade") == "foreign_minister"
    assert bl.cia_role("Secretary of State for Foreign & Commonwealth Affairs") == "foreign_minister"
    assert bl.cia_role("Minister of National Defense & War Veterans") == "defence_minister"
    assert bl.cia_role("Minister-Delegate at the Presidency in Charge of Defense") == "defence_minister"
    for other in ("Minister-Delegate to the Minister of Foreign Affairs & Cooperation", "Minister of Defense Industry",
                  "Minister of State for Defense", "Minister of Foreign Trade", "Deputy Minister of National Defense",
                  "Minister of Civil Defense, Emergencies, & Natural Disasters"):
        assert bl.cia_role(other) is None, other
    assert bl.cia_names("Mohammad Javad ZARIF") == ["Mohammad Javad Zarif"]
    assert bl.cia_names("Vladimir PADRINO Lopez") == ["Vladimir Padrino Lopez", "Vladimir Padrino"]
    assert bl.cia_names("Patrick SHANAHAN (Acting)") == ["Patrick Shanahan"]


def test_defence_ministers_of_2019_are_known():
    gaz = gazetteer.load()
    akar = _by_name(gaz, "Hulusi Akar")
    assert ("defence_minister", "TUR") in {(r.title, r.country) for r in akar.roles}
    stage = make_stage(learn=False)
    doc = Document(id="d", source="t", original="", lang="en",
                   text="Turkish Defence Minister Hulusi Akar met his counterpart in Ankara.")
    assert [(m.text, m.iso3) for m in stage(doc).mentions if m.kind == "person"] == [("Hulusi Akar", "TUR")]
