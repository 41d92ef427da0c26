"""Self-harm told by where on the body ("cut my arm", "cutting my legs"): the pages on it; and
what is cut that is no self-harm ("cutting carbs", "cut my hair").

Part of the synonym table (reader/synonym_table.py, through reader/synonym_topics.py). No page
names where a reader cuts, and "arm" was searched as the start of a word: "cut my arm" listed
the page for people who have served first ("armed forces"), and "cutting my arms" and "i cut
my legs" the pages on overwhelm, ADHD and anger, with no page on self-harm in the first four.
"""

from __future__ import annotations

_CUT = ("cut", "cuts", "cutting", "cuting", "scratch", "scratching", "scratched")
_PARTS = (
    *("arm", "arms", "leg", "legs", "wrist", "wrists", "thigh", "thighs", "skin", "stomach"),
    *("hip", "hips", "hand", "hands", "wrists", "body", "upper arm", "forearm", "forearms"),
)

# What is cut that is no self-harm: food ("how to stop cutting carbs") and hair ("i used to cut
# my hair short"). "cut" read as self-harm, and the page on picking, which says "stop", "hair"
# and "self-harm", came first for each, with Understanding self-harm next. Food finds the page on
# food as a way of coping, hair the page on how one looks, then the page on picking.
_CUTTING = ("cut", "cuts", "cutting", "cuting")
_FOODS = ("carbs", "carb", "calories", "sugar")
_HAIR = ("hair", "own hair", "hair short", "hair off", "fringe", "bangs")

BODY: dict[str, tuple[str, ...]] = {
    **dict.fromkeys((f"{cut} my {part}" for cut in _CUT for part in _PARTS), ("self harm*",)),
    # Hair said with a part of the body cut ("i want to cut my hair and my arms") is self-harm:
    # the key for hair below took "cut", and no page on self-harm was in the first four.
    **dict.fromkeys(
        (
            f"{cut} my hair and {my}{part}"
            for cut in _CUTTING
            for my in ("", "my ")
            for part in _PARTS
        ),
        ("self harm*",),
    ),
    **dict.fromkeys(
        (
            f"{cut}{how} {food}"
            for cut in _CUTTING
            for how in ("", " out", " down on", " back on")
            for food in _FOODS
        ),
        ("food", "eating"),
    ),
    **dict.fromkeys(
        (f"{cut} my {hair}" for cut in _CUTTING for hair in _HAIR), ("how you look", "hair")
    ),
}
