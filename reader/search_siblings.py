"""A brother or sister left out beside a sibling ("my sister gets all the attention", "my
brother is always in hospital and my parents forget me"): When your brother or sister
self-harms first.

That page is for the feelings a sibling's troubles bring (jealous that parents spend all their
time and worry on them, left out, "the easy one"), and how to talk to busy parents; it never
says "attention" or "forget", so "my sister gets all the attention" listed the page on ADHD
first, and "my brother is always in hospital and my parents forget me" the page on a changing
family, with it not in the first four. A sibling's self-harm told is read first, by
reader/search_supporters.py; a sibling told alone ("my brother is mean to me") is left be.
"""

from __future__ import annotations

import re

from reader.crisis_phrases import normalise, without_marks
from reader.search_supporters import SIBLING_PAGE_ID

_SIBLING = re.compile(r"\b(?:(?:step|half) ?)?(?:brother|sister|sibling|twin|bro|sis)s?\b")
_ME = r"(?:about )?(?:me|i exist)"
_LEFT_OUT = re.compile(
    r"\b(?:all the attention|(?:get|gets|getting) (?:more|most of the) attention"
    rf"|(?:forget|forgets|forgot|forgotten|ignore|ignores|ignored) {_ME}"
    rf"|(?:dont|doesnt|never|barely) (?:notice|see|ask about|care about|remember) {_ME}"
    r"|left out|only care about|(?:always|constantly) in hospital|in and out of hospital"
    r"|the favou?rite|the easy one)\b"
)


def siblings_page(text: str) -> str | None:
    """The id of the page for siblings, if a sibling and being left out beside them is typed."""
    typed = without_marks(normalise(text)).replace("'", "")
    return SIBLING_PAGE_ID if _SIBLING.search(typed) and _LEFT_OUT.search(typed) else None
