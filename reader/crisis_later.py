"""Warning signs as an older reader (or one grieving a partner) says them: too old to go on,
had one's life, time to be gone, to go in one's sleep, to be taken, to go too.

Readers of the page on later life (in-later-life) type these in a bad moment; Age UK and
Independent Age name talk of being ready to die as a sign to act on. Matched like
crisis_phrases.CRISIS (lower case, spaces single), never shown as content.
"""

from __future__ import annotations

import re

# Someone else's words, as the reader tells them ("my dad says hes had his life").
_SAY = r"(?:says?|said|saying|keeps saying|thinks?|feels?|tells (?:me|us)|told (?:me|us))"
_THEY_SAY = rf"{_SAY}(?: that)? (?:he|she|they)"
_SELF = r"(?:i|i'?m|im|i am|i feel|i'?m getting|im getting|i am getting|feel|feeling)"
# Only typed alone, or with "now": "too old to go on holiday", "had my life turned upside
# down" and "time i was gone from this job" are searches.
_NOW = r"(?: now| already| anyway| any ?more| like this)?\W*$"
_WANT = r"(?:wish|hope|hoping|want|wanna|pray|praying|ready)"

LATER = re.compile(
    r"\b(?:"
    # Too old to go on ("im too old to go on", "im to old to carry on"); "im too old to go
    # clubbing" and "too old to go on a gap year" are searches.
    rf"(?:{_SELF}|{_THEY_SAY}(?:'?s|s| is|'?re| are))(?: just| far| way| much| so| really)?"
    r" (?:too|to|2) old (?:to|2) (?:go on|carry on|keep going|keep living|live|be alive|be here"
    rf"|bother)(?: living)?{_NOW}"
    # Had one's life, time or innings ("i have had my life", "ive had a good innings"); "i have
    # had my lunch" and "ive had a good day" are searches.
    rf"|(?:(?:i'?ve|ive|iv|i have|i hav|i hv|{_THEY_SAY}(?:'?s|s| has|'?ve| have))"
    rf"(?: already| just| really)? |^)had (?:my|his|her|their) (?:life|lyf|lyfe|time"
    rf"|innings){_NOW}"
    rf"|(?:i'?ve|ive|i have|{_THEY_SAY}(?:'?s|s| has)) had a (?:good|long|full) (?:life|innings"
    rf"|run){_NOW}"
    # No point at one's age ("what is the point at my age"); "what is the point of braces at
    # my age" is a search.
    r"|(?:what'?s|whats|what is|is there|there'?s no|theres no|there is no|no) (?:the |any |a )?"
    r"point(?: (?:of|in) (?:anything|it|it all|going on|carrying on|trying|living|life"
    rf"|being here))?(?: any ?more)? at (?:my|his|her|their) age{_NOW}"
    # Time to be gone ("time i was gone", "its my time to go").
    r"|time (?:i|he|she|they) (?:(?:was|were) (?:gone|dead|in (?:my|his|her|their) grave)"
    rf"|went){_NOW}"
    rf"|(?:it'?s|its|it is) (?:my|his|her|their) time to go{_NOW}"
    # To go in one's sleep, wished for ("i hope i go in my sleep").
    rf"|{_WANT}(?: that)?(?: i)?(?: could| can| would| will| to| i'?d| id)?(?: just)? (?:go"
    r"|die|pass|pass away|slip away) (?:peacefully |quietly )?in my sleep\b"
    # To be taken, or to meet one's maker ("i pray the lord takes me"); "god" is in
    # crisis_weary.py. "take me through this" is a prayer for strength.
    rf"|(?:{_WANT}|ask|asking) (?:for )?(?:the (?:good )?lord|jesus|allah) (?:to take|would"
    r" take|will take|takes|take|to call|would call|calls|call) me\b(?! (?:to|through|back)\b)"
    rf"|(?:{_WANT}|time|waiting) to meet my maker"
    # Still here, and what for ("why am i still here", "what have i got to live for").
    r"|why (?:am i|i'?m|im|i am) still (?:here|around)(?: at my age)?\W*$"
    r"|what (?:have i got|do i have|have i|is there|'?s there|is left) (?:left )?to (?:live"
    r"|go on|keep going|carry on) for\b"
    # A partner who died, and wanting to go too ("my wife died and i want to go too", "i
    # want to be with my husband hes gone"); "i want to go too" alone is a search.
    r"|(?:died|passed(?: away| on)?)\b.{0,60}?\bi (?:just |really )*(?:want|wanna|need|wish"
    r" i could)(?: to)? go (?:too|as well|with (?:him|her|them))\W*$"
    r"|(?:want|wanna|need|wish i could)(?: to)? (?:be with|join|go to) (?:him|her|them|my \w+)"
    r"(?: now)? (?:(?:he|she|they)(?:'?s|s| is|'?re| are| has| have)) (?:gone|died|passed"
    r"(?: away| on)?)\W*$"
    r")"
)
