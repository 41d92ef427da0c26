"""People named short, as readers text them: "my pa", "my ma", "my sis", "my bro", "my ex".

Part of the synonym table (reader/synonym_table.py, through reader/synonym_people.py). "pa",
"ma", "sis" and "bro" are no keys of their own ("bro" starts "broken", "pa" "panic", as they
are typed): what is told of the person is, so "my sis died" finds the page on grief, not the
page on a changing family (which says "sister" most). "my pa" and "my ex" are keys of their
own (a care leaver's personal adviser, a relationship ended) that took in the words after
them: "my pa hits me" listed the page on a changing family first, "my ex hits me" the page
on a break-up.
"""

from __future__ import annotations

_PARENTS = ("pa", "ma", "da", "my pa")
_SIBLINGS = ("sis", "bro")
_PARTNERS = ("bf", "gf", "ex", "my ex")
_HITS = ("hits me", "hit me", "beats me", "beat me", "is violent", "gets violent", "kicks me")
_DRINKS = ("drinks", "drinks too much", "is drunk", "gets drunk", "is always drunk")
_SELF_HARMS = (
    *("self harms", "selfharms", "self harming", "is self harming", "is cutting"),
    *("cuts herself", "cuts himself", "cuts themselves", "hurts herself", "hurts himself"),
)
_THROWS = ("kicked me out", "threw me out", "chucked me out", "kicked me out of the house")
_LEFT = ("left me", "dumped me", "broke up with me", "cheated on me")
_HOME = ("abuse", "somewhere safe")
_NOWHERE_SAFE = ("nowhere safe", "nowhere to stay", "somewhere safe", "abuse")

SHORT_NAMES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        (f"{who} {hits}" for who in (*_PARENTS, *_SIBLINGS, *_PARTNERS) for hits in _HITS), _HOME
    ),
    **dict.fromkeys((f"{who} {drinks}" for who in _PARENTS for drinks in _DRINKS), _HOME),
    **dict.fromkeys((f"{who} {throws}" for who in _PARENTS for throws in _THROWS), _NOWHERE_SAFE),
    **dict.fromkeys(
        (f"{who} {died}" for who in (*_PARENTS, *_SIBLINGS) for died in ("died", "passed away")),
        ("grief", "bereaved"),
    ),
    **dict.fromkeys(
        (f"{who} {does}" for who in _SIBLINGS for does in _SELF_HARMS),
        ("supporting someone", "self harm*"),
    ),
    **dict.fromkeys((f"{who} {left}" for who in _PARTNERS for left in _LEFT), ("break up*",)),
}
