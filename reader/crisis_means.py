"""A way to end a life told with "myself" or "me": thrown, stepped in front of, walked into,
drunk to death, hit by a car wished for. No method is named beyond the reader's own words.

Matched like crisis_phrases.CRISIS (lower case, spaces single), never shown as content.
"""

from __future__ import annotations

import re

_ONESELF = r"(?:my ?self|him ?self|her ?self|them ?sel(?:f|ves)|themself)"
_VEHICLE = r"(?:a|the|an|some) (?:train|bus|car|lorry|truck|van|tram|traffic|oncoming \w+)"
# Wanting, meaning or thinking of it ("i want to", "im going to", "thinking about").
_WANT = (
    r"(?:want|wants|wanted|wanna|wana|going|gonna|need|urge|urges|tempted|feel like|ready"
    r"|thinking about|thought about|thoughts of|think about|planning|plan|might|could|will)"
)

# Said as now, typed alone or with a cry for help or what is meant after it ("im on the bridge
# help", "and i want to jump"): only typed alone was read (found by the code review). "and i
# need to fix the gutter" and "and i need to take them with food" say what for.
_THEN = (
    r"(?: now| right now| rn)?(?:\W*$|\W+(?:please |pls |someone )?help\b"
    r"|\W+what (?:do|should|can) i do\W*$| and (?:i |i'?m |im |i am )?(?:(?:want|wanna|going"
    r"|gonna|will|about|ready|need)(?: to)? (?:jump|die|end it|do it|let go|use it|take them all"
    r"|take (?:them|it) all|cut)|(?:cant|can'?t|cannot) (?:do this|go on|take it|cope))\b)"
)

MEANS = re.compile(
    r"\b(?:"
    # Thrown off or in front of something ("throw myself off a building"); "throw myself into
    # my work" is a search.
    rf"(?:throw|throws|throwing|threw|thrown|fling|hurl|hurling) {_ONESELF} (?:off|from"
    r"|in front of|under|out of)\b(?! (?:my|your|our|the) comfort zones?)"
    rf"|{_WANT}(?: to)? (?:step|stepping|walk|walking|jump|jumping|lie|lying|run|running)"
    rf" (?:out )?(?:in front of|under) {_VEHICLE}"
    rf"|{_WANT}(?: to)? (?:walk|walking|swim|swimming) (?:out )?into the (?:sea|river|ocean"
    r"|lake|water)(?:\W*$| and (?:not|never|drown))"
    r"|jump(?:ing)? (?:off|from) (?:something|somewhere|anything) (?:high|tall)"
    # To death by drink or hunger ("drink myself to death").
    rf"|(?:drink|drinks|drinking|drank|starve|starves|starving|starved) {_ONESELF} to death"
    # Other ways, wanted or meant ("i want to stab myself"); "am i poisoning myself with
    # caffeine" and "shoot myself in the foot" are searches.
    rf"|{_WANT}(?: to)? (?:stab|stabbing|drown|drowning|gas|gassing|poison|poisoning"
    rf"|suffocate|suffocating|smother|smothering|shoot|shooting|electrocute|electrocuting)"
    rf" {_ONESELF}\b(?! in the foot\b)"
    # Bleach or poison, wanted or meant ("i want to drink bleach"), as "i drank bleach" is read
    # (crisis hunt, round nine); "my toddler might drink bleach" fears an accident, a search.
    r"|(?:want|wants|wanted|wanna|wana|going|gonna|need|urge|urges|tempted|feel like|ready"
    r"|thinking about|thought about|thoughts of|think about|planning|plan)(?: to)? (?:drink"
    r"|drinking|swallow|swallowing) (?:some |the )?(?:bleach|poison)\b"
    # At a place to jump from, or with the means at hand, told as now ("im on the bridge",
    # "i have the pills in front of me", "im holding a knife"), as "standing on the bridge" is
    # read (crisis hunt, round nine). Typed alone or with where the means are: "the pills are
    # in front of me, do i take them with food" and "im on the bridge club" say what.
    r"|^(?:i'?m|im|i am)(?: (?:standing|sitting|stood|sat))? on (?:a|the) (?:bridge|ledge|roof"
    rf"|railway|tracks?|edge){_THEN}"
    r"|(?:the|my|all my|all the) (?:pills|tablets|meds|knife|knives|blades?|razors?) (?:is|are)"
    rf" (?:in my hands?|in front of me|next to me|lined up){_THEN}"
    r"|(?:have|got|'?ve got) (?:the|my|all my|all the|a) (?:pills|tablets|meds|knife|blade|razor)"
    rf" (?:in my hands?|in front of me|next to me|lined up|ready){_THEN}"
    r"|^(?:i'?m|im|i am) holding (?:a|the|my) (?:knife|blade|razor(?: blade)?)"
    rf"{_THEN}"
    # A blade held to the body ("im holding a knife to my wrist", "knife to my throat").
    r"|(?:^|\b(?:hold|holding|held|have|got|put|putting|press|pressing) (?:a|the|my) )"
    r"(?:knife|blade|razor(?: blade)?) (?:to|against) my (?:wrists?|throat|neck|arms?|skin|legs?"
    r"|thighs?|chest|stomach)\b(?! (?:of|rest|hair)\b)"
    # Hit by a car, wished for ("i wish a car would hit me", "i want to get run over").
    rf"|(?:wish|wishing|hope|hoping|pray|praying|want|wanna) (?:that )?{_VEHICLE}"
    r" (?:would |will |'?d |to )?(?:(?:hit|hits|kill|kills) me|(?:run|runs) me over|run over me)\b"
    # Or told of oneself ("i wish i would get hit by a car", "i want to be hit by a train").
    r"|(?:wish|wishing|hope|hoping|pray|praying)(?: that)? i(?: would| could| will|'?d)?"
    rf" (?:get|got|be|was|were) (?:hit|killed) by {_VEHICLE}"
    rf"|(?:want|wanna|wanted)(?: to)? (?:be|get) (?:hit|killed) by {_VEHICLE}"
    r"|(?:want|wanna|wish i could|hope i|hoping i|going) (?:to )?(?:get|be) run over\b"
    r")"
)
