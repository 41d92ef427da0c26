"""Being Deaf or hard of hearing, in a reader's own words: the page If you are Deaf or hard of
hearing.

Part of the synonym table (reader/synonym_table.py, through reader/synonym_who.py). The page's
topics find "deaf", "bsl" and "hearing loss"; what they do not: no one signing with the
reader ("no one signs with me" listed the page on gambling first, "my family dont sign" a
safety plan), "deafblind" and "hoh" found nothing, and "i am hard of hearing and lonely"
listed Hearing voices first (it says "hard", "hearing" and "lonely"; the page for Deaf
readers says "left out", not "lonely").
"""

from __future__ import annotations

_SIGNING = ("sign language", "signing", "bsl")
_NOBODY = ("no one", "noone", "nobody", "no body")
_SIGNS = (
    *("signs", "can sign", "signs with me", "sign with me", "will sign", "learns to sign"),
    *("learned to sign", "learnt to sign", "bothers to sign", "knows sign language", "knows bsl"),
)
_WHO = ("family", "parents", "mum", "mom", "dad", "friends", "teachers")
_WONT = ("dont", "cant", "wont", "doesnt", "do not", "will not", "never", "can not", "cannot")
_HARD_OF_HEARING = (
    *("hard of hearing", "hoh", "hearing impaired", "hearing impairment"),
    # Typed with a slip: "hard of hering" listed the page on alcohol first ("hard").
    *("hard of hering", "hard of heering", "hard of hearin", "hard of haering"),
)
_LONELY = ("lonely", "so lonely", "alone", "isolated", "left out")
# Deaf and lonely, "deaf" typed whole or as "def" ("im def and lonely" listed the page on autism
# first): "def" alone is "definitely" ("im def not ok"), but not before "and" and loneliness.
_DEAF = ("deaf", "def", "deff")

DEAF: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        (
            *(f"{nobody} {signs}" for nobody in _NOBODY for signs in _SIGNS),
            *(f"{who} {wont} sign" for who in _WHO for wont in _WONT),
            *("sign with me", "signs with me"),
        ),
        _SIGNING,
    ),
    **dict.fromkeys(("deafblind", "deaf blind", "deafblindness"), ("deaf",)),
    **dict.fromkeys(_HARD_OF_HEARING, ("hard of hearing", "deaf")),
    # Lonely too: the page for Deaf readers, then When you feel alone.
    **dict.fromkeys(
        (f"{hoh} and {lonely}" for hoh in (*_HARD_OF_HEARING, *_DEAF) for lonely in _LONELY),
        ("deaf", "hard of hearing", "lonel*"),
    ),
}
