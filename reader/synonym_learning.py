"""What a learning disability is like, in a reader's own words ("slow learner", "i get
confused", "hard to understand"): the easy read page, If you have a learning disability.

Few readers name the condition. "slow learner" listed the page on grounding first, "i get
confused" the crisis page and the page on being adopted, "hard to understand" the pages on
self-harm and racism, with the easy read page not in the first four. Keys (reader/
synonym_table.py, through reader/synonym_who.py) for words no page says; leads (reader/
synonym_feelings.py) for words pages say in passing, so said of something named ("self harm
is hard to understand") they keep its page.
"""

from __future__ import annotations

_EASY_READ = ("easy read", "learning disab*")
# "downs" alone is "ups and downs": only said as what one has.
_DOWNS = tuple(f"{have} downs" for have in ("have", "has", "got", "with"))

# Special educational needs, by the school's short names: "sen" listed Hearing voices first (it
# starts "sense"), "ehcp" and "sendco" found nothing. Not "send", which is a word of its own.
_SCHOOL_NEEDS = (
    *("sen", "sen support", "sen school", "senco", "sendco", "ehcp"),
    "special educational needs",
)

LEARNING: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(_SCHOOL_NEEDS, ("learning disab*", "school")),
    **dict.fromkeys(
        (
            *("slow learner", "slow learners", "find reading hard", "reading is hard"),
            *("words are too hard", "words too hard", "too many hard words"),
        ),
        _EASY_READ,
    ),
    **dict.fromkeys(
        (*_DOWNS, *(f"{have} syndrome" for have in _DOWNS)), ("down syndrome", *_EASY_READ)
    ),
}

# Said alone (with small words only), the easy read page first: pages say "confused" and
# "hard to understand" in passing. Leads only, so "i get mixed up with my meds" is a search
# for medicine.
LEARNING_LEADS: dict[str, tuple[str, ...]] = dict.fromkeys(
    (
        *("hard to understand", "find things hard to understand", "find it hard to understand"),
        *("things are hard to understand", "get confused", "get confused easily"),
        *("easily confused", "get muddled", "get mixed up", "find reading hard"),
    ),
    _EASY_READ,
)
