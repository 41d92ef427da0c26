"""Warning signs as the readers of the pages on medicine, the armed forces and being adopted
tell them: stopping medicine to die, pills saved up, having died out there, not to be born.

Matched like crisis_phrases.CRISIS (lower case, spaces single), never shown as content.
"""

from __future__ import annotations

import re

_MEDS = (
    r"(?:(?:my|all my|the|all the|all of my|some|some of my) )?(?:meds|medication|medications"
    r"|medicine|medicines|tablets|pills|painkillers|paracetamol|anti ?-?depressants?)"
)
_STOP = r"(?:stop|stops|stopping|stopped|quit|quitting|come off|coming off|came off|get off)"
_DIE = (
    r"(?:die|end it|end it all|end everything|end my life|not wake up|be gone|disappear"
    r"|let myself die)"
)
# Where, or when, a serving or former soldier (or a survivor of a crash) was nearly killed.
_THERE = (
    r"(?:out there|over there|that day|that night|on (?:tour|deployment|operations|ops)"
    r"|in (?:afghan|afghanistan|iraq|helmand|syria|the war|combat|battle|action"
    r"|(?:the|that) (?:blast|explosion|attack|ambush|crash|accident|fire)))"
)
_SHOULD = r"(?:should|shouldve|should'?ve|shud|shoulda)(?: have| of|'?ve)?"
_TOLD = r"(?:says?|said|told (?:me|us)|texted|messaged|keeps saying)(?: that)?"
# The reader, or someone else in their words as told ("my dad says he should have died").
_WHO = rf"(?:i|{_TOLD} (?:he|she|they))"
# Who gave birth to the reader, as an adopted reader names them.
_MOTHER = r"(?:she|they|my (?:birth |real |bio |biological )?(?:mum|mom|mam|mother|parents))"

LIVES = re.compile(
    r"\b(?:"
    # Stopping medicine to die ("i want to stop my meds and end it"); "i want to stop my meds"
    # is a question the page on medicine answers, and a search.
    rf"{_STOP} (?:taking )?{_MEDS}(?: \w+){{0,3}}? and (?:just )?{_DIE}\b"
    # Medicine saved up ("ive stockpiled my pills"); "saving money on my meds" is a search.
    rf"|(?:stockpil\w*|hoard\w*|stash(?:ed|ing)?) (?:up )?{_MEDS}"
    rf"|(?:sav(?:e|ed|ing)|collect(?:ed|ing)|kept|keeping) (?:up )?{_MEDS}"
    r"(?:\W*$| (?:up|for when|in case|just in case)\b)"
    # Told the other way round, or as a stash ("i have pills saved up", "a stash of pills"):
    # each gave no help box (crisis hunt, round nine). "i have my pills saved in my phone" and
    # "a months supply of pills" are searches.
    rf"|(?:(?:[1-9]\d*|loads of|lots of|a lot of|a load of|a bunch of) )?{_MEDS}"
    r" (?:all )?(?:saved|stockpiled|stashed|hoarded)(?: up| away)?"
    r"(?:\W*$| (?:up|for when|in case|just in case|for the right time)\b)"
    r"|(?:a|my|some|the) (?:secret |little |big |huge |hidden )?(?:stash|stockpile|hoard)"
    rf" of {_MEDS}|(?:pill|tablet|meds|medication) (?:stash|stockpile|hoard)\b"
    rf"|enough {_MEDS} (?:saved|stored|hidden|put away|to (?:die|end it|do it|kill|od|overdose))"
    # Having died out there, or come home in a box, as a veteran says it; "i should have
    # stayed out there" and "i should have died my hair" are searches.
    rf"|(?:{_WHO} {_SHOULD}|wish (?:i|it)(?: had| would have|'?d)?) (?:died|been killed"
    rf"|been the one (?:killed|to die|who died)|been me) {_THERE}\b"
    rf"|{_WHO} {_SHOULD} (?:been killed|died there)\W*$"
    # Having survived at all, as guilt says it; "i shouldnt have survived that exam" too.
    rf"|{_WHO} (?:shouldn'?t|should not|should never|shouldve never)(?: have| of|'?ve)?"
    r" survived(?:\W*$| (?:that|it|this|when|out there|the (?:crash|attack|war|blast|explosion"
    r"|accident|fire|ambush)))"
    rf"|(?:{_WHO} {_SHOULD}|wish (?:i|i had|i'?d)) (?:come|came|gone|went) (?:home|back) in a"
    r" (?:box|body ?bag|coffin|flag)\b"
    # Not to have been born, as an adopted reader may say it; "was i nearly aborted", "my
    # birth mum didnt want me", "i should have been born a boy" and "i shouldnt have been born
    # a girl" are searches.
    rf"|{_WHO} (?:should never|should'?ve never|shouldve never|should have never|shouldn'?t"
    r"|should not)(?: have| of|'?ve)? (?:been born(?! (?:a|an|as)\b)|existed)"
    r"|i (?:shouldn'?t|should not) exist\W*$"
    rf"|{_MOTHER} {_SHOULD} aborted me|wish {_MOTHER}(?: had|'?d)? aborted me"
    r"|wish i (?:had been|was|were|got) aborted"
    rf"|why didn'?t {_MOTHER} (?:just )?abort me"
    r")"
)
