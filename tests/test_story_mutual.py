"""scripts/story_mutual.py: nearest neighbours are ranked per other language, inside the day window."""

import importlib.util
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
_spec = importlib.util.spec_from_file_location("story_mutual", ROOT / "scripts" / "story_mutual.py")
sm = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sm)


def test_ranks_are_per_language_and_windowed():
    docs = [{"lang": "en"}, {"lang": "en"}, {"lang": "fr"}, {"lang": "fr"}, {"lang": "de"}]
    cos = np.array([[1.0, 0.9, 0.3, 0.2, 0.8],
                    [0.9, 1.0, 0.1, 0.25, 0.1],
                    [0.3, 0.1, 1.0, 0.5, 0.0],
                    [0.2, 0.25, 0.5, 1.0, 0.0],
                    [0.8, 0.1, 0.0, 0.0, 1.0]])
    apart = np.zeros((5, 5), dtype=int)
    apart[0, 4] = apart[4, 0] = 9  # the German report is nine days from the first English one
    sm.SECOND.clear()
    rank = sm.neighbours(docs, cos, apart, None)
    assert rank[0, 2] == 0 and rank[0, 3] == 1  # among the French, 2 is 0's nearest
    assert rank[0, 1] > 100  # the same language is never ranked
    assert rank[2, 0] == 0 and rank[3, 1] == 0
    assert sm.SECOND[(None, 0, "fr")] == 0.2
    assert rank[0, 4] == 0
    windowed = sm.neighbours(docs, cos, apart, 3)
    assert windowed[0, 4] > 100 and windowed[4, 1] == 0  # out of the window, the next English one is nearest


def test_union_chains():
    u = sm.Union()
    u.join("a", "b")
    u.join("c", "b")
    assert u.find("a") == u.find("c") != u.find("d")
