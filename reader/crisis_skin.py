"""Picking, pulling and bleeding: where a habit told ends and a crisis begins.

Picking one's skin or pulling one's hair, told as a habit, even to bleeding ("i picked my skin
till it bled", "i cant stop pulling my hair out"), is a search: the page on picking and
pulling (when-picking-or-pulling-is-hard-to-stop) answers it. Told with a wish to die, to
punish oneself, to bleed, or to tear one's skin off, it is a crisis, as "i want to scratch my
skin off" is. Matched like crisis_phrases.CRISIS (lower case, spaces single), never shown as
content.
"""

from __future__ import annotations

import re

_PICK = (
    r"(?:pick|picks|picked|picking|pull|pulls|pulled|pulling|tear|tears|tore|tearing|rip|rips"
    r"|ripped|ripping|claw|claws|clawed|clawing|scratch|scratched|scratching|bite|biting|bit)"
)
_TILL = r"(?:till|until|untill|til)"
# A life wished for ("grow old and die", "live here and die there") is not a wish to die,
# nor a good thing wished for first, a bucket list's words ("travel the world and die", "eat
# pizza and die", found by the code review); "see my mum one last time and die" is a farewell,
# and "eat all my pills" or "travel to beachy head" the means or the place: they bring help.
# "see the world burn and die" is no good thing wished (found by the second code review).
_FOOD = (
    r"(?:pizzas?|cakes?|chocolate|ice ?cream|burgers?|chips|fries|sushi|pasta|cheese|doughnuts?"
    r"|donuts?|kebabs?|tacos?|crisps|sweets|candy|cookies|biscuits|pancakes|nuggets|steak|ramen"
    r"|noodles|curry|mcdonalds|kfc|nandos)"
)
_BUCKET_LIST = (
    r"travel (?:the world|(?:a)?round the world|the globe|everywhere)|see the world(?! burn)"
    r"|see (?:naples|paris|rome|venice|new york|japan)|win (?:the |a )?(?:lottery|lotto|jackpot"
    rf"|euro ?millions)|eat (?:a |some |loads of |all the |so much |a whole )?(?:\w+ )?{_FOOD}"
)
_NOT_A_LIFE = rf"(?!(?:to )?(?:(?:grow|get|be) old|live|{_BUCKET_LIST})\b)"

SKIN = re.compile(
    r"\b(?:"
    # Something wanted, then to die ("i want to pick my skin off and die", "i want to lie down
    # and die", "i want to take pills and die"), typed to the end; "i want to live in paris and
    # die there" goes on.
    rf"(?:want|wanna|wish i could|going|gonna|need|ready)(?: to)? {_NOT_A_LIFE}(?:[\w']+ ){{1,6}}?"
    r"and (?:just )?die(?: now| tonight| today| already| please)?\W*$"
    # Picking or pulling till death or bleeding out ("pick my skin until i die").
    rf"|{_PICK}\b.{{0,40}}?\b{_TILL} (?:i|i'?m|im) (?:die|dead|bleed out|bleed to death)\b"
    # Bleeding out, wished or meant ("i want to bleed out", "i hope i bleed to death"); "i worry
    # i will bleed to death from my period" says from what.
    r"|\b(?:i|me) (?:\w+ ){0,3}?bleed (?:out|to death)\b"
    r"(?! (?:from|during|in|on|with|after|because|if|when)\b)"
    # Wanting to bleed, or to make oneself bleed ("i want to make myself bleed", "i want to
    # see blood"); "i want to bleed the radiators" and "i want to give blood" are searches.
    r"|(?:make|makes|made|making) (?:my ?self|me) bleed\b"
    r"|^i (?:just |really )?(?:want|wanna|need)(?: to)? (?:bleed|see (?:my own )?blood)\W*$"
    r"|on purpose to make (?:it|them|my skin) bleed\b"
    # Picking or pulling to punish oneself ("i pick my skin to punish myself").
    rf"|{_PICK}(?: \w+){{0,4}}? to punish my ?self\b"
    # Tearing one's skin off, wanted ("i want to rip my skin off"), as "scratch my skin off".
    r"|(?:want|wanna|need|urge|urges|feel like|going|gonna)(?: to)? (?:rip|ripping|tear|tearing"
    r"|claw|clawing) (?:all )?(?:of )?my (?:skin|face) off\b"
    r")"
)
