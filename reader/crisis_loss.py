"""Grief turned to wanting to die, as a reader who lost a baby or a person types it.

Matched like crisis_phrases.CRISIS (lower case, spaces single), never shown as content.
"""

from __future__ import annotations

import re

# Who was lost, as a parent or a grieving reader names them ("my baby", "my late husband").
_LOVED = (
    r"(?:(?:late|dead|little|baby|angel|precious|beautiful|darling|twin) )?(?:bab(?:y|ies)"
    r"|angel|little one|son|daughter|boy|girl|child|twins?|mum|mom|mam|mummy|mommy|mama|dad"
    r"|daddy|mother|father|husband|wife|partner|boyfriend|girlfriend|fiancee?|brother|sister"
    r"|nan|nana|gran|granny|grandma|grandad|granddad|grandpa|best friend)"
)
_LOST = rf"(?:(?:my|our|his|her|their) {_LOVED}|him|her|them)"
# A baby is with its parent: wanting to be with one is told of a loss, or of a baby taken
# away, either a time for help first. "My mum" is not: a child in care may simply miss her.
_BABY = r"(?:baby|babies|angel|angel baby|little one|baby (?:boy|girl)|little (?:boy|girl)|twins)"
_WANT = r"(?:want|wants|wanted|wanna|wana|need|needs|long|longing|ready|going|gonna|wish)"
_BE_WITH = rf"(?:{_WANT}(?: to| i could)? (?:be|go|stay)|wish i (?:was|were|could be)) with"
_JOIN = rf"(?:{_WANT}(?: to| i could)? join)"
# Said of someone who died ("who died", "wherever she is"); "in heaven" is in CRISIS. Gone
# somewhere ("who has gone to uni", "whos gone back home") is a search.
_DIED = (
    r"(?:who|that)(?: has| had| is|'?s)? (?:died|passed(?: away| on)?|gone(?! (?:to|back|abroad"
    r"|away|home|out|off|into|in|on|for|from|missing)\b(?! heaven| a better place| be with)))"
    r"|wherever (?:he|she|they) (?:is|are)|on the other side|up there|in the (?:sky|stars)"
)
_END = r"(?: again| now| soon| tonight| today| forever| so much)?\W*$"

LOSS = re.compile(
    r"\b(?:"
    # Being with a baby ("i want to be with my baby"), the one who died, or the late one.
    rf"{_BE_WITH} (?:my|our|his|her|their) {_BABY}{_END}"
    rf"|(?:{_BE_WITH}|{_JOIN}) {_LOST}(?: again)? (?:{_DIED})"
    rf"|(?:{_BE_WITH}|{_JOIN}) my (?:late|dead) \w+"
    # Joining them, typed alone ("i want to join him"); "join him for lunch" is a search.
    rf"|{_JOIN} {_LOST}{_END}"
    # A death told, then wanting to be with them ("my husband died and i want to be with
    # him"); "i want to be with him" alone is a search. The words between are few: any number
    # made a long pasted text take a second.
    rf"|(?:(?:he|she|they|{_LOST}) (?:has |had |just )?(?:died|passed(?: away| on)?)"
    rf"|(?:lost|losing) {_LOST})\b.{{0,60}}?\bi (?:just |really |only |still )*"
    rf"(?:{_BE_WITH}|{_JOIN})"
    rf" (?:him|her|them){_END}"
    # Going where they went ("i want to go where my baby is").
    rf"|{_WANT}(?: to)? go (?:to )?where (?:(?:my|our) {_BABY} (?:is|are)"
    rf"|(?:he|she|they|(?:my|our) {_LOVED}) (?:went|has gone|have gone|'?s gone|'?ve gone))\W*$"
    # Having died in their place ("i should have died instead of my baby"), or the wish.
    r"|(?:should|shouldve|should'?ve|shud|shoulda)(?: have| of|'?ve)? (?:been the one to die"
    r"|been the one (?:who|that) died|died)(?: (?:with|instead|too|not|in (?:his|her|their)"
    r" place)\b|\W*$)"
    r"|it should(?: have|'?ve| of) been me(?:\W*$| (?:instead|not (?:him|her|them|my)\b"
    r"|(?:who|that) (?:died|was killed|got killed|was taken|passed)))"
    rf"|(?:(?:why )?(?:did|does) (?:he|she|they|{_LOST}) |(?:he|she|they|{_LOST}) )?"
    rf"(?:die|died|taken|took {_LOST})"
    r" and not me\W*$"
    # Life without them not to be lived ("i cant live without my baby", "whats the point
    # without her"); "i cant live without my phone" names no one, and stays a search.
    rf"|(?:can'?t|cannot|could(?:n'?t| not)) (?:live|survive|exist|be here|be alive|keep going"
    rf"|carry on) without {_LOST}(?: any ?more| now)?\W*$"
    r"|(?:what'?s|what is|there'?s no|there is no|theres no|no) (?:the )?point(?: (?:of|in)"
    r" (?:anything|it|it all|going on|carrying on|trying|being here))?(?: any ?more)? without"
    rf" {_LOST}(?: any ?more| now| here)?\W*$"
    r")"
)
