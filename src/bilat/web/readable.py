"""What an English-only reader sees: country names, people by their canonical Latin name, dates
as people write them, and each event as a one-line English gloss built from its record.

Nothing here translates text: every word comes from the record (types, modes, context, codes,
resolved entities) and the packaged gazetteer. The original wording stays in the record and on
the page, one click away."""

from __future__ import annotations

import re
from typing import Any

from bilat import gazetteer

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_FULL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_NO_YEAR = re.compile(r"--(\d{2})(?:-(\d{2}))?")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_OTHER_LETTERS = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")

# "what happened", by PLOVER type and mode (mode None: the type's default)
VERBS: dict[str, str] = {
    "AGREE": "agreed", "AGREE/cooperate": "agreed to cooperate", "AGREE/settle": "agreed to settle",
    "AGREE/ceasefire": "agreed to a ceasefire", "AGREE/meet": "agreed to meet", "AGREE/aid": "agreed to give aid",
    "AGREE/release": "agreed to release", "AGREE/concede": "agreed to concede",
    "CONSULT": "consulted", "CONSULT/visit": "visited", "CONSULT/third-party": "met through a third party",
    "CONSULT/multilateral": "met at a multilateral meeting", "CONSULT/phone": "spoke by phone with",
    "CONSULT/meet": "met",
    "SUPPORT": "supported", "SUPPORT/agreement": "signed an agreement with", "SUPPORT/praise": "praised",
    "SUPPORT/recognize": "recognised", "SUPPORT/apologize": "apologised to", "SUPPORT/endorse": "endorsed",
    "CONCEDE": "made a concession to", "CONCEDE/release": "released people to", "CONCEDE/ease": "eased measures on",
    "COOPERATE": "cooperated with", "COOPERATE/military": "cooperated militarily with",
    "COOPERATE/economic": "cooperated economically with", "COOPERATE/intelligence": "shared intelligence with",
    "COOPERATE/judicial": "cooperated judicially with",
    "AID": "gave aid to", "AID/humanitarian": "gave humanitarian aid to", "AID/military": "gave military aid to",
    "AID/economic": "gave economic aid to", "AID/asylum": "gave asylum to", "AID/development": "gave development aid to",
    "RETREAT": "backed down towards", "RETREAT/withdraw": "withdrew from", "RETREAT/release": "released people to",
    "REQUEST": "asked", "REQUEST/invite": "invited", "REQUEST/negotiate": "asked to negotiate with",
    "REQUEST/assist": "asked for help from",
    "ACCUSE": "accused", "REJECT": "rejected", "REJECT/veto": "vetoed",
    "THREATEN": "threatened", "THREATEN/sanction": "threatened sanctions against",
    "THREATEN/military": "threatened force against",
    "PROTEST": "protested against", "SANCTION": "sanctioned", "SANCTION/expel": "expelled diplomats of",
    "SANCTION/embargo": "imposed an embargo on", "SANCTION/freeze": "froze assets of",
    "MOBILIZE": "mobilised against", "MOBILIZE/parade": "paraded troops with", "COERCE": "coerced",
    "COERCE/arrest": "arrested people of", "COERCE/seize": "seized property of", "COERCE/deport": "deported people to",
    "ASSAULT": "attacked", "ASSAULT/missile": "fired missiles at", "ASSAULT/aerial": "struck from the air",
    "STATEMENT_OF_FIGURES": "figures on",
}
STATUS = {"future": "planned / expected", "negated": "did not happen (negated)", "historical": "historical"}


# --- names -----------------------------------------------------------------------------------------


def country_name(code: str | None) -> str:
    """English name of an ISO3 code (the gazetteer's, from Wikidata/CLDR), else the code."""
    if not code:
        return "—"
    entity = gazetteer.load().country(code) if len(code) == 3 and code.isalpha() else None
    return entity.name if entity is not None else code


def is_latin(text: str | None) -> bool:
    """Latin script (with accents), and no letters of another script."""
    return bool(text) and bool(_LATIN.search(text or "")) and not _OTHER_LETTERS.search(text or "")


def entity_name(entity_id: str | None) -> str | None:
    """The canonical (English, Latin) name of a gazetteer entity; None when unknown."""
    if not entity_id:
        return None
    entity = gazetteer.load().get(entity_id)
    return entity.name if entity is not None else None


def actor(a: dict[str, Any] | None) -> dict[str, Any]:
    """An event side for the page: country name, the resolved person/organisation's canonical name
    (when it is not the country itself) and the text as written."""
    if not a:
        return {"code": None, "country": None, "name": None, "original": None, "label": "—"}
    country = country_name(a.get("code")) if a.get("code") else None
    name = entity_name(a.get("entity"))
    if name == country:
        name = None
    original = a.get("entity_text")
    if original and (original == name or original == country):
        original = None
    label = f"{name} ({country})" if name and country else (name or country or original or "—")
    return {"code": a.get("code"), "country": country, "name": name, "original": original, "label": label,
            "entity": a.get("entity")}


# --- dates -----------------------------------------------------------------------------------------


def _parts(value: str | None) -> tuple[int | None, int | None, int | None] | None:
    """(year, month, day) of an ISO date, datetime or partial date ("--05-12"); None if unreadable."""
    if not value:
        return None
    m = _NO_YEAR.fullmatch(value[:7] if value.startswith("--") and len(value) > 7 else value)
    if m:
        return None, int(m.group(1)), int(m.group(2)) if m.group(2) else None
    m = _FULL.match(value)
    if not m:
        return None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None


def _one(y: int | None, mo: int | None, d: int | None) -> str:
    parts = [str(d)] if d else []
    if mo and 1 <= mo <= 12:
        parts.append(MONTHS[mo - 1])
    if y:
        parts.append(str(y))
    return " ".join(parts)


def human_date(value: str | None, end: str | None = None) -> str:
    """"12 May 2025", "May 2025", "2025", "5 May (year unknown)", "5–12 May 2025",
    "30 April – 2 May (year unknown)"; "" for no date, the raw value when unreadable."""
    a = _parts(value)
    if a is None:
        return value or ""
    b = _parts(end) if end and end != value else None
    no_year = " (year unknown)" if a[0] is None else ""
    if b is None:
        return _one(*a) + no_year
    if a[0] == b[0] and a[1] == b[1] and a[2] and b[2]:
        return f"{a[2]}–{_one(*b)}" + no_year
    if a[0] == b[0]:
        return f"{_one(None, a[1], a[2])} – {_one(*b)}" + no_year
    return f"{_one(*a)} – {_one(*b)}" + no_year


# --- figures -------------------------------------------------------------------------------------

PLURALS = {"percent": "percent", "USD": "USD", "VND": "VND", "person": "people", "people": "people"}


def figure(value: float, unit: str | None) -> str:
    """"2,000 soldiers", "5.5 percent", "3,000,000 USD"."""
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    if not unit:
        return number
    name = unit if value == 1 else PLURALS.get(unit, unit if unit.isupper() or unit.endswith("s") else unit + "s")
    return f"{number} {name}"


# --- events ----------------------------------------------------------------------------------------


_TRAILING = re.compile(r" (?:with|to|of|from|against|on|at|towards)$")


def verb(event: str, mode: str | None) -> str:
    """The verb phrase, without the preposition that would need the recipient after it (the gloss
    puts the recipient first: "Vietnam → Belarus · signed an agreement")."""
    phrase = VERBS.get(f"{event}/{mode}") or VERBS.get(event) or event.lower().replace("_", " ")
    return _TRAILING.sub("", phrase)


def topics(context: list[str] | tuple[str, ...] | None) -> list[str]:
    """The readable parts of an event's context ("visa exemption", "trade"), without the
    bookkeeping tags (flow:, period:, target)."""
    out = []
    for c in context or ():
        if c.startswith("flow:"):
            out.append(c[5:].replace("-", " "))
        elif ":" not in c and c != "target":
            out.append(c.replace("-", " ").replace("_", " "))
    return list(dict.fromkeys(out))


def gloss(e: dict[str, Any], *, status: bool = True) -> str:
    """'Vietnam → Belarus · signed an agreement with (economic, migration) · 12 May 2025 · 86 soldiers'."""
    who = f"{actor(e.get('actor'))['label']} → {actor(e.get('recipient'))['label']}"
    what = verb(e["event"], e.get("mode"))
    if e["event"] == "STATEMENT_OF_FIGURES" and e.get("mode"):
        what = f"figures on {e['mode']}"
    about = topics(e.get("context"))
    if about:
        what += f" ({', '.join(about)})"
    parts = [who, what]
    when = human_date(e.get("date"), e.get("end_date"))
    if when:
        parts.append(when)
    elif e.get("published"):
        parts.append(f"reported {human_date(e['published'][:10])}")
    figures = ", ".join(figure(q["value"], q.get("unit")) if q.get("value") is not None else q.get("text") or ""
                        for q in e.get("quantities") or ())
    if figures:
        parts.append(figures)
    if status and e.get("aux") in STATUS:
        parts.append(STATUS[e["aux"]])
    return " · ".join(parts)


def readable_event(e: dict[str, Any]) -> dict[str, Any]:
    """An exported event row plus what the page shows an English reader."""
    return {**e, "gloss": gloss(e), "line": gloss(e, status=False), "when": human_date(e.get("date"), e.get("end_date")),
            "status": STATUS.get(e.get("aux") or ""), "actor_view": actor(e.get("actor")),
            "recipient_view": actor(e.get("recipient"))}
