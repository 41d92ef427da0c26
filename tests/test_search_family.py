"""Being apart from one's family, in a reader's words: the page on feeling alone first."""

from __future__ import annotations

import pytest

from reader.search import SearchIndex
from tests.search_tools import top

ALONE = "feeling-alone"
REFUGEES = "refugees-and-asylum"


# Each listed another page first: the page for refugees for anyone ("lost contact"), alcohol
# ("cut off", for its "cut down"), a personality disorder diagnosis, waiting lists, or
# self-harm ("cut" in "my family cut me off") (known miss, found by the sixth search hunt).
@pytest.mark.parametrize(
    "typed",
    ["lost contact with my family", "no contact with my family", "estranged from my family"]
    + ["im estranged", "cut off from my family", "my family disowned me", "my family cut me off"]
    + ["my family wont speak to me", "my parents dont talk to me anymore", "i have no family"],
)
def test_being_apart_from_family_finds_the_page_on_feeling_alone_first(
    bundled: SearchIndex, typed: str
) -> None:
    assert top(bundled, typed, count=1) == [ALONE], typed


# The page for refugees says the British Red Cross can find family one has lost touch with:
# it stays next, and first for a refugee's own words.
def test_losing_touch_with_family_lists_the_page_for_refugees_next(bundled: SearchIndex) -> None:
    assert top(bundled, "lost contact with my family", count=2) == [ALONE, REFUGEES]
    assert top(bundled, "cant find my family", count=1) == [REFUGEES]
