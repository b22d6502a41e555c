"""The packaged gazetteer: coverage, ids, CLDR filtering, caching."""

from __future__ import annotations

import re
from collections import defaultdict

from bilat import gazetteer
from bilat.normalize import match_text


def test_load_is_cached():
    # the load time is a benchmark figure (bench/entities.py), not a timed unit test
    gazetteer.load.cache_clear()
    gaz = gazetteer.load()
    assert gazetteer.load() is gaz


def test_every_iso_country_and_historical_states():
    gaz = gazetteer.load()
    for iso3 in ("VNM", "RUS", "BLR", "KAZ", "AZE", "USA", "CHN", "TLS", "PSE", "XKX", "SUN", "YUG", "CSK", "DDR"):
        e = gaz.country(iso3)
        assert e is not None and e.kind == "country" and e.iso3 == iso3, iso3
    assert len(gaz.countries()) >= 250
    assert gaz.country("rus").id == "Q159"


def test_qids_only_where_certain():
    gaz = gazetteer.load()
    assert gaz.country("VNM").id == "Q881" and gaz.country("SUN").id == "Q15180"
    for e in gaz.entities.values():
        assert re.fullmatch(r"Q\d+|bilat:(country|org|place|person):[A-Za-z0-9-]+", e.id), e.id
        if e.kind == "country" and not e.id.startswith("Q"):
            assert e.id == f"bilat:country:{e.iso3}"


def test_seven_language_names():
    gaz = gazetteer.load()
    for iso3 in ("VNM", "RUS", "BLR", "KAZ", "AZE", "SUN", "USA", "CHN"):
        names = gaz.country(iso3).names
        for lang in ("en", "ru", "vi", "th", "ar", "fa", "zh"):
            assert names.get(lang), (iso3, lang)
    assert "Bê-la-rút" in gaz.country("BLR").names["vi"]
    assert "俄罗斯联邦" in gaz.country("RUS").names["zh"]


def test_no_pattern_names_two_countries():
    gaz = gazetteer.load()
    for p in gaz.patterns:
        kinds = [gaz.get(i).kind for i in p.entities]
        assert kinds.count("country") <= 1, p


def test_cldr_names_of_other_locales_are_filtered():
    gaz = gazetteer.load()
    keys = defaultdict(set)
    for p in gaz.patterns:
        keys[p.key].add(p.lang)
    # short or one-locale names that are words elsewhere are dropped
    for word in ("sane", "suda", "수단", "저지"):
        assert word not in keys, word
    # the short Vietnamese forms exist but carry the neighbour check
    nga = [p for p in gaz.patterns if p.key == "nga" and p.pass_ == "a"]
    assert nga and nga[0].flags & gazetteer.VI_SHORT
    # English words that are also names need context
    jordan = [p for p in gaz.patterns if p.key == "jordan"]
    assert jordan and all(p.flags & gazetteer.CONTEXT for p in jordan)
    assert match_text("Liên Xô") in keys


def test_orgs():
    gaz = gazetteer.load()
    for qid in ("Q1065", "Q37470", "Q7768", "Q458", "Q7184", "Q7795", "Q7825", "Q7804", "Q7164"):
        assert gaz.get(qid).kind == "org"
    for oid in ("csto", "eaeu", "sco", "brics", "arf", "eas"):
        org = gaz.get(f"bilat:org:{oid}")
        assert org is not None and set(org.names) >= {"en", "ru", "vi", "zh", "ar", "fa", "th"}, oid


def _build_module():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_persons_are_merged_with_stable_ids(tmp_path):
    import json

    b = _build_module()
    (tmp_path / "a.json").write_text(json.dumps([
        {"id": None, "name": "Ngô Xuân Lịch", "country": "VNM",
         "roles": [{"title": "defence_minister", "start": 2016, "end": 2021}],
         "names": {"vi": ["Ngô Xuân Lịch"], "zh": ["吴春历"]}},
        {"id": "Q7747", "name": "Vladimir Putin", "country": "RUS", "roles": [], "names": {"ru": ["Владимир Путин"]}},
    ]), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps([
        {"id": None, "name": "Ngô Xuân Lịch", "country": "VNM", "roles": [], "names": {"en": ["Ngo Xuan Lich"]}},
    ]), encoding="utf-8")
    (tmp_path / "broken.json").write_text("[{", encoding="utf-8")
    builder = b.Builder()
    assert b.build_persons(builder, tmp_path) == 3
    ids = [e["id"] for e in builder.entities]
    assert ids == ["bilat:person:ngo-xuan-lich-vnm", "Q7747"]
    lich = builder.entities[0]
    assert lich["names"]["zh"] == ["吴春历"] and "Ngo Xuan Lich" in lich["names"]["en"]
    assert lich["roles"][0]["title"] == "defence_minister" and lich["roles"][0]["start"] == 2016
    keys = {k for k, _ in builder.patterns}
    assert "吴春历" in keys and "ngo xuan lich" in keys and "владимир путин" in keys


def test_blockers_carry_no_entity_and_names_beat_blockers():
    gaz = gazetteer.load()
    for p in gaz.patterns:
        if p.flags & gazetteer.BLOCK:
            assert p.entities == (), p
    samoa = [p for p in gaz.patterns if p.key == "american samoa"]
    assert samoa and not samoa[0].flags & gazetteer.BLOCK and gaz.get(samoa[0].entities[0]).iso3 == "ASM"


def test_persian_zwnj_names_also_spaced():
    # the build adds the spaced form of a Persian person name written with a ZWNJ (خامنه‌ای / خامنه ای)
    from bilat.normalize import match_text
    gaz = gazetteer.load()
    keys = {p.key for p in gaz.patterns if any(gaz.entities[e].kind == "person" for e in p.entities)}
    assert match_text("علی خامنه‌ای") in keys and match_text("علی خامنه ای") in keys


def test_persian_names_derived_from_arabic_ones():
    """A person with Arabic names and no Persian one gets Persian forms (used in Persian documents),
    with the Persian letter a Latin p, g, v or ch asks for; a name of given names only gets none."""
    b = _build_module()
    assert b.persian_forms("رودريغو باز", "Rodrigo Paz") == ["رودریغو باز", "رودریگو پاز"]
    assert b.persian_forms("بختيار سعيدوف", "Bakhtiyor Saidov") == ["بختیار سعیدوف"]  # -ov stays وف
    builder = b.Builder()
    for name, ar in (("Rodrigo Paz", ["رودريغو باز"]), ("Jafar Hassan", ["جعفر حسان"])):
        builder.entity({"id": f"x:{name}", "kind": "person", "name": name, "names": {"en": [name], "ar": ar}})
    roles = {"given_names": {"ar": ["جعفر", "حسان"], "fa": []}}
    assert b.build_fa_from_ar(builder, roles) == 2
    assert builder.entities[0]["names"]["fa"] == ["رودریغو باز", "رودریگو پاز"]
    assert "fa" not in builder.entities[1]["names"]
    assert "fa" in builder.pattern_lang[(match_text("رودریگو پاز"), "a")]


def test_a_persian_document_finds_a_leader_known_by_arabic_names_only():
    from bilat.stages.entities import EntityTagger
    from bilat.stages.names import Registry

    mentions, _ = Registry(EntityTagger()).process("رئیس جمهور آرژانتین ماوریسیو ماکری به تهران سفر کرد.", "fa")
    assert any(m.kind == "person" and m.iso3 == "ARG" for m in mentions)


def test_an_arabic_demonym_stem_the_listed_demonyms_do_not_bear_is_dropped():
    """النمسا's demonym is نمساوي: the stem نمس (+ي) would make the verb نمسي 'we spend the evening' Austria."""
    keys = {p.key for p in gazetteer.load().patterns if p.flags & gazetteer.AR_STEM}
    assert "نمس" not in keys and match_text("نمساو") in keys and match_text("روس") in keys
