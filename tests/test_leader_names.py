"""Hand-written fa/ru/th/ar names of gazetteer leaders (scripts/gazetteer_src/leader_names.json)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from bilat import gazetteer
from bilat.normalize import match_text

ROOT = Path(__file__).resolve().parents[1]


def _build():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_build_adds_names_and_successor_country(tmp_path):
    b = _build()
    builder = b.Builder()
    gorby = builder.entity({"id": "bilat:person:mikhail-gorbachev-sun", "kind": "person", "name": "Mikhail Gorbachev",
                            "country": "SUN", "roles": [{"title": "head_of_state", "country": "SUN", "start": 1988}],
                            "names": {"en": ["Mikhail Gorbachev"]}})
    both = builder.entity({"id": "bilat:person:x-sun", "kind": "person", "name": "X", "country": "SUN",
                           "roles": [{"title": "head_of_state", "country": "SUN"}, {"title": "head_of_state", "country": "UKR"}],
                           "names": {"en": ["X"]}})
    other = builder.entity({"id": "bilat:place:y", "kind": "place", "name": "Y", "names": {"fa": ["گرباچ"]}})
    builder.add_pattern("گرباچ", other, "fa")
    path = tmp_path / "leader_names.json"
    path.write_text(json.dumps({"successors": {"_about": "", "SUN": "RUS"}, "names": [
        {"id": "bilat:person:mikhail-gorbachev-sun", "fa": ["گورباچف", "گرباچ", "میخائیل\u200cگورباچف"], "ru": ["Горбачёв"]},
        {"id": "bilat:person:nobody", "fa": ["هیچ"]},
    ]}, ensure_ascii=False), encoding="utf-8")
    assert b.build_leader_names(builder, path) == 3  # گرباچ is another entity's key
    e = builder.entities[gorby]
    assert e["country"] == "RUS" and e["roles"][0]["country"] == "SUN"
    assert builder.entities[both]["country"] == "SUN"  # a later role elsewhere: not a successor case
    assert e["names"]["fa"] == ["گورباچف", "میخائیل\u200cگورباچف"]
    assert list(builder.patterns[("گرباچ", "a")]) == [other]
    assert (match_text("میخائیل گورباچف"), "a") in builder.patterns  # the ZWNJ form is also keyed spaced


@pytest.mark.parametrize("text,lang,name,iso3", [
    ("دولت «بوش» با چالش جدی روبرو خواهد شد.", "fa", "George W. Bush", "USA"),
    ("تونی بلر در لندن سخنرانی کرد.", "fa", "Tony Blair", "GBR"),
    ("میخائیل گورباچف در مسکو گفت که روسیه موافق نیست.", "fa", "Mikhail Gorbachev", "RUS"),
    ("Премьер-министр Японии Наото Кан заявил журналистам о визите.", "ru", "Naoto Kan", "JPN"),
    ("Николя Саркози выступил по телевидению.", "ru", "Nicolas Sarkozy", "FRA"),
    ("после смерти Кима Чен Ира режим не пал", "ru", "Kim Jong-il", "PRK"),
    ("นายกอร์ดอน บราวน์ นายกรัฐมนตรีสหราชอาณาจักร เดินทางถึงกรุงเทพฯ", "th", "Gordon Brown", "GBR"),
    ("وقال الرئيس الفرنسي جاك شيراك إن بلاده تدعم الحل.", "ar", "Jacques Chirac", "FRA"),
    # persons/officials.json: ministers, officials and envoys the news of 2000-2020 names often
    ("سفر انتخاباتی کروبی به مازندران آغاز شد.", "fa", "Mehdi Karroubi", "IRN"),
    ("دونالد رامسفلد در پنتاگون سخنرانی کرد.", "fa", "Donald Rumsfeld", "USA"),
    ("راهبرد آیت‌الله سیستانی روشن است.", "fa", "Ali al-Sistani", "IRQ"),
    ("Госсекретарь Кондолиза Райс прибыла в Москву.", "ru", "Condoleezza Rice", "USA"),
    # round people21: leaders of 1990-2015 that had only their English name
    ("واجپایی پیشنهاد اسلام‌آباد را رد کرد.", "fa", "Atal Bihari Vajpayee", "IND"),
    ("ونقل الوزير تحيات الملك عبدالله بن عبدالعزيز إلى الرئيس.", "ar", "Abdullah", "SAU"),
    ("یولیا تیموشنکو در کی‌یف گفت که دولت استعفا نمی‌دهد.", "fa", "Yulia Tymoshenko", "UKR"),
    ("وصل الشيخ حمد بن خليفة آل ثاني إلى القاهرة.", "ar", "Hamad bin Khalifa Al Thani", "QAT"),
    ("朝鲜最高领导人金正云视察了导弹试射。", "zh", "Kim Jong Un", "PRK"),
])
def test_earlier_leaders_in_other_scripts(tagger, text, lang, name, iso3):
    gaz = gazetteer.load()
    found = [(gaz.get(m.entity).name, m.iso3) for m in tagger.mentions(text, lang) if m.kind == "person"]
    assert (name, iso3) in found, found


def test_leaders_merge_keeps_namesakes_of_one_family_apart():
    key = _build()._loose_key
    assert key("Sergey Lavrov") == key("Sergei Lavrov")
    assert key("Abdrabbuh Mansur Hadi") == key("Abdrabbuh Mansour Hadi")
    assert key("Han Seung-soo") != key("Han Duck-soo")  # a hyphenated given name is one word
    assert key("Ahmad Abdullah Al-Ahmad Al-Sabah") != key("Ahmed Nawaf Al-Ahmad Al-Sabah")
    assert key("George W. Bush") != key("George H. W. Bush")
    gaz = gazetteer.load()
    han = [e for e in gaz.entities.values() if e.kind == "person" and e.name in ("Han Seung-soo", "Han Duck-soo")]
    assert len(han) == 2 and all(len(e.names["en"]) == 1 for e in han)
