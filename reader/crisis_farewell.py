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

# A goodbye, said to all or for good; and love, sorry or thanks said with it as last words.
_BYE = r"(?:good ?bye|bye|farewell)(?: (?:everyone|everybody|all|world|forever|for ever|guys"
_BYE += r"|all of you|you all))?"
_LOVE = r"(?:i love (?:you|u)(?: all| guys| everyone)(?: so much)?|love (?:you|u) all)"
_LAST_WORDS = (
    r"(?:i love (?:you|u)(?: all| guys| everyone| so much| all so much)?|love (?:you|u) all"
    r"|(?:i'?m |im |i am )?sorry for everything|i'?m sorry|im sorry|i am sorry|forgive me"
    r"|please forgive me|(?:thank you|thanks) for everything)"
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
    # A goodbye with love, sorry or thanks to all, typed alone ("i love you all goodbye",
    # "sorry for everything goodbye", "bye everyone i love you"); "thanks bye", "sorry bye" and
    # "goodbye to my old job" are searches.
    rf"|^(?:{_LAST_WORDS} (?:and )?)+{_BYE}\W*$|^{_BYE}(?: and)?(?: {_LAST_WORDS})+\W*$"
    # A last message, or love left to be passed on, typed alone ("this is my last message",
    # "tell my mum i love her"); "how to tell my mum i love her" is a search.
    r"|^(?:this is|this'?s|thisis) my (?:last|final) (?:message|post|text)(?: ever| to (?:you"
    r"|everyone|you all))?\W*$"
    r"|^(?:please )?tell (?:my \w+|everyone|them all)(?: (?:and|&) my \w+)? (?:that )?(?:i love"
    r" (?:her|him|them|you|everyone)(?: so much)?|(?:i'?m|im|i am) sorry)\W*$"
    # A goodbye note's words, typed alone ("goodbye cruel world", "by the time you read this
    # ill be gone", "you wont have to worry about me anymore", "i love you all so much im
    # sorry"); "goodbye my lover", "you wont hear from me till monday" and "i wont be a problem
    # anymore if i get a bigger flat" say what or when.
    r"|^(?:good ?bye|bye|farewell) (?:cruel world|all of you|you all|all|everyone|everybody)\W*$"
    r"|^(?:good ?night|sleep) (?:forever|for ever)\W*$|^(?:these are|this is) my (?:last|final)"
    r" (?:words|goodbye)\W*$|^(?:it was|its been|it'?s been) nice knowing (?:you all|you guys"
    r"|everyone|all of you)\W*$|^i (?:just )?(?:want|wanted|wanna|need)(?: to)? say goodbye"
    r"(?: to (?:everyone|everybody|you all|all of you))?\W*$"
    r"|^(?:by the time|when|if) (?:(?:you|u|anyone|someone) (?:read|reads|see|sees|finds?"
    r"|are reading|is reading)|(?:you'?re|youre|ur) reading) this(?: (?:note|message|letter"
    r"|post))?"
    r"(?: (?:i'?ll|ill|i will|i'?m|im|i am|i'?d|id) (?:be )?(?:gone|dead|no longer here|not here"
    r"|already gone))?\W*$"
    r"|^(?:(?:you|u|nobody|no ?one) (?:won'?t|will not|will never)|(?:nobody|no ?one) (?:will"
    r"|'?ll))(?: ever)?(?: (?:have|need) to)? (?:hear from|worry about|see|deal with|put up with)"
    r" me (?:again|ever again|any ?more)\W*$"
    r"|^i (?:won'?t|will not) be (?:a (?:problem|burden|bother)|a problem for (?:anyone|you)"
    r"|bothering (?:anyone|you)) (?:any ?more|for much longer|much longer)\W*$"
    r"|^i (?:won'?t|will not) bother (?:anyone|you|anybody) (?:any ?more|again|ever again)\W*$"
    r"|^this is the last (?:time )?(?:you'?ll|youll|you will|anyone will) (?:hear from|see) me\W*$"
    rf"|^{_LOVE}(?: and)? (?:(?:i'?m|im|i am) )?sorry(?: for everything)?\W*$"
    rf"|^(?:(?:i'?m|im|i am) )?sorry(?: for everything)?(?: and)? {_LOVE}\W*$"
    # Ending everything ("i want to end everything"), not with someone or between people.
    r"|(?:want|wanna|going|gonna|ready|need)(?: to)? end everything(?! (?:with|between)\b)"
    r")"
)
