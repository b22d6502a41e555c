"""The labelled event corpus (bench/data/events): splitter, offsets, split file, label values."""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
import event_corpus

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
ISO3 = re.compile(r"^[A-Z]{3}$")


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return list(event_corpus.iter_all())


@pytest.fixture(scope="module")
def split() -> dict:
    return json.loads(event_corpus.SPLIT_FILE.read_text(encoding="utf-8"))


def test_splitter_cuts_at_stops_and_keeps_abbreviations() -> None:
    text = "Mr. Lavrov met Gen. Smith in the U.S. capital. They talked!\nNext line"
    spans = event_corpus.split_sentences(text, "en")
    assert [text[s:e] for s, e in spans] == [
        "Mr. Lavrov met Gen. Smith in the U.S. capital.", "They talked!", "Next line"]


def test_splitter_chinese_and_arabic() -> None:
    zh = "王毅会见了拉夫罗夫。双方讨论了合作！“好的。”下一句"
    assert [zh[s:e] for s, e in event_corpus.split_sentences(zh, "zh")] == [
        "王毅会见了拉夫罗夫。", "双方讨论了合作！", "“好的。”", "下一句"]
    ar = "استقبل الملك الوزير. وحضر د. نزار مدني؟ نعم"
    assert [ar[s:e] for s, e in event_corpus.split_sentences(ar, "ar")] == [
        "استقبل الملك الوزير.", "وحضر د. نزار مدني؟", "نعم"]


def test_splitter_thai_joins_short_segments() -> None:
    th = "นายกรัฐมนตรี พบ ประธานาธิบดีเวียดนามที่ทำเนียบรัฐบาลเมื่อวันจันทร์ที่ผ่านมา เพื่อหารือความร่วมมือด้านการค้าและการลงทุนระหว่างสองประเทศ"
    spans = event_corpus.split_sentences(th, "th")
    assert all(e - s >= 40 for s, e in spans)
    assert "พบ ประธานาธิบดี" in th[spans[0][0]:spans[0][1]]
    assert th[spans[0][0]:spans[0][1]].startswith("นายกรัฐมนตรี พบ")


def test_every_article_has_a_half_and_offsets_match_the_splitter(articles, split) -> None:
    assert len(articles) >= 30
    for article in articles:
        assert split["articles"].get(article["id"]) in ("dev", "test"), article["id"]
        spans = event_corpus.split_sentences(article["text"], article["lang"])
        assert [(s["start"], s["end"]) for s in article["sentences"]] == spans, article["id"]


def test_labels_use_plover_types_iso3_and_known_statuses(articles) -> None:
    for article in articles:
        for sentence in article["sentences"]:
            for event in sentence["events"]:
                assert event["type"] in TYPES
                assert ISO3.match(event["actor"]) and ISO3.match(event["recipient"])
                assert event["actor"] != event["recipient"], (article["id"], event)
                assert event["status"] in ("realised", "planned", "negated", "wish")
                assert event["actor"] in sentence["countries"]
            for person in sentence["people"]:
                assert person["name"] and person["name"] in article["text"][sentence["start"]:sentence["end"]], (
                    article["id"], person["name"])
                assert person["country"] is None or ISO3.match(person["country"])
            assert all(ISO3.match(code) for code in sentence["countries"])


def test_outlets_fall_in_one_half_and_languages_in_both(articles, split) -> None:
    halves_of_outlet: dict[str, set[str]] = defaultdict(set)
    halves_of_lang: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        half = split["articles"][article["id"]]
        halves_of_outlet[f"{article['lang']}:{article['outlet']}"].add(half)
        halves_of_lang[article["lang"]].add(half)
    for outlet, halves in halves_of_outlet.items():
        if outlet not in split["split_by_article"]:
            assert len(halves) == 1, outlet
    assert all(halves == {"dev", "test"} for halves in halves_of_lang.values()), halves_of_lang


def test_load_returns_one_half_only(split) -> None:
    dev = event_corpus.load("dev")
    test = event_corpus.load("test")
    assert dev and test
    assert not {a["id"] for a in dev} & {a["id"] for a in test}
    assert all(split["articles"][a["id"]] == "dev" for a in dev)
    with pytest.raises(ValueError):
        event_corpus.load("train")


def test_people_bench_locates_a_name_as_a_word_of_its_own():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_people", BENCH / "people.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    text = "انقلاب اسلامی با حضور سردار سلامی برگزار شد"
    assert mod._locate(text, 0, len(text), "سلامی") == (text.index("سردار سلامی") + 6, text.index("سردار سلامی") + 11)
    assert mod._locate("พลเอกประยุทธ์กล่าว", 0, 18, "ประยุทธ์") == (5, 13)  # no spaces: the first occurrence
    assert mod._locate("abc", 0, 3, "x") is None


def test_people_bench_counts_every_mention_of_a_labelled_name_in_its_sentence():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_people", BENCH / "people.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    text = "ترامپ گفت که نامزد پیشنهادی ترامپ انقلاب اسلامی سلامی"
    first, second = text.index("ترامپ"), text.rindex("ترامپ")
    assert mod._occurrences(text, 0, len(text), "ترامپ") == [(first, first + 5), (second, second + 5)]
    at = text.rindex("سلامی")
    assert mod._occurrences(text, 0, len(text), "سلامی") == [(at, at + 5)]  # not inside اسلامی
    assert mod._occurrences("Путин и Путина", 0, 14, "Путин") == [(0, 5), (8, 13)]  # an inflected second mention
    assert mod._occurrences("普京说普京", 0, 5, "普京") == [(0, 2), (3, 5)]
    assert mod._occurrences("abc", 0, 3, "x") == []


def test_batch26_is_held_out_web_pages_of_fresh_outlets(split) -> None:
    """Batch 26 (issue 10) is a fresh held-out test batch: every article in `test`, its text kept out of
    git (stored web page, sha1 only), and no outlet of it in `dev`."""
    path = event_corpus.DATA_DIR / "batch26.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows
    dev_outlets = {k for k, v in split["outlets"].items() if v == "dev"}
    for row in rows:
        assert row["id"].startswith("audit2-") and row["text"] is None and len(row["text_sha1"]) == 40
        assert split["articles"][row["id"]] == "test", row["id"]
        assert f"{row['lang']}:{row['outlet']}" not in dev_outlets, row["id"]


def test_batch33_is_held_out_and_rebuildable(split) -> None:
    """Batch 33 (issue 10) is a fresh held-out test batch of vi (Dân trí via UNC) and th (thaigov) articles
    whose texts rebuild from public repositories: every article in `test`, none in an earlier batch,
    no outlet of it in `dev`."""
    path = event_corpus.DATA_DIR / "batch33.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 16
    earlier = {json.loads(line)["id"] for other in event_corpus.DATA_DIR.glob("batch*.jsonl") if other.name != path.name
               for line in other.read_text(encoding="utf-8").splitlines() if line.strip()}
    dev_outlets = {k for k, v in split["outlets"].items() if v == "dev"}
    for row in rows:
        assert row["id"] not in earlier, row["id"]
        assert row["id"].startswith(("unc-", "thaigov-")), row["id"]
        assert split["articles"][row["id"]] == "test", row["id"]
        assert f"{row['lang']}:{row['outlet']}" not in dev_outlets, row["id"]


def test_batch32_is_held_out_and_rebuildable(split) -> None:
    """Batch 32 (issue 10) is a fresh held-out test batch: every article in `test`, no outlet of it in
    `dev`, and every text either committed or rebuildable from a repository (no stored web pages)."""
    path = event_corpus.DATA_DIR / "batch32.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 16
    dev_outlets = {k for k, v in split["outlets"].items() if v == "dev"}
    for row in rows:
        assert split["articles"][row["id"]] == "test", row["id"]
        assert f"{row['lang']}:{row['outlet']}" not in dev_outlets, row["id"]
        assert row["id"].startswith(("snn-2015-07-", "bbc-", "ttimes-", "factru-testset-")), row["id"]
        assert (row["text"] is None) == row["id"].startswith(("bbc-", "ttimes-")), row["id"]


def test_batch35_is_held_out_web_pages_of_fresh_outlets(split) -> None:
    """Batch 35 (issue 10) is a fresh held-out test batch of Persian and Arabic stored web pages: every article
    in `test`, its text kept out of git (sha1 only), none in an earlier batch, no outlet of it in `dev` or in
    an earlier batch."""
    path = event_corpus.DATA_DIR / "batch35.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 15 and {row["lang"] for row in rows} == {"fa", "ar"}
    earlier = [json.loads(line) for other in event_corpus.DATA_DIR.glob("batch*.jsonl") if other.name != path.name
               for line in other.read_text(encoding="utf-8").splitlines() if line.strip()]
    earlier_ids = {row["id"] for row in earlier}
    earlier_outlets = {f"{row['lang']}:{row['outlet']}" for row in earlier}
    dev_outlets = {k for k, v in split["outlets"].items() if v == "dev"}
    for row in rows:
        assert row["id"].startswith(("webfa2-", "webar2-")) and row["id"] not in earlier_ids, row["id"]
        assert row["text"] is None and len(row["text_sha1"]) == 40 and row["source"].startswith("http"), row["id"]
        assert split["articles"][row["id"]] == "test", row["id"]
        key = f"{row['lang']}:{row['outlet']}"
        assert key not in dev_outlets and key not in earlier_outlets, row["id"]


def test_batch34_is_held_out_zh_web_pages_of_outlets_no_earlier_batch_has(split) -> None:
    """Batch 34 (issue 10) is a fresh held-out test batch of Chinese stored web pages: every article in
    `test`, none in an earlier batch, its text kept out of git (sha1 only, checked where the page text is
    in texts/), one outlet per article and no outlet that any other batch has."""
    import hashlib

    path = event_corpus.DATA_DIR / "batch34.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 12
    others = [row for other in event_corpus.DATA_DIR.glob("batch*.jsonl") if other.name != path.name
              for row in map(json.loads, filter(str.strip, other.read_text(encoding="utf-8").splitlines()))
              if not row["id"].startswith("mnc-")]
    earlier_ids = {row["id"] for row in others}
    earlier_outlets = {f"{row['lang']}:{row['outlet']}" for row in others}
    assert len({row["outlet"] for row in rows}) == len(rows)
    for row in rows:
        assert row["id"].startswith("webzh-") and row["lang"] == "zh", row["id"]
        assert row["id"] not in earlier_ids, row["id"]
        assert f"zh:{row['outlet']}" not in earlier_outlets, row["id"]
        assert split["articles"][row["id"]] == "test", row["id"]
        assert row["text"] is None and row["title"] is None and len(row["text_sha1"]) == 40, row["id"]
        assert row["source"].startswith("http"), row["id"]
        text_path = event_corpus.TEXT_DIR / f"{row['id']}.txt"
        if text_path.exists():
            assert hashlib.sha1(text_path.read_text(encoding="utf-8").encode("utf-8")).hexdigest() == row["text_sha1"]


def test_tehrantimes_text_cuts_the_footer_and_the_editors_initials() -> None:
    sys.path.insert(0, str(BENCH.parent / "scripts"))
    from rebuild_event_texts import tehrantimes_text

    raw = ("TEHRAN - A minister met an envoy on Monday.  They talked.\r\n \r\n"
           "  The envoy left. AB/CD   All Content by Mehr News Agency is licensed under a licence.\n")
    assert tehrantimes_text(raw) == "TEHRAN - A minister met an envoy on Monday.  They talked.\nThe envoy left."
    assert tehrantimes_text("The US said so. NA All Content by Mehr News Agency x") == "The US said so."
    assert tehrantimes_text("Iran met the US") == "Iran met the US"  # no footer: nothing is cut


def test_counts_take_articles_whose_text_is_not_on_this_machine(tmp_path, monkeypatch) -> None:
    """With no rebuilt texts, the benches see only committed texts; the counts see every label."""
    monkeypatch.setattr(event_corpus, "TEXT_DIR", tmp_path)
    with_text = list(event_corpus.iter_all())
    every = list(event_corpus.iter_all(need_text=False))
    assert all(a["text"] is not None for a in with_text)
    assert len(every) > len(with_text)
    missing = [a for a in every if a["text"] is None]
    assert missing and len(with_text) + len(missing) == len(every)
    table = event_corpus.counts_table()
    total = next(line for line in table.splitlines() if line.startswith("| all | both |"))
    assert int(total.split("|")[3]) == len(every)


def test_batch37_is_dev_arabic_of_moroccan_outlets_no_other_batch_has(split) -> None:
    """Batch 37 (issue 10) is a dev batch of Arabic articles drawn from elsayed-issa/The-Moroccan-News-Corpus
    (scripts/draw_moroccan_batch.py): every article in `dev`, its text kept out of git (sha1 only, checked where
    the rebuilt text is in texts/), and none of its outlets in any batch of another source (batch 39 is a second
    draw from the same corpus, also dev), so no outlet straddles the halves."""
    import hashlib

    path = event_corpus.DATA_DIR / "batch37.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == 41 and len({row["id"] for row in rows}) == 41
    others = [row for other in event_corpus.DATA_DIR.glob("batch*.jsonl") if other.name != path.name
              for row in map(json.loads, filter(str.strip, other.read_text(encoding="utf-8").splitlines()))
              if not row["id"].startswith("mnc-")]
    other_outlets = {f"{row['lang']}:{row['outlet']}" for row in others}
    for row in rows:
        assert row["id"].startswith(f"mnc-{row['outlet']}-") and row["lang"] == "ar", row["id"]
        assert row["outlet"] in {"febrayer", "yabiladi", "almaghreb24"}, row["id"]
        assert f"ar:{row['outlet']}" not in other_outlets, row["id"]
        assert split["articles"][row["id"]] == "dev" and split["outlets"][f"ar:{row['outlet']}"] == "dev", row["id"]
        assert row["text"] is None and row["title"] is None and len(row["text_sha1"]) == 40, row["id"]
        assert row["source"].startswith("elsayed-issa/The-Moroccan-News-Corpus "), row["id"]
        text_path = event_corpus.TEXT_DIR / f"{row['id']}.txt"
        if text_path.exists():
            assert hashlib.sha1(text_path.read_text(encoding="utf-8").encode("utf-8")).hexdigest() == row["text_sha1"]
def test_batch38_is_dev_zh_from_outlets_no_earlier_batch_has(split) -> None:
    """Batch 38 (issue 10) widens the thin Chinese dev half: VOA and DW Chinese items of duty-machine/news,
    every article in `dev`, its two outlets new and wholly in `dev`, no text committed (rebuilt by sha1)."""
    path = event_corpus.DATA_DIR / "batch38.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 30
    earlier = [json.loads(line) for other in event_corpus.DATA_DIR.glob("batch*.jsonl") if other.name != path.name
               for line in other.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert not {row["id"] for row in rows} & {row["id"] for row in earlier}
    assert not {row["outlet"] for row in earlier if row["lang"] == "zh"} & {"voachinese", "dwchinese"}
    for row in rows:
        assert row["lang"] == "zh" and row["outlet"] in ("voachinese", "dwchinese"), row["id"]
        assert row["id"].startswith(("voazh-", "dwzh-")), row["id"]
        assert row["source"].startswith("duty-machine/news@"), row["id"]
        assert row["text"] is None and row["title"] is None and len(row["text_sha1"]) == 40, row["id"]
        assert split["articles"][row["id"]] == "dev", row["id"]
    assert split["outlets"]["zh:voachinese"] == split["outlets"]["zh:dwchinese"] == "dev"


def test_batch39_is_a_second_moroccan_dev_draw_sharing_no_article_with_batch37(split) -> None:
    """Batch 39 (issue 10) is a second dev draw from elsayed-issa/The-Moroccan-News-Corpus
    (scripts/draw_moroccan_batch.py --batch 39: its own seed, texts of 1501-3000 characters): every article in
    `dev`, of outlets already wholly in dev, none of them an article of batch 37, text kept out of git (sha1 only,
    checked where the rebuilt text is in texts/, and then its length within the band)."""
    import hashlib

    def rows_of(name: str) -> list[dict]:
        path = event_corpus.DATA_DIR / name
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    rows, batch37 = rows_of("batch39.jsonl"), rows_of("batch37.jsonl")
    assert len(rows) == 31 and len({row["id"] for row in rows}) == 31
    assert not {row["id"] for row in rows} & {row["id"] for row in batch37}
    assert not {row["text_sha1"] for row in rows} & {row["text_sha1"] for row in batch37}
    for row in rows:
        assert row["id"].startswith(f"mnc-{row['outlet']}-") and row["lang"] == "ar", row["id"]
        assert row["outlet"] in {"febrayer", "yabiladi", "almaghreb24"}, row["id"]
        assert split["articles"][row["id"]] == "dev" and split["outlets"][f"ar:{row['outlet']}"] == "dev", row["id"]
        assert row["text"] is None and row["title"] is None and len(row["text_sha1"]) == 40, row["id"]
        assert row["source"].startswith("elsayed-issa/The-Moroccan-News-Corpus "), row["id"]
        text_path = event_corpus.TEXT_DIR / f"{row['id']}.txt"
        if text_path.exists():
            text = text_path.read_text(encoding="utf-8")
            assert hashlib.sha1(text.encode("utf-8")).hexdigest() == row["text_sha1"]
            assert 1500 < len(text) <= 3000, row["id"]
