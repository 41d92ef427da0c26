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

# What there is no point to, as despair says it: all of it, or the reader's own life.
_OF_IT = (
    r"(?: (?:of|in|to) (?:anything|everything|it all|any of (?:it|this)|existing|trying|my life"
    r"|my existence|(?:me|my) (?:even |still )?(?:being here|being alive|living|existing"
    r"|being around|waking up)))"
)
_ANYMORE = r"(?: any ?more| now| honestly| tbh| even)*"

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
    # Life not to be done or lived like this, typed alone ("cant do life anymore", "i cant live
    # like this"); "i cant live like this with a broken boiler" says why, and is a search.
    r"|(?:can'?t|cannot) (?:do (?:life|living)|live like this)(?: any ?more| no more| much longer)?"
    r"\W*$"
    # Not able to any more, typed alone ("i cant anymore", "i cant take anymore", "i cant anymore
    # with life"): each gave no help box (crisis hunt, round nine). "i cant even", "i cant
    # anymore eat gluten" and "i cant take any more time off" say what, and are searches. "it"
    # or "this" borne ("i cant stand it anymore") is the same (found by the code review).
    r"|\bi (?:just |really |honestly |literally |seriously |simply |actually )*(?:can'?t|cannot"
    r"|can not) (?:(?:do|take|handle|stand|bear|manage)(?: it| this| this life| my life| life)? )?"
    r"(?:any ?more|no more)(?: (?:with|of)"
    r" (?:life|living|this(?: life)?|it(?: all)?|everything|any of (?:it|this)|my ?self|being"
    r" alive|my life|the pain))?(?: now| tonight| today| honestly| tbh| ngl| fr| rn| lol)*\W*$"
    # As well dead, or worth nothing ("i might as well die", "im worthless and should die",
    # "whats the point of me"); "i might as well die of boredom" is a figure of speech.
    r"|might as well (?:just )?(?:die|be dead|not exist|not be (?:here|alive))\b"
    r"(?! (?:of|from|laughing|trying|tired|serious|set|my|your|the)\b)"
    r"|^i (?:should|shud|might as well) (?:just )?(?:disappear|vanish)(?: forever| for good)?\W*$"
    r"|(?:i'?m|im|i am|i feel)(?: so| such)? \w+ and (?:i )?(?:should|deserve to) (?:just )?"
    r"(?:die|be dead)\b(?! (?:my|your|his|her|their|the)\b)"
    r"|what(?:'?s| is) the point (?:of|in) me\W*$"
    # No point, typed alone or of it all ("theres no point", "no point anymore", "whats even
    # the point", "whats the point in anything", "what is the point of me being here"); "whats
    # the point of homework", "of this app" and "theres no point in arguing" say what.
    rf"|^(?:what(?:'?s| is)(?: even)?|what even is) the point{_OF_IT}?{_ANYMORE}\W*$"
    rf"|^(?:there'?s|there is)(?: just| really)? no point{_OF_IT}?{_ANYMORE}\W*$"
    rf"|^(?:no|is there (?:even )?(?:any|a)) point(?:{_OF_IT}{_ANYMORE}|(?: any ?more)+)\W*$"
    # Tired of fighting, or why bother, typed alone ("im so tired of fighting", "i cant keep
    # fighting", "why do i even bother", "theres nothing left for me"); "i dont want to fight
    # with my boyfriend anymore" and "why bother with a cover letter" say what.
    r"|^(?:i'?m|im|i am)(?: so| just| really)? (?:tired|sick|exhausted|worn out) (?:of|from)"
    r" fighting(?: (?:this|it|for my life))?(?: any ?more)?\W*$"
    r"|^i (?:just |really )?(?:can'?t|cannot|(?:don'?t|do not) want to) (?:keep )?fight(?:ing)?"
    r"(?: (?:this|it))?(?: any ?more)?\W*$"
    r"|^why (?:even |do i (?:even )?|should i (?:even )?|would i (?:even )?)?bother(?: any ?more"
    r"| trying| living| with anything| with life)*\W*$"
    r"|^(?:there'?s|there is|theres) nothing left (?:for me|to live for)(?: here| any ?more)?\W*$"
    # Not deserving to live, not meant to be alive ("i dont deserve to live", "i shouldnt be
    # alive", "my life is worthless"), the reader's or as someone said it of themselves; "i
    # dont deserve to live like this" wants better, and "she doesnt deserve to live" is anger.
    r"|(?:\bi|(?:says?|said|thinks?|feels?|told (?:me|us)|keeps saying)(?: that)? (?:he|she|they))"
    r" (?:don'?t|do not|doesn'?t|does not|never) deserve (?:to (?:live|be alive|be here|exist)"
    r"(?! (?:like|in|with|at|on|a|an|the|such|this|here)\b)|life\W*$)"
    r"|(?:\bi|(?:says?|said|thinks?|feels?|told (?:me|us)|keeps saying)(?: that)? (?:he|she|they))"
    r" (?:shouldn'?t|should not) be (?:alive|living\W*$|here(?: any ?more| now)?\W*$)"
    r"|(?:my )?life (?:is|feels|'?s) (?:so |completely |totally )?worthless\b(?! without\b)"
    # No one caring if the reader is gone ("no1 cares if im gone"), as "if i was gone" is read;
    # "who cares if im gone for a week" says for how long.
    r"|(?:cares?|notices?|matters?|miss me) if (?:i'?m|im|i am|i'?d|id) (?:gone|dead|not here"
    r"|not around)\b(?! (?:for|on|to|at|away)\b)"
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
