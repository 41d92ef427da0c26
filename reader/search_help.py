"""A plain call for help typed alone ("i need help", "help"): the crisis page first.

No page is about needing help in general, and the page on a learning disability, which gives
"I need help." as words to say, came first for it; the crisis page was sixth. Before any
page on what help there is, the reader is told what to do if they feel unsafe right now. A
lead (reader/synonym_one_feeling.py) puts the pages on talking to someone next. Said with
what help is for ("i need help with my anxiety"), it is a search like any other. "help"
alone ("help me", "please help") listed the page for people who have served first, which
says "help" most, and the crisis page not in the first four.
"""

from __future__ import annotations

import re

from reader.crisis_phrases import normalise, without_marks

CRISIS_PAGE_ID = "in-crisis-right-now"
_ASKED = r"(?:please|pls|plz|now|asap|right now|badly|me)"
# "hel" as "help" is being typed: the list changes with each letter, and "hel" listed the page
# for people who have served first (found by the code review).
_CALL = re.compile(
    rf"^(?:{_ASKED} )*(?:(?:i )?(?:really |just |urgently )?(?:need|want) "
    rf"(?:some |urgent |real |proper )?)?(?:help(?: {_ASKED})*|hel)$"
)


# Then the pages on talking to someone, in this order, whatever else says "help": the lead
# (reader/synonym_one_feeling.py) ranked them, and as pages grew (Talking to a doctor's tips
# for older and Deaf readers) Social anxiety came between them.
_TALKING = ("talking-to-someone", "talking-to-a-doctor")


def help_page(text: str) -> tuple[str, ...] | None:
    """The ids of the crisis page and the pages on talking to someone, if what was typed is a
    plain call for help and no more; only the crisis page for "hel", which starts other words."""
    typed = " ".join(re.findall(r"[\w']+", without_marks(normalise(text)))).replace("'", "")
    if not _CALL.match(typed):
        return None
    return (CRISIS_PAGE_ID,) if typed.endswith("hel") else (CRISIS_PAGE_ID, *_TALKING)
