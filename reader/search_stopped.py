"""Self-harm one has stopped ("i stopped self harming last year", "i havent self harmed in a
year", "100 days self harm free"): Recovery and setbacks first, then Riding out an urge.

No page says "stopped", "haven't" or "free" with self-harm, so each found pages that happen to
say those words: "i stopped self harming last year" listed Self-harm in adult life first, "i
havent self harmed in a year" the page on a personality disorder diagnosis, "i am 100 days
self harm free" the page on money. Recovery and setbacks is for the road after stopping and
the hard days on it; Riding out an urge for when an urge comes back. Read before a wish to
stop (reader/search_stopping.py), so "i quit sh 2 years ago" is past; someone else's ("my
daughter stopped self harming") is read before both, by reader/search_supporters.py.
"""

from __future__ import annotations

import re

from reader.crisis_phrases import normalise, without_marks

RECOVERY_PAGE_ID = "recovery-and-setbacks"
URGE_PAGE_ID = "riding-out-an-urge"

_HARM = r"(?:self ?harm(?:ing|ed)?|self ?injur(?:y|ing|ed)|sh|cutting|cut)"
# Not a haircut, nor nails: "i stopped cutting my hair".
_OWN = rf"(?:{_HARM}\b(?! (?:my |your )?(?:hair|nails?|fringe|bangs|class|down|back)\b)"
_OWN += r"|(?:hurt|harmed|cut|burned|burnt|hit) myself)"
_WHILE = r"(?:\d+|a|an|one|two|three|four|five|six|few|many|several|some)"
_SPAN = rf"(?:{_WHILE} )?(?:days?|weeks?|months?|years?|yrs?|ages|a while|long)"
_STOPPED = re.compile(
    rf"\b(?:(?:i|ive|i have) )?(?:stopped|gave up|given up) (?:my )?{_OWN}"
    rf"|\b(?:quit|quitted) (?:my )?{_OWN}(?: for)? {_SPAN} ago"
    rf"|\b(?:ive|i have|i) quit (?:my )?{_OWN}\b(?! (?:yet|soon))(?=.* (?:ago|last|since|for)\b)"
    rf"|\b(?:i )?(?:havent|have not|ive not|hasnt|not) {_OWN} (?:in|for|since)\b"
    rf"|\b{_OWN} free\b|\bclean (?:from|of) {_OWN}"
    rf"|\b(?:i|ive|i have) used to {_OWN}"
)


def stopped_pages(text: str) -> tuple[str, str] | None:
    """The pages for a reader who has stopped self-harming, if that is what was typed."""
    typed = without_marks(normalise(text)).replace("'", "")
    return (RECOVERY_PAGE_ID, URGE_PAGE_ID) if _STOPPED.search(typed) else None
