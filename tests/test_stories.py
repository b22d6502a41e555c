"""Story linking: the samples end to end, and the linker's join / new / merge / window rules on
hand-made vectors."""

from __future__ import annotations

import dataclasses
import datetime
import json
import shutil

import numpy as np
import pytest
from story_vectors import link as _add
from story_vectors import unit as _vec

from bilat import embed, export, store
from bilat.corpus import conflicts, stories, story_scorer
from bilat.ingest import ingest
from bilat.records import Document, Mention


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    from conftest import SAMPLES

    tmp = tmp_path_factory.mktemp("stories")
    shutil.copytree(SAMPLES, tmp / "in")
    db = str(tmp / "s.db")
    summary = ingest([tmp / "in"], db, error=lambda m: None)
    assert summary.failed == 0
    return db


def _lang_of_docs(conn) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT id, lang FROM documents")}


def test_samples_trip_articles_form_one_story_and_the_others_do_not(sample_store):
    conn = store.connect(sample_store)
    langs = _lang_of_docs(conn)
    story_of = stories.stories_of_docs(conn, list(langs))
    by_lang = {lang: story_of[d] for d, lang in langs.items()}
    assert by_lang["ar"] == by_lang["fa"]
    assert by_lang["vi"] != by_lang["ar"] and by_lang["zh"] != by_lang["ar"] and by_lang["th"] != by_lang["ar"]
    trip = stories.get_story(conn, by_lang["ar"])
    assert trip["langs"] == ["ar", "fa"]
    assert set(trip["countries"]) >= {"VNM", "RUS", "BLR", "KAZ", "AZE"}
    assert trip["title"]
    assert len(list(stories.export_stories(conn))) == 4


def test_samples_report_the_86_vs_68_conflict_with_both_sentences(sample_store):
    conn = store.connect(sample_store)
    rows = list(export.KINDS["conflicts"](conn))
    soldiers = [c for c in rows if "soldier" in c["key"]]
    assert len(soldiers) == 1
    c = soldiers[0]
    assert sorted(v["value"] for v in c["values"]) == [68.0, 86.0]
    langs = {v["lang"]: v for v in c["values"]}
    assert "86" in langs["ar"]["text"] and "۶۸" in langs["fa"]["text"]
    assert {v["outlet"] for v in c["values"]} == {"vietnamnet.vn", "thanhnien.vn"}
    assert c["reason"]
    assert conflicts.story_conflicts(conn, c["story"])[0]["id"] == c["id"]
    # a trade target and a 2024 trade forecast are not reported as a conflict
    assert not [c for c in rows if "USD" in c["key"]]


def test_reingest_changes_no_story(sample_store, tmp_path):
    from conftest import SAMPLES

    conn = store.connect(sample_store)
    before = [json.dumps(s, sort_keys=True) for s in stories.export_stories(conn)]
    summary = ingest([SAMPLES], sample_store, error=lambda m: None)
    assert summary.ingested == 0
    assert [json.dumps(s, sort_keys=True) for s in stories.export_stories(conn)] == before


def test_semantic_vectors_are_stored_for_search(sample_store):
    conn = store.connect(sample_store)
    ids, matrix = stories.load_embeddings(conn)
    assert len(ids) == 5 == stories.embedding_count(conn)
    assert matrix.shape == (5, 384)
    assert np.allclose(np.linalg.norm(matrix, axis=1), 1.0, atol=0.01)


# --- the linker's rules, on controlled vectors ----------------------------------------------------


def _doc(doc_id: str, published: str | None = "2025-05-09", entities=(), lang="en") -> Document:
    mentions = tuple(Mention(start=0, end=1, text="x", entity=e, kind="person") for e in entities)
    return Document(id=doc_id, source=doc_id, original=doc_id, text=doc_id, title=f"title {doc_id}", lang=lang,
                    published=published, mentions=mentions)


def test_join_new_and_time_window(db_path, plain_means):
    conn = store.connect(db_path)
    linker = stories.make_linker(conn)
    first = _add(conn, linker, _doc("a", entities=("P1",)), _vec(1, 0))
    assert first.score is None
    same = _add(conn, linker, _doc("b", entities=("P1",), lang="th"), _vec(1, 0.1))
    assert same.story == first.story and same.score >= stories.JOIN
    other = _add(conn, linker, _doc("c", entities=("P2",)), _vec(0, 1))
    assert other.story != first.story
    late = _add(conn, linker, _doc("d", published="2025-09-01", entities=("P1",)), _vec(1, 0.1))
    assert late.story != first.story  # same content, but months later: a new story
    story = stories.get_story(conn, first.story)
    assert story["docs"] == ["a", "b"] and story["langs"] == ["en", "th"]
    assert story["start"] == story["end"] == "2025-05-09"


@pytest.mark.parametrize("learned", [False, True])
def test_a_bridging_document_merges_two_stories(db_path, plain_means, monkeypatch, learned):
    monkeypatch.setattr(stories, "MERGE", 0.7)
    conn = store.connect(db_path)
    linker = stories.Linker(conn, model=learned)
    if learned:  # thresholds just below what a document at cos 0.71 to each story scores
        f, model = stories.Features(), linker.model
        bridge_p = model.probability(story_scorer.pair_vector(0.707, f, f, "en", "en"))
        assert model.probability(story_scorer.pair_vector(0.0, f, f, "en", "en")) < bridge_p - 0.01
        linker.join = linker.merge = bridge_p - 0.01
    a = _add(conn, linker, _doc("a"), _vec(1, 0))
    b = _add(conn, linker, _doc("b"), _vec(0, 1))
    assert a.story != b.story
    bridge = _add(conn, linker, _doc("c"), _vec(1, 1))  # cos 0.71 to each
    assert bridge.story in (a.story, b.story)
    assert set(bridge.absorbed) == {a.story, b.story} - {bridge.story}
    gone = bridge.absorbed[0]
    assert stories.get_story(conn, gone)["id"] == bridge.story  # old ids still resolve
    assert sorted(stories.get_story(conn, bridge.story)["docs"]) == ["a", "b", "c"]
    assert conn.execute("SELECT count(*) FROM stories").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM story_keys WHERE story=?", (gone,)).fetchone()[0] == 0


def test_candidates_come_from_the_index_only(db_path, plain_means):
    """A story that shares no key with the new document is never scored, however close its vector."""
    conn = store.connect(db_path)
    linker = stories.make_linker(conn)
    a = _add(conn, linker, _doc("a", published=None), _vec(1, 0))
    conn.execute("DELETE FROM story_keys")
    b = _add(conn, linker, _doc("b", published=None), _vec(1, 0))
    assert b.story != a.story


def test_pair_score_combines_signals():
    f = stories.Features
    base = stories.pair_score(0.4, f(), f())
    shared = stories.pair_score(0.4, f(entities=frozenset({"Q1"}), figures=frozenset({"86|soldier"})),
                                f(entities=frozenset({"Q1"}), figures=frozenset({"86|soldier"})))
    apart = stories.pair_score(0.4, f(countries=frozenset({"VNM"})), f(countries=frozenset({"FRA"})))
    assert shared > base > apart


def test_publication_days_apart_lower_the_pair_score():
    f = stories.Features()
    same_day = stories.pair_score(0.6, f, f, days_apart=0)
    assert stories.pair_score(0.6, f, f, days_apart=1) == same_day == stories.pair_score(0.6, f, f)
    assert stories.pair_score(0.6, f, f, days_apart=6) == pytest.approx(same_day - 0.1)


def _p(cos: float, x: stories.Features, y: stories.Features, days_apart: int | None = None,
       langs: tuple[str, str] = ("en", "en")) -> float:
    model = story_scorer.shipped()
    return model.probability(story_scorer.pair_vector(cos, x, y, *langs), days_apart)


def test_learned_pair_probability_rises_with_shared_evidence():
    f = stories.Features
    base = _p(0.3, f(), f())
    shared = _p(0.3, f(entities=frozenset({"Q1"}), people=frozenset({"Q1"}), countries=frozenset({"VNM"}),
                       numbers=frozenset({"86", "15"})),
                f(entities=frozenset({"Q1"}), people=frozenset({"Q1"}), countries=frozenset({"VNM"}),
                  numbers=frozenset({"86", "15"})))
    apart = _p(0.3, f(countries=frozenset({"VNM"})), f(countries=frozenset({"FRA"})))
    assert shared > base > apart
    assert _p(0.8, f(), f()) > _p(0.3, f(), f())


def test_learned_pair_probability_falls_with_days_apart():
    f = stories.Features()
    assert _p(0.6, f, f, 0) == _p(0.6, f, f, 1) == _p(0.6, f, f)
    assert _p(0.6, f, f, 6) < _p(0.6, f, f, 2) < _p(0.6, f, f, 1)


def test_shipped_story_scorer_matches_this_bilat():
    model = story_scorer.shipped()
    assert model is not None and model.names == story_scorer.NAMES
    assert len(model.weights) == len(story_scorer.NAMES)
    assert 0 < model.join <= model.merge < 1
    assert model.meta["pairs"] > model.meta["positives"] > 0
    # the story score stays between the worst and the best of what it is made from
    assert 0.2 <= model.story([0.2, 0.9], 0.5) <= 0.9


def test_features_stored_before_people_places_and_outlet_still_read():
    old = {"entities": ["Q1"], "countries": ["VNM"], "events": [], "figures": [], "dates": [], "numbers": ["86"]}
    f = stories.Features.from_dict(old)
    assert f.entities == {"Q1"} and f.people == frozenset() and f.outlet == ""
    new = stories.Features(entities=frozenset({"Q1"}), people=frozenset({"Q1"}), outlet="vnexpress.net")
    assert stories.Features.from_dict(json.loads(json.dumps(new.as_dict()))) == new
    assert new.union(f).entities == {"Q1"} and new.union(f).outlet == ""


def test_story_score_is_between_the_mean_and_the_best_pair():
    scores = [0.9, 0.4, 0.5]
    assert sum(scores) / 3 < stories.story_score(scores) < max(scores)
    assert stories.story_score([0.6]) == pytest.approx(0.6)


@pytest.mark.parametrize("lang", ["en", "ru", "zh", "th", "vi", "ar", "fa"])
def test_shipped_language_means_remove_the_language_offset(lang):
    """Unrelated leads in one language look alike until their language's mean is subtracted
    (Chinese: 0.34 on average against the global mean); each language the samples hold ships one."""
    from pathlib import Path

    from bilat import embed

    assert lang in stories.shipped_means()
    rows = [json.loads(line) for line in (Path(__file__).parents[1] / "bench" / "data" / "ntrex-leads.jsonl")
            .read_text(encoding="utf-8").splitlines()]
    leads = [embed.lead(r["title"], r["text"]) for r in rows if r["lang"] == lang][:6]
    vectors = embed.embed_leads(leads) - stories.shipped_means()[lang]
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    sims = vectors @ vectors.T
    assert float(sims[np.triu_indices(len(leads), 1)].mean()) < 0.08


def test_another_embedding_model_dimension_links_too(db_path):
    """BILAT_EMBED_MODEL may give 768-d vectors: the shipped 384-d means are then not applied."""
    conn = store.connect(db_path)
    linker = stories.make_linker(conn)
    v = np.zeros(768, dtype=np.float32)
    v[:2] = (0.6, 0.8)
    a = _add(conn, linker, _doc("a", entities=("P1",)), v)
    b = _add(conn, linker, _doc("b", entities=("P1",)), v)
    assert a.story == b.story


def test_a_rolled_back_link_leaves_no_trace_in_the_language_means(tmp_path, monkeypatch):
    from bilat import ingest as ingest_mod
    from bilat.ingest import Ingestor

    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Vietnam and Belarus\nVietnam and Belarus signed a defence agreement in Minsk.\n")
    (d / "b.txt").write_text("Boom\nFrance and Germany held talks in Paris on energy.\n")
    real = ingest_mod.conflicts.refresh

    def refresh(conn, story, absorbed=()):
        if conn.execute("SELECT 1 FROM documents WHERE title='Boom'").fetchone():
            raise ValueError("refresh failed")
        return real(conn, story, absorbed)
    monkeypatch.setattr(ingest_mod.conflicts, "refresh", refresh)
    conn = store.connect(str(tmp_path / "s.db"))
    ing = Ingestor(conn, error=lambda m: None)
    summary = ing.run([d])
    assert (summary.ingested, summary.failed) == (1, 1)
    stored = {lang: n for lang, n in conn.execute("SELECT lang, n FROM lang_means")}
    assert stored == {"en": 1}
    assert {k: n for k, (n, _) in ing.linker.means.stats.items()} == stored


def test_a_related_event_starts_its_own_story_linked_as_one_storyline(db_path, plain_means):
    """Close enough to be the same thread, not close enough to be the same event: a story of its
    own, recorded as a storyline link both ways; links follow a merge."""
    conn = store.connect(db_path)
    linker = stories.Linker(conn, model=False)
    a = _add(conn, linker, _doc("a"), _vec(1, 0))
    near = _add(conn, linker, _doc("b"), _vec(1, 1.83))  # cos 0.48: above STORYLINE, below JOIN
    assert stories.STORYLINE <= 0.48 < stories.JOIN
    assert near.story != a.story
    assert [x["story"] for x in stories.storyline(conn, near.story)] == [a.story]
    assert [x["story"] for x in stories.storyline(conn, a.story)] == [near.story]
    far = _add(conn, linker, _doc("c"), _vec(0, 0, 1))
    assert stories.storyline(conn, far.story) == []
    conn.execute("BEGIN")
    stories._merge(conn, far.story, into=a.story)  # the link of a merged story stays with its new story
    conn.execute("COMMIT")
    assert [x["story"] for x in stories.storyline(conn, near.story)] == [a.story]


def test_chunk_texts_are_the_title_and_body_passages_after_the_lead():
    body = " ".join(f"w{i:04d}" for i in range(400))  # 2,399 characters
    chunks = embed.chunk_texts("A title", "A title\n" + body)
    assert chunks[0] == "A title" and len(chunks) == 1 + embed.BODY_CHUNKS
    assert all(0 < len(c) <= embed.CHUNK_CHARS for c in chunks[1:])
    assert chunks[1] == body[embed.LEAD_CHARS:embed.LEAD_CHARS + embed.CHUNK_CHARS].strip()  # after the lead
    assert embed.chunk_texts("T", "short text") == ["T"] + [""] * embed.BODY_CHUNKS  # nothing beyond the lead


def test_chunk_similarities_read_missing_chunks_as_the_lead():
    lead_a, lead_b = _vec(1, 0), _vec(1, 1)
    cos = float(lead_a @ lead_b)
    assert story_scorer.chunk_similarities(cos, None, None, lead_a, lead_b) == (cos, cos, cos)
    a = np.stack([_vec(0, 0, 1), _vec(0, 0, 0, 1), np.zeros(384, np.float32)])  # title, one body chunk
    b = np.stack([_vec(0, 0, 1), np.zeros(384, np.float32), np.zeros(384, np.float32)])  # title only
    title, best, mean = story_scorer.chunk_similarities(cos, a, b, lead_a, lead_b)
    assert title == pytest.approx(1.0)
    assert best == pytest.approx(float(_vec(0, 0, 0, 1) @ lead_b))  # the lead-lead pair is not the best
    assert mean == pytest.approx((cos + best) / 2)
    same_body = np.stack([_vec(0, 0, 1), _vec(0, 0, 0, 1), np.zeros(384, np.float32)])
    assert story_scorer.chunk_similarities(cos, a, same_body, lead_a, lead_b)[1] == pytest.approx(1.0)


def test_a_scorer_without_some_features_gives_them_no_weight():
    d = {"names": ["bias", "cos"], "weights": [-1.0, 2.0], "join": 0.5, "merge": 0.7, "storyline": 0.3,
         "best_weight": 0.5, "centroid_weight": 0.0}
    model = story_scorer.Model.from_dict(d)
    assert model.names == story_scorer.NAMES and not model.uses_chunks
    assert model.weights[story_scorer.NAMES.index("cos")] == 2.0 and model.weights.sum() == 1.0
    with pytest.raises(ValueError):
        story_scorer.Model.from_dict({**d, "names": ["bias", "nonsense"]})


def test_chunk_vectors_are_stored_and_compared(db_path, plain_means):
    """Two documents with unrelated leads but the same body passage join when the scorer weighs chunks."""
    weights = np.zeros(len(story_scorer.NAMES))
    weights[story_scorer.NAMES.index("bias")] = -5.0
    weights[story_scorer.NAMES.index("chunk_max")] = 10.0
    model = story_scorer.Model(names=story_scorer.NAMES, weights=weights, join=0.5, merge=0.9, storyline=0.4,
                               best_weight=0.5, centroid_weight=0.0, meta={})
    assert model.uses_chunks
    conn = store.connect(db_path)
    linker = stories.Linker(conn, model=model)
    body = np.stack([_vec(0, 0, 1), _vec(0, 0, 0, 1)] + [np.zeros(384, np.float32)] * (embed.BODY_CHUNKS - 1))

    def add(doc_id: str, lead: np.ndarray, chunks) -> stories.Link:
        doc = _doc(doc_id, entities=("P1",))  # a shared key makes every story a candidate
        prep = stories.Prepared(vector=lead, features=stories.features(doc), chunks=chunks)
        out = []
        store.save_document(conn, doc, after=lambda c, d: out.append(linker.link(c, d, prep)))
        return out[0]

    a = add("a", _vec(1, 0), body)
    b = add("b", _vec(1, 0.05), None)  # no chunks: its lead alone, cos ~1 reads as chunk_max ~1
    c = add("c", _vec(0, 1, 0.2), body)  # another lead, the same body passage
    d = add("d", _vec(0, 0, 0, 0, 1), None)  # another lead and no chunks
    assert b.story == a.story == c.story and d.story != a.story
    blob = conn.execute("SELECT chunks FROM story_docs WHERE doc='a'").fetchone()[0]
    assert np.allclose(stories.chunks_from_blob(blob), body, atol=1e-3)
    assert conn.execute("SELECT chunks FROM story_docs WHERE doc='b'").fetchone()[0] is None


def test_a_member_below_the_veto_decides_the_story_score():
    model = story_scorer.shipped()
    d = {**model.as_dict(), "veto": 0.05, "best_weight": 0.5, "centroid_weight": 0.0}
    vetoing = story_scorer.Model.from_dict(d)
    assert vetoing.story([0.9, 0.8], None) == pytest.approx(0.875)
    assert vetoing.story([0.9, 0.01], None) == pytest.approx(0.01)
    plain = story_scorer.Model.from_dict({**d, "veto": 0.0})
    assert plain.story([0.9, 0.01], None) == pytest.approx(0.6775)
    # a model file written before the veto reads as none
    assert story_scorer.Model.from_dict({k: v for k, v in d.items() if k != "veto"}).veto == 0.0


def _story_quality():
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("story_quality", Path(__file__).parents[1] / "bench" /
                                                  "story_quality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_story_quality_prints_dev_false_pairs_by_event_pair(capsys):
    sq = _story_quality()
    ids = ["a", "b", "c", "d"]
    story_of = {"a": "s1", "b": "s1", "c": "s1", "d": "s2"}
    lab = {"a": "king", "b": "king", "c": "prince", "d": "king"}
    outlet = {"a": "x", "b": "y", "c": "z", "d": "w"}
    rows = {d: {"title": f"title {d}"} for d in ids}
    sq.show_false(ids, story_of, lab, outlet, rows, 5)
    out = capsys.readouterr().out
    assert "dev false pairs: 2" in out and "king / prince" in out  # a-c and b-c
    assert "dev missed pairs: 2" in out  # a-d and b-d


def test_one_place_is_one_id_in_the_features_whatever_matched_it():
    """Damascus is the gazetteer's capital in Arabic text and a Wikidata place in Japanese text:
    the story features give both the same id, so two reports share the evidence."""
    text = "..."
    ar = Document(id="a", source="a", original=text, text=text, lang="ar", mentions=(
        Mention(start=0, end=1, text="دمشق", entity="bilat:place:damascus", kind="place"),))
    ja = Document(id="j", source="j", original=text, text=text, lang="ja", mentions=(
        Mention(start=0, end=1, text="ダマスカス", entity="Q3766", kind="place"),))
    fa, fj = stories.features(ar), stories.features(ja)
    assert fa.places == fj.places == fa.entities == {"Q3766"}
    assert stories.canonical_entity("bilat:place:moscow") == stories.canonical_entity("Q649") == "Q649"
    assert stories.canonical_entity("Q42") == "Q42"


def test_countries_count_again_across_languages():
    f = stories.Features
    x, y = f(countries=frozenset({"SYR", "USA"})), f(countries=frozenset({"SYR"}))
    names = story_scorer.NAMES
    cross = story_scorer.pair_vector(0.3, x, y, "ja", "fa")
    one = story_scorer.pair_vector(0.3, x, y, "fa", "fa")
    assert cross[names.index("countries")] == one[names.index("countries")] == 1.0
    assert cross[names.index("countries_cross")] == 1.0 and one[names.index("countries_cross")] == 0.0
    apart = story_scorer.pair_vector(0.3, x, f(countries=frozenset({"FRA"})), "ja", "fa")
    assert apart[names.index("countries_cross")] == 0.0


def test_rarity_weight_counts_less_for_an_entity_many_stories_carry():
    w = story_scorer.rarity_weight
    assert w(0, 0) == 1.0 and w(3, 1000) == 1.0  # a young store, or a name few stories carry: full weight
    assert w(300, 1000) < 0.4 < w(30, 1000) < 1.0  # a third of the stories (Trump, the UN) against 3 %
    assert w(1000, 1000) == pytest.approx(0.0, abs=0.02) and w(5000, 1000) == 0.0


def test_rare_shared_entities_and_countries_in_the_pair_vector():
    f, names = stories.Features, story_scorer.NAMES
    x = f(entities=frozenset({"Q_trump", "Q_town"}), countries=frozenset({"USA", "YEM"}))
    y = f(entities=frozenset({"Q_trump", "Q_town", "Q_other"}), countries=frozenset({"USA", "YEM"}))
    plain = story_scorer.pair_vector(0.3, x, y, "en", "ar")
    assert plain[names.index("rare_entities")] == 1.0 and plain[names.index("rare_countries")] == 1.0
    rarity = {"Q_trump": 0.2, "Q_town": 1.0, "c:USA": 0.1, "c:YEM": 0.6}
    v = story_scorer.pair_vector(0.3, x, y, "en", "ar", rarity=rarity)
    assert v[names.index("rare_entities")] == pytest.approx(0.6) and v[names.index("rare_countries")] == pytest.approx(0.35)
    only_trump = story_scorer.pair_vector(0.3, f(entities=frozenset({"Q_trump"})), y, "en", "ar", rarity=rarity)
    assert only_trump[names.index("rare_entities")] == pytest.approx(0.1)
    assert only_trump[names.index("entities")] == v[names.index("entities")] == 1.0  # the plain overlap is unchanged


def test_a_strong_member_reporting_the_same_event_joins_in_a_second_pass(db_path, plain_means):
    """A story scoring below join still takes the document when its closest member reaches ``second_best``
    and reports an event of the same PLOVER type between the same countries; a member whose event
    has the same type between other countries does not."""
    conn = store.connect(db_path)
    weights = np.zeros(len(story_scorer.NAMES))
    weights[story_scorer.NAMES.index("cos")] = 4.0
    weights[story_scorer.NAMES.index("bias")] = -3.5
    model = story_scorer.Model(names=story_scorer.NAMES, weights=weights, join=0.55, merge=0.9, storyline=0.1,
                               best_weight=0.5, centroid_weight=0.0, meta={}, second_best=0.4)
    linker = stories.Linker(conn, model=model)
    strike = stories.Features(events=frozenset({"ATTACK:ISR:QAT"}))
    talks = stories.Features(events=frozenset({"ATTACK:IRN:QAT"}))  # same type, other countries
    close = stories.Member(vec=_vec(1, 0), lang="en", features=strike, day=None)   # pair probability 0.62
    far = stories.Member(vec=_vec(0, 1), lang="en", features=strike, day=None)     # 0.03: the story scores 0.47
    new = stories.Features(events=frozenset({"ATTACK:ISR:QAT"}))
    off = stories.Linker(conn, model=dataclasses.replace(model, second_best=0.0))
    assert off.story_probability(_vec(1, 0), "en", new, None, [close, far]) < 0.55
    assert linker.story_probability(_vec(1, 0), "en", new, None, [close, far]) == 0.55
    other = stories.Member(vec=_vec(1, 0), lang="en", features=talks, day=None)
    assert linker.story_probability(_vec(1, 0), "en", new, None, [other, far]) < 0.55
    assert story_scorer.Model.from_dict(model.as_dict()).second_best == 0.4
    assert story_scorer.shipped().second_best == 0.0  # off until NTREX and Saudi dev are measured (docs/stories.md)


def test_the_linker_reads_rarity_from_the_recent_stories(db_path, plain_means):
    """An entity that every recent story carries weighs less than one no story carries; the lookup runs
    only when the model weighs the rarity features."""
    weights = np.zeros(len(story_scorer.NAMES))
    weights[story_scorer.NAMES.index("bias")] = -5.0
    weights[story_scorer.NAMES.index("rare_entities")] = 1.0
    model = story_scorer.Model(names=story_scorer.NAMES, weights=weights, join=0.99, merge=0.99, storyline=0.99,
                               best_weight=0.5, centroid_weight=0.0, meta={})
    assert model.uses_rarity
    conn = store.connect(db_path)
    linker = stories.Linker(conn, model=model)
    for i in range(120):  # 120 stories (join 0.99: none joins), every one naming P_common
        _add(conn, linker, _doc(f"d{i}", entities=("P_common",)), _vec(1, i))
    probe = stories.features(_doc("new", entities=("P_common", "P_rare")))
    rarity = linker.rarity(conn, probe, stories._next_seq(conn))
    assert rarity["P_rare"] == 1.0 and rarity["P_common"] < 0.15
    assert stories.Linker(conn, model=False).rarity(conn, probe, 1) is None


def test_a_cross_language_cosine_is_rescaled_by_how_close_the_pair_embeds_translations():
    """Japanese-Spanish translations embed further apart than German-French ones (data/lang_pairs.json):
    one cosine is worth more between the first two; one language, or a pair not measured, is unscaled."""
    f, names = stories.Features, story_scorer.NAMES
    assert story_scorer.lang_pair_same("ja", "es") < story_scorer.lang_pair_same("fr", "de")
    assert story_scorer.lang_pair_same("es", "ja") == story_scorer.lang_pair_same("ja", "es")
    assert story_scorer.lang_pair_scale("ja", "es") > 1.0 > story_scorer.lang_pair_scale("de", "fr")
    assert story_scorer.lang_pair_scale("ja", "ja") == story_scorer.lang_pair_scale("ja", "xx") == 1.0
    far = story_scorer.pair_vector(0.35, f(), f(), "ja", "es")
    near = story_scorer.pair_vector(0.35, f(), f(), "de", "fr")
    one = story_scorer.pair_vector(0.35, f(), f(), "fr", "fr")
    assert far[names.index("cos_pair")] > 0.35 > near[names.index("cos_pair")] > 0.0 == one[names.index("cos_pair")]
    assert far[names.index("pair_gap")] > 0.0 > near[names.index("pair_gap")]
    assert one[names.index("pair_gap")] == 0.0
    assert far[names.index("cos_cross")] == near[names.index("cos_cross")] == 0.35  # the plain copy is unchanged


def test_days_apart_reads_the_text_s_days_when_a_document_has_no_publication_date():
    f = stories.Features
    july = stories.date(2025, 7, 24).toordinal()
    dec = f(when=frozenset({"--12-08"}))
    # publication days win when both are known
    assert stories.days_apart(july, f(), july + 2, f()) == 2
    # an undated text that names 8 December, against a report published 24 July: months apart
    assert stories.days_apart(july, f(), None, dec) == 137
    # the closest of the days a text names counts (it also names earlier days), in the nearest year
    both = f(when=frozenset({"--07-23", "2025-12-08"}))
    assert stories.days_apart(july, f(), None, both) == 1
    assert stories.days_apart(None, f(when=frozenset({"--12-30"})), None, f(when=frozenset({"--01-02"}))) == 3
    # nothing known on one side: unknown
    assert stories.days_apart(july, f(), None, f()) is None
    assert stories.days_apart(None, f(when=frozenset({"--02-30"})), july, f()) is None


def test_a_member_months_apart_vetoes_the_story(db_path, plain_means):
    """Reports of one event come within days of it: with ``far_days`` a candidate story holding a document
    far apart in time (its publication day, or the days its text names) is not joined."""
    conn = store.connect(db_path)
    model = story_scorer.shipped()
    near = stories.Linker(conn, model=dataclasses.replace(model, join=0.5, far_days=3))
    f = stories.Features(countries=frozenset({"THA", "KHM"}), when=frozenset({"--07-24"}))
    member = stories.Member(vec=_vec(1, 0), lang="en", features=f, day=None)
    same = near.story_probability(_vec(1, 0), "en", f, stories.date(2025, 7, 25).toordinal(), [member])
    later = near.story_probability(_vec(1, 0), "en", f, stories.date(2025, 12, 8).toordinal(), [member])
    assert same > 0.5 and later == 0.0
    off = stories.Linker(conn, model=dataclasses.replace(model, join=0.5, far_days=0))
    assert off.story_probability(_vec(1, 0), "en", f, stories.date(2025, 12, 8).toordinal(), [member]) > 0
    assert story_scorer.Model.from_dict({k: v for k, v in model.as_dict().items() if k != "far_days"}).far_days == 0
    assert model.far_days == 3  # the shipped file vetoes a member more than three days apart


def test_a_member_whose_event_day_is_far_vetoes_the_story(db_path, plain_means, monkeypatch):
    """A report of a later event names the earlier one's day too, so the closest named days agree; the event days
    (the first day each text names) are a week apart: with ``far_days`` that member vetoes the story."""
    conn = store.connect(db_path)
    linker = stories.Linker(conn, model=dataclasses.replace(story_scorer.shipped(), join=0.5, far_days=3))
    f = stories.Features
    first = f(countries=frozenset({"AFG"}), when=frozenset({"--10-07"}), event_day="--10-07")
    member = stories.Member(vec=_vec(1, 0), lang="en", features=first, day=None)
    later = f(countries=frozenset({"AFG"}), when=frozenset({"--10-15", "--10-07"}), event_day="--10-15")
    assert stories.days_apart(None, later, None, first) == 0 and stories.event_gap(later, first) == 8
    assert linker.story_probability(_vec(1, 0), "en", later, None, [member]) == 0.0
    near = f(countries=frozenset({"AFG"}), when=frozenset({"--10-08"}), event_day="--10-08")
    assert linker.story_probability(_vec(1, 0), "en", near, None, [member]) > 0.5  # a day on: no veto
    monkeypatch.setattr(stories, "EVENT_DAY_VETO", False)
    assert linker.story_probability(_vec(1, 0), "en", later, None, [member]) > 0.0


def test_two_stories_of_event_days_far_apart_are_not_merged(db_path, plain_means, monkeypatch):
    """A report resembling two stories equally (an undated lead of one storyline) merges them only when no member of
    one has an event day more than ``far_days`` from a member of the other's."""
    conn = store.connect(db_path)
    linker = stories.Linker(conn, model=dataclasses.replace(story_scorer.shipped(), far_days=3))
    days = {"a": "--10-07", "b": "--10-15", "c": "--10-08", "u": None}
    for i, (doc_id, day) in enumerate(days.items()):
        features = stories.Features(event_day=day)
        store.save_document(conn, _doc(doc_id, published=None))
        conn.execute("INSERT INTO story_docs(doc, story, seq, day, lang, vec, features) VALUES (?,?,?,?,?,?,?)",
                     (doc_id, f"s-{doc_id}", i + 1, None, "en", embed.to_blob(_vec(1, 0)),
                      json.dumps(features.as_dict())))
    assert not linker.mergeable(conn, "s-a", "s-b")  # 7 and 15 October: two events
    assert linker.mergeable(conn, "s-a", "s-c") and linker.mergeable(conn, "s-a", "s-u")  # a day on; no day known
    monkeypatch.setattr(stories, "MERGE_CHECK", False)
    assert linker.mergeable(conn, "s-a", "s-b")


def _dated(text: str, published: str | None, *dates: tuple[int, str]) -> Document:
    from bilat.records import DateRef
    refs = tuple(DateRef(start=s, end=s + 1, text=text[s:s + 1], value=v) for s, v in dates)
    return Document(id="d", source="d", original=text, text=text, lang="en", published=published, dates=refs)


def test_event_day_is_the_first_day_named_within_a_week_before_publication():
    text = "x" * 200
    # the lead's day first in the text counts, not a later background day
    assert stories.event_day(_dated(text, "2025-07-24", (10, "2025-07-22"), (90, "2025-07-20"))) == "2025-07-22"
    # a day without a year is read in the publication year; one months back or in the future is background
    assert stories.event_day(_dated(text, "2025-07-24", (5, "2024-03-01"), (40, "--07-23"))) == "2025-07-23"
    assert stories.event_day(_dated(text, "2025-07-24", (5, "2025-08-30"))) is None
    # early January: a December day is last year's
    assert stories.event_day(_dated(text, "2025-01-02", (5, "--12-31"))) == "2024-12-31"
    # a month or a year is no day
    assert stories.event_day(_dated(text, "2025-07-24", (5, "2025-07"))) is None
    # without a publication day: the first day named, with or without its year (not an impossible one)
    assert stories.event_day(_dated(text, None, (5, "2025-07"), (9, "--02-30"), (20, "--07-22"))) == "--07-22"
    assert stories.event_day(_dated(text, None)) is None


def test_event_days_raise_or_lower_a_pair_and_stored_features_keep_them():
    f = stories.Features
    model = dataclasses.replace(story_scorer.shipped(), event_same=2.0, event_far=-3.0, event_near=1.0)
    a, same, next_day = f(event_day="2025-07-24"), f(event_day="2025-07-24"), f(event_day="2025-07-25")
    far, yearless = f(event_day="2025-07-27"), f(event_day="--07-24")
    vec = story_scorer.pair_vector(0.4, a, same, "en", "en")

    def p(x: stories.Features, y: stories.Features) -> float:
        return model.probability(vec, None, stories.event_gap(x, y))

    assert p(a, same) == p(a, yearless) > p(a, next_day) > p(a, f()) > p(a, far)
    assert dataclasses.replace(model, event_near=0.0).probability(vec, None, 1) == p(a, f())
    assert stories.event_gap(a, f()) is None and stories.event_gap(far, a) == 3
    assert stories.event_gap(f(event_day="--12-31"), f(event_day="2026-01-02")) == 2  # the nearest year
    # between two reports published the same day the event days say nothing; a day apart, they do
    assert stories.event_gap(a, far, 700, 700) is None and stories.event_gap(a, same, 700, 700) is None
    assert stories.event_gap(a, far, 700, 701) == 3 and stories.event_gap(a, same, None, 700) == 0
    shipped = story_scorer.shipped()
    assert shipped.event_same > 0 > shipped.event_far  # the shipped file weighs them (round fourteen)
    assert shipped.event_same > shipped.event_near > 0  # a day apart: half the bonus (round twenty-four)
    assert stories.Features.from_dict(json.loads(json.dumps(far.as_dict()))) == far
    assert stories.Features.from_dict({"entities": []}).event_day is None
    assert a.union(same).event_day == "2025-07-24" and a.union(far).event_day is None
    d = model.as_dict()
    assert story_scorer.Model.from_dict(d).event_far == -3.0
    assert story_scorer.Model.from_dict({k: v for k, v in d.items() if k != "event_same"}).event_same == 0.0
    assert story_scorer.Model.from_dict(d).event_near == 1.0
    assert story_scorer.Model.from_dict({k: v for k, v in d.items() if k != "event_near"}).event_near == 0.0


def test_reports_naming_event_days_one_day_apart_get_half_the_same_day_bonus():
    """Two undated reports whose texts name event days one day apart (late at night, another time zone, a day without
    its year) score between two that name one day and two that name no day; two or more days apart they score lowest."""
    from bilat.stages import dates as date_stage

    def feats(text: str, lang: str) -> stories.Features:
        return stories.features(Document(id="d", source="d", original=text, text=text, lang=lang,
                                         dates=date_stage.find_dates(text, lang, None)))

    storm = feats("On 9 September 2025 a storm flooded the port city, officials said.", "en")
    next_day = feats("Ngày 10/9/2025, lực lượng cứu hộ tìm kiếm ngư dân mất tích tại cảng.", "vi")
    same_day = feats("Ngày 9/9/2025, bão làm ngập thành phố cảng.", "vi")
    later = feats("Ngày 14/9/2025, thành phố cảng bắt đầu dọn dẹp sau bão.", "vi")
    assert (storm.event_day, next_day.event_day, later.event_day) == ("2025-09-09", "2025-09-10", "2025-09-14")
    assert stories.event_gap(storm, next_day) == 1 and stories.event_gap(storm, same_day) == 0
    model = story_scorer.shipped()
    vec = story_scorer.pair_vector(0.3, storm, next_day, "en", "vi")

    def p(other: stories.Features) -> float:
        return model.probability(vec, None, stories.event_gap(storm, other))

    assert p(same_day) > p(next_day) > model.probability(vec) > p(later)
    assert p(next_day) == model.probability(vec, None, 1) > 0
    # with a publication day on either side a day apart stays neutral: the next day's event is as likely
    published = datetime.date(2025, 9, 10).toordinal()
    assert stories.event_gap(storm, next_day, None, published) is None
    assert stories.event_gap(storm, next_day, published - 1, published) is None
    assert stories.event_gap(storm, later, None, published) == 5 and stories.event_gap(storm, same_day, None, published) == 0


def test_a_member_naming_no_day_is_read_as_reporting_its_story_s_day(db_path, monkeypatch):
    """Reports of one event: an undated member of a story whose dated members name one event day is compared
    by that day (a new report of that day gains, one of another day loses); members naming two days say nothing."""
    f = stories.Features
    assert stories.story_day([]) is None

    def member(day: str | None) -> stories.Member:
        vec = np.zeros(384, dtype=np.float32)
        vec[0] = 1.0
        return stories.Member(vec=vec, lang="ar", features=f(event_day=day), day=None)

    dated, undated = member("2025-09-09"), member(None)
    assert stories.story_day([dated, undated]) == "2025-09-09"
    assert stories.story_day([dated, undated, member("2025-09-12")]) is None
    assert stories.story_day([undated, undated]) is None
    linker = stories.Linker(store.connect(db_path))
    model = dataclasses.replace(linker.model, event_same=3.0, event_far=-4.0, far_days=0)
    linker.model = model
    centred = np.zeros(384, dtype=np.float32)
    centred[:2] = (0.4, (1 - 0.16) ** 0.5)

    def score(day: str) -> float:
        return linker.story_probability(centred, "en", f(event_day=day), None, [dated, undated])

    same, far = score("2025-09-09"), score("2025-09-13")
    monkeypatch.setattr(stories, "STORY_DAY", False)
    assert same > score("2025-09-09") and far < score("2025-09-13")


def test_a_dated_report_naming_no_day_agrees_with_an_event_on_its_publication_day():
    """The day's news: a dated text that names no event day gets the bonus against an event day that is its
    publication day, and nothing against another day (it may report the day before, or follow one up)."""
    f = stories.Features
    published = datetime.date(2025, 9, 9).toordinal()
    assert stories.event_gap(f(), f(event_day="2025-09-09"), published, None) == 0
    assert stories.event_gap(f(event_day="2025-09-09"), f(), None, published) == 0
    assert stories.event_gap(f(), f(event_day="2025-09-12"), published, None) is None
    # a day without its year reads as that day when it is the publication day (tests/test_story55.py), else None
    assert stories.event_gap(f(), f(event_day="--09-09"), published, None) == 0
    assert stories.event_gap(f(), f(event_day="--09-07"), published, None) is None
    assert stories.event_gap(f(), f(), published, None) is None
    # two reports published the same day stay neutral, as before
    assert stories.event_gap(f(), f(event_day="2025-09-09"), published, published) is None


def test_an_undated_text_naming_a_day_of_the_month_alone_is_checked_against_an_event_day():
    """An undated lead that names no full day but a day of the month ("当地时间22日晚上") keeps it as a loose day;
    against another report's event day it agrees (the bonus) or is two or more days off (the penalty). A weekday is
    read too (LOOSE; tests/test_stories_weekday.py); a dated text keeps no loose day."""
    from bilat.stages import dates as date_stage

    text = "据央视新闻,当地时间22日晚上,位于俄罗斯莫斯科州的音乐厅内发生恐怖袭击。"
    doc = Document(id="z", source="z", original=text, text=text, lang="zh",
                   dates=date_stage.find_dates(text, "zh", None))
    assert not stories.features(doc).when  # a day of the month alone is no day without a publication day
    assert stories.features(doc).loose == "mday:22"
    assert stories.features(dataclasses.replace(doc, published="2024-03-23")).loose is None
    f = stories.Features
    loose = f(loose="mday:22")
    assert stories.event_gap(loose, f(event_day="2024-03-22")) == 0
    assert stories.event_gap(f(event_day="--03-23"), loose) == 1
    assert stories.event_gap(loose, f(event_day="2024-03-25")) == 3
    assert stories.event_gap(loose, f()) is None and stories.event_gap(loose, f(loose="mday:22")) is None
    assert stories.loose_gap("mday:31", "2024-04-01") == 1  # the nearest month
    assert stories.loose_gap("weekday:1", "2024-12-03") == 0 and stories.loose_gap("weekday:4", "2024-12-03") == 3
    assert stories.loose_gap("weekday:1", "--12-03") is None  # no year, no weekday
    assert f.from_dict(json.loads(json.dumps(loose.as_dict()))) == loose
    model = dataclasses.replace(story_scorer.shipped(), event_same=3.0, event_far=-4.0, event_near=1.5)
    vec = story_scorer.pair_vector(0.4, loose, f(), "zh", "ru")

    def p(day: str) -> float:
        return model.probability(vec, None, stories.event_gap(loose, f(event_day=day)))

    assert p("2024-03-22") > p("2024-03-23") > model.probability(vec) > p("2024-03-26")


def test_loose_day_reads_a_weekday_or_a_day_of_the_month_from_an_undated_lead():
    from bilat.stages.dates import loose_day

    assert loose_day("أعلن رئيس كوريا الجنوبية يون سوك يول يوم الثلاثاء حالة الطوارئ", "ar") == ("weekday", 1)
    assert loose_day("شن الاحتلال الاسرائيلي عصر اليوم الثلاثاء هجوماً", "ar") == ("weekday", 1)
    assert loose_day("On Friday, near Moscow, gunmen attacked a concert hall", "en") == ("weekday", 4)
    assert loose_day("【彭博】– 周四一早泰国和柬埔寨军队在有争议的边境地区交火", "zh") == ("weekday", 3)
    assert loose_day("泰國軍方證實,空軍於20日上午出動2架F-16戰機", "zh") == ("mday", 20)
    assert loose_day("Gunmen attacked a concert hall near Moscow", "en") is None


def test_a_document_without_a_day_or_a_named_day_is_undated_and_the_pair_says_so():
    f = stories.Features(entities=frozenset({"Q1"}))
    assert stories.undated(None, f)
    assert not stories.undated(739000, f)  # a publication day
    assert not stories.undated(None, dataclasses.replace(f, when=frozenset({"--07-24"})))  # a day its text names
    i, c = story_scorer.NAMES.index("undated"), story_scorer.NAMES.index("undated_cross")
    v = story_scorer.pair_vector(0.3, f, f, "en", "fr", undated=True)
    assert (v[i], v[c]) == (1.0, 1.0)
    v = story_scorer.pair_vector(0.3, f, f, "en", "en", undated=True)
    assert (v[i], v[c]) == (1.0, 0.0)
    v = story_scorer.pair_vector(0.3, f, f, "en", "fr")
    assert (v[i], v[c]) == (0.0, 0.0)
    assert len(v) == len(story_scorer.NAMES)


def test_stats_say_the_stories_and_conflicts_of_the_samples(sample_store):
    """`bilat stats` (and `make run`, which prints its first lines) says how many stories and conflicts the
    ingest made: the samples' four stories and their one conflict (86 vs 68 soldiers)."""
    from click.testing import CliRunner

    from bilat.cli import main

    conn = store.connect(sample_store, readonly=True)
    data = store.counts(conn)
    conn.close()
    assert (data["story_count"], data["conflict_count"]) == (4, 1)
    out = CliRunner().invoke(main, ["stats", "--db", sample_store]).output.splitlines()
    assert out[:3] == ["documents: 5", "stories: 4", "conflicts between sources: 1"]
