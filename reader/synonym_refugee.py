"""Words readers type for the page for refugees and people seeking asylum.

Part of the synonym table (reader/synonym_table.py, through reader/synonym_who.py): each key
is something a reader may type that the page does not say; each value names words it does
use. The page says "asylum", "refugee" and "immigration status"; the page on racism, which
names refugees among the people it speaks to, came first for "lonely refugee".
"""

from __future__ import annotations

_ASYLUM = ("asylum", "refugee*")
_STATUS = ("immigration status", "asylum")
_WHO = ("refugee", "asylum seeker", "migrant")

# Not allowed to work, typed with little else, is a lead (reader/synonym_feelings.py): as a
# key it took in "my doctor says im not allowed to work" and "i cant work while waiting for
# surgery", and listed this page first for them.
NOT_ALLOWED_TO_WORK = ("not allowed to work", "cant work while waiting")

REFUGEE: dict[str, tuple[str, ...]] = {
    # Seeing a doctor without documents: "can i see a gp without papers" listed the page on
    # talking to a doctor, which never speaks of papers.
    **dict.fromkeys(
        (
            *("without papers", "no papers", "undocumented", "no documents", "no visa"),
            *("gp without papers", "doctor without papers", "no immigration status"),
        ),
        _STATUS,
    ),
    # Loneliness or waiting said with who they are, and family left behind or lost.
    **dict.fromkeys(
        (
            *(f"{lonely} {who}" for lonely in ("lonely", "alone") for who in _WHO),
            *(f"{who} and {lonely}" for who in _WHO for lonely in ("lonely", "alone")),
            *(f"not allowed to work {where}" for where in ("in the uk", "in this country", "here")),
            "waiting for asylum",
            *("family back home", "my family back home", "miss my family back home"),
            *("cant find my family", "find my family"),
            *("miss my country", "missing my country", "miss my home country"),
        ),
        _ASYLUM,
    ),
}
