"""Words readers type for the page on social anxiety (When being around people feels scary).

Part of the synonym table (reader/synonym_table.py, through reader/synonym_feelings.py): each
key is something a reader may type that the page does not say; each value names words it does
use. The page says "social anxiety", "phone calls", "blush" and "judging"; it never says "scared
of people". Fear typed alone ("scared") still lists the pages on panic and overwhelm first.
"""

from __future__ import annotations

_SOCIAL = ("social anxiety",)
_SCARED = ("scared", "afraid", "frightened", "terrified")
# What is feared, said after "scared of" or "fear of": "scared of people" listed When home does
# not feel safe first, and the page fourth; "fear of people" listed it twelfth.
_FEARED = (
    *("people", "other people", "talking to people", "talking to new people", "meeting people"),
    *("talking on the phone", "phone calls", "making phone calls", "the phone", "being judged"),
    *("speaking in class", "speaking in front of people", "eating in front of people"),
)
_TO_DO = ("talk to people", "make phone calls", "answer the phone", "speak in class", "go out")
# The phone, as readers tell of it: "cant answer the phone" listed the pages after a suicide
# loss and an attempt first (both say "answer"), and this page not in the first four.
_PHONE = ("answer the phone", "pick up the phone", "make phone calls", "talk on the phone")
_CANT = ("cant", "cannot", "can not", "hate to", "struggle to", "dread having to")

# Feeling watched ("everyone stares at me"): Living with scars says "stare" and came first,
# and the page on social anxiety, which says "being watched", not at all. Not "they": "they
# are watching me" may be a fear of being followed, which that page is not about.
_WATCHERS = ("everyone", "everybody", "people")
_LOOK = ("stare", "look", "are always staring", "are always looking", "keep staring")
_WATCH = ("watch", "are watching", "are always watching", "keep watching")
# Said of everyone as of one ("everyone stares"): "-s" and "is" for each.
_LOOKS = (*_LOOK, "stares", "looks", "staring", "looking", "is staring", "is looking")
_WATCHES = (*_WATCH, "watches", "watching", "is watching", "is always watching")

_JUDGED = ("feel judged", "always feel judged", "feel judged all the time")

# Said by other pages, word for word, in passing: After sexual violence has "scared of people,
# places, or being on your own" and came first for "scared of people"; Understanding self-harm
# says myths "can make people feel judged" and came first for "i feel judged", which listed
# the page on social anxiety tenth. The articles' words are looked for first (reader/
# synonym_feelings.py).
SAID_ELSEWHERE = (*(f"{scared} of people" for scared in _SCARED), *_JUDGED)

SOCIAL: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        (
            *(f"{scared} of {what}" for scared in _SCARED for what in _FEARED),
            *(f"{scared} to {do}" for scared in _SCARED for do in _TO_DO),
            *(f"fear of {what}" for what in _FEARED),
            *("people scare me", "people make me anxious", "people make me nervous"),
            *(f"{anxious} around people" for anxious in ("anxious", "nervous", "awkward")),
            *("socially anxious", "social anxiety disorder", "social phobia", "selective mutism"),
            *("phone phobia", "phone anxiety"),
            *(f"{cant} {phone}" for cant in _CANT for phone in _PHONE),
        ),
        _SOCIAL,
    ),
    **dict.fromkeys(
        (
            *(f"{who} {look} at me" for who in _WATCHERS for look in _LOOKS),
            *(f"{who} {watch} me" for who in _WATCHERS for watch in _WATCHES),
        ),
        _SOCIAL,
    ),
    # Feeling judged: the page on social anxiety, then the one on shame.
    **dict.fromkeys(_JUDGED, (*_SOCIAL, "ashamed", "shame")),
    # Staying in: the page on social anxiety, then those on feeling alone and on low mood.
    # Not "cant leave the house", which may be someone kept in.
    **dict.fromkeys(
        ("dont want to go out", "dont want to leave the house", "scared to leave the house"),
        (*_SOCIAL, "go out", "low mood"),
    ),
    # Blushing as said: "i go red" listed the page on work first.
    **dict.fromkeys(
        ("go red", "going red", "turn red", "turning red", "face goes red"), ("blush",)
    ),
    # Two letters for social anxiety, and for sexual assault as often: both pages, never the
    # start of "safe" (a whole word, reader/search_synonyms.py).
    "sa": ("social anxiety", "sexual assault"),
    # Fear of places, as the page on panic tells of it; nothing matched.
    "agoraphobia": ("panic*",),
}
