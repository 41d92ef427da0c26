"""Wishes not to be: to stop living, not to be alive or born, to be dead or killed, to sleep
for ever, for it all to end; the reader's own, or someone else's as the reader tells it.

"i wish i could stop living", "i wish im dead", "i wish it would all end" and "my son wishes
he was dead" gave no help box (found by the crisis hunt, round eight), where "i wish i was
dead" had one. The wish is read only of the one who wishes: "i wish he was dead" and "i hope
someone kills him" are anger at someone, not a danger to them. Matched like
crisis_phrases.CRISIS (lower case, spaces single), never shown as content; text speak ("cud",
"neva", "wuz") is spelt out in crisis_words.py.
"""

from __future__ import annotations

import re

from reader.crisis_terms import THEY

# Who wishes it of themselves: "i wish i", "she wishes she", "he wished he".
_WISHER = (
    rf"(?:\bwish(?:ed|ing)? (?:that )?i|\bwishes (?:that )?{THEY}|\b{THEY} (?:wished"
    rf"|keeps wishing|is wishing|wish) (?:that )?{THEY})"
)
_HOPER = (
    rf"(?:\b(?:hope|hoping|pray|praying) (?:that )?i|\b(?:hopes|prays) (?:that )?{THEY}"
    rf"|\b{THEY} (?:hoped|prayed|keeps (?:hoping|praying)|(?:is|are) (?:hoping|praying))"
    rf" (?:that )?{THEY})"
)
_COULD = r"(?:could|would|can|'?d)(?: just| really| simply| only)?"
_NOT_WAS = r"(?:wasn'?t|wasent|wasint|wasn|weren'?t|wernt|was not|were not)"
# Said to the end, or with when or how much it is meant.
_END = r"(?: now| already| any ?more| forever| for good| tbh| ngl| lol| fr| rn| tonight| soon)*\W*$"
# Who would kill: wished of oneself ("i wish someone would kill me", "he hopes someone kills
# him"); "i hope someone kills him" is anger. "shoot me a message" is a search.
_KILLER = r"(?:some ?one|some ?body|something|anyone|any ?body|a stranger)"
_WOULD = r"(?:would |will |could |can |'?d |to )?(?:just )?"
_KILL = r"(?:kill|kills|killed|murder|murders|murdered|shoot|shoots|shot|stab|stabs|stabbed|end"
_KILL += r"|ends|ended)"
_NOT_AN_ERRAND = r"(?! (?:a|an|some|the|up|down|out|off|in the (?:foot|back))\b)"
_MISERY = r"put (?:him|her|them) out of (?:his|her|their) misery\b"
# All of it, a life or a heart, typed with a slip ("evrything", "everythin"), and how it is
# to stop: for good, or said with "i cant do this".
_ALL_OF_IT = r"(?:ev(?:e)?rythin(?:g)?|it all|all (?:of )?(?:it|this)|my life"
# A heart that hurts after a break-up is heartache, not a wish.
_ALL_OF_IT += r"|my heart(?!(?: \w+){1,2} stop hurting))"
_STOPPED = r"(?: hurting| beating)?(?: permanently| for ?ever and ever)?"
_STOPPED += r"(?:\W*i (?:can'?t|cannot) (?:do this|take (?:it|this)|cope)(?: any ?more)?)?"
_STOPPED += _END

WISHES = re.compile(
    r"(?:"
    # To stop living, or not to be ("i wish i could stop living", "she wishes she could just
    # die"); "i wish i could stop living a lie" and "off takeaways" are searches, and where
    # one lives is taken out first (crisis_tails).
    rf"{_WISHER} {_COULD} (?:stop (?:living|existing|being alive)"
    r"(?! (?:a lie|on|off|out of|under|through|vicariously)\b)"
    r"|not (?:be alive|be here|live|exist|wake up)|cease to exist"
    r"|die\b(?! (?:my|your|his|her|their|the|it|them)\b))"
    rf"|{_WISHER} {_COULD} stop breathing{_END}"
    # Not alive, not born, not existing ("i wish i wasnt even alive", "i wish i never got born",
    # "he wishes he didnt exist"); "born a girl" is read in crisis_lives, as it is there.
    rf"|{_WISHER}(?: was| were)? {_NOT_WAS}(?: even| ever| really)? alive\b"
    rf"|{_WISHER} {_NOT_WAS}(?: even| ever| really)? (?:here|around){_END}"
    rf"|{_WISHER} (?:(?:was|were|had|'?d|have|'?ve)(?: never| not)|{_NOT_WAS}|hadn'?t|never)"
    r"(?: (?:ever|even|never|been|got|was|were|just))* born\b(?! (?:a|an|as)\b)"
    rf"|{_WISHER} (?:didn'?t|dint|did not|doesn'?t|does not|wouldn'?t|would not|never)"
    r"(?: even| ever)? (?:exist|exists|existed|excist|exsist|exsit)\b"
    # Dead or gone ("i wish im dead", "wish i could be dead", "she wishes she was dead").
    rf"|{_WISHER} (?:was|were|am|is|are|could be|would be|'?d be)(?: just| already"
    rf"| simply| actually| really)? dead\b"
    rf"|\bwish (?:that )?(?:i'?m|im) (?:just |already )?dead\b"
    rf"|{_WISHER} (?:was|were|could be|'?d be)(?: just)? gone(?: forever| for good| already"
    r"| now)?\W*$"
    rf"|(?:{_WISHER} {_COULD}|want to|wanna) (?:disappear|vanish) (?:for ever\W*$|for ?ever and"
    r" (?:never|not) (?:ever )?come back\b)"
    # Killed, wished ("i wish someone would end me", "i hope i get killed").
    rf"|\b(?:wish|wishing|hope|hoping|pray|praying|want|wanna)(?: that)? {_KILLER} {_WOULD}"
    rf"(?:{_KILL} me{_NOT_AN_ERRAND}|put me out of my misery\b)"
    rf"|\b(?:wishes|hopes|prays|wants)(?: that)? {_KILLER} {_WOULD}(?:{_KILL} (?:him|her|them)"
    rf"{_NOT_AN_ERRAND}|{_MISERY})"
    rf"|(?:{_WISHER}|{_HOPER})(?: would| could| will|'?d)? (?:get|gets|got|be|was|were) killed"
    r"(?:\W*$| (?:tonight|soon|today|in my sleep|in an accident|in a crash)\b)"
    # Asleep for ever, or not to wake ("i wish i could fall asleep forever", "i hope that i dont
    # wake up", "she hopes she doesnt wake up"); waking early is taken out first.
    r"|\basleep (?:for ?ever|4ever)\b|\bsleep for ever\b"
    rf"|(?:{_WISHER}|{_HOPER})\b.{{0,30}}?\b(?:sleep|asleep) (?:and |n )?(?:never|not)"
    r" (?:ever )?wake(?: again| ever)?\W*$"
    rf"|{_HOPER} (?:don'?t|doesn'?t|does not|do not|never|won'?t|will not|wouldn'?t|didn'?t)"
    r" (?:ever )?wake(?: up)?\b"
    # It all to end ("i wish it would all end", "i wish my life would end"); "i wish my life
    # would end up like hers" and "i wish the film would end" are searches.
    r"|\bwish(?:es|ed|ing)? (?:that )?(?:it all|everything|all of (?:it|this)|my life|life"
    r"|it|this)(?: would| could| will|'?d)? all(?: just)? (?:end|stop|be over)\b(?! up\b)"
    r"|\bwish(?:es|ed|ing)? (?:that )?(?:it all|everything|all of (?:it|this)|my life|life)"
    r"(?: would| could| will|'?d)?(?: just)? (?:end|be over)\b(?! up\b)"
    rf"|\bwish(?:es|ed|ing)? (?:that )?(?:it|this)(?: would| could| will|'?d)?(?: just)? (?:end"
    rf"|stop|be over){_END}"
    # Everything to stop, as "i want everything to stop" is read (found by the code review);
    # a life, a heart or all this, made to stop, for good, or with "i cant do this" (found by
    # the second code review). "stop for a minute", "stop racing" says what, or for how long.
    rf"|\bwish(?:es|ed|ing)? (?:that )?{_ALL_OF_IT}(?: would| could| will|'?d)?(?: just)?"
    rf" stop{_STOPPED}"
    rf"|{_WISHER} {_COULD} make {_ALL_OF_IT} stop{_STOPPED}"
    r"|\bwish(?:es|ed|ing)? (?:that )?(?:it|everything|my life|life) (?:was|were|'?d be"
    rf"|would be) (?:all )?over{_END}"
    # The pain to stop, wished ("i wish the pain would stop"), as "i want the pain to stop".
    r"|\b(?:wish|hope|pray)(?:es|ed|ing|s)? (?:that )?(?:the|this|all the|all this) pain"
    r" (?:would|could|will|'?d)(?: just)? (?:stop|end|go away)\b"
    r")"
)
