"""Despair typed short and plain: not to exist, to be gone, out, done, hoping not to live.

Matched like crisis_phrases.CRISIS (lower case, spaces single), never shown as content.
The text speak and misspellings around them are spelt out in crisis_words.py.
"""

from __future__ import annotations

import re

_VEHICLES = r"(?:car|bus|train|truck|lorry|van)"
# How strongly "done" is said.
_SO = (
    r"(?:so|just|really|completely|totally|literally|actually|absolutely|officially|fully"
    r"|truly|honestly|seriously|like|100 ?%?|100 percent|1000 ?%?|a hundred percent)"
)

TYPED = re.compile(
    r"\b(?:"
    # "die" typed as "dye", alone: "i want 2 dye my hair" is a search.
    r"(?:want|wanna|wana|going|gonna) (?:to )?dye\W*$"
    # Done, typed alone ("im done", "im so done with everything"); "im done with my homework".
    # However strongly it is said ("i am 100% done", "im so so done", "im done done"): "%" is
    # lost with the marks, so "100" alone is read as it.
    rf"|^(?:i'?m|im|i am)(?: {_SO})* done(?: done)*(?: trying| with (?:everything"
    r"|it all|all of (?:this|it)|this world|(?:this|my) life|everyone|everybody|trying))?"
    r"(?: now| rn| fr| for real| for good| forever)?\W*$"
    # A life over, typed alone ("my life is over", "i feel like my life is over"), as hopeless
    # as "no future for me"; told with its reason ("my life is over if i fail") it is most
    # often a figure of speech, and a search.
    r"|^(?:i feel like |i think |it feels like |feels like )?my life(?: is|'?s| feels) (?:over"
    r"|finished)(?: now| anyway| already)?\W*$"
    # Not to exist, to be gone, out, or the suffering ended.
    r"|wish i (?:wasn'?t|was not|weren'?t|were not|hadn'?t been|had not been|never was) born"
    r"|wishes (?:he|she|they) (?:wasn'?t|was not|weren'?t|were not|was never|were never|had never"
    r" been|hadn'?t been|had not been|never was) born"
    r"|wish i (?:had )?never existed|wish i could (?:just )?(?:not exist|stop existing)"
    r"|(?:don'?t|do not|dont) (?:wanna|want to) exist"
    r"|(?:wants?|wanna|wish i (?:was|were|could be)|needs?) (?:to )?(?:just )?be gone(?: forever"
    r"| for good)?\W*$"
    r"|^i (?:just |really )?(?:want|need|wanna) out(?: of (?:this life|life|everything|it all"
    r"|this world))?(?: now)?\W*$"
    r"|(?:end|stop) (?:my|all my|this|all this) suffering\b(?! of\b)"
    r"|(?:want|need|wish) (?:for )?(?:the|this|my|all the|all this) suffering to (?:stop|end)"
    r"|(?:want|wish|need) (?:it all|everything|all of it) to (?:go away|disappear)"
    r"|(?:can'?t|cannot) cope with (?:life|living|being alive)(?: any ?more)?\W*$"
    # Hoping not to live ("i hope i die", "i hope i get hit by a car"); "i hope i dont die in
    # the exam" and "i hope i die my hair right" are searches.
    r"|(?:hope|hoping|wish|pray|praying) (?:that )?i (?:just )?(?:die|don'?t survive)(?:\W*$"
    r"| (?:tonight|soon|in my sleep|in an accident|young)\b)"
    rf"|(?:hope|hoping|wish|want to|wanna) (?:that )?(?:i )?(?:get|gets) hit by a {_VEHICLES}"
    # An urge to crash ("i want to drive into a wall"), as an adult who drives may type it.
    r"|(?:want|wanna|urges?|tempted|feel like|thought about|think about|thinking about"
    r"|thoughts of)(?: to)? (?:drive|driving|crash|crashing|swerve|swerving|steer|steering)"
    r"(?: (?:my|the) car)? (?:into|off|in front of) (?:a |an |the )?(?:wall|tree|lorry|truck"
    r"|bridge|road|cliff|river|sea|oncoming|traffic|lamppost|motorway)"
    r")"
)
