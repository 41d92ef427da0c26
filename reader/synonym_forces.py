"""Words readers type for the page for people who serve or have served in the armed forces.

Part of the synonym table (reader/synonym_table.py, through reader/synonym_who.py): each key
is something a reader may type that the page does not say; each value names words it does
use. The page says "armed forces", "served", "leaving the forces", "civilian life" and
"deployment" (a topic); it names no war and no place served.
"""

from __future__ import annotations

_SERVED = ("armed forces", "served")
# Where many served, and where many fled from: the page for people who served and the one
# for refugees, both ("afghanistan" and "iraq" found nothing).
_WAR = (*_SERVED, "refugee*", "asylum")

FORCES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("war", "afghanistan", "afghan", "iraq", "syria", "the gulf", "gulf war", "a war zone"),
        _WAR,
    ),
    **dict.fromkeys(
        (
            *("falklands", "bosnia", "kosovo", "helmand", "op banner", "tour of duty"),
            *("war veteran", "combat veteran"),
        ),
        _SERVED,
    ),
    # "service leaver" listed the page on care first ("leavers" of care, "services").
    **dict.fromkeys(
        ("service leaver", "service leavers", "left the forces", "leaving the military"),
        ("leaving the forces", *_SERVED),
    ),
    # Away on service, as a family says it: "my partner is deployed" listed the page after a
    # baby first; "deployed" found nothing.
    **dict.fromkeys(
        ("deployed", "on deployment", "on tour", "posted abroad", "away on ops"),
        ("deployment", "long times apart", *_SERVED),
    ),
    **dict.fromkeys(("civvy", "civvies", "civvy life"), ("civilian life",)),
}
