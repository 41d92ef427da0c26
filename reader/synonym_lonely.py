"""Loneliness typed with another feeling ("lonely and tired"): the page on feeling alone first.

Part of the synonym table (reader/synonym_table.py, through reader/synonym_life.py). Every
word typed had to match, and When you feel alone says "lonely" most but never "tired" or
"scared": "lonely and tired" listed the pages on the basics, numbness and overwhelm, "lonely
and sad" the page on a relationship ending, and neither listed it. A lead (reader/
synonym_feelings.py) puts it first; the value has both feelings' words, so the other
feeling's pages follow.
"""

from __future__ import annotations

_LONELY = ("lonely", "so lonely", "alone", "so alone")  # "lonley" is mended (search_slips)
# Each other feeling, and the articles' words for it.
_OTHER: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("tired", "so tired", "exhausted", "drained"), ("tired",)),
    **dict.fromkeys(("sad", "so sad", "low", "depressed", "down", "miserable"), ("low mood",)),
    **dict.fromkeys(("scared", "afraid", "frightened"), ("fear",)),
    **dict.fromkeys(("anxious", "worried", "nervous"), ("anxious", "worry")),
    **dict.fromkeys(("empty", "numb", "hollow"), ("empty", "numb")),
    **dict.fromkeys(("stressed", "overwhelmed"), ("stress", "overwhelm*")),
    **dict.fromkeys(("hopeless", "worthless", "unloved", "unwanted"), ("hopeless", "worthless")),
    **dict.fromkeys(("angry", "upset", "bored", "lost"), ("anger", "upset")),
}

_SAID = ("", "im ", "im so ", "i feel ", "feeling ")  # before the first feeling

LONELY_AND: dict[str, tuple[str, ...]] = {
    f"{said}{first} and {second}": ("lonel*", *words)
    for other, words in _OTHER.items()
    for lonely in _LONELY
    for first, second in ((lonely, other), (other, lonely))
    for said in _SAID
}

# Having no friends, told as readers tell it: "i cant make friends" and "i dont have any
# friends" listed the page on a relationship ending first ("friend" starts "friendship
# ended"), "i have no mates" the page on somewhere to stay. "no friends" is a key of the table.
_FEW = ("no", "any", "many", "real")
NO_FRIENDS: dict[str, tuple[str, ...]] = dict.fromkeys(
    (
        *(f"{cant} make friends" for cant in ("cant", "cannot", "can not", "struggle to")),
        *("how to make friends", "making friends", "make friends", "no mates", "no real friends"),
        *(f"dont have {few} friends" for few in _FEW[1:]),
        *(f"do not have {few} friends" for few in _FEW[1:]),
        *(f"havent got {few} friends" for few in _FEW[1:]),
        *("have no mates", "got no mates", "got no friends", "nobody to hang out with"),
        "no one to hang out with",
    ),
    ("lonel*",),
)
