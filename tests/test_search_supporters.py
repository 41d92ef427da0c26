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
