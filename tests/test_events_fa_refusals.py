"""Persian refusals and light verbs (issue 10, fa): a request, offer or accusation named as the object of a later
refusal ("درخواست آمریکا را رد کرد", "با پیشنهاد ... مخالفت کرد") is what was refused: the event is the refusal, the
noun's author its recipient, and no request or accusation of the refuser's; a trigger's closing light verb "کرد" /
"نمود" is found in its other tenses ("رد نمود", "رد خواهد کرد", "رد می‌کند", not "رد نکرد"); refusals by "نمی‌پذیرد",
"نخواهد پذیرفت", "از پذیرش ... خودداری کرد", "مخالف است". Sentences composed for the test (no corpus sentence)."""
from __future__ import annotations

import dataclasses

import pytest
from test_events import make_doc, trigger_types, two_party

from bilat.stages import events

CODES = {"ایران": "IRN", "آمریکا": "USA", "ترکیه": "TUR", "یونان": "GRC", "روسیه": "RUS", "ژاپن": "JPN",
         "چین": "CHN", "هند": "IND", "پاکستان": "PAK", "مصر": "EGY", "اتیوپی": "ETH"}


def c(*names: str) -> list[tuple[str, str, str]]:
    return [(n, CODES[n], "country") for n in names]


# --- the refused noun is the object, not the act --------------------------------------------------------------
@pytest.mark.parametrize("text, names, want", [
    ("وزیر خارجه ایران درخواست آمریکا را رد کرد.", ("ایران", "آمریکا"), ("REJECT", "IRN", "USA")),
    ("ترکیه اتهامات یونان را رد کرد.", ("ترکیه", "یونان"), ("REJECT", "TUR", "GRC")),
    ("پاکستان اتهام هند را قاطعانه رد کرد.", ("پاکستان", "هند"), ("REJECT", "PAK", "IND")),
    ("دولت چین با درخواست ژاپن مخالفت کرد.", ("چین", "ژاپن"), ("REJECT", "CHN", "JPN")),
    ("مصر تهدید اتیوپی را محکوم کرد.", ("مصر", "اتیوپی"), ("ACCUSE", "EGY", "ETH")),
])
def test_a_noun_refused_is_the_object_of_the_refusal(lexical, text, names, want):
    got = two_party(lexical, text, "fa", c(*names))
    assert want in got
    assert all(e == want[0] for e, _, _ in got)  # no request, accusation or threat of its own


def test_the_object_needs_the_marker_before_the_verb():
    # the request stands alone: "ایران درخواست کرد که آمریکا ..." has no noun refused
    text = "ایران درخواست کرد که آمریکا تحریم‌ها را رد کند."
    trigs = events.find_triggers(text, 0, len(text), "fa")
    frame = next(t for t in trigs if t.event == "REQUEST")
    doc = make_doc(text, "fa")
    assert events._verb_of_object(text, doc.sentences[0], "fa", frame, trigs) is None


def test_a_clause_break_parts_the_noun_from_a_later_verb():
    text = "ایران درخواست آمریکا را بررسی کرد؛ روسیه آن را رد کرد."
    trigs = events.find_triggers(text, 0, len(text), "fa")
    frame = next(t for t in trigs if t.event == "REQUEST")
    doc = make_doc(text, "fa")
    assert events._verb_of_object(text, doc.sentences[0], "fa", frame, trigs) is None


# --- light verbs --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ایران درخواست آمریکا را رد نمود.",
    "ایران درخواست آمریکا را رد کرده است.",
    "ایران پیشنهاد آمریکا را رد خواهد کرد.",
    "ایران پیشنهاد آمریکا را رد می‌کند.",
    "ایران پیشنهاد آمریکا را رد می کنند.",
])
def test_a_closing_light_verb_in_its_other_tenses(text):
    assert "REJECT" in trigger_types(text, "fa")


@pytest.mark.parametrize("text", [
    "ایران پیشنهاد آمریکا را رد نکرد.",
    "ایران پیشنهاد آمریکا را رد نمی‌کند.",
    "ایران پیشنهاد آمریکا را رد نخواهد کرد.",
])
def test_a_negated_light_verb_is_no_refusal(text):
    assert "REJECT" not in trigger_types(text, "fa")


def test_the_light_verb_of_other_stems_too():
    assert "ACCUSE" in trigger_types("ایران اقدام آمریکا را محکوم نمود.", "fa")
    assert "REQUEST" in trigger_types("روسیه هند را به نشست دعوت خواهد کرد.", "fa")


def test_a_word_list_ending_in_a_light_verb_keeps_its_own_tense():
    # only trigger stems take the other tenses: the uncertainty list's 'تلاش کرد' (tried) is no 'تلاش می‌کند'
    text = "آمریکا تلاش می کند روسیه را منصرف کند."
    assert events.find_in(text, 0, len(text), "fa", ("تلاش کرد",)) == []


def test_one_word_found_by_two_stems_is_one_trigger():
    text = "آمریکا می‌کوشد روسیه را منصرف کند."
    assert trigger_types(text, "fa").count("REQUEST") == 1


# --- more refusals ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, names, want", [
    ("ایران پیشنهاد آمریکا را نمی‌پذیرد.", ("ایران", "آمریکا"), ("REJECT", "IRN", "USA")),
    ("ایران پیشنهاد آمریکا را نخواهد پذیرفت.", ("ایران", "آمریکا"), ("REJECT", "IRN", "USA")),
    ("چین از پذیرش پیشنهاد ژاپن خودداری کرد.", ("چین", "ژاپن"), ("REJECT", "CHN", "JPN")),
    ("روسیه با طرح ژاپن مخالف است.", ("روسیه", "ژاپن"), ("REJECT", "RUS", "JPN")),
])
def test_more_refusals(lexical, text, names, want):
    assert want in two_party(lexical, text, "fa", c(*names))


def test_not_accepting_is_no_reception(lexical):
    got = two_party(lexical, "ایران پیشنهاد آمریکا را نخواهد پذیرفت.", "fa", c("ایران", "آمریکا"))
    assert not any(e == "CONSULT" for e, _, _ in got)


def test_an_adverbial_criticism_is_no_object_of_a_later_request(lexical):
    # "with criticism of Turkey, [he] called for talks": the criticism is its own act, not what was asked
    got = two_party(lexical, "وزیر خارجه ایران با انتقاد از مواضع ترکیه، خواستار مذاکره با یونان شد.", "fa",
                    c("ایران", "ترکیه", "یونان"))
    assert ("ACCUSE", "IRN", "TUR") in got


@pytest.mark.parametrize("text, n", [
    ("به احتمال زیاد، ایران پیشنهاد آمریکا را نخواهد پذیرفت.", 0),
    ("ایران پیشنهاد آمریکا را رد کرد و به احتمال زیاد، بحران ادامه می‌یابد.", 1),
])
def test_a_sentence_opened_by_likelihood_tells_no_act(lexical, text, n):
    got = two_party(lexical, text, "fa", c("ایران", "آمریکا"))
    assert sum(e == "REJECT" for e, _, _ in got) == n


# --- thanks for a support or aid named after "از" -------------------------------------------------------------
@pytest.mark.parametrize("text, names, want", [
    ("هند از حمایت روسیه قدردانی نمود.", ("هند", "روسیه"), ("SUPPORT", "IND", "RUS")),
    ("مصر از حمایت‌های چین تقدیر کرد.", ("مصر", "چین"), ("SUPPORT", "EGY", "CHN")),
])
def test_the_thanker_acts_on_the_one_whose_support_is_thanked(lexical, text, names, want):
    assert two_party(lexical, text, "fa", c(*names)) == [want]


def test_a_support_not_opened_by_from_is_no_object():
    text = "هند حمایت روسیه را ستود."
    trigs = events.find_triggers(text, 0, len(text), "fa")
    doc = make_doc(text, "fa")
    assert events._verb_of_from(text, doc.sentences[0], "fa", trigs[0], trigs) is None


def test_a_comma_parts_the_object_from_the_verb():
    text = "هند از حمایت روسیه، قدردانی کرد."
    trigs = events.find_triggers(text, 0, len(text), "fa")
    doc = make_doc(text, "fa")
    assert events._verb_of_from(text, doc.sentences[0], "fa", trigs[0], trigs) is None


# --- a capital addressed after از / به ----------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("تهران از بغداد خواست سفیرش را فرا بخواند.", ("REQUEST", "IRN", "IRQ")),
    ("مسکو به واشنگتن هشدار داد.", ("THREATEN", "RUS", "USA")),
    ("عربستان از آنکارا انتقاد کرد.", ("ACCUSE", "SAU", "TUR")),
])
def test_a_capital_asked_warned_or_criticised_is_its_government(tagger, lexical, text, want):
    ms = tagger.mentions(text, "fa")
    doc = lexical(dataclasses.replace(make_doc(text, "fa"), mentions=tuple(ms)))
    got = [(e.event, e.actor.code, e.recipient.code) for e in events.exported(doc.events) if e.actor and e.recipient]
    assert want in got


@pytest.mark.parametrize("text, form", [
    ("تهران از بغداد خواست سفیرش را فرا بخواند.", "capital"),
    ("وزیر خارجه ایران از بغداد به تهران بازگشت.", "place"),  # came back from Baghdad
    ("وزیر خارجه ایران به بغداد سفر کرد.", "place"),
])
def test_only_a_word_of_addressing_after_makes_the_capital_its_government(tagger, text, form):
    baghdad = next(m for m in tagger.mentions(text, "fa") if m.text == "بغداد")
    assert baghdad.form == form


# --- the outlet's "our country" -----------------------------------------------------------------------------
def test_our_country_is_the_home_country(lexical):
    text = "وزیر امور خارجه کشورمان با وزیر خارجه ترکیه دیدار کرد."
    assert ("CONSULT", "IRN", "TUR") in two_party(lexical, text, "fa", c("ترکیه"))


def test_a_foreign_officials_our_country_in_quotes_is_not_iran(lexical):
    text = "وزیر خارجه ترکیه گفت: «کشورمان با یونان مذاکره می‌کند»."
    got = two_party(lexical, text, "fa", c("ترکیه", "یونان"))
    assert not any("IRN" in (a, r) for _, a, r in got)


@pytest.mark.parametrize("text, want", [
    ("ژاپن به هند قول خواهد داد.", "AGREE"),
    ("ژاپن به هند قول می‌دهد.", "AGREE"),
    ("وزیر خارجه قطر راهی تهران خواهد شد.", "CONSULT"),
])
def test_the_light_verbs_dadan_and_shodan_in_their_tenses(text, want):
    assert want in trigger_types(text, "fa")


@pytest.mark.parametrize("text", ["ژاپن به هند قول نداد.", "وزیر خارجه قطر راهی تهران نشد."])
def test_negated_dadan_and_shodan_are_no_trigger(text):
    assert trigger_types(text, "fa") == []
