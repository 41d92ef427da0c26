"""Searches as the people around someone who self-harms type them find the pages for them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.search import SearchIndex
from tests.search_tools import bundled_index, top


@pytest.fixture(scope="module")
def bundled() -> Iterator[SearchIndex]:
    yield from bundled_index()


# A grandparent, or a parent typing "my sons arm" with no apostrophe: "my granddaughter is
# cutting" found nothing, and "i found marks on my sons arm" listed Living with scars (for the
# one who has them) first and the page for parents and carers not at all.
@pytest.mark.parametrize(
    "typed",
    ["my granddaughter is cutting", "my grandson self harms", "my grandchild is self harming"]
    + ["i found marks on my sons arm", "found cuts on my daughters arm"]
    + ["my granddaughter cuts herself", "worried about my grandkids"],
)
def test_a_grandparent_or_parent_finds_the_page_for_parents_and_carers(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["when-your-child-self-harms"], typed


# A partner, brother or sister, friend or colleague: "my husband self harms" listed Self-harm
# in adult life (written for the one who self-harms) first and Supporting someone fifth, and
# "my wife cuts herself" did not list it at all, as it says "family", not "wife" or "partner".
@pytest.mark.parametrize(
    "typed",
    ["my husband self harms", "my wife cuts herself", "my partner self harms"]
    + ["my girlfriend self harms what do i do", "my boyfriend is self harming"]
    + ["my brother self harms", "my little sister cuts herself", "my twin is cutting"]
    + ["my best friend self harms", "my mate is self harming", "my flatmate cuts herself"]
    + ["my colleague self harms", "my student is self harming", "my pupil self harms"],
)
def test_someone_close_to_them_finds_supporting_someone_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == ["supporting-someone"], typed


# The reader's own words about the people in their life still find the pages for them.
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("my boyfriend hits me", "when-home-is-not-safe"),
        ("my sister found out", "when-someone-finds-out"),
        ("my son is self harming", "when-your-child-self-harms"),
        ("my daughter cuts herself", "when-your-child-self-harms"),
    ],
)
def test_the_readers_own_people_keep_their_pages(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    assert top(bundled, typed, count=1) == [first], typed
