"""Where a word starts in text with proclitics: one rule for every stage.

Arabic (and Persian, in the same script) writes some short words as one letter joined to the next
word: the conjunctions و 'and' and ف 'so' before any word, the prepositions ب 'in, by' and ل 'for, to'
before a noun. A word list matched in such text must therefore accept the word with one of these
letters on it (وفي, بمدينة), and a word found inside a longer run of letters opens a word only when
what stands before it is no letter, or one proclitic letter that itself opens the word.
"""

from __future__ import annotations

from collections.abc import Callable, Container

CONJUNCTION_LETTERS = "وف"  # و 'and', ف 'so': joined to any word, a preposition or a particle too
PREPOSITION_LETTERS = "بل"  # ب 'in, by', ل 'for, to': joined to a noun
PROCLITIC_LETTERS = CONJUNCTION_LETTERS + PREPOSITION_LETTERS


def opens_word(text: str, i: int, clitics: str = "", is_word: Callable[[str], bool] = str.isalpha) -> bool:
    """True when ``text[i]`` opens a word: ``i`` is 0, or ``text[i - 1]`` is no word character
    (``is_word``), or it is one of ``clitics`` that opens a word itself (والقاهرة at ال, وفي at في;
    not الصحفي at في)."""
    if i <= 0 or not is_word(text[i - 1]):
        return True
    return text[i - 1] in clitics and (i < 2 or not is_word(text[i - 2]))


def with_proclitic(word: str, words: Container[str], clitics: str, min_len: int = 0) -> bool:
    """True when ``word`` is in ``words``, or is one of ``clitics`` joined to a word in ``words`` and
    longer than ``min_len`` letters (وجامعة, لمنطقة; with a larger ``min_len`` a short word is never taken
    apart: ولي is no و + لي)."""
    return word in words or (len(word) > min_len and word[0] in clitics and word[1:] in words)
