"""Words readers type for the pages on pregnancy and a new baby, and on losing a baby or a
pregnancy.

Part of the synonym table (reader/synonym_table.py, through reader/synonym_life.py): each
key is something a reader may type that the page on it does not say, or says less than a page
beside the point; each value names words that page does use.
"""

from __future__ import annotations

# The page after a loss says "pregnancy" and "pregnant" most, and has "pregnancy" in its
# title: a pregnant reader ("im pregnant and scared") was shown it first. "Postnatal" is the
# word of the page for pregnancy and a new baby alone; the words typed are looked for after it
# (reader/synonym_feelings.py, ARTICLES_WORDS_FIRST), so the page after a loss comes next.
PREGNANT = ("pregnant", "im pregnant", "i am pregnant", "pregnancy", "being pregnant")
_HAVING = ("postnatal",)
# A loss said with the words a pregnancy is told in: the page after a loss, not the one above.
_LOST = ("miscarriage", "baby loss", "pregnancy loss")

# Feeding a baby: no page says it, and "bottle feeding" listed only the page on the basics (it
# says "bottle" of water); "breastfeeding" found nothing at all.
_FEEDING = tuple(
    f"{way}{space}{feed}"
    for way in ("bottle", "breast")
    for space in (" ", "")
    for feed in ("feeding", "feed", "fed", "feeds")
)

BABY: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(PREGNANT, _HAVING),
    **dict.fromkeys(_FEEDING, _HAVING),
    **dict.fromkeys(
        (
            *(f"{kind} pregnancy" for kind in ("chemical", "ectopic", "molar", "failed")),
            *(f"{lost} {a} pregnancy" for lost in ("lost", "losing") for a in ("a", "my", "the")),
            *(f"{ended} {a} pregnancy" for ended in ("ended", "end") for a in ("a", "my", "the")),
            *("pregnancy loss", "pregnancy losses", "had to end my pregnancy"),
        ),
        _LOST,
    ),
    # Forums' short words ("mc", "mmc": a missed miscarriage; "sids": a baby's sudden death),
    # the word misspelt, and "still born" in two words: each found nothing. "Angel baby", a
    # baby who died, listed the page after a baby first. Not "rainbow baby" (born after a
    # loss): that page has a part for it, and the page after a loss comes next.
    **dict.fromkeys(
        (
            *("mc", "mmc", "mcs", "missed mc", "sids", "angel baby", "angel babies"),
            *("miscarrige", "misscarriage", "miscarage", "miscariage", "miscarridge"),
            *("miscarrage", "misscarage", "miscarraige", "misscarried", "miscaried"),
            *("still born", "still birth", "still borns"),
        ),
        ("baby loss", "miscarriage", "stillbirth"),
    ),
}
