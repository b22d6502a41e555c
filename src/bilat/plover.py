"""PLOVER 2.0 ontology data for the ``events`` stage: types, modes, contexts, trigger lexicons
and embedding prototypes. Data only; the matching logic lives in ``events.py``. The trigger lexicons
are read from ``data/event_lexicon.json``, the other word tables and the prototypes from ``data/plover_words.json``.

Trigger entries are ``(pattern, event, mode, role, strength)``:

* ``pattern``: a lower-cased stem. Latin/Cyrillic/Vietnamese stems match at a word start
  (Vietnamese: whole syllables); Arabic-script stems match inside a word (clitics, plural and
  possessive endings are tolerated) after the folding in ``events.fold``; Chinese, Japanese,
  Thai and Korean stems match as substrings.
* ``role``: ``subj`` (the grammatical subject acts: "X visited Y"), ``host`` (the subject is the
  host and the object the visitor: "X received Y"), ``pair`` (a joint act: "X and Y signed"); the events
  stage gives ``addressed`` to a modal demand it finds ("X said Y must ...": the speaker acts on Y,
  ``events._modal_request``), a role no lexicon group takes.
* ``strength``: 1.0 a specific verb of the event; 0.5 a generic word ("cooperation") that codes an
  event only when the embedding prototypes agree.
"""

from __future__ import annotations

from collections import Counter

from bilat.datafiles import read_json

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
FIGURES = "STATEMENT_OF_FIGURES"  # bilat extension (docs/events.md)

# Modes per type (PLOVER 2.0 manual, abridged to the modes bilat codes).
MODES: dict[str, tuple[str, ...]] = {
    "AGREE": ("cooperate", "settle", "ceasefire", "meet", "aid", "release", "concede"),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "SUPPORT": ("agreement", "praise", "recognize", "apologize", "endorse"),
    "CONCEDE": ("release", "ease", "disarm", "return", "policy"),
    "COOPERATE": ("military", "economic", "intelligence", "judicial", "policy"),
    "AID": ("humanitarian", "military", "economic", "asylum", "development"),
    "RETREAT": ("withdraw", "release", "return", "disarm"),
    "REQUEST": ("assist", "cooperate", "negotiate", "invite", "settle"),
    "ACCUSE": ("disapprove", "crime", "war-crime", "corruption", "human-rights"),
    "REJECT": ("assist", "cooperate", "negotiate", "demand", "veto"),
    "THREATEN": ("sanction", "military", "relations", "ultimatum"),
    "PROTEST": ("demonstrate", "riot", "strike", "hunger-strike", "boycott"),
    "SANCTION": ("embargo", "expel", "freeze", "relations", "convict", "ban"),
    "MOBILIZE": ("troops", "alert", "police", "parade"),
    "COERCE": ("arrest", "seize", "censor", "deport", "ban"),
    "ASSAULT": ("firearms", "explosives", "aerial", "missile", "kill"),
}

# The word tables below are read from data/plover_words.json; data/event_lexicon.json holds the trigger lexicons and
# words appended to these tables by name (_load_additions). bench/events_real.py's cache of the stages before events
# leaves plover_words.json out of its key: those stages read KINGDOM only.
_WORDS = read_json("plover_words.json")


def _words(name: str) -> dict[str, tuple[str, ...]]:
    """Table ``name`` of data/plover_words.json: per language, its words."""
    return {lang: tuple(words) for lang, words in _WORDS[name].items()}


def _nested(name: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """Table ``name`` of data/plover_words.json: per key (a context, a sector, a flow), per language, its words."""
    return {key: {lang: tuple(words) for lang, words in table.items()} for key, table in _WORDS[name].items()}


def _prototypes() -> dict[tuple[str, str | None], tuple[str, ...]]:
    """data/plover_words.json's PROTOTYPES: per (type, mode), its sentences."""
    return {(p["type"], p["mode"]): tuple(p["sentences"]) for p in _WORDS["PROTOTYPES"]}


CONTEXTS: tuple[str, ...] = ("diplomatic", "military", "economic", "political", "legal", "humanitarian",
                             "security", "cultural", "health", "migration", "environment", "science")

# Words that put an event in a context (lower-cased stems, same matching as triggers).
CONTEXT_WORDS: dict[str, dict[str, tuple[str, ...]]] = _nested("CONTEXT_WORDS")


def _t(event: str, mode: str | None, role: str, strength: float, *patterns: str) -> list[tuple]:
    return [(p, event, mode, role, strength) for p in patterns]


# The trigger lexicon per language, in matching order: filled from data/event_lexicon.json ("triggers").
TRIGGERS: dict[str, tuple[tuple, ...]] = {}

# "at the invitation of X": X hosts the visit (PLOVER: the host is the recipient).
INVITATION: dict[str, tuple[str, ...]] = _words("INVITATION")

# Negation / future / historical markers (matched in a window before the trigger or in the sentence).
NEGATION: dict[str, tuple[str, ...]] = _words("NEGATION")
# Negation words that attach to the word before them ("didn't", "hasn't", "wasn't"): whole-word matching
# (events.find_in strict) does not ask for a word start before them.
CLITICS: dict[str, tuple[str, ...]] = _words("CLITICS")
# "Not only X but Y" says X was done: a NEGATION word inside one of these negates nothing.
NEGATION_NOT: dict[str, tuple[str, ...]] = _words("NEGATION_NOT")
# Words that open an aside naming co-actors between commas before the verb ("Egypt, with Qatar and Turkey,
# condemned Israel"): the countries in the aside act with the subject, they are not the act's recipients.
WITH_ASIDE: dict[str, tuple[str, ...]] = _words("WITH_ASIDE")
FUTURE: dict[str, tuple[str, ...]] = _words("FUTURE")
# Modal / potential wording: generic triggers in such sentences are not events.
MODAL: dict[str, tuple[str, ...]] = _words("MODAL")
# Anaphora that continue the previous sentence's event ("the two sides", "during this visit").
PAIR_ANAPHORA: dict[str, tuple[str, ...]] = {}  # per language; filled from data/event_lexicon.json ("words")
# words of a promise right before an act the PLOVER manual codes AGREE when promised ("promising humanitarian aid",
# "pledged $50 million in aid"; events.PROMISE_WORDS); filled from data/event_lexicon.json ("words" -> "PROMISE")
PROMISE: dict[str, tuple[str, ...]] = {}
THIS_VISIT: dict[str, tuple[str, ...]] = _words("THIS_VISIT")
# Role words: sector of the actor.
SECTOR_WORDS: dict[str, dict[str, tuple[str, ...]]] = _nested("SECTOR_WORDS")
# Words that make a sentence with figures a STATEMENT_OF_FIGURES, with the flow they name.
FIGURE_FLOWS: dict[str, dict[str, tuple[str, ...]]] = _nested("FIGURE_FLOWS")
TARGET_WORDS: dict[str, tuple[str, ...]] = _words("TARGET_WORDS")
FIGURE_UNITS = frozenset(_WORDS["FIGURE_UNITS"])

# Embedding prototypes: a few sentences per (type, mode), several languages. "NONE" holds typical
# non-event sentences (background, relations in general, opinion) that must not become events.
PROTOTYPES: dict[tuple[str, str | None], tuple[str, ...]] = _prototypes()

# Words that contain a trigger or marker but mean something else; matches inside them are ignored.
EXCLUDE: dict[str, tuple[str, ...]] = _words("EXCLUDE")

# Sport: a "meeting" (دیدار, مباراة, trận) between two national teams is not a CONSULT.
SPORTS: dict[str, tuple[str, ...]] = _words("SPORTS")

# An interview given to an outlet ("در مصاحبه با شبکه فاکس گفت"): the classifier's "meeting" in such a sentence is no
# meeting of states (events.INTERVIEW). Filled from data/event_lexicon.json 'words' -> 'INTERVIEW'.
INTERVIEW: dict[str, tuple[str, ...]] = {}

# Habitual / generic wording: "regularly exchange visits" is a pattern of relations, not an event.
HABITUAL: dict[str, tuple[str, ...]] = _words("HABITUAL")

# Crowds: PROTEST is people demonstrating (GUIDE.md); a "protest" without a crowd word is a
# government's verbal protest (summoning an ambassador to protest, a protest note), coded ACCUSE.
CROWD: dict[str, tuple[str, ...]] = _words("CROWD")

# Spoken acts: an "attack" in a sentence about words (a statement, remarks, a speech) and with no word of
# force is a verbal attack, coded ACCUSE (GUIDE.md), not ASSAULT.
SPOKEN: dict[str, tuple[str, ...]] = _words("SPOKEN")
FORCE: dict[str, tuple[str, ...]] = _words("FORCE")

# Locative words right before a country name: the country is the venue ("in the Philippines").
LOCATIVE: dict[str, tuple[str, ...]] = _words("LOCATIVE")

# Topic words right before a country name: the country is what is discussed ("talks about Syria", بشأن
# سوريا, 关于叙利亚), not a party. Filled from data/event_lexicon.json ("words" -> "TOPIC").
TOPIC: dict[str, tuple[str, ...]] = {}

# Passive markers: "Vietnam received great help from the Soviet Union" (受到 X 的帮助): the party between
# the marker and the trigger is the actor (vi "bị", th "ถูก", zh "遭到": "Nga bị Mỹ trừng phạt", sanctioned by
# the US; "chuẩn bị", "thiết bị", "ถูกต้อง" are in the lexicon's EXCLUDE words). zh "遭" alone ("俄罗斯遭美国制裁")
# and th "โดน", the colloquial "ถูก" ("รัสเซียโดนสหรัฐคว่ำบาตร"), with "周遭" and "โดนัลด์" (Donald) in EXCLUDE.
PASSIVE: dict[str, tuple[str, ...]] = _words("PASSIVE")

# Guest words right before the party met: "李强会见访华的印尼总统", "会见来访的X", "met the visiting Japanese
# premier": the party met is the visitor, and GUIDE.md makes the visitor the actor of the meeting.
GUEST: dict[str, tuple[str, ...]] = _words("GUEST")

# "With" before a country: in a joint act (talks, an agreement) the country so marked is the one met, and
# the other named country acts ("In talks with Nigeria, the US Secretary of State said", "在与美国会谈时，中方表示").
WITH: dict[str, tuple[str, ...]] = _words("WITH")

# --- dates: which of a sentence's dates is the event's (docs/events.md "Dates") ---------------------

# Reporting verbs and announcement nouns: a date right next to one ("announced on 2 May", "طبق اعلام ...
# در تاریخ ۲ مه", "外交部5月2日宣布") dates the report, not the event. Bare source markers ("according to",
# "به گفته", "theo", "据") are not listed: "according to X, on 5 May A and B signed" dates the signing.
REPORTING: dict[str, tuple[str, ...]] = _words("REPORTING")
# Words that open the reported clause: a date after them belongs to the reported event.
COMPLEMENTIZER: dict[str, tuple[str, ...]] = _words("COMPLEMENTIZER")
# Plans and terms that cover a period: a bare year right after one ("Kế hoạch trao đổi đoàn năm 2019",
# "خطة عام 2025", "план на 2019 год", "nhiệm kỳ 2020 – 2021") names the plan, not the event's date. After an
# agreement noun a bare year is usually when it was signed ("توقع اتفاقية ... عام 2012"), so those are not here.
PLAN_NOUNS: dict[str, tuple[str, ...]] = _words("PLAN_NOUNS")
# Any document: in languages with the modifier first, a year right before one ("the 2019 exchange plan",
# "the 2015 nuclear agreement", "2019年交流计划") names the document.
DOCUMENT_NOUNS: dict[str, tuple[str, ...]] = {lang: PLAN_NOUNS[lang] + words
                                              for lang, words in _words("DOCUMENT_NOUNS").items()}
# Words for "year" that may stand between a noun or preposition and the year ("năm 2019", "سال ۲۰۲۵").
YEAR_WORDS: dict[str, tuple[str, ...]] = _words("YEAR_WORDS")
# Temporal prepositions: a year after one is an adverbial of time ("signed an agreement in 2019"), a date.
TIME_PREPS: dict[str, tuple[str, ...]] = _words("TIME_PREPS")
# "So far", "in recent years", "last year", "previously": a past event in such a sentence is background or at
# another time, never dated by the narrative.
SO_FAR: dict[str, tuple[str, ...]] = _words("SO_FAR")


def _load_additions() -> None:
    """Read ``data/event_lexicon.json``: the trigger lexicon per language (``TRIGGERS``), word lists
    appended to the tables above, and its Persian-style negation and "between" words."""

    data = read_json("event_lexicon.json")
    for lang, groups in data.get("triggers", {}).items():
        TRIGGERS[lang] = TRIGGERS.get(lang, ()) + tuple(x for ev, mode, role, strength, words in groups
                                                         for x in _t(ev, mode, role, strength, *words))
    for name, per_lang in data.get("words", {}).items():
        table = globals()[name]
        for lang, words in per_lang.items():
            if not lang.startswith("_"):  # "_about": what the list is for
                table[lang] = tuple(dict.fromkeys(table.get(lang, ()) + tuple(words)))
    NEGATION_AFTER.update({k: tuple(v) for k, v in data.get("negation_after", {}).items()})
    NEGATION_COPULA.update({k: tuple(v) for k, v in data.get("negation_copula", {}).items()})
    BETWEEN.update({k: tuple(v) for k, v in data.get("between", {}).items()})
    JOINT_BY.update({k: tuple(v) for k, v in data.get("joint_by", {}).items() if not k.startswith("_")})
    KINGDOM.update(data.get("kingdom", {}))
    NONSTATE.update({k: tuple(v) for k, v in data.get("nonstate", {}).items()})
    ADDRESSEE.update({k: tuple(v) for k, v in data.get("addressee", {}).items()})
    GATHERING.update({k: tuple(v) for k, v in data.get("gathering", {}).items()})
    GATHERING_NAME.update({k: tuple(v) for k, v in data.get("gathering_name", {}).items() if not k.startswith("_")})
    PARADE.update({k: tuple(v) for k, v in data.get("parade", {}).items() if not k.startswith("_")})
    RECIPROCAL.update({k: tuple(v) for k, v in data.get("reciprocal", {}).items()})
    ACT_ANAPHORA.update({k: tuple(v) for k, v in data.get("act_anaphora", {}).items() if not k.startswith("_")})
    CONDITIONAL.update({k: tuple(v) for k, v in data.get("conditional", {}).items()})
    UNCERTAIN.update({k: tuple(v) for k, v in data.get("uncertain", {}).items()})
    for lang, spec in data.get("considered", {}).items():
        if not lang.startswith("_"):
            CONSIDERED[lang] = tuple(spec["words"])
            CONSIDERED_NOT[lang] = tuple(spec.get("not", ()))
    NOT_ATTENDED.update({k: tuple(v) for k, v in data.get("not_attended", {}).items() if not k.startswith("_")})
    TALKED_ABOUT.update({k: tuple(v) for k, v in data.get("talked_about", {}).items()})
    VICTIM_NOUN.update({k: tuple(v) for k, v in data.get("victim_noun", {}).items() if not k.startswith("_")})
    PASSIVE_BARE.update({k: tuple(v) for k, v in data.get("passive_bare", {}).items() if not k.startswith("_")})
    for lang, spec in data.get("wish", {}).items():
        WISH[lang] = tuple(spec["words"])
        WISH_PRESUPPOSED[lang] = tuple(spec.get("presupposed", ()))
    DENIAL.update({k: tuple(v) for k, v in data.get("denial", {}).items()})
    DENIAL_BEFORE.update({k: tuple(v) for k, v in data.get("denial_before", {}).items()})
    BASELESS.update({k: tuple(v) for k, v in data.get("baseless", {}).items() if not k.startswith("_")})
    NEGATED_REJECT.update({k: tuple(v) for k, v in data.get("negated_reject", {}).items() if not k.startswith("_")})
    REACTION.update({k: tuple(v) for k, v in data.get("reaction", {}).items() if not k.startswith("_")})
    NEGATED_SUPPORT.update({k: tuple(v) for k, v in data.get("negated_support", {}).items() if not k.startswith("_")})
    REQUESTER.update({k: tuple(v) for k, v in data.get("requester", {}).items() if not k.startswith("_")})
    RECIPIENT_SLOT.update({k: tuple(v) for k, v in data.get("recipient_slot", {}).items()})
    FORMER.update({k: tuple(v) for k, v in data.get("former", {}).items()})
    CIVIL_TRAVELLER.update({k: tuple(v) for k, v in data.get("civil_traveller", {}).items() if not k.startswith("_")})
    DIGEST.update({k: tuple(v) for k, v in data.get("digest", {}).items()})
    TERROR_CONDEMNED.update({k: tuple(v) for k, v in data.get("terror_condemned", {}).items() if not k.startswith("_")})
    ORG_OFFICIAL.update({k: tuple(v) for k, v in data.get("org_official", {}).items() if not k.startswith("_")})
    APPOSITION_NOT.update({k: frozenset(v) for k, v in data.get("apposition_not", {}).items() if not k.startswith("_")})
    CONTINUATION.update({k: tuple(v) for k, v in data.get("continuation", {}).items() if not k.startswith("_")})
    RESTATED.update({k: tuple(v) for k, v in data.get("continuation_restated", {}).items() if not k.startswith("_")})
    for lang, spec in data.get("noun_use", {}).items():
        NOUN_USE[lang] = (tuple(spec["nouns"]), tuple(spec["verbs"]), int(spec.get("within", 12)))
        if "far_verbs" in spec:
            NOUN_USE_FAR[lang] = (tuple(spec["far_verbs"]), int(spec.get("far_within", 80)), tuple(spec.get("told", ())),
                                  tuple(spec.get("during", ())))
    ATTENDANCE.update({k: tuple(v) for k, v in data.get("attendance", {}).items()})
    DESTINATION.update({k: tuple(v) for k, v in data.get("destination", {}).items()})
    AID_SENT.update({k: tuple(v) for k, v in data.get("aid_sent", {}).items() if not k.startswith("_")})
    OUR_COUNTRY.update({k: tuple(v) for k, v in data.get("our_country", {}).items() if not k.startswith("_")})
    FIRST_PERSON.update({k: tuple(v) for k, v in data.get("first_person", {}).items() if not k.startswith("_")})
    MEDIA.update({k: tuple(v) for k, v in data.get("media", {}).items()})
    AGENCY.update({k: tuple(v) for k, v in data.get("agency", {}).items() if not k.startswith("_")})
    AGENCY_AFTER.update({k: tuple(v) for k, v in data.get("agency_after", {}).items() if not k.startswith("_")})
    ORIGIN.update({k: tuple(v) for k, v in data.get("origin", {}).items()})
    for lang, spec in data.get("possessed_sanction", {}).items():
        if not lang.startswith("_"):
            POSSESSED_SANCTION[lang] = (tuple(spec["nouns"]), tuple(spec.get("modifiers", ())), tuple(spec["against"]))
    for side, words in data.get("nonstate_head", {}).items():
        if not side.startswith("_"):
            NONSTATE_HEAD[side] = {k: tuple(v) for k, v in words.items()}
    for side, words in data.get("relation_head", {}).items():
        if not side.startswith("_"):
            RELATION_HEAD[side] = {k: tuple(v) for k, v in words.items()}
    FUTURE_NOT.update({k: tuple(v) for k, v in data.get("future_not", {}).items()})
    WELCOME_TOPIC.update({k: tuple(v) for k, v in data.get("welcome_topic", {}).items()})
    for lang, kinds in data.get("speaker", {}).items():
        SPEAKER_PRONOUNS[lang] = tuple(kinds.get("pronouns", ()))
        SPEAKER_HOME_ROLES[lang] = tuple(kinds.get("home_roles", ()))
    IMPLIED_SPEAKER.update({k: (tuple(v["verbs"]), tuple(v["next"]))
                            for k, v in data.get("implied_speaker", {}).items() if not k.startswith("_")})
    ANNIVERSARY.update({k: {side: tuple(v.get(side, ())) for side in ("before", "after")}
                        for k, v in data.get("anniversary", {}).items() if not k.startswith("_")})


# Words right after a trigger that negate it (verb-final languages: Persian "امضا نکرد"); "between" words that
# introduce the pair of a joint act ("برقراری روابط بین A و B"). Both filled from data/event_lexicon.json.
NEGATION_AFTER: dict[str, tuple[str, ...]] = {}
NEGATION_COPULA: dict[str, tuple[str, ...]] = {}  # Persian "نیست": the trigger noun is the predicate denied
BETWEEN: dict[str, tuple[str, ...]] = {}
# Words after a joint act that name its two doers ("joint drills staged by A and B"): a pair for the joint act only,
# not a relation that stances are on (BETWEEN's other use). From data/event_lexicon.json "joint_by".
JOINT_BY: dict[str, tuple[str, ...]] = {}
# An unnamed speaker opening a sentence ("وی افزود:", "نائب رئیس کمیسیون امنیت ملی مجلس گفت:"): pronouns for the
# last person named, and the language's own institutions (its home country). From data/event_lexicon.json.
SPEAKER_PRONOUNS: dict[str, tuple[str, ...]] = {}
SPEAKER_HOME_ROLES: dict[str, tuple[str, ...]] = {}
# A reporting verb opening a sentence with its subject left out ("وقال إن ..."): (verbs, words that may follow it).
IMPLIED_SPEAKER: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
# The bare "the kingdom" ("المملكة") for the kingdom an article is about: per language, its words, the words after
# it that make it another name ("المملكة المتحدة"), the default kingdom and the kingdoms it may stand for.
KINGDOM: dict[str, dict] = {}
# An act an anniversary counts from ("中意建交40周年", "kỷ niệm 30 năm thiết lập quan hệ ngoại giao"): per language, regular
# expressions right "after" the trigger word or ending "before" it (events.ANNIVERSARY). From data/event_lexicon.json.
ANNIVERSARY: dict[str, dict[str, tuple[str, ...]]] = {}
# Words for actors that are no state ("the international community", "the West", "lawyers"): the subject of a trigger.
NONSTATE: dict[str, tuple[str, ...]] = {}
# Addressees of a request that are no state ("the public", "its citizens"), after the verb. From data/event_lexicon.json.
ADDRESSEE: dict[str, tuple[str, ...]] = {}
# Gatherings of many states (a summit, a conference): a meeting there is a pair's only when the sentence names both.
GATHERING: dict[str, tuple[str, ...]] = {}
GATHERING_NAME: dict[str, tuple[str, ...]] = {}  # gathering nouns named after their host ("مؤتمر البحرين")
# Words for a military parade or ceremony ("parade", "阅兵", "رژه"): a troop figure there is no deployment against a
# recipient (events.MOBILIZE_WITH_FIGURES). From data/event_lexicon.json ("parade").
PARADE: dict[str, tuple[str, ...]] = {}
# Words that make an act of countries listed together mutual ("each other", "یکدیگر", "互相"): "A and B accused each
# other" is an act between the two. From data/event_lexicon.json ("reciprocal").
RECIPROCAL: dict[str, tuple[str, ...]] = {}
# Words that open a condition ("if", "اگر", "如果"): a trigger after one in its clause is a hypothetical act. From
# data/event_lexicon.json ("conditional").
CONDITIONAL: dict[str, tuple[str, ...]] = {}
# Words that make the act after them in its clause only possible or asked about ("probably", "whether", "احتمالا",
# "возможно", "可能"): a hypothetical act, like a condition's. From data/event_lexicon.json ("uncertain").
UNCERTAIN: dict[str, tuple[str, ...]] = {}
# Words of weighing an act not yet decided ("is considering", "يدرس", "در نظر دارد", "рассматривает возможность",
# "cân nhắc", "考虑", "กำลังพิจารณา"): the act after them in its clause is only considered (status wish), and the
# phrases that hold such a word but weigh no act ("考虑到", taking into account). From data/event_lexicon.json
# ("considered").
CONSIDERED: dict[str, tuple[str, ...]] = {}
CONSIDERED_NOT: dict[str, tuple[str, ...]] = {}
# Negated verbs of going to or taking part in a meeting ("will not attend", "не полетит", "لن يشارك", "不会出席"): a
# meeting told after one in its clause is not gone to (status negated). From data/event_lexicon.json ("not_attended").
NOT_ATTENDED: dict[str, tuple[str, ...]] = {}
# Words of talking about a topic ("talked about", "discussed", "نتحدث عن", "обсудили", "thảo luận về", "讨论"): an act
# named by a noun after them is the topic talked about, no act done. From data/event_lexicon.json ("talked_about").
TALKED_ABOUT: dict[str, tuple[str, ...]] = {}
# Killing nouns whose victim, a person, is named right after them ("مقتل", "جريمة قتل"): the death of that person, no
# act of state by these words (events._victim_named). From data/event_lexicon.json ("victim_noun").
VICTIM_NOUN: dict[str, tuple[str, ...]] = {}
# Words that open a wished or expected act ("امیدواریم", "مایل است"), and the words that make the act after them one
# that has happened ("بعد از", after); words that deny what an accusation names ("تکذیب"). From data/event_lexicon.json
# ("wish", "denial").
WISH: dict[str, tuple[str, ...]] = {}
WISH_PRESUPPOSED: dict[str, tuple[str, ...]] = {}
DENIAL: dict[str, tuple[str, ...]] = {}
# Denial words before what they deny ("denied", "نفت", "否认"). From data/event_lexicon.json ("denial_before").
DENIAL_BEFORE: dict[str, tuple[str, ...]] = {}
# Words after an act that call its report baseless ("报道没有任何根据", "are groundless"). From data/event_lexicon.json
# ("baseless").
BASELESS: dict[str, tuple[str, ...]] = {}
# Trigger words whose negation is a refusal ("لا نعترف بـ", "does not recognise"): a negated act of these is REJECT
# realised, not the act negated (GUIDE.md: "refused to meet" is REJECT). From data/event_lexicon.json
# ("negated_reject").
NEGATED_REJECT: dict[str, tuple[str, ...]] = {}
NEGATED_SUPPORT: dict[str, tuple[str, ...]] = {}
REACTION: dict[str, tuple[str, ...]] = {}
PASSIVE_BARE: dict[str, tuple[str, ...]] = {}  # a passive marker right before the act's word, no agent (data: passive_bare)
# "At the request of" ("theo đề nghị của", "بناء على طلب"): the country after it asked for the act. From
# data/event_lexicon.json ("requester").
REQUESTER: dict[str, tuple[str, ...]] = {}
# Trigger stems whose " * " names the recipient ("در اختیار X قرار داد"). From data/event_lexicon.json ("recipient_slot").
RECIPIENT_SLOT: dict[str, tuple[str, ...]] = {}
# Words that open a line continuing the previous sentence's act, its subject left out ("และ", "โดย", "and"). From
# data/event_lexicon.json ("continuation").
CONTINUATION: dict[str, tuple[str, ...]] = {}
# Words pointing back to a meeting told before ("ดังกล่าว", the said): such a continuing line restates it.
RESTATED: dict[str, tuple[str, ...]] = {}
ACT_ANAPHORA: dict[str, tuple[str, ...]] = {}  # "this move", "این اقدام": an act told just before (data/event_lexicon.json)
# Words for "former" ("سابق", "پیشین"): a former official acts for no state. From data/event_lexicon.json ("former").
FORMER: dict[str, tuple[str, ...]] = {}
# Nouns of civilians who travel (tourists, students, scholars, pilgrims, athletes): a visit they make is no state's.
# From data/event_lexicon.json ("civil_traveller"); read by events._civil_traveller.
CIVIL_TRAVELLER: dict[str, tuple[str, ...]] = {}
# Words that make a sentence a list of news headlines ("عناوین اخبار"). From data/event_lexicon.json ("digest").
DIGEST: dict[str, tuple[str, ...]] = {}
# Words of a terrorist act (a bombing, a suicide attack) whose condemnation accuses no state named only as where it
# happened. From data/event_lexicon.json ("terror_condemned").
TERROR_CONDEMNED: dict[str, tuple[str, ...]] = {}
# Role words of an organisation's official ("Secretary-General", "الأمين العام", "秘书长"): a person named right after an
# organisation with no country and one of them acts for the organisation, no state. From data/event_lexicon.json.
ORG_OFFICIAL: dict[str, tuple[str, ...]] = {}
APPOSITION_NOT: dict[str, frozenset[str]] = {}  # clause openers after a name's comma (no apposition)
# Meeting nouns that name a mechanism or a topic far more often than they tell a meeting ("中美战略与经济对话" in a
# commentary): per language (nouns, holding verbs, distance) -- such a noun is a trigger only with a holding verb
# ("举行", "主持") within that many characters, no punctuation between. From data/event_lexicon.json.
NOUN_USE: dict[str, tuple[tuple[str, ...], tuple[str, ...], int]] = {}
# ... and per language the verbs that hold such a noun anywhere later in its clause (within that many characters:
# "رایزنی سیاسی بین ... برگزار شد"), the words right before it that make it a meeting told before ("این نشست"), and
# the words a little before it that make it an act done ("ضمن بررسی و توافق", while reviewing and agreeing).
NOUN_USE_FAR: dict[str, tuple[tuple[str, ...], int, tuple[str, ...], tuple[str, ...]]] = {}
# A sentence opening with these words lists who attended a meeting told before ("حضر اللقاء ...", "Tham dự buổi
# tiếp có ..."): no meeting of its own. From data/event_lexicon.json.
ATTENDANCE: dict[str, tuple[str, ...]] = {}
# Verbs of sending or handing over that make an excluded aid noun an act again ("کمک‌های بشردوستانه ارسال کرد":
# sent humanitarian aid), with a recipient marked before it. From data/event_lexicon.json.
AID_SENT: dict[str, tuple[str, ...]] = {}
# Words right before a country that make it where a visit goes, in a verb-final language ("به روسیه سفر کرد",
# "عازم مسکو شد"): that country hosts, the visitor is another. From data/event_lexicon.json.
DESTINATION: dict[str, tuple[str, ...]] = {}
# The outlet's "our country" ("کشورمان"): the language's home country, a party where it is written (events.
# _with_our_country). From data/event_lexicon.json.
OUR_COUNTRY: dict[str, tuple[str, ...]] = {}
# "we", "our", "بلادنا", "我们": inside a quotation, the speaker's country (events._with_quoted_speaker). From
# data/event_lexicon.json ("first_person").
FIRST_PERSON: dict[str, tuple[str, ...]] = {}
# Words for a news outlet that a country right after names as its attribute ("یک روزنامه روسی", "صحيفة أمريكية"):
# that country is no party of an event. From data/event_lexicon.json.
MEDIA: dict[str, tuple[str, ...]] = {}
# Words for a news agency before (AGENCY: "وكالة الأنباء الروسية") or after (AGENCY_AFTER: "российское агентство") the
# country that names its attribute: that country neither visits nor hosts (events._agency). From data/event_lexicon.json.
AGENCY: dict[str, tuple[str, ...]] = {}
AGENCY_AFTER: dict[str, tuple[str, ...]] = {}
# Words right after a demonym that make it a person's origin ("of Lebanese origin", "сирийского происхождения"):
# that country is no party of an event. From data/event_lexicon.json.
ORIGIN: dict[str, tuple[str, ...]] = {}
POSSESSED_SANCTION: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}
# Head nouns of a non-state actor whose country is named as its attribute, per side: "before" the country
# ("مقاومت لبنان", "حزب الله اللبناني", "phe đối lập Syria") or "after" it ("黎巴嫩真主党", "Iraqi militias",
# "ливанская «Хезболла»"): that country is no party of an event. From data/event_lexicon.json.
NONSTATE_HEAD: dict[str, dict[str, tuple[str, ...]]] = {}
# Nouns of a relation between two countries (conflict, dispute, crisis) named by a pair of their adjectives, per
# side: "before" the pair ("النزاع الإسرائيلي الفلسطيني") or "after" it ("the Israeli-Palestinian conflict"): the
# pair names the relation, neither country is a party of an event. From data/event_lexicon.json.
RELATION_HEAD: dict[str, dict[str, tuple[str, ...]]] = {}
# Words that begin with a future prefix but are no future verb (Arabic "سياسة", "سيادة", "ستة"). From
# data/event_lexicon.json.
FUTURE_NOT: dict[str, tuple[str, ...]] = {}
# Nouns right after "از" before a reception word that make it the welcoming of an idea, not of a guest ("از گسترش
# روابط با ایران استقبال کرد", welcomed wider ties): no visit. From data/event_lexicon.json.
WELCOME_TOPIC: dict[str, tuple[str, ...]] = {}
_load_additions()


def document_kingdom(mentions, lang: str) -> str | None:
    """The kingdom a bare "the kingdom" (``KINGDOM``) stands for in a document: the language's default (Saudi
    Arabia for Arabic) when the document names it (country, capital, person) or no other kingdom of the list,
    else the kingdom of the list it names most. ``mentions`` are the document's (``kind`` and ``iso3``)."""
    spec = KINGDOM.get(lang)
    if not spec:
        return None
    named = Counter(m.iso3 for m in mentions if m.iso3 and m.kind in ("country", "person", "place", "org"))
    default = spec.get("default")
    others = [(n, c) for c, n in named.items() if c in spec.get("kingdoms", ()) and c != default]
    if default in named or not others:
        return default
    return max(others)[1]
