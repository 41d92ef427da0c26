"""Counting an article's words, for its reading time, in any script."""

from __future__ import annotations

import functools
import re

# Combining marks are not word characters to Python's re, yet they belong to the letter before
# them: accents in text saved decomposed, Hebrew and Arabic vowel points, and the vowel signs of
# Devanagari to Sinhala (those blocks are all letters, marks, digits and a few stops).
_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0dff"
# A word starts with a letter or digit in any script and runs on through letters, digits,
# marks and apostrophes (it's, you’re, está); a hyphen or a space ends it. One character class
# in a loop: every home card shows minutes, so this runs at start-up.
_WORD = re.compile(rf"[^\W_][\w'’{_MARKS}]*")
# Chinese characters, and Japanese kana and kanji: these scripts put no spaces between words.
# Compiled when first needed: a class of ranges this wide took 15 M instructions to compile,
# at every start, for text that almost never has any.
_CJK = (
    "[\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]+"
)
_FIRST_CJK = "\u3041"  # no character below this is in any of those ranges


def count_words(body: str) -> int:
    """Words in a Markdown body, ignoring its punctuation and link targets."""
    pieces = re.sub(r"\]\([^)]*\)", "]", body).split()  # no word holds a space
    # A piece all letters and digits is one word, known without the expression, which
    # costs a few hundred instructions a character: only the rest (punctuation, hyphens,
    # apostrophes) goes through it. Every home card shows minutes, so this runs at start.
    odd = [piece for piece in pieces if not piece.isalnum()]
    count = len(pieces) - len(odd) + len(_WORD.findall(" ".join(odd)))
    if body.isascii() or max(body) < _FIRST_CJK:  # the usual cases, known in C
        return count
    # Chinese and Japanese put no spaces between words, so a sentence was one word. Each
    # character counts as one instead: a gentle reader reads about as many a minute as
    # English words. Each run was counted once already, as (part of) a word.
    return count + sum(len(run) - 1 for run in _cjk_runs().findall(body))


@functools.cache
def _cjk_runs() -> re.Pattern[str]:
    return re.compile(_CJK)
