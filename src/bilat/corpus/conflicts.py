"""Claims and conflicts: where a story's articles report different values for the same fact.

A *claim* is one figure or date that an article attaches to an event. Two claims are comparable
only when all of these match, and the reason says so:

- the event: PLOVER type, mode and the country pair;
- the unit and kind of the figure (soldiers, USD, percent); a count whose unit is not known is no claim;
- the qualifier: an actual figure, a target/plan or a forecast ("a trade target of 1.5 billion" is
  not contradicted by "trade reached 800 million");
- the years the sentence refers to (a 2024 volume is not a 2023 volume), and
- each article gives exactly one value for that fact (two values in one article are two things).

Figures within ``MONEY_TOLERANCE`` of each other agree (outlets round money differently);
counts must match exactly. Dates conflict only for events reported as past (not planned) when
each article gives one full date. Conflicts are recomputed whenever a story changes and kept in
the ``conflicts`` table, newest first.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from bilat.corpus.stories import FIGURE_KINDS, _resolve
from bilat.export import shown
from bilat.normalize import match_text
from bilat.records import Conflict, ConflictValue, Document, Event

MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("conflicts_0001", """
        CREATE TABLE conflicts (
            id TEXT PRIMARY KEY,
            story TEXT NOT NULL,
            seq INTEGER NOT NULL,
            key TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX conflicts_story ON conflicts(story);
        CREATE INDEX conflicts_seq ON conflicts(seq);
        CREATE TABLE claims (
            doc TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            data TEXT NOT NULL  -- the document's claims as JSON, so a refresh reads no documents
        );
    """),
)

MONEY_TOLERANCE = 0.05
MAX_DOCS = 200  # the most recent documents with claims compared per story (bounded work per ingest)

# Words that make a figure a goal or a forecast rather than a reported value, in many languages
# (matched on the normalised sentence, see normalize.match_text).
TARGET_WORDS = (
    "target", "goal", "aim to", "aims to", "aiming", "objective", "plan to", "plans to", "strive",
    "mục tiêu", "phấn đấu", "hướng tới", "nhằm đạt",
    "เป้าหมาย", "ตั้งเป้า",
    "هدف", "يهدف", "تهدف", "بهدف", "نسعى", "تسعى",
    "هدف گذاری", "هدفگذاری", "قصد",
    "目标", "目標", "力争", "争取",
    "цель", "целью", "намерены", "планируют",
    "ziel", "objectif", "objetivo", "meta", "hedef", "목표", "мета",
)
FORECAST_WORDS = (
    "expected", "forecast", "projected", "estimate", "estimated", "could reach", "will reach", "is set to",
    "dự kiến", "ước tính", "dự báo", "ước đạt",
    "คาดว่า", "คาดการณ์",
    "متوقع", "يتوقع", "توقعات", "المتوقع", "تقدير",
    "پیش بینی", "پیشبینی", "انتظار", "برآورد",
    "预计", "预期", "预测", "有望", "估计",
    "ожидается", "прогноз", "около",
    "erwartet", "prévu", "previsto", "esperado", "bekleniyor", "예상", "очікується",
)
# Words just before a figure that make it a lower bound ("at least 800" agrees with 832) or an
# approximation ("about 800" agrees with 790: within APPROX_TOLERANCE).
LOWER_BOUND_WORDS = (
    "at least", "more than", "over", "upwards of", "in excess of", "no fewer than", "not less than",
    "ít nhất", "hơn", "trên", "không dưới",
    "อย่างน้อย", "กว่า", "มากกว่า", "ไม่ต่ำกว่า",
    "على الأقل", "أكثر من", "ما لا يقل عن", "ما يزيد على", "ما يزيد عن", "نيف",
    "دست کم", "حداقل", "بیش از", "بیشتر از", "بالغ بر",
    "至少", "超过", "逾", "多于", "不少于", "以上",
    "не менее", "более", "свыше", "больше", "по меньшей мере", "как минимум",
)
APPROX_WORDS = (
    "about", "around", "nearly", "almost", "some", "approximately", "roughly", "close to", "an estimated",
    "khoảng", "gần", "chừng", "xấp xỉ",
    "ประมาณ", "เกือบ", "ราว",
    "حوالي", "نحو", "قرابة", "زهاء", "حوالى", "تقريبا",
    "حدود", "تقریبا", "نزدیک به", "قریب",
    "约", "近", "大约", "将近", "左右",
    "около", "почти", "порядка", "примерно",
)
# Words that make a figure an updated running total ("the toll rose to 21"): a later, larger value
# updates an earlier one instead of contradicting it.
UPDATE_WORDS = (
    "rose to", "risen to", "rises to", "climbed to", "toll rose", "has risen", "increased to", "jumped to",
    "tăng lên", "đã tăng", "nâng số",
    "เพิ่มขึ้นเป็น", "เพิ่มเป็น",
    "ارتفاع حصيلة", "ارتفعت حصيلة", "ارتفع عدد", "ارتفاع عدد", "ارتفع إلى", "ارتفعت إلى", "ارتفاع ضحايا",
    "ارتفاع قتلى",
    "افزایش یافت", "رسید به", "به رقم",
    "上升至", "升至", "增至", "攀升至",
    "возросло до", "возросло", "выросло до", "увеличилось до",
)
APPROX_TOLERANCE = 0.10
BOUND_WINDOW = 20  # characters before and after a figure searched for bound words
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


# Arabic-script words are matched at a word start, after at most these attached particles (و ف ب ل ك and the
# article), so that هدف (goal) is found in بهدف and والهدف but not inside استهداف / يستهدف (targeting, an
# attack) and قصد (intent) not inside مقصد (destination)
_ARABIC = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
_CLITICS = "(?:و|ف)?(?:ب|ل|ك)?(?:ال)?"


def _has_any(text: str, words: Iterable[str]) -> bool:
    return any(_has(text, match_text(w)) for w in words)


def _has(text: str, word: str) -> bool:
    if word not in text:
        return False
    if not re.match(f"[{_ARABIC}]", word):
        return True
    return re.search(f"(?<![{_ARABIC}]){_CLITICS}{re.escape(word)}", text) is not None


def _near(window: str, words: Iterable[str]) -> bool:
    padded = f" {window} "
    return any((f" {w} " in padded) if w.isascii() or " " in w or w[0].isalpha() and not _no_space(w) else (w in window)
               for w in (match_text(x) for x in words))


def _no_space(word: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" or "\u3000" <= ch <= "\u9fff" for ch in word)


def bound(before: str, after: str = "") -> str | None:
    """``"min"`` for a lower bound (at least 800, 21 شخصا على الأقل, 800人以上), ``"approx"`` for an
    approximation (about 800), from the words around a figure; None for an exact figure."""
    window = " ".join(match_text(before).split()) + " # " + " ".join(match_text(after).split())
    if _near(window, LOWER_BOUND_WORDS):
        return "min"
    if _near(window, APPROX_WORDS):
        return "approx"
    return None


def qualifier(sentence: str) -> str:
    folded = match_text(sentence)
    if _has_any(folded, TARGET_WORDS):
        return "target"
    if _has_any(folded, FORECAST_WORDS):
        return "forecast"
    return "reported"


@dataclass(frozen=True, kw_only=True)
class Claim:
    """One value an article gives for a fact, with where it says so."""

    key: tuple[Any, ...]
    value: Any
    unit: str | None
    doc: str
    text: str  # the sentence
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None
    start: int = 0
    end: int = 0
    bound: str | None = None    # "min" (at least 800), "approx" (about 800) or None (exactly)
    update: bool = False        # the sentence reports a running total that rose ("rose to 21")
    day: str | None = None      # publication date of the article
    when: str | None = None     # the event's own date, when it has a full one

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        return cls(**{**d, "key": _tuples(d["key"])})


def _tuples(x: Any) -> Any:
    return tuple(_tuples(v) for v in x) if isinstance(x, list) else x


def _sentence(doc: Document, pos: int) -> tuple[int, int]:
    for s in doc.sentences:
        if s.start <= pos < s.end:
            return s.start, s.end
    return max(0, pos - 120), min(len(doc.text), pos + 120)


def _pair(e: Event) -> tuple[str, str]:
    a, b = (e.actor.code if e.actor else None) or "?", (e.recipient.code if e.recipient else None) or "?"
    return (a, b) if a <= b else (b, a)


def _years(doc: Document, span: tuple[int, int]) -> tuple[str, ...]:
    years = {d.value[:4] for d in doc.dates if span[0] <= d.start < span[1] and d.value[:4].isdigit()}
    years |= set(_YEAR.findall(doc.text[span[0]:span[1]]))
    return tuple(sorted(years))


def claims(doc: Document) -> list[Claim]:
    events = {e.id: e for e in doc.events if shown(e)}
    out = []
    for q in doc.quantities:
        e = events.get(q.event or "")
        if e is None or q.kind not in FIGURE_KINDS or not q.value or _pair(e) == ("?", "?"):
            continue
        if q.kind == "count" and not q.unit:
            continue  # "three sites" beside "6 bombs": a count of nothing named is no fact to compare
        span = _sentence(doc, q.start)
        sentence = doc.text[span[0]:span[1]]
        key = ("figure", e.event, e.mode, _pair(e), q.kind, q.unit, qualifier(sentence), _years(doc, span))
        around = (doc.text[max(span[0], q.start - BOUND_WINDOW):q.start], doc.text[q.end:min(span[1], q.end + BOUND_WINDOW)])
        out.append(dataclasses.replace(
            _claim(doc, key, q.value, q.unit, span, q.start, q.end), bound=bound(*around),
            update=_has_any(match_text(sentence), UPDATE_WORDS),
            when=e.date if e.date and len(e.date) == 10 and e.date[4] == "-" else None))
    for e in events.values():
        if e.aux is None and e.date and len(e.date) == 10 and e.date[4] == "-" and e.event in ("AGREE", "CONSULT") \
                and _written(doc, e):
            out.append(_claim(doc, ("date", e.event, e.mode, _pair(e)), e.date, None, _sentence(doc, e.start),
                              e.start, e.end))
    return out


def _written(doc: Document, e: Event) -> bool:
    """Whether the event's date is written out in its sentence ("on 21 July"), not worked out from a relative
    word ("yesterday", "أمس", "hôm qua") and the article's publication stamp: such a date follows the stamp
    (a print edition dated the next morning, a time zone), so two of them a day apart are no disagreement."""
    span = _sentence(doc, e.start)
    return any(span[0] <= d.start < span[1] and d.value == e.date and d.resolution == "explicit" for d in doc.dates)


def _claim(doc: Document, key: tuple[Any, ...], value: Any, unit: str | None, span: tuple[int, int],
           start: int, end: int) -> Claim:
    return Claim(key=key, value=value, unit=unit, doc=doc.id, text=doc.text[span[0]:span[1]].strip(), url=doc.url,
                 outlet=doc.outlet, lang=doc.lang, start=start, end=end,
                 day=doc.published[:10] if doc.published and len(doc.published) >= 10 else None)


def _agree(key: tuple[Any, ...], a: Any, b: Any) -> bool:
    if key[0] == "figure" and key[4] == "money":
        return abs(a - b) <= MONEY_TOLERANCE * max(abs(a), abs(b))
    return bool(a == b)


def why_not(key: tuple[Any, ...], a: Claim, b: Claim) -> str | None:
    """Why two different values for one fact are no contradiction, or None when they are one."""
    if _agree(key, a.value, b.value):
        return "same value"
    if a.when and b.when and a.when != b.when:
        return "different event dates"
    if key[0] != "figure":
        return None
    low, high = (a, b) if a.value < b.value else (b, a)
    if "min" in (low.bound, high.bound):  # at least 800 beside 832; 15 beside an "at least 21" that grew
        return "a lower bound"
    if high.bound == "approx" and high.value * (1 - APPROX_TOLERANCE) <= low.value \
            or low.bound == "approx" and low.value * (1 + APPROX_TOLERANCE) >= high.value:
        return "an approximation"
    if key[4] == "count" and (high.update or low.day and high.day and high.day > low.day):
        return "a later, higher running total"
    return None


def _plain(value: Any) -> Any:
    """86.0 -> 86: whole figures read as whole numbers in exports and pages."""
    return int(value) if isinstance(value, float) and value.is_integer() and abs(value) < 2**53 else value


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
    return str(value)


def _plural(unit: str | None) -> str:
    if not unit:
        return "items"
    return unit if unit.endswith("s") else unit + "s"


def describe(key: tuple[Any, ...]) -> str:
    if key[0] == "date":
        _, event, mode, (a, b) = key
        return f"date of {event.lower()}{f' ({mode})' if mode else ''}, {a}–{b}"
    _, event, mode, (a, b), kind, unit, qual, years = key
    what = {"count": f"number of {_plural(unit)}", "money": f"amount in {unit or 'money'}",
            "percent": "percentage"}[kind]
    context = [f"{event.lower()}{f' / {mode}' if mode else ''}", f"{a}–{b}"]
    if qual != "reported":
        context.append(qual)
    if years:
        context.append("/".join(years))
    return f"{what} ({', '.join(context)})"


def reason(key: tuple[Any, ...], values: list[Any]) -> str:
    shown_values = " vs ".join(_fmt(v) for v in values)
    if key[0] == "date":
        return (f"Each article dates the same {key[1]} event between {key[3][0]} and {key[3][1]}, reported as done, "
                f"with one date: {shown_values}.")
    _, event, mode, (a, b), kind, unit, qual, years = key
    return (f"Comparable: the same {event}{f'/{mode}' if mode else ''} event between {a} and {b}, the same unit "
            f"({unit or kind}), both {qual} figures{f' for {years[0]}' if len(years) == 1 else ''}, one value "
            f"per article, none given as a lower bound, an approximation or a later running total. "
            f"Values differ: {shown_values}.")


def find(docs: Iterable[Document], story: str) -> list[Conflict]:
    """The conflicts between these documents' claims."""
    return compare([c for doc in docs for c in claims(doc)], story)


def compare(all_claims: Iterable[Claim], story: str) -> list[Conflict]:
    by_key: dict[tuple[Any, ...], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in all_claims:
        by_key[c.key][c.doc].append(c)
    out = []
    for key, per_doc in by_key.items():
        single = {}
        for doc_id, cs in per_doc.items():
            distinct = {c.value for c in cs}
            if len(distinct) == 1:  # two values in one article are two different things
                single[doc_id] = cs[0]
        if len(single) < 2:
            continue
        groups: list[list[Claim]] = []
        for c in sorted(single.values(), key=lambda c: (str(c.value), c.doc)):
            for g in groups:
                if _agree(key, g[0].value, c.value):
                    g.append(c)
                    break
            else:
                groups.append([c])
        if len(groups) < 2 or not _contradicts(key, groups):
            continue
        values = tuple(
            ConflictValue(value=_plain(c.value), unit=c.unit, doc=c.doc, text=c.text, url=c.url, outlet=c.outlet,
                          lang=c.lang, start=c.start, end=c.end)
            for g in groups for c in g)
        ident = hashlib.sha1(json.dumps([story, key], default=list, ensure_ascii=False).encode()).hexdigest()[:16]
        out.append(Conflict(id=f"c-{ident}", story=story, key=describe(key), values=values,
                            reason=reason(key, [g[0].value for g in groups])))
    return out


def _contradicts(key: tuple[Any, ...], groups: list[list[Claim]]) -> bool:
    """Some two claims of different groups contradict: not a bound, an update or another date."""
    return any(why_not(key, a, b) is None for g, h in combinations(groups, 2) for a in g for b in h)


def record(conn: sqlite3.Connection, doc: Document) -> list[Claim]:
    """Keep a stored document's claims (inside the caller's transaction)."""
    found = claims(doc)
    if found:
        conn.execute("INSERT OR REPLACE INTO claims(doc, data) VALUES (?, ?)",
                     (doc.id, json.dumps([c.as_dict() for c in found], ensure_ascii=False)))
    return found


def refresh(conn: sqlite3.Connection, story: str, absorbed: Iterable[str] = ()) -> list[Conflict]:
    """Recompute a story's conflicts from its documents' recorded claims (no document is loaded)."""
    gone = [story, *absorbed]
    conn.execute(f"DELETE FROM conflicts WHERE story IN ({','.join('?' * len(gone))})", gone)
    rows = conn.execute("SELECT c.data FROM story_docs s JOIN claims c ON c.doc = s.doc WHERE s.story=? "
                        "ORDER BY s.seq DESC LIMIT ?", (story, MAX_DOCS)).fetchall()
    if len(rows) < 2:
        return []
    found = compare([Claim.from_dict(d) for (data,) in rows for d in json.loads(data)], story)
    seq = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM conflicts").fetchone()[0]
    conn.executemany("INSERT OR REPLACE INTO conflicts(id, story, seq, key, data) VALUES (?,?,?,?,?)",
                     [(c.id, story, seq, c.key, json.dumps(c.as_dict(), ensure_ascii=False)) for c in found])
    return found


def story_conflicts(conn: sqlite3.Connection, story: str) -> list[dict[str, Any]]:
    return [json.loads(r[0]) for r in conn.execute("SELECT data FROM conflicts WHERE story=? ORDER BY key, id",
                                                   (_resolve(conn, story),))]


def export_conflicts(conn: sqlite3.Connection, **_: Any) -> Iterator[dict[str, Any]]:
    """Every open disagreement, newest first: id, story, key, values [{value, unit, doc, text, url, ...}], reason."""
    for (data,) in conn.execute("SELECT data FROM conflicts ORDER BY seq DESC, id"):
        yield json.loads(data)

