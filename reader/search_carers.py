"""Searches that tell of the reader looking after someone: the page for carers comes first.

A carer seldom types the page's words ("carer", "caring"): "i cant cope looking after my mum"
listed Supporting someone first (it says "cope" and "caring"; the page for carers never says
"cope"), "my wife has cancer and i care for her" and "my mum is disabled and i help her" the
page on pain or illness, and "my parent is an alcoholic and i look after my brother" the page
on bullying. Told in the reader's own words, looking after someone is what the page is for,
whatever else was typed. Not a child of the reader's own, named alone ("looking after my
kids" is a parent's day), unless an illness or a disability is named too.
"""

from __future__ import annotations

import re

from reader.crisis_phrases import normalise, without_marks
from reader.synonym_older import AFTER_A_HOME

CARING_PAGE_ID = "caring-for-someone"

_WHO = (
    r"(?:mum|mom|mam|mother|dad|father|parents?|nan|nana|gran|granny|grandma|grandad|granddad"
    r"|grandpa|grandmother|grandfather|grandparents?|husband|wife|partner|boyfriend|girlfriend"
    r"|brothers?|sisters?|siblings?|aunt|auntie|uncle|family)"
)
_CHILD = r"(?:son|daughter|child|kids?|children|baby|stepson|stepdaughter)"
_SORT = r"(?:(?:little|younger|baby|big|older|elderly|disabled|sick|ill|poorly|autistic) )?"
# The reader's own doing: not "looks after" or "cares for", said of someone else.
_CARING = r"(?:look|looking|looked|care|caring|cared) (?:after|for)"
_NEED = re.compile(
    r"\b(?:ill|illness|sick|poorly|disabled|disability|dementia|alzheimers|cancer|ms|stroke"
    r"|parkinsons|alcoholic|addict|addicted|depressed|depression|bipolar|schizophrenia|autism"
    r"|autistic|wheelchair|dying|terminal|terminally|chemo|frail|mental health|bed bound)\b"
)
_NAMED = re.compile(rf"\b{_CARING} (?:my|our) {_SORT}{_WHO}s?\b")
_NAMED_CHILD = re.compile(rf"\b{_CARING} (?:my|our) {_SORT}{_CHILD}\b")
_UNNAMED = re.compile(
    rf"\bi (?:\w+ ){{0,2}}?(?:{_CARING}|help|helping) (?:him|her|them)\b(?!\w*self)"
)
_CARER = re.compile(
    r"\b(?:young (?:adult )?carers?"
    # A foster carer looks after a child in care: the page for parents, not this one.
    r"|(?:i'?m|i am|i was|i've been|ive been|i have been|as) (?:a |an |the )?"
    r"(?:(?!foster)\w+ ){0,2}?carer)\b"
)

# A parent or partner in a home for older people ("my mum lives in a care home", "i put my
# dad in a home"): the reader may still care for them. The key for it (reader/synonym_older.py)
# also finds the page on later life, which names care homes, and put it first.
_ELDER = (
    r"(?:mum|mom|mam|mother|dad|father|parents?|nan|nana|gran|granny|grandma|grandad|granddad"
    r"|grandpa|grandmother|grandfather|grandparents?|husband|wife|partner)"
)
# A bare "a home" only told alone or before what is said of it (reader/synonym_older.py):
# "my mum lives in a home with her new boyfriend" and "my mum is in the home office" are not.
_A_HOME = r"(?:a |the )?(?:(?:care|nursing|residential|retirement) homes?\b|homes?"
_A_HOME += rf"(?=\W*$| (?:{'|'.join(sorted(AFTER_A_HOME))})\b))"
_IN_A_HOME = re.compile(
    rf"\b{_ELDER} (?:is |are |lives |living |went |moved |is going |going )?in(?:to)? {_A_HOME}"
    rf"|\bput(?:ting)? (?:my |our )?{_ELDER} in(?:to)? {_A_HOME}"
)


def carers_page(text: str) -> str | None:
    """The id of the page for carers, if what was typed tells of the reader looking after
    someone."""
    typed = without_marks(normalise(text))
    if _NAMED.search(typed) or _CARER.search(typed) or _IN_A_HOME.search(typed):
        return CARING_PAGE_ID
    needs = _NEED.search(typed) is not None
    if needs and (_NAMED_CHILD.search(typed) or _UNNAMED.search(typed)):
        return CARING_PAGE_ID
    return None
