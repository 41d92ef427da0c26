"""Goodbyes, last days and endings: a reader telling they will not be here much longer.

Matched like crisis_phrases.CRISIS (lower case, spaces single), never shown as content.
"""

from __future__ import annotations

import re

# What a supporter says was told them ("she said", "he texted me that").
_TOLD = r"(?:says?|said|told (?:me|us)|texted(?: me)?|messaged(?: me)?|posted|keeps saying)"
_TOLD += r"(?: that)?"
_ALIVE = r"(?:here|around|alive)"
# When they will be gone by; "tomorrow afternoon" and "tomorrow, can you feed the cat" are
# plans, so these are matched only at the end of what was typed.
_BY_THEN = (
    r"(?:tomorrow|by tomorrow|by (?:the )?morning|in the morning|next week|after tonight"
    r"|by (?:the )?weekend|this time tomorrow)(?: anyway)?\W*$"
)

FAREWELL = re.compile(
    r"\b(?:"
    # Waiting with longing to die ("i cant wait to die"); "cant wait to die my hair" is a search.
    r"(?:can'?t|cannot) wait (?:to (?:die|be dead)|(?:till|until|til|for the day) (?:i die"
    r"|i'?m dead|im dead|i am dead))(?! (?:my|your|his|her|their|the|it|them|of laughing)\b)"
    # Not here tomorrow ("i wont be here tomorrow"); "i wont be here tomorrow afternoon" and
    # "my therapist wont be here tomorrow" are searches.
    rf"|i (?:won'?t|will not|might not|may not|probably won'?t) be {_ALIVE} {_BY_THEN}"
    r"|i (?:won'?t|will not|might not|may not) be alive (?:tomorrow|by|next|after|much longer)"
    rf"|{_TOLD} (?:he|she|they) (?:won'?t|will not|might not) be {_ALIVE} {_BY_THEN}"
    # A last day of life ("my last day on earth", "this is my last day" typed alone); a last
    # day at school or work is told with its place, and is a search.
    r"|(?:my|his|her|their) last (?:days?|nights?|hours?|week) (?:on (?:this )?earth|alive"
    r"|in this world|of (?:my|his|her|their) life|living|breathing)\b"
    r"|^(?:this|today|tonight|tomorrow) (?:is|will be|'?s) (?:my|the) last (?:day|night)"
    r"(?: ever| of my life)?\W*$"
    rf"|{_TOLD} (?:this|today|tonight) is (?:his|her|their) last (?:day|night)(?: ever)?\W*$"
    # Goodbyes said, typed alone ("i have said goodbye", "ive said my goodbyes"); "i said
    # goodbye to my dad before he died" is grief, and a search.
    r"|^(?:i'?ve |ive |i have |i )?(?:already |just )?said (?:my )?goodbyes?(?: now| already)?\W*$"
    r"|said (?:all )?my goodbyes(?: now| already)?\W*$"
    # The night named for it ("tonight is the night i do it"); "tonight is the night" alone
    # is said of a date or a match, and is a search.
    r"|tonight(?:'?s| is) the night (?:i|im|i'?m going to|im gonna|i will) (?:do it|die|go)\W*$"
    # Ending everything ("i want to end everything"), not with someone or between people.
    r"|(?:want|wanna|going|gonna|ready|need)(?: to)? end everything(?! (?:with|between)\b)"
    r")"
)
