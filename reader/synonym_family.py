"""Words readers type for being apart from their family: estranged, disowned, out of touch.

Part of the synonym table (reader/synonym_table.py, through reader/synonym_life.py): each key
is something a reader may type that no page says; each value names words the pages do use.
No page says "estranged" or "disowned". When you feel alone is the page for anyone apart
from their family; the page for refugees, which alone says "lost touch" (the British Red
Cross can look for family), comes next. A refugee's own words ("cant find my family", "my
family back home") are keys for that page first (reader/synonym_refugee.py).
"""

from __future__ import annotations

_APART = ("lonely", "alone", "connected")
_OUT_OF_TOUCH = (*_APART, "lost touch")
_SPEAK = ("speak to me", "talk to me", "speak to me anymore", "talk to me anymore")
_WONT = ("wont", "won t", "dont", "don t", "doesnt", "doesn t", "will not", "do not", "never")

FAMILY: dict[str, tuple[str, ...]] = {
    # "lost contact with my family" listed the page for refugees first for anyone; "cut off
    # from my family" the page on alcohol, "my family wont speak to me" the page on a
    # personality disorder diagnosis, "no contact with my family" the page on waiting lists.
    **dict.fromkeys(
        (
            f"{lost} with my {family}"
            for lost in ("lost contact", "lost touch", "no contact", "not in contact")
            for family in ("family", "parents")
        ),
        _OUT_OF_TOUCH,
    ),
    **dict.fromkeys(
        (
            *("estranged", "estranged from my family", "estranged from my parents"),
            *("cut off from my family", "cut off from my parents"),
            *("my family cut me off", "my parents cut me off", "cut me off"),
            *("disowned", "disowned me", "my family disowned me", "my parents disowned me"),
            *(
                f"my {family} {wont} {speak}"
                for family in ("family", "parents")
                for wont in _WONT
                for speak in _SPEAK
            ),
            *("i have no family", "i dont have a family", "i don t have a family"),
        ),
        _APART,
    ),
}
