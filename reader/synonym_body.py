"""Self-harm told by where on the body ("cut my arm", "cutting my legs"): the pages on it.

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

BODY: dict[str, tuple[str, ...]] = dict.fromkeys(
    (f"{cut} my {part}" for cut in _CUT for part in _PARTS), ("self harm*",)
)
