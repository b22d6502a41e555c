"""Learning person names the gazetteer does not know.

Candidates come from role appositions ("Bộ trưởng Bộ Quốc phòng Belarus Ravkov Andrei Alekseevich",
"وزير الخارجية الروسي سيرغي لافروف", "国防部部长谢尔盖·绍伊古", "Foreign Minister Sergei Lavrov",
"министр обороны Сергей Шойгу", Thai titles) and from parenthetical transliterations
("谢尔盖·绍伊古(Sergei Shoigu)"). A candidate whose Latin form matches a known person (same folded
token set) adds a variant to that person; otherwise it becomes a new ``bilat:person:<slug>`` entity
with the role and the country named in the apposition. With ``entities.DOC_SCOPE`` (the default)
what one document taught is forgotten after it (a weak name would spread a wrong country), but for
what ``entities.Carry`` keeps (with ``entities.CARRY_STRONG``, a person first recorded named in full,
with a role and that role's country). The store's learned entities, passed when the stage is built, pass the same test, so a
later run knows what one run over both inputs knew. Without it the registry keeps what was learned
for the rest of the process.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from bilat import gazetteer as gz
from bilat import plover
from bilat.datafiles import read_json
from bilat.normalize import fold_latin, match_text, zh_simplified
from bilat.records import Entity, Mention, Role
from bilat.stages import people
from bilat.stages.entities import actor_words, actors_data, eponym_at

if TYPE_CHECKING:
    from bilat.stages.entities import EntityTagger, Matcher

LEARNED = "learned"
DOC_HOME = True  # a person's home-country guesses take the document's home (its outlet's: home.document_home), not the language's (people54)
_DOC_HOME: ContextVar[str | None] = ContextVar("_DOC_HOME", default=None)


@contextmanager
def home_scope(home: str | None) -> Iterator[None]:
    """Within the block, ``lang_home`` answers ``home`` (the document's home country: an Afghan outlet's
    Persian article is AFG, not IRN) for a language that has a home of its own; reset after (also on raise)."""
    token = _DOC_HOME.set(home)
    try:
        yield
    finally:
        _DOC_HOME.reset(token)


def lang_home(lang: str | None) -> str | None:
    """The home country for unnamed officials and Persian-shaped names in ``lang``: the document's
    (``home_scope``) when set, else the language's (data/actors.json ``role_home``: IRN for Persian)."""
    own = actor_words()["role_home"].get((lang or "").split("-")[0])
    doc = _DOC_HOME.get()
    return doc if DOC_HOME and own and doc else own


ZH_DOTTED_SURNAME = True  # a gazetteer person's Chinese name split at its dot: 杜特尔特 alone after a role is 罗德里戈·杜特尔特 (people3)
_ZH_NAME_DOT = re.compile(r"[·‧・•．]")
FAMILY_FIRST_COUNTRY_FIRST = True  # en, ru: people's countries before their surname mentions (issue 10, people46b)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold_latin(text)).strip("-")


def token_key(name: str) -> frozenset[str]:
    """Order-free folded token set: 'Ravkov Andrei Alekseevich' == 'Andrei Alekseevich Ravkov'."""
    return frozenset(t for t in re.split(r"[^a-z0-9]+", fold_latin(name)) if len(t) > 1)


LATIN_INITIALS = True  # a Latin name's initials tell namesakes apart; a token set two gazetteer persons share says neither (people48)


def _full_latin(name: str) -> str:
    """A Latin name folded, its initials kept: 'George W. Bush' -> 'george w bush'."""
    return " ".join(t for t in re.split(r"[^a-z0-9]+", fold_latin(name)) if t)


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    name: str
    role: str | None = None
    country: str | None = None  # ISO3 from the apposition
    latin: str | None = None  # a Latin transliteration given in brackets
    entity: str | None = None  # a known person the candidate continues (قاسم جورمات + توكاييف)
    short_only: bool = False  # only the short form of a person the same document names in full


class Registry:
    """Learned entities for this process: seeded from the store, grown document by document."""

    def __init__(self, tagger: EntityTagger, learned: Iterable[Entity] = ()) -> None:
        self.tagger = tagger
        self.entities: dict[str, Entity] = {}
        self._matcher = None
        self._dirty = True
        self._by_tokens: dict[frozenset[str], str] = {}
        self._ends: dict[tuple[str, str], set[tuple[str, tuple[str, ...]]]] | None = None  # (first, last word) of gazetteer persons, ar/fa
        self._surnames: dict[str, set[str]] | None = None  # last word of a gazetteer person's names -> those persons
        self._known_fa_surnames: frozenset[str] | None = None  # see _known_surnames
        self._given_first: dict[str, set[str]] | None = None  # see _known_by_given
        self._skeletons: dict[tuple[str, ...], set[tuple[str, str]]] | None = None  # ar/fa names, vowel letters of the surname out
        self._local: set[str] = set()  # ids of the local entities (Entity.local): no key for later documents
        self._changes = 0  # adds since the registry was built (or last restored)
        self._by_full: dict[str, str | None] = {}  # a gazetteer person's Latin name, initials kept -> the person (None: several)
        shared: set[frozenset[str]] = set()  # token sets of two gazetteer persons (George Bush): they say neither
        for e in tagger.gaz.entities.values():
            if e.kind == "person":
                for v in e.names.get("en", ()) + (e.name,):
                    key = token_key(v)
                    if self._by_tokens.setdefault(key, e.id) != e.id:
                        shared.add(key)
                    full = _full_latin(v)
                    self._by_full[full] = e.id if self._by_full.get(full, e.id) == e.id else None
        if LATIN_INITIALS:
            for key in shared:
                self._by_tokens[key] = None  # type: ignore[assignment]
        for e in learned:
            self.add(e)
        self._changes = 0  # adds since the registry was built (or last restored)

    def checkpoint(self) -> tuple:
        """What the registry knows now, for :meth:`restore` (a stage that scopes learned names to their document)."""
        return dict(self.entities), set(self._local), dict(self._by_tokens), self.matcher()

    def restore(self, state: tuple) -> None:
        """Forget what was learned since ``state`` (:meth:`checkpoint`); nothing to do where nothing was added."""
        if not self._changes:
            return
        entities, local, by_tokens, matcher = state
        self.entities, self._local, self._by_tokens = dict(entities), set(local), dict(by_tokens)
        self._matcher, self._dirty, self._changes = matcher, False, 0

    def add(self, entity: Entity) -> Entity:
        """Add or extend a learned entity; returns the merged record."""
        old = self.entities.get(entity.id) or self.tagger.gaz.get(entity.id)
        if old is not None:
            names = {k: tuple(v) for k, v in old.names.items()}
            for lang, vs in entity.names.items():
                names[lang] = tuple(dict.fromkeys(names.get(lang, ()) + tuple(vs)))
            country = old.country or (entity.country if old.id.startswith(LEARNED_PREFIX) else None)
            roles = old.roles or entity.roles
            if country and not old.country and entity.roles:  # the first apposition that names a country
                roles = entity.roles
            # local is decided when the registry first learns the entity (a gazetteer person first
            # named here by one word is local to this document, as a new person would be)
            local = old.local if entity.id in self.entities else entity.local
            entity = Entity.from_dict({**old.as_dict(), "names": names, "country": country,
                                       "roles": [r.as_dict() for r in roles], "local": local})
        self.entities[entity.id] = entity
        if entity.local:
            self._local.add(entity.id)
        for v in entity.names.get("en", ()) + (entity.name,):
            self._by_tokens.setdefault(token_key(v), entity.id)
        self._dirty = True
        self._changes += 1
        return entity

    def matcher(self) -> Matcher | None:
        from bilat.stages.entities import Matcher

        if self._dirty:
            keys: dict[tuple[str, str], list[str]] = {}
            flags: dict[tuple[str, str], int] = {}
            for e in self.entities.values():
                if e.id in self._local:
                    continue
                for v in {v for vs in e.names.values() for v in vs}:
                    key = match_text(v)
                    if len(key) < (2 if _HAN_NAME.fullmatch(key) else 3):  # 王毅, 陈健: two Han characters
                        continue
                    case = (gz.CASE_INIT if v[:1].isupper() else 0) | gz.NO_TAIL  # a capitalised name stays one
                    forms = [(key, "a")]
                    folded = fold_latin(v)
                    if folded != key and len(folded) >= 6:
                        forms.append((folded, "b"))
                    for form in forms:
                        keys.setdefault(form, []).append(e.id)
                        flags[form] = (flags.get(form, case) & case) | gz.NO_TAIL
            pats = [gz.Pattern(key=k, pass_=p, entities=tuple(dict.fromkeys(ids)), flags=flags[(k, p)], lang=LEARNED)
                    for (k, p), ids in keys.items()]
            self._matcher = Matcher(pats) if pats else None
            self._dirty = False
        return self._matcher

    def process(self, text: str, lang: str | None, *, learn: bool = True) -> tuple[list[Mention], list[Entity]]:
        mentions = self.tagger.mentions(text, lang, self.matcher(), self.entities)
        if OTHER_GIVEN:
            mentions = self._other_given(text, lang, mentions)
        new: list[Entity] = []
        if learn:
            new = self.learn(text, lang, mentions)
            if new:
                mentions = self.tagger.mentions(text, lang, self.matcher(), self.entities)
                if OTHER_GIVEN and OTHER_GIVEN_RETAG:  # the veto holds over the tagging again
                    mentions = self._other_given(text, lang, mentions)
        mentions, grown = self._extend(text, lang, mentions, learn)
        mentions, bare = self._bare(text, lang, mentions, learn)
        mentions, namesakes = self._namesakes(text, lang, mentions, learn)
        mentions, sons = self._patronymics(text, lang, mentions, learn)
        grown += bare + namesakes + sons
        if grown:
            merged = {e.id: e for e in new}
            for e in grown:
                merged[e.id] = _with_names(e, _union(merged[e.id].names, e.names)) if e.id in merged else e
            new = list(merged.values())
        if (lang or "").startswith(("th", "zh")):
            mentions = _drop_bracketed(text, mentions)
        if FAMILY_FIRST_COUNTRY_FIRST and (lang or "").startswith(("en", "ru")):
            # Zhang Yesui, Chinese by the demonym before his role: his country is known before his later
            # mentions are sought, so "Zhang said" is read by the family name (roles.json family_name_first)
            mentions = person_countries(text, mentions, lang)
        mentions = person_countries(text, surname_mentions(text, mentions, lang), lang)
        if OTHER_GIVEN:
            mentions = _bare_after_full(mentions, lang)
        # a name inside an eponym ("مستشفى الملك سلمان") is no person, however it was found
        return [m for m in mentions if m.kind != "person" or not eponym_at(text, lang, m.start)
                and not (lang == "ar" and _ar_adjective_surname(text, m))], new

    def _other_given(self, text: str, lang: str | None, mentions: list[Mention]) -> list[Mention]:
        """A known person matched by one word (a surname key: Буш, بوش) right after a listed given name that is
        none of that person's names ("Пьер |Буш|", "بيير |بوش|") is another person of that surname: the match
        goes, and the name is read in full as a new person."""
        out = []
        for m in mentions:
            ent = self.tagger.gaz.get(m.entity) if m.kind == "person" and m.via == "gazetteer" and " " not in m.text.strip() else None
            prev = re.search(r"(?:^|[\s«(\"])([^\W\d_]+)[ \u00a0]$", text[max(0, m.start - 30):m.start]) if ent else None
            if prev is not None and (people._is_given(prev.group(1), lang or "") or OTHER_GIVEN_VETO
                                     and _ru_capitalised_given(text, max(0, m.start - 30) + prev.start(1), prev.group(1), lang, mentions)) \
                    and not _own_word(prev.group(1), ent, lang):
                continue
            if ent is not None and AR_OTHER_GIVEN and _ar_given_after_title(text, m.start, ent, lang, mentions):
                continue
            out.append(m)
        return out

    def _extend(self, text: str, lang: str | None, mentions: list[Mention],
                learn: bool) -> tuple[list[Mention], list[Entity]]:
        """Grow a Latin or Cyrillic person mention over the adjacent capitalised words that belong
        to the same person's names ("Ravkov" + "Andrei Alekseevich"); the longer form is learned."""
        out, grown = [], []
        for m in mentions:
            ent = self.entities.get(m.entity) or self.tagger.gaz.get(m.entity) if m.kind == "person" else None
            if ent is None or not re.match(r"[A-Za-zÀ-ỹА-яЁё]", m.text):
                out.append(m)
                continue
            tokens = {t for vs in ent.names.values() for v in vs for t in token_key(v)} | token_key(ent.name)
            s, e = _grow(text, m.start, m.end, tokens)
            if (s, e) == (m.start, m.end) or _overlaps(mentions, m, s, e):
                out.append(m)
                continue
            out.append(Mention(start=s, end=e, text=text[s:e], entity=m.entity, kind=m.kind, lang=m.lang,
                               iso3=m.iso3, via=m.via))
            variant = text[s:e]
            if learn and not any(variant in vs for vs in ent.names.values()):
                merged = self.add(Entity(id=ent.id, kind=ent.kind, name=ent.name, country=ent.country,
                                         roles=ent.roles, names={lang or "und": (variant,)}))
                grown.append(_with_names(merged, {lang or "und": (variant,)}))
        return out, grown

    def _bare(self, text: str, lang: str | None, mentions: list[Mention],
              learn: bool) -> tuple[list[Mention], list[Entity]]:
        """People named by one word (:func:`bare_name_candidates`): the person of this document
        whose name ends with that word (ông Lên after Đặng Hữu Lên), else the one known person of
        that surname, else a new person. A new one-word name stays in its document (it is no key
        for later documents: one word is too weak a sign); each of its occurrences is a mention."""
        cands = bare_name_candidates(text, lang, mentions, self._known_surnames() if lang in ("fa", "ar") else frozenset())
        if not cands:
            return mentions, []
        people_ms = [m for m in mentions if m.kind == "person"]
        named = _countries_named(mentions)
        out, new = list(mentions), []
        covered = [False] * (len(text) + 1)
        for m in mentions:
            covered[m.start:m.end] = [True] * (m.end - m.start)
        for c in cands:
            if any(covered[c.start:c.end]):
                continue
            # Vietnamese: a name this loop made earlier counts too ("bà Mạnh" after "bà Mạnh Vãn Chu", no Nông Đức Mạnh)
            pool = people_ms + out[len(mentions):] if VI_SHORT_IN_DOC and lang == "vi" else people_ms
            same = next((m for m in pool if len(m.text.split()) >= 2 and _short_of(c.name, m.text, lang)), None)
            iso3 = None
            if same is not None:
                ent_id, iso3 = same.entity, same.iso3
            elif c.short_only:
                continue
            else:
                ent = self._entity_for(c, lang, named)
                if ent is None or not learn and ent.id not in self.entities and self.tagger.gaz.get(ent.id) is None:
                    continue
                single = len(c.name.split()) == 1 and ent.id.startswith(LEARNED_PREFIX) and ent.id not in self.entities
                # a gazetteer person named here by one bare word (سخنان |روحانی| درباره): the word is no key for
                # later documents, where it may be the common word it also is (علمای روحانی, 'clerics')
                known_one = len(c.name.split()) == 1 and not ent.id.startswith(LEARNED_PREFIX)
                if learn and known_one:
                    new.append(_with_names(ent, ent.names))
                elif learn:
                    if single:
                        ent = dataclasses.replace(ent, local=True)
                    merged = self.add(ent)
                    new.append(_with_names(merged, ent.names))
                    ent = merged
                ent_id, iso3 = ent.id, _iso_of(ent)
            hits = [(c.start, c.end)]
            if len(c.name.split()) == 1 and c.role != "royal":  # (a given name alone elsewhere may be anyone)
                lead = 0 if BARE_BEFORE_CUE and lang == "fa" else c.start
                hits += [(lead + h.start(), lead + h.end()) for h in
                         re.finditer(rf"(?<!\w){re.escape(c.name)}(?!\w)", text[lead:]) if lead + h.start() != c.start]
            for s, e in hits:
                if not any(covered[s:e]):
                    out.append(Mention(start=s, end=e, text=text[s:e], entity=ent_id, kind="person", lang=lang,
                                       iso3=iso3, via=LEARNED))
                    covered[s:e] = [True] * (e - s)
        return sorted(out, key=lambda x: (x.start, x.end)), new

    def _namesakes(self, text: str, lang: str | None, mentions: list[Mention],
                   learn: bool) -> tuple[list[Mention], list[Entity]]:
        """A gazetteer leader named by a common first name and a surname (David Thompson, John
        Howard) is that leader only with support in the document: the leader's country named
        somewhere, a government role word next to one of the mentions or anywhere in the document,
        or another known leader named in it (Tony Blair meeting Berlusconi). Without it, and where a
        role lexicon lets us judge (the language has one), the mentions are a namesake: a person
        of their own, with no country ("estate manager David Thompson" is no Barbadian prime
        minister). In English, a capitalised word right after the name makes it a longer name
        ("the Reverend John Howard Johnson")."""
        if (lang or "") not in ROLES:
            return mentions, []
        countries = {m.iso3 for m in mentions if m.kind == "country" and m.iso3}
        groups: dict[str, list[Mention]] = {}
        for m in mentions:
            if m.kind == "person" and m.via == "gazetteer" and _is_latin(m.text):
                groups.setdefault(m.entity, []).append(m)
        swap: dict[int, Mention] = {}
        new: list[Entity] = []
        if ZH_SURNAME_NAMESAKE and (lang or "").startswith("zh"):
            self._zh_surname_namesakes(mentions, lang, learn, swap, new)
        for eid, ms in groups.items():
            ent = self.tagger.gaz.get(eid)
            if ent is None or not ent.roles:
                continue
            longer = [m for m in ms if lang == "en" and _capitalised_after(text, m.end, ent)]
            full = [m for m in ms if len(m.text.split()) >= 2]
            home = {ent.country} | {r.country for r in ent.roles}
            given = bool(full) and all(people._is_given(m.text.split()[0], "en") for m in full)
            supported = bool(home & countries) or any(_beside_role(text, lang, m) for m in ms) \
                or len(groups) > 1 or _political(text, lang)
            # a common given name and a common surname (David Thompson) needs support; a rarer name (Justin
            # Trudeau said ...) is the gazetteer person unless the context says otherwise (another trade
            # beside it). The years a text names say nothing of its era: a piece of 2016 on Kim Jong Un
            # names only 1980, the party's last congress
            common = given and (not NAMESAKE_COMMON_SURNAME or all(_common_surname(m.text) for m in full))
            alone = common and not supported or given and NAMESAKE_COMMON_SURNAME and not common \
                and any(_beside_other_trade(text, lang, m) for m in ms)
            for m in (ms if alone else longer):
                # "Lavrov" after "Sergei Lavrov": the namesake named in full, not one of its own
                owner = next((f for f in full if f.text.split()[-1] == m.text), None) if alone else None
                key = LEARNED_PREFIX + slug(owner.text if owner is not None else m.text) + "-namesake"
                if learn and key not in self.entities:
                    made = self.add(Entity(id=key, kind="person", name=m.text, names={lang: (m.text,)}, local=True))
                    new.append(made)
                if learn or key in self.entities:
                    swap[id(m)] = dataclasses.replace(m, entity=key, iso3=None, via=LEARNED)
        return [swap.get(id(m), m) for m in mentions], new

    def _zh_surname_namesakes(self, mentions: list[Mention], lang: str, learn: bool,
                              swap: dict[int, Mention], new: list[Entity]) -> None:
        """Chinese: a gazetteer person matched by a transliterated surname alone (布朗 for Gordon Brown: no
        dot, no Chinese family name, the Latin surname a common one of data/namesakes.json) is that person
        only where one of its mentions has the person's country next to it (英国前首相布朗); else the word
        names one of the many namesakes (美军参谋长联席会议主席布朗上将, 俄亥俄州参议员布朗; a country named
        elsewhere in a market report says nothing): an unlinked person of this document, whose country the
        role phrase beside it gives (person_countries)."""
        groups: dict[str, list[Mention]] = {}
        for m in mentions:
            if m.kind == "person" and m.via == "gazetteer" and not _ZH_NAME_DOT.search(m.text) \
                    and _HAN_NAME.fullmatch(m.text) and m.text[:1] not in people.zh_surnames():
                groups.setdefault(m.entity, []).append(m)
        places = [c for c in mentions if c.kind in ("country", "place") and c.iso3]
        for eid, ms in groups.items():
            ent = self.tagger.gaz.get(eid)
            latin = (ent.names.get("en") or (ent.name,))[0] if ent is not None else ""
            if ent is None or not _common_surname(latin):
                continue
            home = {ent.country} | {r.country for r in ent.roles}
            if any(c.iso3 in home and m.start - ZH_NAMESAKE_REACH <= c.start < m.end + ZH_NAMESAKE_REACH
                   for m in ms for c in places):
                continue
            key = LEARNED_PREFIX + "x" + hashlib.sha1(("namesake " + ms[0].text).encode("utf-8")).hexdigest()[:12]
            if learn and key not in self.entities:
                new.append(self.add(Entity(id=key, kind="person", name=ms[0].text, names={lang: (ms[0].text,)}, local=True)))
            if learn or key in self.entities:
                for m in ms:
                    swap[id(m)] = dataclasses.replace(m, entity=key, iso3=None, via=LEARNED)

    def _patronymics(self, text: str, lang: str | None, mentions: list[Mention],
                     learn: bool) -> tuple[list[Mention], list[Entity]]:
        """Arabic script: a person mention that follows "<name> بن" (or starts with the link after a
        name) names a father inside a patronymic chain, and the chain names its head, never the
        father (:func:`chain_head`). When a person mention ends on the head ("الملك سلمان" + "بن
        عبدالعزيز آل سعود", "الأمير محمد بن سلمان" + "بن عبدالعزيز"), it grows over the chain and the
        father's mention goes; otherwise the chain is a person of its own ("متعب بن عبدالله بن
        عبدالعزيز" is Mutaib, not King Abdullah), of the father's country: a son named by his father's
        name is of his house. Learned, or dropped when nothing may be learned."""
        if not chain_links(lang) or not any(m.kind == "person" for m in mentions):
            return mentions, []
        covered = [False] * (len(text) + 1)
        for m in mentions:
            if m.kind != "person" and not _bare_nisba(m):
                covered[m.start:m.end] = [True] * (m.end - m.start)
        gone: set[int] = set()
        swap: dict[int, Mention] = {}
        new: list[Entity] = []
        persons = sorted((m for m in mentions if m.kind == "person"), key=lambda x: x.start)
        for m in persons:
            if id(m) in gone:
                continue
            head = chain_head(text, lang, m.start, covered)
            if head is None:
                continue
            first = _words_from(text, m.start, 1)
            link = m.start if first and first[0][2] in chain_links(lang) else _word_before(text, m.start)[0]
            end = chain_end(text, lang, link)
            if m.end > end and (m.via == "gazetteer" or re.fullmatch(r"[ \u00a0]+ال\S+", text[end:m.end])
                                and match_text(text[end:m.end].strip()) not in AR_SKIP):
                end = m.end  # the father's full name as the gazetteer has it (عبدالله الثاني), a family name (السديري)
            owner = next((p for p in persons if p is not m and id(p) not in gone and p.start <= head < p.end <= link), None)
            gone.add(id(m))
            if owner is not None:
                swap[id(owner)] = dataclasses.replace(owner, end=end, text=text[owner.start:end])
                for p in persons:  # other fathers' names inside the grown chain
                    if p is not owner and owner.start <= p.start < end:
                        gone.add(id(p))
                continue
            name = text[head:end]
            key = LEARNED_PREFIX + "x" + hashlib.sha1(match_text(name).encode("utf-8")).hexdigest()[:12]
            if key not in self.entities and not learn:
                continue
            if key not in self.entities:
                made = self.add(Entity(id=key, kind="person", name=name, country=m.iso3, names={lang or "und": (name,)}))
                new.append(made)
            ent = self.entities[key]
            swap[id(m)] = Mention(start=head, end=end, text=name, entity=key, kind="person", lang=m.lang,
                                  iso3=ent.country, via=LEARNED)
            for p in persons:
                if p is not m and head <= p.start < end:
                    gone.add(id(p))
        for m in mentions:  # "الأمير تركي بن فهد": the given name Turki, no Turkish
            if _bare_nisba(m) and any(g.start <= m.start < g.end for g in swap.values()):
                gone.add(id(m))
        if not gone and not swap:
            return mentions, new
        out = [swap.get(id(m), m) for m in mentions if id(m) not in gone or id(m) in swap]
        return sorted(out, key=lambda x: (x.start, x.end)), new

    def learn(self, text: str, lang: str | None, mentions: list[Mention]) -> list[Entity]:
        out: dict[str, Entity] = {}
        named = _countries_named(mentions)
        cands = find_candidates(text, lang, mentions)
        # the full names first, so that a title and a surname alone ("Mr Zarif", "Ông Imanov") meets the
        # person the document names in full wherever the two stand
        full = [(m.text, m.entity) for m in mentions if m.kind == "person" and len(m.text.split()) >= 2]
        for cand in sorted(cands, key=lambda c: len(c.name.split()) == 1):
            if len(cand.name.split()) == 1 and cand.role and cand.entity is None:
                same = _full_person(cand.name, full, lang)
                if same is not None:
                    cand = dataclasses.replace(cand, entity=same)
            if SEAT_FIRST and cand.country and cand.entity is None:
                # "ذبیح‌الله مجاهد، سخنگوی طالبان به رسانه‌های پاکستانی": the seat the role names, not a country later on
                seat = _candidate_seat(text, lang, cand)
                if seat and seat != cand.country:
                    cand = dataclasses.replace(cand, country=seat)
            ent = self._entity_for(cand, lang, named)
            if ent is not None:
                merged = self.add(ent)
                # the document reports the entity with the variants it contributed, not all of them
                out[ent.id] = _with_names(merged, _union(out[ent.id].names, ent.names) if ent.id in out else ent.names)
                if len(cand.name.split()) >= 2:
                    full.append((cand.name, ent.id))
        return list(out.values())

    def _entity_for(self, cand: Candidate, lang: str | None, named: frozenset[str] = frozenset()) -> Entity | None:
        lang = lang or "und"
        if broken_chain(cand.name, lang):
            return None  # "سليمان بن": a chain cut short
        if _whole_role(cand.name, lang):
            return None  # "با رئیس جمهور، رئیس مجلس و ...": a role set off before another role is no name
        if "\u00a0" in cand.name or "\u202f" in cand.name:  # the tagger matches on text with plain spaces
            cand = dataclasses.replace(cand, name=cand.name.replace("\u00a0", " ").replace("\u202f", " "))
        names: dict[str, tuple[str, ...]] = {lang: (cand.name,)}
        if _is_latin(cand.name):
            latin = cand.name
            if cand.latin:  # a phonetic respelling in brackets: Ravkov Andrei (Ráp-cốp An-đờ-rây)
                names[lang] = (cand.name, cand.latin)
        else:
            latin = cand.latin
            if latin:
                names["en"] = (latin,)
        known = cand.entity or (self._by_latin(latin) if latin else None)
        if known is None:
            known = self._known_by_name(cand.name)
        if known is None:
            known = self._known_by_ends(cand.name, lang)
        if known is None:
            known = self._known_by_skeleton(cand.name, lang)
        if known is None and len(cand.name.split()) == 1 and cand.role == "royal":
            known = self._known_by_given(cand.name, named)  # الشيخ تميم in a story naming Qatar: Tamim bin Hamad
        elif known is None and len(cand.name.split()) == 1 and cand.role:
            here = named | {cand.country} if cand.country else named
            known = self._known_by_surname(cand.name, here, honorific=cand.role == "person")
        if known is not None:
            base = self.entities.get(known) or self.tagger.gaz.get(known)
            if base is None:
                return None
            if base.country is None and cand.country and base.id.startswith(LEARNED_PREFIX):
                # a learned person named before without a country: this apposition gives it
                roles = [Role(title=cand.role, country=cand.country).as_dict()] if cand.role else []
                return Entity.from_dict({**base.as_dict(), "names": names, "country": cand.country, "roles": roles})
            return Entity.from_dict({**base.as_dict(), "names": names, "roles": []})
        if not latin and not cand.role:
            return None
        en = latin or cand.name
        roles = (Role(title=cand.role, country=cand.country),) if cand.role else ()
        key = slug(en) or "x" + hashlib.sha1(match_text(cand.name).encode("utf-8")).hexdigest()[:12]
        return Entity(id=f"bilat:person:{key}", kind="person", name=en, country=cand.country,
                      roles=roles, names=names)

    def _by_latin(self, latin: str) -> str | None:
        """The known person a Latin name is: the gazetteer person of that exact name, initials kept (George W Bush
        is not George H. W. Bush), else the one person of its token set."""
        if LATIN_INITIALS and (found := self._by_full.get(_full_latin(latin))):
            return found
        return self._by_tokens.get(token_key(latin))

    def _known_by_ends(self, name: str, lang: str) -> str | None:
        """Arabic and Persian: a known person whose name has the same first and last word, the
        candidate only adding a patronymic chain (عادل بن أحمد الجبير = عادل الجبير, محمد بن نايف بن
        عبدالعزيز = محمد بن نايف ... is not: the last words differ). The middle words of one must be
        among the other's, in order: a house name ends many names (صباح الخالد الصباح is not صباح
        الأحمد الجابر الصباح, محمد بن سلطان آل نهيان not محمد بن زايد آل نهيان)."""
        if lang not in ("ar", "fa"):
            return None
        ends = _ends(name)
        if ends is None or len(match_text(name).split()) < 3:
            return None
        if self._ends is None:
            idx: dict[tuple[str, str], set[tuple[str, tuple[str, ...]]]] = {}
            for e in list(self.tagger.gaz.entities.values()):
                if e.kind == "person":
                    for v in e.names.get("ar", ()) + e.names.get("fa", ()):
                        k = _ends(v)
                        if k is not None:
                            idx.setdefault(k, set()).add((e.id, _middle(v)))
            self._ends = idx
        mid = _middle(name)
        # the last word a father's or a house's (عبدالله بن |عبدالعزيز): the chains must be the same
        strict = house_name([*mid, ends[1]], lang)
        ids = {i for i, known in self._ends.get(ends, ())
               if (_same_lineage([*known, ends[1]], [*mid, ends[1]], lang) if strict or house_name([*known, ends[1]], lang)
                   else _subsequence(known, mid) or _subsequence(mid, known))}
        return next(iter(ids)) if len(ids) == 1 else None

    def _known_by_skeleton(self, name: str, lang: str) -> str | None:
        """Arabic and Persian: the one gazetteer person whose name has the same words but for the vowel
        letters (ا و ی ي ى) of the surname, a foreign surname spelt with a vowel more or less (مایک |پومپئو
        = مایک پمپئو, أوهورو |كنياتا = أوهورو كينياتا). Both surnames five letters or more, at most two
        apart, and neither a listed given name (سليمان is not سلمان, حسين not حسن)."""
        if lang not in ("ar", "fa"):
            return None
        key = _skeleton_key(name)
        if key is None:
            return None
        if self._skeletons is None:
            idx: dict[tuple[str, ...], set[tuple[str, str]]] = {}  # (entity id, its surname)
            for e in list(self.tagger.gaz.entities.values()):
                if e.kind == "person":
                    for v in e.names.get("ar", ()) + e.names.get("fa", ()):
                        k = _skeleton_key(v)
                        if k is not None:
                            idx.setdefault(k, set()).add((e.id, match_text(v).split()[-1]))
            self._skeletons = idx
        last = match_text(name).split()[-1]
        def surname(w: str) -> bool:  # five letters or more and no listed given name of either language
            return len(w) >= 5 and not people._is_given(w, "ar") and not people._is_given(w, "fa")

        if not surname(last):
            return None  # سليمان and سلمان: Arabic names have one spelling each, and are different names
        ids = {i for i, known in self._skeletons.get(key, ()) if abs(len(known) - len(last)) <= 2 and surname(known)}
        return next(iter(ids)) if len(ids) == 1 else None

    def _known_by_surname(self, name: str, named: frozenset[str] = frozenset(), *, honorific: bool = True) -> str | None:
        """A title and a surname alone ("Mr Abbas", "Ms Short", "President Bush"): after an honorific,
        the one gazetteer person whose names end with that surname, if exactly one does; otherwise
        (several do, or a role title) the one of them whose country the document names, or, when
        those are several of one country (George H. W. and George W. Bush), the one in office last.
        A surname of no person of a named country stays unknown ("Mr Blair" in a Canadian story is
        not Tony Blair unless Britain is named)."""
        if self._surnames is None:
            idx: dict[str, set[str]] = {}
            for e in list(self.tagger.gaz.entities.values()):
                if e.kind == "person":
                    for v in {v for vs in e.names.values() for v in vs} | {e.name}:
                        words = match_text(v).split()
                        if ZH_DOTTED_SURNAME and len(words) == 1 and _ZH_NAME_DOT.search(v):  # 罗德里戈·杜特尔特
                            words = [w for w in _ZH_NAME_DOT.split(match_text(v)) if w]
                            if len(words) >= 2 and len(words[-1]) >= 2:
                                idx.setdefault(words[-1], set()).add(e.id)
                            continue
                        if len(words) >= 2 and len(words[-1]) >= 4 and not house_name(words, "ar") \
                                and not house_name(words, "fa"):  # نهيان, الصباح: a house, no one's surname
                            idx.setdefault(words[-1], set()).add(e.id)
                            folded = fold_latin(words[-1])  # Chávez written Chavez
                            if folded != words[-1] and folded.isascii():
                                idx.setdefault(folded, set()).add(e.id)
            self._surnames = idx
        key = match_text(name)
        ids = self._surnames.get(key) or (self._surnames.get(fold_latin(key), set()) if key.isascii() else set())
        if len(ids) == 1 and honorific and not (HONORIFIC_NEEDS_COUNTRY and key.isascii()
                                               and (HONORIFIC_NEEDS_COUNTRY == 2 or fold_latin(key) in _common_surnames())):
            return next(iter(ids))
        people = [self.tagger.gaz.get(i) for i in sorted(ids)]
        here = [e for e in people if e is not None and e.country in named]
        if not here or len({e.country for e in here}) > 1:
            return None
        return max(here, key=lambda e: max((r.start or 0 for r in e.roles), default=0)).id

    def _known_by_given(self, name: str, named: frozenset[str]) -> str | None:
        """The one gazetteer person whose Arabic name starts with the given name ``name`` and whose country the
        document names (الشيخ |تميم| in a story naming Qatar), else None."""
        if self._given_first is None:
            idx: dict[str, set[str]] = {}
            for e in list(self.tagger.gaz.entities.values()):
                if e.kind == "person" and e.country:
                    for v in e.names.get("ar", ()):
                        words = match_text(v).split()
                        if len(words) >= 2:
                            idx.setdefault(words[0], set()).add(e.id)
            self._given_first = idx
        ids = [i for i in sorted(self._given_first.get(match_text(name), ()))
               if (e := self.tagger.gaz.get(i)) is not None and e.country in named]
        return ids[0] if len(ids) == 1 else None

    def _known_surnames(self) -> frozenset[str]:
        """The last words (Arabic script, four letters or more) of the gazetteer's people's names, less the
        given names that start the names of two people or more (محمد, حسین): the family names a bare word
        can be (ظریف, عارف, روحانی, نتنیاهو)."""
        if self._known_fa_surnames is None:
            last: set[str] = set()
            first: dict[str, int] = {}
            for e in list(self.tagger.gaz.entities.values()):
                if e.kind != "person":
                    continue
                starts = set()
                for v in {v for vs in e.names.values() for v in vs} | {e.name}:
                    words = match_text(v).split()
                    if len(words) >= 2:
                        starts.add(words[0])
                        if _ARABIC_LETTER.match(words[-1]) and len(words[-1].replace("\u200c", "")) >= 4:
                            last.add(words[-1])
                for w in starts:
                    first[w] = first.get(w, 0) + 1
            self._known_fa_surnames = frozenset(
                w for w in last if first.get(w, 0) < 2 or not (people._is_given(w, "fa") or people._is_given(w, "ar")))
        return self._known_fa_surnames

    def _known_by_name(self, name: str) -> str | None:
        key = match_text(name)
        for e in list(self.entities.values()):
            if any(match_text(v) == key for vs in e.names.values() for v in vs):
                return e.id
        return None


_CAP_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſƠƯẠ-ỸĐА-ЯЁ][\w'’-]*")


_BRACKET_AFTER = re.compile(r"[ \u00a0]*[(（][^()（）\n]{1,80}[)）]")


def _drop_bracketed(text: str, mentions: list[Mention]) -> list[Mention]:
    """Thai and Chinese: a person named again in a bracket right after the name (นายโซเฮล คาน (Mr. Sohail
    Khan), นายอู ถิ่น จอว์ (U Htin Kyaw), 谢尔盖·绍伊古(Sergei Shoigu), 方慧蘭（Chrystia Freeland ）) is one
    mention, not two: the bracketed one goes, and a learned name takes the gazetteer person the bracket
    names."""
    people_ms = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
    drop: set[int] = set()
    swap: dict[int, Mention] = {}
    for p in people_ms:
        br = _BRACKET_AFTER.match(text, p.end)
        if br is None:
            continue
        for q in people_ms:
            if q is not p and br.start() < q.start and q.end < br.end():
                drop.add(id(q))
                if p.entity.startswith(LEARNED_PREFIX) and not q.entity.startswith(LEARNED_PREFIX):
                    swap[id(p)] = dataclasses.replace(p, entity=q.entity, iso3=q.iso3 or p.iso3)
    if not drop:
        return mentions
    return [swap.get(id(m), m) for m in mentions if id(m) not in drop]


def _grow(text: str, s: int, e: int, tokens: set[str]) -> tuple[int, int]:
    for _ in range(3):
        m = _CAP_WORD.match(text, e + 1) if text[e:e + 1] == " " else None
        if not m or not token_key(m.group(0)) <= tokens or not token_key(m.group(0)):
            break
        e = m.end()
    for _ in range(3):
        if s < 2 or text[s - 1] != " ":
            break
        j = s - 1
        while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "'’-"):
            j -= 1
        word = text[j:s - 1]
        if not _CAP_WORD.fullmatch(word) or not token_key(word) or not token_key(word) <= tokens:
            break
        s = j
    return s, e


def _overlaps(mentions: list[Mention], me: Mention, s: int, e: int) -> bool:
    return any(m is not me and m.start < e and s < m.end for m in mentions)


def _union(a: dict[str, tuple[str, ...]], b: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    out = dict(a)
    for lang, vs in b.items():
        out[lang] = tuple(dict.fromkeys(out.get(lang, ()) + tuple(vs)))
    return out


def _countries_named(mentions: list[Mention]) -> frozenset[str]:
    return frozenset(m.iso3 for m in mentions if m.kind == "country" and m.iso3)


def _with_names(e: Entity, names: dict[str, tuple[str, ...]]) -> Entity:
    return dataclasses.replace(e, names=names)


def _is_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c < "\u0250" or "\u1e00" <= c <= "\u1eff" for c in letters)


# --- role appositions -----------------------------------------------------------------------------

# (role word or phrase, role code) per language, from data/roles.json (bilat.stages.people)
ROLES: dict[str, list[tuple[str, str]]] = people.roles()


def _eponym_nouns(lang: str) -> frozenset[str]:
    """Nouns of places and institutions (مطار, مستشفى, فرودگاه, data/actors.json): never part of a person's name."""
    return actor_words()["eponym_before"].get(lang, frozenset())


AR_STOP = frozenset(match_text(w) for w in ["في", "إلى", "الى", "على", "من", "عن", "مع", "أن", "ان", "إن", "قد", "التي", "الذي", "خلال", "بعد", "قبل", "حيث", "يوم", "لدى", "اليوم", "أمس", "وزوجته", "وقال", "قال", "أكد", "وأكد", "إنه", "بين", "و", "،", "نظيره", "نظيرته", "التقى", "يلتقي", "زار", "يزور", "بحث", "وبحث", "صرح", "وصرح", "أعلن", "وأعلن", "يقول", "أمام", "لبحث", "الذي", "والذي", "كما", "وذلك", "عند", "عبر", "حول", "ضد", "منذ", "هذا", "هذه", "ذلك", "تلك", "أثناء", "فترة", "بشأن", "وزير", "وزيرة", "رئيس", "هيئة", "والوفد", "المرافق", "له", "لها", "أنه", "بأن", "إنها", "أنها", "فيما", "حيث", "إذ", "ثم", "كل", "غير", "أبلغ", "أوضح", "أشار", "أضاف", "قالت", "أكدت", "دعا", "طالب", "رحب", "استقبل", "شارك", "ناقش", "حفظه", "حفظهم", "جولته", "خلاله"]) | frozenset(
    match_text(w) for w in people.lexicon().get("name_stop_words", {}).get("ar", ())) | _eponym_nouns("ar")
FA_STOP = frozenset(match_text(w) for w in ["در", "به", "با", "از", "که", "و", "را", "برای", "تا", "این", "آن", "کرد", "گفت", "دیدار", "همسرش", "همتای", "روز", "امروز", "دیروز", "طی", "پس", "گفتگو", "اعلام", "تاکید", "بر", "است", "بود", "شد", "شده", "داشت", "دارد", "کرد", "کرده", "نمود", "گفت", "نیز", "باید", "خواهد", "می", "نمی", "هم", "یک", "چند", "منع", "ارتباط", "گزارش", "نوشت", "نوشته", "درباره", "همچنین", "ادامه", "اظهار"]) | frozenset(
    match_text(w) for w in people.lexicon().get("name_stop_words", {}).get("fa", ())) | _eponym_nouns("fa") | frozenset(
    match_text(w) for w in people.lexicon().get("family_names", {}).get("fa_kin", ()))  # متعب |پسر ملک عبدالله
ZH_STOP_CHARS = frozenset("率在与和于会表对的是说称将已出访同向就为也指等及见共举发报、，,。.（(0123456789今日月年")
# role words too general to learn from without a country in the apposition (scripts without case)
GENERIC_ROLES = frozenset(match_text(w) for w in ["رئيس", "الرئيس", "الوزير", "وزير", "السفير", "سفير", "الملك", "ملك", "وزیر", "سفیر", "پادشاه", "主席", "部长", "大使"])
# honorifics and adjectives between the role and the name: الرئيس السابق الدكتور ...
AR_SKIP = frozenset(match_text(w) for w in ["السابق", "الأسبق", "الراحل", "المخلوع", "المعزول", "الجديد", "الحالي", "الدكتور", "د.", "الأستاذ", "اللواء", "الفريق", "العميد", "العقيد", "المقدم", "الشيخ", "الأمير", "السيد", "سعادة", "معالي", "فخامة", "سمو", "دولة", "الملك", "آقای", "خانم", "دکتر", "سردار", "سرلشکر", "وقت", "سابق", "پیشین", "اسبق", "کشورمان", "شهید", "مرحوم", "خود", "خویش"])
_AR_RANK_QUALIFIERS = frozenset(match_text(w) for w in people.lexicon().get("rank_qualifiers", {}).get("ar", ()))
_AR_COMPLEMENT_HEADS = frozenset(match_text(w) for w in people.lexicon().get("role_complement_heads", {}).get("ar", ()))
_AR_ROLE_QUALIFIERS = frozenset(match_text(w) for w in people.lexicon().get("role_qualifiers", {}).get("ar", ()))
AR_LINKS = frozenset(match_text(w) for w in ["عبد", "أبو", "ابو", "بن", "ابن", "بنت", "آل"])

_LATIN_NAME = r"(?:[A-ZÀ-ÖØ-ÞĀ-ſƠƯẠ-ỸĐ]\.|[A-ZÀ-ÖØ-ÞĀ-ſƠƯẠ-ỸĐ][\w'’-]*[\w'’]|[A-ZÀ-ÖØ-ÞĀ-ſƠƯẠ-ỸĐ])"
# two to four capitalised Latin words right before ", " (the name an apposition follows: the vi and en readers)
_LATIN_NAME_BEFORE_COMMA = re.compile(rf"(?<![\w'’.-])(?:{_LATIN_NAME})(?:[ \u00a0](?:{_LATIN_NAME})){{1,3}}(?=,[ \u00a0])")
_CYR_NAME = r"[А-ЯЁ][а-яё-]+"
_PAREN = re.compile(r"\s*[(（]([^()（）]{3,60})[)）]")
_LATIN_HONORIFIC = re.compile(r"^(?:(?:H\.\s?E\.|Mr|Mrs|Ms|Dr|Gen|Lt|Maj)\.?\s*)+(?=[A-Z])")


_AR_CLASSES = [set("یيىئ"), set("کك"), set("اأإآ"), set("هةۀ"), {" ", "\u200c"}]


def _ar_char(ch: str) -> str:
    for group in _AR_CLASSES:
        if ch in group:
            return "[" + "".join(sorted(group)) + "]"
    return re.escape(ch)


def _ar_alternation(words: Iterable[str]) -> str:
    """A regex alternation of Arabic-script ``words`` (each letter by :func:`_ar_char`), longest first so that a
    longer word wins over its own beginning."""
    return "|".join("".join(_ar_char(c) for c in w) for w in sorted(words, key=len, reverse=True))


def _role_regex(lang: str) -> re.Pattern | None:
    """Group 1 is the role word. Word edges in spaced scripts; Arabic letter variants and an
    optional proclitic (والرئيس) in Arabic and Persian."""
    roles = ROLES.get(lang)
    if not roles:
        return None
    ordered = [r for r, _ in sorted(roles, key=lambda x: -len(x[0]))]
    if lang in ("ar", "fa"):
        alts = "|".join("".join(_ar_char(c) for c in r) for r in ordered)
        return re.compile(f"(?<!\\w)(?:[وف]?[بل]?)({alts})(?!\\w)")
    alts = "|".join(re.escape(r) for r in ordered)
    if lang in ("zh", "th"):
        return re.compile(f"({alts})")
    return re.compile(f"(?<!\\w)({alts})(?!\\w)", re.IGNORECASE)


_ROLE_RX = {lang: _role_regex(lang) for lang in ROLES}
_ROLE_CODE = {lang: {match_text(r): c for r, c in rs} for lang, rs in ROLES.items()}
_ROLE_CODE_JOINED = {lang: {k.replace(" ", ""): c for k, c in codes.items()} for lang, codes in _ROLE_CODE.items()}


def _role_code(lang: str, role: str) -> str | None:
    key = match_text(role)
    code = _ROLE_CODE[lang].get(key)
    if code is None and lang in ("fa", "ar"):  # نخست‌وزیر with a ZWNJ (folded away) is the listed نخست وزیر
        code = _ROLE_CODE_JOINED[lang].get(key.replace(" ", ""))
    return code


_AR_REGION_NOUNS = frozenset(match_text(w) for w in ("منطقة", "محافظة", "ولاية", "إمارة", "مقاطعة", "إقليم"))


VI_LOWER_ROLES = True  # Vietnamese: a role word in lower case ("người phát ngôn Bộ Ngoại giao Mỹ Ned Price") finds names (people52)


def find_candidates(text: str, lang: str | None, mentions: list[Mention]) -> list[Candidate]:
    """Person-name candidates from role appositions and bracketed transliterations."""
    lang = (lang or "").split("-")[0].split("_")[0]
    rx = _ROLE_RX.get(lang)
    if rx is None:
        return []
    by_start = {_word_start(text, m.start): m for m in mentions}  # الروسي: the mention is روسي
    covered = {k for m in mentions for k in range(m.start, m.end)}
    out: list[Candidate] = []
    forward: set[int] = set()  # the role words whose name follows them
    for m in rx.finditer(text):
        lower = lang == "en" and EN_LOWER_ROLES and not _title_case_ok(m.group(1), lang)
        if lang in ("vi", "en", "ru") and not _title_case_ok(m.group(1), lang) and not lower \
                and not (lang == "vi" and VI_LOWER_ROLES):
            continue
        if lang == "ar" and match_text(m.group(1)).split()[-1] in _AR_REGION_NOUNS:
            continue  # "أمير منطقة |مكة المكرمة": the region's name follows, the person comes after it
        pos, country = _skip_mentions(text, m.end(1), by_start, lang, complement=True)
        anchored = country is not None  # a role phrase that ends with a country, capital or organisation
        if _role_code(lang, m.group(1)) == "counterpart" and not anchored:
            # نظيره |جازينتاب سبور التركي: a counterpart is a person only with a nisba (نظيره البلغاري ...); in English
            # and Russian the demonym stands before the word: "his Spanish counterpart X", "испанским коллегой X"
            country = _country_before(m.start(1), mentions) if lang in ("en", "ru") and COUNTERPART_DEMONYM_BEFORE else None
            if country is None or rx.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip(" \u00a0,"))):
                continue  # "Chinese counterpart Minister Li Zhaoxing": the title after it reads the name itself
            anchored = True
        if country is None:
            country = _country_before(m.start(1), mentions, text if lang == "th" else None,
                                      text if lang in ("zh", "ar", "vi", "en", "ru") else None, lang)
        if country is None and lang == "en" and EN_PLACE_BEFORE_ROLE:
            country = _en_place_before(text, m.start(1), mentions)
        found = _NAME_READERS[lang](text, pos)
        if lang == "en" and (found is None or lower):
            # "the US envoy, |Linda Thomas-Greenfield|, told", "the governor of Okinawa, |Denny Tamaki|, said";
            # a role word in lower case finds a name only right after it or set off by commas
            found = _en_name_in_apposition(text, pos, covered) or (found if lower else None)
            if lower and (found is None or text[found[0]:found[1]].split()[0] in _NOT_NAME_AFTER):
                continue
        if lang == "fa" and country is None:
            # سخنگوی وزارت خارجه چین، |مائو نینگ، در ...: the role phrase ends with its country, the name
            # is set off by commas after it (not "وزارت خارجه چین", what the reader takes first)
            after_phrase, phrase_country = _fa_name_after_role_phrase(text, m.end(1), by_start)
            if after_phrase is not None:
                found, country = after_phrase, phrase_country
            else:
                after_complement = _fa_name_after_complement(text, m.end(1), by_start)
                if after_complement is not None:
                    found, country, anchored = after_complement[0], after_complement[1], True
        if found is None and lang == "ar" and (anchored or _role_code(lang, m.group(1)) in ("general", "officer")):
            # (a rank is always followed by a name: الفريق بحري |كيرت تيد|.)
            found = _ar_foreign_before_speech(text, pos, _role_code(lang, m.group(1)) in ("general", "officer"))
        if found is None and lang == "en" and _role_code(lang, m.group(1)) is not None:
            found = _read_surname(text, pos)  # Mr Blair, Ms Short, President Bush: a title and one name
        if found is None and lang == "ru" and IGO_NAME_SKIP and _after_igo_name(text, pos, lang):
            found = _read_cyr_surname(text, pos)  # "Глава Еврокомиссии |Баррозу|": the organisation anchors one name
        if found is None and lang in ("ru", "en"):
            found = _scan_forward(text, pos, lang, covered)
        if found is None and lang == "vi" and anchored:
            found = _vi_name_after_country(text, pos)
        if found is None and lang == "zh" and ZH_LATIN_AFTER_ROLE:
            found = _zh_latin_after_role(text, pos)  # 議員|Fiona Bruce|, 下議院議長|John Bercow|: Hong Kong news
        if found is None and lang == "th" and _role_code(lang, m.group(1)) in ("person", "general"):
            found = _read_latin(text, text.startswith(" ", pos) + pos)  # นาง Evren Dagdelen Akgun, พล.ท. Perry Lim
        if found is None:
            continue
        s, e = found
        if lang == "en" and _en_not_a_name(text[s:e]):
            continue  # "MP defects to |Labour A Conservative MP|": a headline's words, no name
        if country is None and lang == "ar" and s > m.end(1):
            country = _complement_country(text, m.end(1), s, mentions)
        if country is None and lang == "fa" and _FA_OUR_COUNTRY.fullmatch(text, m.end(1), s):
            country, anchored = lang_home("fa"), True  # معاون وزیر امور خارجه |کشورمان| X
        if lang == "fa":  # دکتر ولایتی |مشاور مقام معظم رهبری: the name ends before a role word
            e = _cut_before(text, s, e, _STATE_RX.get("fa"), set())
        person = _person_inside(mentions, s, e)
        if person is not None and person.start > s and chain_head(text, lang, person.start) is not None:
            # "الأمير متعب بن |عبدالله بن عبدالعزيز": the known person is the father; the chain is his son
            e = max(e, person.end)
            out.append(Candidate(s, e, text[s:e], _role_code(lang, m.group(1)), country or person.iso3, None))
            continue
        if person is not None:  # given names before a known surname: the whole is a longer variant
            if person.start <= s and person.end >= e:
                continue
            a, b = min(s, person.start), max(e, person.end)
            # ... unless a given name of its own is written (Đệ nhất phu nhân |Jill| Biden is not Joe Biden)
            other = OTHER_GIVEN_VETO and _other_given_name(text[a:person.start], person.entity, lang)
            out.append(Candidate(a, b, text[a:b], _role_code(lang, m.group(1)), country, None,
                                 None if other else person.entity))
            forward.add(m.start())
            continue
        if lang == "ar" and _ar_role_noun(text[s:e]):
            continue  # سفير ... لدى جمهورية مصر العربية |مندوب المملكة| الدائم: the next title, not a name
        if lang == "ar" and country is None and not anchored and _ar_common_phrase(text[s:e]):
            continue  # وعرض وزير الخارجية |خطة السلام|: the minister's object, a noun and its definite complement
        if any(k in covered for k in range(s, e)) \
                and not ((lang != "fa" or anchored) and _place_inside_name(mentions, s, e, lang, text)) \
                and not (lang == "en" and _role_code(lang, m.group(1)) == "person" and _only_places(mentions, s, e)):
            continue  # already a known entity (not a place after Mr, Ms, Dr: Mr |Jackson|, Ms |Austin|)
        if lang in ("ar", "fa", "zh") and country is None and not anchored and match_text(m.group(1)) in GENERIC_ROLES \
                and not (lang == "zh" and ZH_DOMAIN_ROLE and _zh_domain_before(text, m.start(1))):
            continue
        honorific = _role_code(lang, m.group(1)) in ("person", "counterpart")
        if lang == "fa" and not honorific and not _fa_apposition(text, m.end(1), s, e, "" if anchored else country):
            continue
        if lang == "zh" and (_common_zh_word(text[s:e]) or _zh_fragment(text, s, e) or _zh_organisation(text[s:e])) \
                and not _PAREN.match(text, e) and not _is_latin(text[s:e]):
            continue
        name = text[s:e].strip()
        latin = None
        paren = _PAREN.match(text, e)
        if paren and _is_latin(paren.group(1)):
            latin = _LATIN_HONORIFIC.sub("", paren.group(1).strip()) or None  # (H.E. Mr. Gilberto ...)
        code = _role_code(lang, m.group(1))
        if code in ("person", "general", "officer"):
            # ông |Marc Knapper|, Đại sứ Hoa Kỳ ...: an honorific, then the office after the name; a rank keeps
            # its code and takes the office's country (اللواء |X|، وزير الداخلية الليبي)
            after_code, after_country = _role_after_honorific(text, e, lang, by_start)
            code, country = (after_code or code) if code == "person" else code, country or after_country
        out.append(Candidate(s, e, name, code, country, latin))
        forward.add(m.start())
    if lang in ("ar", "fa"):
        out += _arabic_name_before_role(text, lang, rx, covered, by_start,
                                        forward if AR_ROLE_NAMED_AFTER and lang == "ar" else frozenset())
    if lang == "ar":
        out += [c for c in _ar_name_after_role_comma(text, by_start, covered)
                if not any(o.start < c.end and c.start < o.end for o in out)]
        out = _ar_drop_verb_start(text, out)
    if lang == "fa":
        out += _fa_surname_before_role(text, covered | {k for c in out for k in range(c.start, c.end)})
    if lang == "en" and EN_NAME_BEFORE_APPOSITION:
        out += [c for c in _en_name_before_apposition(text, mentions, covered)
                if not any(o.start < c.end and c.start < o.end for o in out)]
    if lang == "vi" and VI_NAME_BEFORE_APPOSITION:
        out += [c for c in _vi_name_before_apposition(text, covered)
                if not any(o.start < c.end and c.start < o.end for o in out)]
    out += _given_name_candidates(text, lang, covered, out, mentions)
    if lang == "ar":  # للا حسناء: the title is Morocco's
        out = [dataclasses.replace(c, country=people.AR_NAME_TITLE_COUNTRY)
               if match_text(c.name.split()[0]) in people.AR_NAME_TITLES else c for c in out]
    if lang == "zh":
        leaders = _zh_name_before_role(text, covered)  # 欢迎|马尔科斯|总统: the whole run, not jieba's 马尔科
        out = [c for c in out if not any(b.start <= c.start and c.end <= b.end for b in leaders)] + leaders
        out += _zh_names_without_role(text, covered)
        out += _zh_list_names(text, mentions, out)
    if GROUP_HEAD:
        out = [c for c in (_without_group_head(text, c, lang or "") for c in out) if c is not None]
    if lang in ("en", "vi") and LATIN_POSSESSIVE_OFF:  # "John McCain's remarks": the name is John McCain
        out = [dataclasses.replace(c, end=e, name=text[c.start:e].strip()) if (e := _without_possessive(text, c.start, c.end)) != c.end
               else c for c in out]
    return _dedupe(out)


COUNTERPART_DEMONYM_BEFORE = True  # en, ru: "his Spanish counterpart X": the demonym before the word makes X a person of it (people58)
EN_NAME_BEFORE_APPOSITION = True  # English: "Brian McKeon, a senior Pentagon official," (the role after the name)
VI_NAME_BEFORE_APPOSITION = True  # Vietnamese: "Song Zhongping, chuyên gia quân sự Hong Kong," (the role after the name)


@cache
def _vi_apposition_heads() -> tuple[str, ...]:
    return tuple(sorted(people.lexicon().get("vi_apposition_heads", {}).get("words", ()), key=len, reverse=True))


def _vi_name_before_apposition(text: str, covered: set[int]) -> list[Candidate]:
    """Vietnamese: a name of two to four capitalised words right before a comma and an apposition that opens with a
    person noun (roles.json ``vi_apposition_heads``), after một ('a') or là at most: "Ruslan Leviev, một nhà phân
    tích của Nhóm tình báo xung đột, nhận định", "Song Zhongping, chuyên gia quân sự Hong Kong, cho rằng". No
    country here: the apposition's places follow its head as often as they name a topic (chuyên gia về Australia)."""
    from bilat.stages import entities as _ents

    heads = _vi_apposition_heads()
    if not heads or ", " not in text:
        return []
    out: list[Candidate] = []
    for m in _LATIN_NAME_BEFORE_COMMA.finditer(text):
        s, e = m.span()
        words = m.group(0).split()
        if any(k in covered for k in range(s, e)) or any(len(w) < 2 or w.isupper() for w in words) \
                or not any(_ents._vi_foreign(w) for w in words) or words[0].lower() in _ents.VI_CONTEXT_WORDS | {"theo"}:
            continue  # (Biển Đen, Thái Bình Dương: Vietnamese syllables, a place; Theo Guardian: 'according to')
        gap = re.compile(r",[ \u00a0]+(?:(?:một|là)[ \u00a0]+)?", re.IGNORECASE).match(text, e)
        if gap is None:
            continue
        after = text[gap.end():gap.end() + 30].lower()
        if any(after.startswith(h) and not after[len(h):len(h) + 1].isalpha() for h in heads):
            out.append(Candidate(s, e, m.group(0), "person", None, None))
    return out

_EN_APPOSITION_OPEN = re.compile(r",[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+)?")
_EN_APPOSITION_WORD = re.compile(r"[\w.'’-]+")


@cache
def _en_apposition_heads() -> frozenset[str]:
    return frozenset(people.lexicon().get("en_apposition_heads", {}).get("words", ()))


def _en_name_before_apposition(text: str, mentions: list[Mention], covered: set[int]) -> list[Candidate]:
    """English: a name of two to four capitalised words right before a comma and an apposition whose head
    is a person noun (roles.json ``en_apposition_heads``) within six words, before the next comma or full
    stop: "Brian McKeon, a senior Pentagon official, said", "said Ned Price, a spokesman for the NSC",
    "Jeffrey Lewis, head of the East Asia program". The country is the first country, demonym or place
    named in the apposition before its head ("Sallai Meridor, a former Israeli ambassador to the United
    States": Israel)."""
    heads = _en_apposition_heads()
    if not heads or ", " not in text:
        return []
    out: list[Candidate] = []
    for m in _LATIN_NAME_BEFORE_COMMA.finditer(text):
        s, e = m.span()
        name = m.group(0)
        words = name.split()
        if any(k in covered for k in range(s, e)) or _en_not_a_name(name) \
                or any(len(w) < 2 or w.isupper() for w in words) or words[0] in _NOT_NAME_AFTER:
            continue
        gap = _EN_APPOSITION_OPEN.match(text, e)
        if gap is None:
            continue
        stop = len(text)
        for mark in (",", ".", ";", "\n", "(", "“", "\""):
            at = text.find(mark, gap.end())
            if 0 <= at < stop:
                stop = at
        head_end = None
        for k, w in enumerate(_EN_APPOSITION_WORD.finditer(text, gap.end(), stop)):
            if k >= 6:
                break
            if w.group(0) in heads:
                head_end = w.end()
                break
        if head_end is None:
            continue
        country = next((x.iso3 for x in mentions if gap.end() <= x.start < head_end and x.iso3
                        and x.kind in ("country", "place")), None)
        out.append(Candidate(s, e, name, "person", country, None))
    return out


GROUP_HEAD = True  # a group or seat name (actors.json seat_countries) opening a name is no name word (peoplear)


@cache
def _group_names(lang: str) -> frozenset[str]:
    seats = actors_data().get("seat_countries", {})
    return frozenset(match_text(k) for lg in {lang, "en"} for k in seats.get(lg, {}) if not k.startswith("_"))


def _without_group_head(text: str, c: Candidate, lang: str) -> Candidate | None:
    """A name read after a role that opens with a group's or a seat's name (actors.json ``seat_countries``:
    "المتحدث باسم |طالبان ذبيح|", "Người phát ngôn |Taliban Zabihullah Mujahid|") is the group's member: the group
    words go. Two words or more left: the name is the rest; fewer: no name (the whole was "حركة طالبان")."""
    words = list(re.finditer(r"\S+", text[c.start:c.end]))
    groups = _group_names(lang)
    n = next((k for k in range(len(words), 0, -1)
              if match_text(" ".join(w.group(0) for w in words[:k]).strip("،,.:")) in groups), 0)
    if not n:
        return c
    rest = words[n:]
    if len(rest) < 2:
        return None
    s = c.start + rest[0].start()
    return dataclasses.replace(c, start=s, name=text[s:c.end].strip())


_ZH_LIST = re.compile(r"[\u4e00-\u9fff·・‧]{2,}(?:、[\u4e00-\u9fff·・‧]{2,})+")
_ZH_LIST_JOINER = re.compile(r"以及|及|和|与|與")


def _zh_list_names(text: str, mentions: list[Mention], found: list[Candidate]) -> list[Candidate]:
    """The other items of a list of people set off by 、 (蓬佩奧、納瓦羅、奧布萊恩、史達偉、波廷傑 ..., 梁光烈、陈炳德、
    吴胜利、许其亮): where two items or more are persons (known, or found by another rule) and every other item
    is two to four Han characters that are no mention, no ordinary word, no pieces of ordinary words
    (经济合作) and no function character, those are persons too. The first item counts only as a person that ends right at the first 、; the last one
    ends at 等 or the end of the Han run, and a joiner (以及, 和) before it parts two items."""
    people_spans = [(m.start, m.end) for m in mentions if m.kind == "person"] + [(c.start, c.end) for c in found]
    others = [(m.start, m.end) for m in mentions if m.kind != "person"]

    def person_at(a: int, b: int) -> bool:
        return any(s <= a and b <= e or a <= s and e <= b for s, e in people_spans)

    out: list[Candidate] = []
    for run in _ZH_LIST.finditer(text):
        parts: list[tuple[int, int]] = []
        pos = run.start()
        for k, piece in enumerate(run.group(0).split("、")):
            a, b = pos, pos + len(piece)
            pos = b + 1
            if k == 0:  # 特朗普政府中的|蓬佩奧|: only a person ending at the 、
                tail = [(s, e) for s, e in people_spans if e == b and s >= a]
                if not tail:
                    break
                parts.append((min(s for s, _ in tail), b))
                continue
            joined = _ZH_LIST_JOINER.search(text, a, b)
            if joined and joined.start() - a >= 2:  # 克拉夫特以及博爾頓: two items
                parts.append((a, joined.start()))
                a = joined.end()
            if b == run.end():  # the last item: 班農等 / 许其亮出席...
                stop = text.find("等", a, b)
                if stop >= 0:
                    b = stop
                elif not person_at(a, b):
                    tail = [(s, e) for s, e in people_spans if s == a]
                    if not tail:
                        break
                    b = max(e for _, e in tail)
            parts.append((a, b))
        if len(parts) < 3 or sum(person_at(a, b) for a, b in parts) < 2:
            continue
        new = [(a, b) for a, b in parts if not person_at(a, b)]
        if any(b - a < 2 or b - a > 4 or any(s < b and a < e for s, e in others)
               or any(c in ZH_STOP_CHARS for c in text[a:b]) or _common_zh_word(text[a:b])
               or _common_zh_word(zh_simplified(text[a:b])) or _zh_fragment(text, a, b) for a, b in new):
            continue
        # the one country of the list's known people, if they have one (特朗普政府中的蓬佩奧、納瓦羅 ...)
        known = {m.iso3 for m in mentions if m.kind == "person" and m.via == "gazetteer"
                 and any(a <= m.start and m.end <= b for a, b in parts)}
        country = next(iter(known)) if len(known) == 1 and None not in known else None
        out += [Candidate(a, b, text[a:b], "person", country, None) for a, b in new]
    return out


_ZH_DOTTED = re.compile(r"[\u4e00-\u9fff]+(?:[·・•][\u4e00-\u9fff]+)+")
_ZH_BEFORE_PAREN = re.compile(r"([\u4e00-\u9fff]{2,12})[(（]([A-Z][A-Za-z'’.-]+(?: [A-Za-z'’.-]+){1,4})[)）]")
ORG_WORDS = frozenset(["bank", "council", "agency", "ministry", "committee", "organization", "organisation", "association", "union", "institute", "university", "company", "group", "news", "party", "forum", "fund", "corporation", "airlines", "airport", "center", "centre", "republic", "kingdom", "state", "states", "national", "international", "news", "times", "post", "daily", "television", "radio", "press", "service"])
NAME_PARTICLES = frozenset(["dos", "de", "da", "das", "do", "van", "von", "der", "bin", "binti", "al", "el", "la", "le", "di", "du"])


def _zh_name_start(text: str, s: int, e: int) -> int:
    """Trim words off the left of a Han run until only name-like words remain (主席|安东尼奥)."""
    import jieba

    from bilat.stages.entities import _zh_words

    _zh_words()
    pos, keep = s, s
    for tok in jieba.lcut(text[s:e], HMM=False):
        if _common_zh_word(tok) or any(c in ZH_STOP_CHARS for c in tok):
            keep = pos + len(tok)
        pos += len(tok)
    return keep


_ZH_HEAD_AS_VERB = frozenset("了行游途")  # 组织了 (organised), 旅行, 旅游, 旅途: no group's head noun
ZH_NAME_BEFORE_ROLE = True  # Chinese: a transliterated name right before a leader's role word (伯塞斯库总统)
_ZH_BEFORE_LEADER = frozenset("同与和及跟的见迎向对、")  # 同|X总统, 会见了来访的|X首相, 欢迎|X总统
_ZH_LEADER_CODES = frozenset(["head_of_state", "head_of_government", "foreign_minister", "vice_president"])


def _zh_name_before_role(text: str, covered: set[int]) -> list[Candidate]:
    """Chinese: a foreign leader named before the role word ("胡锦涛主席同|伯塞斯库|总统会晤", "会见了来访的|卡斯基|
    首相"): a run of three to five transliteration characters (roles.json ``zh_transliteration_chars``) right
    before a head-of-state or government role word, after a word that leads to a guest (同, 与, 的, 会见, 欢迎:
    ``_ZH_BEFORE_LEADER``, not a sentence's start, where a region's name opens it), and nothing of the run a
    known mention (美国总统, 巴西总统: the country)."""
    rx = _ROLE_RX.get("zh")
    chars = people.zh_translit_chars()
    if not ZH_NAME_BEFORE_ROLE or rx is None or not chars:
        return []
    out = []
    for m in rx.finditer(text):
        if _role_code("zh", m.group(1)) not in _ZH_LEADER_CODES or m.start(1) in covered:
            continue
        s = m.start(1)
        while s > 0 and m.start(1) - s < 6 and text[s - 1] in chars and s - 1 not in covered:
            s -= 1
        if not 3 <= m.start(1) - s <= 5 or s == 0 or text[s - 1] not in _ZH_BEFORE_LEADER:
            continue  # (阿布哈兹|总统表示, 索马里兰|总统: a region opening the sentence, no name)
        if any(k in covered for k in range(s - 1, m.start(1))):
            continue  # 副|总统, a country's name ending in these characters (斯里兰卡|总统)
        out.append(Candidate(s, m.start(1), text[s:m.start(1)], _role_code("zh", m.group(1)), None, None))
    return out


ZH_GROUP_NAMES = True  # Chinese: a dotted transliteration beside an armed group's head noun is the group's name


@lru_cache(maxsize=1)
def _zh_group_heads() -> tuple[tuple[str, ...], tuple[str, ...]]:
    heads = people.lexicon().get("zh_group_heads", {})
    return tuple(heads.get("after", ())), tuple(heads.get("before", ()))


def _zh_group_name(text: str, s: int, tail: int) -> bool:
    """A dotted transliteration whose last part (from ``tail``) runs, within four characters, into a group's head
    noun (阿布·萨耶夫|组织|武装分子, 伊兹丁·卡桑|旅|; not 组织了, 旅行), or that comes right after one
    (叙利亚反对派|武装|哈亚特·塔哈里尔·沙姆, ``s`` its start)."""
    after, before = _zh_group_heads()
    for k in range(tail, min(tail + 5, len(text))):
        head = next((h for h in after if text.startswith(h, k)), None)
        if head is not None and text[k + len(head):k + len(head) + 1] not in _ZH_HEAD_AS_VERB:
            return True
        if not "\u4e00" <= text[k] <= "\u9fff":
            break
    return text[max(0, s - 8):s].endswith(before)


def _zh_names_without_role(text: str, covered: set[int]) -> list[Candidate]:
    """Dotted transliterations (安东尼奥·科斯塔) and a Han name with a Latin one in brackets
    (维文(Vivian Balakrishnan)) are person names wherever they stand."""
    out = []
    for m in _ZH_DOTTED.finditer(text):
        last_dot = max(m.group(0).rfind(d) for d in "·・•")
        first = m.start() + m.group(0).find(next(d for d in "·・•" if d in m.group(0)))
        s = _zh_name_start(text, max(m.start(), first - 6), first)
        tail = m.start() + last_dot + 1
        e = _han_run(text, tail, 6)
        if not text.startswith(("(", "（"), e):
            e = min(e, tail + 4)
        if ZH_GROUP_NAMES and _zh_group_name(text, s, tail):
            continue  # 阿布·萨耶夫|组织|, 反对派武装|哈亚特·塔哈里尔·沙姆: an armed group's name
        if first - s >= 1 and e > m.start() + last_dot + 1 and not any(k in covered for k in range(s, e)):
            paren = _PAREN.match(text, e)
            latin = paren.group(1).strip() if paren and _is_latin(paren.group(1)) else None
            out.append(Candidate(s, e, text[s:e], "person", None, latin))
    for m in _ZH_BEFORE_PAREN.finditer(text):
        latin = m.group(2)
        toks = latin.split()
        if any(t.lower() in ORG_WORDS for t in toks) or not all(t[0].isupper() or t in NAME_PARTICLES for t in toks):
            continue
        if m.start(1) > 0 and text[m.start(1) - 1] in "·・•":
            continue  # the dotted rule has it
        s = _zh_name_start(text, m.start(1), m.end(1))
        e = m.end(1)
        if e - s >= 2 and not any(k in covered for k in range(s, e)) and not _common_zh_word(text[s:e]):
            out.append(Candidate(s, e, text[s:e], "person", None, latin))
    return out


_AR_DEFINITE = ("ال", "لل", "وال", "بال", "فال", "كال", "ولل")


def _ar_adjective_surname(text: str, m: Mention) -> bool:
    """A person named by one word of the article (المدني of سلوى المدني) right after a noun of the article
    that is no title nor role word (الدفاع |المدني, للدفاع |المدني): the adjective of that noun, not the person."""
    if " " in m.text.strip() or not match_text(m.text).startswith("ال"):
        return False
    before = re.search(r"(\S+)[ \u00a0]+$", text[max(0, m.start - 30):m.start])
    if before is None:
        return False
    word = before.group(1)
    key = match_text(word)
    return key.startswith(tuple(match_text(p) for p in _AR_DEFINITE)) and key not in AR_SKIP \
        and _ROLE_RX["ar"].fullmatch(word) is None and not word.endswith(("ة", "ه"))


def _place_inside_name(mentions: list[Mention], s: int, e: int, lang: str, text: str = "") -> bool:
    """Russian, and Persian after a role phrase anchored by its country (:func:`_fa_name_after_complement`):
    the name read after a role holds only a shorter place name ("премьер-министр Японии Н. |Кан|", Kan
    read as a river; "سفیر روسیه در تهران |لوان| جاگاریان", Lu'an): the name wins. Thai: a country or place glued inside the surname
    (ดร.สมชาย รัก|ไทย, เสถียร|ไทย) is part of it."""
    hits = [m for m in mentions if m.start < e and s < m.end]
    if lang == "th":  # inside the surname only: หารือทวิภาคี|รัสเซีย ระหว่าง... is a clause
        space = text.find(" ", s, e)
        return bool(hits) and space > 0 and all(space < m.start and m.end <= e and m.kind in ("place", "country")
                                                and text[m.start - 1:m.start].strip() for m in hits)
    if lang == "ar":  # العميد الركن معن |السعدي|, عادل |الفارس|: a family name of the article and a place's name, after the first word
        # (or a nisba that reads as a demonym, ending the name: اللواء منصور |التركي|); a one-word place that
        # starts a name of two words or more right after the role's nisba (:func:`_name_after_nisba`: |موشي| يعلون)
        return bool(hits) and all((m.kind == "place" or m.kind == "country" and _word_end(text, m.end) == e)
                                  and s < m.start and m.end <= _word_end(text, m.end) <= e
                                  and text[m.start - 2:m.start] == "ال" and text[m.start - 3:m.start - 2] in (" ", "\u00a0")
                                  or m.kind == "place" and m.start == s and " " not in m.text.strip()
                                  and _word_end(text, m.end) < e
                                  for m in hits)
    if lang == "fa" and any(m.start == s and getattr(m, "form", None) == "capital"
                            and not people._is_given(text[m.start:m.end], "fa") for m in hits):
        return False  # معاون وزیر خارجه روسیه، |مسکو آماده| گفتگو است: a capital opens a clause, no name (ریاض المالکی is one)
    return lang in ("ru", "fa") and bool(hits) and all(m.kind == "place" and s <= m.start and m.end <= e
                                                        and m.end - m.start < e - s for m in hits)


def _only_places(mentions: list[Mention], s: int, e: int) -> bool:
    """The mentions over ``text[s:e]`` are places (no country, no person, no organisation) inside it: a town's name
    that is a surname (Jackson, Lincoln, Austin) after a given name or an honorific."""
    hits = [m for m in mentions if m.start < e and s < m.end]
    return bool(hits) and all(m.kind == "place" and getattr(m, "form", None) != "capital" and s <= m.start and m.end <= e
                              for m in hits)


def _word_end(text: str, i: int) -> int:
    while i < len(text) and text[i].isalpha():
        i += 1
    return i


def _person_inside(mentions: list[Mention], s: int, e: int) -> Mention | None:
    hits = [m for m in mentions if m.start < e and s < m.end]
    if len(hits) == 1 and hits[0].kind == "person" and hits[0].start >= s and hits[0].end >= e:
        return hits[0]
    return None


def _whole_role(name: str, lang: str) -> bool:
    """Arabic and Persian: the words are a role phrase whole ("رئیس جمهور", "نخست وزیر", "وزير الخارجية"):
    a list of officials with no names ("با رئیس جمهور، رئیس مجلس و نخست وزیر این کشور") sets the first
    off with a comma as an apposition would, but no name stands in it."""
    if lang not in ("ar", "fa"):
        return False
    rx = _STATE_RX.get(lang) or _ROLE_RX.get(lang)
    if rx is None:
        return False
    name = name.strip()
    return any(m.start() == 0 and m.end() >= len(name) for m in rx.finditer(name))


def _word_start(text: str, i: int) -> int:
    j = i
    while j > 0 and i - j < 4 and text[j - 1].isalpha():
        j -= 1
    return j if j == 0 or not text[j - 1].isalpha() else i


def _fa_apposition(text: str, role_end: int, s: int, e: int, country: str | None) -> bool:
    """Persian names are learned only from a set-off apposition with a country:
    "رئیس جمهور قزاقستان، قاسم جومارت توکایف،" (a comma before the name, or punctuation after it)."""
    if country is None:
        return False
    if "،" in text[role_end:s] or "," in text[role_end:s] or text[e:e + 1] in ("،", ",", ".", ")", "؛"):
        return True
    # "وزیر امور خارجه آمریکا کاندولیزا رایس در ...": two or three words, then a word that opens the clause
    nxt = re.match(r"[ \u00a0]+([^\s،,.؛:()«»]+)", text[e:e + 30])
    return 2 <= len(text[s:e].split()) <= 3 and nxt is not None and match_text(nxt.group(1)) in _FA_CLAUSE_WORDS


_FA_CLAUSE_WORDS = frozenset(match_text(w) for w in ["در", "با", "به", "که", "روز", "امروز", "دیروز", "گفت", "اظهار",
                                                     "تاکید", "اعلام", "نیز", "هم", "طی", "ضمن", "صبح", "عصر", "شب",
                                                     "خاطرنشان", "تصریح", "افزود", "هشدار", "پیش", "پس",
                                                     # the subject's verb phrase: وارد تهران شد, عازم مسکو شد, راهی بروکسل شد
                                                     "وارد", "عازم", "راهی", "بامداد", "ظهر", "شامگاه"])
_FA_OUR_COUNTRY = re.compile(r"[ \u00a0\u200c]+کشورمان[ \u00a0،,]+")  # "our country": the outlet's, Iran


_LOWER_WORD = re.compile(r"-?[a-zа-яё][\w-]*")  # -лейтенанта: the rest of генерал-лейтенанта after the role word


def _past_known(text: str, j: int, covered: set[int]) -> tuple[int, bool]:
    """Past the spaces at ``j``, then past a known mention that starts there with the letters glued to it:
    (where the next word starts, whether a known mention was passed). The title scans below read a role
    phrase word by word this way."""
    while j < len(text) and text[j] in " \u00a0":
        j += 1
    if j not in covered:
        return j, False
    while j < len(text) and (j in covered or text[j].isalpha()):
        j += 1
    return j, True


def _scan_forward(text: str, pos: int, lang: str, covered: set[int]) -> tuple[int, int] | None:
    """The name after the rest of a title: lower-case words and known mentions ("министр торговли
    Китая |Чэнь Дэмин", "Посол Японии в России |Масахару Коно", "Minister of Trade |Chen Deming")."""
    reader = _NAME_READERS[lang]
    j = pos
    for _ in range(6):
        j, known = _past_known(text, j, covered)
        if known:
            continue
        word = _LOWER_WORD.match(text, j)
        if word is None:
            found = reader(text, j)
            if found is None and lang == "ru":  # "глава японского МИДа |Сэйдзи Маэхара", "Верховного народного собрания"
                word = _CYR_TITLE_WORD.match(text, j)
                if word is not None:
                    j = word.end()
                    continue
            return found if found and not any(k in covered for k in range(*found)) else None
        j = word.end()
    return None


# a capitalised word of a title that is no name: an adjective (Верховного), an abbreviation in a case (МИДа)
_CYR_TITLE_WORD = re.compile(r"(?:[А-ЯЁ][а-яё-]+(?:ого|его|ой|ей|ых|их|ий|ый|ая|ое)|[А-ЯЁ]{2,}[а-яё]{0,2})(?![\w.])")


EN_LOWER_ROLES = True  # English: a role word in lower case ("Chinese envoy", "lawmaker") before a name or its apposition
_EN_APPOSITION_GAP = re.compile(r"[ \u00a0]*,[ \u00a0]+")
_EN_APPOSITION_END = re.compile(r"[ \u00a0]*(?:,|\.(?!\w)|[ \u00a0]+said\b)")
_EN_TITLE_FILLER = re.compile(r"(?:[a-z][\w'’-]*|[A-Z][a-z]+(?=[ \u00a0]+(?:of|for|to)\b))(?![\w.])")  # of, the, special; State of


def _en_name_in_apposition(text: str, pos: int, covered: set[int]) -> tuple[int, int] | None:
    """English: the name set off by commas after the rest of a role phrase: lower-case words and known
    mentions up to the comma ("envoy to the UN, |Amir Saeid Iravani|, said", "The US envoy, |Linda
    Thomas-Greenfield|, told"), a name of two words or more that ends at a comma, a full stop or "said"."""
    j = pos
    for _ in range(8):
        j, known = _past_known(text, j, covered)
        if known:
            continue
        gap = _EN_APPOSITION_GAP.match(text, j)
        if gap is not None:
            found = _read_latin(text, gap.end())
            if found is None or any(k in covered for k in range(*found)) \
                    or _EN_APPOSITION_END.match(text, found[1]) is None:
                return None
            return found
        word = _EN_TITLE_FILLER.match(text, j)
        if word is None:
            return None
        j = word.end()
    return None


_EN_ARTICLES = frozenset(["A", "An", "The"])


def _en_not_a_name(name: str) -> bool:
    """English: words read as a name that hold an article or a one-word role ("Labour A Conservative MP")."""
    words = name.split()
    return any(w in _EN_ARTICLES for w in words) or any(_role_code("en", w) not in (None, "person") for w in words[1:])


def _title_case_ok(role: str, lang: str) -> bool:
    if lang == "ru" or role in ("ông", "bà", "anh", "chị"):
        return True
    return role[:1].isupper()


AR_COMPLEMENT_NISBA = True  # Arabic: a role's complement of definite nouns before the country's nisba and the name
_AR_COMPLEMENT_WORD = re.compile(r"(?:ال|لل|بال|وال)[^\W\d_]{2,}(?![^\W\d_])|(?:باسم|لشؤون)(?![^\W\d_])")
_AR_COMPLEMENT_MOST = 3


def _ar_complement_before_country(text: str, pos: int, by_start: dict[int, Mention]) -> int | None:
    """Arabic: where a country mention starts after one to three definite nouns that complement the role word (وزير
    |النفط| الإيراني, المتحدث الرسمي |باسم الخارجية| الإيرانية, الأمين العام |للحلف|، النرويجي): the nisba that
    gives the role its country, the name after it. None when a word is no definite noun or is a mention itself, or no
    country follows."""
    for _ in range(_AR_COMPLEMENT_MOST):
        word = _AR_COMPLEMENT_WORD.match(text, pos)
        if word is None or pos in by_start:
            return None
        pos = word.end()
        while pos < len(text) and text[pos] in " \u00a0\u200c،,":
            pos += 1
        if pos in by_start:
            return pos if by_start[pos].kind == "country" else None
    return None


IGO_NAME_SKIP = True  # a role's organisation named in a form no mention covers is skipped before the name (people59)


def _igo_name_at(text: str, j: int, lang: str) -> int | None:
    """The end of an organisation name of data/actors.json ``igo_officials.names`` that starts at ``j``."""
    from bilat.stages.entities import _igo_name_pattern

    rx = _igo_name_pattern(lang)
    f = rx.match(text, j) if rx is not None else None
    return f.end() if f is not None else None


def _after_igo_name(text: str, pos: int, lang: str) -> bool:
    """An organisation name of ``igo_officials.names`` ends right before ``pos`` (spaces between)."""
    from bilat.stages.entities import _igo_name_pattern

    rx = _igo_name_pattern(lang)
    head = text[max(0, pos - 60):pos].rstrip(" \u00a0")
    return rx is not None and any(f.end() == len(head) for f in rx.finditer(head))


_CYR_SURNAME = re.compile(r"[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?(?![\w-])")


def _read_cyr_surname(text: str, pos: int) -> tuple[int, int] | None:
    """One capitalised Cyrillic word at ``pos`` (a surname after a role and its organisation)."""
    j = pos + len(text[pos:]) - len(text[pos:].lstrip(" \u00a0"))
    m = _CYR_SURNAME.match(text, j)
    return (m.start(), m.end()) if m else None


def _skip_mentions(text: str, pos: int, by_start: dict[int, Mention], lang: str,
                   complement: bool = False) -> tuple[int, str | None]:
    """Skip spaces, country/org mentions and (for fa) a comma after the role word; with ``complement``, Arabic
    definite nouns completing the role before its country's nisba (:func:`_ar_complement_before_country`)."""
    country, after_venue = None, False
    for _ in range(4):
        j = pos
        while j < len(text) and text[j] in " \u00a0\u200c":
            j += 1
        if j in by_start and by_start[j].kind in ("country", "org", "place") and not after_venue \
                and not _name_after_nisba(by_start[j], j, country, lang) and not _ar_given_not_nisba(text, j, lang):
            if by_start[j].kind == "country":
                country = country or by_start[j].iso3
            pos = by_start[j].end
            while pos < len(text) and text[pos].isalpha():  # the rest of a nisba: الإيران|ي
                pos += 1
            continue
        if lang in ("fa", "ar") and j < len(text) and text[j] in "،,":
            pos = j + 1
            continue
        if IGO_NAME_SKIP and lang in ("ru", "vi") and (igo := _igo_name_at(text, j, lang)):
            # "Председатель |Еврокомиссии| Жозе Мануэл Баррозу": the organisation's name (data/actors.json
            # igo_officials.names, a form no mention covers) completes the role; the name comes after it
            pos = igo
            continue
        if lang == "ar" and complement and country is None and not after_venue and AR_COMPLEMENT_NISBA and \
                (nisba := _ar_complement_before_country(text, j, by_start)) is not None:
            pos = nisba  # وزير |النفط| الإيراني بيجان زنكنه, الأمين العام |للحلف،| النرويجي ينس شتولتنبرغ
            continue
        if lang == "ar" and country is not None and not after_venue:
            adjective = _AR_ADJECTIVE.match(text, j)  # مندوب روسيا |الدائم| لدى الأمم المتحدة: the role's adjective, then a venue
            venue = _venue_word(text, adjective.end(), lang) if adjective is not None else None
            if venue is not None and venue in by_start and by_start[venue].kind in ("country", "org", "place"):
                pos = adjective.end()
                continue
        venue = None if after_venue else _venue_word(text, j, lang)
        if venue is not None and venue in by_start and by_start[venue].kind in ("country", "org", "place"):
            # سفیر روسیه |در تهران| لوان جاگاریان, سفير روسيا |لدى الأمم المتحدة| فيتالي ...: one place only,
            # the name may start with a word that is a place's name too (لوان)
            pos, after_venue = by_start[venue].end, True
            while pos < len(text) and text[pos].isalpha():
                pos += 1
            continue
        if lang == "vi" and text.startswith("(", j):  # Belarus (Bê-la-rút) Ravkov
            close = text.find(")", j)
            if 0 < close - j < 40 and text[j + 1:close] and _only_country(text, j, by_start):
                pos = close + 1
                continue
        pos = j
        break
    return pos, country


_AR_ADJECTIVE = re.compile(r"ال[^\W\d_]{2,}[ \u00a0]+")


def _complement_country(text: str, role_end: int, start: int, mentions: list[Mention]) -> str | None:
    """Arabic: the nisba that ends a role's complement right before the name (المتحدث باسم وزارة الخارجية
    |الروسية| سامر ...) gives the role its country, unless a preposition of place comes before it (سفير
    المملكة لدى |مصر|: the host, not the country)."""
    if any(match_text(w) in _venue_words("ar") for w in re.findall(r"[^\W\d_]+", text[role_end:start])):
        return None
    return _country_before(start, mentions, None, text, "ar")


AR_GIVEN_NOT_NISBA = True  # Arabic: العقيد |تركي| المالكي: a nisba without the article after a definite noun is a name


def _ar_given_not_nisba(text: str, j: int, lang: str) -> bool:
    """Arabic: the word at ``j`` is a listed given name of a nisba's shape (تركي 'Turkish', the name Turki) with no
    article, right after a definite word (العقيد |تركي| المالكي, المتحدث الرسمي |تركي| ...): an adjective after a
    definite noun takes the article (العقيد التركي), so this one is the first word of a name, no country."""
    if lang != "ar" or not AR_GIVEN_NOT_NISBA:
        return False
    word = _AR_NAME_WORD.match(text, j)
    if word is None or word.group(0).startswith(("ال", "لل", "بال", "وال", "فال")) or not people._is_given(word.group(0), "ar"):
        return False
    before = re.search(r"([^\s\u200c،,.؛:()«»\"“”!?؟0-9]+)[ \u00a0]+$", text[max(0, j - 40):j])
    return before is not None and before.group(1).startswith(("ال", "لل", "بال", "وال"))


def _name_after_nisba(m: Mention, j: int, country: str | None, lang: str) -> bool:
    """Arabic and Persian: a one-word place right after a role phrase that already ended with its
    country (وزير الدفاع الإسرائيلي |موشي| يعلون, Moshi in Tanzania) is the first word of the name: a
    place with no preposition (في, در) or clitic (بالقاهرة) before it is no venue of the role."""
    return lang in ("ar", "fa") and country is not None and m.kind == "place" and m.start == j \
        and " " not in m.text.strip()


@lru_cache(maxsize=4)
def _venue_words(lang: str) -> frozenset[str]:
    return frozenset(match_text(w) for w in people.lexicon().get("role_venue_words", {}).get(lang, ()))


def _venue_word(text: str, j: int, lang: str) -> int | None:
    """Where the word after a preposition of place at ``j`` starts (roles.json ``role_venue_words``:
    در, في, لدى), or None."""
    words = _venue_words(lang)
    if not words:
        return None
    if j and text[j - 1].isalpha():
        return None
    for phrase in sorted((w for w in words if " " in w), key=len, reverse=True):  # در امور: an envoy's brief
        m = re.compile(r"[ \u00a0]+").match(text, j + len(phrase))
        if m is not None and match_text(text[j:j + len(phrase)].replace("\u00a0", " ")) == phrase:
            return m.end()
    m = re.compile(r"([^\W\d_]+)[ \u00a0]+").match(text, j)
    if m is None or match_text(m.group(1)) not in words:
        return None
    return m.end()


def _only_country(text: str, j: int, by_start: dict[int, Mention]) -> bool:
    m = by_start.get(j + 1)
    return m is not None and text.startswith(")", m.end)


EN_PLACE_BEFORE_ROLE = True  # English: "California Governor X", "Okinawa's governor X": the place's country


def _en_place_before(text: str, start: int, mentions: list[Mention]) -> str | None:
    """English: the country of a place (a state, a province, a city) named right before the role word, or with a
    possessive ("California Governor Gavin Newsom" -> USA, "Okinawa's governor" -> JPN); not after "in", "to"
    (the host of an envoy is named after the role, not before it, so a place there is the office's)."""
    for m in mentions:
        if m.kind == "place" and m.iso3 and m.end <= start and (start - m.end <= 1 and not text[m.end:start].strip()
                                                                or _EN_POSSESSIVE.fullmatch(text, m.end, start)):
            return m.iso3
    return None


_EN_POSSESSIVE = re.compile(r"['’]s?[ \u00a0]")


def _country_before(start: int, mentions: list[Mention], text: str | None = None,
                    host_text: str | None = None, lang: str = "") -> str | None:
    """A country mention (nisba, demonym, abbreviation) just before the role word; with ``text``,
    not a Thai host country (เอกอัครราชทูตไทยประจำประเทศญี่ปุ่น |นาย...: posted to Japan); with
    ``host_text``, a host country (英国驻华|大使, 中国驻美国|大使) gives way to the country right
    before its host marker (GBR, CHN) or to none."""
    for m in mentions:
        if m.kind == "country" and (0 <= start - m.end <= 1 or lang == "en" and host_text is not None
                                    and _EN_POSSESSIVE.fullmatch(host_text, m.end, start)):  # Iran's envoy
            if text is not None and _TH_HOST.search(text, max(0, m.start - 12), m.start):
                return None
            if host_text is not None and _hosted(host_text, lang, m):
                at = _host_start(host_text, lang, m)
                return None if at is None or at >= start else _country_before(at, mentions, None, host_text, lang)
            return m.iso3
    if lang == "zh" and host_text is not None and ZH_ROLE_DOMAIN:
        return _zh_country_over_domain(start, mentions, host_text)
    return None


ZH_DOMAIN_ROLE = True  # Chinese: a generic role word after its domain (体育|部长, 商务|部长) is a specific office


def _zh_domain_before(text: str, start: int) -> bool:
    """Two Han characters or more, no function character, right before a generic role word (青年及体育|部长 |卡尔利,
    商务|部长): the office's domain, as 外交 in 外交部长; the role is no bare 部长 ('the minister', 'ministers')."""
    k = start
    while k > 0 and start - k < 4 and "\u4e00" <= text[k - 1] <= "\u9fff" and text[k - 1] not in ZH_STOP_CHARS:
        k -= 1
    return start - k >= 2


ZH_ROLE_DOMAIN = True  # Chinese: the country before a role's domain words (美国|财政|部长, 伊朗|外交部|发言人)
_ZH_DOMAIN_MOST = 4
_ZH_BODY_ENDS = frozenset("部院委局署厅办府军")  # a ministry, council, commission, bureau, office, army


def _zh_country_over_domain(start: int, mentions: list[Mention], text: str) -> str | None:
    """Chinese: a country mention two to four characters before the role word, the characters between them
    the role's domain (美国|财政|部长, 美国|国防部|发言人, 伊朗|外交部|副部长): Han characters with no function
    character and no mention among them, two, or more ending with an organ of the state (部, 院, 委, 局, ...);
    not a host country (驻华) nor a pair (中美|两国|元首)."""
    for m in mentions:
        if m.kind == "country" and 2 <= start - m.end <= _ZH_DOMAIN_MOST:
            gap = text[m.end:start]
            if any(not "\u4e00" <= ch <= "\u9fff" or ch in ZH_STOP_CHARS or ch in "两双国驻" for ch in gap):
                continue
            if len(gap) > 2 and gap[-1] not in _ZH_BODY_ENDS:
                continue  # 中国|政策项目|主任: a programme of a university, no organ of the state
            if any(o is not m and o.start < start and m.end < o.end for o in mentions):
                continue
            if _hosted(text, "zh", m):
                return None
            return m.iso3
    return None


def _host_start(text: str, lang: str, c: Mention) -> int | None:
    """Where the host marker before (or opening) a hosted country mention starts."""
    if lang == "zh" and c.text.startswith("驻"):
        return c.start
    if lang == "ar" and text[c.start - 1:c.start] == "ب":
        return c.start - 1
    rx = _host_rx(lang)
    hit = rx.search(text, max(0, c.start - 12), c.start) if rx is not None else None
    if hit is None:
        return None
    at = hit.start()
    while at > 0 and text[at - 1] in " \u00a0":
        at -= 1
    return at


def _read_latin(text: str, pos: int) -> tuple[int, int] | None:
    m = re.compile(rf"(?:{_LATIN_NAME})(?:[ \u00a0](?:{_LATIN_NAME})){{1,3}}").match(text, pos)
    return (m.start(), _without_possessive(text, m.start(), m.end())) if m else None


ZH_LATIN_AFTER_ROLE = True  # Chinese: a role word right before a name in Latin letters (议员Fiona Bruce) is that name's role


def _zh_latin_after_role(text: str, pos: int) -> tuple[int, int] | None:
    """Chinese text writing a foreigner's name in Latin letters right after the role word (英国议员Fiona Bruce,
    一名空军机师Abhi Nandan): two to four capitalised words, each with a lower-case letter or an initial (no
    acronym: 发言人|CNN), ending where the Latin run ends (not before more Latin words or digits)."""
    pos += text.startswith((" ", "\u00a0"), pos)
    m = _ZH_LATIN_NAME.match(text, pos)
    if m is None or re.match(r"[ \u00a0]?[A-Za-z0-9]", text[m.end():m.end() + 2]):
        return None
    return m.start(), m.end()


_ZH_LATIN_WORD = r"(?:[A-Z]\.|[A-Z][a-z'’-]*[a-z](?:-[A-Z][a-z]+)?)"
_ZH_LATIN_NAME = re.compile(rf"{_ZH_LATIN_WORD}(?:[ \u00a0]{_ZH_LATIN_WORD}){{1,3}}")


def _read_surname(text: str, pos: int) -> tuple[int, int] | None:
    m = re.compile(r"[A-Z][a-z'’-]{2,}(?![\w'’-])").match(text, pos)
    if not m or m.group(0) in ("The", "President", "Minister"):
        return None
    return m.start(), _without_possessive(text, m.start(), m.end())


LATIN_POSSESSIVE_OFF = True  # Latin script: a name read with its possessive ending ("Mr Blair's") ends before it (people58)
_POSSESSIVE_END = re.compile(r"(?:(?<=[a-z])['’]s|(?<=s)['’])$")


def _without_possessive(text: str, s: int, e: int) -> int:
    """The end of a Latin name read up to ``e`` without its English possessive ending: Blair's, Bush’s, Jones'
    (O'Brien, D'Alema keep their apostrophe: a capital follows it)."""
    if not LATIN_POSSESSIVE_OFF:
        return e
    m = _POSSESSIVE_END.search(text, s, e)
    return m.start() if m and m.start() > s + 1 else e


_CYR_INITIALS = re.compile(rf"(?:[А-ЯЁ]\.[ \u00a0]?){{1,2}}{_CYR_NAME}(?![\w.])")


def _read_cyrillic(text: str, pos: int) -> tuple[int, int] | None:
    """Two or three capitalised words, or initials and a surname ("премьер-министр Японии Н. Кан"). After
    "на", "в", "во" the capitalised words in the locative are the place, and the name follows them
    ("Посол ЕС на Южном Кавказе |Питер Семнеби")."""
    if _CYR_LOCATIVE_PREP.search(text, max(0, pos - 4), pos):
        for _ in range(3):
            word = _CYR_LOCATIVE_WORD.match(text, pos)
            if word is None:
                break
            pos = word.end()
    m = re.compile(rf"{_CYR_NAME}(?: {_CYR_NAME}){{1,2}}").match(text, pos) or _CYR_INITIALS.match(text, pos)
    return (m.start(), m.end()) if m else None


_CYR_LOCATIVE_PREP = re.compile(r"(?<![\w-])(?:на|в|во)[ \u00a0]+$", re.IGNORECASE)
_CYR_LOCATIVE_WORD = re.compile(r"[А-ЯЁ][а-яё-]+(?:ом|ой|ем|ей|е|и)[ \u00a0]+(?=[А-ЯЁ])")


def _tokens(text: str, pos: int) -> list[tuple[int, int, str, str]]:
    """Adjacent tokens from ``pos`` (only spaces between), as (start, end, folded, raw)."""
    out: list[tuple[int, int, str, str]] = []
    for t in re.finditer(r"[^\s،,.؛:()\[\]«»\"\-–）（]+(?:\.)?", text[pos:pos + 100]):
        gap = text[out[-1][1] if out else pos: pos + t.start()]
        if gap.strip() or "\n" in gap:
            break
        raw = t.group(0)
        if raw.endswith(".") and len(raw) > 2:
            raw = raw[:-1]  # a full stop, not an initial (ك.; إن. is the word إن and a full stop)
            out.append((pos + t.start(), pos + t.start() + len(raw), match_text(raw), raw))
            break
        ali = raw == "علي" and _writes_ala(text) and not _ala_object_after(text, pos + t.end())
        out.append((pos + t.start(), pos + t.end(), _ALI_KEY if ali else match_text(raw), raw))
    return out


# The given name Ali (علي) and the preposition 'on' (على) fold alike; where a text writes the
# preposition with its alif maqsura, the dotted ya marks the name: 'وزير الخارجية الإيراني علي خاجي'.
_ALI_KEY = "علي"
_ALA_WORD = re.compile(r"(?<!\w)على(?!\w)")


@lru_cache(maxsize=64)
def _writes_ala(text: str) -> bool:
    """The text writes the preposition على with its alif maqsura somewhere (its علي is then Ali)."""
    return _ALA_WORD.search(text) is not None


@cache
def _ala_objects() -> frozenset[str]:
    return frozenset(match_text(w) for w in people.lexicon().get("given_names_after_preposition", {}).get("ala_objects", ()))


def _ala_object_after(text: str, end: int) -> bool:
    """The word after علي is one the preposition takes in a set phrase (علي امتداد, علي ضفاف): the
    writer spelt على with a dotted ya there (roles.json given_names_after_preposition ala_objects)."""
    m = re.match(r"[ \u00a0]+([^\s،,.؛:()\[\]«»\"]+)", text[end:end + 30])
    return m is not None and match_text(m.group(1)) in _ala_objects()


def _is_name_token(tok: str, stop: frozenset[str], raw: str = "") -> bool:
    """Not a stop word, no digit, no accusative tanween (اجتماعًا)."""
    if tok in stop or any(c.isdigit() for c in tok):
        return False
    if len(tok) >= 5 and tok.endswith(("یدن", "ادن", "ردن", "ستن", "شتن", "فتن")):
        return False  # a Persian infinitive (پوشیدن)
    return not raw.endswith(("ًا", "اً", "ً"))


AR_CLITICS = ("و", "ب", "ل", "ف", "ک")
AR_FIRST_BAD = AR_CLITICS + ("ی", "ت")  # a conjunction, preposition or verb prefix, not a name
AR_FIRST_OK = frozenset(match_text(w) for w in ["وليد", "وائل", "وليام", "وفاء", "وسام", "وديع", "وحيد", "وجدي", "باراك", "بنيامين", "بشار", "بوريس", "بان", "بيل", "بيتر", "بدر", "بندر", "بسام", "لوران", "ليونيد", "لي", "لويس", "لاري", "فلاديمير", "فرانسوا", "فيصل", "فهد", "فؤاد", "فاروق", "فرانك", "كمال", "كريم", "كارل", "كاترين", "كيم", "يوسف", "ياسر", "يحيى", "يعقوب", "يوشيهيدي", "يوكيا", "تركي", "تيريزا", "توني", "تو", "تيم", "توماس", "تامر"])


def _good_first(tok: str) -> bool:
    """A first name, not a word with a clitic or a verb prefix; a given name of the list of five
    letters or more that starts with one of those letters (فرناندو, تيموثي, ويلفريد) counts unless the
    rest is a given name itself (ومحمد is و + محمد). Shorter ones are as often a verb or a clitic and a
    noun (يزيد 'increases', باسم 'in the name of', تمام 'exactly'): those that are names are listed
    in AR_FIRST_OK."""
    return tok in AR_FIRST_OK or not tok.startswith(AR_FIRST_BAD) or \
        len(tok) >= 5 and people._is_given(tok, "ar") and not people._is_given(tok[1:], "ar")


def _al_given(word: str) -> bool:
    """A given name of the list, five letters or more, that starts with the letters of the article
    (اليستير, الكسندر, اليكسي): a name, not a noun with the article. Not a word with a hamza or madda,
    which the name lists' matching folds away (الآن 'now' is no آلان, اليأس 'despair' no الياس)."""
    return len(word) >= 5 and not any(c in "أإآؤئء" for c in word) and people._is_given(word, "ar")


@cache
def _ar_verb_particles() -> frozenset[str]:
    return frozenset(match_text(w) for w in people.lexicon().get("verb_particles", {}).get("ar", ()))


_AR_PREV_WORD = re.compile(r"([^\s،,.؛:()«»\"“”!?؟]+)[ \u00a0]+$")


def _ar_after_verb_particle(text: str, pos: int) -> bool:
    """The word at ``pos`` follows a particle that only stands before a verb (وقد |رفض|, لم |يقبل|; roles.json
    verb_particles): it is a verb, not the first word of a name."""
    m = _AR_PREV_WORD.search(text, max(0, pos - 12), pos)
    return m is not None and match_text(m.group(1)) in _ar_verb_particles()


def _ar_drop_verb_start(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Arabic candidates whose first word is a verb after a verbal particle lose that word (وقد |رفض| دي مايو،
    نائب ...: دي مايو); one that keeps no word is dropped."""
    out = []
    for c in cands:
        if not _ar_after_verb_particle(text, c.start):
            out.append(c)
            continue
        m = re.compile(r"[^\s]+[ \u00a0]+").match(text, c.start, c.end)
        if m is not None and m.end() < c.end:
            out.append(dataclasses.replace(c, start=m.end(), name=text[m.end():c.end]))
    return out


def _ar_common_phrase(name: str) -> bool:
    """A noun phrase of the shape of an Arabic name read after a role with no country: a first word that is no
    given name, then only words with the article (خطة السلام, مشروع القرار الأمريكي: a noun in construct with a
    definite noun, or with definite adjectives), unless its last word has a family name's shape (a nisba in -ي:
    معن السعدي) or is a given name (مولاي الحسن); a first word in -ة is a noun whatever follows (خطة السلام).
    A name of that shape mostly starts with a given name (سامح الخطيب)."""
    words = name.split()
    if len(words) < 2 or not all(w.startswith("ال") for w in words[1:]) or match_text(words[0]) in AR_FIRST_OK \
            or people._is_given(words[0], "ar"):
        return False
    if match_text(words[-1]) in AR_SKIP:
        return False  # X ... السابق, الراحل: the masculine adjectives of a person's title
    last = words[-1][2:]
    return words[0].endswith("ة") or not (last.endswith(("ي", "ى")) or people._is_given(last, "ar"))


def _read_ar(text: str, pos: int) -> tuple[int, int] | None:
    """Skip honorifics, then a first name that carries no article and no clitic, then the parts an
    Arabic name has: a second token, further ones with an article, after عبد/بن/أبو, or at the end
    of the phrase."""
    toks = _tokens(text, pos)
    i = 0
    while i < len(toks) and i < 4 and (toks[i][2] in AR_SKIP or toks[i][3].startswith("ال") and not _al_given(toks[i][3])
                                       or i and toks[i - 1][2] in AR_SKIP | _AR_RANK_QUALIFIERS and toks[i][2] in _AR_RANK_QUALIFIERS
                                       or toks[i][2] in _AR_COMPLEMENT_HEADS and i + 1 < len(toks) and toks[i + 1][3].startswith("ال")):
        i += 1  # الفريق أول ركن: a rank and its qualifiers; |وزارة الخارجية| الروسية: the body of the role
    toks = toks[i:]
    if not i and _ar_after_verb_particle(text, pos):
        return None  # وقد |رفض دي مايو: a verb
    title = bool(toks) and toks[0][2] in people.AR_NAME_TITLES  # للا حسناء: the honorific opens the name
    if title and len(toks) >= 3 and toks[1][2] == match_text("أم"):
        return toks[0][0], toks[2][1]  # للا أم كلثوم: a kunya after the title
    if len(toks) < 2 or not title and (toks[0][3].startswith(("ال", "لل")) and not _al_given(toks[0][3])
                                       or not (_good_first(toks[0][2]) or _din_compound(toks))
                                       or not _is_name_token(toks[0][2], AR_STOP, toks[0][3])):
        return None
    taken = [toks[0]]
    for k, t in enumerate(toks[1:6], start=1):
        nasab = any(x[2] in AR_LINKS for x in taken[1:])  # عادل بن أحمد الجبير, محمد بن نايف بن عبدالعزيز
        if not _is_name_token(t[2], AR_STOP, t[3]) or len(taken) >= 4 and not nasab:
            break
        prev = taken[-1][2]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        ends_here = nxt is None or not _is_name_token(nxt[2], AR_STOP, nxt[3])  # "قاسم جورمات توكاييف،"
        arabic_chain = len(taken) >= 2 and (taken[1][3].startswith("ال") or taken[0][2] in AR_LINKS or nasab  # عبد الفتاح السيسي
                                            or _ar_given_run(taken) and t[2] not in AR_SKIP  # نايف محمد |الجهني
                                            and not t[3].endswith(_AR_NOUN_ENDINGS))  # not أحمد محمد |المسؤولين
        if len(taken) >= 2 and t[3].startswith("ال") and not (arabic_chain or prev in AR_LINKS):
            break  # اشتون كارتر |العلاقات: a noun after a foreign name
        # عبد الرحيم |مصطفى: one given name so far, and a given name after it (not عبد الناصر |شعارها)
        compound = len(taken) == 2 and taken[0][2] in _COMPOUND_FIRST and people._is_given(t[3], "ar")
        particle = _ar_surname_particle(taken, t, nxt)
        if len(taken) >= 2 and not (t[3].startswith("ال") or prev in AR_LINKS or t[2] in AR_LINKS or ends_here
                                    or compound or particle or prev in _AR_SURNAME_PARTICLES):
            break
        if AR_NAME_ENDS_AT_NOUN and len(taken) >= 2 and ends_here and _ar_word_after_name(taken, t) \
                and not (t[3].startswith("ال") or prev in AR_LINKS or t[2] in AR_LINKS or compound or particle
                         or prev in _AR_SURNAME_PARTICLES):
            break  # نايف محمد الجهني |حريق, سعود المعجب |محادثات: a word after the name
        if AR_IMPERFECT_AFTER_NAME and len(taken) >= 2 and ends_here and prev not in AR_LINKS \
                and _ar_imperfect_verb(t[3]):
            break  # جواد ظريف |يشير إلى, مولاي رشيد |يترأس حفل: a verb in the imperfect after a name of two words
        if AR_NAME_ENDS_AT_NOUN and _AR_CLITIC_HAMZA.match(t[3]) and prev not in AR_LINKS \
                and not people._is_given(t[3][1:], "ar"):
            break  # خاشقجي |لأول مرة, X |بأن: a preposition on a word with hamza (not أحمد |لأحمد, a given name)
        if len(taken) >= 2 and taken[-2][2] == _FAMILY:
            break  # محمد بن سلطان آل نهيان |الوفد: the house name ends the chain
        if prev not in AR_LINKS and (_role_word_at(text, t[0]) or _state_role_at(text, t[0])) \
                and not _given_title_in_name(text, taken, t, nxt):
            break  # فيصل بن بندر بن عبدالعزيز |أمير منطقة الرياض, عبد اللطيف الزياني |الأمين العام: a title after the name
        joined_ibn = arabic_chain and ends_here and _joined_ibn(t[3])  # عبد الإله |بنكيران: a Maghrebi family name
        if len(taken) >= 2 and t[2].startswith(AR_CLITICS) and t[2] not in AR_FIRST_OK and t[2] not in AR_LINKS \
                and not t[3].startswith("ال") and prev not in AR_LINKS and not joined_ibn and not particle \
                and prev not in _AR_SURNAME_PARTICLES:
            break  # واعتمده, لمخاطبته: a clitic word after the name (not after أبو/بن: أبو فاعور, بن لادن)
        taken.append(t)
    if len(taken) >= 2 and taken[-1][2] in _AR_SURNAME_PARTICLES:
        taken.pop()  # جان إيف |لو: a particle with no surname after it
    if len(taken) < 2 or taken[-1][2] in AR_LINKS:
        return None
    return taken[0][0], taken[-1][1]


AR_NAME_ENDS_AT_NOUN = True  # Arabic: a name ends before a word no name part can be (issue 10, people46b)
AR_IMPERFECT_AFTER_NAME = True  # Arabic: a short word in ي- after a two-word name is a verb (people52)


def _ar_imperfect_verb(word: str) -> bool:
    """A word of the imperfect verb's shape: the prefix ي and three or four letters after it (يشير, يترأس, يؤكد),
    no listed given name (يوسف, يونس); a longer one may be a foreign surname (يلدريم, يعالون)."""
    key = match_text(word)
    return key.startswith(match_text("ي")) and 4 <= len(key) <= 5 and not people._is_given(word, "ar")
_AR_CLITIC_HAMZA = re.compile(r"[بل][أإآ]")  # لأول, بأن, لإجراء: ب/ل on a word with a hamza seat


def _ar_word_after_name(taken: list, t: tuple) -> bool:
    """``t``, a word right before the end of the phrase, follows a name of two words or more without
    being a surname: after a family name with the article (الجهني |حريق, المعجب |محادثات: only another
    article word, a link or a particle continues an Arabic chain past it), not after الدين/الله, the end
    of a compound given name (نور الدين |بوطيبة) nor after a link (عبد الإله |بنكيران, أبو الفضل |X).
    (A verb's prefix ي/ت is no sign: توكاييف, يلدريم.)"""
    last = taken[-1]
    return last[3].startswith("ال") and last[2] not in _FA_NAME_TAILS and not _al_given(last[3]) \
        and taken[-2][2] not in AR_LINKS


# the particles of French, Italian, Dutch and German surnames written apart (جان إيف |لو دريان, ستافان |دي ميستورا,
# أورسولا |فون دير لاين); not لا, 'no', nor دا
_AR_SURNAME_PARTICLES = frozenset(match_text(w) for w in ("لو", "دو", "دي", "فان", "فون", "ديل", "دير"))


def _ar_surname_particle(taken: list, t: tuple, nxt: tuple | None) -> bool:
    """``t`` is a surname particle after one or two words that open with a given name (جان إيف |لو دريان, ستافان
    |دي ميستورا; not محمد جواد ظريف |لو كان), and a word that is no article word and no stop word follows it."""
    return t[2] in _AR_SURNAME_PARTICLES and nxt is not None and _is_name_token(nxt[2], AR_STOP, nxt[3]) \
        and not nxt[3].startswith("ال") and len(taken) <= 2 and people._is_given(taken[0][3], "ar") \
        and not any(x[3].startswith("ال") for x in taken)


def _joined_ibn(word: str) -> bool:
    """A family name that joins بن to the next word (بنكيران, بنموسى, بنجلون): six letters or more, no ending of
    a pronoun, the feminine or the accusative (بنظيره 'with his counterpart', بنسبة 'at a rate', بنجاحا)."""
    return word.startswith("بن") and len(word) >= 6 and not word.endswith(("ه", "ها", "هم", "ة", "ات", "ا", "ً"))


_AL_DIN = match_text("الدين")


def _din_compound(toks: list[tuple[int, int, str, str]]) -> bool:
    """A given name of the X الدين shape whose first word starts with a letter :func:`_good_first` reads as a
    clitic or verb prefix (تاج الدين, بهاء الدين, فخر الدين): a name, unless the rest of that word is a given name
    itself (وصلاح الدين is و + صلاح الدين)."""
    first = toks[0][2]
    return len(toks) > 1 and toks[1][2] == _AL_DIN and len(first) >= 3 and \
        not (first.startswith(AR_CLITICS) and people._is_given(first[1:], "ar"))


def _given_title_in_name(text: str, taken: list, t: tuple, nxt: tuple | None) -> bool:
    """A title that is also a given name (أمير, Amir in Persian names) second in a name, before a word
    with no article that is neither a region noun nor a title: a name word (حسين |أمير| عبداللهيان),
    not the title after a name (فيصل بن بندر |أمير منطقة الرياض, صباح الأحمد |أمير الكويت; تميم |أمير قطر
    runs over the country's mention, which the caller refuses)."""
    if len(taken) != 1 or nxt is None or not (people._is_given(t[3], "ar") or people._is_given(t[3], "fa")):
        return False
    return _is_name_token(nxt[2], AR_STOP, nxt[3]) and not nxt[3].startswith(("ال", "لل")) \
        and nxt[2] not in _AR_REGION_NOUNS and not _role_word_at(text, nxt[0]) and not _state_role_at(text, nxt[0])


_AR_THAT = re.compile(r"[ \u00a0]*(?:[،,][ \u00a0]*)?ف?(?:إن|أن|ان|إنه|أنه|انه)(?!\w)")  # (وبحسب ...، فإن)


_AR_PHRASE_END = re.compile(r"[ \u00a0]*(?:[.،,؛:]|$)")


def _ar_foreign_before_speech(text: str, pos: int, rank: bool = False) -> tuple[int, int] | None:
    """Two words after a role phrase and its country, then the "that" of reported speech (وقال سفير روسيا
    لدى الأمم المتحدة |فيتالي تشوركين| إن ...): a foreign name whose first letter reads like a clitic
    (فيتالي, كينيتشي), which :func:`_read_ar` refuses. Neither word a stop word, a title, nor with the
    article (وقال وزير الخارجية الروسي |لوسائل الإعلام| إن). After a military ``rank`` the end of the phrase
    does too (ورئيس هيئة الأركان الفريق بحري |كيرت تيد|.)."""
    toks = _tokens(text, pos)[:2]
    if toks and _ar_one_foreign_word(text, toks[0]):
        return toks[0][0], toks[0][1]  # وقال وزير الخارجية الفرنسي |فابيوس| إن
    if len(toks) < 2 or text[toks[0][1]:toks[1][0]].strip():
        return None
    if any(t[2] in AR_STOP or t[3].startswith(("ال", "لل")) or not _is_name_token(t[2], AR_STOP, t[3]) for t in toks):
        return None
    if toks[1][2].startswith(AR_CLITICS) and toks[1][2] not in AR_FIRST_OK or _ar_role_noun(toks[0][3]):
        return None
    if _AR_THAT.match(text, toks[1][1]) is None and not (rank and _AR_PHRASE_END.match(text, toks[1][1])
                                                         and not toks[0][2].startswith(("و", "ف"))):
        return None  # (روح الفريق |وشراسة منافسته|،: the team, and a conjunction)
    return toks[0][0], toks[1][1]


def _ar_one_foreign_word(text: str, tok: tuple[int, int, str, str]) -> bool:
    """One word right after a role phrase and its country, then the "that" of reported speech (وقال وزير
    الخارجية الفرنسي |فابيوس| إن): a surname alone, when it is no stop word, title or adverb (no article, no
    clitic, no accusative or feminine ending: أيضا, مؤخرا, للصحفيين), four letters or more."""
    word = tok[3]
    if _AR_THAT.match(text, tok[1]) is None or tok[2] in AR_STOP or len(tok[2]) < 4 \
            or word.startswith(("ال", "لل")) or _ar_role_noun(word) or not re.fullmatch(r"[\u0621-\u064a]+", word):
        return False
    if word.endswith(("ا", "ً", "ة", "ه", "هم")) or word.startswith(("وال", "بال", "فال", "كال", "وب", "ول", "ل")):
        return False  # أيضا, مؤخرا, نفسه, بدوره, لوكالة, لرويترز, بالأمس: adverbs, nouns with their clitics
    if tok[2].startswith(AR_CLITICS) and (match_text(word[1:]) in AR_STOP or people._is_given(word[1:], "ar")):
        return False  # وكذلك, ومحمد: a clitic and a word (a foreign name may start with ف, ب, ك: فابيوس)
    return not people._is_given(word, "ar")  # a given name alone is no one's name here


def _ar_role_noun(name: str) -> bool:
    """The first word of an Arabic name read after a title is itself a title, bare or with the article
    (مندوب of المندوب الدائم, سفير): a second title, no name."""
    first = name.split()[0] if name.split() else ""
    if not first or people._is_given(first, "ar"):
        return False  # أمير, ملك: given names too
    state = _STATE_RX.get("ar")
    for w in (first, "ال" + first):
        for rx in (_ROLE_RX["ar"], state):
            role = rx.fullmatch(w) if rx is not None else None
            if role is not None and _role_code("ar", role.group(1)) != "person":
                return True  # (not an honorific: العقيد دكتور عاطي ...)
    definite = match_text("ال" + first) + " "  # مندوب: المندوب الدائم (not مساعد, a given name: مساعد وزير ...)
    return any(r.startswith(definite) and c != "person" for r, c in _ROLE_CODE["ar"].items())


_AR_NOUN_ENDINGS = ("ين", "ون", "ات", "ة")  # plurals and feminine nouns: المسؤولين, العلاقات, الحكومة


def _ar_given_run(taken: list) -> bool:
    """Every word read so far is an Arabic given name of the list (نايف محمد, يوسف أحمد): a given name
    and the father's, so a word with the article after them is the family name (نايف محمد |الجهني),
    not a noun after a foreign name (اشتون كارتر |العلاقات)."""
    return len(taken) >= 2 and all(people._is_given(x[3], "ar") and x[2] not in _COMPOUND_FIRST for x in taken)


def _state_role_at(text: str, pos: int) -> bool:
    """An Arabic country-only role word (roles.json ``country_roles``: المدير الإقليمي, المحافظ, النقيب)
    starts at ``pos``, and its first word is no given name (مساعد وزير): a title after the name, no
    part of it (بدر السمحان |المدير الإقليمي)."""
    rx = _STATE_RX.get("ar")
    m = rx.match(text, pos) if rx is not None else None
    if m is None or m.start(1) != pos:
        return False
    first = m.group(1).split()[0]
    return not people._is_given(first, "ar")


def _role_word_at(text: str, pos: int) -> bool:
    """An Arabic role word (not an honorific) starts at ``pos``."""
    m = _ROLE_RX["ar"].match(text, pos)
    return m is not None and _role_code("ar", m.group(1)) not in (None, "person")


def _read_fa(text: str, pos: int) -> tuple[int, int] | None:
    """Up to four name words; not the noun of a compound verb (محمد شریف ملک‌زاده |برگزار شود)."""
    toks = _tokens(text, pos)
    while toks and (toks[0][2] in AR_SKIP or toks[0][3].endswith(_FA_POSSESSIVE)):
        toks = toks[1:]  # همتای موریتانیایی‌اش |محمد ولد عبدالعزیز: an adjective with "his"
    taken = []
    for k, t in enumerate(toks[:4]):
        if not (_is_name_token(t[2], FA_STOP, t[3]) or FA_STOP_GIVEN_APART and _fa_spaced_given(toks, k)) \
                or t[3].endswith(_FA_POSSESSIVE) or _FA_ZWNJ_PLURAL.search(t[3]) \
                or _FA_PRESENT_VERB.match(t[3]) or k + 1 < len(toks) and _fa_light_verb(toks[k + 1][2]) \
                or k and _FA_VERB.match(t[3]):
            break
        if k >= 2 and (not _fa_third_word(t[3], taken) and not _FA_PHRASE_END.match(text, t[1]) or t[2] in _FA_CLAUSE_WORDS):
            break  # (a word that ends the phrase may end the name: قاسم جومارت |توکایف،; not a clause's: کریم نادر |وارد تهران شد)
        taken.append(t)
    if len(taken) < 2 or taken[0][2] in FA_STOP and (len(taken) < 3 or taken[2][2] in people.fa_allah_not_next()):
        return None  # (بیت الله alone is the Kaaba; بیت الله محسود is a name)
    return taken[0][0], taken[-1][1]


_FA_ZWNJ_PLURAL = re.compile(r"\u200cها(?:ی|ي|یی|يي)?$")  # اشاره‌های, گزارش‌ها: a plural noun, no name word
_FA_PRESENT_VERB = re.compile(r"ن?می[\u200c ]")  # می‌گوید: a verb, no name word
_FA_POSSESSIVE = ("\u200cاش", "\u200cشان", "\u200cام", "\u200cمان")  # a word with "his", "their", "my", "our"
_FA_VERB = re.compile(r"(?:ن?می[\u200c ]|هست(?:م|ی|یم|ید|ند)$|نیست)")  # می‌گوید, نمی‌شود, هستیم: a verb
_FA_PHRASE_END = re.compile(r"[ \u00a0]*(?:[،,.:؛)»\"]|$)")
_FA_LINKS = frozenset(match_text(w) for w in ("بن", "آل", "ابو", "سید", "میر"))


_FA_NAME_TAILS = frozenset(match_text(w) for w in ("الله", "اله", "اللّه", "الدین", "الدين"))
_FA_SPACED_WORD = re.compile(r"[ \u00a0]+([^\s\u200c،,.؛:]+)")  # the word after a space (الله of روح الله)


FA_STOP_GIVEN_APART = True  # a stop word that is the first half of a spaced given name (بیت الله محسود) starts it


def _fa_spaced_given(taken: list[tuple[int, int, str, str]], i: int) -> bool:
    """The word ``i`` is one half of a given name in الله, اله or الدین written with a space where the ZWNJ was lost
    (ذبیح الله, روح الله, حسام الدین): the two halves joined by a ZWNJ are a listed given name."""
    if taken[i][2] in _FA_NAME_TAILS:
        return i > 0 and people._is_given(taken[i - 1][3] + "\u200c" + taken[i][3], "fa")
    return i + 1 < len(taken) and taken[i + 1][2] in _FA_NAME_TAILS and \
        people._is_given(taken[i][3] + "\u200c" + taken[i + 1][3], "fa")


def _fa_given_apart(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` and the الله, اله or الدین after a space are a listed given name (روح الله, حسام الدین)."""
    tail = _FA_SPACED_WORD.match(text, e)
    return tail is not None and match_text(tail.group(1)) in _FA_NAME_TAILS and \
        people._is_given(text[s:e] + "\u200c" + tail.group(1), "fa")


def _fa_third_word(raw: str, taken: list[tuple[int, int, str, str]]) -> bool:
    """A third or fourth word belongs to a Persian name when no surname has come yet (محمد رضا
    |خاتمی, محمد بن |سلمان) or when it has a surname's shape itself (سعید قاضی |مغربی, امیر احمری
    |نژاد); not an adverb or a noun after the surname (محمدرضا خاتمی |چه, شکریه |اصناف)."""
    if all(people._is_given(x[3], "fa") or x[2] in _FA_LINKS or _fa_spaced_given(taken, i) for i, x in enumerate(taken)) \
            or match_text(raw) in _FA_NAME_TAILS:
        return True  # (نعمت |الله حسینی: the spaced end of a given name; ذبیح الله |مجاهد: a given name written apart)
    if len(taken) >= 2 and taken[-1][2] in _FA_SURNAME_PARTICLES:
        return True  # استفان دی |میستورا, جان مک |کین: a surname particle written apart
    return match_text(raw) in _SPACED_ENDINGS or _fa_surname_shape(raw)


@lru_cache(maxsize=1)
def _fa_light_verbs() -> frozenset[str]:
    return frozenset(match_text(w) for w in people.lexicon().get("name_stop_words", {}).get("fa_light_verbs", ()))


def _fa_light_verb(tok: str) -> bool:
    """A form of the verbs that make Persian compound verbs (شد, شود, کرد, می‌کند, نمود, گردید)."""
    return tok.replace("\u200c", "") in _fa_light_verbs()


def _read_zh(text: str, pos: int) -> tuple[int, int] | None:
    if text.startswith(ZH_NOT_NAME_START, pos):
        return None  # 领导人|之子: a role word's complement, no name
    m = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[·・•][\u4e00-\u9fff]{1,6})*[·・•]").match(text, pos)
    if m:  # a dotted transliteration: the last part ends at a bracket or a function character
        j = _han_run(text, m.end(), 4)
        return (m.start(), j) if j > m.end() else None
    end = _zh_name_end(text, pos) if ZH_NAME_TO_WORD else None
    if end is not None:
        return pos, end
    j = _han_run(text, pos, 5)
    if j - pos > 3 and not text.startswith(("(", "（"), j):
        j = pos + 3
    return (pos, j) if j - pos >= 2 else None


ZH_NOT_NAME_START = ("之", "们")  # 领导人之子, 领导人们: a particle or a plural right after the role word
ZH_NAME_TO_WORD = True  # Chinese: a name after a role word ends where the next ordinary word starts


def _zh_name_end(text: str, pos: int) -> int | None:
    """Where a name read after a role word ends: before the first ordinary word of two characters or more
    that starts after its second character (耶伦|抵达, 戴琪|表示, 赖德|少将说, 施毅|陆军大校) or at a function
    character (阿卜杜拉希扬|在). A name of more than three characters must be all transliteration characters
    (roles.json ``zh_transliteration_chars``); otherwise None, and the fixed reading applies."""
    import jieba

    j = _han_run(text, pos, 8)
    if j - pos < 2:
        return None
    k = pos
    for tok in jieba.lcut(zh_simplified(text[pos:j + 4]), HMM=False):
        if k >= j or k >= pos + 2 and len(tok) >= 2 and _common_zh_word(tok):
            break
        k += len(tok)
    end = min(k, j)
    if end - pos < 2 or end - pos > 3 and not all(c in people.zh_translit_chars() for c in zh_simplified(text[pos:end])):
        return None
    return end


@lru_cache(maxsize=1)
def _zh_tags() -> dict[str, str]:
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab


def _common_zh_word(word: str) -> bool:
    """A dictionary word that is no proper name (非正式 'b'); names (nr, ns, nz, nrt) and unknown words pass."""
    tag = _zh_tags().get(word)
    return tag is not None and not tag.startswith(("nr", "ns", "nz", "nt"))


def _zh_organisation(word: str) -> bool:
    """A word jieba knows as an organisation's name (国务院, 外交部): read after a role word (特别代表|国务院|副总理), no person."""
    return _zh_tags().get(word, "").startswith("nt")


def _zh_fragment(text: str, s: int, e: int) -> bool:
    """Han characters read after a role word that are pieces of ordinary words, not a name: a dictionary
    word of two characters or more that is no name lies inside them or across their edges (记者|刚刚收|到,
    总统|当选人, 总统|府广场, 记者|因其媒|体; traditional characters read as simplified ones). A name that
    starts with a common surname is left alone (部长|陈健|在此, where 健在 runs across its end)."""
    import jieba

    if text[s:s + 1] in people.zh_surnames() or text[s:s + 2] in people.zh_surnames():
        return False
    a, b = max(0, s - 3), min(len(text), e + 2)
    pos = a
    for tok in jieba.lcut(zh_simplified(text[a:b]), HMM=False):
        end = pos + len(tok)
        if len(tok) >= 2 and pos < e and end > s and _common_zh_word(tok):
            return True
        pos = end
    return False


def _han_run(text: str, pos: int, most: int) -> int:
    j = pos
    while j < len(text) and j - pos < most and "\u4e00" <= text[j] <= "\u9fff" and text[j] not in ZH_STOP_CHARS:
        j += 1
    return j


def _read_th(text: str, pos: int) -> tuple[int, int] | None:
    """Given name and surname, each ended by a space, punctuation or the end of the text; a given
    name that reads as ordinary words (ทหาร|ระดับ|สูง) is no name when a function word follows
    (ได้เดินทาง); otherwise it may be one (สุว|พันธุ์ ตันยุวรรธนะ)."""
    while text[pos:pos + 1] in ("\u200b", " ", "\u00a0") and pos < len(text):
        pos += 1  # พลเอก\u200b |สุรศักดิ์, พลเอก  |ประวิตร
    title = _ROLE_RX["th"].match(text, pos)
    if title is not None and _role_code("th", title.group(1)) in ("person", "general", "officer") and title.end(1) > pos:
        rest = _read_th(text, title.end(1))  # รัฐมนตรีว่าการกระทรวงการต่างประเทศ |นาย|สมชาย ใจดี: the honorific is no part of the name
        if rest is not None:
            return rest
    m = _TH_GIVEN_SURNAME.match(text, pos)
    if not m:
        one = _TH_ONE_BEFORE_LATIN.match(text, pos)  # นายเต็งส่วย (H.E.U Thein Swe): one name, spelt in Latin after it
        if one is None or one.group(2) is None and _thai_dictionary_only(one.group(1)):
            return None  # (Thai words with no honorific in the brackets: ญี่ปุ่น (Japan))
        return one.span(1)
    if _thai_runs_on(m.group(2)) or _thai_words_only(m.group(1)) and _thai_starts_with_function_word(m.group(2)):
        return None
    if _thai_grammar_inside(m.group(1)) or _thai_grammar_inside(m.group(2)) and not _thai_compound_surname(m.group(2)):
        return None  # สรุปสาระสำคัญ|ของ|การสนทนา ดังนี้, หวัง|ว่า เอกชนรายอื่นๆ: a clause, not a name
    if _thai_title_inside(m.group(1), m.group(2)):
        return None
    more = _TH_FOREIGN_TAIL.match(text, m.end())  # เกส ปีเตอร์ |ราเดอ (Kees Pieter Rade): a foreign name in full
    if more:
        return m.start(), more.end(1)
    if m.group(2) in TH_NAME_LINKS:  # อัลวาลีด บิน |ทาลาล: an Arabic name goes on after its link word
        end, link = m.end(), True
        for _ in range(4):
            nxt = _TH_NEXT_WORD.match(text, end)
            if nxt is None or not link and nxt.group(1) not in TH_NAME_LINKS:
                break
            end, link = nxt.end(), nxt.group(1) in TH_NAME_LINKS
        return (m.start(), end) if end > m.end() and not link else None
    return m.start(), _th_tail_before_role(text, m.end(), m.start())


# a given name and a surname, with a space or a no-break space between (นายจรินทร์\u00a0จักกะพาก)
# (two spaces or a zero-width space are as common in Thai government news: พลเอก\u200b สุรศักดิ์\u200b กาญจนรัตน์)
_TH_GAP = r"(?:\u200b?[ \u00a0]{1,2}\u200b?|\u200b)"
# a foreign surname may hold a hyphen: อัล-จูเบอีร์, แบร์นาร์โด-อารากน
_TH_GIVEN_SURNAME = re.compile(rf"([\u0e01-\u0e2e\u0e30-\u0e4e]{{2,25}}){_TH_GAP}"
                               rf"([\u0e01-\u0e2e\u0e30-\u0e4e]{{2,25}}(?:-[\u0e01-\u0e2e\u0e30-\u0e4e]{{2,25}})?)(?=[\s\u200b,.()\"]|$)")
# one Thai word right before its Latin spelling in brackets: a name of one word (Burmese, Indonesian)
_TH_ONE_BEFORE_LATIN = re.compile(r"([\u0e01-\u0e2e\u0e30-\u0e4e]{2,25})(?=[ \u00a0]*[(（][ \u00a0]*(H\.\s?E\.\s?|(?:Mr|Mrs|Ms|Dr)\.?\s|(?:U|Daw) (?=[A-Z]))?[A-Z ]*[A-Z][a-z][^()（）]{0,60}[)）])")

# one more spaced Thai word (the next part of a name)
_TH_NEXT_WORD = re.compile(r" ([\u0e01-\u0e2e\u0e30-\u0e4e]{2,25})(?=[\s,.()\"]|$)")
# the link words of Arabic names written in Thai (bin, al, bint)
TH_NAME_LINKS = frozenset(["บิน", "อัล", "บินต์", "เบน", "อับดุล"])


@lru_cache(maxsize=4096)
def _th_words(chunk: str) -> tuple[str, ...]:
    """The Thai words of a chunk (pythainlp newmm). The name readers ask about one chunk several times
    (runs on, function word first, grammar inside, title inside): it is cut once."""
    from pythainlp.tokenize import word_tokenize

    return tuple(word_tokenize(chunk, engine="newmm"))


def _thai_title_inside(given: str, surname: str) -> bool:
    """Words before a title are no given name (เข้าเยี่ยมคารวะพลเอก |ประยุทธ์, แสดงความยินดีที่นาย|อะศิม,
    ประจำสำนักนายกรัฐมนตรี |กล่าว...), nor is a title or a verb a surname (ทำเนียบรัฐบาล |นายออมสิน,
    รัฐบาล |เผย)."""
    rx = _ROLE_RX["th"]
    if any(h.start() > 0 for h in rx.finditer(given)) or rx.fullmatch(given) or rx.match(surname):
        return True
    first = _th_words(given)[:1]
    toks = _th_words(surname)
    return bool(toks) and (toks[0] in TH_FUNCTION_WORDS or toks[0] in ("เผย", "กล่าวสรุป") or toks[0] in TH_CLAUSE_OPENERS) or \
        bool(first) and (first[0] in TH_FUNCTION_WORDS or first[0] == "เผย" or first[0] in TH_CLAUSE_OPENERS)


# prepositions and conjunctions that open an adverbial phrase, never a name: นายกรัฐมนตรี |ในโอกาส
# เข้ารับตำแหน่ง ภายหลังเสร็จสิ้นการหารือ (in the occasion of ..., after ...)
TH_CLAUSE_OPENERS = frozenset(["ใน", "โดย", "เพื่อ", "จาก", "ระหว่าง", "ภายหลัง", "หลังจาก", "ภายใน", "ณ"])


def _th_tail_before_role(text: str, end: int, start: int | None = None) -> int:
    """อันเดลโฟ โฆเซ |การ์เซีย กอนซาเลซ เอกอัครราชทูต...: up to three more spaced words, none of
    them made only of dictionary words (รอง, และ), when a role word follows them."""
    rx = _STATE_RX.get("th") or _ROLE_RX.get("th")
    j, best = end, end
    name = text[start:end].split() if start is not None else []
    for i in range(3):
        tok = re.compile(r" ([\u0e01-\u0e2e\u0e30-\u0e4e]{2,25})(?=[ \u00a0])").match(text, j)
        if tok is None or rx.match(text, tok.start(1)):
            break
        if _thai_dictionary_only(tok.group(1)) and not (i == 0 and _th_syllable_name(name, tok.group(1))):
            break
        j = tok.end()
        nxt = re.compile(r"[ \u00a0]+").match(text, j)
        if nxt and rx.match(text, nxt.end()) and _role_code("th", rx.match(text, nxt.end()).group(1)) != "person":
            best = j
    return best


def _th_syllable_name(name: list[str], tok: str) -> bool:
    """A third short syllable of a Chinese, Vietnamese or Korean name written in Thai (ลี เซียน |ลุง): the
    name's two words and the token at most five letters each, the token no function or grammar word."""
    return len(name) == 2 and all(len(w) <= 5 for w in name) and len(tok) <= 5 \
        and tok not in TH_NOT_SURNAME and tok not in TH_GRAMMAR and not _thai_grammar_inside(tok)


def _thai_dictionary_only(chunk: str) -> bool:
    """Thai words only (รอง, และ, ผู้แทนกรม...), not a transliteration that the dictionary cuts into
    syllables of two letters (บา|ดา|วี: บาดาวี)."""
    from pythainlp.corpus import thai_words

    toks = _th_words(chunk)
    return all(t in thai_words() for t in toks) and any(len(t) >= 3 for t in toks)


# up to three more spaced Thai words right before a bracketed Latin name: the rest of a foreign name
# (after an initial's dot: ยอน อาร์|. โฮล์มเกรน (Jan R. Holmgren))
_TH_FOREIGN_TAIL = re.compile(r"((?:\.? [\u0e01-\u0e2e\u0e30-\u0e4e]{1,25}){1,3})(?=[ \u00a0]*[(（][ \u00a0]*(?:H\.E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|[A-Z])[^()（）]{0,60}[)）])")


TH_FUNCTION_WORDS = frozenset(["ว่า", "กล่าว", "กล่าวว่า", "ได้", "จะ", "เป็น", "และ", "ที่", "ซึ่ง", "ให้", "ของ", "เดินทาง", "ยืนยัน", "ระบุ", "เปิดเผย"])


def _thai_runs_on(chunk: str) -> bool:
    """A surname that runs on into the verb (ทวีสินกล่าวว่า): Thai writes no space before it."""
    return any(t in TH_FUNCTION_WORDS or t[:4] in ("กล่า", "ได้ร") for t in _th_words(chunk)[1:])


TH_VERBS_AFTER_NAME = frozenset(["ให้", "ให้การ", "ต้อนรับ", "เข้าพบ", "เข้าเยี่ยม", "เข้าเยี่ยมคารวะ", "หารือ", "พบ", "พบปะ", "เดินทาง",
                                  "ร่วม", "นำ", "เป็น", "เปิด", "แถลง", "มอบ", "รับ", "ลงนาม", "ส่ง", "แสดง"])
TH_NOT_SURNAME = TH_FUNCTION_WORDS | frozenset(["ทั้งนี้", "โดย", "เพื่อ", "ใน", "กับ", "แก่", "ต่อ", "จาก", "การ", "ความ"])


# grammatical words that no Thai or transliterated name holds (its, of the act, and, with, that)
TH_GRAMMAR = frozenset(["ของ", "การ", "ความ", "และ", "กับ", "ว่า", "ซึ่ง", "ดังนี้", "หรือ", "แต่", "เพื่อ", "โดย", "จึง", "ได้แก่"])


def _thai_grammar_inside(chunk: str) -> bool:
    """A chunk that holds a grammatical word or the repetition mark ๆ is a phrase, not a name."""
    return "ๆ" in chunk or any(t in TH_GRAMMAR for t in _th_words(chunk))


def _thai_compound_surname(chunk: str) -> bool:
    """A Thai surname is one long compound that may open with a word that is grammatical elsewhere
    (จึง|รุ่งเรือง|กิจ): the grammatical word stands first, two words or more follow, and none of them is a
    grammatical or function word (not จึง|ได้|เดินทาง, a clause) nor holds ๆ."""
    toks = _th_words(chunk)
    return "ๆ" not in chunk and len(toks) >= 3 and toks[0] in TH_GRAMMAR and \
        not any(t in TH_GRAMMAR or t in TH_FUNCTION_WORDS or t in TH_NOT_SURNAME for t in toks[1:])


def _thai_starts_with_function_word(chunk: str) -> bool:
    toks = _th_words(chunk)
    return bool(toks) and toks[0] in TH_NOT_SURNAME


def _thai_words_only(chunk: str) -> bool:
    from pythainlp.corpus import thai_words

    toks = _th_words(chunk)
    return len(toks) >= 2 and all(t in thai_words() for t in toks)


VI_FAMILY = frozenset(["nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý", "đinh", "trương", "lương", "tô", "mai", "đào", "cao", "lâm", "quách", "hà", "tạ", "chu", "trịnh", "đoàn", "lại", "kiều", "âu", "tôn", "triệu", "vương", "thân", "lưu", "khổng", "la", "nông", "lò", "hứa", "giang", "tống", "mạc", "lã", "lạc", "doãn"])
_VI_LETTERS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300-\u0323]|[ạ-ỹẠ-Ỹàáảãèéẻẽìíỉĩòóỏõùúủũỳýỷỹ]")


VI_PLACES = frozenset("""hà nội|hà giang|hà nam|hà tĩnh|hà đông|cao bằng|lâm đồng|thái bình|thái nguyên|hồ chí minh|
    hồ gươm|hồ tây|lê lợi|mai châu|đoàn kết|tô lịch|phan thiết|lý sơn|võ nhai|đinh lập""".replace("\n", "").split("|"))
VI_CONTINENT_BEFORE = re.compile(r"(?<!\w)châu[ \u00a0]$", re.IGNORECASE)  # châu |Âu: the continent, no family name Âu
_VI_RUN = re.compile(rf"(?:{_LATIN_NAME})(?:[ \u00a0](?:{_LATIN_NAME})){{1,7}}")


def _read_vi(text: str, pos: int) -> tuple[int, int] | None:
    """A Vietnamese name starts at a family name (Bộ Công Thương |Nguyễn Hồng Diên), possibly a few
    lowercase words after the title (Giám đốc Sở Y tế Hà Nội |Trần Văn Bình), but not at a place
    (Hà Nội); a name with no Vietnamese letters right after the title is a foreign one."""
    m = _VI_RUN.match(text, pos)
    if m and not _VI_LETTERS.search(m.group(0)) and len(m.group(0).split()) <= 4:
        return m.start(), m.end()
    stop = re.search(r"[,.;:()–\n]", text[pos:pos + 80])
    window_end = pos + (stop.start() if stop else min(80, len(text) - pos))
    for run in _VI_RUN.finditer(text, pos, window_end):
        toks = list(re.finditer(r"\S+", run.group(0)))
        k = 0
        while k < len(toks):
            low = toks[k].group(0).lower()
            pair = " ".join(t.group(0).lower() for t in toks[k:k + 2])
            if pair in VI_PLACES:
                k += 2
                continue
            if low in VI_FAMILY and len(toks) - k >= 2 and not VI_CONTINENT_BEFORE.search(text, 0, run.start() + toks[k].start()):
                rest = toks[k:k + 4]
                return run.start() + rest[0].start(), run.start() + rest[-1].end()
            k += 1
        foreign = _vi_foreign_run(text, run.start(), toks)
        if foreign is not None and not any(_role_code("vi", r.group(1)) not in (None, "person")
                                           for r in _ROLE_RX["vi"].finditer(text, pos, foreign[0])):
            # Bộ trưởng Tài chính |Janet Yellen|, Thư ký báo chí Nhà Trắng |Jen Psaki|; not past the next
            # role word (Chủ tịch nước tiếp |Tổng thống Pháp| Emmanuel Macron: that role's name)
            return foreign
    one = _VI_FOREIGN_ONE.match(text, pos)  # Đại sứ Imanov, ông Havlicek: a foreign surname alone
    if one and not _VI_LETTERS.search(one.group(0)):
        return one.start(), one.end()
    return None


def _vi_name_after_country(text: str, pos: int) -> tuple[int, int] | None:
    """Two to four capitalised syllables right after a role phrase that ended with its country, then
    a lower-case word or punctuation: the name, whatever its family name (a Chinese one read in
    Sino-Vietnamese: Đại sứ Trung Quốc |Hùng Ba|, Người phát ngôn Bộ Ngoại giao Trung Quốc |Uông Văn
    Bân|), but not a place (Hà Nội)."""
    words = []
    for w in _VI_WORD_AFTER.finditer(text, pos):
        if w.start() != (words[-1].end() + 1 if words else pos) or not w.group(0)[:1].isupper():
            break
        words.append(w)
    if not 2 <= len(words) <= 4 or " ".join(w.group(0).lower() for w in words[:2]) in VI_PLACES:
        return None
    return words[0].start(), words[-1].end()


_VI_WORD_AFTER = re.compile(r"[^\W\d_]+(?=[ \u00a0,.;:!?)\n]|$)")


def _vi_foreign_run(text: str, base: int, toks: list[re.Match]) -> tuple[int, int] | None:
    """Two to four capitalised words of no Vietnamese letter, one of them no Vietnamese syllable, that
    start a word: a foreign name read after a role's words (Chủ tịch Hạ viện |Nancy Pelosi|)."""
    group: list[re.Match] = []
    for t in toks + [None]:
        w = t.group(0) if t is not None else ""
        if t is not None and w[:1].isupper() and re.sub(r"[-'’]", "", w).isalpha() and not _VI_LETTERS.search(w) \
                and (group or base + t.start() == 0 or not text[base + t.start() - 1].isalpha()):
            group.append(t)
            continue
        if 2 <= len(group) <= 4 and any(not _VI_SYLLABLE.fullmatch(p) for g in group for p in re.split(r"[-'’]", g.group(0))):
            return base + group[0].start(), base + group[-1].end()
        group = []
    return None


_VI_FOREIGN_ONE = re.compile(r"[A-Z][a-z'’-]{3,}(?![\w])(?![ \u00a0][A-ZÀ-ỸĐ])")


def read_name(text: str, pos: int, lang: str) -> tuple[int, int] | None:
    """The span of a person name that starts at ``pos`` (the reader of ``lang``), or None."""
    reader = _NAME_READERS.get(lang)
    return reader(text, pos) if reader else None


def _given_name_candidates(text: str, lang: str, covered: set[int], found: list[Candidate],
                           mentions: list[Mention]) -> list[Candidate]:
    """A given name and a surname with no title ("Михаил Саакашвили"); the country is the one a
    mention right before gives ("the Georgian ..."), else unknown."""
    taken = {k for c in found for k in range(c.start, c.end)}
    by_start = {_word_start(text, m.start): m for m in mentions}
    out = []
    rx = _ROLE_RX.get(lang) if lang != "fa" else _STATE_RX.get(lang) or _ROLE_RX.get(lang)  # حسین شریفی |سرپرست
    for s, e in people.given_name_spans(text, lang):
        place_surname = lang == "fa" and _fa_place_surname_after_role(text, s, e, mentions)
        if lang in ("ar", "fa"):  # a reader runs on into the apposition: "غلامرضا شافعی |سفیر ایران"
            e = _arabic_name_end(text, s, _cut_before(text, s, e, rx, set() if place_surname else covered))
            if e is None:
                continue
            e = _trim_tail(text, s, e, lang)
        if lang in ("en", "vi") and _only_places(mentions, _word_end(text, s), e):
            place_surname = True  # Robert |Jackson|, Andrew |Lincoln|: a listed given name, then a town's name
        if any(k in taken for k in range(s, e)) or any(k in covered for k in range(s, e)) \
                and not (place_surname and (lang in ("en", "vi") or _fa_place_surname_after_role(text, s, e, mentions))):
            continue
        role, country = _role_after(text, e, lang, by_start)
        country = _country_before(s, mentions, None, text, lang) or country
        if lang == "en" and country is None:
            country = _en_noun_country(text, s, mentions) or _en_apposition_country(text, e, by_start)
        out.append(Candidate(s, e, text[s:e].strip(), role or "person", country, None))
        taken.update(range(s, e))
    return out


# English words that end a noun phrase before a name ("met with", "said"): no lower-case role noun between a
# country and a given-name reading
_EN_NOT_NOUNS = frozenset(["of", "for", "and", "or", "to", "in", "on", "with", "by", "at", "from", "said", "says", "told", "met", "as", "but", "that", "than", "between", "against", "the", "a", "an", "is", "was", "were", "are", "has", "had", "have", "who", "which", "while", "after", "before", "over", "under", "into", "about", "when", "where"])
_EN_NOUNS_BEFORE = re.compile(r"(?:['’]s)?[ \u00a0]((?:[a-z]+[ \u00a0]){1,3})$")
_EN_APPOSITION = re.compile(r"[ \u00a0]*[,—–][ \u00a0]*(?:(?:the|a|an|former|then|top|senior|veteran|retired)[ \u00a0]+)+")


def _en_noun_country(text: str, start: int, mentions: list[Mention]) -> str | None:
    """English: a country or demonym, then one to three lower-case nouns, then the given name: "the Ukrainian
    leader Viktor Yanukovich", "a Russian military spokesman Igor ..." (no function word or verb among them)."""
    for m in mentions:
        if m.kind == "country" and m.iso3 and 0 < start - m.end <= 40:
            words = _EN_NOUNS_BEFORE.fullmatch(text, m.end, start)
            if words is not None and not _EN_NOT_NOUNS.intersection(words.group(1).split()):
                return m.iso3
    return None


def _en_apposition_country(text: str, end: int, by_start: dict[int, Mention]) -> str | None:
    """English: the country of an apposition after a name that opens with an article and a demonym and goes on
    with a lower-case noun: "Aaron David Miller, a former U.S. diplomat", "X, an Israeli official"."""
    gap = _EN_APPOSITION.match(text, end)
    if gap is None:
        return None
    m = by_start.get(gap.end())
    if m is None or m.kind != "country" or not m.iso3:
        return None
    return m.iso3 if re.match(r"[ \u00a0][a-z]", text[m.end:m.end + 2]) else None


def _fa_place_surname_after_role(text: str, s: int, e: int, mentions: list[Mention]) -> bool:
    """A Persian given name and a surname that is a gazetteer place's name, a role word and its one-word
    complement before (وزیر نفت جواد |اوجی|): the place is the surname."""
    words = text[s:e].split()
    hits = [m for m in mentions if m.start < e and s < m.end]
    if len(words) < 2 or not hits or not all(m.kind == "place" and m.start >= s + len(words[0]) for m in hits):
        return False
    rx = _STATE_RX.get("fa") or _ROLE_RX.get("fa")
    before = re.search(r"(?:^|\s)(\S+)[ \u00a0]+(\S+)[ \u00a0]+$", text[max(0, s - 40):s])
    return rx is not None and before is not None and bool(rx.match(text, max(0, s - 40) + before.start(1)))


_FA_TIME = frozenset(match_text(w) for w in ["ظهر", "صبح", "عصر", "شب", "بوده", "است", "هم", "روز", "امشب", "پیش",
                                              "نائب", "نایب", "سرپرست"])


def _trim_tail(text: str, s: int, e: int, lang: str) -> int:
    """Drop the words a name reader ran on into: a speech verb, a pronoun or common noun of the
    bare-name cues, a time word ("سعید اسدی |ظهر امروز", "سمير غضبان |افزود", "حسین شریفی |سرپرست");
    given name and surname stay."""
    cues = people.lexicon().get("bare_names", {}).get(lang, {})
    stop = _surname_stop(lang) | _FA_TIME | frozenset(match_text(v.split()[0]) for v in cues.get("speech_verbs", ()))
    words = list(re.finditer(r"\S+", text[s:e]))
    cut = next((k for k in range(2, len(words)) if match_text(words[k].group(0)) in stop), len(words))
    return s + words[cut - 1].end() if words else e


@lru_cache(maxsize=4)
def _surname_stop(lang: str) -> frozenset[str]:
    """The stop words of a language's names reader and the pronouns and nouns of its bare-name cues."""
    return (FA_STOP if lang == "fa" else AR_STOP) | frozenset(
        match_text(w) for w in people.lexicon().get("bare_names", {}).get(lang, {}).get("not_names", ()))


_AR_NOUN_AFTER_CLITIC = re.compile(r"^[لب](?:ال|ت|م)")  # لتنمية, بالمنطقة: a preposition and a noun


def _arabic_name_end(text: str, s: int, e: int) -> int | None:
    """Where a given-name span ends: before a word that reads as a preposition and a noun (سلمان
    |لتنمية) or a verb (بولارد |يجب); None when less than given name and surname is left."""
    words = list(re.finditer(r"\S+", text[s:e]))
    keep = words[:1]
    for w in words[1:]:
        tok = match_text(w.group(0))
        if match_text(keep[-1].group(0)) in _FA_LINKS:
            keep.append(w)  # a link word (میر, بن, سید) takes the word after it: محمدرضا میر |تاج‌الدینی
            continue
        if _AR_NOUN_AFTER_CLITIC.match(tok) or len(keep) >= 2 and tok.startswith(("ی", "ت")) and tok not in AR_FIRST_OK:
            break
        if AR_NOUN_TAIL and _ar_noun_tail(w.group(0), tok, len(keep)):
            break
        keep.append(w)
    return s + keep[-1].end() if len(keep) >= 2 else None


AR_NOUN_TAIL = True  # a name reader stops before a definite plural or verbal noun (سعد الدين |الأخبار)
# أفعال broken plurals and افتعال/انفعال/استفعال verbal nouns with the article (الأخبار, الاتفاق, الاجتماع, الاستقرار):
# no family name has that shape (not الإسلام of سيف الإسلام, which is the second half of a given name)
_AR_PLURAL_NOUN = re.compile(r"الا[^ا\s]{2,4}ا[^ا\s]")
# a feminine active participle with the article (وادي مسعود |الواقعة على): an adjective, no family name;
# not an ordinal of a reign (إليزابيث الثانية)
_AR_PARTICIPLE_F = re.compile(r"ال[^ا\s]ا[^ا\s]{2}ة")
_AR_ORDINALS_F = frozenset(match_text(w) for w in ["الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة",
                                                    "الثامنة", "التاسعة", "العاشرة"])


def _ar_noun_tail(raw: str, tok: str, k: int) -> bool:
    """The ``k``-th word of a read Arabic name (``raw`` as written, ``tok`` in match form) is a common noun
    the reader ran into: a broken plural or verbal noun after the given name, or a feminine participle
    right after a one-word given name."""
    if _AR_PLURAL_NOUN.fullmatch(tok) and tok != match_text("الإسلام"):
        return True
    return k == 1 and bool(_AR_PARTICIPLE_F.fullmatch(raw)) and tok not in _AR_ORDINALS_F


def _cut_before(text: str, s: int, e: int, rx: re.Pattern | None, covered: set[int]) -> int:
    """End the span before a role word or a known mention inside it."""
    cut = next((k for k in range(s + 1, e) if k in covered), e)
    role = rx.search(text, s + 1, cut) if rx is not None else None
    if role is not None:
        cut = role.start()
    return len(text[:cut].rstrip(" \u00a0\u200c،,")) if cut < e else e


_AFTER_GAP = re.compile(r"[ \u00a0]*(?:[,،]|—|–)?[ \u00a0]*(?:(?:the|a|former|then|who is)[ \u00a0]+)*", re.IGNORECASE)


def _role_after(text: str, end: int, lang: str, by_start: dict[int, Mention]) -> tuple[str | None, str | None]:
    """The role and country an apposition after a name gives: "X, the Saudi foreign minister",
    "فیلیپ هاموند وزیر خارجه انگلستان", "Сергей Лавров, министр иностранных дел России"."""
    rx = _ROLE_RX.get(lang)
    if rx is None or lang in ("zh", "th"):
        return None, None
    pos, country = _skip_mentions(text, _AFTER_GAP.match(text, end).end(), by_start, lang)
    m = rx.match(text, pos)
    if m is None:
        return None, None
    if lang == "ar" and re.search("[بل]", text[m.start():m.start(1)]):
        return None, None  # "نقل فلان لأمير دولة الكويت": a preposition, the title is another person's
    code = _role_code(lang, m.group(1))
    if code == "person":
        return None, None
    _, after = _skip_mentions(text, m.end(1), by_start, lang)
    if country is None and after is None and lang == "ar":
        after = _ar_phrase_nisba(text, m.end(1), by_start)
    return code, country or after


def _ar_phrase_nisba(text: str, pos: int, by_start: dict[int, Mention]) -> str | None:
    """Arabic: the country of a nisba that ends a role phrase after one or two words of the article
    (وزير |الداخلية الليبي|، مدير |الإدارة العامة المصري|): none after a word without the article or a
    preposition (وزير |في| الحكومة الليبية)."""
    for _ in range(3):
        while pos < len(text) and text[pos] in " \u00a0":
            pos += 1
        hit = by_start.get(pos)
        if hit is not None and hit.kind == "country":
            return hit.iso3
        word = re.compile(r"[^\s،,.؛:()«»\"]+").match(text, pos)
        if word is None or not word.group(0).startswith("ال"):
            return None
        pos = word.end()
    return None


def _role_after_honorific(text: str, end: int, lang: str, by_start: dict[int, Mention]) -> tuple[str | None, str | None]:
    """The role (and country) of the apposition right after a name read after an honorific (ông, นาย,
    آقای): :func:`_role_after`; in Thai, a role word right after the name (นายสมชาย ใจดี |รัฐมนตรีว่าการ
    กระทรวงการต่างประเทศ|), whose country the Thai readers give elsewhere."""
    if lang != "th":
        return _role_after(text, end, lang, by_start)
    rx = _ROLE_RX.get("th")
    m = rx.match(text, end + len(text[end:end + 3]) - len(text[end:end + 3].lstrip(" \u00a0\u200b"))) if rx else None
    code = _role_code("th", m.group(1)) if m is not None else None
    return (code, None) if code not in (None, "person") else (None, None)


_NAME_READERS = {"vi": _read_vi, "en": _read_latin, "ru": _read_cyrillic, "ar": _read_ar, "fa": _read_fa,
                 "zh": _read_zh, "th": _read_th}


AR_ROLE_NAMED_AFTER = True  # "نجم الأغنية العربية، الفنان التونسي صابر ...": a role whose name follows it names no one before it (people59)


def _arabic_name_before_role(text: str, lang: str, rx: re.Pattern, covered: set[int],
                             by_start: dict[int, Mention], forward: set[int] | frozenset[int] = frozenset()) -> list[Candidate]:
    """"سرگئی لاوروف، وزیر امور خارجه روسیه": a name right before a comma and a role word that a
    country follows (or a party leader's title: "تو لام، دبیرکل"); not before a role of ``forward``, whose
    name was read after it."""
    out = []
    stop = AR_STOP if lang == "ar" else FA_STOP
    for m in rx.finditer(text):
        if m.start() in forward:
            continue
        code = _role_code(lang, m.group(1))
        _, country = _skip_mentions(text, m.end(1), by_start, lang)
        if country is None and lang == "fa":
            country = _fa_role_country(text, m.end(1), by_start)
        bare_comma = False  # "جان نگروپونته، رئیس سازمان ...": a two-word name set off before a role with no country
        if country is None and code != "party_leader" and not (
                lang == "fa" and code not in (None, "person") and _fa_this_country(text, m.end(1))):
            if lang == "ar" and code not in (None, "person"):
                found = _ar_speaker_before_role(text, m.start(), covered - _place_positions(by_start))
                if found is not None:
                    out.append(Candidate(found[0], found[1], text[found[0]:found[1]], code, None, None))
                continue
            if lang != "fa" or code in (None, "person"):
                continue
            bare_comma = True
        role_start = _fa_title_before(text, m.start()) if lang == "fa" else _ar_qualifier_before(text, m.start())
        qualified = lang == "ar" and role_start != m.start()
        k = role_start - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        if k >= 1 and text[k] in "،," and lang == "fa":
            k2 = k - 1
            while k2 >= 0 and text[k2] == " ":
                k2 -= 1
            quoted = k2 >= 1 and text[k2] in _FA_CLOSE_QUOTES
            k = k2 if quoted else k
        else:
            quoted = lang == "fa" and k >= 1 and text[k] in _FA_CLOSE_QUOTES
        if bare_comma and (quoted or k < 1 or text[k] not in "،,"):
            if not quoted and (bare := _fa_name_right_before(text, m.start(), stop, covered - _place_positions(by_start))):
                out.append(Candidate(bare[0], bare[1], text[bare[0]:bare[1]], code, None, None))
            continue  # (a role with no country: only two or three name words set off right before it)
        if k < 1 or text[k] not in "،," and not quoted:
            if lang == "ar" and (found := _ar_name_after_complementizer(text, role_start, covered - _place_positions(by_start))):
                out.append(Candidate(found[0], found[1], text[found[0]:found[1]], code, country, None))
                continue
            if lang == "fa" and code not in (None, "person"):
                bare = _fa_name_right_before(text, m.start(), stop, covered - _place_positions(by_start))
                if bare is not None:
                    out.append(Candidate(bare[0], bare[1], text[bare[0]:bare[1]], code, country, None))
            continue
        if quoted:  # «نسرین برواری» وزیر خدمات عمومی عراق: the quoted words before a role and its country
            opening = max(text.rfind(q, max(0, k - 60), k) for q in _FA_OPEN_QUOTES)
            if opening < 0 or _after_title_noun(text, opening):
                continue
            words = list(re.finditer(r"[^\s،,.؛:()«»\"“”]+", text[opening + 1:k]))
            base = opening + 1
            if not 1 <= len(words) <= 4 or not all(_is_name_token(match_text(w.group(0)), stop) for w in words):
                continue
            s, e = base + words[0].start(), base + words[-1].end()
            if not any(i in covered for i in range(s, e)):
                out.append(Candidate(s, e, text[s:e], code, country, None))
            continue
        if lang == "fa" and _fa_in_lead_head(text, k):
            continue  # به گزارش روز چهارشنبه سایت اینسایدر، سفیر ...: the lead's source, no name
        words = list(re.finditer(r"[^\s،,.؛:()]+", text[max(0, k - 60):k]))
        taken = []
        for w in reversed(words):
            if not _is_name_token(match_text(w.group(0)), stop) or len(taken) == 3 or \
                    taken and re.search(r"[،,.!?؟؛\n]", text[max(0, k - 60) + w.end():max(0, k - 60) + taken[0].start()]):
                break  # نشست، |کارلوس آلوارادو، وزیر ..., الإريتري، |جبريالوس الندسبرجس، وزير: a name does not run over a comma
                # (nor over a full stop or a line break: ندارد.\n\n|لن خودورکوفسکی، مشاور ...)
            taken.insert(0, w)
        while len(taken) > 2 and _title_word(taken[0].group(0), lang):
            taken = taken[1:]  # وقال |السفير| سامر حداد، سفير روسيا ...: a title before the name is no part of it
        if lang == "fa":  # خانه |وینستون چرچیل، نخست وزیر پیشین: the name starts at its given name
            first = next((i for i in range(1, len(taken) - 1) if people._is_given(taken[i].group(0), "fa")), None)
            if first is not None:
                taken = taken[first:]
        if qualified:  # X، |نائب| رئيس ...: only a name the Arabic reader takes whole (not وحضر الاجتماع، نائب ...)
            base = max(0, k - 60)
            while taken and _read_ar(text, base + taken[0].start()) != (base + taken[0].start(), base + taken[-1].end()):
                taken = taken[1:]
        if len(taken) >= 2:
            base = max(0, k - 60)
            s, e = base + taken[0].start(), base + taken[-1].end()
            if bare_comma and not (len(taken) == 2 and _FA_LEFT_EDGE.search(text[max(0, s - 20):s])
                                   and not any(match_text(w.group(0)) in _fa_not_before_role() for w in taken)
                                   and not (_STATE_RX.get("fa") or _ROLE_RX["fa"]).search(text, s, e)):
                continue
            if not any(i in covered for i in range(s, e)):
                out.append(Candidate(s, e, text[s:e], code, country, None))
    return out


_AR_COMPLEMENTIZERS = frozenset(match_text(w) for w in ["أن", "إن", "ان", "بأن", "لأن", "وأن", "وإن"])


def _ar_name_after_complementizer(text: str, role_start: int, covered: set[int]) -> tuple[int, int] | None:
    """"أن |جاريد كوشنر| مستشار الرئيس ...": right after a complementizer (أن, إن) a noun phrase opens the clause,
    so two or three words the Arabic reader takes whole that run up to the role word (one space between) are the
    name of the role's holder, though no comma sets them off."""
    gap = text[max(0, role_start - 1):role_start]
    if gap not in (" ", "\u00a0"):
        return None
    end = role_start - 1
    words = list(re.finditer(r"[^\s،,.؛:()«»\"“”!?؟]+", text[max(0, end - 60):end]))
    base = max(0, end - 60)
    for n in (2, 3):
        if len(words) <= n:
            break
        prev, first = words[-n - 1], words[-n]
        if match_text(prev.group(0)) not in _AR_COMPLEMENTIZERS or text[base + prev.end():base + first.start()].strip(" \u00a0"):
            continue
        s = base + first.start()
        if _read_ar(text, s) != (s, end) or any(i in covered for i in range(s, end)) or _ar_common_phrase(text[s:end]):
            return None
        return s, end
    return None


def _ar_qualifier_before(text: str, start: int) -> int:
    """Where an Arabic role phrase starts when a deputy's, assistant's or adviser's word stands right before its
    role word (X، |نائب| رئيس الوزراء الإيطالي, X، |مستشار| الرئيس الأمريكي: roles.json role_qualifiers): the
    start of that word, else ``start``."""
    m = re.search(r"([^\s،,.؛:()«»\"]+)[ \u00a0]+$", text[max(0, start - 20):start])
    if m is None or match_text(m.group(1)) not in _AR_ROLE_QUALIFIERS:
        return start
    return max(0, start - 20) + m.start(1)


def _title_word(word: str, lang: str) -> bool:
    """One word that is a title or a role word of its own (السفير, الشيخ, آقای, سرلشکر), no name word."""
    if match_text(word) in AR_SKIP:
        return True
    return any(rx is not None and rx.fullmatch(word) is not None for rx in (_ROLE_RX.get(lang), _STATE_RX.get(lang)))


@lru_cache(maxsize=1)
def _fa_title_before(text: str, start: int) -> int:
    """Where a Persian role phrase starts when a country-only title comes right before its role word
    (X، |مشاور| وزیر خارجه آمریکا، X، |معاون| وزیر ...): the start of that title, else ``start``."""
    state = _STATE_RX.get("fa")
    if state is None:
        return start
    for m in state.finditer(text, max(0, start - 20), start):
        if m.end(1) < start and not text[m.end(1):start].strip(" \u00a0\u200c") and \
                (m.start(1) == 0 or not text[m.start(1) - 1].isalpha()):
            return m.start(1)
    return start


def _ar_speech_verbs() -> frozenset[str]:
    return frozenset(match_text(w) for w in people.lexicon().get("bare_names", {}).get("ar", {}).get("speech_verbs", ()))


_AR_SPEAKER_GAP = re.compile(r"[ \u00a0]*[،,]?[ \u00a0]*$")


def _ar_speaker_before_role(text: str, role_start: int, covered: set[int]) -> tuple[int, int] | None:
    """"وقال رامي أبو فاعور، وزير الصحة ...", "أعلن عادل الكردي المتحدث باسم الجيش": the subject of a
    speech verb (data/roles.json bare_names ar speech_verbs), read as an Arabic name that runs up to
    the role word (at most a comma between), is the person of the role, though no country follows it."""
    gap = _AR_SPEAKER_GAP.search(text, max(0, role_start - 4), role_start)
    end = gap.start() if gap else role_start
    words = list(re.finditer(r"[^\s،,.؛:()«»\"“”!?؟]+", text[max(0, end - 60):end]))
    base = max(0, end - 60)
    for n in (2, 3, 4):  # the speech verb right before the name's first word
        if len(words) <= n:
            break
        verb, first = words[-n - 1], words[-n]
        if match_text(verb.group(0)) not in _ar_speech_verbs() or text[base + verb.end():base + first.start()].strip(" \u00a0"):
            continue
        s = base + first.start()
        read = _read_ar(text, s)
        if read is None or read[0] != s or read[1] != end or any(i in covered for i in range(s, end)) \
                or any(match_text(w.group(0)) in _bare_cues("ar")[2] for w in words[-n:]):
            return None  # not "وقال مصدر مسؤول، المتحدث ..."
        return s, end
    return None


_FA_LEFT_EDGE = re.compile(r"(?:^|[.،,:؛!?؟\n«»\"“”\-–—]|خبرگزار[یي] فارس:)[ \u00a0]*$")


@lru_cache(maxsize=1)
def _fa_not_before_role() -> frozenset[str]:
    return _FA_TIME | _fa_title_nouns() | frozenset(match_text(w) for w in ["فارس", "خبرگزاری", "ایرنا", "ایسنا", "مهر", "تسنیم"])


def _fa_in_lead_head(text: str, pos: int) -> bool:
    """``pos`` lies in the head of a lead clause, before its comma ("به گزارش روز چهارشنبه سایت اینسایدر|،")."""
    start = max(text.rfind(c, 0, pos) for c in ".!؟?\n:") + 1
    head = text[start:pos].strip()
    return bool(_FA_LEAD.match(head)) and "،" not in head and "," not in head


def _place_positions(by_start: dict[int, Mention]) -> set[int]:
    """The characters of place mentions: a small place of the gazetteer whose name is also a foreign given
    name (وودی) may be the start of a name read before a role ("وودی جانسون سفیر آمریکا")."""
    return {k for m in by_start.values() if m.kind == "place" for k in range(m.start, m.end)}


def _fa_name_right_before(text: str, role_start: int, stop: frozenset[str], covered: set[int]) -> tuple[int, int] | None:
    """"آلبرتو فوجیموری رئیس جمهور سابق پرو": two or three name words right before a role phrase
    that names a country, with no comma, when punctuation or the start of the text (or the
    agency's "خبرگزاری فارس:") comes right before them."""
    words = list(re.finditer(r"[^\s،,.؛:()«»\"“”!?؟\-–—]+", text[max(0, role_start - 60):role_start]))
    base = max(0, role_start - 60)
    for n in (2, 3):
        if len(words) < n:
            break
        taken = words[-n:]
        s, e = base + taken[0].start(), base + taken[-1].end()
        if text[e:role_start].strip(" \u00a0\u200c"):
            return None
        if not all(_is_name_token(match_text(w.group(0)), stop) and match_text(w.group(0)) not in _fa_not_before_role()
                   for w in taken) or any(i in covered for i in range(s, e)) or (_STATE_RX.get("fa") or _ROLE_RX["fa"]).search(text, s, e):
            return None
        if not people._is_given(taken[0].group(0), "fa") and any(people._is_given(w.group(0), "fa") for w in taken[1:]):
            return None  # "قال غلامرضا شافعی": the name starts at the given name (given_name_spans); not
            # "گوستاو پترو رئیس جمهور کلمبیا", a given name first and a surname that is a given name too
        if (_FA_LEFT_EDGE.search(text[max(0, s - 20):s]) or n == 2 and _FA_IN_THIS.search(text[max(0, s - 30):s])) \
                and not re.search(r"\d", text[s:e]):
            return s, e
    return None


# "در این بازدید |هوشنگ فاضلی| استاندار ...": the opening "in this visit/meeting" ends right before a two-word name
_FA_IN_THIS = re.compile(r"(?:^|[\s.،,:؛])در[ \u00a0]+(?:[اآ][یي]ن|آن)[ \u00a0]+[^\s،,.؛:()«»\"“”!?؟\d]+[ \u00a0]+$")


_FA_LIST_EDGE = re.compile(r"(?:^|[.،,:؛!?؟\n«»\"“”])[ \u00a0]*$")  # not "و": سیاسی و |امنیتی فرماندار


def _fa_surname_before_role(text: str, covered: set[int]) -> list[Candidate]:
    """One word of a surname's shape between a clause or list edge (punctuation, the start) and a
    role word ("، مطهری‌زاده نماینده اهواز", "فراتینی وزیر خارجه ایتالیا"): a person named by
    surname and role, as Persian lists of officials do."""
    rx = _STATE_RX.get("fa")
    if rx is None:
        return []
    _, _, stop = _bare_cues("fa")
    out = []
    for m in rx.finditer(text):
        code = _STATE_CODE["fa"].get(match_text(m.group(1)))
        if code in (None, "person") or m.start(1) != m.start():
            continue  # a clitic before the role (برای, ب...) is no list
        word = _FA_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if word is None:
            continue
        s, e = word.span(1)
        if not _fa_surname_shape(text[s:e]) or not _FA_LIST_EDGE.search(text, max(0, s - 6), s) \
                or not _bare_ok(text, s, e, "fa", stop, covered) or match_text(text[s:e]) in _fa_not_before_role():
            continue
        if _fa_full_name_elsewhere(text, text[s:e]):
            continue  # the surname of a person named in full: one entity, found by surname_mentions
        out.append(Candidate(s, e, text[s:e], code, None, None))
        covered.update(range(s, e))
    return out


def _fa_full_name_elsewhere(text: str, surname: str) -> bool:
    body = "".join(_ar_char(c) for c in surname)
    return any(people._is_given(w.group(1), "fa") for w in re.finditer(rf"(\S+)[ \u00a0]+{body}(?!\w)", text))


_FA_CLOSE_QUOTES = "»\"”"
_FA_OPEN_QUOTES = "«\"“"
FA_ROLE_COUNTRY_CHARS = 30  # "وزیر خدمات عمومی عراق": the country ends the role phrase within this many characters


@lru_cache(maxsize=1)
def _fa_title_nouns() -> frozenset[str]:
    return frozenset(match_text(w) for w in people.lexicon().get("name_stop_words", {}).get("fa_title_nouns", ()))


def _after_title_noun(text: str, opening: int) -> bool:
    """A quote right after an outlet, party or programme noun (خبرگزاری «اسپوتنیک»): a title, not a person."""
    before = re.findall(r"[^\s«»\"“”]+", text[max(0, opening - 20):opening])
    return bool(before) and match_text(before[-1]) in _fa_title_nouns()


def _fa_name_after_role_phrase(text: str, end: int, by_start: dict[int, Mention]
                               ) -> tuple[tuple[int, int] | None, str | None]:
    """A name set off by commas right after a Persian role phrase that ends with its country
    (سخنگوی وزارت خارجه چین، مائو نینگ، گفت): the name and the country, else (None, None)."""
    for j in range(end, min(len(text), end + FA_ROLE_COUNTRY_CHARS)):
        if text[j] in "،,.؛:()«»\"\n":
            return None, None
        c = by_start.get(j)
        if c is None or j and text[j - 1].isalpha():
            continue
        if c.kind != "country":
            return None, None
        after = c.end
        while after < len(text) and text[after].isalpha():  # the rest of a demonym: چینی
            after += 1
        comma = re.compile(r"[ \u00a0]*[،,][ \u00a0]*").match(text, after)
        if comma is None:
            return None, None
        found = _read_fa(text, comma.end())
        if found is None or not re.match(r"[ \u00a0]*[،,]", text[found[1]:]):
            return None, None
        return found, c.iso3
    return None, None


def _fa_name_after_complement(text: str, end: int, by_start: dict[int, Mention]
                              ) -> tuple[tuple[int, int], str | None] | None:
    """A name right after a Persian role phrase whose complement ends with a country, a capital that
    stands for its government or an organisation, within 30 characters and no punctuation
    (سخنگوی وزارت خارجه آمریکا |جان کربی|, سخنگوی کاخ سفید |جاش ارنست|, سفیر جدید ژاپن در تهران
    |کازوتوشی آیکاوا|): the name span and the country (None for an organisation of no state). The
    words before the mention are no given name (سفیر |حسن کاظمی قمی| در عراق: the name came first)
    nor a clause word (در, به, با)."""
    for j in range(end, min(len(text), end + FA_ROLE_COUNTRY_CHARS)):
        if text[j] in "،,.؛:()«»\"\n":
            return None
        c = by_start.get(j)
        if c is None or j and text[j - 1].isalpha():
            continue
        if not (c.kind in ("country", "org") or c.kind == "place" and c.form == "capital"):
            return None
        between = re.findall(r"[^\s\u00a0]+", text[end:j])
        if any(people._is_given(w, "fa") or match_text(w) in _FA_CLAUSE_WORDS for w in between):
            return None
        pos, country = _skip_mentions(text, j, by_start, "fa")
        found = _read_fa(text, pos)
        if found is None or any(_FA_PLURAL_WORD.search(w) for w in text[found[0]:found[1]].split()):
            return None  # وزیر امور خارجه دولت کوبا |ادعاهای کشورهای| صنعتی: nouns, no name
        return found, country or c.iso3
    return None


def _fa_role_country(text: str, end: int, by_start: dict[int, Mention]) -> str | None:
    """The country that ends a Persian role phrase a few words after the role word ("وزیر خدمات عمومی
    عراق", "سفیر جمهوری اسلامی ایران"), with no punctuation between."""
    for j in range(end, min(len(text), end + FA_ROLE_COUNTRY_CHARS)):
        if text[j] in "،,.؛:()«»\"\n":
            return None
        if j and text[j - 1] in " \u00a0" and _fa_clause_word_at(text, j):
            return None  # سخنگوی وزارت خارجه |گفت که آمریکا ...: the phrase ended at the verb; the country is what he said
        m = by_start.get(j)
        if m is not None and (j == 0 or not text[j - 1].isalpha()):
            return m.iso3 if m.kind == "country" else None
    return None


@lru_cache(maxsize=1)
def _fa_clause_words() -> frozenset[str]:
    verbs = people.lexicon().get("bare_names", {}).get("fa", {}).get("speech_verbs", [])
    return frozenset(match_text(v.split()[0]) for v in verbs) | frozenset(["که"])


_FA_CLAUSE_WORD = re.compile(r"[^\s\u200c،,.؛:()«»\"]+")


def _fa_clause_word_at(text: str, j: int) -> bool:
    """A speech verb's first word (گفت, افزود, اعلام ...), که or a verb in می‌ starts at ``j``."""
    w = _FA_CLAUSE_WORD.match(text, j)
    return w is not None and (match_text(w.group(0)) in _fa_clause_words() or bool(_FA_VERB.match(text, j)))


_FA_THIS_COUNTRY = re.compile(r"[ \u00a0]+(?:[^\s،,.؛:()«»\"\n]+[ \u00a0]+){0,3}?(?:این|آن)[ \u00a0]+کشور(?![\w\u200c])")


def _fa_this_country(text: str, end: int) -> bool:
    """The role phrase names a country by "this country" ("«راب مک ایر» سفیر این کشور در تهران",
    "وزیر خارجه این کشور"): it serves a state, which one the sentence before says."""
    m = _FA_THIS_COUNTRY.match(text, end)
    return m is not None and m.end() - end <= FA_ROLE_COUNTRY_CHARS


def _fa_role_this_country(text: str, end: int) -> bool:
    """Right after a name, a role phrase of "this country" (X» سفیر این کشور): a foreigner as often as
    not, so no home country for them."""
    pos = end
    while pos < len(text) and text[pos] in " \u00a0\u200c»\"”،,":
        pos += 1
    role = (_STATE_RX.get("fa") or _ROLE_RX["fa"]).match(text, pos)
    return role is not None and _fa_this_country(text, role.end(1))


@lru_cache(maxsize=1)
def _seat_countries(lang: str = "fa") -> dict[str, str]:
    return {k: v for k, v in actors_data().get("seat_countries", {}).get(lang, {}).items() if not k.startswith("_")}


_FA_ROLE_LEAD = re.compile(r"[ \u00a0\u200c»\"”،,]*(?:از[ \u00a0]+)?")


SEAT_FIRST = True  # a learned name's role phrase naming a seat (طالبان, the White House) gives its country first (people48)


def _candidate_seat(text: str, lang: str | None, cand: Candidate) -> str | None:
    """The country a seat of government (actors.json ``seat_countries``) in the candidate's role phrase names:
    Persian, the apposition after the name; every language, the clause before it or the apposition after."""
    lang = (lang or "").split("-")[0]
    if lang == "fa" and (code := _fa_seat_country(text, cand.end)):
        return code
    probe = Mention(start=cand.start, end=cand.end, text=text[cand.start:cand.end], entity="", kind="person", lang=lang)
    return _seat_in_role_phrase(text, lang, probe)


def _fa_seat_country(text: str, end: int) -> str | None:
    """The country a seat of government names in the role phrase right after a name ("الیزابت استیکنی،
    از سخنگویان کاخ سفید": USA; actors.json ``seat_countries``), within 30 characters of the role word,
    no punctuation between."""
    seats = _seat_countries()
    lead = _FA_ROLE_LEAD.match(text, end)
    role = (_STATE_RX.get("fa") or _ROLE_RX["fa"]).match(text, lead.end()) if lead else None
    if role is not None:
        at = role.end(1)
    elif lead is not None and "از" in text[end:lead.end()]:  # از سخنگویان کاخ سفید: one of the role's holders
        plural = re.compile(r"\S+(?:ان|ها)(?![\w\u200c])").match(text, lead.end())
        if plural is None or not (_STATE_RX.get("fa") or _ROLE_RX["fa"]).match(plural.group(0)[:-2] + " "):
            return None
        at = plural.end()
    else:
        return None
    span = text[at:at + FA_ROLE_COUNTRY_CHARS]
    span = re.split(r"[.،,:؛!?؟()«»\"\n]", span, maxsplit=1)[0]
    key = match_text(span)
    for seat, code in seats.items():
        if not seat.startswith("_") and match_text(seat) in key:
            return code
    return None


def _fa_this_country_referent(text: str, start: int, countries: list[Mention], home: str | None) -> str | None:
    """The country "this country" stands for in a role right after a name: the last country the
    sentence names before the name, passing over the home country when another is named
    ("وزارت خارجه انگلیس، ... سفیر ایران ... «راب مک ایر» سفیر این کشور": GBR)."""
    head = max(text.rfind(c, 0, start) for c in ".!؟?\n") + 1
    before = [c.iso3 for c in countries if head <= c.start < start and c.iso3]
    foreign = [c for c in before if c != home]
    return foreign[-1] if foreign else (before[-1] if before else None)


VI_SHORT_IN_DOC = True  # Vietnamese: one word shortening a name _bare found earlier in the document is that person
BARE_BEFORE_CUE = True  # Persian: a one-word name a cue finds (X گفت:) is that person at its earlier occurrences too (a headline before the body)


def _full_person(surname: str, full: list[tuple[str, str]], lang: str | None) -> str | None:
    """The one person of the document whose full name ``surname`` is the short form of (:func:`_short_of`):
    a title and a surname alone ("Mr Zarif", "President Erdogan", "السيد لافروف", "آقای ظریف", "ông Lavrov")
    name the person the document names in full, and take that person's country. None where no full name
    or where two people of the document share the surname (George Bush and Laura Bush)."""
    ids = {eid for name, eid in full if eid and _short_of(surname, name, lang)}
    return next(iter(ids)) if len(ids) == 1 else None


def _short_of(short: str, full: str, lang: str | None) -> bool:
    """``short`` is how a text calls the person ``full`` names: its last words (ظریف, Havlicek,
    ông Lên for Đặng Hữu Lên), or in Vietnamese also its first (bà Mạnh for Mạnh Vãn Chu)."""
    a, b = match_text(short).split(), match_text(full).split()
    if not a or len(a) >= len(b):
        return False
    return b[-len(a):] == a or lang in ("vi", "th") and b[:len(a)] == a


_NOT_NAME_AFTER = frozenset(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "I"])


def _political(text: str, lang: str) -> bool:
    """The document speaks of government: a government role word stands in it."""
    return any(code not in (None, "person", "journalist", "academic", "doctor", "lawyer")
               for _, _, code in _roles_in(text, lang, state=False))


HONORIFIC_NEEDS_COUNTRY = 1  # "Mr Brown's": a common surname after an honorific links only with the person's country named (people59)
ZH_SURNAME_NAMESAKE = True  # 布朗 alone is Gordon Brown only with Britain named beside one of its mentions (people59)
ZH_NAMESAKE_REACH = 30  # characters either side of the surname where the person's country supports the link
NAMESAKE_COMMON_SURNAME = True  # the namesake guard only for a common surname (data/namesakes.json)


@lru_cache(maxsize=1)
def _namesake_data() -> dict:
    """data/namesakes.json: common English surnames and the words of private trades."""
    import json
    from importlib.resources import files

    return json.loads((files("bilat") / "data" / "namesakes.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _common_surnames() -> frozenset[str]:
    return frozenset(fold_latin(n) for n in _namesake_data()["common_surnames"]["en"])


@lru_cache(maxsize=8)
def _trade_rx(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """The trade words of ``lang`` right before a name ('lawyer |X') and as its apposition ('X|, a lawyer')."""
    words = _namesake_data()["trades"].get(lang)
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    before = re.compile(rf"(?<![\w-])(?:{alts})s?[ \u00a0]+$", re.IGNORECASE)
    after = re.compile(rf"^,?[ \u00a0]+(?:\d+,[ \u00a0]+)?(?:an?|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:{alts})\b", re.IGNORECASE)
    return before, after


def _common_surname(name: str) -> bool:
    """The last word of a Latin name is a surname thousands share (Thompson, Howard)."""
    words = name.split()
    return len(words) >= 2 and fold_latin(words[-1].rstrip(".,")) in _common_surnames()


def _beside_other_trade(text: str, lang: str, m: Mention) -> bool:
    """A word of a private trade right before the person or as its apposition ('lawyer Justin Trudeau',
    'Justin Trudeau, a lawyer'; a role of the lexicon coded journalist, academic, doctor or lawyer in the
    languages that have them): the person is no leader."""
    rx = _trade_rx(lang)
    if rx is not None and (rx[0].search(text[max(0, m.start - 40):m.start]) or rx[1].search(text[m.end:m.end + 60])):
        return True
    lo, hi = max(0, m.start - 40), min(len(text), m.end + 40)
    for a, b, code in ((lo + a, lo + b, code) for a, b, code in _roles_in(text[lo:hi], lang, state=False)):
        if code not in ("journalist", "academic", "doctor", "lawyer"):
            continue
        if b <= m.start and not text[b:m.start].strip(" \u00a0«\"“,:") or a >= m.end and not text[m.end:a].strip(" \u00a0»\"”,"):
            return True
    return False


def _capitalised_after(text: str, end: int, ent: Entity) -> bool:
    """A capitalised word right after a Latin name that is none of the person's own name words."""
    nxt = re.match(r"[ \u00a0]([A-Z][a-z]+)\b", text[end:end + 30])
    if nxt is None or nxt.group(1) in _NOT_NAME_AFTER:
        return False
    own = {t for vs in ent.names.values() for v in vs for t in token_key(v)} | token_key(ent.name)
    return fold_latin(nxt.group(1)) not in own


def _iso_of(e: Entity) -> str | None:
    return e.iso3 or e.country


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    seen, out = set(), []
    for c in cands:
        if (c.start, c.end) not in seen:
            seen.add((c.start, c.end))
            out.append(c)
    return out


# --- one word named as a person: an honorific before it, or the subject of a speech verb ----------

# a word, with the name endings Persian joins by a ZWNJ (عنایت‌اله, خامنه‌ای, ملکی‌تبار)
_FA_LETTERS = r"[^\s\u200c،,.؛:()\[\]«»\"“”!؟?0-9۰-۹٠-٩]"
# a word of three letters or more joined by a ZWNJ to another (تخت‌روانچی, موسوی‌لاری, هاشمی‌طبا): one compound
# word, the family name whole; not a verb's prefix (نمی‌شود) nor a plural, comparative or pronoun ending (کشور‌های)
_FA_ZWNJ_COMPOUND = (rf"(?!ن?می\u200c){_FA_LETTERS}{{3,}}(?:\u200c(?!(?:ها|های|هایی|هایش|ترین|تری|شان|مان|تان)"
                     rf"(?!{_FA_LETTERS})){_FA_LETTERS}{{3,}}(?!{_FA_LETTERS}))+")
_TOKEN = rf"(?:{_FA_ZWNJ_COMPOUND}|{_FA_LETTERS}{{2,}})(?:(?:\u200c(?:الله|اله|ای|اي|زاده|پور|نژاد|نیا|تبار|ال[دذ][یي]ن[یي]?|آباد[یي])|[ \u00a0](?:زاده|پور|نژاد|ال[دذ][یي]ن[یي]?)(?![ \u00a0]+ش[دو]))(?![^\s\u200c،,.؛:]))*"
_SPACE_TOKEN = re.compile(rf"[ \u00a0]+({_TOKEN})")  # the next word of a name run, after its space
# the spaced ending too (نعمت زاده, احمدی نژاد), not the verb (زاده شد: was born)
_FA_WORD_BEFORE = re.compile(rf"({_TOKEN})[ \u00a0]+$")  # the name-shaped word right before a position
_VI_SYL = r"[A-ZÀ-ÖØ-ÞĐƠƯẠ-Ỹ][a-zà-öø-ÿđơưạ-ỹ]*"
# a foreign name with an apostrophe after a capital (ông O'Brien, bà D’Souza) is one word, not "O"
_VI_SYL_APOS = rf"{_VI_SYL}(?:['’][A-Z][a-z]+)?"
_VI_HONORIFIC = re.compile(rf"(?<![\w])(ông|bà|Ông|Bà)[ \u00a0]+({_VI_SYL_APOS}(?:[ \u00a0]{_VI_SYL_APOS}){{0,3}})(?![\w])")
_VI_BYLINE = re.compile(rf"(?m)^(?:Theo[ \u00a0]+)?({_VI_SYL}(?:[ \u00a0]{_VI_SYL}){{1,2}})(?=Theo[ \u00a0]|[ \u00a0]*$)")


@lru_cache(maxsize=8)
def _bare_cues(lang: str) -> tuple[re.Pattern | None, re.Pattern | None, frozenset[str]]:
    """(honorific regex, speech regex, words that are no name) from data/roles.json ``bare_names``."""
    cues = people.lexicon().get("bare_names", {}).get(lang)
    if not cues or lang not in ("fa", "ar"):
        return None, None, frozenset()
    hon = spk = None
    if cues.get("honorifics"):
        hon = re.compile(rf"(?<!\w)(?:{_ar_alternation(cues['honorifics'])})[ \u00a0\u200c]+")
    verbs = _ar_alternation(cues.get("speech_verbs", []))
    if lang == "fa" and verbs:  # "ظریف گفت:", "وارسته با اشاره به ...، خاطرنشان کرد:" at a sentence's start
        spk = re.compile(rf"(?:^|(?<=[.!؟?\n:»،])[ \u00a0]*\u200c?)({_TOKEN})(?=[ \u00a0]+(?:[^.!؟?\n:«»]{{0,160}}?[،,][ \u00a0]*)?"
                         rf"(?:{verbs})(?:[ \u00a0]*[:،]|[ \u00a0]+(?:که|:)))")
    elif lang == "ar" and verbs:  # "وقال يعلون: ...", "وقال رودريجيز للصحفيين إن"
        spk = re.compile(rf"(?<!\w)(?:{verbs})[ \u00a0]+({_TOKEN})(?=[ \u00a0]*[:،,]|[ \u00a0]+(?:إن|ان|أن|إنه|انه|في|خلال|ل\w+))")
    stop = frozenset(match_text(w) for w in cues.get("not_names", [])) | (FA_STOP if lang == "fa" else AR_STOP)
    return hon, spk, stop


_FA_PLURAL_WORD = re.compile(r"(?:[^\sا]{2}\u200c?ها|[^\s]{2}\u200c?ها[یيی])$")  # کشورها, ادعاهای; not طاها
_FA_PLURAL = re.compile(r"[^\sا]{2}\u200c?ها$")  # دلها, دل‌ها; not طاها (Taha)


def _bare_ok(text: str, s: int, e: int, lang: str, stop: frozenset[str], covered: set[int], whole: bool = False) -> bool:
    """One word that can be a surname: no stop word, pronoun or common noun of the cues, no role
    word, no known mention, and no given name alone ("وقال محمد إن"; ``whole``: a full name starts
    with it)."""
    tok = match_text(text[s:e])
    if tok in stop or tok in AR_SKIP or any(k in covered for k in range(s, e)) or len(tok) < 3:
        return False
    if not whole and (people._is_given(text[s:e], lang) or lang == "fa" and tok.endswith(("الله", "اله"))):
        return False  # a given name alone (نورالله غلامیان: the surname follows)
    if lang == "ar" and (tok.startswith(("ال", "لل")) or text[s:e].endswith(("ًا", "اً", "ً", "ة"))):
        return False  # a noun with the article, an accusative, a feminine noun: not a surname
    if lang == "fa" and (tok.startswith(("می", "نمی", "ب")) and len(tok) > 4 and tok.endswith(("د", "ند", "یم", "ید"))):
        return False  # a verb (می‌گوید, بگوید)
    if lang == "fa" and _FA_PLURAL.search(text[s:e]):
        return False  # a plural noun, its ZWNJ lost or kept (سردار دلها 'the commander of hearts')
    if lang == "fa" and tok in _fa_honorific_words() and not people._is_given(text[s:e], lang):
        return False  # حجت‌الاسلام, آیت‌الله: a title read as one word, the name after it
    rx = _ROLE_RX.get(lang)
    return not (rx is not None and rx.match(text, s))


_TH_GIVEN = re.compile(r"[ \u00a0]?([\u0e01-\u0e2e\u0e30-\u0e4e]{2,25})(?=[\s,.()\"]|$)")


def _th_glued_given(text: str, pos: int, givens: Sequence[str]) -> tuple[int, int] | None:
    """รัฐมนตรีกอบศักดิ์กล่าวว่า: right after a title, with no space on either side, the given name of
    a person the document names in full (กอบศักดิ์ ภูตระกูล), ending where the words of the run end."""
    pos += text.startswith((" ", "\u00a0"), pos)
    for given in givens:  # longest first
        if len(given) >= 3 and text.startswith(given, pos):
            cut, ends = 0, set()
            for w in _th_words(text[pos:pos + len(given) + 20]):
                cut += len(w)
                ends.add(cut)
            if len(given) in ends or not _TH_LETTER.match(text, pos + len(given)):
                return pos, pos + len(given)
    return None


_TH_LETTER = re.compile(r"[\u0e01-\u0e4e]")
_FA_LEAD = re.compile(r"(?:به[ \u00a0]+گزارش|به[ \u00a0]+نقل[ \u00a0]+از)")


def _after_lead(text: str, pos: int) -> bool:
    """``pos`` follows the one comma of a Persian lead clause ("به گزارش فارس از بندرعباس، X گفت")."""
    start = max(text.rfind(c, 0, pos) for c in ".!؟?\n:") + 1
    head = text[start:pos].strip()
    return bool(_FA_LEAD.match(head)) and head.count("،") == 1


def bare_name_candidates(text: str, lang: str | None, mentions: list[Mention],
                         surnames: frozenset[str] = frozenset()) -> list[Candidate]:
    """People named by one word, which no given name nor role apposition finds: after an honorific
    (آقای عزیزی, سردار سلامی, ông Lên, bà Mạnh Vãn Chu), as the subject of a speech verb at a
    sentence's start (Persian: "وارسته گفت:", Arabic: "وقال يعلون:"), and Vietnamese bylines (a
    line of two or three capitalised syllables at the article's end: "Minh Phương")."""
    covered = {k for m in mentions for k in range(m.start, m.end)}
    out: list[Candidate] = []
    if lang == "vi":
        for m in _VI_HONORIFIC.finditer(text):
            if m.group(1)[0].isupper() and m.start() > 0 and not re.search(r"[.!?\n\"“:]\s*$", text[max(0, m.start() - 3):m.start()]):
                continue  # "Bà Rịa": a capitalised honorific inside a sentence is part of a place name
            s, e = m.span(2)
            if any(k in covered for k in range(s, e)) or m.group(2).lower() in VI_PLACES:
                continue
            # ông ấy, bà ấy ('he', 'she'), ông Lên ấy: _VI_SYL's Ạ-Ỹ range holds lower-case letters too
            words = re.split(r"[ \u00a0]", m.group(2))
            upper = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
            if upper == 0:
                continue
            e = s + len(" ".join(words[:upper]))
            out.append(Candidate(s, e, text[s:e], "person"))
        tail = max(0, len(text) - 200)
        for m in _VI_BYLINE.finditer(text, tail):
            s, e = m.span(1)
            line_start = text[max(0, s - 1):s] in ("", "\n") or text[s - 5:s].startswith("Theo")
            if line_start and not any(k in covered for k in range(s, e)) and m.group(1).lower() not in VI_PLACES \
                    and not m.group(1).startswith("Theo"):
                home = "VNM" if _VI_LETTERS.search(m.group(1)) else None  # a Vietnamese name signs for a Vietnamese outlet
                out.append(Candidate(s, e, m.group(1), "journalist", home))
        return out
    if lang == "th":  # พล.อ.ประยุทธ์ กล่าวว่า: a title and the given name of a person named in full before
        rx = _STATE_RX.get("th") or _ROLE_RX.get("th")  # (รัฐมนตรี|กอบศักดิ์: a country role too)
        givens = sorted({m.text.split()[0] for m in mentions if m.kind == "person" and len(m.text.split()) >= 2
                         and _THAI_NAME.fullmatch(m.text)}, key=len, reverse=True)
        for m in rx.finditer(text) if rx is not None else ():
            name = _TH_GIVEN.match(text, m.end(1)) if _role_code("th", m.group(1)) in ("person", "general") else None
            span = name.span(1) if name else _th_glued_given(text, m.end(1), givens)
            if span and not any(k in covered for k in range(*span)):
                out.append(Candidate(span[0], span[1], text[span[0]:span[1]], "person", short_only=True))
        return out
    if lang not in ("fa", "ar"):
        return out
    hon, spk, stop = _bare_cues(lang)
    by_start = {_word_start(text, m.start): m for m in mentions}
    spans: list[tuple[int, int]] = []
    if hon is not None:
        for m in hon.finditer(text):
            pos, _ = _skip_mentions(text, m.end(), by_start, lang)
            tok = re.compile(_TOKEN).match(text, pos)
            if tok is None:
                continue
            s, e = tok.span()
            while match_text(text[s:e]) in AR_SKIP:  # آقای دکتر ظریف
                tok = re.compile(rf"[ \u00a0\u200c]+({_TOKEN})").match(text, e)
                if tok is None:
                    break
                s, e = tok.span(1)
            whole = read_name(text, s, lang) if people._is_given(text[s:e], lang) or \
                lang == "fa" and _fa_given_apart(text, s, e) else None
            surname = whole is not None and people._common_word_given(text, whole, lang)
            if surname:  # آقای سروش |نامه‌ای موهن: a given name that is a common word is the surname here
                whole = None
            if whole is not None:  # آقای محمدجواد ظریف: the reader takes the whole name
                s, e = whole[0], _arabic_name_end(text, whole[0], whole[1]) or e
            elif lang == "fa" and not _fa_surname_shape(text[s:e]):
                # حجت‌الاسلام ستار علیزاده, ناطق نوری: a first name the list lacks and a surname-shaped word
                nxt = _SPACE_TOKEN.match(text, e)
                if nxt and _fa_surname_shape(nxt.group(1)) and match_text(nxt.group(1)) not in stop and \
                        not any(k in covered for k in range(*nxt.span(1))) and \
                        not (_STATE_RX.get("fa") or _ROLE_RX["fa"]).match(text, nxt.start(1)):
                    e, whole = nxt.end(1), (s, nxt.end(1))
            elif lang == "fa" and (nxt := re.compile(rf"[ \u00a0]+\u200c?({_TOKEN})").match(text, e)) and \
                    _fa_surname_shape(nxt.group(1)) and _fa_surname_shape(text[s:e]) and \
                    not people._is_given(nxt.group(1), "fa") and _bare_ok(text, *nxt.span(1), lang, stop, covered) and \
                    _fa_name_closes(text, nxt.end(1)):
                # آیت‌الله جوادی آملی, آقای مکارم شیرازی: a surname of two words, the second a nisba
                e, whole = nxt.end(1), (s, nxt.end(1))
            elif lang == "fa" and match_text(text[s:e]).endswith(("الله", "اله")):
                # آقای عنایت‌اله ملکی‌تبار: a given name of -الله and the surname after it
                nxt = _SPACE_TOKEN.match(text, e)
                if nxt and _is_name_token(match_text(nxt.group(1)), FA_STOP) and \
                        not (_STATE_RX.get("fa") or _ROLE_RX["fa"]).match(text, nxt.start(1)):
                    e, whole = nxt.end(1), (s, nxt.end(1))
            if lang == "fa" and not _fa_weak_honorific_ok(text, m, s, e, whole is not None or
                                                          FA_WEAK_HONORIFIC_KNOWN and match_text(text[s:e]) in surnames):
                continue
            if _bare_ok(text, s, s + len(text[s:e].split()[0]), lang, stop, covered, whole is not None or surname):
                spans.append((s, e))
    if spk is not None:
        for m in spk.finditer(text):
            s, e = m.span(1)
            if lang == "fa" and text[:s].rstrip(" \u00a0").endswith("،") and not _after_lead(text, s):
                continue
            # (a listed Western given name alone after the verb is the speaker: وأضافت بريجيت إن)
            if _bare_ok(text, s, e, lang, stop, covered, lang == "ar" and people.western_given(text[s:e], lang)):
                spans.append((s, e))
    if lang == "ar":
        spans += _ar_after_doer_noun(text, stop, covered, surnames)
        spans += _ar_speaker_full_names(text, stop, covered, _person_last_words(mentions))
        spans += _ar_named_by_cue(text, stop, covered)
        royal = _ar_royal_given(text, stop, covered) if AR_ROYAL_GIVEN else []
        for s, e in royal:
            out.append(Candidate(s, e, text[s:e], "royal", None))
            covered.update(range(s, e))
    if lang == "fa":
        spans += _fa_speaker_after_short_gap(text, stop, covered, surnames)
        if FA_HEADLINE_SPEAKER:
            spans += _fa_headline_speaker(text, stop, covered, surnames)
        spans += _fa_one_of_officials(text, stop, covered)
        spans += _fa_named_or_kunya(text, stop, covered)
        spans += _fa_after_doer_noun(text, stop, covered, surnames)
        spans += _fa_known_subject(text, stop, covered, surnames)
        spans += _fa_given_with_age(text, covered)
    listed: dict[tuple[int, int], str | None] = {}
    if lang == "fa":
        listed = _fa_apposition_list(text, mentions, stop, covered, by_start)
        listed.update(_fa_quoted_before_role(text, stop, covered, by_start))
        if FA_QUOTED_FROM_COUNTRY:
            listed.update(_fa_quoted_from_country(text, stop, covered, by_start))
        for b in _FA_BYLINE.finditer(text):  # ژیار گل گزارش می‌دهد.: a reporter's byline
            words = b.group(1).split()
            if not any(k in covered for k in range(*b.span(1))) and \
                    all(_is_name_token(match_text(w), stop) and match_text(w) not in _fa_not_before_role() for w in words):
                listed[b.span(1)] = None
        spans += list(listed)
        spans += _fa_surname_list(text, mentions, stop, covered, surnames)
        spans += _fa_lead_full_names(text, spans, stop, covered)
    for s, e in sorted(set(spans)):
        if not any(k in covered for k in range(s, e)):
            out.append(Candidate(s, e, text[s:e], "person", listed.get((s, e))))
            covered.update(range(s, e))
    return out


@lru_cache(maxsize=1)
def _fa_short_gap_speaker_rx() -> re.Pattern | None:
    """A word at a sentence's start, one to four words with no comma, then a speech verb and a colon or که
    ("کامرانی در پایان افزود:", "کامرانی با اشاره به تحریم‌ها گفت:")."""
    verbs = people.lexicon().get("bare_names", {}).get("fa", {}).get("speech_verbs", [])
    if not verbs:
        return None
    alts = _ar_alternation(verbs)
    return re.compile(rf"(?:^|(?<=[.!؟?\n]))[ \u00a0]*\u200c?({_TOKEN})((?:[ \u00a0]+[^\s.!؟?\n:،,؛«»\"“”()]+){{1,4}}?)"
                      rf"[ \u00a0]+(?:{alts})(?:[ \u00a0]*:|[ \u00a0]+که(?![\w\u200c]))")


def _fa_speaker_after_short_gap(text: str, stop: frozenset[str], covered: set[int],
                                surnames: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The one word of a family name's shape, or a gazetteer person's family name (``surnames``: اسد), that
    opens a sentence whose speech verb follows within four words, no comma between (the comma form is the
    speech cue of :func:`_bare_cues`)."""
    rx = _fa_short_gap_speaker_rx()
    out = []
    for m in rx.finditer(text) if rx is not None else ():
        s, e = m.span(1)
        gap = m.group(2).split()
        known = match_text(m.group(1)) in surnames
        if not (known or _fa_surname_shape(m.group(1))) or not _bare_ok(text, s, e, "fa", stop, covered, whole=known) \
                or any(_FA_VERB.match(w) or _fa_light_verb(match_text(w)) for w in gap) or text[e:e + 1] == "\u200c":
            continue
        out.append((s, e))
    return out


FA_HEADLINE_SPEAKER = True  # "- خرازی: اعتمادسازی ... امری دو طرفه است": a headline's speaker before its colon

_FA_JOINED_SURNAME_ENDS = frozenset(match_text(w) for w in ("زاده", "پور", "نیا", "نژاد", "فر", "فرد", "تبار", "وند", "راد", "منش"))
_FA_HEADLINE_SPEAKER = re.compile(rf"(?:^|(?<=\n))[ \u00a0]*(?:[-–—•*][ \u00a0]*)?({_TOKEN})(?:[ \u00a0]+({_TOKEN}))?[ \u00a0]*:(?!\d)")


def _fa_headline_speaker(text: str, stop: frozenset[str], covered: set[int],
                         surnames: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """A line (a headline, a list item after a dash) that opens with a family name, or a given name and a
    family name, and a colon: the speaker of what follows ("- همتی: ۳ شرکت بیمه وارد بازار می‌شود",
    "صفدر حسینی: سطح روابط ارتقا می‌یابد"). One word must be a gazetteer person's family name (``surnames``)
    or of a family name's shape with no joiner inside but before a family name's ending (کاشفی‌زاده, not
    نتیجه‌گیری:, the label of a paragraph); two words
    must be a listed given name and a name word."""
    out = []
    if ":" not in text:
        return out
    for m in _FA_HEADLINE_SPEAKER.finditer(text):
        first, second = m.group(1), m.group(2)
        if second is None:
            s, e = m.span(1)
            known = match_text(first) in surnames
            joined = "\u200c" in first and match_text(first.split("\u200c")[-1]) not in _FA_JOINED_SURNAME_ENDS
            if not (known or _fa_surname_shape(first) and not joined) \
                    or not _bare_ok(text, s, e, "fa", stop, covered, whole=known):
                continue
            out.append((s, e))
        else:
            s, e = m.start(1), m.end(2)
            if not people._is_given(first, "fa") or people._is_given(second, "fa") \
                    or not _is_name_token(match_text(second), stop) \
                    or not _bare_ok(text, *m.span(2), "fa", stop, covered, whole=True) \
                    or any(k in covered for k in range(s, e)):
                continue
            out.append((s, e))
    return out


@lru_cache(maxsize=1)
def _fa_named_heads() -> frozenset[str]:
    words = people.lexicon().get("bare_names", {}).get("fa", {}).get("named_heads", [])
    nouns = _person_nouns_fa()
    return frozenset(match_text(w) for w in words) | nouns


def _person_nouns_fa() -> frozenset[str]:
    """The Persian nouns for people of data/person_nouns.json (بازیکن, نماینده, شهروند, تبعه)."""

    data = read_json("person_nouns.json")
    return frozenset(match_text(w) for w in data.get("fa", {}).get("words", []))


def _fa_head_noun(word: str, heads: frozenset[str]) -> bool:
    """A noun for people, bare or indefinite (فرد, فردی, شهروندی, خبرنگاری)."""
    key = match_text(word)
    return key in heads or key.endswith("ی") and (key[:-1] in heads or key.endswith("ای") and key[:-2] in heads)


_FA_NAMED = re.compile(r"(?<![\w\u200c])(?:به[ \u00a0]+نام|موسوم[ \u00a0]+به)[ \u00a0]+")
_FA_KUNYA = re.compile(r"(?:^|(?<=[\s،,.:؛«»\"“”(]))ابو(?!ال)[^\s\u200c،,.؛:()«»\"“”!؟?0-9۰-۹]{2,}[ \u00a0]+ال")


def _fa_named_or_kunya(text: str, stop: frozenset[str], covered: set[int]) -> list[tuple[int, int]]:
    """"فردی به نام جان اسمیت", "مردی به نام رضا": the name after به نام or موسوم به ('named'), read as a full
    name or a given name alone (a given name that is a common word too: the cue says it is a name); and an
    Arabic kunya with its nisba (ابومهدی المهندس, ابوبکر البغدادی), read as a full name wherever it stands."""
    heads = _fa_named_heads()
    out = []
    for m in _FA_NAMED.finditer(text):
        before = re.findall(r"[^\s\u00a0،,.؛:()«»\"“”!؟?]+", text[max(0, m.start() - 40):m.start()])
        if not any(_fa_head_noun(w, heads) for w in before[-2:]):
            continue  # عملیاتی به نام طوفان الاقصی: a thing named, no person
        span = read_name(text, m.end(), "fa")
        if span is None:
            tok = re.compile(_TOKEN).match(text, m.end())
            if tok is None or not (people._is_given(tok.group(0), "fa") or people.foreign_given(tok.group(0), "fa")):
                continue
            span = tok.span()
        s, e = span
        if any(k in covered for k in range(s, e)) or match_text(text[s:e].split()[0]) in stop:
            continue
        out.append((s, e))
    for m in _FA_KUNYA.finditer(text):
        span = read_name(text, m.start(), "fa")
        if span is None or span[0] != m.start() or len(text[span[0]:span[1]].split()) < 2 \
                or any(k in covered for k in range(*span)):
            continue
        out.append(span)
    return out


_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
_FA_WORD = r"[^\s\u200c،,.؛:()\[\]«»\"“”!؟?0-9۰-۹٠-٩]{2,}"
_FA_DOER_CLOSE = (r"(?=[ \u00a0]*(?:[،,.:؛!?؟»)\n]|$)|[ \u00a0]+(?:از|به|با|در|را|و|که|برای|درباره|علیه|هم|نیز|پس)"
                  r"(?![\w\u200c]))")


@lru_cache(maxsize=1)
def _fa_doer_rx() -> tuple[re.Pattern | None, frozenset[str]]:
    cues = people.lexicon().get("bare_names", {}).get("fa", {})
    nouns = cues.get("doer_nouns", [])
    if not nouns:
        return None, frozenset()
    alts = "|".join("".join(_ar_char(c) if c != " " else "[ \u00a0]+" for c in w) for w in sorted(nouns, key=len, reverse=True))
    return (re.compile(rf"(?<![\w\u200c])(?:{alts})[ \u00a0]+({_FA_WORD}(?:\u200c{_FA_WORD})?){_FA_DOER_CLOSE}"),
            frozenset(match_text(w) for w in cues.get("doer_not_names", [])))


def _fa_strong_surname(word: str) -> bool:
    """A Persian family name by a shape no common word has: an ending زاده, پور, نژاد or تبار (یامین‌پور,
    علیزاده), or two nisbas joined by a ZWNJ (موسوی‌لاری, هاشمی‌رفسنجانی)."""
    key = match_text(word)
    parts = [match_text(p) for p in word.split("\u200c")]
    if len(key) >= 5 and key.endswith(("زاده", "پور", "نژاد", "تبار")):
        return True
    return len(parts) == 2 and all(len(p) >= 4 and p.endswith("ی") and not p.endswith(("ای", "های")) for p in parts)


def _fa_after_doer_noun(text: str, stop: frozenset[str], covered: set[int], surnames: frozenset[str]) -> list[tuple[int, int]]:
    """"استعفای عارف از", "سفر ظریف به", "براساس گفته یامین‌پور،": the one word after a noun of an act or a
    saying (data/roles.json bare_names fa doer_nouns), closed by a preposition, a conjunction or punctuation,
    is the one who acts when it is a known family name (``surnames``, from the gazetteer) or of a family
    name's strong shape (:func:`_fa_strong_surname`)."""
    rx, not_names = _fa_doer_rx()
    out = []
    for m in rx.finditer(text) if rx is not None else ():
        s, e = m.span(1)
        key = match_text(m.group(1))
        if key in not_names:
            continue
        known = key in surnames
        if (known or _fa_strong_surname(m.group(1))) and _bare_ok(text, s, e, "fa", stop, covered, whole=known):
            out.append((s, e))
    return out


_FA_SUBJECT = re.compile(
    r"(?:^|(?<=[.!؟?\n:«])|(?<=[.!؟?\n:«][ \u00a0])|(?<![\w\u200c])(?:که|وقتی|اما|ولی|چون|زیرا|اگر|سپس)[ \u00a0]+)"
    rf"[ \u00a0]*({_FA_WORD})[ \u00a0]+(?=(?:در|با|به|روز|امروز|دیروز|نیز|هم|پس|پیش|ضمن|طی|همچنین)[ \u00a0]+[^\s])")


def _fa_known_subject(text: str, stop: frozenset[str], covered: set[int], surnames: frozenset[str]) -> list[tuple[int, int]]:
    """"هنیه در دوحه با امیر قطر دیدار کرد", "وقتی حریری در ریاض ...": a gazetteer person's family name (``surnames``)
    that opens a sentence or a clause (after که, وقتی, اما ...) right before a preposition, a time word or نیز/هم
    is its subject, the one who acts; a common noun does not stand there bare (یک روحانی, این ظریف)."""
    common = _fa_common_family_names()
    out = []
    for m in _FA_SUBJECT.finditer(text):
        s, e = m.span(1)
        word = match_text(m.group(1))
        if word in surnames and text[e:e + 1] != "\u200c" and \
                _bare_ok(text, s, e, "fa", stop, covered, whole=True) and \
                (word not in common or _FA_SUBJECT_FIRM.match(text, m.end()) or _fa_object_known(text, m.end(), covered)):
            out.append((s, e))
    return out


# after a family name that is also a common word, only a time word makes it the subject who acts by itself
_FA_SUBJECT_FIRM = re.compile(r"(?:روز|امروز|دیروز)[ \u00a0]")
_FA_PREP = re.compile(r"(?:در|با|به|ضمن|طی)[ \u00a0]+")


def _fa_object_known(text: str, pos: int, covered: set[int]) -> bool:
    """The preposition at ``pos`` takes a known place, country or person (در دوحه, به آنکارا, با اردوغان)."""
    prep = _FA_PREP.match(text, pos)
    return prep is not None and prep.end() in covered


@lru_cache(maxsize=1)
def _fa_common_family_names() -> frozenset[str]:
    """data/roles.json ``family_names_common_words``: family names that are also Persian common words."""
    return frozenset(match_text(w) for w in people.lexicon().get("family_names_common_words", {}).get("fa", ()))


_AR_DOER_CLOSE = r"(?=[ \u00a0]*(?:[،,.:؛!?؟»)\n]|$)|[ \u00a0]+(?:إلى|الى|في|من|على|عن|مع|أن|إن|ان|بشأن|حول)(?!\w))"


@lru_cache(maxsize=1)
def _ar_doer_rx() -> re.Pattern | None:
    nouns = people.lexicon().get("bare_names", {}).get("ar", {}).get("doer_nouns", [])
    if not nouns:
        return None
    alts = _ar_alternation(nouns)
    return re.compile(rf"(?<!\w)(?:{alts})[ \u00a0]+([\u0621-\u064a]{{4,}}){_AR_DOER_CLOSE}")


def _ar_after_doer_noun(text: str, stop: frozenset[str], covered: set[int], surnames: frozenset[str]) -> list[tuple[int, int]]:
    """"زيارة ظريف إلى الكويت", "وبحسب عريقات، فإن": the one word after a noun of an act or a saying (data/roles.json
    bare_names ar doer_nouns), closed by a preposition, "that" or punctuation, is the one who acts when it is the
    family name of a person of the gazetteer (``surnames``)."""
    rx = _ar_doer_rx()
    masculine = _ar_masculine_doers()
    out = []
    for m in rx.finditer(text) if rx is not None else ():
        s, e = m.span(1)
        word = match_text(m.group(1))
        if _AR_FAIL.fullmatch(word) and match_text(m.group(0)[:s - m.start()].strip()) in masculine:
            continue  # "حديث شريف": a masculine noun and its adjective of the shape فعيل, no person
        if word in surnames and _bare_ok(text, s, e, "ar", stop, covered, whole=True):
            out.append((s, e))
    return out


@lru_cache(maxsize=1)
def _ar_named_cue_rx() -> re.Pattern | None:
    cues = people.lexicon().get("bare_names", {}).get("ar", {}).get("named_cues", [])
    if not cues:
        return None
    alts = _ar_alternation(set(cues))
    return re.compile(rf"(?<!\w)(?:{alts})[ \u00a0]+(ب)?(?=[^\s\u200c،,.؛:()«»\"“”])")


_AR_NOT_BEFORE_CUE = re.compile(r"(?<!\w)(?:ما|الذي|التي|الذين|والذي|والتي)[ \u00a0]+$")
_AR_KUNYA = frozenset(match_text(w) for w in ["أبو", "ابو", "أبي", "ابي", "أبا", "ذي", "ذو", "أم"])
_AR_NAME_WORD = re.compile(r"[^\s\u200c،,.؛:()«»\"“”!?؟0-9]+")
_AR_NEXT_NAME_WORD = re.compile(r"[ \u00a0]+([^\s\u200c،,.؛:()«»\"“”!?؟0-9]+)")  # the word after a kunya


AR_ROYAL_GIVEN = True  # Arabic: a ruler's or royal's title and a given name (الملك عبد الله, الشيخ تميم, السلطان هيثم)


@lru_cache(maxsize=1)
def _ar_royal_rx() -> re.Pattern | None:
    titles = people.lexicon().get("bare_names", {}).get("ar", {}).get("royal_titles", [])
    if not titles:
        return None
    return re.compile(rf"(?<!\w)(?:[وف]?[لب]?)(?:{_ar_alternation(titles)})[ \u00a0]+")


def _ar_royal_given(text: str, stop: frozenset[str], covered: set[int]) -> list[tuple[int, int]]:
    """A ruler's or a royal's title (data/roles.json bare_names ar ``royal_titles``: الملك, الأمير, الشيخ, السلطان)
    and a given name of the lists right after it (الملك |عبد الله|, الشيخ |تميم|, السلطان |هيثم|), or a whole Arabic
    name the reader takes there (الأمير |فيصل بن فرحان|): the person Gulf and Arab news name by title and given
    name. A country or any other known mention after the title (أمير |قطر|) is no name, and a whole name after it
    (الأمير فيصل بن فرحان) is left to the other readers."""
    rx = _ar_royal_rx()
    out = []
    for m in rx.finditer(text) if rx is not None else ():
        s = m.end()
        read = _read_ar(text, s)
        if read is not None and read[0] == s and len(text[read[0]:read[1]].split()) >= 2:
            continue  # الأمير سعود بن فيصل بن فهد: a whole name, the other readers' (a chain takes its house's country)
        first = _AR_NAME_WORD.match(text, s)
        if first is None or not people._is_given(first.group(0), "ar"):
            continue  # (a compound given name alone, عبد الله, is no name to learn: broken_chain)
        e = first.end()
        nxt = _AR_NEXT_NAME_WORD.match(text, e)
        if nxt is not None and match_text(nxt.group(1)) in AR_LINKS:
            continue  # الأمير سعود |بن فيصل ...: a chain, read whole by the other readers
        if _bare_ok(text, s, e, "ar", stop, covered, whole=True):
            out.append((s, e))
    return out


def _ar_named_by_cue(text: str, stop: frozenset[str], covered: set[int]) -> list[tuple[int, int]]:
    """"المدعو أبو الليث", "واسمه عبد اللطيف", "الملقب بأبي الليث", "المعتقل المسمى سفيان": the name right after
    a word that introduces a person by name or nickname (data/roles.json bare_names ar named_cues): a kunya
    (أبو, أبي, ذي and one word), an Arabic name the reader takes whole, or one listed given name; not after
    ما or a relative pronoun (ما يسمى بالبيعة, الذي يسمى بحر ألبوران: a thing's name)."""
    rx = _ar_named_cue_rx()
    out = []
    for m in rx.finditer(text) if rx is not None else ():
        if _AR_NOT_BEFORE_CUE.search(text, max(0, m.start() - 10), m.start()):
            continue
        s = m.end()
        first = _AR_NAME_WORD.match(text, s)
        if first is None:
            continue
        e = None
        if match_text(first.group(0)) in _AR_KUNYA:
            nxt = _AR_NEXT_NAME_WORD.match(text, first.end())
            if nxt is not None and match_text(nxt.group(1)) not in stop:
                e = nxt.end(1)
        elif (read := _read_ar(text, s)) is not None and read[0] == s:
            e = read[1]
        elif people._is_given(first.group(0), "ar"):
            e = first.end()
        # (علي in a text that writes the preposition على is Ali, no stop word: المسمى |علي| الحامل للجنسيتين)
        ali = first.group(0) == _ALI_KEY and _writes_ala(text)
        if e is None or any(k in covered for k in range(s, e)) or match_text(first.group(0)) in stop and not ali:
            continue
        out.append((s, e))
    return out


@lru_cache(maxsize=1)
def _ar_speaker_rx() -> re.Pattern | None:
    verbs = people.lexicon().get("bare_names", {}).get("ar", {}).get("speech_verbs", [])
    if not verbs:
        return None
    alts = _ar_alternation(verbs)
    return re.compile(rf"(?<!\w)(?:{alts})[ \u00a0]+(?=[^\s\u200c،,.؛:()«»\"“”])")


_AR_SPEAKER_CLOSE = re.compile(r"[ \u00a0]*[،,:(]|[ \u00a0]+(?:إن|ان|أن|إنه|انه|أنه|إنها|انها|أنها)(?!\w)")


def _person_last_words(mentions: list[Mention]) -> frozenset[str]:
    """The folded last word of each person the document names."""
    return frozenset(match_text(m.text.split()[-1]) for m in mentions if m.kind == "person" and m.text.split())


def _ar_speaker_full_names(text: str, stop: frozenset[str], covered: set[int],
                           surnames: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """"وقال جاريد كوشنر، مستشار ...", "وأكد تاج الدين الحسيني أن": a name of two or three words read
    right after a speech verb (data/roles.json bare_names ar speech_verbs) and closed by a comma, a colon,
    a bracket or "that" is the speaker, though no role word or listed given name marks it; not a noun for
    people (وقال مسؤول أمريكي، data/person_nouns.json) nor a word of the cues' not_names, nor a known
    family name (``surnames``) and the noun after it (أكد شكري |ضرورة| أن), nor a last word with ta marbuta."""
    from bilat.stages.quantities import person_noun

    rx = _ar_speaker_rx()
    out = []
    for m in rx.finditer(text) if rx is not None else ():
        s = m.end()
        read = _read_ar(text, s)
        if read is None or read[0] != s:
            continue
        e = read[1]
        words = text[s:e].split()
        if not 2 <= len(words) <= 3 or not _AR_SPEAKER_CLOSE.match(text, e) or any(k in covered for k in range(s, e)):
            continue
        keys = [match_text(w) for w in words]
        if keys[0] in surnames or words[-1].endswith("ة"):
            continue
        if any(k in stop or k in AR_SKIP or person_noun("ar", w) for k, w in zip(keys, words)):
            continue  # وقال مصدر مطلع، وأكد شهود عيان أن
        if (_ROLE_RX.get("ar") and _ROLE_RX["ar"].match(text, s)) or (_STATE_RX.get("ar") and _STATE_RX["ar"].match(text, s)):
            continue
        out.append((s, e))
    return out


_AR_FAIL = re.compile(r"[^\W\d_]{2}[يی][^\W\d_]")  # فعيل: شريف, سعيد, نبيل (match_text folds ي to ی)


@lru_cache(maxsize=1)
def _ar_masculine_doers() -> frozenset[str]:
    return frozenset(match_text(w) for w in people.lexicon().get("bare_names", {}).get("ar", {})
                     .get("doer_nouns_masculine", []))


_FA_AGE = re.compile(rf"(?:^|(?<=[.!؟?\n:،,«»\"“”])|(?<=[ \u00a0]و))[ \u00a0]*({_FA_WORD})[ \u00a0]+[0-9۰-۹]{{1,3}}[ \u00a0]*ساله(?![\w\u200c])")


def _fa_given_with_age(text: str, covered: set[int]) -> list[tuple[int, int]]:
    """"خوآن ۴۵ ساله و دخترانش": a given name alone with an age after it ("N ساله"), opening a clause, is a
    person; not a given name that is also a common word (پیمان ۲۵ ساله is a 25-year treaty)."""
    out = []
    for m in _FA_AGE.finditer(text):
        s, e = m.span(1)
        word = m.group(1)
        if any(k in covered for k in range(s, e)) or not (people._is_given(word, "fa") or people.foreign_given(word, "fa")) \
                or match_text(word) in people._common_words("fa"):
            continue
        out.append((s, e))
    return out


@lru_cache(maxsize=1)
def _fa_one_of_cues() -> tuple[re.Pattern | None, frozenset[str]]:
    cues = people.lexicon().get("bare_names", {}).get("fa", {})
    words = cues.get("one_of_officials", [])
    if not words:
        return None, frozenset()
    alts = _ar_alternation(words)
    return (re.compile(rf"[ \u00a0]+از[ \u00a0]+(?:{alts})(?![\w\u200c])"),
            frozenset(match_text(w) for w in cues.get("one_of_not_names", [])))


_FA_ONE_OF_EDGE = re.compile(r"(?:^|[.،,:؛!?؟\n«»\"“”]|(?<![\w\u200c])(?:از|با|و))[ \u00a0]*$")


def _fa_one_of_officials(text: str, stop: frozenset[str], covered: set[int]) -> list[tuple[int, int]]:
    """"به نقل از ساروخان از مقامات حزب ...": one to three name words right before از and the plural of an
    office (data/roles.json bare_names fa one_of_officials), set off on their left, are a person."""
    rx, not_names = _fa_one_of_cues()
    out = []
    for m in rx.finditer(text) if rx is not None else ():
        base = max(0, m.start() - 60)
        words = list(re.finditer(r"[^\s،,.؛:()«»\"“”!?؟]+", text[base:m.start()]))
        if words and base + words[-1].end() != m.start():
            continue
        for n in (1, 2, 3):
            if len(words) < n:
                break
            taken = words[-n:]
            s, e = base + taken[0].start(), base + taken[-1].end()
            keys = [match_text(w.group(0)) for w in taken]
            if any(k in stop or k in not_names or k in AR_SKIP or k in _fa_not_before_role() for k in keys) \
                    or any(i in covered for i in range(s, e)) or re.search(r"\d", text[s:e]) \
                    or (_STATE_RX.get("fa") or _ROLE_RX["fa"]).search(text, s, e):
                break
            if _FA_ONE_OF_EDGE.search(text, max(0, s - 12), s) and (n > 1 or _bare_ok(text, s, e, "fa", stop, covered)):
                out.append((s, e))
                break
    return out


@lru_cache(maxsize=1)
def _fa_weak_honorifics() -> tuple[frozenset[str], frozenset[str]]:
    cues = people.lexicon()["bare_names"]["fa"]
    return (frozenset(match_text(w) for w in cues.get("weak_honorifics", ())),
            frozenset(match_text(w) for w in cues.get("weak_honorific_not_names", ())))


_FA_SAINT = re.compile(r"[ \u00a0]*\((?:ع|علیه|علیها|ص|س)\b")


FA_WEAK_HONORIFIC_KNOWN = True  # Persian: a gazetteer person's family name after a weak title is a name (ژنرال مشرف)


def _fa_weak_honorific_ok(text: str, hon: re.Match, s: int, e: int, whole: bool) -> bool:
    """After a title that also starts common phrases (امام, شیخ: roles.json ``weak_honorifics``) a name
    only when set off by a space and read as a full name or of a family name's shape (امام خمینی, شیخ
    همام حمودی); not امام جمعه, امام راحل, شیخ‌نشین, nor a saint (امام حسین (ع))."""
    weak, not_names = _fa_weak_honorifics()
    if match_text(hon.group(0).strip(" \u00a0\u200c")) not in weak:
        return True
    if "\u200c" in hon.group(0) or match_text(text[s:e].split()[0]) in not_names or _FA_SAINT.match(text, e):
        return False
    return whole or _fa_surname_shape(text[s:e])


_FA_COMMA = re.compile(r"[ \u00a0]*[،,][ \u00a0]*")
_FA_NEXT_ITEM = re.compile(rf"(?:[ \u00a0]*[،,]|[ \u00a0]+و)[ \u00a0]+({_TOKEN}(?:[ \u00a0]+{_TOKEN}){{1,2}})(?=[ \u00a0]*[،,])")


def _fa_apposition_list(text: str, mentions: list[Mention], stop: frozenset[str], covered: set[int],
                        by_start: dict[int, Mention]) -> dict[tuple[int, int], str | None]:
    """A list of officials each set off with a role ("هاکان فیدان، وزیر امور خارجه، یاشار گولر، وزیر
    دفاع ملی و عاکیف چاغاتای قلیچ، مشاور ارشد رئیس‌جمهور"): after a person found with a comma and a
    role, every later item of two or three name words that a comma and a role word follow is a person
    too, within the sentence: of the country its role names, else of the first person's (one
    delegation)."""
    rx = _STATE_RX.get("fa") or _ROLE_RX["fa"]
    out: dict[tuple[int, int], str | None] = {}
    for m in mentions:
        if m.kind != "person":
            continue
        comma = _FA_COMMA.match(text, m.end)
        if comma is None or not rx.match(text, comma.end()):
            continue
        stop_at = min((i for i in (text.find(c, m.end) for c in ".!؟?\n") if i >= 0), default=len(text))
        pos = comma.end()
        while (nxt := _FA_NEXT_ITEM.search(text, pos, stop_at)) is not None:
            s, e = nxt.span(1)
            pos = e
            after = _FA_COMMA.match(text, e)
            role = rx.match(text, after.end()) if after else None
            words = text[s:e].split()
            if role is None or any(k in covered for k in range(s, e)) or rx.search(text, s, e) or \
                    not all(_is_name_token(match_text(w), stop) and match_text(w) not in _fa_not_before_role() for w in words):
                continue
            _, named = _skip_mentions(text, role.end(1), by_start, "fa")
            out[(s, e)] = named or _fa_role_country(text, role.end(1), by_start) or m.iso3 or out.get((s, e))
    return out


_FA_BYLINE = re.compile(rf"(?:^|(?<=[.!؟?\n]))[ \u00a0]*({_TOKEN}[ \u00a0]+{_TOKEN}(?:[ \u00a0]+{_TOKEN})?)[ \u00a0]+گزارش[ \u00a0]*می[ \u00a0\u200c]*دهد[ \u00a0]*[.]?[ \u00a0]*(?=\n|$)")
_FA_QUOTED = re.compile(r"[«“]([^«»“”\n]{2,60})[»”][ \u00a0]*")
_FA_CLAUSE_OPEN = re.compile(r"(?:^|[.!؟?\n:،,؛]|(?<![\w\u200c])با)[ \u00a0]*$")


def _fa_quoted_before_role(text: str, stop: frozenset[str], covered: set[int],
                           by_start: dict[int, Mention]) -> dict[tuple[int, int], str | None]:
    """A quoted name right before a role word, country-only role words included («ایان مک‌کاری» رئیس
    نمایندگی دیپلماتیک جدید آمریکا, «عبدالقهار بلخی» سخنگوی وزارت خارجه طالبان): Persian news sets off
    a name, foreign ones above all, in guillemets. With no country in the role, only a quote that opens
    a clause or follows با (not "... را «بازداشت غیرقابل قبول» سفیر")."""
    rx = _STATE_RX.get("fa") or _ROLE_RX["fa"]
    out: dict[tuple[int, int], str | None] = {}
    for q in _FA_QUOTED.finditer(text):
        role = rx.match(text, q.end())
        if role is None or _after_title_noun(text, q.start()):
            continue
        words = list(re.finditer(r"[^\s،,.؛:()«»\"“”]+", q.group(1)))
        s, e = q.start(1), q.end(1)
        if not 2 <= len(words) <= 4 or any(k in covered for k in range(s, e)) or rx.search(text, s, e) or \
                not all(_is_name_token(match_text(w.group(0)), stop) and match_text(w.group(0)) not in _fa_not_before_role()
                        for w in words):
            continue
        _, named = _skip_mentions(text, role.end(1), by_start, "fa")
        country = named or _fa_role_country(text, role.end(1), by_start)
        if country is None and not _fa_this_country(text, role.end(1)) and \
                not _FA_CLAUSE_OPEN.search(text, max(0, q.start() - 12), q.start()):
            continue
        out[(s, e)] = country
    return out


FA_QUOTED_FROM_COUNTRY = True  # «نجمه شبانی» از ایران: a quoted name and the country it comes from

_FA_FROM_WORD = re.compile(r"از[ \u00a0]+")
_FA_QUOTE_FROM = re.compile(r"[»”][ \u00a0]*از[ \u00a0]+")


@cache
def _fa_quoted_from_not_after() -> frozenset[str]:
    words = people.lexicon().get("bare_names", {}).get("fa", {}).get("quoted_from_country_not_after", ())
    return frozenset(match_text(w) for w in words) | _fa_title_nouns()


def _fa_quoted_from_country(text: str, stop: frozenset[str], covered: set[int],
                            by_start: dict[int, Mention]) -> dict[tuple[int, int], str | None]:
    """A quoted name of two to four name words followed by از and a country or one of its places
    ("«نجمه شبانی» از ایران به عنوان استاد راهنما", "«زینب موحد» از افغانستان"): Persian lists of
    participants, judges and delegates set each name off in guillemets with the country it comes from, and that
    country is the person's. Not after a title or work noun (فیلم «...» از ایران, کتاب, مستند: roles.json
    bare_names.fa.quoted_from_country_not_after and name_stop_words.fa_title_nouns)."""
    out: dict[tuple[int, int], str | None] = {}
    if "«" not in text and "“" not in text:
        return out
    for q in _FA_QUOTED.finditer(text):
        frm = _FA_FROM_WORD.match(text, q.end())
        if frm is None:
            continue
        place = by_start.get(frm.end())
        if place is None or place.start != frm.end() or not place.iso3 or place.kind not in ("country", "place"):
            continue
        before = re.findall(r"[^\s«»\"“”]+", text[max(0, q.start() - 20):q.start()])
        if before and match_text(before[-1]) in _fa_quoted_from_not_after():
            continue
        words = list(re.finditer(r"[^\s،,.؛:()«»\"“”]+", q.group(1)))
        s, e = q.start(1), q.end(1)
        if not 2 <= len(words) <= 4 or any(k in covered for k in range(s, e)) or \
                not all(_is_name_token(match_text(w.group(0)), stop) and match_text(w.group(0)) not in _fa_not_before_role()
                        for w in words):
            continue
        out[(s, e)] = place.iso3
    return out


_FA_LIST_RIGHT = re.compile(rf"(?:[ \u00a0]*[،,][ \u00a0]*|[ \u00a0]+و[ \u00a0]+)({_TOKEN})")
_FA_LIST_LEFT = re.compile(rf"({_TOKEN})(?:[ \u00a0]*[،,][ \u00a0]*|[ \u00a0]+و[ \u00a0]+)$")
_FA_ITEM_END = re.compile(r"[ \u00a0]*(?:[،,.؛:)»\"]|و[ \u00a0]|$)")


def _fa_surname_list(text: str, mentions: list[Mention], stop: frozenset[str], covered: set[int],
                     surnames: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """A list of surnames joined by "،" and "و" in which one is a person already found ("موسوی، کروبی
    و رضایی"): the other items of surname shape (-ی, -زاده, -پور...) that end their item are people
    too. Items are followed only as far as the list goes on. A gazetteer person's family name
    (``surnames``: ظریف, رئیسی, روحانی, words that are also common words) joined by "و" to a person is
    one too, whatever its shape, and also as the last item, before the verb or a preposition ("بن سلمان و
    رئیسی در ریاض", "ظریف و لاوروف")."""
    out: list[tuple[int, int]] = []
    for m in mentions:
        if m.kind != "person":
            continue
        end = m.end
        while (nxt := _FA_LIST_RIGHT.match(text, end)) is not None:  # rightwards
            s, e = nxt.span(1)
            if not _fa_list_item(text, s, e, stop, covered) and not _fa_known_conjunct(text, nxt, surnames, stop, covered):
                break
            out.append((s, e))
            end = e
        start = m.start
        if _after_lead(text, start):  # به گزارش خبرگزاری ریانووستی، |ماریا زاخارووا: the lead, no list
            continue
        while (prev := _FA_LIST_LEFT.search(text, max(0, start - 60), start)) is not None:  # leftwards
            s, e = prev.span(1)
            if not (_fa_list_item(text, s, e, stop, covered) or _fa_known_conjunct(text, prev, surnames, stop, covered)) \
                    or _fa_left_of_name(text, s) or _fa_dateline(text, s) \
                    or _fa_after_role_word(text, s) or _fa_ezafe_adjective(text, s, covered):
                break
            out.append((s, e))
            start = s
    return out


def _fa_known_conjunct(text: str, m: re.Match[str], surnames: frozenset[str], stop: frozenset[str],
                       covered: set[int]) -> bool:
    """The list item ``m`` (group 1) is a gazetteer person's family name joined by "و" (not a comma: "ترامپ،
    روحانی" may be an apposition) and no given name that starts a longer name right after it."""
    s, e = m.span(1)
    if "و" not in m.group(0)[e - m.start():] + m.group(0)[:s - m.start()] or match_text(text[s:e]) not in surnames:
        return False
    nxt = _SPACE_TOKEN.match(text, e)
    if nxt is not None and nxt.start(1) in covered:
        return False  # a word of a longer mention follows
    return _bare_ok(text, s, e, "fa", stop, covered, whole=True) and text[e:e + 1] != "\u200c"


def _fa_list_item(text: str, s: int, e: int, stop: frozenset[str], covered: set[int]) -> bool:
    return _fa_surname_shape(text[s:e]) and bool(_FA_ITEM_END.match(text, e)) and \
        not people._is_given(text[s:e], "fa") and _bare_ok(text, s, e, "fa", stop, covered)


def _fa_lead_full_names(text: str, spans: list[tuple[int, int]], stop: frozenset[str],
                        covered: set[int]) -> list[tuple[int, int]]:
    """A surname found alone (رحیم قاسمیه ... "قاسمیه گفت:") that stands elsewhere right after the
    comma of a lead clause with one word before it ("به گزارش فارس از بندرعباس، رحیم قاسمیه صبح
    امروز ..."): that word and the surname are the person's full name, as the agencies write it."""
    out = []
    role = _STATE_RX.get("fa") or _ROLE_RX["fa"]
    for s, e in spans:
        word = text[s:e]
        if " " in word.strip() or "\u00a0" in word:
            continue
        for occ in re.finditer(rf"(?<![\w\u200c]){re.escape(word)}(?![\w\u200c])", text):
            a, b = occ.span()
            prev = _FA_WORD_BEFORE.search(text, max(0, a - 30), a)
            if a == s or prev is None or any(k in covered for k in range(prev.start(1), b)):
                continue
            p0 = prev.start(1)
            if not text[:p0].rstrip(" \u00a0\u200c").endswith("،") or not _after_lead(text, p0) \
                    or match_text(prev.group(1)) in stop or role.match(text, p0) \
                    or _fa_surname_shape(prev.group(1)) and not people._is_given(prev.group(1), "fa"):
                continue
            out.append((p0, b))
    return out


def _fa_name_closes(text: str, end: int) -> bool:
    """What follows a Persian name ends it: punctuation, a preposition or conjunction (از, در, که),
    a speech verb or a role word; not the rest of a compound verb (عمرموسی مذاکراتی |انجام دادیم)."""
    if _FA_PHRASE_END.match(text, end):
        return True
    nxt = _SPACE_TOKEN.match(text, end)
    if nxt is None:
        return True
    if _fa_light_verb(match_text(nxt.group(1))):
        return False  # کریمی زاده |شد: a compound verb
    if match_text(nxt.group(1)) in FA_STOP or _fa_speech_rx().match(text, nxt.start(1)):
        return True
    return bool((_STATE_RX.get("fa") or _ROLE_RX["fa"]).match(text, nxt.start(1)))


def _fa_dateline(text: str, s: int) -> bool:
    """The word is the place of a lead's dateline ("به گزارش خبرگزاری فارس از |شهرری، سعید رضایی"):
    a place, not the first item of a list of surnames."""
    start = max(text.rfind(c, 0, s) for c in ".!؟?\n:") + 1
    head = text[start:s].strip()
    return bool(_FA_LEAD.match(head)) and "،" not in head and head.endswith((" از", "\u00a0از"))


def _fa_after_role_word(text: str, s: int) -> bool:
    """The word before is a role word (معاون |سیاسی و کاظم غریب آبادی): the item is the role's adjective."""
    before = _FA_WORD_BEFORE.search(text, max(0, s - 30), s)
    return before is not None and bool((_STATE_RX.get("fa") or _ROLE_RX["fa"]).match(text, before.start(1)))


def _fa_ezafe_adjective(text: str, s: int, covered: set[int]) -> bool:
    """The word right before, with no punctuation between, is a noun or adjective of the -ی shape that
    is no name (اداره پشتیبانی |اجرایی و یزن الحکیم): the item is an adjective of that noun phrase,
    not a surname that opens a list."""
    before = _FA_WORD_BEFORE.search(text, max(0, s - 30), s)
    if before is None or any(k in covered for k in range(before.start(1), before.end(1))):
        return False
    word = before.group(1)
    return match_text(word).endswith(("ی", "ي")) and _fa_surname_shape(word) and not people._is_given(word, "fa") \
        and match_text(word) not in _fa_honorific_words()


@lru_cache(maxsize=1)
def _fa_honorific_words() -> frozenset[str]:
    """The single words of the Persian honorifics (آقای, سرکار...): a name follows them."""
    cues = people.lexicon()["bare_names"]["fa"]
    return frozenset(match_text(w) for h in cues.get("honorifics", ()) for w in h.split())


def _fa_left_of_name(text: str, s: int) -> bool:
    """The word before is a given name (محسن |رضایی): the item is the end of a full name, found apart."""
    before = _FA_WORD_BEFORE.search(text, max(0, s - 30), s)
    return before is not None and people._is_given(before.group(1), "fa")


# --- later mentions by surname alone, inside the same document ------------------------------------


_FA_SURNAME_PARTICLES = frozenset(match_text(w) for w in ("مک", "فون", "فان", "ون", "دو", "دی", "دلا", "لا", "لو", "دا"))
_SPACED_ENDINGS = frozenset(match_text(w) for w in ("زاده", "پور", "نژاد"))


@lru_cache(maxsize=1)
def _family_first() -> frozenset[str]:
    """Countries whose names put the family name first (roles.json ``family_name_first``)."""
    return frozenset(people.lexicon().get("family_name_first", {}).get("countries", ()))


@lru_cache(maxsize=1)
def _family_first_latin() -> frozenset[str]:
    """English: Chinese and Korean family names in Latin letters (roles.json ``family_name_first_latin``)."""
    return frozenset(people.lexicon().get("family_name_first_latin", {}).get("words", ()))


@lru_cache(maxsize=1)
def _ru_case_endings() -> tuple[str, ...]:
    return tuple(sorted(people.lexicon().get("ru_case_endings", {}).get("endings", ()), key=lambda e: -len(e)))


def _ru_stem(word: str) -> str:
    """A Russian surname without its case ending (Цукерберга -> Цукерберг, Кана -> Кан, Зеленского
    -> Зеленск); at least three letters stay."""
    for end in _ru_case_endings():
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[:-len(end)]
    return word


def _cased_word(tok: str) -> bool:
    """One capitalised Latin or Cyrillic word (Wang, Кан), hyphens allowed (Jae-in)."""
    return bool(re.fullmatch(r"[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-Za-zА-Яа-яЁё]+)*", tok))


ZH_JAPANESE_SHORT = True  # Chinese: a Japanese name of four characters is called by its first two (安倍晋三 -> 安倍)


def short_form(name: str, lang: str | None, iso3: str | None = None) -> str | None:
    """The surname a text uses after a first full mention: Lavrov, Путин, لافروف, 绍伊古.
    Not for Vietnamese (people are called by the given name) nor Thai; at least four letters, or
    three in Cyrillic (Кан). In English and Russian a person of a country whose names put the family
    name first (roles.json ``family_name_first``: Wang Yi, Kim Jong Un) is called by the first word
    (Wang, Kim), unless a known given name comes before one word (Carrie Lam); in English so is a person of no
    known country whose name of two or three words opens with a Chinese or Korean family name (roles.json
    ``family_name_first_latin``: Liu Zhenmin -> Liu)."""
    if lang in ("vi", "th") or re.search(r"[\u0e00-\u0e7f]", name):
        return None
    toks = name.split()
    family_first = iso3 in _family_first() or lang == "en" and iso3 is None and len(toks) <= 3 \
        and toks[0] in _family_first_latin()
    if lang in ("en", "ru") and family_first and len(toks) >= 2 and _cased_word(toks[0]) \
            and not (len(toks) == 2 and "-" not in toks[1] and len(toks[1]) > 2 and people._is_given(toks[0], lang)):
        # not Carrie Lam, John Lee (a Western given name and one word); Kim Jong Un, Kim Jong-un stay, and Ван И
        # (Wang Yi), whose one-letter given name is none of a Western surname's (Ван is also a Russian given name)
        return toks[0]
    if lang == "ru" and len(toks) >= 2 and _cased_word(toks[-1]) and len(toks[-1]) == 3 \
            and re.fullmatch(r"[А-ЯЁ][а-яё]+", toks[-1]):
        return toks[-1]  # Наото Кан -> Кан: a short Cyrillic surname, capitalised
    if "·" in name or "・" in name:
        last = re.split(r"[·・]", name)[-1]
        return last if len(last) >= 2 else None
    if ZH_JAPANESE_SHORT and lang and lang.startswith("zh") and iso3 == "JPN" and re.fullmatch(r"[\u4e00-\u9fff]{4}", name):
        return name[:2]  # 安倍晋三 -> 安倍, 岸田文雄 -> 岸田: a Japanese family name of two characters
    toks = name.split()
    if len(toks) < 2 or re.search(r"[\u4e00-\u9fff]", name):
        return None
    last = toks[-1]
    if _is_latin(last) and lang not in (None, "en", "ru", "de", "fr", "es"):
        return None
    if lang in ("fa", "ar") and _compound_surname(toks, lang):
        return " ".join(toks[-2:])  # حسين أمير عبد اللهيان -> عبد اللهيان, أحمد أبو الغيط -> أبو الغيط
    if AR_SON_SHORT and lang == "ar" and _son_short(toks):
        return " ".join(toks[-2:])  # فيصل بن فرحان -> بن فرحان, محمد بن سلمان -> بن سلمان
    if lang in ("fa", "ar") and (house_name([match_text(t) for t in toks], lang)
                                 or match_text(toks[-2]) in _COMPOUND_FIRST):
        return None  # محمد بن |سلمان, خليفة بن زايد آل |نهيان, الصباح: a father or a house; عبد |العزيز: half a name
    if lang in ("fa", "ar") and match_text(last) in _SPACED_ENDINGS:  # نعمت زاده, محمود احمدی نژاد
        return " ".join(toks[-2:]) if len(toks) >= 3 else None
    if lang == "fa" and len(toks) >= 3 and match_text(toks[-2]) in _FA_SURNAME_PARTICLES:
        return " ".join(toks[-2:])  # راب مک ایر -> مک ایر, جان مک کین -> مک کین: a particle written apart
    if lang == "fa" and len(toks) == 2 and _fa_surname_shape(toks[0]) and _fa_surname_shape(last) \
            and not people._is_given(toks[0], "fa"):
        return None  # جوادی آملی, a surname of two words: آملی alone is no later mention of him
    return last if len(last) >= 4 and sum(c.isalpha() for c in last) >= 4 else None


AR_SON_SHORT = True  # Arabic: "X بن Y" is called بن Y later (وقال بن فرحان)


def _son_short(toks: list[str]) -> bool:
    """An Arabic name that ends "<given name> بن <father>" with no other link (الأمير فيصل بن فرحان): news calls
    him by the link and the father's name (بن فرحان, بن سلمان); not a longer chain nor a house (بن زايد آل نهيان)."""
    words = [match_text(t) for t in toks]
    links = chain_links("ar")
    return len(words) >= 3 and words[-2] in links and sum(w in links for w in words) == 1 \
        and people._is_given(toks[-3], "ar") and words[-1] not in _COMPOUND_FIRST \
        and words[-1] not in _family_words()["houses"].get("ar", frozenset())


def _given_before(text: str, s: int) -> bool:
    """The word before ``s`` is an Arabic given name (a conjunction on it aside) or a title."""
    m = re.search(r"(\S+)[ \u00a0]+$", text[max(0, s - 30):s])
    if m is None:
        return False
    word = m.group(1)
    return people._is_given(word, "ar") or people._is_given(word[1:], "ar") and word[:1] in "وف" \
        or match_text(word) in AR_SKIP or match_text(word) in people.AR_NAME_TITLES


OTHER_GIVEN = True  # a surname key after another given name is another person; a bare surname is the one named in full


OTHER_GIVEN_RETAG = True  # another given name's veto holds when the text is tagged again after learning (peoplear)

OTHER_GIVEN_VETO = True  # a given name none of a known person's names, before his surname: another person (people48)


def _other_given_name(before: str, entity_id: str, lang: str | None) -> bool:
    """The words written before a known person's surname mention (``before``) open with a given name (a
    capitalised Latin or Cyrillic word, or a listed one), no initial, that is none of that gazetteer person's names (:func:`_own_word`): "Jill Biden", "Джеб Буш" name another
    person of the surname. False for a learned person, or where nothing but initials comes before."""
    ent = gz.load().get(entity_id) if entity_id else None
    words = [w for w in re.findall(r"[^\W\d_]+", before) if len(w) > 1]
    if ent is None or ent.kind != "person" or not words or _own_word(words[0], ent, lang):
        return False
    # a capitalised Latin or Cyrillic word, or a listed given name (دولت احمدی‌نژاد: 'the government of')
    return bool(_CAP_WORD.fullmatch(words[0])) or people._is_given(words[0], lang or "") \
        or AR_OTHER_GIVEN and _ar_other_word(words[0], lang)


_AR_LETTERS = r"[\u0621-\u065f\u066e-\u06d3\u06d5\u200c]+"  # Arabic-script letters and marks: no comma, no digit
AR_OTHER_GIVEN = True  # Arabic script: any name word none of the person's, after a role, is another given name (peoplear)


def _ar_given_after_title(text: str, at: int, ent: Entity, lang: str | None, mentions: Sequence[Mention] = ()) -> bool:
    """Arabic: one or two name words (:func:`_ar_other_word`) right after a demonym, a place or a role word (التركي,
    الإسباني, في اسطنبول, المتحدث) and right before a known person's one-word surname match, one of them none of that person's
    names: another person of that surname ("النائب العام في اسطنبول |عرفان| فيدان", "الإسباني |إجناثيو إبنياس| روبيو").
    Any other word before keeps the link (a verb opening the sentence: "وقدم أوباما"; a noun: "احتمال زيارة نتنياهو")."""
    if lang != "ar":
        return False
    base = max(0, at - 80)
    words = list(re.finditer(r"\S+", text[base:at]))
    for k in range(1, min(2, len(words) - 1) + 1):
        run, head = [w.group(0) for w in words[-k:]], words[-k - 1]
        if not all(_ar_other_word(w, lang) for w in run):
            return False
        hs, he = base + head.start(), base + head.end()
        place = any(x.kind in ("country", "place") and hs <= x.start and x.end <= he for x in mentions)
        if place or re.fullmatch(_AR_LETTERS, head.group(0)) and _roles_in(head.group(0), lang):
            return any(not _own_word(w, ent, lang) for w in run)
    return False


def _ar_other_word(word: str, lang: str | None) -> bool:
    """Arabic: ``word``, read as a name word after a role and before a known person's surname, may be
    a given name: no function word, no definite word (a title or an adjective: الدكتور, الإسباني), no role word
    ("المدعي العام التركي |عرفان| فيدان")."""
    if lang != "ar" or not re.fullmatch(_AR_LETTERS, word):  # Persian: no definite article to tell a title
        return False
    key = match_text(word)
    return len(key) > 2 and key not in AR_STOP and not key.startswith(match_text("ال")) \
        and key not in people.AR_NAME_TITLES and not _roles_in(word, lang)


def _ru_capitalised_given(text: str, at: int, word: str, lang: str | None, mentions: list[Mention]) -> bool:
    """Russian: a capitalised word inside a sentence (titles and adjectives are written in lower case there),
    no known mention, no role word: a given name, listed or not ("кандидат Джеб Буш")."""
    if lang != "ru" or not re.fullmatch(r"[А-ЯЁ][а-яё]{2,}", word) or any(x.start < at + len(word) and at < x.end for x in mentions):
        return False
    head = text[:at].rstrip(" \u00a0")
    if not head or head[-1] in ".!?…\n«\"“„:;—–-(":
        return RU_OPENER_GIVEN and _ru_opening_given(text, word)
    return not _roles_in(word, lang)


RU_OPENER_GIVEN = True  # a sentence's first word may be a given name too, when no common opener (peoplear)


def _ru_opening_given(text: str, word: str) -> bool:
    """Russian: the capitalised first word of a sentence, before a known person's surname, is a given name
    ("|Джеб| Буш заявил") unless it is a common opener (roles.json name_stop_words ``ru_sentence_openers``: Вчера,
    Однако, Бывший), an adjective or an adverb by its ending, a role word, or a word the text writes in lower case
    elsewhere (a common word)."""
    openers = frozenset(w.lower() for w in people.lexicon().get("name_stop_words", {}).get("ru_sentence_openers", ()))
    low = word.lower()
    if low in openers or _roles_in(word, "ru") or re.search(r"(?:[ыиоа]й|[аяоеыи]е|[ая]я|ого|его|[оеиыуюя])$", low):
        return False
    return not re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text)
def _own_word(word: str, ent: Entity, lang: str | None) -> bool:
    """``word`` (in any case, for Russian) is one of the words of the person's names."""
    own = {match_text(t) for vs in ent.names.values() for v in vs for t in v.split()} | {match_text(t) for t in ent.name.split()}
    key = match_text(word)
    if key in own:
        return True
    from difflib import SequenceMatcher

    # another spelling of the same name (Беньямин, Биньямин), or a case of it (Владимира)
    return any(o[:1] == key[:1] and SequenceMatcher(None, key, o).ratio() >= 0.75 for o in own)


def _bare_after_full(mentions: list[Mention], lang: str | None) -> list[Mention]:
    """A one-word gazetteer match that repeats the surname of a person the article named in full before it
    (Michelle Obama ... Obama) is that person, when the person the one word was matched to is not named in
    full in the article (no Barack Obama there) and no other person named in full shares the surname."""
    people_ms = sorted((m for m in mentions if m.kind == "person"), key=lambda x: x.start)
    full = [m for m in people_ms if len(m.text.split()) >= 2]
    if not full:
        return mentions
    named_full = {m.entity for m in full}
    swap: dict[int, Mention] = {}
    for m in people_ms:
        if " " in m.text.strip() or m.entity in named_full or m.via != "gazetteer":
            continue
        word = _ru_stem(m.text) if lang == "ru" else m.text
        owners = [f for f in full if f.end <= m.start and f.entity != m.entity
                  and (short := short_form(f.text, lang, f.iso3)) and (_ru_stem(short) if lang == "ru" else short) == word]
        if len({f.entity for f in owners}) == 1:  # two brothers of one surname: no one in particular
            owner = owners[-1]
            swap[id(m)] = dataclasses.replace(m, entity=owner.entity, iso3=owner.iso3, via=owner.via)
    return [swap.get(id(m), m) for m in mentions] if swap else mentions


def _compound_surname(toks: list[str], lang: str) -> bool:
    """The last two words of an Arabic-script name are one surname of the عبد/أبو shape (حسين أمير
    عبد |اللهيان, عادل عبد |المهدي, أحمد أبو |الغيط): not a father's or a house's name (محمد بن عبد
    |العزيز) and not a compound given name (عبد الله, عبد العزيز: roles.json ``given_names``)."""
    if len(toks) < 3 or match_text(toks[-2]) not in _COMPOUND_FIRST:
        return False
    before = match_text(toks[-3])
    if before in chain_links(lang) or before == _FAMILY or before in _COMPOUND_FIRST:
        return False
    joined = match_text(toks[-2] + toks[-1])
    return len(toks[-1]) >= 4 and joined not in people._given("ar") and joined not in people._given("fa")


def _quoted_short(name: str, lang: str) -> str | None:
    """The last word of an Arabic-script name when it is too short for :func:`short_form` (three
    letters: کیم جونگ |اون); found later only inside quote marks («اون»), where no common word stands."""
    toks = name.split()
    if len(toks) < 2 or house_name([match_text(t) for t in toks], lang) or match_text(toks[-2]) in _COMPOUND_FIRST:
        return None
    last = toks[-1]
    return last if len(last) == 3 and all("\u0600" <= c <= "\u06ff" for c in last) else None


# languages whose news leads name a person by surname before the full name ("مشایی و ملک‌زاده ...
# گزارش دادند" and only then "محمد شریف ملک‌زاده")
_SURNAME_BEFORE_LANGS = frozenset(["fa", "ru", "en", "ar"])


def _lam_surname(short: str) -> bool:
    """An Arabic surname that the preposition ل may join (لخاشقجي): one word of five letters or more, no article,
    no given name (لصالح 'in favour of', لحسن), so that ل and the word make no other word."""
    key = match_text(short)
    return " " not in key and len(key) >= 5 and not key.startswith("ال") and not people._is_given(key, "ar")


def surname_mentions(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """Add a mention for each surname-only reference to a person named in full in the document:
    after the full name, and in Persian, Russian and English also before it (a lead)."""
    people = [m for m in mentions if m.kind == "person"]
    if not people:
        return mentions
    taken = [False] * (len(text) + 1)
    for m in mentions:
        for k in range(m.start, m.end):
            taken[k] = True
    out = list(mentions)
    # a place of the surname's spelling ("Kerry's arrival in Norway" after "John Kerry", not County Kerry):
    # the person named in full in the document wins; a capital standing for its government stays
    places = {(p.start, p.end): p for p in mentions if p.kind == "place" and p.form != "capital"}
    seen: dict[str, Mention] = {}
    for m in sorted(people, key=lambda x: x.start):
        short = short_form(m.text, lang, m.iso3)
        quoted = False
        if short is None and lang in ("fa", "ar"):
            short, quoted = _quoted_short(m.text, lang), True
        if short and lang == "ru" and re.fullmatch(r"[А-ЯЁ][а-яё-]+", short):
            short = _ru_stem(short)  # Марка Цукерберга, later Цукербергу: any case of the surname
            ends = "|".join(_ru_case_endings() + ("ий", "ый", "ей", "ём"))
            body = re.escape(short) + (f"(?:{ends})?" if len(short) >= 3 else "")
        elif short:
            body = "".join(_ar_char(c) for c in short) if re.search(r"[\u0600-\u06ff]", short) else re.escape(short)
            if " " in short and match_text(short.split()[0]) in _COMPOUND_FIRST:
                body = body.replace(_ar_char(" "), _ar_char(" ") + "?", 1)  # عبد اللهيان, also عبداللهيان
        if short and lang in ("fa", "ar") and match_text(short) in _FA_NAME_TAILS:
            continue  # فضل الله: the end of a given name written apart, no surname (not بیت‌|الله, فضل‌|الله)
        if not short or short in seen:
            continue
        seen[short] = m
        cjk = bool(re.search(r"[\u4e00-\u9fff]", short))
        pattern = body if cjk else rf"(?<![\w]){body}(?![\w])"
        if lang == "ar" and not cjk and m.via == "gazetteer":
            # كيري |وظريف, المملكة |والجبير: the conjunction on a known person's surname; not ب/ل (لصالح is "in
            # favour of"), nor for learned names (a few are no names: والمخطوطة)
            pattern = rf"(?:(?<![\w])|(?<=(?<![\w])[وف])){body}(?![\w])"
        if lang == "ar" and not cjk and not quoted and _lam_surname(short):
            # مقالات |لخاشقجي, صديق |لخاشقجي: the preposition ل on a surname of five letters or more, no article
            lam = r"|(?<=(?<![\w])[وف]ل)|(?<=(?<![\w])[وف])" if m.via == "gazetteer" else ""
            pattern = rf"(?:(?<![\w])|(?<=(?<![\w])ل){lam}){body}(?![\w])"
        if quoted:  # کیم جونگ اون, then «اون»: a short surname counts only set off in quote marks
            pattern = rf"(?<=[«\"“]){body}(?=[»\"”])"
        lead = 0 if lang in _SURNAME_BEFORE_LANGS else m.end  # a lead may name the surname first
        son = lang == "ar" and " " in short and match_text(short.split()[0]) in chain_links(lang)
        for hit in re.finditer(pattern, text[lead:]):
            s, e = lead + hit.start(), lead + hit.end()
            if son and _given_before(text, s):
                continue  # تركي بن فرحان: another son of the same father
            if (s, e) in places and places[(s, e)] in out:
                out.remove(places[(s, e)])
                for k in range(s, e):
                    taken[k] = False
            if not any(taken[s:e]):
                out.append(Mention(start=s, end=e, text=text[s:e], entity=m.entity, kind="person", lang=m.lang,
                                   iso3=m.iso3, via=m.via))
                for k in range(s, e):
                    taken[k] = True
    return sorted(out, key=lambda x: (x.start, x.end))


# --- the country a person mention stands for ------------------------------------------------------

LEARNED_PREFIX = "bilat:person:"
_AR_COMPOUND = re.compile(r"\b(عبد|ابو|أبو)\s+(?=ال)")


def _middle(name: str) -> tuple[str, ...]:
    """The words of an Arabic-script name between its first and last (``عبد ال...`` joined)."""
    return tuple(_AR_COMPOUND.sub(r"\1", match_text(name)).split()[1:-1])


def _same_lineage(a: list[str], b: list[str], lang: str) -> bool:
    """Two chains (the words after the first name) of one person: the same house, and the fathers of
    one the first of the other's (تميم بن حمد آل ثاني = تميم بن حمد بن خليفة آل ثاني; عبدالله بن
    عبدالعزيز is not عبدالله بن مساعد بن عبدالعزيز)."""
    def lineage(words: list[str]) -> tuple[tuple[str, ...], str | None]:
        house = None
        if len(words) >= 2 and words[-2] == _FAMILY:
            house, words = words[-1], words[:-2]
        elif words and words[-1] in _family_words()["houses"].get(lang, frozenset()):
            house, words = words[-1], words[:-1]
        return tuple(w for w in words if w not in chain_links(lang)), house

    (fa, ha), (fb, hb) = lineage(a), lineage(b)
    short, long = sorted((fa, fb), key=len)
    return ha == hb and long[:len(short)] == short


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


_VOWEL_LETTERS = str.maketrans("", "", "اویيى\u200c")


def _skeleton_key(name: str) -> tuple[str, ...] | None:
    """An Arabic-script name of two or three words, the last with its vowel letters taken out, when three
    consonants or more remain (پومپئو and پمپئو: پمپ)."""
    words = match_text(name).split()
    if not 2 <= len(words) <= 3:
        return None
    core = words[-1].translate(_VOWEL_LETTERS)
    return (*words[:-1], core) if len(core) >= 3 else None


def _ends(name: str) -> tuple[str, str] | None:
    """The first and last word of an Arabic-script name, ``عبد ال...`` joined (عبدالله = عبد الله)."""
    words = _AR_COMPOUND.sub(r"\1", match_text(name)).split()
    return (words[0], words[-1]) if len(words) >= 2 else None


_SENTENCE_PUNCT = re.compile(r"[.!?;:؛。；！？\n\"“”«»()（）]")


def _roles_in(text: str, lang: str, *, state: bool = True) -> list[tuple[int, int, str | None]]:
    """Role words of ``text`` with their role code: those that find names and, with ``state``, the
    country-only ones of roles.json ``country_roles`` (رئیس, دادستان, المدير العام)."""
    rx = (_STATE_RX.get(lang) if state else None) or _ROLE_RX.get(lang)
    if rx is None:
        return []
    codes = (_STATE_CODE.get(lang) if state else None) or _ROLE_CODE.get(lang, {})
    found = [(m.start(1), m.end(1), codes.get(match_text(m.group(1)))) for m in rx.finditer(text)]
    return [r for r in found if r[2] != "counterpart"]  # نظيره: the role of the person after it only


def _state_regex(lang: str) -> re.Pattern | None:
    extra = people.lexicon().get("country_roles", {}).get(lang)
    if not extra:
        return None
    words = sorted({r for r, _ in ROLES.get(lang, [])} | {r for r, _ in extra}, key=lambda r: -len(r))
    alts = "|".join("".join(_ar_char(c) for c in r) for r in words) if lang in ("ar", "fa") \
        else "|".join(re.escape(r) for r in words)
    if lang in ("ar", "fa"):
        return re.compile(f"(?<!\\w)(?:[وف]?[بل]?)({alts})(?!\\w)")
    if lang in ("zh", "th"):  # no spaces between words
        return re.compile(f"({alts})")
    return re.compile(f"(?<!\\w)({alts})(?!\\w)", re.IGNORECASE)


_STATE_RX = {lang: rx for lang in people.lexicon().get("country_roles", {}) if not lang.startswith("_")
             and (rx := _state_regex(lang)) is not None}
_STATE_CODE = {lang: {**{match_text(r): c for r, c in people.lexicon()["country_roles"][lang]}, **_ROLE_CODE.get(lang, {})}
               for lang in _STATE_RX}


_FA_FROM = re.compile(r"(?<!\w)به[ \u00a0]+نقل[ \u00a0]+از$")


@lru_cache(maxsize=1)
def _fa_speech_rx() -> re.Pattern:
    verbs = sorted(people.lexicon()["bare_names"]["fa"]["speech_verbs"], key=lambda v: -len(v))
    return re.compile("(?<!\\w)(?:" + "|".join("".join(_ar_char(c) for c in v) for v in verbs) + ")(?!\\w)")


def _lead_country(text: str, lang: str, m: Mention, countries: list[Mention], people_ms: list[Mention],
                  home: str | None) -> str | None:
    """The country of the official a Persian lead names before the name is given: "دادستان
    بندرعباس گفت: ... به گزارش خبرگزاری فارس از بندرعباس، سعید اسدی اظهار کرد" (the first person of
    the document, right after the comma of the "به گزارش" clause, takes the country the lead's role
    phrase names, or the home country when it names none)."""
    if lang != "fa" or not _after_lead(text, m.start):
        return None
    before = text[:m.start].rstrip(" \u00a0«\"“")
    for word in people.lexicon()["bare_names"]["fa"]["honorifics"]:  # "، دکتر «احمد ابراهیم»"
        if match_text(before).endswith(match_text(word)):
            before = before[:len(before) - len(word)].rstrip(" \u00a0")
            break
    if before[-1:] not in ("،", ",") and not _FA_FROM.search(before):
        return None
    if any(o.start < m.start and o.entity != m.entity for o in people_ms):
        return None
    clause = max(text.rfind(c, 0, m.start) for c in ".!؟?\n:") + 1
    lead = text[:min(clause, 600)]
    roles = [r for r in _roles_in(lead, lang) if r[2] not in (None, "person", "journalist")]
    if not roles:  # "یک پزشک عراقی گفت": a demonym in the subject of the lead's speech verb
        verb = _fa_speech_rx().search(lead)
        if verb is None:
            return None
        subj = max(lead.rfind(c, 0, verb.start()) for c in ".!؟?\n:") + 1
        demonyms = [c for c in countries if subj <= c.start < verb.start() and c.form == "demonym"]
        return demonyms[0].iso3 if len(demonyms) == 1 else None
    _, b, _ = roles[0]
    for c in sorted(countries, key=lambda c: c.start):
        if b <= c.start < clause and c.start - b <= 40 and not _SENTENCE_PUNCT.search(text[b:c.start]):
            return c.iso3
    return home


_TH_HOST = re.compile(r"ประจำ(?:ประเทศ)?$")  # เอกอัครราชทูต...ประจำประเทศไทย: accredited to, not from
_TH_BEFORE_NAME = re.compile(r"[ \u00a0\u200b]*[(（]?[ \u00a0\u200b]*[\u0e01-\u0e4e.]{0,12}$")  # " (นาง", " นาย"


def _th_role_run_before(text: str, m: Mention, countries: list[Mention]) -> str | None:
    """Thai: the role phrase written as one run right before the name (a title between), whose
    country is the last one in the run that is not the host after ประจำ: รัฐมนตรีช่วยว่าการกระทรวง
    สิ่งแวดล้อมญี่ปุ่น (นางนาโอมิ ...), เอกอัครราชทูตสาธารณรัฐเม็กซิโกประจำประเทศไทย นายไฆเม ... (MEX)."""
    run_end = m.start
    gap = _TH_BEFORE_NAME.search(text, max(0, m.start - 20), m.start)
    if gap is not None:
        run_end = gap.start()
    run_start = run_end
    while run_start > 0 and not text[run_start - 1].isspace() and text[run_start - 1] not in "()（）,\u200b" \
            and run_end - run_start < 120:
        run_start -= 1
    if run_start == run_end:
        return None
    roles = [r for r in _roles_in(text[run_start:run_end], "th") if r[2] not in (None, "person")]
    if not roles:
        return None
    first_role = run_start + roles[0][0]
    inside = [c for c in countries if first_role < c.start and c.end <= run_end
              and not _TH_HOST.search(text[run_start:c.start])]
    return inside[-1].iso3 if inside else None


@lru_cache(maxsize=16)
def _host_rx(lang: str) -> re.Pattern | None:
    words = people.lexicon().get("host_markers", {}).get(lang)
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    if lang in ("zh", "th"):
        return re.compile(f"(?:{alts})$")
    if lang == "ar":  # ولدى قطر: the conjunction و or ف on the marker
        return re.compile(f"(?<!\\w)[وف]?(?:{alts})[ \u00a0]+$")
    return re.compile(f"(?<!\\w)(?:{alts})[ \u00a0]+$", re.IGNORECASE)


def _hosted(text: str, lang: str, c: Mention) -> bool:
    """The country an envoy is posted to, not the one a person serves: after a host marker of
    roles.json ``host_markers`` (英国驻华大使 -> 华 is the host, GBR the envoy's; سفير السعودية لدى
    الولايات المتحدة; Đại sứ Mỹ tại Việt Nam), inside the mention (驻华) or, in Arabic, the
    proclitic ب on it (القنصل العام للمملكة ... بالولايات المتحدة)."""
    if lang == "zh" and c.text.startswith("驻"):
        return True
    if lang == "ar" and text[c.start - 1:c.start] == "ب" and (c.start < 2 or not text[c.start - 2].isalpha()
                                                               or text[c.start - 2] in "وف"):
        return True
    rx = _host_rx(lang)
    return rx is not None and rx.search(text, max(0, c.start - 12), c.start) is not None


# the apposition right after a name that gives the person's nationality: a dash or a comma, then a demonym
# ("Георг Жено - немецкий режиссёр", "Hans Weber, a German engineer"); or actors.json ``country_after_name``
# words ("Ambassador Stefan Johannesson of Iceland") and a country's name; or a country's possessive and a
# role word ("Palaniappan Chidambaram, India's finance minister")
_DASH_OR_COMMA = re.compile(r"[ \u00a0]*(?:[-–—]|,)[ \u00a0]*(?:(?:a|an|the)[ \u00a0]+)?")
_POSSESSIVE = re.compile(r"['’]s[ \u00a0]+")
_RUNS_ON = re.compile(r"['’]s(?!\w)|[-–]\w|[ \u00a0]+[A-Z]")  # of Sweden's bank, of India-based, of Canada Goose
_CLAUSE_STOP = re.compile(r"[.!?;:؛。；！？\n\"“”«»()（）,،，、]")


PLACE_IN_ROLE = True  # Persian: a place in the role phrase right after the name gives its country
_ROLE_GAP_AFTER = re.compile(r"[»\"”]?[ \u00a0]*[،,]?[ \u00a0]*")
PLACE_IN_ROLE_CHARS = 40  # the place ends the role phrase within this many characters of the role word


def _place_in_role_after(text: str, lang: str, m: Mention, places: list[Mention]) -> str | None:
    """Persian: the country of a place (a city, a province) that the role phrase right after the name holds,
    in one clause: "اندره کازانتسوف مدیر مسئول انستیتو بین المللی مسکو" (RUS), "X استاندار خوزستان" (IRN);
    not a place after a preposition (در, به, از: where he spoke or went), nor one in what he said."""
    if not PLACE_IN_ROLE or lang != "fa" or not places:
        return None
    at = _ROLE_GAP_AFTER.match(text, m.end).end()
    roles = [r for r in _roles_in(text[at:at + 30], lang) if r[2] not in (None, "person", "counterpart")]
    if not roles or roles[0][0] > 0:
        return None
    end = at + roles[0][1]
    stop = _CLAUSE_STOP.search(text, end, end + PLACE_IN_ROLE_CHARS)
    hi = stop.start() if stop else end + PLACE_IN_ROLE_CHARS
    for p in sorted(places, key=lambda p: p.start):
        if not end <= p.start < hi:
            continue
        if _clause_between(text, end, p.start, lang) or _venue_word_before(text, p.start):
            return None
        return p.iso3
    return None


_FA_PLACE_PREPS = frozenset(match_text(w) for w in ("در", "به", "از", "نزد", "تا", "با", "برای"))


def _venue_word_before(text: str, start: int) -> bool:
    """A Persian preposition right before ``start`` (در تهران, به مسکو): a place the person is at or goes to."""
    before = re.search(r"([^\s\u200c]+)[ \u00a0]+$", text[max(0, start - 12):start])
    return before is not None and match_text(before.group(1)) in _FA_PLACE_PREPS


def _apposition_after(text: str, lang: str, m: Mention, countries: list[Mention]) -> str | None:
    """The country an apposition right after the name gives (see ``_DASH_OR_COMMA``)."""
    gap = _DASH_OR_COMMA.match(text, m.end)
    if gap is not None and gap.end() > m.end:
        c = next((c for c in countries if c.start == gap.end()), None)
        if c is not None and c.form == "demonym":
            return c.iso3
        pos = _POSSESSIVE.match(text, c.end) if c is not None and lang == "en" else None
        if pos is not None:
            at = pos.end()
            roles = [r for r in _roles_in(text[at:at + 40], lang) if r[2] not in (None, "person")]
            if roles and roles[0][0] <= 20 and not _CLAUSE_STOP.search(text, at, at + roles[0][0]):
                return c.iso3
    if lang == "fa":
        code = _fa_demonym_apposition(text, m, countries)
        if code:
            return code
    words = actors_data().get("country_after_name", {}).get(lang, ())
    for w in words:
        of = re.compile(rf"[ \u00a0]+{re.escape(w)}[ \u00a0]+(?:the[ \u00a0]+)?", re.IGNORECASE).match(text, m.end)
        if of is None:
            continue
        c = next((c for c in countries if c.start == of.end() and c.form == "name"), None)
        if c is not None and not _RUNS_ON.match(text, c.end):
            return c.iso3
    return None


EXPERT_APPOSITION = True  # vi, en: "X, an analyst at the Australian ... Institute," gives AUS (people3)
_EXPERT_OPEN = re.compile(r"[ \u00a0]*[,–—][ \u00a0]*(?:(?:một|a|an|the)[ \u00a0]+)?", re.IGNORECASE)
_EXPERT_END = re.compile(r"[,.;:!?\"“”\n]")


@lru_cache(maxsize=1)
def _expert_words() -> dict:
    data = people.lexicon().get("expert_apposition", {})
    return {"heads": {k: tuple(v) for k, v in data.get("heads", {}).items()},
            "topic": {k: tuple(v) for k, v in data.get("topic", {}).items()}}


def _expert_apposition(text: str, lang: str, m: Mention, mentions: list[Mention]) -> str | None:
    """The country of an apposition right after the name whose head is an expert's or scholar's noun (roles.json
    ``expert_apposition``): the one country it names, by name, demonym or a place of it, and no person in it
    ("Malcolm Davis, an analyst at the Australian Strategic Policy Institute," AUS; "Song Zhongping, chuyên gia
    quân sự Hong Kong," CHN). Not a country after a topic word ("an expert on China")."""
    heads = _expert_words()["heads"].get(lang)
    if not EXPERT_APPOSITION or not heads:
        return None
    gap = _EXPERT_OPEN.match(text, m.end)
    if gap is None or gap.end() == m.end or not text[m.end:gap.end()].strip(" \u00a0"):
        return None
    start = gap.end()
    stop = _EXPERT_END.search(text, start, start + 120)
    end = stop.start() if stop else min(len(text), start + 120)
    words = text[start:end].lower().split()
    lead = words[:3] if lang == "en" else words[:1]  # "a senior military analyst"; vi: the head first
    if not any(" ".join(words[i:i + len(h.split())]) == h for h in heads for i in range(len(lead))):
        return None
    inside = [o for o in mentions if start <= o.start and o.end <= end]
    if any(o.kind == "person" for o in inside):
        return None
    topic = _expert_words()["topic"].get(lang, ())
    codes = set()
    for o in inside:
        if o.kind in ("country", "place") and o.iso3:
            before = text[start:o.start].lower().split()
            if before and (before[-1] in topic or len(before) > 1 and before[-1] == "the" and before[-2] in topic):
                return None
            codes.add(o.iso3)
    return codes.pop() if len(codes) == 1 else None


_FA_SET_OFF = re.compile(r"[»\"”]?[ \u00a0]*[،,][ \u00a0]*")
_FA_APPOSITION_WORD = re.compile(r"[^\s،,.؛:()«»\"!?؟]+[ \u00a0\u200c]+")
# an apposition opens with its head noun, not a conjunction or preposition (X، و از طرف ...)
_FA_NOT_HEAD = frozenset(["و", "از", "در", "با", "به", "که", "برای", "تا", "یا", "اما", "ولی"])


def _fa_demonym_apposition(text: str, m: Mention, countries: list[Mention]) -> str | None:
    """Persian: an apposition set off by a comma right after the name whose head noun (one to three
    words) a demonym ends ("دیدیه رائولت، پزشک متخصص فرانسوی"): the person's country. Not past a clause
    word (که, گفت: ``_clause_between``), nor after a conjunction or preposition."""
    gap = _FA_SET_OFF.match(text, m.end)
    if gap is None:
        return None
    pos = gap.end()
    by_start = {c.start: c for c in countries}
    for i in range(3):
        word = _FA_APPOSITION_WORD.match(text, pos)
        if word is None or i == 0 and match_text(word.group(0).strip()) in _FA_NOT_HEAD:
            return None
        pos = word.end()
        c = by_start.get(pos)
        if c is not None:
            if c.form != "demonym" or _clause_between(text, gap.end(), c.start, "fa"):
                return None
            return c.iso3
    return None


AR_BARE_APPOSITION = True  # Arabic: a role phrase right after the name, no comma, is its apposition (people52)


EN_SEAT_PLACE_AFTER = True  # English: "X, MP for <place>": the place of the seat gives the country (people52)
_EN_SEAT_AFTER = re.compile(
    r"[ \u00a0]*,[ \u00a0]*(?:\d{1,3}[ \u00a0]*,[ \u00a0]*)?(?:(?:the|a|an|former|ex-?)[ \u00a0]+)?(?:[A-Z][a-z]+[ \u00a0]+)?"
    r"(?:MP|member of parliament|senator|governor|mayor|lawmaker|legislator|congressman|congresswoman|councillor|"
    r"assemblyman|assemblywoman)[ \u00a0]+(?:for|of|from)[ \u00a0]+", re.IGNORECASE)


def _en_seat_place_after(text: str, m: Mention, located: list[Mention]) -> str | None:
    """English: the apposition after the name holds a seat for a place ("Edwin Marlow, 61, MP for Banbury in
    Oxfordshire", "X, the Republican senator from Ohio,"): the country of the first place or country in it, before
    the apposition ends (a comma, a sentence's end) and within 40 characters."""
    seat = _EN_SEAT_AFTER.match(text, m.end)
    if seat is None:
        return None
    stop = re.compile(r"[,.;:!?()\"“”\n]").search(text, seat.end())
    hi = min(stop.start() if stop else len(text), seat.end() + 40)
    hit = min((o for o in located if seat.end() <= o.start < hi), key=lambda o: o.start, default=None)
    return hit.iso3 if hit is not None else None


EN_POSSESSIVE_OWNER = True  # English: the owner of a possessive before the name gives its country (people52)
_EN_OWNED = re.compile(r"(?:['’]s)?[ \u00a0]+([^.!?;:\n\"“”()]{0,60}?)([ \u00a0]*,)?[ \u00a0]*")


def _en_possessive_owner(text: str, m: Mention, mentions: list[Mention]) -> str | None:
    """English: the country of the owner of a possessive right before the name: a country ("China's Liu",
    "Spain's director general for Europe, Jose Pons") or a person of a known country ("President Joe Biden's
    senior trade adviser, Harold Winterbottom"). Between the possessive and the name, nothing, or a role phrase
    (a role word in it; set off by a comma or not), and no other mention."""
    owner = max((o for o in mentions if o.end <= m.start and o.iso3 and o.kind in ("country", "person")
                 and m.start - o.end <= 70), key=lambda o: o.end, default=None)
    if owner is None or owner.kind == "person" and owner.entity == m.entity:
        return None
    if not (re.search(r"['’]s$", owner.text) or re.match(r"['’]s(?!\w)", text[owner.end:owner.end + 3])):
        return None
    gap = _EN_OWNED.fullmatch(text, owner.end, m.start)
    if gap is None:
        return None
    phrase = gap.group(1).strip()
    if phrase or gap.group(2):
        roles = [r for r in _roles_in(phrase, "en") if r[2] not in (None, "person", "counterpart")]
        if not roles or re.search(r"(?<!\w)(?:counterpart|wife|husband|son|daughter|brother|sister|and)(?!\w)",
                                  phrase, re.IGNORECASE):
            return None
    elif owner.kind == "person":
        return None  # "Obama's Kerry" is not said; "Trump's Putin" is a figure of speech
    if any(owner.end <= o.start < m.start for o in mentions):
        return None
    return owner.iso3


def _phrases_beside(text: str, m: Mention, reach: int = 48) -> tuple[str, str]:
    """The clause right before a person mention (within ``reach`` characters) and the apposition set off
    by a comma right after it: where its role phrase is."""
    lo = max(0, m.start - reach)
    stop = [x.end() for x in _CLAUSE_STOP.finditer(text, lo, m.start)]
    before = text[stop[-1] if stop else lo:m.start]
    after = ""
    comma = re.match(r"[ \u00a0]*[,،][ \u00a0]*", text[m.end:m.end + 4])
    if comma:
        rest = text[m.end + comma.end():m.end + comma.end() + reach]
        after = _CLAUSE_STOP.split(rest, maxsplit=1)[0]
    elif AR_BARE_APPOSITION and m.lang == "ar":
        # Arabic sets a role phrase right after the name with no comma ("جون إيرنست المتحدث باسم البيت الأبيض"):
        # the clause after the name, when a role word opens it
        rest = _CLAUSE_STOP.split(text[m.end:m.end + reach], maxsplit=1)[0]
        roles = _roles_in(rest, "ar")
        if roles and roles[0][2] not in (None, "person") and not rest[:roles[0][0]].strip():
            after = rest
    return before, after


KINGDOM_ROLE = True  # Arabic: "مندوب المملكة ... X" is an official of the kingdom the document is about


@cache
def _kingdom_complement(lang: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """A bare "the kingdom" right after a role word, with the word after it (group 1), and the ``not_after``
    words that make it another name ("المملكة المتحدة"); built once per language."""
    spec = plover.KINGDOM[lang]
    words = "|".join("".join(_ar_char(c) for c in w) for w in spec.get("words", ()))
    after = frozenset(match_text(w) for w in spec.get("not_after", ()))
    return re.compile(rf"[ \u00a0]+(?:{words})(?!\w)(?:[ \u00a0]+([^\W\d_]+))?"), after


def _kingdom_in_role_phrase(text: str, lang: str, m: Mention, kingdom: str | None) -> str | None:
    """The document's kingdom (:func:`plover.document_kingdom`) for a person whose role phrase, right
    before the name or in the apposition after it, is a role word with a bare "the kingdom" as its
    complement: "مندوب المملكة في الأمم المتحدة عبدالله ...", "X، سفير المملكة لدى ..." (not "المملكة
    المتحدة", another name)."""
    if not KINGDOM_ROLE or kingdom is None or not plover.KINGDOM.get(lang):
        return None
    rx, after = _kingdom_complement(lang)
    for phrase in _phrases_beside(text, m, 60):
        for _, end, code in _roles_in(phrase, lang):
            hit = rx.match(phrase, end)
            if code not in (None, "person") and hit is not None \
                    and not (hit.group(1) and match_text(hit.group(1)) in after):
                return kingdom
    return None


def _seat_in_role_phrase(text: str, lang: str, m: Mention) -> str | None:
    """The country a seat of government names in the role phrase right before the name or in the
    apposition right after it (actors.json ``seat_countries``: "State Department spokesman John Kirby",
    "المتحدث باسم البيت الأبيض جوش إرنست", "Kirby, the Pentagon press secretary"): a role word and the
    seat in one clause (no punctuation) within 48 characters of the name."""
    seats = _seat_countries(lang)
    if not seats:
        return None
    for phrase in _phrases_beside(text, m):
        if not phrase.strip() or not [r for r in _roles_in(phrase, lang) if r[2] not in (None, "person")]:
            continue
        key = match_text(phrase) if lang in ("ar", "fa") else phrase
        for seat, code in sorted(seats.items(), key=lambda kv: -len(kv[0])):
            want = match_text(seat) if lang in ("ar", "fa") else seat
            if re.search(rf"(?<!\w){re.escape(want)}(?!\w)", key) if lang not in ("zh", "th") else want in key:
                return code
    return None


@lru_cache(maxsize=16)
def _conjunctions(lang: str) -> frozenset[str]:
    return frozenset(match_text(w) for w in people.lexicon().get("conjunctions", {}).get(lang, ()))


def _joins_next(gap: str, lang: str) -> bool:
    """The words between a name and a role word after it start with a conjunction (roles.json
    ``conjunctions``): the role is the next person's ("Алексей Миллер и министр энергетики Белоруссии",
    "X and the Saudi foreign minister")."""
    words = gap.split()
    return bool(words) and match_text(words[0]) in _conjunctions(lang)


_VI_SET_OFF = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:[ôÔ]ng|[bB]à)[ \u00a0]+")


_AR_PREP_CLITIC = re.compile(r"(?<![\w])[وف]?[بل]$")


def _country_in_apposition(text: str, lang: str, m: Mention, countries: list[Mention],
                           others: list[Mention]) -> str | None:
    """The country a role phrase next to a person gives: before it ("وزير الخارجية الفرنسي لوران
    فابيوس", "Ngoại trưởng Mỹ Blinken", "美国国务卿克林顿", "министр торговли Китая Чэнь Дэмин") or
    after it ("زيجمار جابريل، وزير الاقتصاد الألماني", "X, the Saudi foreign minister")."""
    span = 14 if lang in ("zh", "th") else 48
    # a bracketed form of the name first: นายโซเฮล คาน (Mr. Sohail Khan) เอกอัครราชทูต...
    bracket = re.match(r"[ \u00a0]*[(（][^()（）\n]{1,80}[)）]", text[m.end:m.end + 90])
    skip = bracket.end() if bracket else 0
    lo, hi = max(0, m.start - span), min(len(text), m.end + skip + (30 if lang == "th" else span))  # Thai roles are long
    if lang == "th":  # อัลวาลีด บิน ทาลาล แห่งซาอุดีอาระเบีย: "of" and a country right after the name;
        # a demonym after it: ยอน อาร์. โฮล์มเกรน (Jan R. Holmgren) ชาวสวีเดน
        of = re.match(r"[ \u00a0]*(?:แห่ง|จาก|ชาว)", text[m.end + skip:m.end + skip + 12])
        hit = of and next((c for c in countries if c.start == m.end + skip + of.end()), None)
        if hit:
            return hit.iso3
        code = _th_role_run_before(text, m, countries)
        if code:
            return code
    if lang == "fa":
        code = _fa_one_of(text, m, countries, others)
        if code:
            return code
    roles = [r for r in _roles_in(text[lo:hi], lang) if r[2] not in (None, "person")]
    if not roles:
        return None
    roles = [(lo + a, lo + b, code) for a, b, code in roles]

    def clean(a: int, b: int, commas: int) -> bool:
        gap = text[a:b]
        if _SENTENCE_PUNCT.search(gap) or len(re.findall(r"[,،，、]", gap)) > commas:
            return False
        return not any(a <= o.start < b for o in others)

    comma = 1 if lang in ("ar", "fa") else 0
    before = [c for c in countries if lo <= c.end <= m.start]
    for c in sorted(before, key=lambda c: -c.end):
        if lang == "vi" and _VI_SET_OFF.fullmatch(text, c.end, m.start):
            comma = 1  # "Người phát ngôn Bộ Ngoại giao Indonesia, ông Teuku Faizasyah": set off by a comma
        if not clean(c.end, m.start, comma):
            break
        if lang == "ar" and any(c.end <= a < m.start and re.search(r"(?:^|[\s وف])[بل]$", text[max(0, a - 3):a])
                                for a, _, _ in roles):
            break  # "رحب أمير دولة الكويت |بالأمير نواف": a preposition on the title; the country was the emir's
        if _hosted(text, lang, c):
            continue
        if any(c.end <= a and b <= m.start for a, b, _ in roles) or \
                any(b <= c.start and clean(b, c.start, 0) for a, b, _ in roles):
            return c.iso3
    gap = re.match(r"[»\"”’)]?[ \u00a0]*[,،]?[ \u00a0]*(?:(?:the|a|former)[ \u00a0]+)?", text[m.end + skip:hi])
    start = m.end + skip + gap.end()
    role = next((r for r in roles if r[0] == start or r[0] > start and not text[start:r[0]].strip()), None)
    if role is None and lang != "th":  # Thai writes no spaces: a gap there is a verb (ให้การต้อนรับ)
        role = next((r for r in roles if start <= r[0] and clean(start, r[0], 0) and r[0] - start <= 20
                     and not _joins_next(text[start:r[0]], lang)), None)
    if role is not None and lang == "ar" and _AR_PREP_CLITIC.search(text, max(0, role[0] - 2), role[0]):
        return None  # "نقل فلان لأمير دولة الكويت تحيات": to the emir, another person's title
    in_run = False
    if role is None and lang == "th" and not _thai_verb_first(text[start:start + 30]):
        # ผู้ช่วย|รัฐมนตรีต่างประเทศสหรัฐอเมริกา: a role word a short prefix into the run after the name,
        # and the country in that run (not ภริยา|นายกรัฐมนตรี ... จีน: the wife of a prime minister)
        role = next((r for r in roles if start < r[0] <= start + 10 and not re.search(r"\s", text[start:r[0]])), None)
        in_run = role is not None
    if role is None:
        return None
    # Thai writes a role phrase as one run without spaces, as long as it is: the country ends it
    after = [c for c in countries if start <= c.start and c.start >= role[0] and
             (c.start - role[1] <= 30 and not in_run and (lang != "th" or _TH_ROLE_OF.fullmatch(text, _TH_RUN.match(text, role[1]).end(), c.start))
              or lang == "th" and not re.search(r"\s", text[role[1]:c.start]))]
    for c in sorted(after, key=lambda c: c.start):
        if _clause_between(text, role[1], c.start, lang):
            break  # "X سخنگوی وزارت خارجه گفت که آمریکا": the country is in what he said, not his role
        if lang == "th" and _TH_HOST.search(text[role[1]:c.start]) or _hosted(text, lang, c):
            continue  # ...ประจำประเทศไทย: the country the envoy is posted to
        if clean(role[1], c.start, 0):  # the role word itself may hold a dot (ออท., Amb.)
            return c.iso3
    return None


_WORD_START = re.compile(r"(?<![\w\u200c])\w")
# Thai: what may stand between a role run and its country across a space ("รัฐมนตรีต่างประเทศ |ของ|กัมพูชา",
# "ผู้บัญชาการทหารสูงสุด |สาธารณรัฐ|สิงคโปร์": "of", the words of a state's formal name); other
# words there are the clause going on ("... |ได้หารือกับฝ่าย|ไทย", "... |เดินทางเยือน|กัมพูชา"), no country of the role
_TH_RUN = re.compile(r"[^\s\u200b]*")  # the rest of a Thai role run after the role word (ว่าการกระทรวง...)
_TH_ROLE_OF = re.compile(r"[ \u00a0\u200b]*(?:(?:ของ|แห่ง)[ \u00a0\u200b]*)?(?:(?:ประเทศ|สาธารณรัฐ|ราชอาณาจักร|สหพันธรัฐ|รัฐ)[ \u00a0\u200b]*)*")


def _clause_between(text: str, a: int, b: int, lang: str) -> bool:
    """A Persian or Arabic role phrase ends where a clause starts: a speech verb, "that" (که, أن/إن)
    or a Persian verb in می‌ between the role word at ``a`` and a country at ``b``."""
    if lang == "fa":
        return any(_fa_clause_word_at(text, w.start()) for w in _WORD_START.finditer(text, a, b))
    if lang == "ar":
        words = {match_text(w) for w in re.findall(r"[^\s،,.؛:()«»\"]+", text[a:b])}
        return bool(words & (_ar_speech_verbs() | {"ان", "وان", "بان"}))
    return False


# "X از رهبران / از مقامات ... پاکستان": one of the leaders, officials, members of a country's body
_FA_ONE_OF_WORDS = ("رهبران", "سران", "مقامات", "مقام‌های", "مقام های", "مسئولان", "مسئولین", "مسؤولان", "اعضای",
                    "فرماندهان", "نمایندگان", "دیپلمات‌های", "دیپلمات های", "وزرای")
_FA_ONE_OF = re.compile(r"[ \u00a0]*[،,]?[ \u00a0]*از[ \u00a0]+(?:"
                        + "|".join("".join(_ar_char(c) for c in w) for w in _FA_ONE_OF_WORDS) + r")(?!\w)")
FA_ONE_OF_CHARS = 40  # the country ends the body's name within this many characters ("سپاه صحابه پاکستان")


def _fa_one_of(text: str, m: Mention, countries: list[Mention], others: list[Mention]) -> str | None:
    """"نواز جهنگوی از رهبران سپاه صحابه پاکستان", "الف و ب از مقامات ارشد عراق": the country that ends
    the phrase (no punctuation between), for the name right before it or the first of two joined by و."""
    end = m.end
    nxt = re.match(r"[ \u00a0]+و[ \u00a0]+", text[end:end + 5])
    if nxt:  # "A و B از رهبران ...": A takes what B's phrase says
        joined = next((o for o in others if o.start == end + nxt.end()), None)
        if joined is not None:
            end = joined.end
    one = _FA_ONE_OF.match(text, end)
    if one is None:
        return None
    for c in sorted(countries, key=lambda c: c.start):
        if one.end() <= c.start <= one.end() + FA_ONE_OF_CHARS:
            return None if re.search(r"[.،,:؛()«»\"\n]", text[one.end():c.start]) else c.iso3
    return None


def _thai_verb_first(chunk: str) -> bool:
    """The run after a Thai name opens with a verb or function word (ให้การต้อนรับ, ได้, กล่าว)."""
    toks = _th_words(chunk.strip())[:1]
    return bool(toks) and (toks[0] in TH_NOT_SURNAME or toks[0] in TH_VERBS_AFTER_NAME)


def _beside_role(text: str, lang: str, m: Mention, mentions: list[Mention] | None = None,
                 home: str | None = None) -> bool:
    """A government role word (not an honorific) right before or right after the person; in Arabic
    and Persian also a role, up to four words of its complement and an honorific before the name
    ("ووزير الثقافة والإعلام الدكتور عادل بن زيد الطريفي")."""
    span = 14 if lang in ("zh", "th") else 40
    lo, hi = max(0, m.start - span), min(len(text), m.end + span)
    found = [(lo + a, lo + b, code) for a, b, code in _roles_in(text[lo:hi], lang)]
    # "ووزير الثقافة والإعلام الدكتور عادل": the role's complement and an honorific between
    honorific = next((a for a, b, code in found if code == "person" and not text[b:m.start].strip(" \u00a0«\"“")), None)
    for a, b, code in found:
        if code in (None, "person", "journalist", "counterpart"):
            continue  # (ونظيره خالد العبيدي: someone else's counterpart, of no home country)
        if b <= m.start and not text[b:m.start].strip(" \u00a0«\"“،,:"):
            return True
        if lang in ("ar", "fa") and honorific is not None and b <= honorific and \
                len(text[b:honorific].split()) <= 4 and not re.search(r"[.،,:;؛!?؟()«»\"\n]", text[b:honorific]):
            return True
        if a >= m.end and not text[m.end:a].strip(" \u00a0»\"”،,"):
            return True
    return lang in ("ar", "fa") and AR_ROLE_COMPLEMENT_COMMA and mentions is not None \
        and _role_complement_comma(text, lang, m, mentions, home)


AR_ROLE_COMPLEMENT_COMMA = True  # ar, fa: a role, its complement, a comma, the name (people56)
AR_COMPLEMENT_WORDS = 8  # the most words of the role's complement before the comma
_COMPLEMENT_STOP = re.compile(r"[.،,:;؛!?؟()«»\"“”\n]")


def _role_complement_comma(text: str, lang: str, m: Mention, mentions: list[Mention], home: str | None) -> bool:
    """Arabic and Persian: a government role word, up to AR_COMPLEMENT_WORDS words of its complement with no
    punctuation and no mention in them, then a comma right before the name: "وزير الصناعة والاستثمار والتجارة
    والاقتصاد الرقمي، مولاي حفيظ العلمي", "الوزير المنتدب المكلف بالعلاقات مع البرلمان والمجتمع المدني، مصطفى
    الخلفي". A country or another person in the complement (a foreign body, someone's adviser) gives nothing, nor
    does a sentence that names a country other than ``home``, even beside it ("المتحدث الرسمي باسم رئاسة الجمهورية،
    خالد شواني" in a sentence on Iraq and Saudi Arabia): such a role may be the other country's."""
    lo, hi = _sentence_around(text, m, _AR_SENTENCE_END)
    if any(c.kind == "country" and c.iso3 and c.iso3 != home and lo <= c.start < hi for c in mentions):
        return False
    comma = re.search(r"[،,][ \u00a0]*$", text[max(0, m.start - 8):m.start])
    if comma is None:
        return False
    cut = max(0, m.start - 8) + comma.start()
    lo = max(0, cut - 90)
    for a, b, code in sorted(_roles_in(text[lo:cut], lang), key=lambda r: -r[0]):
        if code in (None, "person", "journalist", "counterpart"):
            continue
        a, b = lo + a, lo + b
        gap = text[b:cut]
        if _COMPLEMENT_STOP.search(gap) or len(gap.split()) > AR_COMPLEMENT_WORDS:
            return False
        return not any(a <= o.start < cut and o is not m for o in mentions)
    return False


_SENT_END = re.compile(r"[.!?؟。！？\n]")
LEAD_MIN, LEAD_SHARE = 3, 0.5  # the document's main country: named at least 3 times, half of all country mentions


def _sentence_around(text: str, m: Mention, ends: re.Pattern[str] = _SENT_END) -> tuple[int, int]:
    """Where the sentence holding ``m`` starts and ends, by the sentence-end marks ``ends``."""
    lo = max((h.end() for h in ends.finditer(text, 0, m.start)), default=0)
    hit = ends.search(text, m.end)
    return lo, hit.start() if hit else len(text)


def _other_country_near(text: str, m: Mention, countries: list[Mention], lead: str) -> bool:
    """The person's sentence names a country other than ``lead``."""
    lo, hi = _sentence_around(text, m)
    return any(lo <= c.start < hi and c.iso3 != lead for c in countries)


LEAD_PLACES_VETO = True  # Persian: a foreign lead country gives way to Iran where the places named are Iran's (people52)
LEAD_PLACES_MIN = 2  # places (not capitals) of one other country that veto the lead


def _places_elsewhere(places: list[Mention], lead: str) -> str | None:
    """The one country other than ``lead`` of which the document names at least LEAD_PLACES_MIN distinct places
    (cities, provinces; not capitals, which stand for governments), naming no place of ``lead``: the country the
    story is told from."""
    if any(p.iso3 == lead for p in places):
        return None
    seen: dict[str, set[str]] = {}
    for p in places:
        if p.form != "capital":
            seen.setdefault(p.iso3, set()).add(p.entity or p.text)
    found = [iso3 for iso3, v in seen.items() if len(v) >= LEAD_PLACES_MIN]
    return found[0] if len(found) == 1 else None


ONE_OTHER = True  # a foreign-shaped name of no other clue takes the one foreign country its first sentence names (people54)
ONE_OTHER_LANGS = ("zh",)  # and only for names of foreign shape (_foreign_shape): see _one_other_country


def _one_other_country(text: str, lang: str, m: Mention, countries: list[Mention], home: str) -> str | None:
    """The one country other than the language's home country that the sentence of a person's first mention
    names by name or capital, not by a demonym (what he said of "the Americans" says nothing of him): 总理杜鲁多
    ... 要求中方释放两名加拿大公民 -> CAN; none, or several, give nothing; nor does a country where the person goes or is (roles.json ``destination_markers``:
    总理杜鲁多访问印度). Last of the guesses: the document's lead country comes first. Only for a name of foreign
    shape in ONE_OTHER_LANGS: for any person, fa ru th gained on dev, but the guess misreads a visit's host or
    another person's country (tests/test_names_fa_th.py, test_people_lead_country.py: it was tried on Fars text
    before and about half wrong)."""
    lo, hi = _sentence_around(text, m)
    marks = tuple(people.lexicon().get("destination_markers", {}).get(lang, ()))
    other = {c.iso3 for c in countries if lo <= c.start < hi and c.iso3 != home and c.form not in ("demonym", "reference")
             and not (marks and text[lo:c.start].rstrip().endswith(marks))}
    return next(iter(other)) if len(other) == 1 else None


def _dominant_country(countries: list[Mention]) -> str | None:
    """The country the document is about: named at least LEAD_MIN times and in at least LEAD_SHARE
    of all country mentions (a story about Georgia's election, a Ukrainian minister's tour)."""
    counts = Counter(c.iso3 for c in countries)
    if not counts:
        return None
    top, n = max(counts.items(), key=lambda kv: kv[1])
    return top if n >= LEAD_MIN and n / sum(counts.values()) >= LEAD_SHARE else None


def _fill_known(people_ms: list[Mention], known: dict[str, str], guess: Callable[[Mention], str | None]) -> None:
    """One fallback of ``person_countries``: each person still without a country takes what ``guess`` reads for
    it, in mention order (the first mention of a person that gives one decides)."""
    for m in people_ms:
        if not m.iso3 and m.entity not in known and (code := guess(m)):
            known[m.entity] = code


ZH_LIST_COUNTRY = True  # Chinese: a person of no country in a list of people of one known country takes it (people56)
ZH_LIST_MIN_KNOWN = 2  # people of the list whose country is known, all the same
_ZH_LIST_JOINS = frozenset(("、", "，", "和", "与", "與", "及", "以及", "同", "跟"))


def _zh_list_countries(text: str, people_ms: list[Mention], known: dict[str, str]) -> None:
    """Chinese: people named one after the other, joined only by 、 (or 和, 及, 以及, 与) form a list; when at least
    ZH_LIST_MIN_KNOWN of its members have a country (the gazetteer's, or one read before) and all the same one, the
    members of no country take it (特朗普政府中的蓬佩奧、納瓦羅、奧布萊恩、...以及博爾頓: all American). A list whose
    known members differ (习近平、拜登) gives nothing. Needs at least one 、: "A和B" alone is no list."""
    ordered = sorted(people_ms, key=lambda m: m.start)
    chains: list[list[Mention]] = []
    for m in ordered:
        if chains and text[chains[-1][-1].end:m.start].strip(" \u00a0") in _ZH_LIST_JOINS:
            chains[-1].append(m)
        else:
            chains.append([m])
    for chain in chains:
        if len(chain) < 3 or not any(text[a.end:b.start].strip(" \u00a0") == "、" for a, b in pairwise(chain)):
            continue
        codes = [m.iso3 or known.get(m.entity) for m in chain]
        have = {c for c in codes if c}
        if len(have) == 1 and sum(1 for c in codes if c) >= ZH_LIST_MIN_KNOWN:
            code = have.pop()
            for m in chain:
                if not m.iso3 and m.entity not in known:
                    known[m.entity] = code


LIST_COUNTRY = True  # en vi ru ar fa: a person of no country in a list of people of one known country takes it (people58)
LIST_GAP_CHARS = 50  # the most characters between two members of a list (a role phrase and the joint)
LIST_MIN_MEMBERS = 3
LIST_KNOWN_SHARE = 0.25  # at least this share of the members known: one known name among a dozen says little of the rest
_LIST_SPACE = r"[ \u00a0]"


def _list_opener(comma: str, conj: str, *, proclitic: bool = False) -> re.Pattern[str]:
    """What opens the gap after a list member: a comma (``comma``, a character class), maybe followed by the
    conjunction ``conj``, or the conjunction alone between spaces. A ``proclitic`` conjunction (Arabic و) is written
    onto the next word: no space after it."""
    after = "" if proclitic else f"{_LIST_SPACE}+"
    return re.compile(rf"{_LIST_SPACE}*(?:{comma}{_LIST_SPACE}*(?:{conj}{after})?|{_LIST_SPACE}+{conj}{after})")


# what opens the gap after a list member: a comma, or a conjunction (Arabic و may be the proclitic of the next word)
_LIST_OPEN = {
    "en": _list_opener(",", "and"),
    "vi": _list_opener(",", "và"),
    "ru": _list_opener(",", "и"),
    "ar": _list_opener("[،,]", "و", proclitic=True),
    "fa": _list_opener("[،,]", "و"),
}
_LIST_GAP_STOP = re.compile(r"[.!?;:؛。\n\"“”«»()（）]")


def _list_item_head(rest: str, lang: str) -> bool:
    """What stands between a list's joint and its next name: nothing, or (in cased scripts) a capitalised title or a
    role word of roles.json ("Chánh án Tòa án Tối cao", "министр обороны"); not a clause ("..., а Иван Бозович").
    Arabic and Persian have no case: any short phrase."""
    if not rest.strip() or lang in ("ar", "fa") or rest[0].isupper():
        return True
    rx = _ROLE_RX.get(lang)
    return bool(rx and rx.match(rest))


def _list_countries(text: str, lang: str, people_ms: list[Mention], mentions: list[Mention],
                    known: dict[str, str]) -> None:
    """A list of people named one after the other, each member opened by a comma or "and" (و, và, и) and at most a
    role phrase ("Phó tổng thống Kamala Harris, Chánh án Tòa án Tối cao John Roberts, Đệ nhất phu nhân Jill Biden");
    when the members whose country is known (the gazetteer's, or one read before) all have the same one, the
    members of no country take it, unless a country or place of another one stands between them and the member
    before (the role phrase names his). The Chinese 、-list has its own rule (``_zh_list_countries``)."""
    opener = _LIST_OPEN.get(lang)
    if opener is None:
        return
    located = [o for o in mentions if o.kind in ("country", "place") and o.iso3]
    ordered = sorted(people_ms, key=lambda m: m.start)
    chains: list[list[Mention]] = []
    for m in ordered:
        if chains:
            prev = chains[-1][-1]
            gap = text[prev.end:m.start]
            joint = opener.match(gap)
            if prev.end <= m.start and len(gap) <= LIST_GAP_CHARS and not _LIST_GAP_STOP.search(gap) \
                    and joint and _list_item_head(gap[joint.end():], lang):
                chains[-1].append(m)
                continue
        chains.append([m])
    for chain in chains:
        if len(chain) < LIST_MIN_MEMBERS:
            continue
        codes = [m.iso3 or known.get(m.entity) for m in chain]
        have = {c for c in codes if c}
        if len(have) != 1 or sum(1 for c in codes if c) < LIST_KNOWN_SHARE * len(chain):
            continue
        code = have.pop()
        for a, b in pairwise(chain):
            if b.iso3 or b.entity in known or any(a.end <= o.start < b.start and o.iso3 != code for o in located):
                continue
            known[b.entity] = code
        first = chain[0]
        if not first.iso3 and first.entity not in known \
                and not any(first.end <= o.start < chain[1].start and o.iso3 != code for o in located):
            known[first.entity] = code


def person_countries(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """Person mentions without a country take the one a role phrase next to them names; every
    mention of the same person in the document takes what one of them says (Lavrov → RUS); else
    the name's shape (native_country) or, for a government role with no country, the language's
    home country (data/actors.json ``role_home``: an Iranian minister in Persian news)."""
    people_ms = [m for m in mentions if m.kind == "person"]
    if not people_ms or all(m.iso3 for m in people_ms):
        return mentions
    lang = (lang or "").split("-")[0]
    countries = [m for m in mentions if m.kind == "country" and m.iso3]
    known: dict[str, str] = {}
    for m in people_ms:
        if m.iso3:
            known.setdefault(m.entity, m.iso3)
    if lang == "fa":  # سخنگوی کاخ سفید: a seat of government in the role phrase, before any other clue
        _fill_known(people_ms, known, lambda m: _fa_seat_country(text, m.end))
    if lang == "fa" and FA_QUOTED_FROM_COUNTRY:  # «معصومه ...» از لبنان: the country the quoted name comes from
        at = {m.start: m.iso3 for m in mentions if m.kind in ("country", "place") and m.iso3}
        for m in people_ms:
            if not m.iso3 and m.entity not in known and (frm := _FA_QUOTE_FROM.match(text, m.end)) \
                    and frm.end() in at:
                known[m.entity] = at[frm.end()]
    kingdom = plover.document_kingdom(mentions, lang) if lang in plover.KINGDOM else None
    places = [m for m in mentions if m.kind == "place" and m.iso3]
    for m in people_ms:
        if m.iso3 or m.entity in known:
            continue
        others = [o for o in people_ms if o is not m]
        code = _country_in_apposition(text, lang, m, countries, others) or _apposition_after(text, lang, m, countries) \
            or _zh_country_over_body_chain(text, lang, m, countries, mentions) \
            or _seat_in_role_phrase(text, lang, m) or _kingdom_in_role_phrase(text, lang, m, kingdom) \
            or _place_in_role_after(text, lang, m, places) or _expert_apposition(text, lang, m, mentions)
        if code:
            known[m.entity] = code
    if lang == "en" and EN_SEAT_PLACE_AFTER:  # "Robert Jackson, 58, MP for Wantage in Oxfordshire"
        located = [o for o in mentions if o.kind in ("place", "country") and o.iso3]
        _fill_known(people_ms, known, lambda m: _en_seat_place_after(text, m, located))
    if lang == "en" and EN_POSSESSIVE_OWNER:  # "China's Liu", "Spain's envoy, Jose Pons", "Obama's adviser, X"
        _fill_known(people_ms, known, lambda m: _en_possessive_owner(text, m, mentions))
    if lang == "ar" and AR_OWNER_PERSON:  # "صهر ترامب ومستشاره جاريد كوشنر", "X، مستشار ترامب،"
        _fill_known(people_ms, known, lambda m: _ar_owner_person(text, m, people_ms))
    if lang == "ar":  # فيما حضره من الجانب الأمريكي، مساعدة وزير الخارجية ... ان باترسون
        _fill_known(people_ms, known, lambda m: _ar_side_country(text, m, countries))
    if lang == "ar" and AR_NISBA_SET_OFF:  # الطفلة المغربية، مريم أمجون; المنتج الفرنسي الشهير جاك بيدو
        _fill_known(people_ms, known, lambda m: _ar_nisba_set_off(text, m, countries))
    home = home_lang = lang_home(lang)
    fa_home = home if lang == "fa" else _FA_HOME
    if lang == "fa":
        for m in people_ms:
            if not m.iso3 and m.entity not in known and _fa_role_this_country(text, m.end):
                code = _fa_this_country_referent(text, m.start, countries, home)
                if code:
                    known[m.entity] = code
    if home and not any(o.iso3 == home and o.kind != "person" for o in mentions):
        home = None  # the document never names the home country nor one of its places
    _fill_known(people_ms, known, lambda m: _lead_country(text, lang, m, countries, people_ms, home))
    if lang == "zh":
        _fill_known(people_ms, known, lambda m: "TWN" if _zh_taiwan_role(text, m.start) else None)
    if lang == "zh" and ZH_LIST_COUNTRY:  # 蓬佩奧、納瓦羅、奧布萊恩: a name in a list of one country's people
        _zh_list_countries(text, people_ms, known)
    if LIST_COUNTRY:  # Kamala Harris, Chánh án ... John Roberts, Đệ nhất phu nhân Jill Biden: one country's people
        _list_countries(text, lang, people_ms, mentions, known)
    _by_surname(people_ms, known)  # a full name's stated country before any guess ("Đại sứ Imanov" is not home's)
    foreign = {m.entity for m in people_ms if lang in ("th", "zh") and _latin_form_after(text, m.end)
               or _foreign_shape(text, lang, m)}
    nasab = {match_text(m.text.split()[-1]) for m in people_ms if lang == "ar" and _AR_NASAB.search(m.text)}
    for m in people_ms:
        if not m.iso3 and m.entity not in known and m.entity not in foreign:
            code = native_country(m.text, lang) or (home if home and _beside_role(text, lang, m, mentions, home)
                                                    and not _foreign_sentence(text, lang, m, mentions, home, nasab)
                                                    and not (lang == "fa" and _fa_role_this_country(text, m.end))
                                                    and not (lang == "fa" and _fa_foreign_given(m.text))
                                                    else None) \
                or (home if home and lang == "fa" and _fa_nisba_surname(m.text) else None) \
                or (fa_home if lang == "fa" and (_fa_native_name(m.text) or _fa_home_honorific(text, m.start)) else None) \
                or (home if home and lang == "ru" and _ru_native_name(m.text) else None) \
                or (home if home and lang == "ar" and _ar_nasab_at_home(text, m, mentions, home) else None)
            if code:
                known[m.entity] = code
    _by_surname(people_ms, known)
    # last: a person still of no country whose every sentence names no country but the one the
    # document is about takes that one (an official of the country a story is about is named by
    # role and name alone); a sentence naming another country leaves the person unknown
    lead = _dominant_country(countries)
    if lead is not None and LEAD_PLACES_VETO and lang == "fa" and lead != fa_home and _places_elsewhere(places, lead) == fa_home:
        lead = fa_home  # a story about Gaza told from Saqqez and Sanandaj: its people are Iranian, not Israeli
    if lead is not None:
        mixed = {m.entity for m in people_ms if _other_country_near(text, m, countries, lead)}
        if lead == home_lang:
            mixed |= foreign  # a name of a shape foreign to the home country (Momanhant Singh in Vietnamese)
        for m in people_ms:
            if not m.iso3 and m.entity not in known and m.entity not in mixed:
                known[m.entity] = lead
    if ONE_OTHER and home_lang and lang in ONE_OTHER_LANGS:
        # a person still of no country: the one foreign country its first sentence names
        first: dict[str, Mention] = {}
        for m in people_ms:
            first.setdefault(m.entity, m)
        _fill_known([m for m in first.values() if m.entity in foreign], known,
                    lambda m: _one_other_country(text, lang, m, countries, home_lang))
    return [dataclasses.replace(m, iso3=known[m.entity]) if m.kind == "person" and not m.iso3 and m.entity in known
            else m for m in mentions]


ZH_BODY_CHAIN = True  # Chinese: a country opening a long role phrase of bodies (people52)
ZH_BODY_CHAIN_CHARS = 24  # the role word starts within this many characters after the country
_ZH_CHAIN_STOP = frozenset("的在与和对向同将说称于是为从到被把给让由并但而也都就已曾")


def _zh_country_over_body_chain(text: str, lang: str, m: Mention, countries: list[Mention],
                                mentions: list[Mention]) -> str | None:
    """Chinese: the country that opens a long role phrase right before the name, the bodies of its state between
    (美国|国务院东亚及太平洋事务局|副助理国务卿|X): a role word ends at the name, and between the country and the
    role word only Han characters, no function character, no other mention (a place: 美国财政部宣布制裁|新疆|党委书记X
    is no American), within ZH_BODY_CHAIN_CHARS."""
    if not ZH_BODY_CHAIN or lang != "zh":
        return None
    role = next((r for r in _roles_in(text[max(0, m.start - 12):m.start], lang)
                 if r[2] not in (None, "person") and max(0, m.start - 12) + r[1] == m.start), None)
    if role is None:
        return None
    start = max(0, m.start - 12) + role[0]
    for c in sorted(countries, key=lambda c: -c.end):
        if c.end > start:
            continue
        gap = text[c.end:start]
        if len(gap) > ZH_BODY_CHAIN_CHARS or any(not "\u4e00" <= ch <= "\u9fff" or ch in _ZH_CHAIN_STOP for ch in gap) \
                or any(c.end <= o.start < m.start for o in mentions) or _hosted(text, lang, c) or _zh_verb_or_time(gap):
            return None
        return c.iso3
    return None


def _zh_verb_or_time(chunk: str) -> bool:
    """A verb or a time word among the words of ``chunk`` (jieba's tags): 上周四|宣布|制裁 is a clause, no role phrase."""
    import jieba.posseg

    return any(p.flag.startswith(("v", "t")) and p.flag != "vn" for p in jieba.posseg.lcut(chunk, HMM=False))  # 助理: vn


AR_OWNER_PERSON = True  # Arabic: a role or kin word in construct with a person of known country gives it (people52)
_AR_OWNER_NOUNS = frozenset(match_text(w) for w in ("صهر", "زوجة", "عقيلة", "مستشار", "مستشارة", "مساعد", "مساعدة",
                                                    "مبعوث", "ممثل", "المتحدث باسم", "الناطق باسم", "سكرتير"))
_AR_AND_HIS = re.compile(r"[ \u00a0]+و[^\W\d_]+ه[ \u00a0]+$")  # "صهر ترامب |ومستشاره| X": and his adviser


def _ar_owner_word_before(text: str, end: int) -> bool:
    """A role or kin noun of _AR_OWNER_NOUNS (or any state role word) ends right before ``end`` (a space between)."""
    lo = max(0, end - 24)
    chunk = text[lo:end].rstrip(" \u00a0")
    if len(chunk) == end - lo:
        return False
    words = chunk.split()
    if not words:
        return False
    for n in (2, 1):
        tail = match_text(" ".join(words[-n:])).lstrip("وف")
        if tail in _AR_OWNER_NOUNS or match_text(" ".join(words[-n:])) in _AR_OWNER_NOUNS:
            return True
    roles = _roles_in(chunk, "ar")
    return any(b == len(chunk) and code not in (None, "person", "counterpart") for _, b, code in roles)


def _ar_owner_person(text: str, m: Mention, people_ms: list[Mention]) -> str | None:
    """Arabic: the country of a person the name's role or kin noun is in construct with: before the name ("صهر
    ترامب ومستشاره جاريد كوشنر": his son-in-law and adviser) or in the apposition after it ("X، مستشار ترامب")."""
    for p in people_ms:
        if not p.iso3 or p.entity == m.entity:
            continue
        if p.end <= m.start and (not text[p.end:m.start].strip(" \u00a0") or _AR_AND_HIS.fullmatch(text, p.end, m.start)) \
                and _ar_owner_word_before(text, p.start):
            return p.iso3
        if p.start >= m.end and p.start - m.end <= 30:
            gap = re.fullmatch(r"[ \u00a0]*[،,]?[ \u00a0]*(.+?)[ \u00a0]+", text[m.end:p.start])
            if gap is not None and not re.search(r"[.،,:؛()«»\"]", gap.group(1)) \
                    and _ar_owner_word_before(text, p.start) and len(gap.group(1).split()) <= 2:
                return p.iso3
    return None


_ZH_CLAUSE_END = re.compile(r"[，。；：！？、,;:!?\n（）()]")
_ZH_QUOTED_BODY = re.compile(r"[“「\"][\u4e00-\u9fff]{1,8}[部院会會署][\u4e00-\u9fff]{0,3}[”」\"]")


@lru_cache(maxsize=1)
def _zh_taiwan_rx() -> re.Pattern:
    words = people.lexicon().get("taiwan_markers", {}).get("zh", [])
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)")


def _zh_taiwan_role(text: str, start: int) -> bool:
    """A Chinese role phrase right before the name, in its clause, that names a Taiwanese body or
    party (roles.json ``taiwan_markers``: 民进党“立法院”党团干事长X, 台湾行政院长X) or quotes a
    ministry as a mainland outlet writes Taiwan's (前“教育部长”X)."""
    lo = max(0, start - 24)
    cut = [h.end() for h in _ZH_CLAUSE_END.finditer(text, lo, start)]
    lo = cut[-1] if cut else lo
    clause = text[lo:start]
    roles = [r for r in _roles_in(clause, "zh") if r[2] not in (None, "person")]
    if not roles or not any(not clause[b:].strip(" “”\"「」") for _, b, _ in roles):
        return False  # no role word right before the name
    return bool(_zh_taiwan_rx().search(clause) or _ZH_QUOTED_BODY.search(clause))


_AR_SENTENCE_END = re.compile(r"[.!?؟\n]")
_AR_SIDE = re.compile(r"(?<!\w)[وف]?من[ \u00a0]+الجانب[ \u00a0]+")


def _ar_side_country(text: str, m: Mention, countries: list[Mention]) -> str | None:
    """The country of the "side" an Arabic attendance list opens with, earlier in the person's sentence
    ("وحضره من الجانب السوداني وزير ... علي كرتي", "كما حضره من الجانب الأمريكي، ... تيموثي
    ليندركينج"): the nearest such opening before the person decides, the next one starts another side."""
    start, _ = _sentence_around(text, m, _AR_SENTENCE_END)
    sides = list(_AR_SIDE.finditer(text, start, m.start))
    if not sides:
        return None
    at = sides[-1].end()
    return next((c.iso3 for c in countries if _word_start(text, c.start) == at or c.start == at), None)


AR_NISBA_SET_OFF = True  # Arabic: a definite noun's nisba, a comma or one more adjective, then the name (people58)
_AR_WORD_BEFORE = re.compile(r"([^\s،,.؛:()«»\"“”!?؟]+)[ \u00a0]*$")


def _ar_nisba_set_off(text: str, m: Mention, countries: list[Mention]) -> str | None:
    """Arabic: the country of a nisba that qualifies a definite noun before the name, set off from it by a comma, by
    one more definite adjective, or both, and an optional honorific: "الطفلة المغربية، مريم أمجون", "المنتج الفرنسي
    الشهير جاك بيدو", "الناشط السياسي الجزائري المعارض، الشيخ علي بلحاج". The nisba is a demonym written with the
    article, after a definite word (the noun it qualifies), not a country's name ("في المغرب، محمد" says nothing)."""
    pos = m.start
    before = text[max(0, pos - 60):pos]
    cut = len(before)
    word = _AR_WORD_BEFORE.search(before[:cut])
    if word and match_text(word.group(1)) in AR_SKIP:  # الشيخ, الدكتور
        cut = word.start()
    comma = re.search(r"[،,][ \u00a0]*$", before[:cut])
    if comma:
        cut = comma.start()
    at = max(0, pos - 60) + len(before[:cut].rstrip(" \u00a0"))
    nisba = next((c for c in countries if c.end == at and c.form == "demonym"), None)
    if nisba is None and (adj := _AR_WORD_BEFORE.search(before[:cut])) and adj.group(1).startswith("ال") \
            and match_text(adj.group(1)) not in AR_SKIP:
        end = max(0, pos - 60) + len(before[:adj.start()].rstrip(" \u00a0"))
        if not any(c.start < at and end < c.end for c in countries):  # the adjective is no country's word
            nisba = next((c for c in countries if c.end == end and c.form == "demonym"), None)
    if nisba is None or not comma and nisba.end == at \
            or not text[_word_start(text, nisba.start):nisba.end].startswith(("ال", "وال")):
        return None  # right before the name, the nisba is the name readers' own (المنتج الفرنسي جاك بيدو)
    head = _AR_WORD_BEFORE.search(text, max(0, nisba.start - 40), nisba.start)
    return nisba.iso3 if head and head.group(1).startswith(("ال", "وال")) else None
_AR_NASAB = re.compile(r"(?<!\w)(?:بن|بنت|آل)[ \u00a0]")


# a Vietnamese syllable: onset, vowels, coda (the letters of Vietnamese spelling; tones and vowel marks on
# the vowels). A Latin-script word of another shape ("Singh", "Richard", "Momanhant") is a foreign name.
_VI_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]{1,3}"
    r"(?:ch|ng|nh|[cmnpt])?", re.IGNORECASE)
_ZH_FOREIGN_DOT = re.compile(r"[·‧•・]")


def _foreign_shape(text: str, lang: str, m: Mention) -> bool:
    """A name whose shape is foreign to the language's home country, so that no home-country guess
    fits it: Vietnamese, a Latin-script word that is no Vietnamese syllable ("cựu Thủ tướng Momanhant
    Singh"); Chinese, a name joined to another by the middle dot of transliterated foreign names
    (米歇尔·多尼兰)."""
    if lang == "vi":
        return any(w.isalpha() and not _VI_SYLLABLE.fullmatch(w) for w in m.text.split())
    if lang == "zh" and ZH_NAME_BEFORE_ROLE and _zh_transliterated(m.text):
        return True  # 伯塞斯库: transliteration characters only
    if lang == "zh" and _zh_short_transliteration(m.text):
        return True  # 弗林, 舒马: transliteration characters only, a foreigner's surname
    if lang == "zh":
        return bool(_ZH_FOREIGN_DOT.match(text, m.end)) or bool(m.start and _ZH_FOREIGN_DOT.match(text, m.start - 1)) \
            or bool(_ZH_FOREIGN_DOT.search(m.text))
    return False


TH_FOREIGN_SENTENCE = True  # Thai: a person placed by a bare role word, in a sentence naming another state, is no home guess
_TH_SENTENCE_END = re.compile(r"[\n]|[ \u00a0]{2,}")


def _foreign_sentence(text: str, lang: str, m: Mention, mentions: list[Mention], home: str,
                      nasab: frozenset[str] | set[str] = frozenset()) -> bool:
    """Arabic: the sentence of a person whom only a bare role word places names another country and
    not the home one ("وسيبقى أوباما في العاصمة نيروبي حسبما صرح السفير روبرت غوديك", "والرئيس أوهورو
    كنياتا" after "ضيف كينيا"): Arabic is the language of many states, so the outlet's country is no
    guess for a visitor or the host of a visit; the person stays without one. A place of the home
    country in the sentence ("المحكمة الجزائية بالرياض") keeps the guess, and so does a name of the Gulf
    nasab shape (X بن Y, آل Z: "الأمير مقرن بن عبدالعزيز" in a sentence on Kuwait) or a later short
    form of one (``nasab``: the last words of such names: "خالد السديري" after "خالد بن أحمد السديري")."""
    if lang == "th" and TH_FOREIGN_SENTENCE:
        lo, hi = _sentence_around(text, m, _TH_SENTENCE_END)
        return any(c.iso3 and c.iso3 != home and c.kind == "country" and lo <= c.start < hi for c in mentions)
    if lang != "ar" or _AR_NASAB.search(m.text) or m.text.split() and match_text(m.text.split()[-1]) in nasab:
        return False
    countries = [c for c in mentions if c.iso3 and c.kind != "person"]
    lo, hi = _sentence_around(text, m, _AR_SENTENCE_END)
    named = {c.iso3 for c in countries if lo <= c.start < hi and c.kind == "country"}
    home_named = any(c.iso3 == home and c.kind in ("country", "place") for c in countries if lo <= c.start < hi)
    return bool(named - {home}) and not home_named


def _ar_nasab_at_home(text: str, m: Mention, mentions: list[Mention], home: str) -> bool:
    """Arabic: a name of the Gulf nasab shape (X بن Y Z, X آل Z: "نواف بن بجاد المرشدي", "سلمان آل رمضان")
    in news that names the home country, whose sentence names no other country: a person of the home
    country even with no role word beside it (a researcher, a manager, a sheikh). Not where the sentence
    names another state or one of its places (a Kuwaiti house, a Yemeni sheikh in Aden)."""
    if not _AR_NASAB.search(m.text):
        return False
    lo, hi = _sentence_around(text, m, _AR_SENTENCE_END)
    return not any(c.iso3 and c.iso3 != home and c.kind in ("country", "place") and lo <= c.start < hi for c in mentions)


def _by_surname(people_ms: list[Mention], known: dict[str, str]) -> None:
    """A one-word name takes the country of a longer name of the document ending in it ("Ông Imanov" and
    "Đại sứ Azerbaijan Anar Imanov": one person in one document); fills ``known`` (entity -> ISO3)."""
    by_surname: dict[str, str] = {}
    for m in people_ms:
        code = m.iso3 or known.get(m.entity)
        if code and len(m.text.split()) >= 2:
            by_surname.setdefault(match_text(m.text.split()[-1]), code)
    tails: dict[str, str] = {}  # the last units of a longer name, spaces and ZWNJ taken out
    for m in people_ms:
        code = m.iso3 or known.get(m.entity)
        units = [u for u in re.split(r"[\s\u200c]+", match_text(m.text).replace("\u200c", " ")) if u]
        if code and len(units) >= 2:
            for k in range(2, len(units) + 1):
                tails.setdefault("".join(units[-k:]), code)
    for m in people_ms:
        if not m.iso3 and m.entity not in known and len(m.text.split()) == 1:
            code = by_surname.get(match_text(m.text))
            if code:
                known[m.entity] = code
        if not m.iso3 and m.entity not in known:  # ميرتاج الديني after محمدرضا مير تاج‌الديني
            flat = re.sub(r"[\s\u200c]+", "", match_text(m.text))
            if len(flat) >= 6 and (code := tails.get(flat)):
                known[m.entity] = code


_TH_LATIN_AFTER = re.compile(r"[ \u00a0\u200b]*[(（][ \u00a0]*(?:H\.\s?E\.\s?)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s?|(?:U|Daw) (?=[A-Z]))?[A-Z][a-z]")


def _latin_form_after(text: str, end: int) -> bool:
    """A Thai- or Chinese-script name followed by its Latin spelling in brackets (นายฟิลิป เดลิดาคิส
    (Philip Dalidakis), 康明凱（Michael Kovrig）): a foreigner, whom neither the name's shape nor the
    home country places."""
    return bool(_TH_LATIN_AFTER.match(text, end))


_FA_SURNAME_ENDS = ("زاده", "نژاد", "پور", "یان", "ی", "فر", "نیا", "تبار", "وند", "لو")


def _fa_surname_shape(word: str) -> bool:
    """A Persian family name by its ending (علیزاده, نوری, کریمیان, تقوی‌فرد), four letters or more."""
    key = match_text(word)
    if key.endswith(("ای", "های")):  # نامه‌ای (a letter), کشورهای: an indefinite or plural noun
        return False
    return len(key.replace("\u200c", "").replace(" ", "")) >= 4 and key.endswith(_FA_SURNAME_ENDS)


_RU_SURNAME = re.compile(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын|ск|цк)(?:а|у|ым|ом|е|ой|ую|ых)?|[А-ЯЁ][а-яё]+(?:ский|цкий|ская|цкая|ского|цкого|скому|цкому|ским|цким|ской|цкой)")


def _ru_native_name(name: str) -> bool:
    """A Russian name of the Russian shape: a given name of the list and a surname in -ов/-ев/-ин/-ский
    in any case (Юрия Лужкова, Сергей Удальцов): in Russian news that names Russia, a Russian."""
    words = name.split()
    return len(words) == 2 and people._is_given(words[0], "ru") and bool(_RU_SURNAME.fullmatch(words[1]))


def _fa_nisba_surname(name: str) -> bool:
    """A Persian surname of the Iranian shape (a nisba in -ی: موسوی, کروبی, شریفی; no Arabic
    article: المالکی is Iraqi): in Persian news that names Iran, such a person is taken as Iranian."""
    words = match_text(name).split()
    if len(words) >= 2 and people.foreign_given(words[0], "fa"):
        return False  # الیزابت استیکنی: a Western given name, whatever the surname's ending
    return bool(words) and len(words[-1]) >= 4 and words[-1].endswith("ی") and not words[-1].startswith("ال") \
        and not re.search(r"[a-z\u0400-\u04ff]", name)


_FA_HOME = "IRN"


def _fa_foreign_given(name: str) -> bool:
    """The name opens with a Western or Russian given name of the list (لئونید اسلوتسکی رئیس کمیته ...):
    a role word beside it says nothing of an Iranian."""
    words = name.split()
    return len(words) >= 2 and people.foreign_given(words[0], "fa")


def _fa_native_name(name: str) -> bool:
    """A given name of the list and a surname of the Persian shape (حسین شریفی, کریم قنبری,
    مهدی تاج‌زاده): in Persian news an Iranian, even where the article never names Iran."""
    words = name.split()
    first = match_text(words[0]) if words else ""
    if people._abd_shape(first) and first not in people._given("fa") or people.foreign_given(first, "fa"):
        return False  # عبدالقهار بلخی: a name of the عبدال- shape the list lacks may be Afghan or Arab
    return len(words) >= 2 and people._is_given(words[0], "fa") and _fa_surname_shape(words[-1]) \
        and not match_text(words[-1]).startswith("ال") and not re.search(r"[a-z\u0400-\u04ff]", name)


@lru_cache(maxsize=1)
def _fa_home_honorifics() -> re.Pattern:
    words = people.lexicon()["bare_names"]["fa"].get("home_honorifics", [])
    alts = _ar_alternation(words)
    return re.compile(rf"(?<!\w)(?:{alts})[ \u00a0\u200c]*$")


def _fa_home_honorific(text: str, start: int) -> bool:
    """An Iranian rank right before the name (سردار سلامی, حجت‌الاسلام رئیسی, امیر سرتیپ حیدری)."""
    return bool(_fa_home_honorifics().search(text, max(0, start - 40), start))


_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_THAI_NAME = re.compile(r"[\u0e00-\u0e7f]+(?:(?:\u200b?\s{1,2}\u200b?|\u200b)[\u0e00-\u0e7f]+)?")


def _zh_transliterated(name: str) -> bool:
    """A Chinese-script name whose given part is made only of transliteration syllables (马科斯 Marcos,
    data/actors.json ``zh_runs_on.transliteration``) or that jieba tags a transliterated name (克拉夫特):
    a foreigner, not a Chinese by a surname's shape."""
    from bilat.stages.entities import actor_words

    syllables = actor_words()["zh_runs_on"]["transliteration"]
    if _zh_tags().get(name) == "nrt":
        return True
    return len(name) >= 3 and (all(ch in syllables for ch in name[1:])
                               or ZH_NAME_BEFORE_ROLE and len(name) >= 4 and all(ch in people.zh_translit_chars() for ch in name))


ZH_SHORT_TRANSLIT = True  # Chinese: a two- or three-character name made only of transliteration characters is foreign (people54)


def _zh_short_transliteration(name: str) -> bool:
    """A Chinese-script name of two or three characters, each a transliteration character (roles.json
    ``zh_transliteration_chars``: 弗林 Flynn, 杜鲁多 Trudeau, traditional script read as simplified), two of them
    not starting with a common Chinese surname (雷敏, 舒马 stay possible Chinese names): the shape of a foreigner's
    surname, so the home country is no guess for it."""
    if not ZH_SHORT_TRANSLIT:
        return False
    name = zh_simplified(name)
    if not (2 <= len(name) <= 3 and all(ch in people.zh_translit_chars() for ch in name)):
        return False
    return len(name) == 3 or name[0] not in people.zh_surnames()  # 雷敏 may be Chinese, 弗林 not


def native_country(name: str, lang: str) -> str | None:
    """The country a name's shape says when the document says nothing: a Chinese name of a common
    surname in Chinese text (CHN), a Vietnamese name starting with a family name in Vietnamese text
    (VNM), a Thai name in Thai text (THA), a surname ending of data/actors.json (Georgian -швили)."""
    from bilat.stages.entities import actor_words

    if lang == "zh" and _HAN_NAME.fullmatch(name) and (name[:1] in people.zh_surnames() or name[:2] in people.zh_surnames()) \
            and not _zh_transliterated(name):
        return "CHN"
    if lang == "vi":
        toks = name.split()
        if len(toks) >= 2 and toks[0].lower() in VI_FAMILY and re.search(r"[^\x00-\x7f]", name):
            return "VNM"
    if lang == "th" and _THAI_NAME.fullmatch(name):
        return "THA"
    last = name.split()[-1].lower() if name.split() else ""
    for code, ends in actor_words()["surname_endings"].items():
        if last.endswith(ends):
            return code
    return None


# --- patronymic chains and house names (Arabic script) -------------------------------------------

@lru_cache(maxsize=1)
def _family_words() -> dict[str, dict[str, frozenset[str]] | frozenset[str]]:
    """roles.json ``family_names``: the links of a patronymic chain (بن, ابن, بنت), house names
    (الصباح) and Persian kinship nouns (پسر), folded."""
    data = people.lexicon().get("family_names", {})
    fold = {k: {lang: frozenset(match_text(w) for w in ws) for lang, ws in data.get(k, {}).items()
                if not lang.startswith("_")} for k in ("links", "houses")}
    return {**fold, "fa_kin": frozenset(match_text(w) for w in data.get("fa_kin", ()))}


def chain_links(lang: str | None) -> frozenset[str]:
    """The folded link words of a patronymic chain in ``lang`` (بن, ابن, بنت; none outside ar/fa)."""
    return _family_words()["links"].get(lang or "", frozenset())


_FAMILY = match_text("آل")
_COMPOUND_FIRST = frozenset(match_text(w) for w in ("عبد", "أبو", "ابو"))
_AR_PUNCT = set("،,.؛:()[]«»\"“”!؟?-–—/")


def _word_before(text: str, pos: int) -> tuple[int, int] | None:
    """The word that ends right before ``pos`` with only spaces between, or None (punctuation or
    the start of the text comes first)."""
    i = pos
    while i > 0 and text[i - 1] in " \u00a0":
        i -= 1
    if i == 0 or text[i - 1].isspace() or text[i - 1] in _AR_PUNCT:
        return None
    j = i
    while j > 0 and not text[j - 1].isspace() and text[j - 1] not in _AR_PUNCT:
        j -= 1
    return j, i


def _words_from(text: str, pos: int, most: int = 8) -> list[tuple[int, int, str]]:
    """The words from ``pos`` on with only spaces between, as (start, end, folded)."""
    out: list[tuple[int, int, str]] = []
    for w in re.finditer(r"[^\s،,.؛:()\[\]«»\"“”!؟?\-–—/]+", text[pos:pos + 200]):
        gap = text[out[-1][1] if out else pos:pos + w.start()]
        if gap.strip(" \u00a0") or len(out) == most:
            break
        out.append((pos + w.start(), pos + w.end(), match_text(w.group(0))))
    return out


def _chain_name(tok: str, lang: str, after_compound: bool = False) -> bool:
    """A word that can stand in a patronymic chain as a name: no stop word, title, link or article
    word (the article only after عبد/أبو: عبد الله)."""
    if tok in chain_links(lang) or tok == _FAMILY or tok in AR_SKIP or tok in _COMPOUND_FIRST:
        return False
    if tok.startswith("ال") and not after_compound:
        return False
    return _is_name_token(tok, FA_STOP if lang == "fa" else AR_STOP)


def _bare_nisba(m: Mention) -> bool:
    """A demonym with no article (تركي, مصري): in a chain, a given name (تركي بن فهد)."""
    return m.kind == "country" and m.form == "demonym" and not match_text(m.text).startswith(("ال", "لل"))


def chain_head(text: str, lang: str | None, start: int, covered: Sequence[bool] = ()) -> int | None:
    """Where the chain starts when the name at ``start`` is a father's in a patronymic chain:
    the word before it (or its own first word) is a link and a name stands before the link
    ("متعب بن |عبدالله بن عبدالعزيز", "خالد |بن سلمان"); the head runs back over further links
    and a compound's عبد/أبو ("ريما بنت بندر بن |سلطان"). None when the name opens no chain;
    ``covered`` marks text of other (non-person) mentions, which is no name ("تركيا |بن علي")."""
    links = chain_links(lang)
    if not links:
        return None
    first = _words_from(text, start, 1)
    if first and first[0][0] == start and first[0][2] in links:
        link = first[0]
    else:
        w = _word_before(text, start)
        if w is None or match_text(text[w[0]:w[1]]) not in links:
            return None
        link = (w[0], w[1], "")
    head, s = None, link[0]
    while True:
        w = _word_before(text, s)
        if w is None or any(covered[w[0]:w[1]]):
            break
        tok = match_text(text[w[0]:w[1]])
        prev = _word_before(text, w[0])
        compound = prev is not None and match_text(text[prev[0]:prev[1]]) in _COMPOUND_FIRST
        if not _chain_name(tok, lang or "", compound):
            break
        head = s = prev[0] if compound else w[0]
        more = _word_before(text, s)
        if more is None or match_text(text[more[0]:more[1]]) not in links:
            break
        s = more[0]
    return head


def chain_end(text: str, lang: str | None, pos: int) -> int:
    """Where a patronymic chain that goes on at ``pos`` (a link word) ends: each link takes one
    name (a compound عبد الله as one), and آل takes the house name ("بن عبدالعزيز آل سعود")."""
    links, end = chain_links(lang), pos
    words = _words_from(text, pos)
    i = 0
    while i + 1 < len(words):
        tok = words[i][2]
        if tok == _FAMILY:
            return words[i + 1][1]
        if tok not in links:
            break
        j = i + 1
        compound = words[j][2] in _COMPOUND_FIRST and j + 1 < len(words)
        j += compound
        if not _chain_name(words[j][2], lang or "", compound):
            break
        end, i = words[j][1], j + 1
    return end


def house_name(words: Sequence[str], lang: str | None) -> bool:
    """The last of these (folded) words names a house or a father, not one person: it follows آل or
    a chain link (آل نهيان, محمد بن |سلمان) or is a ruling house's name (الصباح)."""
    if len(words) >= 2 and words[-2] in _COMPOUND_FIRST:  # ... بن عبد |العزيز: the compound is one name
        words = [*words[:-2], words[-2] + words[-1]]
    if len(words) >= 2 and (words[-2] == _FAMILY or words[-2] in chain_links(lang)):
        return True
    return bool(words) and words[-1] in _family_words()["houses"].get(lang or "", frozenset())


def broken_chain(name: str, lang: str | None) -> bool:
    """No Arabic-script name to learn: one read up to a chain link, آل or the عبد of a compound and no
    further (سليمان بن, محمد آل, خالد عبد: a chain cut short), a compound given name alone (عبد الله of
    "وعبد الله السعيد"), or, in Arabic, two words or more that open with the article (الأسبوع الماضي of
    "في الأسبوع الماضي، نائب وزير ...": a given name takes none)."""
    words = match_text(name).split()
    if not chain_links(lang) or not words:
        return False
    if words[-1] in chain_links(lang) or words[-1] == _FAMILY or words[-1] in _COMPOUND_FIRST:
        return True
    if len(words) == 2 and words[0] == match_text("عبد"):
        return True
    return lang == "ar" and len(words) >= 2 and name.split()[0].startswith(("ال", "لل")) \
        and not _al_given(name.split()[0]) and words[0] not in people.AR_NAME_TITLES  # (not أليكسيس, اليستير, للا)


AR_ROLE_COMMA = True  # Arabic: "وزير التجارة الأمريكي، |ويلبور روس|، قال": a name set off by commas after a role phrase
AR_ROLE_PHRASE_CHARS = 60  # the role phrase runs from its role word to the comma within this many characters
_AR_PHRASE_STOP = re.compile(r"[.؛:()\"\n!؟?]")
_AR_NAME_CLOSE = re.compile(r"[ \u00a0]*[،,]")
_AR_NAME_PART = re.compile(r"[ \u00a0]?-[ \u00a0]?[\u0621-\u064a]{2,}")


def _ar_name_after_role_comma(text: str, by_start: dict[int, Mention], covered: set[int]) -> list[Candidate]:
    """A name set off by commas right after an Arabic role phrase, mostly one that carries its country (a nisba or
    a country's name): "وزير التجارة الأمريكي، |ويلبور روس|، إن", "القنصل العام الإسباني بالرباط، |X Y|،"; without
    a country the name's first word must carry no clitic and the span must not read as a noun phrase
    (:func:`_ar_common_phrase`).
    The phrase is the role word (roles.json roles or country_roles) and a few words with no stop word
    but a venue word (لدى, في) and no other punctuation before the comma; the span is two to four
    words between that comma and the next, none a stop word, a title, a known entity, a digit or an
    accusative, the first with no article; the role and the country are those of the phrase."""
    rx = _STATE_RX.get("ar") or _ROLE_RX.get("ar")
    if not AR_ROLE_COMMA or rx is None:
        return []
    venues = _venue_words("ar")
    places = [(j, c) for j, c in sorted(by_start.items()) if c.kind in ("country", "org")]
    out: list[Candidate] = []
    for m in rx.finditer(text):
        end = m.end(1)
        comma = next((j for j in range(end, min(len(text), end + AR_ROLE_PHRASE_CHARS)) if text[j] in "،,"), None)
        if comma is None or _AR_PHRASE_STOP.search(text, end, comma):
            continue
        words = text[end:comma].split()
        if not words or len(words) > 6 or any(match_text(w) in AR_STOP and match_text(w) not in venues for w in words):
            continue  # (وزير الخارجية الأمريكي |قال|، ...: the phrase ended at a verb)
        inside = [c for j, c in places if end <= j < comma]
        country = next((c.iso3 for c in inside if c.kind == "country"), None) or (inside[0].iso3 if inside else None)
        start = comma + 1
        while start < len(text) and text[start] in " \u00a0":
            start += 1
        toks = _tokens(text, start)

        e = toks[-1][1] if toks else start
        part = _AR_NAME_PART.match(text, e)  # رافائيل فيرنانديز |-بيتا|: a hyphenated family name
        if part is not None:
            e = part.end()
        if not 2 <= len(toks) <= 4 or _AR_NAME_CLOSE.match(text, e) is None:
            continue
        first = toks[0]
        if first[3].startswith(("ال", "لل")) and not _al_given(first[3]) or _ar_role_noun(first[3]) \
                or first[2] in _ar_speech_verbs():
            continue
        if any(not _is_name_token(t[2], AR_STOP, t[3]) or t[2] in AR_SKIP or not re.fullmatch(r"[\u0621-\u064a]+", t[3])
               or t[3].endswith(("ين", "ون", "ات")) and t[3].startswith("ال")
               or _role_word_at(text, t[0]) or _state_role_at(text, t[0]) for t in toks):
            continue  # (سفير فرنسا، |الدول الأعضاء|،: plural nouns, titles, no name)
        s = toks[0][0]
        if any(k in covered for k in range(s, e)):
            continue
        if not inside and (not _good_first(toks[0][2]) or _ar_common_phrase(text[s:e])):
            continue  # a phrase with no country (مدير برامج الطوارئ في « يونيسف »، |مانويل فونتين|،): not a clitic word
            # or a noun phrase after the comma (النائب العام، |حسب الصحيفة|،)
        code = _STATE_CODE.get("ar", {}).get(match_text(m.group(1))) or _role_code("ar", m.group(1))
        out.append(Candidate(s, e, text[s:e], code, country, None))
    return out
