"""Pregnancy, a new baby and a baby lost, in a parent's words: each finds its own page first."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top

HAVING = "after-having-a-baby"
LOSING = "after-losing-a-baby"


# The page after a loss says "pregnancy" and "pregnant" most, and its title has "pregnancy":
# a pregnant reader who is scared or low, and a new parent who is lonely or cannot cope, were
# shown After losing a baby or a pregnancy first (found by the fifth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["pregnant", "im pregnant", "im pregnant and scared", "pregnant and depressed", "pregnancy"]
    + ["new mum lonely", "lonely new mum", "new mum", "expecting a baby"],
)
def test_a_pregnant_reader_or_new_parent_finds_the_page_for_them_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [HAVING], typed


# A loss said with "pregnancy" or "pregnant" still finds the page after a loss first.
@pytest.mark.parametrize(
    "typed",
    ["pregnancy loss", "chemical pregnancy", "ectopic pregnancy", "lost my pregnancy"]
    + ["i lost a pregnancy", "ended my pregnancy for medical reasons", "miscarriage"],
)
def test_a_pregnancy_lost_still_finds_the_page_after_a_loss_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [LOSING], typed


# The key was "new mum cant cope" as one run: with "and i" between, no page had every word
# but "new", and "im a new mum and i cant cope" listed the page on special days first ("new
# year") (known miss, fifth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["im a new mum and i cant cope", "new mum and i cant cope", "i am a new mum and cant cope"]
    + ["im a new dad and struggling", "new mum and im exhausted", "im a new mom and i can't cope"],
)
def test_a_new_parent_who_cannot_cope_finds_the_page_for_them_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [HAVING], typed


# A loss in the words of forums, or misspelt: each found nothing, and "angel baby" listed the
# page after a baby first (found by the fifth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["miscarrige", "misscarriage", "miscarage", "miscarridge", "i had a miscarrige", "mc"]
    + ["had a mc", "mmc", "still born", "my baby was still born", "still birth", "sids"]
    + ["angel baby", "my angel baby"],
)
def test_a_loss_in_a_forums_words_or_misspelt_finds_the_page_after_a_loss_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [LOSING], typed


# A baby born after a loss is the page after a baby's (it has a part for a later pregnancy),
# then the page after a loss.
def test_a_rainbow_baby_finds_both_pages(bundled: SearchIndex) -> None:
    assert top(bundled, "rainbow baby", count=2) == [HAVING, LOSING]


# Feeding a baby: "bottle feeding" listed only the page on the basics (it says "bottle" of
# water), and "breastfeeding" found nothing at all (left by round thirteen).
@pytest.mark.parametrize(
    "typed",
    ["bottle feeding", "breastfeeding", "breast feeding", "bottle feeding my baby"]
    + ["i feel guilty for bottle feeding", "im struggling with breastfeeding"],
)
def test_feeding_a_baby_finds_the_page_after_a_baby_first(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=1) == [HAVING], typed
