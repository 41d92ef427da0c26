"""Searches that name a festival or a birthday: the page on hard days first.

The page on special days never says "cry", and the pages on grief send readers to it by its
title, so "i cant stop crying at christmas" listed When someone you love has died first (it
has both words) and "i dont feel like celebrating" did not list the page at all. A day named
is what the page is for, whatever feeling comes with it; the pages on grief still follow.
Not an anniversary: "our anniversary and he dumped me" is about a relationship ending.
"""

from __future__ import annotations

from reader.search_queries import typed_terms
from reader.search_synonyms import expansions
from reader.synonym_events import CELEBRATING, DAYS

DAYS_PAGE_ID = "when-special-days-are-hard"


def days_page(text: str) -> str | None:
    """The id of the page on special days, if what was typed names one."""
    found = expansions(typed_terms(text))
    return DAYS_PAGE_ID if any(e.words in (DAYS, CELEBRATING) for e in found) else None
