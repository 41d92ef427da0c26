"""Not feeling safe with oneself: not safe, not trusting oneself, afraid of what one might do,
about to do "something stupid", as a reader tells it for themselves or someone else.

"i dont feel safe", "i dont trust myself tonight", "im scared of what i might do" and "im
going to do something stupid" gave no help box (found by the crisis hunt, round eight), where
"im not safe" and "i feel unsafe" had one. Matched like crisis_phrases.CRISIS (lower case,
spaces single), never shown as content.
"""

from __future__ import annotations

import re

from reader.crisis_terms import THEY

_NOT = r"(?:don'?t|do not|doesn'?t|does not|can'?t|cannot|no longer|never)"
# When, or with whom, one is not safe: "i dont feel safe driving" and "on the bus" are an
# anxious reader's, and searches.
_NOW = r"(?: (?:right now|now|rn|tonight|today|anymore|any more|at all|at home|alone"
_NOW += r"|on my own|being alone|by myself|with myself|around myself|in my (?:own )?(?:head"
_NOW += r"|body|mind)|(?:with|around) (?:my ?self|me)))*\W*$"
# What one may not be trusted with ("i dont trust myself with my pills", "around knives").
_MEANS = r"(?:(?:my|the|any|all my) )?(?:pills|tablets|meds|medication|knives|knife|blades?"
_MEANS += r"|razors?|sharps|rope)"
_SCARED = r"(?:scared|afraid|frightened|terrified|worried)"
_STUPID = r"do something (?:stupid|dumb|silly|drastic|bad)"

UNSAFE = re.compile(
    r"\b(?:"
    # Not feeling safe ("i dont feel safe", "she doesnt feel safe tonight").
    rf"{_NOT} feel(?: very| really)? safe{_NOW}"
    rf"|\b{_NOT} feel(?: very| really)? safe (?:with|around) (?:my|him|her|them) ?sel(?:f|ves)\b"
    # Not trusting oneself ("i dont trust myself tonight", "with my pills"); "i dont trust
    # myself with money" and "to drive" are searches.
    rf"|{_NOT} trust (?:my ?self|him ?self|her ?self|them ?sel(?:f|ves)){_NOW}"
    rf"|{_NOT} trust (?:my ?self|him ?self|her ?self|them ?sel(?:f|ves)) (?:with|around|near)"
    rf" {_MEANS}\b"
    # Afraid of what one might do ("im scared of what i might do", "im scared of myself").
    rf"|{_SCARED} (?:of )?what (?:i|i'?ll|ill|i will|i might|i could|i may) (?:do|end up doing)\b"
    # Or of what someone else might do: to themselves, not to the reader ("to me" is a danger
    # from them, and a search for the pages on it).
    rf"|{_SCARED} (?:of )?what (?:{THEY} (?:might|could|will|may)|(?:he|she)'?ll|they'?ll)"
    r" (?:do|end up doing)\b(?! to (?:me|us|my|the)\b)"
    rf"|^(?:i'?m|im|i am)(?: so| really| very)? {_SCARED} of my ?self{_NOW}"
    # Something stupid, about to be done ("im going to do something stupid"), typed alone or
    # feared; "im going to do something stupid like text my ex" says what.
    r"|(?:i'?m|im|i am|(?:he|she)(?:'?s| is)|hes|shes|they(?:'?re| are)) (?:going to|gonna"
    rf"|about to) {_STUPID}{_NOW}"
    rf"|(?:i|{THEY}) (?:might|may|could|will|'?ll)(?: end up)? {_STUPID}{_NOW}"
    rf"|{_SCARED}(?: that)? (?:i|{THEY})(?:'?ll| will| might| could| may)? {_STUPID}\b"
    r")"
)
