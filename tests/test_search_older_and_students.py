"""Readers earlier hunts served least, in their own words: an older adult, a student away
from home."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top


# Each found nothing at all, or listed the page on money first ("failing my degree": no page
# says "degree") (found by the third search hunt).
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("widow", "grief-and-loss"),
        ("widowed", "grief-and-loss"),
        ("im a widower", "grief-and-loss"),
        ("failing my degree", "school-and-college"),
        ("my degree", "school-and-college"),
        ("homesick", "school-and-college"),
        ("homesick at uni", "school-and-college"),
    ],
)
def test_words_that_found_nothing_find_the_page_on_them(
    bundled: SearchIndex, typed: str, first: str
) -> None:
    assert top(bundled, typed, count=1) == [first], typed


def test_homesick_also_finds_the_page_on_feeling_alone(bundled: SearchIndex) -> None:
    assert "feeling-alone" in top(bundled, "homesick", count=4)
