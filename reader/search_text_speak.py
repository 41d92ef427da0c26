"""Text speak ("ppl", "every1", "no1 cares", "ngl"): read as the words meant.

No page says "ppl" or "every1", and what was typed around them was searched alone: "ppl hate
me" and "every1 hates me" found nothing at all, "no1 cares" listed the page on being in care
first. Words said only around what is meant ("ngl", "tbh") are small words (reader/
search_small_words.py): kept, "ngl im struggling" listed the page on autism first.
"""

from __future__ import annotations

import re
from itertools import islice

_WORD = re.compile(r"\w+", re.UNICODE)
# Whole words only, so a name or a word that starts with them is left be. Not "ur" nor "wat",
# which start "urge" and "water" as they are typed.
SPELLED_OUT = {
    **dict.fromkeys(("ppl", "ppls", "peeps"), "people"),
    **dict.fromkeys(("every1", "evry1", "evryone", "every1s"), "everyone"),
    **dict.fromkeys(("no1", "no1s"), "no one"),
    **dict.fromkeys(("some1", "sum1", "sumone"), "someone"),
    **dict.fromkeys(("any1", "ne1"), "anyone"),
    "nobdy": "nobody",
    "u": "you",
    "r": "are",
    "b4": "before",
    "2day": "today",
    **dict.fromkeys(("2nite", "2night", "tonite"), "tonight"),
    **dict.fromkeys(("tmrw", "tmr", "2moro", "2morrow"), "tomorrow"),
    "rn": "right now",
    "bc": "because",
    "wot": "what",
    "luv": "love",
}
# Said after these, "rn" is the Royal Navy ("ex rn", "i was in the rn") or a registered nurse
# ("im an rn"): read as "right now", each listed the crisis page first, for its title.
_RN_AFTER = {
    **dict.fromkeys(("ex", "the", "former"), "royal navy"),
    **dict.fromkeys(("an", "a", "registered"), "nurse"),
}
# "hw" is "how" as it starts a question ("hw do i stop", "hw to cope"), and homework anywhere
# else: read as "how", "i cant do my hw" listed Understanding self-harm first.
_HOW_BEFORE = frozenset(
    "do does did dont doesnt to can cant could should would will is are r am was were much"  # noqa: SIM905
    " many long often come u you".split()
)
# "%" is not a word, and went unread: "i am 100% done" was "i am 100 done", an age.
_PERCENT = re.compile(r"(?<=\d) ?%")
_MOST_WORDS = 30  # words read, as the search reads no more (reader/search_queries.py)


def spelled_out(text: str) -> str:
    """The text with each word of text speak typed as the words it stands for."""
    text = _PERCENT.sub(" percent", text)
    words = list(islice(_WORD.finditer(text), _MOST_WORDS))
    parts: list[str] = []
    done = 0
    said = [match.group().casefold() for match in words]
    for at, match in enumerate(words):
        near = (said[at - 1] if at else "", said[at + 1] if at + 1 < len(said) else "")
        parts += [text[done : match.start()], _meant(match.group(), *near)]
        done = match.end()
    return "".join(parts) + text[done:]


def _meant(word: str, before: str, after: str) -> str:
    """What a word stands for, read with the words either side of it."""
    typed = word.casefold()
    if typed == "rn" and before in _RN_AFTER:
        return _RN_AFTER[before]
    if typed == "hw":
        return "how" if after in _HOW_BEFORE else "homework"
    return SPELLED_OUT.get(typed, word)
