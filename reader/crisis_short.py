"""Warning signs typed short, with the small words left out: as a Deaf reader whose first
language is BSL may write English, or a reader with a learning disability ("me life finish",
"me kill self", "me sad want go", "i take pills die").

Readers of the page for Deaf readers (if-you-are-deaf-or-hard-of-hearing) and of the easy
read page type these in a bad moment. Matched like crisis_phrases.CRISIS (lower case, spaces
single), never shown as content. "me" for "my" is also how many English speakers talk ("i
want to hang me washing out"), so most of these are read only typed alone.
"""

from __future__ import annotations

import re

_ME = r"(?:i|me|im|i'?m)"
_NOW = r"(?: now| today| tonight| soon| already| please| pls)?\W*$"
_PILLS = r"(?:pills|tablets|meds|medicine|medicines|medication|painkillers|paracetamol)"
# Where a cut is made, as crisis_hurt reads it after "my".
_PART = r"(?:arms?|legs?|wrists?|skin|body|thighs?|stomach|tummy)"
_AGAIN = r"(?: again| today| tonight| last night| now| every day| a lot| lots)*"

SHORT = re.compile(
    r"\b(?:"
    # A life over, typed alone ("me life finish", "life no point"); "life over 40" is a search.
    r"^(?:(?:me|my|i) )?life (?:finish|finished|over|end|ended|no good|no point|pointless)"
    rf"{_NOW}"
    rf"|\blife\b.{{0,30}}?\bwant(?: to)? (?:finish|end|stop)(?: it| me)?{_NOW}"
    # No point to live, no reason to be alive ("no point live", "why me live").
    r"|(?:no|what|whats|what'?s the) point (?:me |i )?(?:live|alive|be alive)\W*$"
    r"|^why (?:me|i) (?:still )?(?:live|alive|living)\W*$"
    # Ending or finishing oneself, or life ("i want finish me", "me want end life"); "i want
    # to end life support" and "i want to stop living with my parents" say what.
    r"|(?:want|wanna|need|going|gonna|ready)(?: to)? (?:end|finish|stop) (?:me|me life|my life"
    rf"|life|me self){_NOW}"
    rf"|(?:want|wanna|need)(?: to)? stop (?:live|alive|breathing){_NOW}"
    # Not wanting life ("me no want life", "i dont want my life anymore").
    r"|(?:no|not|don'?t|dont|do not) (?:want|wanna) (?:me |my |this )?life(?: any ?more| now)?"
    r"\W*$"
    # Wanting to be dead, or to sleep and not wake ("me want dead", "me want sleep never wake").
    rf"|^me (?:just |really )?(?:want|wanna|need)(?: to)? (?:be )?dead{_NOW}"
    r"|(?:want|wanna|wish|need)(?: to)? sleep (?:and )?(?:not|never|no) wake(?: up)?\b"
    r"|(?:want|wanna) disappear\b"
    # "self" for "myself" ("me kill self", "i want hurt self", "me cut self again"); "how to
    # kill self doubt" goes on after it.
    rf"|\b{_ME}(?: \w+){{0,2}}? (?:kill|hurt|cut|harm|hang|burn|stab) (?:me )?self{_AGAIN}\W*$"
    r"|^(?:kill|hurt|cut|harm|hang) (?:me )?self\W*$"
    # Cut, with the body part and no "my" ("me cut arm", "i cut legs again"), typed alone.
    rf"|^{_ME} (?:(?:just|always|keep|still|did) )?cut (?:{_PART}{_AGAIN}|again{_AGAIN})\W*$"
    # Hanging or jumping, without "myself" or "the" ("i want hang me", "me want jump bridge").
    rf"|(?:want|wanna|going|gonna|will)(?: to)? hang (?:me|me self){_NOW}"
    r"|(?:want|wanna|going|gonna|will|think|thinking)(?: to)? jump (?:off |from )?(?:bridge"
    r"|building|roof|cliff|balcony)\b"
    # Pills to die ("i take pills die", "take pills to die"); "do my pills dye my pee" is not.
    rf"|{_PILLS} (?:and |to |then |make me |me )?die\b(?! (?:my|your|his|her|their|the|it)\b)"
    # Tired of life, sad and wanting to go ("me tired life", "me sad want go"); "me sad want go
    # home" says where.
    rf"|^{_ME}(?: so| very| too| really)? tired (?:of )?(?:life|live|living|alive)\W*$"
    r"|\b(?:sad|lonely|alone|depressed|upset|unhappy|crying|hurting)\b.{0,30}?\b(?:want|wanna)"
    r"(?: to)? (?:go|go away|disappear)(?: now| forever| for ever| for good)?\W*$"
    # Better dead ("better me die", "me die better", "better if i die").
    r"|^(?:(?:everyone|everybody|family|all) )?better (?:off )?(?:if )?(?:me|i) (?:die|dead|gone)"
    rf"{_NOW}"
    r"|^(?:me|i) (?:die|dead|gone) (?:is )?better(?: for (?:everyone|everybody|all|family))?\W*$"
    # Ready or planning to die, or when ("me ready die", "tonight me die", "me die tonight").
    r"|(?:ready|plan|planning) die\b"
    r"|^(?:tonight|today|soon) (?:me|i) die\W*$|^(?:me|i) die (?:tonight|today|now|soon)\W*$"
    r"|^me die\W*$"
    r")"
)
