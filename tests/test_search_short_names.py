"""People named short, as readers text them ("my pa", "my sis", "my bro", "my ex"): the page
for what is told of them, not a page that merely has a word they start."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top


# "my pa hits me" listed the page on a changing family first ("my pa" is a care leaver's
# personal adviser as well as a father), "my ex hits me" the page on a relationship ending,
# "my bro hits me" had no page on home after it (found by the eighth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["my pa hits me", "my ma hits me", "my da hits me", "my ex hits me", "my bro hits me"]
    + ["my sis hits me", "my pa beats me", "my ex is violent", "my bf hits me", "my gf hits me"],
)
def test_being_hit_by_someone_named_short_finds_the_page_on_home_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["when-home-is-not-safe"], typed


# "my sis died" listed the page on a changing family first and the page on grief not at all.
@pytest.mark.parametrize("typed", ["my sis died", "my bro died", "my pa died", "my ma died"])
def test_a_death_told_of_someone_named_short_finds_the_page_on_grief_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["grief-and-loss"], typed


# "my sis is cutting" listed the page for parents first, "my bro is self harming" the page on a
# relationship ending. Supporting someone, first until When your brother or sister self-harms
# landed, is second after it.
@pytest.mark.parametrize(
    "typed",
    ["my sis is cutting", "my bro is self harming", "my sis self harms", "my bro cuts himself"],
)
def test_self_harm_told_of_a_sibling_named_short_finds_the_page_for_siblings_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=2) == [
        "when-your-brother-or-sister-self-harms",
        "supporting-someone",
    ], typed


# "my ma is drunk" listed the page on the reader's own drinking first; "my pa kicked me out" the
# page for young people in care.
@pytest.mark.parametrize("typed", ["my ma is drunk", "my pa is drunk", "my da is always drunk"])
def test_a_parent_named_short_who_drinks_finds_the_page_on_home_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["when-home-is-not-safe"], typed


@pytest.mark.parametrize(
    "typed", ["my pa kicked me out", "my ma kicked me out", "my da threw me out"]
)
def test_thrown_out_by_a_parent_named_short_finds_the_page_on_somewhere_to_stay(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["nowhere-safe-to-stay"], typed


# "my ex left me" and "my gf left me" listed the page on a changing family first.
@pytest.mark.parametrize("typed", ["my ex left me", "my gf left me", "my bf left me", "my ex"])
def test_a_partner_named_short_who_left_finds_the_page_on_a_relationship_ending(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["when-a-relationship-ends"], typed


# A care leaver's personal adviser keeps its page.
def test_my_pa_alone_is_still_a_personal_adviser(bundled: SearchIndex) -> None:
    assert top(bundled, "my pa", count=1) == ["in-care-or-leaving-care"]
