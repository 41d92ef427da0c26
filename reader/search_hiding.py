"""Hiding one's own self-harm ("how do i hide my cuts", "hiding my cuts from my parents"):
Living with scars first, then When someone finds out.

"hide" is said by the page on being online ("Hide words"), which came first for "how do i
hide my cuts" and "how to hide self harm scars"; "hiding my cuts from my parents" listed the
page on gambling first, with neither page below in the first four. Living with scars says
covering up or not is the reader's own choice, that they choose whom to tell, and, at its
top, to have a recent injury checked; When someone finds out is for the fear of a parent or
friend finding out, and the first talk after. Someone else's ("my daughter hides her cuts")
is read first, by reader/search_supporters.py.
"""

from __future__ import annotations

import re

from reader.crisis_phrases import normalise, without_marks

SCARS_PAGE_ID = "living-with-scars"
FOUND_OUT_PAGE_ID = "when-someone-finds-out"

_MY = r"(?:(?:my|the|all my|all the|these|those|any) )?"
_MARKS = r"(?:self ?harm(?:ing)?(?: scars| marks| cuts)?|sh(?: scars| marks| cuts)?|scars|marks"
_MARKS += r"|scratches|burns|scarring)"
_CUTS = r"(?:cuts|cut|cutting|wounds)"
# Covering a cut is first aid ("how do i cover a cut"): only hiding one, or covering it up.
_HIDING = re.compile(
    rf"\b(?:(?:hide|hiding|conceal|concealing)(?: up)? {_MY}(?:{_MARKS}|{_CUTS})"
    rf"|(?:cover|covering)(?: up)? {_MY}{_MARKS}"
    rf"|(?:cover|covering) up {_MY}{_CUTS}"
    rf"|(?:keep|keeping) {_MY}(?:{_MARKS}|{_CUTS}) (?:a )?(?:secret|hidden))\b"
)


def hiding_pages(text: str) -> tuple[str, str] | None:
    """The pages for a reader who hides their self-harm, if that is what was typed."""
    typed = without_marks(normalise(text))
    return (SCARS_PAGE_ID, FOUND_OUT_PAGE_ID) if _HIDING.search(typed) else None
