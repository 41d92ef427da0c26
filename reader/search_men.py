"""A man or boy in the reader's life who keeps it in ("my husband wont talk", "my son bottles
it up"), or a grown man who is struggling ("my dad is struggling"): For men and boys first,
then Supporting someone. A man or boy who tells of himself and what he feels ("im a man and i
feel like crying"): For men and boys first.

For men and boys has a part for those who care about a man or boy (he may go quiet rather than
say he is struggling; how to ask, listen and check in), but "won't" is two small words and
"bottles" no page's word, so "my husband wont talk" listed the page on later life first and
"my son bottles it up" the page on the basics, with it not in the first four. Supporting
someone says what to do if they are worried about his safety. Someone's self-harm told is
read first, by reader/search_supporters.py.
"""

from __future__ import annotations

import re

from reader.crisis_phrases import normalise, without_marks
from reader.search_small_words import small

MEN_PAGE_ID = "for-men-and-boys"
SUPPORTING_PAGE_ID = "supporting-someone"

_HIM = (
    r"\b(?:my |our )(?:husband|hubby|boyfriend|bf|fiance|son|sons|boy|lad|dad|father|brother"
    r"|grandad|granddad|grandpa|grandson|stepson|stepdad|uncle|mate|best mate|man|fella)"
    r"\b|\b(?:he|him|men|boys|guys|blokes)\b"
)
_KEEPS_IT_IN = re.compile(
    r"\b(?:wont|doesnt|never|refuses to|cant|will not|does not) (?:talks?|open up|speak|say"
    r"|tell (?:me|us|anyone)|share|let (?:me|us) in)\b"
    r"|\bbottl(?:es|ed|ing|e) (?:it|things|everything|his feelings) (?:all )?up\b"
    r"|\b(?:keeps|kept|keeping) (?:it|everything|things) (?:all )?(?:in|inside|to himself)\b"
    r"|\bshut (?:himself )?(?:off|down|away)\b|\bgone (?:quiet|silent)\b"
)
# A grown man who is struggling, told with no more ("my dad is struggling"): no page says it
# of a man, and "my dad is struggling" listed the page on special days first (for Father's
# Day), "my husband is struggling" the page on later life. Not a son or a boy: the page for
# parents comes first for him.
_GROWN_MAN = re.compile(
    r"\b(?:my |our )(?:husband|hubby|boyfriend|bf|fiance|dad|father|brother|grandad|granddad"
    r"|grandpa|stepdad|uncle|mate|best mate)\b"
)
_STRUGGLES = re.compile(
    r"\b(?:is|has been|seems|seems to be)(?: really| so)? (?:struggling|not coping|not himself"
    r"|not ok|not okay)\b|\bisnt (?:himself|coping|ok|okay)\b"
)
# Said around it and saying no more of what is wanted; with more ("my husband wont talk to me
# about money"), it is a search like any other. How to help him is what Supporting someone is
# for ("my dad is struggling how can i help" listed the page on special days first).
_AROUND = frozenset(
    "about feelings feel feels how anything anyone anybody properly anymore really at all"  # noqa: SIM905
    " emotions struggling whats wrong going on help support dont know".split()
)


# A man or boy telling of himself, or of what men are told: the page is written for him.
_ME = re.compile(
    r"\b(?:i am|im|as) (?:an? )?(?:man|guy|bloke|lad|dude|fella|male|young man|grown man"
    r"|grown ass man|teenage boy|boy)\b|\bim male\b"
    r"|\b(?:real )?(?:men|guys|lads|blokes) (?:dont|do not|cant|shouldnt|arent meant to"
    r"|arent supposed to|are not supposed to) (?:cry|talk|show (?:emotions|feelings))\b"
)
# What he feels, said with it ("im a man and i feel like crying"); with anything else ("im a
# man and i was raped", "as a guy my wife hits me") it is a search like any other.
_FEELS = frozenset(
    "crying cry cried cries tears feel feeling feelings emotions emotional like low sad down"  # noqa: SIM905
    " depressed depression struggling struggle lonely alone weak failure useless worthless"
    " lost empty numb anxious anxiety stressed overwhelmed broken hopeless ashamed shame"
    " embarrassed self harm harming cutting hurting talk open up mental health".split()
)


def men_pages(text: str) -> str | tuple[str, str] | None:
    """The pages for a man or boy who tells of himself with what he feels, or for someone whose
    man or boy keeps it in, if that is what was typed."""
    typed = without_marks(normalise(text)).replace("'", "")
    if _ME.search(typed):
        rest = _ME.sub(" ", typed).split()
        return MEN_PAGE_ID if all(small(word) or word in _FEELS for word in rest) else None
    for him, told in ((_GROWN_MAN, _STRUGGLES), (re.compile(_HIM), _KEEPS_IT_IN)):
        if him.search(typed) and told.search(typed):
            rest = him.sub(" ", told.sub(" ", typed)).split()
            if all(_said_around(word) for word in rest):
                return (MEN_PAGE_ID, SUPPORTING_PAGE_ID)
    return None


def _said_around(word: str) -> bool:
    return small(word) or word in _AROUND
