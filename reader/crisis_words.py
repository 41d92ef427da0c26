"""Searches that sound like a crisis, or that look for someone to talk to: help comes first."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from reader.articles import Article, Library

if TYPE_CHECKING:  # only for types: the contacts load after the first paint
    from reader.contact_model import RegionContacts, Service

CRISIS_ARTICLE_ID = "in-crisis-right-now"

# First-person phrases and plain words; matching what a person types, never shown as content.
_CRISIS = re.compile(
    r"\b(?:"
    r"suicid\w*|kill(?:ing)? (?:my ?self|me)|end(?:ing)? (?:my life|it all|my self|myself)"
    r"|(?:want|wanting|wanna|going) (?:to )?die|wish i (?:was|were) dead|better off dead"
    r"|(?:don'?t|do not) want to (?:live|be here|be alive|wake up)|no reason to live"
    r"|(?:hurt|hurting|harm|harming) (?:my ?self|me)|not safe|unsafe|crisis|emergency"
    r"|can'?t go on|cannot go on|give up on life|no point (?:in )?living"
    r"|overdos\w*|cut(?:ting)? (?:my ?self|me)"
    # Heard in reviews and in how people write online: own-life wording, slang, despair.
    r"|tak(?:e|ing) my (?:own )?life|(?:want|wanting|wanna) (?:to )?be dead|unalive\w*|kms"
    r"|(?:want|wanting|wanna|going) to end it|no way out|hopeless\w*"
    r"|(?:can'?t|cannot) (?:take|do) (?:it|this) any ?more|sleep forever|never wake up"
    r")\b"
)


# Asking for a person or a line to call: no article answers that, Get help now does.
_SOMEONE_TO_TALK_TO = re.compile(
    r"\b(?:help ?lines?|hot ?lines?|crisis (?:lines?|numbers?|teams?)|life ?lines?"
    r"|phone numbers?|numbers? to call|emergency numbers?|text lines?"
    r"|(?:someone|somebody|anyone|anybody) to talk to|talk to (?:someone|somebody)"
    r"|who (?:can i|to) (?:call|talk to|text))\b"
)
_MIN_NAME = 3  # the shortest number of a line worth matching ("988")
_PREFIX = 5  # letters of a line's name typed before it counts ("samar", not "help")


def _normal(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").split())


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _letters(text: str) -> str:
    return "".join(c for c in _normal(text) if c.isalnum())


def suggests_crisis(text: str) -> bool:
    """True when what was typed sounds like someone may be in danger or in crisis."""
    return _CRISIS.search(_normal(text)) is not None


def seeks_someone_to_talk_to(text: str, services: Iterable[str] = ()) -> bool:
    """True when what was typed asks for a helpline, or names one (a service or its number).

    ``services`` are the names and numbers of the crisis lines Lantern knows ("Samaritans",
    "116 123", "988"): a search for one found no article, and said only "Nothing matched".
    """
    normal = _normal(text)
    if _SOMEONE_TO_TALK_TO.search(normal):
        return True
    digits = re.sub(r"[\s()+-]", "", normal)
    if digits.isdigit():  # a number, however it was spaced: the whole of a line's number
        return len(digits) >= _MIN_NAME and digits in {_digits(s) for s in services}
    # A line's name, or the start of one as it is being typed ("samar"): not "help" or
    # "life", which begin names too but are what people search articles for.
    typed = _letters(normal)
    return len(typed) >= _PREFIX and any(_letters(s).startswith(typed) for s in services)


def helpline_words(regions: Iterable[RegionContacts], local: Iterable[Service]) -> list[str]:
    """The names and phone and text numbers of every service, for seeks_someone_to_talk_to."""
    words: list[str] = []
    for service in [s for region in regions for s in region.services] + list(local):
        words.append(service.name)
        words += [way.value for way in service.contact if way.type in ("phone", "text")]
    return words


def crisis_article(library: Library) -> Article | None:
    """The bundled crisis article, unless a clinic has hidden it or it failed to load."""
    return library.get(CRISIS_ARTICLE_ID)
