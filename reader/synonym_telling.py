"""Fear of telling someone, in a reader's words ("scared to tell my gp"): the page on telling.

Part of the synonym table (reader/synonym_table.py, through reader/synonym_people.py). No page
says "scared to tell": "scared to tell my gp" listed the page for refugees first, "scared to
tell my doctor" and "scared to tell anyone" the page on home not being safe, "scared to tell
my parents" the page on a changing family. Talking to a doctor and Talking to someone you
trust are written for this fear. Having no one to talk to finds the page on talking too.
"""

from __future__ import annotations

_AFRAID = ("scared", "afraid", "frightened", "terrified", "nervous", "worried", "too scared")
_TO = ("to tell", "to talk to", "about telling", "of telling", "to see")
_DOCTORS = (
    *("my gp", "the gp", "a gp", "gp", "my doctor", "the doctor", "a doctor", "doctors"),
    *("my doctors", "the doctors", "my nurse", "the nurse"),
)
_OTHERS = (
    *("anyone", "anybody", "someone", "somebody", "my family", "my parents"),
    *("my mum", "my mom", "my mam", "my dad", "my friends", "my friend", "my partner"),
)


def _told(whom: tuple[str, ...]) -> tuple[str, ...]:
    """The ways of saying one fears, or does not want, to tell one of these."""
    return (
        *(f"{afraid} {to} {who}" for afraid in _AFRAID for to in _TO for who in whom),
        *(f"{dont} want to tell {who}" for dont in ("dont", "do not") for who in whom),
        *(f"{afraid} of {who}" for afraid in _AFRAID[:4] for who in whom if who in _DOCTORS),
    )


# Asking how to tell, or saying one will ("how do i tell my mum i self harm", "how can i tell
# my parents"): the pages on special days, on a changing family and for parents came first.
_TELL = ("tell", "telling", "talk to", "open up to", "should i tell", "should i talk to")


def _asked(whom: tuple[str, ...]) -> tuple[str, ...]:
    """The ways of saying one wants to tell one of these, or how to."""
    return tuple(f"{tell} {who}" for tell in _TELL for who in whom)


# Many pages say "tell someone" word for word ("tell someone you trust"), and listed first:
# the pages on telling come first (reader/synonym_feelings.py, ARTICLES_WORDS_FIRST).
TELL_ANYONE = _asked(_OTHERS[:4])

# No one to talk to, as readers say it: "nobody to talk to" listed the page for carers, "i have
# no one to talk to" the page after a suicide loss, "i dont have anyone to talk to" the pages
# on scars and after a suicide attempt, "ive got no one to talk to" the page on waiting lists.
# "i dont have anyone", "i havent got anybody": "dont" and "havent" are small words.
_NO_ONE_TO_TALK_TO = tuple(
    f"{got}{nobody} to talk {to}"
    for got in ("", "got ")
    for nobody in ("nobody", "no one", "noone", "anyone", "anybody")
    for to in ("to", "too")
)

# Keeping it all in, as readers say it: "i bottle everything up" listed the page on the basics
# first, "i keep it all inside" the page on pressure. Talking to someone you trust is written
# for what has been "kept inside for a long time"; For men and boys for "bottling up". "in"
# only after "everything" or "it all": "keep it in mind" is not this.
_IN = ("everything", "it all", "everything all", "my feelings", "my emotions")
_KEEP = ("keep", "keeping", "kept", "hold", "holding")
KEEPING_IT_IN = (
    *(f"{bottle} {what} up" for bottle in ("bottle", "bottling", "bottled") for what in _IN),
    *(f"{bottle} {what} up" for bottle in ("bottle", "bottling") for what in ("it", "things")),
    *(f"{keep} {what} in" for keep in _KEEP for what in _IN),
    *(
        f"{keep} {what} {inside}"
        for keep in _KEEP
        for what in (*_IN, "it", "things")
        for inside in ("inside", "to myself", "bottled up")
    ),
    *("bottle up", "bottling up", "bottle up my feelings", "bottling up my feelings"),
)

TELLING: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(KEEPING_IT_IN, ("kept inside", "bottling up", "talking to someone")),
    **dict.fromkeys(_NO_ONE_TO_TALK_TO, ("someone you trust", "talking to someone")),
    **dict.fromkeys(_asked(_DOCTORS), ("talking to a doctor",)),
    **dict.fromkeys(_asked(_OTHERS), ("talking to someone", "someone you trust")),
    **dict.fromkeys(_told(_DOCTORS), ("talking to a doctor",)),
    **dict.fromkeys(_told(_OTHERS), ("talking to someone", "someone you trust")),
}
