"""Panic where it comes, in everyday places ("i panic picking my kids up from school", "panic
attacks on the bus"): the page on panic first.

No page names the bus, the shops or the school run with panic, so the place's words led:
"i panic picking my kids up from school" listed the page after having a baby first ("being a
parent"), "panic attacks on the bus" the page on gambling, "i panic on the train" the page
after losing a baby, with the page on panic in none's first four. When panic or worry takes
over says that panic can make people stay away from the places it came in. Only with little
else said: a place with a page of its own ("panic attacks at work", "at school") keeps it.
"""

from __future__ import annotations

import re

from reader.crisis_phrases import normalise, without_marks
from reader.search_small_words import small

PANIC_PAGE_ID = "panic-and-anxiety"

_PANIC = re.compile(
    r"\b(?:(?:panic|anxiety) attacks?|panic|panics|panicking|panicing|panicked|panicky"
    r"|freak out|freaking out|anxious|anxiety)\b"
)
_KIDS = r"(?:my|the) (?:kids|children|child|son|daughter|boys|girls|little one)"
_PLACE = re.compile(
    r"\b(?:(?:on|in|at|on to|onto|getting on) )?(?:the |a |public )?(?:bus|buses|train|trains"
    r"|tube|underground|metro|plane|planes|flights?|flying|lifts?|escalators?|motorways?"
    r"|shops|shopping|supermarkets?|queues?|crowds|crowded places|busy places|public transport"
    r"|school run|school gates?|playground|in public|car)\b"
    r"|\b(?:driving|going out|go out|leaving the house|leave the house|going outside)\b"
    rf"|\b(?:picking|pick|dropping|drop|taking|take) (?:up )?{_KIDS}(?: (?:up|off))?"
    r"(?: (?:from|at|to) school)?"
)
# Said around it and saying no more of what is wanted.
_AROUND = frozenset(
    "get gets getting got keep always every time whenever start started bad really feel"  # noqa: SIM905
    " feeling like now lately recently".split()
)


def panic_page(text: str) -> str | None:
    """The page on panic, if panic in an everyday place is what was typed."""
    typed = without_marks(normalise(text)).replace("'", "")
    if not (_PANIC.search(typed) and _PLACE.search(typed)):
        return None
    rest = _PLACE.sub(" ", _PANIC.sub(" ", typed)).split()
    return PANIC_PAGE_ID if all(small(word) or word in _AROUND for word in rest) else None
