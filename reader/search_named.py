"""A service or a place named with little else ("iapt", "self referral", "A&E"): the pages
about it first, in this order, whatever other pages come to say its name.

Its pages were found by weights and leads, and a new page that names it in passing moved them:
once the pages on picking and on Deaf readers landed, "self-refer" listed the page on picking
second and "iapt" Going to hospital, with Talking to a doctor (which says how a GP refers)
third; "A&E" left If you're in crisis right now out of the first four, and "a and e" listed
the page after a baby first. Said with what it is for ("iapt for anxiety"), it is a search
like any other.
"""

from __future__ import annotations

import re

from reader.crisis_phrases import normalise, without_marks
from reader.search_small_words import small

WAITING_PAGE_ID = "while-you-wait"
DOCTOR_PAGE_ID = "talking-to-a-doctor"
HOSPITAL_PAGE_ID = "going-to-hospital"
CRISIS_PAGE_ID = "in-crisis-right-now"

# The talking therapy service by its old name, and referring oneself as readers say it: While
# you wait speaks of a referral and of checking on it, Talking to a doctor of being referred.
_REFERRAL = re.compile(
    r"\b(?:iapt|nhs talking therap(?:y|ies)|self ?referr(?:al|ing)|self ?refer"
    r"|refer(?:ring)? (?:myself|yourself))\b"
)
# The emergency department: Going to hospital says what happens there, the crisis page when
# to go.
_A_AND_E = re.compile(r"\b(?:a e|a and e|accident and emergency|emergency (?:department|room))\b")
# An ambulance or an emergency number: the crisis page says what to do now.
_AMBULANCE = re.compile(r"\b(?:an ambulance|ambulance|999|911|112|000)\b")
_NAMED = (
    (_REFERRAL, (WAITING_PAGE_ID, DOCTOR_PAGE_ID)),
    (_A_AND_E, (HOSPITAL_PAGE_ID, CRISIS_PAGE_ID)),
    (_AMBULANCE, (CRISIS_PAGE_ID, HOSPITAL_PAGE_ID)),
)
# Said around the name and saying no more of what is wanted ("should i go to a&e", "self
# referral form", "iapt waiting list"), or told as done ("i called 999 last year", which listed
# the page for Deaf readers first, for its "call 999", with the crisis page not in the four).
_AROUND = frozenset(
    "should go going get call need now please nearest near local nhs form online "  # noqa: SIM905
    "waiting list wait went called rang phoned dialled dialed got last night week month year "
    "yesterday ago once before earlier".split()
)


def named_pages(text: str) -> tuple[str, str] | None:
    """The pages for the service or place named, if it was typed with little else."""
    typed = " ".join(re.findall(r"[\w']+", without_marks(normalise(text)))).replace("'", "")
    for name, pages in _NAMED:
        rest = name.sub(" ", typed).split()  # "iapt self referral": both are the name
        if rest != typed.split() and all(small(word) or word in _AROUND for word in rest):
            return pages
    return None
