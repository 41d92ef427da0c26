"""Text speak ("ppl", "every1", "no1 cares", "ngl"): read as the words meant.

No page says "ppl" or "every1", and what was typed around them was searched alone: "ppl hate
me" and "every1 hates me" found nothing at all, "no1 cares" listed the page on being in care
first. Words said only around what is meant ("ngl", "tbh") are small words (reader/
search_small_words.py): kept, "ngl im struggling" listed the page on autism first.
"""

from __future__ import annotations

import re

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
    "hw": "how",
    "luv": "love",
}
_MOST_WORDS = 30  # words read, as the search reads no more (reader/search_queries.py)


def spelled_out(text: str) -> str:
    """The text with each word of text speak typed as the words it stands for."""
    parts: list[str] = []
    done = 0
    for count, match in enumerate(_WORD.finditer(text)):
        if count == _MOST_WORDS:
            break
        word = match.group()
        parts += [text[done : match.start()], SPELLED_OUT.get(word.casefold(), word)]
        done = match.end()
    return "".join(parts) + text[done:]
