"""Searches that ask for someone to talk to, or name a crisis line: Get help now answers them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from reader.crisis_phrases import normalise, without_marks

if TYPE_CHECKING:  # only for types: the contacts load after the first paint
    from reader.contact_model import RegionContacts, Service

# Asking for a person or a line to call: no article answers that, Get help now does.
_SOMEONE_TO_TALK_TO = re.compile(
    r"\b(?:help ?lines?|hot ?lines?|crisis (?:lines?|numbers?|teams?)|life ?lines?"
    r"|phone numbers?|numbers? to call|emergency numbers?|text lines?"
    r"|(?:someone|somebody|anyone|anybody|no ?one|no ?body) to talk to"
    r"|talk to (?:someone|somebody)"
    r"|who (?:can i|to) (?:call|talk to|text))\b"
)
_MIN_NAME = 3  # the shortest number of a line worth matching ("988")
_PREFIX = 5  # letters of a line's name typed before it counts ("samar", not "help")


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _letters(text: str) -> str:
    return "".join(c for c in normalise(text) if c.isalnum())


def seeks_someone_to_talk_to(
    text: str,
    services: Iterable[str] = (),
    article_word: Callable[[str], bool] | None = None,
) -> bool:
    """True when what was typed asks for a helpline, or names one (a service or its number).

    ``services`` are the names and numbers of the crisis lines Lantern knows ("Samaritans",
    "116 123", "988"): a search for one found no article, and said only "Nothing matched".
    ``article_word`` tells whether the articles use a word whole: the start of a line's name
    that is such a word ("child" starts "Childline", "women" a women's line) is a search for
    what the articles say about it, and Enter opens the first of them, not Get help now.
    """
    normal = normalise(text)
    if _SOMEONE_TO_TALK_TO.search(normal):
        return True
    digits = re.sub(r"[\s()+-]", "", normal)
    if digits.isdigit():  # a number, however it was spaced: the whole of a line's number
        return len(digits) >= _MIN_NAME and digits in {_digits(s) for s in services}
    # A line's name, or the start of one as it is being typed ("samar"): not "help" or
    # "life", which begin names too but are what people search articles for.
    typed = _letters(normal)
    if len(typed) < _PREFIX:
        return False
    names = {_letters(s) for s in services}
    if typed in names or _named_with_what_is_wanted(normal, names):
        return True
    starts_a_name = any(name.startswith(typed) for name in names)
    return starts_a_name and not (article_word is not None and article_word(normal))


# What is wanted of a line, typed around its name ("samaritans number", "call childline").
_OF_A_LINE = frozenset("number numbers phone call ring text contact details for the to of".split())  # noqa: SIM905


def _named_with_what_is_wanted(normal: str, names: set[str]) -> bool:
    words = without_marks(normal).split()
    named = "".join(_letters(word) for word in words if word not in _OF_A_LINE)
    return len(named) < len("".join(words)) and named in names


def helpline_words(regions: Iterable[RegionContacts], local: Iterable[Service]) -> list[str]:
    """The names and phone and text numbers of every service, for seeks_someone_to_talk_to."""
    words: list[str] = []
    every = [s for region in regions for s in region.services + region.home_services]
    for service in every + list(local):
        words.append(service.name)
        words += [way.value for way in service.contact if way.type in ("phone", "text")]
    return words
