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


def test_online_ranks_read_only_documents_stored_before_the_later_one():
    """The ranks the linker could read when the later document arrives: a French report stored after the pair's
    later side does not push the earlier one down."""
    docs = [{"lang": "en"}, {"lang": "fr"}, {"lang": "fr"}, {"lang": "en"}, {"lang": "fr"}]
    cos = np.array([[1.0, 0.3, 0.6, 0.2, 0.9],
                    [0.3, 1.0, 0.1, 0.7, 0.0],
                    [0.6, 0.1, 1.0, 0.4, 0.0],
                    [0.2, 0.7, 0.4, 1.0, 0.0],
                    [0.9, 0.0, 0.0, 0.0, 1.0]])
    apart = np.zeros((5, 5), dtype=int)
    rank = sm.online_ranks(docs, cos, apart, None)
    assert rank[1, 0] == 0 and rank[0, 1] == 0  # when 1 arrives, 0 is the only English one; 1 the only French one
    assert rank[2, 0] == 0 and rank[0, 2] == 0  # 2 is nearer to 0 than 1 is: first among the French stored so far
    assert rank[3, 1] == 0 and rank[3, 2] == 1  # 3 arrives: 1 is its nearest French report, 2 the next
    assert rank[1, 3] == 0 and rank[2, 3] == 1  # from 2, the English 0 (0.6) is nearer than 3 (0.4)
    assert rank[4, 0] == 0 and rank[0, 4] == 0  # 4 arrives last and is 0's nearest French one
    assert rank[0, 3] > 100 and rank[0, 0] > 100  # one language, or the same document: never ranked
    far = np.zeros((5, 5), dtype=int)
    far[3, 1] = far[1, 3] = 9
    assert sm.online_ranks(docs, cos, far, 3)[3, 2] == 0  # out of the window, 1 no longer ranks above 2
