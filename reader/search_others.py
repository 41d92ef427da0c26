"""Searches that tell of a fear or urge to hurt someone else: the page for it comes first.

"im scared i will hurt my baby" listed When home does not feel safe first, and "i am scared
i will hurt someone" When someone finds out. A fear or a thought that will not go away is
what When scary thoughts pop into your head is about (having such thoughts does not mean
acting on them; if part of you wants to, it says to get help now); an urge ("i want to hurt
him") is for When anger feels too big ("If you worry about hurting someone": space now, the
emergency number if someone is in danger, then a doctor). Not a crisis search: its help box
and first pages speak of hurting yourself, and the figure of speech ("this game makes me want
to kill someone") is common.
"""

from __future__ import annotations

import re

from reader.crisis_phrases import normalise, without_marks

ANGER_PAGE_ID = "when-anger-feels-too-big"
THOUGHTS_PAGE_ID = "unwanted-thoughts"
_FEAR = re.compile(
    r"\b(?:scared|afraid|worried|worry|frightened|terrified|thoughts?|thinking|think"
    r"|picture|picturing|images?)\b"
)

_WILL = (
    r"(?:want to|wanna|going to|gonna|might|could|will|i'?ll|ill|feel like|urges? to"
    r"|thoughts? (?:of|about)|(?:scared|afraid|worried|frightened|terrified) (?:of|about)"
    r"|(?:thinking|think) (?:of|about))"
)
_BODY = (
    r"(?:head(?! teacher)|face|body|skin|arms?|wrists?|hands?|fingers?|knuckles|fists?|legs?"
    r"|thighs?|knees?|feet|foot|stomach|tummy|belly|chest|ribs|neck|hips?|hair|scalp|ears?|eyes?)"
)
_WHOM = (
    r"(?:someone|somebody|some one|people|other people|others|him|her|them"
    # Not a thing: "hit the gym", "hit the books", "hit the wall" (punching walls is self-harm).
    r"|(?:my|the|a|our) (?!(?:self|own|gym|road|hay|books|sack|shops|town|bottle|ball|target"
    r"|nail|jackpot|wall|walls|spot|pillow|bag|punchbag"
    # Nor the reader's own body: "i want to hit my head" is self-harm, not hurting someone.
    rf"|{_BODY})\b)\w+)"
)
_HURTING = re.compile(
    # Someone else's words between ("i'm scared telling them will hurt them") are not the
    # reader's own; nor is a wish not to ("i dont want to hurt my parents by telling them").
    r"\b(?:i|i'm|im|i am|i've|ive|makes? me)\b(?: (?!(?:don'?t|dont|do not|never|not|it|this"
    r"|that|he|she|they|him|her|them|telling|saying|talking)\b)[\w']+){0,3}? "
    rf"{_WILL} (?:really |actually |just )?"
    r"(?:hurt|harm|kill|hit|attack|punch|stab|strangle|shake|smother)(?:ing)? "
    rf"{_WHOM}\b(?!'?s? feelings)"
)


def others_page(text: str) -> str | None:
    """The id of the page for what was typed, if it tells of hurting someone else: the one on
    unwanted thoughts for a fear or a thought, the one on anger for an urge."""
    found = _HURTING.search(without_marks(normalise(text)))
    if found is None:
        return None
    return THOUGHTS_PAGE_ID if _FEAR.search(found.group()) else ANGER_PAGE_ID
