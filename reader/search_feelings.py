"""Two or three feelings typed together ("angry and sad"): the page on each comes first.

Every word had to match, and few pages say both: "angry and sad" listed the page on a
relationship ending first, "angry and anxious" the page on bullying, "sad and tired" the page
on grief, "stressed and anxious" the page on feeling numb, and none listed the page on
either feeling first. Each feeling here, typed alone, finds the page on it first (a test
checks it). Loneliness with another feeling is a lead of its own (reader/synonym_lonely.py).
"""

from __future__ import annotations

from reader.search_queries import typed_terms
from reader.search_small_words import small_mask

MOST_FEELINGS = 3  # more than this, and it reads as a sentence, not a list of feelings
FEELINGS = frozenset(
    "angry anger furious annoyed sad sadness low depressed depression miserable empty "  # noqa: SIM905
    "hopeless anxious anxiety worried nervous scared afraid frightened terrified panicky "
    "stressed overwhelmed upset numb ashamed guilty guilt shame tired".split()
)
# Said between or around the feelings: "i feel sad and angry", "so tired but also anxious".
_AROUND = frozenset("feel feels feeling felt very super also plus both".split())  # noqa: SIM905


def feelings_typed(text: str) -> list[str]:
    """The feelings typed, in order, when nothing else but small words was: else none."""
    terms = typed_terms(text)
    said = [
        term.casefold()
        for term, is_small in zip(terms, small_mask(terms), strict=True)
        if not is_small and term.casefold() not in _AROUND
    ]
    if 1 < len(said) <= MOST_FEELINGS and all(word in FEELINGS for word in said):
        return said
    return []
