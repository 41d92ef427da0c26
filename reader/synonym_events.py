"""Words readers type for days and happenings that newer pages are about: a festival or a
birthday, and being attacked.

Part of the synonym table (reader/synonym_table.py): each key is something a reader may type
that the page on it does not say, or says only in its topics; each value names words that
page does use.
"""

from __future__ import annotations

# The page's title says "special days", and every page that sends a reader to it names it.
# A festival typed with a feeling ("i cant stop crying at christmas", "family christmas
# stress", "i hate my birthday") listed the page on grief, on trauma or on unfair treatment
# first: the fallbacks kept the feeling, a key, and left out the day, a plain word.
DAYS = ("special days",)
CELEBRATING = ("celebrat*", *DAYS)

EVENTS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        (
            *("christmas", "xmas", "chrimbo", "christmas day", "boxing day", "festive"),
            *("festive season", "holiday season", "new year", "new years", "new years eve"),
            *("eid", "diwali", "hanukkah", "chanukah", "thanksgiving"),
            *("birthday", "birthdays", "mothers day", "fathers day"),
        ),
        DAYS,
    ),
    # The page says "celebrate" and "celebrations"; "everyone is celebrating" found the page
    # on unwanted thoughts first, which says "everyone".
    **dict.fromkeys(("celebrating", "celebration", "celebrate"), CELEBRATING),
    # Attacked by someone, told without "trauma" (the page on it says "something frightening
    # happened" and "if someone hurt you"), and then the pages on harm done to you: each found
    # nothing, or the page on panic attacks.
    **dict.fromkeys(
        (
            *("attacked", "attacked me", "got attacked", "mugged", "got mugged", "robbed"),
            *("beaten up", "got beaten up", "beat me up", "got jumped", "physically assaulted"),
            "physical assault",
        ),
        ("if someone hurt you", "abuse"),
    ),
}
