"""Emergency help asked for or asked about: an ambulance or an emergency number called or
needed, whether to go to A&E now.

"999" and "emergency" typed alone brought help first; "call 999", "i need an ambulance" and
"should i go to a&e" did not (found by the crisis hunt, round nine). A reader asking whether to
call for emergency help is most often in an emergency, or near one, theirs or someone else's.
Told with what else is wanted ("a&e waiting times", "ambulance strike", "how to become an
ambulance driver", "my mum called an ambulance"), it is a search. Matched like
crisis_phrases.CRISIS (lower case, spaces single), never shown as content.
"""

from __future__ import annotations

import re

# An emergency number or an ambulance; "111" is the NHS line for urgent help, as in CRISIS.
_NUMBER = r"(?:999|911|9 1 1|000|112|111)"
_HELP = rf"(?:{_NUMBER}|(?:an|the) ambulance|emergency services|the emergency services)"
_CALL = r"(?:call|ring|phone|dial|get)"
# The emergency department, with or without the marks in "a&e".
_A_AND_E = (
    r"(?:a ?& ?e|a and e|a e|accident and emergency|hospital|the hospital|the er|the emergency"
    r" (?:room|department)|emergency)"
)
# A pet, whose emergency is for a vet ("my dog needs an ambulance", found by the code review).
_PET = (
    r"(?:pets?|dogs?|doggy|doggo|puppy|pupp?ies|cats?|kitty|kittens?|hamsters?|rabbits?|bunny"
    r"|bunnies|pig|pigs|horses?|pony|ponies|budgies?|parrots?|birds?|fish|tortoises?|turtles?"
    r"|snakes?|lizards?|gerbils?|ferrets?|rats?|mice|mouse|chickens?|hens?|goats?)"
)
# Who it is for: the reader, or someone with them ("for my son", "for her"); not a pet.
_FOR = rf"(?: for (?:me|him|her|them|us|my (?!{_PET}\b)\w+|this|it))?"
_NOW = r"(?: now| right now| rn| tonight| asap| please| pls| or not| quick| quickly)*\W*$"
# Why, when it is self-harm or an overdose; "for a sprained ankle" is a search.
_HARM = (
    r"(?:self ?-?harm\w*|sh|cutting(?: my ?self)?|cut(?:ting)? my \w+|an overdose|overdosing"
    r"|(?:an |my )?od|taking (?:too many|too much|pills|tablets)|a (?:deep )?cut|my cuts?"
    r"|a burn|my burns?|my wounds?|hurting my ?self|i hurt my ?self|i cut my ?self)"
)

URGENT = re.compile(
    r"\b(?:"
    # Calling, typed alone ("call 999", "please call an ambulance", "someone ring 999").
    r"^(?:(?:please|pls|plz|some ?one|some ?body|can (?:some ?one|some ?body|you)) )?"
    r"(?:(?:i|we|i'?m|im|i am|we'?re|we are|i'?ll|ill|i will) )?(?:need to |have to |must "
    r"|should |going to |gonna |just )?"
    rf"{_CALL} {_HELP}{_FOR}{_NOW}"
    # Asking whether to call ("should i call 999", "do i need to call an ambulance for my son").
    r"|(?:should|shall|must) (?:i|we) (?:call|ring|phone|dial|get)(?: for)? "
    rf"{_HELP}"
    rf"|do (?:i|we) (?:need|have) to (?:call|ring|phone|dial|get) {_HELP}"
    # Needing an ambulance ("i need an ambulance", "does she need an ambulance").
    rf"|(?:i|we|he|she|they|you|it|this|\w+ (?!{_PET}\b)\w+) (?:need|needs|want|wants) (?:an|the)"
    r" ambulance\b"
    r"(?! (?:driver|service|services|job|strike|crew|station|trust|worker|course)s?\b)"
    rf"(?! for (?:my|our|the|a) (?:\w+ )?{_PET}\b)"
    rf"|(?:does|do|would|will) (?:i|we|he|she|they|it|this|my (?!{_PET}\b)\w+) need (?:an|the)"
    r" ambulance\b"
    # Whether to go to A&E now ("should i go to a&e", "i think i need to go to hospital"), typed
    # alone or after self-harm; "should i go to a&e for a sprained ankle" is a search. Having to
    # go to hospital, typed alone, is most often an appointment (found by the code review);
    # "i need to go to hospital" and "i have to go to a&e" are not.
    r"|(?:(?:should|shall|must|do) (?:i|we) (?:go|need to go|have to go|take (?:him|her|them"
    r"|my \w+))|(?:i|we) (?:think i |really |probably )?(?:need to go|have to go(?! to (?:the )?"
    r"hospital\W*$))|do i need to go)"
    rf" to {_A_AND_E}(?:{_NOW}| (?:after|for|because of|cos of|from|with) {_HARM}\b)"
    # On the way there after self-harm ("going to a&e after self harm"); "what happens at a&e
    # after self harm" asks what to expect, and is a search.
    r"|^(?:(?:i'?m|im|i am|we'?re|we are) )?(?:going|heading|on (?:my|our) way|off) to"
    rf" {_A_AND_E} (?:after|for|because of|cos of) {_HARM}\b"
    r")"
)
