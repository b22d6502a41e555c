"""Chinese names of gazetteer persons from CC-CEDICT glosses (scripts/build_cedict_persons.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from bilat import gazetteer

ROOT = Path(__file__).resolve().parents[1]


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_gloss_head_is_the_name_the_gloss_is_about():
    m = _module("build_cedict_persons")
    assert m.gloss_head("Samuel Berger, former US National Security Advisor under President Carter") == "Samuel Berger"
    assert m.gloss_head("Kim Jong-nam (1971-2017), the eldest son of Kim Jong-il") == "Kim Jong-nam"
    assert m.gloss_head("(Colonel Muammar) Gaddafi (1942-2011), de facto leader of Libya") == "(Colonel Muammar) Gaddafi"
    assert m.subseq(["mikhail", "gorbachev"], m.words("Mikhail Sergeyevich Gorbachev"))
    assert not m.subseq(["george", "h", "w", "bush"], m.words("George W. Bush"))


def test_build_adds_names_but_never_over_another_entity(tmp_path):
    b = _module("build_gazetteer")
    builder = b.Builder()
    kim = builder.entity({"id": "bilat:person:kim-jong-il-prk", "kind": "person", "name": "Kim Jong-il",
                          "country": "PRK", "roles": [], "names": {"en": ["Kim Jong-il"]}})
    other = builder.entity({"id": "bilat:place:x", "kind": "place", "name": "X", "names": {"zh": ["某地"]}})
    builder.add_pattern("某地", other, "zh")
    path = tmp_path / "cedict_persons.json"
    path.write_text(json.dumps({"aliases": [
        {"zh": "金正日", "id": "bilat:person:kim-jong-il-prk"},
        {"zh": "某地", "id": "bilat:person:kim-jong-il-prk"},  # already another entity's key: left out
        {"zh": "无人", "id": "bilat:person:nobody-xxx"},  # no such person
    ]}, ensure_ascii=False), encoding="utf-8")
    assert b.build_cedict_persons(builder, path) == 1
    assert builder.entities[kim]["names"]["zh"] == ["金正日"]
    assert list(builder.patterns[("某地", "a")]) == [other]


def test_shipped_aliases_are_reviewed_shapes():
    data = json.loads((ROOT / "scripts" / "gazetteer_src" / "cedict_persons.json").read_text(encoding="utf-8"))
    assert "CC BY-SA 4.0" in data["_about"] and data["cedict_date"]
    zh = {a["zh"]: a["name"] for a in data["aliases"]}
    assert zh["金正日"] == "Kim Jong-il" and zh["布什"] == "George W. Bush" and zh["戈尔巴乔夫"] == "Mikhail Gorbachev"
    # Socrates, Hillary Clinton, Nawaz/Shehbaz Sharif, Imam Hussein: another person bears the name
    for word in ("苏格拉底", "克林顿", "谢里夫", "侯赛因"):
        assert word not in zh
    # glosses that only mention a leader (Blue House, Reiwa, Papa Xi, Kim Jong-nam) give no name
    for word in ("青瓦台", "令和", "习大大", "金正男", "彭丽媛"):
        assert word not in zh


@pytest.mark.parametrize("text,name", [
    ("朝鲜领导人金正日当天视察了工厂。", "Kim Jong-il"),
    ("美国总统布什星期二抵达北京。", "George W. Bush"),
    ("德国前总理科尔在柏林发表讲话。", "Helmut Kohl"),
    ("利比亚领导人卡扎菲会见了来访的客人。", "Muammar Gaddafi"),
])
def test_chinese_text_finds_earlier_leaders(tagger, text, name):
    gaz = gazetteer.load()
    persons = [gaz.get(m.entity).name for m in tagger.mentions(text, "zh") if m.kind == "person"]
    assert name in persons
