"""The home country of a document: the country whose outlet wrote it, the "home" of its unnamed officials and of
"our country". A function of the document alone (its language, outlet, URL and text), used by ``entities`` (a
person's home-country guesses) and by ``events`` (actors); it lives in a module of its own so that the stages
before ``events`` import nothing of the events stage (bench/events_real.py ``EVENT_ONLY``, tests/test_benchcache.py).
"""
from __future__ import annotations

import re
from functools import cache

from bilat.datafiles import read_json
from bilat.records import Document
from bilat.stages.metadata import outlet_from_url


def base_lang(lang: str | None) -> str:
    """The base language of a tag ("zh-Hant" -> "zh"); English where none is given. The events stage reads it too."""
    return (lang or "en").split("-")[0].lower()


LANG_HOME = {"vi": "VNM", "th": "THA", "fa": "IRN", "ja": "JPN", "ko": "KOR", "uk": "UKR", "tr": "TUR",
             "zh": "CHN", "ru": "RUS", "de": "DEU", "fr": "FRA", "lo": "LAO", "km": "KHM", "my": "MMR", "id": "IDN"}


DOC_HOME = True  # the home country is the outlet's (data/doc_home.json: its host, else the article's evidence), not the language's


@cache
def _doc_home_data() -> tuple[tuple[tuple[str, str], ...], dict[str, dict]]:
    """(host suffix, ISO3) longest first, and the text markers per language (data/doc_home.json)."""
    data = read_json("doc_home.json")
    domains = sorted(((k.lower(), v) for k, v in data["domains"].items()), key=lambda kv: -len(kv[0]))
    return tuple(domains), {k: v for k, v in data["markers"].items() if not k.startswith("_")}


def _host_home(host: str | None) -> str | None:
    host = (host or "").lower().strip().rstrip(".")
    if not host or " " in host or "." not in host:
        return None
    return next((c for d, c in _doc_home_data()[0] if host == d or host.endswith("." + d)), None)


_ARABIC_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})  # ايران is ایران: Persian text in Arabic letters


def _text_home(text: str, lang: str) -> str | None:
    """The country the article's own evidence gives it (data/doc_home.json ``markers``, written in Persian
    letters: the text's Arabic ي and ك read as ی and ک), or None."""
    marks = _doc_home_data()[1].get(lang, {})
    if lang == "fa":
        text = text.translate(_ARABIC_LETTERS)
    home_dates = marks.get("home_dates", ())
    for code, m in marks.items():
        if code.startswith("_") or not isinstance(m, dict):
            continue
        if m.get("script") == "traditional" and text.count("國") <= text.count("国"):
            continue
        if any(re.search(d, text) for d in m.get("dates", ())) and not any(re.search(d, text) for d in home_dates):
            return code
        if any(w in text for w in m.get("not_names", ())):
            continue
        named = sum(text.count(w) for w in m.get("names", ()))
        if any(w in text for w in m.get("strong", ())) or named and m.get("min_names") and named >= m["min_names"] \
                or named and m.get("also") and all(w in text for w in m["also"]):
            return code
    return None


def document_home(doc: Document, table: dict[str, str] | None = None) -> str | None:
    """The country whose outlet wrote the document, the "home" of its unnamed officials and "our country": the
    country of its outlet's host (Document.outlet or the URL's; data/doc_home.json ``domains``: tolonews.com, .af
    -> AFG), else of the article's own evidence (``markers``: an Afghan solar date, Afghanistan named and Iran not;
    中華民國 or Taiwan named with 我國 in traditional script), else the language's (LANG_HOME). Only for a language
    with a home: an Arabic or English article keeps none. ``table``: the languages' homes to start from (LANG_HOME;
    the entities stage gives ``person_table``, where Arabic has one for people: a Moroccan article's is MAR)."""
    lang = base_lang(doc.lang)
    own = (LANG_HOME if table is None else table).get(lang)
    if own is None or not DOC_HOME:
        return own
    host = doc.outlet
    if doc.url:
        host = outlet_from_url(doc.url) or host
    return _host_home(host) or _text_home(doc.text or "", lang) or own


PERSON_HOME = True  # people's home-country guesses: the document's home from LANG_HOME and actors.json role_home (people55)


@cache
def person_table() -> dict[str, str]:
    """The languages' homes for people's home-country guesses: LANG_HOME and, where it has none, data/actors.json
    ``role_home`` (an official in Arabic news is Saudi unless the outlet's host or the text says otherwise)."""
    return {**read_json("actors.json").get("role_home", {}), **LANG_HOME}


def person_home(doc: Document) -> str | None:
    """The home country of the document's people (names.home_scope): ``document_home`` over ``person_table``, so an
    Arabic article has the home of its outlet's host or of its own evidence too (Morocco named again and again)."""
    if not PERSON_HOME:
        return document_home(doc)
    return document_home(doc, person_table())
