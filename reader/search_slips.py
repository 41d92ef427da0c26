"""Feeling words typed with a slip ("tierd", "lonley", "im so angy"): read as the word meant.

Each found nothing at all, as no article has a word that starts with them, and a reader
who types one word for how they feel, late at night or on a phone, was told "Nothing
matched". A word the articles use, whole or as the start of one, is never changed ("sacred",
"scare"), and only into a feeling word of this list, so a name or a rare word is left be.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.crisis_words import one_slip

_TERM = re.compile(r"\w+", re.UNICODE)
# Words for how one feels that the articles use or have a synonym for; four letters at
# least, as one slip from a shorter word is too many other words ("sad": "mad", "sat").
FEELING_WORDS = (
    *("tired", "lonely", "alone", "scared", "afraid", "frightened", "numb", "angry", "empty"),
    *("hopeless", "worthless", "useless", "ashamed", "guilty", "upset", "exhausted"),
    *("depressed", "depression", "stressed", "overwhelmed", "anxious", "anxiety", "worried"),
    *("nervous", "panic", "panicking", "miserable", "unhappy", "suicidal", "crying"),
    # A loss, as felt: "greif" found nothing.
    *("grief", "grieving"),
)
_SHORTEST = 4
# Everyday words one slip from those, that no page may have: "lovely" is not "lonely". A
# slip never changes the first letter, as in the crisis words ("manic", "dumb", "hired").
_NOT_SLIPS = frozenset(
    ("lovely", "atone", "aloe", "tires", "timed", "tiled", "tiered", "unset")
    + ("scored", "snared", "spared", "stared", "seared", "scaled")
)
# Words read, as the search reads no more (reader/search_queries.py): a pasted page stays quick.
_MOST_WORDS = 30


def mended(text: str, known: Callable[[str], bool]) -> str:
    """The text with each word the articles do not know (known is False: not a word, nor
    the start of one) that is one slip from a feeling word typed as that word."""
    parts: list[str] = []
    done = 0
    for count, match in enumerate(_TERM.finditer(text)):
        if count == _MOST_WORDS:
            break
        parts += [text[done : match.start()], _mend(match.group(), known)]
        done = match.end()
    return "".join(parts) + text[done:]


def _mend(word: str, known: Callable[[str], bool]) -> str:
    lower = word.casefold()
    if len(lower) < _SHORTEST or lower in FEELING_WORDS or lower in _NOT_SLIPS:
        return word
    slips = (feeling for feeling in FEELING_WORDS if feeling[0] == lower[0])
    meant = next((feeling for feeling in slips if one_slip(lower, feeling)), None)
    return word if meant is None or known(word) else meant
