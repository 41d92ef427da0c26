"""An older reader who gets confused ("im 80 and i get confused"): Self-harm and hard feelings
in later life first, then Talking to a doctor.

The page on later life says low mood and worry can make it hard to think clearly and that a GP
can check a worried memory, but never says "confused", so every word typed found Self-harm in
adult life and the pages on being adopted and for parents, and not it. Talking to a doctor has
a part for older readers. Only with an older age told: "i get confused" alone is the easy read
page's (reader/synonym_learning.py), "confused" alone the crisis page's, and "i get confused at
school" keeps its pages.
"""

from __future__ import annotations

import re

from reader.crisis_phrases import normalise, without_marks
from reader.search_queries import typed_terms
from reader.search_synonyms import expansions
from reader.synonym_older import OLDER_AGE_WORDS

LATER_LIFE_PAGE_ID = "in-later-life"
DOCTOR_PAGE_ID = "talking-to-a-doctor"

_CONFUSED = re.compile(
    r"\b(?:confus(?:ed|ion|ing)|muddled?|mixed up|forgetful|forgetting|cant remember"
    r"|cant think (?:straight|clearly)|brain fog|foggy)\b"
)


def later_life_pages(text: str) -> tuple[str, str] | None:
    """The pages for an older reader who gets confused, if that is what was typed."""
    if not _CONFUSED.search(without_marks(normalise(text)).replace("'", "")):
        return None
    found = expansions(typed_terms(text))
    return (
        (LATER_LIFE_PAGE_ID, DOCTOR_PAGE_ID)
        if any(e.words == OLDER_AGE_WORDS for e in found)
        else None
    )
