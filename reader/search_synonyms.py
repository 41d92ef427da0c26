"""Finding the words typed that the synonym table (reader/synonym_table.py) has a key for.

A key may be several words ("hits me") and may be found while its last word is still being
typed ("anxi"); the longest key starting at each word wins, left to right.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from reader.search_contractions import split_contraction
from reader.synonym_feelings import ARTICLES_WORDS_FIRST, LEADS
from reader.synonym_older import AFTER_A_HOME, AGE_KEYS, BARE_HOME_KEYS, COUNTED
from reader.synonym_table import TABLE

_TERM = re.compile(r"\w+", re.UNICODE)  # keys are plain ASCII words, so \w splits them
_MIN_START = 4  # letters of a last word typed so far before it counts as a key's start


def _words(text: str) -> tuple[str, ...]:
    # A key written without its apostrophe ("cant eat") split as typed words are ("can", "t").
    return tuple(part for word in _TERM.findall(text.lower()) for part in split_contraction(word))


SYNONYMS: dict[tuple[str, ...], tuple[str, ...]] = {
    _words(key): words for key, words in TABLE.items()
}
_LONGEST = max(len(key) for key in SYNONYMS)


def _by_start() -> dict[int, list[tuple[tuple[str, ...], str, int]]]:
    """For each key length, the keys as (words before the last, last word, place in the
    table), sorted: the keys a half-typed last word could become are found by bisect."""
    found: dict[int, list[tuple[tuple[str, ...], str, int]]] = {}
    for place, key in enumerate(SYNONYMS):
        found.setdefault(len(key), []).append((key[:-1], key[-1], place))
    return {length: sorted(keys) for length, keys in found.items()}


# Looping over every key (about 7,500) for each half-typed word took most of the time a
# search spent on turning what was typed into queries.
_BY_START = _by_start()
_KEYS = list(SYNONYMS)
_SAID_ASIDE = frozenset(map(_words, ARTICLES_WORDS_FIRST))
_AGES = frozenset(map(_words, AGE_KEYS))  # not an age before what a number counts ("60 miles")
_BARE_HOMES = frozenset(map(_words, BARE_HOME_KEYS))  # "in a home with her boyfriend"
# Keys that are whole words, never searched as the start of a longer one: "uni" starts "union"
# ("uni stress" listed the page on work first, for its union rep), "add" starts "addiction",
# "fat" starts "father" ("i feel fat" listed the page on special days, for Father's Day), "sa"
# starts "safe" (social anxiety or sexual assault listed the pages on safety first), "war"
# starts "warning" (it listed the page on a safety plan first, for its warning signs).
WHOLE_WORDS = frozenset(("uni", "add", "fat", "sa", "war"))
# Words that, typed with little else, put first the pages that have all of the words given.
LEADING: dict[tuple[str, ...], tuple[str, ...]] = {
    _words(key): words for key, words in LEADS.items()
}


@dataclass(frozen=True)
class Expansion:
    """Typed words start..end (a slice) and what the articles say instead."""

    start: int
    end: int
    words: tuple[str, ...]
    whole: bool  # False: the last word is still being typed, and only starts a key
    as_typed: bool = True  # False: the articles' words are looked for first, not those typed


def expansions(terms: Sequence[str]) -> list[Expansion]:
    """The runs of typed words that have synonyms, longest first, left to right."""
    typed = [term.lower() for term in terms]
    found: list[Expansion] = []
    start = 0
    while start < len(typed):
        match = _match_at(typed, start)
        if match is None:
            start += 1
            continue
        found.append(match)
        start = match.end
    return found


def _match_at(typed: list[str], start: int) -> Expansion | None:
    for length in range(min(_LONGEST, len(typed) - start), 0, -1):
        end = start + length
        key = tuple(typed[start:end])
        if _not_meant_before(key, typed[end : end + 1]):
            continue
        if key in SYNONYMS:
            return Expansion(start, end, SYNONYMS[key], True, key not in _SAID_ASIDE)
        # "anxi", "depres" as they are typed: the words of every key they could become.
        last = key[-1]
        if end == len(typed) and len(last) >= _MIN_START:
            words = [word for found in _keys_started(key) for word in SYNONYMS[found]]
            if words:
                return Expansion(start, end, tuple(dict.fromkeys(words)), whole=False)
    return None


def _not_meant_before(key: tuple[str, ...], after: list[str]) -> bool:
    """Whether the key means something else before the word typed after it: an age before
    what a number counts ("60 miles"), a care home before what else a home is ("office")."""
    if not after:
        return False
    if key in _AGES:
        return after[0] in COUNTED
    return key in _BARE_HOMES and after[0] not in AFTER_A_HOME


def _keys_started(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The keys as long as key, with its words, whose last word starts with key's last, in
    the table's order."""
    keys = _BY_START.get(len(key), [])
    before, last = key[:-1], key[-1]
    places: list[int] = []
    for at in range(bisect_left(keys, (before, last)), len(keys)):
        words, end, place = keys[at]
        if words != before or not end.startswith(last):
            break
        places.append(place)
    return [_KEYS[place] for place in sorted(places)]
