"""Hiding one's own self-harm: Living with scars first, then When someone finds out.

"how do i hide my cuts" and "how to hide self harm scars" listed the page on being online first
(it says "Hide words"), "hiding my cuts from my parents" the page on gambling, with Living with
scars not in the first four (found by the eleventh search hunt).
"""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from reader.search_hiding import hiding_pages
from tests.search_tools import top

SCARS = "living-with-scars"
FOUND_OUT = "when-someone-finds-out"


@pytest.mark.parametrize(
    "typed",
    ["how do i hide my cuts", "how to hide self harm scars", "hiding my cuts from my parents"]
    + ["How to hide self-harm from parents?", "hiding my self harm from my mum", "hide my marks"]
    + ["how to hide my sh from my bf", "how can i cover up my self harm", "hide cuts"]
    + ["how do i keep my self harm a secret", "how to hide scars"],
)
def test_hiding_ones_own_self_harm_lists_the_page_on_scars_then_on_being_found_out(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=2) == [SCARS, FOUND_OUT], typed


def test_someone_elses_keeps_their_page_first(bundled: SearchIndex) -> None:
    assert top(bundled, "my daughter is hiding her cuts", count=1) == ["when-your-child-self-harms"]


# Covering a cut is first aid; a game is a game.
@pytest.mark.parametrize(
    "typed", ["how do i cover a cut", "cover the cut with a plaster", "hide and seek", "cover"]
)
def test_other_hiding_or_covering_is_left_be(typed: str) -> None:
    assert hiding_pages(typed) is None, typed
