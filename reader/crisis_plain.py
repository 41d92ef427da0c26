"""Warning signs typed short and literal, as a reader with a learning disability may type
them: "me" for "myself", words left out ("i want dead", "i want go heaven").

Readers of the easy read page (if-you-have-a-learning-disability) type these in a bad moment.
Matched like crisis_phrases.CRISIS (lower case, spaces single), never shown as content.
"""

from __future__ import annotations

import re

# Hurting oneself told with "me" ("i hit me", "i bite me arm"); "hurt" and "cut" with "me"
# are in CRISIS.
_ACT = (
    r"(?:hit|hits|hitting|punch|punches|punching|scratch|scratches|scratching|bite|bites|biting"
    r"|bit|slap|slaps|slapping|pinch|pinches|pinching|bang|bangs|banging|kick|kicks|kicking)"
)
_PART = r"(?:head|hed|face|arms?|hands?|legs?|skin|body|tummy|belly|stomach|chest|wrists?)"
# How, or when, it is done: "i hit me when im angry", "i bite me a lot", "i bang me head
# against the wall" (as crisis_hurt reads "my head"); "on the door" is most often an accident.
_HOW = (
    r"(?: again| a lot| lots| hard| on purpose| every day| all the time| when (?:i'?m|im|i am"
    r"|i feel|i get) \w+| (?:till|until|til|so) (?:it|i) \w+"
    r"| against (?:the |a |me |my )?(?:walls?|floor|door|table)"
    r"| (?:on|off|into) (?:the |a |me |my )?(?:walls?|floor))*"
)
_WHEN = r"(?:just |keep |always |still |sometimes |often |did |do )*"
_WANT = r"(?:(?:want|wanna|wan|need|going|gonna)(?: to)? )?"

PLAIN = re.compile(
    r"\b(?:"
    # "me" for "myself" ("i hit me", "i want hit me", "i bite me arm"); "he hit me", "the
    # dog bit me", "i bite me nails" and "i hit me head on the cupboard" are not the reader's
    # own act, or not meant: only what comes after in _HOW is read with it.
    rf"i {_WHEN}{_WANT}{_ACT} me(?: ?self| {_PART})?{_HOW}\W*$"
    # Words left out ("i want dead", "i want go heaven", "i want end me", "i dont want be here").
    r"|i (?:just |really )?(?:want|wanna|wan|need) (?:to )?(?:be )?dead(?: now| please| pls)?\W*$"
    r"|(?:want|wanna|wish|need|ready|going)(?: to)? go heaven(?: now| please)?(?:\W*$| (?:with"
    r"|to be with|to see) (?:him|her|them|my)\b)"
    r"|i (?:just )?(?:want|wanna|need|going|gonna)(?: to)? end me\W*$"
    r"|(?:want|wanna)(?: to)? be not (?:alive|here|living)\b"
    r"|(?:don'?t|do not|dont|not|no) (?:want|wanna) (?:be here|wake up)\b"
    # Not liked, then wanting to go ("nobody like me i want go"); "nobody likes me i want to
    # go to a new school" is a search.
    r"|(?:nobody|no ?one|no body) (?:like|likes|love|loves|luv|luvs|want|wants|care about"
    r"|cares about)"
    r" me\b.{0,40}?\bi (?:just |really )?(?:want|wanna|wan|need)(?: to)? (?:go|go away"
    r"|be gone|leave)(?: now| forever| for ever)?\W*$"
    # "any more" said "no more" ("i cant do this no more"), as "i cant go on no more" is read.
    r"|(?:can'?t|cannot) (?:take|do|cope with|handle|stand) (?:it|this|life) no more\b"
    r"|(?:can'?t|cannot) cope no more\W*$"
    # No one would care about a death ("nobody cares if i die"); "does anyone care if i die
    # my hair" is a search.
    r"|(?:care|cares|notice|notices|matter|matters|mind|miss me) (?:if|when) i die\b"
    r"(?! (?:my|your|his|her|their|the|it|them)\b)"
    r")"
)
