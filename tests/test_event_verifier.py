"""The event verifier (bilat.stages.event_verifier): how a party was found, the keep/drop check on composed
documents, the stage's switch, and the training script reproducing the shipped file."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from bilat.records import Actor, Document, Event, Mention, Sentence
from bilat.stages import event_verifier, events

ROOT = Path(__file__).resolve().parent.parent


def _m(text: str, part: str, kind: str, iso3: str | None, form: str = "name", entity: str = "") -> Mention:
    at = text.index(part)
    return Mention(start=at, end=at + len(part), text=part, entity=entity or f"bilat:{part}", kind=kind, iso3=iso3,
                   form=form)


def _doc() -> Document:
    # a plain two-country act, then a sentence naming no country whose act takes its pair from the first sentence
    text = ("Brazil and Argentina signed a trade agreement in Brasilia on Tuesday. "
            "Officials there later protested against the flooding of local markets with cheap steel from abroad, which "
            "they said had cost thousands of jobs in the industrial south over the past two years.")
    cut = text.index("Officials")
    ms = (_m(text, "Brazil", "country", "BRA", entity="Q155"), _m(text, "Argentina", "country", "ARG", entity="Q414"))
    evs = (
        Event(id="d:e1", event="AGREE", actor=Actor(code="BRA", entity_text="Brazil", entity="Q155"),
              recipient=Actor(code="ARG", entity_text="Argentina", entity="Q414"), start=0, end=cut - 1,
              confidence=0.7, lang="en"),
        Event(id="d:e2", event="PROTEST", actor=Actor(code="BRA", entity_text="Brazil", entity="Q155"),
              recipient=Actor(code="ARG"), start=cut, end=len(text), confidence=0.55, lang="en"),
    )
    return Document(id="d", source="d", original=text, text=text, lang="en", mentions=ms, events=evs,
                    sentences=(Sentence(start=0, end=cut - 1), Sentence(start=cut, end=len(text))))


def test_party_source_reads_the_form_of_the_mention_in_the_sentence():
    text = "The Saudi minister met Putin in Moscow; Tehran said nothing."
    ms = [_m(text, "Saudi", "country", "SAU", "demonym"), _m(text, "Putin", "person", "RUS", entity="Q7747"),
          _m(text, "Tehran", "place", "IRN", "capital")]
    src = event_verifier.party_source
    assert src(Actor(code="SAU"), ms, None) == "demonym"
    assert src(Actor(code="RUS", entity="Q7747"), ms, None) == "person"
    assert src(Actor(code="IRN"), ms, None) == "capital"
    # named in an earlier sentence (the actor keeps that mention's text), or no mention at all
    assert src(Actor(code="TUR", entity_text="Turkey", entity="Q43"), ms, None) == "carried"
    assert src(Actor(code="TUR"), ms, None) == "context"
    # a person of unknown country in the sentence, given the document's home country
    unknown = [_m(text, "Putin", "person", None, entity="bilat:p1")]
    assert src(Actor(code="VNM", entity_text="Putin", entity="bilat:p1"), unknown, "VNM") == "home"


# the classifier's per-type thresholds (as shipped: a protest needs 0.95) and its probabilities of the two
# sentences: it backs the agreement, not the protest the lexicon's word found
THRESHOLDS = {"AGREE": 0.3, "PROTEST": 0.95}


def _probs(doc: Document) -> dict[int, dict[str, float]]:
    s1, s2 = doc.sentences
    return {s1.start: {"AGREE": 0.9, "PROTEST": 0.01}, s2.start: {"AGREE": 0.2, "PROTEST": 0.05}}


def test_carried_party_event_is_dropped_and_named_pair_kept():
    v = event_verifier.load()
    assert v is not None
    doc = _doc()
    feats = dict(event_verifier.document_features(doc, events.CONFIDENCE_THRESHOLD, _probs(doc), THRESHOLDS,
                                                      doc_home=events.document_home(doc)))
    assert feats[0]["actor_name"] == feats[0]["recipient_name"] == feats[0]["pair_exact"] == 1.0
    assert feats[1]["actor_carried"] == feats[1]["recipient_context"] == 1.0
    assert feats[1]["clf_margin"] == pytest.approx(-0.9) and feats[1]["clf_best"] == 0.0
    assert v.probability(feats[0]) >= v.cut > v.probability(feats[1])
    out = event_verifier.verify(doc, v, events.CONFIDENCE_THRESHOLD, _probs(doc), THRESHOLDS,
                                doc_home=events.document_home(doc))
    kept = events.exported(out.events)
    assert [e.id for e in kept] == ["d:e1"]
    # the doubted event stays in the record, typed as before, under the export threshold
    assert len(out.events) == 2 and out.events[1].event == "PROTEST" and out.events[1].actor.code == "BRA"
    assert out.events[1].confidence < events.CONFIDENCE_THRESHOLD


def test_stage_switch():
    assert events.make_stage(embeddings=False, verifier=False).verifier is None
    assert isinstance(events.make_stage(embeddings=False, verifier=True).verifier, event_verifier.Verifier)


def test_training_script_reproduces_the_shipped_file():
    spec = importlib.util.spec_from_file_location("train_event_verifier", ROOT / "scripts" / "train_event_verifier.py")
    tr = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tr  # its dataclass looks its module up
    spec.loader.exec_module(tr)
    if not tr.ITEMS.is_file():
        pytest.skip("no verifier items")
    shipped = json.loads((ROOT / "src" / "bilat" / "data" / event_verifier.DATA).read_text(encoding="utf-8"))
    got = tr.train(tr.load_items())
    assert {k: v for k, v in got.items() if k not in ("weights", "bias")} == \
        {k: v for k, v in shipped.items() if k not in ("weights", "bias")}
    assert got["weights"] == pytest.approx(shipped["weights"], abs=1e-5)
    assert got["bias"] == pytest.approx(shipped["bias"], abs=1e-5)


def test_layout_reads_where_the_parties_stand_to_the_trigger():
    # "Iran accused Iraq, ..." : both parties in the trigger's clause, the actor before it, the recipient after it
    text = "Iran accused Iraq of shelling its border, officials in Tehran said on Monday."
    ms = (_m(text, "Iran", "country", "IRN", entity="Q794"), _m(text, "Iraq", "country", "IRQ", entity="Q796"),
          _m(text, "Tehran", "place", "IRN", "capital"))
    e = Event(id="x:e1", event="ACCUSE", actor=Actor(code="IRN"), recipient=Actor(code="IRQ"), start=0,
              end=len(text), confidence=0.7, lang="en")
    trig = [events.Trigger(start=5, end=12, event="ACCUSE", mode=None, role="pair", strength=1.0)]
    f = event_verifier.layout(e, ms, trig, text)
    assert f["actor_before"] == 1.0 and f["recipient_before"] == 0.0 and f["actor_first"] == 1.0
    assert f["actor_dist"] == pytest.approx(5 / len(text)) and f["recipient_dist"] == pytest.approx(8 / len(text))
    assert f["same_clause"] == 1.0 and f["country_mentions"] == pytest.approx(1.0)
    # the recipient only after a comma: not one clause; no trigger word: no distances
    far = event_verifier.layout(dataclasses.replace(e, recipient=Actor(code="IRN"), actor=Actor(code="IRQ")),
                                ms[1:], trig, text)
    assert far["same_clause"] == 0.0 and far["recipient_before"] == 0.0 and far["actor_first"] == 1.0
    none = event_verifier.layout(e, ms, [], text)
    assert "actor_dist" not in none and "same_clause" not in none and none["actor_first"] == 1.0


def test_salience_reads_the_document_around_the_event():
    doc = _doc()
    f = event_verifier.salience(doc, doc.events[0])
    assert f["actor_share"] == f["recipient_share"] == 0.5  # Brazil and Argentina, one mention each
    assert f["pair_events"] == pytest.approx(1 / 3) and f["doc_position"] == 0.0  # the protest has the same pair
    assert event_verifier.salience(doc, doc.events[1])["doc_position"] == pytest.approx(70 / len(doc.text), abs=0.01)


def test_the_shipped_file_names_its_feature_set_and_ridge():
    shipped = json.loads((ROOT / "src" / "bilat" / "data" / event_verifier.DATA).read_text(encoding="utf-8"))
    assert tuple(shipped["names"]) in (event_verifier.BASE_NAMES, event_verifier.names())
    assert shipped["l2"] > 0 and len(shipped["weights"]) == len(shipped["names"])
    assert set(event_verifier.BASE_NAMES) < set(event_verifier.names())
