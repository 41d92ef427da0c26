"""Words readers type for the page on being in care or leaving care.

Part of the synonym table (reader/synonym_table.py, through reader/synonym_who.py): each key
is something a reader may type that the page does not say; each value names words it does
use. The page says "kinship care", "missing family", "social worker", "personal adviser",
"placement" and "leaving care"; it never says "nan" or "real mum".
"""

from __future__ import annotations

_IN_CARE = ("in care",)
_RELATIVES = (
    *("nan", "nana", "nanna", "gran", "granny", "grandma", "nanny", "grandad", "grandpa"),
    *("grandparents", "aunt", "auntie", "aunty", "uncle", "grandmother", "grandfather"),
)
FAMILY = (
    *("mum", "mom", "mam", "mother", "dad", "father", "parents", "parent", "family"),
    *("brother", "sister", "brothers", "sisters", "siblings"),
)
_BIRTH = ("real", "birth", "biological")

# Kinship care, as a young person says it: "living with my nan" listed the pages on scars and
# pain first ("living with"), "my nan looks after me" the page on hospital. Leads (reader/
# synonym_feelings.py), typed with little else: "i live with my nan and she hits me" is about
# home not being safe, "living with my nan and she is ill" about her illness, as before.
KINSHIP = (
    *(f"{live} with my {who}" for live in ("live", "living", "lives") for who in _RELATIVES),
    *(f"my {who} {does} me" for who in _RELATIVES for does in ("looks after", "raised")),
    *(
        f"{raised} by my {who}"
        for raised in ("raised", "brought up", "looked after")
        for who in _RELATIVES
    ),
)

# "my social" (a social worker), typed with little else, is a lead: as a key it took in "my
# social anxiety", and listed the page on care first for it.
MY_SOCIAL = ("my social",)

CARE: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("kinship carer", "kinship carers", "special guardianship", "special guardian", "sgo"),
        ("kinship care", *_IN_CARE),
    ),
    # Contact with a parent or family the reader was taken from: "contact with my birth mum"
    # listed the page on special days first. A birth or real parent said without contact is
    # for the page on being adopted too (reader/synonym_adopted.py).
    **dict.fromkeys(
        (
            *(f"contact with my {birth} {who}" for birth in _BIRTH for who in FAMILY),
            *("supervised contact", "contact visit", "contact visits", "contact centre"),
        ),
        ("missing family", *_IN_CARE),
    ),
    # The people in a young person's care, by the names they use: "my pa" listed the page on
    # panic first ("pa" starts "panic"), "my sw" the page on panic too.
    **dict.fromkeys(
        ("my pa", "personal advisor", "my personal advisor", "leaving care worker"),
        ("personal adviser",),
    ),
    **dict.fromkeys(("my sw",), ("social worker",)),
    # Coming into care, moving and leaving, told as what happened.
    **dict.fromkeys(
        (
            *(f"{taken} into care" for taken in ("taken", "put", "went", "going", "came", "go")),
            *("put in care", "placed in care", "social services took me"),
            *("placement breakdown", "placement broke down", "placement ended"),
            *("moved placement", "moved placements", "new placement", "new foster placement"),
        ),
        ("placement*", *_IN_CARE),
    ),
    **dict.fromkeys(
        (
            *("turning 18 in care", "aging out of care", "ageing out of care", "aging out"),
            *("ageing out", "left care", "care leaving", "leaving my placement"),
            # Said as the page's title says it: "leaving care" and "i am leaving care" listed
            # the page for people who have served first ("leaving" the forces, health "care").
            *("leaving care", "leave care", "about to leave care"),
            # With the fear of it: the page never says "scared", and pages that say "scared",
            # "leaving" and "care" apart came first ("im scared of leaving care" listed the
            # page on home not being safe first, without the page on care in the four).
            *(
                f"{scared} {of} care"
                for scared in ("scared", "afraid", "terrified", "frightened", "nervous")
                for of in ("of leaving", "about leaving", "to leave")
            ),
        ),
        ("leaving care",),
    ),
}
