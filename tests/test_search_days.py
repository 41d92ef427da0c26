"""A festival or a birthday typed with how it feels finds the page on special days first."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from reader.search_days import DAYS_PAGE_ID
from tests.search_tools import top


# Each listed another page first (grief, trauma, unfair treatment, unwanted thoughts), or did
# not list the page at all ("i dont feel like celebrating"); the first three were found by the
# page's writer.
@pytest.mark.parametrize(
    "typed",
    [
        "everyone is celebrating",
        "i cant stop crying at christmas",
        "cant stop crying at xmas",
        "family christmas stress",
        "i hate my birthday",
        "i dont feel like celebrating",
        "i got nothing for my birthday",
    ],
)
def test_a_day_named_finds_the_page_on_special_days_first(bundled: SearchIndex, typed: str) -> None:
    assert top(bundled, typed, count=1) == [DAYS_PAGE_ID], typed


def test_the_pages_on_grief_still_follow_a_day_missed_for_someone(bundled: SearchIndex) -> None:
    assert "grief-and-loss" in top(bundled, "i cant stop crying at christmas", count=3)


def test_an_anniversary_in_a_break_up_keeps_the_page_on_it_near(bundled: SearchIndex) -> None:
    assert "when-a-relationship-ends" in top(bundled, "our anniversary and he dumped me", count=2)
