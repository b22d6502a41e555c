"""Build scripts/gazetteer_src/leaders.json: heads of state and government since 1990, the
foreign ministers in office in 2022 and the foreign and defence ministers of 2019, with Wikidata
QIDs where a Wikidata source gives them.

    .venv/bin/python scripts/build_leaders.py \\
        --wikipedia GIT_DIR_OF_chinapedia/wikipedia.abstract.en \\
        --leaders GIT_DIR_OF_every-politician-scrapers/world-leaders-2021 \\
        --world GIT_DIR_OF_every-politician-scrapers/world \\
        --cia GIT_DIR_OF_WilliamRADFunk/cia-world-leaders

Each argument is a git directory (a bare clone is enough); the commits read are written to the
output. Sources (origin, commit and licence also in scripts/gazetteer_src/LEADERS.md):

- Wikipedia "List of state leaders in the 20th century (1951–2000)" and "... in the 21st century"
  as plain text in chinapedia/wikipedia.abstract.en (`Page/*.md`): per country, the presidents,
  monarchs, prime ministers and general secretaries with their years. Terms that end before 1990
  are left out; "present" means in office at the snapshot (2019-08-14), so the role stays open.
- Wikidata query results in every-politician-scrapers/world-leaders-2021 `data/wikidata.csv`
  (offices held by the head of state or government, P1906/P1313, and their holders with QIDs),
  every version in the repository's history (2021-08 to 2022-10);
- Wikidata query results in every-politician-scrapers/world `sources/foreign/wikidata.csv`
  (holders of a position that is a subclass of foreign minister, Q7330070, with QIDs and start
  dates), every version (2022-08 to 2022-12); a minister no longer listed in the last version
  ends with the year of the last version that lists them;
- the CIA World Leaders directory as scraped in mid-2019 into WilliamRADFunk/cia-world-leaders
  (``dist/json/json.zip``, government-offices.json): foreign and defence ministers (``cia_role``),
  roles of the year 2019, merged like the Wikipedia rows (by folded name and country).

Names are English (the Wikipedia form, and the Wikidata English label). No public source found
gives these people's names in ar fa zh th vi ru with their QIDs (LEADERS.md says where we looked);
the people stage links names found by role in those scripts by their Latin form.

Countries are resolved through the packaged gazetteer's English country names; a country that
does not resolve (colonies, unrecognised states) is counted and left out. Persons from the two
sources are merged when the folded English names and the country agree; the QID comes only from
Wikidata rows.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
import sys
import unicodedata
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import ClassVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bilat import gazetteer
from bilat.normalize import fold_latin

OUT = ROOT / "scripts" / "gazetteer_src" / "leaders.json"
SINCE = 1990
WIKIPEDIA_PAGES = ("Page/List_of_state_leaders_in_the_20th_century_(1951–2000).md",
                   "Page/List_of_state_leaders_in_the_21st_century.md")
SNAPSHOT_YEAR = 2019  # the Wikipedia text's date; "present" there means in office then

# group headers / role words -> role code; the first that matches wins (order matters:
# "President of the Government" is Spain's head of government, "Vice President" no head at all)
ROLE_RULES = (
    (r"\b(vice|deputy|governor|viceroy|high commissioner|commissioner|administrator|resident|lieutenant)", None),
    ((r"\b(prime minister|premier|minister of state of monaco|chancellor|head of government|chief executive"
      r"|taoiseach|first minister|president of the (government|council of ministers|executive council|ministers)"
      r"|chairman of the (council of ministers|government|cabinet|ministers)|chief minister)"), "head_of_government"),
    (r"\b(general secretar|secretary general|secretary-general|first secretar|party leader|leader of the party)", "party_leader"),
    ((r"\b(president|monarch|king|queen|emir|amir|sultan|emperor|head of state|supreme leader|presidency"
      r"|co-prince|grand duke|prince|captain regent|captains regent|chairman|chairwoman|leader|regent"
      r"|yang di-pertuan agong|heads of state|druk gyalpo|ngwenyama|o le ao o le malo)"), "head_of_state"),
)
# Wikipedia lines that name a body, not a person
NOT_A_PERSON = re.compile(r"\b(council|committee|junta|government|vacant|directory|commission|presidium|"
                          r"military|provisional|transitional|interim|national|collective|regency|people's)\b", re.IGNORECASE)


def git_show(git_dir: Path, rev: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{rev}:{path}"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def git_head(git_dir: Path) -> tuple[str, str]:
    out = subprocess.run(["git", "--git-dir", str(git_dir), "log", "-1", "--format=%H %cs"], check=True,
                         capture_output=True, text=True).stdout.split()
    return out[0], out[1]


def git_versions(git_dir: Path, path: str) -> list[tuple[str, str]]:
    """(commit, date) of every version of a file, oldest first."""
    out = subprocess.run(["git", "--git-dir", str(git_dir), "log", "--format=%H %cs", "--", path], check=True,
                         capture_output=True, text=True).stdout.split("\n")
    return [tuple(line.split()) for line in reversed(out) if line.strip()]


def role_rule(text: str) -> tuple[bool, str | None]:
    """(a rule matched, its role code); the code is None for offices that are no head (vice, governor)."""
    low = text.lower()
    for pattern, code in ROLE_RULES:
        if re.search(pattern, low):
            return True, code
    return False, None


def role_code(text: str) -> str | None:
    return role_rule(text)[1]


def classify(role_text: str, group: str | None) -> str | None:
    """The role written on the line wins ("Acting President", "Vice President"); else the group's."""
    matched, code = role_rule(role_text)
    return code if matched else role_code(group or "")


OFFICES = ("supreme leader", "prime minister", "premier", "chancellor", "president", "general secretar",
           "first secretar", "chairman", r"king|queen|monarch|emir|amir|sultan|emperor|grand duke|prince|druk gyalpo",
           "foreign|external|international")


def office_key(text: str) -> str:
    """A coarser office name than the role code, for succession: Iran's supreme leader is not
    succeeded by its president, though both are heads of state."""
    low = text.lower()
    return next((o for o in OFFICES if re.search(o, low)), low)


def fold_name(name: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", fold_latin(name.replace("&", " and "))).split())


class Countries:
    """English country names -> ISO3, from the packaged gazetteer (countries only)."""

    PREFIX = re.compile(r"^(the |((democratic|socialist|federal|federative|federated|people's|islamic|arab|united|"
                        r"co-?operative|oriental|bolivarian|plurinational|independent|hashemite) )*"
                        r"(republic|kingdom|state|states|commonwealth|federation|principality|grand duchy|sultanate|"
                        r"union|emirate) of (the )?|.*government of (the )?|national transitional council of )+")

    @staticmethod
    def key(name: str) -> str:
        return re.sub(r"\bsaint\b", "st", fold_name(name))
    SUFFIX = re.compile(r"\s+((democratic |socialist |people's |federal |federative |arab )*(republic|kingdom|federation|"
                        r"jamahiriya|confederation|union))$")  # "Mongolian People's Republic" -> Mongolian
    # former English names that CLDR no longer gives
    FORMER: ClassVar[dict[str, str]] = {"ivory coast": "CIV", "swaziland": "SWZ", "libyan arab jamahiriya": "LBY", "burma": "MMR", "zaire": "COD", "czech and slovak": "CSK", "danish realm": "DNK",
              "saint vincent and the grenadines": "VCT"}

    def __init__(self) -> None:
        self.by_name: dict[str, str] = {}
        ambiguous: set[str] = set()
        for e in gazetteer.load().entities.values():
            if e.kind != "country" or not e.iso3:
                continue
            for lang in ("", "en", "fr", "de", "es"):
                for n in e.names.get(lang, ()) if lang else (e.name,):
                    k = self.key(n)
                    if k in self.by_name and self.by_name[k] != e.iso3:
                        ambiguous.add(k)
                    self.by_name.setdefault(k, e.iso3)
        for k in ambiguous:
            self.by_name.pop(k, None)

    def __call__(self, name: str) -> str | None:
        name = re.sub(r"\(.*?\)|,.*$|\bcomplete list\b|–.*$", "", name).strip(" _-–*:")
        parts = [name] + [p for sep in (":", "/") if sep in name for p in reversed(name.split(sep, 1))]
        for part in parts:
            part = part.strip(" _")
            bare = self.PREFIX.sub("", part.lower())
            for cand in (part, bare, self.SUFFIX.sub("", bare)):
                iso3 = self.by_name.get(self.key(cand)) or self.FORMER.get(fold_name(cand))
                if iso3:
                    return iso3
        return None


def years(text: str) -> list[tuple[int, int | None]]:
    """'1991–1992, 1996–1999, 2012–present' -> [(1991, 1992), (1996, 1999), (2012, None)]."""
    out = []
    for part in re.split(r"[,;]", text):
        ys = [int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", part)]
        if not ys:
            continue
        if re.search(r"present", part):
            out.append((ys[0], None))
        else:
            out.append((ys[0], ys[-1]))
    return out


# "Name, Role (years)": a holder, not an office header (those have no comma before the years)
PERSON_ROW = re.compile(r"^[^,(]+,[^()]*\(.*\d{4}")


def parse_wikipedia(text: str, countries: Countries, stats: Counter) -> list[dict]:
    """Rows {name, country, title, start, end} from one 'List of state leaders' page."""
    rows = []
    italic = state = group = None
    pending = None  # "::*Name" with its roles on the following ":::*" lines
    for raw in text.split("\n"):
        line = raw.rstrip()
        if re.fullmatch(r"_[^_]+_", line):  # "_Angola_": the country (20th-century page); indented: a note
            italic, state, group, pending = line.strip().strip("_"), None, None, None
            continue
        if line and line[0] not in "-_: " and not line.startswith("::"):  # "Asia: East": a new region
            italic, state, group, pending = None, None, None, None
            continue
        m = re.match(r"^-\s+(.+)$", line)
        if m:  # "-   Russia" (21st) or "-   People's Republic of Angola" (20th)
            state, group, pending = m.group(1), None, None
            continue
        m = re.match(r"^:\*(.+)$", line)
        if m and not PERSON_ROW.match(m.group(1)):  # ":*Presidents (complete list) –": an office
            group, pending = m.group(1), None
            continue
        if m:  # ":*Bill Clinton, President (1993–2001)": a country with one office lists its holders here
            group, pending = None, None
        m = re.match(r"^(::?:?\*)(.+)$", line)
        if not m or state is None and italic is None:
            continue
        depth, body = m.group(1).count(":"), m.group(2).strip()
        iso3 = countries(state or "") or countries(italic or "")
        if iso3 is None:
            stats["wikipedia rows: country not resolved"] += 1
            continue
        if depth == 3 and pending:  # ":::*President (2013)"
            name, roles = pending, [(body.split("(")[0], body[body.find("("):])] if "(" in body else []
        else:
            name, _, rest = body.partition(",")
            if "(" in name and not rest:  # "::*Name (1990–1995)": the role is the group's
                name, rest = name.split("(", 1)[0], name[name.find("("):]
            name = name.strip()
            if not rest.strip():
                pending = name
                continue
            roles = re.findall(r"([^,()]*)(\([^)]*\))", rest)
        for role_text, span in roles:
            title = classify(role_text, group)
            if title is None:
                stats["wikipedia rows: role not kept"] += 1
                continue
            for start, end in years(span):
                if end is not None and end < SINCE:
                    continue
                rows.append({"name": name, "country": iso3, "title": title, "start": start,
                             "end": None if end is None and start <= SNAPSHOT_YEAR else end,
                             "office": office_key(role_text if role_rule(role_text)[0] else group or "")})
    return rows


def clean_person_name(name: str) -> str | None:
    name = re.sub(r"\s+", " ", re.sub(r"\[.*?\]|\(.*?\)", "", name)).strip(" ,.;:*_")
    name = re.sub(r"^(sir|dame|sheikh|shaikh|general|gen\.|dr\.?|mr\.?|king|queen|emir|sultan|prince|princess|crown prince) ", "", name, flags=re.IGNORECASE)
    if not name or NOT_A_PERSON.search(name) or not name[0].isupper() or re.fullmatch(r"Q\d+", name):
        return None
    if not any(c.isalpha() for c in name) or len(fold_name(name)) < 4:
        return None
    return unicodedata.normalize("NFC", name)


def read_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def parse_leaders(git_dir: Path, countries: Countries, stats: Counter) -> list[dict]:
    rows = []
    for commit, _date in git_versions(git_dir, "data/wikidata.csv"):
        for r in read_csv(git_show(git_dir, commit, "data/wikidata.csv")):
            qid = r.get("officeholder") or ""
            name = r.get("officeholderLabel") or r.get("officeholderItemLabel") or ""
            country = r.get("country") if "countryItemLabel" not in r else r.get("countryItemLabel")
            label = r.get("positionLabel") or r.get("positionItemLabel") or ""
            if not re.fullmatch(r"Q\d+", qid):
                continue
            iso3 = countries(country or "")
            title = role_code(label)
            if iso3 is None or title not in ("head_of_state", "head_of_government"):
                stats["wikidata leader rows left out (country or office)"] += 1
                continue
            start = int(r["start_year"]) if (r.get("start_year") or "").isdigit() else None
            end = int(r["end_year"]) if (r.get("end_year") or "").isdigit() else None
            if end is not None and end < SINCE:
                continue
            rows.append({"qid": qid, "name": name, "country": iso3, "title": title, "start": start, "end": end,
                         "office": office_key(label)})
    return rows


def parse_foreign(git_dir: Path, countries: Countries, stats: Counter) -> list[dict]:
    path = "sources/foreign/wikidata.csv"
    versions = git_versions(git_dir, path)
    seen: dict[tuple[str, str], dict] = {}
    last_year: dict[tuple[str, str], int] = {}
    latest: set[tuple[str, str]] = set()
    for i, (commit, date) in enumerate(versions):
        for r in read_csv(git_show(git_dir, commit, path)):
            qid, name = r.get("person") or "", r.get("name") or r.get("personLabel") or ""
            if not re.fullmatch(r"Q\d+", qid):
                continue
            iso3 = countries(r.get("countryLabel") or "")
            if iso3 is None:
                stats["wikidata foreign-minister rows left out (country)"] += 1
                continue
            key = (qid, iso3)
            start = r.get("start") or ""
            seen[key] = {"qid": qid, "name": name, "country": iso3, "title": "foreign_minister", "office": "foreign",
                         "start": int(start[:4]) if start[:4].isdigit() else None, "end": None}
            last_year[key] = int(date[:4])
            if i == len(versions) - 1:
                latest.add(key)
    rows = []
    for key, row in seen.items():
        if key not in latest:
            row["end"] = last_year[key]
        rows.append(row)
    return rows


CIA_PATH = "dist/json/json.zip"
CIA_OFFICES = "dist/json/government-offices.json"
CIA_YEAR = 2019  # the scrape behind the repository's json.zip (May-June 2019)
WL = "http://williamrobertfunk.com/ontologies/world-leaders#"
# cabinet titles of the CIA directory -> role code: the first portfolio a title names is foreign affairs or
# defence ("Minister of Foreign Affairs & Foreign Trade", "Secretary of State for Defense"); junior and
# supporting posts and neighbouring portfolios are not ("Minister-Delegate to the Minister of Foreign
# Affairs", "Minister of Defense Industry", "Minister of State for Defense", "Minister of Foreign Trade").
# A minister-delegate at the presidency in charge of defence is the defence minister of presidential
# systems (Cameroon, Gabon).
_CIA_OFFICE = r"^(?:minister|secretary|cabinet secretary|chief of the federal department|minister responsible)(?: of| for)?(?: state for)?(?: the)? "
CIA_FOREIGN = re.compile(_CIA_OFFICE + r"(?:foreign affairs|foreign relations|foreign &|external relations|external affairs|europe(?:, integration,)? & foreign)", re.IGNORECASE)
CIA_DEFENCE = re.compile(_CIA_OFFICE + r"(?:national )?defen[cs]e(?! industry| production)|^minister-delegate (?:at|to) the presidency.*defen[cs]e"
                         r"|^minister of state for presidential affairs & national defen[cs]e", re.IGNORECASE)
CIA_NOT = re.compile(r"^(?:deputy|junior)|supporting|^minister of state for (?:defen[cs]e|foreign)|secretary of state,"
                     r"|^secretary of state for (?!foreign & commonwealth|defen[cs]e$)", re.IGNORECASE)


def cia_role(title: str) -> str | None:
    """The role code of a CIA cabinet title, or None for any other portfolio."""
    if CIA_NOT.search(title):
        return None
    if CIA_DEFENCE.search(title):
        return "defence_minister"
    if CIA_FOREIGN.search(title):
        return "foreign_minister"
    return None


def cia_names(raw: str) -> list[str]:
    """"Mohammad Javad ZARIF" -> ["Mohammad Javad Zarif"]; the directory writes the surname in capitals,
    a maternal surname after it in lower case ("Vladimir PADRINO Lopez" -> also "Vladimir Padrino")."""
    raw = re.sub(r"\s*\(.*?\)", "", raw).strip()
    toks = raw.split()
    if not toks or raw.lower() in ("vacant", "n/a"):
        return []

    def fix(t: str) -> str:
        return "-".join(p.capitalize() for p in t.split("-")) if t.isupper() and len(t) > 1 else t

    names = [" ".join(fix(t) for t in toks)]
    upper = [i for i, t in enumerate(toks) if t.isupper() and len(t) > 1]
    if upper and upper[0] > 0 and upper[-1] < len(toks) - 1:  # given names, SURNAME, maternal surname
        names.append(" ".join(fix(t) for t in toks[:upper[-1] + 1]))
    return names


def parse_cia(git_dir: Path, countries: Countries, stats: Counter) -> list[dict]:
    """Foreign and defence ministers in the CIA World Leaders directory as scraped in 2019 by
    WilliamRADFunk/cia-world-leaders (``dist/json/json.zip``, government-offices.json)."""
    blob = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"HEAD:{CIA_PATH}"], check=True,
                          capture_output=True).stdout
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        offices = json.loads(z.read(CIA_OFFICES).decode("utf-8"))
    rows = []
    for office in offices.values():
        code = cia_role(office.get("datatypeProperties", {}).get(WL + "title", ""))
        if code is None:
            continue
        props = office.get("objectProperties", [])
        country = next((p["http://williamrobertfunk.com/ontologies/country#hasCountry"][LABEL] for p in props
                        if "http://williamrobertfunk.com/ontologies/country#hasCountry" in p), "")
        iso3 = countries(re.sub(r"^(.*), (the|The)$", r"\1", country))
        officials = [p[WL + "hasGovernmentOfficial"][LABEL] for p in props if WL + "hasGovernmentOfficial" in p]
        if iso3 is None:
            stats["CIA rows left out (country)"] += 1
            continue
        for raw in officials:
            names = cia_names(raw)
            if names:
                rows.append({"qid": None, "name": names[0], "variants": names[1:], "country": iso3, "title": code,
                             "office": "defence" if code == "defence_minister" else "foreign",
                             "start": CIA_YEAR, "end": CIA_YEAR})
    stats["CIA foreign and defence ministers"] += len(rows)
    return rows


LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def merge(wiki_rows: list[dict], wd_rows: list[dict]) -> list[dict]:
    """One person per (QID) or (folded English name, country); roles deduplicated."""
    people: dict[str, dict] = {}
    by_name: dict[tuple[str, str], str] = {}
    for r in sorted(wd_rows, key=lambda r: (r["qid"], r["country"])):  # Wikidata first: they carry the QID
        name = clean_person_name(r["name"])
        if name is None:  # no English label (the QID itself) or not a person's name
            continue
        key = r["qid"]
        p = people.setdefault(key, {"id": r["qid"], "name": name, "country": None, "roles": [],
                                    "names": {"en": []}, "countries": Counter()})
        by_name.setdefault((fold_name(name), r["country"]), key)
        _add(p, {**r, "name": name})
    for r in sorted(wiki_rows, key=lambda r: (r["country"], r["name"], r["start"])):
        name = clean_person_name(r["name"])
        if name is None:
            continue
        key = by_name.get((fold_name(name), r["country"]))
        if key is None:
            key = f"name:{fold_name(name)}:{r['country']}"
            by_name[(fold_name(name), r["country"])] = key
            people[key] = {"id": None, "name": name, "country": None, "roles": [], "names": {"en": []},
                           "countries": Counter()}
        _add(people[key], {**r, "name": name})
    people = merge_same_name(people)
    close_open_roles(list(people.values()))
    out = []
    for p in people.values():
        counts = p.pop("countries")
        top = max(counts.values())
        # the country of most roles; a tie goes to a country where the person is not only a prince
        # (François Hollande, president of France and co-prince of Andorra), then to the earliest role
        first = {c: min((r["start"] or 9999) for r in p["roles"] if r["country"] == c) for c in counts}
        princely = {c: all("prince" in r["office"] for r in p["roles"] if r["country"] == c) for c in counts}
        p["country"] = min((c for c in counts if counts[c] == top), key=lambda c: (princely[c], first[c], c))
        p["roles"] = _merge_roles(p["roles"])
        out.append(p)
    return sorted(out, key=lambda p: (p["country"], p["name"], p["id"] or ""))


REGNAL = re.compile(r"\b([ivx]+|of)\b")  # Albert II (of Belgium, of Monaco): a name two people bear


def merge_same_name(people: dict[str, dict]) -> dict[str, dict]:
    """The same folded name in two countries is one person (Chirac as president of France and
    co-prince of Andorra, Havel in CSK and CZE), unless it is a regnal name or two QIDs differ;
    two QIDs with the same name and country (a duplicate Wikidata item) lose their QID."""
    groups = defaultdict(list)
    for key, p in people.items():
        groups[fold_name(p["name"])].append(key)
    for name, keys in groups.items():
        if len(keys) < 2:
            continue
        qids = {people[k]["id"] for k in keys if people[k]["id"]}
        countries = {c for k in keys for c in people[k]["countries"]}
        if len(qids) > 1 and len(countries) > 1 or REGNAL.search(name) and len(countries) > 1:
            continue
        keep = next((k for k in keys if people[k]["id"]), keys[0])
        for k in keys:
            if k == keep:
                continue
            other = people.pop(k)
            people[keep]["roles"] += other["roles"]
            people[keep]["countries"] += other["countries"]
            en = people[keep]["names"]["en"]
            en += [n for n in other["names"]["en"] if n not in en]
        if len(qids) > 1:
            people[keep]["id"] = None
    return people


def close_open_roles(people: list[dict]) -> None:
    """An open role ("present" in the 2019 text) ends when someone else's same role in the same
    country starts later (Karen Karapetyan, prime minister 2016-"present", ends with Pashinyan's 2018)."""
    starts = defaultdict(list)
    for p in people:
        for r in p["roles"]:
            if r["start"] is not None:
                starts[(r["office"], r["country"])].append((r["start"], id(p)))
    for p in people:
        for r in p["roles"]:
            if r["end"] is None and r["start"] is not None:
                later = [s for s, who in starts[(r["office"], r["country"])] if s > r["start"] and who != id(p)]
                if later:
                    r["end"] = min(later)


def _add(p: dict, r: dict) -> None:
    for name in [r["name"], *r.get("variants", ())]:
        if name and name not in p["names"]["en"] and clean_person_name(name):
            p["names"]["en"].append(name)
    p["roles"].append({"title": r["title"], "country": r["country"], "start": r["start"], "end": r["end"],
                       "office": r["office"]})
    p["countries"][r["country"]] += 1


def _merge_roles(roles: list[dict]) -> list[dict]:
    """Same title and country with overlapping or touching years: one role."""
    by = defaultdict(list)
    for r in roles:
        r = {k: v for k, v in r.items() if k != "office"}
        by[(r["title"], r["country"])].append(r)
    out = []
    for rs in by.values():
        rs.sort(key=lambda r: (r["start"] or 0))
        cur = None
        for r in rs:
            if cur and (cur["end"] is None or r["start"] is None or r["start"] <= cur["end"] + 1):
                cur["end"] = None if cur["end"] is None or r["end"] is None else max(cur["end"], r["end"])
                cur["start"] = cur["start"] if cur["start"] is not None else r["start"]
                continue
            cur = dict(r)
            out.append(cur)
    return sorted(out, key=lambda r: (r["start"] or 0, r["title"]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wikipedia", type=Path, required=True, help="git dir of chinapedia/wikipedia.abstract.en")
    ap.add_argument("--leaders", type=Path, required=True, help="git dir of every-politician-scrapers/world-leaders-2021")
    ap.add_argument("--world", type=Path, required=True, help="git dir of every-politician-scrapers/world")
    ap.add_argument("--cia", type=Path, help="git dir of WilliamRADFunk/cia-world-leaders (foreign and defence ministers, 2019)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    stats: Counter = Counter()
    countries = Countries()
    wiki_rows = []
    for page in WIKIPEDIA_PAGES:
        wiki_rows += parse_wikipedia(git_show(args.wikipedia, "HEAD", page), countries, stats)
    wd_rows = parse_leaders(args.leaders, countries, stats) + parse_foreign(args.world, countries, stats)
    if args.cia:
        wiki_rows += parse_cia(args.cia, countries, stats)
    people = merge(wiki_rows, wd_rows)
    sources = {}
    for key, git_dir, repo in (("wikipedia", args.wikipedia, "chinapedia/wikipedia.abstract.en"),
                               ("leaders", args.leaders, "every-politician-scrapers/world-leaders-2021"),
                               ("world", args.world, "every-politician-scrapers/world"),
                               ("cia", args.cia, "WilliamRADFunk/cia-world-leaders")):
        if git_dir is None:
            continue
        commit, date = git_head(git_dir)
        sources[key] = {"repository": repo, "commit": commit, "date": date}
    args.out.write_text(json.dumps({"sources": sources, "people": people}, ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")
    titles = Counter(r["title"] for p in people for r in p["roles"])
    print(f"{len(people)} people ({sum(1 for p in people if p['id'])} with a QID), roles {dict(titles)}; "
          f"{len(wiki_rows)} Wikipedia rows, {len(wd_rows)} Wikidata rows; {dict(stats)} -> {args.out}")


if __name__ == "__main__":
    main()
