"""Loneliness typed with another feeling: the page on feeling alone is still listed first."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top

ALONE = "feeling-alone"


# Every word had to match, and the page on feeling alone never says "tired" or "scared":
# "lonely and tired" listed the pages on the basics, numbness and overwhelm, "lonely and sad"
# the page on a relationship ending, "anxious and lonely" the page on bullying, and none
# listed When you feel alone in the first five (known miss, fifth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["lonely and tired", "so lonely and tired", "tired and lonely", "lonely and sad"]
    + ["sad and lonely", "anxious and lonely", "lonely and scared", "lonely and depressed"]
    + ["depressed and lonely", "tired and alone", "im so lonely and exhausted", "lonely and empty"],
)
def test_loneliness_with_another_feeling_finds_the_page_on_feeling_alone_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [ALONE], typed


# The other feeling's pages follow: "tired" is the basics' word, "sad" low mood's.
@pytest.mark.parametrize(
    ("typed", "also"),
    [("lonely and tired", "looking-after-the-basics"), ("lonely and sad", "when-you-feel-low")],
)
def test_the_other_feelings_page_is_listed_too(bundled: SearchIndex, typed: str, also: str) -> None:
    assert also in top(bundled, typed, count=5), typed
