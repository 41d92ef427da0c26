"""Warning signs told in a life worn down: money and work, caring, growing old alone.

Matched like crisis_phrases.CRISIS (lower case, spaces single), never shown as content.
"""

from __future__ import annotations

import re

# Someone else's words, as the reader tells them ("my nan keeps saying shes ready to go").
_THEY_SAY = r"(?:says?|said|saying|keeps saying|thinks?|tells (?:me|us)|told (?:me|us))(?: that)?"
_THEY_SAY += r" (?:he|she|they)"

WEARY = re.compile(
    r"\b(?:"
    # Worth more to the family dead, through the life insurance (Samaritans and the pack's
    # Money worries name feeling a burden; "would my life insurance pay out if i died in an
    # accident" and "is life insurance worth it" are searches).
    r"(?:i'?m|im|i am|(?:i|he|she|they)(?:'?d| would| will|'?ll) be|id be|ill be|(?:he|she)(?:'?s"
    r"| is)|hes|shes|they(?:'?re| are)|theyre) worth more"
    r"(?: to (?:them|everyone|my \w+))? dead\b"
    r"|better off with (?:the |my )?(?:life )?insurance(?: money| payout)?\b"
    r"|insurance(?: money| payout| policy)?(?: would| will)?(?: pay out| pays out| payout)?"
    r" if i (?:died|was dead|were dead|was gone|were gone|wasn'?t here|weren'?t here)\W*$"
    # Ready to go, having lived long enough, waiting to die, as an older reader says it
    # (Age UK and the pack's When you feel alone); "im ready to go home", "ive lived long
    # enough to know" and "leave this world a better place" are searches.
    rf"|(?:^(?:i'?m|im|i am)|{_THEY_SAY}(?:'?s|s| is|'?re| are))(?: just| really| so)?"
    r" ready to go(?: now)?\W*$"
    rf"|(?:(?:i'?ve|ive|i have)|{_THEY_SAY}(?:'?s|s|'?ve| has| have)) lived (?:long )?enough"
    r"(?: years| of (?:a )?life)?\W*$"
    r"|(?:i'?m|im|i am|just|(?:he|she)(?:'?s| is)|hes|shes|they(?:'?re| are)|theyre)"
    r" (?:just )?(?:sitting here |sat here |sitting there |sat there )?waiting (?:to die"
    r"(?! (?:my|your|his|her|their|the)\b)|for (?:death|the end(?! of\b)|god to take me))"
    r"|(?:want|wanna|wish|ready|pray|praying|ask|asking|hope|hoping) (?:for )?god (?:to take|would"
    r" take|will take|takes|take) me\b(?! (?:to|through|back)\b)"
    # Said of someone else, in their own words ("she prays god takes her"); "i pray god takes
    # her" may be for a grandparent's pain, and is not the reader's danger.
    r"|(?:he|she|they) (?:(?:keeps |is |are )?(?:praying|asking|hoping)|prays?|asks?|hopes?"
    r"|wants?|wishe?s?) (?:for )?god (?:to take|would take|will take|takes|take)"
    r" (?:him|her|them)(?:self|selves)?\b(?! (?:to|through|back)\b)"
    r"|(?:pray|praying) (?:that )?i (?:don'?t|do not|never|won'?t|will not) wake up"
    r"|(?:want|wanna|wish|ready|need)(?: to)? (?:leave|go from|be gone from) this (?:world|earth"
    r"|life)(?! (?:a |an )?(?:better|happier|kinder)\b)"
    r"|want my life to (?:end|be over|stop)\b"
    # Rather be dead ("id rather be dead", "than live like this"); "id rather die than go to
    # school" is a figure of speech, and a search.
    r"|(?:(?:i|he|she|they)(?:'?d| would)(?: much)?|id|hed|shed|theyd) rather (?:be dead|die"
    r"|not (?:be alive|be here|exist|live|wake up))(?:\W*$| than (?:live|living|go on|going on"
    r"|carry on|carrying on|be here|being here|feel|feeling|be like this|wake up)\b)"
    # Not caring whether they live ("i dont care if i live or die").
    r"|cares? (?:if|whether) i (?:live or die|die or not|live or not|died)\b"
    # Going away for good, as a carer or a teenager says it (Carers UK, the pack's Caring for
    # someone); "i want to run away from home", "walked out and never came back" are searches.
    r"|(?:run|go|walk|drive|get) (?:away|off|out)(?: from (?:it all|everything|everyone))?"
    r" and (?:never|not) (?:ever )?come back\b"
    r"|(?:disappear|vanish|leave) and (?:never|not) (?:ever )?come back\b"
    r"|(?:running|going|walking) away and (?:i'?m |im |i am )?never coming back"
    r"|(?:wish i could|want to|wanna) (?:just )?(?:vanish|disappear)(?: for good| forever)?\W*$"
    r"|(?:don'?t|do not|dont) care (?:if|whether) i (?:die|live)\b(?! (?:my|your|her|the)\b)"
    # Not able to keep living, alone, like this or in fear, as "tired of living in fear" is
    # read (found by the second code review); where one lives is taken out first (crisis_tails),
    # and "off takeaways" or "a lie" go on.
    r"|(?:can'?t|cannot) keep (?:on )?(?:living|existing)(?: like this| this way| in fear\b.*)?"
    r"(?: any ?more)?\W*$"
    # Worn out by all of it, then wanting it to stop ("im so tired of everything i want it to
    # stop"); "tired of everything" alone stays a search (the project's decision), and "im so
    # tired i want it to stop" may be a new parent's night.
    r"|(?:tired|sick|exhausted|fed up|worn out) (?:of|with|by) (?:everything|it all|all of (?:it"
    r"|this)|life|living|this life)(?: and every(?:one|body))?(?: and| so)? (?:and )?i (?:just"
    r" |really |only )?(?:want|need|wanna) (?:(?:it|this)(?: all)? to (?:stop|end|be over)|out"
    r"|to give up)(?: now)?\W*$"
    r")"
)
