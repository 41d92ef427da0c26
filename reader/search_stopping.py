"""Wanting to stop one's own self-harm ("how do i stop self harming", "help me stop cutting"):
Riding out an urge first, then Understanding self-harm.

A reader who asks how to stop wants something to do when the urge comes, and Riding out an
urge is that page; Understanding self-harm says why stopping is hard and that slips are
common. "help me stop cutting" listed When your child self-harms first, "i need help to stop
self harming" Self-harm in adult life, then the pages on food, medicine and alcohol, with
neither page in the first four. Someone else's ("help my daughter stop cutting") is read
first, by reader/search_supporters.py; stopping that is past ("i stopped self harming last
year") is no wish to stop, and is left be.
"""

from __future__ import annotations

import re

from reader.crisis_phrases import normalise, without_marks

URGE_PAGE_ID = "riding-out-an-urge"
UNDERSTANDING_PAGE_ID = "understanding-self-harm"

_HARM = (
    r"(?:self ?harm(?:ing)?|self ?injur(?:y|ing)|sh|cut(?:ting)?(?! (?:my |your )?(?:hair|nails?"
    # Not a haircut, nor missing lessons ("stop cutting class"), nor a shortcut.
    r"|fringe|bangs|class|classes|school|lessons?|corners|people|carbs|sugar|meat|down|back)\b)"
    r"|(?:hurting|harming|burning|hitting|scratching|punching|cutting) myself)"
)
_STOP = re.compile(
    rf"\b(?:stop|quit|give up|stopping|quitting|giving up)"
    rf" (?:myself (?:from )?|my |the |doing )?{_HARM}\b"
)


def stopping_pages(text: str) -> tuple[str, str] | None:
    """The pages for a reader who wants to stop self-harming, if that is what was typed."""
    typed = without_marks(normalise(text))
    return (URGE_PAGE_ID, UNDERSTANDING_PAGE_ID) if _STOP.search(typed) else None
